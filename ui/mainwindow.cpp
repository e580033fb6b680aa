// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's layout, the selection every view follows, and the window's settings.
// (Menus and commands: mainwindowactions.cpp; the document: mainwindowdocument.cpp; the findings:
// mainwindowfindings.cpp.)
#include "mainwindow.h"
#include "metricspanel.h"

#include "chartpanel.h"
#include "claimtableview.h"
#include "excerptview.h"
#include "facetpanel.h"
#include "findingspanel.h"
#include "manualclaimdialog.h"
#include "pastearticledialog.h"
#include "pdfpageview.h"
#include "verificationpanel.h"

#include "extraction/claimextractor.h"
#include "models/articlelistmodel.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "settings/appsettings.h"
#include "sources/articleloader.h"
#include "sources/articleloadjob.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <cstdio>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_claims(new ClaimTableModel(this))
    , m_filter(new ClaimFilterModel(this))
    , m_articleList(new ArticleListModel(this))
    , m_loadJob(new ArticleLoadJob(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/bilan.svg")));
    m_filter->setSourceModel(m_claims);
    // A change of the document makes the table's rows again: the current claim stays current.
    connect(m_claims, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // (None while another document comes in: the filter's rows already went.)
        if (!m_table || !m_filter->mapToSource(m_table->currentIndex()).isValid())
            return;
        if (const qsizetype row = m_table->currentClaimRow(); row >= 0)
            m_keptKey = m_claims->keyOf(row);
    });
    m_exports = new ExportActions(this, [this] { return m_filter->shownRows(); });
    connect(m_exports, &ExportActions::aboutToExport, this, [this] { m_verification->commitPending(); });
    connect(m_exports, &ExportActions::problem, this, &MainWindow::reportProblem);
    connect(m_exports, &ExportActions::done, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_loadJob, &ArticleLoadJob::finished, this, &MainWindow::loadingDone);

    createCentralWidget();
    createStatusBar();
    createDocks();
    createFileMenu();
    createEditAndViewMenus();
    createClaimAndHelpMenus();
    retranslate();
    resize(1400, 900);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_loadJob->cancel();
    stopChecks();
    // The panel, the models and the undo group must let go of the document before it goes.
    m_verification->setDocument(nullptr);
    m_metricsPanel->setDocument(nullptr);
    disconnect(m_claims, nullptr, this, nullptr);
    m_claims->setDocument(nullptr);
    if (m_doc)
        m_undoGroup->removeStack(m_doc->undoStack());
}

