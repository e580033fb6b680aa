// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/measurereader.h"

#include "extraction/measureunits.h"
#include "extraction/speakerresolver.h"
#include "extraction/unitdetector.h"
#include "metrics/countries.h"

#include "parallel/ranges.h"

#include "text/claimcontext.h"
#include "text/frenchlexicon.h"
#include "text/textutil.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bitset>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

using MeasureReader::Measure;
using MeasureReader::Period;
using MeasureReader::Scope;

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded;
    QStringView text; // into the text tokenized, which outlives its tokens
    bool word = false; // letters (a figure is not a word)
    bool digit = false;
    bool capital = false; // starts with an upper-case letter
    // The first determiner at or after this token (the list's size when none): a subject is
    // looked for from one determiner to the next, not word by word (a sentence of 2,500 figures
    // has none after its first words).
    qsizetype nextDeterminer = 0;
};

bool determiner(const QString &f);

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// The end of the word or figure starting at `i`: letters and digits, a hyphen inside a word,
// a decimal point or comma between digits ("Sakia-El", "13,7").
qsizetype wordEnd(const QString &text, qsizetype i, qsizetype to)
{
    qsizetype j = i;
    while (j < to) {
        const QChar d = text[j];
        if (d.isLetterOrNumber()) {
            ++j;
        } else if ((d == u'-' || d == u'.' || d == u',') && j + 1 < to && text[j + 1].isLetterOrNumber()
                   && (d == u'-' || (text[j - 1].isDigit() && text[j + 1].isDigit()))) {
            ++j;
        } else {
            break;
        }
    }
    return j;
}

// Words (an elided "l'" or "d'" is a word of its own), figures and punctuation, with their
// offsets in the article.
// Words met before, their folded form shared rather than made again (a page writes the same
// few thousand words over and over): a table of a bounded size per thread, filled by the first
// words each thread reads. Figures are not kept (they seldom repeat).
class FoldCache
{
public:
    QString fold(QStringView text, bool digit)
    {
        if (digit || text.size() > kLongest)
            return TextUtil::fold(text);
        if (m_slots.empty())
            m_slots.resize(kSlots);
        const size_t hash = qHash(text);
        size_t i = hash & (kSlots - 1);
        for (; !m_slots[i].text.isNull(); i = (i + 1) & (kSlots - 1)) {
            const Slot &slot = m_slots[i];
            if (slot.hash == hash && slot.text == text)
                return slot.folded;
        }
        QString folded = TextUtil::fold(text);
        if (m_used < kSlots / 4 * 3) {
            m_slots[i] = Slot {hash, text.toString(), folded};
            ++m_used;
        }
        return folded;
    }

private:
    static constexpr size_t kSlots = 1 << 14;
    static constexpr qsizetype kLongest = 24;
    struct Slot
    {
        size_t hash = 0;
        QString text;
        QString folded;
    };
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

bool possessive(const QString &f)
{
    return f == u"sa"_s || f == u"son"_s || f == u"leur"_s || f == u"ma"_s || f == u"mon"_s || f == u"notre"_s
        || f == u"votre"_s || f == u"ta"_s || f == u"ton"_s;
}

QList<Token> tokenize(const QString &text, qsizetype from, qsizetype to)
{
    thread_local FoldCache folds;
    QList<Token> out;
    out.reserve((to - from) / 5 + 1);
    qsizetype i = from;
    while (i < to) {
        const QChar c = text[i];
        if (TextUtil::isSpace(c)) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (c.isLetterOrNumber()) {
            const qsizetype j = wordEnd(text, i, to);
            t.end = j;
            if (j < to && isApostrophe(text[j]))
                t.end = j; // "l'", "d'", "qu'": the elided word alone
            for (qsizetype k = i; k < t.end; ++k) {
                if (text[k].isDigit())
                    t.digit = true;
            }
            t.word = !t.digit;
            t.capital = c.isUpper();
            i = (j < to && isApostrophe(text[j])) ? j + 1 : j;
        } else {
            t.end = i + 1;
            i = t.end;
        }
        t.text = QStringView(text).mid(t.start, t.end - t.start);
        t.folded = folds.fold(t.text, t.digit);
        out.append(t);
    }
    // "Pour leur part, les dépenses…", "pour sa part": an aside, no share of anything; its words
    // are left out.
    qsizetype kept = 0;
    for (qsizetype k = 0; k < out.size(); ++k) {
        if (k + 2 < out.size() && out[k].folded == u"pour"_s && out[k + 2].folded == u"part"_s
            && possessive(out[k + 1].folded)) {
            k += 2;
            continue;
        }
        if (kept != k)
            out[kept] = std::move(out[k]);
        ++kept;
    }
    out.resize(kept);
    for (qsizetype k = out.size() - 1, next = out.size(); k >= 0; --k) {
        if (out[k].word && determiner(out[k].folded))
            next = k;
        out[k].nextDeterminer = next;
    }
    return out;
}

// Folded words, kept as hashes: a set of every word of an article, asked only whether it holds
// a word, needs neither a string per word nor their storage.
class WordSet
{
public:
    void insert(QStringView folded)
    {
        // A page writes the same words over and over: the hashes inserted last are remembered in
        // a small table and not inserted again.
        const size_t hash = qHash(folded);
        size_t &recent = m_recent[hash % kRecent];
        if (recent == hash)
            return;
        recent = hash;
        m_hashes.insert(hash);
    }
    void unite(const WordSet &other) { m_hashes.unite(other.m_hashes); }
    bool contains(QStringView folded) const { return m_hashes.contains(qHash(folded)); }

private:
    static constexpr size_t kRecent = 1024;
    QSet<size_t> m_hashes;
    // Slot i starts with i + 1, which no hash that falls in it can be.
    std::vector<size_t> m_recent = [] {
        std::vector<size_t> slots(kRecent);
        std::iota(slots.begin(), slots.end(), size_t(1));
        return slots;
    }();
};

// The folded words [from, to) of `text` writes starting with a lower-case letter, cut as
// tokenize() cuts them (wordEnd); read without making a token of every word.
void addLowercaseWords(const QString &text, qsizetype from, qsizetype to, WordSet &out)
{
    QVarLengthArray<char16_t, 64> buffer;
    qsizetype i = from;
    while (i < to) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype j = wordEnd(text, i, to);
        const QStringView word = QStringView(text).mid(i, j - i);
        if (!c.isUpper() && std::none_of(word.begin(), word.end(), [](QChar d) { return d.isDigit(); })) {
            // Folded in place, as TextUtil::fold() folds; a letter it decomposes (œ, letters
            // beyond Latin-1) goes through fold() itself.
            buffer.resize(word.size());
            bool plain = true;
            for (qsizetype k = 0; k < word.size() && plain; ++k) {
                buffer[k] = TextUtil::foldChar(word[k].unicode());
                plain = buffer[k] < 0x100 || QChar(buffer[k]).decompositionTag() == QChar::NoDecomposition;
            }
            if (plain)
                out.insert(QStringView(buffer.constData(), buffer.size()));
            else
                out.insert(TextUtil::fold(word));
        }
        i = (j < to && isApostrophe(text[j])) ? j + 1 : j;
    }
}

// The same for the whole article (it is read whole for this), paragraph by paragraph: no word
// crosses a line, and outside paragraphs there is only white space. A long article's ranges of
// paragraphs are read in parallel and their sets joined.
WordSet lowercaseWords(const Article &article)
{
    WordSet all;
    QMutex mutex;
    Parallel::forWeightedRanges(
        article.paragraphs.size(), [&article](qsizetype p) { return article.paragraphs[p].length(); },
        Parallel::kMinimumText,
        [&](qsizetype begin, qsizetype end) {
            WordSet own;
            for (qsizetype p = begin; p < end; ++p)
                addLowercaseWords(article.text, article.paragraphs[p].start, article.paragraphs[p].end, own);
            const QMutexLocker lock(&mutex);
            all.unite(own);
        });
    return all;
}

// A title written in Title Case capitalises every word: "Tebboune Réélu Avec 84,30% Des Voix".
// In a run of capitalised words that holds at least two function words written so (past its
// first word), the words the article writes in lower case elsewhere, the function words and the
// participles are common words again; names keep their capitals ("Tebboune"), acronyms theirs.
void readTitleCase(QList<Token> &t, const WordSet &lowercase);

// A small fixed set of folded words. Most words looked up are in none of the sets: a signature
// of their length and their first, second and last letters turns them away before a hash of the
// whole word is taken (each figure asks a dozen sets about every word around it).
class Words
{
public:
    void insert(const QString &word)
    {
        m_set.insert(word);
        m_signatures.set(signature(word));
    }
    bool contains(const QString &word) const
    {
        return m_signatures.test(signature(word)) && m_set.contains(word);
    }

private:
    static size_t signature(QStringView w)
    {
        const size_t n = size_t(w.size());
        if (n == 0)
            return 0;
        return (n * 131 + w[0].unicode() * 961u + (n > 1 ? w[1].unicode() : 0) * 31u + w[n - 1].unicode())
            % kSignatures;
    }
    static constexpr size_t kSignatures = 4096;
    QSet<QString> m_set;
    std::bitset<kSignatures> m_signatures; // the signatures of the words in the set
};

Words words(std::initializer_list<const char *> list)
{
    Words out;
    for (const char *w : list)
        out.insert(QString::fromUtf8(w));
    return out;
}

// French grammar words: determiners, pronouns, prepositions, conjunctions, auxiliaries.
const Words &functionWords()
{
    static const Words w = words(
        {"voici",     "voila",     "le",        "la",        "les",       "l",        "un",
         "une",       "des",       "du",        "de",        "d",         "au",       "aux",
         "a",         "en",        "et",        "ou",        "dans",      "sur",      "sous",
         "par",       "pour",      "avec",      "sans",      "chez",      "entre",    "vers",
         "contre",    "selon",     "apres",     "avant",     "depuis",    "durant",   "pendant",
         "lors",      "que",       "qu",        "qui",       "dont",      "ce",       "cette",
         "ces",       "cet",       "son",       "sa",        "ses",       "leur",     "leurs",
         "notre",     "nos",       "votre",     "vos",       "il",        "elle",     "ils",
         "elles",     "on",        "se",        "s",         "n",         "ne",       "pas",
         "plus",      "moins",     "tres",      "y",         "mais",      "donc",     "car",
         "ni",        "soit",      "comme",     "si",        "est",       "sont",     "ont",
         "ete",       "etait",     "etaient",   "avait",     "avaient",   "sera",     "seront",
         "serait",    "seraient",  "etre",      "avoir",     "fait",      "font",     "cela",
         "ceci",      "celui",     "celle",     "ceux",      "celles",    "tout",     "tous",
         "toute",     "toutes",    "autre",     "autres",    "meme",      "memes",    "quelque",
         "quelques",  "chaque",    "plusieurs", "environ",   "pres",      "presque",  "jusqu",
         "jusque",    "quant",     "ainsi",     "alors",     "aussi",     "encore",   "deja",
         "toujours",  "egalement", "notamment", "seulement", "seul",      "seule",    "seuls",
         "seules",    "lui",       "eux",       "j",         "je",        "nous",     "vous",
         "c",         "m",         "t",         "toutefois", "cependant", "pourtant", "outre",
         "enfin",     "or",        "puis",      "lorsque",   "quand",     "afin",     "grace",
         "malgre",    "face",      "parmi",     "lequel",    "laquelle",  "lesquels", "lesquelles",
         "auquel",    "auxquels",  "duquel",    "desquels",  "ici",       "la-bas",   "certain",
         "certains",  "certaine",  "certaines", "contre",    "via",       "hors",     "concernant",
         "sagissant", "agissant",  "peu",       "beaucoup",  "trop",      "assez",    "neanmoins",
         "certes",    "desormais", "ensuite",   "surtout",   "voire",     "parfois",  "souvent",
         "sinon",     "davantage", "tel",       "telle",     "tels",      "telles",   "respectivement"});
    return w;
}

// Verbs that end a noun phrase: auxiliaries, modals and the usual verbs of a figure.
const Words &verbWords()
{
    static const Words w = words(
        {"a", "ont", "est", "sont", "etait", "etaient", "avait", "avaient", "sera", "seront", "serait", "ete",
         "devrait", "devraient", "pourrait", "pourraient", "doit", "doivent", "va", "vont", "vient",
         "viennent", "passe", "passent", "atteint", "atteignent", "represente", "representent", "totalise",
         "totalisent", "compte", "comptent", "affiche", "affichent", "enregistre", "enregistrent", "s", "se",
         "reste", "restent", "demeure", "demeurent", "etant", "ayant", "depasse", "depassent", "franchit",
         "franchissent", "avoisine", "avoisinent", "frole", "frolent", "culmine", "culminent", "decoule",
         "decoulent", "resulte", "resultent", "provient", "proviennent", "ressort", "ressortent", "progresse",
         "progressent", "recule", "reculent", "suit", "suivent",
         // (A participle in -tant, which verbLike() leaves to adjectives and nouns: "le trafic
         // transitant par les ports".)
         "transitant", "transite", "transitent",
         // (The infinitive a verb of seeing takes: "verraient leur taux de remboursement
         // passer de 70 % à 50 %".)
         "passer", "atteindre", "depasser", "rester", "franchir", "grimper"});
    return w;
}

bool verbLike(const QString &f)
{
    if (verbWords().contains(f))
        return true;
    if (f.size() > 5 && f.endsWith(u"ent") && !f.endsWith(u"ment"))
        return true;
    // (Not a noun in -ait: "un forfait internet", "le retrait", "un extrait".)
    static const Words nounsInAit
        = words({"forfait", "portrait", "extrait", "retrait", "souhait", "attrait", "bienfait", "mefait"});
    if (f.size() > 5 && (f.endsWith(u"ait") || f.endsWith(u"aient")) && !nounsInAit.contains(f))
        return true;
    // A future: "atteindra", "passeront" (not "caméra").
    if ((f.size() > 6 && f.endsWith(u"ra") && f != u"camera"_s) || (f.size() > 6 && f.endsWith(u"ront")))
        return true;
    return f.size() > 6 && f.endsWith(u"ant") && !f.endsWith(u"tant");
}

// Whether a token reads as a verb, never the preposition "à" its folding makes "a" (avoir): "à fin
// novembre 2024", "par rapport à la même période".
bool verbToken(const Token &t)
{
    return verbLike(t.folded) && t.text != u"à"_s;
}

const char *const kMonths[] = {"janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
                               "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};

// A day of the week opens a sentence ("Dimanche, 7,3 millions d'électeurs…"); it names no one.
bool isWeekday(const QString &f)
{
    static const Words w = words({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"});
    return w.contains(f);
}

// A folded month's place in the year, from 0 (January); 12 for a word that is no month.
qsizetype monthIndex(const QString &f)
{
    return std::find_if(std::begin(kMonths), std::end(kMonths),
                        [&f](const char *x) { return f == QLatin1String(x); })
        - std::begin(kMonths);
}

bool isMonth(const QString &f)
{
    for (const char *m : kMonths) {
        if (f == QLatin1String(m))
            return true;
    }
    return false;
}

// Nouns of time and of change: what a figure is dated or moved by, never what it measures.
bool timeOrFrameNoun(const QString &f)
{
    static const Words w = words(
        {"annee",        "annees",     "an",         "ans",         "mois",      "semestre", "semestres",
         "trimestre",    "trimestres", "periode",    "periodes",    "jour",      "jours",    "semaine",
         "semaines",     "fin",        "debut",      "date",        "exercice",  "horizon",  "cours",
         "rapport",      "terme",      "niveau",     "hauteur",     "ordre",     "titre",    "cadre",
         "base",         "lieu",       "part",       "milieu",      "chiffre",   "chiffres", "statistique",
         "statistiques", "donnee",     "donnees",    "resultat",    "resultats", "bilan",    "record",
         "moyenne",      "total",      "ensemble",   "hier",        "aujourd",   "heure",    "heures",
         "fois",         "source",     "equivalent", "comparaison", "echelle",   "saison",   "saisons",
         "campagne",     "campagnes",  "environs",   "alentours"});
    return w.contains(f) || isMonth(f);
}

bool groupShare(const QList<Token> &t, qsizetype k);
bool connector(const QString &f);
bool contentWord(const Token &t);

// Whether token `k` is such a noun: not a result an account names ("le résultat net", "le
// résultat d'exploitation", "son résultat final"), a measure where "les résultats du bac" frame.
bool frameNoun(const QList<Token> &t, qsizetype k)
{
    // "L'examen des données mensuelles met en lumière une progression des ventes": reading the
    // data frames what they show (not "l'examen" alone, which the candidates of an exam pass).
    static const Words readings
        = words({"examen", "analyse", "lecture", "etude", "observation", "exploitation", "decryptage"});
    // "le bon comportement des exportations", "la bonne tenue des ventes": a showing judged frames
    // what it is of (not "le comportement des ménages", a measure of its own).
    if ((t[k].folded == u"comportement"_s || t[k].folded == u"tenue"_s) && k > 0 && k + 1 < t.size()
        && connector(t[k + 1].folded)
        && (t[k - 1].folded.startsWith(u"bon"_s) || t[k - 1].folded.startsWith(u"mauvais"_s)
            || t[k - 1].folded.startsWith(u"meilleur"_s)))
        return true;
    if (readings.contains(t[k].folded) && k + 2 < t.size() && connector(t[k + 1].folded)) {
        const QString &what = t[k + 2].folded;
        if (what == u"donnees"_s || what == u"chiffres"_s || what == u"statistiques"_s
            || what == u"indicateurs"_s)
            return true;
    }
    if (!timeOrFrameNoun(t[k].folded) || groupShare(t, k))
        return false;
    // "la production moyenne d'huile d'olive": after its noun, an adjective (not "la moyenne de").
    if (t[k].folded == u"moyenne"_s && k > 0 && t[k - 1].word && !t[k - 1].capital
        && !determiner(t[k - 1].folded) && !connector(t[k - 1].folded) && contentWord(t[k - 1]))
        return false;
    if (t[k].folded != u"resultat"_s && t[k].folded != u"resultats"_s)
        return true;
    static const Words qualifiers
        = words({"net", "nets", "nette", "brut", "brute", "courant", "final", "financier", "operationnel",
                 "consolide", "consolides", "exploitation", "fiscal", "technique"});
    qsizetype n = k + 1;
    if (n + 1 < t.size() && (t[n].folded == u"d"_s || t[n].folded == u"de"_s))
        ++n;
    return !(n < t.size() && qualifiers.contains(t[n].folded));
}

// Strings whose lengths are taken once: a list of stems or endings asked of every word.
class Latin1List
{
public:
    Latin1List(std::initializer_list<const char *> list)
    {
        for (const char *s : list) {
            m_strings.append(QLatin1String(s));
            const uchar first = uchar(*s);
            m_byFirst[first < 128 ? first : 0].append(QLatin1String(s));
        }
    }
    bool startsOne(QStringView f) const
    {
        if (f.isEmpty())
            return false;
        const char16_t first = f.front().unicode();
        const QList<QLatin1String> &candidates = m_byFirst[first < 128 ? first : 0];
        return std::any_of(candidates.cbegin(), candidates.cend(),
                           [f](QLatin1String s) { return f.startsWith(s); });
    }
    // Whether `f` ends with one of them and is longer than it by more than `more` letters.
    bool endsOne(QStringView f, qsizetype more = 0) const
    {
        return std::any_of(m_strings.cbegin(), m_strings.cend(), [f, more](QLatin1String s) {
            return f.size() > s.size() + more && f.endsWith(s);
        });
    }

private:
    QList<QLatin1String> m_strings;
    std::array<QList<QLatin1String>, 128> m_byFirst; // by their first character (0: not ASCII)
};

bool changeWord(const QString &f)
{
    static const Latin1List stems
        = {"hauss",     "baiss",  "progress",  "augment",       "croissanc",  "recul",     "repli",
           "diminu",    "evolu",  "variation", "accroissement", "accru",      "grossi",    "chut",
           "bond",      "envol",  "amelior",   "deterior",      "regress",    "contract",  "glissement",
           "redress",   "rebond", "flamb",     "allege",        "allegement", "ralenti",   "gagn",
           "perdu",     "perte",  "appreci",   "depreci",       "repris",     "grimp",     "creus",
           "expansion", "essor",  "decroch",   "plong",         "cede",       "affermi",   "raffermi",
           "tasse",     "effrit", "erod",      "flechi",        "renforc",    "reduction", "degrad",
           "degringol", "elargi", "alourdi",   "aggrav",        "stagn",      "rencheri"};
    if (stems.startsOne(f))
        return true;
    // "une quasi-stagnation (+0,1 %)".
    if (f.startsWith(u"quasi-"_s))
        return changeWord(f.mid(6));
    // "retrait" but not "retraite"; "consolidé" is also a company's consolidated result; "s'accroît
    // de 6,7 %"; "qui a crû de 32 %" (not "crue", a flood).
    // ("une stabilité des crédits immobiliers à 267,3 Mrds": no change, as "une stagnation".)
    return f == u"cru"_s || f == u"gain"_s || f == u"gains"_s || f == u"perd"_s || f == u"perdent"_s
        || f == u"stabilite"_s || f == u"retrait"_s || f == u"retraits"_s || f == u"croitre"_s
        || f == u"croissent"_s || f == u"accroit"_s || f == u"accroissent"_s || f == u"accroitre"_s;
}

// A change that is a loss: "en baisse de", "une perte de", "ont reculé de".
bool decreaseWord(const QString &f)
{
    static const Latin1List stems
        = {"baiss",    "recul",     "repli",   "diminu",    "chut",   "perte",    "perdu",  "regress",
           "contract", "reduction", "degrad",  "degringol", "flechi", "effrit",   "erod",   "tasse",
           "cede",     "plong",     "decroch", "depreci",   "allege", "deterior", "retrait"};
    return stems.startsOne(f) || f == u"perd"_s || f == u"perdent"_s;
}

// A noun that names a forecast: "les prévisions", "les projections", "l'objectif".
bool forecastNoun(const QString &w)
{
    return w == u"previsions"_s || w == u"prevision"_s || w == u"projections"_s || w == u"objectif"_s
        || w == u"objectifs"_s;
}

bool targetWord(const QString &f)
{
    static const Words w
        = words({"objectif",  "objectifs",  "cible",        "cibles",   "ciblee",   "ciblees",   "cibler",
                 "prevu",     "prevue",     "prevus",       "prevues",  "prevoit",  "prevoient", "prevoir",
                 "prevision", "previsions", "previsionnel", "vise",     "visent",   "visant",    "viser",
                 "ambition",  "ambitionne", "ambitionnent", "attendu",  "attendue", "attendus",  "attendues",
                 "escompte",  "escomptee",  "projete",      "projetee", "projetes", "projetees", "devrait",
                 "devraient", "atteindre",  "horizon"});
    return w.contains(f);
}

// A verb in the conditional that projects a figure: "les recettes fiscales se situeraient à
// 320,1 MMDH", "le déficit atteindrait 3 %"; not an auxiliary ("aurait atteint", "serait de", the
// press's hedge on a past or present figure).
bool conditionalVerb(const QString &f)
{
    if (f.size() < 7 || !(f.endsWith(u"rait"_s) || f.endsWith(u"raient"_s)))
        return false;
    // (Nor "voudrait dire", a restatement: "un accroissement de 13,2 %, ce qui voudrait dire un taux
    // annuel qui avoisine les 1,25 %".)
    static const Words auxiliaries
        = words({"aurait", "auraient", "serait", "seraient", "voudrait", "voudraient"});
    return !auxiliaries.contains(f);
}

// A verb in the future that projects a figure: "nous en recruterons encore 3 500", "le déficit
// atteindra 3 %", "la production sera de 30 millions" (not "aux environs de", nor a noun in -ra).
bool futureVerb(const QString &f)
{
    if (f.size() < 4 || f == u"environs"_s || f == u"extra"_s || f == u"camera"_s || f == u"opera"_s)
        return false;
    static const Latin1List endings
        = {"era", "ira", "dra", "eront", "iront", "dront", "erons", "irons", "drons"};
    return endings.endsOne(f, 1) || f == u"sera"_s || f == u"seront"_s;
}

// The near future that projects a figure: "la production va varier entre 260 et 280.000 tonnes",
// "les recettes vont dépasser" ("aller" in the present, then an infinitive; not "il va de soi").
bool nearFuture(const QList<Token> &t, qsizetype k)
{
    if (k + 1 >= t.size() || (t[k].folded != u"va"_s && t[k].folded != u"vont"_s))
        return false;
    const QString &next = t[k + 1].folded;
    static const Latin1List endings = {"er", "ir", "re", "oir"};
    return t[k + 1].word && next.size() > 3 && endings.endsOne(next, 1);
}

bool incrementWord(const QString &f)
{
    static const Words w
        = words({"nouveaux", "nouvelles", "nouvel", "nouveau", "nouvelle", "supplementaire",
                 "supplementaires", "additionnel", "additionnelle", "additionnels", "additionnelles"});
    return w.contains(f);
}

// Verbs that only report a figure: not the event it counts.
bool reportingVerb(const QString &f)
{
    static const Latin1List stems
        = {"enregistr", "realis",  "atteint", "recens", "comptabilis", "affich",  "observ", "note",
           "relev",     "constat", "publi",   "estim",  "evalu",       "pass",    "etabli", "situe",
           "chiffr",    "totalis", "port",    "annonc", "indiqu",      "inscrit", "situ",   "compt",
           "atteign",   "record",  "concern", "li",     "reparti",     "precis"};
    // (Not the nouns made on the same stems: "les droits d'enregistrement", "un taux de
    // réalisation", "la publication", "le passage".)
    static const Latin1List nounEndings = {"ment", "ments", "tion", "tions", "sion", "sions", "age", "ages"};
    return stems.startsOne(f) && !nounEndings.endsOne(f);
}

// Modifiers that do not change what is measured: "taux de remplissage moyen" is the "taux de
// remplissage"; "nuitées totales" are the "nuitées".
bool neutralModifier(const QString &f)
{
    static const Words w
        = words({"total", "totale", "totaux", "totales", "global", "globale", "globaux", "globales", "moyen",
                 "moyenne", "moyens", "moyennes", "national", "nationale", "nationaux", "nationales",
                 "annuel", "annuelle", "annuels", "annuelles", "cumule", "cumulee", "cumules", "cumulees",
                 "net", "nette", "nets", "nettes", "brut", "brute", "bruts", "brutes", "mensuel", "mensuelle",
                 "mensuels", "mensuelles", "actuel", "actuelle", "general", "generale", "different",
                 "differents", "differentes", "officiel", "officielle", "officiels", "officielles",
                 // What is spent is issued: "les dépenses ordinaires émises" are the dépenses ordinaires.
                 "emis", "emise", "emises"});
    return w.contains(f);
}

// Nouns of what is held at a date rather than what flows over a period: a debt, reserves, a
// stock, a fleet, a population, deposits.
bool stockNoun(const QString &key)
{
    // (And the members of a population, counted at a date: "18,67 millions d'abonnés fin juin".)
    static const Words w = words(
        {"dette",   "endettement", "reserve",    "stock",        "effectif",    "parc",   "population",
         "avoir",   "depot",       "patrimoine", "superficie",   "encours",     "abonne", "abonnement",
         "epargne", "client",      "internaute", "assure",       "adherent",    "membre", "habitant",
         "inscrit", "salarie",     "affilie",    "souscripteur", "utilisateur", "usager", "credit"});
    return w.contains(key);
}

// A balance: what comes in less what goes out, of either sign.
bool balanceHead(const QString &key)
{
    return key == u"solde"_s || key == u"balance"_s;
}

// The adjectives of a balance's sign: "négatif", "excédentaire".
bool signAdjective(const QString &f)
{
    static const Words w
        = words({"positif", "positive", "positifs", "positives", "negatif", "negative", "negatifs",
                 "negatives", "excedentaire", "excedentaires", "deficitaire", "deficitaires"});
    return w.contains(f);
}

// Heads that name a measure of what follows them.
bool measureHead(const QString &f)
{
    static const Words w
        = words({"taux",      "part",       "parts",   "nombre",     "volume",      "volumes",
                 "montant",   "montants",   "indice",  "proportion", "pourcentage", "effectif",
                 "effectifs", "duree",      "niveau",  "total",      "chiffre",     "cout",
                 "couts",     "prix",       "valeur",  "superficie", "capacite",    "capacites",
                 "puissance", "production", "encours", "quantite",   "quantites"});
    return w.contains(f);
}

// A word written in the plural: "hommes", "ruraux".
bool plural(const Token &t)
{
    return t.word && (t.folded.endsWith(u's') || t.folded.endsWith(u'x'));
}

// A head that measures in percent: "taux de chômage", "part des recettes".
bool rateHead(const QString &f)
{
    // (A score in percent is a share: "avec un score de 84,3 % des suffrages exprimés".)
    return f == u"taux"_s || f == u"part"_s || f == u"proportion"_s || f == u"pourcentage"_s
        || f == u"score"_s;
}

// A head that names no measure without its complement.
bool bareHead(const QString &key)
{
    static const Words w
        = words({"taux", "part", "niveau", "nombre", "chiffre", "total", "volume", "montant", "indice",
                 "valeur", "proportion", "pourcentage", "effectif", "moyenne", "score", "quantite"});
    return w.contains(key);
}

// Heads whose complement "à" names what is subscribed or had access to: "abonnés à l'internet".
bool subscriptionHead(const QString &key)
{
    static const Words w = words({"abonne", "abonnement", "souscripteur", "souscription", "adherent",
                                  "adhesion", "raccordement", "acces"});
    return w.contains(key);
}

// A loan's noun: what it finances or whom it goes to is part of it ("les prêts à l'équipement",
// "les crédits à la consommation", "les concours aux ménages", "le crédit bancaire aux entreprises
// non financières privées").
bool lendingHead(const QString &key)
{
    static const Words w = words({"pret", "credit", "concours", "financement", "avance", "microcredit"});
    return w.contains(key);
}

// An estimate of what the text does not name again: "une première estimation", "l'estimation
// initiale", "les estimations provisoires".
bool estimateKey(const QString &key)
{
    static const Words qualifiers = words(
        {"premiere", "premier", "initiale", "initial", "provisoire", "provisoires", "precedente", "precedent",
         "derniere", "dernier", "nouvelle", "nouvelles", "flash", "preliminaire", "preliminaires"});
    const QList<QStringView> w = QStringView(key).split(u' ');
    qsizetype estimates = 0;
    for (const QStringView x : w) {
        if (x == u"estimation" || x == u"estimations")
            ++estimates;
        else if (!qualifiers.contains(x.toString()))
            return false;
    }
    return estimates == 1;
}

// Heads whose complement is what is counted: "le nombre de chômeurs" counts chômeurs; "l'encours
// de la dette" (what is outstanding of it) is the debt.
bool countingHead(const QString &f)
{
    return f == u"nombre"_s || f == u"total"_s || f == u"volume"_s || f == u"volumes"_s || f == u"effectif"_s
        || f == u"effectifs"_s || f == u"montant"_s || f == u"montants"_s || f == u"encours"_s
        || f == u"quantite"_s || f == u"quantites"_s; // "les quantités de poissons pélagiques"
}

// The article a complement takes after "de": "de la", "de l'", "de les" written out.
bool complementArticle(const QString &f)
{
    return f == u"la"_s || f == u"l"_s || f == u"les"_s;
}

bool connector(const QString &f)
{
    return f == u"de"_s || f == u"d"_s || f == u"du"_s || f == u"des"_s;
}

// A demonstrative determiner: "ce", "cet", "cette", "ces".
bool demonstrative(const QString &f)
{
    return f == u"ce"_s || f == u"cet"_s || f == u"cette"_s || f == u"ces"_s;
}

bool determiner(const QString &f)
{
    // (And the indefinite ones: "plusieurs cargaisons ont été expédiées", "quelques entreprises".)
    static const Words w
        = words({"le",   "la",    "les", "l",     "un",  "une", "des", "du",  "ses",       "son",     "sa",
                 "leur", "leurs", "ce",  "cette", "ces", "cet", "au",  "aux", "plusieurs", "quelques"});
    return w.contains(f);
}

bool preposition(const QString &f)
{
    static const Words w
        = words({"dans", "sur",    "sous",  "par",   "pour",   "selon",  "avec",    "chez",      "entre",
                 "vers", "contre", "apres", "avant", "depuis", "durant", "pendant", "lors",      "en",
                 "a",    "au",     "aux",   "parmi", "sans",   "via",    "hors",    "concernant"});
    return w.contains(f);
}

bool participleLike(const Token &t)
{
    for (const char16_t *ending : {u"é", u"és", u"ée", u"ées"}) {
        if (t.text.endsWith(QStringView(ending), Qt::CaseInsensitive))
            return true;
    }
    // "reçue", "prévus", "obtenues"; not "thermique", "touristiques", "longue" (a "u" after "q" or
    // "g" is no participle's).
    const QStringView stem = QStringView(t.folded).left(t.folded.size() - (t.folded.endsWith(u"s") ? 1 : 0));
    if (t.folded.size() > 4 && (stem.endsWith(u"u") || stem.endsWith(u"ue")) && !stem.endsWith(u"que")
        && !stem.endsWith(u"gue"))
        return !functionWords().contains(t.folded);
    // "produit", "construites"; not a noun in -ait ("le retrait", "un extrait").
    return t.folded.size() > 5
        && (t.folded.endsWith(u"it") || t.folded.endsWith(u"its") || t.folded.endsWith(u"ite")
            || t.folded.endsWith(u"ites"))
        && !t.folded.endsWith(u"ait") && !t.folded.endsWith(u"aits");
}

// Adjectives of degree written before a change: "une légère reprise", "une forte hausse".
bool degreeAdjective(const QString &f)
{
    static const Words w = words(
        {"leger",         "legere",       "legers",   "legeres",    "fort",   "forte",    "forts",
         "fortes",        "net",          "nette",    "faible",     "petite", "grande",   "importante",
         "sensible",      "vive",         "timide",   "modeste",    "lente",  "rapide",   "significative",
         "brusque",       "brutale",      "nouvelle", "nouveau",    "nouvel", "relative", "substantielle",
         "spectaculaire", "considerable", "notable",  "remarquable"});
    return w.contains(f);
}

// The endings of French adjectives (not of verbs): "électrique", "nationale", "régionaux",
// "annuelle", "primaire", "négatif", "marocaine", "pétrolière".
// An adjective written before its noun: "basse tension", "haute mer", "grandes villes".
bool prenominalAdjective(const QString &f)
{
    static const Words w
        = words({"haut",     "haute",     "hauts",    "hautes",    "bas",       "basse",     "basses",
                 "grand",    "grande",    "grands",   "grandes",   "petit",     "petite",    "petits",
                 "petites",  "nouveau",   "nouvel",   "nouvelle",  "nouveaux",  "nouvelles", "faible",
                 "faibles",  "fort",      "forte",    "forts",     "fortes",    "long",      "longue",
                 "longs",    "longues",   "bon",      "bonne",     "bons",      "bonnes",    "mauvais",
                 "mauvaise", "mauvaises", "meilleur", "meilleure", "meilleurs", "meilleures"});
    return w.contains(f);
}

bool adjectiveLike(const QString &f)
{
    static const Latin1List endings
        = {"ique",  "iques", "al",  "ale",  "ales", "aux",   "el",    "elle", "elles",  "els", "aire",
           "aires", "if",    "ive", "ifs",  "ives", "ien",   "ienne", "iens", "iennes", "ain", "aine",
           "ains",  "aines", "ier", "iere", "iers", "ieres", "eux",   "euse", "euses",  "ee",  "ees",
           "ic",    "ics",   "ile", "iles", "able", "ables", "ible",  "ibles"};
    // (And "fixe", of no such ending: "l'internet fixe", "la téléphonie fixe"; and colours:
    // "les poissons blancs", "l'or noir", "les fruits rouges".)
    static const Words others
        = words({"fixe",   "fixes",  "blanc",  "blancs", "blanche", "blanches", "noir",   "noirs", "noire",
                 "noires", "rouge",  "rouges", "vert",   "verts",   "verte",    "vertes", "bleu",  "bleus",
                 "bleue",  "bleues", "jaune",  "jaunes", "gris",    "grise",    "grises"});
    return endings.endsOne(f, 2) || others.contains(f);
}

// Punctuation that ends a clause: a comma, a semicolon, a colon, quotation marks, a dash, and
// parentheses unless they are see-through (`parentheses` false).
bool clauseDelimiter(const Token &t, bool parentheses)
{
    const QString &w = t.folded;
    return !t.word && !t.digit
        && (w == u","_s || w == u";"_s || w == u":"_s || w == u"«"_s || w == u"»"_s
            || w == QStringView(u"\u2013") || w == QStringView(u"\u2014")
            || (parentheses && (w == u"("_s || w == u")"_s)));
}

bool contentWord(const Token &t)
{
    return t.word && !t.capital && t.folded.size() > 1 && !functionWords().contains(t.folded)
        && !verbLike(t.folded);
}

// A content word right after a determiner, where a word in -ent or -ant is a noun ("cet
// excédent", "les clients", "le coefficient"), not a verb.
bool nounAfterDeterminer(const Token &t)
{
    return t.word && !t.capital && t.folded.size() > 1 && !functionWords().contains(t.folded)
        && !verbWords().contains(t.folded);
}

struct Phrase
{
    QString key; // folded, singular, connectors and neutral modifiers dropped
    QString label; // as written
    qsizetype last = -1; // its last token
    bool isEmpty() const { return key.isEmpty(); }
};

// The label of tokens [i, last], as written.
QString labelOf(const QList<Token> &t, qsizetype i, qsizetype last, const QString &text)
{
    return TextUtil::simplified(QStringView(text).mid(t[i].start, t[last].end - t[i].start));
}

// A word shaped like a participle after a noun that is its adjective: one its own complement
// follows ("la production privée d'énergie électrique"), or the last before the figure it
// introduces ("la hausse de l'énergie nette appelée de 1,2 %") or parentheses holding it ("la
// production privée (+52,5 %)", "les dossiers traités (1,2 million)"): it says what is counted.
// Whether "valeur" at `k` makes one noun with the participle after it: "la valeur ajoutée", a
// measure of its own, not the head "valeur" ("la taxe sur la valeur ajoutée").
bool valueAdded(const QList<Token> &t, qsizetype k)
{
    return k >= 0 && k + 1 < t.size() && t[k].folded == u"valeur"_s
        && t[k + 1].folded.startsWith(u"ajoute"_s);
}

bool adjectiveInEe(const QList<Token> &t, qsizetype k, qsizetype end)
{
    // "la valeur ajoutée": a participle that makes one noun with the word before it.
    if (valueAdded(t, k - 1))
        return true;
    // "les actifs âgés de 15 ans et plus": an age, not what is counted.
    if (t[k].folded == u"age"_s || t[k].folded == u"agee"_s || t[k].folded == u"ages"_s
        || t[k].folded == u"agees"_s)
        return false;
    if (k + 2 < t.size() && (t[k + 1].folded == u"("_s || t[k + 1].folded == u"de"_s)
        && (t[k + 2].digit || (k + 3 < t.size() && !t[k + 2].word && t[k + 3].digit)))
        return true;
    qsizetype n = k + 1;
    if (n + 1 >= end || !(t[n].folded == u"de"_s || t[n].folded == u"d"_s))
        return false;
    ++n;
    if (n + 1 < end && (t[n].folded == u"la"_s || t[n].folded == u"l"_s))
        ++n;
    return t[n].word && !t[n].capital && !functionWords().contains(t[n].folded) && !participleLike(t[n]);
}

// "sous emploi" written without its hyphen: one noun, as "sous-emploi" is.
bool prefixedNoun(const QList<Token> &t, qsizetype k, qsizetype end)
{
    return k + 1 < end && t[k].folded == u"sous"_s && contentWord(t[k + 1]);
}

// The noun phrase starting at token `i`: up to four content words, "de" complements allowed.
// A participle after a noun ends it (it is the event).
bool quantityWord(const QString &f);
bool spelledNumber(const QString &f);
bool accountAcronym(const QString &f);
bool scaleWord(const QString &f);
bool compoundPronounOrAdverb(const QString &f);

// A flow that counts what flows: arrivals, entries.
bool flowNoun(const QString &f)
{
    return f == u"arrivees"_s || f == u"entrees"_s || f == u"flux"_s || f == u"arrivee"_s || f == u"entree"_s;
}

// A label without the quotation marks it opens or closes alone: 'secteur des "services' →
// "secteur des services".
QString withoutStrayQuotes(QString label)
{
    if (label.count(u'"') % 2 != 0)
        label.remove(u'"');
    if (label.count(u'«') != label.count(u'»')) {
        label.remove(u'«');
        label.remove(u'»');
    }
    if (label.count(u'“') != label.count(u'”')) {
        label.remove(u'“');
        label.remove(u'”');
    }
    return label.simplified();
}

// Words that name the same thing written one way: "énergie électrique" is "électricité" ("la
// production nationale de l'énergie électrique", "la production nationale d'électricité"); the
// ballots cast are "voix" whether the text counts "voix" or "suffrages" ("17,38 % des suffrages",
// "58 % des voix"; not "vote", which also names the ballot itself: "les bureaux de vote"); the
// seats a party wins are its "sièges" whether the text counts seats or "députés".
QString sameWords(QString key)
{
    static const QList<std::pair<QLatin1String, QLatin1String>> same {
        {QLatin1String("energie electrique"), QLatin1String("electricite")},
        {QLatin1String("suffrage"), QLatin1String("voix")},
        // A seat won is a member elected: "le PJD a obtenu 125 sièges", "125 députés".
        {QLatin1String("depute"), QLatin1String("siege")},
        // A share of the votes is a share of the ballots cast: "58,13 % des votes".
        {QLatin1String("part vote"), QLatin1String("part voix")},
        // Taxes coming in: "les rentrées fiscales" are "les recettes fiscales"; a deficit is the
        // State's by nature: "le déficit public" is "le déficit" of the accounts a text reads.
        {QLatin1String("rentree fiscale"), QLatin1String("recette fiscale")},
        {QLatin1String("deficit public"), QLatin1String("deficit")},
        // Food, however a statistics office's basket writes it: "les produits alimentaires",
        // "les denrées alimentaires", "l'alimentation", "l'alimentaire".
        {QLatin1String("produit alimentaire"), QLatin1String("alimentation")},
        {QLatin1String("denree alimentaire"), QLatin1String("alimentation")},
        {QLatin1String("bien alimentaire"), QLatin1String("alimentation")},
        {QLatin1String("alimentaire"), QLatin1String("alimentation")},
        // Progress is of the works, whatever names them: "l'état d'avancement des travaux",
        // "l'avancement global des travaux", "un taux d'avancement".
        {QLatin1String("etat avancement"), QLatin1String("avancement")},
        {QLatin1String("avancement travail"), QLatin1String("avancement")},
        {QLatin1String("avancement chantier"), QLatin1String("avancement")},
        // Subscriptions to a telephone network are to the telephony: "les abonnements aux réseaux
        // téléphoniques mobiles" = "aux réseaux de téléphonie mobile" = "à la téléphonie mobile".
        {QLatin1String("reseau telephonique"), QLatin1String("telephonie")},
        {QLatin1String("reseau telephonie"), QLatin1String("telephonie")},
        // Transfers are of funds: "les transferts de fonds des MRE" = "les transferts des MRE".
        {QLatin1String("transfert fonds"), QLatin1String("transfert")},
        // A profit is a result: "un bénéfice net de 55 milliards" = "un résultat net de 55
        // milliards" ("net" is no part of either; "le résultat d'exploitation" stays apart).
        {QLatin1String("benefice"), QLatin1String("resultat")},
        // Passenger traffic is counted in passengers: "le trafic passagers a atteint 2,82
        // millions", "un trafic de 2.829.062 passagers".
        {QLatin1String("trafic passager"), QLatin1String("passager")},
        // The deaths are the dead: "6 décès" = "6 morts" = "6 personnes ont perdu la vie".
        {QLatin1String("dece"), QLatin1String("mort")},
        // An infection counted is a case: "les nouvelles infections ont régressé de 27,1 %", "des cas".
        {QLatin1String("nouvelle infection"), QLatin1String("cas")},
        {QLatin1String("infection"), QLatin1String("cas")}};
    for (const auto &[words, one] : same) {
        const qsizetype at = key.indexOf(words);
        // (Not its negation: "produit non alimentaire".)
        if (at >= 0 && (at == 0 || (key[at - 1] == u' ' && !QStringView(key).left(at).endsWith(u"non ")))
            && (at + words.size() == key.size() || key[at + words.size()] == u' '))
            key.replace(at, words.size(), one);
    }
    // A record of a measure is a value of it: "des records de réussite ont été atteints, avec
    // 95,7 %" is a taux de réussite.
    if (key.startsWith(u"record "_s))
        key.remove(0, 7);
    // A tariff is a price: "les tarifs varient"; and the unit a price is per adds nothing: "le prix
    // du litre d'essence" is "le prix de l'essence", "le litre de diesel" the diesel's.
    if (key == u"tarif"_s || key.startsWith(u"tarif "_s))
        key.replace(0, 5, QStringLiteral("prix"));
    for (const QLatin1String unit : {QLatin1String("litre "), QLatin1String("kilo "), QLatin1String("kg ")}) {
        if (key.startsWith(u"prix "_s + unit))
            key.remove(5, unit.size());
        else if (key.startsWith(unit) && key.size() > unit.size())
            key.remove(0, unit.size());
    }
    // The energy sold is the energy consumed, and "énergie" after the flow adds nothing: "les
    // ventes d'énergie de basse tension", "la consommation d'énergie de basse tension" and "la
    // consommation de basse tension" are one (not "les ventes du segment du câblage").
    for (const QLatin1String flow : {QLatin1String("vente energie"), QLatin1String("consommation energie")}) {
        if (key.startsWith(flow) && (key.size() == flow.size() || key[flow.size()] == u' ')) {
            key.replace(0, flow.size(), QStringLiteral("consommation"));
            break;
        }
    }
    return key;
}

// A subject pronoun of the third person: "il", "elle", "ils", "elles".
bool subjectPronoun(const QString &f)
{
    return f == u"il"_s || f == u"elle"_s || f == u"ils"_s || f == u"elles"_s;
}

// The head of a price's noun: "prix", "coût", "tarif", "indice".
bool priceHead(const QString &w)
{
    return w == u"prix"_s || w == u"cout"_s || w == u"tarif"_s || w == u"indice"_s;
}

// A measure of prices: "prix alimentation", "indice", "inflation sous-jacente".
bool priceNoun(const QString &noun)
{
    const QString head = noun.section(u' ', 0, 0);
    return priceHead(head) || head == u"inflation"_s;
}

// A price, a cost or an index is no share of anything: its percentage is its change ("le coût de
// l'énergie (14 % sur un an)", "l'indice des prix … s'établit à 7,2 % sur un an"). Inflation is
// the change of prices: "l'inflation a atteint 6,2 %", "le taux d'inflation de 6,2 %" and "les
// prix ont augmenté de 6,2 %" are one figure. ("L'inflation de base", "l'inflation sous-jacente"
// are other measures, changes too.)
// What becomes dearer has a price: "les produits alimentaires se sont renchéris de 14,5 %", "un
// renchérissement de 12,8 %" are changes of prices. The average over a year of inflation is
// the year's ("l'inflation annuelle moyenne … 9,7 % en 2022").
void priceChange(Measure &m, bool dearer)
{
    QString head = m.noun.section(u' ', 0, 0);
    if (dearer && head.startsWith(u"rencheri"_s)) {
        m.noun = m.noun.contains(u' ') ? QStringLiteral("prix") + m.noun.mid(head.size())
                                       : QStringLiteral("prix");
        head = QStringLiteral("prix");
    } else if (dearer && !priceHead(head)) {
        m.noun = QStringLiteral("prix ") + m.noun;
        head = QStringLiteral("prix");
    }
    const bool inflation = m.noun == u"inflation"_s || m.noun == u"taux inflation"_s;
    if (inflation)
        m.noun = QStringLiteral("prix");
    // "l'inflation des prix de l'énergie" is the change of the prices of energy.
    if (m.noun.startsWith(u"inflation prix "_s)) {
        m.noun = m.noun.mid(10);
        head = QStringLiteral("prix");
    }
    if (head == u"inflation"_s && m.scope == Scope::PerPeriod && m.per == u"an"_s) {
        m.scope = Scope::Change;
        m.per.clear();
    }
    if (m.scope == Scope::Whole && (inflation || priceHead(head) || head == u"inflation"_s))
        m.scope = Scope::Change;
    // The change in percent of what a thing costs is the change of its price: "la croissance du
    // coût de l'énergie ralentit (14 % sur un an)" is "les prix de l'énergie (+14 %)".
    if (head == u"cout"_s && m.noun.size() > 5 && m.scope == Scope::Change)
        m.noun = QStringLiteral("prix") + m.noun.mid(4);
}

// A group's word in the masculine: the same group whatever noun it agreed with ("l'éolien",
// "l'énergie éolienne"; "le secteur industriel", "la production industrielle").
QString masculine(const QString &key)
{
    QStringList words = key.split(u' ');
    for (QString &w : words) {
        if (w.size() > 6 && w.endsWith(u"ienne"))
            w.chop(2);
        else if (w.size() > 6 && w.endsWith(u"elle"))
            w.chop(2);
    }
    return words.join(u' ');
}

// A figure in a unit of power gives a capacity, however the text names it: "la puissance
// installée … 1.466 MW", "la capacité installée … 2.010 MW"; the energy it is of is its group:
// "1 215 MW d'énergie éolienne" is the wind capacity, "4.067 MW d'électricité" a capacity.
void powerCapacity(Measure &m)
{
    if (m.unit != u"MW"_s || m.scope == Scope::Change)
        return;
    QStringList words = m.noun.split(u' ');
    const QString head = words.takeFirst();
    // What is installed is the capacity: "la capacité installée".
    words.removeIf([](const QString &w) { return w == u"installee"_s || w == u"installe"_s; });
    const bool capacity = head == u"puissance"_s || head == u"capacite"_s;
    if (!capacity && head != u"energie"_s && head != u"electricite"_s)
        return;
    // "la puissance installée de l'éolien" is of the wind as "celle de l'éolien" is; not a
    // capacity added ("la capacité additionnelle").
    if (std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return incrementWord(w); })) {
        words.prepend(QStringLiteral("capacite"));
        m.noun = words.join(u' ');
        return;
    }
    if (!words.isEmpty() && m.breakdown.isEmpty()) {
        m.breakdown = words.join(u' ');
        // "de l'éolien" of "puissance installée de l'éolien"; "d'énergie éolienne".
        QString label = QStringLiteral("d'") + m.nounLabel;
        if (capacity) {
            static const QRegularExpression complement(QStringLiteral("\\s(de\\s|d['’]|du\\s|des\\s)"));
            const QRegularExpressionMatch at = complement.match(m.nounLabel);
            label = at.hasMatch() ? m.nounLabel.mid(at.capturedStart() + 1)
                                  : m.nounLabel.section(u' ', 1, -1, QString::SectionSkipEmpty);
        }
        m.breakdownLabel = label;
    }
    m.noun = QStringLiteral("capacite");
    m.nounLabel = QStringLiteral("capacité");
}

// The "(" of the ")" at token `close`, at most `reach` tokens before it with no other parenthesis
// between ("des charges (hors amortissements de la dette) atteignant"); -1 when there is none.
qsizetype openingParenthesis(const QList<Token> &t, qsizetype close, qsizetype reach)
{
    qsizetype open = close - 1;
    while (open > 0 && open >= close - reach && t[open].folded != u"("_s && t[open].folded != u")"_s)
        --open;
    return open > 0 && t[open].folded == u"("_s ? open : -1;
}

// A category a figure comes "with": "une prépondérance de l'éolien, avec 2.010 MW", "suivi de
// l'hydroélectrique et ses 1.770 MW", "le solaire ferme la marche avec 827 MW". An adjective
// made a noun by its article, in the words just before, names the group the figure is of; its
// token, or -1.
qsizetype categoryWith(const QList<Token> &t, qsizetype first)
{
    qsizetype k = first - 1;
    if (k < 2)
        return -1;
    const QString &w = t[k].folded;
    if ((w == u"ses"_s || w == u"son"_s || w == u"sa"_s || w == u"leurs"_s) && t[k - 1].folded == u"et"_s)
        --k;
    else if (w != u"avec"_s)
        return -1;
    int commas = 0;
    for (qsizetype j = k - 1; j >= 1 && j >= k - 8; --j) {
        if (t[j].folded == u","_s && ++commas <= 1)
            continue;
        if (!t[j].word || t[j].digit)
            return -1;
        const QString &d = t[j - 1].folded;
        if ((d == u"le"_s || d == u"l"_s || d == u"la"_s || d == u"les"_s) && !t[j].capital
            && adjectiveLike(t[j].folded) && !measureHead(t[j].folded) && !frameNoun(t, j))
            return j;
    }
    return -1;
}

bool verbOrAuxiliary(const QString &w);
bool yearWord(QStringView w);
bool winWord(const QString &f);
bool placeNoun(const QString &f);
bool ordinalWord(const QString &f);

// The words by which a sentence ranks: "en tête", "ferme la marche", "suivi de", "en troisième
// position".
bool rankingWord(const QString &f)
{
    static const Words w = words({"tete", "marche", "position", "rang", "classement", "suivi", "suivie",
                                  "suivis", "suivies", "devant", "derriere", "podium"});
    return w.contains(f);
}

// An item of a ranking, the figure it comes "with": "Il est suivi par les sciences
// expérimentales avec 59,40 %, les langues étrangères avec 56,06 %", "la filière gestion
// économie qui ferme la marche avec seulement 47,18 %", "le BAC mathématiques qui vient en tête
// avec un taux de réussite de 78,61 %". In a sentence that ranks ("en tête", "suivi",
// "la marche", "position"), the lower-case phrase that opens the item before "avec" (past its
// relative clause or its verb of rank) is the group. Its words, without the words that only say
// it is a group ("filière", "branche"), acronyms or what `noun` already holds; empty when there
// is none; `from` and `to` are its first and last of those words. (A fronted clause, "Les
// filles se sont taillé la part du lion, avec 65 %", is none.)
QStringList rankedItem(const QList<Token> &t, bool ranks, qsizetype first, const QString &noun,
                       qsizetype &from, qsizetype &to)
{
    static const Words classifier = words({"filiere", "filieres", "branche", "branches", "serie", "series",
                                           "categorie", "categories", "segment", "segments", "rubrique",
                                           "rubriques", "option", "options", "specialite", "specialites"});
    static const Words before = words({"seulement", "pres", "plus", "moins", "environ", "quelque", "pas",
                                       "loin", "un", "une", "de", "d", "du", "des", "la", "le", "l"});
    if (!ranks)
        return {};
    // "avec", past its qualifiers and the rate it names ("avec un taux de réussite de").
    qsizetype with = -1;
    for (qsizetype k = first - 1; k >= qMax<qsizetype>(0, first - 9); --k) {
        if (t[k].folded == u"avec"_s) {
            with = k;
            break;
        }
        if (!t[k].word || t[k].capital || verbOrAuxiliary(t[k].folded)
            || !(before.contains(t[k].folded) || contentWord(t[k])))
            return {};
    }
    if (with < 1)
        return {};
    // The item's start: after a comma, "par", "et", "suivi de", or the quotation that opens it.
    qsizetype start = -1;
    for (qsizetype k = with - 1; k >= qMax<qsizetype>(0, with - 12); --k) {
        const QString &w = t[k].folded;
        // ("et" between two items, after a figure; not within one: "lettres et philosophie".)
        const bool listed = w == u"et"_s && k > 0 && (t[k - 1].digit || t[k - 1].folded == u"%"_s);
        const bool after = w == u","_s || w == u"par"_s || listed || w == u"«"_s || w == u"\""_s
            || w == u":"_s || w == u"que"_s || w == u"qu"_s
            || ((connector(w) || w == u"a"_s) && k > 0 && t[k - 1].folded.startsWith(u"suivi"_s));
        if (after) {
            start = k + 1;
            break;
        }
        // (Past a year: "les mathématiques viennent en tête de cette session 2018 du bac avec".)
        if ((t[k].digit && !yearWord(t[k].text)) || (!t[k].word && !t[k].digit && w != u"'"_s))
            return {};
    }
    if (start < 0 || start >= with)
        return {};
    // The item ranks by its own words ("qui vient en tête", "suivi par"), or follows another's
    // figure ("…avec 59,40 %, les langues étrangères avec 56,06 %").
    bool ranked = start >= 2 && (t[start - 2].digit || t[start - 2].folded == u"%"_s);
    for (qsizetype k = qMax<qsizetype>(0, start - 3); k < with && !ranked; ++k)
        ranked = rankingWord(t[k].folded);
    if (!ranked)
        return {};
    // The phrase: articles, connectors and nouns, to "qui" or a verb.
    QStringList out;
    qsizetype k = start;
    for (; k < with; ++k) {
        const Token &x = t[k];
        // (A name is no verb, whatever its ending: "la région de Rabat-Salé-Kénitra arrive en
        // tête" is a place, no item.)
        if (x.folded == u"qui"_s || (verbOrAuxiliary(x.folded) && !x.capital))
            break;
        if (determiner(x.folded) || connector(x.folded) || complementArticle(x.folded))
            continue;
        if (!x.word || measureHead(x.folded) || changeWord(x.folded) || timeOrFrameNoun(x.folded)
            || quantityWord(x.folded) || ordinalWord(x.folded) || rankingWord(x.folded)
            || (x.capital && !x.text.toString().isUpper()))
            return {};
        if (!contentWord(x) || x.text.toString().isUpper() || classifier.contains(x.folded))
            continue;
        const QString key = MeasureReader::singular(x.folded);
        if (!noun.split(u' ').contains(key)) {
            if (out.isEmpty())
                from = k;
            to = k;
            out << key;
        }
    }
    // (What is between the phrase and "avec" is its verb of rank: "qui vient en tête", "viennent
    // en tête de cette session 2018 du bac".)
    bool rankVerb = false;
    for (qsizetype j = k; j < with && j < k + 4 && !rankVerb; ++j)
        rankVerb = rankingWord(t[j].folded);
    if (k < with && with - k > (rankVerb ? 10 : 6))
        return {};
    return out.size() <= 4 ? out : QStringList();
}

// Quotation marks around a word: "les prix des « légumes »", "pour la « Santé »".
bool openingQuote(const Token &t)
{
    return !t.word && !t.digit && (t.folded == u"«"_s || t.folded == u"\""_s || t.folded == u"“"_s);
}

bool closingQuote(const Token &t)
{
    return !t.word && !t.digit && (t.folded == u"»"_s || t.folded == u"\""_s || t.folded == u"”"_s);
}

// A complement written between quotation marks starts past the opening one.
qsizetype pastOpeningQuote(const QList<Token> &t, qsizetype n, qsizetype end)
{
    return n + 1 < end && openingQuote(t[n]) && contentWord(t[n + 1]) ? n + 1 : n;
}

// A category named in quotation marks after "pour" and its article: "pour la « Santé »", "pour
// les «Restaurants et hôtels»" (a statistics office's heading, not a place nor an institution).
// `k` is the token after "pour"; the index of the opening quotation mark, or -1.
qsizetype quotedCategory(const QList<Token> &t, qsizetype k, qsizetype to)
{
    if (k < to && (t[k].folded == u"le"_s || t[k].folded == u"les"_s || complementArticle(t[k].folded)))
        ++k;
    return k + 1 < to && openingQuote(t[k]) && t[k + 1].word ? k : -1;
}

// Categories a kind's noun lists in quotation marks: "aux segments « Distribution » et « Béton prêt
// à l'emploi »", "des activités « Prefa », « Bâtiment » et « Infrastructures »" (a trade's headings,
// not places nor institutions). `kind` is the token of the kind's noun; each item's first and last
// words, or none when no such list follows it.
QList<std::pair<qsizetype, qsizetype>> quotedCategories(const QList<Token> &t, qsizetype kind, qsizetype to)
{
    static const Words kinds = words(
        {"segment", "segments", "activite", "activites", "categorie", "categories", "rubrique", "rubriques",
         "poste",   "postes",   "branche",  "branches",  "filiere",   "filieres",   "produit",  "produits",
         "secteur", "secteurs", "gamme",    "gammes",    "famille",   "familles"});
    QList<std::pair<qsizetype, qsizetype>> items;
    if (kind < 0 || kind >= to || !kinds.contains(t[kind].folded) || t[kind].capital)
        return items;
    qsizetype k = kind + 1;
    while (k < to && openingQuote(t[k])) {
        qsizetype close = k + 1;
        while (close < to && close < k + 9 && !closingQuote(t[close])
               && (t[close].word || t[close].folded == u"'"_s))
            ++close;
        if (close >= to || !closingQuote(t[close]) || close == k + 1)
            break;
        items.append({k + 1, close - 1});
        k = close + 1;
        if (k < to && (t[k].folded == u","_s || t[k].folded == u"et"_s))
            ++k;
        else
            break;
    }
    return items;
}

// Whether the name at `k` is an item of such a list: "« Béton prêt à l'emploi »" after "aux
// segments « Distribution » et".
bool inQuotedCategories(const QList<Token> &t, qsizetype k, qsizetype from)
{
    if (k <= from || !openingQuote(t[k - 1]))
        return false;
    for (qsizetype kind = k - 2; kind >= qMax(from, k - 40); --kind) {
        if (t[kind].digit)
            return false;
        if (t[kind].word && !t[kind].capital) {
            const auto items = quotedCategories(t, kind, t.size());
            if (!items.isEmpty())
                return std::any_of(items.cbegin(), items.cend(),
                                   [k](const std::pair<qsizetype, qsizetype> &i) { return i.first == k; });
        }
    }
    return false;
}

// The words of a currency: "dirhams", "DH", "MMDH", "euros", "USD".
bool currencyWord(const QString &f)
{
    static const Words currencies
        = words({"dirham", "dirhams", "dh", "dhs", "mad", "mdh", "mmdh", "mds", "euro", "euros", "eur",
                 "dollar", "dollars", "usd", "franc", "francs", "fcfa", "cfa"});
    // (And every currency the figures are read in: "dinars", "dt", "riyals".)
    return currencies.contains(f) || UnitDetector::isCurrencyWord(f);
}

// Whether `f` is the past participle `stem` agreed in gender or number: "produit", "produite",
// "produits", "produites".
bool participleOf(const QString &f, QLatin1String stem)
{
    if (!f.startsWith(stem) || f.size() > stem.size() + 2)
        return false;
    const QStringView ending = QStringView(f).mid(stem.size());
    return ending.isEmpty() || ending == u"e" || ending == u"s" || ending == u"es";
}

// The flows participles name: the participle's stem, and the flow.
const QList<std::pair<QLatin1String, QLatin1String>> &participleFlows()
{
    static const QList<std::pair<QLatin1String, QLatin1String>> flows {
        {QLatin1String("produit"), QLatin1String("production")},
        {QLatin1String("consomme"), QLatin1String("consommation")},
        {QLatin1String("vendu"), QLatin1String("vente")},
        {QLatin1String("importe"), QLatin1String("importation")},
        {QLatin1String("exporte"), QLatin1String("exportation")},
        {QLatin1String("distribue"), QLatin1String("distribution")},
        {QLatin1String("investi"), QLatin1String("investissement")},
        {QLatin1String("depense"), QLatin1String("depense")},
        {QLatin1String("rembourse"), QLatin1String("remboursement")},
        {QLatin1String("emprunte"), QLatin1String("emprunt")}};
    return flows;
}

// The flow a participle names ("produite" → "production", "consommés" → "consommation"), or empty.
QString flowOfParticiple(const QString &f)
{
    for (const auto &[stem, flow] : participleFlows()) {
        if (participleOf(f, stem))
            return flow;
    }
    return {};
}

// Whether a measure's head (singular, folded) names a flow ("production", "exportation"): its
// average ("la production moyenne") is another measure than its whole.
bool flowHead(const QString &key)
{
    const auto &flows = participleFlows();
    return std::any_of(flows.cbegin(), flows.cend(), [&key](const auto &p) { return key == p.second; });
}

// The flow a verb names with its auxiliary in the few words before the figure at `first`, in its
// clause (from `clauseStart`): "a importé pour près de", "a exporté près de", "a bien remboursé",
// "avait exporté environ". The flow ("importation") and the verb's token; an empty flow when none.
std::pair<QString, qsizetype> flowVerbBefore(const QList<Token> &t, qsizetype first, qsizetype clauseStart)
{
    for (qsizetype k = first - 1; k > clauseStart && k >= first - 4; --k) {
        qsizetype a = k - 1;
        // (Past an adverb after the auxiliary.)
        if (a > clauseStart && t[a].word
            && (t[a].folded == u"bien"_s || t[a].folded == u"deja"_s || t[a].folded == u"ainsi"_s
                || t[a].folded == u"aussi"_s || t[a].folded == u"egalement"_s))
            --a;
        const QString &aux = t[a].folded;
        if (aux != u"a"_s && aux != u"ont"_s && aux != u"avait"_s && aux != u"avaient"_s)
            continue;
        if (QString flow = flowOfParticiple(t[k].folded); !flow.isEmpty())
            return {flow, k};
    }
    return {};
}

// "le chiffre d'affaires du groupe", "le résultat net de la société": the company the article
// tells of, named elsewhere, no part of what is measured. `k` is the connector, `n` the noun.
// (Not a name's kind, "du groupe Renault", nor a group of something, "du groupe de tête"; nor
// companies in general, "l'investissement des entreprises"; nor the group's share of a result,
// "le résultat net part du groupe", against the minorities'.)
bool ownerReference(const QList<Token> &t, qsizetype k, qsizetype n, qsizetype end)
{
    if (k > 0 && t[k - 1].folded == u"part"_s)
        return false;
    static const Words companies = words({"groupe", "entreprise", "societe", "compagnie", "operateur",
                                          "firme", "constructeur", "banque", "holding"});
    const bool definite = t[k].folded == u"du"_s
        || (n == k + 2 && t[k].folded == u"de"_s
            && (t[k + 1].folded == u"la"_s || t[k + 1].folded == u"l"_s));
    return definite && n < end && companies.contains(t[n].folded)
        && !(n + 1 < end
             && (t[n + 1].capital || t[n + 1].folded == u"de"_s || t[n + 1].folded == u"d"_s
                 || t[n + 1].digit));
}

Phrase phraseAt(const QList<Token> &t, qsizetype i, qsizetype end, const QString &text)
{
    // "les deux premières destinations": not "deux"; "les principaux marchés émetteurs": the
    // marchés émetteurs; "ce nouvel objectif": the objectif.
    while (i + 1 < end
           && (quantityWord(t[i].folded)
               || ((t[i].folded.startsWith(u"principa"_s) || t[i].folded == u"nouvel"_s)
                   && contentWord(t[i + 1]))))
        ++i;
    // "les deux milliards de dinars (environ 700 millions d'euros)": a figure in words and its
    // currency, no noun.
    if (scaleWord(t[i].folded) || currencyWord(t[i].folded))
        return {};
    // "sur les dix dernières années": a span of time, no noun.
    if (i + 1 < t.size() && frameNoun(t, i + 1)
        && (t[i].folded.startsWith(u"dernier"_s) || t[i].folded.startsWith(u"premier"_s)
            || t[i].folded.startsWith(u"prochain"_s)))
        return {};
    // "la plupart des marchés", "la totalité des recettes": the marchés, the recettes.
    if (i + 2 < end && (t[i].folded == u"plupart"_s || t[i].folded == u"totalite"_s)
        && connector(t[i + 1].folded) && contentWord(t[i + 2]))
        i += 2;
    // "les deuxième, troisième et quatrième versements": a list of ordinals before the noun is
    // not its name.
    const auto ordinal = [](const QString &f) {
        return f.endsWith(u"ieme"_s) || f.endsWith(u"iemes"_s);
    };
    if (ordinal(t[i].folded)) {
        qsizetype k = i;
        while (k + 2 < end && ordinal(t[k].folded)
               && (t[k + 1].folded == u","_s || t[k + 1].folded == u"et"_s) && ordinal(t[k + 2].folded))
            k += 2;
        if (k > i && k + 1 < end && ordinal(t[k].folded))
            i = k + 1;
    }
    // "les arrivées de touristes", "les entrées de visiteurs", "le flux de migrants" count them.
    // (Past a neutral modifier: "le flux net des investissements directs étrangers".)
    const qsizetype flowConnector = i + 1 < end && neutralModifier(t[i + 1].folded) ? i + 2 : i + 1;
    if (flowConnector + 1 < end && flowNoun(t[i].folded) && connector(t[flowConnector].folded)
        && contentWord(t[flowConnector + 1]) && !t[flowConnector + 1].capital) {
        const Phrase counted = phraseAt(t, flowConnector + 1, end, text);
        if (!counted.isEmpty())
            return counted;
    }
    QStringList keys;
    qsizetype last = -1;
    int content = 0;
    qsizetype k = i;
    bool complement = false; // right after "de": a noun
    bool afterComplement = false;
    bool quoted = false; // in a complement between quotation marks: "les prix des « légumes »"
    while (k < end && content < 4) {
        if (quoted && content > 0 && closingQuote(t[k])) {
            quoted = false;
            ++k;
            continue;
        }
        // Complements coordinated after their head: "les droits d'enregistrement et de timbre",
        // "la subvention du gaz butane et du sucre" (past a noun the first complement's own: "gaz
        // butane"), "les exportations de phosphate et de ses dérivés".
        // (Not "et des", which may open a noun of its own: "le trafic fret aérien et des mouvements".)
        const auto coordinatedOf = [&t, end](qsizetype at) {
            return at + 2 < end && (t[at].folded == u"et"_s || t[at].folded == u"ou"_s)
                && (t[at + 1].folded == u"de"_s || t[at + 1].folded == u"d"_s || t[at + 1].folded == u"du"_s);
        };
        if (afterComplement && !complement && contentWord(t[k]) && !t[k].capital
            && !adjectiveLike(t[k].folded) && !participleLike(t[k]) && coordinatedOf(k + 1))
            ++k;
        if (afterComplement && coordinatedOf(k)) {
            qsizetype n = k + 2;
            if (n + 1 < end && (complementArticle(t[n].folded) || possessive(t[n].folded)))
                ++n;
            if (n < end && contentWord(t[n]) && !t[n].capital && !frameNoun(t, n)) {
                k = n;
                complement = true;
                continue;
            }
        }
        const Token &tok = t[k];
        // What a sum is for is its complement: "les dépenses émises au titre du budget général".
        // (Not a period: "au titre des cinq premiers mois", "au titre de l'exercice 2023".)
        const auto period = [&t, end](qsizetype from) {
            for (qsizetype j = from; j < end && j < from + 5; ++j) {
                if (t[j].digit || frameNoun(t, j) || isMonth(t[j].folded) || t[j].folded == u"exercice"_s)
                    return true;
            }
            return false;
        };
        if (content > 0 && tok.folded == u"au"_s && k + 3 < end && t[k + 1].folded == u"titre"_s
            && connector(t[k + 2].folded) && !period(k + 3)) {
            k += 2;
            continue;
        }
        // What a tax or a duty is levied on is its complement too: "la taxe sur la valeur
        // ajoutée", "l'impôt sur le revenu", "les droits sur les importations".
        const bool on = tok.folded == u"sur"_s && content == 1 && k + 2 < end
            && (complementArticle(t[k + 1].folded) || t[k + 1].folded == u"le"_s);
        // And what one subscribes or has access to: "les abonnés à l'internet fixe", "les
        // abonnements au haut débit", "l'accès à l'eau potable".
        const bool to = k + 1 < end
            && ((content == 1 && subscriptionHead(keys.front()))
                || (content >= 1 && lendingHead(keys.front())))
            && (((tok.folded == u"a"_s) && (complementArticle(t[k + 1].folded) || t[k + 1].folded == u"le"_s))
                || tok.folded == u"au"_s || tok.folded == u"aux"_s);
        if ((connector(tok.folded) || on || to) && content > 0 && k + 1 < end) {
            // "de la", "de l'": the article after "de" belongs to the complement.
            qsizetype n = k + 1;
            if (n < end && (complementArticle(t[n].folded) || ((on || to) && t[n].folded == u"le"_s)))
                ++n;
            if (!quoted && pastOpeningQuote(t, n, end) > n) {
                quoted = true;
                ++n;
            }
            // (What one subscribes to is no network: "les abonnés au réseau internet" are the
            // abonnés à l'internet.)
            if (to && n + 1 < end && (t[n].folded == u"reseau"_s || t[n].folded == u"reseaux"_s)
                && contentWord(t[n + 1]) && !adjectiveLike(t[n + 1].folded))
                ++n;
            // After "de" comes a noun, never a participle: "production d'électricité"; or a noun
            // made with "sous": "taux de sous emploi". Not an origin, a group of what is measured:
            // "l'électricité d'origine solaire".
            // Nor a kind of what owns the figure, with its name: "les ventes de la marque Dacia", "du
            // groupe Renault", "de la société Maroc Telecom", "de la ville de Fès" (the name is the
            // owner, the kind no part of the measure).
            const bool ownerKind = n + 1 < end && contentWord(t[n])
                && ((t[n + 1].word && t[n + 1].capital)
                    || (n + 2 < end && placeNoun(t[n].folded)
                        && (t[n + 1].folded == u"de"_s || t[n + 1].folded == u"d"_s) && t[n + 2].word
                        && t[n + 2].capital));
            // ("L'inflation de base", core inflation, is another measure than inflation: its "base"
            // is no frame.)
            if (keys.size() == 1 && keys.front() == u"inflation"_s && n < end && t[n].folded == u"base"_s) {
                keys << t[n].folded;
                last = n;
                ++content;
                k = n + 1;
                afterComplement = true;
                continue;
            }
            if (n < end && (contentWord(t[n]) || prefixedNoun(t, n, end)) && !frameNoun(t, n)
                && t[n].folded != u"origine"_s && !ownerKind && !ownerReference(t, k, n, end)) {
                k = n;
                complement = true;
                continue;
            }
            break;
        }
        if ((complement || k == i) && prefixedNoun(t, k, end)) {
            keys << QStringLiteral("sous-") + MeasureReader::singular(t[k + 1].folded);
            last = k + 1;
            ++content;
            k += 2;
            afterComplement = true;
            complement = false;
            continue;
        }
        const bool noun
            = k == i && i > 0 && determiner(t[i - 1].folded) ? nounAfterDeterminer(tok) : contentWord(tok);
        if (!noun || (content > 0 && !complement && participleLike(tok) && !adjectiveInEe(t, k, end))
            || changeWord(tok.folded) || targetWord(tok.folded))
            break;
        // After a complement, an adjective may qualify it ("d'énergie électrique"), a verb may not
        // ("La consommation d'électricité ressort en hausse"); after an adjective written before
        // its noun, the noun ("de basse tension").
        if (afterComplement && !complement && !adjectiveLike(tok.folded)
            && !(k > i && prenominalAdjective(t[k - 1].folded)))
            break;
        afterComplement = complement;
        complement = false;
        if (content > 0 && frameNoun(t, k))
            break;
        // "un solde ordinaire négatif de 7,4 MMDH", "la balance excédentaire": the sign of a
        // balance is its value's, not another measure.
        if (content > 0 && balanceHead(keys.front()) && signAdjective(tok.folded))
            break;
        // (Not an average after a flow: "la production moyenne d'huile d'olive sur les dix
        // dernières années" is not a year's production.)
        if (!(content > 0 && neutralModifier(tok.folded))
            || (content == 1 && tok.folded.startsWith(u"moyen"_s) && flowHead(keys.front())))
            keys << MeasureReader::singular(tok.folded);
        last = k;
        ++content;
        ++k;
    }
    if (last < 0 || keys.isEmpty())
        return {};
    // "l'énergie produite par l'ONEE" is its production, "l'électricité consommée" its
    // consumption: a noun and the participle of a flow's verb name the flow.
    if (keys.size() == 1 && last + 1 < end) {
        if (const QString flow = flowOfParticiple(t[last + 1].folded); !flow.isEmpty())
            return {flow, labelOf(t, i, last + 1, text), last + 1};
    }
    return {keys.join(u' '), labelOf(t, i, last, text), last};
}

// The phrase at token `i`, its first word read as a common noun even written with a capital ("le
// secteur de l'Internet fixe", "des Investissements directs marocains à l'étranger").
Phrase commonPhraseAt(const QList<Token> &t, qsizetype i, qsizetype end, const QString &text)
{
    QList<Token> words = t.mid(0, end);
    words[i].capital = false;
    return phraseAt(words, i, end, text);
}

// The noun phrase ending right before token `end`, from the determiner or preposition that
// opens it ("des dépenses", "sur la dette intérieure"); empty when none does within a few words.
Phrase phraseBefore(const QList<Token> &t, qsizetype end, const QString &text)
{
    Phrase found;
    bool coordinated = false; // "des droits d'enregistrement et de timbre": the head before "et de"
    for (qsizetype k = end - 1; k >= qMax<qsizetype>(0, end - (coordinated ? 12 : 6)); --k) {
        if (!t[k].word)
            return found;
        if (!determiner(t[k].folded) && !connector(t[k].folded))
            continue;
        // "69,7 milliards de dirhams (+8,5 %)": the unit of the figure before, not a measure.
        if ((k > 0 && t[k - 1].digit) || (k > 1 && t[k - 2].digit))
            return found;
        const Phrase p = phraseAt(t, k + 1, end, text);
        if (p.last != end - 1) {
            // (Past the coordination, a complement that does not reach the end is not its head.)
            if (coordinated && !determiner(t[k].folded))
                continue;
            return found;
        }
        found = p;
        if (coordinated || k < 2 || !connector(t[k].folded)
            || (t[k - 1].folded != u"et"_s && t[k - 1].folded != u"ou"_s))
            return found;
        coordinated = true;
        --k;
    }
    return found;
}

bool prepositionalLocution(const QList<Token> &t, qsizetype k);
Phrase frontedTopic(const QList<Token> &t, qsizetype subject, const QString &text);

// The longest noun phrase, with its chain of complements, that ends right before token `end`:
// "la taxe sur la valeur ajoutée", not "la valeur ajoutée"; not past a verb, a figure or a
// prepositional locution ("à l'instar de").
Phrase headBefore(const QList<Token> &t, qsizetype end, const QString &text)
{
    Phrase best;
    for (qsizetype k = end - 1; k >= 1 && k >= end - 12; --k) {
        if (!t[k].word || verbLike(t[k].folded) || prepositionalLocution(t, k))
            break;
        if (!determiner(t[k].folded))
            continue;
        if (const Phrase p = phraseAt(t, k + 1, end, text); p.last == end - 1)
            best = p;
    }
    return best;
}

// A measure head and its complement: "taux d'occupation", "durée moyenne du séjour"; a counting
// head gives its complement ("nombre de chômeurs" → "chômeurs").
Phrase headPhrase(const QList<Token> &t, qsizetype i, qsizetype end, const QString &text)
{
    qsizetype k = i + 1;
    QStringList keys {MeasureReader::singular(t[i].folded)};
    qsizetype last = i;
    // "Ce chiffre marque une diminution": after a demonstrative, a bare head is followed by its
    // verb, not by an adjective (it stands for what was measured before).
    const bool pointed = i > 0 && demonstrative(t[i - 1].folded) && bareHead(keys.front());
    // Adjectives right after the head ("durée moyenne").
    while (!pointed && k < end && contentWord(t[k]) && (!participleLike(t[k]) || adjectiveInEe(t, k, end))
           && !frameNoun(t, k) && keys.size() < 3) {
        if (!neutralModifier(t[k].folded) || (t[k].folded.startsWith(u"moyen"_s) && flowHead(keys.front())))
            keys << MeasureReader::singular(t[k].folded);
        last = k;
        ++k;
    }
    // The stage a price is taken at: "les prix à la production", "à l'importation". Consumer
    // prices are prices, said or not ("les prix à la consommation"); what qualifies them after it
    // is another index ("l'indice des prix à la consommation harmonisé").
    if (keys.front() == u"prix"_s && k + 2 < end && t[k].folded == u"a"_s
        && (t[k + 1].folded == u"la"_s || t[k + 1].folded == u"l"_s) && contentWord(t[k + 2])) {
        if (t[k + 2].folded != u"consommation"_s)
            keys << MeasureReader::singular(t[k + 2].folded);
        last = k + 2;
        k += 3;
        if (k < end && contentWord(t[k]) && participleLike(t[k])
            && !(k + 1 < end && t[k + 1].folded == u"par"_s)) {
            keys << MeasureReader::singular(t[k].folded);
            last = k;
            ++k;
        }
    }
    if (k < end && connector(t[k].folded)) {
        qsizetype n = k + 1;
        if (n < end && complementArticle(t[n].folded))
            ++n;
        n = pastOpeningQuote(t, n, end);
        // A rate of change measures what changes: "le taux de croissance du trafic" is the
        // trafic's (the figure is a change: scopeOf()).
        if (keys.size() == 1 && rateHead(keys.front()) && n + 2 < end && changeWord(t[n].folded)
            && connector(t[n + 1].folded)) {
            qsizetype what = n + 2;
            if (complementArticle(t[what].folded))
                ++what;
            if (what < end && contentWord(t[what]) && !frameNoun(t, what))
                return phraseAt(t, what, end, text);
        }
        // (Not an origin: "la puissance installée d'origine solaire", a group.)
        if (n < end && (contentWord(t[n]) || prefixedNoun(t, n, end)) && !frameNoun(t, n)
            && t[n].folded != u"origine"_s && !ownerReference(t, k, n, end)) {
            const Phrase complement = phraseAt(t, n, end, text);
            if (!complement.isEmpty()) {
                if (countingHead(t[i].folded))
                    return complement;
                return {keys.join(u' ') + u' ' + complement.key, labelOf(t, i, complement.last, text),
                        complement.last};
            }
        }
    }
    // "les quantités exportées", "le volume produit": the flow the participle names.
    if (countingHead(t[i].folded) && i + 1 < end) {
        if (const QString flow = flowOfParticiple(t[i + 1].folded); !flow.isEmpty())
            return {flow, labelOf(t, i, i + 1, text), i + 1};
    }
    if (countingHead(t[i].folded))
        return {};
    return {keys.join(u' '), labelOf(t, i, last, text), last};
}

// The noun phrase at token `n`: a measure head with its complement, else a plain phrase.
Phrase nounPhrase(const QList<Token> &t, qsizetype n, qsizetype end, const QString &text)
{
    return measureHead(t[n].folded) ? headPhrase(t, n, end, text) : phraseAt(t, n, end, text);
}

Period periodOf(const QList<Token> &t);
bool changeDimensionWord(const QString &f);

// "le résultat net part du groupe": an account's name, no share of the group ("part" right after
// an adjective, with no article of its own).
bool groupShare(const QList<Token> &t, qsizetype k)
{
    return t[k].folded == u"part"_s && k > 0 && t[k - 1].word && !t[k - 1].capital
        && (neutralModifier(t[k - 1].folded) || adjectiveLike(t[k - 1].folded)) && k + 1 < t.size()
        && connector(t[k + 1].folded);
}

// A sentence's tokens, and what is read of the whole of it once, not for each of its figures (a
// page of one 100,000-figure sentence must not be read 100,000 times).
struct Sentence
{
    Sentence(qsizetype s, qsizetype e, QList<Token> t)
        : start(s)
        , end(e)
        , tokens(std::move(t))
        , period(periodOf(tokens))
        , respectively(std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &x) {
            // (And the adjective: "des baisses respectives de 95 % …".)
            return x.folded == u"respectivement"_s || x.folded == u"respectives"_s
                || x.folded == u"respectifs"_s;
        }))
    {
        for (qsizetype k = 1; k < tokens.size() && !points; ++k)
            points
                = tokens[k - 1].digit && (tokens[k].folded == u"point"_s || tokens[k].folded == u"points"_s);
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            ranks = ranks || rankingWord(tokens[k].folded);
            forecast = forecast || forecastNoun(tokens[k].folded);
            startsCount = startsCount || tokens[k].folded == u"depuis"_s
                || (tokens[k].folded == u"du"_s && k + 1 < tokens.size()
                    && (tokens[k + 1].digit || tokens[k + 1].folded == u"1er"_s));
            // (Not what a change is measured in: "En valeur, les débarquements ont progressé".)
            // (Nor a locution: "les ventes … immatriculées au niveau de l'ANCFCC".)
            if (tokens[k].word && !tokens[k].capital && measureHead(tokens[k].folded)
                && !valueAdded(tokens, k)
                && !(k > 0 && tokens[k - 1].folded == u"en"_s && changeDimensionWord(tokens[k].folded))
                && !(k > 0 && tokens[k - 1].folded == u"au"_s && tokens[k].folded == u"niveau"_s)
                && !groupShare(tokens, k))
                heads.append(k);
        }
    }
    qsizetype start = 0;
    qsizetype end = 0;
    QList<Token> tokens;
    Period period = Period::Unspecified;
    bool respectively = false; // "ont respectivement connu une hausse de 8 %, 6 % et 15 %"
    bool points = false; // a figure in points: "une augmentation de 1,1 point"
    bool ranks = false; // it ranks: "vient en tête", "suivi de" (rankingWord())
    bool forecast = false; // it names a forecast: "les prévisions", "l'objectif" (forecastNoun())
    bool startsCount
        = false; // it may say when a count started: "depuis", "du 1er octobre" (countStartYear())
    QList<qsizetype> heads; // the measure heads' tokens ("taux", "nombre"), in order
};

struct ParagraphState
{
    Phrase lastNoun;
    int lastNounSentence = -1; // the sentence lastNoun was read in
    QString lastOwner;
};

QString speakerFold(const Claim &c)
{
    return TextUtil::fold(c.speaker);
}

// "ceux-ci", "celle-là", "entre-temps", "au-delà", "peut-être": two words joined that name nothing.
bool compoundPronounOrAdverb(const QString &f)
{
    const qsizetype dash = f.indexOf(u'-');
    if (dash <= 0)
        return false;
    static const Words firsts
        = words({"ceux", "celle", "celles", "celui", "ceci", "entre", "au", "par", "peut"});
    const QStringView first = QStringView(f).left(dash);
    const QStringView rest = QStringView(f).mid(dash + 1);
    // (After "là" and "ci", only a place's adverb: "là-bas", "ci-dessus"; not "La-Haye".)
    if (first == u"la" || first == u"ci")
        return rest == u"bas" || rest == u"dessus" || rest == u"dessous" || rest == u"haut";
    return firsts.contains(first.toString());
}

// A number's scale written as a word: "954,6 Millions DT".
bool scaleWord(const QString &f)
{
    static const Words w = words({"million", "millions", "milliard", "milliards", "billion", "billions"});
    return w.contains(f);
}

// An account's or an economy's measure written as an acronym or a capitalised word, never a name
// that owns figures: "l'Ebidta après charges d'amortissement ressort … à 132,2 milliards", "le
// Capex", "le PNB".
bool accountAcronym(const QString &f)
{
    static const Words w = words(
        {"ebitda", "ebidta", "ebit", "capex", "opex", "pnb", "rbe", "rnpg", "bpa", "roe", "roa", "bfr"});
    return w.contains(f);
}

// A number written in words, hyphenated or not: "Vingt-neuf", "dix-sept", "trente-et-un".
bool spelledNumber(const QString &f)
{
    static const Words units = words(
        {"un",     "une",    "deux",     "trois",     "quatre",   "cinq",     "six",    "sept",  "huit",
         "neuf",   "dix",    "onze",     "douze",     "treize",   "quatorze", "quinze", "seize", "vingt",
         "vingts", "trente", "quarante", "cinquante", "soixante", "cent",     "cents",  "mille", "et"});
    const QList<QStringView> parts = QStringView(f).split(u'-');
    return std::all_of(parts.cbegin(), parts.cend(),
                       [](QStringView p) { return units.contains(p.toString()); });
}

// "Premier poste sous surveillance", "Deuxième constat": an ordinal names nothing.
// Cardinals and quantifiers: "Quatre régions affichent…" names no place.
bool quantityWord(const QString &f)
{
    static const Words w = words({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                                  "onze", "douze", "quinze", "vingt", "trente", "quarante", "cinquante",
                                  "soixante", "cent", "mille", "plusieurs", "certains", "certaines",
                                  "quelques", "nombreux", "nombreuses", "chaque", "tous", "toutes",
                                  // fractions: "les trois quarts (72,4 %)" are no group
                                  "moitie", "tiers", "quart", "quarts", "cinquieme", "cinquiemes"});
    return w.contains(f);
}

// The first word of an institution's name, which goes on past "de", "du", "au": "Haut-Commissariat
// au Plan", "Office national de l'électricité", "Ministère de l'Économie".
bool institutionHead(const QString &f)
{
    static const Words w
        = words({"haut-commissariat", "commissariat", "ministere",  "office",        "banque",
                 "direction",         "agence",       "caisse",     "conseil",       "cour",
                 "observatoire",      "institut",     "federation", "confederation", "union",
                 "association",       "fonds",        "societe",    "autorite",      "commission",
                 "departement",       "secretariat",  "delegation", "chambre",       "universite",
                 "organisation",      "ecole",        "tribunal",   "parlement",     "assemblee"});
    return w.contains(f);
}

bool ordinalWord(const QString &f)
{
    static const Words w = words({"premier", "premiere", "premiers", "premieres", "second", "seconde",
                                  "dernier", "derniere", "derniers", "dernieres"});
    return w.contains(f) || (f.size() > 5 && f.endsWith(u"ieme"));
}

// Proper nouns of tokens [from, to): runs of capitalised words ("Laâyoune-Sakia El Hamra",
// "AMO Tadamon"), not function words, months, or the claim's speaker.
struct ProperNoun
{
    qsizetype first;
    qsizetype last;
    QString text;
};

// The names of `names` coordinated in a list with "et" or "ou" ("les académies de Toulouse,
// Rennes et Martinique se démarquent …"): a figure said of them is theirs together, no one's.
// Their indices in `names`.
QSet<qsizetype> coordinatedNames(const QList<ProperNoun> &names, const QList<Token> &t)
{
    QSet<qsizetype> out;
    qsizetype chain = 0; // the first name of the current chain
    bool conjunction = false;
    for (qsizetype i = 1; i <= names.size(); ++i) {
        bool joined = false;
        if (i < names.size()) {
            // (The next name's article may come between: "le Brésil et l'Argentine", ", la Tunisie";
            // and the acronym in parentheses after a name: "Bank Al-Maghrib (BAM) et l'Agence…".)
            qsizetype last = names[i - 1].last;
            if (last + 1 < names[i].first && t[last + 1].folded == u")"_s)
                ++last;
            else if (last + 3 < names[i].first && t[last + 1].folded == u"("_s
                     && t[last + 3].folded == u")"_s)
                last += 3;
            qsizetype gap = names[i].first - last - 1;
            // (Or its "de": "les ports de San Pedro et d'Abidjan".)
            if (gap >= 2
                && (determiner(t[names[i].first - 1].folded) || t[names[i].first - 1].folded == u"d"_s
                    || t[names[i].first - 1].folded == u"de"_s))
                --gap;
            const Token &a = t[last + 1];
            const bool et = a.folded == u"et"_s || a.folded == u"ou"_s;
            joined = (gap == 1 && (et || a.folded == u","_s))
                || (gap == 2 && a.folded == u","_s && t[last + 2].folded == u"et"_s);
            conjunction = conjunction || (joined && (et || gap == 2));
        }
        if (!joined) {
            if (conjunction && i - 1 > chain) {
                for (qsizetype j = chain; j < i; ++j)
                    out.insert(j);
            }
            chain = i;
            conjunction = false;
        }
    }
    return out;
}

// The period of an average named right before a figure ("une création annuelle moyenne de",
// "la moyenne mensuelle de", "une production journalière moyenne de"), or empty.
QString averagePer(const QList<Token> &t, qsizetype first, bool whole)
{
    bool average = false;
    QString per;
    for (qsizetype k = qMax<qsizetype>(0, first - 8); k < first; ++k) {
        const QString &w = t[k].folded;
        if (t[k].digit || w == u","_s || w == u"."_s) {
            average = false;
            per.clear();
            continue;
        }
        // (A title of the press is no period: "le quotidien", "l'hebdomadaire", "le mensuel".)
        if (k > 0 && determiner(t[k - 1].folded)
            && (w.startsWith(u"quotidien") || w.startsWith(u"hebdomadaire") || w.startsWith(u"mensuel")))
            continue;
        if (w == u"moyen"_s || w == u"moyenne"_s || w == u"moyens"_s || w == u"moyennes"_s)
            average = true;
        else if (w.startsWith(u"annuel"))
            per = QStringLiteral("an");
        else if (w.startsWith(u"mensuel"))
            per = QStringLiteral("mois");
        else if (w.startsWith(u"quotidien") || w.startsWith(u"journalier"))
            per = QStringLiteral("jour");
        else if (w.startsWith(u"hebdomadaire"))
            per = QStringLiteral("semaine");
    }
    // "une aide financière mensuelle de 2.500 dirhams", "un versement mensuel de": a month's or
    // a week's whole amount is per period even when not an average (a year's is how most figures are
    // given, "la production annuelle"; "journalier" names a kind: "les indemnités journalières").
    return average || (whole && (per == u"mois"_s || per == u"semaine"_s)) ? per : QString();
}

// A noun that names a title of the press before its name: "le magazine Challenge".
bool pressNoun(const QString &f)
{
    static const Words w = words(
        {"magazine", "quotidien", "journal", "hebdomadaire", "mensuel", "confrere", "revue", "radio"});
    return w.contains(f);
}

// Whether token `k` is a verb by which a source reports: "rapporte", "a indiqué", "l'évalue", "fait le
// constat", "fait état" (not reportingVerb(), a verb that only reports a figure: "a atteint").
bool sourceReportsAt(const QList<Token> &t, qsizetype k)
{
    static const Words w = words({"rapporte", "rapportent", "indique", "indiquent", "ecrit",    "ecrivent",
                                  "souligne", "soulignent", "revele",  "revelent",  "constate", "constatent",
                                  "precise",  "precisent",  "affirme", "affirment", "explique", "expliquent",
                                  "publie",   "publient",   "cite",    "citent",    "annonce",  "annoncent",
                                  "estime",   "estiment",   "evalue",  "evaluent",  "declare",  "declarent",
                                  "releve",   "relevent",   "note",    "notent",    "observe",  "observent"});
    const QString &f = t[k].folded;
    // "l'Office des changes pointe du doigt le déséquilibre", "met en avant le fait que".
    if ((f == u"pointe"_s || f == u"pointent"_s) && k + 2 < t.size() && t[k + 2].folded == u"doigt"_s)
        return true;
    if ((f == u"met"_s || f == u"mettent"_s) && k + 2 < t.size() && t[k + 1].folded == u"en"_s
        && (t[k + 2].folded == u"avant"_s || t[k + 2].folded == u"exergue"_s
            || t[k + 2].folded == u"evidence"_s))
        return true;
    // "dont Challenge rend compte".
    if ((f == u"rend"_s || f == u"rendent"_s) && k + 1 < t.size() && t[k + 1].folded == u"compte"_s)
        return true;
    if (f == u"fait"_s || f == u"font"_s) {
        for (qsizetype j = k + 1; j < qMin(t.size(), k + 3); ++j) {
            if (t[j].folded == u"constat"_s || t[j].folded == u"etat"_s || t[j].folded == u"savoir"_s)
                return true;
        }
        return false;
    }
    return w.contains(f);
}

// The phrase without a head that names a length of time ("durée", "délai", "période") and the
// connector after it: "durée des aides d'urgence" gives "aides d'urgence"; unchanged when
// nothing follows the head.
Phrase withoutTimeHead(const Phrase &p)
{
    static const QStringList heads {QStringLiteral("duree "), QStringLiteral("delai "),
                                    QStringLiteral("periode ")};
    for (const QString &head : heads) {
        if (!p.key.startsWith(head))
            continue;
        QStringView label = QStringView(p.label);
        const qsizetype space = label.indexOf(u' ');
        if (space < 0)
            return p;
        label = label.mid(space + 1);
        static const QStringList connectors {QStringLiteral("des "),       QStringLiteral("du "),
                                             QStringLiteral("de la "),     QStringLiteral("de l'"),
                                             QStringLiteral("de l\u2019"), QStringLiteral("de "),
                                             QStringLiteral("d'"),         QStringLiteral("d\u2019")};
        for (const QString &connector : connectors) {
            if (label.startsWith(connector, Qt::CaseInsensitive)) {
                label = label.mid(connector.size());
                break;
            }
        }
        const QString key = p.key.mid(head.size());
        if (key.isEmpty() || label.isEmpty())
            return p;
        return {key, label.toString(), p.last};
    }
    return p;
}

// A date written in figures: "25-3-2024", "25/03/24", "3.5.2024".
bool numericDate(QStringView text)
{
    static const QRegularExpression separator(QStringLiteral("[-/.]"));
    const QList<QStringView> parts = text.split(separator);
    if (parts.size() != 3)
        return false;
    const qsizetype longest[] = {2, 2, 4};
    const qsizetype shortest[] = {1, 1, 2};
    for (int k = 0; k < 3; ++k) {
        if (parts[k].size() < shortest[k] || parts[k].size() > longest[k])
            return false;
        for (const QChar c : parts[k]) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    return true;
}

// An acronym: a word of two to six capitals ("PJD", "HCP", "RNI").
bool acronymToken(const Token &t)
{
    return t.word && t.text.size() >= 2 && t.text.size() <= 6 && t.text.toString().isUpper();
}

// A verb, its auxiliary, a relative pronoun or an approximation: a name's words stop before it.
bool auxiliaryOrRelative(const QString &f)
{
    static const Words w = words({"a", "ont", "est", "sont", "qui", "que", "dont", "avait", "avaient",
                                  "etait", "environ", "pres", "plus", "moins", "soit"});
    // (A verb of the plural: "le Royaume abritent environ…"; not a noun: "gouvernement".)
    return w.contains(f) || (f.endsWith(u"ent"_s) && !f.endsWith(u"ment"_s));
}

// A participle that ranks what follows "par": "suivi par", "devancé par".
bool rankedBy(const QString &f)
{
    static const Latin1List w({"suivi", "devanc", "talonn", "preced", "distanc"});
    return w.startsOne(f);
}

// A participle of handling what a figure counts: "le tonnage traité par Tanger Med", "les passagers
// accueillis par l'aéroport", "l'énergie produite par l'ONEE". Its agent is whose figure it is,
// not a source as after "publiés par".
bool handlingParticiple(const QString &f)
{
    static const Latin1List w({"trait", "manutention", "transport", "accueilli", "produit", "export",
                               "import", "genere", "enregistre", "gere", "desservi", "vendu", "distribue",
                               "consomme", "achemine", "exploite", "transite", "embarque", "debarque"});
    return w.startsOne(f);
}

bool peopleAt(const QList<Token> &t, qsizetype k);
bool pluralPeopleAt(const QList<Token> &t, qsizetype k);
QString peopleKey(const QList<Token> &t, qsizetype k, qsizetype &last);

// Whether the name at `k` is the complement of a title in apposition, after a comma:
// "Abdelmadjid Tebboune, président de la République algérienne", "…, chef du Gouvernement".
// A word that gives a person a title: a role ("ministre", "président"), or "candidat(e)".
bool personTitleWord(const QString &f)
{
    return f == u"candidat"_s || f == u"candidate"_s || SpeakerResolver::isRoleHead(f);
}

bool titleComplement(const QList<Token> &t, qsizetype from, qsizetype k, bool apposition = true)
{
    const auto title = personTitleWord;
    qsizetype j = k - 1;
    while (j > from && (connector(t[j].folded) || complementArticle(t[j].folded)))
        --j;
    // (Or a name's acronym, past the name: "candidat du parti de l'unité et du rassemblement
    // (Pur)", "candidat du Mouvement de la société pour la paix (MSP)".)
    if (j == k - 1 && j > from && t[j].folded == u"("_s) {
        qsizetype w = j - 1;
        while (w > from && w > j - 10 && t[w].word && !title(t[w].folded))
            --w;
        if (w > from && w < j - 2 && title(t[w].folded))
            j = w;
    }
    // "l'élection de Diomaye Faye à la tête du Sénégal": what a person is at the head of, as a
    // title's complement.
    if (j != k - 1 && j >= from + 2 && t[j].folded == u"tete"_s && t[j - 1].folded == u"la"_s
        && t[j - 2].folded == u"a"_s)
        return true;
    // (Past the complements coordinated before it: "ministre de l'Enseignement supérieur, de la
    // Recherche et de l'Innovation".)
    if (j != k - 1 && j > from && !title(t[j].folded)
        && ((t[j].word && t[j].capital) || t[j].folded == u"et"_s || t[j].folded == u","_s)) {
        qsizetype w = j;
        bool coordinated = false;
        while (w > from && w > j - 20 && !title(t[w].folded)) {
            const Token &x = t[w];
            const bool list = x.folded == u","_s || x.folded == u"et"_s;
            if (!(list || connector(x.folded) || complementArticle(x.folded)
                  || (x.word && !functionWords().contains(x.folded) && !verbLike(x.folded))))
                break;
            coordinated = coordinated || list;
            --w;
        }
        if (coordinated && title(t[w].folded))
            j = w;
    }
    if (j == k - 1 || j <= from || !title(t[j].folded))
        return false;
    if (!apposition)
        return true;
    // (Past the title's adjectives: "ministre délégué", and a "le": ", le président de"; or the
    // sentence's subject: "La ministre de la Solidarité, de l'Insertion sociale et de la Famille,
    // Naïma Ben Yahia, a indiqué".)
    qsizetype comma = j - 1;
    while (comma > from && t[comma].word && !t[comma].capital)
        --comma;
    return comma >= from
        && (t[comma].folded == u","_s || (comma == from && comma == j - 1 && determiner(t[comma].folded)));
}

// Whether the folded name is written, as whole words, in one of the names `names` lists ('|'
// between them): "mouhid" in "said mouhid", not "maroc" in "marocaine".
bool namedIn(const QString &folded, const QString &names)
{
    if (folded.isEmpty())
        return false;
    for (qsizetype at = names.indexOf(folded); at >= 0; at = names.indexOf(folded, at + 1)) {
        const qsizetype end = at + folded.size();
        if ((at == 0 || !names[at - 1].isLetterOrNumber())
            && (end == names.size() || !names[end].isLetterOrNumber()))
            return true;
    }
    return false;
}

// A word an acronym leaves out of its name's initials: "de", "la", "et", "pour"… ("le Parti de la
// justice et du développement" is the PJD).
bool notInInitials(const QString &w)
{
    return connector(w) || determiner(w) || complementArticle(w) || preposition(w) || w == u"et"_s;
}

// Whether the folded name is the acronym one of the names `names` lists ('|' between them)
// spells by its words' initials: "ansd" for "agence nationale de la statistique et de la
// demographie".
bool acronymOfOneOf(const QString &folded, const QString &names)
{
    if (folded.size() < 2 || folded.size() > 10 || names.isEmpty()
        || !std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    // (Read a word at a time, without an expression: asked of every capitalised word.)
    QString initials;
    qsizetype wordStart = -1;
    auto endWord = [&](qsizetype end) {
        if (wordStart >= 0 && !notInInitials(names.mid(wordStart, end - wordStart)))
            initials += names[wordStart];
        wordStart = -1;
    };
    for (qsizetype k = 0; k <= names.size(); ++k) {
        const QChar c = k < names.size() ? names[k] : QChar(u'|');
        if (c == u'|') {
            endWord(k);
            if (initials.size() >= 2 && initials == folded)
                return true;
            initials.clear();
        } else if (c.isLetterOrNumber()) {
            if (wordStart < 0)
                wordStart = k;
        } else {
            endWord(k);
        }
    }
    return false;
}

QList<ProperNoun> properNouns(const QList<Token> &t, qsizetype from, qsizetype to, const QString &speaker,
                              const QString &text, const WordSet &lowercase)
{
    QList<ProperNoun> out;
    qsizetype sourceEnd = -1; // the last token of the last name read as a source or the speaker
    qsizetype portfolioEnd = -1; // the last token of the last name a body in lower case is in charge of
    // A capital a sentence opens with, on an adjective before its noun ("Mauvaise nouvelle pour
    // …", "Bonne nouvelle"), a present participle ("Donnant plus de détails, l'ONS …") or an
    // imperative ("Soulignons que les exportations…", "Rappelons que"), is no name.
    auto openingWord = [&](qsizetype j) {
        const Token &x = t[j];
        const bool opens = j == from || (!t[j - 1].word && !t[j - 1].digit);
        const bool lowerNext = j + 1 < to && t[j + 1].word && !t[j + 1].capital;
        return opens && lowerNext
            && (prenominalAdjective(x.folded) || (x.folded.size() > 5 && x.folded.endsWith(u"ant"_s))
                || (x.folded.size() > 6 && x.folded.endsWith(u"ons"_s)));
    };
    // A capital after a possessive is a common noun written so: "ont décroché leur Bac".
    auto possessed = [&](qsizetype j) {
        static const Words possessives = words({"mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
                                                "notre", "nos", "votre", "vos", "leur", "leurs"});
        // (Not one inside a name: "l'application Ma CNSS".)
        return j > 0 && !t[j - 1].capital && possessives.contains(t[j - 1].folded);
    };
    auto isCap = [&](qsizetype j) {
        const Token &x = t[j];
        return x.word && x.capital && x.folded.size() > 1 && !possessed(j)
            && !functionWords().contains(x.folded) && !isMonth(x.folded) && !isWeekday(x.folded)
            && !timeOrFrameNoun(x.folded) && !lowercase.contains(x.folded) && !ordinalWord(x.folded)
            && !quantityWord(x.folded) && !scaleWord(x.folded) && !spelledNumber(x.folded)
            && !accountAcronym(x.folded)
            && !openingWord(j)
            // (Nor an answer: "Nadia Bensaïd : Non. Le taux de cotisation reste fixé à 5 %".)
            && x.folded != u"non"_s
            && x.folded != u"oui"_s
            // (Nor a pronoun or an adverb made of two words: "Ceux-ci sont arrivés à bord de 212
            // navires", "Entre-temps, 2 590 migrants…", "Au-delà", "Peut-être".)
            && !compoundPronounOrAdverb(x.folded)
            // (Nor a currency: "314,20 milliards F Cfa"; "l'Euro 2024" is a tournament.)
            && (!currencyWord(x.folded) || x.folded == u"euro"_s);
    };
    // A capital word whose words after it, in lower case, are spelt by the acronym in the
    // parentheses that follow: "le Parti de la justice et du développement (PJD)", "le Parti
    // authenticité et modernité (PAM, libéraux)". The index of the opening parenthesis, else -1.
    // (Capitals may come among them: "l'Union socialiste des Forces populaires (USFP, opposition
    // de gauche)", "le Parti Authenticité et modernité (PAM)".)
    auto spelled = [&](qsizetype k) -> qsizetype {
        if (!t[k].word || !t[k].capital || t[k].folded.isEmpty())
            return -1;
        qsizetype n = k + 1;
        QString initials = t[k].folded.left(1);
        while (n < qMin(to, k + 12) && t[n].word && !t[n].digit) {
            if (!notInInitials(t[n].folded))
                initials += t[n].folded.front();
            ++n;
        }
        const bool ok = n > k + 1 && n + 2 < to && t[n].folded == u"("_s
            && (t[n + 2].folded == u")"_s || t[n + 2].folded == u","_s) && acronymToken(t[n + 1])
            && t[n + 1].folded == initials;
        return ok ? n : -1;
    };
    qsizetype k = from;
    while (k < to) {
        if (!isCap(k) && spelled(k) < 0) {
            ++k;
            continue;
        }
        // The capitalised words from `j` on, and those an elided "d'" joins ("Côte d'Ivoire",
        // "Val-d'Oise"): the last of the name.
        auto nameEnd = [&](qsizetype j) {
            for (;;) {
                if (j + 1 < to && isCap(j + 1))
                    ++j;
                else if (j + 2 < to && t[j + 1].folded == u"d"_s && t[j + 2].start == t[j + 1].end + 1
                         && isCap(j + 2))
                    j += 2;
                // "Amérique du Nord", "Afrique du Sud", "Corée du Sud": a part of the world.
                else if (j + 2 < to && t[j + 1].folded == u"du"_s && t[j + 2].capital
                         && (t[j + 2].folded == u"nord"_s || t[j + 2].folded == u"sud"_s
                             || t[j + 2].folded == u"est"_s || t[j + 2].folded == u"ouest"_s))
                    j += 2;
                else
                    return j;
            }
        };
        qsizetype last = nameEnd(k);
        // A long word in capitals before a name is a label the page shouts ("PARTAGER
        // Casablanca-Settat", "EXCLUSIF"), not part of it; an acronym is short ("ONEE", "ANAPEC").
        while (k < last && t[k].text.size() >= 7 && t[k].text.toString().isUpper()
               && !t[k + 1].text.toString().isUpper())
            ++k;
        // An institution's name goes on past its connectors: "Haut-Commissariat au Plan".
        bool institution = false;
        for (qsizetype j = k; j <= last && !institution; ++j)
            institution = institutionHead(t[j].folded);
        if (institution) {
            qsizetype n = last + 1;
            while (n < to
                   && (connector(t[n].folded) || t[n].folded == u"au"_s || t[n].folded == u"aux"_s
                       || t[n].folded == u"la"_s || t[n].folded == u"l"_s)
                   && !t[n].capital)
                ++n;
            if (n > last + 1 && n < to && isCap(n)) {
                last = n;
                while (last + 1 < to && isCap(last + 1))
                    ++last;
            }
        }
        // An institution named with one capital and its complement in lower case is all of it:
        // "l'Office national des aéroports", "l'Office national des chemins de fer", "l'Office de
        // l'aviation civile et des aéroports" are three bodies, not one "Office national". Its
        // adjectives, then nouns after a connector, each with its adjectives; not a verb nor a
        // time ("le Conseil de gouvernement de jeudi").
        if (institution && last == k) {
            auto adjective = [&](qsizetype j) {
                const QString &f = t[j].folded;
                static const QStringList endings
                    = {u"al"_s,    u"ale"_s,  u"aux"_s, u"ales"_s, u"ique"_s, u"ien"_s,
                       u"ienne"_s, u"aire"_s, u"if"_s,  u"ive"_s,  u"el"_s,   u"elle"_s,
                       u"ile"_s,   u"ine"_s,  u"ain"_s, u"aine"_s, u"iste"_s};
                // (Not a verb in -ique: "L'Office des changes explique cette aggravation".)
                static const Words verbs
                    = words({"explique", "expliquent", "indique", "indiquent", "communique", "communiquent",
                             "applique", "appliquent", "revendique", "revendiquent", "replique", "critique",
                             "critiquent"});
                // (Plural too: "l'Union socialiste des forces populaires".)
                const QString singular = f.endsWith(u's') ? f.chopped(1) : f;
                return t[j].word && !t[j].capital && f.size() > 3 && !verbs.contains(f)
                    && std::any_of(endings.begin(), endings.end(),
                                   [&singular](const QString &e) { return singular.endsWith(e); });
            };
            qsizetype j = k + 1;
            while (j < to && adjective(j))
                ++j;
            qsizetype end = j - 1;
            for (int groups = 0; groups < 3 && j < to; ++groups) {
                qsizetype n = j;
                if (n < to && t[n].folded == u"et"_s)
                    ++n;
                if (!(n < to
                      && (connector(t[n].folded) || t[n].folded == u"au"_s || t[n].folded == u"aux"_s)))
                    break;
                ++n;
                if (n < to && (t[n].folded == u"l"_s || t[n].folded == u"la"_s))
                    ++n;
                if (!(n < to && t[n].word && !t[n].capital && !t[n].digit && t[n].folded.size() > 2
                      && !auxiliaryOrRelative(t[n].folded) && !frameNoun(t, n) && !isMonth(t[n].folded)
                      && !determiner(t[n].folded)))
                    break;
                ++n;
                while (n < to && adjective(n))
                    ++n;
                end = n - 1;
                j = n;
            }
            if (end > k)
                last = end;
        }
        // A name written with one capital and lowercase words, then its figure or its acronym
        // in brackets, is all of them: "le Rassemblement national des indépendants (37 sièges)",
        // "le Mouvement populaire (27 sièges)".
        // (Not a sentence's first word: "Suivent les tumeurs malignes (2,1 milliards)".)
        if (!institution && last == k && k > from && t[k - 1].word && k + 1 < to
            && !connector(t[k + 1].folded) && !determiner(t[k + 1].folded)) {
            qsizetype n = k + 1;
            while (n < qMin(to, k + 6) && t[n].word && !t[n].capital && !t[n].digit
                   && !auxiliaryOrRelative(t[n].folded))
                ++n;
            if (n > k + 1 && n + 1 < to && t[n].folded == u"("_s
                && (t[n + 1].digit || (t[n + 1].word && t[n + 1].text.toString().isUpper())))
                last = n - 1;
        }
        // "selon", "d'après", "par", "citant", "les données de": a source, not an owner; not a
        // rank ("suivi par le Mouvement populaire").
        // And a name coordinated with a source or the speaker before it: "ont annoncé Bank
        // Al-Maghrib (BAM) et l'Agence nationale de la conservation foncière…".
        bool source = false;
        if (sourceEnd >= 0 && sourceEnd < k) {
            qsizetype j = sourceEnd + 1;
            if (j + 2 < k && t[j].folded == u"("_s && t[j + 2].folded == u")"_s)
                j += 3;
            if (j < k && t[j].folded == u"et"_s) {
                ++j;
                if (j < k && determiner(t[j].folded))
                    ++j;
                source = j == k;
            }
        }
        for (qsizetype j = qMax(from, k - 3); j < k; ++j) {
            const QString &w = t[j].folded;
            // ("les données du HCP"; not "les chiffres annoncés placent Bassirou Diomaye Faye").
            const bool data = (w == u"donnees"_s || w == u"chiffres"_s || w == u"statistiques"_s)
                && connector(t[j + 1].folded);
            // (Not in an incise: "Le régime AMO Tadamon, financé par l'Etat, coûte…" is the
            // régime's.)
            const bool agent = w == u"par"_s && j > 0 && t[j - 1].word && handlingParticiple(t[j - 1].folded)
                && !(j > 1 && t[j - 2].folded == u","_s);
            if (w == u"selon"_s || w == u"apres"_s || w == u"citant"_s || data
                || (w == u"par"_s && !(j > 0 && rankedBy(t[j - 1].folded)) && !agent))
                source = true;
        }
        // A name deeper in the phrase "selon" opens: "Selon une note de l'institution de Lahlimi,".
        // So is the audience one speaks before, in a phrase that opens the sentence: "Devant la
        // commission des finances de la Chambre des représentants, le ministre a indiqué…" (not
        // what one ranks ahead of: "se plaçant devant l'Union constitutionnelle qui a 19 sièges").
        for (qsizetype j = k - 1; j >= qMax(from, k - 12) && !source; --j) {
            if (t[j].digit || t[j].folded == u","_s || t[j].folded == u";"_s)
                break;
            source = t[j].folded == u"selon"_s
                || (t[j].folded == u"devant"_s && (j == from || (j == from + 1 && !t[from].word)));
        }
        // And the names that phrase enumerates: "selon des données des membres de l'APC, à savoir
        // Asment Temara, Ciments de l'Atlas, Ciments du Maroc et LafargeHolcim Maroc".
        for (qsizetype j = k - 1; j >= qMax(from + 2, k - 40) && !source; --j) {
            if (t[j].digit || t[j].folded == u";"_s)
                break;
            if (t[j].folded != u"savoir"_s || t[j - 1].text != u"à"_s || t[j - 2].folded != u","_s)
                continue;
            for (qsizetype i = j - 3; i >= qMax(from, j - 15) && !source; --i) {
                if (t[i].digit || t[i].folded == u","_s || t[i].folded == u";"_s)
                    break;
                source = t[i].folded == u"selon"_s;
            }
            break;
        }
        // A name that reports is a source too: "Les Inspirations Eco en fait le constat", "Le
        // Matin rapporte que", "L'Economiste a indiqué".
        for (qsizetype j = last + 1; j < qMin(to, last + 6) && !source; ++j)
            source = sourceReportsAt(t, j);
        // So is a name after its verb: "révèle dimanche 26 novembre l'Office national des
        // statistiques (ONS)" (not "indique que le Maroc": what follows "que" is reported).
        // Only a date and an article between them ("annonce mercredi à Rabat" is where).
        for (qsizetype j = k - 1; j >= qMax(from, k - 7) && !source; --j) {
            const QString &w = t[j].folded;
            source = sourceReportsAt(t, j);
            if (!(t[j].digit || isWeekday(w) || isMonth(w) || w == u"l"_s || w == u"le"_s || w == u"la"_s
                  || w == u"les"_s || w == u"ce"_s || w == u"dernier"_s))
                break;
        }
        // A title of the press: "rappelle le magazine Challenge", "selon le quotidien Le Matin",
        // "la Radio nationale"; and where one speaks: "sur les ondes de la chaîne III", "au micro
        // de", "à l'antenne de", "sur le plateau de".
        for (qsizetype j = qMax(from, k - 2); j <= k && !source; ++j)
            source = pressNoun(t[j].folded);
        for (qsizetype j = qMax(from, k - 4); j < k && !source; ++j) {
            const QString &w = t[j].folded;
            source = (w == u"ondes"_s || w == u"micro"_s || w == u"antenne"_s || w == u"plateau"_s)
                && j + 1 < k && connector(t[j + 1].folded);
        }
        // Nor the meeting one speaks at: "lors d'une réunion mardi à la Chambre des représentants",
        // "la réunion du Comité directeur", "en commission de la Chambre des représentants", "une
        // conférence de presse à Rabat" (only a day and the words that join them between).
        for (qsizetype j = k - 1; j >= qMax(from, k - 6) && !source; --j) {
            static const Words meetings = words({"reunion", "seance", "conference", "commission", "session",
                                                 "rencontre", "forum", "colloque", "seminaire", "atelier"});
            const QString &w = t[j].folded;
            if (meetings.contains(w) && !t[j].capital) {
                source = true;
                break;
            }
            if (!(connector(w) || complementArticle(w) || determiner(w) || isWeekday(w) || w == u"a"_s
                  || w == u"au"_s || w == u"en"_s
                  || (w == u"presse"_s && j > 0 && connector(t[j - 1].folded))))
                break;
        }
        // Acronyms alone ("HCP", "MW", "BTP") are institutions, units or sectors, not places.
        bool acronyms = true;
        for (qsizetype j = k; j <= last; ++j)
            acronyms = acronyms && t[j].text.toString().isUpper();
        const QString name = labelOf(t, k, last, text);
        const QString folded = TextUtil::fold(name);
        // A sentence's first word followed by an article or a preposition is a common word
        // ("Suivant le HCP", "Feuille de route"), a name is followed by its verb.
        // An adverb opening it ("Concrètement, la production…") neither.
        bool first = true; // nothing but punctuation before it: "« Beaucoup de commerçants"
        for (qsizetype j = from; j < k && first; ++j)
            first = !t[j].word && !t[j].digit;
        // A word of discourse before a colon neither: "Problème : 36 000 spectateurs étaient bien
        // présents", "Bilan :", "Rappel :" (a place may open so: "Rabat : …").
        static const Words discourse
            = words({"probleme",    "bilan",   "resultat",  "resultats", "objectif",    "conclusion",
                     "explication", "enjeu",   "constat",   "verdict",   "bref",        "attention",
                     "question",    "reponse", "precision", "rappel",    "detail",      "contexte",
                     "exemple",     "note",    "alerte",    "surprise",  "consequence", "paradoxe",
                     "motif",       "raison",  "solution",  "hic",       "ombre",       "revers"});
        const bool rubricWord = first && last == k && k + 1 < to && t[k + 1].folded == u":"_s
            && discourse.contains(t[k].folded);
        // "Côté recettes, …": a topic before a comma neither.
        const bool startsSentence = rubricWord
            || (first && last == k && k + 1 < to
                && (determiner(t[k + 1].folded) || connector(t[k + 1].folded) || t[k + 1].text == u"à"_s
                    || t[k + 1].folded == u"tenu"_s
                    // ("Côté mouvements d'avions, …": the topic's words go on past a preposition.)
                    || (t[k].folded == u"cote"_s && t[k + 1].word && !t[k + 1].capital)
                    // ("Concrètement,", "Citant, à ce propos, …": an adverb or a participle.)
                    || ((t[k].folded.endsWith(u"ment") || t[k].folded.endsWith(u"ant"))
                        && t[k + 1].folded == u","_s)
                    || (k + 2 < to && t[k + 1].word && !t[k + 1].capital && t[k + 2].folded == u","_s)
                    // ("Viennent ensuite les volumes…": a verb in the plural, inverted.)
                    || (k + 2 < to && t[k].folded.endsWith(u"ent"_s) && !t[k].folded.endsWith(u"ment"_s)
                        && t[k + 1].word && !t[k + 1].capital && determiner(t[k + 2].folded))));
        // A dateline is where the article was written, not what its figures are of: "Rabat -
        // Le taux…", "Casablanca, 3 mars (MAP) -", "Fès, le 3 mars 2024.".
        auto at = [&](qsizetype j) {
            return j < to ? QStringView(t[j].folded) : QStringView();
        };
        auto isDash = [&](qsizetype j) {
            return at(j) == u"-"_s || at(j) == u"\u2013"_s || at(j) == u"\u2014"_s;
        };
        const bool dash = isDash(last + 1);
        // "Abidjan, Côte d'Ivoire, le 25-3-2024": the city's country may follow it.
        qsizetype place = last;
        if (at(last + 1) == u","_s && last + 2 < to && isCap(last + 2)) {
            const qsizetype country = nameEnd(last + 2);
            if (at(country + 1) == u","_s || isDash(country + 1))
                place = country;
        }
        // The day: "3 mars", "le 3 mars", "le 25-3-2024", "25/03/2024".
        const qsizetype day = at(place + 2) == u"le"_s ? place + 3 : place + 2;
        const bool dated = at(place + 1) == u","_s && day < to && t[day].digit
            && ((t[day].text.size() <= 2 && isMonth(at(day + 1).toString())) || numericDate(t[day].text));
        const bool dateline = first && (dash || dated || (place > last && isDash(place + 1)));
        if (dateline)
            last = place;
        // A short word right after a figure is its unit ("9 720 GWh", "10 Mds"), not a name.
        // Nor a unit's abbreviation in parentheses: "13,7 millions de tonnes (Mt)".
        // Nor a unit a price is per: "700 F/Kg".
        const bool unit = last == k && k > from && t[k].text.size() <= 5
            && (t[k - 1].digit
                || ((t[k - 1].folded == u"("_s && k + 1 < to && t[k + 1].folded == u")"_s)
                    && !MeasureUnits::at(t[k].text, 0).canonical.isEmpty())
                || (t[k - 1].folded == u"/"_s && t[k].text.size() <= 3));
        // One capitalised word with a common noun for complement is a common noun written with
        // a capital ("Gaz de pétrole", "Feuille de route", "Stations de transfert"); an
        // institution is named so ("Office des changes").
        const bool common = last == k && !institution && k + 2 < to && connector(t[k + 1].folded)
            && contentWord(t[k + 2]) && !isMonth(t[k + 2].folded) && !frameNoun(t, k + 2);
        // A people doing something is a group, not a place: "les Marocains résidant à l'étranger",
        // "des Français vivant en Espagne".
        // Its place too: "des Marocains Résidant à l'Étranger" names no place "Étranger".
        if (k + 1 < to && peopleAt(t, k) && !institution) {
            qsizetype end = k + 1;
            peopleKey(t, k, end);
            k = end + 1;
            continue;
        }
        // "le séisme d'Al Haouz", "les inondations de Safi": the place names the event, and the
        // figures said of it are not that place's (the areas it struck are named as such).
        // (And a name followed by a year is an edition's: "Le Bac 2023", "le Baccalauréat 2022".)
        const bool yearAfter = last + 1 < to && t[last + 1].digit && t[last + 1].text.size() == 4
            && t[last + 1].text.toInt() >= 1900 && t[last + 1].text.toInt() <= 2100;
        // (The event's noun capitalised with it, as a title writes it: "Séisme d'Al Haouz : …",
        // "Séisme Al Haouz : 91 % des logements reconstruits".)
        const bool eventName = (k >= from + 2 && (connector(t[k - 1].folded) || t[k - 1].folded == u"en"_s)
                                && TextUtil::isEventNoun(t[k - 2].folded))
            || (last > k && TextUtil::isEventNoun(t[k].folded)) || yearAfter;
        // "(hors Mayotte)": what the figure leaves out; "pour la « Santé »": a category.
        // "Les ports méditerranéens, de Tanger à Saïdia, ont enregistré…": the two ends of a span
        // of places, neither of which the figures are of.
        const bool spanEnd
            = (k >= from + 3 && t[k - 1].folded == u"a"_s && t[k - 1].text == u"à"_s && t[k - 2].word
               && t[k - 2].capital && (t[k - 3].folded == u"de"_s || t[k - 3].folded == u"d"_s))
            || (k > from && (t[k - 1].folded == u"de"_s || t[k - 1].folded == u"d"_s) && last + 2 < to
                && t[last + 1].text == u"à"_s && t[last + 2].word
                && t[last + 2].capital
                // (Also after the common noun of what spans: "les ports situés sur la côte de
                // Tanger à Saïdia".)
                && (k < from + 2 || !t[k - 2].word || !t[k - 2].capital));
        // "le parti de la Lampe", "le parti du Tracteur": a party known by its symbol, a common
        // word capitalised, is the party the text named before, not an owner of its own (not "le
        // parti de la Justice et du développement": the name goes on).
        const auto partyHead = [&t](qsizetype j) {
            return !t[j].capital && (t[j].folded == u"parti"_s || t[j].folded == u"formation"_s);
        };
        const bool symbol = last == k && k >= from + 2
            && (last + 1 >= to || (t[last + 1].folded != u"et"_s && !connector(t[last + 1].folded)))
            && ((t[k - 1].folded == u"du"_s && partyHead(k - 2))
                || (k >= from + 3 && complementArticle(t[k - 1].folded) && t[k - 2].folded == u"de"_s
                    && partyHead(k - 3)))
            && FrenchLexicon::system().contains(t[k].folded);
        const bool excluded = spanEnd || symbol || inQuotedCategories(t, k, from)
            || (k > from && (t[k - 1].folded == u"hors"_s || t[k - 1].folded == u"excepte"_s))
            || (k >= from + 2 && t[k - 2].folded == u"pour"_s && quotedCategory(t, k - 1, to) == k - 1)
            || (k >= from + 3 && t[k - 3].folded == u"pour"_s && quotedCategory(t, k - 2, to) == k - 1);
        // ", président de la République algérienne": the title of a person named before, not what
        // the figures are of.
        // Nor the name of a person's coalition, party or list, right after its kind: "l'opposant
        // Bassirou Diomaye Diakhar Faye de la coalition Diomaye Président est sorti vainqueur".
        // (Past the words of the name a person's own name shares: "Diomaye".)
        static const Words affiliations = words({"coalition", "parti", "liste", "alliance"});
        qsizetype a = k - 1;
        while (a > from && a >= k - 3 && t[a].word && t[a].capital)
            --a;
        const bool title = titleComplement(t, from, k)
            || (a >= from + 3 && affiliations.contains(t[a].folded)
                && ((t[a - 1].folded == u"du"_s && t[a - 2].word && t[a - 2].capital)
                    || (a >= from + 3 && complementArticle(t[a - 1].folded) && t[a - 2].folded == u"de"_s
                        && t[a - 3].word && t[a - 3].capital)));
        // A name followed by its acronym is known by it: "le Rassemblement national des
        // indépendants (RNI)" is the "RNI" of other sentences and articles. Not the acronym of
        // a longer name the name ends ("la Situation des charges et ressources du Trésor (SCRT)":
        // the acronym begins with the initial of the name, or of the names a connector joins to it:
        // "le Rassemblement National des Indépendants (RNI)").
        QString known = name;
        qsizetype end = last;
        if (!acronyms && last + 3 < to && t[last + 1].folded == u"("_s
            && (t[last + 3].folded == u")"_s || t[last + 3].folded == u","_s) && acronymToken(t[last + 2])) {
            qsizetype whole = k; // the first word of the names joined by connectors
            // ("le Parti de la Justice et du Développement (PJD, 12 sièges)", "du Parti du Progrès
            // et du Socialisme (PPS, 20 sièges)": "et", a connector and an article between them.)
            for (;;) {
                qsizetype j = whole - 1;
                bool joined = false; // by a connector
                while (j > from && whole - j <= 3
                       && (connector(t[j].folded) || complementArticle(t[j].folded) || t[j].folded == u"le"_s
                           || t[j].folded == u"et"_s)) {
                    joined = joined || connector(t[j].folded);
                    --j;
                }
                if (j == whole - 1 || j < from || !isCap(j) || !joined)
                    break;
                whole = j;
                while (whole > from && isCap(whole - 1))
                    --whole;
                // (Not an article capitalised after a dateline: "date 2021-09 Le Rassemblement
                // National des Indépendants (RNI)".)
                if (whole < k && determiner(t[whole].folded))
                    ++whole;
            }
            if (t[last + 2].folded.front() == t[whole].folded.front()) {
                known = t[last + 2].text.toString();
                end = last + 3;
            }
        }
        // A name in lower case after its capital, with connectors, followed by the acronym its
        // words' initials spell: "le Parti de la justice et du développement (PJD)", "le Mouvement
        // de la société pour la paix (MSP)".
        // (Its parentheses may go on: "le Parti authenticité et modernité (PAM, libéraux)".)
        if (!acronyms && known == name) {
            if (const qsizetype n = spelled(k); n > 0) {
                last = n - 1;
                known = t[n + 1].text.toString();
                end = n + 2;
            }
        }
        // "le candidat du MSP, Abdelaali Hassani Cherif, …": the title before the person it names.
        const bool titleBefore = !title && end + 2 < to && t[end + 1].folded == u","_s && t[end + 2].word
            && t[end + 2].capital && titleComplement(t, from, k, false);
        // Nor what a body written in lower case is in charge of, coordinated or not: "le ministère
        // de l'Énergie, du Pétrole et des Mines" names no owner "Mines".
        {
            qsizetype j = k - 1;
            if (j > from && complementArticle(t[j].folded))
                --j;
            if (j > from && connector(t[j].folded)) {
                const qsizetype before = j - 1;
                // (A ministry, not a body of a place: "l'agence de Casablanca".)
                const QString &body = t[before].folded;
                const bool portfolio = (!t[before].capital
                                        && (body == u"ministere"_s || body == u"departement"_s
                                            || body == u"secretariat"_s || body == u"commissariat"_s))
                    || (portfolioEnd >= 0 && before == portfolioEnd + 1
                        && (t[before].folded == u","_s || t[before].folded == u"et"_s));
                if (portfolio) {
                    portfolioEnd = last;
                    k = last + 1;
                    continue;
                }
            }
        }
        if (!source && !acronyms && !startsSentence && !dateline && !eventName && !unit && !common
            && !excluded && !title && !titleBefore && !pluralPeopleAt(t, k) && !namedIn(folded, speaker)
            && !acronymOfOneOf(folded, speaker))
            out.append({k, end, known});
        else if (source || namedIn(folded, speaker))
            sourceEnd = end;
        k = last + 1;
    }
    return out;
}

// Whether a document is named in the few words before token `i`: "son bulletin mensuel des
// statistiques des finances publiques du mois de juin", "la note de conjoncture du mois de mai".
bool documentBefore(const QList<Token> &t, qsizetype i)
{
    static const Words documents = words({"bulletin", "rapport", "note", "notes", "publication", "edition",
                                          "statistiques", "situation", "tableau", "communique"});
    for (qsizetype k = i - 1; k >= 0 && k >= i - 9; --k) {
        if (t[k].digit)
            return false;
        if (documents.contains(t[k].folded))
            return true;
    }
    return false;
}

// A participle that says when something was made public: "les données publiées fin février" were
// published then, and are of any period.
bool publishing(const QString &f)
{
    static const QStringList stems
        = {u"publie"_s, u"diffuse"_s, u"annonce"_s, u"devoile"_s, u"communique"_s, u"rendu"_s};
    return std::any_of(stems.begin(), stems.end(), [&f](const QString &stem) {
        return f.startsWith(stem) && f.size() <= stem.size() + 2
            && QStringView(f).mid(stem.size()).toString().remove(u'e').remove(u's').isEmpty();
    });
}

// The month that "fin" at `k - 1` ends, in "fin mars", "fin de mars" or "fin du mois de mars", when not
// December (a year's end).
bool endOfMonth(const QList<Token> &t, qsizetype k)
{
    if (k + 3 < t.size() && (t[k].folded == u"du"_s || t[k].folded == u"de"_s) && t[k + 1].folded == u"mois"_s
        && (t[k + 2].folded == u"de"_s || t[k + 2].folded == u"d"_s))
        k += 3;
    else if (k + 1 < t.size() && t[k].folded == u"de"_s && isMonth(t[k + 1].folded))
        ++k; // "à la fin de mars"
    return k < t.size() && isMonth(t[k].folded) && t[k].folded != u"decembre"_s;
}

Period periodOf(const QList<Token> &t)
{
    // The words each pattern below starts with: most tokens are none of them.
    static const Words runningStarts = words({"premiers", "premier", "fin", "depuis", "en", "entre", "de"});
    static const Words monthStarts = words({"seul", "mois", "en"});
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QString &f = t[i].folded;
        if (!runningStarts.contains(f) && !f.startsWith(u"cumul") && !f.startsWith(u"janvier-"))
            continue;
        static const QString none;
        const QString &next = i + 1 < t.size() ? t[i + 1].folded : none;
        // (Not a total that a figure right after measures: "une capacité installée cumulée de 305
        // MW" adds up what was built, not the months of a year.)
        const bool cumulative = f.startsWith(u"cumul")
            && !((next == u"de"_s || next == u"d"_s) && i + 2 < t.size() && t[i + 2].digit);
        // ("durant les 9 premiers de l'année", "mois" left out after a number.)
        const bool monthsLeftOut = f == u"premiers"_s && i > 0 && t[i - 1].digit && next == u"de"_s
            && ((i + 2 < t.size() && t[i + 2].folded == u"annee"_s)
                || (i + 3 < t.size() && t[i + 3].folded == u"annee"_s));
        if (monthsLeftOut
            || (f == u"premiers"_s
                && (next == u"mois"_s || (i + 2 < t.size() && t[i + 2].folded == u"mois"_s)))
            || (f == u"premier"_s && next == u"semestre"_s) || cumulative
            || (f == u"fin"_s && !(i > 0 && publishing(t[i - 1].folded)) && endOfMonth(t, i + 1))
            || f.startsWith(u"janvier-") || (f == u"depuis"_s && (next == u"debut"_s || next == u"janvier"_s))
            || (f == u"depuis"_s && next == u"le"_s && i + 2 < t.size() && t[i + 2].folded == u"debut"_s))
            return Period::RunningTotal;
        // "en dix mois": the first months of the year (not twelve: a year); "pendant trois mois"
        // is how long something took.
        if (f == u"en"_s && i + 2 < t.size()) {
            const qsizetype n = i + 1;
            static const Words months
                = words({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                         "2",    "3",     "4",      "5",    "6",   "7",    "8",    "9",    "10",  "11"});
            if (n + 1 < t.size() && months.contains(t[n].folded) && t[n + 1].folded == u"mois"_s)
                return Period::RunningTotal;
        }
        // "entre janvier et novembre 2018", "de janvier à octobre".
        if ((f == u"entre"_s || f == u"de"_s) && next == u"janvier"_s && i + 3 < t.size()
            && (t[i + 2].folded == u"et"_s || t[i + 2].folded == u"a"_s) && isMonth(t[i + 3].folded)
            && t[i + 3].folded != u"janvier"_s && t[i + 3].folded != u"decembre"_s)
            return Period::RunningTotal;
    }
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        const QString &f = t[i].folded;
        if (!monthStarts.contains(f))
            continue;
        const QString &next = t[i + 1].folded;
        // (Not a document's month: "son bulletin mensuel … du mois de juin", "son rapport sur la
        // politique monétaire du mois de juin" are published then, and tell of any period.)
        if ((f == u"seul"_s && next == u"mois"_s)
            || (f == u"mois"_s && (next == u"de"_s || next == u"d"_s) && i + 2 < t.size()
                && isMonth(t[i + 2].folded) && !documentBefore(t, i)))
            return Period::SingleMonth;
        if (f == u"en"_s && isMonth(next))
            return Period::SingleMonth;
    }
    return Period::Unspecified;
}

bool genericUnit(const QString &foldedUnit)
{
    static const Words w = words({"", "personnes", "personne", "individus", "unites", "fois", "habitants"});
    return w.contains(foldedUnit);
}

// One article's reading: the sentences, periods and owners it reads once, and the state carried
// from figure to figure (what the paragraph measures, whose it is).
class ArticleReading
{
public:
    explicit ArticleReading(const Article &article);
    // The measure of claim `ci`, or nothing when its words name none.
    std::optional<Measure> read(int ci);

private:
    // The figure's place in its sentence's tokens.
    struct Figure
    {
        Figure(const Claim &c, const QList<Sentence> &list, int si)
            : claim(c)
            , sentences(list)
            , sentence(si)
            , t(list[si].tokens)
        { }

        const Claim &claim;
        const QList<Sentence> &sentences;
        int sentence = -1;
        const QList<Token> &t;
        qsizetype first = -1; // the figure's first and last tokens
        qsizetype last = -1;
        qsizetype after = -1; // the token after its unit's words
        qsizetype clauseStart = 0; // the clause between delimiters around it
        qsizetype clauseEnd = 0;
        QString foldedUnit;
    };

    const QList<Sentence> &sentences(int p);
    const QList<Period> &periodsBefore(int p, const QList<Sentence> &list);
    Period periodAtEnd(int p) const;
    const QStringList &ownersBefore(int p, const QString &speaker, const QList<Sentence> &list);
    static int sentenceOf(const QList<Sentence> &list, qint32 at);
    int bodyParagraphBefore(int p) const;
    static qsizetype unitEnd(const Claim &c, const QList<Token> &t, qsizetype after);
    static void clauseAround(Figure &f);
    Scope scopeOf(const Figure &f) const;
    qsizetype listedChange(const Figure &f) const;
    int spanOfChange(const Figure &f, int paragraph);
    bool isDecrease(const Figure &f) const;
    static bool incrementWordAround(const Figure &f);
    void readEvent(const Figure &f, Measure &m) const;
    static void readEventBefore(const Figure &f, const QString &key, Measure &m);
    Phrase countedNoun(const Figure &f, bool &countNoun) const;
    Phrase topicOf(const Figure &f, bool (*head)(const QString &)) const;
    Phrase subject(const QList<Token> &t, qsizetype from, qsizetype to) const;
    Phrase share(const Figure &f) const;
    QString acronymWinner(const Figure &f) const;
    QString personWinner(const Figure &f) const;
    QString onlyPersonBefore(const Figure &f) const;
    QString onlyPersonIn(const QList<Token> &t, qsizetype end, bool anyName = false) const;
    bool wonWithRate(const Figure &f) const;
    QString agentWinner(const Figure &f) const;
    QString rankedListItem(const Figure &f, const QString &speaker) const;
    bool personLike(const QList<Token> &t, qsizetype from, qsizetype to) const;
    Phrase participleAntecedent(const Figure &f) const;
    // `namedNext`: the noun is the next sentence's ("40 milliards. C'est le montant de…").
    Phrase measuredNoun(const Figure &f, const Measure &m, bool &countNoun, bool &namedNext,
                        Phrase &group) const;
    Phrase rateBefore(const Figure &f) const;
    Phrase ellipticSubject(const Figure &f) const;
    bool achievement(const Figure &f, const Phrase &noun) const;
    Phrase participleRate(const Figure &f) const;
    Phrase achieved(const Figure &f, const Phrase &paragraphNoun) const;
    QString owner(const Figure &f);
    QString respectiveOwner(const Figure &f, const QList<ProperNoun> &names) const;
    struct FigureList
    {
        qsizetype start;
        int index;
        int count;
    };
    FigureList listAround(const Figure &f) const;
    FigureList pairedList(const Figure &f) const;
    QList<std::pair<qsizetype, qsizetype>> figuresNear(const Figure &f) const;
    Phrase respectiveNoun(const Figure &f, const Phrase &noun) const;
    QList<Phrase> coordinatedComplements(const QList<Token> &t, const Phrase &noun) const;
    Phrase listedComplement(const Figure &f, const Phrase &noun) const;
    bool valuesOfItemsBefore(const Figure &f) const;
    // The acronyms the article defines, folded → what they stand for (readAcronyms()).
    QHash<QString, Phrase> m_acronyms;
    void readAcronyms();
    Phrase demonstrativeNoun(const Figure &f, int paragraph, int sentence) const;
    Phrase possessedNoun(const Figure &f, const Phrase &noun) const;
    Phrase pointedComplement(const Figure &f, const Phrase &noun) const;
    Phrase changedInParentheses(const Figure &f) const;
    qsizetype coordinatedClause(const Figure &f, qsizetype from) const;
    Phrase demonstrativeHead(const Figure &f, const QString &head, int paragraph, int sentence,
                             bool pastClause = false, bool paragraphBefore = false) const;
    // The last run of figures found longer than a list (paragraph, sentence, first and last
    // tokens): each of its figures is read alone without walking it again.
    struct LongRun
    {
        int paragraph = -1;
        int sentence = -1;
        qsizetype first = -1;
        qsizetype last = -1;
    };
    mutable LongRun m_longRun;
    // The names of the sentence read last, for the speaker given: each of a sentence's figures
    // asks for them, and a sentence of thousands of figures is read once.
    struct SentenceNames
    {
        int paragraph = -1;
        int sentence = -1;
        qsizetype tokens = -1;
        QString speaker;
        QList<ProperNoun> names;
    };
    SentenceNames m_sentenceNames;
    mutable qsizetype m_figureHint = -1; // the claim figureAt() found last
    void readBreakdown(const Figure &f, Measure &m) const;
    bool respectiveCategory(const Figure &f, Measure &m) const;
    void peopleGroup(const QList<Token> &t, qsizetype k, Measure &m) const;
    const Claim *figureAt(qsizetype at) const;
    bool sharesGroup(const Figure &f, qsizetype before, Scope scope) const;

    // The figure read last: a change in parentheses right after it measures what it measures
    // ("une hausse des ventes de basse tension de 5,9 % (après +3 % à fin mai 2018)").
    struct Previous
    {
        int paragraph = -1;
        int sentence = -1;
        qsizetype last = -1;
        Phrase phrase;
        ClaimKind kind = ClaimKind::Other;
        Scope scope = Scope::Whole;
        QString breakdown;
        QString breakdownLabel;
        QString owner;
        QString event;
        QString eventLabel;
        bool value = false; // an amount that is the value of the quantity before it
    } m_previous;
    Previous m_lastChange; // the last change the paragraph measured, of a named measure
    const Article &m_article;
    int m_sentencesOf = -1; // the paragraph whose sentences m_sentences holds
    QList<Sentence> m_sentences;
    // Words the article writes in lower case somewhere: capitalised elsewhere, they start a
    // sentence or a title, they do not name anything.
    WordSet m_lowercase;
    QString m_titleOwner;
    // The people the article quotes, folded and joined: a person who speaks is never what a
    // figure belongs to ("Akhannouch — élèves").
    QString m_people;
    QStringList m_peopleList; // the same, one by one
    // Claims that start an evolution ("passant de 11,8 % à 13 %"): levels, not changes.
    QSet<qint32> m_evolutionStarts;
    // Per paragraph, per sentence: the period its sentence or the nearest earlier one names
    // (read once per paragraph, not once per figure).
    QHash<int, QList<Period>> m_periods;
    // Per paragraph and speaker, per sentence: the last proper noun of that sentence or the
    // nearest earlier one that names any (read once, not once per figure).
    QHash<std::pair<int, QString>, QStringList> m_owners;
    QHash<int, ParagraphState> m_states;
    // The one-word units of the article's counts, folded and singular ("3 décès", "1 décès" make "6
    // cas de décès" deaths), read the first time a figure asks.
    mutable std::optional<QSet<QString>> m_countUnits;
    const QSet<QString> &countUnits() const;
    // What cases of `complement` count: that noun when the article counts by it ("6 cas de décès"
    // beside "3 décès"), else cases.
    QString casesOf(const QString &complement) const;
    // The rate the article named ("le taux de réussite"), when it named one only (m_namedRates is
    // then 1): a rate of nothing named in a sentence of its own is that one.
    Phrase m_namedRate;
    int m_namedRates = 0;
    QSet<int> m_leadRunning; // year * 16 + month
    // Whether a change the text does not date (dated to the publication) follows a lead's running
    // total of the month before: "Le Trésor dégage à fin novembre un déficit…" in a December
    // article, then "les recettes ordinaires sont en hausse de 8,6 %" are of the same months.
    bool leadRunningBefore(const Claim &c) const
    {
        const PartialDate &published = m_article.published;
        if (!published.hasMonth() || c.asOf.year != published.year || c.asOf.month != published.month)
            return false;
        const int before = published.month == 1 ? (published.year - 1) * 16 + 12
                                                : published.year * 16 + published.month - 1;
        return m_leadRunning.contains(before);
    }
    struct
    {
        int paragraph = -1;
        int sentence = -1;
        Phrase phrase;
        Phrase whole; // of the last whole figure read
        qsizetype wholeLast = -1;
    } m_sentenceNoun; // the measure of the last figure read, not a change
    struct
    {
        int paragraph = -1;
        int sentence = -1;
        QHash<QString, Phrase> byUnit;
    } m_sentenceWholes; // the measure of the sentence's last whole figure in each unit
};

// The sentences of paragraph `p` and the period each names, read from their own words.
QList<std::pair<TextSpan, Period>> sentencePeriods(const Article &article, int p)
{
    QList<std::pair<TextSpan, Period>> out;
    for (const TextSpan &span : ClaimContext::sentences(article, p))
        out.append({span, periodOf(tokenize(article.text, span.start, span.end))});
    return out;
}

// Where the article's text writes its title: as given, or as one of its first paragraphs that
// differs from it only by apostrophes, accents, case or spaces (a manifest's "l'AIVAM" over the
// page's "l’AIVAM"); empty when the text does not write it (a title described from the URL).
TextSpan titleSpan(const Article &article)
{
    if (article.title.isEmpty())
        return {};
    const qsizetype at = article.text.indexOf(article.title);
    if (at >= 0)
        return {at, at + article.title.size()};
    const QString title = TextUtil::fold(TextUtil::simplified(article.title));
    for (qsizetype p = 0; p < qMin<qsizetype>(3, article.paragraphs.size()); ++p) {
        const Paragraph &para = article.paragraphs[p];
        if (para.length() < article.title.size() + 8
            && TextUtil::fold(TextUtil::simplified(article.paragraphText(int(p)))) == title)
            return {para.start, para.end};
    }
    return {};
}

// Whether the article's body writes `word` (as a whole word, case and accents as given)
// elsewhere than in its title (not the page's furniture: a teaser "Santé publique : 1.350
// médecins recrutés" under "Santé : la CNSS va ouvrir 27 agences").
bool writtenOutsideTitle(const Article &article, const QString &word)
{
    const QString &text = article.text;
    const TextSpan title = titleSpan(article);
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (title.end > title.start && at >= title.start && at < title.end)
            continue;
        if (const int p = article.paragraphAt(at); p >= 0 && article.paragraphs[p].isBoilerplate())
            continue;
        const qsizetype end = at + word.size();
        if ((at == 0 || !text[at - 1].isLetterOrNumber())
            && (end == text.size() || !text[end].isLetterOrNumber()))
            return true;
    }
    return false;
}

const QSet<QString> &ArticleReading::countUnits() const
{
    if (!m_countUnits) {
        QSet<QString> units;
        QSet<QString> seen; // each unit as written read once
        for (const Claim &c : m_article.claims) {
            if (c.kind == ClaimKind::Count && !c.unit.isEmpty() && c.unit.size() <= 40
                && c.unit.front().isLower() && !c.unit.contains(u' ') && !seen.contains(c.unit)) {
                seen.insert(c.unit);
                units.insert(MeasureReader::singular(TextUtil::fold(c.unit)));
            }
        }
        m_countUnits = std::move(units);
    }
    return *m_countUnits;
}

QString ArticleReading::casesOf(const QString &complement) const
{
    return complement != u"cas"_s && countUnits().contains(complement) ? complement : QStringLiteral("cas");
}

ArticleReading::ArticleReading(const Article &article)
    : m_article(article)
{
    m_lowercase = lowercaseWords(article);
    readAcronyms();
    QStringList people;
    QSet<QString> speakers; // each speaker read once, not once per figure
    for (const Claim &c : article.claims) {
        if (c.speaker.isEmpty() || speakers.contains(c.speaker))
            continue;
        speakers.insert(c.speaker);
        if (TextUtil::looksLikePersonName(c.speaker)) {
            const QString folded = TextUtil::fold(c.speaker);
            if (!people.contains(folded))
                people.append(folded);
        }
    }
    // And the people it introduces with a role, whether they speak or act ("le Chef du
    // gouvernement, Aziz Akhannouch, a présidé…", a title "Akhannouch préside…"): never owners.
    // (Extraction has read them, unless the claims come from elsewhere.)
    QStringList withRoles;
    if (article.peopleWithRoles) {
        withRoles = *article.peopleWithRoles;
    } else {
        SpeakerResolver speakers;
        QList<QStringView> texts;
        for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
            if (!article.paragraphs[p].isBoilerplate())
                texts.append(article.paragraphText(int(p)));
        }
        speakers.learnAll(texts);
        withRoles = speakers.peopleWithRoles();
    }
    for (const QString &name : std::as_const(withRoles)) {
        const QString folded = TextUtil::fold(name);
        if (!people.contains(folded))
            people.append(folded);
    }
    m_people = people.join(u'|');
    m_peopleList = people;
    QList<Token> titleTokens = tokenize(article.title, 0, article.title.size());
    // A title's rubric before a colon that is a common word of French, which the body never writes
    // with its capital, is the title's topic, read as the common word it is wherever the article
    // writes it ("Automobile : les statistiques de l'AIVAM", "Banques : hausse annuelle de 9 % des
    // crédits"); a place is a name ("Marrakech : …", "Tunisie : …" over a body that never writes
    // it), and so is a common word the body writes as one ("Rabat : …").
    if (titleTokens.size() > 1 && titleTokens[0].word && titleTokens[0].capital
        && titleTokens[1].folded == u":"_s && FrenchLexicon::system().contains(titleTokens[0].folded)
        && !writtenOutsideTitle(article, titleTokens[0].text.toString()))
        m_lowercase.insert(titleTokens[0].folded);
    readTitleCase(titleTokens, m_lowercase);
    QList<ProperNoun> names
        = properNouns(titleTokens, 0, titleTokens.size(), m_people, article.title, m_lowercase);
    // A title's first word is capitalised as any sentence's: followed by a common word, and
    // never written by the body, it is one ("Forte baisse de la facture pétrolière"); a rubric
    // before a colon is a name ("Marrakech : les nuitées en hausse"; not a common word: above).
    if (!names.isEmpty() && names.first().first == 0 && names.first().last == 0 && titleTokens.size() > 1
        && titleTokens[1].word && !titleTokens[1].capital
        && !writtenOutsideTitle(article, names.first().text))
        names.removeFirst();
    // A person the title names with a role, or elected to one, owns nothing of the article's
    // figures: "… : Abdelmadjid Tebboune proclamé président", "Tebboune réélu avec 84,30 %"
    // (what a person wins is theirs in its own sentence: personWinner()).
    // Nor does a name alone in parentheses: the title's source ("… se sont repliés de 1,0 %
    // (Ansd)", "… en hausse de 2 % (HCP)").
    names.removeIf([&titleTokens](const ProperNoun &n) {
        return n.first > 0 && n.last + 1 < titleTokens.size() && titleTokens[n.first - 1].folded == u"("_s
            && titleTokens[n.last + 1].folded == u")"_s;
    });
    names.removeIf([&titleTokens](const ProperNoun &n) {
        static const Words elected = words({"elu", "elue", "reelu", "reelue", "proclame", "proclamee",
                                            "nomme", "nommee", "designe", "designee", "investi", "investie"});
        const qsizetype next = n.last + 1;
        // (Or who wins: "la victoire de Bassirou Diomaye Faye confirmée", "Tebboune remporte…".)
        static const Words victory = words({"victoire", "election", "reelection", "triomphe", "sacre"});
        const bool won
            = (n.first >= 2 && victory.contains(titleTokens[n.first - 2].folded)
               && (titleTokens[n.first - 1].folded == u"de"_s || titleTokens[n.first - 1].folded == u"d"_s))
            || (next < titleTokens.size() && !titleTokens[next].capital && winWord(titleTokens[next].folded));
        return won
            || (next < titleTokens.size() && titleTokens[next].word && !titleTokens[next].capital
                && (elected.contains(titleTokens[next].folded)
                    || SpeakerResolver::isRoleHead(titleTokens[next].folded)));
    });
    if (!names.isEmpty())
        m_titleOwner = names.first().text;
    // "Emploi : le Maroc perd du terrain": a rubric before a colon, when the title names another.
    if (names.size() > 1 && names.first().first == 0 && names.first().last + 1 < titleTokens.size()
        && titleTokens[names.first().last + 1].folded == u":"_s)
        m_titleOwner = names[1].text;
    // "Al Haouz : Akhannouch préside la 12ème réunion…" over a body that writes the place only as
    // what an event or its repair is of ("la reconstruction d'Al Haouz", "le séisme d'Al Haouz"):
    // the title names the disaster, not whose figures they are.
    if (!m_titleOwner.isEmpty() && m_titleOwner.size() >= 3) {
        const QString &text = article.text;
        const qsizetype bodyStart = titleSpan(article).end;
        int asEvent = 0;
        int otherwise = 0;
        for (qsizetype at = text.indexOf(m_titleOwner, bodyStart); at >= 0 && otherwise == 0;
             at = text.indexOf(m_titleOwner, at + m_titleOwner.size())) {
            const QList<Token> before = tokenize(text, qMax<qsizetype>(0, at - 40), at);
            const qsizetype n = before.size();
            const bool of = n >= 2
                && (before[n - 1].folded == u"de"_s || before[n - 1].folded == u"d"_s
                    || before[n - 1].folded == u"du"_s);
            const QString &noun = n >= 2 ? before[n - 2].folded : QString();
            if (of && (TextUtil::isEventNoun(noun) || noun == u"reconstruction"_s || noun == u"sinistres"_s))
                ++asEvent;
            else
                ++otherwise;
        }
        if (asEvent > 0 && otherwise == 0)
            m_titleOwner.clear();
    }
    for (const Claim &c : article.claims) {
        if (c.changeOf >= 0)
            m_evolutionStarts.insert(c.changeOf);
    }
    // The months the lead's running totals are dated to ("durant les dix premiers mois de 2016"):
    // a later change in percent dated to one of them, whose words name no period, is of that
    // running total ("Le nombre des touristes étrangers a diminué de 3,3 %"); a level or an
    // increment may be of a stock (a plant's capacity, "trois cardiologues supplémentaires").
    int body = 0;
    int paragraph = -1;
    QList<std::pair<TextSpan, Period>> periods;
    for (const Claim &c : article.claims) {
        if (c.paragraph < 0 || c.paragraph >= article.paragraphs.size() || c.boilerplate
            || !c.asOf.hasMonth())
            continue;
        // A lead with no figure of its own that names a running total ("une nette augmentation du
        // trafic passagers sur les dix premiers mois de l'année", then "un total de 10,96 millions
        // de passagers") names the first figure's.
        for (int p = paragraph < 0 ? 0 : c.paragraph; p < c.paragraph && body == 0; ++p) {
            if (article.paragraphs[p].isBoilerplate())
                continue;
            const auto lead = sentencePeriods(article, p);
            if (std::any_of(lead.cbegin(), lead.cend(),
                            [](const auto &s) { return s.second == Period::RunningTotal; }))
                m_leadRunning.insert(c.asOf.year * 16 + c.asOf.month);
        }
        if (c.paragraph != paragraph) {
            if (article.paragraphs[c.paragraph].isBoilerplate() || ++body > 3)
                break;
            paragraph = c.paragraph;
            periods = sentencePeriods(article, paragraph);
        }
        for (const auto &[span, period] : std::as_const(periods)) {
            if (c.start >= span.start && c.start < span.end && period == Period::RunningTotal)
                m_leadRunning.insert(c.asOf.year * 16 + c.asOf.month);
        }
    }
}

void readTitleCase(QList<Token> &t, const WordSet &lowercase)
{
    auto ends = [](const Token &x) {
        return !x.word && !x.digit
            && (x.folded == u"."_s || x.folded == u":"_s || x.folded == u"!"_s || x.folded == u"?"_s
                || x.folded == u"|"_s);
    };
    qsizetype k = 0;
    while (k < t.size()) {
        if (!t[k].word || !t[k].capital) {
            ++k;
            continue;
        }
        qsizetype words = 0;
        qsizetype function = 0;
        qsizetype n = k;
        for (; n < t.size() && !ends(t[n]); ++n) {
            if (!t[n].word)
                continue;
            if (!t[n].capital)
                break;
            if (words > 0 && functionWords().contains(t[n].folded) && !t[n].text.toString().isUpper())
                ++function;
            ++words;
        }
        if (words >= 4 && function >= 2) {
            for (qsizetype j = k; j < n; ++j) {
                Token &x = t[j];
                if (x.word && x.capital && !acronymToken(x)
                    && (functionWords().contains(x.folded) || lowercase.contains(x.folded)
                        || participleLike(x)))
                    x.capital = false;
            }
        }
        k = qMax(n, k + 1);
    }
}

const QList<Sentence> &ArticleReading::sentences(int p)
{
    // Figures are read in their paragraphs' order: only the current paragraph's tokens are
    // kept, not a whole page's (made, kept and freed at once, they cost more than reading them).
    if (p != m_sentencesOf) {
        m_sentences.clear();
        for (const TextSpan &s : ClaimContext::sentences(m_article, p)) {
            QList<Token> tokens = tokenize(m_article.text, s.start, s.end);
            readTitleCase(tokens, m_lowercase);
            m_sentences.append({s.start, s.end, std::move(tokens)});
        }
        m_sentencesOf = p;
    }
    return m_sentences;
}

// A paragraph that opens on an anaphor continues the one before: "Cette dynamique s'est
// nourrie de…", "Ces chiffres…", "A la même période, …".
bool opensOnAnaphor(const QList<Token> &t)
{
    // (After a preposition too: "Dans cette évolution, les tirages se sont établis à 24,9 MMDH".)
    const qsizetype d = t.size() >= 3 && t[0].word && preposition(t[0].folded) ? 1 : 0;
    if (t.size() >= d + 2 && demonstrative(t[d].folded) && t[d + 1].word && !t[d + 1].capital
        && !functionWords().contains(t[d + 1].folded) && !frameNoun(t, d + 1))
        return true;
    for (qsizetype k = 1; k + 1 < qMin<qsizetype>(t.size(), 6); ++k) {
        if (t[k].folded == u"meme"_s && (t[k + 1].folded == u"periode"_s || t[k + 1].folded == u"date"_s))
            return true;
    }
    return false;
}

// The period the paragraph `p` ends in, read from its own sentences (whatever was read of it
// before: a long article's paragraphs are read in ranges, and the result must not depend on them).
Period ArticleReading::periodAtEnd(int p) const
{
    const QList<std::pair<TextSpan, Period>> periods = sentencePeriods(m_article, p);
    for (auto s = periods.crbegin(); s != periods.crend(); ++s) {
        if (s->second != Period::Unspecified)
            return s->second;
    }
    return Period::Unspecified;
}

// The body paragraph before `p`, past at most two paragraphs of furniture; -1 when none.
int ArticleReading::bodyParagraphBefore(int p) const
{
    int q = p - 1;
    while (q >= 0 && q > p - 4 && m_article.paragraphs[q].isBoilerplate())
        --q;
    return q >= 0 && !m_article.paragraphs[q].isBoilerplate() ? q : -1;
}

// Whether a sentence's figures are of the period named before: "au cours de cette période",
// "sur cette période".
bool namesThisPeriod(const QList<Token> &t)
{
    for (qsizetype k = 1; k < t.size(); ++k) {
        if (t[k].folded == u"periode"_s && t[k - 1].folded == u"cette"_s)
            return true;
    }
    return false;
}

// Whether a sentence names a whole year, not one of its months: "par rapport à 2023", "en
// 2024", "l'année 2024" (not "en décembre 2024", "à fin octobre 2024").
bool namesWholeYear(const QList<Token> &t)
{
    for (qsizetype k = 1; k < t.size(); ++k) {
        const QString &w = t[k - 1].folded;
        if (t[k].digit && yearWord(t[k].text)
            && (w == u"en"_s || w == u"a"_s || w == u"annee"_s || w == u"exercice"_s))
            return true;
    }
    return false;
}

const QList<Period> &ArticleReading::periodsBefore(int p, const QList<Sentence> &list)
{
    auto it = m_periods.find(p);
    if (it == m_periods.end()) {
        QList<Period> periods;
        periods.reserve(list.size());
        for (const Sentence &s : list) {
            Period own = s.period;
            if (own == Period::Unspecified && periods.isEmpty()
                && (opensOnAnaphor(s.tokens) || namesThisPeriod(s.tokens))) {
                if (const int q = bodyParagraphBefore(p); q >= 0)
                    own = periodAtEnd(q);
            }
            // (Not past a sentence of a whole year: "Malgré une légère reprise observée en
            // décembre, … le nombre total de passagers a diminué de 0,6 % par rapport à 2023".)
            if (own == Period::Unspecified && !periods.isEmpty() && namesWholeYear(s.tokens)) {
                periods.append(own);
                continue;
            }
            periods.append(own != Period::Unspecified || periods.isEmpty() ? own : periods.last());
        }
        it = m_periods.insert(p, periods);
    }
    return *it;
}

// What ownersBefore() gives for a sentence of names each given its figure: no one's.
const QString kListedNames = QStringLiteral("\u0001");

// Whether two names or more of a sentence are each given their figure, a few words after them: "BCP
// a drainé 16,85 MDH, Cosumar 14,45 MDH et Itissalat Al-Maghrib 8,27 MDH", "l'Italie (27,9%) et les
// Etats Unis (22,9%)".
bool namesWithFigures(const QList<ProperNoun> &names, const QList<Token> &t)
{
    int figured = 0;
    for (const ProperNoun &n : names) {
        qsizetype k = n.last + 1;
        while (k < t.size() && k <= n.last + 3 && t[k].word && !t[k].capital)
            ++k;
        // (In parentheses too: "suivie par l'Italie (27,9%) et les Etats Unis (22,9%)".)
        if (k + 1 < t.size() && t[k].folded == u"("_s)
            ++k;
        figured += k < t.size() && t[k].digit ? 1 : 0;
    }
    return figured >= 2;
}

const QStringList &ArticleReading::ownersBefore(int p, const QString &speaker, const QList<Sentence> &list)
{
    auto it = m_owners.find({p, speaker});
    if (it == m_owners.end()) {
        QStringList owners;
        owners.reserve(list.size());
        for (const Sentence &s : list) {
            const QList<ProperNoun> names
                = properNouns(s.tokens, 0, s.tokens.size(), speaker, m_article.text, m_lowercase);
            // (Not names coordinated in a list: theirs together, no one's.)
            const QSet<qsizetype> coordinated = coordinatedNames(names, s.tokens);
            // (Nor the place of one of its figures, written right after it: "avec des taux allant
            // de 2,7 % à Rabat à 6,1 % à Fès" are not the paragraph's after it.)
            auto placeOfFigure = [&s](const ProperNoun &n) {
                qsizetype k = n.first - 1;
                if (k > 0 && determiner(s.tokens[k].folded))
                    --k;
                const QString &w = k > 0 ? s.tokens[k].folded : QString();
                return (w == u"a"_s || w == u"au"_s || w == u"aux"_s || w == u"en"_s || w == u"dans"_s)
                    && (s.tokens[k - 1].digit || s.tokens[k - 1].folded == u"%"_s);
            };
            // (Nor where an event took place: "les Journées nationales du café et du cacao, qui se
            // tenaient ce week-end à Abidjan", "organisée à Rabat", "a eu lieu à Dakar".)
            auto placeOfEvent = [&s](const ProperNoun &n) {
                // (The event itself neither: "la 4è édition des Journées Nationales du café".)
                static const Words events
                    = words({"journees", "journee", "salon", "forum", "festival", "sommet", "conference",
                             "assises", "congres", "colloque", "foire", "rencontres", "semaine"});
                if (events.contains(s.tokens[n.first].folded))
                    return true;
                const qsizetype at = n.first - 1;
                if (at < 1 || s.tokens[at].text != u"à"_s)
                    return false;
                for (qsizetype k = at - 1; k >= 0 && k >= at - 4; --k) {
                    const QString &w = s.tokens[k].folded;
                    if (w.startsWith(u"tenai"_s) || w == u"tenue"_s || w == u"tenu"_s || w == u"tient"_s
                        || w.startsWith(u"deroul"_s) || w.startsWith(u"organis"_s) || w == u"lieu"_s
                        || w.startsWith(u"reuni"_s))
                        return true;
                }
                return false;
            };
            // (Nor the outlet and the network a page invites to follow, run into the text: "Suivez
            // La Vie éco sur Telegram Pour la troisième semaine…".)
            auto invitation = [&s](const ProperNoun &n) {
                static const Words verbs
                    = words({"suivez", "rejoignez", "abonnez", "telechargez", "retrouvez"});
                for (qsizetype k = n.first - 1; k >= 0 && k >= n.first - 8; --k) {
                    if (verbs.contains(s.tokens[k].folded))
                        return true;
                }
                return false;
            };
            qsizetype last = names.size() - 1;
            while (last >= 0
                   && (coordinated.contains(last) || placeOfFigure(names[last]) || placeOfEvent(names[last])
                       || invitation(names[last])))
                --last;
            // (Nor the last of names each given its figure: "BCP a drainé 16,85 MDH, Cosumar 14,45
            // MDH et Itissalat Al-Maghrib 8,27 MDH. La capitalisation boursière …" is no one's.)
            if (namesWithFigures(names, s.tokens)) {
                owners.append(kListedNames);
                continue;
            }
            owners.append(last >= 0 ? names[last].text : owners.isEmpty() ? QString() : owners.last());
        }
        it = m_owners.insert({p, speaker}, owners);
    }
    return *it;
}

// The sentence holding offset `at`, by a binary search (sentences are in text order): a
// paragraph of 100,000 sentences must not be read through for each figure.
int ArticleReading::sentenceOf(const QList<Sentence> &list, qint32 at)
{
    auto it = std::upper_bound(list.cbegin(), list.cend(), at,
                               [](qint32 offset, const Sentence &s) { return offset < s.start; });
    for (int back = 0; back < 2 && it != list.cbegin(); ++back) {
        --it;
        if (it->start <= at && at < qMax(it->end, it->start + 1))
            return int(it - list.cbegin());
    }
    return -1;
}

// The token after the unit's words that follow the figure ("nuitées", "milliards de DH", "%").
qsizetype ArticleReading::unitEnd(const Claim &c, const QList<Token> &t, qsizetype after)
{
    const QString &written = c.writtenUnit.isEmpty() ? c.unit : c.writtenUnit;
    // The unit's tokens, kept from the figure before (a page's figures share a few units). The
    // string is kept with them: their views point into it.
    thread_local QString unit;
    thread_local QList<Token> unitTokens;
    if (written != unit) {
        unit = written;
        unitTokens = tokenize(unit, 0, unit.size());
    }
    qsizetype k = after;
    int skipped = 0;
    while (k < t.size() && skipped < 4) {
        bool inUnit = false;
        for (const Token &u : unitTokens)
            inUnit = inUnit || u.folded == t[k].folded;
        // (A currency is written many ways for one unit: "de dirhams", "de DH", "MMDH".)
        const bool currency = c.kind == ClaimKind::Money
            && (currencyWord(t[k].folded)
                || ((t[k].folded == u"de"_s || t[k].folded == u"d"_s) && k + 1 < t.size()
                    && currencyWord(t[k + 1].folded)));
        if (t[k].folded == u"%"_s || t[k].folded == u"point"_s || t[k].folded == u"points"_s
            || ((t[k].folded == u"de"_s || t[k].folded == u"d"_s) && k + 1 < t.size() && !unitTokens.isEmpty()
                && t[k + 1].folded == unitTokens.first().folded)
            || inUnit || currency) {
            ++k;
            ++skipped;
        } else {
            break;
        }
    }
    return k;
}

// The clause: between the delimiters around the figure.
void ArticleReading::clauseAround(Figure &f)
{
    const QList<Token> &t = f.t;
    auto delimiter = [&](qsizetype k) {
        return clauseDelimiter(t[k], true);
    };
    // (An acronym in parentheses names what it follows, no clause of its own, in the subject before
    // the figure: "les transferts des Marocains résidant à l'étranger (MRE) ont atteint 22,91
    // milliards". After the figure it may be the last word of an item: "136.660 à la fibre optique
    // (FTTH) et 443 à la technologie Wimax".)
    // So is an aside of words in parentheses: "les recettes (cessions de ces investissements) ont
    // progressé de 12,9 %" (not one with figures: "la France (8 %), l'Espagne (6 %)").
    auto asideOpening = [&t](qsizetype close) {
        if (close < 2 || t[close].folded != u")"_s)
            return qsizetype(-1);
        for (qsizetype k = close - 1; k >= 1 && k >= close - 10; --k) {
            if (t[k].digit || t[k].folded == u")"_s || (!t[k].word && clauseDelimiter(t[k], false)))
                return qsizetype(-1);
            if (t[k].folded == u"("_s)
                return k < close - 1 && t[k - 1].word ? k : qsizetype(-1);
        }
        return qsizetype(-1);
    };
    f.clauseStart = f.first;
    while (f.clauseStart > 0) {
        if (const qsizetype open = asideOpening(f.clauseStart - 1); open > 0)
            f.clauseStart = open;
        else if (delimiter(f.clauseStart - 1))
            break;
        else
            --f.clauseStart;
    }
    f.clauseEnd = f.last + 1;
    while (f.clauseEnd < t.size() && !delimiter(f.clauseEnd))
        ++f.clauseEnd;
}

// The change word that introduces the figure after the connector `at` ("une hausse des ventes
// de l'énergie de basse tension de 5,9 %"), within 18 words and not past a verb; else -1.
// A performance judged good or bad is a change: "le bon comportement de la production
// d'origine thermique de 10,3 %", "la bonne performance des exportations de 8 %" (not a
// behaviour alone: "le comportement des ménages").
bool judgedPerformance(const QList<Token> &t, qsizetype k)
{
    static const Words judged = words({"bon", "bonne", "bons", "bonnes", "meilleur", "meilleure", "mauvais",
                                       "mauvaise", "solide", "excellent", "excellente", "faible"});
    const QString &w = t[k].folded;
    return k > 0 && (w == u"comportement"_s || w == u"performance"_s || w == u"performances"_s)
        && judged.contains(t[k - 1].folded);
}

// A verb, or the auxiliary of a compound tense ("a", "ont", "est", "sont"): where a noun phrase
// ends.
bool verbOrAuxiliary(const QString &w)
{
    return verbLike(w) || reportingVerb(w) || w == u"a"_s || w == u"ont"_s || w == u"est"_s || w == u"sont"_s;
}

qsizetype changeIntroducing(const QList<Token> &t, qsizetype at)
{
    for (qsizetype k = at - 1; k >= qMax<qsizetype>(0, at - 18); --k) {
        const QString &w = t[k].folded;
        // A participle heads no phrase: "s'est renforcée de 3,3 %" and "a progressé, sur un an,
        // de 8 %" are changes, "un contrôle renforcé des arrêts de plus de 30 jours" is not.
        const bool complement = k + 1 < at
            && (t[k + 1].folded == u"des"_s || t[k + 1].folded == u"du"_s
                || (k + 2 < at && t[k + 1].folded == u"de"_s && complementArticle(t[k + 2].folded)));
        if ((changeWord(w) && !(complement && participleLike(t[k]))) || judgedPerformance(t, k))
            return k;
        // ("avec" opens a phrase of its own: "une progression significative, avec un taux de
        // réalisation de 92,1 %".)
        // (Not a noun in -ent after its article: "une hausse de l'excédent commercial de 10,2 %".)
        const bool noun = k > 0 && (determiner(t[k - 1].folded) || complementArticle(t[k - 1].folded))
            && nounAfterDeterminer(t[k]);
        // (The preposition "à" is no auxiliary: "a augmenté, quant à lui, de 30,1 %".)
        if (t[k].digit || (!t[k].word && w != u","_s) || (verbOrAuxiliary(w) && !noun && t[k].text != u"à"_s)
            || w == u"avec"_s)
            return -1;
    }
    return -1;
}

// Whether the tokens from `from` to `de` (the "de" before a figure) are the next item of a list
// of complements: a comma or "et", then "des", "du", "de la", "de l'" and a few words with no
// verb or figure among them (", des droits de douane", "et des autres biens et services").
bool listItemBetween(const QList<Token> &t, qsizetype from, qsizetype de)
{
    qsizetype k = from;
    if (k < de && t[k].folded == u"%"_s)
        ++k;
    if (k >= de || (t[k].folded != u","_s && t[k].folded != u"et"_s))
        return false;
    ++k;
    if (k < de && t[k].folded == u"et"_s)
        ++k;
    if (k < de && (t[k].folded == u"des"_s || t[k].folded == u"du"_s))
        ++k;
    else if (k + 1 < de && (t[k].folded == u"de"_s || t[k].folded == u"d"_s)
             && complementArticle(t[k + 1].folded))
        k += 2;
    // (Or a demonstrative pronoun: "… des prêts à la promotion immobilière de 3,3 % et de ceux à
    // l'équipement de 9,4 %".)
    else if (k + 1 < de && t[k].folded == u"de"_s
             && (t[k + 1].folded == u"ceux"_s || t[k + 1].folded == u"celles"_s
                 || t[k + 1].folded == u"celui"_s || t[k + 1].folded == u"celle"_s))
        k += 2;
    else
        return false;
    if (de - k < 1 || de - k > 8)
        return false;
    for (; k < de; ++k) {
        const QString &w = t[k].folded;
        if (!t[k].word || t[k].digit || (verbOrAuxiliary(w) && t[k].text != u"à"_s) || w == u"qui"_s
            || w == u"que"_s || w == u"dont"_s || w == u"contre"_s || w == u"soit"_s)
            return false;
    }
    return true;
}

// The change word that is the subject of the verb introducing the figure at `first`, in the
// clause from `from`: a determiner, the change, then only its verb ("dont la progression a
// atteint 15 %", "la hausse s'est établie à 3 %"); else -1.
qsizetype changeSubject(const QList<Token> &t, qsizetype from, qsizetype first)
{
    for (qsizetype k = first - 1; k > from && k >= first - 12; --k) {
        if (!changeWord(t[k].folded))
            continue;
        // (Or a rate of change: "le taux de croissance du trafic est de 32 %".)
        const bool rate = k >= 2 && connector(t[k - 1].folded) && t[k - 2].folded == u"taux"_s;
        if (!determiner(t[k - 1].folded) && !(rate && k >= 3 && determiner(t[k - 3].folded)))
            continue;
        // Past its complement: "la hausse des prix est de 5 %", "la croissance du trafic
        // international a atteint 32 %".
        qsizetype j = k + 1;
        if (j < first && connector(t[j].folded)) {
            ++j;
            while (j < first && j <= k + 7 && t[j].word && !verbOrAuxiliary(t[j].folded)
                   && (contentWord(t[j]) || determiner(t[j].folded) || connector(t[j].folded)
                       || complementArticle(t[j].folded)))
                ++j;
        } else if (k + 6 < first) {
            return -1;
        }
        bool verb = false;
        for (; j < first; ++j) {
            const QString &w = t[j].folded;
            if (!(t[j].word && (verbLike(w) || functionWords().contains(w) || participleLike(t[j]))))
                return -1;
            verb = verb || verbLike(w) || w == u"a"_s || w == u"est"_s;
        }
        return verb ? k : -1;
    }
    return -1;
}

// A word that says the figure before again another way: "soit", "représentant", "équivalant",
// "correspondant".
bool restatingWord(const QString &w)
{
    return w == u"representant"_s || w == u"soit"_s || w == u"equivalant"_s || w == u"correspondant"_s;
}

// A figure introduced by "soit" ("soit près de", "soit environ"): the one before, said again.
bool restatement(const QList<Token> &t, qsizetype first)
{
    for (qsizetype k = first - 1; k >= qMax<qsizetype>(0, first - 4); --k) {
        const QString &w = t[k].folded;
        if (w == u"soit"_s)
            return true;
        if (!(w == u"environ"_s || w == u"pres"_s || w == u"de"_s || w == u"d"_s || w == u"plus"_s
              || w == u"quelque"_s || w == u"presque"_s || w == u"pratiquement"_s))
            return false;
    }
    return false;
}

// An acronym that can name someone: not a currency nor a unit ("MW", "DH", "MMDH").
bool acronymName(const Token &x)
{
    return acronymToken(x) && !currencyWord(x.folded)
        && MeasureUnits::at(x.text.toString(), 0).canonical.isEmpty();
}

// A year written in figures: "2022", "1994".
bool yearWord(QStringView w)
{
    return w.size() == 4 && (w.startsWith(u"19") || w.startsWith(u"20"));
}

// "tandis que", "alors que" at token `k` (on "tandis"/"alors"): a contrast that opens a clause.
bool contrastAt(const QList<Token> &t, qsizetype k)
{
    return k + 1 < t.size() && (t[k].folded == u"tandis"_s || t[k].folded == u"alors"_s)
        && (t[k + 1].folded == u"que"_s || t[k + 1].folded == u"qu"_s);
}

// Which span a change is over, when words at token `k` say it: +1 for one month ("sur un mois",
// "par rapport au mois précédent", "en variation mensuelle", "d'un mois à l'autre", "entre
// janvier et février"), +2 for one quarter ("en glissement trimestriel", "d'un trimestre à
// l'autre", "par rapport au trimestre précédent", "sur un trimestre"), -1 for one year ("sur un
// an", "en glissement annuel", "d'une année sur l'autre", "par rapport au même mois"), 0 when
// they say neither.
int changeSpanAt(const QList<Token> &t, qsizetype k)
{
    const QString &w = t[k].folded;
    auto at = [&t](qsizetype i) -> const QString & {
        static const QString none;
        return i >= 0 && i < t.size() ? t[i].folded : none;
    };
    // "sur un mois", "en un an", "sur 12 mois", "sur une année".
    if (w == u"sur"_s || w == u"en"_s) {
        const QString &n = at(k + 1);
        const QString &unit = at(k + 2);
        if (n == u"un"_s || n == u"une"_s || n == u"1"_s)
            return unit == u"mois"_s                      ? 1
                : unit == u"trimestre"_s                  ? 2
                : (unit == u"an"_s || unit == u"annee"_s) ? -1
                                                          : 0;
        if ((n == u"douze"_s || n == u"12"_s) && unit == u"mois"_s)
            return -1;
        return 0;
    }
    // "glissement annuel", "variation mensuelle", "en rythme mensuel", "hausse mensuelle de".
    static const Words spanOf = words({"glissement", "variation", "rythme", "evolution", "base", "hausse",
                                       "baisse", "progression", "augmentation", "croissance", "repli"});
    if (spanOf.contains(w)) {
        const QString &n = at(k + 1);
        return n.startsWith(u"mensuel"_s)    ? 1
            : n.startsWith(u"trimestriel"_s) ? 2
            : n.startsWith(u"annuel"_s)      ? -1
                                             : 0;
    }
    // "d'un mois à l'autre", "d'une année sur l'autre", "d'un an à l'autre".
    if ((w == u"un"_s || w == u"une"_s) && (at(k + 2) == u"a"_s || at(k + 2) == u"sur"_s)
        && at(k + 3) == u"l"_s && at(k + 4) == u"autre"_s)
        return at(k + 1) == u"mois"_s                           ? 1
            : at(k + 1) == u"trimestre"_s                       ? 2
            : (at(k + 1) == u"an"_s || at(k + 1) == u"annee"_s) ? -1
                                                                : 0;
    // "par rapport au mois précédent", "comparés à ceux du mois précédent", "comparativement au
    // même mois de l'année dernière"; "par rapport au mois de décembre 2021" names its base, a
    // year before.
    auto compared = [&at](qsizetype from) {
        for (qsizetype j = from - 1; j >= from - 4; --j) {
            if (at(j) == u"rapport"_s || at(j).startsWith(u"compar"_s))
                return true;
        }
        return false;
    };
    if (w == u"mois"_s && (at(k + 1) == u"precedent"_s || at(k + 1) == u"dernier"_s) && compared(k))
        return 1;
    if (w == u"trimestre"_s && (at(k + 1) == u"precedent"_s || at(k + 1) == u"dernier"_s) && compared(k))
        return 2;
    if (w == u"meme"_s && (at(k + 1) == u"mois"_s || at(k + 1) == u"periode"_s) && compared(k))
        return -1;
    if (w == u"rapport"_s && (at(k + 1) == u"au"_s || at(k + 1) == u"a"_s)
        && (isMonth(at(k + 2)) || (at(k + 2) == u"mois"_s && connector(at(k + 3)) && isMonth(at(k + 4)))))
        return -1;
    // "entre janvier et février": two months that follow each other.
    if (w == u"entre"_s && isMonth(at(k + 1))) {
        qsizetype j = k + 2;
        if (j < t.size() && t[j].digit)
            ++j;
        if (at(j) != u"et"_s || !isMonth(at(j + 1)))
            return 0;
        return (monthIndex(at(k + 1)) + 1) % 12 == monthIndex(at(j + 1)) ? 1 : 0;
    }
    return 0;
}

// What a change is measured in, said right after it: "en valeur", "en volume", "en poids", "en
// quantité", "en terme(s) de valeur"; empty when it says none, or two ("en valeur et en poids").
bool changeDimensionWord(const QString &f)
{
    static const Words dimensions = words({"valeur", "volume", "poids", "quantite", "tonnage"});
    return dimensions.contains(f);
}

// A measure's head (singular, folded) that is an amount of money: "recette", "revenu", "valeur".
bool moneyHead(const QString &key)
{
    static const Words heads
        = words({"recette", "revenu", "valeur", "benefice", "depense", "cout", "prix", "facture"});
    return heads.contains(key);
}

QString changeDimension(const QList<Token> &t, qsizetype after)
{
    QString found;
    qsizetype k = after;
    if (k < t.size() && t[k].folded == u","_s)
        ++k;
    for (int terms = 0; terms < 2 && k + 1 < t.size() && t[k].folded == u"en"_s; ++terms) {
        qsizetype w = k + 1;
        if (w + 2 < t.size() && (t[w].folded == u"terme"_s || t[w].folded == u"termes"_s)
            && connector(t[w + 1].folded))
            w += 2;
        if (w >= t.size() || !changeDimensionWord(t[w].folded))
            break;
        if (!found.isEmpty())
            return {};
        found = t[w].folded;
        k = w + 1;
        if (k + 1 < t.size() && t[k].folded == u"et"_s)
            ++k;
        else
            break;
    }
    return found;
}

// A figure introduced as the base of a comparison: "après +2,4 %", "contre 9,1 %", "après un
// recul de 0,9 %", "84,30 % au lieu de 94,65 %".
bool comparisonBase(const QList<Token> &t, qsizetype first)
{
    for (qsizetype k = first - 1; k >= qMax<qsizetype>(0, first - 5); --k) {
        const QString &w = t[k].folded;
        if (w == u"apres"_s || w == u"contre"_s || (w == u"lieu"_s && k > 0 && t[k - 1].folded == u"au"_s))
            return true;
        // "contre seulement 2 %", "après à peine 1 %", "contre près de 3 %".
        static const Words adverbs
            = words({"seulement", "uniquement", "juste", "peine", "a", "environ", "pres", "plus", "moins"});
        if (!(w == u"+"_s || w == u"-"_s || connector(w) || determiner(w) || changeWord(w)
              || degreeAdjective(w) || adverbs.contains(w)))
            return false;
    }
    return false;
}

// The span a change is over (changeSpanAt()) as its sentence says it: the words right after the
// figure ("de 1,7 % par rapport au mois précédent, et de 10,1 % d'une année sur l'autre"), else
// the nearest before it in the sentence ("Sur un mois, le taux … à 1 %, contre 0,9 %"), else the
// paragraph's last before ("… entre janvier et février. En revanche, les prix des poissons ont
// diminué de 1 %").
int ArticleReading::spanOfChange(const Figure &f, int paragraph)
{
    const QList<Token> &t = f.t;
    // "en baisse de 2 % à 852,8 Mrds Dh comparativement à décembre" of a January figure: compared
    // with the month before its own, named without a year, a change over a month.
    if (const int own = f.claim.asOf.month; own > 0) {
        for (qsizetype k = f.after; k + 2 < t.size() && k < f.after + 12; ++k) {
            if (t[k].folded == u";"_s || t[k].folded == u"."_s)
                break;
            if (!(t[k].folded == u"rapport"_s || t[k].folded.startsWith(u"compar"_s)))
                continue;
            qsizetype m = k + 1;
            if (m < t.size() && (t[m].folded == u"a"_s || t[m].folded == u"au"_s))
                ++m;
            if (m + 1 < t.size() && t[m].folded == u"mois"_s && connector(t[m + 1].folded))
                m += 2;
            if (m >= t.size() || !isMonth(t[m].folded) || (m + 1 < t.size() && yearWord(t[m + 1].text)))
                break;
            if ((monthIndex(t[m].folded) + 1) % 12 + 1 == own)
                return 1;
            break;
        }
    }
    for (qsizetype k = f.after; k < t.size() && k < f.after + 10; ++k) {
        if (const int span = changeSpanAt(t, k))
            return span;
        // (Up to the next figure; a year is none: "de 1 % en février 2023, comparés à ceux du
        // mois précédent".)
        if (t[k].digit && !yearWord(t[k].text))
            break;
    }
    // (A sentence's or a paragraph's words are looked at up to a reach, not from their start: a
    // page of one sentence of a million figures reads each in linear time.)
    constexpr qsizetype reach = 80;
    for (qsizetype k = f.first - 1; k >= 0 && k >= f.first - reach; --k) {
        if (const int span = changeSpanAt(t, k))
            return span;
    }
    const QList<Sentence> &list = sentences(paragraph);
    for (int s = f.sentence - 1; s >= 0 && s >= f.sentence - 4; --s) {
        const QList<Token> &before = list[s].tokens;
        for (qsizetype k = before.size() - 1; k >= 0 && k >= before.size() - reach; --k) {
            if (const int span = changeSpanAt(before, k))
                return span;
        }
    }
    return 0;
}

// Whether the figure's sentence says its change is averaged over a year: "moyen" or "moyenne" next
// to "annuel", "en moyenne sur l'année", "sur toute l'année" (up to fourteen words before the
// figure, past an incise, or right after it in its clause).
bool annualAverage(const QList<Token> &t, qsizetype first, qsizetype after, bool ofPrices)
{
    auto at = [&t](qsizetype i) -> const QString & {
        static const QString none;
        return i >= 0 && i < t.size() ? t[i].folded : none;
    };
    auto averaged = [&at, ofPrices](qsizetype k) {
        const QString &w = at(k);
        if (w.startsWith(u"annuel"_s))
            return at(k - 1).startsWith(u"moyen"_s) || at(k + 1).startsWith(u"moyen"_s);
        // "sur toute l'année", "sur l'ensemble de l'année", "en moyenne sur l'année".
        // (The whole year of prices is their average change; of a flow, its total: "En 2023, sur
        // l'ensemble de l'année, ces transferts avaient augmenté de 4 %".)
        if (w == u"annee"_s && at(k - 1) == u"l"_s)
            return (ofPrices && at(k - 2) == u"toute"_s && at(k - 3) == u"sur"_s)
                || (ofPrices && at(k - 2) == u"de"_s && at(k - 3) == u"ensemble"_s)
                || (at(k - 2) == u"sur"_s && at(k - 3) == u"moyenne"_s);
        return false;
    };
    // (Past the figure a comparison's base is set against: "… est évaluée à 9,7 % en 2022 contre
    // 2,2 % en 2021".)
    const bool base = comparisonBase(t, first);
    // (Past an incise: "le taux d'inflation, calculé sur toute l'année 2023, est ressorti à
    // +5,9 %".)
    for (qsizetype k = first - 1; k >= 0 && k >= first - 14; --k) {
        if ((t[k].digit && k < first - 1 && !yearWord(t[k].text) && !base) || t[k].folded == u";"_s)
            break;
        if (averaged(k))
            return true;
    }
    for (qsizetype k = after; k < t.size() && k < after + 5; ++k) {
        if (t[k].digit || clauseDelimiter(t[k], false))
            break;
        if (averaged(k))
            return true;
    }
    return false;
}

// Whether a time follows the figure's words, before any other figure: "… un an plus tôt", "en
// novembre 2022", "l'année dernière", "à la même période".
bool timeAfter(const QList<Token> &t, qsizetype after)
{
    for (qsizetype k = after; k < t.size() && k < after + 6; ++k) {
        const QString &w = t[k].folded;
        if (t[k].digit)
            return yearWord(t[k].text);
        if (isMonth(w) || w == u"an"_s || w == u"annee"_s || w == u"periode"_s || w == u"mois"_s)
            return true;
    }
    return false;
}

// Whether "nouveaux", "supplémentaires"… stand within two words of the figure.
bool ArticleReading::incrementWordAround(const Figure &f)
{
    const QList<Token> &t = f.t;
    for (qsizetype k = qMax<qsizetype>(0, f.first - 2); k < qMin(t.size(), f.after + 2); ++k) {
        if ((k < f.first || k >= f.after) && incrementWord(t[k].folded))
            return true;
    }
    return false;
}

// Whether an increment is a loss: the nearest change word before it in its sentence says so
// ("en baisse de 64.000 personnes, 29.000 en milieu urbain", "une perte de 266.000 postes"), as
// "en moins" after it; "nouveaux", "supplémentaires", "en plus" never are.
bool ArticleReading::isDecrease(const Figure &f) const
{
    const QList<Token> &t = f.t;
    if (incrementWordAround(f))
        return false;
    if (f.after + 1 < t.size() && (t[f.after].folded == u"en"_s || t[f.after].folded == u"de"_s)) {
        if (t[f.after + 1].folded == u"moins"_s)
            return true;
        if (t[f.after + 1].folded == u"plus"_s)
            return false;
    }
    for (qsizetype k = f.first - 1; k >= 0; --k) {
        const QString &w = t[k].folded;
        if (w == u";"_s || w == u"tandis"_s || w == u"alors"_s || w == u"mais"_s || w == u"contre"_s)
            return false;
        if (t[k].word && changeWord(w))
            return decreaseWord(w);
    }
    return false;
}

qsizetype nounAfterConnector(const QList<Token> &t, qsizetype after);

// "des augmentations notables au niveau de toutes les zones : Europe (32 %), Afrique (45 %)",
// "les hausses les plus importantes ont été enregistrées dans les villes d'Al Hoceima (2,6 %),
// Safi (2,5 %)": percentages in parentheses after the names they are of, listed in a sentence
// a change introduces (its noun, a few words before the list, with no figure between), are
// changes. Returns the change noun's token, or -1.
qsizetype ArticleReading::listedChange(const Figure &f) const
{
    const QList<Token> &t = f.t;
    if (f.first < 2 || t[f.first - 1].folded != u"("_s || !t[f.first - 2].word || !t[f.first - 2].capital)
        return -1;
    // Back over the list: names, their parentheses and figures, commas, "et".
    qsizetype k = f.first - 2;
    for (int steps = 0; k >= 0 && steps < 120; --k, ++steps) {
        const Token &x = t[k];
        const QString &w = x.folded;
        const bool listed = x.digit || (x.word && x.capital) || w == u","_s || w == u"("_s || w == u")"_s
            || w == u"%"_s || w == u"-"_s || w == u"+"_s || w == u"\u2212"_s
            || w == u"et"_s
            // (Inside a name: "Amérique du Nord", "Fès et Oujda", "d'Al Hoceima".)
            || ((connector(w) || complementArticle(w) || w == u"le"_s) && k > 0 && t[k - 1].word
                && t[k - 1].capital && k + 1 < t.size() && t[k + 1].word && t[k + 1].capital)
            // (Or a name's article: "l'Europe (+32 %), le Moyen-Orient et l'Extrême-Orient (+32 %)".)
            || ((w == u"le"_s || w == u"la"_s || w == u"l"_s || w == u"les"_s) && k + 1 < t.size()
                && t[k + 1].word && t[k + 1].capital);
        if (!listed)
            break;
    }
    // The change noun a few words before: "des augmentations", "les hausses", "des taux de
    // croissance" (past an elided "d'" the list's first name took).
    for (qsizetype j = k; j >= 1 && j >= k - 16; --j) {
        if (t[j].digit)
            return -1;
        // (Past a superlative: "la plus forte augmentation de l'IPC a été enregistrée à
        // Al-Hoceima (2,6 %)".)
        if (changeWord(t[j].folded) && !participleLike(t[j])
            && (determiner(t[j - 1].folded)
                || (j >= 2 && connector(t[j - 1].folded) && t[j - 2].folded == u"taux"_s)
                || (j >= 3 && (t[j - 2].folded == u"plus"_s || t[j - 2].folded == u"moins"_s)
                    && determiner(t[j - 3].folded))))
            return j;
    }
    return -1;
}

bool spanOfDays(const QList<Token> &t);

Scope ArticleReading::scopeOf(const Figure &f) const
{
    const Claim &c = f.claim;
    const QList<Token> &t = f.t;
    const QString &text = m_article.text;
    const bool points = c.kind == ClaimKind::Percent && (c.unit == u"points"_s || c.unit == u"point"_s);
    // "passé de 22,5 à 35,6 %" gives two levels; "une amélioration de 0,9 % à 9 720 GWh", a change
    // and the level it reached.
    const Claim *next = f.after + 1 < t.size() && t[f.after].folded == u"a"_s && t[f.after + 1].digit
        ? figureAt(t[f.after + 1].start)
        : nullptr;
    const bool fromTo = next && (next->kind == c.kind || next->unit == c.unit);
    const bool level = c.changeOf >= 0 || m_evolutionStarts.contains(c.start) || fromTo;
    bool change = points;
    // A sign: "+2,5 %", "−0,2 %", and a hyphen written as minus before a percentage ("(-0,2 %)";
    // not an age bracket's "15-24").
    const bool hyphenMinus = c.kind == ClaimKind::Percent
        && ((c.start < text.size() && text[c.start] == u'-')
            || (c.start > 0 && text[c.start - 1] == u'-'
                && (c.start < 2 || !text[c.start - 2].isLetterOrNumber())));
    if (c.start < text.size()
        && (text[c.start] == u'+' || text[c.start] == QChar(0x2212) || hyphenMinus
            || (c.start > 0 && text[c.start - 1] == u'+')))
        change = true;
    // A change is written "de X": "en hausse de 8 %", "a grossi de 138.000"; "a augmenté,
    // atteignant 32,6 milliards" gives the level reached.
    // The change may head a long phrase: "une hausse des ventes de l'énergie de très haute,
    // haute et moyenne tension de 0,1 %"; not past a verb ("la hausse a porté le total à").
    // A list of figures is introduced as one: "une hausse de 8 %, 6 %, 15 % et 10 %".
    const qsizetype from = listAround(f).start;
    // "une hausse de seulement 1,5 %", "de quelque 3 %": an adverb between.
    qsizetype de = from - 1;
    if (de >= 1 && t[de].word
        && (t[de].folded == u"seulement"_s || t[de].folded == u"environ"_s || t[de].folded == u"quelque"_s
            || t[de].folded == u"presque"_s || t[de].folded == u"pratiquement"_s))
        --de;
    const bool introducedByDe = de >= 0 && connector(t[de].folded);
    // A change coordinated to one before it: "une hausse de 12,6 % de la production de l'ONEE,
    // de 37,8 % de celle des projets … et de 3,3 % de la production concessionnelle"; with the
    // connector left out, a figure of the same kind: "a augmenté de 156.000 personnes, 92.000 en
    // milieu urbain et 64.000 en milieu rural".
    const bool elliptic
        = !introducedByDe && from >= 2 && (t[from - 1].folded == u","_s || t[from - 1].folded == u"et"_s);
    for (qsizetype at = introducedByDe ? de : from, hops = 0;
         (introducedByDe || elliptic) && !change && hops < 6; ++hops) {
        if (at != from && changeIntroducing(t, at) >= 0) {
            change = true;
            break;
        }
        // "et plus de 2 817 431 nuitées": a qualifier may stand between.
        qsizetype joint = at - 1;
        if (joint >= 1
            && (t[joint].folded == u"plus"_s || t[joint].folded == u"moins"_s
                || t[joint].folded == u"pres"_s))
            --joint;
        if (joint < 0 || !(t[joint].folded == u","_s || t[joint].folded == u"et"_s))
            break;
        qsizetype before = -1;
        for (qsizetype k = joint - 1; k > 0 && k > at - 30 && before < 0; --k) {
            const Claim *previous = t[k].digit && connector(t[k - 1].folded) ? figureAt(t[k].start) : nullptr;
            if (previous && (introducedByDe || previous->kind == c.kind))
                before = k - 1;
        }
        at = before;
        if (at < 0)
            break;
    }
    // A list whose items repeat the change's complement, each with its own rate: "l'augmentation
    // des impôts directs de 4,7 %, des droits de douane de 9,6 % et des impôts indirects de 1,4 %".
    if (!change && introducedByDe && c.kind == ClaimKind::Percent && m_previous.paragraph == c.paragraph
        && m_previous.sentence == f.sentence && m_previous.last < de && m_previous.scope == Scope::Change
        && m_previous.kind == ClaimKind::Percent && listItemBetween(t, m_previous.last + 1, de))
        change = true;
    // A change is the clause's subject: "dont la progression a atteint 15 %", "la hausse s'est
    // établie à 3 %".
    if (c.kind == ClaimKind::Percent && changeSubject(t, f.clauseStart, f.first) >= 0)
        change = true;
    // "une hausse de 2,3 millions (19 %)": the same change, in percent.
    if (c.kind == ClaimKind::Percent && f.first >= 1 && t[f.first - 1].folded == u"("_s
        && m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
        && m_previous.last < f.first && m_previous.last >= f.first - 4
        && (m_previous.scope == Scope::Increment || m_previous.scope == Scope::Change))
        change = true;
    // A change's comparison base, in percent too, is a change: "dont la progression a atteint
    // 15 %, contre seulement 2 % pour les Marocains résidant à l'étranger".
    if (c.kind == ClaimKind::Percent && m_previous.paragraph == c.paragraph
        && m_previous.sentence == f.sentence && m_previous.last < f.first && m_previous.scope == Scope::Change
        && m_previous.kind == ClaimKind::Percent && comparisonBase(t, f.first))
        change = true;
    // "soit 10 % de plus que l'année précédente", "8 % de moins qu'en 2016": a comparative.
    if (c.kind == ClaimKind::Percent && f.after + 1 < t.size() && t[f.after].folded == u"de"_s
        && (t[f.after + 1].folded == u"plus"_s || t[f.after + 1].folded == u"moins"_s)
        && !(f.after + 2 < t.size() && t[f.after + 2].folded == u"en"_s))
        change = true;
    if (c.kind == ClaimKind::Percent && !change && listedChange(f) >= 0)
        change = true;
    if (level && !points)
        change = false;
    bool target = false;
    // A comparison's base is no projection for what comes before it: "va varier entre 260 et
    // 280.000 tonnes contre 100 000 tonnes lors de la saison 2016-2017".
    // (And after "après": "augmenteraient de 0,9 %, après +0,4 % en janvier".)
    const auto baseWord = [&t](qsizetype k) {
        return k >= 0 && (t[k].folded == u"contre"_s || t[k].folded == u"apres"_s);
    };
    const bool base
        = baseWord(f.first - 1) || (f.first >= 2 && t[f.first - 1].folded == u"+"_s && baseWord(f.first - 2));
    for (qsizetype k = base ? f.after : qMax<qsizetype>(0, f.first - 10);
         k < qMin(t.size(), f.after + 3) && !target; ++k) {
        if (k >= f.first && k <= f.last)
            continue;
        // "a progressé pour atteindre 17,62 milliards": what the change came to, not an aim.
        // (Past the change's own figure too: "ont augmenté de près de 21 pour cent pour atteindre
        // 55,18 milliards".)
        bool result = t[k].folded == u"atteindre"_s && k >= 2 && t[k - 1].folded == u"pour"_s
            && (changeWord(t[k - 2].folded) || participleLike(t[k - 2]));
        // (And past a comma, and when the change is dated: "enregistrant une progression de près
        // de 20 % à fin septembre 2024 par rapport à la même période de 2023, pour atteindre 22,31
        // milliards".)
        for (qsizetype j = k - 2;
             !result && t[k].folded == u"atteindre"_s && k >= 2 && t[k - 1].folded == u"pour"_s && j >= 0
             && j >= k - 24 && (t[j].folded == u","_s || !clauseDelimiter(t[j], false));
             --j)
            // ("n'ont progressé que de 4,7 % pour atteindre quelque 87 MMDH": past "que".)
            result = changeWord(t[j].folded) && (j + 1 < k - 1)
                && (t[j + 1].folded == u"de"_s || t[j + 1].folded == u"d"_s
                    || (t[j + 1].folded == u"que"_s && j + 2 < k - 1
                        && (t[j + 2].folded == u"de"_s || t[j + 2].folded == u"d"_s)))
                // (A change with its figure: "le renforcement de la vaccination pour atteindre une
                // couverture de plus de 95 %" is an aim.)
                && std::any_of(t.cbegin() + j + 1, t.cbegin() + k,
                               [](const Token &x) { return x.digit && !yearWord(x.text); });
        // "a vu son trafic atteindre 2,00 millions de passagers": what was seen reached.
        for (qsizetype j = k - 1; !result && t[k].folded == u"atteindre"_s && j >= 0 && j >= k - 4; --j)
            result = t[j].folded == u"vu"_s || t[j].folded == u"voit"_s || t[j].folded == u"voient"_s
                || t[j].folded == u"vit"_s;
        if ((targetWord(t[k].folded) && !result)
            || (t[k].folded == u"d"_s && k + 1 < t.size() && t[k + 1].folded == u"ici"_s)
            || (k < f.first && conditionalVerb(t[k].folded))
            || (k < f.first && k >= f.clauseStart && (futureVerb(t[k].folded) || nearFuture(t, k))))
            target = true;
    }
    if (!target && !m_article.published.isNull() && c.asOf.year > m_article.published.year)
        target = true;
    // The same aim said another way: "Le déficit devrait s'établir à 55,4 milliards, représentant
    // 3 % du PIB".
    // (Not a change: its noun is read as a change's.)
    if (!target && !change && m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
        && m_previous.scope == Scope::Target && m_previous.last < f.first
        && m_previous.last >= f.first - 20) {
        for (qsizetype k = m_previous.last + 1; k < f.first && !target; ++k)
            target = restatingWord(t[k].folded);
    }
    // An evolution's start is the level it starts from, even towards an aim: "visant à faire
    // passer le taux de chômage de 13,3 % en 2024 à 9 % d'ici 2030".
    if (target && m_evolutionStarts.contains(c.start))
        target = false;
    // A sentence framed as a forecast: "Selon nos prévisions, nous allons dépasser … et générer
    // des recettes de 68 milliards"; not the base it is compared with: ", contre 64,2 milliards
    // l'an passé".
    const bool past = (f.first > 0 && t[f.first - 1].folded == u"contre"_s)
        || (!m_article.published.isNull() && !c.asOf.isNull() && c.asOf.year < m_article.published.year);
    // A clause whose subject is a forecast: "Et de noter que les prévisions de clôture pour l'année
    // 2023 affichent un trafic de 27 millions de passagers, … et un chiffre d'affaires de 4,6 MMDH".
    const bool forecastNamed = f.sentences[f.sentence].forecast;
    for (qsizetype k = f.first - 1; forecastNamed && k >= 1 && k >= f.first - 60 && !target && !past; --k) {
        if (t[k].folded == u"."_s || t[k].folded == u";"_s)
            break;
        if (!forecastNoun(t[k].folded) || !determiner(t[k - 1].folded))
            continue;
        const qsizetype before = k - 2;
        target = before < 0 || t[before].folded == u"que"_s || t[before].folded == u"qu"_s;
    }
    for (qsizetype k = 0; k + 1 < qMin<qsizetype>(t.size(), 5) && !target && !past; ++k) {
        if (t[k].folded != u"selon"_s && t[k].folded != u"apres"_s)
            continue;
        for (qsizetype n = k + 1; n < qMin(t.size(), k + 4) && !target; ++n)
            target = t[n].folded == u"previsions"_s || t[n].folded == u"prevision"_s
                || t[n].folded == u"projections"_s;
    }
    bool part = false;
    for (qsizetype k = qMax(f.clauseStart, f.first - 3); k < f.first; ++k) {
        if (t[k].folded == u"dont"_s || t[k].folded == u"parmi"_s)
            part = true;
    }
    // A figure right after a fronted "sur" that names the whole it is taken from: "sur les 4,02
    // millions d'abonnés à l'internet fixe, 2,61 millions étaient abonnés à l'ADSL", "Sur le
    // nombre global d'abonnés, 3,94 millions étaient résidentiels".
    if (!part && f.first >= 4 && t[f.first - 1].folded == u","_s) {
        for (qsizetype k = f.first - 2; k >= 0 && k >= f.first - 16 && !part; --k) {
            if (t[k].folded == u","_s || t[k].folded == u";"_s || t[k].folded == u"."_s)
                break;
            if (t[k].folded != u"sur"_s || k + 2 >= f.first - 1)
                continue;
            // ("sur 155 109 candidats,"; not a span of time: "sur 12 mois,".)
            qsizetype n = k + 1;
            while (n + 1 < f.first - 1 && t[n].digit && t[n + 1].digit)
                ++n;
            if (t[k + 1].digit && n + 1 < f.first - 1 && contentWord(t[n + 1]) && !frameNoun(t, n + 1)) {
                part = true;
                continue;
            }
            if (!determiner(t[k + 1].folded))
                continue;
            const QString &head = t[k + 2].folded;
            part = t[k + 2].digit || head == u"total"_s || head == u"ensemble"_s || head == u"nombre"_s;
        }
    }
    // The next item of a "dont" list, with no noun of its own, is a part too: "dont 3 millions à
    // Tanger et 2 millions à Agadir", "dont 303 558 véhicules à l'usine de Tanger et 91 344 à
    // l'usine de Casablanca".
    if (!part && f.first >= 1 && m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
        && m_previous.scope == Scope::Part && m_previous.kind == c.kind && m_previous.last < f.first
        && m_previous.last >= f.first - 14
        && (t[f.first - 1].folded == u"et"_s || t[f.first - 1].folded == u","_s)
        // (An item that names its own noun is a whole of it: "dont 139,3 MMDH des impôts directs
        // et 137,8 MMDH des impôts indirects".)
        && nounAfterConnector(t, f.after) < 0
        // (Nor a clause of its own, its verb right after it: "dont 13 706 cas confirmés en
        // laboratoire, et 184 personnes sont décédées".)
        && !(f.after < t.size()
             && (t[f.after].folded == u"sont"_s || t[f.after].folded == u"ont"_s
                 || t[f.after].folded == u"etaient"_s || t[f.after].folded == u"avaient"_s))) {
        bool plain = true; // no verb nor other figure between
        for (qsizetype k = m_previous.last + 1; k < f.first - 1 && plain; ++k)
            plain = !t[k].digit && !(verbOrAuxiliary(t[k].folded) && t[k].text != u"à"_s)
                && t[k].folded != u"dont"_s;
        part = plain;
    }
    bool increment = incrementWordAround(f);
    // "2.863 nouveaux cas ont été recensés du 17 au 23 février 2025": the new ones of a span of
    // days are the span's count, as "3.365 cas ont été enregistrés du 10 au 16 février 2025" (not
    // the new members of a stock: "12.000 nouveaux abonnés cette semaine"). New cases are always
    // so, dated or not ("Covid-19 : 51 nouveaux cas" titles the body's "51 nouveaux cas … en 24
    // heures"): a total of cases is said so ("un total de 676.683 cas confirmés").
    if (increment && c.kind == ClaimKind::Count
        && !stockNoun(MeasureReader::singular(f.foldedUnit.section(u' ', 0, 0)))
        && (spanOfDays(t) || f.foldedUnit == u"cas"_s))
        increment = false;
    // "33.000 chômeurs de plus", "45.000 personnes en plus"; not "de plus en plus".
    if (f.after + 1 < t.size() && (t[f.after].folded == u"de"_s || t[f.after].folded == u"en"_s)
        && t[f.after + 1].folded == u"plus"_s
        && !(f.after + 2 < t.size() && t[f.after + 2].folded == u"en"_s))
        increment = true;
    Scope scope = Scope::Whole;
    if (c.kind == ClaimKind::Percent || points)
        scope = change ? Scope::Change : Scope::Whole;
    else if (change || increment)
        scope = Scope::Increment;
    if (!c.per.isEmpty())
        scope = Scope::PerPeriod;
    if (part && scope == Scope::Whole)
        scope = Scope::Part;
    if (target)
        scope = Scope::Target;
    return scope;
}

// Whether a sentence dates its figures by a span of a few days: "du 17 au 23 février 2025", "durant
// la semaine", "cette semaine", "en 24 heures".
bool spanOfDays(const QList<Token> &t)
{
    for (qsizetype k = 0; k + 1 < t.size(); ++k) {
        const QString &w = t[k].folded;
        if (w == u"semaine"_s)
            return true;
        if (w == u"heures"_s && k > 0 && t[k - 1].digit && t[k - 1].text.toInt() <= 72)
            return true;
        if (w == u"du"_s && k + 3 < t.size() && t[k + 1].digit && t[k + 1].text.size() <= 2
            && t[k + 2].folded == u"au"_s && t[k + 3].digit && t[k + 3].text.size() <= 2) {
            const int from = t[k + 1].text.toInt();
            const int to = t[k + 3].text.toInt();
            if (to > from && to - from <= 7)
                return true;
        }
    }
    return false;
}

// A participle that tells the state or event of what is counted ("déposés", "traités"): not a
// reporting verb, not an aim's ("l'objectif de 52 % fixé pour 2030": an aim, not a state the
// figure is in).
bool eventWord(const Token &t)
{
    // (Nor what a figure is compared with: "une croissance de 3,5 % comparée à la même période".)
    return t.word && participleLike(t) && !reportingVerb(t.folded) && !targetWord(t.folded)
        && !t.folded.startsWith(u"fixe") && !t.folded.startsWith(u"compare")
        && !t.folded.startsWith(u"rapporte");
}

// After "ont" or "ayant", a participle that eventWord() does not know: one in -i ("ont
// réussi", "ayant choisi"), and "passé" with an object, taking it ("ont passé l'examen"), not a
// level ("est passé de … à").
bool activeParticiple(const Token &t)
{
    const QString &w = t.folded;
    return t.word && !t.capital
        && ((w.size() > 4 && (w.endsWith(u'i') || w.endsWith(u"is")) && !functionWords().contains(w))
            || w == u"passe"_s);
}

// Succeeding, however it is said ("ont décroché leur Bac", "ont pu décrocher le sésame", "ont
// passé avec succès la session normale"): the event of "ont réussi".
void setSucceeded(Measure &m)
{
    m.event = QStringLiteral("reussi");
    m.eventLabel = QStringLiteral("ayant réussi");
}

// The measure's event, from its participle: singular and masculine ("déposées" → "depose").
void setEvent(const Token &t, Measure &m)
{
    m.event = MeasureReader::singular(t.folded);
    // In the masculine: "habitations reconstruites" and "logements reconstruits" read one event.
    // (Not a masculine ending in "é", which folding makes look feminine: "réhabilités" and
    // "distribués" stay "rehabilite" and "distribue", as "distribuées" reads.)
    const QStringView written = t.text.endsWith(u's') || t.text.endsWith(u'S') ? t.text.chopped(1) : t.text;
    const bool accented = written.endsWith(u'é') || written.endsWith(u'É');
    if (!accented && m.event.size() > 3
        && (m.event.endsWith(u"ee") || m.event.endsWith(u"ite") || m.event.endsWith(u"ise")
            || m.event.endsWith(u"ue") || m.event.endsWith(u"rte")))
        m.event.chop(1);
    m.eventLabel = t.text.toString();
}

// A verb of having something in the present or the imperfect, a state ("disposent",
// "possèdent", "détiennent"; not "ont", an auxiliary too).
bool holdingVerb(const QString &f)
{
    static const Words w
        = words({"disposent", "disposaient", "possedent", "possedaient", "detiennent", "detenaient",
                 "dispose", "disposait", "possede", "possedait", "detient", "detenait"});
    return w.contains(f);
}

// What those counted have, as an event ("avec abonnement internet"): a state, counted at a date
// (MeasureReader::holdingEvent()).
const QString &holdingPrefix()
{
    static const QString prefix = QStringLiteral("avec ");
    return prefix;
}

// The present participle of a verb of having (holdingVerb()): "disposant", "possédant", "détenant".
QString holdingParticiple(const QString &f)
{
    return f.startsWith(u"dispos"_s) ? QStringLiteral("disposant")
        : f.startsWith(u"posse"_s)   ? QStringLiteral("possédant")
                                     : QStringLiteral("détenant");
}

// Event: a participle right after the counted noun ("dossiers déposés"), or after an
// auxiliary ("dont 3,6 millions ont été réglées").
void ArticleReading::readEvent(const Figure &f, Measure &m) const
{
    const QList<Token> &t = f.t;
    qsizetype at = f.after;
    // A relative clause says it too: "38.463 candidats qui ont été ajournés", "les 134.965
    // candidats qui se sont présentés".
    qsizetype reach = f.after + 3;
    // ("38.961 autres qui ont été recalés".)
    if (at + 3 < t.size() && t[at].folded == u"autres"_s && t[at + 1].folded == u"qui"_s)
        ++at;
    // ("2.962 autres ont été blessées".)
    else if (at + 2 < t.size() && t[at].folded == u"autres"_s
             && (t[at + 1].folded == u"ont"_s || t[at + 1].folded == u"sont"_s))
        ++at;
    // Past an apposition between commas: "au moins 120 personnes, enfants et adultes, ont succombé".
    if (at + 2 < t.size() && t[at].folded == u","_s) {
        qsizetype close = at + 1;
        while (close < t.size() && close <= at + 5 && t[close].word && !t[close].capital)
            ++close;
        if (close > at + 1 && close + 1 < t.size() && t[close].folded == u","_s
            && (t[close + 1].folded == u"ont"_s || t[close + 1].folded == u"sont"_s)) {
            at = close + 1;
            reach = at + 3;
        }
    }
    // Past a short complement of the counted noun: "838 candidats en situation de handicap ont
    // décroché leur Bac".
    if (at + 2 < t.size() && (t[at].folded == u"en"_s || connector(t[at].folded))) {
        for (qsizetype k = at + 1; k < t.size() && k <= at + 5 && (t[k].word || t[k].folded == u"'"_s); ++k) {
            if (t[k].folded == u"ont"_s || t[k].folded == u"sont"_s || t[k].folded == u"qui"_s) {
                at = k;
                reach = k + 3;
                break;
            }
        }
    }
    if (at + 2 < t.size() && t[at].folded == u"qui"_s) {
        ++at;
        reach = at + 4;
    }
    // Work under way is a state of its own: "763 autres sont en cours de réhabilitation" (not
    // "1.946 établissements scolaires impactés").
    for (qsizetype k = at; k + 3 < t.size() && k <= at + 2; ++k) {
        if (t[k].folded == u"en"_s && t[k + 1].folded == u"cours"_s && connector(t[k + 2].folded)
            && contentWord(t[k + 3])) {
            m.event = QStringLiteral("en cours ") + MeasureReader::singular(t[k + 3].folded);
            m.eventLabel = QStringLiteral("en cours de ") + t[k + 3].text.toString();
            return;
        }
    }
    // Having something is a state of its own, named by what is had: "18,3 millions de Marocains
    // disposent d'un abonnement internet" and "18,3 millions de Marocains possèdent un abonnement
    // internet" count one thing, the holders of a subscription (not of "ces abonnements": what a
    // demonstrative points back to is read nowhere here).
    if (at + 2 < t.size() && holdingVerb(t[at].folded)) {
        qsizetype n = at + 1;
        if (t[n].folded == u"de"_s || t[n].folded == u"d"_s)
            ++n;
        if (n < t.size() && determiner(t[n].folded) && !demonstrative(t[n].folded)
            && !possessive(t[n].folded))
            ++n;
        if (n > at + 1 && n < t.size() && contentWord(t[n]) && !t[n].capital) {
            if (const Phrase had = nounPhrase(t, n, t.size(), m_article.text); !had.isEmpty()) {
                m.event = holdingPrefix() + had.key;
                m.eventLabel
                    = holdingParticiple(t[at].folded) + u' ' + labelOf(t, at + 1, had.last, m_article.text);
                return;
            }
        }
    }
    const auto auxiliary = [&t](qsizetype k) {
        const QString &w = t[k].folded;
        return w == u"ont"_s || w == u"a"_s || w == u"ete"_s || w == u"sont"_s || w == u"est"_s
            || w == u"deja"_s || w == u"etre"_s || w == u"avaient"_s || w == u"avait"_s || w == u"etaient"_s
            || w == u"etait"_s;
    };
    while (at < t.size() && at < reach) {
        // (A reflexive after a relative or "à": "qui se sont présentés", "ils étaient 348.931 à
        // s'être présentés".)
        const bool reflexive = (at == f.after || t[at - 1].folded == u"qui"_s || t[at - 1].folded == u"a"_s)
            && (t[at].folded == u"se"_s || t[at].folded == u"s"_s) && at + 1 < t.size() && auxiliary(at + 1);
        // (An aside between commas after the auxiliary: "qui ont, tout simplement, été recalés".)
        if (t[at].folded == u","_s && at > f.after && auxiliary(at - 1)) {
            qsizetype close = at + 1;
            while (close < t.size() && close <= at + 5 && t[close].word)
                ++close;
            if (close < t.size() && t[close].folded == u","_s && close > at + 1) {
                reach += close + 1 - at;
                at = close + 1;
                continue;
            }
        }
        if (!auxiliary(at) && !reflexive)
            break;
        ++at;
    }
    if (at >= t.size())
        return;
    // "48.178 ont pu décrocher le sésame": what they could do is what they did.
    if (at + 1 < t.size() && at > f.after && (t[at].folded == u"pu"_s || t[at].folded == u"su"_s)
        && t[at - 1].folded == u"ont"_s && t[at + 1].word && t[at + 1].folded.endsWith(u"er"_s)
        && t[at + 1].folded.size() > 4) {
        m.event = t[at + 1].folded.chopped(1);
        m.eventLabel = t[at + 1].text.toString();
        // ("ont pu décrocher le sésame": succeeded.)
        if (m.event == u"decroche"_s) {
            setSucceeded(m);
        }
        if (m.scope == Scope::Part)
            m.scope = Scope::Whole;
        return;
    }
    // "8,9 millions de touristes ont visité le Maroc": an active verb with its object is what the
    // sentence says of them, not a state they are in ("ont été traités", "déposés").
    bool active = false;
    for (qsizetype k = f.after; k < at; ++k) {
        if (t[k].folded == u"ete"_s)
            active = false;
        else if (t[k].folded == u"ont"_s || t[k].folded == u"a"_s || t[k].folded.startsWith(u"avai"_s))
            active = true;
    }
    // Dying said as an idiom: "Vingt-neuf personnes ont trouvé la mort", "33 personnes ont perdu
    // la vie", "ont péri", "sont décédées", "ont été tuées" are deaths; "ont été blessées", the
    // injured (read() makes them the measure when people are counted).
    const QString &w = t[at].folded;
    const bool idiom = at + 2 < t.size() && t[at + 1].folded == u"la"_s
        && ((participleOf(w, QLatin1String("trouve")) && t[at + 2].folded == u"mort"_s)
            || (participleOf(w, QLatin1String("perdu")) && t[at + 2].folded == u"vie"_s));
    if (idiom || participleOf(w, QLatin1String("peri")) || participleOf(w, QLatin1String("decede"))
        || participleOf(w, QLatin1String("tue")) || participleOf(w, QLatin1String("succombe"))) {
        m.event = QStringLiteral("mort");
        m.eventLabel = QStringLiteral("morts");
        return;
    }
    if (participleOf(w, QLatin1String("blesse"))) {
        m.event = QStringLiteral("blesse");
        m.eventLabel = QStringLiteral("blessés");
        return;
    }
    const bool objectNext = at + 1 < t.size() && determiner(t[at + 1].folded);
    // (Succeeding, however it is said: "ont passé avec succès la session normale" as "ont réussi".)
    if (active && participleOf(w, QLatin1String("passe")) && at + 2 < t.size()
        && t[at + 1].folded == u"avec"_s && t[at + 2].folded == u"succes"_s) {
        setSucceeded(m);
        if (m.scope == Scope::Part && at > f.after)
            m.scope = Scope::Whole;
        return;
    }
    if (!eventWord(t[at]) && !(active && objectNext && activeParticiple(t[at])))
        return;
    // But what they did to a thing is their event: "80.615 ont passé l'examen", "21.289 ont
    // réussi l'examen", "245.109 candidats ont décroché leur Bac" are three counts, never one.
    if (active && at + 1 < t.size()) {
        const Token &object = t[at + 1];
        const bool named = object.capital
            || (determiner(object.folded) && !possessive(object.folded) && at + 2 < t.size()
                && t[at + 2].capital);
        if (named)
            return;
    }
    setEvent(t[at], m);
    // Succeeding, however it is said: "ont décroché leur Bac", "ont passé avec succès la session
    // normale" are "ont réussi".
    if (active && m.event == u"decroche"_s && objectNext) {
        setSucceeded(m);
    }
    // "dont 3,6 millions ont été réglées": those that went one step further, a whole of
    // their own, not a part.
    if (m.scope == Scope::Part && at > f.after)
        m.scope = Scope::Whole;
}

// The counted noun `key` written before the figure in its clause, followed by a participle: its
// state or event ("le nombre de dossiers déposés a atteint…").
void ArticleReading::readEventBefore(const Figure &f, const QString &key, Measure &m)
{
    const QList<Token> &t = f.t;
    // (Further, past an aside between commas, only before "ayant": "Le nombre des candidats
    // ayant obtenu une mention, parmi les scolarisés et les libres, a atteint 127.338"; not past
    // another number nor the end of a clause.)
    for (qsizetype k = f.first - 2; k >= 0 && k >= f.first - 24; --k) {
        const bool near = k >= f.clauseStart && k >= f.first - 16;
        if (!near && (t[k].digit || t[k].folded == u";"_s || t[k].folded == u"."_s))
            return;
        if (!t[k].word || MeasureReader::singular(t[k].folded) != key)
            continue;
        // Past an adjective, and "ayant" before an active participle: "le nombre des candidats
        // libres ayant passé cet examen", "ayant réussi l'examen", "ayant obtenu une mention".
        qsizetype n = k + 1;
        if (n + 1 < f.first && contentWord(t[n]) && t[n + 1].folded == u"ayant"_s)
            ++n;
        if (n + 1 < f.first && t[n].folded == u"ayant"_s) {
            const Token &p = t[n + 1];
            if ((eventWord(p) || activeParticiple(p)) && !p.capital && !changeWord(p.folded))
                setEvent(p, m);
            return;
        }
        if (!near)
            return;
        const Token &p = t[n];
        if (!p.capital && !changeWord(p.folded) && eventWord(p))
            setEvent(p, m);
        return;
    }
}

// A site where things are made, handled or counted: "l'usine", "le port", "l'aéroport".
bool siteNoun(const QString &f)
{
    static const Words w
        = words({"usine",     "usines",   "site",      "sites",   "port",     "ports",      "aeroport",
                 "aeroports", "centrale", "centrales", "barrage", "barrages", "mine",       "mines",
                 "gare",      "gares",    "complexe",  "station", "stations", "plateforme", "terminal"});
    return w.contains(f) || f == u"station-service"_s || f == u"stations-service"_s;
}

// A common noun of a place: "dans la région de Fès", "dans les villes", "en milieu rural".
bool placeNoun(const QString &f)
{
    static const Words w = words({"region",    "regions",    "ville",       "villes",      "province",
                                  "provinces", "zone",       "zones",       "pays",        "commune",
                                  "communes",  "wilaya",     "wilayas",     "departement", "departements",
                                  "localite",  "localites",  "milieu",      "territoire",  "monde",
                                  "capitale",  "prefecture", "prefectures", "gouvernorat", "gouvernorats"});
    return w.contains(f);
}

// The noun phrase after the figure's connector ("de", "des"), past a determiner: what a change
// or a share is of. Empty when no content word follows.
qsizetype nounAfterConnector(const QList<Token> &t, qsizetype after)
{
    if (after >= t.size() || !connector(t[after].folded))
        return -1;
    qsizetype n = after + 1;
    // (After an article a word in -ent is a noun: "de l'excédent commercial".)
    const bool article = n < t.size() && determiner(t[n].folded);
    if (article)
        ++n;
    if (n < t.size() && (article ? nounAfterDeterminer(t[n]) : contentWord(t[n])) && !frameNoun(t, n))
        return n;
    return -1;
}

// A unit that is a noun ("dossiers", "nuitées", "électeurs"): what is counted, with its
// complement written after it ("dossiers de prise en charge").
// The words that frame a figure without naming what it measures: "de l'ordre de", "à hauteur
// de", "la barre des", "une somme de".
bool amountFrame(const QString &w)
{
    static const Words frames
        = words({"ordre", "hauteur", "barre", "cap", "seuil", "somme", "moyenne", "niveau", "rythme",
                 "chiffre", "record", "plafond", "total", "fourchette", "hypothese"});
    return frames.contains(w);
}

// Whether the figure at `first` complements the noun before it: "une aide mensuelle de 2.500
// dirhams", "un budget de 3 milliards" (not a verb's "de": "s'élève de", nor a frame: "de l'ordre
// de").
bool complementsNoun(const QList<Token> &t, qsizetype first)
{
    if (first < 2 || !(t[first - 1].folded == u"de"_s || t[first - 1].folded == u"d"_s))
        return false;
    const Token &before = t[first - 2];
    return before.word && !before.capital && !verbLike(before.folded) && !amountFrame(before.folded)
        && !functionWords().contains(before.folded) && !participleLike(before);
}

// Whether a label opens on a vowel or an "h", before which "de" and "le" elide: "d'huile",
// "de l'encours".
bool elidesBefore(const QString &label)
{
    const QString folded = TextUtil::fold(label.left(1));
    return !folded.isEmpty() && QStringView(u"aeiouh").contains(folded.front());
}

// A past participle of no regular ending: "ouvertes", "offerts", "couvertes", "prises" ("mis" is
// too short to be read as an adjective anyway).
bool irregularParticiple(const QString &f)
{
    static const QLatin1String stems[]
        = {QLatin1String("ouvert"),    QLatin1String("offert"),   QLatin1String("couvert"),
           QLatin1String("decouvert"), QLatin1String("souffert"), QLatin1String("pris"),
           QLatin1String("mis")};
    return std::any_of(std::begin(stems), std::end(stems),
                       [&f](QLatin1String stem) { return participleOf(f, stem); });
}

// An adverb between a source and its reporting verb: "fait aussi état", "indique par ailleurs".
bool reportAdverb(const Token &x)
{
    return x.folded == u"aussi"_s || x.folded == u"egalement"_s || x.folded == u"en"_s
        || x.folded == u"outre"_s || x.folded == u"par"_s || x.folded == u"ailleurs"_s;
}

// The reporting verb whose subject is the noun phrase ending at `last`, past the name it is of
// and an adverb ("Ce bulletin fait aussi état", "Le bulletin de l'Office des changes fait état",
// "le rapport indique"); -1 when none follows it.
qsizetype reportingVerbAfter(const QList<Token> &t, qsizetype last, qsizetype to)
{
    qsizetype v = last + 1;
    if (v < to && connector(t[v].folded)) {
        qsizetype w = v;
        while (w < to && w <= last + 8 && t[w].word && !sourceReportsAt(t, w))
            ++w;
        if (w < to && w <= last + 8 && sourceReportsAt(t, w))
            v = w;
    }
    while (v < to && v <= last + 11 && reportAdverb(t[v]))
        ++v;
    return v < to && sourceReportsAt(t, v) ? v : -1;
}

// The first word of what "fait état de" at `v` reports ("fait aussi état d'un excédent"), not a
// change or a frame; -1 for any other reporting verb.
qsizetype reportedNounAt(const QList<Token> &t, qsizetype v, qsizetype to)
{
    if (t[v].folded != u"fait"_s && t[v].folded != u"font"_s)
        return -1;
    qsizetype o = v + 1;
    while (o < to && o <= v + 3 && reportAdverb(t[o]))
        ++o;
    if (!(o + 1 < to && t[o].folded == u"etat"_s && connector(t[o + 1].folded)))
        return -1;
    o += 2;
    const bool article = o < to && determiner(t[o].folded);
    if (article)
        ++o;
    return o < to && (article ? nounAfterDeterminer(t[o]) : contentWord(t[o])) && !changeWord(t[o].folded)
            && !frameNoun(t, o)
        ? o
        : -1;
}

// How far back a figure looks for its sentence's subject: a sentence's subject is within a
// few dozen words of its figures, and a page-long "sentence" of figures is read in linear time.
constexpr qsizetype kSubjectReach = 80;

Phrase ArticleReading::countedNoun(const Figure &f, bool &countNoun) const
{
    const Claim &c = f.claim;
    const QList<Token> &t = f.t;
    // (A word of three letters is an abbreviation, "cas" aside: "713 cas ont été enregistrés"
    // counts cases, not what the paragraph measured before, "1 décès".)
    bool nounUnit
        = !c.unit.isEmpty() && c.unit.front().isLower() && (c.unit.size() > 3 || c.unit == u"cas"_s);
    for (const QChar ch : c.unit)
        nounUnit = nounUnit && (ch.isLetter() || ch == u' ' || ch == u'-');
    // (A currency's hundredth is money, no thing counted: "le litre d'essence a reculé de 16
    // centimes".)
    if (f.foldedUnit == u"centimes"_s || f.foldedUnit == u"centime"_s)
        nounUnit = false;
    countNoun = nounUnit && !genericUnit(f.foldedUnit) && c.kind != ClaimKind::Percent
        && c.kind != ClaimKind::Duration && c.kind != ClaimKind::Money;
    // Cases are cases of the article's topic whatever their complement says ("807 cas de rougeole"
    // and "713 cas" are one count), unless it is a noun the article counts by as well: "6 cas de
    // décès" beside "3 décès" are deaths.
    // (Not when the sentence names the number of what they are before: "Le nombre de blessés graves
    // … avec 16 936 cas observés" counts the blessés graves.)
    if (countNoun && f.foldedUnit == u"cas"_s && c.kind == ClaimKind::Count) {
        bool numberOf = false;
        for (qsizetype k = f.first - 1; k >= 1 && k >= f.first - 20 && !numberOf; --k)
            numberOf = t[k - 1].folded == u"nombre"_s && connector(t[k].folded) && k + 1 < f.first
                && contentWord(t[k + 1]);
        if (numberOf) {
            countNoun = false;
        } else {
            if (const qsizetype n = nounAfterConnector(t, f.after); n >= 0) {
                if (const QString what = casesOf(MeasureReader::singular(t[n].folded)); what != u"cas"_s)
                    return {what, t[n].text.toString(), n};
            }
            return {QStringLiteral("cas"), c.unit, f.last};
        }
    }
    // A unit of measure ("quintaux", "tonnes", "hectares") says how much, not what: "103
    // millions de quintaux de céréales" measures céréales, "4,35 millions d'hectares" a
    // superficie named elsewhere.
    // Likewise a symbol: "1 770 MW d'énergie hydroélectrique" measures the énergie hydroélectrique.
    const bool symbol = !nounUnit && !c.unit.isEmpty() && c.kind == ClaimKind::Other;
    if ((countNoun || symbol) && c.kind == ClaimKind::Other) {
        countNoun = false;
        const qsizetype n = nounAfterConnector(t, f.after);
        if (n < 0)
            return {};
        const Phrase what = nounPhrase(t, n, f.clauseEnd, m_article.text);
        // (Not a noun that introduces the next figure: "165,2 mille tonnes d'une valeur de 4391,9
        // millions de dinars" are tonnes of what the clause's subject counts.)
        if (!what.isEmpty() && what.last + 2 < t.size()
            && (t[what.last + 1].folded == u"de"_s || t[what.last + 1].folded == u"d"_s)
            && (t[what.last + 2].digit || figureAt(t[what.last + 2].start) != nullptr))
            return {};
        // Of the flow other than its making its clause's subject names: "Les exportations ont atteint 5
        // millions de tonnes de blé" are the exportations de blé, as "les exportations de blé" read
        // ("la récolte a atteint 50,6 millions de quintaux de blé tendre", "la production totale du
        // site … est de 2,94 millions de barils de pétrole brut" measure the blé, the pétrole: what
        // is made is what is counted).
        static const Words flows = words({"exportation", "exportations", "importation", "importations",
                                          "vente", "ventes", "consommation", "achats", "livraisons"});
        if (!what.isEmpty()) {
            // (The flow the figure complements, "avec une production totale de 2,96 millions de
            // barils", else its clause's subject, else its sentence's: "la production totale du site,
            // pour le mois de novembre 2024, est de 2,94 millions de barils".)
            Phrase s;
            for (qsizetype k = f.first - 2; k >= 0 && k >= f.first - 4 && s.isEmpty(); --k) {
                if (flows.contains(t[k].folded) && k + 1 < f.first
                    && (t[f.first - 1].folded == u"de"_s || t[f.first - 1].folded == u"d"_s))
                    s = {t[k].folded, t[k].text.toString(), k};
                else if (!t[k].word || !(neutralModifier(t[k].folded) || adjectiveLike(t[k].folded)))
                    break;
            }
            // (Or the flow's verb right before the figure: "la Tunisie a exporté près de 173 900
            // tonnes d'huile d'olive" are its exportations d'huile d'olive.)
            if (s.isEmpty()) {
                if (const auto [flow, verb] = flowVerbBefore(t, f.first, f.clauseStart); flows.contains(flow))
                    s = {flow, flow + u's', verb};
            }
            if (s.isEmpty())
                s = subject(t, f.clauseStart, f.first);
            if (s.isEmpty())
                s = subject(t, qMax<qsizetype>(0, f.first - kSubjectReach), f.first);
            if (!s.isEmpty() && s.last < f.first && flows.contains(s.key.section(u' ', 0, 0))) {
                const QString head = s.label.section(u' ', 0, 0);
                return {MeasureReader::singular(s.key.section(u' ', 0, 0)) + u' ' + what.key,
                        head + (elidesBefore(what.label) ? QStringLiteral(" d'") : QStringLiteral(" de "))
                            + what.label,
                        what.last};
            }
        }
        return what;
    }
    // An amount's complement after its currency is what it measures: "367,8 milliards de
    // dirhams de recettes ordinaires", "333,3 milliards de dirhams pour les dépenses ordinaires".
    // (f.after is past the currency's words: "de dirhams", "d'euros", "DH"; and past their
    // abbreviation in parentheses: "92,73 milliards de dirhams (MMDH) de transferts".)
    qsizetype a = f.after;
    qsizetype clauseEnd = f.clauseEnd;
    if (c.kind == ClaimKind::Money && a + 3 < t.size() && t[a].folded == u"("_s && t[a + 2].folded == u")"_s
        && acronymToken(t[a + 1])) {
        a += 3;
        clauseEnd = a;
        while (clauseEnd < t.size() && !clauseDelimiter(t[clauseEnd], true))
            ++clauseEnd;
    }
    if (c.kind == ClaimKind::Money && a + 1 < t.size() && !t[a + 1].capital) {
        qsizetype n = -1;
        if (connector(t[a].folded))
            n = complementArticle(t[a + 1].folded) ? a + 2 : a + 1;
        // (Not when the amount complements a noun before it: "des aides d'urgence de 2.500
        // dirhams pour les familles" are aids, the families are who get them.)
        else if (t[a].folded == u"pour"_s && a + 2 < t.size() && determiner(t[a + 1].folded)
                 && !complementsNoun(t, f.first))
            n = a + 2;
        // (After its article a word in -its is a noun: "21,3 MMDH des droits de douane", "des
        // produits".)
        const bool article = n > 0 && (determiner(t[n - 1].folded) || complementArticle(t[n - 1].folded))
            && (t[n].folded.endsWith(u"it"_s) || t[n].folded.endsWith(u"its"_s));
        if (n > 0 && n < clauseEnd && contentWord(t[n]) && !t[n].capital && (article || !participleLike(t[n]))
            && !frameNoun(t, n) && !quantityWord(t[n].folded)) {
            const Phrase p = nounPhrase(t, n, clauseEnd, m_article.text);
            if (!p.isEmpty() && !bareHead(p.key))
                return p;
        }
    }
    if (!countNoun)
        return {};
    Phrase noun;
    noun.key = MeasureReader::singular(f.foldedUnit.section(u' ', 0, 0));
    noun.label = c.unit;
    qsizetype after = f.after;
    // A unit of subscribers the figure takes from the noun before it, in its clause's subject,
    // with what they subscribe to: "le nombre d'abonnés à l'internet fixe a dépassé les 4,02
    // millions".
    // So does any count whose unit the text names only before it, with its adjective: "Le nombre de
    // blessés graves est lui resté stable, à environ 16 000" counts the blessés graves.
    const bool unitBefore = after == f.last + 1 && !c.unit.contains(u' ');
    if (unitBefore && !subscriptionHead(noun.key)) {
        for (qsizetype k = f.first - 1; k >= 0 && k >= f.first - 16 && k >= f.clauseStart - 8; --k) {
            // (Past a figure coordinated to this one: "a été de 250.600 au deuxième trimestre et de
            // 259.600 au premier".)
            if (t[k].folded == u";"_s)
                break;
            if (!t[k].word || MeasureReader::singular(t[k].folded) != noun.key)
                continue;
            // (Not in a group: "parmi les scolarisés et les candidats libres, a atteint 127.338".)
            bool group = false;
            for (qsizetype j = k - 1; j >= 0 && j >= k - 6 && !group; --j)
                group = t[j].folded == u"parmi"_s || t[j].folded == u"chez"_s;
            if (group)
                continue;
            const Phrase p = phraseAt(t, k, f.first, m_article.text);
            // (An adjective, not a participle, "mis" included: "4 280 véhicules mis en fourrière".)
            // (Nor an increment's word, "850 agents supplémentaires", nor an irregular participle,
            // "le nombre de places ouvertes".)
            const QString &adjective = t[k + 1].folded;
            if (p.key.startsWith(noun.key + u' ') && p.last == k + 1 && !participleLike(t[k + 1])
                && adjective.size() > 3 && !incrementWord(adjective) && !neutralModifier(adjective)
                && !targetWord(adjective) && !irregularParticiple(adjective))
                return p;
            break;
        }
    }
    if (unitBefore && subscriptionHead(noun.key)) {
        qsizetype reach = f.first - 16;
        for (qsizetype k = f.first - 1; k >= 0 && k >= reach; --k) {
            // (Past an aside in parentheses, whatever its length: "le nombre d'abonnements aux
            // réseaux téléphoniques mobiles (Tunisie Télécom, Ooredoo Tunisie, Orange Tunisie,
            // Lycamobile et Cayon Cloud Communications 3C) a atteint 16,4 millions".)
            if (t[k].folded == u")"_s) {
                if (const qsizetype open = openingParenthesis(t, k, 40); open > 0) {
                    reach -= k - open + 1;
                    k = open;
                    continue;
                }
            }
            if (t[k].digit || t[k].folded == u";"_s)
                break;
            if (!t[k].word || MeasureReader::singular(t[k].folded) != noun.key)
                continue;
            const Phrase p = phraseAt(t, k, f.first, m_article.text);
            if (p.key.startsWith(noun.key + u' ') && p.last < f.first)
                return p;
            break;
        }
        // Or in the sentence before, when a pronoun opens the figure's clause: "Le nombre
        // d'abonnés à l'internet, fixe et mobile, continue de croître. Il atteint 45,30 millions".
        const QString &opening = t[qMin(f.clauseStart, t.size() - 1)].folded;
        if (f.sentence > 0 && f.clauseStart < f.first && subjectPronoun(opening)) {
            const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
            for (qsizetype k = 0; k + 1 < before.size() && k < 40; ++k) {
                if (before[k].digit)
                    break;
                if (!before[k].word || MeasureReader::singular(before[k].folded) != noun.key)
                    continue;
                const Phrase p = phraseAt(before, k, before.size(), m_article.text);
                if (p.key.startsWith(noun.key + u' '))
                    return p;
                break;
            }
        }
    }
    // And after the figure: "45,30 millions d'abonnés à l'internet fixe et mobile" (its last
    // adjective left out when another is coordinated to it, past an aside in parentheses: fixed and
    // mobile is the whole).
    if (after == f.after && after > 0 && after + 1 < t.size() && !c.unit.contains(u' ')
        && subscriptionHead(noun.key)
        && (t[after].text == u"à"_s || t[after].folded == u"au"_s || t[after].folded == u"aux"_s)) {
        Phrase p = phraseAt(t, after - 1, f.clauseEnd, m_article.text);
        if (p.key.startsWith(noun.key + u' ') && p.last >= after) {
            qsizetype k = p.last + 1;
            if (k < t.size() && t[k].folded == u"("_s) {
                while (k < t.size() && k < p.last + 16 && t[k].folded != u")"_s)
                    ++k;
                ++k;
            }
            if (k + 1 < t.size() && (t[k].folded == u"et"_s || t[k].folded == u"ou"_s) && t[k + 1].word
                && !t[k + 1].capital && adjectiveLike(t[k + 1].folded) && p.key.count(u' ') >= 2
                && adjectiveLike(t[p.last].folded)) {
                p.key = p.key.section(u' ', 0, -2);
                p.label = labelOf(t, after - 1, p.last - 1, m_article.text);
                --p.last;
            }
            return p;
        }
    }
    // A grade that follows the counted noun is part of it: "169 mentions très bien, 1 584 mentions
    // bien et 7 697 mentions assez bien" are three counts, none of all the mentions.
    if (!c.unit.contains(u' ') && after + 1 < t.size() && t[after].word) {
        const QString &w = t[after].folded;
        const QString &next = t[after + 1].folded;
        const bool degree = (w == u"tres"_s || w == u"assez"_s || w == u"fort"_s)
            && (next == u"bien"_s || (t[after + 1].word && adjectiveLike(next)));
        const bool alone = w == u"bien"_s && (!t[after + 1].word || next == u"et"_s || next == u"ou"_s);
        if (degree || alone) {
            const qsizetype last = degree ? after + 1 : after;
            noun.key += u' ' + (degree ? w + u' ' + next : w);
            noun.label = c.unit + u' ' + labelOf(t, after, last, m_article.text);
            after = last + 1;
        }
    }
    // An adjective that follows the counted noun is part of it: "4000 bureaux centraux".
    if (!c.unit.contains(u' ') && after < f.clauseEnd && t[after].word && !t[after].capital
        && adjectiveLike(t[after].folded) && !participleLike(t[after])
        && !functionWords().contains(t[after].folded) && !incrementWord(t[after].folded)
        && !neutralModifier(t[after].folded) && !targetWord(t[after].folded)) {
        noun.key += u' ' + MeasureReader::singular(t[after].folded);
        noun.label = c.unit + u' ' + t[after].text;
        ++after;
    }
    // Subscriptions of nothing named are to the sector the sentence, or a sentence with no figure
    // right before it, is about: "Le secteur de l'internet mobile a connu une évolution
    // importante : le nombre d'abonnements est passé de 3,4 millions à 11,8 millions", "Le
    // secteur internet fixe a aussi connu une évolution. En effet, le nombre d'abonnements…"; to
    // the topic a sentence opens on ("Pour l'internet fixe, le nombre d'abonnés s'est chiffré à
    // 4,35 millions"), or to what a relative pronoun stands for ("… dominé par l'internet mobile,
    // lequel totalisait 42,90 millions d'abonnés actifs").
    // (Past the adjective read above: "d'abonnés actifs".)
    if (after <= f.after + 1 && subscriptionHead(noun.key.section(u' ', 0, 0)) && noun.key.count(u' ') < 2
        && !(after < t.size() && connector(t[after].folded))) {
        const Phrase topic = topicOf(f, subscriptionHead);
        if (!topic.isEmpty())
            return {noun.key + u' ' + topic.key, noun.label + QStringLiteral(" (") + topic.label + u')',
                    noun.last};
    }
    if (after < t.size() && connector(t[after].folded) && after + 1 < t.size() && contentWord(t[after + 1])
        && !frameNoun(t, after + 1) && !participleLike(t[after + 1])) {
        const Phrase complement = phraseAt(t, after + 1, f.clauseEnd, m_article.text);
        // "15,9 millions d'arrivées de touristes" count touristes, as "les arrivées de touristes".
        if (!complement.isEmpty() && flowNoun(f.foldedUnit.section(u' ', 0, 0)) && !t[after + 1].capital)
            return complement;
        if (!complement.isEmpty() && complement.key.count(u' ') < 2) {
            noun.key += u' ' + complement.key;
            noun.label = c.unit + u' ' + labelOf(t, after, complement.last, m_article.text);
        } else if (!complement.isEmpty()) { // "établissements de soins de santé primaires": its head
            noun.key += u' ' + complement.key.section(u' ', 0, 0);
            noun.label = c.unit + u' ' + labelOf(t, after, after + 1, m_article.text);
        }
    }
    return noun;
}

// The clause's subject: its first noun phrase after a determiner, not in a prepositional
// phrase.

Phrase ArticleReading::subject(const QList<Token> &t, qsizetype from, qsizetype to) const
{
    // "Côté recettes, elles ont atteint 69,7 milliards": the topic.
    if (from == 0 && to > 2 && t[0].folded == u"cote"_s && contentWord(t[1]) && !changeWord(t[1].folded))
        return phraseAt(t, 1, to, m_article.text);
    const auto nextDeterminer = [&t, to](qsizetype k) {
        return k < t.size() ? qMin(t[k].nextDeterminer, to) : to;
    };
    for (qsizetype k = nextDeterminer(from); k < to; k = nextDeterminer(k + 1)) {
        // Not a complement ("à la fin", "de l'énergie"), but a topic: "Quant à la consommation
        // de l'énergie électrique, elle…", "Pour ce qui est de l'énergie produite", "S'agissant
        // des nuitées", "En ce qui concerne les recettes".
        auto before = [&](qsizetype back) {
            return k >= back ? QStringView(t[k - back].folded) : QStringView();
        };
        const bool topic = (before(1) == u"a"_s && before(2) == u"quant"_s) || before(1) == u"quant"_s
            || (connector(before(1).toString())
                && (before(2) == u"agissant"_s || (before(2) == u"est"_s && before(3) == u"qui"_s)))
            || before(1) == u"concernant"_s || before(1) == u"concerne"_s;
        if (k > 0 && (preposition(t[k - 1].folded) || connector(t[k - 1].folded)) && !topic
            && t[k].folded != u"au"_s && t[k].folded != u"aux"_s)
            continue;
        if ((t[k].folded == u"au"_s || t[k].folded == u"aux"_s) && !topic)
            continue;
        // Nor the complement of a name: "Selon l'Office des changes, les transferts…".
        if ((t[k].folded == u"des"_s || t[k].folded == u"du"_s) && k > 0 && t[k - 1].word && t[k - 1].capital
            && !topic)
            continue;
        qsizetype n = k + 1;
        // "L'Ebidta ressort à 132,2 milliards": an account's acronym is what is measured.
        // (Not one written in capitals, which the text may define: "le Résultat net part du groupe
        // (RNPG)", read as its definition.)
        if (n < to && t[n].word && accountAcronym(t[n].folded) && !t[n].text.toString().isUpper())
            return {t[n].folded, t[n].text.toString(), n};
        // "Le PIB a progressé de 3,2 %": an acronym that changes is what is measured (an institution
        // says, it does not grow: "le HCP a indiqué").
        if (n + 1 < to && acronymToken(t[n])) {
            qsizetype v = n + 1;
            while (v < to && v <= n + 3 && !changeWord(t[v].folded)
                   && (t[v].folded == u"a"_s || t[v].folded == u"s"_s || t[v].folded == u"est"_s
                       || t[v].folded == u"ont"_s || t[v].folded == u"se"_s || t[v].folded == u"ayant"_s
                       || t[v].folded == u"avait"_s))
                ++v;
            // (Past a verb that shows its change: "l'IPAI a affiché une nouvelle hausse de 3,8 %",
            // "a enregistré une baisse", "a connu un recul".)
            if (v + 1 < to && !changeWord(t[v].folded)
                && (t[v].folded.startsWith(u"affich"_s) || t[v].folded.startsWith(u"enregistr"_s)
                    || t[v].folded == u"connu"_s || t[v].folded.startsWith(u"marqu"_s))
                && (t[v + 1].folded == u"une"_s || t[v + 1].folded == u"un"_s)) {
                v += 2;
                if (v + 1 < to && degreeAdjective(t[v].folded) && changeWord(t[v + 1].folded))
                    ++v;
            }
            if (v < to && changeWord(t[v].folded) && !t[v].capital)
                return {t[n].folded, t[n].text.toString(), n};
        }
        // "une légère reprise de 0,2 %": the change, not its adjective.
        // (Any adjective in -ant: "une impressionnante augmentation", "une inquiétante baisse".)
        if (n + 1 < to && changeWord(t[n + 1].folded)
            && (degreeAdjective(t[n].folded)
                || (t[n].folded.size() > 6
                    && (t[n].folded.endsWith(u"ante") || t[n].folded.endsWith(u"antes")
                        || t[n].folded.endsWith(u"ant") || t[n].folded.endsWith(u"ants")))))
            ++n;
        if (n < to && (n == k + 1 ? nounAfterDeterminer(t[n]) : contentWord(t[n])) && !frameNoun(t, n)
            && !changeWord(t[n].folded) && !targetWord(t[n].folded)) {
            const Phrase p = nounPhrase(t, n, to, m_article.text);
            // A source that reports is not what it reports on: "Ce bulletin fait aussi état d'un
            // excédent de la balance de services en baisse de 5,8 %" measures the excédent; "le
            // rapport indique que…", the clause's own subject, after.
            if (const qsizetype v = p.isEmpty() ? -1 : reportingVerbAfter(t, p.last, to); v >= 0) {
                if (const qsizetype o = reportedNounAt(t, v, to); o >= 0) {
                    if (const Phrase reported = nounPhrase(t, o, to, m_article.text); !reported.isEmpty())
                        return reported;
                }
                continue;
            }
            if (!p.isEmpty())
                return p;
        }
        // A common noun some write with a capital, which the article writes in lower case too:
        // "le Résultat net part du groupe (RNPG) ressort à 2,6 milliards" (not a name: "le Maroc").
        if (n == k + 1 && n + 1 < to && t[n].word && t[n].capital && !t[n].text.toString().isUpper()
            && m_lowercase.contains(t[n].folded) && t[n + 1].word && !t[n + 1].capital
            && Countries::ofPeople(t[n].text).isEmpty()) {
            Token word = t[n];
            word.capital = false;
            if (nounAfterDeterminer(word) && !changeWord(word.folded) && !targetWord(word.folded)) {
                const Phrase p = commonPhraseAt(t, n, to, m_article.text);
                if (!p.isEmpty())
                    return p;
            }
        }
        // "La moyenne mensuelle de la subvention est de 1,306 milliard": an average that is the
        // clause's subject measures what is averaged (averagePer() reads its period).
        if (n + 2 < to && t[n].folded == u"moyenne"_s) {
            qsizetype c = n + 1;
            while (c < to && c <= n + 2 && t[c].word && !connector(t[c].folded) && adjectiveLike(t[c].folded))
                ++c;
            if (c + 1 < to && connector(t[c].folded)) {
                ++c;
                if (c < to && complementArticle(t[c].folded))
                    ++c;
                if (c < to && contentWord(t[c]) && !t[c].capital && !frameNoun(t, c)) {
                    if (const Phrase averaged = phraseAt(t, c, to, m_article.text); !averaged.isEmpty())
                        return averaged;
                }
            }
        }
        // "La hausse des dépenses … à 1,6 %": a change that is the clause's subject measures what
        // changes; "La croissance du PIB est attendue à 5 %", with nothing else named, the growth.
        if (n + 2 < to && changeWord(t[n].folded) && connector(t[n + 1].folded) && t[n + 2].word) {
            // (Not the change the figure is, past its qualifier: "enregistrant une progression de
            // près de 20 %".)
            bool qualifierOnly = true;
            for (qsizetype q = n + 2; q < to && qualifierOnly; ++q)
                qualifierOnly = !contentWord(t[q]) && !t[q].capital && !t[q].digit;
            if (qualifierOnly)
                continue;
            qsizetype c = n + 2;
            if (c < to && complementArticle(t[c].folded))
                ++c;
            const Phrase changed
                = c < to && contentWord(t[c]) ? phraseAt(t, c, to, m_article.text) : Phrase();
            return changed.isEmpty() ? headPhrase(t, n, to, m_article.text) : changed;
        }
    }
    return {};
}

// A share: "43 % des recettes".
// The article of a complement written after a demonstrative or a possessive ("de ce besoin",
// "de ces impayés"), for a label: "du besoin", "des impayés", "de l'encours".
QString complementArticleFor(const QString &pointing, const QString &label)
{
    if (pointing == u"ces"_s || pointing == u"ses"_s || pointing == u"leurs"_s || pointing == u"nos"_s
        || pointing == u"vos"_s)
        return QStringLiteral("des ");
    if (elidesBefore(label))
        return QStringLiteral("de l'");
    if (pointing == u"ce"_s || pointing == u"cet"_s || pointing == u"son"_s)
        return QStringLiteral("du ");
    if (pointing == u"cette"_s || pointing == u"sa"_s)
        return QStringLiteral("de la ");
    return QStringLiteral("de ");
}

Phrase ArticleReading::share(const Figure &f) const
{
    const QList<Token> &t = f.t;
    // "les trois quarts (72,4 %) de …": past the parentheses holding it.
    qsizetype after = f.after;
    if (after < t.size() && t[after].folded == u")"_s)
        ++after;
    // "72,8 % de l'ensemble des actifs", "de la totalité des": of the actifs.
    qsizetype whole = after + 1;
    if (whole < t.size() && determiner(t[whole].folded))
        ++whole;
    if (after < t.size() && connector(t[after].folded) && whole + 1 < t.size()
        && (t[whole].folded == u"ensemble"_s || t[whole].folded == u"totalite"_s
            || t[whole].folded == u"total"_s)
        && connector(t[whole + 1].folded))
        after = whole + 1;
    const qsizetype n = nounAfterConnector(t, after);
    if (n < 0)
        return {};
    qsizetype end = n;
    while (end < t.size() && !clauseDelimiter(t[end], true))
        ++end;
    const Phrase p = phraseAt(f.t, n, end, m_article.text);
    if (p.isEmpty())
        return {};
    // "Dans la moitié des cas, ce complément dépasse 3 000 dirhams", "dans 80 % des cas": how
    // often, no share of a count.
    if (p.key == u"cas"_s && f.first >= 1
        && (t[f.first - 1].folded == u"dans"_s || (f.first >= 2 && t[f.first - 2].folded == u"dans"_s)))
        return {};
    // Its connector as written: "part de la production électrique", "part des recettes"; not a
    // demonstrative or a possessive, which point at the sentence ("de ces impayés").
    static const Words pointing = words(
        {"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"});
    const bool written = after + 1 < t.size() && !pointing.contains(t[after + 1].folded);
    return {QStringLiteral("part ") + p.key,
            written ? QString(QStringLiteral("part ") + labelOf(t, after, p.last, m_article.text))
                    : QString(QStringLiteral("part ")
                              + complementArticleFor(t.value(after + 1).folded, p.label) + p.label),
            p.last};
}

// The rate the text named last before the figure: in the three sentences of its paragraph
// before its own, else in the last three of the body paragraph before ("Quant au taux de chômage
// national, il a grimpé de 11,2 % à 12,4 %." then "Les hommes ont enregistré une augmentation de
// 1,1 point"). That paragraph is read from its own text, whatever was read of it before (a long
// article's paragraphs are read in ranges), and only when of ordinary length.
Phrase ArticleReading::rateBefore(const Figure &f) const
{
    auto rateIn = [this](const Sentence &s) {
        for (auto k = s.heads.crbegin(); k != s.heads.crend(); ++k) {
            if (rateHead(s.tokens[*k].folded)) {
                const Phrase p = headPhrase(s.tokens, *k, s.tokens.size(), m_article.text);
                if (!p.isEmpty() && !bareHead(p.key))
                    return p;
            }
        }
        return Phrase();
    };
    for (int s = f.sentence - 1; s >= 0 && s >= f.sentence - 3; --s) {
        if (const Phrase p = rateIn(f.sentences[s]); !p.isEmpty())
            return p;
    }
    const int q = bodyParagraphBefore(f.claim.paragraph);
    // (A page-long paragraph is not split again for each figure.)
    constexpr qsizetype kLongestRead = 5000;
    if (q < 0 || m_article.paragraphs[q].length() > kLongestRead)
        return {};
    const QList<TextSpan> spans = ClaimContext::sentences(m_article, q);
    for (auto span = spans.crbegin(); span != spans.crend() && span - spans.crbegin() < 3; ++span) {
        if (const Phrase p
            = rateIn(Sentence(span->start, span->end, tokenize(m_article.text, span->start, span->end)));
            !p.isEmpty())
            return p;
    }
    return {};
}

// "le taux d'occupation des hôtels atteint 63 %, tandis que ceux d'Agadir sont occupés à 58 %": a
// percentage a participle gives ("occupés à", "remplis à hauteur de") is the rate of its action
// that the paragraph names ("taux d'occupation", "taux de remplissage"): the noun of the rate, in
// the figure's sentence or the two before, that the participle's stem begins.
Phrase ArticleReading::participleRate(const Figure &f) const
{
    const QList<Token> &t = f.t;
    qsizetype k = f.first - 1;
    while (k >= 0 && k >= f.first - 4
           && (t[k].folded == u"a"_s || t[k].folded == u"hauteur"_s || t[k].folded == u"pour"_s
               || connector(t[k].folded)))
        --k;
    if (k < 0 || k == f.first - 1 || !t[k].word || t[k].capital)
        return {};
    const QString &p = t[k].folded;
    static const QStringList endings {QStringLiteral("ees"), QStringLiteral("ee"),  QStringLiteral("es"),
                                      QStringLiteral("e"),   QStringLiteral("ies"), QStringLiteral("ie"),
                                      QStringLiteral("is"),  QStringLiteral("i")};
    QString stem;
    for (const QString &e : endings) {
        if (p.endsWith(e)) {
            stem = p.left(p.size() - e.size());
            break;
        }
    }
    if (stem.size() < 4)
        return {};
    for (int s = f.sentence; s >= 0 && s >= f.sentence - 2; --s) {
        const Sentence &sentence = f.sentences[s];
        const QList<Token> &w = sentence.tokens;
        for (qsizetype h : sentence.heads) {
            if (s == f.sentence && h >= k)
                break;
            if (w[h].folded != u"taux"_s || h + 2 >= w.size() || !connector(w[h + 1].folded))
                continue;
            const Token &action = w[h + 2];
            if (action.word && action.folded.size() > stem.size() && action.folded.startsWith(stem))
                return {QStringLiteral("taux ") + MeasureReader::singular(action.folded),
                        labelOf(w, h, h + 2, m_article.text), f.first - 1};
        }
    }
    return {};
}

// The word before "de" in a prepositional phrase: "compte tenu de", "en raison de", "à cause de",
// "au titre de", "lors de", "à partir de", "faute de", "au besoin de".
bool prepositionalLocution(const QList<Token> &t, qsizetype k)
{
    const QString &w = t[k].folded;
    const QString before = k >= 1 ? t[k - 1].folded : QString();
    return (w == u"tenu"_s && before == u"compte"_s) || (w == u"raison"_s && before == u"en"_s)
        || (w == u"cause"_s && before == u"a"_s) || (w == u"titre"_s && before == u"au"_s) || w == u"lors"_s
        || (w == u"partir"_s && before == u"a"_s) || (w == u"faute"_s)
        || (w == u"besoin"_s && before == u"au"_s)
        || (w == u"instar"_s && before == u"l"_s)
        // "à mettre à l'actif du trafic international, qui a crû de 32 %", "au profit de", "au sein
        // de", "en faveur de".
        || (w == u"actif"_s && before == u"l"_s) || (w == u"profit"_s && before == u"au"_s)
        || (w == u"sein"_s && before == u"au"_s) || (w == u"faveur"_s && before == u"en"_s);
}

// Where the completive clause that holds the figure at `first` starts, after its "que" ("… révèlent
// que l'impôt sur les sociétés a augmenté de 6,2 MMDH"), or -1: none after `from` within a
// subject's reach, or a "que" of a comparison or a coordination ("ainsi que", "plus que", "alors
// que", "bien que").
qsizetype queClause(const QList<Token> &t, qsizetype from, qsizetype first)
{
    for (qsizetype k = first - 1; k > from && k >= first - kSubjectReach; --k) {
        if (t[k].folded != u"que"_s && t[k].folded != u"qu"_s)
            continue;
        const QString &w = t[k - 1].folded;
        // ("alors que", "tandis que" open a clause whose subject is its own.)
        // (The "que" of a comparison opens none either, but a "que" before it may: "Ces
        // indicateurs font ressortir que les recettes Voyages … ont plus que doublé passant de
        // 24,9 MMDH"; "ainsi que" coordinates with what is before it.)
        const bool completive = w != u"ainsi"_s && w != u"plus"_s && w != u"moins"_s && w != u"autant"_s
            && w != u"tant"_s && w != u"bien"_s;
        if (completive)
            return k + 1;
        if (w != u"plus"_s && w != u"moins"_s && w != u"autant"_s)
            return -1;
    }
    return -1;
}

// The clause "et" and a determiner open after a figure of the sentence read from `from`, before the
// figure ("les dépenses ordinaires ont été exécutées pour 92,1 % et les dépenses d'investissement
// ont été émises pour 88,8 %"): the determiner's token, else -1.
qsizetype ArticleReading::coordinatedClause(const Figure &f, qsizetype from) const
{
    const QList<Token> &t = f.t;
    if (m_previous.paragraph != f.claim.paragraph || m_previous.sentence != f.sentence
        || m_previous.last < from || m_previous.last + 2 >= f.first)
        return -1;
    qsizetype et = m_previous.last + 1;
    while (et < f.first && t[et].folded != u"et"_s && !t[et].digit)
        ++et;
    return et + 1 < f.first && t[et].folded == u"et"_s && determiner(t[et + 1].folded) ? et + 1 : -1;
}

// Words of doing what was planned: "réalisation", "exécution", "réalisées", "exécutés".
bool achievementWord(const QString &f)
{
    return f.startsWith(u"realis"_s) || f.startsWith(u"execut"_s);
}

// A rate of achievement with nothing named after it: "un taux de réalisation de 88 %", "exécutées
// à hauteur de 90,2 %", "réalisées pour 97,3 %".
bool ArticleReading::achievement(const Figure &f, const Phrase &noun) const
{
    // (An adjective may follow, "un taux de réalisation remarquable", not a complement.)
    const QStringList words = noun.key.split(u' ');
    const qsizetype at = !words.isEmpty() && words[0] == u"taux"_s ? 1 : 0;
    if (at < words.size() && achievementWord(words[at])) {
        static const QRegularExpression complement(QStringLiteral("\\b(?:de|des|du|d['’])\\s"),
                                                   QRegularExpression::CaseInsensitiveOption);
        const QString label = noun.label.section(u' ', at == 1 ? 2 : 1);
        return !label.contains(complement);
    }
    const QList<Token> &t = f.t;
    for (qsizetype k = f.first - 1; k >= 0 && k >= f.first - 4; --k) {
        if (t[k].folded == u"hauteur"_s || t[k].folded == u"pour"_s || t[k].folded == u"a"_s
            || connector(t[k].folded))
            continue;
        // (Spending issued "pour 88,8 %" is spending executed: "les dépenses d'investissement ont été
        // émises pour 88,8 %".)
        const bool issued
            = (t[k].folded == u"emis"_s || t[k].folded == u"emise"_s || t[k].folded == u"emises"_s)
            && k + 1 < f.first && (t[k + 1].folded == u"pour"_s || t[k + 1].folded == u"a"_s);
        return t[k].word && !t[k].capital && (achievementWord(t[k].folded) || issued)
            && t[k].folded != u"realisation"_s && t[k].folded != u"execution"_s;
    }
    return false;
}

// What a rate of achievement is of: the clause's subject, else the sentence's, else what the
// paragraph measures ("Ce montant représente un taux de réalisation de 82,8 %").
Phrase ArticleReading::achieved(const Figure &f, const Phrase &paragraphNoun) const
{
    auto usable = [](const Phrase &p) {
        const QString head = p.key.section(u' ', 0, 0);
        return !p.isEmpty() && !bareHead(p.key) && !measureHead(head) && !achievementWord(head);
    };
    const QList<Token> &t = f.t;
    // The clause a "que" opens: "… révèlent que l'impôt sur les sociétés a enregistré un taux…".
    const qsizetype que = queClause(t, f.clauseStart, f.first);
    qsizetype from = que >= 0 ? que : f.clauseStart;
    // (A clause coordinated after a figure has its own subject: "les dépenses ordinaires ont été
    // exécutées pour 92,1 % et les dépenses d'investissement ont été émises pour 88,8 %".)
    if (const qsizetype own = coordinatedClause(f, from); own >= 0)
        from = own;
    Phrase p = subject(t, from, f.first);
    if (!usable(p))
        p = subject(t, qMax<qsizetype>(0, f.first - kSubjectReach), f.first);
    // "Ces recettes ont affiché un taux de réalisation de 82,8 %" after the "recettes fiscales":
    // a demonstrative names again what the paragraph measures.
    if (usable(p) && paragraphNoun.key.startsWith(p.key + u' ')) {
        const QString head = p.key.section(u' ', 0, 0);
        for (qsizetype k = qMax<qsizetype>(0, f.first - kSubjectReach); k + 1 < f.first; ++k) {
            const QString &w = t[k].folded;
            if (demonstrative(w) && MeasureReader::singular(t[k + 1].folded) == head)
                return paragraphNoun;
        }
    }
    if (!usable(p))
        p = paragraphNoun;
    return usable(p) ? p : Phrase();
}

// The subject of a coordination that leaves out its verb, right before the figure, after a figure
// of its sentence: "…5,2 millions et les nuitées 12,4 millions" → "nuitées"; else empty.
Phrase ArticleReading::ellipticSubject(const Figure &f) const
{
    const QList<Token> &t = f.t;
    // Back from the figure: a few content words, a determiner, "et" or a comma, a figure.
    qsizetype k = f.first - 1;
    int words = 0;
    while (k >= 0 && words < 4 && contentWord(t[k]) && !determiner(t[k].folded) && !verbLike(t[k].folded)
           && !changeWord(t[k].folded)) {
        --k;
        ++words;
    }
    if (words == 0 || k < 2 || !determiner(t[k].folded))
        return {};
    const qsizetype det = k;
    const QString &joint = t[det - 1].folded;
    if (joint != u"et"_s && joint != u","_s)
        return {};
    // A figure of the sentence right before the joint: "5,2 millions et les…".
    bool figureBefore = false;
    for (qsizetype j = det - 2; j >= qMax<qsizetype>(0, det - 4) && !figureBefore; --j)
        figureBefore = t[j].digit && figureAt(t[j].start);
    if (!figureBefore)
        return {};
    const Phrase p = phraseAt(t, det + 1, f.first, m_article.text);
    return p.last == f.first - 1 ? p : Phrase();
}

// What a participle right before the figure is said of, past an incise or an aside: "des
// ressources ordinaires, hors recettes d'emprunts, s'élevant à environ 564 MMDH"; empty when no
// participle introduces the figure.
// What an aside [open, close] excludes, when it opens on "hors": its last noun ("(hors recettes
// d'emprunts)" and "(hors emprunts)" both exclude the emprunts); else -1.
qsizetype exclusionIn(const QList<Token> &t, qsizetype open, qsizetype close)
{
    if (open + 2 >= close || t[open + 1].folded != u"hors"_s)
        return -1;
    for (qsizetype k = close - 1; k > open + 1; --k) {
        if (contentWord(t[k]) && !t[k].capital)
            return k;
    }
    return -1;
}

// "des charges, hors amortissements de la dette, …": what is excluded is part of the measure;
// "les charges totales" are other charges.
void addExclusion(Phrase &p, const QList<Token> &t, qsizetype excluded)
{
    if (p.isEmpty() || excluded < 0)
        return;
    p.key += u" hors "_s + MeasureReader::singular(t[excluded].folded);
    p.label += u" hors "_s + t[excluded].text.toString();
}

Phrase ArticleReading::participleAntecedent(const Figure &f) const
{
    const QList<Token> &t = f.t;
    // Back past "à", "de" and a qualifier: "s'élevant à environ 564 MMDH".
    qsizetype k = f.first - 1;
    while (k >= 0 && k >= f.first - 4 && t[k].word && !t[k].folded.endsWith(u"ant")
           && (functionWords().contains(t[k].folded) || t[k].folded == u"environ"_s
               || t[k].folded == u"pres"_s || t[k].folded == u"quelque"_s || t[k].folded == u"presque"_s))
        --k;
    // (Not an evolution's "passant de 3 jours à 3,1 jours".)
    // A past participle before "à" too: "des recettes fiscales projetées à 320,1 MMDH", "les
    // pertes estimées à 3 milliards"; past its agent: "un déficit estimé par l'Office des changes
    // à quelque 66 milliards".
    auto participleEnding = [&t](qsizetype j) {
        const QStringView x = t[j].text;
        return x.endsWith(u"é") || x.endsWith(u"ée") || x.endsWith(u"és") || x.endsWith(u"ées");
    };
    qsizetype to = k + 1; // the "à" after the participle
    if (k >= 3 && k + 1 < f.first && t[k + 1].folded == u"a"_s && t[k].word && !participleEnding(k)) {
        for (qsizetype j = k - 1; j >= 2 && j >= k - 8; --j) {
            if (t[j].folded == u"par"_s && t[j - 1].word && participleEnding(j - 1)) {
                k = j - 1;
                break;
            }
            if (!t[j].word || t[j].digit)
                break;
        }
    }
    const QString &w = k >= 0 ? t[k].folded : QString();
    const bool past = k >= 2 && to < f.first && t[to].folded == u"a"_s && w.size() >= 5 && participleEnding(k)
        && !changeWord(w);
    if (k < 2 || !t[k].word || (!past && (w.size() < 6 || !w.endsWith(u"ant"))) || w == u"passant"_s)
        return {};
    qsizetype end = k;
    if (t[end - 1].folded == u"se"_s || t[end - 1].folded == u"s"_s)
        --end;
    qsizetype excluded = -1;
    // Past an aside in parentheses: "des charges (hors amortissements de la dette) atteignant".
    if (end > 0 && t[end - 1].folded == u")"_s) {
        const qsizetype close = end - 1;
        end = openingParenthesis(t, close, 11);
        if (end < 0)
            return {};
        excluded = exclusionIn(t, end, close);
    }
    // Past one incise between commas: ", hors recettes d'emprunts,".
    if (end > 0 && t[end - 1].folded == u","_s) {
        qsizetype open = end - 2;
        while (open > 0 && open >= end - 10 && t[open].folded != u","_s && !t[open].digit)
            --open;
        // (An incise opens on a preposition: "hors", "y compris", "à fin juin"; not a clause.)
        const QString &opening = t[open + 1].folded;
        const bool incise = open > 0 && t[open].folded == u","_s
            && (preposition(opening) || opening == u"hors"_s || opening == u"y"_s || opening == u"dont"_s);
        // (Else the comma only sets the participle apart from its noun: "pas moins de trois
        // cargaisons, totalisant 2,94 millions de barils".)
        if (incise) {
            excluded = exclusionIn(t, open, end - 1);
            end = open;
        } else if (!past && end >= 2 && t[end - 2].word && plural(t[end - 2])) {
            --end;
        } else {
            return {};
        }
    }
    Phrase p = phraseBefore(t, end, m_article.text);
    // (Not a time or a frame: "depuis le début de l'année ravageant 3.900 hectares", "à l'échelle
    // nationale ravageant…" say when and where, the participle is of the clause's subject.)
    if (p.isEmpty() || bareHead(p.key) || timeOrFrameNoun(p.key.section(u' ', 0, 0)))
        return {};
    addExclusion(p, t, excluded);
    return p;
}

// The topic the figure's sentence, or a sentence with no figure right before it, is about: "Le
// secteur de l'Internet fixe a connu un développement important", "Pour l'internet fixe, le
// nombre…", "Pour l'essence, les tarifs varient" (a sentence's or a clause's opening "pour" and
// its phrase before a comma), "… l'internet mobile, lequel totalisait…" (a relative pronoun's
// antecedent); not a word `head` says is the measure's own head.
Phrase ArticleReading::topicOf(const Figure &f, bool (*head)(const QString &)) const
{
    const QList<Token> &t = f.t;
    // (A common noun some write with a capital: "le secteur de l'Internet fixe".)
    auto phraseOf = [this, head](const QList<Token> &w, qsizetype n, qsizetype to) -> Phrase {
        if (n >= to || acronymToken(w[n]))
            return {};
        Token word = w[n];
        word.capital = false;
        if (!contentWord(word) || timeOrFrameNoun(word.folded) || head(word.folded))
            return {};
        return commonPhraseAt(w, n, to, m_article.text);
    };
    auto topicIn = [&](const QList<Token> &w, qsizetype from, qsizetype to) -> Phrase {
        for (qsizetype k = from; k + 1 < to; ++k) {
            const QString &x = w[k].folded;
            qsizetype n = k + 1;
            if (x == u"secteur"_s) {
                if (n < to && connector(w[n].folded))
                    ++n;
                if (n < to && complementArticle(w[n].folded))
                    ++n;
                const Phrase p = phraseOf(w, n, to);
                return p.isEmpty() ? p : Phrase {p.key, labelOf(w, k, p.last, m_article.text), p.last};
            }
            if (x == u"pour"_s && (k == 0 || w[k - 1].folded == u","_s)) {
                if (n < to && (determiner(w[n].folded) || complementArticle(w[n].folded)))
                    ++n;
                const Phrase p = phraseOf(w, n, to);
                if (!p.isEmpty() && p.last + 1 < to && w[p.last + 1].folded == u","_s)
                    return {p.key, labelOf(w, k + 1, p.last, m_article.text), p.last};
            }
            if ((x == u"lequel"_s || x == u"laquelle"_s || x == u"lesquels"_s || x == u"lesquelles"_s)
                && k >= 2 && w[k - 1].folded == u","_s) {
                const Phrase p = phraseBefore(w, k - 1, m_article.text);
                if (!p.isEmpty() && !head(p.key.section(u' ', 0, 0)))
                    return p;
            }
        }
        return {};
    };
    Phrase topic = topicIn(t, qMax<qsizetype>(0, f.first - 40), f.first);
    if (topic.isEmpty() && f.sentence > 0) {
        const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
        if (std::none_of(before.cbegin(), before.cend(), [](const Token &x) { return x.digit; }))
            topic = topicIn(before, 0, qMin<qsizetype>(before.size(), 40));
    }
    return topic;
}

// The measured noun phrase, from the nearest words that name it, else what the paragraph was
// measuring, else the unit.
Phrase ArticleReading::measuredNoun(const Figure &f, const Measure &m, bool &countNoun, bool &namedNext,
                                    Phrase &group) const
{
    namedNext = false;
    const Claim &c = f.claim;
    const QList<Token> &t = f.t;
    // A bare figure opening parentheses after a noun phrase measures it, whatever unit it took
    // from the figure before: "626 100 chômeurs du total de la population active (4,084
    // millions)".
    // So does an amount in parentheses after a common noun, alone or set against the one it is
    // compared with: "des fonds de concours (1.929 MDH contre 1.496 MDH), des recettes de monopoles
    // (12.297 MDH contre 11.770 MDH)".
    const bool opensParentheses = f.first >= 2 && t[f.first - 1].folded == u"("_s && t[f.first - 2].word;
    const bool bareInParentheses = opensParentheses
        && ((f.after == f.last + 1 && f.after < t.size() && t[f.after].folded == u")"_s
             && c.kind == ClaimKind::Count)
            || (c.kind == ClaimKind::Money && !t[f.first - 2].capital && contentWord(t[f.first - 2])
                && f.after < t.size()
                && (t[f.after].folded == u")"_s
                    || t[f.after].folded == u"contre"_s
                    // ("(181,8 MMDH au lieu de 157,9 MMDH)".)
                    || (t[f.after].folded == u"au"_s && f.after + 2 < t.size()
                        && t[f.after + 1].folded == u"lieu"_s))));
    Phrase noun;
    // A figure opening parentheses right after one of its kind, with nothing but when in them,
    // gives the same measure at another date: "le nombre d'abonnés à l'internet fixe a dépassé
    // les 4,02 millions (3,95 millions au 30 juin 2021)", "85,08 % … (85,27 % au 2ème
    // trimestre)".
    if (f.first >= 2 && t[f.first - 1].folded == u"("_s && m_previous.paragraph == c.paragraph
        && m_previous.sentence == f.sentence && m_previous.kind == c.kind && m_previous.last == f.first - 2
        && !m_previous.phrase.isEmpty()) {
        bool when = true;
        qsizetype k = f.after;
        for (; k < t.size() && t[k].folded != u")"_s && when; ++k)
            when = t[k].digit || !contentWord(t[k]) || frameNoun(t, k) || t[k].folded == u"precedent"_s
                || t[k].folded == u"dernier"_s || t[k].folded == u"tot"_s || t[k].folded.endsWith(u"eme"_s);
        if (when && k < t.size() && k > f.after)
            noun = m_previous.phrase;
    }
    if (noun.isEmpty() && bareInParentheses && c.kind == ClaimKind::Money) {
        // The whole item of a list: "des fonds de concours", not "concours".
        qsizetype start = f.first - 2;
        while (start > 0 && start > f.first - 12 && t[start - 1].word && t[start - 1].folded != u"et"_s)
            --start;
        if (start > 0 && (t[start - 1].folded == u","_s || t[start - 1].folded == u"et"_s)) {
            while (start < f.first - 2 && determiner(t[start].folded))
                ++start;
            if (const Phrase item = phraseAt(t, start, f.first - 1, m_article.text);
                item.last == f.first - 2) {
                noun = item;
            } else if (contentWord(t[start])) {
                // (Longer than a phrase reads: "des recettes en atténuation des dépenses de la
                // dette" is all of its words.)
                QStringList key;
                for (qsizetype k = start; k < f.first - 1; ++k) {
                    if (contentWord(t[k]) && !connector(t[k].folded) && !determiner(t[k].folded)
                        && !preposition(t[k].folded))
                        key << MeasureReader::singular(t[k].folded);
                }
                noun = {key.join(u' '), labelOf(t, start, f.first - 2, m_article.text), f.first - 2};
            }
        }
    }
    // (An amount, with the chain of complements the parentheses follow: "la hausse de 7,2 % des
    // intérêts de la dette (17,8 MMDH)" measures the intérêts de la dette, not the dette.)
    if (noun.isEmpty() && bareInParentheses && c.kind == ClaimKind::Money) {
        if (const Phrase chain = headBefore(t, f.first - 1, m_article.text);
            !changeWord(chain.key.section(u' ', 0, 0)))
            noun = chain;
    }
    if (noun.isEmpty() && bareInParentheses)
        noun = phraseBefore(t, f.first - 1, m_article.text);
    // A change in parentheses right after the complement of a change noun is that complement's:
    // "en raison de l'accroissement des importations de biens (+9,2 % à plus de 605,35 MMDH) et
    // des exportations (+3,6 %)" (the second after its coordination), not a group of what the
    // sentence's subject measures.
    if (noun.isEmpty() && m.scope == Scope::Change && c.kind == ClaimKind::Percent && opensParentheses)
        noun = changedInParentheses(f);
    // An amount restated in another currency, in parentheses right after it, measures what it
    // does: "une aide de 140.000 dirhams (8.400.000 Fcfa)". So does an amount coordinated to the
    // one before by "et de": "… de 140.000 dirhams pour les logements totalement effondrés et de
    // 80.000 dirhams pour les logements partiellement effondrés".
    const bool afterPrevious = m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
        && m_previous.kind == ClaimKind::Money && c.kind == ClaimKind::Money && m_previous.last < f.first
        && !m_previous.phrase.isEmpty();
    if (noun.isEmpty() && afterPrevious && f.first >= 1 && t[f.first - 1].folded == u"("_s
        && f.first - 1 - m_previous.last <= 4) {
        bool currencyOnly = true;
        for (qsizetype k = m_previous.last + 1; k < f.first - 1 && currencyOnly; ++k)
            currencyOnly = !contentWord(t[k]) || t[k].capital || currencyWord(t[k].folded);
        if (currencyOnly)
            noun = m_previous.phrase;
    }
    if (noun.isEmpty() && afterPrevious && f.first >= 2
        && (t[f.first - 1].folded == u"de"_s || t[f.first - 1].folded == u"d"_s)
        && (t[f.first - 2].folded == u"et"_s || t[f.first - 2].folded == u"ou"_s))
        noun = m_previous.phrase;
    // A change listed after the names it is of measures the complement of the change noun that
    // introduces the list: "la plus forte augmentation de l'IPC a été enregistrée à Al-Hoceima
    // (2,6 %), Safi (2,5 %)" measures the IPC.
    if (noun.isEmpty() && m.scope == Scope::Change && c.kind == ClaimKind::Percent) {
        if (const qsizetype change = listedChange(f); change >= 0) {
            if (const qsizetype n = nounAfterConnector(t, change + 1); n >= 0) {
                noun = nounPhrase(t, n, f.first, m_article.text);
            } else if (change + 2 < f.first && connector(t[change + 1].folded)) {
                // (An acronym: "de l'IPC".)
                const qsizetype a = change + (determiner(t[change + 2].folded) ? 3 : 2);
                if (a < f.first && acronymToken(t[a]))
                    noun = {t[a].folded, t[a].text.toString(), a};
            }
            // A change noun that points back is the paragraph's last change: "… le trafic
            // international, qui a crû de 32 %. Tous les faisceaux géographiques ont contribué à
            // cette croissance : l'Europe (+32 %), l'Afrique (+45 %)" (not "des taux de croissance
            // à deux chiffres : Marrakech-Ménara (41 %)", which may be of another measure).
            if (noun.isEmpty() && change > 0 && demonstrative(t[change - 1].folded)
                && m_lastChange.paragraph == c.paragraph && !m_lastChange.phrase.isEmpty()
                && (m_lastChange.sentence < f.sentence || m_lastChange.last < change)) {
                const qsizetype n = nounAfterConnector(t, change + 1);
                if (n < 0)
                    noun = m_lastChange.phrase;
            }
        }
    }
    if (noun.isEmpty()) {
        noun = countedNoun(f, countNoun);
        // A comparison's base that names only the head of what the figure before measured measures
        // that: "45,30 millions d'abonnés à l'internet fixe et mobile …, contre 43,92 millions
        // d'abonnés le trimestre précédent".
        if (!noun.isEmpty() && !noun.key.contains(u' ') && m_previous.paragraph == c.paragraph
            && m_previous.sentence == f.sentence && m_previous.last < f.first && m_previous.kind == c.kind
            && m_previous.phrase.key.startsWith(noun.key + u' ') && comparisonBase(t, f.first))
            noun = m_previous.phrase;
    }
    // "Serigne Mboup 16 049 voix soit 0,36 %": a percentage that restates a count is its share,
    // "part des voix"; so is "7 976 291 voix, soit un taux de 84,3 %".
    qsizetype soit = f.first - 1;
    if (soit >= 3 && t[soit].folded == u"de"_s && rateHead(t[soit - 1].folded)
        && (t[soit - 2].folded == u"un"_s || t[soit - 2].folded == u"une"_s))
        soit -= 3;
    // So is one the count is said to equal, whatever the sentence's subject: "le candidat du MSP
    // a obtenu 904642 voix, correspondant à 9,56 %".
    bool equalling = false;
    if (soit >= 1 && t[soit].folded == u"a"_s
        && (t[soit - 1].folded == u"correspondant"_s || t[soit - 1].folded == u"equivalant"_s)) {
        --soit;
        equalling = true;
    }
    // So is one in parentheses right after the count, with no sign ("69.760 voix (1,56 %)"; "(+12 %)"
    // is a change), or one the count is said to represent ("1 605 086 électeurs représentant un taux
    // de 35,79 %").
    const QChar sign = c.start < m_article.text.size() ? m_article.text.at(c.start) : QChar();
    const bool signedFigure = sign == u'+' || sign == u'-' || sign == u'\u2212';
    const bool restating = equalling || t.value(soit).folded == u"soit"_s
        || t.value(soit).folded == u"representant"_s
        || (t.value(soit).folded == u"("_s && soit == f.first - 1 && !signedFigure
            && t.value(f.after).folded == u")"_s);
    if ((noun.isEmpty() || equalling || (bareHead(noun.key) && soit < f.first - 1))
        && c.kind == ClaimKind::Percent && m.scope == Scope::Whole && m_previous.paragraph == c.paragraph
        && m_previous.sentence == f.sentence && m_previous.kind == ClaimKind::Count
        && m_previous.scope == Scope::Whole && !m_previous.phrase.isEmpty() && soit >= 0
        && m_previous.last < soit && soit - m_previous.last <= 3 && restating) {
        bool between = true; // nothing but the count's unit, a comma or "soit"
        for (qsizetype k = m_previous.last + 1; k < soit && between; ++k)
            between = !t[k].digit && (!contentWord(t[k]) || k == m_previous.last + 1);
        if (between)
            noun = {QStringLiteral("part ") + m_previous.phrase.key,
                    QStringLiteral("part des ") + m_previous.phrase.label, m_previous.phrase.last};
    }
    // A figure a participle introduces measures what the participle is said of, past an incise:
    // "des ressources ordinaires, hors recettes d'emprunts, s'élevant à 564 MMDH", "des charges
    // totalisant 628 MMDH".
    if (noun.isEmpty())
        noun = participleAntecedent(f);
    // A coordination that leaves out the verb names what its figure counts right before it:
    // "Les arrivées ont atteint 5,2 millions et les nuitées 12,4 millions".
    if (noun.isEmpty() && c.kind != ClaimKind::Percent)
        noun = ellipticSubject(f);
    // "cet objectif a été revu à 52 %": the measure the paragraph named.
    if (const auto named = m_states.constFind(c.paragraph); noun.isEmpty() && named != m_states.cend()) {
        for (qsizetype k = f.clauseStart; noun.isEmpty() && k + 1 < f.first; ++k) {
            if ((t[k].folded == u"cet"_s || t[k].folded == u"cette"_s || t[k].folded == u"ce"_s)
                && targetWord(t[k + 1].folded))
                noun = named->lastNoun;
        }
    }
    // A figure whose clause says nothing but where, after one of its kind: "24,4 % de chômeurs à
    // Casablanca-Settat, 16,1 % à Rabat-Salé-Kénitra".
    if (noun.isEmpty() && m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
        && m_previous.kind == c.kind && !m_previous.phrase.isEmpty() && m_previous.last < f.first) {
        bool bare = true;
        bool named = false;
        for (qsizetype k = f.clauseStart; k < f.clauseEnd && bare; ++k) {
            bare = (k >= f.first && k < f.after) || t[k].digit || !contentWord(t[k]);
            named = named || (t[k].word && t[k].capital && k >= f.after); // (not its unit: "DH")
        }
        if (bare && named)
            noun = m_previous.phrase;
    }
    // A change: "une hausse de 29 % des nuitées" measures the nuitées; so does "une croissance
    // de 32 % dans le trafic international" (not a place: "dans la région de Fès").
    if (noun.isEmpty() && m.scope == Scope::Change) {
        qsizetype n = nounAfterConnector(t, f.after);
        if (n < 0 && f.after + 2 < t.size() && t[f.after].folded == u"dans"_s
            && determiner(t[f.after + 1].folded) && contentWord(t[f.after + 2]) && !frameNoun(t, f.after + 2)
            && !placeNoun(t[f.after + 2].folded))
            n = f.after + 2;
        if (n >= 0)
            noun = nounPhrase(t, n, f.clauseEnd, m_article.text);
    }
    // The change's own complement: "une hausse des ventes de l'énergie de basse tension de 5,9 %".
    if (noun.isEmpty() && m.scope == Scope::Change && f.first >= 1 && connector(t[f.first - 1].folded)) {
        const qsizetype change = changeIntroducing(t, f.first - 1);
        const qsizetype n = change >= 0 ? nounAfterConnector(t, change + 1) : -1;
        if (n >= 0 && n < f.first - 1)
            noun = nounPhrase(t, n, f.first - 1, m_article.text);
    }
    if (noun.isEmpty() && m.scope == Scope::Change && f.first >= 2 && m_previous.paragraph == c.paragraph
        && m_previous.sentence == f.sentence) {
        qsizetype open = f.first - 1;
        while (open > 0 && open > f.first - 3 && t[open].word)
            --open;
        if (t[open].folded == u"("_s && m_previous.last >= open - 3 && m_previous.last < open)
            noun = m_previous.phrase;
    }
    // A comparison's base measures what the figure before it measured: "la hausse de la
    // production privée de 2,4 %, après un recul de 0,9 % à fin mai 2017".
    // (Not a share of its own: "46,55 % des filles ont obtenu leur Bac, contre 50,10 % des
    // garçons".)
    const bool ownShare = c.kind == ClaimKind::Percent && f.after + 1 < t.size()
        && (t[f.after].folded == u"des"_s || t[f.after].folded == u"du"_s) && contentWord(t[f.after + 1]);
    if (noun.isEmpty() && m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
        && m_previous.last < f.first && comparisonBase(t, f.first) && !ownShare)
        noun = m_previous.phrase;
    // A change right after another figure of the sentence: "11,35 millions de touristes, en
    // hausse de 10 %" measures the touristes.
    const bool sameSentence
        = m_sentenceNoun.paragraph == c.paragraph && m_sentenceNoun.sentence == f.sentence;
    // (Not when its own clause names a subject: "24,9 MMDH, tandis que les remboursements ont
    // connu une forte augmentation de 86,2 %"; "… à 39,27 MMDH et les dépenses ont augmenté de
    // 38 %", a clause coordinated after the figure.)
    if (noun.isEmpty() && m.scope == Scope::Change && sameSentence && !m_sentenceNoun.phrase.isEmpty()) {
        const bool previousBefore = m_previous.paragraph == c.paragraph && m_previous.sentence == f.sentence
            && m_previous.last < f.clauseStart;
        const qsizetype coordinated = previousBefore ? -1 : coordinatedClause(f, f.clauseStart);
        Phrase own = previousBefore ? subject(t, f.clauseStart, f.first)
            : coordinated >= 0      ? subject(t, coordinated, f.first)
                                    : Phrase();
        // (Of a change in parentheses, the clause they close: "148 700 tonnes; de même, le prix
        // moyen est orienté à la hausse (+68,2%)" is the prix moyen's.)
        if (own.isEmpty() && opensParentheses && m_previous.paragraph == c.paragraph
            && m_previous.sentence == f.sentence && m_previous.last < f.first - 2) {
            qsizetype start = f.first - 2;
            while (start > m_previous.last + 1 && start > f.first - 30 && t[start - 1].folded != u";"_s
                   && t[start - 1].folded != u","_s && t[start - 1].folded != u":"_s)
                --start;
            if (start > m_previous.last + 1)
                own = subject(t, start, f.first - 1);
        }
        if (!own.isEmpty() && !changeWord(own.key.section(u' ', 0, 0)) && !bareHead(own.key))
            noun = own;
        else
            noun = m_sentenceNoun.phrase;
    }
    // A figure opening parentheses measures the noun phrase they follow: "une augmentation des
    // dépenses (+32,8 MMDH)", "au gaz butane (8,3 MMDH)".
    // (Not a rate: "chez les femmes (18,3 %)", "les jeunes (-0,7 point)" name whose rate.)
    // (Nor an amount restating one in another currency: "les deux milliards de dinars (environ 700
    // millions d'euros)" are no "milliards de dinars".)
    if (noun.isEmpty() && f.first >= 2 && t[f.first - 1].folded == u"("_s && c.kind != ClaimKind::Percent
        && !(c.kind == ClaimKind::Money && currencyWord(t[f.first - 2].folded)))
        noun = phraseBefore(t, f.first - 1, m_article.text);
    // The noun the figure complements: "des recettes en devise de 68 milliards de dirhams", "un
    // budget de 3 milliards"; not a frame ("de l'ordre de", "la barre des", "une somme de").
    // (Past a qualifier: "un budget d'environ 2,5 milliards", "un budget de plus de 2 milliards";
    // the "de" of "plus de" is the qualifier's: "rapporter à l'économie tunisienne plus de deux
    // milliards" complements no économie.)
    qsizetype de = f.first >= 2
            && (t[f.first - 1].folded == u"environ"_s || t[f.first - 1].folded == u"pres"_s
                || t[f.first - 1].folded == u"quelque"_s)
        ? f.first - 1
        : f.first;
    bool qualifierDe = false;
    if (de >= 3 && (t[de - 1].folded == u"de"_s || t[de - 1].folded == u"d"_s)
        && (t[de - 2].folded == u"plus"_s || t[de - 2].folded == u"moins"_s)) {
        if (t[de - 3].folded == u"de"_s || t[de - 3].folded == u"d"_s)
            de -= 2;
        else
            qualifierDe = true;
    }
    if (noun.isEmpty() && !qualifierDe && de >= 3
        && (t[de - 1].folded == u"de"_s || t[de - 1].folded == u"d"_s)) {
        qsizetype head = -1;
        qsizetype reach = de - 8;
        qsizetype excluded = -1; // what an aside skipped on the way excludes
        for (qsizetype k = de - 2; k >= qMax<qsizetype>(1, reach); --k) {
            // An aside in parentheses is skipped: "des ressources ordinaires (hors recettes
            // d'emprunts) de 524,4 milliards".
            if (k == de - 2 && t[k].folded == u")"_s) {
                if (const qsizetype open = openingParenthesis(t, k, 10); open > 1) {
                    excluded = exclusionIn(t, open, k);
                    reach -= k - open + 1;
                    k = open;
                    continue;
                }
            }
            // "de 7,9 % pour le foncier et de 11,7 % pour les biens": a figure coordinated to the one
            // before complements no noun.
            if (k == de - 2 && (t[k].folded == u"et"_s || t[k].folded == u"ou"_s))
                break;
            // "le taux de chômage au sens du BIT est de 9,1 %": the verb's complement (not a noun
            // in -ent after its determiner: "un excédent des ressources").
            // (An adjective in -ent right after its noun and before the figure's "de" is none: "un
            // investissement conséquent de 300 millions".)
            const bool adjectiveAfterNoun = k == de - 2 && k >= 2 && determiner(t[k - 2].folded)
                && nounAfterDeterminer(t[k - 1]) && !t[k - 1].capital && t[k].folded.endsWith(u"ent"_s);
            if (!t[k].word
                || (verbLike(t[k].folded) && !(determiner(t[k - 1].folded) && nounAfterDeterminer(t[k]))
                    && !adjectiveAfterNoun))
                break;
            if (changeWord(t[k].folded) || targetWord(t[k].folded))
                break; // "une légère reprise de 0,2 %": a change
            // Not a complement's determiner: "des ventes de l'énergie de basse tension de 5,9 %";
            // "des" after a verb is one ("générer des recettes en devise de 68 milliards").
            const QString &before = t[k - 1].folded;
            const QString previous = k >= 2 ? t[k - 2].folded : QString();
            const bool afterVerb = k < 2 || !t[k - 2].word
                || (verbLike(previous) && !(k >= 3 && determiner(t[k - 3].folded))) // "un excédent des"
                || functionWords().contains(previous)
                || (previous.size() > 4 && (previous.endsWith(u"er") || previous.endsWith(u"ir")));
            // (And a noun's "sur" complement: "un excédent des ressources sur les charges de 30
            // MMDH" is the excédent.)
            // (A verb's "de" is none: "Les sinistrés bénéficient d'une aide mensuelle de 2.500
            // dirhams".)
            const bool complement = k >= 2
                && ((connector(previous) && !(k >= 3 && verbLike(t[k - 3].folded)))
                    // (Not of a span of time: "la prolongation de cinq mois des aides d'urgence de
                    // 2.500 dirhams".)
                    || ((before == u"des"_s || before == u"du"_s) && !afterVerb && k >= 2
                        && !frameNoun(t, k - 2))
                    || (previous == u"sur"_s && k >= 3 && contentWord(t[k - 3])));
            if (determiner(before) && nounAfterDeterminer(t[k]) && !complement) {
                head = k;
                break;
            }
            // A verb's complement without its article: "le déficit résulte de ressources ordinaires
            // de 524,4 milliards".
            // (Or coordinated to one: "… et de charges (hors amortissements) de 598 milliards".)
            // (And a prepositional phrase's: "Compte tenu de recettes d'emprunts de 146,9
            // milliards", "en raison de dépenses de 12 milliards".)
            // (Not a noun's complements coordinated: "des droits d'enregistrement et de timbre de
            // 9,2 %", with no figure before the "et".)
            const bool coordinatedFigures = [&] {
                for (qsizetype j = k - 3; j >= qMax<qsizetype>(0, k - 6); --j) {
                    if (t[j].digit || t[j].folded == u")"_s)
                        return true;
                }
                return false;
            }();
            // ("ainsi que d'aides directes de 80.000 dirhams" is coordinated as "et de" is.)
            const bool asWellAs = previous == u"que"_s && k >= 3 && t[k - 3].folded == u"ainsi"_s;
            if ((before == u"de"_s || before == u"d"_s) && k >= 2
                && (verbLike(previous) || asWellAs
                    || ((previous == u"et"_s || previous == u"ou"_s) && coordinatedFigures)
                    || (previous.size() > 5 && previous.endsWith(u"ant")) || prepositionalLocution(t, k - 2))
                && contentWord(t[k])) {
                head = k;
                break;
            }
        }
        // A measure head in the chain is what the figure gives: "l'hypothèse d'un taux de
        // recouvrement de 70 %"; a participle ends it: "un soutien mensuel allant de 500 à 1 200".
        qsizetype end = de - 1;
        for (qsizetype k = head + 1; head >= 0 && k < de - 1; ++k) {
            if (t[k].word && t[k].folded.size() > 4 && t[k].folded.endsWith(u"ant")) {
                end = k;
                break;
            }
            // (Not a neutral adjective right after the head: "un investissement total de 300
            // millions" is the investissement's.)
            if (t[k].word && measureHead(t[k].folded) && !groupShare(t, k)
                && !(k == head + 1 && neutralModifier(t[k].folded)))
                head = k;
        }
        if (head >= 0 && !changeWord(t[head].folded) && !targetWord(t[head].folded)
            && !amountFrame(t[head].folded) && !frameNoun(t, head)) {
            noun = nounPhrase(t, head, end, m_article.text);
            addExclusion(noun, t, excluded);
        }
    }
    // A relative's antecedent: "grâce aux touristes étrangers, dont la progression a atteint 15 %".
    if (noun.isEmpty()) {
        const qsizetype change = changeSubject(t, f.clauseStart, f.first);
        if (change >= 2 && t[change - 2].folded == u"dont"_s && change - 3 >= 0
            && t[change - 3].folded == u","_s)
            noun = phraseBefore(t, change - 3, m_article.text);
    }
    // The antecedent of a relative "qui" the figure's verb follows, past its acronym: "à l'instar
    // de la taxe sur la valeur ajoutée (TVA), qui a progressé de 7,6 MMDH".
    if (noun.isEmpty()) {
        for (qsizetype k = f.first - 1; k >= 2 && k >= f.first - 8 && !t[k].digit; --k) {
            if (t[k].folded != u"qui"_s)
                continue;
            qsizetype end = k;
            if (t[end - 1].folded == u","_s)
                --end;
            if (end >= 4 && t[end - 1].folded == u")"_s && t[end - 3].folded == u"("_s)
                end -= 3;
            // (Only the verb between: "qui comprenait un montant de 25 MMDH" names its noun.)
            bool verbOnly = f.first - k <= 5;
            for (qsizetype j = k + 1; j < f.first && verbOnly; ++j) {
                const bool functionWord = t[j].word && !contentWord(t[j]);
                verbOnly = functionWord || participleLike(t[j]) || verbLike(t[j].folded)
                    || reportingVerb(t[j].folded) || changeWord(t[j].folded);
            }
            const Phrase antecedent = verbOnly ? headBefore(t, end, m_article.text) : Phrase();
            if (!antecedent.isEmpty() && !timeOrFrameNoun(antecedent.key.section(u' ', 0, 0)))
                noun = antecedent;
            break;
        }
    }
    // A change in a clause that "que" opens after another figure of the sentence is of that
    // clause's subject, not of a measure head before it: "Le taux d'inflation annuel moyen est de
    // +9,7 %, ajoute la source qui indique que « l'inflation sous-jacente s'est appréciée de
    // 0,2 % »".
    if (noun.isEmpty() && m.scope == Scope::Change && m_previous.paragraph == c.paragraph
        && m_previous.sentence == f.sentence && m_previous.last < f.first) {
        // (The "que" may open the clause before this figure's coordinated one: "… que « l'inflation
        // sous-jacente s'est appréciée de 0,2 % en rythme mensuel et de 8,1 % par rapport à …".)
        qsizetype que = queClause(t, 0, f.first);
        bool figureBefore = false;
        for (qsizetype k = que - 1; k >= 0 && k >= que - 60 && !figureBefore; --k)
            figureBefore = t[k].digit && figureAt(t[k].start);
        if (!figureBefore)
            que = -1;
        if (que >= 0) {
            qsizetype from = que;
            if (from < f.first && openingQuote(t[from]))
                ++from;
            const Phrase own = subject(t, from, f.first);
            if (!own.isEmpty() && !changeWord(own.key.section(u' ', 0, 0)) && !bareHead(own.key))
                noun = own;
        }
    }
    // A measure head nearest before the figure in its sentence: "taux d'occupation".
    if (noun.isEmpty()) {
        const QList<qsizetype> &heads = f.sentences[f.sentence].heads;
        // A counting head with nothing counted after it names nothing: the one before is read.
        auto k = std::lower_bound(heads.cbegin(), heads.cend(), f.first);
        // Not past a contrast that opens the figure's own clause: "Les recettes affichent un taux
        // de réalisation de 88 %, tandis que les dépenses ont été exécutées à hauteur de 90,2 %".
        // (A rate or an amount: "…, alors que la capitalisation boursière s'est établie à 681,454
        // milliards" is no volume of the exchanges; another measure's count may still be listed by
        // category, "alors que le solaire ferme la marche avec 827 MW".)
        qsizetype contrast = -1;
        for (qsizetype j = f.first - 1; (c.kind == ClaimKind::Percent || c.kind == ClaimKind::Money) && j > 0
             && j >= f.first - 30 && contrast < 0;
             --j) {
            if (contrastAt(t, j))
                contrast = j;
            else if (t[j].digit && figureAt(t[j].start))
                break;
        }
        // (A rate measures a percentage: "un taux de réalisation de 83 % et a affiché une hausse de
        // 5,1 MMDH" is no rate of 5,1 MMDH.)
        const bool inPercent = c.kind == ClaimKind::Percent || f.sentences[f.sentence].points;
        for (int tries = 0; k != heads.cbegin() && noun.isEmpty() && tries < 8 && *(k - 1) > contrast;
             ++tries) {
            const qsizetype h = *--k;
            if (inPercent || !rateHead(t[h].folded))
                noun = headPhrase(t, h, t.size(), m_article.text);
        }
    }
    // A rate that changes by points, said of a group of whom nothing else is measured: "Les
    // hommes ont enregistré une augmentation de 1,1 point (passant de 9,9 % à 11 %)", after the
    // text named the rate. The group's rate.
    auto subjectOrGroup = [&](qsizetype from) {
        // The clause a "que" opens is the figure's: "les principales évolutions révèlent que l'impôt
        // sur les sociétés a augmenté de 6,2 MMDH" (not "ainsi que", "plus que"); when its subject
        // is a pronoun, the topic before it ("Quant à la population active, la même source a
        // dévoilé qu'elle s'est établie à…").
        const qsizetype que = queClause(t, from, f.first);
        Phrase p = que >= 0 ? subject(t, que, f.first) : Phrase();
        // A coordinated clause after a figure of the sentence has its own subject: "les dépenses
        // ordinaires ont été exécutées pour 92,1 % et les dépenses d'investissement ont été émises
        // pour 88,8 %".
        if (const qsizetype own = p.isEmpty() ? coordinatedClause(f, from) : -1; own >= 0) {
            const Phrase subjectOfOwn = subject(t, own, f.first);
            if (!subjectOfOwn.isEmpty() && !changeWord(subjectOfOwn.key.section(u' ', 0, 0))
                && !bareHead(subjectOfOwn.key))
                p = subjectOfOwn;
        }
        if (p.isEmpty())
            p = subject(t, from, f.first);
        // (Nor is a rate the subject: "elles ont atteint un taux de réalisation de 83 % et a
        // affiché une hausse de 5,1 MMDH".)
        if (c.kind != ClaimKind::Percent && !f.sentences[f.sentence].points
            && rateHead(p.key.section(u' ', 0, 0)))
            p = {};
        if (!p.isEmpty() && c.kind == ClaimKind::Percent && !p.key.contains(u' ') && !measureHead(p.key)
            && f.sentences[f.sentence].points && p.last < f.first && plural(t[p.last])) {
            if (const Phrase rate = rateBefore(f); !rate.isEmpty()) {
                group = p;
                return rate;
            }
        }
        return p;
    };
    // A count in units of nothing named ("unités", "exemplaires") counts its subject: "Les ventes
    // de voitures neuves ont atteint 160.000 unités".
    const bool unitsOnly = c.kind == ClaimKind::Count
        && (f.foldedUnit == u"unites"_s || f.foldedUnit == u"exemplaires"_s || f.foldedUnit == u"unite"_s
            || f.foldedUnit == u"exemplaire"_s);
    if (noun.isEmpty() && (c.kind != ClaimKind::Count || unitsOnly))
        noun = subjectOrGroup(f.clauseStart);
    // So does a count of people when its subject is a traffic: "Le trafic passagers a atteint 2,82
    // millions de personnes" counts the passagers ("trafic passagers", sameWords()).
    if (noun.isEmpty() && c.kind == ClaimKind::Count
        && (f.foldedUnit == u"personnes"_s || f.foldedUnit == u"personne"_s)) {
        // (Or the topic a pronoun takes up: "Pour ce qui est du trafic passagers, il a atteint…".)
        Phrase traffic = subjectOrGroup(f.clauseStart);
        if (traffic.isEmpty() && f.clauseStart > 0 && f.clauseStart < f.first
            && (f.t[f.clauseStart].folded == u"il"_s || f.t[f.clauseStart].folded == u"elle"_s))
            traffic = subject(f.t, 0, f.clauseStart);
        if (traffic.key.startsWith(u"trafic "_s))
            noun = traffic;
    }
    if (noun.isEmpty() && c.kind == ClaimKind::Percent) {
        noun = share(f);
        // (A change's complement is what changes, no share of it: "la plus forte baisse (-35,2 %)
        // des cas".)
        if (m.scope == Scope::Change && noun.key.startsWith(u"part "_s)) {
            noun.key.remove(0, 5);
            noun.label = noun.label.section(u' ', 2);
        }
    }
    // A flow's verb names it, before what the paragraph measures: "le Maroc a importé pour près de
    // 300 milliards de dirhams" gives the importations; "si l'Etat a bien remboursé 3,7 milliards
    // de dirhams à ses créanciers, il a emprunté en retour 11,9 milliards" a remboursement and an
    // emprunt (past an adverb after the auxiliary). (Before a subject further back in the sentence:
    // "La campagne ayant débuté le 1er novembre …, la Tunisie a produit entre 210.000 et 220.000
    // tonnes" is a production.)
    if (noun.isEmpty()) {
        if (const auto [flow, verb] = flowVerbBefore(t, f.first, f.clauseStart); !flow.isEmpty())
            noun = {flow, t[verb].text.toString(), verb};
    }
    if (noun.isEmpty() && c.kind != ClaimKind::Count)
        noun = subjectOrGroup(qMax<qsizetype>(0, f.first - kSubjectReach));
    // A figure the next sentence names: "Un peu moins de 40 milliards de dirhams. C'est le
    // montant de la facture énergétique", "Il s'agit du nombre de…".
    // Only a figure that stands alone ("Près de 1,2 million."): "C'est la première fois que…"
    // names nothing a figure with its own sentence measures. A short sentence: a page-long one
    // is not read again for each of its figures.
    // (Its currency or unit may follow: "40 milliards de dirhams.")
    const qsizetype unitWords = f.after + (f.after < t.size() && connector(t[f.after].folded) ? 2 : 0);
    const bool alone
        = noun.isEmpty() && t.size() <= 40 && std::none_of(t.cbegin(), t.cend(), [&](const Token &x) {
              const qsizetype k = &x - t.constData();
              return (k < f.first || k >= unitWords) && (contentWord(x) || (x.word && x.capital && k > 0));
          });
    if (alone && f.sentence + 1 < f.sentences.size()) {
        const QList<Token> &next = f.sentences[f.sentence + 1].tokens;
        auto at = [&next](qsizetype k) {
            return k < next.size() ? QStringView(next[k].folded) : QStringView();
        };
        qsizetype n = -1;
        if (((at(0) == u"c"_s && at(1) == u"est"_s) || (at(0) == u"ce"_s && at(1) == u"sont"_s))
            && determiner(at(2).toString()))
            n = 3;
        else if (at(0) == u"il"_s && at(1) == u"s"_s && at(2) == u"agit"_s && connector(at(3).toString()))
            n = at(3) == u"du"_s || at(3) == u"des"_s || !complementArticle(at(4).toString()) ? 4 : 5;
        if (n >= 0 && n < next.size() && contentWord(next[n]) && !timeOrFrameNoun(next[n].folded)) {
            noun = nounPhrase(next, n, next.size(), m_article.text);
            namedNext = !noun.isEmpty();
        }
    }
    // A subject pronoun stands for the subject of the sentence before: "Les dépenses liées aux
    // voyages ont connu une augmentation. Elles sont passées de 6,68 MMDH à 7 MMDH".
    // The pronoun opens the figure's clause, a verb or two before it (not "Il a reconnu que
    // près de 38 %…": a person speaking).
    bool pronoun = false;
    // (Past a date that opens the clause without a comma: "en février 2023 elle grimpe".)
    qsizetype opening = f.clauseStart;
    while (opening < f.first && opening < f.clauseStart + 3
           && (t[opening].folded == u"en"_s || isMonth(t[opening].folded)
               || (t[opening].digit && t[opening].text.size() == 4)))
        ++opening;
    if (opening == f.clauseStart + 1)
        opening = f.clauseStart; // ("en" alone is no date)
    for (qsizetype k = opening; k < qMin<qsizetype>(f.first, opening + 2) && !pronoun; ++k) {
        const QString &w = t[k].folded;
        // (Not an impersonal "il faut", "il y a", "il s'agit".)
        const QString next = k + 1 < t.size() ? t[k + 1].folded : QString();
        pronoun = subjectPronoun(w) && f.first - k <= 5 && next != u"faut"_s && next != u"y"_s
            && next != u"s"_s && next != u"suffit"_s && next != u"semble"_s;
        for (qsizetype j = k + 1; j < f.first && pronoun; ++j)
            pronoun = t[j].folded != u"que"_s && t[j].folded != u"qu"_s;
    }
    // The last measure a sentence names with its complement (of its last few heads: "le taux de
    // chômage"), or none.
    auto lastMeasureIn = [this](const Sentence &s) {
        int tries = 0;
        for (auto k = s.heads.crbegin(); k != s.heads.crend() && tries++ < 8; ++k) {
            const Phrase p = headPhrase(s.tokens, *k, s.tokens.size(), m_article.text);
            if (!p.isEmpty() && !bareHead(p.key))
                return p;
        }
        return Phrase();
    };
    // A subject pronoun right after a sentence that gives no figure stands for what that sentence
    // names, not for what the paragraph measured before it: "Les prix … ont progressé de 6 %.
    // L'inflation des prix de l'énergie a légèrement reculé. Elle était de 16,3 % en janvier".
    // (The measure it names last, if any: "La situation s'est dégradée, le taux de chômage étant
    // reparti à la hausse. Selon le HCP, il est passé de 9,1 % à 9,3 %"; else its subject.)
    const bool afterNoFigure = f.sentence > 0
        && std::none_of(f.sentences[f.sentence - 1].tokens.cbegin(),
                        f.sentences[f.sentence - 1].tokens.cend(), [](const Token &x) { return x.digit; });
    if (noun.isEmpty() && pronoun && afterNoFigure)
        noun = lastMeasureIn(f.sentences[f.sentence - 1]);
    if (noun.isEmpty() && pronoun && afterNoFigure) {
        const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
        // (The subject of its last clause, past a colon: "En revanche, une bonne nouvelle se dégage
        // … : l'inflation des prix de l'énergie … a légèrement reculé".)
        qsizetype from = 0;
        for (qsizetype k = before.size() - 1; k > 0 && from == 0; --k) {
            if (before[k].folded == u":"_s)
                from = k + 1;
        }
        noun = subject(before, from, qMin<qsizetype>(before.size(), from + kSubjectReach));
    }
    // A pronoun or nothing: what the paragraph was measuring.
    const auto state = m_states.constFind(c.paragraph);

    if (noun.isEmpty() && state != m_states.cend() && !state->lastNoun.isEmpty())
        noun = state->lastNoun;
    // Else the measure an earlier sentence of the paragraph named: "le taux de chômage étant
    // reparti à la hausse. Selon le HCP, il est passé de 9,1 % à 9,3 %".
    for (int s = f.sentence - 1; noun.isEmpty() && s >= 0 && s >= f.sentence - 2; --s)
        noun = lastMeasureIn(f.sentences[s]);
    // A change a paragraph's first sentence gives a place, naming nothing else, is a change of what the
    // paragraph before measured last: "… les nuitées ont progressé de 3 %." then "En effet, Fès a
    // enregistré une baisse de 10 %, alors que Casablanca et Tanger ont connu des hausses de 5 % et
    // 6 % respectivement."
    // (Only then is the clause looked at for a name, not its sentence's first word.)
    auto placeNamed = [&]() {
        for (qsizetype k = qMax<qsizetype>(1, f.clauseStart); k < f.first; ++k) {
            if (t[k].word && t[k].capital)
                return true;
        }
        return false;
    };
    if (noun.isEmpty() && m.scope == Scope::Change && f.sentence == 0 && placeNamed()) {
        const int before = bodyParagraphBefore(c.paragraph);
        const auto last = before >= 0 ? m_states.constFind(before) : m_states.cend();
        if (last != m_states.cend() && !last->lastNoun.isEmpty() && !bareHead(last->lastNoun.key))
            noun = last->lastNoun;
        // (Of the whole a share was of: "60 % des nuitées totales" then "Fès a enregistré une
        // baisse de 10 %" is a change of Fès's nuitées.)
        if (noun.key.startsWith(u"part "_s)) {
            noun.key = noun.key.mid(5);
            noun.label = noun.label.section(u' ', 2);
        }
    }
    // Or for a rubric before a colon, in its own sentence: "Inflation : en février 2023 elle
    // grimpe finalement à 6,3 %", "Chômage : au troisième trimestre, il recule à 13,2 %".
    if (noun.isEmpty() && pronoun) {
        qsizetype colon = -1;
        for (qsizetype k = 1; k < f.clauseStart && k <= 5 && colon < 0; ++k) {
            if (t[k].folded == u":"_s)
                colon = k;
        }
        // (Its first word is capitalised as a sentence's.)
        QList<Token> words = t.mid(0, qMax<qsizetype>(colon, 0));
        if (!words.isEmpty() && !acronymToken(words.front()))
            words.front().capital = false;
        qsizetype n = 0;
        while (n < colon && determiner(words[n].folded))
            ++n;
        if (colon > 0 && n < colon && contentWord(words[n]) && !timeOrFrameNoun(words[n].folded)) {
            const Phrase rubric = nounPhrase(words, n, colon, m_article.text);
            if (!rubric.isEmpty() && rubric.last == colon - 1)
                noun = rubric;
        }
    }
    if (noun.isEmpty() && pronoun && f.sentence > 0) {
        const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
        noun = subject(before, 0, qMin<qsizetype>(before.size(), kSubjectReach));
    }
    // The pronoun's group, when the sentence before ends on one after its last figure: "il faut
    // noter qu'il est resté élevé parmi les femmes. En effet, il est passé de 12,7 % à 13,2 %".
    if (pronoun && f.sentence > 0) {
        const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
        for (qsizetype k = before.size() - 3; k >= 0 && !before[k].digit; --k) {
            if ((before[k].folded == u"parmi"_s || before[k].folded == u"chez"_s)
                && (before[k + 1].folded == u"les"_s || before[k + 1].folded == u"des"_s)
                && contentWord(before[k + 2])) {
                group = phraseAt(before, k + 2, k + 3, m_article.text);
                break;
            }
        }
    }
    // A frame is no measure: "Tanger Med a franchi la barre des 50 millions de tonnes", "le cap
    // des 10 millions de touristes".
    // (A bare head is read below, for what the paragraph measures: "au niveau national".)
    if (!noun.isEmpty() && !noun.key.contains(u' ') && amountFrame(noun.key) && !bareHead(noun.key)
        && noun.last + 2 >= f.first)
        noun = {};
    // A unit of measure names the quantity it measures: "50 millions de tonnes" a tonnage,
    // "4,35 millions d'hectares" a superficie, "1,2 milliard de m3" a volume.
    static const QHash<QString, QString> quantities {{QStringLiteral("t"), QStringLiteral("tonnage")},
                                                     {QStringLiteral("ha"), QStringLiteral("superficie")},
                                                     {QStringLiteral("km2"), QStringLiteral("superficie")},
                                                     {QStringLiteral("m3"), QStringLiteral("volume")},
                                                     {QStringLiteral("litres"), QStringLiteral("volume")},
                                                     {QStringLiteral("GWh"), QStringLiteral("energie")},
                                                     {QStringLiteral("kWh"), QStringLiteral("energie")},
                                                     {QStringLiteral("°C"), QStringLiteral("temperature")}};
    // A site is where a quantity is handled, not the quantity: "Le complexe portuaire dépasse la
    // barre des 50 millions de tonnes" is its tonnage.
    // (Not a site its name follows, which owns the figure: "Le barrage Al Wahda retient 1,2
    // milliard de m³".)
    if (!noun.isEmpty() && c.kind != ClaimKind::Percent && c.kind != ClaimKind::Money
        && quantities.contains(c.unit) && siteNoun(noun.key.section(u' ', 0, 0)) && noun.last >= 0
        && noun.last + 1 < f.t.size() && !(f.t[noun.last + 1].word && f.t[noun.last + 1].capital))
        noun = {};
    // (Not a currency: "9,23 milliards de dirhams" measures nothing by its dirhams.)
    if (noun.isEmpty() && !f.foldedUnit.isEmpty() && c.kind != ClaimKind::Percent
        && c.kind != ClaimKind::Money) {
        if (const QString quantity = quantities.value(c.unit); !quantity.isEmpty()) {
            noun.key = quantity;
            noun.label = quantity == u"energie"_s ? QStringLiteral("énergie")
                : quantity == u"temperature"_s    ? QStringLiteral("température")
                                                  : quantity;
        } else {
            noun.key = MeasureReader::singular(f.foldedUnit.section(u' ', 0, 0));
            noun.label = c.unit;
        }
    }
    return noun;
}

// The topic a sentence opens on, right before the clause whose subject is at token `subject`:
// "En ce qui concerne les oranges, les exportations…", "S'agissant des oranges, les…", "Quant aux
// oranges, leurs…", "Pour ce qui est des oranges, les…", "Concernant les oranges, les…"; empty
// when it opens on none, or on a name ("Quant au Maroc", an owner).
Phrase frontedTopic(const QList<Token> &t, qsizetype subject, const QString &text)
{
    auto at = [&t](qsizetype k) {
        return k < t.size() ? QStringView(t[k].folded) : QStringView();
    };
    qsizetype k = -1;
    if (at(0) == u"en" && at(1) == u"ce" && at(2) == u"qui" && at(3) == u"concerne")
        k = 4;
    else if (at(0) == u"s" && at(1) == u"agissant")
        k = 2;
    else if (at(0) == u"quant" && (at(1) == u"a" || at(1) == u"aux" || at(1) == u"au"))
        k = at(1) == u"a" ? 2 : 1;
    else if (at(0) == u"pour" && at(1) == u"ce" && at(2) == u"qui" && at(3) == u"est")
        k = 4;
    else if (at(0) == u"concernant")
        k = 1;
    if (k < 0)
        return {};
    // Past its preposition and article: "des", "du", "de la", "les", "aux".
    while (k < subject
           && (connector(t[k].folded) || determiner(t[k].folded) || complementArticle(t[k].folded)
               || t[k].folded == u"aux"_s || t[k].folded == u"au"_s))
        ++k;
    qsizetype comma = k;
    while (comma < subject && t[comma].folded != u","_s)
        ++comma;
    // The clause's subject right after the comma, past its determiner: ", les exportations".
    if (comma >= subject || k >= comma || subject - comma > 3 || t[k].capital)
        return {};
    const Phrase topic = phraseAt(t, k, comma, text);
    return topic.last == comma - 1 ? topic : Phrase();
}

// The verbs by which a party or a candidate wins a figure: "a obtenu", "remporte", "a recueilli".
bool winWord(const QString &f)
{
    static const Latin1List wins({"obten", "obtient", "obtiennent", "remport", "decroch", "rafl", "totalis",
                                  "recolt", "gagn", "recueill", "occup", "vainqu"});
    return wins.startsOne(f) || f == u"eu"_s; // "le PJD a eu 27 sièges"
}

// "a remporté cette échéance avec un taux de 58 %", "élu avec un score de": a rate given with
// "avec" by a verb of winning, of being elected or ranked, a few words before it in its clause,
// in an article that counts votes ("voix", "suffrages", "votes", "scrutin").
bool ArticleReading::wonWithRate(const Figure &f) const
{
    if (!m_lowercase.contains(u"voix"_s) && !m_lowercase.contains(u"suffrages"_s)
        && !m_lowercase.contains(u"votes"_s) && !m_lowercase.contains(u"scrutin"_s))
        return false;
    const QList<Token> &t = f.t;
    qsizetype with = -1;
    for (qsizetype k = f.first - 1; k >= 0 && k >= f.first - 4; --k) {
        if (t[k].folded == u"avec"_s)
            with = k;
    }
    if (with < 0)
        return false;
    // (And ranked: "arrivé deuxième (2e) à l'issue de ce scrutin avec un score de 35,79 %".)
    static const Words elected
        = words({"elu", "elue", "elus", "reelu", "reelue", "reelus", "arrive", "arrivee", "arrives", "classe",
                 "classee", "vainqueur", "suivi", "suivie"});
    for (qsizetype k = with - 1; k >= 0 && k >= with - 12; --k) {
        if (clauseDelimiter(t[k], false))
            break;
        if (t[k].word && (winWord(t[k].folded) || elected.contains(t[k].folded)))
            return true;
    }
    return false;
}

// The owner read names who proclaims the winner, before the verb that does it: "La Cour
// constitutionnelle vient de proclamer officiellement, samedi, Abdelmadjid Tebboune, …" (not
// the one proclaimed: "Mohamed Charfi a déclaré qu'Abdelmadjid Tebboune avait été réélu").
bool proclaimsBefore(const QList<Token> &t, qsizetype first, const QString &owner)
{
    const QString folded = TextUtil::fold(owner);
    QString after;
    for (qsizetype k = first - 1; k >= 0 && k >= first - 60; --k) {
        if (t[k].word && (t[k].folded.startsWith(u"proclam"_s) || t[k].folded.startsWith(u"declar"_s)))
            return !after.contains(folded);
        after.prepend(t[k].folded + u' ');
    }
    return false;
}

// A person the article introduces with a role owns nothing ("le Chef du gouvernement, Aziz
// Akhannouch, a présidé…"), except what they win: "Abdelaali Hassani-Chérif, président du
// Mouvement de la Société pour la Paix (MSP), a ainsi obtenu 946.420 voix" (the subject of a
// verb of winning a few words before the figure, past an apposition between commas).
QString ArticleReading::personWinner(const Figure &f) const
{
    const QList<Token> &t = f.t;
    qsizetype v = -1;
    for (qsizetype k = f.first - 1; k >= qMax<qsizetype>(0, f.first - 6) && v < 0; --k) {
        if (t[k].digit || clauseDelimiter(t[k], false))
            break;
        if (t[k].word && winWord(t[k].folded))
            v = k;
    }
    // Or a verb of winning right before an incise that the figure closes: "Ce dernier obtient,
    // comme dans les résultats provisoires proclamés par la Commission …, présidée par …, Amady
    // Diouf, 1 605 086 voix" (no figure between).
    if (v < 0 && f.first >= 2 && t[f.first - 1].folded == u","_s) {
        for (qsizetype k = f.first - 2; k >= 1 && k >= f.first - 40 && !t[k].digit && v < 0; --k) {
            if (t[k].folded == u","_s && t[k - 1].word && winWord(t[k - 1].folded))
                v = k - 1;
        }
    }
    if (v < 0)
        return {};
    // Back past the auxiliary and an adverb ("a ainsi obtenu"), then an apposition.
    qsizetype e = v - 1;
    for (int skipped = 0; e >= 0 && t[e].word && !t[e].capital && skipped < 2; ++skipped)
        --e;
    // "Ce dernier obtient …", "Cette dernière a obtenu …": the last person the sentence before
    // names (one the article knows, or a first name and a name).
    qsizetype latter = v - 1;
    while (latter > 0 && latter >= v - 3 && t[latter].word && !t[latter].capital
           && t[latter].folded != u"dernier"_s && t[latter].folded != u"derniere"_s)
        --latter;
    if (latter >= 1 && f.sentence > 0
        && ((t[latter - 1].folded == u"ce"_s && t[latter].folded == u"dernier"_s)
            || (t[latter - 1].folded == u"cette"_s && t[latter].folded == u"derniere"_s))) {
        const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
        for (qsizetype end = before.size() - 1; end >= 0; --end) {
            if (!before[end].word || !before[end].capital)
                continue;
            qsizetype start = end;
            while (start > 0 && before[start - 1].word && before[start - 1].capital)
                --start;
            const QString name = labelOf(before, start, end, m_article.text);
            if (m_peopleList.contains(TextUtil::fold(name)) || personLike(before, start, end))
                return name;
            end = start;
        }
        return {};
    }
    if (m_people.isEmpty())
        return {};
    if (e >= 0 && t[e].folded == u","_s) {
        qsizetype open = e - 1;
        // (An apposition has no verb of its own: ", le Rassemblement National des Indépendants
        // (RNI) est arrivé en tête des élections législatives, en remportant 97 sièges" is the
        // RNI's, not the minister's named before it.)
        bool verb = false;
        while (open >= 0 && open > e - 16 && t[open].folded != u","_s) {
            const QString &w = t[open].folded;
            verb = verb || (w == u"a"_s && t[open].text == u"a"_s) || w == u"est"_s || w == u"ont"_s
                || w == u"sont"_s || w == u"etait"_s || w == u"avait"_s;
            --open;
        }
        if (open < 0 || t[open].folded != u","_s || verb)
            return {};
        e = open - 1;
    }
    qsizetype start = e;
    while (start > 0 && t[start - 1].word && t[start - 1].capital)
        --start;
    if (e < 0 || start > e || !t[e].word || !t[e].capital)
        return {};
    const QString name = labelOf(t, start, e, m_article.text);
    const QString folded = TextUtil::fold(name);
    return m_peopleList.contains(folded) ? name : QString();
}

// The person a passive of winning names after the figure, in its clause: "Le taux (84,30 %) des
// suffrages exprimés obtenus par le candidat libre, Abdelmadjid Tebboune, …" (past the words of
// the share, the agent's title and a comma).
QString ArticleReading::agentWinner(const Figure &f) const
{
    const QList<Token> &t = f.t;
    qsizetype by = -1;
    for (qsizetype k = f.last + 1; k + 1 < t.size() && k <= f.last + 10; ++k) {
        if (t[k].digit || (t[k].folded == u","_s) || t[k].folded == u"."_s)
            break;
        if (t[k].word && winWord(t[k].folded) && participleLike(t[k]) && t[k + 1].folded == u"par"_s) {
            by = k + 2;
            break;
        }
    }
    if (by < 0)
        return {};
    qsizetype start = by;
    while (start < t.size() && start < by + 6 && !(t[start].word && t[start].capital)) {
        if (t[start].digit || (t[start].word && verbLike(t[start].folded)))
            return {};
        ++start;
    }
    qsizetype end = start;
    while (end + 1 < t.size() && end < start + 4 && t[end + 1].word && t[end + 1].capital)
        ++end;
    if (start >= t.size() || !t[start].word || !t[start].capital)
        return {};
    const QString name = labelOf(t, start, end, m_article.text);
    return m_peopleList.contains(TextUtil::fold(name)) || personLike(t, start, end) ? name : QString();
}

// A sentence that opens on a person's title as its subject: "Le chef de l'Etat sortant est
// réélu", "Le président sortant a obtenu", "Le candidat indépendant a recueilli". The end of
// the title's words (up to its verb, within eight words), else 0.
qsizetype titledSubject(const QList<Token> &t, qsizetype first)
{
    qsizetype k = 0;
    if (k < first && t[k].word && determiner(t[k].folded))
        ++k;
    const bool titled = k < first && t[k].word && !t[k].capital
        && (personTitleWord(t[k].folded) || t[k].folded == u"vainqueur"_s);
    if (!titled)
        return 0;
    for (qsizetype n = k + 1; n < first && n <= k + 8; ++n) {
        if (t[n].word && !t[n].capital && (verbWords().contains(t[n].folded) || verbLike(t[n].folded)))
            return n;
    }
    return 0;
}

// The one person the article knows (a speaker, or one it names with a role) that the figure's
// sentence names in the sixty words before it; empty when it names none or two.
QString ArticleReading::onlyPersonBefore(const Figure &f) const
{
    return onlyPersonIn(f.t, f.first);
}

// The words [from, to] look like a person's name: two capitalised words or more, none an
// acronym, a function word or a word the article writes in lower case ("Abdelmadjid Tebboune",
// not "Cour Constitutionnelle").
bool ArticleReading::personLike(const QList<Token> &t, qsizetype from, qsizetype to) const
{
    return to > from && TextUtil::looksLikePersonName(labelOf(t, from, to, m_article.text))
        && std::none_of(t.cbegin() + from, t.cbegin() + to + 1, [this](const Token &x) {
               return acronymToken(x) || functionWords().contains(x.folded) || m_lowercase.contains(x.folded);
           });
}

// The same in the tokens before `end`; with `anyName`, of the names that look like a person's too.
QString ArticleReading::onlyPersonIn(const QList<Token> &t, qsizetype end, bool anyName) const
{
    QString found;
    QString foundFolded;
    // (Within a reach: a page of one sentence of a million shares reads each in linear time.)
    for (qsizetype k = end - 1; k >= 0 && k >= end - 60; --k) {
        if (!(t[k].word && t[k].capital) || (k + 1 < end && t[k + 1].word && t[k + 1].capital))
            continue;
        // A run of capitalised words ending at `k`.
        qsizetype start = k;
        while (start > 0 && t[start - 1].word && t[start - 1].capital && k - start < 4)
            --start;
        // (A name's last words: "M. Abdelmadjid Tebboune".)
        for (qsizetype from = start; from <= k; ++from) {
            const QString name = labelOf(t, from, k, m_article.text);
            const QString person = TextUtil::fold(name);
            // (Or, when asked, a name that looks like a person's.)
            if (!m_peopleList.contains(person) && !(anyName && personLike(t, from, k)))
                continue;
            if (!foundFolded.isEmpty() && foundFolded != person)
                return {};
            foundFolded = person;
            found = name;
            break;
        }
        k = start;
    }
    return found;
}

QString ArticleReading::acronymWinner(const Figure &f) const
{
    const QList<Token> &t = f.t;
    QString winner;
    // (From a few words before the clause: "(PAM) qui a obtenu" opens one at "qui".)
    for (qsizetype k = qMax<qsizetype>(0, qMin(f.clauseStart, f.first - 12)); k < f.first; ++k) {
        if (t[k].digit && figureAt(t[k].start))
            winner.clear(); // a figure between: the acronym is that one's
        const Token &x = t[k];
        // (Not a unit: "MW", "DH", "MMDH".)
        if (!acronymName(x))
            continue;
        const QString text = x.text.toString();
        // (Not the party of a person's title: "Abdelaali Hassani Cherif, candidat du Mouvement de
        // la société pour la paix (MSP), qui a recueilli 940 642 voix" are the candidate's.)
        if (k >= 2 && t[k - 1].folded == u"("_s) {
            if (titleComplement(t, 0, k))
                continue;
        }
        // (Past its parenthesis and a relative: "le Parti Authenticité et Modernité (PAM) qui a
        // obtenu 82 sièges".)
        // ("suivi du Parti authenticité et modernité (PAM) 102 sièges": the name's acronym right
        // before the figure.)
        if (k + 2 == f.first && t[k + 1].folded == u")"_s && k > 0 && t[k - 1].folded == u"("_s) {
            winner = text;
            continue;
        }
        // (Not a source: "Selon l'ANIE, Abdelmadjid Tebboune remporte…".)
        bool source = false;
        for (qsizetype j = qMax<qsizetype>(0, k - 3); j < k; ++j)
            source = source || t[j].folded == u"selon"_s || t[j].folded == u"apres"_s;
        // (Past its own complement, whoever it names: "le Parti justice et développement (PJD) du
        // Premier ministre Abdelilah Benkirane a obtenu 125 députés".)
        bool complement = false;
        // (Past an aside in parentheses: "le PJD (qui dirige la coalition au pouvoir) a remporté 98
        // sièges"; the words are counted from its end.)
        qsizetype base = k;
        if (k + 1 < f.first && t[k + 1].folded == u"("_s) {
            qsizetype close = k + 2;
            while (close < f.first && close < k + 14 && t[close].folded != u")"_s && !t[close].digit)
                ++close;
            if (close < f.first && t[close].folded == u")"_s)
                base = close;
        }
        // (Past an apposition between commas: "Le Parti du progrès et socialisme (PPS), allié des
        // islamistes, a décroché 12 sièges".)
        if (base == k && k > 0 && t[k - 1].folded == u"("_s && k + 1 < f.first && t[k + 1].folded == u")"_s)
            base = k + 1;
        if (base + 1 < f.first && t[base + 1].folded == u","_s) {
            qsizetype close = base + 2;
            while (close < f.first && close < base + 12 && t[close].folded != u","_s && !t[close].digit
                   && !t[close].capital)
                ++close;
            if (close < f.first && close > base + 2 && t[close].folded == u","_s)
                base = close;
        }
        for (qsizetype v = base + 1; v < qMin(f.first, base + 10) && !source; ++v) {
            complement = complement
                || (v <= base + 2
                    && (t[v].folded == u"du"_s || t[v].folded == u"de"_s || t[v].folded == u"des"_s));
            if (v >= base + 6 && !complement)
                break;
            if (t[v].word && t[v].capital && !complement)
                break; // another name wins: "l'ANIE, Abdelmadjid Tebboune remporte"
            const bool won = winWord(t[v].folded)
                || (t[v].folded.startsWith(u"arriv"_s) && v + 2 < f.first && t[v + 1].folded == u"en"_s
                    && t[v + 2].folded == u"tete"_s);
            if (won) {
                winner = text;
                break;
            }
        }
    }
    return winner;
}

// The owner: a proper noun nearest before the figure in the sentence, else after it, else
// earlier in the paragraph, else the title's.
QString ArticleReading::owner(const Figure &f)
{
    const QString speaker
        = m_people.isEmpty() ? speakerFold(f.claim) : speakerFold(f.claim) + u'|' + m_people;
    SentenceNames &cached = m_sentenceNames;
    if (cached.paragraph != f.claim.paragraph || cached.sentence != f.sentence || cached.tokens != f.t.size()
        || cached.speaker != speaker) {
        cached = {f.claim.paragraph, f.sentence, f.t.size(), speaker,
                  properNouns(f.t, 0, f.t.size(), speaker, m_article.text, m_lowercase)};
    }
    const QList<ProperNoun> &names = cached.names;
    QString owner = respectiveOwner(f, names);
    if (!owner.isEmpty())
        return owner;
    if (const QString winner = personWinner(f); !winner.isEmpty())
        return winner;
    if (const QString winner = agentWinner(f); !winner.isEmpty())
        return winner;
    // A contrast that opens the figure's clause on an acronym and its verb names whose figure it
    // is: "Citroën a marqué le pas (-3,2 %), tandis que DS a conclu ce mois sur une hausse de
    // 2,1 %" (not a unit nor a currency; not one that says: "alors que le HCP indique").
    {
        const QList<Token> &t = f.t;
        for (qsizetype k = f.first - 1; k >= 2 && k >= f.first - 14 && !t[k].digit; --k) {
            if (!contrastAt(t, k - 1))
                continue;
            qsizetype a = k + 1;
            if (a < f.first && (t[a].folded == u"le"_s || t[a].folded == u"la"_s || t[a].folded == u"l"_s))
                ++a;
            if (a + 1 < f.first && acronymName(t[a]) && t[a + 1].word && !t[a + 1].capital
                && !sourceReportsAt(t, a + 1) && !reportingVerb(t[a + 1].folded)
                && (t[a + 1].folded == u"a"_s || t[a + 1].folded == u"ont"_s || verbLike(t[a + 1].folded)))
                return t[a].text.toString();
            break;
        }
    }
    // An institution named by its acronym that achieves the figure owns it: "La BCP, elle, a
    // réalisé un résultat net part du groupe de 990 MDH", "BMCI a hissé son résultat final à 501
    // MDH", "CDM a limité la baisse de ses bénéfices à 1,5 %" (an acronym alone is no name, and
    // one that says or records is a source: "le HCP a indiqué", "l'INS a enregistré une hausse").
    {
        const QList<Token> &t = f.t;
        // (And what it does in its trade: "l'ONCF a transporté 55 millions de voyageurs", "la CNSS a
        // ouvert 15 agences", "l'OCP a produit", "a exporté", "a accueilli", "a vendu".)
        static const Latin1List achieving
            = {"realis", "degag",  "hiss",     "limit",   "engrang", "genere",   "transport", "accueill",
               "ouvert", "produi", "export",   "import",  "vendu",   "distribu", "construi",  "recrut",
               "octroy", "verse",  "rembours", "mobilis", "investi", "servi"};
        for (qsizetype k = f.first - 1; k >= 1 && k >= f.first - 12; --k) {
            if (t[k].digit || t[k].folded == u"."_s || t[k].folded == u";"_s)
                break;
            if (!achieving.startsOne(t[k].folded))
                continue;
            qsizetype a = k - 1;
            if (a >= 0 && (t[a].folded == u"a"_s || t[a].folded == u"ont"_s))
                --a;
            // (Past an aside: "La BCP, elle, a réalisé".)
            if (a >= 3 && t[a].folded == u","_s && t[a - 2].folded == u","_s
                && (t[a - 1].folded == u"elle"_s || t[a - 1].folded == u"lui"_s))
                a -= 3;
            if (a >= 0 && acronymName(t[a]) && (a == 0 || determiner(t[a - 1].folded) || !t[a - 1].word))
                return t[a].text.toString();
            break;
        }
    }
    // Whoever manages the sites counted owns their figures: "Dans les aéroports sous la gestion
    // directe de l'OACA, 8,31 millions de passagers", "les ports gérés par l'ANP", an acronym too;
    // "les aéroports sous sa gestion" are those of whom the sentence cites. Sites two manage
    // together are no one's: "les plateformes gérées par l'OACA et la Société TAV".
    {
        const QList<Token> &t = f.t;
        for (qsizetype k = f.first - 1;
             k >= 1 && k >= f.first - 25 && t[k].folded != u"."_s && t[k].folded != u";"_s; --k) {
            const QString &w = t[k].folded;
            qsizetype n = -1;
            if (w == u"gestion"_s && k >= 2 && t[k - 2].folded == u"sous"_s
                && (t[k - 1].folded == u"sa"_s || t[k - 1].folded == u"leur"_s)) {
                if (!f.claim.speaker.isEmpty())
                    return f.claim.speaker;
                break;
            }
            if (w == u"gestion"_s) {
                n = k + 1;
                if (n < f.first && t[n].word && !t[n].capital && !functionWords().contains(t[n].folded))
                    ++n;
                n = n < f.first && connector(t[n].folded) ? n + 1 : -1;
            } else if ((w.startsWith(u"gere"_s) || w.startsWith(u"exploite"_s)) && w.size() <= 10
                       && k + 1 < f.first && t[k + 1].folded == u"par"_s) {
                n = k + 2;
            }
            if (n < 0)
                continue;
            if (n < f.first && (complementArticle(t[n].folded) || determiner(t[n].folded)))
                ++n;
            if (!(n < f.first && t[n].word && t[n].capital))
                continue;
            QString name;
            qsizetype end = n;
            for (const ProperNoun &p : names) {
                if (p.first == n) {
                    name = p.text;
                    end = p.last;
                }
            }
            if (name.isEmpty() && acronymToken(t[n]))
                name = t[n].text.toString();
            if (name.isEmpty())
                continue;
            if (end + 1 < f.first && t[end + 1].folded == u"et"_s)
                return {};
            return name;
        }
    }
    // The whole a part is set against is no one's: "102 sièges sur un total de 395 sièges", "2 434
    // 751 voix sur les 4 519 223 votants".
    {
        const QList<Token> &t = f.t;
        qsizetype k = f.first - 1;
        if (k >= 0 && (t[k].folded == u"de"_s || t[k].folded == u"d"_s) && k >= 2
            && (t[k - 1].folded == u"total"_s || t[k - 1].folded == u"ensemble"_s))
            k -= 2;
        if (k >= 0 && (t[k].folded == u"un"_s || t[k].folded == u"le"_s || t[k].folded == u"les"_s))
            --k;
        if (k >= 0 && k < f.first - 1 && t[k].folded == u"sur"_s)
            return {};
    }
    // The whole country said in words: "la moyenne nationale (9,8 %)", "9,8 % au niveau national";
    // not in a name ("Éducation nationale", "Office national").
    auto national = [&](qsizetype k) {
        return (f.t[k].folded == u"national"_s || f.t[k].folded == u"nationale"_s) && k > 0
            && !f.t[k - 1].capital;
    };
    for (qsizetype k = qMax<qsizetype>(0, f.first - 3); k < f.first; ++k) {
        if (national(k))
            return {};
    }
    for (qsizetype k = f.after; k < qMin(f.clauseEnd, f.after + 3); ++k) {
        if (national(k))
            return {};
    }
    // A place right after the figure is where it was counted: "10,2 % à Fès-Meknès", "9 % en
    // Tunisie", "16,3 % dans l'Oriental".
    // (And "au niveau de", as "à": "106 % au niveau de l'aéroport de Marrakech Menara".)
    // (Past what a price is per: "10,74 dirhams le litre à OLA", "par kilo".)
    // (And "chez", where a thing is sold: "10,75 dirhams chez Winxo".)
    qsizetype at = f.after;
    static const Words perUnits = words({"litre", "kilo", "kilogramme", "kg", "tonne", "baril", "unite",
                                         "metre", "gramme", "nuit", "nuitee", "personne", "tete"});
    if (at + 2 < f.t.size()
        && (f.t[at].folded == u"le"_s || f.t[at].folded == u"la"_s || f.t[at].folded == u"par"_s)
        && perUnits.contains(f.t[at + 1].folded))
        at += 2;
    const qsizetype placeFrom = at;
    if (at + 2 < f.t.size() && f.t[at].folded == u"au"_s && f.t[at + 1].folded == u"niveau"_s
        && connector(f.t[at + 2].folded))
        at += 2;
    if (at < f.t.size()
        && (f.t[at].folded == u"a"_s || f.t[at].folded == u"au"_s || f.t[at].folded == u"en"_s
            || f.t[at].folded == u"dans"_s || f.t[at].folded == u"chez"_s
            || (at > placeFrom && connector(f.t[at].folded))))
        ++at;
    if (at > placeFrom && at < f.t.size()
        && (f.t[at].folded == u"l"_s || f.t[at].folded == u"la"_s || f.t[at].folded == u"le"_s
            || f.t[at].folded == u"les"_s))
        ++at;
    // (A seller named by its acronym: "12,77 dirhams à OLA".)
    if (at > placeFrom && at < f.clauseEnd && acronymName(f.t[at])
        && (f.t[at - 1].folded == u"chez"_s || f.t[at - 1].folded == u"a"_s))
        return f.t[at].text.toString();
    // (Past the common noun of its kind: "66,94 % dans la région de Laâyoune-Sakia El Hamra".)
    if (at > placeFrom && at + 1 < f.t.size() && placeNoun(f.t[at].folded) && connector(f.t[at + 1].folded)) {
        at += 2;
        if (at < f.t.size() && complementArticle(f.t[at].folded))
            ++at;
    }
    // (Not an assembly the figure sits in: "douze députés dans la Chambre des représentants" are
    // the party's.)
    auto sitsIn = [&f](const ProperNoun &n) {
        const qsizetype k = n.first;
        if (!institutionHead(f.t[k].folded))
            return false;
        qsizetype p = k - 1;
        if (p >= 0 && (f.t[p].folded == u"la"_s || f.t[p].folded == u"le"_s || f.t[p].folded == u"l"_s))
            --p;
        return p >= 0
            && (f.t[p].folded == u"dans"_s || f.t[p].folded == u"a"_s || f.t[p].folded == u"au"_s
                || f.t[p].folded == u"en"_s);
    };
    for (const ProperNoun &n : names) {
        if (at > placeFrom && n.first == at && n.first < f.clauseEnd && !sitsIn(n))
            return n.text;
    }
    // A site named right after the figure, by its place: "91 344 à l'usine Renault de
    // Casablanca-Somaca", "3 millions de tonnes au port de Tanger Med" (the last name of the
    // site's few words).
    if (at > placeFrom && at < f.clauseEnd && siteNoun(f.t[at].folded)) {
        const ProperNoun *place = nullptr;
        for (const ProperNoun &n : names) {
            if (n.first > at && n.first <= at + 4 && n.first < f.clauseEnd)
                place = &n;
        }
        bool plain = place != nullptr; // only names and connectors between
        for (qsizetype k = at + 1; place && k < place->first && plain; ++k)
            plain = (f.t[k].word && f.t[k].capital) || connector(f.t[k].folded);
        if (plain)
            return place->text;
        // (Or by its acronym: "12,77 dirhams dans les stations OLA".)
        if (at + 1 < f.clauseEnd && acronymName(f.t[at + 1]))
            return f.t[at + 1].text.toString();
    }
    // Whose figure "pour" names right after it: "98 sièges contre 81 pour le PAM", an acronym too.
    if (f.after + 2 < f.t.size() && f.t[f.after].folded == u"pour"_s
        && (f.t[f.after + 1].folded == u"le"_s || f.t[f.after + 1].folded == u"la"_s
            || f.t[f.after + 1].folded == u"l"_s)) {
        const qsizetype n = f.after + 2;
        if (acronymToken(f.t[n]) && !currencyWord(f.t[n].folded))
            return f.t[n].text.toString();
        for (const ProperNoun &p : names) {
            if (p.first == n)
                return p.text;
        }
    }
    // (Not a name of a list in parentheses that details the scope: "tous opérateurs confondus
    // (Tunisie Télécom, Ooredoo Tunisie, Orange Tunisie, Lycamobile et Cayon Cloud
    // Communications 3C) a atteint 16,4 millions".)
    auto listed = [&f](const ProperNoun &n) {
        int commas = 0;
        for (qsizetype k = n.first - 1; k >= 0 && k >= n.first - 40; --k) {
            const QString &w = f.t[k].folded;
            if (w == u")"_s)
                return false;
            if (w == u"("_s) {
                for (qsizetype j = n.last + 1; j < f.t.size() && j <= n.last + 40; ++j) {
                    if (f.t[j].folded == u")"_s)
                        return commas >= 2;
                    commas += f.t[j].folded == u","_s ? 1 : 0;
                }
                return false;
            }
            commas += w == u","_s ? 1 : 0;
        }
        return false;
    };
    // (Nor the last of a list of three names or more that the figure follows: "Les livraisons des
    // membres de l'APC, à savoir Asment Témara, Ciments de l'Atlas, Ciments du Maroc et
    // LafargeHolcim Maroc, ont enregistré une progression de 15,2 %" are all of theirs. Read
    // where the name stands, not over the sentence: a page of one sentence of names is read in
    // linear time.)
    auto lastOfList = [&f, &names](qsizetype i) {
        // "et" before it (past its article), then names, their connectors and commas back to a
        // comma at least: "A, B de l'C et D".
        // (Not a name its acronym follows, one name with its "et": "du Parti du Progrès et du
        // Socialisme (PPS, 20 sièges)".)
        const QList<Token> &t = f.t;
        for (qsizetype j = names[i].first; j < f.first; ++j) {
            if (t[j].folded == u"("_s)
                return false;
        }
        qsizetype k = names[i].first - 1;
        // (Two names are a list too, each with its "de": "les ports de San Pedro et d'Abidjan".)
        if (i > 0 && k >= 3 && (t[k].folded == u"d"_s || t[k].folded == u"de"_s) && t[k - 1].folded == u"et"_s
            && names[i - 1].last == k - 2 && names[i - 1].first >= 1
            && (t[names[i - 1].first - 1].folded == u"de"_s || t[names[i - 1].first - 1].folded == u"d"_s)
            && !(names[i - 1].first >= 2 && t[names[i - 1].first - 2].folded == u","_s))
            return true;
        if (k >= 0 && determiner(t[k].folded))
            --k;
        if (k < 1 || !(t[k].folded == u"et"_s || t[k].folded == u"ou"_s))
            return false;
        int commas = 0;
        int capitals = 0;
        for (qsizetype j = k - 1; j >= 0 && j >= k - 20; --j) {
            const Token &x = t[j];
            if (x.folded == u","_s)
                ++commas;
            else if (x.word && x.capital)
                ++capitals;
            else if (!(connector(x.folded) || complementArticle(x.folded) || determiner(x.folded)))
                break;
        }
        return commas >= 1 && capitals >= 2;
    };
    // (The nearest first: only the names before the one kept are read for a list.)
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        const ProperNoun &n = names[i];
        if (n.last >= f.first || sitsIn(n) || listed(n))
            continue;
        if (!lastOfList(i))
            owner = n.text;
        break;
    }
    // "le PAM a obtenu 86 sièges", "le RNI arrive en tête avec 102 sièges": an acronym that wins
    // or obtains the figure owns it (alone, an acronym is an institution that speaks, a unit or
    // a sector, never an owner).
    if (const QString winner = acronymWinner(f); !winner.isEmpty())
        owner = winner;
    if (owner.isEmpty()) {
        for (const ProperNoun &n : names) {
            // Not the unit ("Mds", "DH"), and in the figure's clause: ", selon la Direction …,
            // relevant du ministère de l'Économie" names who speaks, not whose figure it is.
            if (n.first >= f.after && n.first < f.clauseEnd && !sitsIn(n)) {
                owner = n.text;
                break;
            }
        }
    }
    // "Les villes de Marrakech, Agadir et Casablanca arrivent en tête … « La première va terminer
    // l'année … en dépassant les deux millions de visiteurs »": the first, the second or the last
    // of the names the sentence before lists.
    // "Au niveau national, les débarquements … ont atteint 1.233.568 tonnes … En valeur, ces
    // débarquements ont enregistré une hausse de 6 %": a sentence that opens on the whole country
    // says its figures, and those of the few sentences after it in the paragraph, are the
    // country's, not the place the sentence before named.
    if (owner.isEmpty()) {
        auto wholeCountry = [](const QList<Token> &w) {
            qsizetype k = 0;
            if (k < w.size() && (w[k].folded == u"au"_s || w[k].folded == u"a"_s || w[k].folded == u"sur"_s))
                ++k;
            if (k < w.size() && (w[k].folded == u"l"_s || w[k].folded == u"le"_s))
                ++k;
            return k > 0 && k + 1 < w.size()
                && (w[k].folded == u"niveau"_s || w[k].folded == u"echelle"_s || w[k].folded == u"plan"_s)
                && (w[k + 1].folded == u"national"_s || w[k + 1].folded == u"nationale"_s);
        };
        // (Within a few sentences: a page of one paragraph of a hundred thousand sentences is read in
        // linear time.)
        for (int s = f.sentence; s >= 0 && s >= f.sentence - 8; --s) {
            if (wholeCountry(f.sentences[s].tokens))
                return {};
        }
    }
    if (owner.isEmpty() && f.sentence > 0)
        owner = rankedListItem(f, speaker);
    if (owner.isEmpty() && f.sentence > 0) {
        owner = ownersBefore(f.claim.paragraph, speaker, f.sentences)[f.sentence - 1];
        // (After a sentence of names each given its figure, no one's: not the owner of its last
        // figure either.)
        if (owner == kListedNames)
            return {};
    }
    if (owner.isEmpty())
        owner = m_states[f.claim.paragraph].lastOwner;
    // (Not a person the title names: "…: Abdelmadjid Tebboune proclamé président" owns neither the
    // electorate nor the turnout; what a person wins is theirs in its own sentence.)
    if (owner.isEmpty() && !m_peopleList.contains(TextUtil::fold(m_titleOwner)))
        owner = m_titleOwner;
    return owner;
}

// The name a sentence opening on "la première", "le second", "la dernière" (its subject, a
// verb after it) points to in the list of names the sentence before coordinates; else empty.
QString ArticleReading::rankedListItem(const Figure &f, const QString &speaker) const
{
    const QList<Token> &t = f.t;
    qsizetype k = 0;
    while (k < f.first && (openingQuote(t[k]) || (!t[k].word && !t[k].digit)))
        ++k;
    if (k + 2 >= f.first || !(t[k].folded == u"le"_s || t[k].folded == u"la"_s))
        return {};
    const QString &rank = t[k + 1].folded;
    const bool first = rank == u"premier"_s || rank == u"premiere"_s;
    const bool second = rank == u"second"_s || rank == u"seconde"_s || rank == u"deuxieme"_s;
    const bool last = rank == u"dernier"_s || rank == u"derniere"_s;
    if (!(first || second || last) || !t[k + 2].word
        || !(verbLike(t[k + 2].folded) || verbWords().contains(t[k + 2].folded)
             || t[k + 2].folded == u"va"_s))
        return {};
    const QList<Token> &before = f.sentences[f.sentence - 1].tokens;
    const QList<ProperNoun> names
        = properNouns(before, 0, before.size(), speaker, m_article.text, m_lowercase);
    const QSet<qsizetype> coordinated = coordinatedNames(names, before);
    QList<qsizetype> list;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (coordinated.contains(i) && (list.isEmpty() || list.last() == i - 1))
            list << i;
    }
    if (list.size() < 2)
        return {};
    const qsizetype at = first ? list.first() : second ? list[1] : list.last();
    return names[at].text;
}

// The list of figures the figure is written in ("8 %, 6 %, 15 % et 10 %", "+28 % et +21 %"):
// its first token, the figure's place in it and its length (1 for a figure alone).
ArticleReading::FigureList ArticleReading::listAround(const Figure &f) const
{
    const QList<Token> &t = f.t;
    auto covering = [&](qsizetype k) {
        return figureAt(t[k].start);
    };
    // Tokens [from, to) join two figures of a list: a comma or "et", signs.
    auto joins = [&](qsizetype from, qsizetype to) {
        bool joined = false;
        for (qsizetype k = from; k < to; ++k) {
            const QString &w = t[k].folded;
            if (w == u","_s || w == u"et"_s)
                joined = true;
            else if (!(w == u"+"_s || w == u"-"_s || w == u"%"_s || w == QChar(0x2212)))
                return false;
        }
        return joined;
    };
    // A list of more than a dozen figures is a table or a flood of figures, not a sentence's list:
    // it is read as figures alone. (Such a run is walked once, for its first figure: the others
    // find themselves in it.)
    constexpr int kLongest = 12;
    const FigureList alone {f.first, 0, 1};
    if (m_longRun.paragraph == f.claim.paragraph && m_longRun.sentence == f.sentence
        && f.first >= m_longRun.first && f.first <= m_longRun.last)
        return alone;
    const Claim *own = covering(f.first);
    // The figure before `runStart` in the list, or after `runEnd`; -1 when the list stops.
    auto previous = [&](qsizetype runStart) -> qsizetype {
        qsizetype k = runStart - 1;
        while (k >= 0 && k > runStart - 4 && !covering(k))
            --k;
        const Claim *other = k >= 0 ? covering(k) : nullptr;
        if (!other || other == own || !joins(k + 1, runStart))
            return -1;
        while (k > 0 && covering(k - 1) == other)
            --k;
        return k;
    };
    auto next = [&](qsizetype runEnd) -> qsizetype {
        qsizetype k = runEnd + 1;
        while (k < t.size() && k < runEnd + 4 && !covering(k))
            ++k;
        const Claim *other = k < t.size() ? covering(k) : nullptr;
        if (!other || other == own || !joins(runEnd + 1, k))
            return -1;
        while (k + 1 < t.size() && covering(k + 1) == other)
            ++k;
        return k;
    };
    qsizetype runStart = f.first;
    qsizetype runEnd = f.last;
    int index = 0;
    int count = 1;
    for (qsizetype k = previous(runStart); k >= 0; k = previous(runStart)) {
        runStart = k;
        ++index;
        ++count;
    }
    for (qsizetype k = next(runEnd); k >= 0 && count < kLongest; k = next(runEnd)) {
        runEnd = k;
        ++count;
    }
    if (count < kLongest)
        return {runStart, index, count};
    for (qsizetype k = next(runEnd); k >= 0; k = next(runEnd))
        runEnd = k;
    m_longRun = {f.claim.paragraph, f.sentence, runStart, runEnd};
    return alone;
}

// The figures within sixty tokens of the figure, each by its first and last token. (Within a
// reach: a page-long sentence is read in linear time.)
QList<std::pair<qsizetype, qsizetype>> ArticleReading::figuresNear(const Figure &f) const
{
    const QList<Token> &t = f.t;
    QList<std::pair<qsizetype, qsizetype>> figures;
    const qsizetype reach = qMin<qsizetype>(t.size(), f.first + 60);
    for (qsizetype k = qMax<qsizetype>(0, f.first - 60); k < reach; ++k) {
        if (!t[k].digit)
            continue;
        if (const Claim *c = figureAt(t[k].start)) {
            qsizetype end = k;
            while (end + 1 < t.size() && t[end + 1].start < c->end)
                ++end;
            figures.append({k, end});
            k = end;
        }
    }
    return figures;
}

// A list of figures given in pairs, a change and the level it reaches: "des baisses respectives
// de 95 % à 56 t, 51 % à 21.186 t, 7 % à 7 365 t et 1 % à 1.026.690 t". The figure's list is the
// one of its own role in the pairs (the changes, or the levels): its first token is the first
// pair's, its place is its pair's; a count of 1 when the figure is in no such list. Read within
// a reach of the figure: a page-long sentence is read in linear time.
ArticleReading::FigureList ArticleReading::pairedList(const Figure &f) const
{
    const QList<Token> &t = f.t;
    const FigureList alone {f.first, 0, 1};
    const QList<std::pair<qsizetype, qsizetype>> figures = figuresNear(f);
    // A unit's words after a figure: "%", "t", "MDH", "de tonnes".
    auto unitWord = [&t](qsizetype k) {
        const QString text = t[k].text.toString();
        return t[k].folded == u"%"_s || currencyWord(t[k].folded)
            || !MeasureUnits::at(text, 0).canonical.isEmpty() || t[k].folded == u"tonnes"_s
            || t[k].folded == u"de"_s || t[k].folded == u"d"_s;
    };
    // Whether figures i and i + 1 are a pair: "95 % à 56 t".
    auto paired = [&](qsizetype i) {
        if (i < 0 || i + 1 >= figures.size())
            return false;
        int to = 0;
        for (qsizetype k = figures[i].second + 1; k < figures[i + 1].first; ++k) {
            if (t[k].text == u"à"_s)
                ++to;
            else if (!unitWord(k) || k > figures[i].second + 3)
                return false;
        }
        return to == 1;
    };
    // Whether the pair ending with figure i is followed by the pair opening with figure i + 1:
    // a comma or "et", and the unit's words.
    auto joined = [&](qsizetype i) {
        bool separated = false;
        for (qsizetype k = figures[i].second + 1; k < figures[i + 1].first; ++k) {
            if (t[k].folded == u","_s || t[k].folded == u"et"_s)
                separated = true;
            else if (!unitWord(k) || k > figures[i].second + 5)
                return false;
        }
        return separated;
    };
    qsizetype self = -1;
    for (qsizetype i = 0; i < figures.size() && self < 0; ++i) {
        if (f.first >= figures[i].first && f.first <= figures[i].second)
            self = i;
    }
    if (self < 0)
        return alone;
    const qsizetype role = paired(self) ? 0 : paired(self - 1) ? 1 : -1;
    if (role < 0)
        return alone;
    qsizetype first = self - role; // the first figure of the figure's pair
    int index = 0;
    while (first >= 2 && paired(first - 2) && joined(first - 1)) {
        first -= 2;
        ++index;
    }
    int count = index + 1;
    for (qsizetype next = self - role + 2; next + 1 < figures.size() && paired(next) && joined(next - 1);
         next += 2)
        ++count;
    return count > 1 ? FigureList {figures[first].first, index, count} : alone;
}

// "la France, l'Espagne, l'Italie et l'Allemagne ont respectivement connu une hausse de 8 %, 6 %,
// 15 % et 10 %": in a sentence that says "respectivement", the figure's place in its list of
// figures is its owner's place in the list of names written before them, when both lists are
// as long.
QString ArticleReading::respectiveOwner(const Figure &f, const QList<ProperNoun> &names) const
{
    const QList<Token> &t = f.t;
    if (!f.sentences[f.sentence].respectively)
        return {};
    // (The names before the figures, or a plural pronoun opening the sentence, below.)
    qsizetype opening = 0;
    while (opening < t.size() && !t[opening].word)
        ++opening;
    const bool pronoun
        = opening < t.size() && (t[opening].folded == u"ils"_s || t[opening].folded == u"elles"_s);
    if (names.size() < 2 && !pronoun)
        return {};
    auto [runStart, index, count] = listAround(f);
    // Or figures given in pairs, a count and the share that restates it: "Khalifa Ababacar Sall
    // et Idrissa Seck arrivent respectivement … avec respectivement 69 760 voix soit 1,56 % et
    // 40 286 voix soit 0,90 %": the pairs are the list.
    if (count < 2) {
        const QList<std::pair<qsizetype, qsizetype>> figures = figuresNear(f);
        QList<qsizetype> pairStart; // the index in `figures` each pair starts at
        qsizetype self = -1;
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const bool restated = i + 1 < figures.size() && figures[i + 1].first - figures[i].second <= 4
                && t[figures[i + 1].first - 1].folded == u"soit"_s;
            if (f.first >= figures[i].first
                && f.first <= (restated ? figures[i + 1].second : figures[i].second))
                self = pairStart.size();
            pairStart << i;
            if (restated)
                ++i;
        }
        if (self < 0 || pairStart.size() < 2 || pairStart.size() == figures.size())
            return {};
        runStart = figures[pairStart.front()].first;
        index = int(self);
        count = int(pairStart.size());
    }
    // The names coordinated last before the figures: "la France, l'Espagne … et l'Allemagne",
    // "l'Istiqlal, le parti historique de la lutte pour l'indépendance, puis le Rassemblement
    // national des indépendants (RNI)" (in order, and past what a name's apposition says of it).
    static const Words glue
        = words({",", "et", "ou", "l", "la", "le", "les", "de", "d", "du", "des", "puis", "enfin"});
    qsizetype last = -1;
    for (qsizetype n = 0; n < names.size() && names[n].last < runStart; ++n)
        last = n;
    qsizetype firstName = last;
    while (firstName > 0) {
        const qsizetype to = names[firstName].first;
        qsizetype k = names[firstName - 1].last + 1;
        if (k + 1 < to && t[k].folded == u"("_s && t[k + 1].folded != u")"_s && k + 2 < to
            && t[k + 2].folded == u")"_s)
            k += 3;
        // (An apposition: a comma, a determiner and lower-case words, up to the next comma.)
        if (k + 2 < to && t[k].folded == u","_s && determiner(t[k + 1].folded)) {
            qsizetype close = k + 2;
            while (close < to && close - k <= 12 && t[close].word && !t[close].capital)
                ++close;
            if (close < to && t[close].folded == u","_s)
                k = close;
        }
        bool glued = true;
        for (; k < to && glued; ++k)
            glued = glue.contains(t[k].folded);
        if (!glued)
            break;
        --firstName;
    }
    if (last >= 0)
        return last - firstName + 1 == count && count > 1 ? names[firstName + index].text : QString();
    // "Ils obtiennent respectivement 97, 82 et 78 sièges": a plural pronoun opening the sentence
    // stands for the names the last sentence that names any ends on, as many as the figures, one
    // after the other without a figure between ("le RNI arrive en tête, suivi du PAM et du PI").
    if (count < 2 || !pronoun || opening >= runStart)
        return {};
    for (int s = f.sentence - 1; s >= 0 && s >= f.sentence - 2; --s) {
        const QList<Token> &before = f.sentences[s].tokens;
        const QList<ProperNoun> listed
            = properNouns(before, 0, before.size(), QString(), m_article.text, m_lowercase);
        if (listed.isEmpty())
            continue;
        QStringList chain;
        for (qsizetype n = listed.size() - 1; n >= 0 && chain.size() < count; --n) {
            if (chain.contains(listed[n].text))
                return {};
            if (!chain.isEmpty()) {
                const qsizetype gapFrom = listed[n].last + 1;
                const qsizetype gapTo = listed[n + 1].first;
                if (gapTo - gapFrom > 8)
                    return {};
                for (qsizetype j = gapFrom; j < gapTo; ++j) {
                    if (before[j].digit)
                        return {};
                }
            }
            chain.prepend(listed[n].text);
        }
        return chain.size() == count ? chain[index] : QString();
    }
    return {};
}

// The acronyms the article defines by a noun phrase and the acronym in parentheses: "l'indice
// des prix à la consommation (IPC)", "le produit intérieur brut (PIB)". The acronym's letters
// must be the initials of the phrase's last content words (not a source: "le taux de chômage
// (HCP)"); it stands for the longest noun phrase that ends there. Found by a search of the text
// for "(" and capitals, each read in the few words before it: no page is tokenized again.
void ArticleReading::readAcronyms()
{
    const QString &text = m_article.text;
    for (qsizetype open = text.indexOf(u'('); open >= 0; open = text.indexOf(u'(', open + 1)) {
        qsizetype close = open + 1;
        while (close < text.size() && close - open <= 7 && text[close].isUpper() && text[close].isLetter())
            ++close;
        const qsizetype size = close - open - 1;
        if (size < 2 || size > 6 || close >= text.size() || text[close] != u')')
            continue;
        const QString key = TextUtil::fold(QStringView(text).mid(open + 1, size));
        if (m_acronyms.contains(key))
            continue;
        const QList<Token> t = tokenize(text, qMax<qsizetype>(0, open - 160), open);
        QString initials;
        for (qsizetype k = t.size() - 1; k >= 0 && initials.size() < size; --k) {
            if (t[k].word && !notInInitials(t[k].folded))
                initials.prepend(t[k].folded.front());
        }
        if (initials != key)
            continue;
        Phrase found;
        for (qsizetype n = t.size() - 1; n >= 1 && n >= t.size() - 12; --n) {
            if (!contentWord(t[n]) || !(determiner(t[n - 1].folded) || connector(t[n - 1].folded)))
                continue;
            if (const Phrase p = nounPhrase(t, n, t.size(), text); !p.isEmpty() && p.last == t.size() - 1)
                found = p;
        }
        if (!found.isEmpty())
            m_acronyms.insert(key, found);
    }
}

// A list of the complements of one head, each with its figure in parentheses: "les prix des
// « légumes » (17,8 %), des « fruits » (5,7 %), de la « viande » (4,3 %)", "l'accélération des prix
// de l'alimentation (+14,8 %), des services (+3 %) et des produits manufacturés (+4,7 %)". The
// figure of an item after the first measures the head of the first item's phrase (`noun`, read
// up to the first item) with its own item: "prix fruit", "prix service". Empty when the figure
// is no such item. (A proper noun is no item: an owner's list reads as owners.)
Phrase ArticleReading::listedComplement(const Figure &f, const Phrase &noun) const
{
    const QList<Token> &t = f.t;
    // The item whose figure opens at `open`: its first word, and the connector before it.
    auto itemBefore = [&t](qsizetype open, qsizetype &word, qsizetype &connectorAt) {
        qsizetype k = open - 1;
        if (k >= 0 && closingQuote(t[k]))
            --k;
        qsizetype w = k;
        while (w >= 0 && k - w < 4 && t[w].word && !t[w].capital && contentWord(t[w]))
            --w;
        if (w == k)
            return false;
        word = w + 1;
        if (w >= 0 && openingQuote(t[w]))
            --w;
        if (w >= 0 && complementArticle(t[w].folded))
            --w;
        connectorAt = w;
        return w >= 0 && connector(t[w].folded);
    };
    qsizetype open = f.first - 1;
    if (noun.isEmpty() || open < 1 || t[open].folded != u"("_s)
        return {};
    qsizetype itemWord = -1;
    qsizetype at = -1;
    if (!itemBefore(open, itemWord, at))
        return {};
    const qsizetype ownWord = itemWord;
    const qsizetype ownConnector = at;
    qsizetype firstWord = -1;
    qsizetype firstConnector = -1;
    // Back over the items before it: ", des « fruits » (5,7 %)" … "des « légumes » (17,8 %)".
    for (int items = 0; items < 12 && at >= 2; ++items) {
        const QString &separator = t[at - 1].folded;
        if (separator != u","_s && separator != u"et"_s)
            break;
        qsizetype close = at - 2;
        if (t[close].folded != u")"_s)
            return {};
        qsizetype before = close - 1;
        while (before > 0 && close - before < 12 && t[before].folded != u"("_s)
            --before;
        if (t[before].folded != u"("_s || !itemBefore(before, itemWord, at))
            return {};
        firstWord = itemWord;
        firstConnector = at;
    }
    if (firstWord < 0)
        return {};
    const Phrase first = phraseAt(t, firstWord, t.size(), m_article.text);
    const Phrase own = phraseAt(t, ownWord, open, m_article.text);
    if (first.isEmpty() || own.isEmpty() || !noun.key.endsWith(u' ' + first.key))
        return {};
    const QString head = noun.key.left(noun.key.size() - first.key.size());
    // The label: the head as written before the first item's connector, then the item with its
    // own ("prix de l'alimentation", then "prix des services", "prix de la viande").
    const qsizetype cut
        = noun.label.lastIndexOf(u' ' + labelOf(t, firstConnector, firstConnector, m_article.text));
    const QString headLabel = cut > 0 ? noun.label.left(cut) : noun.label.section(u' ', 0, 0);
    return {head + own.key,
            withoutStrayQuotes(headLabel + u' ' + labelOf(t, ownConnector, own.last, m_article.text)),
            own.last};
}

// "du « lait » et des « fromages et œufs » (2 %, 3 %)": figures set side by side in one pair of
// parentheses, each of an item coordinated before it, without "respectivement" to say which:
// such a figure measures nothing comparable (read as one metric, its two values would be
// flagged against each other).
bool ArticleReading::valuesOfItemsBefore(const Figure &f) const
{
    const QList<Token> &t = f.t;
    if (f.sentences[f.sentence].respectively)
        return false;
    qsizetype open = f.first - 1;
    while (open >= 0 && open >= f.first - 12 && t[open].folded != u"("_s && t[open].folded != u")"_s)
        --open;
    if (open < 1 || t[open].folded != u"("_s)
        return false;
    int figures = 0;
    qsizetype k = open + 1;
    for (; k < t.size() && k < open + 16 && t[k].folded != u")"_s; ++k) {
        if (t[k].word && !(t[k].text.size() <= 6 && !contentWord(t[k])))
            return false; // words: not a bare list of values
        // (Past a sign: "(+2 %, +3 %)".)
        const qsizetype before
            = k > open + 1 && (t[k - 1].folded == u"+"_s || t[k - 1].folded == u"-"_s) ? k - 1 : k;
        if (t[k].digit
            && (before == open + 1 || t[before - 1].folded == u","_s || t[before - 1].folded == u";"_s))
            ++figures;
    }
    return figures >= 2 && k < t.size() && t[k].folded == u")"_s;
}

// "Les exportations et les importations ont progressé respectivement de 5,2 % et 3,1 %", "le
// trafic du fret aérien et du mouvement aéroportuaire … respectivement de 22,3 % et 15,1 %": in a
// sentence that says "respectivement", the i-th figure of a list measures the i-th of the noun
// phrases coordinated from the one read, when both lists are as long.
Phrase ArticleReading::respectiveNoun(const Figure &f, const Phrase &noun) const
{
    const QList<Token> &t = f.t;
    if (noun.isEmpty() || noun.last < 0 || noun.last >= t.size() || !f.sentences[f.sentence].respectively
        || !TextUtil::fold(noun.label).endsWith(t[noun.last].folded))
        return {};
    FigureList list = listAround(f);
    // (Or in pairs: "des baisses respectives de 95 % à 56 t, 51 % à 21.186 t".)
    if (list.count < 2)
        list = pairedList(f);
    const auto [runStart, index, count] = list;
    if (count < 2 || noun.last >= runStart)
        return {};
    // The list may open before the noun read, its clause cut at a comma: "les coquillages, les
    // algues, les crustacés et les poissons pélagiques ont accusé des baisses respectives de 95 %"
    // reads "crustacés"; the list is read from its first item.
    Phrase head = noun;
    for (int back = 0; back < count; ++back) {
        const QString opening = TextUtil::fold(head.label.section(u' ', 0, 0));
        qsizetype at = head.last;
        while (at > 0 && at > head.last - 8 && t[at].folded != opening)
            --at;
        if (at < 3 || t[at].folded != opening || !determiner(t[at - 1].folded) || t[at - 2].folded != u","_s)
            break;
        const Phrase before = phraseBefore(t, at - 2, m_article.text);
        if (before.isEmpty() || before.last != at - 3)
            break;
        head = before;
    }
    QList<Phrase> listed {head};
    bool complements = true; // every item after the first introduced by "de": "d'engrais"
    qsizetype k = head.last + 1;
    while (listed.size() < count && k + 1 < runStart && (t[k].folded == u","_s || t[k].folded == u"et"_s)) {
        qsizetype n = k + 1;
        complements = complements && connector(t[n].folded);
        while (n < runStart
               && (determiner(t[n].folded) || connector(t[n].folded) || complementArticle(t[n].folded)))
            ++n;
        if (n >= runStart || !contentWord(t[n]))
            break;
        const Phrase next = phraseAt(t, n, runStart, m_article.text);
        if (next.isEmpty() || next.last < n)
            break;
        listed << next;
        k = next.last + 1;
    }
    if (listed.size() == 1)
        listed = coordinatedComplements(t, noun);
    if (listed.size() != count)
        return {};
    // "Les exportations de phosphates, d'engrais et d'acide ont progressé respectivement de …":
    // the items after the first are complements of its head too.
    if (index > 0 && complements && listed[index].key.indexOf(u' ') < 0) {
        qsizetype of = noun.last;
        while (of > 0 && of > noun.last - 6 && !connector(t[of].folded))
            --of;
        qsizetype n = of + 1;
        if (n <= noun.last && complementArticle(t[n].folded))
            ++n;
        const Phrase own = connector(t[of].folded) && n <= noun.last
            ? phraseAt(t, n, noun.last + 1, m_article.text)
            : Phrase();
        const qsizetype at = own.isEmpty() ? -1 : noun.key.indexOf(u' ' + own.key);
        if (at > 0 && at + 1 + own.key.size() == noun.key.size())
            return {noun.key.left(at) + u' ' + listed[index].key,
                    noun.label.section(u' ', 0, 0) + QStringLiteral(" de ") + listed[index].label,
                    listed[index].last};
    }
    return listed[index];
}

// The complements of one head coordinated in a noun phrase, each with the head: "les
// débarquements du thon et d'espadon" gives "débarquements du thon" and "débarquements
// d'espadon" (for "… ont augmenté respectivement de 6 % et 2 %"); `noun` alone when it has none.
QList<Phrase> ArticleReading::coordinatedComplements(const QList<Token> &t, const Phrase &noun) const
{
    QList<qsizetype> separators; // "et" or "," before a connector, in the phrase
    for (qsizetype j = noun.last - 1; j > 0 && j >= noun.last - 16; --j) {
        if ((t[j].folded == u"et"_s || t[j].folded == u","_s) && connector(t[j + 1].folded))
            separators.prepend(j);
        else if (!t[j].word && t[j].folded != u","_s)
            break;
    }
    if (separators.isEmpty())
        return {noun};
    // The head's own connector: the last one before the first separator.
    qsizetype first = separators.first() - 1;
    while (first > 0 && first > separators.first() - 6 && !connector(t[first].folded))
        --first;
    if (!connector(t[first].folded))
        return {noun};
    auto item = [&](qsizetype connectorAt, qsizetype end) {
        qsizetype n = connectorAt + 1;
        if (n < end && complementArticle(t[n].folded))
            ++n;
        return n < end && contentWord(t[n]) ? phraseAt(t, n, end, m_article.text) : Phrase();
    };
    QList<Phrase> items;
    items << item(first, separators.first());
    for (qsizetype i = 0; i < separators.size(); ++i)
        items << item(separators[i] + 1, i + 1 < separators.size() ? separators[i + 1] : noun.last + 1);
    const qsizetype at = noun.key.indexOf(u' ' + items.first().key);
    if (at <= 0 || std::any_of(items.cbegin(), items.cend(), [](const Phrase &p) { return p.isEmpty(); }))
        return {noun};
    const QString head = noun.key.left(at);
    const QString headLabel = noun.label.section(u' ', 0, 0);
    QList<Phrase> out;
    for (const Phrase &p : std::as_const(items))
        out << Phrase {head + u' ' + p.key, headLabel + QStringLiteral(" de ") + p.label, p.last};
    return out;
}

// "les ventes du segment de la construction (+56,2%) et celles du segment du câblage (+20,8%)",
// "Les ventes de voitures ont progressé de 5% et celles de camions de 3%": a demonstrative pronoun
// and its complement, before the figure in its clause, measure the head of the noun the figure
// before it in the sentence measured, of that complement ("celle des dépenses" after a change: the
// dépenses' change).
Phrase ArticleReading::demonstrativeNoun(const Figure &f, int paragraph, int sentence) const
{
    const QList<Token> &t = f.t;
    if (m_previous.paragraph != paragraph || m_previous.sentence != sentence || m_previous.phrase.isEmpty())
        return {};
    // (The figure may open parentheses after the pronoun's complement: "celles du segment du
    // câblage (+20,8%)".)
    qsizetype end = f.first;
    if (end > 0 && t[end - 1].folded == u"("_s)
        --end;
    for (qsizetype k = end - 1; k >= qMax<qsizetype>(0, end - 12); --k) {
        const QString &w = t[k].folded;
        if (w == u")"_s || w == u","_s || w == u";"_s || w == u"."_s || w == u"("_s)
            return {};
        if (w != u"celle"_s && w != u"celles"_s && w != u"celui"_s && w != u"ceux"_s)
            continue;
        qsizetype n = k + 2;
        const Phrase &before = m_previous.phrase;
        const QString head = before.key.section(u' ', 0, 0);
        // ("… des prêts à la promotion immobilière de 3,3 % et de ceux à l'équipement de 9,4 %": a
        // loan's purpose, or what one subscribes to, with "à".)
        const bool to = (t[k + 1].text == u"à"_s || t[k + 1].folded == u"au"_s || t[k + 1].folded == u"aux"_s)
            && (lendingHead(head) || subscriptionHead(head));
        if (n >= end || !(connector(t[k + 1].folded) || to))
            return {};
        if (complementArticle(t[n].folded))
            ++n;
        if (n >= end || !contentWord(t[n]))
            return {};
        const Phrase complement = phraseAt(t, n, end, m_article.text);
        if (complement.isEmpty())
            return {};
        // (Compared with a noun with no complement the pronoun's could replace, it stands for
        // nothing of the kind: "Les recettes ont progressé de 5 %, plus que celles des dépenses (+3 %)", "une
        // augmentation des importations (+23,4 %) plus importante que celle des exportations
        // (+22,1 %)" are the dépenses' and the exportations' changes.)
        // (The "que" of a comparison, not of "tandis que", "alors que".)
        const bool compared = k > 1 && (t[k - 1].folded == u"que"_s || t[k - 1].folded == u"qu"_s)
            && t[k - 2].folded != u"tandis"_s && t[k - 2].folded != u"alors"_s
            && t[k - 2].folded != u"ainsi"_s && t[k - 2].folded != u"bien"_s && t[k - 2].folded != u"parce"_s
            && t[k - 2].folded != u"lors"_s;
        if (changeWord(head) || (compared && !before.key.contains(u' ')))
            return complement;
        // The pronoun agrees with its antecedent: "celle des dépenses" after "la progression des
        // recettes (+41,6 MMDH)" is the progression's, not the recettes'.
        const QString headLabel = TextUtil::fold(before.label.section(u' ', 0, 0));
        const bool plural = w == u"celles"_s || w == u"ceux"_s;
        if (plural != (headLabel.endsWith(u's') || headLabel.endsWith(u'x')))
            return {};
        Phrase own;
        own.key = head + u' ' + complement.key;
        own.label
            = before.label.section(u' ', 0, 0) + u' ' + labelOf(t, k + 1, complement.last, m_article.text);
        own.last = complement.last;
        return own;
    }
    return {};
}

// The noun phrase a change in parentheses follows, when a change noun introduces it ("la hausse
// des importations (+9 %)"), or introduces the first of a coordination it ends ("… des
// importations de biens (+9,2 %) et des exportations (+3,6 %)"); else empty.
Phrase ArticleReading::changedInParentheses(const Figure &f) const
{
    const QList<Token> &t = f.t;
    const qsizetype open = f.first - 1;
    // The item's start: right after the change noun's connector ("accroissement des"), or after
    // "et" and its connector.
    auto complementAt = [&t](qsizetype k) {
        if (k < t.size() && complementArticle(t[k].folded))
            ++k;
        return k;
    };
    qsizetype k = open - 1;
    qsizetype start = -1;
    bool coordinated = false;
    for (int words = 0; k >= 1 && words < 10 && start < 0; --k, ++words) {
        if (!t[k].word || t[k].digit || verbLike(t[k].folded))
            return {};
        if (connector(t[k].folded) && changeWord(t[k - 1].folded))
            start = complementAt(k + 1);
        else if (connector(t[k].folded) && t[k - 1].folded == u"et"_s) {
            start = complementAt(k + 1);
            coordinated = true;
        }
    }
    if (start < 0 || start >= open)
        return {};
    const Phrase x = phraseAt(t, start, open, m_article.text);
    if (x.isEmpty() || x.last != open - 1)
        return {};
    if (!coordinated)
        return x;
    // Back past the first item, its parentheses and words, to its change noun.
    qsizetype j = k - 1;
    if (j >= 0 && t[j].folded == u")"_s)
        j = openingParenthesis(t, j, 20) - 1;
    for (int words = 0; j >= 1 && words < 10; --j, ++words) {
        if (connector(t[j].folded) && changeWord(t[j - 1].folded))
            return x;
        if (!t[j].word || t[j].digit)
            return {};
    }
    return {};
}

// "Le flux net des investissements directs étrangers … Les recettes de ces investissements se
// sont améliorées de 43,4 %": a complement a demonstrative points with, between the noun and the
// figure, is the phrase it names again, written with its own complements in the sentence, the
// four before it or the paragraph before ("les recettes des investissements directs
// étrangers", not of the investissements directs marocains the next paragraph names); the
// noun unchanged when there is none.
Phrase ArticleReading::pointedComplement(const Figure &f, const Phrase &noun) const
{
    const QList<Token> &t = f.t;
    const qsizetype k = noun.last + 1;
    if (noun.isEmpty() || noun.last < 0 || k + 2 >= f.first || !connector(t[k].folded)
        || !demonstrative(t[k + 1].folded) || !t[k + 2].word || t[k + 2].capital)
        return noun;
    const QString head = MeasureReader::singular(t[k + 2].folded);
    // The last phrase opening on the head with a complement or an adjective, before `to` (a name's
    // capital aside: "des Investissements directs marocains à l'étranger").
    auto find = [&](const QList<Token> &w, qsizetype to) -> Phrase {
        for (qsizetype j = to - 1; j >= 0 && j >= to - 200; --j) {
            if (!w[j].word || MeasureReader::singular(w[j].folded) != head
                || (j > 0 && demonstrative(w[j - 1].folded)))
                continue;
            const Phrase p = commonPhraseAt(w, j, qMin<qsizetype>(w.size(), j + 12), m_article.text);
            if (p.key.startsWith(head + u' '))
                return p;
        }
        return {};
    };
    Phrase antecedent = find(t, k);
    for (int s = f.sentence - 1; antecedent.isEmpty() && s >= 0 && s >= f.sentence - 4; --s)
        antecedent = find(f.sentences[s].tokens, f.sentences[s].tokens.size());
    // (In the paragraph before, what it measured last: its sentences are not read again here.)
    if (antecedent.isEmpty()) {
        const int before = bodyParagraphBefore(f.claim.paragraph);
        const auto state = before >= 0 ? m_states.constFind(before) : m_states.cend();
        if (state != m_states.cend() && state->lastNoun.key.startsWith(head + u' '))
            antecedent = state->lastNoun;
    }
    // (Not twice: a level a change reaches took the change's noun already.)
    if (antecedent.isEmpty() || noun.key.endsWith(u' ' + antecedent.key))
        return noun;
    // (Its article agrees with the antecedent as written: "des investissements directs étrangers", "de
    // franchise médicale".)
    const QString written = TextUtil::fold(antecedent.label.section(u' ', 0, 0));
    const bool several = written.endsWith(u's') || written.endsWith(u'x');
    return {noun.key + u' ' + antecedent.key,
            noun.label + u' '
                + (several ? complementArticleFor(t[k + 1].folded, antecedent.label) : QStringLiteral("de "))
                + antecedent.label,
            noun.last};
}

// "La valeur du poisson blanc a baissé de 1 %, tandis que son poids a régressé de 5 %", "les
// coquillages ont chuté …, en raison d'une baisse de 37 % de leur poids", "Quant aux algues, leur
// valeur de débarquement a bondi de 42 %": a measure a possessive introduces in the figure's
// sentence is of the thing the sentence named before it (its topic or its subject, past a head
// that measures it: "la valeur du poisson blanc" owns "son poids" as the poisson blanc), that
// agrees with it in number; the noun unchanged when there is none, or when it is a name (whose
// figure it is, an owner), a pronoun, or the kind of an owner ("l'entreprise … son chiffre
// d'affaires").
Phrase ArticleReading::possessedNoun(const Figure &f, const Phrase &noun) const
{
    const QList<Token> &t = f.t;
    if (noun.isEmpty() || bareHead(noun.key) || noun.last < 1 || noun.last >= t.size())
        return noun;
    const QString first = TextUtil::fold(noun.label.section(u' ', 0, 0));
    qsizetype p = -1;
    for (qsizetype k = noun.last - 1; k >= 0 && k >= noun.last - 10 && p < 0; --k) {
        if (t[k + 1].folded != first)
            continue;
        const QString &w = t[k].folded;
        if (w == u"son"_s || w == u"sa"_s || w == u"ses"_s || w == u"leur"_s || w == u"leurs"_s)
            p = k;
        else
            break;
    }
    // (In the figure's sentence, around the figure: not "Pour leur part," nor "de son côté".)
    if (p < 1 || p + 12 < f.first || p > f.after + 6)
        return noun;
    // The subject of the nearest clause a "que" opens before it that has one, else the sentence's:
    // "le directeur général de la CNOPS a indiqué que la caisse gérait 3,1 millions de
    // bénéficiaires et que son déficit technique pourrait atteindre…" is the caisse's.
    Phrase owner;
    for (qsizetype k = qMin(p, f.first) - 1; k >= -1 && owner.isEmpty(); --k) {
        if (k >= 0 && t[k].folded != u"que"_s && t[k].folded != u"qu"_s)
            continue;
        owner = subject(t, k + 1, qMin(p, f.first));
        if (owner.last >= p)
            owner = {};
    }
    if (owner.isEmpty())
        return noun;
    // (Its first word, past its determiner.)
    qsizetype at = owner.last;
    const QString opening = TextUtil::fold(owner.label.section(u' ', 0, 0));
    while (at > 0 && t[at].folded != opening)
        --at;
    if (std::any_of(t.cbegin() + qMax<qsizetype>(1, at), t.cbegin() + owner.last + 1,
                    [](const Token &x) { return x.capital; }))
        return noun; // a name: whose figure it is
    // Past a head that measures it: "la valeur du poisson blanc" is the poisson blanc's.
    QStringList key = owner.key.split(u' ');
    QString of; // the owner with its complement's article: "du poisson blanc", "des algues"
    // (So is a head a figure before it in the sentence measured: "Les recettes des comptes spéciaux du
    // Trésor ont atteint 54,9 MMDH et leurs dépenses émises 43,4 MMDH" are the comptes'.)
    const bool measuredBefore = m_previous.paragraph == f.claim.paragraph && m_previous.sentence == f.sentence
        && m_previous.last < f.first && m_previous.phrase.key.section(u' ', 0, 0) == key.front();
    if (key.size() > 1 && (measureHead(key.front()) || changeDimensionWord(key.front()) || measuredBefore)) {
        key.removeFirst();
        of = owner.label.section(u' ', 1);
    } else {
        const QString article = at > 0 ? t[at - 1].folded : QString();
        of = (article == u"le"_s || article == u"au"_s ? QStringLiteral("du ")
                  : article == u"la"_s                 ? QStringLiteral("de la ")
                  : article == u"l"_s                  ? QStringLiteral("de l'")
                  : article == u"les"_s || article == u"aux"_s || article == u"des"_s ? QStringLiteral("des ")
                                                                                      : QStringLiteral("de "))
            + owner.label;
    }
    // The owner agrees with the possessive: "son", "sa", "ses" of one, "leur", "leurs" of several.
    QString written;
    for (const QString &w : of.split(u' ')) {
        written = TextUtil::fold(w);
        static const QRegularExpression elided(QStringLiteral("^[ld]['’]"));
        written.remove(elided);
        if (!written.isEmpty() && !connector(written) && !complementArticle(written) && written != u"le"_s)
            break;
    }
    const QString head = key.front();
    // (After the figure, the clause's subject whatever the writer's slip: "les coquillages ont
    // chuté …, en raison d'une nette baisse de 37 % de son poids".)
    const bool pluralOwner = written.endsWith(u's') || written.endsWith(u'x');
    if ((pluralOwner != t[p].folded.startsWith(u"leur"_s) && p < f.first) || subjectPronoun(head)
        || institutionHead(head) || siteNoun(head) || placeNoun(head) || personTitleWord(head)
        || noun.key.contains(head) || head.size() < 3 || ordinalWord(head) || rankingWord(head))
        return noun;
    // (Neither owns an owner's kind, nor is one owned: "sa marque Alpine", "son concurrent".)
    static const Words kinds = words({"entreprise", "groupe", "marque", "constructeur", "compagnie",
                                      "operateur", "filiale", "secteur", "gouvernement", "etat", "royaume",
                                      "candidat", "parti", "concurrent", "societe", "firme"});
    if (kinds.contains(head) || kinds.contains(noun.key.section(u' ', 0, 0)))
        return noun;
    return {noun.key + u' ' + key.join(u' '), noun.label + u' ' + of, noun.last};
}

// "… a annoncé le taux de réussite au BAC pour cette année. … ce taux est de 55,88 %": a bare
// head after a demonstrative in the figure's clause ("ce taux", "cette proportion") names again the
// last phrase of that head written with its complement, in the sentence or the few before it in
// the paragraph; empty when there is none.
Phrase ArticleReading::demonstrativeHead(const Figure &f, const QString &head, int paragraph, int sentence,
                                         bool pastClause, bool paragraphBefore) const
{
    const QList<Token> &t = f.t;
    qsizetype at = -1; // the head after its demonstrative
    // (With `pastClause`, in the clause a relative opens after it too: "l'encours de cette dette,
    // qui a atteint 813,1 MMDH".)
    const qsizetype from
        = pastClause ? qMax<qsizetype>(0, f.first - 20) : qMax<qsizetype>(f.clauseStart, f.first - 20);
    for (qsizetype k = from; k + 1 < f.first && at < 0; ++k) {
        const QString &w = t[k].folded;
        if (demonstrative(w) && MeasureReader::singular(t[k + 1].folded) == head)
            at = k + 1;
    }
    if (at < 0)
        return {};
    // The last one before: in the sentence, then back through the paragraph and the one before.
    // (The few heads nearest before `end`, found by a binary search: a page of one sentence of
    // such figures is read in linear time.)
    auto lastIn = [&](const Sentence &s, qsizetype end) -> Phrase {
        const qsizetype below = std::lower_bound(s.heads.cbegin(), s.heads.cend(), end) - s.heads.cbegin();
        for (qsizetype i = below - 1; i >= 0 && i >= below - 8; --i) {
            const qsizetype h = s.heads[i];
            if (MeasureReader::singular(s.tokens[h].folded) != head)
                continue;
            const Phrase p = headPhrase(s.tokens, h, s.tokens.size(), m_article.text);
            if (!p.isEmpty() && !bareHead(p.key) && p.key.startsWith(head + u' '))
                return p;
        }
        // (A noun that is no measure head, written with its complement: "la dette intérieure".)
        if (!bareHead(head)) {
            for (qsizetype k = qMin(end, s.tokens.size()) - 1; k >= 0 && k >= end - 60; --k) {
                if (k == at || !s.tokens[k].word || MeasureReader::singular(s.tokens[k].folded) != head)
                    continue;
                const Phrase p = nounPhrase(s.tokens, k, s.tokens.size(), m_article.text);
                if (!p.isEmpty() && p.key.startsWith(head + u' '))
                    return p;
            }
        }
        return {};
    };
    if (m_sentencesOf != paragraph)
        return {};
    const QList<Sentence> &own = m_sentences;
    if (Phrase p = lastIn(own[sentence], at); !p.isEmpty())
        return p;
    // (A few sentences back at most: a page of such sentences is read in linear time.)
    for (int s = sentence - 1; s >= qMax(0, sentence - 4); --s) {
        if (Phrase p = lastIn(own[s], own[s].tokens.size()); !p.isEmpty())
            return p;
    }
    // In the paragraph before, what it measured last, when written with that head: "L'encours du
    // crédit bancaire s'est établi à 1.137,1 MMDH." then "Cet encours se répartit sur…".
    if (paragraphBefore && sentence <= 1) {
        const int before = bodyParagraphBefore(paragraph);
        const auto state = before >= 0 ? m_states.constFind(before) : m_states.cend();
        if (state != m_states.cend() && !state->lastNoun.isEmpty() && !bareHead(state->lastNoun.key)) {
            const QString label = TextUtil::fold(state->lastNoun.label);
            // (A measure head the noun was read through: "l'encours du crédit bancaire" measures the
            // crédit bancaire.)
            if (state->lastNoun.key.startsWith(head + u' ') || label.startsWith(head + u' ')
                || label.contains(u' ' + head + u' ') || measureHead(head))
                return state->lastNoun;
        }
    }
    return {};
}

// The figure of the article that covers `at`, if any (its claims are in the order of the text).
const Claim *ArticleReading::figureAt(qsizetype at) const
{
    const auto &claims = m_article.claims;
    const qsizetype n = claims.size();
    // The last figure that starts at or before `at`. A walk along a list of figures asks for the
    // one found last or a neighbour: those are tried before a search of the whole article.
    auto lastStartingBy = [&](qsizetype k) {
        return k >= 0 && k < n && claims[k].start <= at && (k + 1 == n || claims[k + 1].start > at);
    };
    qsizetype found = -1;
    if (lastStartingBy(m_figureHint))
        found = m_figureHint;
    else if (lastStartingBy(m_figureHint + 1))
        found = m_figureHint + 1;
    else if (lastStartingBy(m_figureHint - 1))
        found = m_figureHint - 1;
    else
        found = std::upper_bound(claims.cbegin(), claims.cend(), at,
                                 [](qsizetype position, const Claim &c) { return position < c.start; })
            - claims.cbegin() - 1;
    if (found < 0)
        return nullptr;
    m_figureHint = found;
    return claims[found].end > at ? &claims[found] : nullptr;
}

// The breakdown: "parmi les femmes", "chez les jeunes", "en milieu rural", "pour les
// diplômés", read in the figure's clause, where parentheses are see-through: a figure in
// parentheses after another ("6,3 % (+1,1 point) en milieu rural") is its host's, and the words
// after them still qualify the host. A trigger after the figure wins ("passé à 35,8 % parmi les
// jeunes, à 20,6 % pour les personnes de 25 à 34 ans"), unless a coordination stands between
// ("passant à 11,5 % et de 1,1 point parmi les femmes"); else the nearest before it; else one
// in the clause a participle continues ("parmi les hommes, passant à 11,5 %") or a fronted one
// ("Chez les femmes, le taux atteint 13 %"). A rate in parentheses after a group of people is
// that group's: "les femmes (13,8 %) et les diplômés (17,1 %)".
// A people doing something, a group rather than a place: "les Marocains résidant à l'étranger",
// "des Français vivant en Espagne".
// A people named as such: a capitalised plural after "les", "des", "aux" that is no country
// ("les Français ont réalisé…", "des Allemands"; not "les Émirats arabes unis").
bool pluralPeopleAt(const QList<Token> &t, qsizetype k)
{
    // A people's ending (Français, Chinois, Marocains, Italiens, Allemands, Espagnols,
    // Britanniques), not a name's plural ("des Finances", "la Cour des Comptes", "des Stations").
    static const QStringList endings {QStringLiteral("ais"),  QStringLiteral("ois"),  QStringLiteral("ains"),
                                      QStringLiteral("iens"), QStringLiteral("ands"), QStringLiteral("ols"),
                                      QStringLiteral("iques")};
    const bool people = k > 0 && k < t.size()
        && std::any_of(endings.cbegin(), endings.cend(),
                       [&](const QString &e) { return t[k].folded.endsWith(e); });
    return people && t[k].word && t[k].capital && t[k].folded.size() > 4 && !t[k].text.toString().isUpper()
        && (t[k - 1].folded == u"les"_s || t[k - 1].folded == u"des"_s || t[k - 1].folded == u"aux"_s)
        && !(k + 1 < t.size() && t[k + 1].word && t[k + 1].capital) && Countries::named(t[k].text).isEmpty();
}

bool peopleAt(const QList<Token> &t, qsizetype k)
{
    // (In title case too: "des Marocains Résidant à l'Étranger (MRE)".)
    return k + 1 < t.size() && t[k].word && t[k].capital && t[k].folded.size() > 3
        && t[k].folded.endsWith(u's') && !t[k].text.toString().isUpper() && t[k + 1].word
        && (t[k + 1].folded.endsWith(u"ant") || t[k + 1].folded.endsWith(u"ants")
            || t[k + 1].folded.endsWith(u"ents"));
}

// Its key: the initials of the people, their participle and its place, as the press abbreviates
// them ("Marocains résidant à l'étranger" is "mre", whether the article writes "(MRE)" after it,
// "parmi les MRE" or neither); `last`: its last token, a defined acronym included.
QString peopleKey(const QList<Token> &t, qsizetype k, qsizetype &last)
{
    QString key = QString(t[k].folded.front()) + t[k + 1].folded.front();
    last = k + 1;
    qsizetype j = k + 2;
    if (j < t.size() && preposition(t[j].folded)) {
        ++j;
        if (j < t.size() && (complementArticle(t[j].folded) || t[j].folded == u"le"_s))
            ++j;
        if (j < t.size() && t[j].word && !functionWords().contains(t[j].folded)) {
            key += t[j].folded.front();
            last = j;
        }
    }
    if (last + 3 < t.size() && t[last + 1].folded == u"("_s && t[last + 2].word
        && t[last + 3].folded == u")"_s && t[last + 2].folded == key)
        last += 3;
    return key;
}

// The group of a people at token `k` ("des Marocains résidant à l'étranger", "des Britanniques").
void ArticleReading::peopleGroup(const QList<Token> &t, qsizetype k, Measure &m) const
{
    qsizetype last = k;
    m.breakdown = peopleAt(t, k) ? peopleKey(t, k, last) : MeasureReader::singular(t[k].folded);
    m.breakdownLabel = QStringLiteral("des ") + labelOf(t, k, last, m_article.text);
}

// With "respectivement", the i-th figure of a list is of the i-th category a kind's noun listed in
// quotation marks before it ("Les livraisons destinées aux segments « Distribution » et « Béton prêt
// à l'emploi » se sont situées respectivement à 6,47 Mt (-14,01 %) et à 2,05 Mt (+3,29 %)": 2,05 Mt
// and +3,29 % are the BPE's); a change in parentheses is its level's. The kind's noun is no part of
// the measure ("les écoulements des activités « Prefa », …" are écoulements).
bool ArticleReading::respectiveCategory(const Figure &f, Measure &m) const
{
    const QList<Token> &t = f.t;
    if (!f.sentences[f.sentence].respectively)
        return false;
    QList<std::pair<qsizetype, qsizetype>> items;
    qsizetype kind = f.first - 1;
    for (; kind >= qMax<qsizetype>(0, f.first - 60) && items.isEmpty(); --kind) {
        if (t[kind].word && !t[kind].capital)
            items = quotedCategories(t, kind, f.first);
    }
    ++kind;
    if (items.size() < 2)
        return false;
    const qsizetype listEnd = items.last().second + 1;
    auto inParentheses = [&t](qsizetype first) {
        if (first > 1
            && (t[first - 1].folded == u"+"_s || t[first - 1].folded == u"-"_s
                || t[first - 1].folded == QChar(0x2212)))
            --first;
        return first > 0 && t[first - 1].folded == u"("_s;
    };
    QList<qsizetype> levels; // the first token of each figure of the list, outside parentheses
    for (const auto &[first, last] : figuresNear(f)) {
        if (first > listEnd && !inParentheses(first))
            levels << first;
    }
    qsizetype own = f.first;
    if (inParentheses(f.first)) {
        own = -1;
        for (qsizetype level : std::as_const(levels))
            own = level < f.first ? level : own;
    }
    const qsizetype index = levels.indexOf(own);
    if (index < 0 || levels.size() != items.size())
        return false;
    const auto [first, last] = items[index];
    QStringList keys;
    for (qsizetype k = first; k <= last; ++k) {
        if (t[k].word && !functionWords().contains(t[k].folded) && !connector(t[k].folded)
            && !complementArticle(t[k].folded))
            keys << MeasureReader::singular(t[k].folded);
    }
    if (keys.isEmpty())
        return false;
    m.breakdown = keys.join(u' ');
    m.breakdownLabel = labelOf(t, first, last, m_article.text);
    const QString kindKey = MeasureReader::singular(t[kind].folded);
    if (m.noun.endsWith(u' ' + kindKey)) {
        m.noun.chop(kindKey.size() + 1);
        const qsizetype at = m.nounLabel.lastIndexOf(t[kind].text.toString());
        if (at > 0) {
            m.nounLabel = m.nounLabel.left(at).trimmed();
            for (const QString &joint : {u"des"_s, u"de"_s, u"du"_s, u"aux"_s, u"au"_s}) {
                if (m.nounLabel.endsWith(u' ' + joint)) {
                    m.nounLabel.chop(joint.size() + 1);
                    break;
                }
            }
        }
    }
    return true;
}

void ArticleReading::readBreakdown(const Figure &f, Measure &m) const
{
    if (respectiveCategory(f, m))
        return;
    const QList<Token> &t = f.t;
    // "Cet encours se répartit sur les agents non financiers avec 945,9 MMDH": the groups a whole
    // is split into, each named right before its figure ("avec", or its parentheses).
    if (f.first >= 3 && (t[f.first - 1].folded == u"avec"_s || t[f.first - 1].folded == u"("_s)) {
        bool split = false;
        for (qsizetype k = f.first - 2; k >= qMax<qsizetype>(0, f.first - 30) && !split; --k) {
            if (t[k].digit && figureAt(t[k].start) && k < f.first - 12)
                break;
            split = t[k].folded.startsWith(u"repart"_s) || t[k].folded.startsWith(u"ventil"_s);
        }
        qsizetype last = f.first - 2;
        qsizetype first = last;
        while (first > 0 && t[first].word && !t[first].capital && !determiner(t[first].folded)
               && !connector(t[first].folded) && first > last - 5)
            --first;
        if (split && first < last && (determiner(t[first].folded) || connector(t[first].folded))
            && contentWord(t[first + 1])) {
            QStringList keys;
            for (qsizetype k = first + 1; k <= last; ++k)
                keys << MeasureReader::singular(t[k].folded);
            m.breakdown = keys.join(u' ');
            m.breakdownLabel = labelOf(t, first, last, m_article.text);
            return;
        }
    }
    const qsizetype size = t.size();
    auto is = [&](qsizetype k, char16_t c) {
        return !t[k].word && !t[k].digit && t[k].folded == QChar(c);
    };
    auto delimiter = [&](qsizetype k) {
        return clauseDelimiter(t[k], false);
    };
    // The figure, or the figure its parentheses follow.
    qsizetype first = f.first;
    qsizetype last = f.last;
    bool inParentheses = false;
    qsizetype open = -1;
    for (qsizetype k = f.first - 1; k >= 0 && !delimiter(k); --k) {
        if (is(k, u')'))
            break;
        if (is(k, u'(')) {
            open = k;
            break;
        }
    }
    if (open > 0) {
        qsizetype close = f.last + 1;
        while (close < size && !is(close, u')') && !is(close, u'('))
            ++close;
        // "6,3 % (+1,1 point)", "1.580.000 chômeurs (+10 %)"; not "de 15 à 24 ans (27,5 %)".
        bool hostFigure = false;
        for (qsizetype k = open - 1; k >= qMax<qsizetype>(0, open - 3) && !delimiter(k) && !hostFigure; --k)
            hostFigure = t[k].digit && figureAt(t[k].start);
        if (close < size && is(close, u')') && hostFigure) {
            first = open - 1;
            while (first > 0 && !t[first].digit)
                --first;
            last = close;
        } else if (close < size && is(close, u')')) {
            inParentheses = true;
            first = open;
            last = close;
        }
    }
    // The window: out to the delimiters, over whole parentheses.
    auto skipBack = [&](qsizetype k) { // from a ")" to its "("
        int depth = 0;
        for (; k >= 0; --k) {
            if (is(k, u')'))
                ++depth;
            else if (is(k, u'(') && --depth == 0)
                return k;
        }
        return qsizetype(0);
    };
    auto skipForward = [&](qsizetype k) { // from a "(" to its ")"
        int depth = 0;
        for (; k < size; ++k) {
            if (is(k, u'('))
                ++depth;
            else if (is(k, u')') && --depth == 0)
                return k;
        }
        return size - 1;
    };
    qsizetype start = first;
    while (start > 0 && !delimiter(start - 1) && !is(start - 1, u'('))
        start = is(start - 1, u')') ? skipBack(start - 1) : start - 1;
    // "… de 140.000 dirhams pour les logements totalement effondrés et de 80.000 dirhams pour
    // couvrir …": a figure coordinated by "et de" starts its own window; the group before the
    // coordination is the figure before's.
    if (first >= 2 && (t[first - 1].folded == u"de"_s || t[first - 1].folded == u"d"_s)
        && (t[first - 2].folded == u"et"_s || t[first - 2].folded == u"ou"_s))
        start = qMax(start, first - 1);
    qsizetype end = last + 1;
    while (end < size && !delimiter(end) && !is(end, u')'))
        end = is(end, u'(') ? skipForward(end) + 1 : end + 1;
    // "le RNI a remporté 102 sièges aux législatives, 9.995 aux élections des conseils des
    // communes et 196 aux élections des conseils des régions": in a list of figures each followed
    // by "aux"/"au" (past one noun), that complement is each one's group.
    // (Not a time nor a frame: "au deuxième trimestre", "au niveau national", "au cours des trois
    // dernières années".)
    auto namesGroup = [&](qsizetype k) {
        int words = 0;
        for (qsizetype w = k + 1; w < size && words < 4; ++w) {
            if (t[w].digit || ordinalWord(t[w].folded) || frameNoun(t, w))
                return false;
            if (!t[w].word || t[w].folded == u"et"_s || t[w].folded == u"ou"_s)
                break;
            if (!connector(t[w].folded) && !determiner(t[w].folded) && !complementArticle(t[w].folded))
                ++words;
        }
        return words > 0;
    };
    auto groupAfter = [&](qsizetype j, const Claim *claim) -> qsizetype {
        qsizetype k = j;
        while (k < size && t[k].start < claim->end)
            ++k;
        if (k + 1 < size && t[k].word && t[k].folded != u"aux"_s && t[k].folded != u"au"_s)
            ++k;
        return k + 1 < size && t[k + 1].word && (t[k].folded == u"aux"_s || t[k].folded == u"au"_s)
                && namesGroup(k)
            ? k
            : -1;
    };
    qsizetype listGroup = groupAfter(f.first, &f.claim);
    if (listGroup >= 0) {
        bool sibling = false;
        for (qsizetype j = qMax<qsizetype>(0, f.first - 40); j < qMin(size, listGroup + 40) && !sibling;
             ++j) {
            if (j >= f.first && j <= listGroup)
                continue;
            const Claim *other = t[j].digit && (j == 0 || !t[j - 1].digit) ? figureAt(t[j].start) : nullptr;
            sibling = other && other != &f.claim && other->start == t[j].start && groupAfter(j, other) >= 0;
        }
        if (!sibling)
            listGroup = -1;
    }
    auto trigger = [&](qsizetype k, qsizetype to) {
        const QString &w = t[k].folded;
        if (k == listGroup)
            return true;
        // "celui des services 19.000": the group of an elliptic clause.
        // Not a comparison's reference: "par rapport à celui de 2017".
        const qsizetype named = k + 2 < to && complementArticle(t[k + 2].folded) ? k + 3 : k + 2;
        // Nor a site or place its name follows, an owner: "celui de l'aéroport de Tabarka".
        const qsizetype name = named + 1 < to && connector(t[named + 1].folded) ? named + 2 : named + 1;
        const bool namedPlace = named < to && (siteNoun(t[named].folded) || placeNoun(t[named].folded))
            && name < to && t[name].word && t[name].capital;
        const bool elliptic = (w == u"celui"_s || w == u"celle"_s || w == u"ceux"_s || w == u"celles"_s)
            && named < to && connector(t[k + 1].folded) && t[named].word && !frameNoun(t, named)
            && !namedPlace && !(k > 0 && (t[k - 1].folded == u"pour"_s || t[k - 1].folded == u"a"_s));
        // (The public and the private sectors named alone: "le nombre total de médecins dans le
        // privé", "dans le public".)
        // A business line named by its noun, right after: "l'activité voyageurs", "l'activité
        // fret", "le pôle assurance", "la branche vie" (not "l'activité économique", an adjective).
        static const Words lines
            = words({"activite", "pole", "branche", "segment", "division", "metier", "metiers"});
        const bool line = lines.contains(w) && k > 0 && determiner(t[k - 1].folded) && k + 1 < to
            && contentWord(t[k + 1]) && !t[k + 1].capital && !adjectiveLike(t[k + 1].folded)
            && !participleLike(t[k + 1]) && !m.noun.startsWith(MeasureReader::singular(w));
        // Where a flow goes, right after it: "les livraisons destinées à la distribution",
        // "celles adressées au BPE" (not what a sum is meant for: "des aides destinées à
        // reconstruire").
        // (Of goods that are moved: "un don destiné à la formation" is what it pays for.)
        static const Latin1List moved = {"livraison",  "vente",     "export", "import", "expedition",
                                         "ecoulement", "cargaison", "envoi",  "achat",  "commande"};
        const bool destined = k > 0 && (w.startsWith(u"destine"_s) || w.startsWith(u"adresse"_s))
            && moved.startsOne(m.noun) && w.size() <= 9 && k + 2 < to
            && (t[k + 1].text == u"à"_s || t[k + 1].folded == u"au"_s || t[k + 1].folded == u"aux"_s)
            && (t[k + 2].word || complementArticle(t[k + 2].folded)) && !verbLike(t[k + 2].folded)
            && !(t[k + 1].text == u"à"_s && !t[k + 2].capital
                 && (t[k + 2].folded.endsWith(u"er"_s) || t[k + 2].folded.endsWith(u"ir"_s)
                     || t[k + 2].folded.endsWith(u"re"_s)));
        // (Or right after them: "les livraisons au bâtiment", "celles aux mortiers"; not a time or
        // a frame: "les ventes au cours du mois", "à fin avril", "au titre de".)
        const qsizetype what = k + 1 < to && complementArticle(t[k + 1].folded) ? k + 2 : k + 1;
        const bool goesTo = k > 0 && (w == u"au"_s || w == u"aux"_s || t[k].text == u"à"_s)
            && moved.startsOne(t[k - 1].folded) && moved.startsOne(m.noun) && what < to && t[what].word
            && !t[what].capital && contentWord(t[what]) && !frameNoun(t, what) && !isMonth(t[what].folded)
            && !verbLike(t[what].folded) && !(t[k].text == u"à"_s && what == k + 1);
        return w == u"parmi"_s || w == u"chez"_s || destined || goesTo
            || (w == u"milieu"_s && k > 0 && t[k - 1].folded == u"en"_s)
            // "838 candidats en situation de handicap": the people in a condition.
            || (w == u"situation"_s && k > 0 && t[k - 1].folded == u"en"_s && k + 2 < to
                && (t[k + 1].folded == u"de"_s || t[k + 1].folded == u"d"_s) && contentWord(t[k + 2]))
            || w == u"secteur"_s || w == u"secteurs"_s || line
            || (w == u"dans"_s && k + 2 < to && t[k + 1].folded == u"le"_s
                && (t[k + 2].folded == u"prive"_s || t[k + 2].folded == u"public"_s))
            || elliptic
            // "l'électricité d'origine solaire": where it comes from.
            || (w == u"origine"_s && k > 0 && connector(t[k - 1].folded))
            || (w == u"pour"_s && k + 1 < to
                && (t[k + 1].folded == u"les"_s || t[k + 1].folded == u"celles"_s
                    || t[k + 1].folded == u"ceux"_s))
            // A category in the singular right after a rate: "de 7,1 % pour le résidentiel, de 7,9 %
            // pour le foncier" (not a time: "pour le mois de mars").
            || (w == u"pour"_s && k > 0 && k + 2 < to && (t[k - 1].folded == u"%"_s || t[k - 1].digit)
                && (t[k + 1].folded == u"le"_s || t[k + 1].folded == u"la"_s || t[k + 1].folded == u"l"_s)
                && contentWord(t[k + 2]) && !t[k + 2].capital && !frameNoun(t, k + 2)
                && !isMonth(t[k + 2].folded) && t[k + 2].folded != u"secteur"_s)
            // A category named in quotation marks: "pour la « Santé »", "pour le « Transport »".
            // (Past the window, which ends on the quotation mark.)
            || (w == u"pour"_s && quotedCategory(t, k + 1, size) >= 0);
    };
    auto coordination = [&](qsizetype k) {
        const QString &w = t[k].folded;
        // (And the other term of a comparison: "… plus importante que celle des dépenses".)
        return w == u"et"_s || w == u"ou"_s || w == u"contre"_s || w == u"tandis"_s || w == u"mais"_s
            || w == u"alors"_s || w == u"que"_s || w == u"qu"_s;
    };
    // The first trigger after [from, to] in [start, end), unless a coordination comes first; else
    // the nearest before.
    auto nearest = [&](qsizetype from, qsizetype to, qsizetype start, qsizetype end) {
        for (qsizetype k = to + 1; k < end; ++k) {
            if (is(k, u'(')) {
                k = skipForward(k);
                continue;
            }
            if (coordination(k))
                break;
            if (trigger(k, end))
                return k;
        }
        for (qsizetype k = from - 1; k >= start; --k) {
            if (is(k, u')')) {
                k = skipBack(k);
                continue;
            }
            if (trigger(k, end))
                return k;
        }
        return qsizetype(-1);
    };
    // Its own words first: "(+12 % pour les touristes étrangers contre +1 % pour les MRE)".
    qsizetype found = -1;
    qsizetype foundEnd = end;
    if (first != f.first) {
        found = nearest(f.first, f.last, open + 1, skipForward(open));
        foundEnd = skipForward(open);
    }
    qsizetype from = -1;
    qsizetype to = end;
    // "les femmes (13,8 %)": the people the parentheses follow, from their plural determiner; not
    // a place ("les régions de Drâa-Tafilalet (38,3 %)": its owner).
    if (found < 0 && inParentheses && first > 0 && t[first - 1].word && !t[first - 1].capital
        && (f.claim.kind == ClaimKind::Percent || f.claim.unit == u"point"_s
            || f.claim.unit == u"points"_s)) {
        qsizetype k = first - 1;
        while (k > start && t[k - 1].word
               && !(t[k - 1].folded == u"les"_s || t[k - 1].folded == u"des"_s || t[k - 1].folded == u"aux"_s
                    || t[k - 1].folded == u"ces"_s))
            --k;
        if (k > start && t[k - 1].word && !measureHead(t[k].folded) && !quantityWord(t[k].folded)
            && !m.noun.contains(MeasureReader::singular(t[k].folded))) {
            from = k - 1;
            to = first;
        }
    }
    if (found < 0 && from < 0) {
        found = nearest(first, last, start, end);
        foundEnd = end;
    }
    // A clause a participle continues, or a fronted one, lends its trigger.
    if (found < 0 && from < 0 && start > 1 && t[start - 1].folded == u","_s) {
        qsizetype previous = start - 1;
        while (previous > 0 && !delimiter(previous - 1))
            --previous;
        // "passant à 11,5 %"; an elliptic one too: "de 1,1 point parmi les femmes, de 17,2 % à 18,3 %".
        const bool participle
            = (t[start].word && t[start].folded.size() > 4 && t[start].folded.endsWith(u"ant"))
            || ((t[start].folded == u"de"_s || t[start].folded == u"a"_s) && start + 1 < size
                && t[start + 1].digit);
        bool fronted = previous == 0;
        for (qsizetype k = previous; k < start - 1 && fronted; ++k)
            fronted = !t[k].digit;
        // A clause whose subject is named: "Tunis-Carthage a accueilli", "l'aéroport Tunis-Carthage
        // a accueilli", "la région Souss-Massa".
        const bool namedSubject = start + 2 < size
            && ((t[start].word && t[start].capital)
                || (determiner(t[start].folded) && t[start + 1].word
                    && (t[start + 1].capital
                        || (!functionWords().contains(t[start + 1].folded) && t[start + 2].word
                            && t[start + 2].capital))));
        if (participle || fronted) {
            for (qsizetype k = start - 2; k >= previous && found < 0; --k) {
                if (trigger(k, start - 1))
                    found = k;
            }
            // "Parmi les sites les plus fréquentés, l'aéroport Tunis-Carthage a accueilli 6,15
            // millions de voyageurs": the class a named subject is one of, not the figure's group.
            if (found >= 0 && fronted && t[found].folded == u"parmi"_s && namedSubject)
                found = -1;
        }
        // A sentence that opens on what its figures are split by: "Sur les listes locales, le PJD a
        // remporté 98 sièges contre 81 pour le PAM" (not a period: "Sur les dix premiers mois,").
        // (And "Quant aux listes nationales, le PJD a eu 27 sièges": a topic, when a name is the
        // clause's subject; "Quant à la consommation, elle…" names what is measured.)
        const bool opening = (t[0].folded == u"sur"_s && t[1].folded == u"les"_s)
            || (t[0].folded == u"quant"_s && t[1].folded == u"aux"_s && namedSubject);
        if (found < 0 && fronted && previous == 0 && start - 1 > 2 && opening && contentWord(t[2])
            && !t[2].capital && !frameNoun(t, 2) && !quantityWord(t[2].folded) && !ordinalWord(t[2].folded)) {
            bool plain = true;
            for (qsizetype k = 2; k < start - 1 && plain; ++k)
                plain = !t[k].digit && !t[k].capital && !frameNoun(t, k);
            if (plain)
                found = 0;
        }
    }
    // A sentence that opens on its group lends it past clauses with no figure: "En milieu rural,
    // la croissance est plus modeste, avec une augmentation de 302.419 habitants".
    if (found < 0 && from < 0 && start > 2) {
        qsizetype opening = 0;
        while (opening < start && !delimiter(opening))
            ++opening;
        // (A fronted phrase, short and opening on a preposition: not a main clause, "Une part
        // croissante des dépenses se dirige vers le secteur privé, où les cliniques…".)
        // (Or the sentence's subject, when the figure only completes it after "avec": "Les
        // livraisons au bâtiment, bien que représentant une part importante, n'affichent pas la
        // même croissance, avec seulement 130.372 tonnes enregistrées".)
        const bool completes = determiner(t[0].folded) && t[start].folded == u"avec"_s && opening <= 8;
        bool plain = opening + 1 < start && (opening <= 6 || completes) && t[opening].folded == u","_s
            && (preposition(t[0].folded) || t[0].folded == u"parmi"_s || completes);
        for (qsizetype k = 0; k < start && plain; ++k)
            plain = !t[k].digit || yearWord(t[k].text);
        for (qsizetype k = opening - 1; k >= 0 && plain && found < 0; --k) {
            if (trigger(k, opening) && t[k].folded != u"parmi"_s)
                found = k;
        }
    }
    if (found >= 0) {
        from = found + 1;
        to = found > f.last ? foundEnd : (found > first ? f.first : first);
        // A category in quotation marks: to the closing one.
        if (const qsizetype open = t[found].folded == u"pour"_s ? quotedCategory(t, found + 1, size) : -1;
            open >= 0) {
            to = open + 1;
            while (to < size && to < open + 8 && t[to].word)
                ++to;
        }
    }
    if (from < 0) {
        // A people a change is of: "une croissance de 17 % des Marocains résidant à l'étranger".
        qsizetype of = f.after < size && connector(t[f.after].folded) ? f.after + 1 : -1;
        if (of > 0 && of < size && determiner(t[of].folded))
            ++of;
        if (of > 0 && peopleAt(t, of)) {
            peopleGroup(t, of, m);
            return;
        }
        // A people named before the figure, with no figure between: "les arrivées des Marocains
        // résidant à l'étranger (MRE) ont enregistré une hausse de 4 %".
        for (qsizetype k = f.first - 1; k >= qMax<qsizetype>(0, f.first - 30); --k) {
            if (t[k].digit && figureAt(t[k].start))
                break;
            if (peopleAt(t, k) || pluralPeopleAt(t, k)) {
                peopleGroup(t, k, m);
                break;
            }
        }
        return;
    }
    // Quotation marks around a group's name are no part of it: 'le secteur des "services"'.
    auto quote = [&](qsizetype k) {
        const QString &w = t[k].folded;
        return !t[k].word && !t[k].digit
            && (w == u"\""_s || w == u"«"_s || w == u"»"_s || w == u"“"_s || w == u"”"_s);
    };
    qsizetype n = from;
    // "le secteur des services", "le secteur de l'agriculture", "celui des services".
    while (n < to
           && (determiner(t[n].folded) || quote(n) || t[n].folded == u"celles"_s || t[n].folded == u"ceux"_s
               || (n == from && (connector(t[n].folded) || t[n].text == u"à"_s))
               || (n == from + 1 && complementArticle(t[n].folded))))
        ++n;
    // An age bracket names the group whatever its noun: "les jeunes de 15 à 24 ans", "celles
    // de 35 à 44 ans", "les personnes âgées de 45 ans et plus".
    QStringList ages;
    qsizetype lastWord = -1;
    for (qsizetype k = n; k < to && k < n + 9; ++k) {
        if (t[k].digit && k + 1 < to) {
            ages << t[k].folded;
            lastWord = k;
        } else if (!ages.isEmpty() && (t[k].folded == u"ans"_s || t[k].folded == u"an"_s)) {
            lastWord = k;
            if (k + 2 < to && t[k + 1].folded == u"et"_s && t[k + 2].folded == u"plus"_s) {
                ages << QStringLiteral("plus");
                lastWord = k + 2;
            }
            break;
        } else if (!ages.isEmpty() && !(t[k].folded == u"a"_s || t[k].folded == u"-"_s)) {
            ages.clear();
            break;
        } else if (t[k].digit || coordination(k) || delimiter(k)) {
            break;
        }
    }
    bool quoted = false; // the group opens on a quotation mark
    for (qsizetype k = from; k < n && !quoted; ++k)
        quoted = quote(k);
    QStringList keys;
    qsizetype lastKey = -1;
    if (ages.size() >= 1 && lastWord >= 0
        && (t[lastWord].folded.startsWith(u"an") || ages.last() == u"plus"_s)) {
        keys << ages.join(u'-') + QStringLiteral(" ans");
        lastKey = lastWord;
    } else {
        // "les personnes ayant un diplôme", "ceux possédant un emploi": who has it, as "les
        // diplômés".
        qsizetype having = n;
        if (having < to && (t[having].folded == u"personnes"_s || t[having].folded == u"individus"_s))
            ++having;
        if (having + 2 < to
            && (t[having].folded == u"ayant"_s || t[having].folded == u"possedant"_s
                || t[having].folded == u"detenant"_s)
            && determiner(t[having + 1].folded) && contentWord(t[having + 2]))
            n = having + 2;
        for (qsizetype k = n; k < to && keys.size() < 5; ++k) {
            if ((k >= f.first && k <= f.last) || (t[k].digit && figureAt(t[k].start)))
                break;
            if (quote(k))
                continue;
            if (k == n && peopleAt(t, k)) {
                keys << peopleKey(t, k, lastKey);
                break;
            }
            // A participle first is a noun: "les diplômés", "les retraités".
            // An acronym too: "dans le secteur du BTP", "parmi les MRE".
            const bool acronym = t[k].word && t[k].folded.size() >= 2 && t[k].folded.size() <= 6
                && t[k].text.toString().isUpper();
            // A category in quotation marks keeps its capital: "pour la « Santé »".
            const bool heading
                = quoted && t[k].word && t[k].capital && !functionWords().contains(t[k].folded);
            const bool noun
                = (contentWord(t[k]) && (!participleLike(t[k]) || k == n)) || (acronym && k == n) || heading;
            if (t[k].digit || noun || (t[k].folded == u"a"_s && k + 1 < to && t[k + 1].digit)
                || (connector(t[k].folded) && k + 1 < to && t[k + 1].digit)) {
                if (t[k].digit || noun)
                    keys << (t[k].digit ? t[k].folded : MeasureReader::singular(t[k].folded));
                lastKey = k;
            } else {
                break;
            }
        }
    }
    // Groups listed for a list of figures "respectivement": the i-th figure is of the i-th group
    // ("la production d'origine thermique et hydraulique de 10,3 % et 18,9 % respectivement").
    if (keys.size() == 1 && lastKey >= 0 && f.sentences[f.sentence].respectively) {
        QStringList listed {keys.first()};
        qsizetype k = lastKey + 1;
        while (k + 1 < to && (t[k].folded == u","_s || t[k].folded == u"et"_s) && contentWord(t[k + 1])
               && !participleLike(t[k + 1])) {
            listed << MeasureReader::singular(t[k + 1].folded);
            k += 2;
        }
        const auto [runStart, index, count] = listAround(f);
        if (listed.size() >= 2 && listed.size() == count && runStart > k - 1) {
            keys = {listed[index]};
            lastKey = k - 1;
        }
    }
    // A list's complement reads past its connectors, not its years: "aux élections des conseils
    // des communes" and "… des régions" are two groups, "aux législatives de 2016" the same as
    // "aux législatives".
    if (found >= 0 && found == listGroup) {
        keys.clear();
        for (qsizetype k = n; k < to && keys.size() < 5; ++k) {
            if (t[k].digit || coordination(k) || delimiter(k) || quote(k))
                break;
            if (connector(t[k].folded) || determiner(t[k].folded) || complementArticle(t[k].folded))
                continue;
            if (!contentWord(t[k]) || frameNoun(t, k))
                break;
            keys << MeasureReader::singular(t[k].folded);
            lastKey = k;
        }
    }
    // "Parmi les chômeurs, 1 million…" counts chômeurs: no breakdown of them.
    const QStringList nounWords = m.noun.split(u' ');
    bool known = true;
    for (const QString &key : std::as_const(keys))
        known = known && nounWords.contains(key);
    if (!keys.isEmpty() && !known) {
        m.breakdown = keys.join(u' ');
        // "celui des services" names the group "des services".
        qsizetype labelStart = found >= 0 ? found : from;
        const QString &opening = t[labelStart].folded;
        if (opening == u"celui"_s || opening == u"celle"_s || opening == u"ceux"_s || opening == u"celles"_s)
            ++labelStart;
        m.breakdownLabel = withoutStrayQuotes(labelOf(t, labelStart, lastKey, m_article.text));
    }
}

// Whether the figure `f`, with no group of its own, is of the group of the figure before it in
// its sentence (whose last token is `before`): its comparison base ("les Français ont réalisé
// 1.131.678 nuitées, contre 972.983"); a change said of it a few words on, naming no one else
// ("972.983 une année auparavant (+16 %)", "136.935 nuitées, ce qui représente un bond de 41 %");
// the base a comparison names a few words on ("un bond de 41 % par rapport à la même période de
// 2017 qui a enregistré 97.439 nuitées"); the next of its list ("des pertes de 175.000 postes en
// 2016, 58.000 en 2015 et de 7.000").
// The year a change is counted from, when its sentence names one ("depuis 1960", "qu'en 1960",
// "par rapport à 2014", "comparé au recensement de 2014", the first year of "entre 1960 et 1982"
// right after the figure), in its clause, before the figure or right after it; 0 when none.
int baseYear(const QList<Token> &t, qsizetype first, qsizetype after, qsizetype clauseStart)
{
    auto year = [&t](qsizetype k) {
        return k >= 0 && k < t.size() && t[k].digit && yearWord(t[k].text) ? t[k].text.toInt() : 0;
    };
    // Its own span: "de 2,6 % entre 1960 et 1982".
    if (after + 3 < t.size() && t[after].folded == u"entre"_s && year(after + 1) > 0
        && t[after + 2].folded == u"et"_s && year(after + 3) > 0)
        return year(after + 1);
    const auto baseAt = [&](qsizetype k) {
        const QString &w = t[k].folded;
        if (w == u"depuis"_s)
            return year(k + 1);
        if (w == u"qu"_s && k + 1 < t.size() && t[k + 1].folded == u"en"_s)
            return year(k + 2);
        // "par rapport à 2014", "comparé au recensement de 2014", "comparativement à 2014".
        if (w == u"rapport"_s || w.startsWith(u"compar"_s)) {
            for (qsizetype j = k + 1; j < t.size() && j <= k + 5; ++j) {
                if (const int y = year(j); y > 0)
                    return y;
                if (t[j].digit || clauseDelimiter(t[j], false))
                    break;
            }
        }
        if (w == u"entre"_s && year(k + 1) > 0 && k + 3 < t.size() && t[k + 2].folded == u"et"_s
            && year(k + 3) > 0)
            return year(k + 1);
        return 0;
    };
    for (qsizetype k = after; k < t.size() && k < after + 6 && !clauseDelimiter(t[k], false); ++k) {
        if (t[k].digit && !yearWord(t[k].text))
            break;
        if (const int y = baseAt(k); y > 0)
            return y;
    }
    for (qsizetype k = first - 1; k >= 0 && k >= clauseStart && k >= first - 25; --k) {
        if (const int y = baseAt(k); y > 0)
            return y;
    }
    return 0;
}

// The year a count runs from, when its sentence says it started in an earlier year than its own:
// "depuis octobre 2023", "Du 1er octobre 2023 au 13 avril 2025" (a span of more than a year: not a
// season, "du 1er septembre 2021 au 31 août 2022"), before the figure or a few words after it; 0
// when none. Not a record's "depuis": "son niveau le plus bas depuis février 2021", "pour la
// première fois depuis 1926".
int countStartYear(const QList<Token> &t, qsizetype first, qsizetype after)
{
    auto year = [&t](qsizetype k) {
        return k >= 0 && k < t.size() && t[k].digit && yearWord(t[k].text) ? t[k].text.toInt() : 0;
    };
    auto monthIndex = [](const QString &m) {
        return int(std::find_if(std::begin(kMonths), std::end(kMonths),
                                [&m](const char *x) { return m == QLatin1String(x); })
                   - std::begin(kMonths));
    };
    // The date that opens after `k`, as year * 12 + month (January when none): "octobre 2023",
    // "le 1er octobre 2023", "2023"; `at` is its year's token.
    auto dateAfter = [&](qsizetype k, qsizetype &at) {
        int month = 0;
        for (qsizetype j = k + 1; j < t.size() && j <= k + 5; ++j) {
            if (const int y = year(j); y > 0) {
                at = j;
                return y * 12 + month;
            }
            const QString &w = t[j].folded;
            if (isMonth(w))
                month = monthIndex(w);
            else if (!(w == u"le"_s || w == u"1er"_s || w == u"er"_s
                       || (t[j].digit && t[j].text.size() <= 2)))
                break;
        }
        return 0;
    };
    static const Words record = words({"plus", "moins", "jamais", "premiere", "fois", "record", "inedit"});
    // (A span of dates opens a sentence and dates all its figures; "depuis" is nearer its own.)
    for (qsizetype k = qMax<qsizetype>(0, first - 45); k < t.size() && k < after + 8; ++k) {
        if (k >= first && k < after)
            continue;
        const QString &w = t[k].folded;
        qsizetype at = -1;
        if (w == u"depuis"_s && k >= first - 25) {
            for (qsizetype j = k - 1; j >= 0 && j >= k - 5; --j) {
                if (record.contains(t[j].folded))
                    return 0;
            }
            return dateAfter(k, at) / 12;
        }
        if (w != u"du"_s)
            continue;
        const int from = dateAfter(k, at);
        if (from == 0 || at + 1 >= t.size() || t[at + 1].folded != u"au"_s)
            continue;
        qsizetype end = -1;
        if (const int to = dateAfter(at + 1, end); to - from > 12)
            return from / 12;
    }
    return 0;
}

bool ArticleReading::sharesGroup(const Figure &f, qsizetype before, Scope scope) const
{
    const QList<Token> &t = f.t;
    if (comparisonBase(t, f.first))
        return true;
    if (before + 14 < f.first)
        return false;
    bool compared = false;
    bool restated = false; // "2.677.669 entre 2014 et 2024, soit un taux … de 1,24 %"
    bool opened = false; // parentheses opened right after it: "1,9 point (de 15,1 % à 17 %)"
    for (qsizetype k = before + 1; k < f.first; ++k) {
        if ((t[k].word && t[k].capital) || (t[k].digit && figureAt(t[k].start)))
            return false;
        compared = compared || t[k].folded == u"rapport"_s || t[k].folded == u"contre"_s;
        restated = restated || t[k].folded == u"soit"_s;
        opened = opened || (t[k].folded == u"("_s && k <= before + 3);
    }
    const QString joint = f.first >= 2 ? t[f.first - 1].folded : QString();
    const bool listed
        = joint == u","_s || joint == u"et"_s || (joint == u"de"_s && t[f.first - 2].folded == u"et"_s);
    // An evolution's end: "de 15,1 % à 17 %".
    const bool evolution = joint == u"a"_s && before + 3 >= f.first;
    const bool changes = scope == Scope::Change || scope == Scope::Increment;
    return (changes && (before + 10 >= f.first || restated)) || compared || listed || opened || evolution;
}

std::optional<Measure> ArticleReading::read(int ci)
{
    const Claim &c = m_article.claims[ci];
    if (c.boilerplate || !c.isReadable() || c.paragraph < 0 || c.paragraph >= m_article.paragraphs.size())
        return std::nullopt;
    const QList<Sentence> &list = sentences(c.paragraph);
    const int si = sentenceOf(list, c.start);
    if (si < 0)
        return std::nullopt;
    Figure f(c, list, si);
    // The figure's tokens (in text order: found by a binary search).
    const auto firstToken
        = std::partition_point(f.t.cbegin(), f.t.cend(), [&c](const Token &x) { return x.end <= c.start; });
    for (qsizetype k = firstToken - f.t.cbegin(); k < f.t.size() && f.t[k].start < c.end; ++k) {
        if (f.first < 0)
            f.first = k;
        f.last = k;
    }
    if (f.first < 0)
        return std::nullopt;
    f.foldedUnit = TextUtil::fold(c.unit);
    f.after = unitEnd(c, f.t, f.last + 1);
    clauseAround(f);
    if (valuesOfItemsBefore(f))
        return std::nullopt;
    // The span another figure of the sentence is counted over measures nothing: "11.358 nouvelles
    // infections en 24 heures", "Douze nouveaux cas … ont été enregistrés dans les dernières 24
    // heures" (not a time a thing takes: "un délai moyen de 30 jours").
    if (c.kind == ClaimKind::Duration && f.first >= 2) {
        const QString &before = f.t[f.first - 1].folded;
        const bool span = before == u"en"_s || before == u"dernieres"_s || before == u"derniers"_s;
        bool figureBefore = false;
        for (qsizetype k = f.first - 2; k >= 0 && k >= f.first - 40 && span && !figureBefore; --k)
            figureBefore = f.t[k].digit && !yearWord(f.t[k].text);
        if (span && figureBefore)
            return std::nullopt;
    }

    // A threshold said not to be reached is no value: "Nous n'avons pas atteint les 40 millions
    // d'habitants", "la production n'atteint jamais 10 %" (not a bound: "la densité ne dépasse pas
    // 1,7"; nor what was had all the same: "les paysans n'auraient pas eu 750 FCFA, mais 675").
    for (qsizetype k = f.first - 1; k >= 1 && k >= f.first - 6 && k >= f.clauseStart; --k) {
        const QString &w = f.t[k].folded;
        if (w != u"pas"_s && w != u"jamais"_s)
            continue;
        const auto reaching = [&](qsizetype j) {
            return f.t[j].folded.startsWith(u"attein"_s) || f.t[j].folded.startsWith(u"franchi"_s);
        };
        bool negated = false;
        bool reached = false;
        for (qsizetype j = k - 1; j >= 0 && j >= k - 4 && !negated; --j) {
            negated = f.t[j].folded == u"n"_s || f.t[j].folded == u"ne"_s;
            reached = reached || reaching(j);
        }
        for (qsizetype j = k + 1; j < f.first; ++j)
            reached = reached || reaching(j);
        if (negated && reached)
            return std::nullopt;
        break;
    }

    Measure m;
    m.per = c.per;
    if (c.kind == ClaimKind::Percent)
        m.unit = c.unit.isEmpty() ? QStringLiteral("%") : c.unit;
    else
        m.unit = c.unit.isEmpty() ? claimKindName(c.kind) : c.unit;
    m.scope = scopeOf(f);
    // "une hausse en volume de 9,5 %, ainsi qu'en valeur de 79,9 %": the change coordinated to a
    // change, in another dimension, is a change.
    if (m.scope == Scope::Whole && c.kind == ClaimKind::Percent && m_previous.paragraph == c.paragraph
        && m_previous.sentence == si && m_previous.scope == Scope::Change
        && m_previous.kind == ClaimKind::Percent && m_previous.last < f.first
        && f.first - m_previous.last <= 8 && f.first >= 3
        && (f.t[f.first - 1].folded == u"de"_s || f.t[f.first - 1].folded == u"d"_s)
        && changeDimensionWord(f.t[f.first - 2].folded) && f.t[f.first - 3].folded == u"en"_s) {
        bool coordinated = false;
        for (qsizetype k = m_previous.last + 1; k < f.first - 3; ++k)
            coordinated = coordinated || f.t[k].folded == u"et"_s || f.t[k].folded == u"que"_s
                || f.t[k].folded == u"qu"_s;
        if (coordinated)
            m.scope = Scope::Change;
    }
    if (m.scope == Scope::Increment)
        m.decrease = isDecrease(f);
    // A change written without its sign is a fall when its words say so ("en baisse de 7,41 %",
    // "les ventes ont reculé de 12,85 %"); one written with it says it ("+0,7 %", "-15,39 %").
    // (Not a key of its metric: rises and falls of one measure are one series, drawn signed.)
    if (m.scope == Scope::Change && c.value > 0 && c.start < m_article.text.size()
        && m_article.text.at(c.start) != u'+')
        m.decrease = isDecrease(f);
    // "une création annuelle moyenne de 60.000 emplois": an average per year is a rate per period.
    if (m.per.isEmpty() && m.scope != Scope::Change) {
        if (const QString per = averagePer(f.t, f.first, m.scope == Scope::Whole); !per.isEmpty()) {
            m.per = per;
            m.scope = Scope::PerPeriod;
        }
    }
    // "En moyenne chaque marocain a prêté à l'Etat quelque 13.000 dirhams": an amount each one of a
    // kind gives or has is per one of them, as "13.000 dirhams par habitant".
    if (m.per.isEmpty() && m.scope == Scope::Whole) {
        for (qsizetype k = qMax(f.clauseStart, f.first - 14); k + 1 < f.first; ++k) {
            if (f.t[k].folded == u"chaque"_s && contentWord(f.t[k + 1])) {
                m.per = MeasureReader::singular(f.t[k + 1].folded);
                m.scope = Scope::PerPeriod;
                break;
            }
        }
    }
    // "La subvention moyenne pour une bonbonne de 12 kg s'est élevée à 68 dirhams", "la subvention
    // annuelle moyenne octroyée pour une bonbonne …, passant de 58 dirhams en 2018 à 95 dirhams":
    // an amount given for one of a kind in its sentence, before it, is per one of them.
    if (m.per.isEmpty() && m.scope == Scope::Whole && c.kind == ClaimKind::Money) {
        for (qsizetype k = f.first - 2; k >= 1 && k >= f.first - 30; --k) {
            const QString &w = f.t[k].folded;
            // (Past the start of the figure's own evolution: "passant de 58 dirhams en 2018 à 95".)
            const Claim *between = f.t[k].digit && k < f.first - 1 ? figureAt(f.t[k].start) : nullptr;
            if (w == u"."_s || w == u";"_s || (between && !m_evolutionStarts.contains(between->start)))
                break;
            // (Not what frames the amount itself: "pour un montant de 44 Mds", "pour une valeur de
            // 94,33 MDH", "pour un solde de".)
            const QString &x = k + 1 < f.first ? f.t[k + 1].folded : w;
            const bool frames = measureHead(x) || amountFrame(x) || bareHead(MeasureReader::singular(x))
                || balanceHead(MeasureReader::singular(x))
                // (Or past an adjective: "pour une enveloppe totale de 3,5 milliards".)
                || (f.first - (k + 1) <= 4
                    && (f.t[f.first - 1].folded == u"de"_s || f.t[f.first - 1].folded == u"d"_s));
            if (f.t[k - 1].folded == u"pour"_s && (w == u"un"_s || w == u"une"_s) && k + 1 < f.first
                && contentWord(f.t[k + 1]) && !f.t[k + 1].capital && !frameNoun(f.t, k + 1) && !frames) {
                m.per = MeasureReader::singular(f.t[k + 1].folded);
                m.scope = Scope::PerPeriod;
                break;
            }
        }
    }
    // "un médecin pour 1.156 habitants", "un lit hospitalier pour 1.307 habitants": a count per
    // one of what "un" names, as "1.156 habitants par médecin".
    if (m.per.isEmpty() && m.scope == Scope::Whole && f.first >= 3 && f.t[f.first - 1].folded == u"pour"_s) {
        qsizetype k = f.first - 2;
        if (f.t[k].folded == u")"_s) {
            const qsizetype open = openingParenthesis(f.t, k, 10);
            k = open > 0 ? open - 1 : -1;
        }
        for (qsizetype j = k; j >= 1 && j >= k - 2; --j) {
            if ((f.t[j - 1].folded == u"un"_s || f.t[j - 1].folded == u"une"_s) && contentWord(f.t[j])) {
                m.per = MeasureReader::singular(f.t[j].folded);
                m.scope = Scope::PerPeriod;
                break;
            }
            if (!f.t[j].word)
                break;
        }
    }
    m.period = list[si].period;
    // (An aim is not of the month an earlier sentence tells of: "En mai dernier, MASEN a
    // attribué… Le Maroc prévoit de dépasser 52 % d'ici 2030".)
    if (m.period == Period::Unspecified && m.scope != Scope::Target)
        m.period = periodsBefore(c.paragraph, list)[si];
    if (m.period == Period::Unspecified && m.scope == Scope::Change && c.asOf.hasMonth()
        && (m_leadRunning.contains(c.asOf.year * 16 + c.asOf.month) || leadRunningBefore(c)))
        m.period = Period::RunningTotal;
    readEvent(f, m);
    // An aim said to be the first one is not the aim revised since, nor a forecast: "l'objectif
    // initial fixé à 11,7 millions de barils" beside "la production devrait s'établir autour de 15
    // à 16 millions".
    if (m.scope == Scope::Target && m.event.isEmpty()) {
        for (qsizetype k = qMax<qsizetype>(f.clauseStart, f.first - 5); k < f.first; ++k) {
            if (f.t[k].folded.startsWith(u"initial"_s) && f.t[k].folded.size() <= 10) {
                m.event = QStringLiteral("initial");
                m.eventLabel = QStringLiteral("initial");
                break;
            }
        }
    }

    bool countNoun = false;
    bool namedNext = false;
    Phrase group;
    Phrase noun = measuredNoun(f, m, countNoun, namedNext, group);
    // A change that restates a whole after its parts is the whole's: "le Maroc compte 36,8
    // millions d'habitants, dont 36,68 millions de Marocains et 148.152 étrangers, soit une
    // augmentation de près de 3 millions depuis 2014" (not the étrangers' increase, whose unit the
    // bare figure took).
    if ((m.scope == Scope::Increment || m.scope == Scope::Change) && m_sentenceNoun.paragraph == c.paragraph
        && m_sentenceNoun.sentence == si && !m_sentenceNoun.whole.isEmpty()
        && m_sentenceNoun.wholeLast < f.clauseStart && f.clauseStart < f.first
        && f.t[f.clauseStart].folded == u"soit"_s) {
        bool parts = false;
        for (qsizetype k = m_sentenceNoun.wholeLast + 1; k < f.clauseStart && !parts; ++k)
            parts = f.t[k].folded == u"dont"_s;
        if (parts)
            noun = m_sentenceNoun.whole;
    }
    bool valueOfPrevious = false; // (its group too: read below)
    // The value of the quantity right before it measures what that quantity measures: "87.470
    // tonnes d'huile d'olive, générant des recettes de 2,3 milliards de dinars", "164 200 tonnes
    // pour une valeur de 2,7 milliards", "26.483 tonnes d'huile conditionnée, représentant une
    // valeur de 765 millions".
    if (c.kind == ClaimKind::Money && m_previous.paragraph == c.paragraph && m_previous.sentence == si
        && m_previous.kind != ClaimKind::Money && m_previous.kind != ClaimKind::Percent
        && !m_previous.phrase.isEmpty() && m_previous.last < f.first && f.first - m_previous.last <= 14
        && (noun.isEmpty() || noun.key == u"valeur"_s || noun.key == u"recette"_s || noun.key == u"revenus"_s
            || noun.key == u"revenu"_s)) {
        // (The value's noun and its "de" right before the figure, past a qualifier: "des recettes de
        // 2,3 milliards", "une valeur d'environ 2,7 milliards".)
        // (And "de plus de", "de près de": "pour des recettes de plus de 301,46 MDH".)
        static const Words qualifying
            = words({"de", "d", "environ", "pres", "plus", "moins", "quelque", "presque"});
        qsizetype k = f.first - 1;
        if (k > m_previous.last && (f.t[k].folded == u"environ"_s || f.t[k].folded == u"pres"_s))
            --k;
        if (k > m_previous.last && (f.t[k].folded == u"de"_s || f.t[k].folded == u"d"_s)
            && k - 1 > m_previous.last)
            --k;
        for (qsizetype back = 0; back < 3 && k - 1 > m_previous.last && qualifying.contains(f.t[k].folded)
             && qualifying.contains(f.t[k - 1].folded);
             ++back)
            --k;
        if (k - 1 > m_previous.last && (f.t[k].folded == u"de"_s || f.t[k].folded == u"d"_s))
            --k;
        const QString &w = f.t[k].folded;
        // (Or a participle that gives it: "dont 16 500 tonnes emballées, représentant environ 344
        // millions de dinars", which is the packaged part's value.)
        const bool giving = k == f.first - 1 || (k == f.first - 2 && f.t[f.first - 1].word);
        if (k > m_previous.last
            && ((k < f.first - 1
                 && (w == u"valeur"_s || w == u"recettes"_s || w == u"recette"_s || w == u"revenus"_s
                     || w == u"revenu"_s))
                || (giving
                    && (w == u"representant"_s || w == u"generant"_s || w == u"rapportant"_s
                        || w == u"valant"_s)))) {
            noun = m_previous.phrase;
            valueOfPrevious = true;
            if (m_previous.scope == Scope::Part && m.scope == Scope::Whole)
                m.scope = Scope::Part;
        }
    }
    // A part that names nothing is of the whole in its unit, not of the figure right before it:
    // "la Tunisie a exporté 173 900 tonnes d'huile d'olive, avec un prix moyen de 26,5 dinars par
    // tonne, dont 22 300 tonnes étaient emballées" are tonnes of huile d'olive, no price.
    // (Or a group of it: "dont 22 300 tonnes étaient emballées".)
    bool partOf = m.scope == Scope::Part;
    for (qsizetype k = qMax<qsizetype>(0, f.first - 3); k < f.first && !partOf; ++k)
        partOf = f.t[k].folded == u"dont"_s || f.t[k].folded == u"parmi"_s;
    if (partOf && !c.unit.isEmpty() && m_sentenceWholes.paragraph == c.paragraph
        && m_sentenceWholes.sentence == si && (noun.isEmpty() || noun.key == m_previous.phrase.key)) {
        if (const auto whole = m_sentenceWholes.byUnit.constFind(c.unit);
            whole != m_sentenceWholes.byUnit.cend() && whole->key != noun.key && whole->last < f.first)
            noun = *whole;
    }
    // "la durée des aides d'urgence de 2.500 dirhams": an amount is no length of time; it is what
    // the time head's complement names.
    if (c.kind == ClaimKind::Money)
        noun = withoutTimeHead(noun);
    // "Le déficit devrait s'établir à 55,4 milliards, représentant 3 % du PIB": the figure before
    // said as a ratio to the gross domestic product measures what it measured.
    if (c.kind == ClaimKind::Percent && m_previous.paragraph == c.paragraph && m_previous.sentence == si
        && m_previous.kind == ClaimKind::Money && !m_previous.phrase.isEmpty() && m_previous.last < f.first
        && m_previous.last >= f.first - 20 && f.first >= 1 && f.after + 1 < f.t.size()) {
        const QString &before = f.t[f.first - 1].folded;
        const bool restated = restatingWord(before)
            || (before == u"a"_s && f.first >= 2 && f.t[f.first - 2].folded == u"equivalant"_s);
        qsizetype of = f.after;
        if (connector(f.t[of].folded))
            ++of;
        const bool gdp = of < f.t.size()
            && (f.t[of].folded == u"pib"_s
                || (f.t[of].folded == u"produit"_s && of + 1 < f.t.size()
                    && f.t[of + 1].folded == u"interieur"_s));
        if (restated && gdp)
            noun = m_previous.phrase;
    }
    // "une hausse du déficit commercial de 17,7 % à plus de 259 MMDH", "(+9,2 % à plus de 605,35
    // MMDH)": the level a change reaches measures what changed.
    // (So is an index's level in points: "le MASI ayant progressé de 0,38 %, à 13.340,45 points" is
    // the index at 13.340,45 points, no change of as many.)
    const bool pointsLevel = c.unit == u"points"_s || c.unit == u"point"_s || c.unit == u"pts"_s;
    if ((c.kind == ClaimKind::Money || (c.kind == ClaimKind::Count && !countNoun) || pointsLevel
         || (c.kind == ClaimKind::Other && !c.unit.isEmpty()))
        && m_previous.paragraph == c.paragraph && m_previous.sentence == si
        && m_previous.kind == ClaimKind::Percent && m_previous.scope == Scope::Change
        && !m_previous.phrase.isEmpty() && m_previous.last + 1 < f.first && f.first - m_previous.last <= 18) {
        // (Past a comma: "de 0,38 %, à 13.340,45 points"; past the change's complement and a comma:
        // "une baisse de 17 % des débarquements de la pêche côtière à fin novembre, avec un total
        // de 13.461 tonnes".)
        qsizetype to = m_previous.last + 1;
        if (f.t[to].text != u"à"_s && f.t[to].folded != u","_s) {
            for (qsizetype k = to; k < f.first && f.t[to].folded != u","_s; ++k) {
                const bool year = f.t[k].digit && f.t[k].text.size() == 4;
                if ((f.t[k].digit && !year) || verbToken(f.t[k]) || f.t[k].folded == u"qui"_s)
                    break;
                if (f.t[k].folded == u","_s)
                    to = k;
            }
        }
        if (f.t[to].folded == u","_s)
            ++to;
        // Nothing but "à" and a qualifier between, or a phrase that says the level reached: "pour
        // atteindre", "atteignant", "avec un total de", "soit un total de" (not "soit" alone: "soit
        // 2.000 tonnes de plus" is the change in tonnes).
        static const Words reaching
            = words({"atteindre", "atteignant", "total", "totalisant", "etablissant", "situant"});
        static const Words between = words({"plus", "moins", "de", "d", "pres", "environ", "quelque",
                                            "presque", "pour", "avec", "soit", "un", "s", "se", "a"});
        bool reached = to < f.first
            && (f.t[to].text == u"à"_s || reaching.contains(f.t[to].folded) || f.t[to].folded == u"pour"_s
                || f.t[to].folded == u"avec"_s || f.t[to].folded == u"soit"_s || f.t[to].folded == u"s"_s);
        bool reach = false;
        for (qsizetype k = to; k < f.first && reached; ++k) {
            const QString &w = f.t[k].folded;
            reach = reach || f.t[k].text == u"à"_s || reaching.contains(w);
            reached = reaching.contains(w) || between.contains(w);
        }
        if (reached && reach) {
            noun = m_previous.phrase;
            if (pointsLevel && m.scope == Scope::Change)
                m.scope = Scope::Whole;
        }
    }
    // "une baisse de 9 % de la subvention du gaz butane entre janvier et août 2024 (10,45 milliards
    // de dirhams) par rapport à la même période de l'année précédente (11,48 milliards de
    // dirhams)": an amount in parentheses after a change of its sentence, no verb between, is the
    // level of what changed (and so is the base's).
    if ((c.kind == ClaimKind::Money || (c.kind == ClaimKind::Other && !c.unit.isEmpty())) && f.first >= 1
        && f.t[f.first - 1].folded == u"("_s && f.after < f.t.size() && f.t[f.after].folded == u")"_s
        && m_lastChange.paragraph == c.paragraph && m_lastChange.sentence == si && m_lastChange.last < f.first
        && f.first - m_lastChange.last <= 32 && !m_lastChange.phrase.isEmpty()) {
        bool plain = true;
        for (qsizetype k = m_lastChange.last + 1; k < f.first - 1 && plain; ++k)
            plain = !verbToken(f.t[k]);
        if (plain)
            noun = m_lastChange.phrase;
    }
    // "13.772 unités, contre 11.288 transactions un an plus tôt", "1.751 ventes, contre 1.383
    // transactions en novembre 2022": the base a count is compared with at another time counts
    // what it counts, whatever word the writer chose not to repeat.
    if (c.kind == ClaimKind::Count && countNoun && m_previous.paragraph == c.paragraph
        && m_previous.sentence == si && m_previous.kind == ClaimKind::Count && m_previous.scope == m.scope
        && !m_previous.phrase.isEmpty() && m_previous.last < f.first && f.first - m_previous.last <= 8
        && m_previous.phrase.key != noun.key && comparisonBase(f.t, f.first) && timeAfter(f.t, f.after))
        noun = m_previous.phrase;
    if (const Phrase own = respectiveNoun(f, noun); !own.isEmpty()) {
        noun = own;
    } else if (const Phrase item = listedComplement(f, noun); !item.isEmpty()) {
        noun = item;
    } else if (const Phrase pointed = demonstrativeNoun(f, c.paragraph, si); !pointed.isEmpty()) {
        noun = pointed;
    } else {
        noun = possessedNoun(f, noun);
        noun = pointedComplement(f, noun);
    }
    // "le nombre de conteneurs … 3,3 millions d'EVP. Le tonnage correspondant est en évolution de
    // 19 %": what corresponds to the noun the paragraph measured is of it.
    {
        const ParagraphState &before = m_states[c.paragraph];
        if (!noun.isEmpty() && !before.lastNoun.isEmpty() && !noun.key.contains(u' ')
            && before.lastNoun.key != noun.key) {
            for (qsizetype k = qMax<qsizetype>(0, f.first - 40); k + 1 < f.first; ++k) {
                if (MeasureReader::singular(f.t[k].folded) == noun.key
                    && f.t[k + 1].folded.startsWith(u"correspondant"_s)) {
                    // (Read already for a figure before it in the paragraph: the same.)
                    noun = before.lastNoun.key.startsWith(noun.key + u' ')
                        ? before.lastNoun
                        : Phrase {noun.key + u' ' + before.lastNoun.key,
                                  noun.label + QStringLiteral(" (") + before.lastNoun.label + u')',
                                  noun.last};
                    break;
                }
            }
        }
    }
    // "… de dirhams. C'est le montant de la facture depuis le début de l'année": its period too.
    if (namedNext && m.period == Period::Unspecified)
        m.period = list[si + 1].period;
    ParagraphState &state = m_states[c.paragraph];
    // "Les dépenses ordinaires ont atteint 348,7 milliards. Leur hausse de près de 40 milliards…": a
    // change a possessive points back with is of what the paragraph measures.
    if (!noun.isEmpty() && !state.lastNoun.isEmpty() && changeWord(noun.key.section(u' ', 0, 0))) {
        for (qsizetype k = f.clauseStart; k + 1 < f.first; ++k) {
            if (possessive(f.t[k].folded) && changeWord(f.t[k + 1].folded)
                && MeasureReader::singular(f.t[k + 1].folded) == noun.key.section(u' ', 0, 0)) {
                noun = state.lastNoun;
                break;
            }
        }
    }
    // "ceux d'Agadir sont occupés à 58 %": the rate of the participle's action.
    if (c.kind == ClaimKind::Percent && m.scope != Scope::Change) {
        if (const Phrase rate = participleRate(f); !rate.isEmpty())
            noun = rate;
    }
    // "La dette du Trésor a atteint 1.071,5 milliards à fin octobre": what a stock holds at the
    // end of a month, not the sum of the months since January ("à fin octobre" is a running
    // total for receipts, not for a debt or reserves).
    // So is what it holds in a month: "La dette intérieure est passée à 435,8 milliards de dirhams
    // en janvier 2015" is a level of the debt as any other, not a flow of January's.
    if ((m.period == Period::RunningTotal || m.period == Period::SingleMonth)
        && (m.scope == Scope::Whole || m.scope == Scope::Part
            || (m.scope == Scope::PerPeriod && !m.per.isEmpty() && m.per != u"mois"_s && m.per != u"jour"_s
                && m.per != u"an"_s && m.per != u"semaine"_s))
        && c.kind != ClaimKind::Percent
        && (stockNoun(noun.key.section(u' ', 0, 0)) || MeasureReader::holdingEvent(m.event)))
        m.period = Period::Unspecified;
    // Nor is its change from one date to the other: "une croissance annuelle de 27,5 %" of the
    // subscriptions at the end of March.
    // And a price's level or change at the end of a month is a point of its series ("l'indice des
    // prix des actifs immobiliers s'est amélioré de 7,6 % à fin mars 2017").
    if (m.period == Period::RunningTotal
        && ((m.scope == Scope::Change && stockNoun(noun.key.section(u' ', 0, 0)))
            // (Not what works done to date cost: "des travaux achevés à fin novembre, pour un coût de
            // 1,1 milliard", a sum spent.)
            || (priceNoun(noun.key) && !(c.kind == ClaimKind::Money && noun.key.startsWith(u"cout"_s)))))
        m.period = Period::Unspecified;
    // "Les recettes ordinaires affichent un taux de réalisation de 88 %", "les dépenses ont été
    // exécutées à hauteur de 90,2 %": how much of what was planned was done is of the clause's
    // subject, a rate of its own whatever forecast the sentence names.
    // (Its comparison, "contre 99 % une année auparavant", takes the rate read before.)
    static const QString achievedLabel = QStringLiteral("taux de réalisation : ");
    Phrase achievedWhat; // what the rate of achievement is of
    if (c.kind == ClaimKind::Percent && m.scope != Scope::Change) {
        bool rate = noun.label.startsWith(achievedLabel);
        if (!rate && achievement(f, noun)) {
            if (const Phrase what = achieved(f, state.lastNoun); !what.isEmpty()) {
                noun = {QStringLiteral("realisation ") + what.key, achievedLabel + what.label, noun.last};
                achievedWhat = what;
                rate = true;
            }
        }
        // (Named after it too: "le taux de réalisation des recettes ordinaires".)
        if (!rate && noun.key.startsWith(u"taux "_s))
            rate = achievementWord(noun.key.section(u' ', 1, 1));
        // (Of the year's forecast, to date: "à fin novembre" and "en novembre" say the same.)
        if (rate) {
            m.scope = Scope::Whole;
            m.period = Period::Unspecified;
        }
    }
    // "cette proportion n'était que de 61 %": a rate or a share of nothing named is of what the
    // paragraph measures; without one ("Le taux a atteint 9,7 %") it measures nothing comparable.
    // A rate that names its whole after the figure is that whole's share, as the figure alone
    // would be: "avec un taux de 58,15 % des suffrages exprimés" as "avec 17,38 % des suffrages".
    if (!noun.isEmpty() && bareHead(noun.key) && c.kind == ClaimKind::Percent && rateHead(noun.key)) {
        if (const Phrase whole = share(f); !whole.isEmpty())
            noun = whole;
    }
    // "L'exécution des dépenses d'investissement a ralenti … avec un taux de 94 % contre 96 %": a
    // bare rate in a sentence whose subject is the execution of something is that thing's rate
    // of achievement.
    if (!noun.isEmpty() && bareHead(noun.key) && c.kind == ClaimKind::Percent && m.scope != Scope::Change
        && rateHead(noun.key)) {
        // (Of the clause a "que" opens: "…, notant que le rythme d'exécution des dépenses
        // d'investissement a ralenti … avec un taux de 94 %".)
        qsizetype from = 0;
        for (qsizetype k = f.first - 1; k > 0; --k) {
            if (f.t[k].folded == u"que"_s || f.t[k].folded == u"qu"_s) {
                from = k + 1;
                break;
            }
        }
        const Phrase executed = subject(f.t, from, f.first);
        QStringList words = executed.key.split(u' ');
        // ("le rythme d'exécution", "le niveau de réalisation".)
        if (words.size() > 2 && (words[0] == u"rythme"_s || words[0] == u"niveau"_s))
            words.removeFirst();
        if (words.size() > 1 && achievementWord(words[0]) && executed.last < f.first) {
            words[0] = QStringLiteral("realisation");
            const QString label = executed.label;
            static const QRegularExpression complement(
                QStringLiteral("\\b(?:des|du|de la|de l['’]|de|d['’])\\s*"));
            const QRegularExpressionMatch match = complement.match(label, label.indexOf(u' '));
            noun = {words.join(u' '),
                    achievedLabel + (match.hasMatch() ? label.mid(match.capturedEnd()) : label), noun.last};
            m.scope = Scope::Whole;
            m.period = Period::Unspecified;
        }
    }
    // "c'est le candidat Abdelmadjid Tebboune qui a remporté cette échéance avec un taux de 58 %":
    // a bare rate a verb of winning gives "avec", in an article that counts votes, is a share
    // of the votes.
    // So is a percentage right after "avec", whatever the subject: "l'opposant Bassirou Diomaye
    // Diakhar Faye … est sorti vainqueur de l'élection présidentielle … avec 54,28 %".
    const bool bareWith = f.first > 0 && f.t[f.first - 1].folded == u"avec"_s;
    if (c.kind == ClaimKind::Percent && m.scope == Scope::Whole
        && ((!noun.isEmpty() && rateHead(noun.key)) || bareWith) && wonWithRate(f))
        noun = {QStringLiteral("part voix"), QStringLiteral("part des voix"), noun.last};
    // "le taux d'inflation … a été revu à la hausse, à 1 %, contre une première estimation de
    // 0,9 %": an estimate measures what the paragraph measures.
    if (!noun.isEmpty() && estimateKey(noun.key))
        noun = state.lastNoun.isEmpty() || bareHead(state.lastNoun.key) || estimateKey(state.lastNoun.key)
            ? Phrase()
            : state.lastNoun;
    // A figure that names nothing, in a sentence whose subject a demonstrative points back with:
    // "Cet encours se répartit sur les agents non financiers avec 945,9 MMDH".
    if (noun.isEmpty()) {
        for (qsizetype k = qMax<qsizetype>(0, f.first - 20); k + 1 < f.first && noun.isEmpty(); ++k) {
            // (The subject, opening its sentence or its clause: not "dans ces établissements".)
            const bool opening = k == 0 || k == f.clauseStart || (k == 1 && !f.t[0].word);
            // (Nor a frame: "Ces chiffres sont portés par une hausse de 22 % des flux…".)
            if (opening && demonstrative(f.t[k].folded) && f.t[k + 1].word && !f.t[k + 1].capital
                && !timeOrFrameNoun(f.t[k + 1].folded))
                noun = demonstrativeHead(f, MeasureReader::singular(f.t[k + 1].folded), c.paragraph, si, true,
                                         true);
        }
    }
    // (So does any noun alone after a demonstrative: "la dette intérieure … l'encours total de
    // cette dette, qui a atteint 813,1 MMDH".)
    if (!noun.isEmpty() && !noun.key.contains(u' ') && !bareHead(noun.key)) {
        if (const Phrase named = demonstrativeHead(f, noun.key, c.paragraph, si, true); !named.isEmpty())
            noun = named;
    }
    if (!noun.isEmpty() && bareHead(noun.key)) {
        const Phrase bare = noun;
        // A possessive opening a paragraph points back to what the paragraph before measured:
        // "… ont atteint 58,23 milliards. / Comparativement à leur niveau de 2018 (37,76 MMDH)".
        const bool possessed = noun.last >= 1 && noun.last < f.t.size() && !noun.key.contains(u' ')
            && possessive(f.t[noun.last - 1].folded);
        const int before = possessed && state.lastNoun.isEmpty() ? bodyParagraphBefore(c.paragraph) : -1;
        const auto last = before >= 0 ? m_states.constFind(before) : m_states.cend();
        if (const Phrase named = demonstrativeHead(f, noun.key, c.paragraph, si); !named.isEmpty())
            noun = named;
        else if (last != m_states.cend() && !last->lastNoun.isEmpty() && !bareHead(last->lastNoun.key))
            noun = last->lastNoun;
        // "le nombre global d'élèves … était de 709 448. Au classement des filières, les
        // mathématiques viennent en tête avec un taux de 78,61 %": a rate of nothing named, in a
        // sentence after the paragraph's last measure (a count's, not a rate's), is the one rate
        // the article has named ("un taux de réussite de 55,88 %"); not one a count right
        // before gives ("709 448 élèves, soit un taux de 40 %" is theirs).
        else if (noun.key == u"taux"_s && c.kind == ClaimKind::Percent && m_namedRates == 1
                 && !state.lastNoun.key.startsWith(u"taux "_s) && state.lastNounSentence != si)
            noun = {m_namedRate.key, m_namedRate.label, noun.last};
        else
            noun = state.lastNoun.isEmpty() || bareHead(state.lastNoun.key) ? Phrase() : state.lastNoun;
        // "L'inflation poursuit sa stabilisation en Tunisie. En octobre 2020, le taux a atteint
        // 5,4 %": a bare head with its definite article, first in its paragraph, right after a
        // sentence with no figure, is of what that sentence's subject names.
        if (noun.isEmpty() && si > 0 && bare.key == u"taux"_s && bare.last >= 1 && bare.last < f.t.size()
            && (f.t[bare.last - 1].folded == u"le"_s || f.t[bare.last - 1].folded == u"ce"_s)) {
            const QList<Token> &before = list[si - 1].tokens;
            if (std::none_of(before.cbegin(), before.cend(), [](const Token &x) { return x.digit; })) {
                if (const Phrase named = subject(before, 0, qMin<qsizetype>(before.size(), kSubjectReach));
                    !named.isEmpty() && !bareHead(named.key))
                    noun = named;
            }
        }
    }
    // "Le candidat du parti Talaie El Hourriyet, Ali Benflis, est arrivé troisième avec 10,55 %":
    // a percentage whose noun is a person's title measures what the paragraph measures ("…
    // avec 17,38 % des suffrages" before it).
    if (!noun.isEmpty() && c.kind == ClaimKind::Percent && !state.lastNoun.isEmpty()) {
        auto personTitle = [](const QString &key) {
            const QString head = key.section(u' ', 0, 0);
            return head == u"candidat"_s || SpeakerResolver::isRoleHead(head);
        };
        if (personTitle(noun.key) && !personTitle(state.lastNoun.key))
            noun = state.lastNoun;
    }
    if (noun.isEmpty())
        return std::nullopt;
    // (What the paragraph measures goes on: "… avec un taux de réalisation de 107,3 %. Elles se
    // sont établies à 424,1 milliards" are the recettes.)
    if (!achievedWhat.isEmpty()) {
        state.lastNoun = achievedWhat;
        state.lastNounSentence = si;
    } else if ((!countNoun || genericUnit(f.foldedUnit))
               && !(genericUnit(noun.key + u's') || genericUnit(noun.key))) {
        state.lastNoun = noun;
        state.lastNounSentence = si;
    }
    if (c.kind == ClaimKind::Percent && m.scope == Scope::Whole && noun.key.startsWith(u"taux "_s)
        && m_namedRate.key != noun.key) {
        m_namedRate = noun;
        ++m_namedRates;
    }
    // "l'IPC a augmenté de 1,7 %" after "l'indice des prix à la consommation (IPC)".
    if (!noun.key.contains(u' ')) {
        if (const auto defined = m_acronyms.constFind(noun.key); defined != m_acronyms.cend())
            noun = {defined->key, defined->label, noun.last};
    }
    // A price of nothing named is of the topic its sentence opens on: "Pour l'essence, les tarifs
    // varient légèrement : 12,75 dirhams chez Winxo".
    if (!noun.isEmpty() && (noun.key == u"prix"_s || noun.key == u"tarif"_s)) {
        if (const Phrase topic = topicOf(f, priceHead); !topic.isEmpty())
            noun = {QStringLiteral("prix ") + topic.key,
                    noun.label + QStringLiteral(" (") + topic.label + u')', noun.last};
    }
    // A topic fronted before the clause names what a flow counted alone is of: "En ce qui concerne
    // les oranges, les exportations ont enregistré une hausse de 42 %" are "les exportations des
    // oranges" ("S'agissant des", "Quant aux", "Pour ce qui est des", "Concernant les").
    if (!noun.isEmpty() && !noun.key.contains(u' ') && flowHead(noun.key)) {
        if (const Phrase topic = frontedTopic(f.t, noun.last, m_article.text); !topic.isEmpty())
            noun = {noun.key + u' ' + topic.key, noun.label + u" (" + topic.label + u')', noun.last};
    }
    // Cases are of the article's topic, whether their complement names it or not: "une hausse de
    // 2,2 % des cas de rougeole" and "713 cas" are of one count; unless that complement is a noun
    // the article counts by as well ("une baisse des cas de décès" beside "3 décès": deaths).
    // (Not an adjective or a participle: "cas confirmés" and "cas suspects" are two counts.)
    if (noun.key.startsWith(u"cas "_s)) {
        const QString written = TextUtil::fold(noun.label);
        if (written.startsWith(u"cas de "_s) || written.startsWith(u"cas d'"_s)
            || written.startsWith(u"cas du "_s) || written.startsWith(u"cas d’"_s)) {
            noun.key = casesOf(noun.key.section(u' ', 1, 1));
            if (noun.key == u"cas"_s)
                noun.label = noun.label.left(3);
        }
    }
    m.noun = sameWords(noun.key);
    // People counted by what befell them are the dead or the injured: "Vingt-neuf personnes ont
    // trouvé la mort et 2.962 autres ont été blessées" count "morts" and "blessés", as a headline's
    // "29 morts et 2.962 blessés" does.
    const bool people = m.noun.isEmpty() || m.noun == u"personne"_s || m.noun == u"autre"_s
        || m.noun == u"individu"_s || m.noun == u"gen"_s || m.noun == u"gens"_s;
    if ((m.event == u"mort"_s || m.event == u"blesse"_s) && people) {
        m.noun = m.event;
        noun.key = m.event;
        noun.label = m.eventLabel;
        m.event.clear();
        m.eventLabel.clear();
    } else if (people && m.scope == Scope::Part && m_previous.paragraph == c.paragraph
               && m_previous.sentence == f.sentence
               && (m_previous.phrase.key == u"mort"_s || m_previous.phrase.key == u"blesse"_s)) {
        // And a part of them: "2.962 autres ont été blessées, dont 107 grièvement", "3059 autres
        // ont été blessées, parmi lesquelles 138 ont subi des blessures graves".
        noun = m_previous.phrase;
        m.noun = noun.key;
        m.event.clear();
        m.eventLabel.clear();
    }
    // An amount a thing sells at is that thing's, whether the text says its price or not: "Le
    // gasoil s'affiche à 10,74 dirhams le litre", "le prix du litre de gazole … 11,97 dirhams",
    // "Pour l'essence, les tarifs varient : 12,75 dirhams" (not a change: "les prix de
    // l'alimentation ont augmenté de 20,1 %" is inflation's).
    if (c.kind == ClaimKind::Money && m.scope == Scope::Whole && m.noun.startsWith(u"prix "_s))
        m.noun.remove(0, 5);
    // An amount of what exports bring in is the exports' value: "les recettes d'exportation de
    // l'huile d'olive … 3963 millions de dinars" = "les exportations d'huile d'olive … 2865,7
    // millions de dinars" ("les revenus de l'exportation", "la valeur des exportations"; not a
    // change in percent, whose exports may be counted in tonnes).
    if (c.kind == ClaimKind::Money) {
        for (const QLatin1String head : {QLatin1String("recette "), QLatin1String("revenu "),
                                         QLatin1String("revenus "), QLatin1String("valeur ")}) {
            if (m.noun.startsWith(head) && QStringView(m.noun).mid(head.size()).startsWith(u"exportation"))
                m.noun.remove(0, head.size());
        }
    }
    // "le solde excédentaire des voyages … se situant à +50,3 MMDH contre seulement +17,36 MMDH": a
    // balance's sign is no increment; the level it is at, or a comparison's base, is a level.
    if (m.scope == Scope::Increment && c.kind == ClaimKind::Money && balanceHead(m.noun.section(u' ', 0, 0))
        && c.start < m_article.text.size() && m_article.text.at(c.start) == u'+' && f.first >= 1
        && (f.t[f.first - 1].text == u"à"_s || comparisonBase(f.t, f.first))) {
        m.scope = Scope::Whole;
        m.decrease = false;
    }
    // (A quotation mark the phrase opened and did not close is no part of its name: "les prix
    // des services de « santé ».)
    m.nounLabel = withoutStrayQuotes(noun.label);
    if (c.kind == ClaimKind::Percent) {
        bool dearer = false;
        for (qsizetype k = qMax(f.clauseStart, f.first - 30); k < f.first && !dearer; ++k)
            dearer = f.t[k].folded.startsWith(u"rencheri"_s);
        priceChange(m, dearer);
    }
    // "Sur un mois, le taux d'inflation … à 1 %", "a augmenté de 1,7 % par rapport au mois
    // précédent": a change over one month is another figure than the change over a year, the
    // one a change gives when it does not say. (Over a month, a change has no running total:
    // "les hausses entre janvier et février".)
    // So is a change over one quarter: "en glissement trimestriel, l'IPAI a affiché une hausse de
    // 2,2 %", "ont reculé … de 6,7 % d'un trimestre à l'autre".
    // A change counted from a year well before its own is another figure than
    // the change over a year: "la population urbaine … 19,7 millions de plus qu'en 1960 et un
    // accroissement au rythme de 3,04 % par an" beside "un accroissement annuel de 1,24 %" (since
    // 2014).
    if (m.scope == Scope::Change || m.scope == Scope::Increment) {
        // (Of a figure the text dates, four years before or more: a figure dated by its publication
        // or by an aim the sentence before names, "une hausse de 22 % par rapport à 2022" in May
        // 2024, "trois millions de touristes de plus qu'en 2023" after "prévu pour 2026", is often
        // a year's change.)
        const int own = c.asOf.isNull() ? 0 : c.asOf.year;
        if (const int base = own > 0 ? baseYear(f.t, f.first, f.after, f.clauseStart) : 0;
            base > 0 && base <= own - 4)
            m.since = base;
    }
    // "le nombre de cas de rougeole enregistrés depuis octobre 2023 s'élève à 19.515", "Du 1er
    // octobre 2023 au 13 avril 2025, plus de 25 000 cas": a count run from an earlier year is
    // another figure than the count of a week, a month or a year (of one start year, whatever
    // its month; its own running total).
    if ((m.scope == Scope::Whole || m.scope == Scope::Part) && m.since == 0 && c.kind != ClaimKind::Percent
        && c.kind != ClaimKind::Duration && !stockNoun(noun.key.section(u' ', 0, 0))) {
        const int own = !c.asOf.isNull()    ? c.asOf.year
            : !m_article.published.isNull() ? m_article.published.year
                                            : 0;
        // (On an undated page, a count the text calls cumulated: "le nombre cumulé de cas …
        // depuis octobre 2023" runs from then, not from January.)
        if (const int start = f.sentences[f.sentence].startsCount ? countStartYear(f.t, f.first, f.after) : 0;
            start > 0 && (own > start || (own == 0 && m.period == Period::RunningTotal))) {
            m.since = start;
            m.period = Period::Unspecified;
        }
    }
    if (m.scope == Scope::Change) {
        if (const int span = spanOfChange(f, c.paragraph); span > 0) {
            (span == 2 ? m.overQuarter : m.overMonth) = true;
            m.period = Period::Unspecified;
        }
    }
    // "Les prix ont augmenté de 0,8 % en octobre": a price's change dated to a month is a point of
    // its series as any other, not the change of a month's flow ("les arrivées du seul mois
    // d'octobre").
    if (m.scope == Scope::Change && c.kind == ClaimKind::Percent && m.period == Period::SingleMonth
        && priceNoun(m.noun))
        m.period = Period::Unspecified;
    // "Le taux d'inflation annuel moyen en 2022 est de +9,7 %", "l'inflation annuelle moyenne est
    // évaluée à 9,7 %", "en moyenne annuelle", "calculé sur toute l'année 2023": the average over
    // a year of the changes, another figure than the change from a month a year before ("Par
    // rapport au mois de décembre 2021, les prix … de 12,8 %"). (No period either: it is the
    // year's.)
    if (m.scope == Scope::Change && !m.overMonth && !m.overQuarter
        && annualAverage(f.t, f.first, f.after,
                         priceNoun(m.noun) || m.noun.startsWith(u"indice"_s)
                             || m.noun.startsWith(u"taux"_s))) {
        m.annualAverage = true;
        m.period = Period::Unspecified;
    }
    // "Le nombre de dossiers déposés a atteint 14 millions", "le nombre de suffrages exprimés
    // lors du scrutin est de 11 226 065": the participle right after the counted noun named before
    // the figure is the state or event, as it is after the figure ("14 millions de dossiers
    // déposés").
    // (Of a head and its adjective too: "le nombre des candidats libres ayant réussi".)
    if (m.event.isEmpty() && c.kind == ClaimKind::Count && noun.key.count(u' ') <= 1)
        readEventBefore(f, noun.key.section(u' ', 0, 0), m);
    // A comparison's base counts what the figure before it counted, as it was: "Le nombre de
    // voyageurs transportés … a atteint 34,4 millions de personnes en 2021, contre 21,1 millions une
    // année auparavant".
    if (m.event.isEmpty() && !m_previous.event.isEmpty() && m_previous.paragraph == c.paragraph
        && m_previous.sentence == si && m_previous.last < f.first && m_previous.kind == c.kind
        && m_previous.phrase.key == noun.key && comparisonBase(f.t, f.first)) {
        m.event = m_previous.event;
        m.eventLabel = m_previous.eventLabel;
    }
    // An event the measured noun names already says nothing more: "Les débarquements de coquillages
    // ont subi une chute de 99 %, avec seulement 9 tonnes débarquées".
    // (A noun of the action, longer than its participle: not "2,61 millions étaient abonnés", of
    // the abonnés.)
    // (Or the flow its participle names: "217.000 tonnes produites" of the production.)
    if ((m.event.size() >= 6 && m.noun.section(u' ', 0, 0).size() >= m.event.size() + 3
         && m.noun.startsWith(QStringView(m.event).chopped(1)))
        || (!m.event.isEmpty() && flowOfParticiple(m.event) == m.noun.section(u' ', 0, 0))) {
        m.event.clear();
        m.eventLabel.clear();
    }
    // The votes cast, or spoilt, are ballots: "le nombre de votes exprimés" = "les suffrages
    // exprimés" (not "vote" alone, which also names the ballot itself: "les bureaux de vote").
    if (m.noun == u"vote"_s
        && (m.event == u"exprime"_s || m.event == u"annule"_s || m.event == u"valable"_s
            || m.event == u"nul"_s))
        m.noun = QStringLiteral("voix");
    // "représentant une croissance de 20 %, soit 2,6 millions de visiteurs supplémentaires": a
    // restatement of the figure before, whose noun names the same thing.
    const bool sameScope = (m.scope == Scope::Increment
                            && (m_previous.scope == Scope::Change || m_previous.scope == Scope::Increment))
        || (m.scope == Scope::Whole && m_previous.scope == Scope::Whole
            && m_previous.kind == ClaimKind::Count);
    if (countNoun && c.kind == ClaimKind::Count && sameScope && m_previous.paragraph == c.paragraph
        && m_previous.sentence == si && m_previous.last < f.first && !m_previous.phrase.isEmpty()
        && m_previous.phrase.key != noun.key && restatement(f.t, f.first))
        m.sameAs = m_previous.phrase.key;
    if (m.scope == Scope::Whole && !noun.isEmpty()) {
        if (m_sentenceWholes.paragraph != c.paragraph || m_sentenceWholes.sentence != si)
            m_sentenceWholes = {c.paragraph, si, {}};
        m_sentenceWholes.byUnit.insert(c.unit, noun);
    }
    if (m.scope != Scope::Change) {
        const bool same = m_sentenceNoun.paragraph == c.paragraph && m_sentenceNoun.sentence == si;
        const bool whole = m.scope == Scope::Whole;
        m_sentenceNoun = {c.paragraph, si, noun,
                          whole      ? noun
                              : same ? m_sentenceNoun.whole
                                     : Phrase(),
                          whole      ? f.last
                              : same ? m_sentenceNoun.wholeLast
                                     : -1};
    }
    const Previous before = m_previous;
    // (The first change of a measure, which a list after it may take up item by item.)
    if (m.scope == Scope::Change && !noun.isEmpty() && c.kind == ClaimKind::Percent
        && !(m_lastChange.paragraph == c.paragraph && m_lastChange.phrase.key == noun.key))
        m_lastChange = {c.paragraph, si, f.last, noun, c.kind, m.scope, {}, {}, {}, {}, {}, false};
    m_previous = {c.paragraph, si, f.last, noun,    c.kind,       m.scope,
                  {},          {}, {},     m.event, m.eventLabel, valueOfPrevious};

    m.owner = owner(f);
    // A change in parentheses right after a figure is of that figure's owner: "La BCP, elle, a
    // réalisé un résultat net part du groupe de 990 MDH (+2,5 %)".
    if (f.first >= 1 && f.t[f.first - 1].folded == u"("_s && before.paragraph == c.paragraph
        && before.sentence == si && before.last < f.first && f.first - before.last <= 4
        && m.scope == Scope::Change && !before.owner.isEmpty())
        m.owner = before.owner;
    // A people is its country: "18,3 millions de Marocains disposent d'un abonnement internet" (and
    // the figures after it) are Morocco's, not a "Marocains"'.
    if (!m.owner.isEmpty() && !m.owner.contains(u' ')) {
        if (const QString country = Countries::ofPeople(m.owner); !country.isEmpty())
            m.owner = country;
    }
    // (Not the measure's own words, capitalised as a rubric: "Chômage : au troisième trimestre, il
    // recule à 13,2 %".)
    if (!m.owner.isEmpty() && TextUtil::fold(m.owner) == TextUtil::fold(noun.label))
        m.owner.clear();
    // (Nor the acronym of what it measures: "Le flux net des Investissements directs étrangers
    // (IDE) … Les recettes de ces investissements" are not the IDE's, they are the IDE.)
    if (!m.owner.isEmpty() && !m.owner.contains(u' ') && m.owner.size() <= 6
        && m.owner == m.owner.toUpper()) {
        const QString letters = TextUtil::fold(m.owner);
        // (Its words as the key reads them, or as written, a neutral word included: "Résultat
        // net part du groupe (RNPG)".)
        QStringList written;
        for (const QString &w : TextUtil::fold(noun.label).split(u' ', Qt::SkipEmptyParts)) {
            if (!functionWords().contains(w) && w.front().isLetter())
                written << w;
        }
        for (const QStringList &words : {noun.key.split(u' ', Qt::SkipEmptyParts), written}) {
            for (qsizetype w = 0; w + letters.size() <= words.size() && !m.owner.isEmpty(); ++w) {
                QString initials;
                for (qsizetype j = w; j < w + letters.size(); ++j)
                    initials += words[j].front();
                if (initials == letters)
                    m.owner.clear();
            }
        }
    }
    m_states[c.paragraph].lastOwner = m.owner;
    // A share of the votes is a candidate's: "… Abdelmadjid Tebboune, président de la République,
    // suite à sa victoire … avec 84,30 % des suffrages exprimés" is his, when he is the one
    // person the sentence names before it (a person introduced with a role owns nothing else,
    // and lends nothing to the figures after it).
    // So is it when the owner read is who proclaims him: "La Cour constitutionnelle vient de
    // proclamer officiellement, samedi, Abdelmadjid Tebboune, président de la République, … avec
    // 84,30 % des suffrages exprimés".
    // And so are the votes he won: "la victoire de Abdelmadjid Tebboune …, mais cette fois-ci avec
    // plus de voix (7 776291 millions de voix)" (not the votes cast, which are no one's).
    const bool won = (c.kind == ClaimKind::Percent && m.noun == u"part voix"_s)
        || (c.kind == ClaimKind::Count && m.noun == u"voix"_s && m.event.isEmpty());
    // "L'institution a proclamé … Abdelmadjid Tebboune président. Le chef de l'Etat sortant est
    // réélu … avec un score de 84,3 %": a sentence whose subject is a person's title names the
    // one person the sentence before names (whatever the title's complement names: "l'Etat").
    // (Read only for such a figure: the other figures need none of it.)
    const qsizetype titled = won && m.scope == Scope::Whole ? titledSubject(f.t, f.first) : 0;
    const bool ownerInTitle
        = titled > 0 && !m.owner.isEmpty()
        && std::any_of(f.t.cbegin(), f.t.cbegin() + titled, [&](const Token &x) {
               return x.word && x.capital && m.owner.startsWith(x.text, Qt::CaseInsensitive);
           });
    if (won && m.scope == Scope::Whole
        && (m.owner.isEmpty() || ownerInTitle
            || (!m_peopleList.contains(TextUtil::fold(m.owner)) && proclaimsBefore(f.t, f.first, m.owner)))) {
        if (const QString person = onlyPersonBefore(f); !person.isEmpty())
            m.owner = person;
        else if (titled > 0 && f.sentence > 0)
            m.owner = onlyPersonIn(f.sentences[f.sentence - 1].tokens,
                                   f.sentences[f.sentence - 1].tokens.size(), true);
    }
    // A share that restates the count before it is that count's owner's: "Abdelaali
    // Hassani-Chérif, président du Mouvement de la Société pour la Paix (MSP), a ainsi obtenu
    // 946.420 voix, soit 9,56 %".
    if (c.kind == ClaimKind::Percent && before.kind == ClaimKind::Count && before.paragraph == c.paragraph
        && before.sentence == si && !before.owner.isEmpty() && !before.phrase.isEmpty()
        && before.last < f.first && f.first - before.last <= 4 && noun.key == u"part "_s + before.phrase.key)
        m.owner = before.owner;
    m_previous.owner = m.owner;
    readBreakdown(f, m);
    // "… sur les agents non financiers avec 945,9 MMDH et les agents financiers (191,2 MMDH)": a
    // group read as the noun of its own figure, after a figure of the same split, is a group of
    // what that figure measured.
    if (!m.breakdown.isEmpty() && m.noun == m.breakdown && before.paragraph == c.paragraph
        && before.sentence == si && !before.breakdown.isEmpty() && !before.phrase.isEmpty()
        && before.kind == c.kind) {
        m.noun = before.phrase.key;
        m.nounLabel = before.phrase.label;
    }
    // "91,08 % du total des abonnés de l'internet en Algérie sont des abonnés de la téléphonie
    // mobile", "60 % des étudiants sont des femmes": the part a share says its whole's members are
    // is its group (the whole's head left out).
    if (m.breakdown.isEmpty() && c.kind == ClaimKind::Percent && m.scope == Scope::Whole
        && m.noun.startsWith(u"part "_s) && noun.last > f.last) {
        const QList<Token> &t = f.t;
        qsizetype k = noun.last + 1;
        // (Past the whole's place: "en Algérie".)
        if (k + 1 < t.size() && t[k].folded == u"en"_s && t[k + 1].capital)
            k += 2;
        if (k + 2 < t.size() && (t[k].folded == u"sont"_s || t[k].folded == u"est"_s)
            && (t[k + 1].folded == u"des"_s || t[k + 1].folded == u"de"_s || t[k + 1].folded == u"d"_s)
            && contentWord(t[k + 2]) && !t[k + 2].capital) {
            const Phrase kind
                = phraseAt(t, k + 2, f.clauseEnd > k + 2 ? f.clauseEnd : t.size(), m_article.text);
            QStringList words = kind.key.split(u' ', Qt::SkipEmptyParts);
            const QString whole = m.noun.section(u' ', 1, 1);
            if (!words.isEmpty() && words.front() == whole)
                words.removeFirst();
            if (!words.isEmpty() && words.size() <= 4) {
                qsizetype from = k + 2;
                while (from < kind.last && MeasureReader::singular(t[from].folded) != words.front())
                    ++from;
                m.breakdown = words.join(u' ');
                m.breakdownLabel = labelOf(t, from, kind.last, m_article.text);
            }
        }
    }
    auto setGroup = [&m](const Phrase &p) {
        m.breakdown = p.key;
        m.breakdownLabel = QStringLiteral("des ") + p.label;
    };
    // A rate of a group after a coordination that leaves out the verb: "Les hommes ont enregistré
    // une augmentation de 1,1 point, et les femmes, une hausse de 1,9 point".
    if (m.breakdown.isEmpty() && c.kind == ClaimKind::Percent) {
        for (qsizetype k = f.first - 1; k >= 3 && k >= f.first - 8 && !f.t[k].digit; --k) {
            if (f.t[k].folded != u","_s)
                continue;
            // (Not a subject before its verb: "dont les commerçants et les artisans, concentrent
            // plus de 70 %".)
            const bool verbless
                = k + 1 == f.first || f.t[k + 1].folded == u"un"_s || f.t[k + 1].folded == u"une"_s;
            if (verbless && (f.t[k - 3].folded == u"et"_s || f.t[k - 3].folded == u"ou"_s)
                && (f.t[k - 2].folded == u"les"_s || f.t[k - 2].folded == u"des"_s) && contentWord(f.t[k - 1])
                && plural(f.t[k - 1]) && !measureHead(f.t[k - 1].folded))
                setGroup(phraseAt(f.t, k - 1, k, m_article.text));
            break;
        }
    }
    if (m.breakdown.isEmpty() && before.paragraph == c.paragraph && before.sentence == si
        && before.last < f.first && sharesGroup(f, before.last, m.scope)) {
        m.breakdown = before.breakdown;
        m.breakdownLabel = before.breakdownLabel;
    }
    // The group whose rate the subject gave (measuredNoun).
    if (m.breakdown.isEmpty() && !group.isEmpty())
        setGroup(group);
    if (const qsizetype k = m.breakdown.isEmpty() ? categoryWith(f.t, f.first) : -1; k > 0) {
        const QString key = MeasureReader::singular(f.t[k].folded);
        bool named = false; // the noun names the category itself
        for (const QStringView w : QStringView(m.noun).tokenize(u' '))
            named = named || w == key;
        if (!named) {
            m.breakdown = key;
            const QString &d = f.t[k - 1].folded;
            const QString written = labelOf(f.t, k, k, m_article.text);
            m.breakdownLabel = d == u"le"_s ? QStringLiteral("du ") + written
                : d == u"l"_s               ? QStringLiteral("de l'") + written
                : d == u"la"_s              ? QStringLiteral("de la ") + written
                                            : QStringLiteral("des ") + written;
        }
    }
    if (m.breakdown.isEmpty()) {
        qsizetype from = -1;
        qsizetype to = -1;
        const QStringList item = rankedItem(f.t, f.sentences[f.sentence].ranks, f.first, m.noun, from, to);
        if (!item.isEmpty()) {
            m.breakdown = item.join(u' ');
            m.breakdownLabel = labelOf(f.t, from, to, m_article.text);
        }
    }
    // "ont diminué de 13 % en terme de valeur …, et de 16 % en poids": a change in value and one
    // in weight or volume are two measures.
    // (Its own words win over the group it took from the figure before: "… de 13 % en valeur,
    // et de 16 % en poids".)
    // (So are a share in volume and one in value: "La part de l'huile biologique … est de 21,9 % en
    // volume et de 22,2 % en valeur"; and a dimension said before the figure: "une hausse en volume
    // de 9,5 %, ainsi qu'en valeur de 79,9 %".)
    if ((m.scope == Scope::Change || c.kind == ClaimKind::Percent)
        && (m.breakdown.isEmpty() || (m.breakdown == before.breakdown && changeDimensionWord(m.breakdown)))) {
        QString dimension = changeDimension(f.t, f.after);
        // (Said once after two coordinated figures: "des hausses respectives de 22 % et 12 % en
        // volume".)
        if (dimension.isEmpty() && f.after + 2 < f.t.size() && f.t[f.after].folded == u"et"_s) {
            qsizetype n = f.after + 1;
            while (n < f.t.size() && (f.t[n].digit || f.t[n].folded == u"%"_s || f.t[n].folded == u","_s))
                ++n;
            if (n > f.after + 1 && f.t[n - 1].folded == u"%"_s)
                dimension = changeDimension(f.t, n);
        }
        if (dimension.isEmpty() && f.first >= 3
            && (f.t[f.first - 1].folded == u"de"_s || f.t[f.first - 1].folded == u"d"_s)
            && changeDimensionWord(f.t[f.first - 2].folded) && f.t[f.first - 3].folded == u"en"_s)
            dimension = f.t[f.first - 2].folded;
        // (Or set apart before the clause: "Toutefois, en valeur, ces débarquements ont progressé de
        // 9 %", "l'ONP précise qu'en valeur, ces débarquements sont en hausse de 9 %", "En valeur,
        // une progression de 6 % a été enregistrée"; no figure between.)
        for (qsizetype k = f.first - 1; dimension.isEmpty() && k >= 1 && k >= f.first - 20; --k) {
            if (f.t[k].digit || f.t[k].folded == u"."_s || f.t[k].folded == u";"_s)
                break;
            if (f.t[k].folded == u","_s && changeDimensionWord(f.t[k - 1].folded) && k >= 2
                && f.t[k - 2].folded == u"en"_s)
                dimension = f.t[k - 1].folded;
        }
        // (A quantity is a volume: "21,4 % en quantité" and "21,9 % en volume" are one share.)
        if (dimension == u"quantite"_s)
            dimension = QStringLiteral("volume");
        // (Not the noun's own head: "son poids a régressé de 5 % en poids".)
        if (!dimension.isEmpty() && m.noun.section(u' ', 0, 0) != dimension) {
            m.breakdown = dimension;
            m.breakdownLabel = QStringLiteral("en ") + dimension;
        }
    }
    // A level in a unit says its dimension by its unit: "une diminution de 14 % en volume (2.288
    // tonnes) et de 4 % en valeur (94,33 MDH)" are tonnes and dirhams of the poissons blancs, as
    // "les débarquements de poissons blancs ont atteint 2.288 T … pour une valeur de 94,33 MDH".
    if (changeDimensionWord(m.breakdown) && c.kind != ClaimKind::Percent && m.scope != Scope::Change
        && !c.unit.isEmpty()) {
        m.breakdown.clear();
        m.breakdownLabel.clear();
    }
    // What money brings in is its value: "générant des recettes en progression de 28 %" after "22 %
    // en volume" is no volume.
    if ((m.breakdown == u"volume"_s || m.breakdown == u"poids"_s || m.breakdown == u"tonnage"_s)
        && moneyHead(m.noun.section(u' ', 0, 0))) {
        m.breakdown.clear();
        m.breakdownLabel.clear();
    }
    powerCapacity(m);
    m.breakdown = masculine(m.breakdown);
    // Never the measured noun itself: "la progression des recettes (+41,6 MMDH) … plus importante
    // que celle des dépenses globales (+40,8 MMDH)" measures the dépenses globales.
    if (!m.breakdown.isEmpty()) {
        QStringList words;
        for (QStringView w : QStringView(m.breakdown).tokenize(u' ', Qt::SkipEmptyParts)) {
            if (!neutralModifier(w.toString()))
                words << MeasureReader::singular(w);
        }
        // (Nor a rank alone: "Paris occupe la première place avec 70,3 millions de passagers".)
        // (Nor the item of a list that the noun names already: "des services (+3 %)".)
        const QString group = sameWords(words.join(u' '));
        // (Nor, for a figure in parentheses, its head: "importations" of "l'accroissement des
        // importations de biens (+9,2 %)".)
        const bool inParentheses = f.first > 0 && f.t[f.first - 1].folded == u"("_s;
        if (group == m.noun || (inParentheses && m.noun.startsWith(group + u' '))
            || m.noun.endsWith(u' ' + group) || (words.size() == 1 && ordinalWord(words.first()))) {
            m.breakdown.clear();
            m.breakdownLabel.clear();
        }
    }
    // The change of a value, in parentheses right after it, is a change in value: "une hausse de
    // 22 % à 4.730 T pour des recettes de plus de 301,46 MDH (+28 %)" (the 22 % are of the tonnes).
    if (m.breakdown.isEmpty() && m.scope == Scope::Change && before.value && before.paragraph == c.paragraph
        && before.sentence == si && f.first >= 2 && f.t[f.first - 1].folded == u"("_s
        && before.last == f.first - 2) {
        m.breakdown = QStringLiteral("valeur");
        m.breakdownLabel = QStringLiteral("en valeur");
    }
    if (valueOfPrevious && m.breakdown.isEmpty()) {
        m.breakdown = before.breakdown;
        m.breakdownLabel = before.breakdownLabel;
    }
    if (valueOfPrevious && m.event.isEmpty()) {
        m.event = before.event;
        m.eventLabel = before.eventLabel;
    }
    m_previous.breakdown = m.breakdown;
    m_previous.breakdownLabel = m.breakdownLabel;
    return m;
}

} // namespace

QString MeasureReader::singular(QStringView f)
{
    QString w = f.toString();
    if (w.size() <= 3)
        return w;
    // Invariable endings and words: "taux", "prix", "mois", "fois", "cours" ("encours", "recours",
    // "discours"), "pays", "poids", "fonds", "temps", "corps".
    static const QStringList invariable {QStringLiteral("pays"), QStringLiteral("poids"),
                                         QStringLiteral("fonds"), QStringLiteral("temps"),
                                         QStringLiteral("corps")};
    if (w.endsWith(u"cours") || invariable.contains(w))
        return w;
    if (w == u"travaux")
        return QStringLiteral("travail");
    // A noun in -oi: "emplois", "lois", "envois" (not "mois", "fois", nor an adjective in -ois
    // of a people: "chinois").
    if (w.endsWith(u"lois") || w.endsWith(u"vois"))
        return w.left(w.size() - 1);
    // "bureaux", "niveaux", "réseaux" before "régionaux" → "régional".
    // (Not an adjective or a noun in -eux, the same in the singular: "contentieux", "nombreux".)
    static const QStringList euPlurals {QStringLiteral("jeux"),    QStringLiteral("enjeux"),
                                        QStringLiteral("feux"),    QStringLiteral("lieux"),
                                        QStringLiteral("milieux"), QStringLiteral("cheveux"),
                                        QStringLiteral("neveux"),  QStringLiteral("essieux"),
                                        QStringLiteral("voeux"),   QStringLiteral("pneux")};
    if (w.endsWith(u"eaux") || euPlurals.contains(w))
        return w.left(w.size() - 1);
    if (w.endsWith(u"eux"))
        return w;
    if (w.endsWith(u"aux") && w.size() > 5 && !w.endsWith(u"taux"))
        return w.left(w.size() - 3) + QStringLiteral("al"); // "regionaux" → "regional"
    if (w.endsWith(u"s") && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is")
        && !w.endsWith(u"os"))
        return w.left(w.size() - 1);
    return w;
}

bool MeasureReader::stockHead(const QString &noun)
{
    return stockNoun(noun.section(u' ', 0, 0));
}

bool MeasureReader::holdingEvent(const QString &event)
{
    return event.startsWith(holdingPrefix());
}

QString MeasureReader::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Whole:
        return QStringLiteral("whole");
    case Scope::Part:
        return QStringLiteral("part");
    case Scope::Increment:
        return QStringLiteral("increment");
    case Scope::Target:
        return QStringLiteral("target");
    case Scope::PerPeriod:
        return QStringLiteral("per_period");
    case Scope::Change:
        return QStringLiteral("change");
    }
    return {};
}

QList<Measure> MeasureReader::read(const Article &article)
{
    QList<Measure> out(article.claims.size());
    // What the reading of a figure carries to the next is its paragraph's: a long article's
    // paragraphs are read in ranges, in parallel, each by a copy of the article's reading (its
    // word sets are shared, not copied), its figures in their order.
    const ArticleReading whole(article);
    Measure *measures = out.data(); // each range writes its own figures' measures
    // A paragraph costs as many readings as it has figures (a page may be one paragraph of
    // percentages).
    QList<qsizetype> figures(article.paragraphs.size(), 0);
    for (const Claim &c : article.claims) {
        if (c.paragraph >= 0 && c.paragraph < figures.size())
            ++figures[c.paragraph];
    }
    // (Claims in text order, as extraction gives them: each range reads its own from the first of
    // its paragraphs on, not every claim of the article.)
    const auto byParagraph = [](const Claim &a, const Claim &b) {
        return a.paragraph < b.paragraph;
    };
    const bool inOrder = std::is_sorted(article.claims.cbegin(), article.claims.cend(), byParagraph);
    Parallel::forWeightedRanges(
        figures.size(), [&figures](qsizetype p) { return figures[p]; }, 32,
        [&](qsizetype begin, qsizetype end) {
            ArticleReading reading = whole;
            qsizetype first = 0;
            if (inOrder)
                first = std::partition_point(article.claims.cbegin(), article.claims.cend(),
                                             [begin](const Claim &c) { return c.paragraph < begin; })
                    - article.claims.cbegin();
            for (qsizetype ci = first; ci < article.claims.size(); ++ci) {
                const int p = article.claims[ci].paragraph;
                if (inOrder && p >= end)
                    break;
                if (p < begin || p >= end)
                    continue;
                if (std::optional<Measure> m = reading.read(int(ci)))
                    measures[ci] = std::move(*m);
            }
        });
    // A change the article says elsewhere is averaged over a year is that average wherever it
    // gives its value again without saying so: "L'inflation a ralenti à 5,9 % en 2023", then "le
    // taux d'inflation, calculé sur toute l'année 2023, est ressorti à +5,9 %".
    QSet<QString> averaged;
    auto keyOf = [&article](qsizetype i, const Measure &m) -> QString {
        return QString::number(article.claims[i].value, 'g', 12) + u'|' + m.owner + u'|' + m.noun + u'|'
            + m.unit;
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].annualAverage)
            averaged.insert(keyOf(i, out[i]));
    }
    for (qsizetype i = 0; i < out.size() && !averaged.isEmpty(); ++i) {
        Measure &m = out[i];
        if (m.scope == Scope::Change && !m.annualAverage && !m.overMonth && !m.overQuarter
            && averaged.contains(keyOf(i, m))) {
            m.annualAverage = true;
            m.period = Period::Unspecified;
        }
    }
    return out;
}
