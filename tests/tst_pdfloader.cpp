// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/claimextractor.h"
#include "pdfmaker.h"
#include "sources/articleloader.h"
#include "sources/corpus.h"
#include "sources/ocr.h"
#include "sources/pdfloader.h"
#include "testsupport.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

class tst_PdfLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layout_data();
    void layout();
    void badPdf_data();
    void badPdf();
    void bundledInTwoColumns();
    void scannedBundledArticle();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

const QStringList kParagraphs = {
    QStringLiteral("La généralisation de l'assurance maladie obligatoire avance vite au Maroc."),
    QStringLiteral(
        "Selon la CNSS, plus de 11,1 millions de bénéficiaires sont couverts par l'AMO Tadamon à fin mars "
        "2025, pour des cotisations de 9,5 milliards de dirhams prises en charge par l'État chaque "
        "année, a précisé le ministre devant les députés réunis en séance plénière."),
    QStringLiteral(
        "Près de 734 000 dossiers de remboursement ont été traités depuis le début de l'année, soit une "
        "hausse de 12 % par rapport à l'an dernier, selon les chiffres publiés par la caisse."),
    QStringLiteral("Les travailleurs non salariés restent le point faible du dispositif, avec 3,6 millions "
                   "d'assurés dont une part importante ne paie pas ses cotisations."),
};

QStringList paragraphsOf(const Article &a, bool withFurniture)
{
    QStringList out;
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        if (withFurniture || !a.paragraphs[i].isBoilerplate())
            out.append(a.paragraphText(i).toString());
    }
    return out;
}

} // namespace

QString tst_PdfLoader::write(const QString &name, const QByteArray &bytes)
{
    return TestSupport::writeFile(m_dir, name, bytes);
}

void tst_PdfLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_PdfLoader::layout_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("runningHeader");
    QTest::addColumn<QString>("hyphenate");
    QTest::addColumn<QList<QStringList>>("table");
    QTest::addColumn<QStringList>("expected"); // body paragraphs, in order

    const QList<QStringList> noTable;
    QTest::addRow("one column") << kParagraphs << 1 << false << QString() << noTable << kParagraphs;
    QStringList many;
    for (int i = 0; i < 12; ++i)
        many += kParagraphs;
    QTest::addRow("two columns, drawn right column first")
        << many << 2 << false << QString() << noTable << many;
    QTest::addRow("word hyphenated across lines")
        << kParagraphs << 1 << false << QStringLiteral("généralisation") << noTable << kParagraphs;
    QTest::addRow("running header, footer and page numbers")
        << many << 1 << true << QString() << noTable << many;
    const QList<QStringList> table = {{QStringLiteral("Régime"), QStringLiteral("Bénéficiaires")},
                                      {QStringLiteral("AMO Tadamon"), QStringLiteral("11,1 millions")},
                                      {QStringLiteral("TNS"), QStringLiteral("3,6 millions")}};
    QTest::addRow("table kept as rows") << kParagraphs << 1 << false << QString() << table
                                        << kParagraphs
            + QStringList {QStringLiteral("Régime\tBénéficiaires"),
                           QStringLiteral("AMO Tadamon\t11,1 millions"), QStringLiteral("TNS\t3,6 millions")};
}

void tst_PdfLoader::layout()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(int, columns);
    QFETCH(bool, runningHeader);
    QFETCH(QString, hyphenate);
    QFETCH(QList<QStringList>, table);
    QFETCH(QStringList, expected);
    PdfMaker::Options o;
    o.tableRows = table;
    o.columns = columns;
    o.runningHeader = runningHeader;
    o.hyphenate = hyphenate;
    const QString path = write(QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".pdf"),
                               PdfMaker::make(paragraphs, o));
    auto article = ArticleLoader::loadFile(path);
    QVERIFY2(article, qPrintable(article.error()));
    // Table rows are short lines, which the classifier counts as furniture: compared all the same.
    QCOMPARE(paragraphsOf(*article, !table.isEmpty()), expected);
    if (runningHeader) {
        for (const Paragraph &p : article->paragraphs) {
            const QString text = article->text.mid(p.start, p.length());
            if (text.startsWith(QStringLiteral("Page ")) || text.startsWith(QStringLiteral("Rapport annuel")))
                QVERIFY2(p.isBoilerplate(), qPrintable(text));
        }
        QVERIFY(article->text.contains(QStringLiteral("Page 2 / ")));
    }
    QCOMPARE(article->title, QStringLiteral("Document de test"));
    QVERIFY(article->source);
    QCOMPARE(article->source->contentType, QStringLiteral("application/pdf"));
}

void tst_PdfLoader::badPdf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::addRow("truncated") << PdfMaker::make(kParagraphs).left(300)
                               << QStringLiteral("not a valid PDF document");
    QTest::addRow("garbage after the signature")
        << QByteArray("%PDF-1.7\nnot really a pdf\n") << QStringLiteral("not a valid PDF document");
    QTest::addRow("no text and no OCR result")
        << PdfMaker::make({QStringLiteral(" ")})
        << QStringLiteral("the PDF has no text layer and OCR read no text");
}

void tst_PdfLoader::badPdf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = write(QStringLiteral("bad.pdf"), bytes);
    const auto article = ArticleLoader::loadFile(path);
    QVERIFY(!article);
    QVERIFY2(article.error().startsWith(path), qPrintable(article.error()));
    QVERIFY2(article.error().contains(error), qPrintable(article.error()));
}

