// SPDX-License-Identifier: GPL-3.0-or-later
// The relay checks: outlets giving the same figures relay one source and do not confirm
// each other (informative).
#include "checks/checkcontext_p.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"

#include <QMap>

#include <algorithm>

namespace CheckDetail {

namespace {

using Figures = QHash<std::pair<QString, double>, QList<int>>; // (metric or figure, value) → items

// What makes two figures the same figure whatever metric each was grouped into: the kind, the
// unit and the date it refers to (with its value). Outlets relaying one dispatch give its figures
// with the same dates; the grouping of each may differ with the words around it.
QString sameFigure(const Claim &c)
{
    return QString::number(int(c.kind)) + u'|' + c.unit + u'|' + c.asOf.toIso();
}

// Each pair of articles with the items of the figures both give (both sides), from one map.
// A figure that more than kMostArticles articles give says nothing of which two relay each other,
// and its pairs of articles (half a million for a "3" in a thousand) would make the check
// quadratic: it is left to figuresInThreeArticles.
using Shared = QMap<std::pair<int, int>, QList<int>>; // article pair → items
constexpr qsizetype kMostArticles = 50;
Shared sharedBy(const QList<Item> &items, const Figures &figures)
{
    Shared shared;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QMap<int, QList<int>> byArticle; // this figure's items by article, in article order
        for (int i : it.value())
            byArticle[items[i].article].append(i);
        if (byArticle.size() < 2 || byArticle.size() > kMostArticles)
            continue;
        for (auto x = byArticle.cbegin(); x != byArticle.cend(); ++x) {
            for (auto y = std::next(x); y != byArticle.cend(); ++y) {
                // An item has one figure: no pair gets it twice.
                QList<int> &list = shared[{x.key(), y.key()}];
                list += x.value();
                list += y.value();
            }
        }
    }
    return shared;
}

// The longest run of figures two articles give in the same order (kind and value alike, each
// article's items in the order of its text): a dispatch's figures come in its order whatever
// the date, the unit or the metric each relay's words gave them ("24.000 habitations" and
// "24.000 logements", an undated copy).
QList<int> sameOrder(const QList<Item> &items, QList<int> a, QList<int> b)
{
    auto inText = [&items](int x, int y) {
        return items[x].claim < items[y].claim;
    };
    std::sort(a.begin(), a.end(), inText);
    std::sort(b.begin(), b.end(), inText);
    auto same = [&items](int x, int y) {
        return items[x].c->kind == items[y].c->kind && items[x].c->value == items[y].c->value;
    };
    const qsizetype n = a.size(), m = b.size();
    // Two long copies of one page (tens of thousands of figures each) would need a table of
    // billions: past a million cells, each figure of the first is matched to the next same figure
    // of the second, in order (a common run, if not the longest).
    constexpr qsizetype kMostCells = 1'000'000;
    if ((n + 1) * (m + 1) > kMostCells) {
        QHash<std::pair<int, double>, QList<qsizetype>> where; // figure → its places in b
        for (qsizetype j = 0; j < m; ++j)
            where[{int(items[b[j]].c->kind), items[b[j]].c->value}].append(j);
        QList<int> run;
        qsizetype after = 0; // the next place of b that may match
        for (qsizetype i = 0; i < n && after < m; ++i) {
            const QList<qsizetype> &places = where[{int(items[a[i]].c->kind), items[a[i]].c->value}];
            const auto next = std::lower_bound(places.cbegin(), places.cend(), after);
            if (next == places.cend())
                continue;
            run << a[i] << b[*next];
            after = *next + 1;
        }
        return run;
    }
    QList<int> length((n + 1) * (m + 1), 0); // length[i * (m + 1) + j]: of a[i…] and b[j…]
    auto at = [&](qsizetype i, qsizetype j) -> int & {
        return length[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = same(a[i], b[j]) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QList<int> run;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (same(a[i], b[j])) {
            run << a[i++] << b[j++];
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return run;
}

using Figure = std::pair<int, double>; // kind, value

// The figures two articles both give (the same kind and value), each article's in the order
// of its text, in the same order in both, when there are at least `least` of them and one is
// precise; else none. `range` holds each article's items [first, last).
// A figure many articles give ("2025", "1") says nothing of which two relay each other: only
// those of `rare` count.
QList<int> sameOrderRun(const QList<Item> &items, const QHash<int, std::pair<int, int>> &range,
                        const QSet<Figure> &rare, std::pair<int, int> pair, qsizetype least)
{
    auto figure = [&items](int i) {
        return Figure {int(items[i].c->kind), items[i].c->value};
    };
    const auto [a0, a1] = range.value(pair.first);
    const auto [b0, b1] = range.value(pair.second);
    QSet<Figure> inA, inB;
    for (int i = a0; i < a1; ++i) {
        if (rare.contains(figure(i)))
            inA.insert(figure(i));
    }
    for (int i = b0; i < b1; ++i) {
        if (rare.contains(figure(i)))
            inB.insert(figure(i));
    }
    QList<int> first, second;
    for (int i = a0; i < a1; ++i) {
        if (inB.contains(figure(i)))
            first << i;
    }
    for (int i = b0; i < b1; ++i) {
        if (inA.contains(figure(i)))
            second << i;
    }
    if (first.size() < least || second.size() < least)
        return {};
    const QList<int> run = sameOrder(items, first, second);
    QSet<Figure> distinct;
    for (int i : run)
        distinct.insert(figure(i));
    if (distinct.size() < least
        || std::none_of(run.cbegin(), run.cend(), [&](int i) { return precise(items[i]); }))
        return {};
    return run;
}

// Two articles giving three or more of the same figures: the same metric and value (`byMetric`),
// or the same value, kind, unit and date whatever metric each was grouped into (`byFigure`: the
// relays of one dispatch whose sentences were grouped differently).
// Or four figures or more in the same order, one of them precise (`byPrecise`, the precise
// figures by kind and value, finds the pairs of articles to read): a copy whose dates or units
// differ, or that has no date.
void sharedFigures(Context &context, const Figures &byMetric, const Figures &byFigure,
                   const Figures &byPrecise)
{
    const QList<Item> &items = context.items;
    const Shared metricPairs = sharedBy(items, byMetric);
    const Shared figurePairs = sharedBy(items, byFigure);
    const Shared precisePairs = sharedBy(items, byPrecise);
    QHash<int, std::pair<int, int>> range; // an article's items, one after the other
    QHash<Figure, std::pair<int, int>> articlesWith; // the last article that gives it, their count
    for (int i = 0; i < items.size(); ++i) {
        auto it = range.find(items[i].article);
        if (it == range.end())
            range.insert(items[i].article, {i, i + 1});
        else
            it->second = i + 1;
        auto &[last, count] = articlesWith[{int(items[i].c->kind), items[i].c->value}];
        if (count == 0 || last != items[i].article) {
            last = items[i].article;
            ++count;
        }
    }
    QSet<Figure> rare;
    for (auto it = articlesWith.cbegin(); it != articlesWith.cend(); ++it) {
        if (it->second >= 2 && it->second <= kMostArticles)
            rare.insert(it.key());
    }
    QSet<std::pair<int, int>> pairs;
    for (const Shared *from : {&metricPairs, &figurePairs, &precisePairs}) {
        for (auto it = from->cbegin(); it != from->cend(); ++it)
            pairs.insert(it.key());
    }
    QList<std::pair<int, int>> ordered(pairs.cbegin(), pairs.cend());
    std::sort(ordered.begin(), ordered.end());
    constexpr int kRelay = 3;
    constexpr int kInOrder = 4;
    for (const auto &pair : std::as_const(ordered)) {
        const QList<int> byMetricItems = metricPairs.value(pair);
        const QList<int> byFigureItems = figurePairs.value(pair);
        QSet<std::pair<QString, double>> metricDistinct, figureDistinct;
        for (int i : byMetricItems)
            metricDistinct.insert({items[i].metric->key, items[i].c->value});
        for (int i : byFigureItems)
            figureDistinct.insert({sameFigure(*items[i].c), items[i].c->value});
        const QList<int> inOrder
            = precisePairs.contains(pair) ? sameOrderRun(items, range, rare, pair, kInOrder) : QList<int>();
        QSet<std::pair<int, double>> orderDistinct;
        for (int i : inOrder)
            orderDistinct.insert({int(items[i].c->kind), items[i].c->value});
        const qsizetype distinct
            = std::max({metricDistinct.size(), figureDistinct.size(), orderDistinct.size()});
        if (distinct < kRelay)
            continue;
        Finding f {QStringLiteral("repeated"), QString(), {}, {}, true};
        QList<int> list = byMetricItems;
        for (const QList<int> *more : std::initializer_list<const QList<int> *> {&byFigureItems, &inOrder}) {
            for (int i : *more) {
                if (!list.contains(i))
                    list.append(i);
            }
        }
        std::sort(list.begin(), list.end(), [&](int a, int b) { return context.ref(a) < context.ref(b); });
        QStringList examples;
        for (int i : std::as_const(list)) {
            f.claims.append(context.ref(i));
            const QString e = FrenchFormat::value(*items[i].c);
            if (items[i].article == pair.first && examples.size() < 4 && !examples.contains(e))
                examples << e;
        }
        f.message = ConsistencyText::tr(
                        "%1 and %2 give the same %3 figures (%4…): they relay one source and do not "
                        "confirm each other.")
                        .arg(context.source(pair.first), context.source(pair.second))
                        .arg(distinct)
                        .arg(examples.join(QStringLiteral(", ")));
        context.notes.append(f);
    }
}

// One figure in three articles or more.
// The articles the items are in, and their outlets, each named once.
int articlesOf(const Context &context, const QList<int> &list, QStringList &outlets)
{
    QSet<QString> seen;
    QSet<int> arts;
    for (int i : list) {
        const QString &s = context.source(context.items[i].article);
        if (!seen.contains(s)) {
            seen.insert(s);
            outlets << s;
        }
        arts.insert(context.items[i].article);
    }
    return int(arts.size());
}

void figuresInThreeArticles(Context &context, const Figures &figures)
{
    const QList<Item> &items = context.items;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QStringList outlets;
        const int arts = articlesOf(context, it.value(), outlets);
        if (arts < 3)
            continue;
        Finding f {QStringLiteral("repeated"), it.key().first, {}, {}, true};
        for (int i : it.value())
            f.claims.append(context.ref(i));
        f.message = ConsistencyText::tr("%1: %2 appears in %3 articles (%4), which share one source.")
                        .arg(context.label(it.key().first), FrenchFormat::value(*items[it.value().first()].c))
                        .arg(arts)
                        .arg(outlets.join(QStringLiteral(", ")));
        context.notes.append(f);
    }
}

// One figure in three articles or more, written to more digits in some: "27,091 millions",
// "27 millions" and "plus de 27 millions" of one metric and one year are one total, rounded.
// The round figure is exact ("27 millions": 26,5 to 27,5 millions); the others lie within it, of
// the same year (and month, when both name one). Not when every article gives the same value:
// figuresInThreeArticles says it.
void roundedInThreeArticles(Context &context)
{
    const QList<Item> &items = context.items;
    for (const QString &key : std::as_const(context.metricKeys)) {
        const QList<int> &list = context.byMetric.value(key);
        if (list.size() < 3 || list.size() > 200)
            continue;
        QList<int> best;
        int bestRound = -1;
        for (int r : list) {
            const Item &round = items[r];
            if (round.c->qualifier != Qualifier::Exact || round.c->isRange() || round.c->asOf.isNull()
                || !std::isfinite(round.range.high) || round.range.high <= round.range.low)
                continue;
            QList<int> within;
            QSet<int> arts;
            QSet<double> values;
            for (int i : list) {
                const Claim &c = *items[i].c;
                const bool otherMonth
                    = c.asOf.hasMonth() && round.c->asOf.hasMonth() && c.asOf.month != round.c->asOf.month;
                if (c.isRange() || c.asOf.year != round.c->asOf.year || otherMonth
                    || c.value < round.range.low || c.value > round.range.high)
                    continue;
                within.append(i);
                arts.insert(items[i].article);
                values.insert(c.value);
            }
            if (arts.size() >= 3 && values.size() >= 2 && within.size() > best.size()) {
                best = within;
                bestRound = r;
            }
        }
        if (best.isEmpty())
            continue;
        Finding f {QStringLiteral("repeated"), key, {}, {}, true};
        for (int i : std::as_const(best))
            f.claims.append(context.ref(i));
        QStringList outlets;
        const int arts = articlesOf(context, best, outlets);
        f.message = ConsistencyText::tr(
                        "%1: %2 appears in %3 articles (%4), rounded in some, which share one source.")
                        .arg(context.label(key), FrenchFormat::value(*items[bestRound].c))
                        .arg(arts)
                        .arg(outlets.join(QStringLiteral(", ")));
        context.notes.append(f);
    }
}

} // namespace

void relays(Context &context)
{
    Figures figures, same, precises;
    for (int i = 0; i < context.items.size(); ++i) {
        const Item &item = context.items[i];
        figures[{item.metric->key, item.c->value}].append(i);
        if (precise(item))
            precises[{QString::number(int(item.c->kind)), item.c->value}].append(i);
        // A figure without a date says nothing of which dispatch it comes from.
        if (!item.c->asOf.isNull())
            same[{sameFigure(*item.c), item.c->value}].append(i);
    }
    sharedFigures(context, figures, same, precises);
    figuresInThreeArticles(context, figures);
    roundedInThreeArticles(context);
}

} // namespace CheckDetail
