// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's document: loading articles in the background, replacing the document, following it.
#include "mainwindow.h"
#include "metricspanel.h"

#include "chartpanel.h"
#include "claimtableview.h"
#include "excerptview.h"
#include "verificationpanel.h"

#include "models/articlelistmodel.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "settings/appsettings.h"
#include "sources/articleloadjob.h"

#include <QFileInfo>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>

bool MainWindow::isLoading() const
{
    return m_loading;
}

void MainWindow::loadBundled()
{
    if (!newProject())
        return;
    const auto sources = Corpus::bundledSources();
    if (!sources) {
        m_errors = {sources.error()};
        return;
    }
    startLoading(*sources);
}

void MainWindow::loadFiles(const QStringList &paths)
{
    if (!m_doc && !newProject())
        return;
    m_loadWarnings.clear();
    startLoading(Corpus::fileSources(paths, &m_loadWarnings));
}

void MainWindow::startLoading(const QList<ArticleSource> &sources)
{
    m_progress->setRange(0, int(sources.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Reading %n article(s)…", nullptr, int(sources.size())));
    // Reading and extraction run on the thread pool; the window stays responsive.
    m_loading = true;
    m_loadJob->start(sources);
}

void MainWindow::loadingDone()
{
    m_loading = false;
    m_progress->hide();
    m_cancel->hide();
    statusBar()->clearMessage();
    if (m_loadJob->wasCancelled()) {
        statusBar()->showMessage(tr("Loading cancelled: the bilan is unchanged."), 5000);
        Q_EMIT loadingFinished();
        return;
    }
    const LoadReport report = m_loadJob->result();
    m_errors = report.errors + m_loadWarnings;
    m_loadWarnings.clear();
    // Articles already in the project are refused, each with its reason.
    const auto added = m_doc->addArticles(report.articles);
    if (added)
        m_errors.append(added->refused);
    else if (!report.articles.isEmpty())
        m_errors.append(added.error());
    reportErrors(tr("Some articles could not be opened"));
    Q_EMIT loadingFinished();
}

void MainWindow::setArticles(QList<Article> articles)
{
    setDocument(ProjectDocument::fromArticles(std::move(articles)));
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    m_loadJob->cancel();
    m_verification->commitPending();
    m_verification->setDocument(nullptr);
    m_claims->setDocument(nullptr);
    if (m_doc) {
        m_undoGroup->removeStack(m_doc->undoStack());
        disconnect(m_doc.get(), nullptr, this, nullptr);
    }
    Q_EMIT documentChanged();
    m_doc = std::move(document);
    m_exports->setDocument(m_doc.get());
    if (m_doc) {
        // The table's model first: it follows the document before the window looks at it.
        m_claims->setDocument(m_doc.get());
        m_undoGroup->addStack(m_doc->undoStack());
        m_undoGroup->setActiveStack(m_doc->undoStack());
        connect(m_doc.get(), &ProjectDocument::claimsChanged, this, &MainWindow::refreshFromDocument);
        connect(m_doc.get(), &ProjectDocument::pathChanged, this, &MainWindow::updateTitle);
        connect(m_doc.get(), &ProjectDocument::annotationChanged, this, &MainWindow::annotationChanged);
        connect(m_doc.get(), &ProjectDocument::findingReviewChanged, this, &MainWindow::updateFindingReviews);
        connect(m_doc.get(), &ProjectDocument::errorOccurred, this, [this](const QString &message) {
            reportProblem(tr("The change could not be saved"), message);
        });
        // A shared project: another person's change is in the table already; say whose it is,
        // and tell the one whose change it replaced.
        connect(m_doc.get(), &ProjectDocument::changedByOther, this,
                [this](const ClaimKey &key, const QString &who, bool overrode) {
                    const QString claim = m_doc->claimLabel(key);
                    statusBar()->showMessage(
                        overrode ? tr("%1 changed %2 after you: their change stands.").arg(who, claim)
                                 : tr("%1 changed %2.").arg(who, claim),
                        overrode ? 15000 : 5000);
                });
        // Undo and redo move the selection to the claim they change.
        connect(m_doc->undoStack(), &QUndoStack::indexChanged, this,
                &MainWindow::updateVerificationSelection);
        m_verification->setDocument(m_doc->isProject() ? m_doc.get() : nullptr);
        if (m_doc->isShared())
            AppSettings().addRecentProject(m_doc->path());
        else if (m_doc->isProject() && !m_doc->isUntitled())
            AppSettings().addRecentProject(QFileInfo(m_doc->path()).absoluteFilePath());
    }
    m_currentFinding = -1;
    refreshFromDocument();
    updateTitle();
    updateReadOnlyNotice();
}

void MainWindow::refreshFromDocument()
{
    // The claim current before the table's rows were made again (the model resets first).
    const ClaimKey key = std::exchange(m_keptKey, ClaimKey {});
    m_articleList->setArticles(m_doc ? m_doc->articles() : QList<Article>());
    m_metricsPanel->setDocument(m_doc.get());
    recomputeFindings();
    m_excerpt->setArticle(nullptr);
    m_charts->showClaim(-1);
    updateShownCount();
    const qsizetype again = m_claims->rowOf(key);
    if (again >= 0 && m_table->selectClaimRow(again))
        return;
    if (m_filter->rowCount() > 0)
        m_table->selectClaimRow(m_filter->shownRows().front());
}

void MainWindow::annotationChanged(const ClaimKey &key)
{
    m_findingsTimer->start();
    const qsizetype current = m_table->currentClaimRow();
    if (current >= 0 && m_claims->keyOf(current) == key)
        highlightCurrentClaim();
}
