// SPDX-License-Identifier: GPL-3.0-or-later
// The date each figure refers to (docs/annotation-guidelines.md, as_of), with comparisons
// dated to their own period: "3.972.683 nuitées à fin juin 2018 contre 3.536.847 durant la
// même période de l'année écoulée" gives 2018-06 and 2017-06, "+2 %" after it stays with the
// first figure, "par rapport au deuxième trimestre 2017" dates nothing but its own figures.
#include "extraction/paragraphextractor_p.h"

#include "text/textutil.h"

#include <QRegularExpression>

namespace ExtractionDetail {

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

// The folded words that open a comparison.
enum Marker : int {
    NoMarker = 0,
    Contre,
    Rapport,
    Compare,
    Apres,
    Qu,
    Que,
    Face,
    Versus,
    Lieu,
    Like,
    Comme,
    Outdo,
    Contrast
};

const FoldedWordSet &markerWords()
{
    static const FoldedWordSet set = [] {
        FoldedWordSet s;
        s.insert(QStringLiteral("contre"), Contre);
        s.insert(QStringLiteral("rapport"), Rapport);
        for (const char *w :
             {"comparativement", "compare", "comparee", "compares", "comparees", "comparaison"})
            s.insert(QString::fromLatin1(w), Compare);
        s.insert(QStringLiteral("apres"), Apres);
        s.insert(QStringLiteral("qu"), Qu);
        s.insert(QStringLiteral("que"), Que);
        s.insert(QStringLiteral("face"), Face);
        s.insert(QStringLiteral("vs"), Versus);
        s.insert(QStringLiteral("versus"), Versus);
        s.insert(QStringLiteral("lieu"), Lieu);
        for (const char *w : {"identique", "identiques", "similaire", "similaires", "comparable",
                              "comparables", "semblable", "semblables"})
            s.insert(QString::fromLatin1(w), Like);
        s.insert(QStringLiteral("comme"), Comme);
        for (const char *w : {"surpassant", "depassant", "devancant", "surclassant"})
            s.insert(QString::fromLatin1(w), Outdo);
        s.insert(QStringLiteral("alors"), Contrast);
        s.insert(QStringLiteral("tandis"), Contrast);
        return s;
    }();
    return set;
}

// "plus qu'en 2016", "de plus que l'année précédente": "que" compares after these words.
bool comparativeBefore(const FoldedWords &words, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0 && k >= i - 4; --k) {
        const QStringView w = words.folded(k);
        if (w == u"plus" || w == u"moins" || w == u"autant" || w == u"davantage" || w == u"meme"
            || w.startsWith(u"superieur") || w.startsWith(u"inferieur"))
            return true;
    }
    return false;
}

} // namespace

namespace {

// Whether a figure among `cands` starts in [from, to); with `level`, only a figure that is not a
// signed change ("+19%" breaks a figure down; "6.505.956 nuitées" gives the level compared with).
bool figureIn(const QList<Candidate> &cands, QStringView text, qsizetype from, qsizetype to,
              bool level = false)
{
    for (const Candidate &cand : cands) {
        const QChar first = text[cand.token.start];
        if (cand.token.start >= from && cand.token.start < to
            && !(level && (first == u'+' || first == u'-' || first == QChar(0x2212))))
            return true;
    }
    return false;
}

} // namespace

// Where the comparison announced by marker word `i` starts, or -1 when the word compares
// nothing here ("d'après X", "qu'il"); a contrast ("alors que") is only noted.
qsizetype ParagraphExtractor::comparisonStart(int marker, qsizetype i)
{
    const FoldedWords &words = *c.words;
    const QStringView text = c.text;
    const qsizetype n = words.size();
    const QStringView next = i + 1 < n ? words.folded(i + 1) : QStringView();
    qsizetype markerStart = words.start(i);
    switch (marker) {
    case Rapport: // "par rapport à"
        if (i == 0 || words.folded(i - 1) != u"par")
            return -1;
        markerStart = words.start(i - 1);
        break;
    case Compare: // "comparé à", "comparativement à", "en comparaison avec", "la comparaison avec"
        // ("la comparaison avec la même période de 2020": its base too.)
        if (words.folded(i) == u"comparaison" && (i == 0 || words.folded(i - 1) != u"en") && next != u"avec")
            return -1;
        break;
    case Apres: // "après 9,2 %", "après une hausse de 2,9%"; not "d'après X"
        if (markerStart > 0 && (text[markerStart - 1] == u'\'' || text[markerStart - 1] == u'’'))
            return -1;
        break;
    case Qu: // "qu'en 2016", "qu'au premier trimestre"
        if (!(next == u"en" || next == u"au" || next == u"a" || next == u"aux")
            || !comparativeBefore(words, i))
            return -1;
        break;
    case Que: // "que l'année précédente", "de moins que celui de 2018"
        if (!(next == u"l" || next == u"le" || next == u"la" || next == u"lors" || next == u"en"
              || next == u"celui" || next == u"celle" || next == u"ceux" || next == u"celles")
            || !comparativeBefore(words, i))
            return -1;
        break;
    case Comme: // "comme au trimestre précédent", "comme en 2017"
        if (!(next == u"au" || next == u"en" || next == u"lors" || next == u"a"))
            return -1;
        break;
    case Face: // "face à"
    case Like: // "identique à celle enregistrée lors des six premiers mois de 2018"
        if (!(next == u"a" || next == u"au" || next == u"aux"))
            return -1;
        break;
    case Lieu: // "au lieu de"
        if (i == 0 || words.folded(i - 1) != u"au"
            || !(next == u"de" || next == u"d" || next == u"du" || next == u"des"))
            return -1;
        markerStart = words.start(i - 1);
        break;
    case Outdo: // "9 450 mentions, surpassant les 7 642 mentions de 2023": what it outdoes
        if (!(next == u"les" || next == u"le" || next == u"la" || next == u"l" || next == u"ses"
              || next == u"son" || next == u"sa" || next == u"celui" || next == u"celle" || next == u"ceux"
              || next == u"celles"))
            return -1;
        break;
    case Contrast: // "alors que", "tandis qu'en 2016": a clause of its own, with its own dates
        if (!(next == u"que" || next == u"qu"))
            return -1;
        m_contrasts.append(markerStart);
        return -1;
    default:
        break;
    }
    return markerStart;
}