// Done-when of issue 18: the bundled articles set in two columns give the claims of the text
// files, each with its page and a box that holds its figure.
void tst_PdfLoader::bundledInTwoColumns()
{
    const LoadReport bundled = Corpus::loadBundled();
    QVERIFY(bundled.errors.isEmpty());
    const auto manifest = Corpus::readManifest(Corpus::bundledManifestPath());
    QVERIFY(manifest);
    int compared = 0;
    for (Article text : bundled.articles) {
        ClaimExtractor::extractInto(text);
        ArticleMetadata known;
        for (const ManifestEntry &e : manifest->entries) {
            if (e.metadata.id == text.id || QFileInfo(e.file).completeBaseName() == text.id)
                known = e.metadata;
        }
        known.id = text.id;
        PdfMaker::Options o;
        o.columns = 2;
        const QByteArray pdf = PdfMaker::make(paragraphsOf(text, true), o);
        const QString path = write(text.id + QStringLiteral(".pdf"), pdf);
        auto loaded = ArticleLoader::loadFile(path, known);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        Article &fromPdf = loaded.value();
        ClaimExtractor::extractInto(fromPdf);
        // The claims of the articles' bodies. Website furniture (menus of short lines set in two
        // columns) reads as a table in a PDF, which changes the paragraphs around its figures.
        auto describe = [](const Article &a) {
            QStringList out;
            for (const Claim &c : a.claims) {
                if (c.boilerplate)
                    continue;
                out.append(
                    QStringLiteral("%1 = %2 %3 %4 %5 %6")
                        .arg(a.text.mid(c.start, c.end - c.start).simplified())
                        .arg(c.value, 0, 'g', 12)
                        .arg(c.unit, claimKindName(c.kind), qualifierName(c.qualifier), c.asOf.toIso()));
            }
            return out;
        };
        QCOMPARE(describe(fromPdf), describe(text));
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        for (const Claim &c : fromPdf.claims) {
            QVERIFY(c.page >= 1 && c.page <= doc.pageCount());
            const QRectF box(c.box.x, c.box.y, c.box.width, c.box.height);
            const QSizeF page = doc.pagePointSize(c.page - 1);
            QVERIFY2(box.width() > 1 && box.height() > 1 && QRectF(QPointF(0, 0), page).contains(box),
                     qPrintable(fromPdf.text.mid(c.start, c.end - c.start)));
            // The box holds the figure: the text selected across its middle is the figure's (a
            // figure cut across two lines has a box two lines high).
            const QString figure = fromPdf.text.mid(c.start, c.end - c.start);
            QVERIFY2(box.height() < 40, qPrintable(figure));
            if (box.height() > 16 || box.width() < 12) // two lines, or a lone digit too narrow to select
                continue;
            const QString inBox = doc.getSelection(c.page - 1, box.topLeft() + QPointF(1, box.height() / 2),
                                                   box.topRight() + QPointF(-1, box.height() / 2))
                                      .text()
                                      .simplified();
            QVERIFY2(!inBox.isEmpty() && figure.simplified().contains(inBox),
                     qPrintable(figure + QStringLiteral(" / ") + inBox));
            ++compared;
        }
    }
    QVERIFY(compared > 50);
}

// Done-when of issue 18: a scanned page of a bundled article, read by OCR, gives at least 95 %
// of its figures, each with a box and a confidence.
void tst_PdfLoader::scannedBundledArticle()
{
    if (!Ocr::isAvailable())
        QFAIL("Tesseract with its French data (tesseract-ocr-fra) is needed");
    const LoadReport bundled = Corpus::loadBundled();
    QVERIFY(!bundled.articles.isEmpty());
    // The bundled article with the most figures in its body.
    Article text;
    qsizetype most = -1;
    for (Article a : bundled.articles) {
        ClaimExtractor::extractInto(a);
        const qsizetype body
            = std::count_if(a.claims.begin(), a.claims.end(), [](const Claim &c) { return !c.boilerplate; });
        if (body > most) {
            most = body;
            text = a;
        }
    }
    PdfMaker::Options o;
    o.scanned = true;
    const QString path = write(QStringLiteral("scan.pdf"), PdfMaker::make(paragraphsOf(text, false), o));
    auto loaded = ArticleLoader::loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    Article &scan = loaded.value();
    QVERIFY(scan.source && scan.source->ocr);
    ClaimExtractor::extractInto(scan);
    QMultiHash<double, int> found;
    for (const Claim &c : scan.claims) {
        QVERIFY(c.page >= 1);
        QVERIFY(c.box.width > 0 && c.box.height > 0);
        QVERIFY(c.ocrConfidence >= 0 && c.ocrConfidence <= 100);
        found.insert(c.value, 1);
    }
    int expected = 0, read = 0;
    QStringList missed;
    for (const Claim &c : text.claims) {
        if (c.boilerplate || !c.isReadable())
            continue;
        ++expected;
        if (found.contains(c.value))
            ++read;
        else
            missed.append(text.text.mid(c.start, c.end - c.start));
    }
    QVERIFY(expected >= 10);
    const double recall = double(read) / expected;
    qInfo("OCR recall of the figures of %s: %d / %d = %.3f (missed: %s)", qPrintable(text.id), read, expected,
          recall, qPrintable(missed.join(QStringLiteral(" | "))));
    QVERIFY2(recall >= 0.95, qPrintable(missed.join(QStringLiteral(" | "))));
}

QTEST_MAIN(tst_PdfLoader)
#include "tst_pdfloader.moc"
