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

bool bounded(const Item &item)
{
    return (item.c->qualifier == Qualifier::Exact || item.c->qualifier == Qualifier::About)
        && item.c->value > 0 && !item.c->isRange() && std::isfinite(item.range.high) && item.range.low > 0;
}

} // namespace

void CheckDetail::pairsGivenTogether(Context &context)
{
    const QList<Item> &items = context.items;
    // Items by (article, sentence).
    QMap<std::pair<int, qsizetype>, QList<int>> bySentence;
    QHash<std::pair<int, int>, QList<TextSpan>> sentences;
    for (int i = 0; i < items.size(); ++i) {
        const Item &it = items[i];
        if (!bounded(it))
            continue;
        const Article &article = context.articles[it.article];
        const std::pair<int, int> key {it.article, it.c->paragraph};
        if (!sentences.contains(key))
            sentences.insert(key, ClaimContext::sentences(article, it.c->paragraph));
        qsizetype start = -1;
        for (const TextSpan &s : sentences[key]) {
            if (s.contains(it.c->start))
                start = s.start;
        }
        if (start >= 0)
            bySentence[{it.article, start}].append(i);
    }
    // Pairs by the metrics they join, the metric sorting first first.
    QMap<std::pair<QString, QString>, QList<Pair>> byMetrics;
    for (const QList<int> &together : std::as_const(bySentence)) {
        for (int x : together) {
            for (int y : together) {
                const QString &a = items[x].metric->key;
                const QString &b = items[y].metric->key;
                if (!(a < b) || items[x].c->unit == items[y].c->unit)
                    continue;
                const double sx = scaleOf(items[x]), sy = scaleOf(items[y]);
                byMetrics[{a, b}].append({x, y, items[x].range.low * sx / (items[y].range.high * sy),
                                          items[x].range.high * sx / (items[y].range.low * sy)});
            }
        }
    }
    for (auto it = byMetrics.constBegin(); it != byMetrics.constEnd(); ++it) {
        const QList<Pair> &list = it.value();
        if (list.size() < 3)
            continue;
        for (int o = 0; o < list.size(); ++o) {
            // The others agree on one ratio, from at least two sources other than this one's.
            double low = 0, high = std::numeric_limits<double>::infinity();
            QSet<int> sources;
            bool agree = true;
            for (int k = 0; k < list.size(); ++k) {
                if (k == o)
                    continue;
                if (items[list[k].first].article == items[list[o].first].article) {
                    agree = false; // the same source gives it otherwise too: not one outlier
                    break;
                }
                low = std::max(low, list[k].low);
                high = std::min(high, list[k].high);
                sources.insert(items[list[k].first].article);
            }
            if (!agree || sources.size() < 2 || low > high)
                continue;
            const Pair &p = list[o];
            const double mid = (low + high) / 2;
            const double got = (p.low + p.high) / 2;
            if ((p.low <= high && low <= p.high) || std::abs(got / mid - 1) < 0.03)
                continue;
            Finding f {QStringLiteral("pair"), it.key().first, {}, {}, false};
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
            // The ratio check already flagged this pair an order of magnitude off.
            const bool flagged
                = std::any_of(context.flags.begin(), context.flags.end(), [&](const Finding &g) {
                      return g.claims.contains(context.ref(p.first))
                          && g.claims.contains(context.ref(p.second));
                  });
            if (flagged)
                continue;
            f.message
                = ConsistencyText::tr("%1 gives %2 with %3, which implies %4 where every other source "
                                      "implies %5: one of its two figures is likely wrong.")
                      .arg(ClaimText::sourceInSentence(context.articles[a.article]),
                           context.describe(p.first), context.describe(p.second), value(got), value(mid));
            context.flags.append(f);
        }
    }
}
