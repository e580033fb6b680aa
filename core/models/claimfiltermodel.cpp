// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/claimfiltermodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace {

// The rank of each label in collation order (numbers as numbers, case ignored).
std::vector<int> collatedRanks(const QStringList &labels)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> byLabel(size_t(labels.size()));
    std::iota(byLabel.begin(), byLabel.end(), 0);
    std::sort(byLabel.begin(), byLabel.end(),
              [&](int a, int b) { return collator.compare(labels[a], labels[b]) < 0; });
    std::vector<int> rank(size_t(labels.size()));
    for (size_t i = 0; i < byLabel.size(); ++i)
        rank[size_t(byLabel[i])] = int(i);
    return rank;
}

// The rank of each distinct folded sentence, ranked once.
std::vector<int> sentenceRanks(const ClaimIndex &idx)
{
    std::vector<quint32> sentences(size_t(idx.sentenceCount()));
    std::iota(sentences.begin(), sentences.end(), 0u);
    std::sort(sentences.begin(), sentences.end(),
              [&](quint32 a, quint32 b) { return idx.foldedSentence(a) < idx.foldedSentence(b); });
    std::vector<int> rank(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i)
        rank[sentences[i]] = int(i);
    return rank;
}

} // namespace

ClaimFilterModel::ClaimFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void ClaimFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_claims)
        disconnect(m_claims, nullptr, this, nullptr);
    beginResetModel();
    m_claims = qobject_cast<ClaimTableModel *>(source);
    Q_ASSERT_X(m_claims || !source, "ClaimFilterModel", "the source must be a ClaimTableModel");
    QAbstractProxyModel::setSourceModel(m_claims);
    if (m_claims) {
        connect(m_claims, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            // Facet ids belong to the index about to be replaced: keep the selection by label.
            for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
                m_keptFacetLabels[f].clear();
                for (int id : std::as_const(m_filter.facets[f]))
                    m_keptFacetLabels[f].append(
                        m_claims->claimIndex().facetValues(ClaimIndex::Facet(f)).value(id));
            }
            beginResetModel();
        });
        connect(m_claims, &QAbstractItemModel::modelReset, this, &ClaimFilterModel::sourceReset);
        connect(m_claims, &QAbstractItemModel::dataChanged, this, &ClaimFilterModel::sourceDataChanged);
    }
    rebuildOrder();
    refilter();
    endResetModel();
    Q_EMIT filterChanged();
}

void ClaimFilterModel::sourceReset()
{
    // The same facet values, by label, in the new index (those gone are dropped).
    for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
        const QStringList &labels = m_claims->claimIndex().facetValues(ClaimIndex::Facet(f));
        QList<int> ids;
        for (const QString &label : std::as_const(m_keptFacetLabels[f])) {
            const int id = int(labels.indexOf(label));
            if (id >= 0)
                ids.append(id);
        }
        // A selection whose every value disappeared would hide everything: drop it.
        m_filter.facets[f] = ids;
        m_keptFacetLabels[f].clear();
    }
    rebuildOrder();
    refilter();
    endResetModel();
    Q_EMIT filterChanged();
}

void ClaimFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    // A status changed: the facet counts change, and the row may leave the filter.
    // Sorted by status or note: the row may move.
    const bool resort
        = m_sortColumn == ClaimTableModel::StatusColumn || m_sortColumn == ClaimTableModel::NoteColumn;
    if (!m_filter.facets[ClaimIndex::StatusFacet].isEmpty()
        || !m_filter.facets[ClaimIndex::FlagFacet].isEmpty() || resort) {
        if (resort)
            rebuildOrder();
        setFilter(m_filter);
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int p = m_proxyOfSource[size_t(r)];
        if (p >= 0)
            Q_EMIT dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
    }
    refilter(); // counts only: the rows shown do not change
    Q_EMIT filterChanged();
}

void ClaimFilterModel::setFilter(const ClaimFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
    Q_EMIT filterChanged();
}

void ClaimFilterModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    ClaimFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void ClaimFilterModel::setFacet(ClaimIndex::Facet facet, const QList<int> &ids)
{
    ClaimFilter f = m_filter;
    f.facets[facet] = ids;
    setFilter(f);
}

void ClaimFilterModel::setDateRange(int fromKey, int toKey)
{
    ClaimFilter f = m_filter;
    f.fromDateKey = fromKey;
    f.toDateKey = toKey;
    setFilter(f);
}

void ClaimFilterModel::setValueRange(double minValue, double maxValue)
{
    ClaimFilter f = m_filter;
    f.minValue = minValue;
    f.maxValue = maxValue;
    setFilter(f);
}