// The comparison runs to the end of its clause; ", où …" and a parenthesis that gives a figure
// the comparison lacks stay in it; "tandis qu'en 2016", "soit +11%", "mais" start another
// clause, and so does "et" after a base ("par rapport à 2014 et a enregistré …").
qsizetype ParagraphExtractor::comparisonEnd(qsizetype markerStart, qsizetype markerEnd, bool base,
                                            const QList<Candidate> &cands, QList<TextSpan> &asides) const
{
    const FoldedWords &words = *c.words;
    const QStringView text = c.text;
    const qsizetype n = words.size();
    const TextSpan s = sentenceSpan(markerStart);
    qsizetype end = markerEnd;
    qsizetype word = words.indexAt(markerEnd);
    while (end < s.end) {
        while (word < n && words.start(word) < end)
            ++word;
        if (word < n && words.start(word) == end) {
            const QStringView w = words.folded(word);
            if (w == u"tandis" || w == u"alors" || w == u"mais" || w == u"soit" || (base && w == u"et"))
                break;
        }
        if (clauseBreakAt(text, end)) {
            if (text[end] == u',' && !base) {
                // "contre des pertes de 175.000 postes en 2016, 58.000 en 2015 et de 7.000 en
                // 2014": a list of figures goes on comparing.
                qsizetype k = end + 1;
                while (k < s.end && TextUtil::isSpace(text[k]))
                    ++k;
                if (k < s.end && text[k].isDigit()) {
                    end = k;
                    continue;
                }
            }
            if (text[end] == u',') {
                // "(5,6% contre 5,3%, en septembre)": what follows the comma up to the parenthesis
                // the comparison stands in is its date.
                const qsizetype open = text.lastIndexOf(u'(', markerStart);
                const qsizetype close = text.indexOf(u')', end);
                if (open >= s.start && text.lastIndexOf(u')', markerStart) < open && close > end
                    && close < s.end && close - end <= 40) {
                    const QStringView rest = text.mid(end + 1, close - end - 1);
                    if (!rest.contains(u',') && !rest.contains(u';') && !rest.contains(u'(')) {
                        end = close;
                        continue;
                    }
                }
                qsizetype k = end + 1;
                while (k < s.end && TextUtil::isSpace(text[k]))
                    ++k;
                const QStringView after = text.mid(k, 8);
                if (after.startsWith(u"où") || after.startsWith(u"lorsque") || after.startsWith(u"quand")) {
                    ++end;
                    continue;
                }
            }
            const qsizetype close = text[end] == u'(' ? text.indexOf(u')', end) : -1;
            if (close > end && close < s.end) {
                // A parenthesis that gives the figure the comparison lacks ends it; any
                // other is an aside.
                if (!figureIn(cands, text, markerEnd, end) && figureIn(cands, text, end, close, base)) {
                    end = close + 1;
                    break;
                }
                asides.append(TextSpan {end, close + 1});
                end = close + 1;
                continue;
            }
            break;
        }
        ++end;
    }
    return end;
}

