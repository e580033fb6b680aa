// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that compare the figures of one metric: contradictions, decreases, dates.
#include "checks/checkcontext_p.h"
#include "checks/dateindex_p.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace CheckDetail {

namespace {

// The items a finding involves, in item order (that is, by article and claim), each once.
QList<int> sortedOnce(QList<int> items)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

// The best item by some order and the best of another article than the first's: so that "the
// best of the articles other than this one" is one lookup, not a loop over the group.
class BestOfTwoArticles
{
public:
    BestOfTwoArticles(const QList<Item> &items, std::function<bool(int, int)> better)
        : m_items(items)
        , m_better(std::move(better))
    { }
    void offer(int i)
    {
        if (m_first < 0 || m_better(i, m_first)) {
            if (m_first >= 0 && m_items[m_first].article != m_items[i].article)
                m_second = m_first;
            m_first = i;
        } else if (m_items[i].article != m_items[m_first].article
                   && (m_second < 0 || m_better(i, m_second))) {
            m_second = i;
        }
    }
    // The best item of an article other than `article`'s; -1 when there is none.
    int otherThan(int article) const
    {
        return m_first >= 0 && m_items[m_first].article != article ? m_first : m_second;
    }

private:
    const QList<Item> &m_items;
    std::function<bool(int, int)> m_better;
    int m_first = -1;
    int m_second = -1;
};

// The items of `same` that some item of another article contradicts: the other articles' largest
// low and smallest high are the only candidates, so the group is read twice, not once per pair.
// An open-ended figure ("plus de 734.000", "au moins") takes no part: the press rounds an older
// count down and writes "plus de"; in tests/data/layouts both such bounds that met a lower
// figure of another article with the same metric were two different counts (files pending
// against files sent to the Treasury; benefits paid against contributions), not a contradiction.
QList<int> contradicted(const QList<Item> &items, const QList<int> &dated)
{
    QList<int> same;
    for (int i : dated) {
        if (std::isfinite(items[i].range.high))
            same << i;
    }
    BestOfTwoArticles largestLow(items,
                                 [&](int a, int b) { return items[a].range.low > items[b].range.low; });
    BestOfTwoArticles smallestHigh(items,
                                   [&](int a, int b) { return items[a].range.high < items[b].range.high; });
    for (int i : same) {
        largestLow.offer(i);
        smallestHigh.offer(i);
    }
    QList<int> involved;
    for (int x : same) {
        for (int y : {largestLow.otherThan(items[x].article), smallestHigh.otherThan(items[x].article)}) {
            if (y >= 0 && !compatible(items[x].range, items[y].range)) {
                involved.append(x);
                break;
            }
        }
    }
    return involved;
}

} // namespace

// One date, two sources, values that cannot both be right. Within one article, several values
// of a metric at a date are its parts, its categories or its change ("32,6 MMDH, dont 5,5 MMDH
// pour…", "aujourd'hui de 400 DH, sera relevé à 600 DH"), not a source contradicting itself.
void contradictions(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    QHash<QString, QList<int>> byDate;
    for (int i : group) {
        if (!items[i].c->asOf.isNull())
            byDate[items[i].c->asOf.toIso()].append(i);
    }
    QStringList dates = byDate.keys();
    std::sort(dates.begin(), dates.end());
    for (const QString &date : std::as_const(dates)) {
        const QList<int> involved = contradicted(items, byDate[date]);
        if (involved.isEmpty())
            continue;
        QStringList parts;
        Finding f {QStringLiteral("contradiction"), key, {}, {}, false};
        for (int k : involved) {
            parts << context.describe(k);
            f.claims.append(context.ref(k));
        }
        parts.removeDuplicates(); // (a page that repeats itself names each value and source once)
        f.message = ConsistencyText::tr(
                        "%1 at the same date (%2): %3 cannot all be right, whatever their qualifiers.")
                        .arg(context.label(key), FrenchFormat::date(items[involved.first()].c->asOf),
                             parts.join(ConsistencyText::tr(" and ")));
        context.flags.append(f);
    }
}