void MainWindow::createCentralWidget()
{
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
        selectClaim(m_claims->claimIndex().rowOf(m_articleView->currentIndex().row(), claim));
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
    // Enlarged, the charts have the whole central area: the table and the excerpt step aside.
    connect(m_charts, &ChartPanel::enlargeToggled, this, [this](bool enlarged) {
        m_vertical->widget(0)->setVisible(!enlarged);
        m_horizontal->widget(0)->setVisible(!enlarged);
    });
    connect(m_charts, &ChartPanel::exported, this, [this](const QString &path, const QString &problem) {
        if (!problem.isEmpty())
            reportProblem(tr("The chart was not exported"), problem);
        else
            statusBar()->showMessage(tr("Chart saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });

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
}

void MainWindow::createStatusBar()
{
    m_shown = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel = new QToolButton;
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QToolButton::clicked, m_loadJob, &ArticleLoadJob::cancel);
    m_readOnly = new QLabel;
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setWordWrap(false);
    m_readOnly->hide();
    // Permanent, all of them: a temporary message ("Checking the figures across sources…") was
    // drawn over the count when the count was a normal widget.
    statusBar()->addPermanentWidget(m_shown);
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_loadJob, &ArticleLoadJob::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_filter, &ClaimFilterModel::filterChanged, this, &MainWindow::updateShownCount);
    connect(m_filter, &ClaimFilterModel::filterChanged, this, [this] {
        if (m_search->text() != m_filter->filter().text)
            m_search->setText(m_filter->filter().text);
    });
}

void MainWindow::createDocks()
{
    auto dock = [this](const char *name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget;
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_facets = new FacetPanel;
    m_facets->setModel(m_filter);
    m_facetDock = dock("facets", m_facets, Qt::LeftDockWidgetArea);

    m_articleView = new QListView;
    m_articleView->setModel(m_articleList);
    m_articleView->setModelColumn(ArticleListModel::TitleColumn);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setAccessibleName(tr("Articles"));
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::articleActivated);
    // Its context menu: the article's details, as the journalist corrects them.
    auto *editArticle = new QAction(this);
    editArticle->setObjectName(QStringLiteral("editArticle"));
    connect(editArticle, &QAction::triggered, this, &MainWindow::editArticle);
    m_articleView->addAction(editArticle);
    m_articleView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleDock = dock("articles", m_articleView, Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_articleDock, m_facetDock);
    m_facetDock->raise();

    m_verification = new VerificationPanel;
    connect(m_verification, &VerificationPanel::problem, this, &MainWindow::reportProblem);
    connect(m_verification, &VerificationPanel::statusApplied, this, [this] {
        // A status filter may have hidden the claim just marked: go on with the next one.
        if (m_table->currentClaimRow() < 0 && m_filter->rowCount() > 0)
            m_table->selectClaimRow(
                m_filter->shownRows()[size_t(qMin(m_lastProxyRow, m_filter->rowCount() - 1))]);
    });
    m_verificationDock = dock("verification", m_verification, Qt::RightDockWidgetArea);

    m_findingsPanel = new FindingsPanel;
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_findingsPanel, &FindingsPanel::compareRequested, this, &MainWindow::compareFinding);
    m_findingsDock = dock("findings", m_findingsPanel, Qt::RightDockWidgetArea);
    splitDockWidget(m_verificationDock, m_findingsDock, Qt::Vertical);
    // Checks run once the edits of a moment are in.
    m_findingsTimer = new QTimer(this);
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(0);
    connect(m_findingsTimer, &QTimer::timeout, this, &MainWindow::recomputeFindings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateVerificationSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateMetricActions);
    createMetricsDock();
}

// Texts set here (not where the widgets are made) follow a change of language.
void MainWindow::retranslate()
{
    updateTitle();
    m_search->setPlaceholderText(
        tr("Search claims (Ctrl+F) — sentence, speaker, unit, metric; accents and case ignored"));
    m_cancel->setText(tr("Cancel"));
    m_facetDock->setWindowTitle(tr("Filters"));
    m_articleDock->setWindowTitle(tr("Articles"));
    m_verificationDock->setWindowTitle(tr("Verification"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_metricsDock->setWindowTitle(tr("Metrics"));
    m_pageToggle->setText(tr("Page"));
    m_pageToggle->setToolTip(tr("Show the claim on its page of the PDF"));
    const QList<std::pair<const char *, QString>> texts = {
        {"fileMenu", tr("&File")},
        {"newProject", tr("&New Project")},
        {"openProject", tr("&Open Project…")},
        {"openShared", tr("Open &Shared Project…")},
        {"recentMenu", tr("Open &Recent")},
        {"openBundled", tr("New Project from the &Bundled Bilan")},
        {"saveAs", tr("Save Project &As…")},
        {"addArticles", tr("A&dd Articles…")},
        {"pasteArticle", tr("&Paste Article…")},
        {"addFromUrl", tr("Add from &URL…")},
        {"exportMenu", tr("&Export")},
        {"claimMenu", tr("&Claim")},
        {"removeManualClaim", tr("&Remove Added Claim")},
        {"editArticle", tr("Edit Article &Details…")},
        {"showOrphans", tr("&Orphaned Annotations…")},
        {"userName", tr("Your &Name…")},
        {"quit", tr("&Quit")},
        {"editMenu", tr("&Edit")},
        {"find", tr("&Find Claims")},
        {"clearFilters", tr("C&lear All Filters")},
        {"viewMenu", tr("&View")},
        {"showFurniture", tr("Show &Website Furniture")},
        {"columnsMenu", tr("&Columns")},
        {"metricsMenu", tr("&Metrics")},
        {"moveToNewMetric", tr("Move Claims to &New Metric…")},
        {"moveToMetric", tr("Move Claims to Metric…")},
        {"excludeFromComparisons", tr("&Leave Out of the Comparisons")},
        {"saveMetricPreset", tr("&Save Taxonomy as Preset…")},
        {"loadMetricPreset", tr("&Load Preset…")},
        {"helpMenu", tr("&Help")},
        {"userGuide", tr("&User Guide")},
        {"about", tr("&About Bilan")},
    };
    for (const auto &[name, text] : texts) {
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setText(text);
        if (auto *m = findChild<QMenu *>(QLatin1String(name)))
            m->setTitle(text);
    }
    m_exports->retranslate();
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
    if (!m_doc)
        return false;
    const auto [article, claim] = m_doc->findById(claimId);
    return article >= 0 && selectClaim(m_claims->claimIndex().rowOf(article, claim));
}

void MainWindow::articleActivated(const QModelIndex &current)
{
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
    updateClaimActions();
    // The finding stays highlighted while one of its claims is the current one.
    if (m_currentFinding >= 0) {
        const ClaimIndex &index = m_claims->claimIndex();
        const bool ofFinding = row >= 0 && m_currentFinding < m_findings.size()
            && m_findings[m_currentFinding].claims.contains(
                std::pair<int, int> {index.articleIndex(row), index.claimIndex(row)});
        if (!ofFinding) {
            m_currentFinding = -1;
            m_findingsPanel->list()->clearSelection();
            m_findingsPanel->list()->setCurrentRow(-1);
        }
    }
    if (row < 0) {
        // Nothing selected (a search or a filter hid the claim): nothing of it stays shown.
        // (The excerpt lets go of its article: the index it points into may be rebuilt.)
        m_excerpt->setArticle(nullptr);
        return;
    }
    const QModelIndex proxy = m_filter->mapFromSource(m_claims->index(int(row), 0));
    if (proxy.isValid())
        m_lastProxyRow = proxy.row();
    const int article = m_claims->claimIndex().articleIndex(row);
    showArticle(article);
    highlightCurrentClaim();
    if (m_articleView->currentIndex().row() != article) {
        const QSignalBlocker block(m_articleView->selectionModel());
        m_articleView->setCurrentIndex(m_articleList->index(article, ArticleListModel::TitleColumn));
    }
    updateClaimActions();
}

void MainWindow::highlightCurrentClaim()
{
    const qsizetype row = m_table->currentClaimRow();
    if (row < 0)
        return;
    const ClaimStatus status = m_claims->claimIndex().status(row);
    m_excerpt->highlightClaim(m_claims->claimIndex().claimIndex(row),
                              status == ClaimStatus::ToCheck ? QColor()
                                                             : ClaimStatusText::color(status).lighter(170));
}

void MainWindow::updateShownCount()
{
    m_shown->setText(
        tr("%1 claims shown of %2")
            .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_filter->totalCount())));
}

void MainWindow::reportProblem(const QString &title, const QString &message)
{
    m_errors = {message};
    reportErrors(title);
}

void MainWindow::reportErrors(const QString &title)
{
    if (m_errors.isEmpty())
        return;
    if (m_quiet)
        std::fprintf(stderr, "%s\n", qPrintable(m_errors.join(u'\n')));
    else
        QMessageBox::warning(this, title, m_errors.join(u'\n'));
}

void MainWindow::updateClaimActions()
{
    const qsizetype row = m_table->currentClaimRow();
    if (auto *remove = findChild<QAction *>(QStringLiteral("removeManualClaim"))) {
        const bool manual
            = m_doc && !m_doc->isReadOnly() && row >= 0 && m_claims->claimIndex().claim(row).manual;
        remove->setEnabled(manual);
    }
    if (auto *edit = findChild<QAction *>(QStringLiteral("editArticle")))
        edit->setEnabled(m_doc && m_doc->isProject() && !m_doc->isReadOnly()
                         && m_articleView->currentIndex().isValid());
    updateMetricActions();
}

void MainWindow::updateReadOnlyNotice()
{
    const bool readOnly = m_doc && m_doc->isReadOnly();
    m_readOnly->setVisible(readOnly);
    if (readOnly) {
        m_readOnly->setText(tr("Read-only: %1").arg(m_doc->readOnlyReason()));
        m_readOnly->setToolTip(m_readOnly->text());
    } else {
        m_readOnly->clear();
    }
}

void MainWindow::updateTitle()
{
    if (!m_doc || m_doc->displayName().isEmpty()) {
        setWindowTitle(tr("Bilan"));
        return;
    }
    const QString name = m_doc->displayName();
    setWindowTitle(m_doc->isReadOnly() ? tr("%1 (read-only) — Bilan").arg(name) : tr("%1 — Bilan").arg(name));
}

void MainWindow::updateVerificationSelection()
{
    const qsizetype current = m_table->currentClaimRow();
    QList<ClaimKey> keys;
    for (qsizetype row : m_table->selectedClaimRows())
        keys.append(m_claims->keyOf(row));
    if (current >= 0 && !keys.contains(m_claims->keyOf(current)))
        keys.prepend(m_claims->keyOf(current));
    if (!m_doc || current < 0 || keys.isEmpty()) {
        m_verification->setSelection({}, nullptr, nullptr);
        return;
    }
    const ClaimIndex &index = m_claims->claimIndex();
    m_verification->setSelection(keys, &index.article(current), &index.claim(current));
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
    QHeaderView *columns = m_table->horizontalHeader();
    const QByteArray header = settings.headerState(QStringLiteral("claims-v3"));
    if (!header.isEmpty() && columns->restoreState(header)) {
        // The header remembers its sort arrow; the rows are sorted by it too.
        const int section = columns->sortIndicatorSection();
        if (section >= 0 && section < ClaimTableModel::ColumnCount)
            m_filter->sort(section, columns->sortIndicatorOrder());
    } else {
        // What a verifying journalist scans first: the status, the figure, its date and
        // source, the sentence. The other columns are one click away (View › Columns).
        columns->moveSection(columns->visualIndex(ClaimTableModel::StatusColumn), 0);
        columns->moveSection(columns->visualIndex(ClaimTableModel::DateColumn), 2);
        columns->moveSection(columns->visualIndex(ClaimTableModel::SourceColumn), 3);
        // (The note is in the Verification panel, the qualifier in the value.)
        for (int c :
             {ClaimTableModel::QualifierColumn, ClaimTableModel::UnitColumn, ClaimTableModel::KindColumn,
              ClaimTableModel::SpeakerColumn, ClaimTableModel::NoteColumn})
            columns->setSectionHidden(c, true);
        columns->resizeSection(ClaimTableModel::StatusColumn, 92);
        columns->resizeSection(ClaimTableModel::ValueColumn, 130);
        columns->resizeSection(ClaimTableModel::DateColumn, 92);
        columns->resizeSection(ClaimTableModel::SourceColumn, 140);
        columns->resizeSection(ClaimTableModel::MetricColumn, 120);
        columns->moveSection(columns->visualIndex(ClaimTableModel::MetricColumn), 4);
    }
    if (state.isEmpty())
        resizeDocks({m_verificationDock}, {340}, Qt::Horizontal);
}

void MainWindow::saveSettings()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(QStringLiteral("vertical"), m_vertical->saveState());
    settings.setSplitterState(QStringLiteral("horizontal"), m_horizontal->saveState());
    settings.setHeaderState(QStringLiteral("claims-v3"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_verification->commitPending();
    if (!maybeSaveUntitled()) {
        event->ignore();
        return;
    }
    m_loadJob->cancel();
    saveSettings();
    event->accept();
}
