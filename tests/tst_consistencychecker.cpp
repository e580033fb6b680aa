// SPDX-License-Identifier: GPL-3.0-or-later
// The metric taxonomy and the consistency checks: each check on hand-built articles, with a
// true finding and a near miss that must stay silent; the metrics of the bundled bilan against
// a hand-annotated gold file; and what the checks find on the bundled bilan, pinned.
#include "checks/consistencychecker.h"
#include "export/articlejson.h"
#include "extraction/claimextractor.h"
#include "metrics/metricassigner.h"
#include "metrics/metricset.h"
#include "metrics/metrictaxonomy.h"
#include "project/projectdocument.h"
#include "sources/articleloader.h"
#include "sources/corpus.h"
#include "testsupport.h"
#include "text/codepointmap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Article article(const QString &outlet, const QString &text,
                const QString &published = QStringLiteral("2025-04-10"))
{
    ArticleMetadata m;
    m.outlet = outlet;
    m.title = QStringLiteral("AMO : le point");
    m.published = PartialDate::fromIso(published);
    Article a = ArticleLoader::fromText(QStringLiteral("AMO : le point\n\n") + text + u'\n',
                                        outlet + QStringLiteral(".txt"), m);
    ClaimExtractor::extractInto(a);
    return a;
}

QList<Finding> ofKind(const QList<Finding> &all, const QString &kind)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.kind == kind)
            out << f;
    }
    return out;
}

QString metricOf(const Article &a, const QString &figure)
{
    for (const Claim &c : a.claims) {
        if (a.text.mid(c.start, c.end - c.start) == figure)
            return c.metric;
    }
    return QStringLiteral("<no claim %1>").arg(figure);
}

} // namespace

class tst_ConsistencyChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taxonomyLoads();
    void badTaxonomyRefused_data();
    void badTaxonomyRefused();
    void intervals_data();
    void intervals();
    void metricAssignment_data();
    void metricAssignment();
    void bundledMetricsAgainstGold();
    void contradiction();
    void decrease();
    void dateMismatch();
    void ratio();
    void repeated();
    void bundledFindingsPinned();
    void bundledFindingsOnDiscoveredMetrics();
    void copiedValues();
    void runningTotalSinceJanuaryRestartsEachYear();
    void outstandingAmountIsAStock();
    void pairsGivenTogether();
    void findingsJson();
};

void tst_ConsistencyChecker::taxonomyLoads()
{
    const MetricTaxonomy &t = MetricTaxonomy::bundled();
    QVERIFY(t.metrics().size() >= 40);
    QVERIFY(t.metric(QStringLiteral("tadamon.beneficiaries")));
    QCOMPARE(t.metric(QStringLiteral("tns.files_reimbursed"))->nature, MetricTaxonomy::Nature::Cumulative);
    QCOMPARE(t.schemes()[t.schemeIndex(QStringLiteral("amo"))].role, MetricTaxonomy::Role::Generic);
    // Every scheme and measure the issue names is there.
    for (const char *scheme : {"tadamon", "tns", "achamil", "salaries", "cnops", "state"})
        QVERIFY2(t.schemeIndex(QLatin1String(scheme)) >= 0, scheme);
    // Whole words, longest first: "amo tadamon" is Tadamon, not the generic AMO.
    const QList<MetricTaxonomy::Match> m
        = t.findSchemes(QStringList {QStringLiteral("l"), QStringLiteral("amo"), QStringLiteral("tadamon")});
    QCOMPARE(m.size(), 1);
    QCOMPARE(t.schemes()[m[0].owner].key, QStringLiteral("tadamon"));
}

void tst_ConsistencyChecker::badTaxonomyRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not json") << QByteArray("{\"schema\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("other schema") << QByteArray("{\"schema\": \"x\"}")
                                  << QStringLiteral("not a metric taxonomy");
    QTest::newRow("unknown scheme") << QByteArray(
        R"({"schema": "bilan.metrics/1", "schemes": [], "measures": [{"key": "m", "nature": "stock"}],
        "metrics": [{"key": "s.m", "scheme": "s", "measure": "m", "nature": "stock"}]})")
                                    << QStringLiteral("metric \"s.m\"");
    QTest::newRow("bad nature") << QByteArray(
        R"({"schema": "bilan.metrics/1", "measures": [{"key": "m", "nature": "forever"}]})")
                                << QStringLiteral("unknown nature");
}

void tst_ConsistencyChecker::badTaxonomyRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const auto t = MetricTaxonomy::fromJson(json, QStringLiteral("metrics.json"));
    QVERIFY(!t);
    QVERIFY2(t.error().startsWith(QStringLiteral("metrics.json: ")), qPrintable(t.error()));
    QVERIFY2(t.error().contains(problem), qPrintable(t.error()));
}

void tst_ConsistencyChecker::intervals_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("14 millions") << QStringLiteral("Il y a 14 millions de dossiers.") << 13.5e6 << 14.5e6;
    QTest::newRow("11,1 millions") << QStringLiteral("Il y a 11,1 millions de personnes.") << 11.05e6
                                   << 11.15e6;
    QTest::newRow("734.000") << QStringLiteral("Il y a 734.000 dossiers.") << 733500.0 << 734500.0;
    QTest::newRow("9. 255") << QStringLiteral("Il y a 9. 255 dossiers.") << 9254.5 << 9255.5;
    QTest::newRow("plus de") << QStringLiteral("Il y a plus de 12 millions de dossiers.") << 12e6 << qInf();
    QTest::newRow("près de") << QStringLiteral("Il y a près de 11 millions de personnes.") << 10.45e6
                             << 11.55e6;
    QTest::newRow("moins de") << QStringLiteral("Il y a moins de 500 agences.") << 0.0 << 500.0;
}

