// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/paragraphextractor_p.h"

#include "extraction/qualifierdetector.h"
#include "text/frenchdates.h"
#include "text/stringpool.h"
#include "text/textutil.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace ExtractionDetail {

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

QString foldedTail(QStringView text, qsizetype end, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, end - length);
    return TextUtil::fold(text.mid(from, end - from));
}

bool endsWith(const QString &folded, const RE &re)
{
    return re.match(folded).hasMatch();
}

// `folded` ends with a space, then "de" or "d'", then spaces at most.
bool endsWithDe(QStringView folded)
{
    qsizetype e = folded.size();
    while (e > 0 && TextUtil::isSpace(folded[e - 1]))
        --e;
    return e >= 3 && (folded[e - 1] == u'e' || folded[e - 1] == u'\'') && folded[e - 2] == u'd'
        && TextUtil::isSpace(folded[e - 3]);
}

// endsWithDe() on foldedTail(text, end, length), folding only the last word when that is enough.
bool endsWithDeBefore(QStringView text, qsizetype end, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, end - length);
    const QStringView window = text.mid(from, end - from);
    const QString last = TextUtil::foldedLastWords(window, 1);
    return endsWithDe(last.isEmpty() ? TextUtil::fold(window) : last);
}

} // namespace

int sentenceOf(const Context &c, qsizetype pos)
{
    const auto it = std::upper_bound(c.sentences.cbegin(), c.sentences.cend(), pos,
                                     [](qsizetype p, const TextSpan &s) { return p < s.end; });
    return it == c.sentences.cend() ? int(c.sentences.size()) - 1 : int(it - c.sentences.cbegin());
}

// The dates that start within [from, to): a sub-range of the sorted list.
std::pair<const DateMention *, const DateMention *> datesIn(const Context &c, qsizetype from, qsizetype to)
{
    const DateMention *begin = c.dates.constData();
    const DateMention *end = begin + c.dates.size();
    const DateMention *lo
        = std::lower_bound(begin, end, from, [](const DateMention &d, qsizetype p) { return d.start < p; });
    const DateMention *hi
        = std::lower_bound(lo, end, to, [](const DateMention &d, qsizetype p) { return d.start < p; });
    return {lo, hi};
}

bool isSentencePunct(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'—' || c == u'–';
}

bool opensParentheses(QStringView text, qsizetype pos)
{
    return pos > 0 && text.left(pos).trimmed().endsWith(u'(');
}

bool clauseBreakAt(QStringView text, qsizetype pos)
{
    const QChar ch = text[pos];
    if (ch == u',' && pos > 0 && pos + 1 < text.size() && text[pos - 1].isDigit() && text[pos + 1].isDigit())
        return false;
    return isSentencePunct(ch);
}

ParagraphExtractor::ParagraphExtractor(Context &context, QList<Claim> &out)
    : c(context)
    , m_out(out)
{ }

void ParagraphExtractor::run(QList<Candidate> &cands)
{
    findComparisons(cands);
    for (int i = 0; i < cands.size(); ++i) {
        // A denominator read with the figure before it: "7,4 lits pour 10 000 habitants".
        if (cands[i].token.start < m_consumedUntil)
            cands[i].used = true;
        if (cands[i].used)
            continue;
        if (i + 1 < cands.size() && tryPair(cands[i], cands[i + 1]))
            continue;
        const auto listed = enumerationUnit(cands, i);
        if (listed) {
            Candidate bare = cands[i];
            // "3 ou 4 millions": three millions.
            bare.token.value *= listed->second;
            single(bare, &listed->first);
            cands[i].used = true;
        } else {
            single(cands[i]);
        }
    }
}

std::optional<std::pair<UnitInfo, double>> ParagraphExtractor::enumerationUnit(const QList<Candidate> &cands,
                                                                               int i)
{
    auto bare = [](const NumberToken &t) {
        return t.form == NumberToken::Form::Digits && t.scale == 1 && !t.percent && !t.decimal && !t.grouped
            && !t.currencyInToken;
    };
    static const RE joiner(QStringLiteral("^\\s*(?:,|et|ou)\\s*$"), kOptions);
    auto joined = [&](int k) {
        return k + 1 < cands.size() && !cands[k + 1].used
            && joiner.match(c.text.mid(cands[k].token.end, cands[k + 1].token.start - cands[k].token.end))
                   .hasMatch();
    };
    // (The joiner first: most figures open no enumeration, and their unit is read once, later.)
    if (!bare(cands[i].token) || !joined(i) || !unitOf(cands[i].token).unit.isEmpty())
        return std::nullopt;
    int last = i + 1;
    while (bare(cands[last].token) && unitOf(cands[last].token).unit.isEmpty() && joined(last))
        ++last;
    const NumberToken &end = cands[last].token;
    UnitInfo unit = unitOf(end);
    if (unit.unit.isEmpty() || end.percent)
        return std::nullopt;
    // (Not a figure its sentence's subject names as another count: "Les cas se sont stabilisés à 156
    // et deux décès ont été enregistrés" are 156 cases.)
    if (unit.kind == ClaimKind::Count && end.scale == 1) {
        const TextSpan s = sentenceSpan(cands[i].token.start);
        const QString subject
            = UnitDetector::subjectNoun(c.text.mid(s.start, cands[i].token.start - s.start));
        if (!subject.isEmpty() && TextUtil::fold(subject) != TextUtil::fold(unit.unit))
            return std::nullopt;
    }
    unit.unitEnd = -1;
    unit.consumedEnd = -1;
    // The scale is shared when the list counts in it: "3 ou 4 millions", not "50 et 2 000".
    const double scale = end.scale > 1 && cands[i].token.value < 1000 ? end.scale : 1;
    return std::make_pair(unit, scale);
}

