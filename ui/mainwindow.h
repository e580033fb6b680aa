#pragma once

#include "article.h"
#include "articleloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

class ArticleListModel;
class ChartPanel;
class ClaimFilterModel;
class ClaimTableModel;
class ClaimTableView;
class ExcerptView;
class FacetPanel;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QToolButton;

// Bilan's main window: every claim of the bilan in a filterable table, the excerpt of the
// selected claim's article with its figure highlighted, the charts of its metric, and the
// facets. Everything follows the selection: the table, a click in the text, a click on a chart
// point. Articles load in the background, with progress and cancel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads in the background; `loadingFinished` tells when the bilan is shown.
    void loadBundled();
    void loadFiles(const QStringList &paths);
    bool isLoading() const;
    // Shows `articles` (already extracted) at once.
    void setArticles(QList<Article> articles);

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

    ClaimTableModel *m_claims = nullptr;
    ClaimFilterModel *m_filter = nullptr;
    ArticleListModel *m_articleList = nullptr;
    ClaimTableView *m_table = nullptr;
    ExcerptView *m_excerpt = nullptr;
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
};
