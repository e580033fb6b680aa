// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricset.h"

#include "export/articlejson.h"
#include "export/jsonwriter.h"
#include "metrics/countries.h"
#include "metrics/measurereader.h"
#include "metrics/metricassigner.h"
#include "parallel/ranges.h"
#include "text/codepointmap.h"
#include "text/textutil.h"

#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

using MeasureReader::Measure;
using MeasureReader::Period;
using MeasureReader::Scope;
using Nature = MetricTaxonomy::Nature;

QString periodKey(Period period)
{
    switch (period) {
    case Period::RunningTotal:
        return QStringLiteral("cumul");
    case Period::SingleMonth:
        return QStringLiteral("month");
    case Period::Unspecified:
        break;
    }
    return {};
}

// A number without unit of a noun written in the plural counts it: "les chômeurs sont en
// augmentation de 33.000" is a number of chômeurs, as "33.000 chômeurs de plus" ("les cas …
// ont atteint 58": cases).
bool bareCount(const Claim &c, const Measure &m)
{
    if (c.kind != ClaimKind::Other || !c.unit.isEmpty() || m.noun.contains(u' '))
        return false;
    const QString written = TextUtil::fold(m.nounLabel);
    return (written.size() > 3 || written == u"cas") && (written.endsWith(u's') || written.endsWith(u'x'))
        && written != QLatin1String("taux") && written != QLatin1String("prix")
        && !written.startsWith(u"indice");
}

// What makes two claims one metric: owner, noun, event, scope, period, and the unit of a
// figure that does not count a noun (%, points, a currency, MW).
// An owner's part of a key: its slug, without the Arabic article a place's name may or may not
// be written with ("Al Haouz", "El Haouz" and "Haouz" are one province).
QString ownerKey(const QString &owner)
{
    QString slug = TextUtil::slug(owner);
    if ((slug.startsWith(u"al-") || slug.startsWith(u"el-")) && slug.size() >= 7)
        slug.remove(0, 3);
    // Nor the company's kind after its name, written or not, in either case: "Attijariwafa bank"
    // and "Attijariwafa Bank" are one owner ("BMCE Bank", "Akdital Holding", "Label'Vie SA").
    for (const QLatin1String kind :
         {QLatin1String("-bank"), QLatin1String("-banque"), QLatin1String("-group"), QLatin1String("-groupe"),
          QLatin1String("-holding"), QLatin1String("-sa")}) {
        if (slug.endsWith(kind) && slug.size() > kind.size() + 2) {
            slug.chop(kind.size());
            break;
        }
    }
    return slug;
}

QString measureKey(const Claim &c, const Measure &m)
{
    // A rate in % of a noun is its rate: "le chômage (…) 13,2 %" is the "taux de chômage".
    const bool rate = c.kind == ClaimKind::Percent;
    const bool rateOf = rate && m.noun.startsWith(u"taux ") && m.noun.size() > 5;
    QStringList parts;
    parts << (m.owner.isEmpty() ? QStringLiteral("national") : ownerKey(m.owner))
          << TextUtil::slug(rateOf ? m.noun.mid(5) : m.noun);
    if (!m.event.isEmpty())
        parts << TextUtil::slug(m.event);
    if (!m.breakdown.isEmpty())
        parts << TextUtil::slug(m.breakdown);
    if (m.scope == Scope::Increment && m.decrease)
        parts << QStringLiteral("decrease");
    else if (m.scope != Scope::Whole)
        parts << MeasureReader::scopeName(m.scope).replace(u'_', u'-');
    if (m.overMonth)
        parts << QStringLiteral("over-month");
    if (m.overQuarter)
        parts << QStringLiteral("over-quarter");
    if (m.since > 0)
        parts << QStringLiteral("since-%1").arg(m.since);
    if (m.annualAverage)
        parts << QStringLiteral("annual-average");
    if (!m.per.isEmpty())
        parts << TextUtil::slug(m.per);
    if (const QString p = periodKey(m.period); !p.isEmpty())
        parts << p;
    if (c.kind != ClaimKind::Count && !bareCount(c, m)) {
        const QString unit = TextUtil::slug(m.unit);
        parts << (unit.isEmpty() ? QStringLiteral("pct") : unit);
    }
    return parts.join(u'.');
}

Nature natureOf(const Claim &c, const Measure &m)
{
    if (c.kind == ClaimKind::Percent || c.kind == ClaimKind::Ratio || c.kind == ClaimKind::Duration
        || m.scope == Scope::Change || m.scope == Scope::PerPeriod)
        return Nature::Rate;
    // An installed capacity (a power: MW) adds up what was installed: a running total, which
    // plants closing rarely bring down.
    // So is a count run from a year before its own ("depuis octobre 2023": since-2023).
    if (m.period == Period::RunningTotal
        || (m.scope == Scope::Whole && m.unit == u"MW" && m.noun == u"capacite")
        || (m.since > 0 && m.scope == Scope::Whole))
        return Nature::Cumulative;
    // Occurrences are counted over a period, never held: "3.365 cas", "6 décès", "2.200 accidents".
    static const QSet<QString> occurrences
        = {QStringLiteral("cas"),       QStringLiteral("dece"),        QStringLiteral("mort"),
           QStringLiteral("blesse"),    QStringLiteral("accident"),    QStringLiteral("naissance"),
           QStringLiteral("infection"), QStringLiteral("incendie"),    QStringLiteral("victime"),
           QStringLiteral("agression"), QStringLiteral("arrestation"), QStringLiteral("faillite")};
    // An amount held at a date is a stock: "l'encours du crédit bancaire", "la dette du Trésor".
    if (m.scope == Scope::Whole && c.kind == ClaimKind::Money && m.event.isEmpty()
        && m.period != Period::SingleMonth && MeasureReader::stockHead(m.noun))
        return Nature::Stock;
    if (m.scope == Scope::Increment || m.scope == Scope::Target || m.period == Period::SingleMonth
        || (!m.event.isEmpty() && !MeasureReader::holdingEvent(m.event)) || c.kind == ClaimKind::Money
        || occurrences.contains(m.noun))
        return Nature::AnnualFlow;
    return Nature::Stock;
}

// The most frequent string of those counted (empty ones aside), the least among equals.
QString mostFrequent(const QHash<QString, int> &counts)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

