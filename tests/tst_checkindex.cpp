// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency checks read a metric's figures through indexes (by date, by value, the best
// two of distinct articles) so that a metric of a million figures is not a million squared
// pairs. Here each indexed reading is compared with the pair loop it replaces, written out
// plainly, on random figures: random dates with and without a day (a month contains its days,
// so "mars 2025" is neither before nor after "12 mars 2025"), random qualifiers, repeated values.
#include "checks/consistencychecker.h"
#include "checks/dateindex_p.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <functional>

using namespace CheckDetail;

namespace {

// Articles of one paragraph each, every figure "N dossiers" with the cumulative preset metric
// `metric` (so that every check applies).
struct Figure
{
    int article;
    qint64 value;
    Qualifier qualifier;
    PartialDate asOf;
};

QList<Article> articlesOf(const QList<Figure> &figures, int articleCount, const QString &metric)
{
    QList<Article> articles(articleCount);
    for (int a = 0; a < articleCount; ++a) {
        articles[a].id = QStringLiteral("a%1").arg(a);
        articles[a].outlet = QStringLiteral("Outlet %1").arg(a);
        articles[a].title = QStringLiteral("Article %1").arg(a);
    }
    for (const Figure &f : figures) {
        Article &a = articles[f.article];
        Claim c;
        const QString number = QString::number(f.value);
        a.text += QStringLiteral("On compte ");
        c.start = qint32(a.text.size());
        a.text += number;
        c.end = qint32(a.text.size());
        a.text += QStringLiteral(" dossiers. ");
        c.paragraph = 0;
        c.value = double(f.value);
        c.kind = ClaimKind::Count;
        c.unit = QStringLiteral("dossiers");
        c.qualifier = f.qualifier;
        c.asOf = f.asOf;
        c.metric = metric;
        a.claims << c;
    }
    for (Article &a : articles)
        a.paragraphs = {Paragraph {0, a.text.size(), ParagraphKind::Body}};
    return articles;
}

QList<Figure> randomFigures(QRandomGenerator &random, int count, int articleCount, int values)
{
    QList<Figure> figures;
    const Qualifier qualifiers[]
        = {Qualifier::Exact, Qualifier::Exact, Qualifier::About, Qualifier::MoreThan};
    for (int i = 0; i < count; ++i) {
        PartialDate d;
        d.year = qint16(2024 + random.bounded(2));
        d.month = qint8(random.bounded(4) == 0 ? 0 : 1 + random.bounded(3));
        d.day = qint8(d.month == 0 || random.bounded(2) == 0 ? 0 : 1 + random.bounded(3) * 10);
        figures << Figure {random.bounded(articleCount), 1000000 + 1000 * random.bounded(values),
                           qualifiers[random.bounded(4)], d};
    }
    return figures;
}

// The figures a finding of `kind` names, as (article, claim).
QSet<std::pair<int, int>> named(const QList<Finding> &findings, const QString &kind)
{
    QSet<std::pair<int, int>> refs;
    for (const Finding &f : findings) {
        if (f.kind == kind) {
            for (const auto &r : f.claims)
                refs.insert(r);
        }
    }
    return refs;
}

struct Read
{
    std::pair<int, int> ref;
    const Claim *c;
    ConsistencyChecker::Interval range;
};

QList<Read> readAll(const QList<Article> &articles)
{
    QList<Read> all;
    for (int a = 0; a < articles.size(); ++a) {
        for (int k = 0; k < articles[a].claims.size(); ++k)
            all << Read {{a, k},
                         &articles[a].claims[k],
                         ConsistencyChecker::interval(articles[a], articles[a].claims[k])};
    }
    return all;
}

} // namespace

class tst_CheckIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateSpansMatchCompareDates();
    void contradictionsMatchPairs();
    void decreasesMatchPairs();
    void dateMismatchesMatchPairs();
    void copiesMatchTheirRule();
    void stopGivesUp();
};

