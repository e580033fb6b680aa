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
Shared sharedBy(const QList<Item> &items, const Figures &figures)
{
    constexpr qsizetype kMostArticles = 50;
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

// Two articles giving three or more of the same figures: the same metric and value (`byMetric`),
// or the same value, kind, unit and date whatever metric each was grouped into (`byFigure`: the
// relays of one dispatch whose sentences were grouped differently).
void sharedFigures(Context &context, const Figures &byMetric, const Figures &byFigure)
{
    const QList<Item> &items = context.items;
    const Shared metricPairs = sharedBy(items, byMetric);
    const Shared figurePairs = sharedBy(items, byFigure);
    QSet<std::pair<int, int>> pairs;
    for (const Shared *from : {&metricPairs, &figurePairs}) {
        for (auto it = from->cbegin(); it != from->cend(); ++it)
            pairs.insert(it.key());
    }
    QList<std::pair<int, int>> ordered(pairs.cbegin(), pairs.cend());
    std::sort(ordered.begin(), ordered.end());
    constexpr int kRelay = 3;
    for (const auto &pair : std::as_const(ordered)) {
        const QList<int> byMetricItems = metricPairs.value(pair);
        const QList<int> byFigureItems = figurePairs.value(pair);
        QSet<std::pair<QString, double>> metricDistinct, figureDistinct;
        for (int i : byMetricItems)
            metricDistinct.insert({items[i].metric->key, items[i].c->value});
        for (int i : byFigureItems)
            figureDistinct.insert({sameFigure(*items[i].c), items[i].c->value});
        const qsizetype distinct = std::max(metricDistinct.size(), figureDistinct.size());
        if (distinct < kRelay)
            continue;
        Finding f {QStringLiteral("repeated"), QString(), {}, {}, true};
        QList<int> list = byMetricItems;
        for (int i : byFigureItems) {
            if (!list.contains(i))
                list.append(i);
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
void figuresInThreeArticles(Context &context, const Figures &figures)
{
    const QList<Item> &items = context.items;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QStringList outlets;
        QSet<QString> seen;
        QSet<int> arts;
        for (int i : it.value()) {
            const QString &s = context.source(items[i].article);
            if (!seen.contains(s)) {
                seen.insert(s);
                outlets << s;
            }
            arts.insert(items[i].article);
        }
        if (arts.size() < 3)
            continue;
        Finding f {QStringLiteral("repeated"), it.key().first, {}, {}, true};
        for (int i : it.value())
            f.claims.append(context.ref(i));
        f.message = ConsistencyText::tr("%1: %2 appears in %3 articles (%4), which share one source.")
                        .arg(context.label(it.key().first), FrenchFormat::value(*items[it.value().first()].c))
                        .arg(arts.size())
                        .arg(outlets.join(QStringLiteral(", ")));
        context.notes.append(f);
    }
}

} // namespace

void relays(Context &context)
{
    Figures figures, same;
    for (int i = 0; i < context.items.size(); ++i) {
        const Item &item = context.items[i];
        figures[{item.metric->key, item.c->value}].append(i);
        // A figure without a date says nothing of which dispatch it comes from.
        if (!item.c->asOf.isNull())
            same[{sameFigure(*item.c), item.c->value}].append(i);
    }
    sharedFigures(context, figures, same);
    figuresInThreeArticles(context, figures);
}

} // namespace CheckDetail