// A group written as the complement of the noun it follows in a metric's name: "en milieu
// rural", "du secteur des services", "pour les jeunes" (the figure's words were "milieu rural",
// "secteur des services", "les jeunes (-0,7 point)").
QString asComplement(const QString &group)
{
    const QString folded = TextUtil::fold(group);
    if (folded.startsWith(u"milieu "))
        return QStringLiteral("en ") + group;
    if (folded.startsWith(u"origine "))
        return QStringLiteral("d'") + group;
    if (folded.startsWith(u"secteur ") || folded.startsWith(u"secteurs "))
        return (folded.startsWith(u"secteurs ") ? QStringLiteral("des ") : QStringLiteral("du ")) + group;
    if (folded.startsWith(u"les "))
        return QStringLiteral("pour ") + group;
    return group;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// The distinct measures and keys of the claims, each kept once: a desk's 179,000 claims read a
// few thousand distinct measures, and a copy of each per claim was a third of the memory of
// opening such a project.
class Distinct
{
public:
    // Measures are told apart field by field, by a hash of their fields first: no string is made
    // for each of a million claims.
    static size_t hashOf(const Measure &m)
    {
        return qHashMulti(0, m.noun, m.nounLabel, m.event, m.eventLabel, m.owner, m.breakdown,
                          m.breakdownLabel, m.unit, m.per, int(m.scope), int(m.period), m.sameAs, m.decrease,
                          m.overMonth, m.overQuarter, m.annualAverage, m.since);
    }
    int measure(const Measure &m) { return measure(m, hashOf(m)); }
    // The same with its hash already taken.
    int measure(const Measure &m, size_t hash)
    {
        for (auto it = m_measureIndex.constFind(hash); it != m_measureIndex.cend() && it.key() == hash;
             ++it) {
            if (same(m_measures[*it], m))
                return *it;
        }
        const int index = int(m_measures.size());
        m_measureIndex.insert(hash, index);
        m_measures.append(m);
        return index;
    }
    const Measure &measure(int i) const { return m_measures[i]; }
    // A string kept once, by its number (-1 for an empty one): a claim's reading holds numbers,
    // not strings.
    int string(const QString &s)
    {
        if (s.isEmpty())
            return -1;
        auto it = m_stringIndex.constFind(s);
        if (it == m_stringIndex.constEnd()) {
            it = m_stringIndex.insert(s, int(m_strings.size()));
            m_strings.append(s);
        }
        return *it;
    }
    QString string(int i) const { return i < 0 ? QString() : m_strings[i]; }

private:
    static bool same(const Measure &a, const Measure &b)
    {
        return a.noun == b.noun && a.nounLabel == b.nounLabel && a.event == b.event
            && a.eventLabel == b.eventLabel && a.owner == b.owner && a.breakdown == b.breakdown
            && a.breakdownLabel == b.breakdownLabel && a.unit == b.unit && a.per == b.per
            && a.scope == b.scope && a.period == b.period && a.sameAs == b.sameAs && a.decrease == b.decrease
            && a.overMonth == b.overMonth && a.overQuarter == b.overQuarter
            && a.annualAverage == b.annualAverage && a.since == b.since;
    }

    QList<Measure> m_measures;
    QMultiHash<size_t, int> m_measureIndex; // by the hash of their fields
    QList<QString> m_strings;
    QHash<QString, int> m_stringIndex;
};

// One claim that joins a metric: its measure's key and the preset the taxonomy gives it.
struct Entry
{
    int article;
    int claim;
    QString key; // measure key
    QString preset; // the preset key the taxonomy gives, for the whole of a metric
    int measure; // in Distinct
    bool pinned = false; // the journalist's metric (a correction, a figure added by hand)

    QString discovered() const { return pinned ? QString() : preset.isEmpty() ? key : preset; }
};

// Whether an entry reads what the one before it reads (the same measure, key and preset, neither
// pinned): a page of one repeated sentence gives a million such entries, read once.
bool sameAsBefore(const QList<Entry> &entries, qsizetype i)
{
    if (i == 0)
        return false;
    const Entry &e = entries[i];
    const Entry &before = entries[i - 1];
    return e.measure == before.measure && !e.pinned && !before.pinned && e.key == before.key
        && e.preset == before.preset;
}

// The metrics the preset taxonomy assigns the article's claims, one per claim (empty when none).
// A preset applies to an article that names the preset metric's scheme: a taxonomy of health
// insurance says nothing of an article on unemployment.
QStringList presetMetrics(const Article &article, const MetricTaxonomy &presets)
{
    // Named in the title or in a paragraph: as extraction read them, when it did with these presets.
    const QStringList namedList = article.presetsAssigned == &presets && article.presetSchemesNamed
        ? *article.presetSchemesNamed
        : MetricAssigner::schemesNamed(article, presets);
    const QSet<QString> named(namedList.cbegin(), namedList.cend());
    QStringList metrics(article.claims.size());
    // No preset applies: the assignment's reading of every figure is spared.
    if (named.isEmpty())
        return metrics;
    // Fresh from extraction, the claims already carry these presets (and the claims are not
    // copied: a page holds thousands).
    std::optional<Article> assigned;
    if (article.presetsAssigned != &presets) {
        assigned = article;
        MetricAssigner::assign(*assigned, presets);
    }
    const QList<Claim> &claims = assigned ? assigned->claims : article.claims;
    for (qsizetype c = 0; c < claims.size(); ++c) {
        const MetricTaxonomy::Metric *preset = presets.metric(claims[c].metric);
        if (!preset || named.contains(preset->scheme))
            metrics[c] = claims[c].metric;
    }
    return metrics;
}

// What discover() read of one claim, kept to group the claims again under other decisions of
// the journalist without reading their sentences again.
struct ClaimReading
{
    enum class Kind : quint8 {
        Read, // a figure of the body: its measure and preset
        Manual, // added by hand: the metric it was given
        Unread, // furniture or an unreadable figure: only a journalist's metric takes it
    };
    int article;
    int claim;
    Kind kind;
    int measure; // in Distinct
    int key; // in Distinct's strings; Read: the measure's key (-1 when none); Manual: the metric given
    int preset; // in Distinct's strings: the preset metric it takes, or -1
};

// Names of the country itself, whichever country: "le Royaume", "l'État", "le Trésor" (the
// State's accounts: "la situation des charges et ressources du Trésor dégage un déficit").
bool theState(const QString &owner)
{
    const QString f = TextUtil::fold(owner);
    return f == u"royaume" || f == u"etat" || f == u"tresor" || f == u"tresor public";
}

// `noun` without the adjectives of `country` that qualify the complement its label writes
// ("exportations d'huile d'olive tunisienne": a product of the country). (Not an adjective of the
// head: "les investissements directs marocains" go abroad; nor a plural one: "les nuitées des
// touristes marocains" are a group of the nuitées.)
void withoutOwnCountry(QString &noun, const QString &label, const QString &country)
{
    QStringList words = noun.split(u' ');
    bool any = false;
    for (qsizetype i = 1; i < words.size() && !any; ++i)
        any = Countries::ofPeople(words[i]) == country;
    if (!any)
        return;
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9-]+"));
    const QStringList written = TextUtil::fold(label).split(separators, Qt::SkipEmptyParts);
    bool complement = false; // past a "de" of the label
    bool adjective = false; // the country's adjective written past it
    for (const QString &w : written) {
        // (In the singular: "des touristes marocains" are people, a group of the tourists.)
        if (complement && !w.endsWith(u's') && Countries::ofPeople(w) == country)
            adjective = true;
        complement = complement || w == u"de" || w == u"d" || w == u"du" || w == u"des";
    }
    if (!adjective)
        return;
    for (qsizetype i = words.size() - 1; i >= 1; --i) {
        if (Countries::ofPeople(words[i]) == country)
            words.removeAt(i);
    }
    noun = words.join(u' ');
}

// The readings of article `a`'s claims.
// A figure no place owns, or "le Royaume", is its article's country's (`home`, when it is not
// the bilan's); one the bilan's country owns is national (Countries::Homes).
void readArticle(int a, const Article &article, const MetricTaxonomy &presets, const QString &home,
                 const QString &bilanHome, QList<ClaimReading> &out, Distinct &distinct)
{
    const QStringList assigned = presetMetrics(article, presets);
    QList<Measure> measures = MeasureReader::read(article);
    for (Measure &m : measures) {
        if (m.isEmpty())
            continue;
        const QString country = m.owner.isEmpty() ? QString() : Countries::named(m.owner);
        // The adjective of the figure's own country adds nothing to what it measures: "les
        // exportations d'huile d'olive tunisienne" of Tunisia are its "exportations d'huile
        // d'olive" (not another country's: "les touristes français" in Morocco are a group).
        const QString own = !country.isEmpty()       ? country
            : m.owner.isEmpty() || theState(m.owner) ? (home.isEmpty() ? bilanHome : home)
                                                     : QString();
        if (!own.isEmpty() && m.noun.contains(u' '))
            withoutOwnCountry(m.noun, m.nounLabel, own);
        // Nor "du pays", the country itself: "l'indice des prix à la consommation du pays" of
        // Morocco is its "indice des prix à la consommation".
        if (!own.isEmpty() && m.noun.endsWith(u" pays") && TextUtil::fold(m.nounLabel).endsWith(u"du pays"))
            m.noun.chop(5);
        if (m.owner.isEmpty() || theState(m.owner))
            m.owner = home;
        else if (!country.isEmpty() && country != bilanHome && home.isEmpty() && !bilanHome.isEmpty()
                 && m.breakdown.isEmpty()) {
            m.owner.clear();
            m.breakdown = TextUtil::fold(country);
            m.breakdownLabel = country;
        } else if (!country.isEmpty())
            m.owner = country == bilanHome ? QString() : country; // one spelling: "Etats-Unis"
    }
    QSet<QString> wholePresets; // the presets of the article's whole figures
    for (int c = 0; c < article.claims.size(); ++c) {
        if (!measures[c].isEmpty() && measures[c].scope == Scope::Whole && !assigned[c].isEmpty())
            wholePresets.insert(assigned[c]);
    }
    // Furniture and unreadable figures have no measure (MeasureReader reads none): one empty
    // measure for all of them, not a signature made for each of a page's thousands of figures.
    const int none = distinct.measure(Measure {});
    // Each figure's measure hashed and keyed on every core; kept once each, in order, below.
    const qsizetype n = article.claims.size();
    std::vector<size_t> hashes(n, 0);
    QStringList keys(n);
    QString *key = keys.data(); // each range writes its own claims' keys (the list detached once, here)
    Parallel::forRanges(n, 2048, [&](qsizetype begin, qsizetype end) {
        for (qsizetype c = begin; c < end; ++c) {
            const Claim &claim = article.claims[c];
            const Measure &m = std::as_const(measures)[c];
            if (claim.manual || m.isEmpty())
                continue;
            hashes[c] = Distinct::hashOf(m);
            if (!claim.boilerplate && claim.isReadable())
                key[c] = measureKey(claim, m);
        }
    });
    for (int c = 0; c < n; ++c) {
        const Claim &claim = article.claims[c];
        const Measure &m = measures[c];
        if (claim.manual) {
            out.append({a, c, ClaimReading::Kind::Manual, none, distinct.string(claim.metric),
                        distinct.string(presets.metric(claim.metric) ? claim.metric : QString())});
            continue;
        }
        if (claim.boilerplate || !claim.isReadable()) {
            out.append({a, c, ClaimReading::Kind::Unread, m.isEmpty() ? none : distinct.measure(m, hashes[c]),
                        -1, -1});
            continue;
        }
        const QString &preset = assigned[c];
        // A part, an increment or a target never takes the preset of a total the article
        // gives; a rate per period takes a preset the taxonomy reads with its period.
        const bool whole = m.isEmpty() || m.scope == Scope::Whole
            || (m.scope == Scope::PerPeriod && !claim.per.isEmpty())
            || (m.scope != Scope::Change && !wholePresets.contains(preset));
        out.append({a, c, ClaimReading::Kind::Read, m.isEmpty() ? none : distinct.measure(m, hashes[c]),
                    m.isEmpty() ? -1 : distinct.string(keys[c]), whole ? distinct.string(preset) : -1});
    }
    // A page's measures (a dozen strings each) are freed on every core.
    Measure *read = measures.data();
    Parallel::forRanges(n, 4096, [read](qsizetype begin, qsizetype end) {
        for (qsizetype c = begin; c < end; ++c)
            read[c] = Measure {};
    });
}

