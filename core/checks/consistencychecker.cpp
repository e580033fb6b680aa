// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/consistencychecker.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "export/articlejson.h"
#include "export/jsonwriter.h"
#include "extraction/numberreader.h"
#include "index/claimindex.h"
#include "text/claimcontext.h"
#include "text/codepointmap.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Nature = MetricTaxonomy::Nature;
using Ref = std::pair<int, int>;

struct Item
{
    int article;
    int claim;
    const Claim *c;
    const MetricTaxonomy::Metric *metric;
    ConsistencyChecker::Interval range;
};

// a < b in time, neither containing the other ("2025" contains "2025-03").
int compareDates(const PartialDate &a, const PartialDate &b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month == 0 || b.month == 0)
        return 0;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    if (a.day == 0 || b.day == 0 || a.day == b.day)
        return 0;
    return a.day < b.day ? -1 : 1;
}

bool compatible(const ConsistencyChecker::Interval &a, const ConsistencyChecker::Interval &b)
{
    const double eps = 1e-9 * std::max({1.0, std::abs(a.high), std::abs(b.high)});
    return a.low <= b.high + eps && b.low <= a.high + eps;
}

int sentenceIndex(const QList<TextSpan> &sentences, qsizetype pos)
{
    for (int i = 0; i < sentences.size(); ++i) {
        if (sentences[i].contains(pos))
            return i;
    }
    return -1;
}

} // namespace

ConsistencyChecker::Interval ConsistencyChecker::interval(const Article &article, const Claim &claim)
{
    // Half a unit of the last significant written digit: "14 millions" ± 0,5 million,
    // "11,1 millions" ± 0,05 million, "734.000" ± 500.
    double half = 0.5;
    const QStringView quote = QStringView(article.text).mid(claim.start, claim.end - claim.start);
    const QList<NumberToken> tokens = NumberReader::scan(quote);
    if (!tokens.isEmpty() && !tokens.first().unreadable) {
        const NumberToken &t = tokens.first();
        const QStringView digits = quote.mid(t.start, t.numberEnd - t.start);
        if (t.form == NumberToken::Form::Words) {
            half = 0.5 * t.scale;
        } else if (t.decimal) {
            const qsizetype sep = std::max(digits.lastIndexOf(u','), digits.lastIndexOf(u'.'));
            int decimals = 0;
            for (qsizetype i = sep + 1; i < digits.size(); ++i)
                decimals += digits[i].isDigit() ? 1 : 0;
            half = 0.5 * t.scale * std::pow(10.0, -decimals);
        } else {
            QString plain;
            for (const QChar ch : digits) {
                if (ch.isDigit())
                    plain += ch;
            }
            // Zeros after a thousands separator are rounding ("734.000"); those of "10 millions"
            // or "2025" are digits.
            int zeros = 0;
            if (t.grouped && t.scale == 1) {
                for (qsizetype i = plain.size() - 1; i > 0 && plain[i] == u'0'; --i)
                    ++zeros;
            }
            half = 0.5 * t.scale * std::pow(10.0, zeros);
        }
    }
    const double v = claim.value;
    const double top = claim.isRange() ? claim.high : v;
    switch (claim.qualifier) {
    case Qualifier::MoreThan:
    case Qualifier::AtLeast:
        return {v, std::numeric_limits<double>::infinity()};
    case Qualifier::About: {
        const double margin = std::max(0.05 * std::abs(v), half);
        return {v - margin, top + margin};
    }
    case Qualifier::LessThan:
    case Qualifier::AtMost:
    case Qualifier::UpTo:
        return {0, top};
    case Qualifier::Exact:
        break;
    }
    return {v - half, top + half};
}

