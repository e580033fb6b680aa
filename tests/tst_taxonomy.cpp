// SPDX-License-Identifier: GPL-3.0-or-later
// The journalist owns the taxonomy (issue 14, docs/metrics.md "Owning the taxonomy"): rename,
// merge, split, move, natures and claims left out of the comparisons, on the discovered metrics
// of a set with no preset (tests/data/eval/tourisme). Each change is one undo step, is in the
// project after closing and reopening it, and a merge is learned: an article added later
// follows it. Presets carry the decisions to another project.
#include "extraction/claimextractor.h"
#include "metrics/metricrules.h"
#include "project/projectdocument.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<Article> tourism()
{
    LoadReport report = Corpus::loadManifest(QStringLiteral(BILAN_TEST_DATA "/eval/tourisme/manifest.json"));
    for (Article &a : report.articles)
        ClaimExtractor::extractInto(a);
    return report.articles;
}

// The metrics' ids, largest first (then by id): what the tests pick from.
QStringList bySize(const MetricSet &set)
{
    QList<const MetricSet::Metric *> metrics;
    for (const MetricSet::Metric &m : set.metrics())
        metrics << &m;
    std::sort(metrics.begin(), metrics.end(), [](const auto *x, const auto *y) {
        return x->claims.size() != y->claims.size() ? x->claims.size() > y->claims.size() : x->id < y->id;
    });
    QStringList ids;
    for (const auto *m : metrics)
        ids << m->id;
    return ids;
}

// Each metric's claims, as claim keys: what a reopened project must show again.
QMap<QString, QList<ClaimKey>> grouping(const ProjectDocument &doc)
{
    QMap<QString, QList<ClaimKey>> out;
    for (const MetricSet::Metric &m : doc.metrics().metrics()) {
        for (const auto &[a, c] : m.claims)
            out[m.id] << doc.keyOf(a, c);
    }
    return out;
}