// The entries to group: each claim's reading, or the metric the journalist pinned it to. The
// claims' metrics are cleared, except those of claims added by hand.
QList<Entry> entriesOf(const QList<ClaimReading> &readings, const Distinct &distinct,
                       const MetricTaxonomy &presets, const MetricSet::Pins &pins, QList<Article> &articles)
{
    for (Article &article : articles)
        article.presetsAssigned = nullptr; // the claims' metrics become the discovered ones
    QList<Entry> entries;
    entries.reserve(readings.size());
    for (const ClaimReading &r : readings) {
        Claim &claim = articles[r.article].claims[r.claim];
        if (const auto pin = pins.constFind({r.article, r.claim});
            pin != pins.constEnd() && !pin->isEmpty()) {
            claim.metric.clear();
            entries.append(
                {r.article, r.claim, *pin, presets.metric(*pin) ? *pin : QString(), r.measure, true});
            continue;
        }
        switch (r.kind) {
        case ClaimReading::Kind::Manual:
            if (r.key >= 0)
                entries.append(
                    {r.article, r.claim, distinct.string(r.key), distinct.string(r.preset), r.measure, true});
            break;
        case ClaimReading::Kind::Unread:
            claim.metric.clear();
            break;
        case ClaimReading::Kind::Read:
            claim.metric.clear();
            if (r.key >= 0 || r.preset >= 0)
                entries.append(
                    {r.article, r.claim, distinct.string(r.key), distinct.string(r.preset), r.measure});
            break;
        }
    }
    return entries;
}

// A value precise enough that two outlets giving it for the same date copy one source: three
// significant digits ("11,35 millions", "972.000", "17,7 %"), or a percentage with decimals
// ("3,3 %"); not "20 %", "10 millions" or "300 MW".
// The significant digits of a value written to twelve ("11,35 millions" has four, "20" one), and
// whether it is written with a decimal part.
qsizetype significantDigits(double value, bool *fraction = nullptr)
{
    // A whole number, most figures, by arithmetic: printing a double takes a big-number division.
    if (const double whole = std::round(std::abs(value)); whole == std::abs(value) && whole < 1e12) {
        if (fraction)
            *fraction = false;
        auto n = qint64(whole);
        while (n != 0 && n % 10 == 0)
            n /= 10;
        qsizetype digits = 0;
        for (; n != 0; n /= 10)
            ++digits;
        return digits;
    }
    QString digits = QString::number(std::abs(value), 'g', 12);
    const qsizetype exponent = digits.indexOf(u'e');
    if (fraction)
        *fraction = exponent < 0 && digits.contains(u'.');
    if (exponent >= 0)
        digits.truncate(exponent);
    digits.remove(u'.');
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return digits.size();
}

bool distinctive(const Claim &c)
{
    if (!c.isReadable() || c.isRange() || c.asOf.isNull() || c.value == 0)
        return false;
    bool fraction = false;
    const qsizetype digits = significantDigits(c.value, &fraction);
    return digits >= 3 || (c.kind == ClaimKind::Percent && fraction && digits >= 2);
}

// A value as a key, to twelve significant digits (a computation's last bits do not count:
// "11,35 millions" and "11.350.000"). A whole number, most figures, is written as one, which is
// the same text and ten times faster.
QString valueKey(double v)
{
    const double whole = std::round(v);
    if (std::abs(whole) < 1e12 && std::abs(v - whole) <= std::abs(v) * 1e-13)
        return QString::number(qint64(whole));
    return QString::number(v, 'g', 12);
}

// A figure that can be told apart from a round one when repeated without its date: a number
// or an amount of two significant digits or more ("2.500 dirhams", "23.500 maisons"; not "20
// dirhams" nor "3 millions"), not a percentage (shares and rates coincide too often).
bool repeatable(const Claim &c)
{
    return c.isReadable() && !c.isRange() && c.value != 0 && c.kind != ClaimKind::Percent
        && significantDigits(c.value) >= 2;
}

// Whether two measured nouns ("aide urgence", "duree aide urgence") share a word that names
// something: not a quantity word that any measure may hold.
bool shareNounWord(const QString &a, const QString &b)
{
    static const QSet<QString> quantities
        = {QStringLiteral("nombre"),  QStringLiteral("total"),  QStringLiteral("montant"),
           QStringLiteral("somme"),   QStringLiteral("valeur"), QStringLiteral("niveau"),
           QStringLiteral("chiffre"), QStringLiteral("volume")};
    const QList<QStringView> theirs = QStringView(b).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView w : QStringView(a).split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !quantities.contains(w.toString()) && theirs.contains(w))
            return true;
    }
    return false;
}

QString ownerNoun(const Entry &e, const QString &noun);

// For each owner|noun of the set, the longer nouns that go on from it ("prix" → "prix energie",
// "prix service"), each distinct entry read once (a project of a million claims reads a few
// thousand).
using NounKinds = QHash<QString, QSet<QString>>;
NounKinds nounKinds(const QList<Entry> &entries, const Distinct &distinct)
{
    NounKinds kinds;
    for (int i = 0; i < entries.size(); ++i) {
        if (sameAsBefore(entries, i))
            continue;
        const QString &noun = distinct.measure(entries[i].measure).noun;
        for (qsizetype space = noun.indexOf(u' '); space > 0; space = noun.indexOf(u' ', space + 1))
            kinds[ownerNoun(entries[i], noun.left(space))].insert(noun);
    }
    return kinds;
}

// A noun and one kind of it, the set writing that noun with several kinds ("prix" and "prix
// energie", beside "prix service"): the shorter is a general head.
bool generalHeadOf(const NounKinds &kinds, const QString &x, const QString &y)
{
    const QString &shorter = x.size() < y.size() ? x : y;
    const QString &longer = x.size() < y.size() ? y : x;
    return longer.startsWith(shorter + u' ') && kinds.value(shorter).size() >= 2;
}

// Where a metric gives its values: an article, a date, a kind and a unit.
struct SaidWhere
{
    int article;
    int year;
    int month;
    int kind;
    QString unit;
    bool operator==(const SaidWhere &o) const
    {
        return article == o.article && year == o.year && month == o.month && kind == o.kind && unit == o.unit;
    }
};

size_t qHash(const SaidWhere &w, size_t seed = 0)
{
    return qHashMulti(seed, w.article, w.year, w.month, w.kind, w.unit);
}