void ParagraphExtractor::findComparisons(const QList<Candidate> &cands)
{
    m_comparisons.clear();
    m_contrasts.clear();
    if (!c.words)
        return;
    const FoldedWords &words = *c.words;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int marker = markerWords().value(words, i);
        if (marker <= 0)
            continue;
        const qsizetype markerStart = comparisonStart(marker, i);
        if (markerStart < 0)
            continue;
        const qsizetype markerEnd = words.end(i);
        const bool base = marker != Contre && marker != Apres && marker != Versus && marker != Lieu;
        QList<TextSpan> asides;
        qsizetype end = comparisonEnd(markerStart, markerEnd, base, cands, asides);
        // "Le déficit par rapport à 2022 est de 0,9 %": a base that is a date alone, right after
        // the marker, ends there; the figure after it is the sentence's, not the base's.
        if (base) {
            const auto [first, last] = datesIn(c, markerEnd, end);
            if (first != last && first->end < end) {
                static const RE only(QStringLiteral("^\\s*(?:à|au|aux|avec)?\\s*(?:l['’]année\\s+)?$"),
                                     kOptions);
                const qsizetype k = TextUtil::skipSpaces(c.text, first->end);
                // (Not a relative that goes on describing the base: "par rapport à la même période de
                // 2017 qui a enregistré 97.439 nuitées".)
                static const RE relative(QStringLiteral("^(?:qui|dont|où|lorsque|quand)\\b"), kOptions);
                const bool verbAfter = k < end && !c.text[k].isDigit() && c.text[k] != u'('
                    && c.text[k] != u',' && !relative.match(c.text.mid(k, 10)).hasMatch();
                if (only.match(c.text.mid(markerEnd, first->start - markerEnd)).hasMatch() && verbAfter
                    && figureIn(cands, c.text, first->end, end))
                    end = first->end;
            }
        }
        const bool hasFigure = figureIn(cands, c.text, markerEnd, end);
        // "plus élevés que la moyenne nationale (45%)", "par rapport à la moyenne": a base
        // compares in time only when it names a date.
        if (base) {
            const auto [firstDate, lastDate] = datesIn(c, markerEnd, end);
            if (firstDate == lastDate)
                continue;
        }
        // "après le lancement en 2020" is a time, "contre le cancer" an opponent: "après" and
        // "contre" compare only a figure.
        if ((marker == Apres || marker == Contre) && !hasFigure)
            continue;
        m_comparisons.append(Comparison {markerStart, markerEnd, end, hasFigure, asides});
    }
}

bool ParagraphExtractor::isEvolutionStartDate(const DateMention &d) const
{
    // "de 1.442.000 en 2022 à 1.580.000": a figure after "de" right before the date, "à" and a
    // figure right after it.
    static const RE before(
        QStringLiteral(
            "(?:^|[^\\p{L}])d(?:e|['’])\\s*[-+]?\\d[\\d\\s\\x{00A0}\\x{202F}.,]*"
            "(?:%|[\\p{L}€$]+(?:\\s+[\\p{L}€$]+)?)?\\s+(?:en|au|à|a|fin|à fin|au cours de|durant)?\\s*$"),
        RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption);
    static const RE after(
        QStringLiteral("^\\s*,?\\s*(?:à|a)\\s+(?:plus de |près de |environ |quelque )?[-+]?\\d"),
        RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption);
    if (d.start == 0)
        return false;
    return after.match(c.text.mid(d.end, 30)).hasMatch() && before.match(textBefore(d, 60)).hasMatch();
}

bool ParagraphExtractor::changeBaseDate(const DateMention &d) const
{
    static const RE change(
        QStringLiteral("\\ben\\s+(?:hausse|baisse|progression|augmentation|diminution|"
                       "recul|repli|croissance|amélioration|retrait)\\s+(?:de\\s+)?[-+]?\\d["
                       "\\d\\s\\x{00A0}\\x{202F}.,]*\\s*%\\s*$"),
        RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption);
    return change.match(textBefore(d, 60)).hasMatch();
}

const Comparison *ParagraphExtractor::comparisonAt(qsizetype pos) const
{
    for (const Comparison &cmp : m_comparisons) {
        if (cmp.contains(pos))
            return &cmp;
    }
    return nullptr;
}

bool ParagraphExtractor::markerBetween(qsizetype from, qsizetype to) const
{
    for (const Comparison &cmp : m_comparisons) {
        if (cmp.marker >= from && cmp.marker < to)
            return true;
    }
    // "4.607 mégawatts, …, alors que l'objectif initial était de 42% en 2020".
    return std::any_of(m_contrasts.cbegin(), m_contrasts.cend(),
                       [&](qsizetype at) { return at >= from && at < to; });
}

bool ParagraphExtractor::eligible(const DateMention &d, const NumberToken &t) const
{
    if (d.since || (d.start < t.end && d.end > t.start)
        || (d.start >= m_excludeFrom && d.start < m_excludeTo))
        return false;
    // "depuis son lancement, il y a trois ans": an event's date, not the figure's.
    if (comparisonAt(d.start) || d.relative.ago)
        return false;
    // "s'est établi à 258,4 MMDH, en hausse de 10,4 % un an auparavant": the base of the change,
    // neither the change's date nor the level's.
    if (d.relative.active && changeBaseDate(d))
        return false;
    // "a augmenté de 138.000, passant de 1.442.000 en 2022 à 1.580.000 en 2023": 2022 is the
    // start's.
    if (m_excludeFrom == 0 && m_excludeTo == 0 && isEvolutionStartDate(d))
        return false;
    if (describesNoun(d, t) || outdoneDate(d) || pastBoundDate(d) || publicationDate(d))
        return false;
    // A date after the figure with a comparison between them is the comparison's, unless it is
    // in the sentence's attribution, which dates all of it: "Les touristes étrangers ont progressé
    // de 14 %, alors que les arrivées des MRE ont augmenté de 2 %, indique l'Observatoire dans
    // ses statistiques pour le mois d'octobre 2018".
    return d.start < t.end || !markerBetween(t.end, d.start) || inAttribution(d);
}