// before(), after() and between() hold exactly the items compareDates() puts there.
void tst_CheckIndex::dateSpansMatchCompareDates()
{
    QRandomGenerator random(15);
    const QList<Article> articles
        = articlesOf(randomFigures(random, 300, 7, 40), 7, QStringLiteral("tadamon.files_submitted"));
    QList<Item> items;
    QList<int> members;
    for (int a = 0; a < articles.size(); ++a) {
        for (int k = 0; k < articles[a].claims.size(); ++k) {
            const Claim &c = articles[a].claims[k];
            if (c.asOf.month > 0)
                members << int(items.size());
            items << Item {a, k, &c, nullptr, ConsistencyChecker::interval(articles[a], c)};
        }
    }
    const DateIndex index(items, members);
    QCOMPARE(index.size(), members.size());
    auto inSpans = [&](const auto &spans) {
        QSet<int> got;
        for (const DateIndex::Span &s : spans) {
            for (int p = s.begin; p < s.end; ++p)
                got.insert(index.item(p));
        }
        return got;
    };
    for (int x : std::as_const(members)) {
        const PartialDate &dx = items[x].c->asOf;
        QSet<int> before, after;
        for (int y : std::as_const(members)) {
            if (compareDates(items[y].c->asOf, dx) < 0)
                before.insert(y);
            if (compareDates(dx, items[y].c->asOf) < 0)
                after.insert(y);
        }
        QCOMPARE(inSpans(index.before(dx)), before);
        QCOMPARE(inSpans(index.after(dx)), after);
        // The largest low and smallest high of what lies after.
        const int best = index.largestLow(index.after(dx));
        for (int y : std::as_const(after))
            QVERIFY(items[y].range.low <= items[best].range.low);
        QCOMPARE(best < 0, after.isEmpty());
        for (int z = 0; z < 20; ++z) {
            const int y = members[random.bounded(int(members.size()))];
            QSet<int> between;
            for (int w : std::as_const(members)) {
                if (compareDates(dx, items[w].c->asOf) < 0
                    && compareDates(items[w].c->asOf, items[y].c->asOf) < 0)
                    between.insert(w);
            }
            QCOMPARE(inSpans(index.between(dx, items[y].c->asOf)), between);
            const int high = index.smallestHigh(index.between(dx, items[y].c->asOf));
            QCOMPARE(high < 0, between.isEmpty());
            for (int w : std::as_const(between))
                QVERIFY(items[w].range.high >= items[high].range.high);
        }
    }
}

namespace {

using Ref = std::pair<int, int>;

// On twenty random sets of `figures` figures in `articleCount` articles (`values` distinct
// values), the figures the findings of `kind` name are those the plain pair loop `pair` marks,
// and there are some.
void matchPairs(const QString &kind, int figures, int articleCount, int values,
                const std::function<void(const Read &x, const Read &y, QSet<Ref> &expected)> &pair)
{
    qsizetype total = 0;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        const QList<Article> articles = articlesOf(randomFigures(random, figures, articleCount, values),
                                                   articleCount, QStringLiteral("tadamon.files_submitted"));
        const QList<Read> all = readAll(articles);
        QSet<Ref> expected;
        for (const Read &x : all) {
            for (const Read &y : all)
                pair(x, y, expected);
        }
        QCOMPARE(named(ConsistencyChecker::check(articles), kind), expected);
        total += expected.size();
    }
    QVERIFY2(total > 20, "the random figures must give findings to compare");
}

} // namespace

// A figure is in a contradiction when a figure of another article at the same date cannot be
// reconciled with it (open-ended figures take no part).
void tst_CheckIndex::contradictionsMatchPairs()
{
    matchPairs(QStringLiteral("contradiction"), 200, 6, 12,
               [](const Read &x, const Read &y, QSet<Ref> &expected) {
                   if (x.ref.first != y.ref.first && !x.c->asOf.isNull() && x.c->asOf == y.c->asOf
                       && std::isfinite(x.range.high) && std::isfinite(y.range.high)
                       && !compatible(x.range, y.range))
                       expected.insert(x.ref);
               });
}