Claim ParagraphExtractor::base(const NumberToken &t)
{
    Claim claim;
    claim.start = qint32(c.offset + t.start);
    claim.end = qint32(c.offset + t.end);
    claim.paragraph = c.paragraph;
    claim.boilerplate = c.boilerplate;
    claim.value = t.unreadable ? std::numeric_limits<double>::quiet_NaN() : t.value;
    return claim;
}

TextSpan ParagraphExtractor::sentenceSpan(qsizetype pos) const
{
    return c.sentences.isEmpty() ? TextSpan {0, c.text.size()} : c.sentences[sentenceOf(c, pos)];
}

UnitInfo ParagraphExtractor::unitOf(const NumberToken &t, qsizetype afterEnd)
{
    const TextSpan s = sentenceSpan(t.start);
    const qsizetype end = afterEnd >= 0 ? afterEnd : s.end;
    return UnitDetector::detect(t, c.text.mid(s.start, t.start - s.start),
                                c.text.mid(t.end, qMax<qsizetype>(0, end - t.end)));
}

void ParagraphExtractor::describe(Claim &claim, const NumberToken &t, bool evolutionStart,
                                  const UnitInfo *preset)
{
    const TextSpan s = sentenceSpan(t.start);
    const QStringView before = c.text.mid(s.start, t.start - s.start);
    UnitInfo unit = preset ? *preset : unitOf(t);
    if (unit.consumedEnd >= 0)
        m_consumedUntil = t.end + unit.consumedEnd;
    if (!c.rowLabel.isEmpty() && unit.unit.isEmpty())
        unit = rowUnit(claim);
    // (A physical unit is of kind `other` and has its symbol: nothing to inherit.)
    if (unit.kind == ClaimKind::Other && unit.unit.isEmpty() && !t.percent)
        unit = inheritUnit(t, before, unit);
    if (t.approximate && unit.kind == ClaimKind::Other && unit.unit.isEmpty())
        unit.kind = ClaimKind::Count;
    if (unit.kind == ClaimKind::Count && unit.unitEnd >= 0 && unit.per.isEmpty())
        unit.per = ratePer(unit.unit, s);
    if (!unit.per.isEmpty() && unit.kind == ClaimKind::Count)
        unit.kind = ClaimKind::Ratio;
    claim.kind = unit.kind;
    claim.unit = StringPool::intern(unit.unit);
    claim.writtenUnit = StringPool::intern(unit.written);
    if (unit.factor != 1) {
        // "1.482 Mm³" is 1 482 000 000 m3, "1,2 GW" 1 200 MW.
        if (claim.isReadable())
            claim.value *= unit.factor;
        if (claim.isRange())
            claim.high *= unit.factor;
    }
    claim.per = StringPool::intern(unit.per);
    claim.qualifier = t.approximate ? Qualifier::About : QualifierDetector::before(before);
    // "la barre des 2 millions d'unités a été franchie": passed, told after the figure.
    if (claim.qualifier == Qualifier::Exact) {
        static const RE bar(QStringLiteral("\\b(?:la\\s+barre|le\\s+cap|le\\s+seuil)\\s+(?:des|de|du)\\s*$"),
                            kOptions);
        static const RE passed(
            QStringLiteral(
                "^[^.;:,]{0,40}?\\b(?:a|ont)\\s+été\\s+(?:franchi|dépassé|pulvérisé|battu)e?s?\\b"),
            kOptions);
        if (bar.match(before.right(24)).hasMatch() && passed.match(c.text.mid(t.end, 80)).hasMatch())
            claim.qualifier = Qualifier::MoreThan;
    }
    resolveDate(claim, t, evolutionStart);
    restatedDate(claim, t);
    if (!c.columnDates.isEmpty()) {
        const qsizetype column = c.text.left(t.start).count(u'\t') - 1;
        if (column >= 0 && column < c.columnDates.size())
            claim.asOf = c.columnDates[column];
    }
    claim.speaker = StringPool::intern(speakerFor(t.start));
    if (!t.unreadable && (claim.kind == ClaimKind::Count || claim.kind == ClaimKind::Other)
        && t.form == NumberToken::Form::Digits && unit.unit.isEmpty() && claim.value == 0)
        claim.kind = ClaimKind::Other;
}

QString ParagraphExtractor::ratePer(const QString &noun, TextSpan sentence) const
{
    // "5,3 lignes pour 100 habitants en 1994 à 15,1 lignes en 2022": the same noun, in the
    // same sentence, is counted per the same thing.
    int looked = 0;
    for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph && ++looked < 8;
         ++it) {
        if (it->start - c.offset < sentence.start)
            break;
        if (it->unit == noun)
            return it->kind == ClaimKind::Ratio ? it->per : QString();
    }
    return {};
}