bool ParagraphExtractor::inAttribution(const DateMention &d) const
{
    static const RE attribution(
        QStringLiteral(
            "^\\s*(?:a\\s+|ont\\s+)?(?:indiqu|précis|soulign|not|relev|relèv|ajout|expliqu|rapport|"
            "annonc|révél|révèl|affirm|déclar|observ|constat|selon\\b|d['’]après\\b|fait\\s+savoir)"),
        kOptions);
    const qsizetype from = qMax<qsizetype>(0, d.start - 160);
    const qsizetype comma = c.text.mid(from, d.start - from).lastIndexOf(u',');
    if (comma < 0)
        return false;
    return attribution.match(c.text.mid(from + comma + 1, d.start - from - comma - 1)).hasMatch();
}

// A number in the date's own clause, between the figure and the date, outside parentheses: the
// figure the date belongs to ("…, avec 42 autres … prévue en novembre"); "448 milliards de
// dirhams (49 milliards de dollars) d'ici 2027" has none.
bool ParagraphExtractor::figureInDateClause(const NumberToken &t, const DateMention &d) const
{
    qsizetype from = t.end;
    for (qsizetype k = d.start - 1; k >= t.end; --k) {
        if (c.text[k] == u',' || c.text[k] == u';') {
            from = k + 1;
            break;
        }
    }
    int depth = 0;
    for (qsizetype k = from; k < d.start; ++k) {
        const QChar ch = c.text[k];
        depth += ch == u'(' ? 1 : ch == u')' ? -1 : 0;
        if (depth <= 0 && ch.isDigit())
            return true;
    }
    return false;
}

// The `reach` characters before a date (fewer at the paragraph's start), where the words that say
// what the date is of stand.
QStringView ParagraphExtractor::textBefore(const DateMention &d, qsizetype reach) const
{
    const qsizetype from = qMax<qsizetype>(0, d.start - reach);
    return c.text.mid(from, d.start - from);
}

bool ParagraphExtractor::targetDate(const DateMention &d) const
{
    static const RE target(QStringLiteral("(?:\\bprévue?s?|\\battendue?s?|\\bprogrammée?s?|\\bd['’]ici|"
                                          "\\bà\\s+l['’]horizon|\\bobjectif)\\s+(?:en|pour|le|à|de)?\\s*$"),
                           kOptions);
    return target.match(textBefore(d, 30)).hasMatch();
}

// "a triplé son score de 2011 en obtenant 102 sièges", "a doublé son résultat de 2016", "dépasse
// le record de 2019", "101 % des niveaux enregistrés en 2019": the date of what a figure
// multiplies, outdoes or is a share of is the base it is compared with, not the figure's.
bool ParagraphExtractor::outdoneDate(const DateMention &d) const
{
    static const RE outdone(
        QStringLiteral(
            "\\b(?:tripl|doubl|quadrupl|quintupl|multipli|dépass|surpass|amélior|battu|bat)\\w*"
            "\\s+(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\\s*)?(?:\\w+\\s+){0,2}(?:de|d['’]|du)\\s*$"
            // "le seuil enregistré lors de la campagne record de 2008-2009": a record recalled.
            "|\\brecord\\s+(?:de|d['’]|du)\\s*$"),
        kOptions);
    // "95,4 %, 90 % et 101 % des niveaux enregistrés en 2019", "un dépassement du niveau
    // d'activité de 2019 de 8 %": the level a figure is measured against.
    static const RE level(
        QStringLiteral("\\bniveaux?(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:en|de|d['’]|du|de\\s+l['’]année)\\s*$"),
        kOptions);
    const QStringView before = textBefore(d, 60);
    return outdone.match(before).hasMatch() || level.match(before).hasMatch();
}

// "Dans son rapport trimestriel paru le 5 mai, l'ANRT indique que…", "publiées le 28 février": the
// day a document came out dates the document, not its figures (they take the publication's
// month, rule 4, or a date of their own).
bool ParagraphExtractor::publicationDate(const DateMention &d) const
{
    static const RE published(
        QStringLiteral("\\b(?:paru|publié|diffusé|dévoilé|rendu\\s+public)(?:e|s|es)?\\s+"
                       "(?:(?:ce|le|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)*$"),
        kOptions);
    return d.date.hasDay() && published.match(textBefore(d, 40)).hasMatch();
}

// "les prévisions du ministère de tutelle, annoncées lors du mois d'avril": when a forecast was
// made, no date for the figures of the sentences after it.
bool ParagraphExtractor::forecastDate(const DateMention &d) const
{
    static const RE forecast(
        QStringLiteral(
            "\\b(?:prévisions?|estimations?|projections?|prédictions?)\\b[^.;\\d]{0,60}?\\b(?:annoncé|"
            "publié|faite?|rendu|dévoilé|communiqué)(?:e|s|es)?\\s+(?:(?:lors|au\\s+cours)\\s+(?:du|de)\\s+|"
            "en\\s+|le\\s+)?(?:mois\\s+d['’e]\\s*)?$"),
        kOptions);
    return forecast.match(textBefore(d, 120)).hasMatch();
}