QList<ClaimKey> keysOf(const ProjectDocument &doc, const QString &metric)
{
    QList<ClaimKey> keys;
    if (const MetricSet::Metric *m = doc.metrics().metric(metric)) {
        for (const auto &[a, c] : m->claims)
            keys << doc.keyOf(a, c);
    }
    return keys;
}

} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Article> m_articles;
    int m_count = 0;

    QString newPath()
    {
        return TestSupport::projectLocation(m_dir, QStringLiteral("t%1.bilan").arg(++m_count));
    }
    std::unique_ptr<ProjectDocument> create(const QString &path, const QList<Article> &articles)
    {
        auto doc = ProjectDocument::create(path, articles);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        return std::move(doc).value();
    }
    static std::unique_ptr<ProjectDocument> reopen(std::unique_ptr<ProjectDocument> &doc)
    {
        const QString path = doc->path();
        doc.reset();
        auto again = ProjectDocument::open(path);
        if (!again)
            qFatal("%s", qPrintable(again.error()));
        return std::move(again).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_articles = tourism();
        QVERIFY(m_articles.size() >= 10);
    }

    void renameSurvivesReopeningAndUndoes()
    {
        const QString path = newPath();
        auto doc = create(path, m_articles);
        const QString id = bySize(doc->metrics()).first();
        const QString before = doc->metricLabel(id);
        QVERIFY(doc->renameMetric(id, QStringLiteral("  Nuitées   des hôtels classés ")));
        QCOMPARE(doc->metricLabel(id), QStringLiteral("Nuitées des hôtels classés"));
        QVERIFY(doc->metricNames().contains(QStringLiteral("Nuitées des hôtels classés")));
        QCOMPARE(doc->metricNamed(QStringLiteral("nuitees des hotels classes")), id);
        doc = reopen(doc);
        QCOMPARE(doc->metricLabel(id), QStringLiteral("Nuitées des hôtels classés"));
        // The history says who renamed it, from what to what.
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(store);
        const QList<HistoryEntry> history = store.value()->history(QStringLiteral("metrics"));
        QCOMPARE(history.size(), 1);
        QVERIFY(history.first().newValue.contains(QStringLiteral("Nuitées des hôtels classés")));
        store.value().reset();
        // A reopened project has no undo stack; a rename made now undoes.
        QVERIFY(doc->renameMetric(id, QStringLiteral("Autre nom")));
        doc->undoStack()->undo();
        QCOMPARE(doc->metricLabel(id), QStringLiteral("Nuitées des hôtels classés"));
        // Not the name of another metric: the two could not be told apart.
        const QString other = bySize(doc->metrics())[1];
        const auto taken = doc->renameMetric(id, doc->metricLabel(other).toUpper());
        QVERIFY(!taken);
        QVERIFY(taken.error().contains(QStringLiteral("merge")));
        QVERIFY(doc->renameMetric(id, QString())); // an empty name gives the discovered one back
        QCOMPARE(doc->metricLabel(id), before);
        doc = reopen(doc);
        QCOMPARE(doc->metricLabel(id), before);
    }

    void mergeSurvivesReopeningAndUndoes()
    {
        auto doc = create(newPath(), m_articles);
        const QStringList ids = bySize(doc->metrics());
        const QString into = ids[0], from = ids[1];
        const auto before = grouping(*doc);
        const QList<ClaimKey> expected = keysOf(*doc, into) + keysOf(*doc, from);
        QVERIFY(doc->mergeMetrics({from, into}, into));
        QVERIFY(!doc->metrics().metric(from));
        QCOMPARE(keysOf(*doc, into).size(), expected.size());
        for (const ClaimKey &k : expected)
            QVERIFY(keysOf(*doc, into).contains(k));
        // The claims table groups by it too.
        const auto [a, c] = doc->find(expected.last());
        QCOMPARE(doc->effectiveArticles()[a].claims[c].metric, into);
        const auto merged = grouping(*doc);
        doc = reopen(doc);
        QCOMPARE(grouping(*doc), merged);
        QVERIFY(doc->mergeMetrics({ids[2]}, into));
        doc->undoStack()->undo();
        QCOMPARE(grouping(*doc), merged);
        // The reopened project's merge, undone through the document's rules as they were.
        MetricRules none;
        QVERIFY(doc->applyMetricRules(QStringLiteral("metrics"), none, {}, {}));
        QCOMPARE(grouping(*doc), before);
    }

    void mergeIsLearnedByArticlesAddedLater()
    {
        // A metric given by two articles or more; the project first without the last of them.
        auto all = ProjectDocument::fromArticles(m_articles);
        QString learned;
        int lastArticle = -1;
        for (const QString &id : bySize(all->metrics())) {
            QSet<int> articles;
            for (const auto &[a, c] : all->metrics().metric(id)->claims)
                articles.insert(a);
            if (articles.size() >= 2) {
                learned = id;
                lastArticle = *std::max_element(articles.cbegin(), articles.cend());
                break;
            }
        }
        QVERIFY(!learned.isEmpty());
        const QString into = bySize(all->metrics()).value(0) == learned ? bySize(all->metrics())[1]
                                                                        : bySize(all->metrics())[0];
        QList<Article> first = m_articles;
        const Article later = first.takeAt(lastArticle);
        auto doc = create(newPath(), first);
        QVERIFY(doc->metrics().metric(learned));
        QVERIFY(doc->mergeMetrics({learned}, into));
        const int intoBefore = int(keysOf(*doc, into).size());
        doc = reopen(doc);
        const auto added = doc->addArticles({later});
        QVERIFY(added);
        QCOMPARE(added->added, 1);
        // The later article's claims of that measure joined the metric they were merged into.
        QVERIFY(!doc->metrics().metric(learned));
        int fromLater = 0;
        for (const ClaimKey &k : keysOf(*doc, into))
            fromLater += k.article == later.sha256 ? 1 : 0;
        int expected = 0;
        for (const auto &[a, c] : all->metrics().metric(learned)->claims)
            expected += a == lastArticle ? 1 : 0;
        for (const auto &[a, c] : all->metrics().metric(into)->claims)
            expected += a == lastArticle ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(fromLater, expected);
        QVERIFY(keysOf(*doc, into).size() > intoBefore);
    }

    void splitSurvivesReopeningAndUndoes()
    {
        auto doc = create(newPath(), m_articles);
        const QString id = bySize(doc->metrics()).first();
        const QList<ClaimKey> claims = keysOf(*doc, id);
        QVERIFY(claims.size() >= 3);
        const QList<ClaimKey> moved = claims.mid(0, 2);
        const auto before = grouping(*doc);
        const auto created = doc->moveToNewMetric(moved, QStringLiteral("Arrivées aux postes-frontières"));
        QVERIFY2(created, qPrintable(created.error()));
        const QString fresh = created.value();
        QVERIFY(fresh.startsWith(QStringLiteral("journalist.")));
        QCOMPARE(keysOf(*doc, fresh), moved);
        QCOMPARE(keysOf(*doc, id).size(), claims.size() - 2);
        QCOMPARE(doc->metricLabel(fresh), QStringLiteral("Arrivées aux postes-frontières"));
        // One step: undo gives the metric back whole; redo splits it again.
        doc->undoStack()->undo();
        QCOMPARE(grouping(*doc), before);
        doc->undoStack()->redo();
        QCOMPARE(keysOf(*doc, fresh), moved);
        const auto split = grouping(*doc);
        doc = reopen(doc);
        QCOMPARE(grouping(*doc), split);
        QCOMPARE(doc->metricLabel(fresh), QStringLiteral("Arrivées aux postes-frontières"));
        // The new metric is one like the others: it takes more claims, and a name is not taken twice.
        QVERIFY(doc->moveClaims({claims[2]}, fresh));
        QCOMPARE(keysOf(*doc, fresh).size(), 3);
        const auto again
            = doc->moveToNewMetric({claims[3]}, QStringLiteral("Arrivées aux postes-frontières"));
        QVERIFY(again);
        QVERIFY(again.value() != fresh);
    }

    void movingAWholeMeasureIsLearned()
    {
        auto doc = create(newPath(), m_articles);
        const QStringList ids = bySize(doc->metrics());
        const QString smallest = ids.last(), into = ids.first();
        const QList<ClaimKey> claims = keysOf(*doc, smallest);
        QVERIFY(doc->moveClaims(claims, into));
        // A rule on the measure, no correction on the claims.
        QCOMPARE(doc->metricRules().resolve(smallest), into);
        for (const ClaimKey &k : claims) {
            QVERIFY(doc->annotation(k).correction.metric.isEmpty());
            QVERIFY(keysOf(*doc, into).contains(k));
        }
        doc->undoStack()->undo();
        QCOMPARE(keysOf(*doc, smallest), claims);
    }

    void natureSurvivesReopeningAndUndoes()
    {
        auto doc = create(newPath(), m_articles);
        const QString id = bySize(doc->metrics()).first();
        const auto discovered = doc->metrics().metric(id)->nature;
        const auto other = discovered == MetricTaxonomy::Nature::Cumulative
            ? MetricTaxonomy::Nature::Stock
            : MetricTaxonomy::Nature::Cumulative;
        QVERIFY(doc->setMetricNature(id, other));
        QCOMPARE(doc->metrics().metric(id)->nature, other);
        QCOMPARE(doc->metrics().checkable(id)->nature, other);
        doc = reopen(doc);
        QCOMPARE(doc->metrics().metric(id)->nature, other);
        QVERIFY(doc->setMetricNature(id, std::nullopt));
        QCOMPARE(doc->metrics().metric(id)->nature, discovered);
        doc->undoStack()->undo();
        QCOMPARE(doc->metrics().metric(id)->nature, other);
    }

    void excludedClaimsLeaveTheComparisons()
    {
        auto doc = create(newPath(), m_articles);
        const QList<Finding> findings = doc->findings();
        QVERIFY(!findings.isEmpty());
        const Finding &f = findings.first();
        QList<ClaimKey> keys;
        for (const auto &[a, c] : f.claims)
            keys << doc->keyOf(a, c);
        QVERIFY(doc->setExcludedFromComparisons(keys, true));
        QVERIFY(doc->isExcludedFromComparisons(keys.first()));
        const QString key = doc->findingKey(f);
        auto named = [&](const ProjectDocument &d) {
            for (const Finding &g : d.findings()) {
                if (d.findingKey(g) == key)
                    return true;
            }
            return false;
        };
        QVERIFY(!named(*doc));
        doc = reopen(doc);
        QVERIFY(doc->isExcludedFromComparisons(keys.first()));
        QVERIFY(!named(*doc));
        QVERIFY(doc->setExcludedFromComparisons(keys, false));
        QVERIFY(named(*doc));
        doc->undoStack()->undo();
        QVERIFY(!named(*doc));
    }

    void presetCarriesTheDecisionsToAnotherProject()
    {
        auto doc = create(newPath(), m_articles);
        const QStringList ids = bySize(doc->metrics());
        QVERIFY(doc->mergeMetrics({ids[1]}, ids[0]));
        QVERIFY(doc->renameMetric(ids[0], QStringLiteral("Touristes (arrivées)")));
        QVERIFY(doc->setMetricNature(ids[2], MetricTaxonomy::Nature::OneOff));
        const QString preset = m_dir.filePath(QStringLiteral("tourisme-preset.json"));
        QVERIFY(doc->saveMetricPreset(preset));
        // Not onto the project itself.
        QVERIFY(!doc->saveMetricPreset(doc->path()));
        const auto grouped = grouping(*doc);

        auto other = create(newPath(), m_articles);
        QVERIFY(other->loadMetricPreset(preset));
        QCOMPARE(grouping(*other), grouped);
        QCOMPARE(other->metricLabel(ids[0]), QStringLiteral("Touristes (arrivées)"));
        QCOMPARE(other->metrics().metric(ids[2])->nature, MetricTaxonomy::Nature::OneOff);
        other->undoStack()->undo();
        QVERIFY(other->metrics().metric(ids[1]));
        // A damaged preset: a message naming the file, nothing changed.
        const QString bad = TestSupport::writeFile(
            m_dir, QStringLiteral("bad.json"),
            "{\"schema\": \"bilan.taxonomy/1\", \"natures\": {\"x\": \"sometimes\"}}");
        const auto refused = other->loadMetricPreset(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(bad));
        QVERIFY(refused.error().contains(QStringLiteral("sometimes")));
        const auto notJson
            = other->loadMetricPreset(TestSupport::writeFile(m_dir, QStringLiteral("n.json"), "\x01\x02"));
        QVERIFY(!notJson);
        QVERIFY(other->metrics().metric(ids[1]));
    }

    // A change of decisions groups the claims again from what was read of them: the same metrics,
    // claims, names and natures as reading every sentence again.
    void regroupingGivesWhatDiscoveryGives()
    {
        QList<Article> articles = m_articles;
        const MetricSet first = MetricSet::discover(articles);
        const QStringList ids = bySize(first);
        MetricRules rules;
        rules.merge({ids[1], ids[3]}, ids[0]);
        rules.rename(ids[2], QStringLiteral("Renommé"));
        rules.setNature(ids[4], MetricTaxonomy::Nature::OneOff);
        MetricSet::Pins pins;
        pins.insert(first.metric(ids[5])->claims.first(), QStringLiteral("journalist.nouveau"));
        pins.insert(first.metric(ids[0])->claims.last(), ids[6]);
        QList<Article> again = m_articles;
        const MetricSet read = MetricSet::discover(again, MetricTaxonomy::bundled(), rules, pins);
        const MetricSet regrouped = first.regroup(articles, rules, pins);
        QCOMPARE(regrouped.metrics().size(), read.metrics().size());
        for (int i = 0; i < read.metrics().size(); ++i) {
            const MetricSet::Metric &x = read.metrics()[i], &y = regrouped.metrics()[i];
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.claims, x.claims);
            QCOMPARE(y.label, x.label);
            QCOMPARE(int(y.nature), int(x.nature));
            QCOMPARE(y.unit, x.unit);
        }
        for (int a = 0; a < again.size(); ++a) {
            for (int c = 0; c < again[a].claims.size(); ++c)
                QCOMPARE(articles[a].claims[c].metric, again[a].claims[c].metric);
        }
        QVERIFY(regrouped.metric(QStringLiteral("journalist.nouveau")));
        QCOMPARE(regrouped.label(ids[2]), QStringLiteral("Renommé"));
    }

    // A project whose decisions on metrics were damaged outside Bilan is refused with a message
    // naming the file and the problem, and left as it is.
    void damagedDecisionsAreRefused()
    {
        if (TestSupport::onServer())
            QSKIP("edits the project file directly");
        const QString path = newPath();
        {
            auto doc = create(path, m_articles);
            QVERIFY(doc->renameMetric(bySize(doc->metrics()).first(), QStringLiteral("Nom")));
        }
        TestSupport::rawSql(
            path,
            {QStringLiteral("UPDATE meta SET value = '{\"schema\": \"bilan.taxonomy/1\", "
                            "\"natures\": {\"x\": \"parfois\"}}' WHERE key = 'metric_rules'")});
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const auto opened = ProjectDocument::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(path) && opened.error().contains(QStringLiteral("parfois")),
                 qPrintable(opened.error()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void rulesStayConsistent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("chain") << QByteArray(R"({"schema":"bilan.taxonomy/1","merges":{"a":"b","b":"c"}})")
                               << "a"
                               << "c";
        QTest::newRow("loop") << QByteArray(R"({"schema":"bilan.taxonomy/1","merges":{"a":"b","b":"a"}})")
                              << "a"
                              << "b";
        QTest::newRow("self") << QByteArray(R"({"schema":"bilan.taxonomy/1","merges":{"a":"a"}})") << "a"
                              << "a";
        QTest::newRow("none") << QByteArray(R"({"schema":"bilan.taxonomy/1"})") << "a"
                              << "a";
    }
    void rulesStayConsistent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, a);
        QFETCH(QString, resolved);
        const auto rules = MetricRules::fromJson(json, QStringLiteral("p.json"));
        QVERIFY2(rules, qPrintable(rules.error()));
        QCOMPARE(rules->resolve(a), resolved);
        // No rule leads back to itself, and the file read again gives the same rules.
        for (auto it = rules->merges().constBegin(); it != rules->merges().constEnd(); ++it)
            QVERIFY(rules->resolve(it.key()) != it.key());
        const auto again = MetricRules::fromJson(rules->toJson(), QStringLiteral("p.json"));
        QVERIFY(again);
        QVERIFY(again.value() == rules.value());
    }

    void mergingIntoAMergedMetricFollowsIt()
    {
        MetricRules rules;
        rules.merge({QStringLiteral("a")}, QStringLiteral("b"));
        rules.merge({QStringLiteral("b")}, QStringLiteral("c"));
        QCOMPARE(rules.resolve(QStringLiteral("a")), QStringLiteral("c"));
        // Into a metric merged away: into where it went, which is "c" itself: nothing to do.
        rules.merge({QStringLiteral("c")}, QStringLiteral("a"));
        QCOMPARE(rules.resolve(QStringLiteral("c")), QStringLiteral("c"));
        QCOMPARE(rules.mergedInto(QStringLiteral("c")),
                 (QStringList {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    }

    void badPresetsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{") << "not a taxonomy preset";
        QTest::newRow("no schema") << QByteArray(R"({"merges":{}})") << "schema";
        QTest::newRow("merges not an object")
            << QByteArray(R"({"schema":"bilan.taxonomy/1","merges":[1]})") << "merges";
        QTest::newRow("empty name") << QByteArray(R"({"schema":"bilan.taxonomy/1","names":{"a":" "}})")
                                    << "names";
        QTest::newRow("nature") << QByteArray(R"({"schema":"bilan.taxonomy/1","natures":{"a":"often"}})")
                                << "often";
        QTest::newRow("excluded") << QByteArray(R"({"schema":"bilan.taxonomy/1","excluded":"x"})")
                                  << "excluded";
    }
    void badPresetsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto rules = MetricRules::fromJson(json, QStringLiteral("preset.json"));
        QVERIFY(!rules);
        QVERIFY2(rules.error().contains(QStringLiteral("preset.json")), qPrintable(rules.error()));
        QVERIFY2(rules.error().contains(says), qPrintable(rules.error()));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
