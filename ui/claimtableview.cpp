// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimtableview.h"

#include "display/claimtext.h"
#include "models/claimfiltermodel.h"
#include "text/claimcontext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

ClaimTableView::ClaimTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(false); // sorting goes through the header click below: no sort at once
    setAlternatingRowColors(true);
    setWordWrap(false);
    setAccessibleName(tr("Claims"));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ClaimTableView::showColumnMenu);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (!m_model)
            return;
        const Qt::SortOrder order
            = m_model->sortColumn() == section && m_model->sortOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        const qsizetype current = currentClaimRow();
        m_model->sort(section, order);
        horizontalHeader()->setSortIndicator(section, order);
        selectClaimRow(current);
    });

    m_copyValue = new QAction(tr("Copy &Value"), this);
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyValue, &QAction::triggered, this, [this] { copy(false); });
    m_copyCitation = new QAction(tr("Copy &Citation"), this);
    m_copyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitation->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyCitation, &QAction::triggered, this, [this] { copy(true); });
    addAction(m_copyValue);
    addAction(m_copyCitation);
}

void ClaimTableView::setClaimModel(ClaimFilterModel *model)
{
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentClaimChanged(currentClaimRow()); });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { Q_EMIT currentClaimChanged(currentClaimRow()); });
}

qsizetype ClaimTableView::currentClaimRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(ClaimTableModel::RowRole).toLongLong() : -1;
}

QList<qsizetype> ClaimTableView::selectedClaimRows() const
{
    QList<qsizetype> rows;
    const qsizetype current = currentClaimRow();
    if (current >= 0 && selectionModel()->isRowSelected(currentIndex().row(), {}))
        rows.append(current);
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : selected) {
        const qsizetype r = i.data(ClaimTableModel::RowRole).toLongLong();
        if (r != current)
            rows.append(r);
    }
    return rows;
}

bool ClaimTableView::selectClaimRow(qsizetype row)
{
    if (!m_model || row < 0)
        return false;
    const QModelIndex source = m_model->claimModel()->index(int(row), 0);
    const QModelIndex proxy = m_model->mapFromSource(source);
    if (!proxy.isValid())
        return false;
    setCurrentIndex(proxy);
    selectionModel()->select(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(proxy, QAbstractItemView::EnsureVisible);
    return true;
}

void ClaimTableView::copy(bool citation)
{
    if (!m_model)
        return;
    const ClaimTableModel *claims = m_model->claimModel();
    QStringList lines;
    for (qsizetype row : selectedClaimRows()) {
        const ClaimIndex &index = claims->claimIndex();
        lines << (citation ? ClaimText::citation(index.article(row), index.claim(row))
                           : claims->displayText(row, ClaimTableModel::ValueColumn));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void ClaimTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!indexAt(event->pos()).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyValue);
    menu.addAction(m_copyCitation);
    const QList<QAction *> extra = actions();
    for (QAction *a : extra) {
        if (a != m_copyValue && a != m_copyCitation && !a->text().isEmpty()) {
            if (menu.actions().size() == 2)
                menu.addSeparator();
            menu.addAction(a);
        }
    }
    menu.exec(event->globalPos());
}

void ClaimTableView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        QAction *a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}
