// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/claimextractor.h"
#include "pdfmaker.h"
#include "pdfpageview.h"
#include "sources/articleloader.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

class tst_PdfPageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clickSelectsAnotherFigure();
    void notAPdf();

private:
    QTemporaryDir m_dir;
    Article m_article;
};

void tst_PdfPageView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = TestSupport::writeFile(
        m_dir, QStringLiteral("page.pdf"),
        PdfMaker::make(
            {QStringLiteral("Plus de 11,1 millions de bénéficiaires sont couverts par l'AMO Tadamon, "
                            "pour des cotisations de 9,5 milliards de dirhams, et près de 734 000 "
                            "dossiers ont été traités.")}));
    auto article = ArticleLoader::loadFile(path);
    QVERIFY2(article, qPrintable(article.error()));
    m_article = std::move(article).value();
    ClaimExtractor::extractInto(m_article);
    QVERIFY(m_article.claims.size() >= 3);
}

// The selected figure is boxed; a click on another figure's box asks for that claim.
void tst_PdfPageView::clickSelectsAnotherFigure()
{
    PdfPageView view;
    view.resize(600, 400);
    QVERIFY(PdfPageView::canShow(&m_article));
    view.setArticle(&m_article);
    view.showClaim(0, Qt::red);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.page(), m_article.claims[0].page - 1);
    QSignalSpy clicked(&view, &PdfPageView::claimClicked);
    const QImage shot = view.grab().toImage();
    QVERIFY(!shot.isNull());
    // Find the pixels of the red box: the selected claim is drawn.
    bool red = false;
    for (int y = 0; y < shot.height() && !red; ++y)
        for (int x = 0; x < shot.width() && !red; ++x)
            red = shot.pixelColor(x, y) == QColor(Qt::red);
    QVERIFY(red);
    // Claim 2's box, where the view draws it: click its middle.
    const Claim &other = m_article.claims[2];
    const double scale = std::max(600.0 / 595.0, 1.25);
    const double shiftY
        = std::clamp((m_article.claims[0].box.y + m_article.claims[0].box.height / 2) * scale - 200, 0.0,
                     842 * scale - 400);
    const double shiftX
        = std::clamp((m_article.claims[0].box.x + m_article.claims[0].box.width / 2) * scale - 300, 0.0,
                     595 * scale - 600);
    const QPoint at(int((other.box.x + other.box.width / 2) * scale - shiftX),
                    int((other.box.y + other.box.height / 2) * scale - shiftY));
    QTest::mouseClick(&view, Qt::LeftButton, {}, at);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), 2);
    // A click beside every box does nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(clicked.size(), 1);
}

void tst_PdfPageView::notAPdf()
{
    Article text = ArticleLoader::fromText(QStringLiteral("Plus de 11,1 millions."), QStringLiteral("a.txt"));
    ClaimExtractor::extractInto(text);
    QVERIFY(!PdfPageView::canShow(&text));
    PdfPageView view;
    view.setArticle(&text);
    view.showClaim(0, Qt::red);
    QCOMPARE(view.page(), -1);
}

QTEST_MAIN(tst_PdfPageView)
#include "tst_pdfpageview.moc"
