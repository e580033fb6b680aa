// SPDX-License-Identifier: GPL-3.0-or-later
// The ratio check: an amount and the count it pays for, given together, against the same
// ratio in the other sources.
#include "checks/checkcontext_p.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "text/claimcontext.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace CheckDetail {

namespace {

struct Ratio
{
    QString key; // "amount measure/count measure"
    int amount;
    int count;
    double value;
};

// The sentence holding `pos`, by a binary search (sentences are in text order and do not
// overlap); -1 when none does.
int sentenceIndex(const QList<TextSpan> &sentences, qsizetype pos)
{
    auto s = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                              [](qsizetype at, const TextSpan &span) { return at < span.start; });
    if (s == sentences.cbegin() || !std::prev(s)->contains(pos))
        return -1;
    return int(std::prev(s) - sentences.cbegin());
}

// What each amount pays for: money reimbursed per file or per person, billing per service.
const QHash<QString, QStringList> &countsOf()
{
    static const QHash<QString, QStringList> counts = {
        {QStringLiteral("amount_reimbursed"),
         {QStringLiteral("files_reimbursed"), QStringLiteral("files_processed"),
          QStringLiteral("files_submitted"), QStringLiteral("files_chronic"), QStringLiteral("beneficiaries"),
          QStringLiteral("insured"), QStringLiteral("families")}},
        {QStringLiteral("amount_billed"), {QStringLiteral("services_billed")}},
    };
    return counts;
}

// Each amount with the count it pays for: in its sentence (first) or the one before, the
// nearest figure of its paragraph with a measure the amount can pay for.
QList<Ratio> pairs(const Context &context)
{
    const QList<Item> &items = context.items;
    QHash<std::pair<int, int>, QList<TextSpan>> sentenceCache;
    auto sentenceOf = [&](int i) {
        const Item &it = items[i];
        const auto key = std::pair {it.article, it.c->paragraph};
        if (!sentenceCache.contains(key))
            sentenceCache.insert(key, ClaimContext::sentences(context.articles[it.article], it.c->paragraph));
        return sentenceIndex(sentenceCache[key], it.c->start);
    };
    // The items of each paragraph: an amount's count is looked for there only.
    QHash<std::pair<int, int>, QList<int>> byParagraph;
    for (int i = 0; i < items.size(); ++i)
        byParagraph[{items[i].article, items[i].c->paragraph}].append(i);
    QList<Ratio> ratios;
    for (int i = 0; i < items.size(); ++i) {
        const auto countsIt = countsOf().constFind(items[i].metric->measure);
        if (countsIt == countsOf().constEnd() || items[i].c->isRange())
            continue;
        const int si = sentenceOf(i);
        int best = -1;
        int bestScore = std::numeric_limits<int>::max();
        for (int j : std::as_const(byParagraph[{items[i].article, items[i].c->paragraph}])) {
            if (!countsIt->contains(items[j].metric->measure)
                || items[j].metric->scheme != items[i].metric->scheme || items[j].c->value <= 0
                || items[j].c->isRange())
                continue;
            const int sj = sentenceOf(j);
            if (sj != si && sj != si - 1)
                continue;
            // The same sentence first, then the nearest figure.
            const int score = (sj == si ? 0 : 1000000) + int(std::abs(items[j].c->start - items[i].c->start));
            if (score < bestScore) {
                bestScore = score;
                best = j;
            }
        }
        if (best >= 0)
            ratios.append({items[i].metric->measure + u'/' + items[best].metric->measure, i, best,
                           items[i].c->value / items[best].c->value});
    }
    return ratios;
}

// To three significant figures: "16 600 DH".
double rounded(double v)
{
    const double p = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2);
    return std::round(v / p) * p;
}

