// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's findings: the checks run in the background, the Findings panel, a finding shown or compared.
#include "mainwindow.h"

#include "chartpanel.h"
#include "claimtableview.h"
#include "findingcomparison.h"
#include "findingspanel.h"

#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"

#include <QFutureWatcher>
#include <QListWidget>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

void MainWindow::recomputeFindings()
{
    m_findingsTimer->stop();
    ++m_checkRun;
    // A small project is checked at once; a large one in the background, the Findings panel
    // saying so meanwhile, the journalist working on: the result is taken only if nothing
    // changed since the checks started, else they run again.
    constexpr qsizetype kCheckedAtOnce = 20000;
    if (!m_doc || m_doc->findingsReady() || m_claims->claimIndex().size() <= kCheckedAtOnce) {
        showFindings();
        return;
    }
    m_findingsPanel->setChecking();
    statusBar()->showMessage(tr("Checking the figures across sources…"));
    const quint64 generation = m_doc->findingsGeneration();
    auto *watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, run = m_checkRun] {
        watcher->deleteLater();
        if (run != m_checkRun || !m_doc)
            return; // another document, or another run since
        if (m_doc->adoptFindings(watcher->result(), generation)) {
            showFindings();
            statusBar()->clearMessage();
        } else {
            m_findingsTimer->start();
        }
    });
    // An earlier run still going is told to stop: its result would be dropped anyway.
    stopChecks();
    m_checkStop = std::make_shared<std::atomic<bool>>(false);
    watcher->setFuture(QtConcurrent::run(m_doc->findingsTask(m_checkStop)));
}

void MainWindow::stopChecks()
{
    if (m_checkStop)
        m_checkStop->store(true);
}

void MainWindow::showFindings()
{
    m_findings = m_doc ? m_doc->findings() : QList<Finding>();
    m_claims->showFindings();
    updateFindingReviews();
    m_charts->showClaim(m_table->currentClaimRow());
}

void MainWindow::showFinding(int i)
{
    if (i < 0 || i >= m_findings.size())
        return;
    const ClaimIndex &index = m_claims->claimIndex();
    QList<qsizetype> rows;
    bool hidden = false;
    bool furniture = false;
    for (const auto &[a, c] : m_findings[i].claims) {
        const qsizetype row = index.rowOf(a, c);
        if (row < 0)
            continue;
        rows.append(row);
        hidden |= !m_filter->mapFromSource(m_claims->index(int(row), 0)).isValid();
        furniture |= index.isFurniture(row);
    }
    if (rows.isEmpty())
        return;
    // A finding is shown whole: when the filters hide one of its claims they are cleared,
    // and the status bar says so.
    if (hidden) {
        m_filter->clearFilter();
        if (furniture)
            m_filter->setShowFurniture(true);
    }
    m_currentFinding = i;
    if (!m_table->selectClaimRow(rows.first()))
        return;
    for (qsizetype row : rows.mid(1)) {
        const QModelIndex proxy = m_filter->mapFromSource(m_claims->index(int(row), 0));
        if (proxy.isValid())
            m_table->selectionModel()->select(proxy, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_findingsPanel->list()->setCurrentRow(i);
    statusBar()->showMessage(
        hidden ? tr("Filters cleared to show every claim of this finding. %1").arg(m_findings[i].message)
               : m_findings[i].message,
        10000);
}

void MainWindow::updateFindingReviews()
{
    QList<FindingReview> reviews;
    for (const Finding &f : std::as_const(m_findings))
        reviews.append(m_doc ? m_doc->findingReview(f) : FindingReview {});
    m_findingsPanel->setFindings(m_findings, reviews);
}

FindingComparison *MainWindow::compareFinding(int i)
{
    if (!m_doc || i < 0 || i >= m_findings.size())
        return nullptr;
    showFinding(i);
    auto *dialog = new FindingComparison(m_doc.get(), m_findings[i], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog goes with the document it edits.
    connect(this, &MainWindow::documentChanged, dialog, &QDialog::close);
    dialog->show();
    return dialog;
}
