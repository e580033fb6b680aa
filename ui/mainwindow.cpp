#include "mainwindow.h"

#include "appsettings.h"
#include "articlelistmodel.h"
#include "chartpanel.h"
#include "claimextractor.h"
#include "claimfiltermodel.h"
#include "claimtablemodel.h"
#include "claimtableview.h"
#include "codepointmap.h"
#include "corpus.h"
#include "excerptview.h"
#include "facetpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cstdio>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_claims(new ClaimTableModel(this))
    , m_filter(new ClaimFilterModel(this))
    , m_articleList(new ArticleListModel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/bilan.svg")));
    m_filter->setSourceModel(m_claims);

    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search claims"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &ClaimFilterModel::setFilterText);
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_table = new ClaimTableView;
    m_table->setClaimModel(m_filter);
    connect(m_table, &ClaimTableView::currentClaimChanged, this, &MainWindow::showCurrentClaim);

    m_excerpt = new ExcerptView;
    connect(m_excerpt, &ExcerptView::claimClicked, this, [this](int claim) {
        const int article = m_articleView->currentIndex().row();
        selectClaim(m_claims->claimIndex().rowOf(article, claim));
    });
    m_charts = new ChartPanel;
    m_charts->setModel(m_filter);
    connect(m_charts, &ChartPanel::claimActivated, this, [this](qsizetype row) { selectClaim(row); });

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table, 1);
    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->addWidget(m_excerpt);
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

    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
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
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        // Showing an article selects its first claim when it has one shown.
        const ClaimIndex &index = m_claims->claimIndex();
        if (m_table->currentClaimRow() >= 0 && index.articleIndex(m_table->currentClaimRow()) == current.row())
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
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(QString(), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Articles"), QString(),
                                                                tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
        if (!paths.isEmpty())
            loadFiles(paths);
    });
    open->setObjectName(QStringLiteral("openArticles"));
    open->setShortcut(QKeySequence::Open);
    QAction *bundled = file->addAction(QString(), this, &MainWindow::loadBundled);
    bundled->setObjectName(QStringLiteral("openBundled"));
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
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
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->horizontalHeader()->setSectionHidden(c, !on); });
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
    setWindowTitle(tr("Bilan"));
    m_search->setPlaceholderText(tr("Search claims (Ctrl+F) — text, source, speaker, unit; accents and case ignored"));
    m_cancel->setText(tr("Cancel"));
    m_facetDock->setWindowTitle(tr("Filters"));
    m_articleDock->setWindowTitle(tr("Articles"));
    auto set = [this](const char *name, const QString &text) {
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setText(text);
        if (auto *m = findChild<QMenu *>(QLatin1String(name)))
            m->setTitle(text);
    };
    set("fileMenu", tr("&File"));
    set("openArticles", tr("&Open Articles…"));
    set("openBundled", tr("Open the &Bundled Bilan"));
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
    QList<LoadJob> jobs;
    const auto entries = Corpus::readManifest(Corpus::bundledManifestPath());
    if (!entries) {
        m_errors = {entries.error()};
        return;
    }
    for (const ManifestEntry &e : *entries)
        jobs.append(LoadJob{QStringLiteral(":/corpus/") + e.file, QStringLiteral("data/corpus/") + e.file, e.metadata});
    startLoading(jobs);
}

void MainWindow::loadFiles(const QStringList &paths)
{
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
        jobs.append(LoadJob{path, path, meta});
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
    setArticles(std::move(articles));
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
    m_articleList->setArticles(articles);
    m_claims->setArticles(std::move(articles));
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
    m_excerpt->setArticle(articleIndex >= 0 && articleIndex < articles.size() ? &articles[articleIndex] : nullptr);
}

void MainWindow::showCurrentClaim(qsizetype row)
{
    m_charts->showClaim(row);
    if (row < 0)
        return;
    const ClaimIndex &index = m_claims->claimIndex();
    const int article = index.articleIndex(row);
    showArticle(article);
    m_excerpt->highlightClaim(index.claimIndex(row));
    if (m_articleView->currentIndex().row() != article) {
        const QSignalBlocker block(m_articleView->selectionModel());
        m_articleView->setCurrentIndex(m_articleList->index(article, ArticleListModel::TitleColumn));
    }
}

void MainWindow::updateShownCount()
{
    m_shown->setText(tr("%1 claims shown of %2").arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_filter->totalCount())));
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
    const QByteArray header = settings.headerState(QStringLiteral("claims"));
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    else {
        m_table->setColumnWidth(0, 150);
        m_table->horizontalHeader()->resizeSection(ClaimTableModel::SourceColumn, 180);
    }
}

void MainWindow::saveSettings()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(QStringLiteral("vertical"), m_vertical->saveState());
    settings.setSplitterState(QStringLiteral("horizontal"), m_horizontal->saveState());
    settings.setHeaderState(QStringLiteral("claims"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoading();
    saveSettings();
    event->accept();
}
