#pragma once

#include "article.h"

#include <QMainWindow>

class ArticleListModel;
class ExcerptView;
class QLabel;
class QSplitter;
class QTreeView;

// Bilan's main window: the articles of the open bilan and the selected article's text.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setArticles(QList<Article> articles);
    void selectArticle(int row);
    ArticleListModel *articleModel() const { return m_articles; }
    ExcerptView *excerptView() const { return m_excerpt; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings();
    void showCurrentArticle();

    ArticleListModel *m_articles = nullptr;
    QTreeView *m_articleView = nullptr;
    ExcerptView *m_excerpt = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
};