QList<Finding> ConsistencyChecker::check(const QList<Article> &articles, const MetricTaxonomy &taxonomy,
                                         const std::function<bool(int, int)> &include)
{
    QList<Item> items;
    for (int a = 0; a < articles.size(); ++a) {
        for (int c = 0; c < articles[a].claims.size(); ++c) {
            const Claim &claim = articles[a].claims[c];
            if (claim.boilerplate || claim.metric.isEmpty() || !claim.isReadable()
                || (include && !include(a, c)))
                continue;
            const MetricTaxonomy::Metric *metric = taxonomy.metric(claim.metric);
            if (!metric)
                continue;
            items.append({a, c, &claim, metric, interval(articles[a], claim)});
        }
    }
    QHash<QString, QList<int>> byMetric;
    for (int i = 0; i < items.size(); ++i)
        byMetric[items[i].metric->key].append(i);
    QStringList metricKeys = byMetric.keys();
    std::sort(metricKeys.begin(), metricKeys.end());
    auto label = [&](const QString &key) {
        return taxonomy.label(key);
    };
    auto ref = [&](int i) {
        return Ref {items[i].article, items[i].claim};
    };
    auto describe = [&](int i) {
        return ClaimText::described(articles[items[i].article], *items[i].c);
    };

    QList<Finding> flags, notes;
    QSet<std::pair<Ref, Ref>> conflicting; // pairs already explained by a flag

    for (const QString &key : std::as_const(metricKeys)) {
        const QList<int> &group = byMetric[key];
        // Contradictions: one date, two sources, values that cannot both be right. Within one
        // article, several values of a metric at a date are its parts, its categories or its
        // change ("32,6 MMDH, dont 5,5 MMDH pour…", "aujourd'hui de 400 DH, sera relevé à
        // 600 DH"), not a source contradicting itself.
        QHash<QString, QList<int>> byDate;
        for (int i : group) {
            if (!items[i].c->asOf.isNull())
                byDate[items[i].c->asOf.toIso()].append(i);
        }
        QStringList dates = byDate.keys();
        std::sort(dates.begin(), dates.end());
        for (const QString &date : std::as_const(dates)) {
            const QList<int> &same = byDate[date];
            QList<int> involved;
            for (int x = 0; x < same.size(); ++x) {
                for (int y = x + 1; y < same.size(); ++y) {
                    if (items[same[x]].article == items[same[y]].article
                        || compatible(items[same[x]].range, items[same[y]].range))
                        continue;
                    for (int k : {same[x], same[y]}) {
                        if (!involved.contains(k))
                            involved.append(k);
                    }
                    conflicting.insert({ref(same[x]), ref(same[y])});
                    conflicting.insert({ref(same[y]), ref(same[x])});
                }
            }
            if (involved.isEmpty())
                continue;
            QStringList parts;
            Finding f {QStringLiteral("contradiction"), key, {}, {}, false};
            for (int k : std::as_const(involved)) {
                parts << describe(k);
                f.claims.append(ref(k));
            }
            f.message = ConsistencyText::tr(
                            "%1 at the same date (%2): %3 cannot all be right, whatever their qualifiers.")
                            .arg(label(key), FrenchFormat::date(items[involved.first()].c->asOf),
                                 parts.join(ConsistencyText::tr(" and ")));
            flags.append(f);
        }

        // A running total that goes down.
        if (items[group.first()].metric->nature == Nature::Cumulative) {
            QList<int> dated;
            for (int i : group) {
                if (items[i].c->asOf.month > 0)
                    dated.append(i);
            }
            int worstFrom = -1, worstTo = -1;
            double worstDrop = 0;
            QList<int> involved;
            for (int x : std::as_const(dated)) {
                for (int y : std::as_const(dated)) {
                    if (compareDates(items[x].c->asOf, items[y].c->asOf) >= 0
                        || !(items[x].c->since == items[y].c->since))
                        continue;
                    if (items[x].range.low <= items[y].range.high)
                        continue;
                    for (int k : {x, y}) {
                        if (!involved.contains(k))
                            involved.append(k);
                    }
                    conflicting.insert({ref(x), ref(y)});
                    conflicting.insert({ref(y), ref(x)});
                    const double drop = items[x].range.low - items[y].range.high;
                    if (drop > worstDrop) {
                        worstDrop = drop;
                        worstFrom = x;
                        worstTo = y;
                    }
                }
            }
            if (worstFrom >= 0) {
                Finding f {QStringLiteral("decrease"), key, {}, {}, false};
                for (int k : std::as_const(involved))
                    f.claims.append(ref(k));
                f.message = ConsistencyText::tr("%1 is a running total, yet it falls from %2 to %3: one of "
                                                "the counts is wrong or counts "
                                                "something else.")
                                .arg(label(key), describe(worstFrom), describe(worstTo));
                flags.append(f);
            }
        }

        // One figure, different dates, different outlets (an amount per year has no finer date).
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
            QList<int> involved;
            for (int x : same) {
                for (int y : same) {
                    if (items[x].article >= items[y].article || items[x].c->asOf == items[y].c->asOf
                        || conflicting.contains({ref(x), ref(y)}))
                        continue;
                    for (int k : {x, y}) {
                        if (!involved.contains(k))
                            involved.append(k);
                    }
                }
            }
            if (involved.isEmpty())
                continue;
            Finding f {QStringLiteral("date_mismatch"), key, {}, {}, true};
            QStringList parts;
            for (int k : std::as_const(involved)) {
                f.claims.append(ref(k));
                parts << ConsistencyText::tr("%1 by %2")
                             .arg(ClaimText::dated(*items[k].c),
                                  ClaimText::sourceInSentence(articles[items[k].article]));
            }
            f.message
                = ConsistencyText::tr(
                      "%1: the same figure, %2, is dated %3; a later article may repeat an older figure.")
                      .arg(label(key), FrenchFormat::value(*items[involved.first()].c),
                           parts.join(ConsistencyText::tr(" and ")));
            notes.append(f);
        }
    }

    // Ratios: an amount and the count it pays for, in one sentence or two consecutive ones.
    struct Ratio
    {
        QString key; // "amount measure/count measure"
        int amount;
        int count;
        double value;
    };
    // What each amount pays for: money reimbursed per file or per person, billing per service.
    static const QHash<QString, QStringList> countsOf = {
        {QStringLiteral("amount_reimbursed"),
         {QStringLiteral("files_reimbursed"), QStringLiteral("files_processed"),
          QStringLiteral("files_submitted"), QStringLiteral("files_chronic"), QStringLiteral("beneficiaries"),
          QStringLiteral("insured"), QStringLiteral("families")}},
        {QStringLiteral("amount_billed"), {QStringLiteral("services_billed")}},
    };
    QList<Ratio> ratios;
    QHash<std::pair<int, int>, QList<TextSpan>> sentenceCache;
    auto sentenceOf = [&](int i) {
        const Item &it = items[i];
        const auto key = std::pair {it.article, it.c->paragraph};
        if (!sentenceCache.contains(key))
            sentenceCache.insert(key, ClaimContext::sentences(articles[it.article], it.c->paragraph));
        return sentenceIndex(sentenceCache[key], it.c->start);
    };
    for (int i = 0; i < items.size(); ++i) {
        const auto countsIt = countsOf.constFind(items[i].metric->measure);
        if (countsIt == countsOf.constEnd() || items[i].c->isRange())
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
    QSet<QString> reported;
    for (const Ratio &r : std::as_const(ratios)) {
        QList<const Ratio *> others;
        for (const Ratio &o : std::as_const(ratios)) {
            if (o.key == r.key && items[o.amount].article != items[r.amount].article)
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
        Finding f {
            QStringLiteral("ratio"), items[r.amount].metric->key, {}, {ref(r.amount), ref(r.count)}, false};
        QStringList otherSources;
        for (const Ratio *o : std::as_const(others)) {
            f.claims.append(ref(o->amount));
            f.claims.append(ref(o->count));
            const QString s = ClaimText::sourceInSentence(articles[items[o->amount].article]);
            if (!otherSources.contains(s))
                otherSources << s;
        }
        // Per file, to three significant figures: "16 600 DH".
        auto rounded = [](double v) {
            const double p = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2);
            return std::round(v / p) * p;
        };
        Claim perUnit;
        perUnit.unit = items[r.amount].c->unit;
        perUnit.kind = items[r.amount].c->kind;
        perUnit.value = rounded(r.value);
        Claim typical = perUnit;
        typical.value = rounded(median);
        const QString counted = items[r.count].c->unit;
        f.message = ConsistencyText::tr("%1 gives %2 for %3 %4, about %5 each: %6 times the %7 that %8 "
                                        "imply. One of its two figures is "
                                        "likely off by a factor of ten.")
                        .arg(ClaimText::sourceInSentence(articles[items[r.amount].article]),
                             ClaimText::figure(*items[r.amount].c), ClaimText::figure(*items[r.count].c),
                             counted, FrenchFormat::value(perUnit))
                        .arg(qRound(factor))
                        .arg(FrenchFormat::value(typical), otherSources.join(ConsistencyText::tr(" and ")));
        flags.append(f);
    }

    // Outlets relaying one source: the same figures, metric by metric.
    QHash<std::pair<QString, double>, QList<int>> figures;
    for (int i = 0; i < items.size(); ++i)
        figures[{items[i].metric->key, items[i].c->value}].append(i);
    QMap<std::pair<int, int>, QList<int>> shared; // article pair → items (both sides)
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QList<int> arts;
        for (int i : it.value()) {
            if (!arts.contains(items[i].article))
                arts.append(items[i].article);
        }
        std::sort(arts.begin(), arts.end());
        for (int x = 0; x < arts.size(); ++x) {
            for (int y = x + 1; y < arts.size(); ++y) {
                QList<int> &list = shared[{arts[x], arts[y]}];
                for (int i : it.value()) {
                    if ((items[i].article == arts[x] || items[i].article == arts[y]) && !list.contains(i))
                        list.append(i);
                }
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
        std::sort(list.begin(), list.end(), [&](int a, int b) { return ref(a) < ref(b); });
        QStringList examples;
        for (int i : std::as_const(list)) {
            f.claims.append(ref(i));
            const QString e = FrenchFormat::value(*items[i].c);
            if (items[i].article == it.key().first && examples.size() < 4 && !examples.contains(e))
                examples << e;
        }
        f.message = ConsistencyText::tr("%1 and %2 give the same %3 figures (%4…): they relay one source and "
                                        "do not confirm each other.")
                        .arg(ClaimText::sourceInSentence(articles[it.key().first]),
                             ClaimText::sourceInSentence(articles[it.key().second]))
                        .arg(distinct.size())
                        .arg(examples.join(QStringLiteral(", ")));
        notes.append(f);
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QStringList outlets;
        for (int i : it.value()) {
            const QString s = ClaimText::sourceInSentence(articles[items[i].article]);
            if (!outlets.contains(s))
                outlets << s;
        }
        QSet<int> arts;
        for (int i : it.value())
            arts.insert(items[i].article);
        if (arts.size() < 3)
            continue;
        Finding f {QStringLiteral("repeated"), it.key().first, {}, {}, true};
        for (int i : it.value())
            f.claims.append(ref(i));
        f.message = ConsistencyText::tr("%1: %2 appears in %3 articles (%4), which share one source.")
                        .arg(label(it.key().first), FrenchFormat::value(*items[it.value().first()].c))
                        .arg(arts.size())
                        .arg(outlets.join(QStringLiteral(", ")));
        notes.append(f);
    }
    std::sort(notes.begin(), notes.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.kind, a.metric, a.claims) < std::tie(b.kind, b.metric, b.claims);
    });
    return flags + notes;
}