UnitInfo ParagraphExtractor::rowUnit(Claim &claim) const
{
    static const RE parenthesis(QStringLiteral("\\((?<u>[^)]{1,20})\\)\\s*$"), kOptions);
    UnitInfo unit;
    const auto m = parenthesis.match(c.rowLabel);
    const QString inside = m.hasMatch() ? TextUtil::fold(m.captured(u"u")).trimmed() : QString();
    const QString noun = TextUtil::lowerFirst(c.rowLabel.section(u' ', 0, 0));
    double scale = 1;
    if (inside == u"%") {
        unit.kind = ClaimKind::Percent;
        unit.unit = QStringLiteral("%");
        return unit;
    }
    if (inside == u"mmdh" || inside == u"mds dh" || inside == u"milliards de dh"
        || inside == u"milliards de dirhams")
        scale = 1e9;
    else if (inside == u"mdh" || inside == u"millions de dh" || inside == u"millions de dirhams")
        scale = 1e6;
    else if (inside == u"millions")
        scale = 1e6;
    else if (inside == u"milliards")
        scale = 1e9;
    else if (inside == u"milliers")
        scale = 1e3;
    const bool money = inside.contains(u"dh") || inside.contains(u"dirham") || inside == u"mad";
    if (claim.isReadable())
        claim.value *= scale;
    if (claim.isRange())
        claim.high *= scale;
    if (money) {
        unit.kind = ClaimKind::Money;
        unit.unit = QStringLiteral("MAD");
    } else if (inside.contains(u"euro") || inside.contains(u"€")) {
        unit.kind = ClaimKind::Money;
        unit.unit = QStringLiteral("EUR");
    } else {
        unit.kind = ClaimKind::Count;
        unit.unit = noun;
    }
    return unit;
}

namespace {

// "11,3 millions, c'est le nombre de touristes", "porter à 20 millions le nombre de
// touristes", "4 485 165 est le nombre de suffrages", "environ 5,4 millions, sont des
// Marocains": the noun named right after.
const RE &namedAfterPattern()
{
    static const RE re(
        QStringLiteral(
            "^\\s*,?\\s*(?:c['’]est\\s+|(?:est|était|sera|représente|constitue)\\s+)?(?:le|la|les)\\s+(?:"
            "nombre|total|volume|effectif)\\s+(?:total\\s+)?"
            "(?:de|des|d['’])\\s*(?<noun>\\p{L}+)|^\\s*,?\\s*(?:sont|étaient|seront|furent)\\s+des\\s+"
            "(?<noun2>\\p{L}+)"),
        kOptions);
    return re;
}

// "24,9 millions de personnes …, contre 23,6 millions", "dont 300.000": the figure it
// is set against counts the same thing.
const RE &connectorPattern()
{
    static const RE re(
        QStringLiteral(
            "(?:^|[^\\p{L}])(?:contre|dont|soit|et|ou|face à|par rapport à|comparé à|comparativement à|"
            "au lieu d(?:e|es|u)(?:\\s+l['’]|\\s+la|\\s+les)?)"
            "(?:\\s+(?:plus de|près de|environ|quelque|moins de|au moins|seulement))?\\s*$"),
        kOptions);
    return re;
}

// "Bénéficiaires AMO Tadamon à fin décembre 2024 : 11,6 millions": the label's noun.
const RE &labelPattern()
{
    static const RE re(QStringLiteral("^\\s*(?:(?:les?|la|des?|du|une?)\\s+|l['’])?(?<noun>\\p{L}[\\p{L}'’-]+"
                                      ")[^:]{0,120}?\\s?:\\s*(?:plus de "
                                      "|près de |environ )?$"),
                       kOptions);
    return re;
}

const RE &parmiPattern()
{
    // (And a topic the sentence opens on: "Pour ce qui est des candidats libres, 80.615 ont passé
    // l'examen", "S'agissant des filles, 42 114 ont réussi".)
    static const RE re(QStringLiteral("\\b(?:parmi|pour ce qui est|quant|s['’]agissant|concernant)\\s+"
                                      "(?:ces|les|des|aux|lesquels|lesquelles)\\s+(\\p{L}+)"),
                       kOptions);
    return re;
}

const RE &dontPattern()
{
    static const RE re(QStringLiteral("\\b(?:dont|parmi eux|parmi elles|soit)\\b[^.]*$"), kOptions);
    return re;
}

} // namespace