void tst_ConsistencyChecker::intervals()
{
    QFETCH(QString, sentence);
    QFETCH(double, low);
    QFETCH(double, high);
    const Article a = article(QStringLiteral("Test"), sentence);
    QCOMPARE(a.claims.size(), 1);
    const auto range = ConsistencyChecker::interval(a, a.claims[0]);
    QVERIFY2(qFuzzyCompare(range.low + 1, low + 1), qPrintable(QString::number(range.low, 'f')));
    QVERIFY2(std::isinf(high) ? std::isinf(range.high) : qFuzzyCompare(range.high, high),
             qPrintable(QString::number(range.high, 'f')));
}

void tst_ConsistencyChecker::metricAssignment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("metric");
    QTest::newRow("scheme in the sentence")
        << QStringLiteral("L'AMO Tadamon compte 11 millions de bénéficiaires.")
        << QStringLiteral("11 millions") << QStringLiteral("tadamon.beneficiaries");
    QTest::newRow("specific beats generic") << QStringLiteral(
        "Concernant les travailleurs non salariés, 3,5 millions de personnes ont été intégrées à l'AMO.")
                                            << QStringLiteral("3,5 millions")
                                            << QStringLiteral("tns.beneficiaries");
    QTest::newRow("carried from the paragraph")
        << QStringLiteral("Le régime des TNS progresse. La CNSS a traité 3,8 millions de dossiers.")
        << QStringLiteral("3,8 millions") << QStringLiteral("tns.files_reimbursed");
    QTest::newRow("carried from an earlier paragraph") << QStringLiteral(
        "Le régime AMO Tadamon a été lancé en 2022.\n\nDepuis, 14 millions de dossiers ont été déposés.")
                                                       << QStringLiteral("14 millions")
                                                       << QStringLiteral("tadamon.files_submitted");
    QTest::newRow("money needs a word") << QStringLiteral("L'AMO Tadamon verse un soutien de 500 dirhams.")
                                        << QStringLiteral("500") << QString();
    QTest::newRow("amount paid") << QStringLiteral(
        "Pour l'AMO Tadamon, le montant remboursé atteint 17 milliards de dirhams.")
                                 << QStringLiteral("17 milliards")
                                 << QStringLiteral("tadamon.amount_reimbursed");
    QTest::newRow("a change is not a rate")
        << QStringLiteral("Le taux de couverture de l'AMO est en hausse de 7,3 %.") << QStringLiteral("7,3 %")
        << QString();
    QTest::newRow("no unit no metric")
        << QStringLiteral("L'AMO Tadamon a 3 ans d'existence.") << QStringLiteral("3") << QString();
}

void tst_ConsistencyChecker::metricAssignment()
{
    QFETCH(QString, text);
    QFETCH(QString, figure);
    QFETCH(QString, metric);
    const Article a = article(QStringLiteral("Test"), text);
    const QString got = metricOf(a, figure);
    // Every row's figure is a claim: a figure the extractor stopped reading fails the row.
    QVERIFY2(!got.startsWith(u'<'),
             qPrintable(QStringLiteral("%1 is not a claim here: %2").arg(figure, got)));
    QCOMPARE(got, metric);
}