// A running total (no start given, so all run from the same one) names every figure that some
// earlier figure exceeds, and every figure that exceeds a later one.
void tst_CheckIndex::decreasesMatchPairs()
{
    matchPairs(QStringLiteral("decrease"), 150, 5, 30, [](const Read &x, const Read &y, QSet<Ref> &expected) {
        if (x.c->asOf.month > 0 && y.c->asOf.month > 0 && compareDates(x.c->asOf, y.c->asOf) < 0
            && x.range.low > y.range.high) {
            expected.insert(x.ref);
            expected.insert(y.ref);
        }
    });
}

// One figure with different dates in different articles (a range or a figure without date takes
// no part).
void tst_CheckIndex::dateMismatchesMatchPairs()
{
    matchPairs(QStringLiteral("date_mismatch"), 150, 5, 20,
               [](const Read &x, const Read &y, QSet<Ref> &expected) {
                   if (x.ref.first != y.ref.first && x.c->value == y.c->value && !x.c->asOf.isNull()
                       && !y.c->asOf.isNull() && !(x.c->asOf == y.c->asOf))
                       expected.insert(x.ref);
               });
}

// One finding per precise figure given at two dates with a different precise figure strictly
// between its earliest and its latest date; the figure named between them is one.
void tst_CheckIndex::copiesMatchTheirRule()
{
    int found = 0;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        const QList<Article> articles
            = articlesOf(randomFigures(random, 120, 5, 15), 5, QStringLiteral("tadamon.files_submitted"));
        const QList<Read> all = readAll(articles);
        auto precise = [](const Read &r) {
            return r.c->qualifier == Qualifier::Exact && r.c->asOf.month > 0
                && (r.range.high - r.range.low) / r.c->value < 0.01;
        };
        auto earlier = [](const Read &a, const Read &b) {
            return std::tie(a.c->asOf.year, a.c->asOf.month, a.c->asOf.day, a.ref)
                < std::tie(b.c->asOf.year, b.c->asOf.month, b.c->asOf.day, b.ref);
        };
        QSet<double> expected;
        QHash<double, std::pair<Read, Read>> ends; // value → its earliest and latest figure
        for (const Read &r : all) {
            if (!precise(r))
                continue;
            auto it = ends.find(r.c->value);
            if (it == ends.end()) {
                ends.insert(r.c->value, {r, r});
                continue;
            }
            if (earlier(r, it->first))
                it->first = r;
            if (earlier(it->second, r))
                it->second = r;
        }
        for (auto it = ends.cbegin(); it != ends.cend(); ++it) {
            const Read &x = it->first, &y = it->second;
            if (compareDates(x.c->asOf, y.c->asOf) >= 0)
                continue;
            for (const Read &z : all) {
                if (precise(z) && compareDates(x.c->asOf, z.c->asOf) < 0
                    && compareDates(z.c->asOf, y.c->asOf) < 0 && !compatible(z.range, x.range))
                    expected.insert(it.key());
            }
        }
        QSet<double> got;
        for (const Finding &f : ConsistencyChecker::check(articles)) {
            if (f.kind != QStringLiteral("copied"))
                continue;
            const Claim &x = articles[f.claims[0].first].claims[f.claims[0].second];
            const Claim &z = articles[f.claims[1].first].claims[f.claims[1].second];
            const Claim &y = articles[f.claims[2].first].claims[f.claims[2].second];
            QCOMPARE(x.value, y.value);
            QVERIFY(compareDates(x.asOf, z.asOf) < 0 && compareDates(z.asOf, y.asOf) < 0);
            QVERIFY(!got.contains(x.value));
            got.insert(x.value);
        }
        QCOMPARE(got, expected);
        found += int(got.size());
    }
    QVERIFY2(found > 5, "the random figures must give copies to compare");
}

// Told to stop (the window closing while the checks run in the background), the checks give up
// and find nothing; not told, the same figures give findings.
void tst_CheckIndex::stopGivesUp()
{
    QRandomGenerator random(3);
    const QList<Article> articles
        = articlesOf(randomFigures(random, 200, 6, 12), 6, QStringLiteral("tadamon.files_submitted"));
    std::atomic<bool> stop(false);
    QVERIFY(!ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, nullptr, &stop).isEmpty());
    stop = true;
    QVERIFY(ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, nullptr, &stop).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CheckIndex)
#include "tst_checkindex.moc"
