// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "addurldialog.h"
#include "articledialogs.h"
#include "chartpanel.h"
#include "checks/consistencychecker.h"
#include "claimtableview.h"
#include "excerptview.h"
#include "export/projectexport.h"
#include "extraction/claimextractor.h"
#include "facetpanel.h"
#include "findingspanel.h"
#include "metrics/metrictaxonomy.h"
#include "models/articlelistmodel.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "pdfpageview.h"
#include "reportdialog.h"
#include "settings/appsettings.h"
#include "sources/corpus.h"
#include "text/codepointmap.h"
#include "verificationpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cstdio>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_claims(new ClaimTableModel(this))
    , m_filter(new ClaimFilterModel(this))
    , m_articleList(new ArticleListModel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/bilan.svg")));
    m_filter->setSourceModel(m_claims);

    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search claims"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &ClaimFilterModel::setFilterText);
    auto *clearSearch
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_table = new ClaimTableView;
    m_table->setClaimModel(m_filter);
    connect(m_table, &ClaimTableView::currentClaimChanged, this, &MainWindow::showCurrentClaim);

    m_excerpt = new ExcerptView;
    connect(m_excerpt, &ExcerptView::claimClicked, this, [this](int claim) {
        const int article = m_articleView->currentIndex().row();
        selectClaim(m_claims->claimIndex().rowOf(article, claim));
    });
    connect(m_excerpt, &ExcerptView::addClaimRequested, this, &MainWindow::addManualClaim);
    // PDF sources: a "Page" toggle shows the original page with the figure boxed.
    m_pageView = new PdfPageView;
    connect(m_pageView, &PdfPageView::claimClicked, this, [this](int claim) {
        selectClaim(m_claims->claimIndex().rowOf(m_articleView->currentIndex().row(), claim));
    });
    m_pageToggle = new QToolButton;
    m_pageToggle->setObjectName(QStringLiteral("pageToggle"));
    m_pageToggle->setCheckable(true);
    m_pageToggle->hide();
    auto *excerptPages = new QStackedWidget;
    excerptPages->addWidget(m_excerpt);
    excerptPages->addWidget(m_pageView);
    connect(m_pageToggle, &QToolButton::toggled, excerptPages, &QStackedWidget::setCurrentIndex);
    m_charts = new ChartPanel;
    m_charts->setModel(m_filter);
    connect(m_charts, &ChartPanel::claimActivated, this, [this](qsizetype row) { selectClaim(row); });

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table, 1);
    m_horizontal = new QSplitter(Qt::Horizontal);
    auto *excerptArea = new QWidget;
    auto *excerptLayout = new QVBoxLayout(excerptArea);
    excerptLayout->setContentsMargins(0, 0, 0, 0);
    excerptLayout->addWidget(m_pageToggle, 0, Qt::AlignRight);
    excerptLayout->addWidget(excerptPages, 1);
    m_horizontal->addWidget(excerptArea);
    m_horizontal->addWidget(m_charts);
    m_horizontal->setStretchFactor(0, 2);
    m_horizontal->setStretchFactor(1, 3);
    m_horizontal->setSizes({480, 720});
    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->addWidget(top);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setSizes({420, 440});
    setCentralWidget(m_vertical);

    m_shown = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel = new QToolButton;
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addWidget(m_shown, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_filter, &ClaimFilterModel::filterChanged, this, &MainWindow::updateShownCount);
    connect(m_filter, &ClaimFilterModel::filterChanged, this, [this] {
        if (m_search->text() != m_filter->filter().text)
            m_search->setText(m_filter->filter().text);
    });

    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &MainWindow::loadingDone);

    createDocks();
    createActions();
    retranslate();
    resize(1400, 900);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    // The panel and the undo group must let go of the document before it goes.
    m_verification->setDocument(nullptr);
    if (m_doc)
        m_undoGroup->removeStack(m_doc->undoStack());
}