// Relays: two articles giving one precise value for one date measure one thing, whatever the
// words each used ("11,35 millions de visiteurs" and "11,35 millions d'arrivées", "la production
// privée … 3,3 %" and "la production … 3,3 %"). Their metrics are one when they agree on all but
// the noun, the event and the period: the same owner, group, scope, rate per period and unit.
// Returns each merged id's new id: the one with a preset, else a name the journalist gave, else
// the one with more claims, else the first in order.
//
// A relay between a noun and one kind of it, when the set writes that noun with several kinds
// and the article of the noun gives it other values at that date, is of that figure only: "les
// prix ont augmenté de 14,1 %" relaying "les prix de l'énergie (+14,1 %)" does not make the
// article's other "prix" ("La hausse des prix à la consommation affiche alors 6,7 %") energy's.
// The metrics stay apart; `kindOf` gets the figure's entry and the kind's noun.
QHash<QString, QString> relayMerges(const QList<Entry> &entries, const QStringList &ids,
                                    const QList<Article> &articles, const Distinct &distinct,
                                    const MetricTaxonomy &presets, const MetricRules &rules,
                                    QHash<int, QString> *kindOf = nullptr)
{
    // A relay is between two articles: one article alone has none to read (a 20 MB page's
    // 100,000 figures are not keyed for nothing).
    if (articles.size() < 2)
        return {};
    QHash<QString, int> size;
    for (const QString &id : ids)
        ++size[id];
    auto better = [&](const QString &a, const QString &b) {
        const auto rank = [&](const QString &id) {
            return std::tuple(presets.metric(id) ? 0 : 1, rules.name(id).isEmpty() ? 1 : 0, -size.value(id));
        };
        return std::pair(rank(a), a) < std::pair(rank(b), b);
    };
    // The entries giving each precise fact with the same owner, group, scope, period rate and unit
    // (in order: the merges do not depend on a hash's). And the same figure repeated at other dates
    // or said of another place ("des aides de 2.500 dirhams par mois" in 2023 and in 2025, "23.500
    // maisons" in a province and in the programme): one fact when its nouns share a word and it
    // reads the same event and period, whatever the date and owner each article gives it.
    QHash<QString, QList<int>> facts;
    QHash<QString, QList<int>> repeats;
    auto keyOf = [](std::initializer_list<QStringView> parts) {
        qsizetype size = 0;
        for (QStringView p : parts)
            size += p.size() + 1;
        QString key;
        key.reserve(size);
        for (QStringView p : parts) {
            key += p;
            key += u'\x1f';
        }
        return key;
    };
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const Claim &c = articles[e.article].claims[e.claim];
        const Measure &m = distinct.measure(e.measure);
        const bool relayable = distinctive(c);
        const bool repeated = repeatable(c);
        if (e.pinned || m.isEmpty() || !(relayable || repeated))
            continue;
        // A count's unit is what it counts, in the article's words ("visiteurs", "arrivées"): a
        // relay may call it otherwise, a repeat may not.
        const bool number = c.kind == ClaimKind::Count || (c.kind == ClaimKind::Other && c.unit.isEmpty());
        const QString measured = claimKindName(c.kind) + u' ' + c.unit + u' ' + m.unit;
        const QString value = valueKey(c.value);
        const QString scope = QString::number(int(m.scope));
        if (relayable) {
            // A year's figure is its figure at the end of December: "en 2016" and "à fin décembre 2016".
            const int month = c.asOf.month == 12 ? 0 : c.asOf.month;
            // (The owner as its key reads it: "OACA" and "Oaca" are one.)
            facts[keyOf({value, number ? QString() : measured, QString::number(c.asOf.year),
                         QString::number(month), TextUtil::fold(m.owner), m.breakdown, scope, m.per})]
                .append(i);
        }
        // (Not a single month's flow at another month: "2,94 millions de barils" produced in November
        // and sold in December are two facts.)
        const QString month
            = m.period == Period::SingleMonth ? QString::number(c.asOf.year * 16 + c.asOf.month) : QString();
        if (repeated)
            repeats[keyOf({value, number ? c.unit : measured, m.breakdown, scope, m.per, m.event,
                           QString::number(int(m.period)), month})]
                .append(i);
    }
    QHash<QString, QString> parent; // union-find over the ids, each root the best of its set
    auto root = [&parent](const QString &of) {
        QString id = of;
        for (auto it = parent.constFind(id); it != parent.cend() && *it != id; it = parent.constFind(id))
            id = *it;
        // (The path made short: a metric joined by thousands of others is found in one step.)
        for (QString at = of; at != id;)
            at = std::exchange(parent[at], id);
        return id;
    };
    auto relayed = [&](const QList<int> &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](int i) { return entries[i].article != entries[list.first()].article; });
    };
    // What each metric a relay may merge says in each article at each date: two metrics that one
    // article gives different values at one date are two, whatever a relay shows (a note gives
    // "la production … 6,5 %" and "l'énergie appelée … 2,2 %"; an outlet relaying it calls the
    // 2,2 % production).
    using Said = QHash<SaidWhere, QSet<double>>; // article, date and unit → values
    QHash<QString, Said> said; // by root id
    QSet<QString> candidates;
    for (const auto *lists : {&facts, &repeats}) {
        for (const QList<int> &list : *lists) {
            if (relayed(list)) {
                for (int i : list)
                    candidates.insert(ids[i]);
            }
        }
    }
    for (int i = 0; i < entries.size() && !candidates.isEmpty(); ++i) {
        if (!candidates.contains(ids[i]))
            continue;
        const Claim &c = articles[entries[i].article].claims[entries[i].claim];
        // (An article's figures the text dates to nothing are at one date, the article's:
        // "le PJD … 125 sièges", "le PAM … 102 sièges" in one undated piece are two metrics.)
        if (!c.isReadable())
            continue;
        said[ids[i]][{entries[i].article, c.asOf.year, c.asOf.month, int(c.kind), c.unit}].insert(c.value);
    }
    auto apart = [&said](const QString &a, const QString &b) {
        // (Copies share their data: no lookup inserts into the hash.)
        const Said x = said.value(a);
        const Said y = said.value(b);
        const Said &small = x.size() <= y.size() ? x : y;
        const Said &large = x.size() <= y.size() ? y : x;
        for (auto it = small.cbegin(); it != small.cend(); ++it) {
            const auto other = large.constFind(it.key());
            if (other == large.cend())
                continue;
            const QSet<double> &fewer = it->size() <= other->size() ? *it : *other;
            const QSet<double> &more = it->size() <= other->size() ? *other : *it;
            const bool shared
                = std::any_of(fewer.cbegin(), fewer.cend(), [&](double v) { return more.contains(v); });
            if (!shared)
                return true;
        }
        return false;
    };
    // The pairs of metrics found apart: a fact that a thousand articles give asks of the same two
    // metrics a thousand times.
    QSet<std::pair<QString, QString>> knownApart;
    const NounKinds kinds = kindOf ? nounKinds(entries, distinct) : NounKinds();
    // The entry of the general noun, of `x` and `y` relaying one value (their metrics' roots `a`
    // and `b`), when its metric says other values in its article at that date, or when the set
    // gives the two metrics different values elsewhere; else -1.
    auto generalWithOthers = [&](int x, int y, const QString &a, const QString &b) {
        const QString &nx = distinct.measure(entries[x].measure).noun;
        const QString &ny = distinct.measure(entries[y].measure).noun;
        if (nx == ny || !generalHeadOf(kinds, ownerNoun(entries[x], nx), ownerNoun(entries[y], ny)))
            return -1;
        const int general = nx.size() < ny.size() ? x : y;
        const Claim &c = articles[entries[general].article].claims[entries[general].claim];
        const QSet<double> values
            = said.value(root(ids[general]))
                  .value({entries[general].article, c.asOf.year, c.asOf.month, int(c.kind), c.unit});
        // (In the second case the metrics cannot be one, but the relayed figure is still the kind's.)
        return std::any_of(values.cbegin(), values.cend(), [&c](double v) { return v != c.value; })
                || apart(a, b)
            ? general
            : -1;
    };
    auto join = [&](const QList<int> &list, bool sameWords) {
        if (!relayed(list))
            return;
        for (int i : list) {
            const QString a = root(ids[list.first()]);
            const QString b = root(ids[i]);
            if (a == b || knownApart.contains({a, b}))
                continue;
            if (kindOf) {
                if (const int general = generalWithOthers(list.first(), i, a, b); general >= 0) {
                    const int kind = general == i ? list.first() : i;
                    kindOf->insert(general, distinct.measure(entries[kind].measure).noun);
                    continue;
                }
            }
            if (sameWords
                && !shareNounWord(distinct.measure(entries[list.first()].measure).noun,
                                  distinct.measure(entries[i].measure).noun))
                continue;
            if (apart(a, b)) {
                knownApart.insert({a, b});
                continue;
            }
            const QString kept = better(a, b) ? a : b;
            const QString joined = kept == a ? b : a;
            parent[joined] = kept;
            // (Only what is known of the metric that grows changes.)
            knownApart.removeIf([&kept](const std::pair<QString, QString> &pair) {
                return pair.first == kept || pair.second == kept;
            });
            const Said from = said.take(joined);
            Said &into = said[kept];
            for (auto it = from.cbegin(); it != from.cend(); ++it)
                into[it.key()].unite(*it);
        }
    };
    // (In the order of their keys: the merges do not depend on the order of the articles.)
    for (const auto &[lists, sameWords] : {std::pair(&facts, false), std::pair(&repeats, true)}) {
        QStringList keys;
        keys.reserve(lists->size());
        for (auto it = lists->cbegin(); it != lists->cend(); ++it) {
            if (relayed(*it))
                keys << it.key();
        }
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys))
            join(lists->value(key), sameWords);
    }
    QHash<QString, QString> merges;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it)
        merges.insert(it.key(), root(it.key()));
    return merges;
}