UnitInfo ParagraphExtractor::inheritUnit(const NumberToken &t, QStringView before, UnitInfo unit)
{
    const TextSpan sentence = sentenceSpan(t.start);
    const auto named
        = namedAfterPattern().match(c.text.mid(t.end, qMin<qsizetype>(80, sentence.end - t.end)));
    if (named.hasMatch()) {
        const QString noun = named.captured(named.capturedLength(u"noun") ? u"noun" : u"noun2").toLower();
        if (!UnitDetector::isTimeUnit(noun)) {
            unit.unit = noun;
            unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
            return unit;
        }
    }
    // "les taux des années 2015 (51,36%), 2016 (49.79) et 2014 (45.01%)": a figure in
    // parentheses next to another one in parentheses is of the same list.
    if (before.trimmed().endsWith(u'(') && !m_out.isEmpty() && m_out.last().paragraph == c.paragraph) {
        const Claim &previous = m_out.last();
        const qsizetype at = previous.start - c.offset;
        const qsizetype end = previous.end - c.offset;
        // (Only a year or a label's digits between them: "…, du nombre de blessés (+56)" is the
        // blessés'.)
        static const RE between(QStringLiteral("^[\\s\\d)%.,;:–-]*(?:et[\\s\\d]*)?\\($"), kOptions);
        if (at >= 0 && end <= t.start && t.start - end <= 30 && !previous.unit.isEmpty()
            && opensParentheses(c.text, at) && between.match(c.text.mid(end, t.start - end)).hasMatch()) {
            unit.unit = previous.unit;
            unit.kind = previous.kind;
            unit.per = previous.per;
            return unit;
        }
    }
    const auto conn = connectorPattern().match(before.right(40));
    if (conn.hasMatch()) {
        const bool subset = conn.captured().contains(QStringLiteral("dont"));
        const TextSpan s = sentenceSpan(t.start);
        // "16 049 voix soit 0,36, Pape Djibril Fall 18 304 voix soit 0,41%": in a list of pairs,
        // a figure after "soit" restates as the ones after "soit" before it did.
        if (conn.captured().contains(QStringLiteral("soit"))) {
            static const RE afterSoit(QStringLiteral("\\bsoit\\s*$"), kOptions);
            int seen = 0;
            for (auto it = m_out.crbegin();
                 it != m_out.crend() && it->paragraph == c.paragraph && ++seen < 24; ++it) {
                const qsizetype at = it->start - c.offset;
                if (at < s.start)
                    break;
                if (!it->unit.isEmpty()
                    && afterSoit.match(c.text.mid(qMax(s.start, at - 12), at - qMax(s.start, at - 12)))
                           .hasMatch()) {
                    unit.unit = it->unit;
                    unit.kind = it->kind;
                    unit.per = it->per;
                    return unit;
                }
            }
        }
        int looked = 0;
        for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph && ++looked < 24;
             ++it) {
            if (it->start - c.offset < s.start)
                break;
            // "près de la moitié, soit environ 5,4 millions": millions of something, not a share;
            // "120 milliards de dirhams sur cinq ans, dont 22 milliards": of dirhams, not years.
            if ((it->kind == ClaimKind::Percent || it->kind == ClaimKind::Duration) && t.scale > 1)
                continue;
            // "38.463 candidats … ajournés (30.32 %) et 38.961 autres": a restatement in
            // parentheses closed before the figure is an aside, not the list's unit ("(7.000
            // postes en milieu urbain et 12.000 en milieu rural)" is one list).
            if (const qsizetype at = it->start - c.offset;
                at < t.start && opensParentheses(c.text, at) && c.text.mid(at, t.start - at).contains(u')'))
                continue;
            if (!it->unit.isEmpty()) {
                unit.unit = it->unit;
                // "une moyenne de 9 255 demandes par jour, dont 3,6 millions": not a rate;
                // "2,1 médecins pour 1 000 habitants, contre 1,7": the same rate.
                unit.kind = subset && it->kind == ClaimKind::Ratio ? ClaimKind::Count : it->kind;
                if (!subset)
                    unit.per = it->per;
                return unit;
            }
        }
    }
    // "le taux de participation … le chiffre de 46,10", "le taux de chômage est de 12,3": a rate
    // written without its sign is a percentage (not an exchange rate, nor a rate per thousand; a
    // rate's change, "augmenter de 1,2", is in points).
    static const RE rate(QStringLiteral("\\btaux\\s+(?!de\\s+change)(?<between>[^\\d%‰]{0,120})$"), kOptions);
    static const RE change(QStringLiteral("\\b(?:augment|hauss|baiss|recul|progress|diminu|gagn|perd|perte|"
                                          "cro[iî]|chut|régress|évolu|vari|aggrav|amélior|gain|bond|repli|"
                                          "redress|accroiss|grimp|rebond|décroch|cède|cédé)"),
                           kOptions);
    static const RE perMille(QStringLiteral("^\\s*(?:‰|pour\\s*mille|pour\\s+1\\s?000)"), kOptions);
    const auto rateMatch = t.scale == 1 && !t.unreadable && t.value >= 0 && t.value <= 100
        ? rate.match(before.right(140))
        : QRegularExpressionMatch();
    if (rateMatch.hasMatch() && !change.match(rateMatch.capturedView(u"between")).hasMatch()
        && !perMille.match(c.text.mid(t.end, 16)).hasMatch()) {
        unit = {};
        unit.kind = ClaimKind::Percent;
        unit.unit = QStringLiteral("%");
        return unit;
    }
    // (A label is short: a long prefix is a sentence, and is not scanned, which keeps this
    // linear in the paragraph's length.)
    // "La récolte (campagne 2018 : 61 millions)": the label is inside the parentheses.
    const QStringView tail = before.right(161);
    const qsizetype open = tail.lastIndexOf(u'(');
    const QStringView label = open >= 0 ? tail.mid(open + 1) : before;
    const auto lm = label.size() <= 160 ? labelPattern().match(label) : QRegularExpressionMatch();
    // "Campagne 2018-2019 : 61 millions", "Exercice 2024 :": a label that names a period only.
    static const RE periodLabel(QStringLiteral("^\\s*\\d[\\d\\s/–-]*:"), kOptions);
    // (Nor a change, which counts nothing: "Une baisse en mars: 1. 183".)
    static const RE changeLabel(QStringLiteral("^(?:baisse|hausse|augmentation|diminution|recul|repli|"
                                               "progression|croissance|chute|bond|évolution|variation)s?$"),
                                kOptions);
    if (lm.hasMatch() && !periodLabel.match(label.mid(lm.capturedEnd(u"noun"))).hasMatch()
        && !changeLabel.match(lm.capturedView(u"noun")).hasMatch()) {
        unit.unit = TextUtil::lowerFirst(lm.captured(u"noun"));
        unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
        return unit;
    }
    QString noun = UnitDetector::nounFromBefore(before);
    if (noun.isEmpty())
        noun = UnitDetector::subjectNoun(before);
    // "Le nombre d'abonnés … continue de croître. Il atteint 45,30 millions": the pronoun's
    // antecedent names what is counted.
    static const RE pronoun(
        QStringLiteral("^\\s*(?:il|elle|celui-ci|celle-ci|ce\\s+(?:nombre|total|chiffre))\\s"), kOptions);
    if (noun.isEmpty() && sentence.start > 1 && pronoun.match(before.left(24)).hasMatch()) {
        const TextSpan previous = sentenceSpan(sentence.start - 2);
        QStringView text = c.text.mid(previous.start, sentence.start - previous.start).trimmed();
        while (!text.isEmpty()
               && (text.back() == u'.' || text.back() == u'!' || isSentencePunct(text.back())))
            text.chop(1);
        noun = UnitDetector::nounFromBefore(text);
    }
    if (!noun.isEmpty()) {
        unit.unit = noun;
        unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
        return unit;
    }
    const auto m = parmiPattern().match(before.right(200));
    // "Parmi les différentes offres ADSL, … assurant 83,67": a figure with decimals is no
    // number of them.
    const bool whole = t.scale > 1 || t.value == std::floor(t.value);
    if (m.hasMatch() && whole && !m.captured(1).startsWith(u"lesquel")
        && !UnitDetector::isAdjective(m.captured(1))) {
        unit.unit = m.captured(1).toLower();
        unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
        return unit;
    }
    // "un budget de 3 milliards", "un appui financier de 127 millions": an amount, in the
    // currency of the paragraph's last one, else of the article's (inheritScaledUnits()).
    static const RE moneyNoun(
        QStringLiteral("\\b(?:budget|enveloppe|montant|coût|dotation|financement|subvention|investissement|"
                       "(?:aide|appui|soutien|effort|concours)\\s+(?:financier|financière|budgétaire))s?"
                       "(?:\\s+(?:global|globale|total|totale|annuel|annuelle|supplémentaire|additionnel|"
                       "additionnelle|initial|initiale))?\\s+(?:de|d['’])\\s*(?:près\\s+de\\s+|environ\\s+|"
                       "plus\\s+de\\s+)?$"),
        kOptions);
    if (t.scale > 1 && moneyNoun.match(before.right(80)).hasMatch()) {
        unit = {};
        unit.kind = ClaimKind::Money;
        for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph; ++it) {
            if (it->kind == ClaimKind::Money && !it->unit.isEmpty()) {
                unit.unit = it->unit;
                break;
            }
        }
        return unit;
    }
    // The nearest earlier claim of this paragraph with a unit, in the same sentence first.
    const TextSpan s = sentenceSpan(t.start);
    const Claim *previous = nullptr;
    int looked = 0;
    for (auto it = m_out.crbegin(); it != m_out.crend() && ++looked < 24; ++it) {
        if (it->paragraph != c.paragraph)
            break;
        if (!it->unit.isEmpty() && it->kind != ClaimKind::Percent) {
            previous = &*it;
            break;
        }
    }
    if (!previous)
        return unit;
    const bool sameSentence = previous->start - c.offset >= s.start;
    // A sentence before whose figures count several things counts its first one (its subject),
    // the others its parts: "Le nombre des occupés a atteint 3458.1 mille et s'est réparti en
    // 2550.1 mille hommes et 908.0 mille femmes. […] ce nombre a été de 3451.5 mille".
    if (!sameSentence) {
        const TextSpan before = sentenceSpan(previous->start - c.offset);
        for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph; ++it) {
            if (it->start - c.offset < before.start)
                break;
            if (it->start <= previous->start && !it->unit.isEmpty() && it->kind != ClaimKind::Percent)
                previous = &*it;
        }
    }
    if (sameSentence || dontPattern().match(before.right(200)).hasMatch()
        || t.form == NumberToken::Form::Digits) {
        unit.unit = previous->unit;
        unit.kind
            = previous->kind == ClaimKind::Ratio && unit.per.isEmpty() ? ClaimKind::Count : previous->kind;
        if (!unit.per.isEmpty() && unit.kind == ClaimKind::Count)
            unit.kind = ClaimKind::Ratio;
        if (t.scale == 1 && previous->kind == ClaimKind::Money && t.value < 1000)
            return UnitInfo {}; // "3 agences … 200": too far apart to share a currency
    }
    return unit;
}

