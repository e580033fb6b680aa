// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/claimfilter.h"
#include "models/claimtablemodel.h"

#include <QAbstractProxyModel>

#include <vector>

// The claims the journalist asked to see, in the order asked for. Built for a million claims:
// the sort is a precomputed permutation of every row (made once per sort column), and each
// filter change is one pass over it that keeps the passing rows — already in order — and
// counts, for every facet value, the claims that pass all the other criteria. The view gets
// one model reset per change, never a cascade of row insertions.
class ClaimFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ClaimFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    ClaimTableModel *claimModel() const { return m_claims; }

    const ClaimFilter &filter() const { return m_filter; }
    void setFilter(const ClaimFilter &filter);
    void setFilterText(const QString &text);
    void setFacet(ClaimIndex::Facet facet, const QList<int> &ids);
    void setDateRange(int fromKey, int toKey);
    void setValueRange(double minValue, double maxValue);
    void setShowFurniture(bool show);
    void clearFilter();

    // Claims per facet value among those passing every other criterion.
    const std::vector<int> &facetCounts(ClaimIndex::Facet facet) const { return m_counts[facet]; }
    // The claims shown, as rows of the ClaimIndex.
    const std::vector<int> &shownRows() const { return m_rows; }
    int totalCount() const { return m_claims ? m_claims->rowCount() : 0; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterChanged();

private:
    void rebuildOrder();
    void sortByNote();
    void refilter();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    ClaimTableModel *m_claims = nullptr;
    ClaimFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // every row of the index, in the sort order
    std::vector<int> m_rows; // the rows shown
    std::vector<int> m_proxyOfSource; // -1 when hidden
    std::array<std::vector<int>, ClaimIndex::FacetCount> m_counts;
    std::array<QStringList, ClaimIndex::FacetCount> m_keptFacetLabels;
};