void tst_ConsistencyChecker::bundledMetricsAgainstGold()
{
    QFile f(QStringLiteral(BILAN_TEST_DATA "/metrics/bundled-gold.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject gold
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("claims")).toObject();
    QVERIFY(gold.size() >= 60);
    QList<Article> articles = Corpus::loadBundled().articles;
    QHash<QString, QString> got;
    for (Article &a : articles) {
        ClaimExtractor::extractInto(a);
        const CodePointMap map(a.text);
        for (const Claim &c : a.claims)
            got.insert(ArticleJson::claimId(a, c, map), c.metric);
    }
    int right = 0;
    QStringList wrong;
    for (auto it = gold.begin(); it != gold.end(); ++it) {
        QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
        if (got.value(it.key()) == it.value().toString())
            ++right;
        else
            wrong << QStringLiteral("%1: %2 instead of %3")
                         .arg(it.key(), got.value(it.key()), it.value().toString());
    }
    const double accuracy = double(right) / gold.size();
    qInfo("metrics: %d of %d as the annotator (%.1f %%)", right, int(gold.size()), accuracy * 100);
    for (const QString &w : std::as_const(wrong))
        qInfo("  %s", qPrintable(w));
    // Exactly the three the gold notes explain: a headline's "traités" read as reimbursed, and
    // two counts of 002 whose period the article dropped. Any other difference, or one of these
    // mended, fails until the gold file and the README say so.
    wrong.sort();
    QCOMPARE(
        wrong,
        (QStringList {
            QStringLiteral("002_10f619c67a4967b3#2424: amo.files_reimbursed instead of "),
            QStringLiteral("002_10f619c67a4967b3#2449: amo.files_reimbursed instead of "),
            QStringLiteral("003_eeea78cfebe039dd#4570: amo.files_reimbursed instead of amo.files_processed"),
        }));
    QCOMPARE(right, int(gold.size()) - 3);
}

void tst_ConsistencyChecker::contradiction()
{
    const QList<Article> flagged = {
        article(QStringLiteral("Le360"),
                QStringLiteral(
                    "Selon la CNSS, l'AMO Tadamon compte 3,8 millions de bénéficiaires à fin mars 2025.")),
        article(QStringLiteral("Médias24"),
                QStringLiteral(
                    "Selon la CNSS, l'AMO Tadamon compte 3,6 millions de bénéficiaires à fin mars 2025.")),
    };
    const QList<Finding> f = ofKind(ConsistencyChecker::check(flagged), QStringLiteral("contradiction"));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].metric, QStringLiteral("tadamon.beneficiaries"));
    QCOMPARE(f[0].claims.size(), 2);
    QVERIFY(!f[0].informative);
    QVERIFY2(f[0].message.contains(QStringLiteral("3,8 millions"))
                 && f[0].message.contains(QStringLiteral("Médias24")),
             qPrintable(f[0].message));
    // Cut short or rounded, 3,6 millions is never 3,75 million or more.
    const QList<Article> apart = {
        article(
            QStringLiteral("Le360"),
            QStringLiteral("Selon la CNSS, l'AMO Tadamon compte 3.752.000 bénéficiaires à fin mars 2025.")),
        article(QStringLiteral("Médias24"),
                QStringLiteral(
                    "Selon la CNSS, l'AMO Tadamon compte 3,6 millions de bénéficiaires à fin mars 2025.")),
    };
    QCOMPARE(ofKind(ConsistencyChecker::check(apart), QStringLiteral("contradiction")).size(), 1);
    // An article that writes its figure twice: each value and source named once, every claim kept.
    const QList<Article> twice = {
        article(QStringLiteral("Le360"),
                QStringLiteral("Selon la CNSS, l'AMO Tadamon compte 3,8 millions de bénéficiaires à fin mars "
                               "2025.\n\nSelon la CNSS, l'AMO Tadamon compte 3,8 millions de bénéficiaires à "
                               "fin mars 2025.")),
        article(QStringLiteral("Médias24"),
                QStringLiteral(
                    "Selon la CNSS, l'AMO Tadamon compte 3,6 millions de bénéficiaires à fin mars 2025.")),
    };
    const QList<Finding> once = ofKind(ConsistencyChecker::check(twice), QStringLiteral("contradiction"));
    QCOMPARE(once.size(), 1);
    QCOMPARE(once[0].claims.size(), 3);
    QCOMPARE(once[0].message.count(QStringLiteral("3,8 millions")), 1);
    // Near misses: qualifiers and rounding reconcile them.
    const QList<Article> compatible = {
        article(QStringLiteral("Le360"),
                QStringLiteral("L'AMO Tadamon compte plus de 12 millions de bénéficiaires à fin mars 2025.")),
        article(QStringLiteral("Médias24"),
                QStringLiteral("L'AMO Tadamon compte 14 millions de bénéficiaires à fin mars 2025.")),
        article(QStringLiteral("TelQuel"),
                QStringLiteral("L'AMO TNS compte près de 11 millions de bénéficiaires à fin mars 2025.")),
        article(QStringLiteral("Hespress"),
                QStringLiteral("L'AMO TNS compte 11,1 millions de bénéficiaires à fin mars 2025.")),
        // Another date: not the same moment.
        article(QStringLiteral("L'Économiste"),
                QStringLiteral("L'AMO Tadamon compte 3 millions de bénéficiaires à fin mars 2023.")),
        // A count in millions cut short, not rounded: 3,96 millions for 3 967 857.
        article(QStringLiteral("Le Site info"),
                QStringLiteral("L'AMO Tadamon compte 3.967.857 bénéficiaires à fin juin 2024.")),
        article(QStringLiteral("L'Économiste"),
                QStringLiteral("L'AMO Tadamon compte 3,96 millions de bénéficiaires à fin juin 2024.")),
    };
    QVERIFY(ofKind(ConsistencyChecker::check(compatible), QStringLiteral("contradiction")).isEmpty());
    // Near miss: one article giving a metric's total and its part, or its change, at one date.
    const Article breakdown = article(
        QStringLiteral("L'Économiste"),
        QStringLiteral("Pour l'AMO Tadamon, 14 millions de dossiers ont été déposés à fin mars 2025, dont "
                       "3 millions de dossiers déposés à fin mars 2025 dans la région de Casablanca."));
    QCOMPARE(metricOf(breakdown, QStringLiteral("14 millions")), QStringLiteral("tadamon.files_submitted"));
    QCOMPARE(metricOf(breakdown, QStringLiteral("3 millions")), QStringLiteral("tadamon.files_submitted"));
    QVERIFY(ofKind(ConsistencyChecker::check({breakdown}), QStringLiteral("contradiction")).isEmpty());
}