// A running total that goes down as its date advances (only between totals that run from
// the same start, and dates of which neither contains the other). For each figure, the largest
// of the figures dated before it and the smallest of those dated after it are looked up in a
// DateIndex: no pair loop.
void decrease(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    if (items[group.first()].metric->nature != Nature::Cumulative)
        return;
    // A discovered running total since January starts again every year: only compared within
    // one year.
    const MetricSet::Metric *discovered = context.discovered ? context.discovered->metric(key) : nullptr;
    const bool yearly = discovered && discovered->preset.isEmpty()
        && discovered->id.split(u'.').contains(QStringLiteral("cumul"));
    // A discovered total that never starts again (an installed capacity) is a stock that grows:
    // a figure dated by a year alone is compared with those of other years. (A preset's running
    // total dated by a year alone is often that year's amount, not the total so far.)
    const bool stock = discovered && discovered->preset.isEmpty() && !yearly;
    QMap<std::pair<QString, int>, QList<int>> runs; // (start, year when yearly) → items with a month
    QMap<QString, QList<int>> years; // start → items dated by a year alone ("en 2021")
    for (int i : group) {
        const PartialDate &d = items[i].c->asOf;
        if (d.month > 0)
            runs[{items[i].c->since.toIso(), yearly ? d.year : 0}].append(i);
        else if (d.year > 0 && stock)
            years[items[i].c->since.toIso()].append(i);
    }
    int worstFrom = -1, worstTo = -1;
    double worstDrop = 0;
    QList<int> involved;
    auto drop = [&](int x, int y) { // x dated before y
        if (items[x].range.low <= items[y].range.high)
            return;
        involved << y;
        if (items[x].range.low - items[y].range.high > worstDrop) {
            worstDrop = items[x].range.low - items[y].range.high;
            worstFrom = x;
            worstTo = y;
        }
    };
    // A year alone is before every date of a later year and after every date of an earlier one:
    // each year's figures against the largest of the earlier years' (the largest of every figure
    // for a year alone, of the years alone for a figure with a month, which the index compares).
    for (auto run = years.cbegin(); run != years.cend(); ++run) {
        QMap<int, QList<int>> byYear;
        for (int i : *run)
            byYear[items[i].c->asOf.year].append(i);
        for (const auto &[key, monthly] : runs.asKeyValueRange()) {
            if (key.first == run.key()) {
                for (int i : monthly)
                    byYear[items[i].c->asOf.year].append(i);
            }
        }
        int largestAll = -1;
        int largestYearAlone = -1;
        for (const QList<int> &year : std::as_const(byYear)) {
            for (int y : year) {
                const int x = items[y].c->asOf.month > 0 ? largestYearAlone : largestAll;
                if (x >= 0)
                    drop(x, y);
            }
            for (int y : year) {
                if (largestAll < 0 || items[y].range.low > items[largestAll].range.low)
                    largestAll = y;
                if (items[y].c->asOf.month == 0
                    && (largestYearAlone < 0 || items[y].range.low > items[largestYearAlone].range.low))
                    largestYearAlone = y;
            }
        }
        // And each figure above one of a later year.
        int smallestAll = -1;
        int smallestYearAlone = -1;
        const QList<QList<int>> ordered = byYear.values();
        for (auto year = ordered.crbegin(); year != ordered.crend(); ++year) {
            for (int x : *year) {
                const int y = items[x].c->asOf.month > 0 ? smallestYearAlone : smallestAll;
                if (y >= 0 && items[x].range.low > items[y].range.high)
                    involved << x;
            }
            for (int x : *year) {
                if (smallestAll < 0 || items[x].range.high < items[smallestAll].range.high)
                    smallestAll = x;
                if (items[x].c->asOf.month == 0
                    && (smallestYearAlone < 0 || items[x].range.high < items[smallestYearAlone].range.high))
                    smallestYearAlone = x;
            }
        }
    }
    for (const QList<int> &run : std::as_const(runs)) {
        const DateIndex index(items, run);
        for (int y : run) {
            const int x = index.largestLow(index.before(items[y].c->asOf));
            if (x < 0 || items[x].range.low <= items[y].range.high)
                continue;
            involved << y;
            const double drop = items[x].range.low - items[y].range.high;
            if (drop > worstDrop) {
                worstDrop = drop;
                worstFrom = x;
                worstTo = y;
            }
        }
        for (int x : run) {
            const int y = index.smallestHigh(index.after(items[x].c->asOf));
            if (y >= 0 && items[x].range.low > items[y].range.high)
                involved << x;
        }
    }
    if (worstFrom < 0)
        return;
    Finding f {QStringLiteral("decrease"), key, {}, {}, false};
    for (int k : sortedOnce(involved))
        f.claims.append(context.ref(k));
    f.message = ConsistencyText::tr("%1 is a running total, yet it falls from %2 to %3: one of the counts is "
                                    "wrong or counts something else.")
                    .arg(context.label(key), context.describe(worstFrom), context.describe(worstTo));
    context.flags.append(f);
}