void ParagraphExtractor::restatedDate(Claim &claim, const NumberToken &t) const
{
    // "69,7 milliards de dirhams en 2017 (6,16 milliards d'euros)": a figure in parentheses
    // that gives the one before in another currency shares its date.
    if (m_out.isEmpty() || m_out.last().paragraph != c.paragraph || claim.kind != ClaimKind::Money
        || m_out.last().kind != ClaimKind::Money || m_out.last().unit == claim.unit)
        return;
    const qsizetype prevEnd = m_out.last().end - c.offset;
    if (prevEnd > t.start || t.start - prevEnd > 40)
        return;
    const QStringView gap = c.text.mid(prevEnd, t.start - prevEnd);
    const qsizetype open = gap.indexOf(u'(');
    if (open < 0 || !gap.mid(open + 1).trimmed().isEmpty())
        return;
    for (const QChar ch : gap.left(open)) {
        if (ch.isDigit() || isSentencePunct(ch) || ch == u'.')
            return;
    }
    claim.asOf = m_out.last().asOf;
}

QString ParagraphExtractor::speakerFor(qsizetype pos) const
{
    if (c.boilerplate || c.speakers.isEmpty())
        return {};
    return c.nearestSpeaker.value(sentenceOf(c, pos));
}

void ParagraphExtractor::single(Candidate &cand, const UnitInfo *listed)
{
    cand.used = true;
    const NumberToken &t = cand.token;
    const bool multiplier = isMultiplier(t);
    if (t.isSmallWordNumber() && !multiplier) {
        // "trois agences" is a claim; "un hôpital neuf", "à trois" are not; "17 établissements
        // …, et trois ont été sanctionnés" counts the same thing as the figure before it.
        const UnitInfo unit = UnitDetector::detect(t, {}, c.text.mid(t.end));
        if (unit.unit.isEmpty() && !continuesPreviousFigure(t) && !countedByVerb(t))
            return;
    }
    Claim claim = base(t);
    describe(claim, t, false, listed);
    if (multiplier) {
        // "trois fois plus": a ratio between two quantities, without a unit of its own.
        claim.kind = ClaimKind::Other;
        claim.unit.clear();
        claim.per.clear();
    }
    m_out.append(claim);
}