void tst_ConsistencyChecker::decrease()
{
    const QList<Article> falling = {
        article(QStringLiteral("Le360"),
                QStringLiteral(
                    "Pour l'AMO Tadamon, 12 millions de dossiers ont été déposés à fin janvier 2025.")),
        article(
            QStringLiteral("Médias24"),
            QStringLiteral("Pour l'AMO Tadamon, 10 millions de dossiers ont été déposés à fin avril 2025.")),
    };
    const QList<Finding> f = ofKind(ConsistencyChecker::check(falling), QStringLiteral("decrease"));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].metric, QStringLiteral("tadamon.files_submitted"));
    QVERIFY2(f[0].message.contains(QStringLiteral("running total")), qPrintable(f[0].message));
    // Near misses: a stock may go down; a total that grows; a year against a month.
    const QList<Article> fine = {
        article(QStringLiteral("Le360"),
                QStringLiteral("L'AMO TNS compte 3,9 millions de bénéficiaires à fin janvier 2025.")),
        article(QStringLiteral("Médias24"),
                QStringLiteral("L'AMO TNS compte 3,5 millions de bénéficiaires à fin avril 2025.")),
        article(QStringLiteral("TelQuel"),
                QStringLiteral(
                    "Pour l'AMO Tadamon, 12 millions de dossiers ont été déposés à fin janvier 2025.")),
        article(
            QStringLiteral("Hespress"),
            QStringLiteral("Pour l'AMO Tadamon, 14 millions de dossiers ont été déposés à fin mars 2025.")),
        article(QStringLiteral("Le Matin"),
                QStringLiteral("Pour l'AMO Tadamon, 13 millions de dossiers ont été déposés en 2025.")),
    };
    QVERIFY(ofKind(ConsistencyChecker::check(fine), QStringLiteral("decrease")).isEmpty());
}

void tst_ConsistencyChecker::dateMismatch()
{
    const QList<Article> moved = {
        article(QStringLiteral("Hespress"),
                QStringLiteral("L'AMO Tadamon compte 11,1 millions de bénéficiaires à fin février 2025.")),
        article(QStringLiteral("Le360"),
                QStringLiteral("L'AMO Tadamon compte 11,1 millions de bénéficiaires à fin mars 2025.")),
    };
    const QList<Finding> f = ofKind(ConsistencyChecker::check(moved), QStringLiteral("date_mismatch"));
    QCOMPARE(f.size(), 1);
    QVERIFY(f[0].informative);
    QVERIFY(f[0].message.contains(QStringLiteral("11,1 millions")));
    // A page that repeats itself names each date and source once.
    const QList<Article> repeated = {
        article(
            QStringLiteral("Hespress"),
            QStringLiteral("L'AMO Tadamon compte 11,1 millions de bénéficiaires à fin février 2025.\n\nL'AMO "
                           "Tadamon compte 11,1 millions de bénéficiaires à fin février 2025.")),
        moved[1],
    };
    const QList<Finding> once = ofKind(ConsistencyChecker::check(repeated), QStringLiteral("date_mismatch"));
    QCOMPARE(once.size(), 1);
    QCOMPARE(once[0].claims.size(), 3);
    QCOMPARE(once[0].message.count(QStringLiteral("Hespress")), 1);
    // Near miss: the same figure and the same date.
    const QList<Article> same = {
        article(QStringLiteral("Hespress"),
                QStringLiteral("L'AMO Tadamon compte 11,1 millions de bénéficiaires à fin mars 2025.")),
        article(QStringLiteral("Le360"),
                QStringLiteral("L'AMO Tadamon compte 11,1 millions de bénéficiaires à fin mars 2025.")),
    };
    QVERIFY(ofKind(ConsistencyChecker::check(same), QStringLiteral("date_mismatch")).isEmpty());
    // A week's count has its days: the same count for two weeks is worth a note.
    QList<Article> weeks = {
        article(
            QStringLiteral("Sahafati"),
            QStringLiteral("Du 10 au 16 février 2025, 807 cas de rougeole ont été enregistrés dans la région "
                           "de Rabat-Salé-Kénitra.")),
        article(
            QStringLiteral("La Vie éco"),
            QStringLiteral("Du 17 au 23 février 2025, 807 cas de rougeole ont été enregistrés dans la région "
                           "de Rabat-Salé-Kénitra.")),
    };
    const MetricSet weekly = MetricSet::discover(weeks);
    QCOMPARE(ofKind(ConsistencyChecker::check(weeks, MetricTaxonomy::bundled(), {}, &weekly),
                    QStringLiteral("date_mismatch"))
                 .size(),
             1);
    // Not a year's amount given for two years: an amount per year has no finer date.
    QList<Article> years = {
        article(QStringLiteral("Le360"),
                QStringLiteral("En 2023, les exportations de tomates ont atteint 9,5 milliards de dirhams.")),
        article(QStringLiteral("Médias24"),
                QStringLiteral("En 2024, les exportations de tomates ont atteint 9,5 milliards de dirhams.")),
    };
    const MetricSet yearly = MetricSet::discover(years);
    QVERIFY(ofKind(ConsistencyChecker::check(years, MetricTaxonomy::bundled(), {}, &yearly),
                   QStringLiteral("date_mismatch"))
                .isEmpty());
}

