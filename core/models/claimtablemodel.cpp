// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/claimtablemodel.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "export/articlejson.h"
#include "text/claimcontext.h"
#include "text/codepointmap.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>

ClaimTableModel::ClaimTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ClaimTableModel::~ClaimTableModel() = default;

void ClaimTableModel::setDocument(const ProjectDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &ProjectDocument::claimsChanged, this, &ClaimTableModel::reset);
        connect(m_doc, &ProjectDocument::annotationChanged, this, &ClaimTableModel::annotationChanged);
        connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reset();
}

void ClaimTableModel::reset()
{
    beginResetModel();
    m_findingMessages.clear();
    m_mappedArticle = -1;
    endResetModel();
}

const ClaimIndex &ClaimTableModel::claimIndex() const
{
    return m_doc ? m_doc->index() : m_empty;
}

namespace {

// A tooltip that wraps: rich text, its paragraphs kept.
QString wrappedTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

// A small flag (a flag finding) or an "i" (an informative one), so that colour is not the
// only cue.
QImage flagIcon(int flag)
{
    static const QImage icons[2] = {
        [] {
            QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            image.setDevicePixelRatio(2);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1f, 0x6f, 0xb5));
            p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
            p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(8, 7.2), QPointF(8, 11.5));
            p.drawPoint(QPointF(8, 4.6));
            return image;
        }(),
        [] {
            QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            image.setDevicePixelRatio(2);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(QColor(0x44, 0x44, 0x44), 1.4));
            p.drawLine(QPointF(3.5, 2), QPointF(3.5, 15));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xd3, 0x2f, 0x2f));
            QPolygonF flagShape({QPointF(4, 2.5), QPointF(14, 5.5), QPointF(4, 9)});
            p.drawPolygon(flagShape);
            return image;
        }(),
    };
    return flag >= 1 && flag <= 2 ? icons[flag - 1] : QImage();
}

} // namespace