bool ParagraphExtractor::isMultiplier(const NumberToken &t, QStringView text)
{
    // "(x3)", "×2,2": the sign of multiplication is the number's first character
    // (NumberReader).
    if (t.form == NumberToken::Form::Digits && !t.percent && t.scale == 1
        && (text[t.start] == u'×' || text[t.start] == u'x' || text[t.start] == u'X')
        && (t.end >= text.size() || !text[t.end].isLetterOrNumber()))
        return true;
    static const RE fois(QStringLiteral("^\\s+fois\\b"), kOptions);
    return fois.match(text.mid(t.end, 12)).hasMatch();
}

bool ParagraphExtractor::isMultiplier(const NumberToken &t) const
{
    return isMultiplier(t, c.text);
}

bool ParagraphExtractor::countedByVerb(const NumberToken &t) const
{
    // "Le ministère en a ouvert douze", "… des 17 établissements, douze ont été sanctionnés": a
    // number word that a verb counts, in any position of the sentence.
    static const RE enVerb(
        QStringLiteral(
            "(?:^|[^\\p{L}])en\\s+(?:a|ont|avait|avaient|aura|auront|compte|comptent|"
            "comptait|dénombre|dénombrait|recense|recensait)(?:\\s+(?!(?:à|a|de|des|du|pour|par|avec|sur|"
            "dans|en|chez|entre|aux|au)\\b)\\p{L}+){0,2}\\s*$"),
        kOptions);
    static const RE subject(
        QStringLiteral("^\\s+(?:ont|sont|avaient|étaient|seront|auront|restent|demeurent)\\b"), kOptions);
    const TextSpan s = sentenceSpan(t.start);
    const QStringView before = c.text.mid(s.start, t.start - s.start);
    if (enVerb.match(before.right(60)).hasMatch())
        return true;
    const QStringView clause = before.trimmed();
    const bool opensClause
        = clause.isEmpty() || clause.endsWith(u',') || clause.endsWith(u';') || clause.endsWith(u':');
    return opensClause && subject.match(c.text.mid(t.end, 20)).hasMatch();
}

bool ParagraphExtractor::continuesPreviousFigure(const NumberToken &t) const
{
    static const RE connector(QStringLiteral("(?:^|[^\\p{L}])(?:et|dont|mais|contre|soit|ou)\\s*$"),
                              kOptions);
    if (!connector.match(c.text.mid(qMax<qsizetype>(0, t.start - 12), qMin<qsizetype>(t.start, 12)))
             .hasMatch())
        return false;
    const TextSpan s = sentenceSpan(t.start);
    return !m_out.isEmpty() && m_out.last().paragraph == c.paragraph
        && m_out.last().start - c.offset >= s.start && !m_out.last().unit.isEmpty();
}

namespace {

// "passé de 120 à 174" moves a figure; "augmentent de 12 à 15%" may give a range of rates.
// (A date may stand between the verb and "de": "passé entre 2022 et 2023 de …".)
const RE &movementVerbPattern()
{
    static const RE re(
        QStringLiteral(
            "(?:pass\\p{L}*|evolu\\p{L}*|grimp\\p{L}*|bondi\\p{L}*|recul\\p{L}*|chut\\p{L}*"
            "|s'est "
            "etabli\\p{L}*|monte\\p{L}*|gonfl\\p{L}*|ramen\\p{L}*|porte\\p{L}*|elargi\\p{L}*|elev\\p{L}*"
            "|aggrav\\p{L}*|amelior\\p{L}*|tomb\\p{L}*|redui\\p{L}*|envol\\p{L}*|rebondi\\p{L}*)"
            "(?:\\s+[\\p{L}\\d']+){0,4}\\s+d(?:e|')\\s*$"),
        kOptions);
    return re;
}

const RE &variationVerbPattern()
{
    static const RE re(
        QStringLiteral(
            "(?:augment\\p{L}*|progress\\p{L}*|baiss\\p{L}*|dimin\\p{L}*|cru|croit|croissent|accru\\p{L}*"
            "|accroi\\p{L}*|hausse|baisse)"
            "(?:\\s+[\\p{L}\\d']+){0,4}\\s+d(?:e|')\\s*$"),
        kOptions);
    return re;
}

const RE &toGapPattern()
{
    static const RE re(
        QStringLiteral(
            "^\\s*(?:[\\p{L}€$£%]+\\s+){0,2}?(?:en|au|fin|a fin|courant|,|\\s)*\\s*(?:a|pour atteindre|pour "
            "s'etablir a)\\s+(?:plus de|pres de|environ|moins de|quelque|au moins)?\\s*$"),
        kOptions);
    return re;
}

const RE &andGapPattern()
{
    static const RE re(QStringLiteral("^\\s*(?:\\p{L}+\\s+)?et\\s+$"), kOptions);
    return re;
}

const RE &entrePattern()
{
    static const RE re(QStringLiteral("(?:^|[^\\p{L}])entre\\s*$"), kOptions);
    return re;
}

const RE &fromWordPattern()
{
    static const RE re(
        QStringLiteral("(?:^|[^\\p{L}])(?:de|d'|allant de|variant de|oscillant de|va de|vont de)\\s*$"),
        kOptions);
    return re;
}

} // namespace

