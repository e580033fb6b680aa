// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/claimextractor.h"
#include "goldscore.h"
#include "sources/corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Extraction scored on the evaluation sets of tests/data/eval/ — real articles on topics other
// than health insurance, kept as found and annotated by hand before the engine ran on them
// (SOURCES.md in each set says where they come from). One row per set: recall, precision and
// the share of found figures with the right qualifier, unit, date and speaker.
//
// tests/data/eval/floors.json holds, per set, the scores the engine must not fall below; they
// only ever go up. BILAN_EVAL_REPORT=FILE appends the table (Markdown) to FILE, and
// BILAN_EVAL_PROBLEMS=1 prints every missed, extra or wrong figure.
class tst_Evaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void set_data();
    void set();

private:
    QJsonObject m_floors;
};

namespace {

QString dataDir()
{
    return QStringLiteral(BILAN_TEST_DATA "/eval");
}

QString percent(double x)
{
    return QString::number(x * 100, 'f', 1);
}

} // namespace

void tst_Evaluation::initTestCase()
{
    QFile f(dataDir() + QStringLiteral("/floors.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QJsonParseError error;
    m_floors = QJsonDocument::fromJson(f.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
}

void tst_Evaluation::set_data()
{
    QTest::addColumn<QString>("name");
    const QDir eval(dataDir());
    for (const QString &name : eval.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::addRow("%s", qPrintable(name)) << name;
}

void tst_Evaluation::set()
{
    QFETCH(QString, name);
    const QString dir = dataDir() + u'/' + name;
    LoadReport report = Corpus::loadManifest(dir + QStringLiteral("/manifest.json"));
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QVERIFY(report.articles.size() >= 10);

    GoldScore total;
    for (Article &article : report.articles) {
        ClaimExtractor::extractInto(article);
        const QString gold
            = dir + u'/' + QFileInfo(article.file).completeBaseName() + QStringLiteral(".gold.json");
        QVERIFY2(QFile::exists(gold), qPrintable(gold));
        GoldScore score = scoreAgainstGold(article, gold);
        for (QString &p : score.problems)
            p.prepend(article.id + QStringLiteral(": "));
        total += score;
    }
    const QString row
        = QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
              .arg(name)
              .arg(report.articles.size())
              .arg(total.gold)
              .arg(percent(total.recall()), percent(total.precision()),
                   percent(total.accuracy(GoldScore::Qualifier)), percent(total.accuracy(GoldScore::Unit)),
                   percent(total.accuracy(GoldScore::AsOf)), percent(total.accuracy(GoldScore::Speaker)));
    qInfo("| set | articles | gold | recall | precision | qualifier | unit | as_of | speaker |");
    qInfo("%s", qPrintable(row));
    if (qEnvironmentVariableIsSet("BILAN_EVAL_PROBLEMS")) {
        for (const QString &p : std::as_const(total.problems))
            qInfo("  %s", qPrintable(p));
    }
    const QString reportFile = qEnvironmentVariable("BILAN_EVAL_REPORT");
    if (!reportFile.isEmpty()) {
        QFile out(reportFile);
        QVERIFY(out.open(QIODevice::Append));
        out.write(row.toUtf8() + '\n');
    }

    const QJsonObject floors = m_floors.value(name).toObject();
    QVERIFY2(!floors.isEmpty(), qPrintable(QStringLiteral("floors.json has no entry for %1").arg(name)));
    const QList<std::pair<const char *, double>> measured = {
        {"recall", total.recall()},
        {"precision", total.precision()},
        {"qualifier", total.accuracy(GoldScore::Qualifier)},
        {"unit", total.accuracy(GoldScore::Unit)},
        {"as_of", total.accuracy(GoldScore::AsOf)},
        {"speaker", total.accuracy(GoldScore::Speaker)},
    };
    for (const auto &[key, value] : measured) {
        const double floor = floors.value(QLatin1String(key)).toDouble(1.0);
        QVERIFY2(value + 1e-9 >= floor,
                 qPrintable(QStringLiteral("%1: %2 %3% is below its floor %4%")
                                .arg(name, QLatin1String(key), percent(value), percent(floor))));
    }
}

QTEST_GUILESS_MAIN(tst_Evaluation)
#include "tst_evaluation.moc"
