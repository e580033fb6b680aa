// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/unitdetector.h"

#include "extraction/measureunits.h"
#include "text/textutil.h"

#include <QRegularExpression>
#include <QSet>

#include <array>

namespace {

struct Currency
{
    QStringView word; // as written (case-sensitive for codes and symbols)
    QStringView code;
    bool caseSensitive;
};

// Longer names first: "dirhams émiratis" before "dirhams".
constexpr Currency kCurrencies[] = {
    {u"dirhams émiratis", u"AED", false},
    {u"dirhams marocains", u"MAD", false},
    {u"dirhams", u"MAD", false},
    {u"dirham", u"MAD", false},
    {u"DHS", u"MAD", true},
    {u"Dhs", u"MAD", true},
    {u"DHs", u"MAD", true},
    {u"dhs", u"MAD", true},
    {u"DH", u"MAD", true},
    {u"Dh", u"MAD", true},
    {u"dh", u"MAD", true},
    {u"MAD", u"MAD", true},
    {u"euros", u"EUR", false},
    {u"euro", u"EUR", false},
    {u"EUR", u"EUR", true},
    {u"€", u"EUR", true},
    {u"dollars canadiens", u"CAD", false},
    {u"dollars", u"USD", false},
    {u"dollar", u"USD", false},
    {u"USD", u"USD", true},
    {u"$", u"USD", true},
    {u"livres sterling", u"GBP", false},
    {u"GBP", u"GBP", true},
    {u"£", u"GBP", true},
    // (The CFA franc of West Africa, as the press writes it; Central Africa's is written XAF.)
    {u"francs CFA", u"XOF", false},
    {u"franc CFA", u"XOF", false},
    // (Any case: "FCFA", "Fcfa", "F Cfa".)
    {u"FCFA", u"XOF", false},
    {u"F CFA", u"XOF", false},
    {u"F.CFA", u"XOF", false},
    {u"F. CFA", u"XOF", false},
    {u"XOF", u"XOF", true},
    {u"XAF", u"XAF", true},
    {u"francs suisses", u"CHF", false},
    {u"CHF", u"CHF", true},
    {u"dinars algériens", u"DZD", false},
    {u"dinars tunisiens", u"TND", false},
    // (Dinars without their country: the article's, read once it is whole:
    // ClaimExtractor's resolveDinars().)
    {u"dinars", u"dinars", false},
    {u"dinar", u"dinars", false},
    {u"TND", u"TND", true},
    {u"DT", u"TND", true},
    {u"DZD", u"DZD", true},
    {u"DA", u"DZD", true},
    {u"riyals", u"SAR", false},
    {u"yuans", u"CNY", false},
    {u"yens", u"JPY", false},
};

// The currencies of one country only, with its name as Countries' table writes it (not the
// euro, the dollar or the CFA franc, which several share).
struct CurrencyCountry
{
    QStringView code;
    QStringView country;
};
constexpr CurrencyCountry kCurrencyCountries[] = {
    {u"MAD", u"Maroc"},
    {u"TND", u"Tunisie"},
    {u"DZD", u"Algérie"},
    {u"SAR", u"Arabie saoudite"},
    {u"AED", u"Émirats arabes unis"},
    {u"CAD", u"Canada"},
    {u"CHF", u"Suisse"},
    {u"CNY", u"Chine"},
    {u"JPY", u"Japon"},
    {u"GBP", u"Royaume-Uni"},
};

bool isSpace(QChar c)
{
    return TextUtil::isSpace(c);
}

using TextUtil::skipSpaces;

bool wordBoundaryAt(QStringView s, qsizetype i)
{
    return i >= s.size() || !s[i].isLetterOrNumber();
}

// The currency starting at `i` in `s`: its code and length, or an empty code.
std::pair<QString, qsizetype> currencyAt(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return {};
    static const auto firsts = [] {
        std::array<char16_t, std::size(kCurrencies)> out {};
        for (size_t k = 0; k < out.size(); ++k)
            out[k] = char16_t(QChar::toLower(kCurrencies[k].word[0].unicode()));
        return out;
    }();
    const char16_t first = char16_t(QChar::toLower(s[i].unicode()));
    for (size_t k = 0; k < std::size(kCurrencies); ++k) {
        const Currency &c = kCurrencies[k];
        const QStringView w = c.word;
        if (firsts[k] != first || i + w.size() > s.size())
            continue;
        const QStringView here = s.mid(i, w.size());
        const bool same = c.caseSensitive ? here == w : here.compare(w, Qt::CaseInsensitive) == 0;
        if (same && (wordBoundaryAt(s, i + w.size()) || !w[w.size() - 1].isLetter()))
            return {c.code.toString(), w.size()};
    }
    return {};
}

// "de ", "d'", "d’" right at `i` (and a determiner after it: "38 de ces établissements"):
// the position after it, else `i`.
qsizetype skipDe(QStringView s, qsizetype i)
{
    if (i + 3 <= s.size() && s.mid(i, 2).compare(u"de", Qt::CaseInsensitive) == 0 && isSpace(s[i + 2])) {
        qsizetype j = skipSpaces(s, i + 3);
        static constexpr QStringView determiners[] = {u"ces ", u"nos ", u"vos ", u"leurs ", u"ses ", u"mes "};
        for (const QStringView d : determiners) {
            if (s.mid(j, d.size()).compare(d, Qt::CaseInsensitive) == 0)
                return skipSpaces(s, j + d.size());
        }
        return j;
    }
    if (i + 2 <= s.size() && (s[i] == u'd' || s[i] == u'D') && (s[i + 1] == u'\'' || s[i + 1] == u'’'))
        return i + 2;
    return i;
}

// A word list, one word a line as clang-format lays it out: long, but nothing to follow.
const QSet<QString> &notNouns()
{
    // Folded words that can follow a number without being what it counts.
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"a",
                              "autre", // "127 écoles …, avec 42 autres": the noun before
                              "autres",
                              "au",
                              "aux",
                              "avec",
                              "ainsi",
                              "alors",
                              "apres",
                              "aupres", // "5,8 Mds auprès de la BIRD": where, not what
                              "hors",
                              "egal", // "4 519 253 égal au nombre d'enveloppes": a comparison
                              "egale",
                              "egaux",
                              "egales",
                              "superieur",
                              "superieure",
                              "superieurs",
                              "superieures",
                              "inferieur",
                              "inferieure",
                              "inferieurs",
                              "inferieures",
                              "outre",
                              "malgre",
                              "grace",
                              "face",
                              "avant",
                              "aussi",
                              "avaient",
                              "avait",
                              "ayant",
                              "bien",
                              "car",
                              "ce",
                              "ces",
                              "cette",
                              "chez",
                              "comme",
                              "contre",
                              "dans",
                              "de",
                              "des",
                              "deja",
                              "depuis",
                              "dont",
                              "du",
                              "elle",
                              "elles",
                              "en",
                              "encore",
                              "entre",
                              "est",
                              "et",
                              "etaient",
                              "etait",
                              "ete",
                              "etre",
                              "egalement",
                              "il",
                              "ils",
                              "jusqu",
                              "la",
                              "le",
                              "les",
                              "leur",
                              "leurs",
                              "lors",
                              "mais",
                              "ne",
                              "ni",
                              "on",
                              "ont",
                              "ou",
                              "par",
                              "parmi",
                              "pas",
                              "pendant",
                              "durant",
                              "ici",
                              "plus",
                              "moins",
                              "pour",
                              "qu",
                              "que",
                              "qui",
                              "sans",
                              "se",
                              "selon",
                              "seront",
                              "sera",
                              "serait",
                              "si",
                              "soit",
                              "son",
                              "sont",
                              "sa",
                              "ses",
                              "sous",
                              "sur",
                              "tandis",
                              "tres",
                              "un",
                              "une",
                              "vers",
                              "via",
                              "y",
                              "etc",
                              "seulement",
                              "contre",
                              "environ",
                              "soient",
                              "furent",
                              "fut",
                              "avaient",
                              "auront",
                              "beneficient",
                              "beneficie",
                              "representant",
                              "represente",
                              "representent",
                              "supplementaires",
                              "supplementaire",
                              "chacun",
                              "chacune",
                              "chaque",
                              "tous",
                              "toutes",
                              "tout",
                              "toute",
                              "fois"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

const QSet<QString> &adjectives()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"nouveaux",  "nouvelles", "nouvel",   "nouveau",    "nouvelle",    "autres",
              "premiers",  "premieres", "derniers", "dernieres",  "principaux",  "principales",
              "grands",    "grandes",   "petits",   "petites",    "jeunes",      "anciens",
              "anciennes", "futurs",    "futures",  "differents", "differentes", "divers",
              "diverses",  "seuls",     "seules",   "memes",      "vrais",       "veritables",
              "simples",   "hauts",     "hautes",   "gros",       "grosses",     "bons",
              "bonnes",    "vieux",     "vieilles", "importants", "importantes", "millions",
              "milliers",  "milliards"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

const QSet<QString> &timeUnits()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"jours",     "jour",     "mois",       "ans",       "an",        "annees",
                              "annee",     "semaines", "semaine",    "heures",    "heure",     "minutes",
                              "minute",    "secondes", "trimestres", "trimestre", "semestres", "semestre",
                              "decennies", "decennie", "siecles",    "nuits"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// The word at `i`: letters, with inner hyphens and apostrophes ("ayants-droit", "aujourd'hui").
QStringView wordAt(QStringView s, qsizetype i)
{
    qsizetype e = i;
    while (e < s.size()
           && (s[e].isLetter()
               || ((s[e] == u'-' || s[e] == u'\'' || s[e] == u'’') && e + 1 < s.size() && s[e + 1].isLetter()
                   && e > i)))
        ++e;
    return s.mid(i, e - i);
}

// Past participles used as adjectives: "liées", "intégrés", "réparties".
bool isParticiple(QStringView word)
{
    // Nouns with a participle's ending: what figures most often count.
    static const FoldedWordSet nouns(
        QStringList {QStringLiteral("nuitee"),    QStringLiteral("nuitees"),    QStringLiteral("arrivee"),
                     QStringLiteral("arrivees"),  QStringLiteral("entree"),     QStringLiteral("entrees"),
                     QStringLiteral("journee"),   QStringLiteral("journees"),   QStringLiteral("annee"),
                     QStringLiteral("annees"),    QStringLiteral("duree"),      QStringLiteral("durees"),
                     QStringLiteral("tournee"),   QStringLiteral("tournees"),   QStringLiteral("soiree"),
                     QStringLiteral("soirees"),   QStringLiteral("idee"),       QStringLiteral("idees"),
                     QStringLiteral("musee"),     QStringLiteral("musees"),     QStringLiteral("lycee"),
                     QStringLiteral("lycees"),    QStringLiteral("denrees"),    QStringLiteral("employes"),
                     QStringLiteral("salaries"),  QStringLiteral("deputes"),    QStringLiteral("retraites"),
                     QStringLiteral("assures"),   QStringLiteral("diplomes"),   QStringLiteral("blesses"),
                     QStringLiteral("sinistres"), QStringLiteral("deplaces"),   QStringLiteral("refugies"),
                     QStringLiteral("delegues"),  QStringLiteral("invites"),    QStringLiteral("abonnes"),
                     QStringLiteral("associes"),  QStringLiteral("handicapes"), QStringLiteral("degres"),
                     QStringLiteral("cles")});
    // Not "-ies"/"-ues": "maladies", "cardiologues" are nouns as often as "réparties" is not.
    static const QStringView endings[] = {u"é", u"ée", u"és", u"ées", u"if", u"ifs", u"ive", u"ives"};
    if (std::none_of(std::begin(endings), std::end(endings),
                     [word](QStringView e) { return word.endsWith(e, Qt::CaseInsensitive); }))
        return false;
    const QString folded = TextUtil::fold(word.toString().toLower());
    // "-ité(s)" are nouns: "unités", "sociétés", "activités".
    return !(nouns.contains(folded) || folded.endsWith(u"ite") || folded.endsWith(u"ites"));
}

bool isPreposition(const QString &folded)
{
    return folded == u"a" || folded == u"au" || folded == u"aux" || folded == u"par" || folded == u"en"
        || folded == u"dans" || folded == u"avec" || folded == u"pour" || folded == u"sur"
        || folded == u"lors" || folded == u"entre";
}

// Fixed compounds counted as one noun.
QString compoundAt(QStringView s, qsizetype i)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:prises? en charge|ayants?[- ]droits?|mises? à niveau|points? de vente)(?!\\p{L})"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // (Most words start otherwise: no match is tried for them.)
    if (i >= s.size() || !QStringView(u"pPaAmM").contains(s[i]))
        return {};
    const auto m = re.match(s.mid(i, 40));
    return m.hasMatch() ? m.captured().toLower() : QString();
}