// "les taux de réussite des années 2015 (51,36%), 2016 (49.79) et 2014 (45.01%)": a date followed
// by its figure in parentheses labels that figure, and is no period for the sentences after it.
bool ParagraphExtractor::labelsAFigure(const DateMention &d) const
{
    const qsizetype k = TextUtil::skipSpaces(c.text, d.end);
    if (k + 1 >= c.text.size() || c.text[k] != u'(')
        return false;
    const QChar first = c.text[k + 1];
    if (!(first.isDigit() || first == u'+' || first == u'-' || first == QChar(0x2212)))
        return false;
    // (Not the period a verb's clause runs in: "voit ses résultats augmenter en novembre (+11,5%)",
    // "a progressé au premier trimestre (+3 %)".)
    static const RE period(
        QStringLiteral(
            "\\b(?:en|au|à\\s+fin|fin|durant|pendant|au\\s+cours\\s+d[eu]|au\\s+mois\\s+d[e'’])\\s*$"),
        kOptions);
    return !period.match(textBefore(d, 20)).hasMatch();
}

// "soit au même niveau des taux enregistrés avant la session de 2019", "avant 2020, nous n'avions
// pas 40 %": a past date after "avant" bounds a time before it, and dates no figure (a date after
// the publication is a deadline: "avant fin 2026" dates its target).
bool ParagraphExtractor::pastBoundDate(const DateMention &d) const
{
    static const RE before(
        QStringLiteral("\\bavant\\s+(?:(?:la|le|l['’]|les|de|d['’]|du|des|\\p{L}+)\\s*){0,4}$"), kOptions);
    // (An undated article's reference is the latest year it wrote before the paragraph.)
    const PartialDate now = c.article.published.isNull() ? c.reference : c.article.published;
    if (now.isNull() || d.relative.active || d.date.isNull() || d.date.year >= now.year)
        return false;
    return before.match(textBefore(d, 40)).hasMatch();
}

// "Le PAM, créé en juin 2008, recueille 18,67 %", "Le barrage, mis en service en 1990, est
// rempli à 45 %": a date in an incise after a participle of creation dates the noun, not the
// figures outside the incise.
bool ParagraphExtractor::describesNoun(const DateMention &d, const NumberToken &t) const
{
    // "le bal de promos de fin d'année", "les fêtes de fin d'année": a frame that names a kind of
    // thing, after its noun and "de", dates nothing.
    static const RE kind(QStringLiteral("\\b(?!(?:la|le|les|à|au|en|depuis|jusqu)\\b)\\p{L}{3,}\\s+de\\s*$"),
                         kOptions);
    static const RE frame(QStringLiteral("^(?:fin|début|mi)[\\s-]+d['’]\\s*année\\b"), kOptions);
    if (frame.match(c.text.mid(d.start, 16)).hasMatch()
        && kind.match(c.text.mid(qMax<qsizetype>(0, d.start - 24), qMin<qsizetype>(24, d.start))).hasMatch())
        return true;
    static const RE incise(QStringLiteral(",\\s*(?:cré|fond|inaugur|lanc|construit|instaur|institu|"
                                          "adopt|sign|n|mis|mise)(?:é|ée|és|ées|e|es|s)?(?:\\s+en\\s+service"
                                          "|\\s+en\\s+place)?\\s+(?:en|le|au|dès)\\s*$"),
                           kOptions);
    const qsizetype from = qMax<qsizetype>(0, d.start - 60);
    const auto m = incise.match(c.text.mid(from, d.start - from));
    if (!m.hasMatch())
        return false;
    // Inside: after the incise opens, and no comma closes it before the figure ends (looked for
    // between the date and the figure only, which keeps this bounded on a page without commas).
    const qsizetype opens = from + m.capturedStart();
    const bool inside
        = t.start >= opens && (t.end <= d.end || !c.text.mid(d.end, t.end - d.end).contains(u','));
    return !inside;
}

PartialDate ParagraphExtractor::periodBefore(qsizetype pos) const
{
    const auto [first, last] = datesIn(c, 0, pos);
    for (const DateMention *d = last; d != first;) {
        --d;
        if (d->since)
            continue;
        // (A relative period resolves against what stands before it: the recursion ends.)
        const PartialDate date = d->relative.active ? dateOf(*d, d->start, false, false) : d->date;
        if (!date.isNull())
            return date;
    }
    return c.previousPeriod;
}

PartialDate ParagraphExtractor::anchorBefore(qsizetype pos) const
{
    int looked = 0;
    for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph && ++looked < 24;
         ++it) {
        const qsizetype start = it->start - c.offset;
        if (start >= pos || m_comparisonClaims.contains(start) || it->asOf.isNull())
            continue;
        return it->asOf;
    }
    const auto [first, last] = datesIn(c, 0, pos);
    for (const DateMention *d = last; d != first;) {
        --d;
        if (!d->since && !d->relative.active && !d->date.isNull())
            return d->date;
    }
    return fallbackDate(false);
}

