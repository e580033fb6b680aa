#include "claimtablemodel.h"

#include "articlejson.h"
#include "claimcontext.h"
#include "codepointmap.h"
#include "frenchformat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

ClaimTableModel::ClaimTableModel(QObject *parent) : QAbstractTableModel(parent), m_index(std::make_unique<ClaimIndex>()) { }

ClaimTableModel::~ClaimTableModel() = default;

void ClaimTableModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_index = std::make_unique<ClaimIndex>(std::move(articles));
    endResetModel();
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
    case SentenceColumn:
        return tr("Sentence");
    }
    return {};
}

QString ClaimTableModel::displayText(qsizetype row, int column) const
{
    const Claim &c = m_index->claim(row);
    switch (column) {
    case ValueColumn:
        return FrenchFormat::value(c);
    case QualifierColumn:
        return ClaimIndex::qualifierLabel(c.qualifier);
    case UnitColumn:
        return c.unit;
    case KindColumn:
        return ClaimIndex::kindLabel(c.kind);
    case MetricColumn:
        return c.metric;
    case DateColumn:
        return FrenchFormat::date(c.asOf);
    case SourceColumn:
        return m_index->facetValues(ClaimIndex::SourceFacet).value(m_index->facet(ClaimIndex::SourceFacet, row));
    case SpeakerColumn:
        return c.speaker;
    case StatusColumn:
        return ClaimStatusText::label(m_index->status(row));
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
        return index.column() == SentenceColumn || index.column() == ValueColumn ? ClaimContext::citation(m_index->article(row), c)
                                                                                 : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
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
