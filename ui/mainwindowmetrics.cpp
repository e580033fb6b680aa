// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of the journalist's taxonomy: the Metrics view, the Metrics menu, and the
// claims table's moves between metrics (docs/metrics.md, "Owning the taxonomy").
#include "claimtableview.h"
#include "mainwindow.h"
#include "metricspanel.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QStatusBar>

void MainWindow::createMetricsDock()
{
    m_metricsPanel = new MetricsPanel;
    connect(m_metricsPanel, &MetricsPanel::problem, this, &MainWindow::reportProblem);
    connect(m_metricsPanel, &MetricsPanel::metricActivated, this, &MainWindow::showMetric);
    m_metricsDock = new QDockWidget;
    m_metricsDock->setObjectName(QStringLiteral("metrics"));
    m_metricsDock->setWidget(m_metricsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_metricsDock);
    tabifyDockWidget(m_findingsDock, m_metricsDock);
    m_findingsDock->raise();
}

void MainWindow::createMetricsMenu()
{
    QMenu *menu = menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("metricsMenu"));
    menu->addAction(m_metricsDock->toggleViewAction());
    menu->addSeparator();
    menu->addAction(m_metricsPanel->renameAction());
    menu->addAction(m_metricsPanel->mergeAction());
    menu->addMenu(m_metricsPanel->natureMenu());
    menu->addSeparator();

    auto claimAction = [this, menu](const char *name, auto slot) {
        QAction *a = menu->addAction(QString(), this, slot);
        a->setObjectName(QLatin1String(name));
        // Also in the claims table's context menu.
        m_table->addAction(a);
        return a;
    };
    claimAction("moveToNewMetric", [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Move to New Metric"),
                                                   tr("The name of the new metric for the selected claims:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            moveSelectedClaimsToNewMetric(name);
    });
    claimAction("moveToMetric", [this] {
        if (!m_doc)
            return;
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Move to Metric"),
                                                   tr("The metric the selected claims belong to:"),
                                                   m_doc->metricNames(), 0, true, &ok);
        if (ok)
            moveSelectedClaimsToMetric(name);
    });
    QAction *exclude = claimAction("excludeFromComparisons", [this] {
        auto *a = findChild<QAction *>(QStringLiteral("excludeFromComparisons"));
        excludeSelectedClaims(a && a->isChecked());
    });
    exclude->setCheckable(true);
    menu->addSeparator();
    menu->addAction(QString(), this,
                    [this] {
                        const QString path = QFileDialog::getSaveFileName(
                            this, tr("Save Taxonomy as Preset"), QString(), tr("Taxonomy presets (*.json)"));
                        if (!path.isEmpty())
                            saveMetricPreset(path);
                    })
        ->setObjectName(QStringLiteral("saveMetricPreset"));
    menu->addAction(QString(), this,
                    [this] {
                        const QString path
                            = QFileDialog::getOpenFileName(this, tr("Load Preset"), QString(),
                                                           tr("Taxonomy presets (*.json);;All files (*)"));
                        if (!path.isEmpty())
                            loadMetricPreset(path);
                    })
        ->setObjectName(QStringLiteral("loadMetricPreset"));
}

QList<ClaimKey> MainWindow::selectedClaimKeys() const
{
    QList<ClaimKey> keys;
    for (qsizetype row : m_table->selectedClaimRows())
        keys << m_claims->keyOf(row);
    return keys;
}

bool MainWindow::moveSelectedClaimsToNewMetric(const QString &name)
{
    if (!m_doc)
        return false;
    const auto moved = m_doc->moveToNewMetric(selectedClaimKeys(), name);
    if (!moved) {
        reportProblem(tr("The claims were not moved"), moved.error());
        return false;
    }
    m_metricsPanel->selectMetric(moved.value());
    return true;
}

bool MainWindow::moveSelectedClaimsToMetric(const QString &nameOrId)
{
    if (!m_doc)
        return false;
    const QString id = m_doc->metricNamed(nameOrId);
    if (id.isEmpty()) {
        reportProblem(
            tr("The claims were not moved"),
            tr("“%1” is not a metric of this bilan: pick one of the list, or use Move to New Metric.")
                .arg(nameOrId));
        return false;
    }
    const auto moved = m_doc->moveClaims(selectedClaimKeys(), id);
    if (!moved)
        reportProblem(tr("The claims were not moved"), moved.error());
    return bool(moved);
}

bool MainWindow::excludeSelectedClaims(bool excluded)
{
    if (!m_doc)
        return false;
    const auto set = m_doc->setExcludedFromComparisons(selectedClaimKeys(), excluded);
    if (!set)
        reportProblem(tr("The claims were not changed"), set.error());
    updateClaimActions();
    return bool(set);
}

bool MainWindow::saveMetricPreset(const QString &path)
{
    if (!m_doc)
        return false;
    const auto saved = m_doc->saveMetricPreset(path);
    if (!saved) {
        reportProblem(tr("The preset was not saved"), saved.error());
        return false;
    }
    statusBar()->showMessage(tr("Taxonomy saved as %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::loadMetricPreset(const QString &path)
{
    if (!m_doc)
        return false;
    const auto loaded = m_doc->loadMetricPreset(path);
    if (!loaded)
        reportProblem(tr("The preset was not loaded"), loaded.error());
    return bool(loaded);
}

void MainWindow::showMetric(const QString &id)
{
    const ClaimIndex &index = m_claims->claimIndex();
    const int value = int(index.facetValues(ClaimIndex::MetricFacet).indexOf(id));
    if (value < 0)
        return;
    ClaimFilter filter = m_filter->filter();
    filter.facets[ClaimIndex::MetricFacet] = {value};
    m_filter->setFilter(filter);
    if (m_filter->rowCount() > 0)
        m_table->selectClaimRow(m_filter->shownRows().front());
}

void MainWindow::updateMetricActions()
{
    const QList<ClaimKey> keys = selectedClaimKeys();
    const bool editable = m_doc && m_doc->isProject() && !m_doc->isReadOnly() && !keys.isEmpty();
    for (const char *name : {"moveToNewMetric", "moveToMetric", "excludeFromComparisons"}) {
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setEnabled(editable);
    }
    if (auto *exclude = findChild<QAction *>(QStringLiteral("excludeFromComparisons"))) {
        const QSignalBlocker block(exclude);
        exclude->setChecked(editable && m_doc->isExcludedFromComparisons(keys.first()));
    }
    const bool project = m_doc && m_doc->isProject();
    if (auto *a = findChild<QAction *>(QStringLiteral("saveMetricPreset")))
        a->setEnabled(project);
    if (auto *a = findChild<QAction *>(QStringLiteral("loadMetricPreset")))
        a->setEnabled(project && !m_doc->isReadOnly());
}
