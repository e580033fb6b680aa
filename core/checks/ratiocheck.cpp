// SPDX-License-Identifier: GPL-3.0-or-later
// The ratio check: an amount and the count it pays for, given together, against the same
// ratio in the other sources.
#include "checks/checkcontext_p.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "text/claimcontext.h"

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

int sentenceIndex(const QList<TextSpan> &sentences, qsizetype pos)
{
    for (int i = 0; i < sentences.size(); ++i) {
        if (sentences[i].contains(pos))
            return i;
    }
    return -1;
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
    QList<Ratio> ratios;
    for (int i = 0; i < items.size(); ++i) {
        const auto countsIt = countsOf().constFind(items[i].metric->measure);
        if (countsIt == countsOf().constEnd() || items[i].c->isRange())
            continue;
        const int si = sentenceOf(i);
        int best = -1;
        int bestScore = std::numeric_limits<int>::max();
        for (int j = 0; j < items.size(); ++j) {
            if (items[j].article != items[i].article || items[j].c->paragraph != items[i].c->paragraph
                || !countsIt->contains(items[j].metric->measure)
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
    for (const Ratio *o : others) {
        f.claims.append(context.ref(o->amount));
        f.claims.append(context.ref(o->count));
        const QString s = ClaimText::sourceInSentence(context.articles[items[o->amount].article]);
        if (!otherSources.contains(s))
            otherSources << s;
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
              .arg(ClaimText::sourceInSentence(context.articles[items[r.amount].article]),
                   ClaimText::figure(*items[r.amount].c), ClaimText::figure(*items[r.count].c),
                   items[r.count].c->unit, FrenchFormat::value(perUnit))
              .arg(qRound(factor))
              .arg(FrenchFormat::value(typical), otherSources.join(ConsistencyText::tr(" and ")));
    return f;
}

} // namespace

void ratios(Context &context)
{
    const QList<Ratio> found = pairs(context);
    QSet<QString> reported;
    for (const Ratio &r : found) {
        QList<const Ratio *> others;
        for (const Ratio &o : found) {
            if (o.key == r.key && context.items[o.amount].article != context.items[r.amount].article)
                others.append(&o);
        }
        if (others.isEmpty())
            continue;
        QList<double> values;
        for (const Ratio *o : std::as_const(others))
            values.append(o->value);
        std::sort(values.begin(), values.end());
        const double median = values[values.size() / 2];
        const double factor = std::max(r.value / median, median / r.value);
        if (factor < 10)
            continue;
        // Two sources only: both are ten times off each other; report the pair once.
        QStringList ids {QString::number(r.amount)};
        for (const Ratio *o : std::as_const(others))
            ids << QString::number(o->amount);
        std::sort(ids.begin(), ids.end());
        if (others.size() == 1 && reported.contains(ids.join(u',')))
            continue;
        reported.insert(ids.join(u','));
        context.flags.append(finding(context, r, others, median, factor));
    }
}

} // namespace CheckDetail