// The direction of the change named by the word before a final "de" in `folded`: -1 for a
// fall ("baisse de", "s'est allégée de", "a reculé de"), 1 for a rise ("hausse de", "a augmenté
// de"), else 0.
int directionBefore(const QString &folded)
{
    static const RE word(QStringLiteral("(\\p{L}+)\\s+d(?:e|['’])\\s*$"), kOptions);
    const QRegularExpressionMatch m = word.match(folded);
    if (!m.hasMatch())
        return 0;
    const QString w = m.captured(1);
    static const QStringList falls {
        QStringLiteral("baiss"),     QStringLiteral("recul"),     QStringLiteral("repli"),
        QStringLiteral("diminu"),    QStringLiteral("chut"),      QStringLiteral("allege"),
        QStringLiteral("contract"),  QStringLiteral("regress"),   QStringLiteral("flechi"),
        QStringLiteral("perdu"),     QStringLiteral("perte"),     QStringLiteral("effrit"),
        QStringLiteral("degringol"), QStringLiteral("reduction"), QStringLiteral("reduit")};
    static const QStringList rises {
        QStringLiteral("hauss"),  QStringLiteral("augment"),       QStringLiteral("progress"),
        QStringLiteral("accru"),  QStringLiteral("accroissement"), QStringLiteral("grimp"),
        QStringLiteral("bond"),   QStringLiteral("envol"),         QStringLiteral("gagn"),
        QStringLiteral("rebond"), QStringLiteral("alourdi"),       QStringLiteral("elargi")};
    auto starts = [&w](const QStringList &stems) {
        return std::any_of(stems.cbegin(), stems.cend(), [&w](const QString &s) { return w.startsWith(s); });
    };
    return starts(falls) ? -1 : starts(rises) ? 1 : 0;
}

bool ParagraphExtractor::tryPair(Candidate &a, Candidate &b)
{
    const NumberToken &x = a.token;
    const NumberToken &y = b.token;
    const int sentence = sentenceOf(c, x.start);
    if (sentence != sentenceOf(c, y.start) || x.unreadable || y.unreadable)
        return false;
    // "progresse de 8,3% pour atteindre 32,6 MMDH": a rate and an amount are not a pair.
    if ((x.percent && !y.percent) || ((!x.currency.isEmpty() || x.currencyInToken) && y.percent))
        return false;
    // The folded text before x, folded only when a pattern is to be matched on it.
    std::optional<QString> foldedBeforeX;
    auto beforeX = [&]() -> const QString & {
        if (!foldedBeforeX)
            foldedBeforeX = foldedTail(c.text, x.start, 60);
        return *foldedBeforeX;
    };
    QString gap = c.text.mid(x.end, y.start - x.end).toString();
    // Dates inside the gap belong to the two ends: "de 22 000 en 2021 à 110 000".
    bool datedGap = false;
    const auto [firstDate, lastDate] = datesIn(c, x.end, y.start);
    for (const DateMention *dp = firstDate; dp != lastDate; ++dp) {
        const DateMention &d = *dp;
        if (d.end <= y.start) {
            gap.replace(d.start - x.end, d.end - d.start, QString(d.end - d.start, u' '));
            datedGap = true;
        }
    }
    const QString g = TextUtil::fold(gap);
    // "diminue de 0,1 point à 9,1%": a change in points and the level it reaches.
    if (y.percent && (g.startsWith(u" point") || g.startsWith(u" pt")))
        return false;
    // Every verb pattern ends with "de" or "d'" after a space: test that first.
    const bool afterDe = endsWithDeBefore(c.text, x.start, 60);
    // "de 9% à 9,8%": both ends written with their unit, as a level is; "de 12 à 15%" writes
    // a range's unit once.
    const bool ownUnits = x.percent && y.percent && x.end > x.numberEnd;
    const bool variation = afterDe && endsWith(beforeX(), variationVerbPattern());
    // "passé de 10,6% à 10% au niveau national ; de 14,9% à 14,3% en milieu urbain": an
    // evolution read in a sentence makes the next "de X à Y" of that sentence one too.
    auto opens = [&] {
        const QString open = beforeX().trimmed();
        return open.endsWith(u'(') || open.endsWith(u"(de") || open.endsWith(u"(d'");
    };
    const bool parallel = m_evolutionSentence == sentence && (afterDe || opens());
    const bool movement = (afterDe && endsWith(beforeX(), movementVerbPattern()))
        || (variation && (!y.percent || ownUnits || y.value < x.value)) || parallel;
    const bool hyphen = x.joinerAfter == u'-' && y.start == x.end + 1;
    if (hyphen) {
        // "500-1200 DH" is a range; "65-00", "1-0" and "2-22-795" are names and scores.
        a.used = b.used = true;
        if (y.value <= x.value || c.text[y.start] == u'0' || y.joinerAfter == u'-')
            return true;
        emitRange(x, y);
        return true;
    }
    // The gap patterns end with "à", "atteindre", "de", "environ", "quelque", "moins" or
    // "et": a gap that ends otherwise (most of them, a clause between two figures) skips them.
    const QStringView lastWord = TextUtil::lastWord(g);
    const bool toLike = lastWord == u"a" || lastWord == u"atteindre" || lastWord == u"de"
        || lastWord == u"environ" || lastWord == u"quelque" || lastWord == u"moins";
    if (toLike && toGapPattern().match(g).hasMatch()) {
        // "le nombre de chômeurs baisse de 48 000, à 2,5 millions", "la charge s'est allégée de
        // 11,5 MMDH à 27,1 MMDH": a fall cannot go from less to more (nor a rise from more to
        // less); it is the change and the level it reaches, two figures.
        if (afterDe && !y.percent == !x.percent) {
            const int direction = directionBefore(beforeX());
            if ((direction < 0 && y.value > x.value) || (direction > 0 && y.value < x.value))
                return false;
        }
        const bool fromLike = endsWith(beforeX(), fromWordPattern()) || variation;
        // A "range" whose high end is below its low end is an evolution: "de 100% à 32,8%".
        const bool falling = fromLike && y.value < x.value && !g.contains(u"plus") && !g.contains(u"pres");
        if (movement || datedGap || falling) {
            a.used = b.used = true;
            emitEvolution(x, y);
            m_evolutionSentence = sentence;
            return true;
        }
        if (fromLike && !g.contains(u"plus") && !g.contains(u"pres")) {
            a.used = b.used = true;
            emitRange(x, y);
            return true;
        }
        return false;
    }
    if (lastWord == u"et" && andGapPattern().match(g).hasMatch() && endsWith(beforeX(), entrePattern())) {
        a.used = b.used = true;
        emitRange(x, y);
        return true;
    }
    return false;
}