void ClaimFilterModel::setShowFurniture(bool show)
{
    ClaimFilter f = m_filter;
    f.showFurniture = show;
    setFilter(f);
}

void ClaimFilterModel::clearFilter()
{
    setFilter(ClaimFilter {});
}

void ClaimFilterModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    refilter();
    endResetModel();
}

void ClaimFilterModel::sortByNote()
{
    // Claims with a note first (ascending), by the note's text.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QString na = m_claims->displayText(a, ClaimTableModel::NoteColumn);
        const QString nb = m_claims->displayText(b, ClaimTableModel::NoteColumn);
        if (na.isEmpty() != nb.isEmpty())
            return (m_sortOrder == Qt::AscendingOrder) == !na.isEmpty();
        return m_sortOrder == Qt::AscendingOrder ? collator.compare(na, nb) < 0
                                                 : collator.compare(nb, na) < 0;
    });
}

void ClaimFilterModel::rebuildOrder()
{
    const int n = m_claims ? m_claims->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!m_claims || m_sortColumn < 0 || n == 0)
        return;
    const ClaimIndex &idx = m_claims->claimIndex();
    auto sortBy = [&](auto key) {
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return m_sortOrder == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
        });
    };
    // Text columns sort by the rank of their (few) distinct values, collated once.
    auto byFacet = [&](ClaimIndex::Facet f) {
        const std::vector<int> rank = collatedRanks(idx.facetValues(f));
        sortBy([&](int r) { return rank[size_t(idx.facet(f, r))]; });
    };
    switch (m_sortColumn) {
    case ClaimTableModel::ValueColumn:
        sortBy([&](int r) {
            const Claim &c = idx.claim(r);
            return c.isReadable() ? c.value : -std::numeric_limits<double>::infinity();
        });
        break;
    case ClaimTableModel::QualifierColumn:
        sortBy([&](int r) { return int(idx.claim(r).qualifier); });
        break;
    case ClaimTableModel::UnitColumn:
        byFacet(ClaimIndex::UnitFacet);
        break;
    case ClaimTableModel::KindColumn:
        sortBy([&](int r) { return idx.facet(ClaimIndex::KindFacet, r); });
        break;
    case ClaimTableModel::MetricColumn:
        byFacet(ClaimIndex::MetricFacet);
        break;
    case ClaimTableModel::DateColumn:
        sortBy([&](int r) { return idx.dateKey(r); });
        break;
    case ClaimTableModel::SourceColumn:
        byFacet(ClaimIndex::SourceFacet);
        break;
    case ClaimTableModel::SpeakerColumn:
        byFacet(ClaimIndex::SpeakerFacet);
        break;
    case ClaimTableModel::StatusColumn:
        sortBy([&](int r) { return idx.facet(ClaimIndex::StatusFacet, r); });
        break;
    case ClaimTableModel::NoteColumn:
        sortByNote();
        break;
    case ClaimTableModel::SentenceColumn: {
        const std::vector<int> rank = sentenceRanks(idx);
        sortBy([&](int r) { return rank[idx.sentenceId(r)]; });
        break;
    }
    }
}

void ClaimFilterModel::refilter()
{
    m_rows.clear();
    m_proxyOfSource.assign(m_order.size(), -1);
    for (int f = 0; f < ClaimIndex::FacetCount; ++f)
        m_counts[f].assign(
            m_claims ? size_t(m_claims->claimIndex().facetValues(ClaimIndex::Facet(f)).size()) : 0, 0);
    if (!m_claims)
        return;
    const ClaimIndex &idx = m_claims->claimIndex();
    ClaimFilter::Compiled compiled(m_filter, idx);
    for (int row : m_order) {
        const quint32 fail = compiled.failures(row);
        if (fail == 0) {
            m_proxyOfSource[size_t(row)] = int(m_rows.size());
            m_rows.push_back(row);
        }
        // Counted for a facet when it passes everything but that facet's own selection.
        for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
            if ((fail & ~ClaimFilter::Compiled::facetBit(f)) == 0)
                ++m_counts[f][size_t(idx.facet(ClaimIndex::Facet(f), row))];
        }
    }
}

QModelIndex ClaimFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_claims || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_claims->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ClaimFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_claims || !sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOfSource.size())
        return {};
    const int p = m_proxyOfSource[size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QModelIndex ClaimFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ClaimFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ClaimFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_claims ? 0 : m_claims->columnCount();
}

QVariant ClaimFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    return m_claims ? m_claims->headerData(section, orientation, role) : QVariant();
}
