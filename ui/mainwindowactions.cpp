// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and the commands they run: projects, articles (menus and drops), exports,
// claims, help.
// (The layout and the selection are in mainwindow.cpp, loading in mainwindowdocument.cpp.)
#include "mainwindow.h"
#include "metricspanel.h"

#include "addurldialog.h"
#include "articledialog.h"
#include "claimtableview.h"
#include "excerptview.h"
#include "facetpanel.h"
#include "manualclaimdialog.h"
#include "pastearticledialog.h"
#include "sharedprojectdialog.h"
#include "userguide.h"
#include "verificationpanel.h"

#include "extraction/claimextractor.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "project/serverlocation.h"
#include "settings/appsettings.h"
#include "sources/articleloader.h"
#include "sources/urlfetcher.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>

#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>

namespace {

QString withSuffix(const QString &path)
{
    return path.endsWith(QStringLiteral(".bilan")) ? path : path + QStringLiteral(".bilan");
}

} // namespace

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    auto add = [this, file](const char *name, auto &&slot, const QKeySequence &shortcut = {}) {
        QAction *a = file->addAction(QString(), this, slot);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        return a;
    };
    add(
        "newProject",
        [this] {
            if (maybeSaveUntitled())
                newProject();
        },
        QKeySequence::New);
    add(
        "openProject",
        [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                              tr("Bilan projects (*.bilan);;All files (*)"));
            if (!path.isEmpty() && maybeSaveUntitled())
                openProject(path);
        },
        QKeySequence::Open);
    add("openShared", [this] { openShared(); });
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    add("openBundled", [this] {
        if (maybeSaveUntitled())
            loadBundled();
    });
    file->addSeparator();
    add(
        "saveAs",
        [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Project As"), m_doc && !m_doc->isUntitled() ? m_doc->path() : QString(),
                tr("Bilan projects (*.bilan)"));
            if (!path.isEmpty())
                saveProjectAs(withSuffix(path));
        },
        QKeySequence::SaveAs);
    file->addSeparator();
    add(
        "addArticles",
        [this] {
            const QStringList paths = QFileDialog::getOpenFileNames(
                this, tr("Add Articles"), QString(),
                tr("Articles (*.txt *.md *.html *.htm *.pdf);;All files (*)"));
            if (!paths.isEmpty())
                loadFiles(paths);
        },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(
        "pasteArticle",
        [this] {
            PasteArticleDialog dialog(QGuiApplication::clipboard()->text(), this);
            if (dialog.exec() == QDialog::Accepted)
                addPastedArticle(dialog.text(), dialog.metadata());
        },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    add("addFromUrl", [this] { addFromUrl(); });
    QMenu *exportMenu = file->addMenu(QString());
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exports->addTo(exportMenu);
    file->addSeparator();
    add("quit", &QApplication::closeAllWindows, QKeySequence::Quit);
}

void MainWindow::createEditAndViewMenus()
{
    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_table->copyValueAction());
    edit->addAction(m_table->copyCitationAction());
    edit->addSeparator();
    QAction *find = edit->addAction(QString(), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    QAction *clear = edit->addAction(QString(), m_facets, &FacetPanel::clearAll);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *furniture = view->addAction(QString());
    furniture->setObjectName(QStringLiteral("showFurniture"));
    furniture->setCheckable(true);
    furniture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(furniture, &QAction::toggled, m_filter, &ClaimFilterModel::setShowFurniture);
    connect(m_filter, &ClaimFilterModel::filterChanged, furniture, [this, furniture] {
        const QSignalBlocker block(furniture);
        furniture->setChecked(m_filter->filter().showFurniture);
    });
    QMenu *columns = view->addMenu(QString());
    columns->setObjectName(QStringLiteral("columnsMenu"));
    for (int c = 0; c < ClaimTableModel::ColumnCount; ++c) {
        QAction *a = columns->addAction(QString());
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this,
                [this, c](bool on) { m_table->horizontalHeader()->setSectionHidden(c, !on); });
        m_columnActions.append(a);
    }
    connect(columns, &QMenu::aboutToShow, this, [this] {
        for (int c = 0; c < m_columnActions.size(); ++c) {
            const QSignalBlocker block(m_columnActions[c]);
            m_columnActions[c]->setChecked(!m_table->horizontalHeader()->isSectionHidden(c));
        }
    });
    view->addSeparator();
    for (QDockWidget *dock : {m_facetDock, m_articleDock, m_verificationDock, m_findingsDock, m_metricsDock})
        view->addAction(dock->toggleViewAction());
}

