#include "claimextractor.h"
#include "corpus.h"
#include "goldscore.h"

#include <QDir>
#include <QTest>

// The extraction engine against hand-made gold files: every body figure of the bundled bilan
// (100% required), and articles composed in other outlets' styles (97% required).
class tst_ClaimExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void gold_data();
    void gold();
    void noFurnitureLeaks();
};

void tst_ClaimExtractor::init()
{
    // A pattern that does not compile only warns at run time: make that a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_ClaimExtractor::gold_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("goldFile");
    QTest::addColumn<double>("required");
    const QString data = QStringLiteral(BILAN_TEST_DATA);
    const QDir corpus(QStringLiteral(BILAN_SOURCE_DIR "/data/corpus"));
    for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        QTest::addRow("bundled %s", qPrintable(name))
            << corpus.filePath(name) << data + QStringLiteral("/gold/") + QFileInfo(name).completeBaseName() + QStringLiteral(".gold.json") << 1.0;
    const QDir extraction(data + QStringLiteral("/extraction"));
    for (const QString &name : extraction.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        QTest::addRow("composed %s", qPrintable(name))
            << extraction.filePath(name) << extraction.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".gold.json")) << 0.97;
}

void tst_ClaimExtractor::gold()
{
    QFETCH(QString, file);
    QFETCH(QString, goldFile);
    QFETCH(double, required);
    LoadReport report = Corpus::loadFiles({file});
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    Article &article = report.articles.first();
    ClaimExtractor::extractInto(article);
    const GoldScore score = scoreAgainstGold(article, goldFile);
    const QString summary = QStringLiteral("%1 gold, %2 extracted, %3 correct: recall %4%, precision %5%")
                                .arg(score.gold)
                                .arg(score.extracted)
                                .arg(score.correct)
                                .arg(score.recall() * 100, 0, 'f', 1)
                                .arg(score.precision() * 100, 0, 'f', 1);
    qInfo("%s", qPrintable(summary));
    for (const QString &p : score.problems)
        qInfo("  %s", qPrintable(p));
    QVERIFY(score.gold > 0);
    QVERIFY2(score.recall() >= required && score.precision() >= required, qPrintable(summary));
}

void tst_ClaimExtractor::noFurnitureLeaks()
{
    // Every claim in a furniture paragraph is marked, and only those.
    LoadReport report = Corpus::loadBundled();
    for (Article &a : report.articles) {
        ClaimExtractor::extractInto(a);
        for (const Claim &c : a.claims)
            QCOMPARE(c.boilerplate, a.paragraphs[c.paragraph].isBoilerplate());
    }
}

QTEST_GUILESS_MAIN(tst_ClaimExtractor)
#include "tst_claimextractor.moc"