void tst_ConsistencyChecker::ratio()
{
    const QString base = QStringLiteral("Pour l'AMO Tadamon, 12 millions de dossiers ont été remboursés pour "
                                        "un montant de 17 milliards de dirhams.");
    const QList<Article> off = {
        article(QStringLiteral("Hespress"),
                QStringLiteral("Pour l'AMO Tadamon, 500.000 dossiers ont été remboursés pour un montant de 8 "
                               "milliards de dirhams.")),
        article(QStringLiteral("Le360"), base),
    };
    const QList<Finding> f = ofKind(ConsistencyChecker::check(off), QStringLiteral("ratio"));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].claims.size(), 4);
    QVERIFY2(f[0].message.contains(QStringLiteral("Hespress"))
                 && f[0].message.contains(QStringLiteral("11 times")),
             qPrintable(f[0].message));
    // Near miss: five times off is not an order of magnitude.
    const QList<Article> near = {
        article(QStringLiteral("Hespress"),
                QStringLiteral("Pour l'AMO Tadamon, 2 millions de dossiers ont été remboursés pour un "
                               "montant de 14 milliards de dirhams.")),
        article(QStringLiteral("Le360"), base),
    };
    QVERIFY(ofKind(ConsistencyChecker::check(near), QStringLiteral("ratio")).isEmpty());
}

void tst_ConsistencyChecker::repeated()
{
    const QString speech
        = QStringLiteral("L'AMO Tadamon compte 4 millions de familles et 11 millions de bénéficiaires. "
                         "Pour l'AMO Tadamon, 14 millions de dossiers ont été déposés.");
    const QList<Article> relayed
        = {article(QStringLiteral("Le360"), speech), article(QStringLiteral("Médias24"), speech)};
    const QList<Finding> f = ofKind(ConsistencyChecker::check(relayed), QStringLiteral("repeated"));
    QCOMPARE(f.size(), 1);
    QVERIFY(f[0].informative);
    QCOMPARE(f[0].claims.size(), 6);
    // Two sources named alike are told apart by their files.
    QList<Article> alike {article(QString(), speech), article(QString(), speech)};
    alike[0].id = QStringLiteral("hespress");
    alike[1].id = QStringLiteral("le360");
    const QList<Finding> same = ofKind(ConsistencyChecker::check(alike), QStringLiteral("repeated"));
    QCOMPARE(same.size(), 1);
    QVERIFY2(same[0].message.contains(QStringLiteral("« AMO : le point » (hespress)"))
                 && same[0].message.contains(QStringLiteral("« AMO : le point » (le360)")),
             qPrintable(same[0].message));
    // Near miss: two shared figures in two outlets are no relay.
    const QList<Article> two = {
        article(
            QStringLiteral("Le360"),
            QStringLiteral("L'AMO Tadamon compte 4 millions de familles et 11 millions de bénéficiaires.")),
        article(
            QStringLiteral("Médias24"),
            QStringLiteral("L'AMO Tadamon compte 4 millions de familles et 11 millions de bénéficiaires.")),
    };
    QVERIFY(ofKind(ConsistencyChecker::check(two), QStringLiteral("repeated")).isEmpty());

    // Two outlets relaying one dispatch in their own words: the figures' metrics differ with the
    // wording, their values, units and dates do not.
    QList<Article> reworded {
        article(QStringLiteral("Fedenerg"),
                QStringLiteral("À fin avril 2018, la production de l'ONEE a progressé de 12,6 %, les "
                               "importations ont reculé de 17,7 % et la consommation a augmenté de 3,3 %."),
                QStringLiteral("2018-06-01")),
        article(
            QStringLiteral("Perspectives Med"),
            QStringLiteral("À fin avril 2018, l'électricité produite par l'Office est en hausse de 12,6 %, "
                           "le volume importé en baisse de 17,7 % et l'énergie appelée en hausse de 3,3 %."),
            QStringLiteral("2018-06-02")),
    };
    MetricSet metrics = MetricSet::discover(reworded);
    const QList<Finding> relay
        = ofKind(ConsistencyChecker::check(reworded, MetricTaxonomy::bundled(), {}, &metrics),
                 QStringLiteral("repeated"));
    QCOMPARE(relay.size(), 1);
    QCOMPARE(relay[0].claims.size(), 6);
    // The same values at another date are no relay of the same dispatch.
    reworded[1] = article(
        QStringLiteral("Perspectives Med"),
        QStringLiteral("À fin mai 2019, l'électricité produite par l'Office est en hausse de 12,6 %, "
                       "le volume importé en baisse de 17,7 % et l'énergie appelée en hausse de 3,3 %."),
        QStringLiteral("2019-07-02"));
    metrics = MetricSet::discover(reworded);
    QVERIFY(ofKind(ConsistencyChecker::check(reworded, MetricTaxonomy::bundled(), {}, &metrics),
                   QStringLiteral("repeated"))
                .isEmpty());

    // A copy with no date and its own words: four figures or more in the same order, one precise,
    // are one dispatch whatever the units and metrics.
    auto relayOf = [](const QString &copy, const QString &published) {
        QList<Article> pair {
            article(
                QStringLiteral("Le Brief"),
                QStringLiteral("Le taux d'avancement atteint 91,33 %, avec près de 24.000 habitations "
                               "reconstruites. Il atteindra 93 % fin septembre puis 96 %, et 23.500 maisons "
                               "effondrées ont été déblayées."),
                published),
            article(QStringLiteral("Portail Sud"), copy, QStringLiteral("2025-09-08")),
        };
        MetricSet set = MetricSet::discover(pair);
        return ofKind(ConsistencyChecker::check(pair, MetricTaxonomy::bundled(), {}, &set),
                      QStringLiteral("repeated"));
    };
    const QString copy = QStringLiteral(
        "Les travaux sont achevés à 91,33 % et 24.000 logements ont été rebâtis. On prévoit 93 % à la fin du "
        "mois, 96 % ensuite ; 23.500 maisons effondrées ont été dégagées.");
    const QList<Finding> copied = relayOf(copy, QString());
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied[0].claims.size(), 10);
    // The same figures in another order are not one text copied.
    QVERIFY(relayOf(QStringLiteral("On prévoit 96 %, puis 93 %. 23.500 maisons effondrées ont été dégagées, "
                                   "24.000 logements rebâtis, et les travaux sont achevés à 91,33 %."),
                    QString())
                .isEmpty());
    // Two long copies of one page: their figures in order without a table of a million cells.
    QString page;
    for (int i = 0; i < 1100; ++i)
        page += QStringLiteral("Les recettes ont atteint %1,7 milliards de dirhams. ").arg(100 + i);
    QList<Article> copies {article(QStringLiteral("Le Brief"), page, QString()),
                           article(QStringLiteral("Portail Sud"), page, QString())};
    MetricSet copiesSet = MetricSet::discover(copies);
    const QList<Finding> longCopies
        = ofKind(ConsistencyChecker::check(copies, MetricTaxonomy::bundled(), {}, &copiesSet),
                 QStringLiteral("repeated"));
    QCOMPARE(longCopies.size(), 1);
    QCOMPARE(longCopies[0].claims.size(), 2200);
    // Nor are round figures alone: "91 %" is no dispatch's own.
    QVERIFY(relayOf(QStringLiteral("Les travaux sont achevés à 91 %, 24.000 logements ont été rebâtis, on "
                                   "prévoit 93 % puis 96 % et 23.000 maisons ont été dégagées."),
                    QString())
                .isEmpty());

    // One total in three articles, written to more digits in one: "27,091 millions", "27 millions"
    // and "plus de 27 millions" of one year.
    auto traffic = [](const QString &outlet, const QString &figure, const QString &published) {
        return article(
            outlet,
            QStringLiteral("Les aéroports du Royaume ont accueilli %1 de passagers en 2023.").arg(figure),
            published);
    };
    QList<Article> rounded {
        traffic(QStringLiteral("Le360"), QStringLiteral("27,091 millions"), QStringLiteral("2024-01-20")),
        traffic(QStringLiteral("L'Observateur"), QStringLiteral("27 millions"), QStringLiteral("2024-02-03")),
        traffic(QStringLiteral("Libération"), QStringLiteral("plus de 27 millions"),
                QStringLiteral("2024-05-14"))};
    MetricSet roundedSet = MetricSet::discover(rounded);
    const QList<Finding> roundedNotes
        = ofKind(ConsistencyChecker::check(rounded, MetricTaxonomy::bundled(), {}, &roundedSet),
                 QStringLiteral("repeated"));
    QCOMPARE(roundedNotes.size(), 1);
    QVERIFY(roundedNotes[0].informative);
    QCOMPARE(roundedNotes[0].claims.size(), 3);
    QVERIFY2(roundedNotes[0].message.contains(QStringLiteral("27 millions")),
             qPrintable(roundedNotes[0].message));
    // Not another year's figure that rounds the same: 26,8 millions in 2019 is not the 2023 total.
    rounded[0] = article(
        QStringLiteral("Le360"),
        QStringLiteral("Les aéroports du Royaume ont accueilli 26,8 millions de passagers en 2019."),
        QStringLiteral("2024-01-20"));
    roundedSet = MetricSet::discover(rounded);
    QVERIFY(ofKind(ConsistencyChecker::check(rounded, MetricTaxonomy::bundled(), {}, &roundedSet),
                   QStringLiteral("repeated"))
                .isEmpty());
}

