// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metrictaxonomy.h"

#include "text/textutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <map>

namespace {

MetricTaxonomy::Nature natureFromName(const QString &name, bool *ok)
{
    const std::optional<MetricTaxonomy::Nature> nature = MetricTaxonomy::natureNamed(name);
    *ok = nature.has_value();
    return nature.value_or(MetricTaxonomy::Nature::Stock);
}

// The roles are not in the file (docs/metrics.md, "Scheme roles").
MetricTaxonomy::Role roleOf(const QString &key)
{
    static const QStringList amo
        = {QStringLiteral("tadamon"), QStringLiteral("tns"), QStringLiteral("achamil"),
           QStringLiteral("salaries"), QStringLiteral("cnops")};
    if (amo.contains(key))
        return MetricTaxonomy::Role::AmoScheme;
    if (key == u"amo" || key == u"state")
        return MetricTaxonomy::Role::Generic;
    return MetricTaxonomy::Role::OtherScheme;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QStringList MetricTaxonomy::patternWords(const QString &pattern)
{
    QStringList words;
    TextUtil::forEachWord(pattern, [&](qsizetype, qsizetype, QStringView folded) {
        if (!folded.isEmpty())
            words << folded.toString();
    });
    return words;
}

void MetricTaxonomy::PatternIndex::add(const QStringList &words, int owner)
{
    int group = firstWords.value(words.first());
    if (group < 0) {
        group = int(groups.size());
        groups.append(QList<Pattern>());
        firstWords.insert(words.first(), group);
    }
    groups[group].append({words, owner});
}

Result<MetricTaxonomy> MetricTaxonomy::fromJson(const QByteArray &json, const QString &name)
{
    using R = Result<MetricTaxonomy>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return R::failure(QStringLiteral("%1: not valid JSON (%2 at byte %3)")
                              .arg(name, error.errorString())
                              .arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != u"bilan.metrics/1")
        return R::failure(
            QStringLiteral("%1: not a metric taxonomy (schema \"bilan.metrics/1\" expected)").arg(name));
    MetricTaxonomy t;
    for (const QJsonValue &v : root.value(QStringLiteral("schemes")).toArray()) {
        const QJsonObject o = v.toObject();
        Scheme s {o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("fr")).toString(),
                  o.value(QStringLiteral("en")).toString(), Role::Generic,
                  strings(o.value(QStringLiteral("patterns")))};
        if (s.key.isEmpty() || t.m_schemeIndex.contains(s.key))
            return R::failure(QStringLiteral("%1: a scheme without a key, or twice the same key (\"%2\")")
                                  .arg(name, s.key));
        s.role = roleOf(s.key);
        t.m_schemeIndex.insert(s.key, int(t.m_schemes.size()));
        for (const QString &p : std::as_const(s.patterns)) {
            const QStringList words = patternWords(p);
            if (!words.isEmpty())
                t.m_schemePatterns.add(words, int(t.m_schemes.size()));
        }
        t.m_schemes.append(s);
    }
    QHash<QString, int> measureIndex;
    for (const QJsonValue &v : root.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        Measure m {o.value(QStringLiteral("key")).toString(),
                   o.value(QStringLiteral("fr")).toString(),
                   o.value(QStringLiteral("en")).toString(),
                   natureFromName(o.value(QStringLiteral("nature")).toString(), &ok),
                   {},
                   strings(o.value(QStringLiteral("patterns")))};
        if (m.key.isEmpty() || measureIndex.contains(m.key) || !ok)
            return R::failure(
                QStringLiteral("%1: measure \"%2\" has no key, a repeated key or an unknown nature")
                    .arg(name, m.key));
        for (const QString &u : strings(o.value(QStringLiteral("units"))))
            m.units << TextUtil::simplified(TextUtil::fold(u));
        measureIndex.insert(m.key, int(t.m_measures.size()));
        for (const QString &p : std::as_const(m.patterns)) {
            const QStringList words = patternWords(p);
            if (!words.isEmpty())
                t.m_measurePatterns.add(words, int(t.m_measures.size()));
        }
        t.m_measures.append(m);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        Metric m {o.value(QStringLiteral("key")).toString(),
                  o.value(QStringLiteral("scheme")).toString(),
                  o.value(QStringLiteral("measure")).toString(),
                  o.value(QStringLiteral("fr")).toString(),
                  o.value(QStringLiteral("en")).toString(),
                  natureFromName(o.value(QStringLiteral("nature")).toString(), &ok),
                  o.value(QStringLiteral("unit")).toString()};
        if (!ok || !t.m_schemeIndex.contains(m.scheme) || !measureIndex.contains(m.measure)
            || m.key != m.scheme + u'.' + m.measure || t.m_metricIndex.contains(m.key))
            return R::failure(QStringLiteral("%1: metric \"%2\" must be <scheme>.<measure> of a known scheme "
                                             "and measure, once, with a nature")
                                  .arg(name, m.key));
        t.m_metricIndex.insert(m.key, int(t.m_metrics.size()));
        t.m_metrics.append(m);
    }
    if (t.m_metrics.isEmpty())
        return R::failure(QStringLiteral("%1: no metrics").arg(name));
    return t;
}

Result<MetricTaxonomy> MetricTaxonomy::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Result<MetricTaxonomy>::failure(path + QStringLiteral(": no such file"));
    if (!f.open(QIODevice::ReadOnly))
        return Result<MetricTaxonomy>::failure(
            path + QStringLiteral(": cannot be read (%1)").arg(f.errorString()));
    if (f.size() > 8 * 1024 * 1024)
        return Result<MetricTaxonomy>::failure(path + QStringLiteral(": too large for a metric taxonomy"));
    return fromJson(f.readAll(), path);
}

