// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetpanel.h"

#include "display/claimtext.h"
#include "metrics/metrictaxonomy.h"

#include "display/frenchformat.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>
#include <numeric>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2;
} // namespace

QString FacetPanel::facetTitle(ClaimIndex::Facet facet)
{
    switch (facet) {
    case ClaimIndex::SourceFacet:
        return tr("Source");
    case ClaimIndex::MetricFacet:
        return tr("Metric");
    case ClaimIndex::UnitFacet:
        return tr("Unit");
    case ClaimIndex::KindFacet:
        return tr("Kind");
    case ClaimIndex::SpeakerFacet:
        return tr("Speaker");
    case ClaimIndex::StatusFacet:
        return tr("Status");
    case ClaimIndex::FlagFacet:
        return tr("Flags");
    case ClaimIndex::FacetCount:
        break;
    }
    return {};
}

QString FacetPanel::valueLabel(ClaimIndex::Facet facet, const QString &value)
{
    if (facet == ClaimIndex::KindFacet)
        return ClaimText::kind(claimKindFromName(value));
    if (facet == ClaimIndex::StatusFacet)
        return ClaimStatusText::label(ClaimStatusText::fromName(value));
    if (facet == ClaimIndex::FlagFacet)
        return value == u"flag" ? tr("Flagged")
            : value == u"note"  ? tr("Informative note")
                                : tr("No finding");
    if (facet == ClaimIndex::MetricFacet && !value.isEmpty())
        return MetricTaxonomy::bundled().label(value);
    return value.isEmpty() ? tr("(none)") : value;
}

QString FacetPanel::label(ClaimIndex::Facet facet, const QString &value) const
{
    // A metric the project discovered is named by its label, not by its key
    // ("Marrakech — nuitées", not "marrakech.nuitee").
    if (facet == ClaimIndex::MetricFacet && !value.isEmpty() && m_model && m_model->claimModel()
        && m_model->claimModel()->document())
        return m_model->claimModel()->document()->metricLabel(value);
    return valueLabel(facet, value);
}

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *clear = new QPushButton(tr("Clear all filters"));
    clear->setAccessibleName(tr("Clear all filters"));
    connect(clear, &QPushButton::clicked, this, &FacetPanel::clearAll);
    layout->addWidget(clear);

    m_furniture = new QCheckBox(tr("Show website furniture"));
    m_furniture->setToolTip(
        tr("Also list the figures of menus, headlines of other articles, counters and footers"));
    connect(m_furniture, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && m_model)
            m_model->setShowFurniture(on);
    });
    layout->addWidget(m_furniture);

    auto *ranges = new QGroupBox(tr("Ranges"));
    auto *form = new QFormLayout(ranges);
    m_dateFrom = new QComboBox;
    m_dateTo = new QComboBox;
    m_dateFrom->setAccessibleName(tr("Dates from"));
    m_dateTo->setAccessibleName(tr("Dates to"));
    m_valueMin = new QLineEdit;
    m_valueMax = new QLineEdit;
    m_valueMin->setPlaceholderText(tr("minimum"));
    m_valueMax->setPlaceholderText(tr("maximum"));
    m_valueMin->setAccessibleName(tr("Minimum value"));
    m_valueMax->setAccessibleName(tr("Maximum value"));
    for (QLineEdit *e : {m_valueMin, m_valueMax}) {
        e->setValidator(new QDoubleValidator(e));
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::editingFinished, this, &FacetPanel::rangesChanged);
    }
    for (QComboBox *c : {m_dateFrom, m_dateTo})
        connect(c, &QComboBox::currentIndexChanged, this, &FacetPanel::rangesChanged);
    form->addRow(tr("Date from"), m_dateFrom);
    form->addRow(tr("Date to"), m_dateTo);
    form->addRow(tr("Value from"), m_valueMin);
    form->addRow(tr("Value to"), m_valueMax);
    layout->addWidget(ranges);

    // The lists in a splitter: each can be given the height its values need.
    auto *lists = new QSplitter(Qt::Vertical);
    lists->setObjectName(QStringLiteral("facetSplitter"));
    lists->setChildrenCollapsible(false);
    for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
        const auto facet = ClaimIndex::Facet(f);
        auto *box = new QGroupBox(facetTitle(facet));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        auto *list = new QListWidget;
        list->setAccessibleName(facetTitle(facet));
        list->setUniformItemSizes(true);
        const bool small = facet == ClaimIndex::KindFacet || facet == ClaimIndex::StatusFacet
            || facet == ClaimIndex::FlagFacet;
        list->setMinimumHeight(small ? 50 : 70);
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(list, &QListWidget::itemChanged, this, [this, facet] { listChanged(facet); });
        boxLayout->addWidget(list);
        m_lists[f] = list;
        lists->addWidget(box);
        lists->setStretchFactor(f, small ? 1 : 3);
    }
    layout->addWidget(lists, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void FacetPanel::setModel(ClaimFilterModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &ClaimFilterModel::modelReset, this, [this] {
            // A new bilan: new facet values.
            if (m_lists[0]->count() != int(m_model->facetCounts(ClaimIndex::SourceFacet).size()))
                rebuild();
        });
        connect(m_model, &ClaimFilterModel::filterChanged, this, &FacetPanel::updateCounts);
    }
    rebuild();
}