// Each entry's owner that `canonical` maps to another name takes that name in its key (a pinned
// entry keeps the key the journalist gave it).
void renameOwners(QList<Entry> &entries, const QHash<QString, QString> &canonical)
{
    if (canonical.isEmpty())
        return;
    for (Entry &e : entries) {
        if (e.pinned)
            continue;
        const QString owner = e.key.section(u'.', 0, 0);
        const QString name = canonical.value(owner);
        if (!name.isEmpty())
            e.key = name + e.key.mid(owner.size());
    }
}

// "Tebboune" after "Abdelmadjid Tebboune", "Bassirou Diomaye" and "Bassirou Diomaye Faye" beside
// "Bassirou Diomaye Diakhar Faye", "Hassani Cherif Abdelaali" beside "Abdelaali Hassani Cherif":
// one person when the set names only one whose name holds all their words (a surname alone: the
// one whose name ends with it); the owner becomes that fullest name. Two people of one surname
// ("Khalifa Sall", "Macky Sall") stay apart, and so does the surname alone.
void unifyPeople(QList<Entry> &entries, const Distinct &distinct)
{
    QSet<QString> people; // owner keys of people named with two words or more ("abdelmadjid-tebboune")
    QSet<QString> single; // owner keys of one word
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        if (e.pinned || sameAsBefore(entries, i))
            continue;
        const Measure &m = distinct.measure(e.measure);
        const QString owner = e.key.section(u'.', 0, 0);
        // (A country is no one's surname: "Sénégal" beside "Takhawou Sénégal"; nor is the whole
        // country, whose key is "national": not the "Office national" of one article.)
        if (owner == u"national" && (m.isEmpty() || m.owner.isEmpty()))
            continue;
        if (!owner.contains(u'-') && (m.isEmpty() || Countries::named(m.owner).isEmpty()))
            single.insert(owner);
        // (Not a name ending on an acronym: "Ma CNSS", an application, is no one named CNSS.)
        else if (!m.isEmpty() && TextUtil::looksLikePersonName(m.owner)
                 && !m.owner.section(u' ', -1).isUpper())
            people.insert(owner);
    }
    if (people.isEmpty())
        return;
    QHash<QString, QStringList> words;
    for (const QString &p : std::as_const(people))
        words.insert(p, p.split(u'-'));
    auto holds = [&words](const QString &big, const QStringList &small) {
        const QStringList &all = words[big];
        return std::all_of(small.cbegin(), small.cend(),
                           [&all](const QString &w) { return all.contains(w); });
    };
    QStringList fullest; // names no other name holds, in order
    for (const QString &p : std::as_const(people)) {
        // (The same words in another order are one name: the first in alphabetical order.)
        const bool held = std::any_of(people.cbegin(), people.cend(), [&](const QString &q) {
            return q != p && holds(q, words[p]) && (words[q].size() > words[p].size() || q < p);
        });
        if (!held)
            fullest << p;
    }
    std::sort(fullest.begin(), fullest.end());
    QHash<QString, QString> canonical;
    auto only = [&](const std::function<bool(const QString &)> &fits) {
        QString found;
        for (const QString &f : std::as_const(fullest)) {
            if (!fits(f))
                continue;
            if (!found.isEmpty())
                return QString();
            found = f;
        }
        return found;
    };
    for (const QString &p : std::as_const(people)) {
        const QString f = only([&](const QString &name) { return holds(name, words[p]); });
        if (!f.isEmpty() && f != p)
            canonical.insert(p, f);
    }
    for (const QString &w : std::as_const(single)) {
        const QString f = only([&](const QString &name) { return words[name].constLast() == w; });
        if (!f.isEmpty())
            canonical.insert(w, f);
    }
    renameOwners(entries, canonical);
}

// "Rassemblement national des indépendants" beside "RNI", "Office national des chemins de fer"
// beside "ONCF": a name of several words is the acronym another figure of the set is owned by when
// the initials of its words (the words that carry meaning: not "de", "des", "la", "et"…) spell it.
// The owner becomes the acronym (the press writes it more often than the name).
void unifyAcronyms(QList<Entry> &entries, const Distinct &distinct)
{
    static const QSet<QString> function
        = {QStringLiteral("de"), QStringLiteral("du"),  QStringLiteral("des"), QStringLiteral("la"),
           QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("l"),   QStringLiteral("d"),
           QStringLiteral("et"), QStringLiteral("au"),  QStringLiteral("aux"), QStringLiteral("a"),
           QStringLiteral("en"), QStringLiteral("pour")};
    QSet<QString> acronyms; // owner keys written in capitals ("rni")
    QHash<QString, QString> initials; // owner key of a name → its initials
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        if (e.pinned || sameAsBefore(entries, i))
            continue;
        const Measure &m = distinct.measure(e.measure);
        if (m.isEmpty() || m.owner.isEmpty())
            continue;
        const QString owner = e.key.section(u'.', 0, 0);
        if (!m.owner.contains(u' ') && m.owner.size() >= 2 && m.owner.size() <= 6 && m.owner.isUpper()) {
            acronyms.insert(owner);
            continue;
        }
        // (Not a person's name: "Ali Tounsi" is no "AT".)
        if (initials.contains(owner) || TextUtil::looksLikePersonName(m.owner))
            continue;
        QString letters;
        int words = 0;
        static const QRegularExpression nameSeparators(QStringLiteral("[\\s'’-]+"));
        for (const QString &w : TextUtil::fold(m.owner).split(nameSeparators, Qt::SkipEmptyParts)) {
            if (function.contains(w) || !w.front().isLetter())
                continue;
            letters += w.front();
            ++words;
        }
        if (words >= 2)
            initials.insert(owner, letters);
    }
    QHash<QString, QString> canonical;
    for (auto it = initials.cbegin(); it != initials.cend(); ++it) {
        if (acronyms.contains(it.value()) && it.value() != it.key())
            canonical.insert(it.key(), it.value());
    }
    renameOwners(entries, canonical);
}

// "Casa-Settat" beside "Casablanca-Settat": a compound name one of whose words is written short
// (the start of the other's word, four letters at least), the others the same, is that name.
void unifyShortened(QList<Entry> &entries)
{
    QSet<QString> owners;
    for (const Entry &e : std::as_const(entries)) {
        if (!e.pinned)
            owners.insert(e.key.section(u'.', 0, 0));
    }
    QHash<QString, QStringList> byParts; // "settat|2" → the owners of two words ending on it
    for (const QString &o : std::as_const(owners)) {
        const QStringList parts = o.split(u'-');
        if (parts.size() >= 2)
            byParts[parts.constLast() + u'|' + QString::number(parts.size())] << o;
    }
    QHash<QString, QString> canonical;
    for (QStringList group : std::as_const(byParts)) {
        // (A few names share an ending; many share a word that ends most names, "-sa", and are
        // compared with no one: the pairs would grow as their square.)
        if (group.size() < 2 || group.size() > 64)
            continue;
        std::sort(group.begin(), group.end());
        for (const QString &shortName : std::as_const(group)) {
            const QStringList a = shortName.split(u'-');
            QString found;
            int matches = 0;
            for (const QString &longName : std::as_const(group)) {
                if (longName == shortName)
                    continue;
                const QStringList b = longName.split(u'-');
                int shortened = 0;
                bool fits = true;
                for (qsizetype i = 0; i < a.size() && fits; ++i) {
                    if (a[i] == b[i])
                        continue;
                    if (a[i].size() >= 4 && b[i].size() > a[i].size() && b[i].startsWith(a[i]))
                        ++shortened;
                    else
                        fits = false;
                }
                if (fits && shortened >= 1) {
                    found = longName;
                    ++matches;
                }
            }
            if (matches == 1)
                canonical.insert(shortName, found);
        }
    }
    renameOwners(entries, canonical);
}

// The entry read as `m` instead: its key and its metric's id follow.
void rekey(Entry &e, QString &id, const Measure &m, const QList<Article> &articles, const MetricRules &rules)
{
    e.key = measureKey(articles[e.article].claims[e.claim], m);
    id = rules.resolve(e.key);
}

// An entry's owner (as its key names it: "Maroc" in an article of the bilan's country is
// national) and a noun.
QString ownerNoun(const Entry &e, const QString &noun)
{
    return e.key.section(u'.', 0, 0) + u'|' + noun;
}

