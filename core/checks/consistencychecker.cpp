// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/consistencychecker.h"

#include "checks/checkcontext_p.h"

#include "display/claimtext.h"
#include "export/articlejson.h"
#include "export/jsonwriter.h"
#include "extraction/numberreader.h"
#include "text/codepointmap.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace CheckDetail;

int CheckDetail::compareDates(const PartialDate &a, const PartialDate &b)
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

bool CheckDetail::compatible(const ConsistencyChecker::Interval &a, const ConsistencyChecker::Interval &b)
{
    // A tolerance for rounding, relative to the figures' size; an open bound ("plus de": no
    // high) gives none, or it would make every pair meet.
    auto size = [](double v) {
        return std::isfinite(v) ? std::abs(v) : 0.0;
    };
    const double eps = 1e-9 * std::max({1.0, size(a.low), size(b.low), size(a.high), size(b.high)});
    // A figure cut short stands for up to a unit more (toward zero: less, below zero).
    auto low = [](const ConsistencyChecker::Interval &i) {
        return i.low < 0 ? i.low - i.cut : i.low;
    };
    auto high = [](const ConsistencyChecker::Interval &i) {
        return i.high < 0 ? i.high : i.high + i.cut;
    };
    return low(a) <= high(b) + eps && low(b) <= high(a) + eps;
}

bool CheckDetail::precise(const Item &item)
{
    return item.c->value != 0 && !item.c->isRange()
        && (item.range.high - item.range.low) / std::abs(item.c->value) < 0.01;
}

QString Context::describe(int i) const
{
    // (With the source told apart from one named alike.)
    return ClaimText::described(*items[i].c, source(items[i].article));
}

const QString &Context::source(int article) const
{
    // (Two articles named alike, by their titles or their outlet, are told apart by their files:
    // "« Huile d'olive » (olv_kapitalis) and « Huile d'olive » (olv_africanmanager)".)
    if (sources.isEmpty()) {
        QHash<QString, int> named;
        sources.reserve(articles.size());
        for (int a = 0; a < articles.size(); ++a)
            ++named[*sources.insert(a, ClaimText::sourceInSentence(articles[a]))];
        for (auto it = sources.begin(); it != sources.end(); ++it) {
            const QString &id = articles[it.key()].id;
            if (named.value(it.value()) > 1 && !id.isEmpty() && it.value() != id)
                it.value() += QStringLiteral(" (%1)").arg(id);
        }
    }
    return *sources.constFind(article);
}

ConsistencyChecker::Interval ConsistencyChecker::interval(const Article &article, const Claim &claim)
{
    // Half a unit of the last significant written digit: "14 millions" ± 0,5 million,
    // "11,1 millions" ± 0,05 million (or up to 0,1 million more: cut), "734.000" ± 500.
    double half = 0.5;
    bool cut = false; // "3,96 millions" may be 3 967 857 cut short
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
            cut = t.scale >= 1000;
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
    // A count written in millions is rounded, or cut: "3,96 millions" for 3 967 857.
    return {v - half, top + half, cut ? half : 0.0};
}

QList<Finding> ConsistencyChecker::check(const QList<Article> &articles, const MetricTaxonomy &taxonomy,
                                         const std::function<bool(int, int)> &include,
                                         const MetricSet *discovered, const std::atomic<bool> *stop)
{
    auto stopped = [stop] {
        return stop && stop->load(std::memory_order_relaxed);
    };
    Context context {articles, taxonomy, discovered, {}, {}, {}, {}, {}, {}};
    for (int a = 0; a < articles.size(); ++a) {
        for (int c = 0; c < articles[a].claims.size(); ++c) {
            const Claim &claim = articles[a].claims[c];
            if (claim.boilerplate || claim.metric.isEmpty() || !claim.isReadable()
                || (include && !include(a, c)))
                continue;
            const MetricTaxonomy::Metric *metric = taxonomy.metric(claim.metric);
            if (!metric && discovered)
                metric = discovered->checkable(claim.metric);
            if (metric)
                context.items.append({a, c, &claim, metric, interval(articles[a], claim)});
        }
    }
    for (int i = 0; i < context.items.size(); ++i)
        context.byMetric[context.items[i].metric->key].append(i);
    context.metricKeys = context.byMetric.keys();
    std::sort(context.metricKeys.begin(), context.metricKeys.end());

    for (const QString &key : std::as_const(context.metricKeys)) {
        if (stopped())
            return {};
        const QList<int> &group = context.byMetric[key];
        contradictions(context, key, group);
        decrease(context, key, group);
        dateMismatches(context, key, group);
        copies(context, key, group);
    }
    for (void (*across)(Context &) : {ratios, pairsGivenTogether, relays}) {
        if (stopped())
            return {};
        across(context);
    }
    std::sort(context.notes.begin(), context.notes.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.kind, a.metric, a.claims) < std::tie(b.kind, b.metric, b.claims);
    });
    return context.flags + context.notes;
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
