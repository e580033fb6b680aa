// SPDX-License-Identifier: GPL-3.0-or-later
// Pairs given together: two figures of one sentence (an amount and a number of files, a volume
// and a filling rate) imply a ratio; when several sources give the same pair of metrics, the
// ratio of one that no other agrees with is flagged, with the value it implies.
#include "checks/checkcontext_p.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "text/claimcontext.h"

#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace CheckDetail;

namespace {

struct Pair
{
    int first; // item of the metric that sorts first
    int second;
    double low; // the implied ratio's interval
    double high;
};

// A percentage is a share of what the pair implies: "2,6 milliards de m³, 74 %" implies a
// capacity of 2,6 / 0,74.
double scaleOf(const Item &item)
{
    return item.c->kind == ClaimKind::Percent ? 0.01 : 1.0;
}

// How wide, relative to it, a pair's implied ratio may be for it to say anything.
constexpr double kLoosest = 0.10;

// A change has no ratio to anything: "le taux de chômage … 15,1 %, en hausse de 1,9 point" implies
// nothing another source could repeat.
bool change(const Item &item)
{
    const QString &key = item.metric->key;
    return key.contains(QLatin1String(".change.")) || key.endsWith(QLatin1String(".change"))
        || item.c->unit == u"points" || item.c->unit == u"point";
}

bool bounded(const Item &item)
{
    return (item.c->qualifier == Qualifier::Exact || item.c->qualifier == Qualifier::About)
        && item.c->value > 0 && !item.c->isRange() && std::isfinite(item.range.high) && item.range.low > 0;
}

} // namespace

namespace {

// The bounded items of each sentence, by (article, sentence start). The figure's sentence is
// found by a binary search: sentences are in text order.
QMap<std::pair<int, qsizetype>, QList<int>> itemsBySentence(const Context &context)
{
    const QList<Item> &items = context.items;
    QMap<std::pair<int, qsizetype>, QList<int>> bySentence;
    QHash<std::pair<int, int>, QList<TextSpan>> sentences;
    for (int i = 0; i < items.size(); ++i) {
        const Item &it = items[i];
        if (!bounded(it) || change(it))
            continue;
        const std::pair<int, int> key {it.article, it.c->paragraph};
        auto found = sentences.find(key);
        if (found == sentences.end())
            found = sentences.insert(key,
                                     ClaimContext::sentences(context.articles[it.article], it.c->paragraph));
        const QList<TextSpan> &list = *found;
        auto s = std::upper_bound(list.cbegin(), list.cend(), qsizetype(it.c->start),
                                  [](qsizetype at, const TextSpan &span) { return at < span.start; });
        // Sentences do not overlap: the last one starting at or before the figure is the only
        // one that can hold it.
        if (s != list.cbegin() && std::prev(s)->contains(it.c->start))
            bySentence[{it.article, std::prev(s)->start}].append(i);
    }
    return bySentence;
}

// The pairs of figures of one sentence with different units, by the metrics they join (the
// metric sorting first first), with the ratio each implies.
QMap<std::pair<QString, QString>, QList<Pair>> pairsByMetrics(const Context &context)
{
    const QList<Item> &items = context.items;
    QMap<std::pair<QString, QString>, QList<Pair>> byMetrics;
    for (const QList<int> &together : itemsBySentence(context)) {
        for (int x : together) {
            for (int y : together) {
                const QString &a = items[x].metric->key;
                const QString &b = items[y].metric->key;
                if (!(a < b) || items[x].c->unit == items[y].c->unit)
                    continue;
                const double sx = scaleOf(items[x]), sy = scaleOf(items[y]);
                const Pair pair {x, y, items[x].range.low * sx / (items[y].range.high * sy),
                                 items[x].range.high * sx / (items[y].range.low * sy)};
                // A ratio its figures' rounding leaves more than 10 % apart says nothing of another:
                // "Douze nouveaux cas … et dix guérisons" imply anything from 1,1 to 1,3 (two small
                // counts of one day, not a pair with a ratio of its own).
                if ((pair.high - pair.low) / ((pair.high + pair.low) / 2) > kLoosest)
                    continue;
                byMetrics[{a, b}].append(pair);
            }
        }
    }
    return byMetrics;
}

// What the pairs other than one agree on: the intersection of their ratios, when they come from
// at least two sources and that one's source gives no other. Read in one pass for every pair
// (the two smallest highs, the two largest lows, a count per source), not once per pair.
class Others
{
public:
    Others(const Context &context, const QList<Pair> &list)
        : m_context(context)
        , m_list(list)
    {
        for (int k = 0; k < list.size(); ++k) {
            ++m_perArticle[context.items[list[k].first].article];
            keepLargest(m_lows, list[k].low, k);
            keepSmallest(m_highs, list[k].high, k);
        }
    }