// What `bilan-cli check` reports on the bundled bilan (README, "What Bilan finds"). The two
// flags are the real inconsistencies of those five articles (tests/data/findings/bundled-expected.md).
// The window, the CLI and the PDF check the metrics discovered across the bilan (the taxonomy
// a preset): on the bundled bilan they find what the taxonomy's metrics find.
void tst_ConsistencyChecker::bundledFindingsOnDiscoveredMetrics()
{
    const QList<Article> articles = TestSupport::bundledExtracted();
    const QList<Finding> expected = ConsistencyChecker::check(articles);
    const auto doc = ProjectDocument::fromArticles(articles);
    const QList<Finding> &got = doc->findings();
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].kind, expected[i].kind);
        QCOMPARE(got[i].informative, expected[i].informative);
        QCOMPARE(got[i].claims, expected[i].claims);
        QCOMPARE(got[i].message, expected[i].message);
    }
}

// One precise figure at two dates with another between: copied. The same figure at two dates
// alone is only a date mismatch.
void tst_ConsistencyChecker::copiedValues()
{
    QList<Article> articles {
        article(QStringLiteral("Le Matin"),
                QStringLiteral("À Rabat, le parc automobile comptait 1.234.567 véhicules en janvier 2024."),
                QStringLiteral("2024-02-01")),
        article(QStringLiteral("Médias24"),
                QStringLiteral("À Rabat, le parc automobile comptait 1.251.903 véhicules en mars 2024."),
                QStringLiteral("2024-04-01")),
        article(QStringLiteral("L'Economiste"),
                QStringLiteral("À Rabat, le parc automobile comptait 1.234.567 véhicules en juin 2024."),
                QStringLiteral("2024-07-01")),
    };
    MetricSet metrics = MetricSet::discover(articles);
    QList<Finding> copied
        = ofKind(ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &metrics),
                 QStringLiteral("copied"));
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied[0].claims.size(), 3);
    QVERIFY2(copied[0].message.contains(QStringLiteral("1,25 million (Médias24, mars 2024)")),
             qPrintable(copied[0].message));
    articles.removeAt(1);
    metrics = MetricSet::discover(articles);
    QVERIFY(ofKind(ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &metrics),
                   QStringLiteral("copied"))
                .isEmpty());
}