Finding finding(const Context &context, const Ratio &r, const QList<const Ratio *> &others, double median,
                double factor)
{
    const QList<Item> &items = context.items;
    Finding f {QStringLiteral("ratio"),
               items[r.amount].metric->key,
               {},
               {context.ref(r.amount), context.ref(r.count)},
               false};
    QStringList otherSources;
    QSet<QString> seen;
    for (const Ratio *o : others) {
        f.claims.append(context.ref(o->amount));
        f.claims.append(context.ref(o->count));
        const QString &s = context.source(items[o->amount].article);
        if (!seen.contains(s)) {
            seen.insert(s);
            otherSources << s;
        }
    }
    Claim perUnit;
    perUnit.unit = items[r.amount].c->unit;
    perUnit.kind = items[r.amount].c->kind;
    perUnit.value = rounded(r.value);
    Claim typical = perUnit;
    typical.value = rounded(median);
    f.message
        = ConsistencyText::tr("%1 gives %2 for %3 %4, about %5 each: %6 times the %7 that %8 imply. One of "
                              "its two figures is likely off by a factor of ten.")
              .arg(context.source(items[r.amount].article), ClaimText::figure(*items[r.amount].c),
                   ClaimText::figure(*items[r.count].c), items[r.count].c->unit, FrenchFormat::value(perUnit))
              .arg(qRound(factor))
              .arg(FrenchFormat::value(typical), otherSources.join(ConsistencyText::tr(" and ")));
    return f;
}

// The ratios of one key (one amount measure per one count measure), sorted, with where each
// article's lie: the median of the other articles' ratios is then read without sorting them
// again for each ratio.
class KeyRatios
{
public:
    void add(const Ratio &r, int k) { m_sorted.append({r.value, k}); }
    void finish(const Context &context, const QList<Ratio> &found)
    {
        std::sort(m_sorted.begin(), m_sorted.end());
        for (int p = 0; p < m_sorted.size(); ++p)
            m_positions[context.items[found[m_sorted[p].second].amount].article].append(p);
    }
    // The median of the ratios of the articles other than `article`'s (the upper one of an even
    // count), and up to `most` of those ratios nearest it, in the order found; false when there
    // are none.
    bool medianWithout(int article, int most, double &median, QList<int> &nearest) const
    {
        const QList<int> own = m_positions.value(article);
        const qsizetype others = m_sorted.size() - own.size();
        if (others <= 0)
            return false;
        // The rank among the others, moved past each of the article's own ratios at or before it.
        qsizetype p = others / 2;
        for (int removed : own) {
            if (removed <= p)
                ++p;
        }
        median = m_sorted[p].first;
        // Outwards from the median, the nearer side first, skipping the article's own.
        auto isOwn = [&](qsizetype q) {
            return std::binary_search(own.cbegin(), own.cend(), int(q));
        };
        nearest = {m_sorted[p].second};
        qsizetype below = p - 1, above = p + 1;
        while (nearest.size() < most) {
            while (below >= 0 && isOwn(below))
                --below;
            while (above < m_sorted.size() && isOwn(above))
                ++above;
            if (below < 0 && above >= m_sorted.size())
                break;
            const bool down = above >= m_sorted.size()
                || (below >= 0 && median - m_sorted[below].first <= m_sorted[above].first - median);
            nearest << m_sorted[down ? below-- : above++].second;
        }
        std::sort(nearest.begin(), nearest.end());
        return true;
    }

private:
    QList<std::pair<double, int>> m_sorted; // value, ratio
    QHash<int, QList<int>> m_positions; // article → its positions in m_sorted, ascending
};

} // namespace

void ratios(Context &context)
{
    const QList<Ratio> found = pairs(context);
    QHash<QString, KeyRatios> byKey;
    for (int k = 0; k < found.size(); ++k)
        byKey[found[k].key].add(found[k], k);
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        it->finish(context, found);
    QSet<std::pair<int, int>> reported; // amounts of two-source findings
    for (const Ratio &r : found) {
        double median = 0;
        QList<int> nearest;
        if (!byKey[r.key].medianWithout(context.items[r.amount].article, kMostOthers, median, nearest))
            continue;
        const double factor = std::max(r.value / median, median / r.value);
        if (factor < 10)
            continue;
        QList<const Ratio *> others;
        for (int k : std::as_const(nearest))
            others.append(&found[k]);
        // Two sources only: both are ten times off each other; report the pair once.
        if (others.size() == 1) {
            const std::pair<int, int> pair = std::minmax(r.amount, others.first()->amount);
            if (reported.contains(pair))
                continue;
            reported.insert(pair);
        }
        context.flags.append(finding(context, r, others, median, factor));
    }
}

} // namespace CheckDetail
