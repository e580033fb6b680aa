// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that compare the figures of one metric: contradictions, decreases, dates.
#include "checks/checkcontext_p.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace CheckDetail {

namespace {

// The items a finding involves, in the order first met, each once: a set beside the list, so
// that a metric of thousands of items does not search the list for each pair.
struct Involved
{
    QList<int> items;
    QSet<int> seen;

    void add(int item)
    {
        if (!seen.contains(item)) {
            seen.insert(item);
            items.append(item);
        }
    }
    bool isEmpty() const { return items.isEmpty(); }
    int first() const { return items.first(); }
};

void addOnce(Involved &involved, int item)
{
    involved.add(item);
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
        const QList<int> &same = byDate[date];
        Involved involved;
        for (int x = 0; x < same.size(); ++x) {
            for (int y = x + 1; y < same.size(); ++y) {
                if (items[same[x]].article == items[same[y]].article
                    || compatible(items[same[x]].range, items[same[y]].range))
                    continue;
                addOnce(involved, same[x]);
                addOnce(involved, same[y]);
            }
        }
        if (involved.isEmpty())
            continue;
        QStringList parts;
        Finding f {QStringLiteral("contradiction"), key, {}, {}, false};
        for (int k : std::as_const(involved.items)) {
            parts << context.describe(k);
            f.claims.append(context.ref(k));
        }
        f.message = ConsistencyText::tr(
                        "%1 at the same date (%2): %3 cannot all be right, whatever their qualifiers.")
                        .arg(context.label(key), FrenchFormat::date(items[involved.first()].c->asOf),
                             parts.join(ConsistencyText::tr(" and ")));
        context.flags.append(f);
    }
}

// A running total that goes down as its date advances (only between totals that run from
// the same start, and dates of which neither contains the other).
void decrease(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    if (items[group.first()].metric->nature != Nature::Cumulative)
        return;
    QList<int> dated;
    for (int i : group) {
        if (items[i].c->asOf.month > 0)
            dated.append(i);
    }
    // A discovered running total since January starts again every year: only compared within
    // one year.
    const MetricSet::Metric *discovered = context.discovered ? context.discovered->metric(key) : nullptr;
    const bool yearly = discovered && discovered->preset.isEmpty()
        && discovered->id.split(u'.').contains(QStringLiteral("cumul"));
    int worstFrom = -1, worstTo = -1;
    double worstDrop = 0;
    Involved involved;
    for (int x : std::as_const(dated)) {
        for (int y : std::as_const(dated)) {
            if (compareDates(items[x].c->asOf, items[y].c->asOf) >= 0
                || !(items[x].c->since == items[y].c->since)
                || (yearly && items[x].c->asOf.year != items[y].c->asOf.year))
                continue;
            if (items[x].range.low <= items[y].range.high)
                continue;
            addOnce(involved, x);
            addOnce(involved, y);
            const double drop = items[x].range.low - items[y].range.high;
            if (drop > worstDrop) {
                worstDrop = drop;
                worstFrom = x;
                worstTo = y;
            }
        }
    }
    if (worstFrom < 0)
        return;
    Finding f {QStringLiteral("decrease"), key, {}, {}, false};
    for (int k : std::as_const(involved.items))
        f.claims.append(context.ref(k));
    f.message = ConsistencyText::tr("%1 is a running total, yet it falls from %2 to %3: one of the counts is "
                                    "wrong or counts something else.")
                    .arg(context.label(key), context.describe(worstFrom), context.describe(worstTo));
    context.flags.append(f);
}

// One figure with different dates in different outlets (informative; an amount per year has
// no finer date). Two claims with one value cannot contradict each other or go down, so no
// pair here was already flagged by the checks above.
void dateMismatches(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    QHash<double, QList<int>> byValue;
    for (int i : group) {
        if (!items[i].c->asOf.isNull() && !items[i].c->isRange()
            && items[i].metric->nature != Nature::AnnualFlow)
            byValue[items[i].c->value].append(i);
    }
    QList<double> values = byValue.keys();
    std::sort(values.begin(), values.end());
    for (double v : std::as_const(values)) {
        const QList<int> &same = byValue[v];
        Involved involved;
        for (int x : same) {
            for (int y : same) {
                if (items[x].article >= items[y].article || items[x].c->asOf == items[y].c->asOf)
                    continue;
                addOnce(involved, x);
                addOnce(involved, y);
            }
        }
        if (involved.isEmpty())
            continue;
        Finding f {QStringLiteral("date_mismatch"), key, {}, {}, true};
        QStringList parts;
        for (int k : std::as_const(involved.items)) {
            f.claims.append(context.ref(k));
            parts << ConsistencyText::tr("%1 by %2")
                         .arg(ClaimText::dated(*items[k].c),
                              ClaimText::sourceInSentence(context.articles[items[k].article]));
        }
        f.message = ConsistencyText::tr(
                        "%1: the same figure, %2, is dated %3; a later article may repeat an older figure.")
                        .arg(context.label(key), FrenchFormat::value(*items[involved.first()].c),
                             parts.join(ConsistencyText::tr(" and ")));
        context.notes.append(f);
    }
}

// Copied values: one precise figure at two dates with a different figure between them (a
// level does not leave and come back to the same 3.669.212). A figure alone at two dates is
// only a date mismatch; a rate may well come back to 9,1 %, so rates are left out.
void copies(Context &context, const QString &key, const QList<int> &group)
{
    const QList<Item> &items = context.items;
    if (items[group.first()].metric->nature == Nature::Rate)
        return;
    auto precise = [&](int i) {
        const Item &it = items[i];
        return it.c->qualifier == Qualifier::Exact && !it.c->isRange() && it.c->value != 0
            && (it.range.high - it.range.low) / std::abs(it.c->value) < 0.01 && it.c->asOf.month > 0;
    };
    QList<std::pair<int, int>> done;
    for (int x : group) {
        for (int y : group) {
            if (!precise(x) || !precise(y) || items[x].c->value != items[y].c->value
                || compareDates(items[x].c->asOf, items[y].c->asOf) >= 0)
                continue;
            int between = -1;
            for (int z : group) {
                if (compareDates(items[x].c->asOf, items[z].c->asOf) < 0
                    && compareDates(items[z].c->asOf, items[y].c->asOf) < 0
                    && !compatible(items[z].range, items[x].range) && precise(z))
                    between = z;
            }
            if (between < 0 || done.contains(std::pair {x, y}))
                continue;
            done.append({x, y});
            Finding f {QStringLiteral("copied"),
                       key,
                       {},
                       {context.ref(x), context.ref(between), context.ref(y)},
                       false};
            f.message
                = ConsistencyText::tr("%1: %2 and %3 give the same figure for two dates, yet %4 lies "
                                      "between them: the later figure is likely copied from the earlier "
                                      "date.")
                      .arg(context.label(key), context.describe(x), context.describe(y),
                           context.describe(between));
            context.flags.append(f);
        }
    }
}

} // namespace CheckDetail