PartialDate ParagraphExtractor::dateOf(const DateMention &d, qsizetype anchorPos, bool evolutionStart,
                                       bool comparison) const
{
    if (evolutionStart && !d.rangeStart.isNull())
        return d.rangeStart;
    // "une livraison prévue en novembre", written in October 2024: the coming November.
    const PartialDate published = c.article.published;
    if (!d.relative.active && !d.explicitYear && d.date.hasMonth() && !published.isNull()
        && d.date.sortKey() < PartialDate {published.year, published.month, 0}.sortKey() && targetDate(d)) {
        PartialDate next = d.date;
        next.year = qint16(next.year + 1);
        return next;
    }
    if (!d.relative.active)
        return d.date;
    // "l'an dernier" counts from when the article was written: the calendar year before the
    // publication; in a comparison with a figure of the publication year, at its month.
    const PartialDate anchor = anchorBefore(anchorPos);
    if (d.relative.calendarYear && !published.isNull()) {
        const bool sameYear = comparison && anchor.year == published.year;
        return PartialDate {qint16(published.year - 1), sameYear ? anchor.month : qint8(0), 0};
    }
    if (d.relative.calendarYear && !comparison)
        return {};
    // A relative date is resolved once, for the figure it follows: "de 6,68 MMDH à fin mars
    // 2024 à 7 MMDH un an plus tard, enregistrant une croissance de 323 MDH" dates both 7 MMDH
    // and 323 MDH to 2025-03.
    if (const auto it = m_relativeDates.constFind(d.start); it != m_relativeDates.cend())
        return it.value();
    const PartialDate resolved = FrenchDates::resolve(d.relative, anchor, periodBefore(d.start));
    m_relativeDates.insert(d.start, resolved);
    return resolved;
}

PartialDate ParagraphExtractor::fallbackDate(bool evolutionStart) const
{
    // Rule 4: the bulletin date, else the publication month; the start of an evolution is older.
    if (evolutionStart)
        return {};
    if (!c.bulletin.isNull())
        return c.bulletin;
    if (c.article.published.isNull())
        return {};
    return PartialDate {c.article.published.year, c.article.published.month, 0};
}

PartialDate ParagraphExtractor::comparisonDate(const Comparison &cmp, const NumberToken &t) const
{
    // Its own date in the comparison: after the figure first, then before it, the nearest.
    const auto [first, last] = datesIn(c, cmp.start, cmp.end);
    const DateMention *best = nullptr;
    int bestRank = 99;
    qsizetype bestDistance = 0;
    for (const DateMention *d = first; d != last; ++d) {
        if (d->since || !cmp.contains(d->start) || (d->start < t.end && d->end > t.start)
            || (d->start >= m_excludeFrom && d->start < m_excludeTo))
            continue;
        const bool afterIt = d->start >= t.end;
        const int rank = afterIt ? 0 : 1;
        const qsizetype distance = afterIt ? d->start - t.end : t.start - d->end;
        if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
            best = d;
            bestRank = rank;
            bestDistance = distance;
        }
    }
    if (best)
        return dateOf(*best, cmp.marker, false, true);
    // "contre 495.825 durant le premier semestre 2017 …, contre 208.207": an earlier comparison
    // of the sentence names the period.
    const TextSpan s = sentenceSpan(t.start);
    int looked = 0;
    for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph && ++looked < 24;
         ++it) {
        const qsizetype start = it->start - c.offset;
        if (start < s.start)
            break;
        if (start < cmp.marker && m_comparisonClaims.contains(start) && !it->asOf.isNull())
            return it->asOf;
    }
    // "contre un gain de 121.000 en milieu urbain" sets two places against each other in one
    // period: the figure compared with gives it. "contre 12,7% auparavant" says the period is
    // another one without naming it: no date, never an invented one.
    static const FoldedWordSet temporal(
        QStringList {QStringLiteral("auparavant"), QStringLiteral("precedemment"), QStringLiteral("avant"),
                     QStringLiteral("naguere"), QStringLiteral("jadis"), QStringLiteral("tot"),
                     QStringLiteral("dernier"), QStringLiteral("derniere"), QStringLiteral("passe"),
                     QStringLiteral("passee"), QStringLiteral("precedent"), QStringLiteral("precedente"),
                     QStringLiteral("ancien"), QStringLiteral("anterieur"), QStringLiteral("anterieure")});
    const FoldedWords &words = *c.words;
    for (qsizetype i = words.indexAt(cmp.start); i < words.size() && words.start(i) < cmp.end; ++i) {
        if (cmp.contains(words.start(i)) && temporal.contains(words, i))
            return {};
    }
    // "(+14,8% après +13,3%)": what came before, in a period the text does not name. (Not "après
    // dépouillement de 96% des bulletins": a figure right after the word.)
    if (const qsizetype w = words.indexAt(cmp.marker); w >= 0 && w < words.size()
        && words.start(w) == cmp.marker && words.folded(w) == u"apres"
        && c.text.mid(words.end(w), t.start - words.end(w)).trimmed().isEmpty())
        return {};
    // Nor does a comparison of what grew or fell ("l'accroissement des versements (21,2 MMDH
    // contre 10,4 MMDH)"): a growth is over time, the figure compared with is of an earlier period
    // the text does not name.
    static const FoldedWordSet growth(
        QStringList {QStringLiteral("accroissement"), QStringLiteral("progression"), QStringLiteral("hausse"),
                     QStringLiteral("baisse"), QStringLiteral("augmentation"), QStringLiteral("diminution"),
                     QStringLiteral("recul"), QStringLiteral("repli"), QStringLiteral("amelioration"),
                     QStringLiteral("croissance"), QStringLiteral("evolution"), QStringLiteral("progresse"),
                     QStringLiteral("augmente"), QStringLiteral("recule"), QStringLiteral("diminue")});
    // (Only levels: changes set against each other are of groups in one period, "+12 % pour les
    // touristes étrangers contre +1 % pour les MRE".)
    // (The words of the sentence before the marker, at most forty: a page-long sentence of
    // comparisons is not read again for each.)
    const qsizetype marker = words.indexAt(cmp.marker);
    for (qsizetype i = qMax(words.indexAt(s.start), marker - 40); !t.percent && i >= 0 && i < marker; ++i) {
        if (words.start(i) >= s.start && growth.contains(words, i))
            return {};
    }
    return anchorBefore(cmp.marker);
}

