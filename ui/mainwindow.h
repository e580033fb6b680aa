// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlemetadata.h"
#include "exportactions.h"
#include "project/projectdocument.h"
#include "sources/corpus.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class ArticleListModel;
class ArticleLoadJob;
class ChartPanel;
class ClaimFilterModel;
class ClaimTableModel;
class ClaimTableView;
class ExcerptView;
class FacetPanel;
class FindingComparison;
class FindingsPanel;
class MetricsPanel;
class PdfPageView;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QToolButton;
class QUndoGroup;
class VerificationPanel;

// Bilan's main window: every claim of the bilan in a filterable table, the excerpt of the
// selected claim's article with its figure highlighted, the charts of its metric, the facets,
// and the verification panel. Everything follows the selection: the table, a click in the
// text, a click on a chart point. The window shows one ProjectDocument and is only layout and
// actions: the document decides what is shown, checked and exported. Articles load in the
// background (ArticleLoadJob), with progress and cancel; every verification is saved at once
// and can be undone.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    using ExportFormat = ExportActions::Format;
    using ReportClaims = ExportActions::ReportClaims;

    // A new untitled project with the bundled bilan, loaded in the background;
    // `loadingFinished` tells when it is shown.
    void loadBundled();
    // Adds articles to the project (a new untitled one when none is open), in the background.
    void loadFiles(const QStringList &paths);
    // Whether a load has started whose articles are not in the document yet: true until
    // `loadingFinished`, also between the end of the reading and its articles being added.
    bool isLoading() const;
    // Shows `articles` (already extracted) at once, read from files, not a project (benchmarks).
    void setArticles(QList<Article> articles);

    // Projects. Each reports a problem in a dialog (or on stderr when quiet) and returns false.
    bool newProject();
    bool openProject(const QString &path);
    // A shared project's server asks for a password ~/.pgpass and PGPASSWORD do not have: the
    // person types it (kept in memory for this session's reconnections, never written).
    static QString askPassword(const QString &location, const QString &problem);
    bool saveProjectAs(const QString &path);
    bool addPastedArticle(const QString &text, const ArticleMetadata &metadata);
    bool exportClaims(const QString &path, ExportFormat format, bool onlyShown);
    bool exportReport(const QString &path, ReportClaims which, const PdfReport::Options &options);
    ProjectDocument *document() const { return m_doc.get(); }
    VerificationPanel *verificationPanel() const { return m_verification; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    MetricsPanel *metricsPanel() const { return m_metricsPanel; }
    // The journalist's taxonomy, on the claims selected in the table (Metrics menu). Each reports
    // a problem in a dialog (or on stderr when quiet) and returns false.
    bool moveSelectedClaimsToNewMetric(const QString &name);
    bool moveSelectedClaimsToMetric(const QString &nameOrId);
    bool excludeSelectedClaims(bool excluded);
    bool saveMetricPreset(const QString &path);
    bool loadMetricPreset(const QString &path);
    // Shows the claims of one metric (the Metric filter set to it).
    void showMetric(const QString &id);
    // The findings shown (none until the checks have run on the document).
    const QList<Finding> &findings() const { return m_findings; }
    // Selects the claims of a finding (the first one current).
    void showFinding(int index);
    // Opens the comparison of a finding's claims (side by side, to resolve or dismiss it).
    FindingComparison *compareFinding(int index);

    // Selects a claim by its ClaimIndex row (clearing the filter when it hides it).
    bool selectClaim(qsizetype row);
    bool selectClaimById(const QString &claimId);

    ClaimTableModel *claimModel() const { return m_claims; }
    ClaimFilterModel *filterModel() const { return m_filter; }
    ClaimTableView *tableView() const { return m_table; }
    ExcerptView *excerptView() const { return m_excerpt; }
    ChartPanel *chartPanel() const { return m_charts; }
    FacetPanel *facetPanel() const { return m_facets; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *shownLabel() const { return m_shown; }
    // Shown while the project is read-only, with the reason: never hidden by other messages.
    QLabel *readOnlyLabel() const { return m_readOnly; }
    QStringList lastErrors() const { return m_errors; }
    // Report errors on stderr instead of a dialog (screenshots, tests).
    void setQuiet(bool quiet) { m_quiet = quiet; }

Q_SIGNALS:
    void loadingFinished();
    // The document shown is about to be replaced.
    void documentChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentralWidget();
    void createStatusBar();
    void createDocks();
    void createFileMenu();
    void createEditAndViewMenus();
    void createClaimAndHelpMenus();
    void createMetricsDock();
    void createMetricsMenu();
    void updateMetricActions();
    QList<ClaimKey> selectedClaimKeys() const;
    void retranslate();
    void startLoading(const QList<ArticleSource> &sources);
    void loadingDone();
    void showCurrentClaim(qsizetype row);
    void showArticle(int articleIndex);
    void articleActivated(const QModelIndex &current);
    void updateShownCount();
    void restoreSettings();
    void saveSettings();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void refreshFromDocument();
    void annotationChanged(const ClaimKey &key);
    void updateTitle();
    void updateRecentMenu();
    void updateVerificationSelection();
    void reportProblem(const QString &title, const QString &message);
    void reportErrors(const QString &title);
    // Asks whether to keep an untitled project's work before it goes; false to cancel.
    bool maybeSaveUntitled();
    void addManualClaim(qsizetype start, qsizetype end);
    // File › Open Shared Project: a project on a server, the last one opened offered first.
    void openShared();
    // File › Add from URL: the page fetched, kept as a snapshot, extracted and added.
    void addFromUrl();
    void showOrphans();
    // Articles › Edit Details: the current article's title, outlet, date, URL and author.
    void editArticle();
    void recomputeFindings();
    void stopChecks();
    void showFindings();
    void updateFindingReviews();
    void highlightCurrentClaim();
    // Enables what applies to the current claim (Remove Added Claim only for one added by hand).
    void updateClaimActions();
    // The status bar's permanent notice while the project is read-only.
    void updateReadOnlyNotice();

    ClaimTableModel *m_claims = nullptr;
    ClaimFilterModel *m_filter = nullptr;
    ArticleListModel *m_articleList = nullptr;
    ClaimTableView *m_table = nullptr;
    ExcerptView *m_excerpt = nullptr;
    PdfPageView *m_pageView = nullptr;
    QToolButton *m_pageToggle = nullptr;
    ChartPanel *m_charts = nullptr;
    FacetPanel *m_facets = nullptr;
    QListView *m_articleView = nullptr;
    QDockWidget *m_facetDock = nullptr;
    QDockWidget *m_articleDock = nullptr;
    QLineEdit *m_search = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QLabel *m_shown = nullptr;
    QLabel *m_readOnly = nullptr;
    int m_currentFinding = -1; // the finding whose claims are selected
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    ArticleLoadJob *m_loadJob = nullptr;
    bool m_loading = false; // from startLoading() to loadingDone()
    ExportActions *m_exports = nullptr;
    QStringList m_errors;
    QStringList m_loadWarnings; // of the manifests beside the files being loaded
    bool m_quiet = false;
    QList<QAction *> m_columnActions;
    std::unique_ptr<ProjectDocument> m_doc;
    QUndoGroup *m_undoGroup = nullptr;
    VerificationPanel *m_verification = nullptr;
    QDockWidget *m_verificationDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    int m_lastProxyRow = 0;
    FindingsPanel *m_findingsPanel = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    MetricsPanel *m_metricsPanel = nullptr;
    QDockWidget *m_metricsDock = nullptr;
    ClaimKey m_keptKey; // the current claim while the table's rows are made again
    QList<Finding> m_findings;
    QTimer *m_findingsTimer = nullptr;
    quint64 m_checkRun = 0; // each start of the checks; a result from an earlier one is dropped
    // Set to stop the checks running in the background: closing does not wait for them.
    std::shared_ptr<std::atomic<bool>> m_checkStop;
};