// An amount outstanding at a date is a stock, whatever period its date names: one series across
// dates ("durant les neuf premiers mois", "à fin janvier"), and the same figure at two dates is
// noted.
void tst_ConsistencyChecker::outstandingAmountIsAStock()
{
    QList<Article> articles {
        article(QStringLiteral("Libération"),
                QStringLiteral(
                    "L'encours du crédit bancaire s'est établi à 1.137,1 milliards de dirhams durant les "
                    "neuf premiers mois de 2024."),
                QStringLiteral("2024-11-02")),
        article(
            QStringLiteral("Infomédiaire"),
            QStringLiteral("À fin janvier 2024, l'encours du crédit bancaire ressort à 1.089,1 milliards de "
                           "dirhams."),
            QStringLiteral("2024-03-02")),
    };
    MetricSet metrics = MetricSet::discover(articles);
    QVERIFY(!articles[0].claims.isEmpty() && !articles[1].claims.isEmpty());
    QCOMPARE(articles[0].claims[0].metric, articles[1].claims[0].metric);
    QCOMPARE(metrics.metric(articles[0].claims[0].metric)->nature, MetricTaxonomy::Nature::Stock);
}

// A running total since January goes down from one year to the next: not a decrease. Within
// one year it is.
void tst_ConsistencyChecker::runningTotalSinceJanuaryRestartsEachYear()
{
    QList<Article> articles {
        article(QStringLiteral("Le Matin"),
                QStringLiteral(
                    "À Agadir, 2.345.678 nuitées ont été réalisées durant les six premiers mois de 2018."),
                QStringLiteral("2018-07-10")),
        article(QStringLiteral("Médias24"),
                QStringLiteral(
                    "À Agadir, 2.102.345 nuitées ont été réalisées durant les six premiers mois de 2019."),
                QStringLiteral("2019-07-10")),
    };
    MetricSet metrics = MetricSet::discover(articles);
    QVERIFY(!articles[0].claims.isEmpty() && !articles[1].claims.isEmpty());
    QCOMPARE(articles[0].claims[0].metric, articles[1].claims[0].metric);
    QCOMPARE(metrics.metric(articles[0].claims[0].metric)->nature, MetricTaxonomy::Nature::Cumulative);
    QVERIFY(ofKind(ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &metrics),
                   QStringLiteral("decrease"))
                .isEmpty());
    articles << article(
        QStringLiteral("L'Economiste"),
        QStringLiteral("À Agadir, 1.987.654 nuitées ont été réalisées durant les neuf premiers mois "
                       "de 2018."),
        QStringLiteral("2018-10-10"));
    metrics = MetricSet::discover(articles);
    QCOMPARE(ofKind(ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &metrics),
                    QStringLiteral("decrease"))
                 .size(),
             1);
}