// What a figure is counted per, and where a denominator with its own number ends.
// "moyenne" in any case (a caseless search of the library costs more than this loop).
bool containsMoyenne(QStringView s)
{
    constexpr QStringView word = u"moyenne";
    for (qsizetype i = 0; i + word.size() <= s.size(); ++i) {
        if ((s[i].unicode() | 0x20) != u'm')
            continue;
        qsizetype k = 1;
        while (k < word.size() && s[i + k].unicode() < 0x80
               && (s[i + k].unicode() | 0x20) == word[k].unicode())
            ++k;
        if (k == word.size())
            return true;
    }
    return false;
}

QString perFrom(QStringView before, QStringView after, qsizetype *consumed = nullptr)
{
    // The denominator of a rate: a population noun after any number, or any noun after a round
    // number ("12 tués pour 100.000 véhicules", "3 médecins pour 10 000 habitants").
    static const QRegularExpression perNumber(
        QStringLiteral(
            "^\\s*(?:pour|par|/"
            ")\\s*((?:\\d[\\d\\s\\x{00A0}\\x{202F}.]*\\d|\\d|cent|mille)\\s+(?:habitants|"
            "personnes|naissances|assurés|lits|patients|élèves|ménages|familles)"
            "|(?:10{1,2}|1(?:0{1,2})?(?:[\\s\\x{00A0}\\x{202F}.]?000)+|cent|mille|dix\\s+mille|cent\\s+mille)"
            "(?![\\d,])\\s+\\p{L}[\\p{L}'’-]*)(?!\\p{L})"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression perAfter(
        QStringLiteral("^\\s*(?:par|/"
                       ")\\s*(jour|an|année|mois|semaine|heure|habitants?|personnes?|assurés?|tête|enfants?|"
                       "familles?|foyers?|ménages?|médecins?|lits?|dossiers?|bénéficiaires?)(?!\\p{L})"
                       "|^[^.;:]{0,30}?\\b(quotidiennement|chaque jour|par jour|chaque année|par an|chaque "
                       "mois|par mois)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The patterns need "pour", "par" or "/" first, "chaque", "par" or "quotidiennement" near
    // the start, or "moyenne" before: most figures have none, and skip them.
    const qsizetype firstSign = skipSpaces(after, 0);
    const bool perFirst = firstSign < after.size()
        && (after[firstSign] == u'p' || after[firstSign] == u'P' || after[firstSign] == u'/');
    bool perWord = perFirst;
    if (!perWord) {
        static const FoldedWordSet perWords(
            QStringList {QStringLiteral("par"), QStringLiteral("chaque"), QStringLiteral("quotidiennement")});
        TextUtil::forEachWord(after.left(80), [&](qsizetype, qsizetype, QStringView folded) {
            perWord = perWord || perWords.contains(folded);
        });
    }
    if (perFirst) {
        const auto n = perNumber.match(after.left(60));
        if (n.hasMatch()) {
            if (consumed)
                *consumed = n.capturedEnd();
            return TextUtil::simplified(n.capturedView(1));
        }
    }
    static const QRegularExpression averageBefore(
        QStringLiteral("moyenne "
                       "(quotidienne|journalière|mensuelle|annuelle|hebdomadaire)\\s+(?:de\\s+|d['’]\\s*)?(?:"
                       "plus\\s+de\\s+|près\\s+de\\s+|environ\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (perWord) {
        const auto a = perAfter.match(after.left(80));
        if (a.hasMatch()) {
            QString p = a.captured(1).isEmpty() ? a.captured(2) : a.captured(1);
            p = p.toLower();
            if (p == u"quotidiennement" || p == u"chaque jour" || p == u"par jour")
                return QStringLiteral("jour");
            if (p == u"chaque année" || p == u"par an")
                return QStringLiteral("an");
            if (p == u"chaque mois" || p == u"par mois")
                return QStringLiteral("mois");
            return p;
        }
    }
    if (containsMoyenne(before.right(60))) {
        const auto b = averageBefore.match(before.right(60));
        if (b.hasMatch()) {
            const QString kind = b.captured(1).toLower();
            if (kind == u"quotidienne" || kind == u"journalière")
                return QStringLiteral("jour");
            if (kind == u"mensuelle")
                return QStringLiteral("mois");
            if (kind == u"annuelle")
                return QStringLiteral("an");
            return QStringLiteral("semaine");
        }
    }
    return {};
}

} // namespace

QString UnitDetector::currencyCountry(QStringView code)
{
    for (const CurrencyCountry &c : kCurrencyCountries) {
        if (c.code == code)
            return c.country.toString();
    }
    return {};
}

bool UnitDetector::isCurrencyWord(const QString &folded)
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const Currency &c : kCurrencies) {
            if (!c.word.contains(u' ') && c.word[0].isLetter())
                out.insert(TextUtil::fold(c.word.toString()));
        }
        return out;
    }();
    return words.contains(folded);
}

bool UnitDetector::isTimeUnit(QStringView noun)
{
    return timeUnits().contains(TextUtil::fold(noun));
}

namespace {

// A currency in the token (MDH, "M DH"), right after it ("DH", "de dirhams"), or before it
// ("$ 5"): its ISO code, and where it ends in `after` (-1 when it is not there).
QString currencyOf(const NumberToken &token, QStringView before, QStringView after, qsizetype start,
                   qsizetype &unitEnd)
{
    if (!token.currency.isEmpty())
        return token.currency.toString();
    auto [code, len] = currencyAt(after, start);
    if (code.isEmpty()) {
        const qsizetype de = skipDe(after, start);
        if (de != start)
            std::tie(code, len) = currencyAt(after, de);
        if (!code.isEmpty())
            unitEnd = de + len;
    } else {
        unitEnd = start + len;
    }
    if (!code.isEmpty())
        return code;
    const QStringView b = before.trimmed();
    for (const Currency &cur : kCurrencies) {
        const QStringView w(cur.word);
        if (cur.caseSensitive && !w[0].isLetter() && b.endsWith(w))
            return cur.code.toString();
    }
    return {};
}

// "six des dix bassins", "300 d'entre les 500 médecins": a part of the noun after.
bool partitive(QStringView after, UnitInfo &info)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:des|d['’]entre\\s+(?:les|ces)|parmi\\s+(?:les|ces))\\s+(?:\\d[\\d\\s\\x{00A0}"
                       ".,]*\\s+|(?:deux|"
                       "trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent)\\s+)(?<"
                       "noun>\\p{L}[\\p{L}'’-]*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // ("des", "d'entre", "parmi" first: most figures have none, and skip the match.)
    if (const qsizetype k = skipSpaces(after, 0);
        k >= after.size() || !QStringView(u"dDpP").contains(after[k]))
        return false;
    const auto p = re.match(after.left(60));
    if (!p.hasMatch())
        return false;
    const QString noun = p.captured(u"noun");
    if (notNouns().contains(TextUtil::fold(noun)) || UnitDetector::isTimeUnit(noun))
        return false;
    info.kind = ClaimKind::Count;
    info.unit = noun;
    info.unitEnd = p.capturedEnd(u"noun");
    return true;
}

// Whether the word `w` at `i` of `after` is the noun a figure counts, when no compound noun
// stands there.
bool isCountedWord(const NumberToken &token, QStringView after, qsizetype start, qsizetype afterDe,
                   qsizetype i, QStringView w)
{
    const QString folded = TextUtil::fold(w);
    if (w.isEmpty() || notNouns().contains(folded) || w.size() < 2)
        return false;
    // "l'an", "d'après", "qu'il": an elided word is never the noun counted.
    auto apostrophe = [](QChar ch) {
        return ch == u'\'' || ch == u'’';
    };
    if (w.size() > 3 && (apostrophe(w[1]) || apostrophe(w[2])))
        return false;
    if (afterDe != start)
        return true;
    // "dont 600 000 souffrent": a verb, not a noun.
    if (folded.endsWith(u"ent") && !folded.endsWith(u"ents") && w.size() > 4)
        return false;
    // "3451.5 mille enregistrant ainsi une hausse": a present participle; a noun in -ant after
    // more than one is plural ("300 habitants", "12 000 étudiants").
    if (folded.endsWith(u"ant") && w.size() > 5 && !(token.value >= 0 && token.value <= 1))
        return false;
    // "contre 23 milliards attendus": after a scale word, a participle is not what is counted.
    if (token.scale > 1
        && (isParticiple(w) || folded.endsWith(u"us") || folded.endsWith(u"is") || folded.endsWith(u"ies")))
        return false;
    if (isParticiple(w)) {
        // "300.000 liées à des maladies": a participle, not a noun.
        const qsizetype next = skipSpaces(after, i + w.size());
        const QString nextWord = TextUtil::fold(wordAt(after, next));
        // "12 tués pour 100.000 véhicules": before a rate's denominator it is the noun.
        const qsizetype digit = skipSpaces(after, next + nextWord.size());
        const bool denominator
            = (nextWord == u"pour" || nextWord == u"par") && digit < after.size() && after[digit].isDigit();
        if ((isPreposition(nextWord) && !denominator) || nextWord == u"ont" || nextWord == u"sont")
            return false;
    }
    return true;
}

// The noun a figure counts, in lower case ("marocains" for "Marocains") unless it is an acronym
// ("TNS") or a name in quotation marks ("Les 7 «Sages»"), and where it ends in `after`; empty
// when there is none.
std::pair<QString, qsizetype> countedNoun(const NumberToken &token, QStringView after, qsizetype start)
{
    qsizetype afterDe = skipDe(after, start);
    // "Les 7 «Sages»": a noun in quotation marks is still the noun counted.
    const bool quoted = afterDe < after.size()
        && (after[afterDe] == u'«' || after[afterDe] == u'“' || after[afterDe] == u'"');
    if (quoted)
        afterDe = skipSpaces(after, afterDe + 1);
    qsizetype i = afterDe;
    qsizetype adjectiveAt = -1;
    for (int guard = 0; guard < 3; ++guard) {
        const QStringView w = wordAt(after, i);
        if (w.isEmpty() || !adjectives().contains(TextUtil::fold(w)))
            break;
        if (adjectiveAt < 0)
            adjectiveAt = i;
        i = skipSpaces(after, i + w.size());
    }
    // "45 000 jeunes ont bénéficié": with no noun after it, the adjective is the noun.
    if (adjectiveAt >= 0) {
        const QString next = TextUtil::fold(wordAt(after, i));
        if (next.isEmpty() || notNouns().contains(next))
            i = adjectiveAt;
    }
    if (const QString noun = compoundAt(after, i); !noun.isEmpty())
        return {noun, i + noun.size()};
    const QStringView w = wordAt(after, i);
    if (isCountedWord(token, after, start, afterDe, i, w))
        return {quoted ? w.toString() : TextUtil::lowerFirst(w.toString()), i + w.size()};
    return {};
}

// What the figure is counted per ("par jour", "pour 100.000 habitants"): a ratio then.
void perAfter(QStringView before, QStringView after, qsizetype from, UnitInfo &info)
{
    qsizetype consumed = -1;
    info.per = perFrom(before, after.mid(from), &consumed);
    if (consumed >= 0)
        info.consumedEnd = from + consumed;
    if (!info.per.isEmpty())
        info.kind = ClaimKind::Ratio;
}

} // namespace

UnitInfo UnitDetector::detect(const NumberToken &token, QStringView before, QStringView after)
{
    UnitInfo info;
    const qsizetype start = skipSpaces(after, 0);
    if (token.percent) {
        info.kind = ClaimKind::Percent;
        info.unit = QStringLiteral("%");
        return info;
    }
    if (const QString code = currencyOf(token, before, after, start, info.unitEnd); !code.isEmpty()) {
        info.kind = ClaimKind::Money;
        info.unit = code;
        info.per = perFrom(before, info.unitEnd >= 0 ? after.mid(info.unitEnd) : after);
        return info;
    }
    // A physical unit, right after the number or after "de": "1.482 Mm³", "495,1 millions de m3",
    // "4.607 mégawatts (MW)", "4 500 hectares".
    MeasureUnit measure = MeasureUnits::at(after, start);
    if (measure.canonical.isEmpty())
        measure = MeasureUnits::at(after, skipDe(after, start));
    if (!measure.canonical.isEmpty()) {
        info.kind = ClaimKind::Other;
        info.unit = measure.canonical;
        info.factor = measure.factor;
        if (measure.written != measure.canonical)
            info.written = measure.written;
        info.unitEnd = measure.end;
        qsizetype consumed = -1;
        info.per = perFrom(before, after.mid(measure.end), &consumed);
        if (consumed >= 0)
            info.consumedEnd = measure.end + consumed;
        return info;
    }
    const QStringView rest = after.mid(start);
    if (rest.startsWith(u"points de pourcentage") || rest.startsWith(u"point de pourcentage")
        || rest.startsWith(u"pts")) {
        info.kind = ClaimKind::Percent;
        info.unit = QStringLiteral("points");
        return info;
    }
    if (partitive(after, info))
        return info;
    const auto [noun, nounEnd] = countedNoun(token, after, start);
    // "en recul de 1,5 point": percentage points; "en six points": items.
    const QStringView lead = before.trimmed();
    // ("Voici cinq points clés": items too.)
    static const QRegularExpression keyPoints(
        QStringLiteral("^\\s*points?\\s+(?:clés?|essentiels|principaux|forts|saillants|à\\s+retenir)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const bool items = lead.endsWith(u" en", Qt::CaseInsensitive)
        || lead.compare(u"en", Qt::CaseInsensitive) == 0 || keyPoints.match(after.mid(start, 40)).hasMatch();
    if ((noun == u"point" || noun == u"points" || noun == u"pt" || noun == u"pts") && !items) {
        info.kind = ClaimKind::Percent;
        info.unit = QStringLiteral("points");
        info.unitEnd = nounEnd;
        return info;
    }
    if (noun.isEmpty()) {
        perAfter(before, after, 0, info);
        return info;
    }
    // "2,5 milliards de recettes", "3 millions de dépenses": millions of what counts money are an
    // amount, in the currency the paragraph, else the article, wrote last (the noun is what it
    // measures, not what it counts).
    static const QSet<QString> moneyNouns = {QStringLiteral("recettes"), QStringLiteral("revenus"),
                                             QStringLiteral("depenses"), QStringLiteral("benefices")};
    if (token.scale >= 1e6 && moneyNouns.contains(TextUtil::fold(noun))) {
        info.kind = ClaimKind::Money;
        return info;
    }
    info.unit = noun;
    info.unitEnd = nounEnd;
    if (isTimeUnit(noun)) {
        info.kind = ClaimKind::Duration;
        return info;
    }
    info.kind = ClaimKind::Count;
    perAfter(before, after, nounEnd, info);
    return info;
}

bool UnitDetector::isAdjective(QStringView word)
{
    return adjectives().contains(TextUtil::fold(word));
}

QString UnitDetector::subjectNoun(QStringView before)
{
    // "Les abonnements fixes s'établissent à plus de 2 millions": a plural subject that opens
    // the sentence, then a verb that gives its level ("Les décès liés aux complications de la
    // rougeole se sont chiffrés à 4", "Les cas … se sont stabilisés à 156").
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:les|ces|leurs|ses|nos)\\s+(?<noun>cas|\\p{L}{3,}[sx])(?:\\s+[\\p{L}'’-]+){0,10}?\\s+"
            "(?:s['’](?:établissent|élèvent|chiffrent)\\s+à|se\\s+chiffrent\\s+à|atteignent|"
            "se\\s+sont\\s+(?:chiffré|établi|élevé|stabilisé|maintenu)e?s\\s+à|"
            "totalisent|dépassent|avoisinent|frôlent|culminent\\s+à|plafonnent\\s+à)"
            "(?:\\s+(?:plus|près|moins|environ|quelque|de|d['’]|à|les|la|le))*\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (before.size() > 160)
        return {};
    const auto m = re.match(before);
    if (!m.hasMatch())
        return {};
    const QString noun = m.captured(u"noun").toLower();
    return notNouns().contains(TextUtil::fold(noun)) ? QString() : noun;
}

QString UnitDetector::nounFromBefore(QStringView before)
{
    // The nearest such phrase (a greedy start): "le nombre de personnes touchées … tandis que
    // le nombre de villages touchés a atteint 2 930" counts villages; "le nombre de ces
    // habitations", habitations.
    static const QRegularExpression re(
        QStringLiteral(
            "^.*\\b(?:(?:nombre|flux|effectif|volume) (?:total |global )?(?:de |des |d['’])|taux des |total "
            "des )\\s*(?:(?:ces|ses|leurs|nos|vos) )?(?:(?<pre>nouveaux|nouvelles|personnes) "
            ")?(?<noun>\\p{L}+(?:-\\p{L}+)*)[^.;:]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(before.right(320));
    if (!m.hasMatch())
        return {};
    // "le nombre de personnes touchées": personnes, not the participle after them. (A compound is
    // one noun: "le nombre de primo-vaccinés".)
    const QString noun = m.captured(u"noun").toLower();
    // "ils étaient au nombre de dix-neuf (19)": a number, not what is counted.
    if (NumberReader::wordValue(TextUtil::fold(noun)) >= 0
        || NumberReader::wordValue(TextUtil::fold(noun.section(u'-', 0, 0))) >= 0)
        return {};
    const bool participle
        = noun.endsWith(u'é') || noun.endsWith(u"és") || noun.endsWith(u"ée") || noun.endsWith(u"ées");
    if (participle && m.captured(u"pre").compare(u"personnes", Qt::CaseInsensitive) == 0)
        return QStringLiteral("personnes");
    return noun;
}
