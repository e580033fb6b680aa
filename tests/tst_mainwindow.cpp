#include "articlelistmodel.h"
#include "corpus.h"
#include "excerptview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTest>
#include <QTextBlock>

// Drives the real window offscreen.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsBundledArticles();
    void excerptMapsOffsets();
    void screenshot();
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BilanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::showsBundledArticles()
{
    MainWindow window;
    window.setArticles(Corpus::loadBundled().articles);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.articleModel()->rowCount(), 5);
    window.selectArticle(2);
    const Article *shown = window.excerptView()->article();
    QVERIFY(shown);
    QCOMPARE(shown->id, QStringLiteral("002_10f619c67a4967b3"));
    const QString text = window.excerptView()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("§13  Le nombre de bénéficiaires")));
    QVERIFY(text.contains(QStringLiteral("9,5 milliards de dirhams")));
}

void tst_MainWindow::excerptMapsOffsets()
{
    MainWindow window;
    window.setArticles(Corpus::loadBundled().articles);
    window.selectArticle(3);
    ExcerptView *view = window.excerptView();
    const Article *a = view->article();
    const qsizetype at = a->text.indexOf(QStringLiteral("527.000"));
    QVERIFY(at > 0);
    const int pos = view->documentPosition(at);
    QVERIFY(pos >= 0);
    QCOMPARE(view->document()->characterAt(pos), QChar(u'5'));
    QCOMPARE(view->toPlainText().mid(pos, 7), QStringLiteral("527.000"));
    // A joined paragraph keeps its line breaks as single characters: offsets still line up.
    const qsizetype rabat = a->text.indexOf(QStringLiteral(", la 9e édition"));
    QCOMPARE(view->toPlainText().mid(view->documentPosition(rabat), 15), QStringLiteral(", la 9e édition"));
    // Boilerplate is greyed.
    const qsizetype footer = a->text.indexOf(QStringLiteral("Signaler une annonce"));
    QTextCursor cursor(view->document());
    cursor.setPosition(view->documentPosition(footer) + 1);
    QVERIFY(cursor.charFormat().fontItalic());
}

void tst_MainWindow::screenshot()
{
    const QString path = QStringLiteral(BILAN_BINARY_DIR "/screenshots/mainwindow.png");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    QProcess p;
    p.start(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan"), {QStringLiteral("--screenshot"), path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
