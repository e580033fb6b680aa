// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "project/projectdocument.h"
#include "report/pdfreport.h"
#include "sources/articleloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

class ArticleListModel;
class ChartPanel;
class ClaimFilterModel;
class ClaimTableModel;
class ClaimTableView;
class ExcerptView;
class FacetPanel;
class FindingsPanel;
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
// text, a click on a chart point. The window shows one project (.bilan): without one, a fresh
// untitled project the journalist can save. Articles load in the background, with progress
// and cancel; every verification is saved at once and can be undone.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class ExportFormat { Csv, Json, ClaimReview };

    // A new untitled project with the bundled bilan, loaded in the background;
    // `loadingFinished` tells when it is shown.
    void loadBundled();
    // Adds articles to the project (a new untitled one when none is open), in the background.
    void loadFiles(const QStringList &paths);
    bool isLoading() const;
    // Shows `articles` (already extracted) at once, without a project (benchmarks).
    void setArticles(QList<Article> articles);

    // Projects. Each reports a problem in a dialog (or on stderr when quiet) and returns false.
    bool newProject();
    bool openProject(const QString &path);
    bool saveProjectAs(const QString &path);
    bool addPastedArticle(const QString &text, const ArticleMetadata &metadata);
    bool exportClaims(const QString &path, ExportFormat format, bool onlyShown);
    enum class ReportClaims { Shown, VerifiedAndDisputed, All };
    bool exportReport(const QString &path, ReportClaims which, const PdfReport::Options &options);
    ProjectDocument *document() const { return m_doc.get(); }
    VerificationPanel *verificationPanel() const { return m_verification; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    const QList<Finding> &findings() const { return m_findings; }
    // Selects the claims of a finding (the first one current).
    void showFinding(int index);

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
    QStringList lastErrors() const { return m_errors; }
    // Report errors on stderr instead of a dialog (screenshots, tests).
    void setQuiet(bool quiet) { m_quiet = quiet; }

Q_SIGNALS:
    void loadingFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct LoadJob
    {
        QString path;
        QString shownPath;
        ArticleMetadata metadata;
    };
    struct LoadOutcome
    {
        Article article;
        QString error;
    };
    void createActions();
    void createDocks();
    void retranslate();
    void startLoading(QList<LoadJob> jobs);
    void loadingDone();
    void cancelLoading();
    void showCurrentClaim(qsizetype row);
    void showArticle(int articleIndex);
    void updateShownCount();
    void restoreSettings();
    void saveSettings();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void refreshFromDocument();
    void updateTitle();
    void updateRecentMenu();
    void updateVerificationSelection();
    void reportProblem(const QString &title, const QString &message);
    // Asks whether to keep an untitled project's work before it goes; false to cancel.
    bool maybeSaveUntitled();
    void addManualClaim(qsizetype start, qsizetype end);
    void showOrphans();
    void chooseExport(ExportFormat format);
    void chooseReport();
    void recomputeFindings();

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
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QFutureWatcher<LoadOutcome> m_watcher;
    QList<LoadJob> m_jobs;
    QStringList m_errors;
    bool m_quiet = false;
    QList<QAction *> m_columnActions;
    std::unique_ptr<ProjectDocument> m_doc;
    QUndoGroup *m_undoGroup = nullptr;
    VerificationPanel *m_verification = nullptr;
    QDockWidget *m_verificationDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportShownOnly = nullptr;
    int m_lastProxyRow = 0;
    FindingsPanel *m_findingsPanel = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QList<Finding> m_findings;
    QTimer *m_findingsTimer = nullptr;
};