// One figure with different dates in different outlets (informative; an amount per year has
// no finer date, but a week's count has its days: "807 cas" the week to 16 February and the week
// to 23 February). Two claims with one value cannot contradict each other or go down, so no
// pair here was already flagged by the checks above.
void dateMismatches(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    QHash<double, QList<int>> byValue;
    for (int i : group) {
        if (!items[i].c->asOf.isNull() && !items[i].c->isRange()
            && (items[i].metric->nature != Nature::AnnualFlow || items[i].c->asOf.hasDay()))
            byValue[items[i].c->value].append(i);
    }
    QList<double> values = byValue.keys();
    std::sort(values.begin(), values.end());
    for (double v : std::as_const(values)) {
        const QList<int> &same = byValue[v];
        // An item is involved when another article gives the figure at another date: counted as
        // all, less its article's, less its date's, plus both (counted twice).
        auto dateKey = [&](int i) {
            const PartialDate &d = items[i].c->asOf;
            return qint64(d.year) * 10000 + d.month * 100 + d.day;
        };
        QHash<int, int> perArticle;
        QHash<qint64, int> perDate;
        QHash<std::pair<int, qint64>, int> perBoth;
        for (int i : same) {
            ++perArticle[items[i].article];
            ++perDate[dateKey(i)];
            ++perBoth[{items[i].article, dateKey(i)}];
        }
        QList<int> involved;
        for (int x : same) {
            if (same.size() - perArticle[items[x].article] - perDate[dateKey(x)]
                    + perBoth[{items[x].article, dateKey(x)}]
                > 0)
                involved << x;
        }
        if (involved.isEmpty())
            continue;
        Finding f {QStringLiteral("date_mismatch"), key, {}, {}, true};
        QStringList parts;
        for (int k : std::as_const(involved)) {
            f.claims.append(context.ref(k));
            parts << ConsistencyText::tr("%1 by %2")
                         .arg(ClaimText::dated(*items[k].c), context.source(items[k].article));
        }
        parts.removeDuplicates(); // (each date and source once, as in a contradiction)
        f.message = ConsistencyText::tr(
                        "%1: the same figure, %2, is dated %3; a later article may repeat an older figure.")
                        .arg(context.label(key), FrenchFormat::value(*items[involved.first()].c),
                             parts.join(ConsistencyText::tr(" and ")));
        context.notes.append(f);
    }
}

// Copied values: one precise figure at two dates with a different figure between them (a
// level does not leave and come back to the same 3.669.212). A figure alone at two dates is
// only a date mismatch; a rate may well come back to 9,1 %, so rates are left out. One finding
// per figure: its earliest and latest dates, the figure found between them, then its other
// copies.
void copies(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    if (items[group.first()].metric->nature == Nature::Rate)
        return;
    QList<int> exact; // the precise figures, written without a qualifier
    QMap<double, QList<int>> byValue;
    for (int i : group) {
        const Item &it = items[i];
        if (it.c->qualifier == Qualifier::Exact && precise(it) && it.c->asOf.month > 0) {
            exact << i;
            byValue[it.c->value] << i;
        }
    }
    auto earlier = [&](int a, int b) {
        return std::pair {DateIndex::sortKey(items[a].c->asOf), a}
        < std::pair {DateIndex::sortKey(items[b].c->asOf), b};
    };
    std::optional<DateIndex> index;
    for (const QList<int> &same : std::as_const(byValue)) {
        if (same.size() < 2)
            continue;
        const int x = *std::min_element(same.cbegin(), same.cend(), earlier);
        const int y = *std::max_element(same.cbegin(), same.cend(), earlier);
        if (compareDates(items[x].c->asOf, items[y].c->asOf) >= 0)
            continue;
        if (!index)
            index.emplace(items, exact);
        const auto spans = index->between(items[x].c->asOf, items[y].c->asOf);
        int between = -1;
        for (int z : {index->largestLow(spans), index->smallestHigh(spans)}) {
            if (between < 0 && z >= 0 && !compatible(items[z].range, items[x].range))
                between = z;
        }
        if (between < 0)
            continue;
        Finding f {
            QStringLiteral("copied"), key, {}, {context.ref(x), context.ref(between), context.ref(y)}, false};
        for (int other : same) {
            if (other != x && other != y)
                f.claims.append(context.ref(other));
        }
        f.message = ConsistencyText::tr("%1: %2 and %3 give the same figure for two dates, yet %4 lies "
                                        "between them: the later figure is likely copied from the earlier "
                                        "date.")
                        .arg(context.label(key), context.describe(x), context.describe(y),
                             context.describe(between));
        context.flags.append(f);
    }
}

} // namespace CheckDetail