void FacetPanel::rebuild()
{
    m_updating = true;
    for (QListWidget *l : m_lists)
        l->clear();
    m_dateFrom->clear();
    m_dateTo->clear();
    if (m_model && m_model->claimModel()) {
        const ClaimIndex &index = m_model->claimModel()->claimIndex();
        for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
            const auto facet = ClaimIndex::Facet(f);
            const QStringList &values = index.facetValues(facet);
            // Sources, metrics, units and speakers in alphabetical order; kinds, statuses
            // and flags in their own.
            QList<int> ids(values.size());
            std::iota(ids.begin(), ids.end(), 0);
            if (facet != ClaimIndex::KindFacet && facet != ClaimIndex::StatusFacet
                && facet != ClaimIndex::FlagFacet) {
                QCollator collator;
                collator.setCaseSensitivity(Qt::CaseInsensitive);
                collator.setNumericMode(true);
                QStringList labels;
                for (const QString &v : values)
                    labels << label(facet, v);
                std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
                    // "(none)" last.
                    if (values[a].isEmpty() != values[b].isEmpty())
                        return values[b].isEmpty();
                    return collator.compare(labels[a], labels[b]) < 0;
                });
            }
            for (int id : std::as_const(ids)) {
                auto *item = new QListWidgetItem;
                item->setData(IdRole, id);
                item->setData(LabelRole, label(facet, values[id]));
                item->setToolTip(label(facet, values[id]));
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                item->setCheckState(m_model->filter().facets[f].contains(id) ? Qt::Checked : Qt::Unchecked);
                m_lists[f]->addItem(item);
            }
        }
        // Dates offered: the years and months the claims refer to.
        QSet<int> keys;
        for (qsizetype r = 0; r < index.size(); ++r) {
            const int k = index.dateKey(r);
            if (k) {
                keys.insert(k / 10000 * 10000);
                if (k % 10000)
                    keys.insert(k / 100 * 100);
            }
        }
        QList<int> sorted(keys.cbegin(), keys.cend());
        std::sort(sorted.begin(), sorted.end());
        m_dateFrom->addItem(tr("any"), 0);
        m_dateTo->addItem(tr("any"), 0);
        for (int k : sorted) {
            const PartialDate d {qint16(k / 10000), qint8(k / 100 % 100), 0};
            m_dateFrom->addItem(FrenchFormat::date(d), k);
            m_dateTo->addItem(FrenchFormat::date(d), k);
        }
    }
    m_updating = false;
    updateCounts();
}

void FacetPanel::updateCounts()
{
    if (!m_model)
        return;
    m_updating = true;
    for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
        const std::vector<int> &counts = m_model->facetCounts(ClaimIndex::Facet(f));
        QListWidget *list = m_lists[f];
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const int id = item->data(IdRole).toInt();
            const int n = size_t(id) < counts.size() ? counts[size_t(id)] : 0;
            item->setText(QStringLiteral("%1 (%2)").arg(item->data(LabelRole).toString()).arg(n));
            item->setCheckState(m_model->filter().facets[f].contains(id) ? Qt::Checked : Qt::Unchecked);
            // Values with nothing to show are hidden unless selected.
            item->setHidden(n == 0 && item->checkState() == Qt::Unchecked);
        }
    }
    m_furniture->setChecked(m_model->filter().showFurniture);
    m_updating = false;
}

void FacetPanel::listChanged(ClaimIndex::Facet facet)
{
    if (m_updating || !m_model)
        return;
    QList<int> ids;
    QListWidget *list = m_lists[facet];
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(IdRole).toInt());
    }
    m_model->setFacet(facet, ids);
}

int FacetPanel::dateKeyOf(QComboBox *combo) const
{
    return combo->currentData().toInt();
}

void FacetPanel::rangesChanged()
{
    if (m_updating || !m_model)
        return;
    const QLocale locale;
    bool ok = false;
    double minValue = locale.toDouble(m_valueMin->text(), &ok);
    if (!ok)
        minValue = std::nan("");
    double maxValue = locale.toDouble(m_valueMax->text(), &ok);
    if (!ok)
        maxValue = std::nan("");
    ClaimFilter f = m_model->filter();
    f.fromDateKey = dateKeyOf(m_dateFrom);
    f.toDateKey = dateKeyOf(m_dateTo);
    f.minValue = minValue;
    f.maxValue = maxValue;
    if (!(f == m_model->filter()))
        m_model->setFilter(f);
}

void FacetPanel::clearAll()
{
    if (!m_model)
        return;
    m_updating = true;
    m_dateFrom->setCurrentIndex(0);
    m_dateTo->setCurrentIndex(0);
    m_valueMin->clear();
    m_valueMax->clear();
    m_updating = false;
    m_model->clearFilter();
}