// A volume and a filling rate given together imply a capacity: the source whose pair implies
// another is flagged with the value it implies; the others stay silent.
void tst_ConsistencyChecker::pairsGivenTogether()
{
    QList<Article> articles;
    const QList<std::pair<const char *, const char *>> pairs {
        {"2,6 milliards de m³ le 10 mars 2024, soit un taux de remplissage de 74 %", "2024-03-11"},
        {"2,11 milliards de m³ le 10 janvier 2024, soit un taux de remplissage de 60 %", "2024-01-11"},
        {"2,81 milliards de m³ le 10 mai 2024, soit un taux de remplissage de 80 %", "2024-05-11"},
        {"3,1 milliards de m³ le 10 juin 2024, soit un taux de remplissage de 74 %", "2024-06-11"},
    };
    int n = 0;
    for (const auto &[text, date] : pairs)
        articles << article(QStringLiteral("Source %1").arg(++n),
                            QStringLiteral("Le barrage Al Wahda retenait ") + QString::fromUtf8(text) + u'.',
                            QString::fromUtf8(date));
    const MetricSet metrics = MetricSet::discover(articles);
    const QList<Finding> found = ofKind(
        ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &metrics), QStringLiteral("pair"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].claims.first().first, 3);
    QVERIFY2(found[0].message.contains(QStringLiteral("Source 4")), qPrintable(found[0].message));
    QVERIFY2(found[0].message.contains(QStringLiteral("implies 4,19 milliards")),
             qPrintable(found[0].message));
    QVERIFY2(found[0].message.contains(QStringLiteral("implies 3,51 milliards")),
             qPrintable(found[0].message));

    // Two small counts of one day have no ratio of their own: their rounding leaves it anywhere
    // from 1,1 to 1,3 ("Douze nouveaux cas … et dix guérisons").
    auto flagsOf = [](const QStringList &texts) {
        QList<Article> list;
        int n = 0;
        for (const QString &text : texts) {
            ++n;
            list << article(QStringLiteral("Bulletin %1").arg(n), text,
                            QStringLiteral("2022-0%1-15").arg(n + 1));
        }
        const MetricSet set = MetricSet::discover(list);
        return ofKind(ConsistencyChecker::check(list, MetricTaxonomy::bundled(), {}, &set),
                      QStringLiteral("pair"));
    };
    QVERIFY(flagsOf({QStringLiteral("Le pays a enregistré 51 nouveaux cas et 38 guérisons."),
                     QStringLiteral("Le pays a enregistré 12 nouveaux cas et 10 guérisons."),
                     QStringLiteral("Le pays a enregistré 21 nouveaux cas et 13 guérisons.")})
                .isEmpty());
    // Nor has a rate with its change: "15,1 %, en hausse de 1,9 point".
    QVERIFY(flagsOf({QStringLiteral("Le taux de chômage atteint 13,1 %, en hausse de 0,8 point."),
                     QStringLiteral("Le taux de chômage atteint 14,6 %, en hausse de 0,9 point."),
                     QStringLiteral("Le taux de chômage atteint 15,1 %, en hausse de 1,9 point.")})
                .isEmpty());
}

void tst_ConsistencyChecker::bundledFindingsPinned()
{
    QList<Article> articles = TestSupport::bundledExtracted();
    const QList<Finding> findings = ConsistencyChecker::check(articles);
    QList<QStringList> got;
    QList<CodePointMap> maps;
    for (const Article &a : articles)
        maps.append(CodePointMap(a.text));
    for (const Finding &f : findings) {
        QStringList ids;
        for (const auto &[a, c] : f.claims)
            ids << ArticleJson::claimId(articles[a], articles[a].claims[c], maps[a]);
        got.append(QStringList {f.kind, f.informative ? QStringLiteral("note") : QStringLiteral("flag")}
                   + ids);
    }
    auto has = [&](const QString &kind, const QStringList &ids) {
        return std::any_of(got.begin(), got.end(), [&](const QStringList &g) {
            return g[0] == kind
                && std::all_of(ids.begin(), ids.end(), [&](const QString &id) { return g.contains(id); });
        });
    };
    QCOMPARE(std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return !f.informative; }),
             2);
    QVERIFY(has(QStringLiteral("decrease"),
                {QStringLiteral("003_eeea78cfebe039dd#10377"), QStringLiteral("004_f861fe9495e6afc7#2599")}));
    QVERIFY(has(QStringLiteral("ratio"),
                {QStringLiteral("003_eeea78cfebe039dd#9137"), QStringLiteral("003_eeea78cfebe039dd#9079"),
                 QStringLiteral("001_ef2eaf0469eb97a0#1249"), QStringLiteral("001_ef2eaf0469eb97a0#1183")}));
    QVERIFY(has(QStringLiteral("date_mismatch"),
                {QStringLiteral("003_eeea78cfebe039dd#8247"), QStringLiteral("002_10f619c67a4967b3#1298")}));
    QVERIFY(has(QStringLiteral("repeated"),
                {QStringLiteral("001_ef2eaf0469eb97a0#1531"), QStringLiteral("004_f861fe9495e6afc7#2577")}));
    QVERIFY(has(QStringLiteral("repeated"),
                {QStringLiteral("002_10f619c67a4967b3#1807"), QStringLiteral("003_eeea78cfebe039dd#10222")}));
    QVERIFY(has(QStringLiteral("repeated"),
                {QStringLiteral("002_10f619c67a4967b3#1248"), QStringLiteral("003_eeea78cfebe039dd#9636"),
                 QStringLiteral("004_f861fe9495e6afc7#1337")}));
    QCOMPARE(findings.size(), 6);
    // The near misses of bundled-expected.md stay silent: no contradiction at all.
    QVERIFY(ofKind(findings, QStringLiteral("contradiction")).isEmpty());
}

void tst_ConsistencyChecker::findingsJson()
{
    QList<Article> articles = TestSupport::bundledExtracted();
    const QList<Finding> findings = ConsistencyChecker::check(articles);
    const QJsonObject root = QJsonDocument::fromJson(ConsistencyChecker::toJson(articles, findings)).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("bilan.findings/1"));
    const QJsonArray list = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(list.size(), findings.size());
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"kind", "metric", "message", "claims"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("claims")).toArray().size() >= 2);
    }
    QVERIFY(!root.value(QStringLiteral("unassigned")).toArray().isEmpty());
    // markFlags: the claims of a flag get 2, those only in notes 1.
    ConsistencyChecker::markFlags(articles, findings);
    const auto [a, c] = findings.first().claims.first();
    QCOMPARE(articles[a].claims[c].flag, quint8(2));
}

QTEST_GUILESS_MAIN(tst_ConsistencyChecker)
#include "tst_consistencychecker.moc"