void ConsistencyChecker::markFlags(QList<Article> &articles, const QList<Finding> &findings)
{
    for (Article &a : articles) {
        for (Claim &c : a.claims)
            c.flag = 0;
    }
    for (const Finding &f : findings) {
        for (const auto &[a, c] : f.claims) {
            if (a >= 0 && a < articles.size() && c >= 0 && c < articles[a].claims.size()) {
                quint8 &flag = articles[a].claims[c].flag;
                flag = std::max<quint8>(flag, f.informative ? 1 : 2);
            }
        }
    }
}

QByteArray ConsistencyChecker::toJson(const QList<Article> &articles, const QList<Finding> &findings)
{
    QList<CodePointMap> maps;
    for (const Article &a : articles)
        maps.append(CodePointMap(a.text));
    JsonWriter w;
    w.beginObject();
    w.key("schema").value("bilan.findings/1");
    w.key("findings").beginArray();
    for (const Finding &f : findings) {
        w.beginObject();
        w.key("kind").value(f.kind);
        w.key("metric").stringOrNull(f.metric);
        w.key("message").value(f.message);
        w.key("informative").value(f.informative);
        w.key("claims").beginArray();
        for (const auto &[a, c] : f.claims)
            w.value(ArticleJson::claimId(articles[a], articles[a].claims[c], maps[a]));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    // Body figures that fit no metric take part in no check: listed so they can be assigned.
    w.key("unassigned").beginArray();
    for (int a = 0; a < articles.size(); ++a) {
        for (const Claim &c : articles[a].claims) {
            if (!c.boilerplate && c.metric.isEmpty())
                w.value(ArticleJson::claimId(articles[a], c, maps[a]));
        }
    }
    w.endArray();
    w.endObject();
    return w.data();
}