NumberToken ParagraphExtractor::shareScale(NumberToken x, const NumberToken &y)
{
    if (x.scale == 1 && y.scale > 1 && std::abs(x.value) < 1000 && x.form == y.form) {
        x.value *= y.scale;
        x.scale = y.scale;
    }
    x.percent = x.percent || y.percent;
    if (x.currency.isEmpty())
        x.currency = y.currency;
    return x;
}

void ParagraphExtractor::emitRange(const NumberToken &x0, const NumberToken &y)
{
    const NumberToken x = shareScale(x0, y);
    Claim claim = base(x);
    claim.end = qint32(c.offset + y.end);
    claim.high = y.value;
    const UnitInfo unit = unitOf(y);
    describe(claim, y, false, &unit);
    const TextSpan s = sentenceSpan(x.start);
    claim.qualifier = QualifierDetector::before(c.text.mid(s.start, x.start - s.start));
    static const RE entreBefore(QStringLiteral("(?:entre|de|d')\\s*$"), kOptions);
    if (claim.qualifier == Qualifier::Exact || endsWith(foldedTail(c.text, x.start, 10), entreBefore))
        claim.qualifier = Qualifier::Exact;
    m_out.append(claim);
}

void ParagraphExtractor::emitEvolution(const NumberToken &x0, const NumberToken &y)
{
    const NumberToken x = shareScale(x0, y);
    // One unit for both ends: the end's own noun, else the start's ("de 16,2 millions de
    // personnes en 2021 à 32,1 millions"), else the subject ("réseau d'agences, passant de").
    UnitInfo ownX = unitOf(x, y.start);
    UnitInfo ownY = unitOf(y);
    if (ownY.unit.isEmpty() && !ownX.unit.isEmpty())
        ownY = ownX;
    if (ownY.unit.isEmpty() && !y.percent) {
        ownY.unit = subjectNoun(x.start);
        if (!ownY.unit.isEmpty())
            ownY.kind = ownY.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
    }
    if (ownX.unit.isEmpty() || ownX.kind == ClaimKind::Other)
        ownX = ownY;
    // "de 22 000 en 2021 à 110 000 en décembre 2024": the dates between the two ends are
    // the start's, the dates after the end are the end's.
    Claim from = base(x);
    m_excludeFrom = y.start;
    m_excludeTo = std::numeric_limits<qsizetype>::max();
    describe(from, x, true, &ownX);
    Claim to = base(y);
    m_excludeFrom = x.start;
    m_excludeTo = y.start;
    describe(to, y, false, &ownY);
    m_excludeFrom = m_excludeTo = 0;
    to.changeOf = from.start;
    m_out.append(from);
    m_out.append(to);
}

QString ParagraphExtractor::subjectNoun(qsizetype xStart) const
{
    const TextSpan s = sentenceSpan(xStart);
    static const RE noun(
        QStringLiteral(
            "(?:[Dd]es|[Ll]es|[Dd]['’]|[Dd]e|[Ss]es|[Ll]eurs|[Aa]ux|nombre de)\\s*(\\p{Ll}{3,}[sx])\\b"),
        RE::UseUnicodePropertiesOption);
    QString found;
    auto it = noun.globalMatch(c.text.mid(s.start, xStart - s.start));
    while (it.hasNext()) {
        const QString w = it.next().captured(1);
        if (!UnitDetector::isTimeUnit(w))
            found = w;
    }
    // "des dossiers de remboursement, qui sont passés de": the head, not its complement.
    static const RE head(
        QStringLiteral("(?:[Dd]es|[Ll]es)\\s+(\\p{Ll}{3,}[sx])\\s+(?:de|d['’])\\s*\\p{L}+,?\\s+(?:qui\\s+)?(?"
                       ":\\p{L}+\\s+){0,2}(?:pass|évolu|augment|grimp|progress)\\p{L}*\\s+de\\s*$"),
        RE::UseUnicodePropertiesOption);
    const auto h = head.match(c.text.mid(s.start, xStart - s.start));
    if (h.hasMatch())
        return h.captured(1);
    return found;
}

} // namespace ExtractionDetail