const MetricTaxonomy &MetricTaxonomy::bundled()
{
    static const MetricTaxonomy taxonomy = [] {
        auto t = load(QStringLiteral(":/metrics.json"));
        if (!t)
            qFatal("%s", qPrintable(t.error())); // compiled in: a build error, not a user's
        return std::move(t).value();
    }();
    return taxonomy;
}

const MetricTaxonomy::Metric *MetricTaxonomy::metric(const QString &key) const
{
    const int i = m_metricIndex.value(key, -1);
    return i < 0 ? nullptr : &m_metrics[i];
}

std::optional<MetricTaxonomy::Nature> MetricTaxonomy::natureNamed(const QString &name)
{
    if (name == u"stock")
        return Nature::Stock;
    if (name == u"cumulative" || name == u"running_total")
        return Nature::Cumulative;
    if (name == u"annual_flow" || name == u"flow")
        return Nature::AnnualFlow;
    if (name == u"one_off")
        return Nature::OneOff;
    if (name == u"rate")
        return Nature::Rate;
    return std::nullopt;
}

QString MetricTaxonomy::natureText(Nature nature)
{
    switch (nature) {
    case Nature::Stock:
        return tr("Stock");
    case Nature::Cumulative:
        return tr("Running total");
    case Nature::AnnualFlow:
        return tr("Flow per period");
    case Nature::OneOff:
        return tr("One-off");
    case Nature::Rate:
        return tr("Rate");
    }
    return {};
}

QString MetricTaxonomy::natureName(Nature nature)
{
    switch (nature) {
    case Nature::Stock:
        return QStringLiteral("stock");
    case Nature::Cumulative:
        return QStringLiteral("running_total");
    case Nature::AnnualFlow:
        return QStringLiteral("flow");
    case Nature::OneOff:
        return QStringLiteral("one_off");
    case Nature::Rate:
        return QStringLiteral("rate");
    }
    return {};
}

QString MetricTaxonomy::label(const QString &metricKey) const
{
    const Metric *m = metric(metricKey);
    if (!m)
        return metricKey;
    return QLocale().language() == QLocale::French ? m->fr : m->en;
}

QList<MetricTaxonomy::Match> MetricTaxonomy::find(const PatternIndex &index, const QList<QStringView> &words)
{
    return findIn(
        index, words.size(), [&](qsizetype i) { return words[i]; },
        [&](qsizetype i) { return index.firstWords.value(words[i]); });
}

QList<MetricTaxonomy::Match> MetricTaxonomy::find(const PatternIndex &index, const FoldedWords &words)
{
    return findIn(
        index, words.size(), [&](qsizetype i) { return words.folded(i); },
        [&](qsizetype i) { return index.firstWords.value(words, i); });
}

template<typename Word, typename Group>
QList<MetricTaxonomy::Match> MetricTaxonomy::findIn(const PatternIndex &index, qsizetype count, Word word,
                                                    Group group)
{
    QList<Match> all;
    for (qsizetype i = 0; i < count; ++i) {
        const int g = group(i);
        if (g < 0)
            continue;
        for (const Pattern &p : index.groups[g]) {
            if (i + p.words.size() > count)
                continue;
            bool same = true;
            for (qsizetype k = 1; k < p.words.size() && same; ++k)
                same = word(i + k) == p.words[k];
            if (same)
                all.append({p.owner, i, i + p.words.size() - 1});
        }
    }
    // Where matches overlap, the longest wins ("amo tadamon" hides "amo").
    std::stable_sort(all.begin(), all.end(), [](const Match &a, const Match &b) {
        return (a.lastWord - a.firstWord) > (b.lastWord - b.firstWord);
    });
    // The matches kept so far by their first word: a match can only overlap those that start at
    // most the longest kept match's length before it, so each test reads a few neighbours, not
    // every match kept (a long article names a scheme thousands of times).
    QList<Match> kept;
    std::multimap<qsizetype, qsizetype> byFirstWord; // first word → index in kept
    qsizetype longest = 0; // words spanned by the longest kept match, minus one
    for (const Match &m : std::as_const(all)) {
        bool overlaps = false;
        bool duplicate = false;
        for (auto it = byFirstWord.lower_bound(m.firstWord - longest);
             it != byFirstWord.end() && it->first <= m.lastWord && !overlaps && !duplicate; ++it) {
            const Match &k = kept[it->second];
            if (k.lastWord < m.firstWord)
                continue;
            // Hidden by a strictly longer match; equal ones (one word, two measures) both stay.
            overlaps = (k.lastWord - k.firstWord) > (m.lastWord - m.firstWord);
            duplicate = k.owner == m.owner;
        }
        if (overlaps || duplicate)
            continue;
        byFirstWord.emplace(m.firstWord, kept.size());
        longest = std::max(longest, m.lastWord - m.firstWord);
        kept.append(m);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Match &a, const Match &b) { return a.firstWord < b.firstWord; });
    return kept;
}
