#include "mainwindow.h"

#include "appsettings.h"
#include "articlelistmodel.h"
#include "excerptview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_articles(new ArticleListModel(this))
{
    setWindowTitle(tr("Bilan"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/bilan.svg")));

    m_articleView = new QTreeView;
    m_articleView->setModel(m_articles);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setAccessibleName(tr("Articles"));
    m_articleView->header()->setStretchLastSection(false);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::ResizeToContents);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::PublishedColumn, QHeaderView::ResizeToContents);

    m_excerpt = new ExcerptView;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_excerpt);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);

    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    createActions();
    resize(1280, 800);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bilan"), this, [this] {
        QMessageBox::about(this, tr("About Bilan"),
                           tr("<b>Bilan</b> %1<br>Extract, explore and verify the figures of news articles.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setArticles(QList<Article> articles)
{
    m_articles->setArticles(std::move(articles));
    m_status->setText(tr("%n article(s)", nullptr, m_articles->rowCount()));
    if (m_articles->rowCount() > 0)
        selectArticle(0);
}

void MainWindow::selectArticle(int row)
{
    m_articleView->setCurrentIndex(m_articles->index(row, 0));
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_articleView->currentIndex();
    m_excerpt->setArticle(current.isValid() ? &m_articles->article(current.row()) : nullptr);
}

void MainWindow::restoreSettings()
{
    AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = settings.splitterState(QStringLiteral("main"));
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveSettings()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setSplitterState(QStringLiteral("main"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