namespace {

// The closing parenthesis of "(MMDH)", "(CST)" at `pos`: parentheses around a word alone; else -1.
qsizetype abbreviationEnd(QStringView text, qsizetype pos)
{
    if (text[pos] != u'(')
        return -1;
    qsizetype k = pos + 1;
    while (k < text.size() && k - pos <= 12 && text[k].isLetter())
        ++k;
    return k > pos + 1 && k < text.size() && text[k] == u')' ? k : -1;
}

// The parentheses that hold `pos`, or {-1, -1}.
std::pair<qsizetype, qsizetype> parenthesesAround(QStringView text, qsizetype pos)
{
    constexpr qsizetype kReach = 300;
    qsizetype open = -1;
    int depth = 0;
    for (qsizetype k = pos - 1; k >= 0 && pos - k <= kReach; --k) {
        if (text[k] == u')') {
            ++depth;
        } else if (text[k] == u'(') {
            if (depth == 0) {
                open = k;
                break;
            }
            --depth;
        }
    }
    if (open < 0)
        return {-1, -1};
    depth = 0;
    for (qsizetype k = pos; k < text.size() && k - pos <= kReach; ++k) {
        if (text[k] == u'(') {
            ++depth;
        } else if (text[k] == u')') {
            if (depth == 0)
                return {open, k};
            --depth;
        }
    }
    return {-1, -1};
}

} // namespace

// "(5,6% contre 5,3%, en septembre)": a date in parentheses that hold a figure besides it is that
// figure's, not one outside them. ("12 millions (en 2023)" dates what stands before.) Each date's
// parentheses are read once (most paragraphs have none).
bool ParagraphExtractor::dateOfAnAside(const DateMention &d, const NumberToken &t) const
{
    auto found = m_asideDates.constFind(d.start);
    if (found == m_asideDates.constEnd()) {
        std::pair<qsizetype, qsizetype> aside {-1, -1};
        if (m_parentheses < 0)
            m_parentheses = c.text.contains(u'(') ? 1 : 0;
        if (m_parentheses) {
            const auto [open, close] = parenthesesAround(c.text, d.start);
            for (qsizetype k = open + 1; open >= 0 && k < close; ++k) {
                if (c.text[k].isDigit() && (k < d.start || k >= d.end)) {
                    aside = {open, close};
                    break;
                }
            }
        }
        found = m_asideDates.insert(d.start, aside);
    }
    const auto [open, close] = *found;
    return open >= 0 && !(t.start > open && t.start < close);
}

// Rule 1: a date in the sentence, same clause first, after before before, nearest first.
// `sinceSeen` tells whether the sentence holds a "depuis" date.
// Whether a date opens a clause of sentence `s` and a comma sets it apart from the clause it dates:
// "En 2023, …", "…, et en 2022, elles …" (at most four words before it, none a figure: "En", "Au
// cours de l'année").
bool ParagraphExtractor::frontedDate(const DateMention &d, const TextSpan &s) const
{
    qsizetype after = d.end;
    while (after < s.end && c.text[after].isSpace())
        ++after;
    if (after >= s.end || c.text[after] != u',')
        return false;
    qsizetype k = d.start;
    int words = 0;
    while (k > s.start && words <= 4) {
        const QChar ch = c.text[k - 1];
        if (ch == u',' || ch == u';' || ch == u':')
            return true;
        if (ch.isDigit())
            return false;
        if (ch.isSpace() && k - 1 > s.start && !c.text[k - 2].isSpace())
            ++words;
        --k;
    }
    return k <= s.start && words <= 4;
}