void MainWindow::createDocks()
{
    m_facets = new FacetPanel;
    m_facets->setModel(m_filter);
    m_facetDock = new QDockWidget;
    m_facetDock->setObjectName(QStringLiteral("facets"));
    m_facetDock->setWidget(m_facets);
    addDockWidget(Qt::LeftDockWidgetArea, m_facetDock);

    m_articleView = new QListView;
    m_articleView->setModel(m_articleList);
    m_articleView->setModelColumn(ArticleListModel::TitleColumn);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setAccessibleName(tr("Articles"));
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                // Showing an article selects its first claim when it has one shown.
                const ClaimIndex &index = m_claims->claimIndex();
                if (m_table->currentClaimRow() >= 0
                    && index.articleIndex(m_table->currentClaimRow()) == current.row())
                    return;
                showArticle(current.row());
                for (int c = 0; c < index.articles().value(current.row()).claims.size(); ++c) {
                    if (m_table->selectClaimRow(index.rowOf(current.row(), c)))
                        break;
                }
            });
    m_articleDock = new QDockWidget;
    m_articleDock->setObjectName(QStringLiteral("articles"));
    m_articleDock->setWidget(m_articleView);
    addDockWidget(Qt::LeftDockWidgetArea, m_articleDock);
    tabifyDockWidget(m_articleDock, m_facetDock);
    m_facetDock->raise();

    m_verification = new VerificationPanel;
    connect(m_verification, &VerificationPanel::statusApplied, this, [this] {
        // A status filter may have hidden the claim just marked: go on with the next one.
        if (m_table->currentClaimRow() < 0 && m_filter->rowCount() > 0)
            m_table->selectClaimRow(
                m_filter->shownRows()[size_t(qMin(m_lastProxyRow, m_filter->rowCount() - 1))]);
    });
    m_verificationDock = new QDockWidget;
    m_verificationDock->setObjectName(QStringLiteral("verification"));
    m_verificationDock->setWidget(m_verification);
    addDockWidget(Qt::RightDockWidgetArea, m_verificationDock);

    m_findingsPanel = new FindingsPanel;
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &MainWindow::showFinding);
    m_findingsDock = new QDockWidget;
    m_findingsDock->setObjectName(QStringLiteral("findings"));
    m_findingsDock->setWidget(m_findingsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_findingsDock);
    splitDockWidget(m_verificationDock, m_findingsDock, Qt::Vertical);
    // Checks run once the edits of a moment are in.
    m_findingsTimer = new QTimer(this);
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(0);
    connect(m_findingsTimer, &QTimer::timeout, this, &MainWindow::recomputeFindings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateVerificationSelection);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newProjectAction = file->addAction(QString(), this, [this] {
        if (maybeSaveUntitled())
            newProject();
    });
    newProjectAction->setObjectName(QStringLiteral("newProject"));
    newProjectAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("Bilan projects (*.bilan);;All files (*)"));
        if (!path.isEmpty() && maybeSaveUntitled())
            openProject(path);
    });
    open->setObjectName(QStringLiteral("openProject"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *bundled = file->addAction(QString(), this, [this] {
        if (maybeSaveUntitled())
            loadBundled();
    });
    bundled->setObjectName(QStringLiteral("openBundled"));
    file->addSeparator();
    QAction *saveAs = file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Project As"), m_doc && !m_doc->isUntitled() ? m_doc->path() : QString(),
            tr("Bilan projects (*.bilan)"));
        if (!path.isEmpty())
            saveProjectAs(path.endsWith(QStringLiteral(".bilan")) ? path : path + QStringLiteral(".bilan"));
    });
    saveAs->setObjectName(QStringLiteral("saveAs"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *add = file->addAction(QString(), this, [this] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(this, tr("Add Articles"), QString(),
                                            tr("Articles (*.txt *.md *.html *.htm *.pdf);;All files (*)"));
        if (!paths.isEmpty())
            loadFiles(paths);
    });
    add->setObjectName(QStringLiteral("addArticles"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *paste = file->addAction(QString(), this, [this] {
        PasteArticleDialog dialog(QGuiApplication::clipboard()->text(), this);
        if (dialog.exec() == QDialog::Accepted)
            addPastedArticle(dialog.text(), dialog.metadata());
    });
    paste->setObjectName(QStringLiteral("pasteArticle"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *addUrl = file->addAction(QString(), this, [this] {
        AddUrlDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted || (!m_doc && !newProject()))
            return;
        auto article = UrlFetcher::toArticle(dialog.page());
        if (article)
            ClaimExtractor::extractInto(*article);
        const QStringList refused = article ? m_doc->addArticles({*article}) : QStringList {article.error()};
        if (!refused.isEmpty())
            reportProblem(tr("The page was not added"), refused.join(u'\n'));
    });
    addUrl->setObjectName(QStringLiteral("addFromUrl"));
    QMenu *exportMenu = file->addMenu(QString());
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *exportCsv = exportMenu->addAction(QString(), this, [this] { chooseExport(ExportFormat::Csv); });
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    QAction *exportJson
        = exportMenu->addAction(QString(), this, [this] { chooseExport(ExportFormat::Json); });
    exportJson->setObjectName(QStringLiteral("exportJson"));
    QAction *exportReview
        = exportMenu->addAction(QString(), this, [this] { chooseExport(ExportFormat::ClaimReview); });
    exportReview->setObjectName(QStringLiteral("exportClaimReview"));
    QAction *exportPdf = exportMenu->addAction(QString(), this, &MainWindow::chooseReport);
    exportPdf->setObjectName(QStringLiteral("exportPdf"));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    exportMenu->addSeparator();
    m_exportShownOnly = exportMenu->addAction(QString());
    m_exportShownOnly->setObjectName(QStringLiteral("exportShownOnly"));
    m_exportShownOnly->setCheckable(true);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);

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
    view->addAction(m_facetDock->toggleViewAction());
    view->addAction(m_articleDock->toggleViewAction());
    view->addAction(m_verificationDock->toggleViewAction());
    view->addAction(m_findingsDock->toggleViewAction());

    QMenu *claim = menuBar()->addMenu(QString());
    claim->setObjectName(QStringLiteral("claimMenu"));
    claim->addActions(m_verification->statusActions());
    claim->addSeparator();
    claim->addAction(m_excerpt->addClaimAction());
    QAction *removeManual = claim->addAction(QString(), this, [this] {
        const qsizetype row = m_table->currentClaimRow();
        if (m_doc && row >= 0 && m_claims->claimIndex().claim(row).manual)
            m_doc->removeManualClaim(m_claims->keyOf(row));
    });
    removeManual->setObjectName(QStringLiteral("removeManualClaim"));
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

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Bilan"),
                           tr("<b>Bilan</b> %1<br>Extract, explore and verify the figures of news articles.")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("about"));
}

// Texts set here (not in the constructor) follow a change of language.
void MainWindow::retranslate()
{
    updateTitle();
    m_search->setPlaceholderText(
        tr("Search claims (Ctrl+F) — text, source, speaker, unit; accents and case ignored"));
    m_cancel->setText(tr("Cancel"));
    m_facetDock->setWindowTitle(tr("Filters"));
    m_articleDock->setWindowTitle(tr("Articles"));
    m_verificationDock->setWindowTitle(tr("Verification"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    auto set = [this](const char *name, const QString &text) {
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setText(text);
        if (auto *m = findChild<QMenu *>(QLatin1String(name)))
            m->setTitle(text);
    };
    set("fileMenu", tr("&File"));
    set("newProject", tr("&New Project"));
    set("openProject", tr("&Open Project…"));
    set("recentMenu", tr("Open &Recent"));
    set("openBundled", tr("New Project from the &Bundled Bilan"));
    set("saveAs", tr("Save Project &As…"));
    set("addArticles", tr("A&dd Articles…"));
    set("pasteArticle", tr("&Paste Article…"));
    set("addFromUrl", tr("Add from &URL…"));
    m_pageToggle->setText(tr("Page"));
    m_pageToggle->setToolTip(tr("Show the claim on its page of the PDF"));
    set("exportMenu", tr("&Export"));
    set("exportCsv", tr("Claims as &CSV…"));
    set("exportJson", tr("Claims as &JSON…"));
    set("exportClaimReview", tr("Verdicts as Schema.org Claim&Review…"));
    set("exportPdf", tr("&PDF Report…"));
    set("exportShownOnly", tr("Only the Claims &Shown (Current Filter)"));
    set("claimMenu", tr("&Claim"));
    set("removeManualClaim", tr("&Remove Added Claim"));
    set("showOrphans", tr("&Orphaned Annotations…"));
    set("userName", tr("Your &Name…"));
    set("quit", tr("&Quit"));
    set("editMenu", tr("&Edit"));
    set("find", tr("&Find Claims"));
    set("clearFilters", tr("C&lear All Filters"));
    set("viewMenu", tr("&View"));
    set("showFurniture", tr("Show &Website Furniture"));
    set("columnsMenu", tr("&Columns"));
    set("helpMenu", tr("&Help"));
    set("about", tr("&About Bilan"));
    for (int c = 0; c < m_columnActions.size(); ++c)
        m_columnActions[c]->setText(ClaimTableModel::columnTitle(c));
    for (QAction *a : findChildren<QAction *>()) {
        if (!a->text().isEmpty())
            a->setToolTip(QString(a->text()).remove(u'&'));
    }
    updateShownCount();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::isLoading() const
{
    return m_watcher.isRunning();
}

void MainWindow::loadBundled()
{
    if (!newProject())
        return;
    QList<LoadJob> jobs;
    const auto entries = Corpus::readManifest(Corpus::bundledManifestPath());
    if (!entries) {
        m_errors = {entries.error()};
        return;
    }
    for (const ManifestEntry &e : *entries)
        jobs.append(LoadJob {QStringLiteral(":/corpus/") + e.file, QStringLiteral("data/corpus/") + e.file,
                             e.metadata});
    startLoading(jobs);
}

void MainWindow::loadFiles(const QStringList &paths)
{
    if (!m_doc && !newProject())
        return;
    // Files are read with the metadata of a manifest.json beside them when there is one.
    QList<LoadJob> jobs;
    for (const QString &path : paths) {
        ArticleMetadata meta;
        const QFileInfo info(path);
        const QString manifest = info.dir().filePath(QStringLiteral("manifest.json"));
        if (info.isFile() && QFileInfo::exists(manifest)) {
            const auto entries = Corpus::readManifest(manifest);
            if (entries) {
                for (const ManifestEntry &e : *entries) {
                    if (e.file == info.fileName())
                        meta = e.metadata;
                }
            }
        }
        jobs.append(LoadJob {path, path, meta});
    }
    startLoading(jobs);
}

void MainWindow::startLoading(QList<LoadJob> jobs)
{
    cancelLoading();
    m_jobs = std::move(jobs);
    m_progress->setRange(0, int(m_jobs.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Reading %n article(s)…", nullptr, int(m_jobs.size())));
    // Reading and extraction run on the thread pool; the window stays responsive.
    m_watcher.setFuture(QtConcurrent::mapped(m_jobs, [](const LoadJob &job) {
        LoadOutcome out;
        auto article = ArticleLoader::loadFile(job.path, job.metadata);
        if (!article) {
            out.error = article.error();
            out.error.replace(job.path, job.shownPath);
            return out;
        }
        out.article = std::move(article).value();
        out.article.file = job.shownPath;
        ClaimExtractor::extractInto(out.article);
        return out;
    }));
}

void MainWindow::cancelLoading()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void MainWindow::loadingDone()
{
    m_progress->hide();
    m_cancel->hide();
    statusBar()->clearMessage();
    if (m_watcher.isCanceled()) {
        statusBar()->showMessage(tr("Loading cancelled: the bilan is unchanged."), 5000);
        Q_EMIT loadingFinished();
        return;
    }
    QList<Article> articles;
    m_errors.clear();
    for (const LoadOutcome &o : m_watcher.future().results()) {
        if (o.error.isEmpty())
            articles.append(o.article);
        else
            m_errors.append(o.error);
    }
    if (m_doc) {
        // Articles already in the project are refused, each with its reason.
        if (m_doc->isReadOnly())
            m_errors.append(tr("%1: the project is read-only (%2); no article was added.")
                                .arg(m_doc->path(), m_doc->readOnlyReason()));
        else
            m_errors.append(m_doc->addArticles(articles));
    } else {
        setArticles(std::move(articles));
    }
    if (!m_errors.isEmpty()) {
        if (m_quiet)
            std::fprintf(stderr, "%s\n", qPrintable(m_errors.join(u'\n')));
        else
            QMessageBox::warning(this, tr("Some articles could not be opened"), m_errors.join(u'\n'));
    }
    Q_EMIT loadingFinished();
}

void MainWindow::setArticles(QList<Article> articles)
{
    if (m_doc)
        setDocument(nullptr);
    m_articleList->setArticles(articles);
    m_claims->setArticles(std::move(articles));
    recomputeFindings();
    m_excerpt->setArticle(nullptr);
    m_charts->showClaim(-1);
    updateShownCount();
    if (m_filter->rowCount() > 0)
        m_table->selectClaimRow(m_filter->shownRows().front());
}

bool MainWindow::selectClaim(qsizetype row)
{
    if (row < 0 || row >= m_claims->rowCount())
        return false;
    if (m_table->selectClaimRow(row))
        return true;
    // Hidden by the filter: show it rather than ignore the click.
    if (m_claims->claimIndex().isFurniture(row) && !m_filter->filter().showFurniture)
        m_filter->setShowFurniture(true);
    if (!m_table->selectClaimRow(row)) {
        m_filter->clearFilter();
        m_filter->setShowFurniture(m_claims->claimIndex().isFurniture(row));
    }
    statusBar()->showMessage(tr("Filters changed to show the claim."), 4000);
    return m_table->selectClaimRow(row);
}

bool MainWindow::selectClaimById(const QString &claimId)
{
    const ClaimIndex &index = m_claims->claimIndex();
    for (qsizetype r = 0; r < index.size(); ++r) {
        const Article &a = index.article(r);
        if (claimId.startsWith(a.id + u'#')) {
            const CodePointMap map(a.text);
            for (int c = 0; c < a.claims.size(); ++c) {
                if (a.id + u'#' + QString::number(map.toCodePoint(a.claims[c].start)) == claimId)
                    return selectClaim(index.rowOf(index.articleIndex(r), c));
            }
            return false;
        }
    }
    return false;
}

void MainWindow::showArticle(int articleIndex)
{
    const QList<Article> &articles = m_claims->claimIndex().articles();
    m_excerpt->setArticle(articleIndex >= 0 && articleIndex < articles.size() ? &articles[articleIndex]
                                                                              : nullptr);
}

void MainWindow::showCurrentClaim(qsizetype row)
{
    m_charts->showClaim(row);
    updateVerificationSelection();
    if (row < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_claims->index(int(row), 0));
    if (proxy.isValid())
        m_lastProxyRow = proxy.row();
    const ClaimIndex &index = m_claims->claimIndex();
    const int article = index.articleIndex(row);
    showArticle(article);
    const ClaimStatus status = index.status(row);
    m_excerpt->highlightClaim(index.claimIndex(row),
                              status == ClaimStatus::ToCheck ? QColor()
                                                             : ClaimStatusText::color(status).lighter(170));
    m_pageToggle->setVisible(PdfPageView::canShow(m_excerpt->article()));
    m_pageToggle->setChecked(m_pageToggle->isChecked() && m_pageToggle->isVisible());
    m_pageView->setArticle(m_excerpt->article());
    m_pageView->showClaim(index.claimIndex(row),
                          status == ClaimStatus::ToCheck ? QColor() : ClaimStatusText::color(status));
    if (m_articleView->currentIndex().row() != article) {
        const QSignalBlocker block(m_articleView->selectionModel());
        m_articleView->setCurrentIndex(m_articleList->index(article, ArticleListModel::TitleColumn));
    }
}

void MainWindow::updateShownCount()
{
    m_shown->setText(
        tr("%1 claims shown of %2")
            .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_filter->totalCount())));
}

void MainWindow::restoreSettings()
{
    AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray vertical = settings.splitterState(QStringLiteral("vertical"));
    if (!vertical.isEmpty())
        m_vertical->restoreState(vertical);
    const QByteArray horizontal = settings.splitterState(QStringLiteral("horizontal"));
    if (!horizontal.isEmpty())
        m_horizontal->restoreState(horizontal);
    const QByteArray header = settings.headerState(QStringLiteral("claims-v2"));
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
    } else {
        // The status first: it is what a verifying journalist scans.
        m_table->horizontalHeader()->moveSection(ClaimTableModel::StatusColumn, 0);
        m_table->setColumnWidth(ClaimTableModel::ValueColumn, 150);
        m_table->setColumnWidth(ClaimTableModel::StatusColumn, 110);
        m_table->horizontalHeader()->resizeSection(ClaimTableModel::SourceColumn, 180);
        m_table->horizontalHeader()->resizeSection(ClaimTableModel::NoteColumn, 160);
    }
    if (state.isEmpty())
        resizeDocks({m_verificationDock}, {400}, Qt::Horizontal);
}

void MainWindow::saveSettings()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(QStringLiteral("vertical"), m_vertical->saveState());
    settings.setSplitterState(QStringLiteral("horizontal"), m_horizontal->saveState());
    settings.setHeaderState(QStringLiteral("claims-v2"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_verification->commitPending();
    if (!maybeSaveUntitled()) {
        event->ignore();
        return;
    }
    cancelLoading();
    saveSettings();
    event->accept();
}

void MainWindow::reportProblem(const QString &title, const QString &message)
{
    m_errors = {message};
    if (m_quiet)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    else
        QMessageBox::warning(this, title, message);
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    cancelLoading();
    m_verification->commitPending();
    m_verification->setDocument(nullptr);
    if (m_doc) {
        m_undoGroup->removeStack(m_doc->undoStack());
        disconnect(m_doc.get(), nullptr, this, nullptr);
    }
    m_doc = std::move(document);
    if (m_doc) {
        m_undoGroup->addStack(m_doc->undoStack());
        m_undoGroup->setActiveStack(m_doc->undoStack());
        connect(m_doc.get(), &ProjectDocument::claimsChanged, this, &MainWindow::refreshFromDocument);
        connect(m_doc.get(), &ProjectDocument::pathChanged, this, &MainWindow::updateTitle);
        connect(m_doc.get(), &ProjectDocument::annotationChanged, this, [this](const ClaimKey &key) {
            const Annotation annotation = m_doc->annotation(key);
            const qsizetype row = m_claims->rowOf(key);
            if (row >= 0) {
                // A metric assigned by hand regroups the claim: the table is built again.
                const QString shown = m_claims->claimIndex().claim(row).metric;
                const Claim *extracted = m_doc->claim(key);
                const QString wanted = !annotation.correction.metric.isEmpty() ? annotation.correction.metric
                    : extracted                                                ? extracted->metric
                                                                               : shown;
                if (wanted != shown) {
                    refreshFromDocument();
                    return;
                }
            }
            m_claims->setAnnotation(annotation);
            m_findingsTimer->start();
            const qsizetype current = m_table->currentClaimRow();
            if (current >= 0 && m_claims->keyOf(current) == key) {
                const ClaimStatus status = m_claims->claimIndex().status(current);
                m_excerpt->highlightClaim(
                    m_claims->claimIndex().claimIndex(current),
                    status == ClaimStatus::ToCheck ? QColor() : ClaimStatusText::color(status).lighter(170));
            }
        });
        connect(m_doc.get(), &ProjectDocument::errorOccurred, this, [this](const QString &message) {
            reportProblem(tr("The change could not be saved"), message);
        });
        connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
            // Undo and redo move the selection to the claim they change.
            updateVerificationSelection();
        });
        m_verification->setDocument(m_doc.get());
        refreshFromDocument();
        if (!m_doc->isUntitled())
            AppSettings().addRecentProject(QFileInfo(m_doc->path()).absoluteFilePath());
    } else {
        m_verification->setDocument(nullptr);
    }
    updateTitle();
}

void MainWindow::refreshFromDocument()
{
    if (!m_doc)
        return;
    const qsizetype current = m_table->currentClaimRow();
    const ClaimKey key = current >= 0 ? m_claims->keyOf(current) : ClaimKey {};
    m_articleList->setArticles(m_doc->articles());
    m_claims->setArticles(m_doc->effectiveArticles(ProjectDocument::Corrections::MetricOnly),
                          m_doc->annotations());
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

void MainWindow::recomputeFindings()
{
    m_findingsTimer->stop();
    const ClaimIndex &index = m_claims->claimIndex();
    // The checks compare claims metric by metric; a synthetic bilan of a million copies of one
    // article would make each comparison group enormous, and nothing useful of it.
    constexpr qsizetype kMaxChecked = 100000;
    if (index.size() > kMaxChecked) {
        m_findings.clear();
    } else if (m_doc) {
        m_findings = ConsistencyChecker::check(
            m_doc->effectiveArticles(), MetricTaxonomy::bundled(), [this](int a, int c) {
                return m_doc->annotation(m_doc->keyOf(a, c)).status != ClaimStatus::NotAClaim;
            });
    } else {
        m_findings = ConsistencyChecker::check(index.articles());
    }
    m_claims->setFindings(m_findings);
    m_findingsPanel->setFindings(m_findings);
    m_charts->showClaim(m_table->currentClaimRow());
}

void MainWindow::showFinding(int i)
{
    if (i < 0 || i >= m_findings.size())
        return;
    const ClaimIndex &index = m_claims->claimIndex();
    QList<qsizetype> rows;
    for (const auto &[a, c] : m_findings[i].claims) {
        const qsizetype row = index.rowOf(a, c);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty() || !selectClaim(rows.first()))
        return;
    for (qsizetype row : rows.mid(1)) {
        QModelIndex proxy = m_filter->mapFromSource(m_claims->index(int(row), 0));
        if (!proxy.isValid()) {
            // Hidden by the filter: show everything rather than half a finding.
            m_filter->clearFilter();
            m_filter->setShowFurniture(true);
            return showFinding(i);
        }
        m_table->selectionModel()->select(proxy, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    statusBar()->showMessage(m_findings[i].message, 10000);
}

void MainWindow::updateTitle()
{
    if (!m_doc) {
        setWindowTitle(tr("Bilan"));
        return;
    }
    const QString name = m_doc->displayName();
    setWindowTitle(m_doc->isReadOnly() ? tr("%1 (read-only) — Bilan").arg(name) : tr("%1 — Bilan").arg(name));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentProjects();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this, [this, path] {
            if (maybeSaveUntitled())
                openProject(path);
        });
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::updateVerificationSelection()
{
    if (!m_doc) {
        m_verification->setSelection({}, nullptr, nullptr);
        return;
    }
    const qsizetype current = m_table->currentClaimRow();
    QList<ClaimKey> keys;
    for (qsizetype row : m_table->selectedClaimRows())
        keys.append(m_claims->keyOf(row));
    if (current >= 0 && !keys.contains(m_claims->keyOf(current)))
        keys.prepend(m_claims->keyOf(current));
    if (current < 0 || keys.isEmpty()) {
        m_verification->setSelection({}, nullptr, nullptr);
        return;
    }
    const ClaimIndex &index = m_claims->claimIndex();
    m_verification->setSelection(keys, &index.article(current), &index.claim(current));
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
    if (path.isEmpty())
        return false;
    return saveProjectAs(path.endsWith(QStringLiteral(".bilan")) ? path : path + QStringLiteral(".bilan"));
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
        statusBar()->showMessage(
            tr("Claims extracted again by this version of Bilan: %n annotation(s) re-attached or listed.",
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
    QString name = metadata.title.isEmpty() ? tr("Pasted article") : metadata.title;
    Article article = ArticleLoader::fromText(text, name + QStringLiteral(".txt"), metadata);
    ClaimExtractor::extractInto(article);
    const QStringList refused = m_doc->addArticles({article});
    if (!refused.isEmpty()) {
        reportProblem(tr("The article was not added"), refused.join(u'\n'));
        return false;
    }
    statusBar()->showMessage(tr("Article added: %n claim(s) found.", nullptr, int(article.claims.size())),
                             6000);
    return true;
}

void MainWindow::chooseExport(ExportFormat format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::Csv:
        filter = tr("CSV (*.csv)");
        suffix = QStringLiteral(".csv");
        break;
    case ExportFormat::Json:
        filter = tr("JSON (*.json)");
        suffix = QStringLiteral(".json");
        break;
    case ExportFormat::ClaimReview:
        filter = tr("JSON-LD (*.jsonld *.json)");
        suffix = QStringLiteral(".jsonld");
        break;
    }
    const QString base = m_doc ? m_doc->displayName() : tr("bilan");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), base + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    exportClaims(path, format, m_exportShownOnly->isChecked());
}

bool MainWindow::exportClaims(const QString &path, ExportFormat format, bool onlyShown)
{
    if (!m_doc) {
        reportProblem(tr("Nothing to export"), tr("No project is open."));
        return false;
    }
    m_verification->commitPending();
    QList<std::pair<int, int>> claims;
    const ClaimIndex &index = m_claims->claimIndex();
    if (onlyShown) {
        for (int row : m_filter->shownRows())
            claims.append({index.articleIndex(row), index.claimIndex(row)});
    } else {
        claims = ProjectExport::allClaims(m_doc->articles());
    }
    const ProjectExport::Selection selection {m_doc->articles(), claims, m_doc->annotations(),
                                              m_doc->orphans()};
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Csv:
        bytes = ProjectExport::csv(selection);
        break;
    case ExportFormat::Json:
        bytes = ProjectExport::json(selection);
        break;
    case ExportFormat::ClaimReview:
        bytes = ProjectExport::claimReview(selection);
        break;
    }
    const auto written = ProjectExport::write(path, bytes);
    if (!written) {
        reportProblem(tr("Export failed"), written.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %n claim(s) to %1.", nullptr, int(claims.size())).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void MainWindow::chooseReport()
{
    if (!m_doc || m_doc->articles().isEmpty()) {
        reportProblem(tr("Nothing to export"), tr("No project is open."));
        return;
    }
    ReportDialog dialog(tr("Bilan — %1").arg(m_doc->displayName()), ProjectDocument::currentUser(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF Report"), m_doc->displayName() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportReport(path, ReportClaims(int(dialog.claims())), dialog.options());
}

bool MainWindow::exportReport(const QString &path, ReportClaims which, const PdfReport::Options &options)
{
    if (!m_doc) {
        reportProblem(tr("Nothing to export"), tr("No project is open."));
        return false;
    }
    m_verification->commitPending();
    const ClaimIndex &index = m_claims->claimIndex();
    QList<std::pair<int, int>> claims;
    if (which == ReportClaims::Shown) {
        // In the table's order.
        for (int row : m_filter->shownRows())
            claims.append({index.articleIndex(row), index.claimIndex(row)});
    } else {
        for (qsizetype row = 0; row < index.size(); ++row) {
            const ClaimStatus status = index.status(row);
            if (which == ReportClaims::VerifiedAndDisputed && status != ClaimStatus::Verified
                && status != ClaimStatus::Disputed)
                continue;
            if (which == ReportClaims::All && index.isFurniture(row))
                continue;
            claims.append({index.articleIndex(row), index.claimIndex(row)});
        }
    }
    if (claims.isEmpty()) {
        reportProblem(tr("Nothing to export"), tr("No claim matches: the report would be empty."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PdfReport::Input input {m_doc->displayName(),
                                  m_doc->articles(),
                                  claims,
                                  m_doc->annotations(),
                                  m_findings,
                                  true,
                                  [](const QString &key) {
                                      return MetricTaxonomy::bundled().label(key);
                                  }};
    const auto written = PdfReport::write(path, input, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        reportProblem(tr("Export failed"), written.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Report written to %1: %n page(s).", nullptr, written->pages).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void MainWindow::addManualClaim(qsizetype start, qsizetype end)
{
    const Article *article = m_excerpt->article();
    if (!m_doc || !article)
        return;
    const int articleIndex = m_articleView->currentIndex().row();
    ManualClaimDialog dialog(*article, start, end, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto key = m_doc->addManualClaim(articleIndex, dialog.claim());
    if (!key) {
        reportProblem(tr("The claim was not added"), key.error());
        return;
    }
    selectClaim(m_claims->rowOf(key.value()));
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
    QMessageBox box(QMessageBox::Warning, tr("Orphaned Annotations"),
                    tr("%n annotation(s) no longer match a claim of this version of Bilan. They are kept in "
                       "the project and "
                       "in the JSON export; check these figures again.",
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