void ClaimTableModel::showFindings()
{
    m_findingMessages.clear();
    if (!m_doc)
        return;
    const ClaimIndex &rows = m_doc->index();
    // Only findings already made: the window decides when the checks run (in the background
    // for a large project).
    const QList<Finding> none;
    for (const Finding &f : m_doc->findingsReady() ? m_doc->findings() : none) {
        for (const auto &[a, c] : f.claims) {
            const qsizetype row = rows.rowOf(a, c);
            if (row >= 0)
                m_findingMessages[row].append(f.message);
        }
    }
    if (rows.size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
}

qsizetype ClaimTableModel::rowOf(const ClaimKey &key) const
{
    if (!m_doc)
        return -1;
    const auto [article, claim] = m_doc->find(key);
    return article < 0 ? -1 : m_doc->index().rowOf(article, claim);
}

ClaimKey ClaimTableModel::keyOf(qsizetype row) const
{
    const ClaimIndex &rows = claimIndex();
    if (row < 0 || row >= rows.size())
        return {};
    return m_doc->keyOf(rows.articleIndex(row), rows.claimIndex(row));
}

const Annotation *ClaimTableModel::annotation(qsizetype row) const
{
    if (!m_doc || m_doc->annotations().isEmpty() || row < 0 || row >= claimIndex().size())
        return nullptr;
    const auto it = m_doc->annotations().constFind(keyOf(row));
    return it != m_doc->annotations().constEnd() ? &*it : nullptr;
}

void ClaimTableModel::annotationChanged(const ClaimKey &key)
{
    const qsizetype row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(claimIndex().size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimTableModel::columnTitle(int column)
{
    switch (column) {
    case ValueColumn:
        return tr("Value");
    case QualifierColumn:
        return tr("Qualifier");
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case MetricColumn:
        return tr("Metric");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case SpeakerColumn:
        return tr("Speaker");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    case SentenceColumn:
        return tr("Sentence");
    }
    return {};
}

QString ClaimTableModel::displayText(qsizetype row, int column) const
{
    const Claim &c = claimIndex().claim(row);
    switch (column) {
    case ValueColumn: {
        const Annotation *an = annotation(row);
        if (an && !std::isnan(an->correction.value)) {
            // The correction, and beside it what the article says.
            Claim corrected = c;
            corrected.value = an->correction.value;
            corrected.high = an->correction.high;
            if (!an->correction.unit.isEmpty())
                corrected.unit = an->correction.unit;
            return tr("%1 (article: %2)").arg(ClaimText::value(corrected), ClaimText::value(c));
        }
        return ClaimText::value(c);
    }
    case QualifierColumn:
        return ClaimText::qualifier(c.qualifier);
    case UnitColumn:
        return c.unit;
    case KindColumn:
        return ClaimText::kind(c.kind);
    case MetricColumn:
        return c.metric.isEmpty() ? QString() : m_doc->metricLabel(c.metric);
    case DateColumn:
        return FrenchFormat::date(c.asOf);
    case SourceColumn:
        return claimIndex()
            .facetValues(ClaimIndex::SourceFacet)
            .value(claimIndex().facet(ClaimIndex::SourceFacet, row));
    case SpeakerColumn:
        return c.speaker;
    case StatusColumn:
        return ClaimStatusText::label(claimIndex().status(row));
    case NoteColumn: {
        const Annotation *an = annotation(row);
        return an ? QString(an->note).replace(u'\n', u' ') : QString();
    }
    case SentenceColumn:
        return ClaimContext::sentence(claimIndex().article(row), c);
    }
    return {};
}

// The status and note's checker and note; the value's citation, findings and OCR note.
QVariant ClaimTableModel::toolTip(qsizetype row, int column) const
{
    const Claim &c = claimIndex().claim(row);
    if (column == NoteColumn || column == StatusColumn) {
        const Annotation *an = annotation(row);
        if (!an)
            return {};
        QString tip = ClaimStatusText::label(an->status);
        if (!an->updatedBy.isEmpty())
            tip += u'\n'
                + tr("Checked by %1, %2")
                      .arg(an->updatedBy,
                           QLocale().toString(an->updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (!an->note.isEmpty())
            tip += u'\n' + an->note;
        return tip;
    }
    if (column == ValueColumn) {
        // The citation, what the checks say of the figure, and how it was read from a scan;
        // rich text, so that the tooltip wraps at a readable width instead of one long line.
        QStringList parts {ClaimText::citation(claimIndex().article(row), c)};
        parts += m_findingMessages.value(row);
        if (m_doc && m_doc->isExcludedFromComparisons(keyOf(row)))
            parts += tr("Left out of the comparisons: the consistency checks do not read this figure.");
        if (const QString ocr = ClaimText::ocrNote(c); !ocr.isEmpty())
            parts += ocr;
        return wrappedTip(parts.join(QStringLiteral("\n\n")));
    }
    return column == SentenceColumn || column == ValueColumn
        ? QVariant(wrappedTip(ClaimText::citation(claimIndex().article(row), c)))
        : QVariant();
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = index.row();
    const Claim &c = claimIndex().claim(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return ClaimStatusText::icon(claimIndex().status(row));
        if (index.column() == ValueColumn && claimIndex().flag(row) > 0)
            return flagIcon(claimIndex().flag(row));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && claimIndex().status(row) != ClaimStatus::ToCheck)
            return ClaimStatusText::color(claimIndex().status(row));
        if (c.boilerplate)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        // A figure the OCR was unsure of stands out until someone checks it on the page.
        if (index.column() == ValueColumn && c.hasLowOcrConfidence()
            && claimIndex().status(row) == ClaimStatus::ToCheck)
            return QColor(0xb3, 0x5c, 0x00);
        return {};
    case Qt::FontRole:
        if (c.boilerplate) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ValueColumn:
            return c.isReadable() ? c.value : -std::numeric_limits<double>::infinity();
        case QualifierColumn:
            return int(c.qualifier);
        case DateColumn:
            return claimIndex().dateKey(row);
        case StatusColumn:
            return int(claimIndex().status(row));
        default:
            return displayText(row, index.column());
        }
    case RowRole:
        return qlonglong(row);
    case ClaimIdRole:
        if (claimIndex().articleIndex(row) != m_mappedArticle) {
            m_map = CodePointMap(claimIndex().article(row).text);
            m_mappedArticle = claimIndex().articleIndex(row);
        }
        return ArticleJson::claimId(claimIndex().article(row), c, m_map);
    case FurnitureRole:
        return c.boilerplate;
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}