// A group written into the noun is that group: "la production thermique" is the production of
// the group "thermique" when another figure of the set gives "la production d'origine thermique"
// (noun "production", group "thermique"), as "le chômage des femmes" and "le chômage féminin"
// would be. Only for a group the set reads so, for the same owner: a noun is not cut on a
// guess. Updates the keys (and ids) of the entries it splits.
void groupsInNouns(QList<Entry> &entries, QStringList &ids, const QList<Article> &articles,
                   const Distinct &distinct, const MetricRules &rules)
{
    QSet<QString> grouped; // owner|noun|group
    for (const Entry &e : std::as_const(entries)) {
        const Measure &m = distinct.measure(e.measure);
        if (!e.pinned && e.preset.isEmpty() && !m.breakdown.isEmpty() && !m.breakdown.contains(u' '))
            grouped.insert(ownerNoun(e, m.noun) + u'|' + m.breakdown);
    }
    for (int i = 0; i < entries.size() && !grouped.isEmpty(); ++i) {
        Entry &e = entries[i];
        const Measure &m = distinct.measure(e.measure);
        const qsizetype space = m.noun.lastIndexOf(u' ');
        if (e.pinned || !e.preset.isEmpty() || !m.breakdown.isEmpty() || space <= 0)
            continue;
        const QString noun = m.noun.left(space);
        const QString group = m.noun.mid(space + 1);
        if (!grouped.contains(ownerNoun(e, noun) + u'|' + group))
            continue;
        Measure split = m;
        split.noun = noun;
        split.breakdown = group;
        rekey(e, ids[i], split, articles, rules);
    }
}

// Whether a noun's label goes on, past the words of `shorter`, with a complement: "production
// privée d'énergie électrique" past "production privee" (the noun drops connectors: "taux
// chomage" is "taux de chômage").
bool complementAfter(const QString &label, const QString &shorter)
{
    QStringList words;
    QString word;
    const QString folded = TextUtil::fold(label) + u' ';
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    const QStringList want = shorter.split(u' ');
    qsizetype w = 0;
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (w == want.size())
            return words[k] == u"de" || words[k] == u"d" || words[k] == u"du" || words[k] == u"des";
        if (words[k] == want[w] || MeasureReader::singular(words[k]) == want[w])
            ++w;
        else if (w == 0
                 || !(words[k] == u"de" || words[k] == u"d" || words[k] == u"du" || words[k] == u"des"
                      || words[k] == u"l" || words[k] == u"la" || words[k] == u"le" || words[k] == u"les"))
            return false;
    }
    return false;
}

// A noun said once with a complement is the noun said without it: "la production privée" and
// "la production privée d'énergie électrique" are one figure when the set, for the same owner,
// scope, period and unit, gives no other noun that goes on from "production privée" (then the
// complement may tell them apart: "la production" beside "la production privée" and "la
// production d'électricité"). A noun is not cut on a guess: only a complement ("de …") goes,
// never an adjective ("les ventes d'énergie de basse tension" stay apart from "les ventes
// d'énergie"). Updates the keys (and ids) of the entries it shortens.
void complementsInNouns(QList<Entry> &entries, QStringList &ids, const QList<Article> &articles,
                        const Distinct &distinct, const MetricRules &rules)
{
    auto free = [](const Entry &e) {
        return !e.pinned && e.preset.isEmpty();
    };
    // (Owner and the key's sections after the noun: the same owner, event, group, scope, period
    // and unit.)
    auto signature = [](const QString &key) -> QString {
        return key.section(u'.', 0, 0) + u'|' + key.section(u'.', 2);
    };
    QHash<QString, QSet<QString>> nouns; // signature → the nouns it is read with
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const Measure &m = distinct.measure(e.measure);
        if (free(e) && !m.isEmpty() && !sameAsBefore(entries, i))
            nouns[signature(e.key)].insert(m.noun);
    }
    // Each signature's shortened nouns: longer → shorter, when the shorter goes on in one noun
    // only (each noun's word prefixes counted once: linear in the nouns' words).
    QHash<QString, QHash<QString, QString>> shortened;
    for (auto it = nouns.cbegin(); it != nouns.cend(); ++it) {
        QHash<QString, std::pair<int, QString>> longer; // a prefix → how many nouns go on from it, one
        for (const QString &l : it.value()) {
            for (qsizetype space = l.indexOf(u' '); space > 0; space = l.indexOf(u' ', space + 1)) {
                auto &[count, one] = longer[l.left(space)];
                ++count;
                one = l;
            }
        }
        for (const QString &s : it.value()) {
            const auto found = longer.constFind(s);
            if (found != longer.cend() && found->first == 1)
                shortened[it.key()].insert(found->second, s);
        }
    }
    if (shortened.isEmpty())
        return;
    // The complements that go: what the set writes after three nouns or more ("la production,
    // les importations, la consommation d'électricité"), the topic the articles are about, not
    // what tells one figure from another ("les ventes d'énergie de basse tension").
    QHash<QString, QSet<QString>> heads; // a noun's last word → the nouns it ends
    for (auto it = nouns.cbegin(); it != nouns.cend(); ++it) {
        for (const QString &n : it.value()) {
            const qsizetype space = n.lastIndexOf(u' ');
            if (space > 0)
                heads[n.mid(space + 1)].insert(n.left(space));
        }
    }
    for (int i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        const Measure &m = distinct.measure(e.measure);
        if (!free(e) || m.isEmpty())
            continue;
        const auto found = shortened.constFind(signature(e.key));
        if (found == shortened.cend())
            continue;
        const QString shorter = found->value(m.noun);
        const QString tail = m.noun.mid(shorter.size() + 1);
        if (shorter.isEmpty() || tail.contains(u' ') || heads.value(tail).size() < 3
            || !complementAfter(m.nounLabel, shorter))
            continue;
        Measure cut = m;
        cut.noun = shorter;
        rekey(e, ids[i], cut, articles, rules);
    }
}