void MainWindow::createClaimAndHelpMenus()
{
    QMenu *claim = menuBar()->addMenu(QString());
    claim->setObjectName(QStringLiteral("claimMenu"));
    claim->addActions(m_verification->statusActions());
    claim->addSeparator();
    claim->addAction(m_excerpt->addClaimAction());
    QAction *removeManual = claim->addAction(QString(), this, [this] {
        const qsizetype row = m_table->currentClaimRow();
        if (!m_doc || row < 0)
            return;
        const auto removed = m_doc->removeManualClaim(m_claims->keyOf(row));
        if (!removed)
            reportProblem(tr("The claim was not removed"), removed.error());
    });
    removeManual->setObjectName(QStringLiteral("removeManualClaim"));
    if (auto *editArticle = findChild<QAction *>(QStringLiteral("editArticle")))
        claim->addAction(editArticle);
    claim->addSeparator();
    QAction *orphans = claim->addAction(QString(), this, &MainWindow::showOrphans);
    orphans->setObjectName(QStringLiteral("showOrphans"));
    QAction *userName = claim->addAction(QString(), this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Your Name"), tr("The name recorded with each verification:"),
                                    QLineEdit::Normal, ProjectDocument::currentUser(), &ok);
        if (ok)
            AppSettings().setUserName(name.trimmed());
    });
    userName->setObjectName(QStringLiteral("userName"));

    createMetricsMenu();
    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(QString(), this, [this] {
        auto *dialog = findChild<UserGuide *>();
        if (!dialog) {
            dialog = new UserGuide(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
    });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Bilan"),
                           tr("<b>Bilan</b> %1<br>Extract, explore and verify the figures of news articles.")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("about"));
}