    // False when no interval is agreed on without pair `o`.
    bool agreeWithout(int o, double &low, double &high) const
    {
        const int article = m_context.items[m_list[o].first].article;
        if (m_perArticle.value(article) > 1 || m_perArticle.size() - 1 < 2)
            return false;
        low = std::max(0.0, m_lows[0].second == o ? m_lows[1].first : m_lows[0].first);
        high = std::min(std::numeric_limits<double>::infinity(),
                        m_highs[0].second == o ? m_highs[1].first : m_highs[0].first);
        return low <= high;
    }

private:
    using Best = std::array<std::pair<double, int>, 2>; // value, pair; the best first
    static void keepLargest(Best &best, double v, int k)
    {
        if (v > best[0].first)
            best = {std::pair {v, k}, best[0]};
        else if (v > best[1].first)
            best[1] = {v, k};
    }
    static void keepSmallest(Best &best, double v, int k)
    {
        if (v < best[0].first)
            best = {std::pair {v, k}, best[0]};
        else if (v < best[1].first)
            best[1] = {v, k};
    }

    const Context &m_context;
    const QList<Pair> &m_list;
    QHash<int, int> m_perArticle;
    Best m_lows {std::pair {0.0, -1}, std::pair {0.0, -1}};
    Best m_highs {std::pair {std::numeric_limits<double>::infinity(), -1},
                  std::pair {std::numeric_limits<double>::infinity(), -1}};
};

// The finding for pair `o` of `list`, whose ratio `got` no other source agrees with (they imply
// `mid`).
Finding outlierFinding(const Context &context, const QString &metric, const QList<Pair> &list, int o,
                       double got, double mid)
{
    const QList<Item> &items = context.items;
    const Pair &p = list[o];
    Finding f {QStringLiteral("pair"), metric, {}, {}, false};
    f.claims << context.ref(p.first) << context.ref(p.second);
    for (int k = 0; k < list.size(); ++k) {
        if (k != o)
            f.claims << context.ref(list[k].first) << context.ref(list[k].second);
    }
    const Item &a = items[p.first];
    const Item &b = items[p.second];
    auto value = [&](double v) {
        Claim c = *a.c;
        c.value = v;
        c.high = std::nan("");
        c.qualifier = Qualifier::Exact;
        if (b.c->kind != ClaimKind::Percent)
            c.unit = a.c->unit + u'/' + b.c->unit;
        return FrenchFormat::value(c);
    };
    f.message = ConsistencyText::tr("%1 gives %2 with %3, which implies %4 where every other source "
                                    "implies %5: one of its two figures is likely wrong.")
                    .arg(context.source(a.article), context.describe(p.first), context.describe(p.second),
                         value(got), value(mid));
    return f;
}

} // namespace

namespace {

// Which flags name a claim, to ask whether one flag names two claims without reading every flag.
class FlagIndex
{
public:
    explicit FlagIndex(const QList<Finding> &flags)
    {
        for (const Finding &f : flags)
            add(f);
    }
    void add(const Finding &flag)
    {
        for (const Ref &r : flag.claims) {
            QList<int> &list = m_flagsOf[r];
            if (list.isEmpty() || list.last() != m_count)
                list.append(m_count);
        }
        ++m_count;
    }
    bool together(const Ref &a, const Ref &b) const
    {
        const QList<int> x = m_flagsOf.value(a), y = m_flagsOf.value(b);
        // Both lists are ascending: a merge.
        for (qsizetype i = 0, j = 0; i < x.size() && j < y.size();) {
            if (x[i] == y[j])
                return true;
            x[i] < y[j] ? ++i : ++j;
        }
        return false;
    }

private:
    QHash<Ref, QList<int>> m_flagsOf;
    int m_count = 0;
};

} // namespace

void CheckDetail::pairsGivenTogether(Context &context)
{
    const auto byMetrics = pairsByMetrics(context);
    FlagIndex flagged(context.flags);
    for (auto it = byMetrics.constBegin(); it != byMetrics.constEnd(); ++it) {
        const QList<Pair> &list = it.value();
        if (list.size() < 3)
            continue;
        const Others others(context, list);
        for (int o = 0; o < list.size(); ++o) {
            double low = 0, high = 0;
            if (!others.agreeWithout(o, low, high))
                continue;
            const Pair &p = list[o];
            const double mid = (low + high) / 2;
            const double got = (p.low + p.high) / 2;
            if ((p.low <= high && low <= p.high) || std::abs(got / mid - 1) < 0.03)
                continue;
            // The ratio check already flagged this pair an order of magnitude off.
            if (!flagged.together(context.ref(p.first), context.ref(p.second))) {
                context.flags.append(outlierFinding(context, it.key().first, list, o, got, mid));
                flagged.add(context.flags.last());
            }
        }
    }
}