// The nouns shown to name one thing, by a relay (two articles, one precise value: the noun of the
// metric `relays` merged and the noun of the one it joined) or by an article's restatement
// ("soit 2,6 millions de visiteurs"), are one in every entry of the same owner (not a pinned one,
// nor one a preset names): updates their keys and ids. Whether any changed.
bool renameShownOne(QList<Entry> &entries, QStringList &ids, const QHash<QString, QString> &relays,
                    const QList<Article> &articles, const Distinct &distinct, const MetricRules &rules)
{
    auto free = [](const Entry &e) {
        return !e.pinned && e.preset.isEmpty();
    };
    // Each id's noun: the first in alphabetical order when its claims read several ("taux
    // chomage" and "chomage" make one rate), whatever the order of the articles.
    QHash<QString, QString> idNoun;
    for (int i = 0; i < entries.size() && !relays.isEmpty(); ++i) {
        const QString &noun = distinct.measure(entries[i].measure).noun;
        auto it = idNoun.find(ids[i]);
        if (it == idNoun.end())
            idNoun.insert(ids[i], noun);
        else if (noun < *it)
            *it = noun;
    }
    // The pairs of owner|noun shown one, in order: the result is the same whatever the order of
    // the articles.
    // Relays first: a precise value in two articles is the stronger evidence.
    QList<std::tuple<bool, QString, QString>> pairs; // (a restatement, owner|noun, owner|noun)
    auto shown = [&pairs](bool restatement, const QString &x, const QString &y) {
        pairs.append({restatement, qMin(x, y), qMax(x, y)});
    };
    for (const Entry &e : std::as_const(entries)) {
        const Measure &m = distinct.measure(e.measure);
        if (!m.sameAs.isEmpty() && free(e))
            shown(true, ownerNoun(e, m.noun), ownerNoun(e, m.sameAs));
    }
    // (A relay between a noun and one kind of it, when the set writes that noun with several
    // kinds, shows nothing of the others: "les prix ont augmenté de 14,1 %" relaying "les prix de
    // l'énergie (+14,1 %)" does not make the prix of the services and of the food energy's, nor
    // the energy's prix all prices. The two metrics the relay joined stay joined.)
    const NounKinds kinds = relays.isEmpty() ? NounKinds() : nounKinds(entries, distinct);
    for (int i = 0; i < entries.size() && !relays.isEmpty(); ++i) {
        const auto to = relays.constFind(ids[i]);
        if (to == relays.cend() || !free(entries[i]))
            continue;
        const Measure &m = distinct.measure(entries[i].measure);
        const QString target = idNoun.value(*to);
        const QString x = ownerNoun(entries[i], m.noun);
        const QString y = ownerNoun(entries[i], target);
        if (m.noun != target && !target.isEmpty() && !generalHeadOf(kinds, x, y))
            shown(false, x, y);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    // Each set of nouns shown one takes the first of them in alphabetical order, whichever way
    // each relay went ("recette" relayed into "recette touristique" in one pair of articles, the
    // other way in another). A restatement never joins a noun and a kind of it ("touriste" and
    // "touriste etranger"): "soit 1,5 million de visiteurs" said of the foreign tourists does not
    // make all tourists foreign.
    QHash<QString, QString> parent;
    QHash<QString, QStringList> members; // root → its set
    auto find = [&parent](const QString &x) {
        QString root = x;
        while (parent.value(root, root) != root)
            root = parent.value(root);
        return root;
    };
    auto kindOf = [](const QString &x, const QString &y) {
        const QStringView a = QStringView(x).mid(x.indexOf(u'|') + 1);
        const QStringView b = QStringView(y).mid(y.indexOf(u'|') + 1);
        return (b.size() > a.size() && b.startsWith(a) && b[a.size()] == u' ')
            || (a.size() > b.size() && a.startsWith(b) && a[b.size()] == u' ');
    };
    for (const auto &[restatement, x, y] : std::as_const(pairs)) {
        const QString a = find(x);
        const QString b = find(y);
        if (a == b)
            continue;
        const QStringList setA = members.value(a, {a});
        const QStringList setB = members.value(b, {b});
        bool conflict = false;
        for (const QString &u : restatement ? setA : QStringList()) {
            for (const QString &v : setB)
                conflict = conflict || kindOf(u, v);
        }
        if (conflict)
            continue;
        const QString root = qMin(a, b);
        const QString other = qMax(a, b);
        parent.insert(other, root);
        members.insert(root, setA + setB);
        members.remove(other);
    }
    bool changed = false;
    for (int i = 0; i < entries.size() && !pairs.isEmpty(); ++i) {
        Entry &e = entries[i];
        const Measure &m = distinct.measure(e.measure);
        if (!free(e))
            continue;
        // A restatement's own figure names what it restates, whatever its set.
        const QString noun = find(ownerNoun(e, m.sameAs.isEmpty() ? m.noun : m.sameAs)).section(u'|', 1);
        if (noun == m.noun)
            continue;
        Measure renamed = m;
        renamed.noun = noun;
        rekey(e, ids[i], renamed, articles, rules);
        changed = true;
    }
    return changed;
}

// The figures a relay shows to be of one kind of their general noun (relayMerges()' `kindOf`)
// take that kind's noun, alone of their metrics (not a pinned one, nor one a preset names).
// Whether any changed.
bool renameRelayedKinds(QList<Entry> &entries, QStringList &ids, const QHash<int, QString> &kindOf,
                        const QList<Article> &articles, const Distinct &distinct, const MetricRules &rules)
{
    bool changed = false;
    for (auto it = kindOf.cbegin(); it != kindOf.cend(); ++it) {
        Entry &e = entries[it.key()];
        if (e.pinned || !e.preset.isEmpty())
            continue;
        Measure renamed = distinct.measure(e.measure);
        renamed.noun = it.value();
        rekey(e, ids[it.key()], renamed, articles, rules);
        changed = true;
    }
    return changed;
}

// What a discovered metric's label adds to its noun: scope and period ("part", "a single
// month").
QStringList qualifiersOf(const Measure &m)
{
    QStringList qualifiers;
    switch (m.scope) {
    case Scope::Whole:
        break;
    case Scope::Part:
        qualifiers << MetricSet::tr("part");
        break;
    case Scope::Increment:
        qualifiers << (m.decrease ? MetricSet::tr("decrease") : MetricSet::tr("increase"));
        if (m.since > 0)
            qualifiers << MetricSet::tr("since %1").arg(m.since);
        break;
    case Scope::Target:
        qualifiers << MetricSet::tr("target or forecast");
        break;
    case Scope::PerPeriod: {
        // (Not when its noun says it: "Soutien mensuel", "Production quotidienne".)
        static const QHash<QString, QString> adjectives {
            {QStringLiteral("mois"), QStringLiteral("mensuel")},
            {QStringLiteral("jour"), QStringLiteral("quotidien")},
            {QStringLiteral("semaine"), QStringLiteral("hebdomadaire")},
            {QStringLiteral("an"), QStringLiteral("annuel")}};
        const QString adjective = adjectives.value(m.per);
        if (adjective.isEmpty() || !TextUtil::fold(m.nounLabel).contains(adjective))
            qualifiers << MetricSet::tr("per %1").arg(m.per);
        break;
    }
    case Scope::Change:
        qualifiers << (m.unit == u"points" || m.unit == u"point" ? MetricSet::tr("change in points")
                                                                 : MetricSet::tr("change in %"));
        if (m.overMonth)
            qualifiers << MetricSet::tr("over one month");
        if (m.overQuarter)
            qualifiers << MetricSet::tr("over one quarter");
        if (m.since > 0)
            qualifiers << MetricSet::tr("since %1").arg(m.since);
        if (m.annualAverage)
            qualifiers << MetricSet::tr("annual average");
        break;
    }
    if (m.period == Period::RunningTotal)
        qualifiers << MetricSet::tr("running total since January");
    else if (m.period == Period::SingleMonth)
        qualifiers << MetricSet::tr("a single month");
    return qualifiers;
}

// The words of a discovered metric's claims, the most frequent of each naming it.
class Wording
{
public:
    // Counted by distinct measure, unit and nature: a metric may hold a million claims of a few
    // measures.
    QHash<int, int> measures;
    QHash<QString, int> units;
    QMap<int, int> natures;

    // (Claims in a row that read alike are counted at once.)
    void add(int measure, const QString &unit, Nature nature)
    {
        if (m_run > 0 && measure == m_measure && nature == m_nature && unit == m_unit) {
            ++m_run;
            return;
        }
        finish();
        m_measure = measure;
        m_unit = unit;
        m_nature = nature;
        m_run = 1;
    }
    // Counts the last claims added.
    void finish()
    {
        if (m_run == 0)
            return;
        measures[m_measure] += m_run;
        units[m_unit] += m_run;
        natures[int(m_nature)] += m_run;
        m_run = 0;
    }

    // The most frequent of a measure's field among the claims.
    template<typename Field> QString mostFrequentOf(const Distinct &distinct, Field field) const
    {
        QHash<QString, int> counts;
        for (auto it = measures.cbegin(); it != measures.cend(); ++it)
            counts[distinct.measure(it.key()).*field] += it.value();
        return mostFrequent(counts);
    }

    // "Marrakech — nuitées (increase)"; the unit where the noun does not say it.
    QString label(const Distinct &distinct, const Measure &first, const QString &unit) const
    {
        const QString nounLabel = mostFrequentOf(distinct, &Measure::nounLabel);
        QString noun = nounLabel;
        if (const QString event = mostFrequentOf(distinct, &Measure::eventLabel); !event.isEmpty())
            noun += u' ' + event;
        if (const QString breakdown = mostFrequentOf(distinct, &Measure::breakdownLabel);
            !breakdown.isEmpty())
            noun += u' ' + asComplement(breakdown);
        const QString owner = mostFrequentOf(distinct, &Measure::owner);
        QString label = owner.isEmpty() ? capitalised(noun) : owner + QStringLiteral(" — ") + noun;
        if (const QStringList qualifiers = qualifiersOf(first); !qualifiers.isEmpty())
            label += QStringLiteral(" (") + qualifiers.join(QStringLiteral(", ")) + u')';
        // (Nor where the noun starts with it: "bureaux de vote", "postes budgétaires".)
        const QString folded = TextUtil::fold(nounLabel);
        const QString foldedUnit = TextUtil::fold(unit);
        if (!unit.isEmpty() && first.scope != Scope::Change && unit != u"%" && folded != foldedUnit
            && !folded.startsWith(foldedUnit + u' '))
            label += QStringLiteral(" (") + unit + u')';
        return label;
    }

    // The nature most claims suggest.
    Nature nature(Nature fallback) const
    {
        int best = 0;
        Nature out = fallback;
        for (auto v = natures.constBegin(); v != natures.constEnd(); ++v) {
            if (v.value() > best) {
                best = v.value();
                out = Nature(v.key());
            }
        }
        return out;
    }

private:
    int m_measure = -1;
    QString m_unit;
    Nature m_nature = Nature::Stock;
    int m_run = 0; // claims added since the last count
};

} // namespace

// An article that names no country, and whose outlet does not say which, is about the country
// of the articles it relays: "55,88 %" and "56,07 %" in La Dépêche de Kabylie's piece on the
// baccalauréat are in two articles on Algeria. It takes the country that shares at least two of
// its precise values (distinctive()) with it, more than any other; the bilan's country keeps it
// national.
void homesByRelays(const QList<Article> &articles, Countries::Homes &homes)
{
    if (homes.bilan.isEmpty())
        return;
    QList<int> open; // the articles whose country is to find
    for (int a = 0; a < articles.size(); ++a) {
        if (homes.unnamed.value(a) && homes.articles[a].isEmpty())
            open << a;
    }
    if (open.isEmpty())
        return;
    // Each precise value, with the countries of the articles that give it (an article that names
    // a country and has no home of its own is the bilan's).
    QHash<QString, QSet<QString>> countries;
    for (int a = 0; a < articles.size(); ++a) {
        if (homes.unnamed.value(a) && homes.articles[a].isEmpty())
            continue;
        const QString home = homes.articles[a].isEmpty() ? homes.bilan : homes.articles[a];
        for (const Claim &c : articles[a].claims) {
            if (!c.boilerplate && distinctive(c))
                countries[valueKey(c.value)].insert(home);
        }
    }
    for (const int a : std::as_const(open)) {
        QHash<QString, int> shared;
        QSet<QString> seen;
        for (const Claim &c : articles[a].claims) {
            if (c.boilerplate || !distinctive(c))
                continue;
            const QString key = valueKey(c.value);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            for (const QString &country : countries.value(key))
                ++shared[country];
        }
        if (const auto best = Countries::standsOut(shared);
            best && best->second >= 2 && best->first != homes.bilan)
            homes.articles[a] = best->first;
    }
}