const DateMention *ParagraphExtractor::sentenceDate(const NumberToken &t, const TextSpan &s,
                                                    bool &sinceSeen) const
{
    constexpr qsizetype kReach = kDateReach;
    const DateMention *best = nullptr;
    int bestRank = 99;
    qsizetype bestDistance = 0;
    const auto [first, last] = datesIn(c, qMax(s.start, t.start - kReach), qMin(s.end, t.end + kReach));
    for (const DateMention *dp = first; dp != last; ++dp) {
        const DateMention &d = *dp;
        sinceSeen = sinceSeen || d.since;
        if (!eligible(d, t) || dateOfAnAside(d, t))
            continue;
        const bool afterIt = d.start >= t.end;
        const qsizetype from = afterIt ? t.end : d.end;
        const qsizetype to = afterIt ? d.start : t.start;
        bool sameClause = true;
        for (qsizetype k = from; k < to; ++k) {
            // An abbreviation in parentheses is see-through: "23 milliards de dirhams (MMDH) à fin
            // mai 2020".
            if (const qsizetype close = abbreviationEnd(c.text, k); close > k) {
                k = close;
                continue;
            }
            if (clauseBreakAt(c.text, k)) {
                sameClause = false;
                break;
            }
        }
        // "127 écoles ont rouvert, avec 42 autres … pour une livraison prévue en novembre": a
        // target's date in a later clause is not the figures' before it.
        if (afterIt && !sameClause && targetDate(d) && figureInDateClause(t, d))
            continue;
        // A figure in parentheses belongs to what stands before them: "le mois de janvier
        // (+28%), du mois de mars (+17%)".
        const bool inParentheses = opensParentheses(c.text, t.start);
        int rank = (sameClause ? 0 : 2) + (afterIt ? 0 : 1);
        if (inParentheses && !afterIt && !sameClause)
            rank = 1;
        // A date set apart before its clause dates the figures after it: "En 2023, les exportations
        // avaient généré 3,8 milliards de dinars, et en 2022, elles avaient enregistré 2,5
        // milliards" (3,8 milliards in 2023, 2,5 in 2022).
        if (frontedDate(d, s)) {
            if (!afterIt && !sameClause)
                rank = 1;
            else if (afterIt)
                rank += 4;
        }
        const qsizetype distance = to - from;
        if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
            best = &d;
            bestRank = rank;
            bestDistance = distance;
        }
    }
    return best;
}

void ParagraphExtractor::resolveDate(Claim &claim, const NumberToken &t, bool evolutionStart)
{
    for (const DateMention &d : c.dates) {
        if (d.start >= t.end + 400)
            break;
        if (d.since && claim.since.isNull() && sentenceOf(c, d.start) == sentenceOf(c, t.start))
            claim.since = d.date;
    }
    if (const Comparison *cmp = comparisonAt(t.start)) {
        if (!m_comparisonClaims.contains(t.start))
            m_comparisonClaims.append(t.start);
        claim.asOf = comparisonDate(*cmp, t);
        return;
    }
    const int si = c.sentences.isEmpty() ? 0 : sentenceOf(c, t.start);
    const TextSpan s = sentenceSpan(t.start);
    if (evolutionStart) {
        // "passé de 1.090.000 à 1.123.000 entre le deuxième trimestre de 2016 et celui de 2017":
        // the start of an evolution takes the start of a span after it, in its clause.
        const auto [first, last] = datesIn(c, m_excludeFrom, s.end);
        for (const DateMention *d = first; d != last; ++d) {
            if (d->rangeStart.isNull() || d->since)
                continue;
            bool sameClause = true;
            for (qsizetype k = t.end; k < d->start && sameClause; ++k)
                sameClause = !clauseBreakAt(c.text, k);
            if (sameClause) {
                claim.asOf = d->rangeStart;
                return;
            }
        }
    }
    // Dates far from the figure in a very long sentence do not date it.
    constexpr qsizetype kReach = ParagraphExtractor::kDateReach;
    bool sinceSeen = false;
    const DateMention *best = sentenceDate(t, s, sinceSeen);
    if (best) {
        // "passées de 6,68 MMDH à fin mars 2024 à 7 MMDH un an plus tard, enregistrant une
        // croissance de 323 MDH": a relative date counts from what stands before it.
        claim.asOf = dateOf(*best, qMin(best->start, t.start), evolutionStart, false);
        return;
    }
    if (!sinceSeen && (si > 0 || t.start - s.start > kReach) && !c.sentences.isEmpty()) {
        // Rule 3: carried from the nearest earlier sentence of the paragraph with a date (or
        // from earlier in a sentence too long for rule 1's reach).
        const auto [first, last] = datesIn(c, 0, qMax(c.sentences[si].start, t.start - kReach));
        // (The nearest few: a paragraph of 100,000 dates none of which dates a figure must not be
        // read through for each figure.)
        int looked = 0;
        for (const DateMention *d = last; d != first && looked < 16; ++looked) {
            --d;
            // (Nor what a figure outdid, nor the day a document came out: they date no figure
            // of their own sentence, and none after it.)
            if (d->since || d->relative.ago || comparisonAt(d->start) || isEvolutionStartDate(*d)
                || labelsAFigure(*d) || outdoneDate(*d) || publicationDate(*d) || forecastDate(*d))
                continue;
            // The start of an evolution takes no carried date, but the start of a carried span
            // ("entre 2022 et 2023 … de 9% à 9,8%" → 2022).
            if (evolutionStart) {
                claim.asOf = d->rangeStart;
                return;
            }
            claim.asOf = dateOf(*d, d->start, false, false);
            return;
        }
    }
    claim.asOf = fallbackDate(evolutionStart);
}

} // namespace ExtractionDetail
