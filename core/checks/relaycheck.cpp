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

using Figures = QHash<std::pair<QString, double>, QList<int>>; // (metric, value) → items

// Two articles giving three or more of the same figures. A figure that more than
// kMostArticles articles give says nothing of which two relay each other, and its pairs of
// articles (half a million for a "3" in a thousand) would make the check quadratic: it is left
// to figuresInThreeArticles.
void sharedFigures(Context &context, const Figures &figures)
{
    constexpr qsizetype kMostArticles = 50;
    const QList<Item> &items = context.items;
    QMap<std::pair<int, int>, QList<int>> shared; // article pair → items (both sides)
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
    constexpr int kRelay = 3;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        QSet<std::pair<QString, double>> distinct;
        for (int i : it.value())
            distinct.insert({items[i].metric->key, items[i].c->value});
        if (distinct.size() < kRelay)
            continue;
        Finding f {QStringLiteral("repeated"), QString(), {}, {}, true};
        QList<int> list = it.value();
        std::sort(list.begin(), list.end(), [&](int a, int b) { return context.ref(a) < context.ref(b); });
        QStringList examples;
        for (int i : std::as_const(list)) {
            f.claims.append(context.ref(i));
            const QString e = FrenchFormat::value(*items[i].c);
            if (items[i].article == it.key().first && examples.size() < 4 && !examples.contains(e))
                examples << e;
        }
        f.message = ConsistencyText::tr(
                        "%1 and %2 give the same %3 figures (%4…): they relay one source and do not "
                        "confirm each other.")
                        .arg(context.source(it.key().first), context.source(it.key().second))
                        .arg(distinct.size())
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
    Figures figures;
    for (int i = 0; i < context.items.size(); ++i)
        figures[{context.items[i].metric->key, context.items[i].c->value}].append(i);
    sharedFigures(context, figures);
    figuresInThreeArticles(context, figures);
}

} // namespace CheckDetail
