// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/claimindex.h"

#include <QWidget>

#include <array>

class ClaimFilterModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

// The facets of the claims table: for source, metric, unit, kind, speaker and status, a
// checkable list whose counts follow the other filters; a date range and a value range; the
// "show website furniture" toggle and a "Clear all". Reads and writes the filter of a
// ClaimFilterModel and nothing else.
class FacetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FacetPanel(QWidget *parent = nullptr);

    void setModel(ClaimFilterModel *model);
    QListWidget *list(ClaimIndex::Facet facet) const { return m_lists[facet]; }
    QCheckBox *furnitureToggle() const { return m_furniture; }

    static QString facetTitle(ClaimIndex::Facet facet);
    // The label of a value outside any project (a metric by the bundled taxonomy's name).
    static QString valueLabel(ClaimIndex::Facet facet, const QString &value);
    // The label of a value of the model's project: its metrics by their discovered names.
    QString label(ClaimIndex::Facet facet, const QString &value) const;

public Q_SLOTS:
    void clearAll();

private:
    void rebuild();
    void updateCounts();
    void listChanged(ClaimIndex::Facet facet);
    void rangesChanged();
    int dateKeyOf(QComboBox *combo) const;

    ClaimFilterModel *m_model = nullptr;
    std::array<QListWidget *, ClaimIndex::FacetCount> m_lists {};
    QComboBox *m_dateFrom = nullptr;
    QComboBox *m_dateTo = nullptr;
    QLineEdit *m_valueMin = nullptr;
    QLineEdit *m_valueMax = nullptr;
    QCheckBox *m_furniture = nullptr;
    bool m_updating = false;
};