void MainWindow::openShared()
{
    SharedProjectDialog dialog(this);
    // The last shared project opened, to start from.
    for (const QString &recent : AppSettings().recentProjects()) {
        if (ProjectStore::isServer(recent)) {
            dialog.setUrl(recent);
            break;
        }
    }
    if (dialog.exec() == QDialog::Accepted && maybeSaveUntitled())
        openProject(dialog.url());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentProjects();
    for (const QString &path : recent) {
        const bool shared = ProjectStore::isServer(path);
        const auto location = ServerLocation::parse(path);
        const QString name = shared ? (location ? tr("%1 (shared)").arg(location->project) : path)
                                    : QFileInfo(path).completeBaseName();
        QAction *a = m_recentMenu->addAction(name, this, [this, path] {
            if (maybeSaveUntitled())
                openProject(path);
        });
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(shared || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

bool MainWindow::maybeSaveUntitled()
{
    if (!m_doc || !m_doc->isUntitled() || m_doc->annotations().isEmpty() || m_quiet)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Keep your verification?"),
        tr("This project has not been saved under a name. Save it before it is closed?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(),
                                                      tr("Bilan projects (*.bilan)"));
    return !path.isEmpty() && saveProjectAs(withSuffix(path));
}

bool MainWindow::newProject()
{
    auto doc = ProjectDocument::createUntitled({});
    if (!doc) {
        reportProblem(tr("Cannot create a project"), doc.error());
        return false;
    }
    setDocument(std::move(doc).value());
    return true;
}

QString MainWindow::askPassword(const QString &location, const QString &problem)
{
    const bool busy = QApplication::overrideCursor() != nullptr;
    if (busy)
        QApplication::restoreOverrideCursor();
    bool ok = false;
    const QString password = QInputDialog::getText(
        QApplication::activeWindow(), tr("Password"),
        tr("The server of %1 asks for a password (%2).\nPassword:").arg(location, problem),
        QLineEdit::Password, QString(), &ok);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    return ok ? password : QString();
}

bool MainWindow::openProject(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = ProjectDocument::open(path);
    QApplication::restoreOverrideCursor();
    if (!doc) {
        reportProblem(tr("Cannot open the project"), doc.error());
        return false;
    }
    setDocument(std::move(doc).value());
    m_errors.clear();
    if (m_doc->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1.").arg(m_doc->readOnlyReason()), 10000);
    else if (m_doc->reattachedCount() > 0)
        statusBar()->showMessage(tr("Claims extracted again by this version of Bilan: %n annotation(s) "
                                    "re-attached or listed.",
                                    nullptr, m_doc->reattachedCount()),
                                 10000);
    if (!m_doc->orphans().isEmpty() && !m_quiet)
        QTimer::singleShot(0, this, &MainWindow::showOrphans);
    // Opening is immediate, but callers wait for the same signal as for loading.
    QMetaObject::invokeMethod(this, &MainWindow::loadingFinished, Qt::QueuedConnection);
    return true;
}

bool MainWindow::saveProjectAs(const QString &path)
{
    if (!m_doc)
        return false;
    m_verification->commitPending();
    const auto saved = m_doc->saveAs(path);
    if (!saved) {
        reportProblem(tr("Cannot save the project"), saved.error());
        return false;
    }
    AppSettings().addRecentProject(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(
        tr("Saved as %1. Every change is now saved in it as you go.").arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

bool MainWindow::addPastedArticle(const QString &text, const ArticleMetadata &metadata)
{
    if (!m_doc && !newProject())
        return false;
    const QString name = metadata.title.isEmpty() ? tr("Pasted article") : metadata.title;
    Article article = ArticleLoader::fromText(text, name + QStringLiteral(".txt"), metadata);
    ClaimExtractor::extractInto(article);
    const auto added = m_doc->addArticles({article});
    if (!added || added->added == 0) {
        reportProblem(tr("The article was not added"), added ? added->refused.join(u'\n') : added.error());
        return false;
    }
    statusBar()->showMessage(tr("Article added: %n claim(s) found.", nullptr, int(article.claims.size())),
                             6000);
    return true;
}

void MainWindow::addFromUrl()
{
    AddUrlDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || (!m_doc && !newProject()))
        return;
    auto article = UrlFetcher::toArticle(dialog.page());
    if (!article) {
        reportProblem(tr("The page was not added"), article.error());
        return;
    }
    ClaimExtractor::extractInto(*article);
    const auto added = m_doc->addArticles({*article});
    if (!added || added->added == 0)
        reportProblem(tr("The page was not added"), added ? added->refused.join(u'\n') : added.error());
}

bool MainWindow::exportClaims(const QString &path, ExportFormat format, bool onlyShown)
{
    return m_exports->exportClaims(path, format, onlyShown);
}

bool MainWindow::exportReport(const QString &path, ReportClaims which, const PdfReport::Options &options)
{
    return m_exports->exportReport(path, which, options);
}

void MainWindow::addManualClaim(qsizetype start, qsizetype end)
{
    const Article *article = m_excerpt->article();
    if (!m_doc || !article)
        return;
    ManualClaimDialog dialog(*article, start, end, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto key = m_doc->addManualClaim(m_articleView->currentIndex().row(), dialog.claim());
    if (!key) {
        reportProblem(tr("The claim was not added"), key.error());
        return;
    }
    selectClaim(m_claims->rowOf(key.value()));
}

void MainWindow::editArticle()
{
    const int article = m_articleView->currentIndex().row();
    if (!m_doc || article < 0 || article >= m_doc->articles().size())
        return;
    ArticleDialog dialog(ProjectDocument::metadataOf(m_doc->articles()[article]), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto edited = m_doc->setArticleMetadata(article, dialog.metadata());
    if (!edited)
        reportProblem(tr("The article's details were not changed"), edited.error());
}

void MainWindow::showOrphans()
{
    const QList<Annotation> orphans = m_doc ? m_doc->orphans() : QList<Annotation>();
    if (orphans.isEmpty()) {
        QMessageBox::information(this, tr("Orphaned Annotations"),
                                 tr("Every annotation is attached to its claim."));
        return;
    }
    QStringList lines;
    for (const Annotation &a : orphans) {
        lines << tr("« %1 » — %2%3")
                     .arg(a.quote, ClaimStatusText::label(a.status),
                          a.note.isEmpty() ? QString() : QStringLiteral(": ") + a.note);
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Orphaned Annotations"),
        tr("%n annotation(s) no longer match a claim of this version of Bilan. They are kept in the "
           "project and in the JSON export; check these figures again.",
           nullptr, int(orphans.size())),
        QMessageBox::Ok, this);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            return; // nothing remote is ever fetched
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList articles;
    QString project;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QStringLiteral(".bilan"), Qt::CaseInsensitive))
            project = path;
        else
            articles << path;
    }
    event->acceptProposedAction();
    if (!project.isEmpty()) {
        if (maybeSaveUntitled())
            openProject(project);
        return;
    }
    if (!articles.isEmpty())
        loadFiles(articles);
}
