// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/claimtablemodel.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "export/articlejson.h"
#include "metrics/metrictaxonomy.h"
#include "text/claimcontext.h"
#include "text/codepointmap.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>

ClaimTableModel::ClaimTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(std::make_unique<ClaimIndex>())
{ }

ClaimTableModel::~ClaimTableModel() = default;

void ClaimTableModel::setArticles(QList<Article> articles, const QHash<ClaimKey, Annotation> &annotations)
{
    beginResetModel();
    m_index = std::make_unique<ClaimIndex>(std::move(articles));
    m_annotations = annotations;
    m_findingMessages.clear();
    m_articleOfSha.clear();
    for (int a = 0; a < m_index->articles().size(); ++a)
        m_articleOfSha.insert(m_index->articles()[a].sha256, a);
    for (const Annotation &an : std::as_const(m_annotations)) {
        const qsizetype row = rowOf(an.key);
        if (row >= 0)
            m_index->setStatus(row, an.status);
    }
    endResetModel();
}

namespace {

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

void ClaimTableModel::setFindings(const QList<Finding> &findings)
{
    m_findingMessages.clear();
    for (qsizetype r = 0; r < m_index->size(); ++r)
        m_index->setFlag(r, 0);
    for (const Finding &f : findings) {
        for (const auto &[a, c] : f.claims) {
            const qsizetype row = m_index->rowOf(a, c);
            if (row < 0)
                continue;
            m_index->setFlag(row, qMax(m_index->flag(row), f.informative ? 1 : 2));
            m_findingMessages[row].append(f.message);
        }
    }
    if (m_index->size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_index->size()) - 1, ColumnCount - 1));
}

qsizetype ClaimTableModel::rowOf(const ClaimKey &key) const
{
    const int article = m_articleOfSha.value(key.article, -1);
    if (article < 0)
        return -1;
    const QList<Claim> &claims = m_index->articles()[article].claims;
    const auto it = std::lower_bound(claims.begin(), claims.end(), key.start,
                                     [](const Claim &c, qint32 s) { return c.start < s; });
    for (auto c = it; c != claims.end() && c->start == key.start; ++c) {
        if (c->end == key.end)
            return m_index->rowOf(article, int(c - claims.begin()));
    }
    return -1;
}

ClaimKey ClaimTableModel::keyOf(qsizetype row) const
{
    if (row < 0 || row >= m_index->size())
        return {};
    const Claim &c = m_index->claim(row);
    return ClaimKey {m_index->article(row).sha256, c.start, c.end};
}

const Annotation *ClaimTableModel::annotation(qsizetype row) const
{
    if (m_annotations.isEmpty() || row < 0 || row >= m_index->size())
        return nullptr;
    const auto it = m_annotations.constFind(keyOf(row));
    return it != m_annotations.constEnd() ? &*it : nullptr;
}

void ClaimTableModel::setAnnotation(const Annotation &annotation)
{
    if (annotation.isDefault())
        m_annotations.remove(annotation.key);
    else
        m_annotations.insert(annotation.key, annotation);
    const qsizetype row = rowOf(annotation.key);
    if (row < 0)
        return;
    m_index->setStatus(row, annotation.status);
    Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

void ClaimTableModel::setStatus(qsizetype row, ClaimStatus status)
{
    if (row < 0 || row >= m_index->size())
        return;
    m_index->setStatus(row, status);
    const QModelIndex i = index(int(row), StatusColumn);
    Q_EMIT dataChanged(i, i);
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index->size());
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
    const Claim &c = m_index->claim(row);
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
            return tr("%1 (article: %2)").arg(FrenchFormat::value(corrected), FrenchFormat::value(c));
        }
        return FrenchFormat::value(c);
    }
    case QualifierColumn:
        return ClaimText::qualifier(c.qualifier);
    case UnitColumn:
        return c.unit;
    case KindColumn:
        return ClaimText::kind(c.kind);
    case MetricColumn:
        return c.metric.isEmpty() ? QString() : MetricTaxonomy::bundled().label(c.metric);
    case DateColumn:
        return FrenchFormat::date(c.asOf);
    case SourceColumn:
        return m_index->facetValues(ClaimIndex::SourceFacet)
            .value(m_index->facet(ClaimIndex::SourceFacet, row));
    case SpeakerColumn:
        return c.speaker;
    case StatusColumn:
        return ClaimStatusText::label(m_index->status(row));
    case NoteColumn: {
        const Annotation *an = annotation(row);
        return an ? QString(an->note).replace(u'\n', u' ') : QString();
    }
    case SentenceColumn:
        return ClaimContext::sentence(m_index->article(row), c);
    }
    return {};
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = index.row();
    const Claim &c = m_index->claim(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn || index.column() == StatusColumn) {
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
        if (index.column() == ValueColumn && m_findingMessages.contains(row))
            return QString(ClaimText::citation(m_index->article(row), c) + QStringLiteral("\n\n")
                           + m_findingMessages.value(row).join(QStringLiteral("\n\n")));
        return index.column() == SentenceColumn || index.column() == ValueColumn
            ? ClaimText::citation(m_index->article(row), c)
            : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return ClaimStatusText::icon(m_index->status(row));
        if (index.column() == ValueColumn && m_index->flag(row) > 0)
            return flagIcon(m_index->flag(row));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && m_index->status(row) != ClaimStatus::ToCheck)
            return ClaimStatusText::color(m_index->status(row));
        if (c.boilerplate)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
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
            return m_index->dateKey(row);
        case StatusColumn:
            return int(m_index->status(row));
        default:
            return displayText(row, index.column());
        }
    case RowRole:
        return qlonglong(row);
    case ClaimIdRole:
        return ArticleJson::claimId(m_index->article(row), c, CodePointMap(m_index->article(row).text));
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