struct MetricSet::Reading
{
    const MetricTaxonomy *presets = nullptr;
    Distinct distinct;
    QList<ClaimReading> claims;
};

MetricSet MetricSet::discover(QList<Article> &articles, const MetricTaxonomy &presets,
                              const MetricRules &rules, const Pins &pins)
{
    auto reading = std::make_shared<Reading>();
    reading->presets = &presets;
    Countries::Homes homes = Countries::homes(articles);
    homesByRelays(articles, homes);
    for (int a = 0; a < articles.size(); ++a)
        readArticle(a, articles[a], presets, homes.articles[a], homes.bilan, reading->claims,
                    reading->distinct);
    reading->claims.squeeze();
    return group(articles, std::move(reading), rules, pins);
}

MetricSet MetricSet::regroup(QList<Article> &articles, const MetricRules &rules, const Pins &pins) const
{
    if (!m_reading)
        return discover(articles, m_presets ? *m_presets : MetricTaxonomy::bundled(), rules, pins);
    return group(articles, m_reading, rules, pins);
}

MetricSet MetricSet::group(QList<Article> &articles, std::shared_ptr<const Reading> reading,
                           const MetricRules &rules, const Pins &pins)
{
    const MetricTaxonomy &presets = *reading->presets;
    const Distinct &distinct = reading->distinct;
    MetricSet set;
    set.m_presets = &presets;
    set.m_reading = reading;
    QList<Entry> entries = entriesOf(reading->claims, distinct, presets, pins, articles);
    unifyPeople(entries, distinct);
    unifyAcronyms(entries, distinct);
    unifyShortened(entries);
    QStringList ids;
    ids.reserve(entries.size());
    for (const Entry &e : entries)
        ids << rules.resolve(e.pinned || e.preset.isEmpty() ? e.key : e.preset);
    groupsInNouns(entries, ids, articles, distinct, rules);
    complementsInNouns(entries, ids, articles, distinct, rules);
    QHash<int, QString> kindOf;
    QHash<QString, QString> relays = relayMerges(entries, ids, articles, distinct, presets, rules, &kindOf);
    // The words a relay shows to be one are one in the other figures too: the metric of
    // "visiteurs" in 2016 joins that of "arrivées" when the 2017 figures were relays.
    const bool kinds = renameRelayedKinds(entries, ids, kindOf, articles, distinct, rules);
    if (renameShownOne(entries, ids, relays, articles, distinct, rules) || kinds)
        relays = relayMerges(entries, ids, articles, distinct, presets, rules);
    QMap<QString, QList<int>> groups; // id → entries, sorted by id
    for (int i = 0; i < entries.size(); ++i)
        groups[relays.value(ids[i], ids[i])].append(i);
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        Metric metric;
        metric.id = g.key();
        Wording wording;
        // The measure the id was made of (relays merged into it read other words, a claim the
        // journalist moved here other words still).
        auto own = std::find_if(g->cbegin(), g->cend(),
                                [&](int i) { return ids[i] == g.key() && !entries[i].pinned; });
        if (own == g->cend())
            own = std::find_if(g->cbegin(), g->cend(), [&](int i) { return ids[i] == g.key(); });
        const Measure &first = distinct.measure(entries[own != g->cend() ? *own : g->first()].measure);
        QList<int> order = g.value(); // by article and claim
        auto textOrder = [&entries](int x, int y) {
            return std::pair(entries[x].article, entries[x].claim)
                < std::pair(entries[y].article, entries[y].claim);
        };
        if (!std::is_sorted(order.cbegin(), order.cend(), textOrder))
            std::sort(order.begin(), order.end(), textOrder);
        // A claim the journalist moved here does not rename the metric it joins, unless it is all
        // there is.
        const bool ownWords
            = std::any_of(order.cbegin(), order.cend(), [&entries](int i) { return !entries[i].pinned; });
        for (int i : order) {
            const Entry &e = entries[i];
            const Measure &measure = distinct.measure(e.measure);
            const Claim &claim = articles[e.article].claims[e.claim];
            metric.claims.append({e.article, e.claim});
            const QString discovered = e.discovered();
            qsizetype source = discovered.isEmpty() ? -1 : metric.discovered.indexOf(discovered);
            if (!discovered.isEmpty() && source < 0) {
                source = metric.discovered.size();
                metric.discovered << discovered;
            }
            metric.sources << int(source);
            if (e.pinned && ownWords)
                continue;
            wording.add(e.measure, claim.unit, natureOf(claim, measure));
        }
        wording.finish();
        metric.unit = mostFrequent(wording.units);
        const MetricTaxonomy::Metric *preset = presets.metric(g.key());
        if (preset) {
            metric.preset = preset->key;
            metric.label = presets.label(preset->key);
            metric.nature = preset->nature;
            if (!preset->unit.isEmpty() && metric.unit.isEmpty())
                metric.unit = preset->unit;
        } else {
            metric.label = wording.label(distinct, first, metric.unit);
            metric.nature = wording.nature(metric.nature);
        }
        if (const QString name = rules.name(metric.id); !name.isEmpty()) {
            metric.label = name;
            metric.named = true;
        }
        metric.nature = rules.nature(metric.id, metric.nature);
        for (const auto &[a, c] : std::as_const(metric.claims))
            articles[a].claims[c].metric = metric.id;
        set.m_index.insert(metric.id, set.m_metrics.size());
        set.m_metrics.append(metric);
        MetricTaxonomy::Metric checkable;
        checkable.key = metric.id;
        checkable.scheme = preset ? preset->scheme : TextUtil::slug(first.owner);
        checkable.measure = preset ? preset->measure : TextUtil::slug(first.noun);
        checkable.fr = checkable.en = metric.label;
        checkable.nature = metric.nature;
        checkable.unit = metric.unit;
        set.m_checkable.append(checkable);
    }
    return set;
}

const MetricSet::Metric *MetricSet::metric(const QString &id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_metrics[i];
}

QString MetricSet::discoveredId(const QString &metricId, int article, int claim) const
{
    const Metric *m = metric(metricId);
    if (!m)
        return {};
    const auto it = std::lower_bound(m->claims.cbegin(), m->claims.cend(), std::pair(article, claim));
    if (it == m->claims.cend() || *it != std::pair(article, claim))
        return {};
    const int source = m->sources[it - m->claims.cbegin()];
    return source < 0 ? QString() : m->discovered[source];
}

bool MetricSet::falls(int article, int claim) const
{
    if (!m_reading)
        return false;
    const QList<ClaimReading> &claims = m_reading->claims;
    const auto it = std::lower_bound(
        claims.cbegin(), claims.cend(), std::pair(article, claim),
        [](const ClaimReading &r, std::pair<int, int> key) { return std::pair(r.article, r.claim) < key; });
    if (it == claims.cend() || it->article != article || it->claim != claim || it->measure < 0)
        return false;
    const Measure &m = m_reading->distinct.measure(it->measure);
    // (An increment's fall is a metric of its own, labelled "decrease": its values stay positive.)
    return m.decrease && m.scope == Scope::Change;
}

const MetricTaxonomy::Metric *MetricSet::checkable(const QString &id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_checkable[i];
}

QString MetricSet::label(const QString &id) const
{
    if (const Metric *m = metric(id); m && (m->preset.isEmpty() || m->named))
        return m->label;
    return (m_presets ? *m_presets : MetricTaxonomy::bundled()).label(id);
}

void MetricSet::writeJson(JsonWriter &w, const QList<Article> &articles, bool claimIds) const
{
    QHash<int, CodePointMap> maps;
    w.beginArray();
    for (const Metric &m : m_metrics) {
        w.beginObject();
        w.key("id").value(m.id);
        w.key("label").value(label(m.id));
        w.key("unit").stringOrNull(m.unit);
        w.key("nature").value(MetricTaxonomy::natureName(m.nature));
        w.key("preset").stringOrNull(m.preset);
        if (claimIds) {
            w.key("claims").beginArray();
            for (const auto &[a, c] : m.claims) {
                auto it = maps.find(a);
                if (it == maps.end())
                    it = maps.insert(a, CodePointMap(articles[a].text));
                w.value(ArticleJson::claimId(articles[a], articles[a].claims[c], *it));
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
}
