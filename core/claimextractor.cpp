#include "claimextractor.h"

#include "metricassigner.h"

#include "frenchdates.h"
#include "numberreader.h"
#include "qualifierdetector.h"
#include "sentencesplitter.h"
#include "speakerresolver.h"
#include "stringpool.h"
#include "textutil.h"
#include "unitdetector.h"

#include <QRegularExpression>

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

// A date a figure may refer to, found in its paragraph.
struct DateMention
{
    qsizetype start;
    qsizetype end;
    PartialDate date;
    bool since = false;    // "depuis le 1er décembre 2022": a start, not an as-of date
    bool explicitYear = true; // the text wrote the year ("mars 2025", "en 2021")
};

struct Candidate
{
    NumberToken token;
    bool used = false;
};

// "Agences" → "agences", but "TNS" and "AMO" stay as they are.
QString lowerFirst(const QString &word)
{
    if (word.size() > 1 && word[0].isUpper() && word[1].isLower())
        return word[0].toLower() + word.mid(1);
    return word;
}

bool isSentencePunct(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'—' || c == u'–';
}

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
    return e >= 3 && (folded[e - 1] == u'e' || folded[e - 1] == u'\'') && folded[e - 2] == u'd' && TextUtil::isSpace(folded[e - 3]);
}

// The folded word just before `pos` (skipping spaces and the apostrophe of "d'"), and where
// it starts; empty when a punctuation mark comes first.
QStringView previousWord(QStringView text, qsizetype pos, char16_t (&buffer)[32], qsizetype *wordStart = nullptr)
{
    qsizetype e = pos;
    while (e > 0 && TextUtil::isSpace(text[e - 1]))
        --e;
    qsizetype b = e;
    while (b > 0 && e - b < 31 && (TextUtil::isLetterFast(text[b - 1]) || text[b - 1] == u'°' || text[b - 1] == u'º'))
        --b;
    if (wordStart)
        *wordStart = b;
    for (qsizetype k = b; k < e; ++k)
        buffer[k - b] = TextUtil::foldChar(text[k].unicode());
    return QStringView(buffer, e - b);
}

// Numbers that name something instead of counting it: "article 12", "loi n° 65", "épisode 89".
bool afterIdentifierWord(QStringView text, qsizetype start)
{
    static const FoldedWordSet words(QStringList{
        QStringLiteral("n°"), QStringLiteral("nº"), QStringLiteral("no"), QStringLiteral("numero"), QStringLiteral("num"),
        QStringLiteral("article"), QStringLiteral("articles"), QStringLiteral("art"), QStringLiteral("loi"), QStringLiteral("decret"),
        QStringLiteral("dahir"), QStringLiteral("arrete"), QStringLiteral("circulaire"), QStringLiteral("chapitre"), QStringLiteral("alinea"),
        QStringLiteral("page"), QStringLiteral("pages"), QStringLiteral("p"), QStringLiteral("episode"), QStringLiteral("ep"),
        QStringLiteral("saison"), QStringLiteral("version"), QStringLiteral("tome"), QStringLiteral("volume"), QStringLiteral("vol"),
        QStringLiteral("annexe"), QStringLiteral("tableau"), QStringLiteral("figure"), QStringLiteral("phase"), QStringLiteral("etape"),
        QStringLiteral("lot"), QStringLiteral("ref"), QStringLiteral("reference"), QStringLiteral("code"), QStringLiteral("rubrique"),
        QStringLiteral("paragraphe"), QStringLiteral("§"), QStringLiteral("promotion"), QStringLiteral("legislature"), QStringLiteral("niveau"),
        QStringLiteral("categorie"), QStringLiteral("classe"), QStringLiteral("route"), QStringLiteral("rn"), QStringLiteral("km"),
        QStringLiteral("kilometre"), QStringLiteral("ligne"), QStringLiteral("bus"), QStringLiteral("salle"), QStringLiteral("bureau"),
        QStringLiteral("porte"), QStringLiteral("terminal"), QStringLiteral("zone"), QStringLiteral("question")});
    char16_t buffer[32];
    qsizetype e = start;
    while (e > 0 && (TextUtil::isSpace(text[e - 1]) || text[e - 1] == u'.'))
        --e;
    if (e > 0 && (text[e - 1] == u'°' || text[e - 1] == u'º' || text[e - 1] == u'§'))
        return true; // "n° 12", "n°12", "§ 3"
    return words.contains(previousWord(text, e, buffer));
}

// Words a paragraph must hold for some passes to be worth running: the time units of "il y a
// trois ans", the words of the relative dates ("à ce jour", "l'an dernier") and of the
// fractions ("la moitié", "un sur trois"). One look-up per word tells which are there.
const QStringList &agoUnitWords()
{
    static const QStringList words{QStringLiteral("ans"),   QStringLiteral("annees"),    QStringLiteral("mois"),   QStringLiteral("semaines"),
                                   QStringLiteral("jours"), QStringLiteral("decennies"), QStringLiteral("siecles")};
    return words;
}

const QStringList &relativeDateWords()
{
    static const QStringList words{QStringLiteral("present"), QStringLiteral("jour"),   QStringLiteral("actuelle"), QStringLiteral("actuellement"),
                                   QStringLiteral("aujourd"), QStringLiteral("desormais"), QStringLiteral("date"),  QStringLiteral("annee"),
                                   QStringLiteral("an"),      QStringLiteral("mois"),   QStringLiteral("maintenant")};
    return words;
}

const QStringList &fractionWords()
{
    static const QStringList words{QStringLiteral("moitie"),    QStringLiteral("tiers"),      QStringLiteral("quart"),  QStringLiteral("quarts"),
                                   QStringLiteral("sur"),       QStringLiteral("cinquieme"), QStringLiteral("cinquiemes"), QStringLiteral("dixieme")};
    return words;
}

enum KeyWord : int { AgoUnit = 1, RelativeDateWord = 2, FractionWord = 4 };

int keyWordsIn(const FoldedWords &words)
{
    static const FoldedWordSet set = [] {
        QHash<QString, int> bits;
        for (const QString &w : agoUnitWords())
            bits[w] |= AgoUnit;
        for (const QString &w : relativeDateWords())
            bits[w] |= RelativeDateWord;
        for (const QString &w : fractionWords())
            bits[w] |= FractionWord;
        FoldedWordSet out;
        for (auto it = bits.cbegin(); it != bits.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }();
    int mask = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int v = set.value(words, i);
        if (v > 0)
            mask |= v;
    }
    return mask;
}

// "il y a trois ans", "depuis deux ans", "trois ans après": a relative date, not a measure.
// Read on words: an opener ("il y a", "voici", "depuis"), one to four words, a time unit; or
// a time unit followed by "après", "plus tard".
QList<TextSpan> agoSpans(QStringView text, const FoldedWords &words)
{
    static const FoldedWordSet units(agoUnitWords());
    QList<TextSpan> out;
    const qsizetype n = words.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!units.contains(words, i))
            continue;
        // Opener within the five words before the unit.
        for (qsizetype k = i - 1; k >= 0 && k >= i - 5; --k) {
            const QStringView w = words.folded(k);
            const bool ilYA = w == u"a" && k >= 2 && words.folded(k - 1) == u"y" && words.folded(k - 2) == u"il";
            if (ilYA || w == u"voici" || w == u"voila" || w == u"depuis") {
                out.append(TextSpan{words.start(ilYA ? k - 2 : k), words.end(i)});
                break;
            }
        }
        // "trois ans après", "deux ans plus tard": the number is one or two words before.
        if (i + 1 < n && i >= 1) {
            const QStringView next = words.folded(i + 1);
            const bool later = next == u"apres" || next == u"auparavant"
                || (i + 2 < n && next == u"plus" && (words.folded(i + 2) == u"tard" || words.folded(i + 2) == u"tot"));
            if (later)
                out.append(TextSpan{words.start(i - 1), words.end(i + 1)});
        }
    }
    // Digits are not words: "il y a 3 ans" and "3 ans après" need the number itself covered.
    for (TextSpan &span : out) {
        qsizetype b = span.start;
        while (b > 0 && (text[b - 1].isDigit() || TextUtil::isSpace(text[b - 1])))
            --b;
        span.start = qMin(span.start, b);
    }
    return out;
}

// Shares written as fractions: "la moitié des", "deux tiers des", "un quart de", "un Français
// sur trois", "une clinique sur deux". They become percentages, rounded to two decimals.
// (Called where one of fractionWords() stands.)
QList<NumberToken> fractionTokens(QStringView text)
{
    static const RE re(QStringLiteral("(?<![\\p{L}])(?:(?<half>la|une) moitié|(?<third>un|le|deux) tiers|(?<quarter>un|le|trois) quarts?"
                                      "|(?<fifth>un|le|deux|trois|quatre) cinquièmes?|(?<dixieme>un|le) dixième"
                                      "|(?<one>un|une)[ \\x{00A0}]+(?:[\\p{L}'’-]+[ \\x{00A0}]+){1,2}?sur[ \\x{00A0}]+(?<den>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|\\d+))"
                                      "(?![\\p{L}])"),
                       kOptions);
    static const RE ofAfter(QStringLiteral("^[ \\x{00A0}]+(?:de|des|du|d['’])(?![\\p{L}])"), kOptions);
    QList<NumberToken> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        double share = 0;
        auto count = [](QStringView w) {
            const int v = NumberReader::wordValue(w);
            return v > 0 ? v : 1;
        };
        if (m.capturedLength(u"one")) {
            const QStringView den = m.capturedView(u"den");
            const double d = den[0].isDigit() ? den.toDouble() : NumberReader::wordValue(den);
            if (d < 2)
                continue;
            share = 1.0 / d;
        } else {
            // "la moitié", "deux tiers" must be a share *of* something, or of the figure before
            // ("dont près de la moitié concernent…").
            static const RE ofBefore(QStringLiteral("(?:dont|soit)(?:\\s+(?:près de|plus de|environ|presque|quasiment|moins de))?\\s*$"), kOptions);
            if (!ofAfter.match(text.mid(m.capturedEnd(), 8)).hasMatch()
                && !ofBefore.match(text.mid(qMax<qsizetype>(0, m.capturedStart() - 24), qMin<qsizetype>(m.capturedStart(), 24))).hasMatch())
                continue;
            if (m.capturedLength(u"half"))
                share = 0.5;
            else if (m.capturedLength(u"third"))
                share = count(m.capturedView(u"third")) / 3.0;
            else if (m.capturedLength(u"quarter"))
                share = count(m.capturedView(u"quarter")) / 4.0;
            else if (m.capturedLength(u"fifth"))
                share = count(m.capturedView(u"fifth")) / 5.0;
            else
                share = 0.1;
        }
        NumberToken t;
        t.start = m.capturedStart();
        t.end = t.numberEnd = m.capturedEnd();
        t.form = NumberToken::Form::Words;
        t.value = std::round(share * 10000.0) / 100.0;
        t.percent = true;
        t.fraction = true;
        out.append(t);
    }
    return out;
}

QList<TextSpan> phoneSpans(QStringView text)
{
    // A phone number has nine digits at least: most paragraphs have fewer, and skip the pattern.
    // (Two loops the compiler vectorises: ASCII digits, then whether a character of a block
    // with other digits, which the pattern's \d reads too, is there at all.)
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    int asciiDigits = 0;
    for (qsizetype i = 0; i < n; ++i)
        asciiDigits += unsigned(units[i] - u'0') < 10u;
    if (asciiDigits < 9) {
        unsigned otherBlocks = 0; // U+0660 to U+1FFF, from U+A620 on
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned u = units[i];
            otherBlocks |= unsigned(u - 0x660u < 0x19A0u) | unsigned(u >= 0xA620u);
        }
        if (!otherBlocks)
            return {};
        int digitCount = 0;
        for (const QChar ch : text)
            digitCount += ch.isDigit();
        if (digitCount < 9)
            return {};
    }
    static const RE re(QStringLiteral("(?:(?:\\+|00)\\s?\\d{2,3}|\\(\\+\\d{2,3}\\))[\\s.\\-]?(?:\\(0\\)[\\s.\\-]?)?\\d(?:[\\s.\\-]?\\d){7,10}"
                                      "|(?<![\\d,.])0\\d{1,3}(?:[\\s.\\-]?\\d{2,4}){2,4}(?!\\d|,\\d)"),
                       RE::UseUnicodePropertiesOption);
    QList<TextSpan> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        int digits = 0;
        for (QChar ch : m.capturedView())
            digits += ch.isDigit();
        // A national number has nine or ten digits; an international one more.
        if (digits >= 9 && digits <= 15)
            out.append(TextSpan{m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

// `spans` sorted by start and not overlapping much; tokens are asked in increasing order.
bool overlapsAny(const QList<TextSpan> &spans, qsizetype start, qsizetype end, qsizetype &hint)
{
    while (hint < spans.size() && spans[hint].end <= start)
        ++hint;
    for (qsizetype i = hint; i < spans.size() && spans[i].start < end; ++i) {
        if (start < spans[i].end)
            return true;
    }
    return false;
}

// "depuis le 1er décembre 2022", "à partir de 2022", "dès 2021", "à compter du 1er janvier".
bool isSinceBefore(QStringView text, qsizetype dateStart)
{
    char16_t buffer[32];
    qsizetype wordStart = 0;
    QStringView word = previousWord(text, dateStart, buffer, &wordStart);
    if (word == u"du" || word == u"de" || word == u"le" || word == u"la" || word == u"l" || word == u"d") {
        if (wordStart > 0 && (text[wordStart - 1] == u'\'' || text[wordStart - 1] == u'’'))
            --wordStart;
        word = previousWord(text, wordStart, buffer, &wordStart);
    }
    if (word == u"depuis" || word == u"des")
        return true;
    if (word == u"partir" || word == u"compter") {
        char16_t second[32];
        return previousWord(text, wordStart, second) == u"a";
    }
    return false;
}

// Phrases that mean "as of the reference date" or a date relative to it. (Called where one of
// relativeDateWords() stands.)
QList<DateMention> relativeDates(QStringView text, PartialDate reference)
{
    QList<DateMention> out;
    if (reference.isNull())
        return out;
    static const RE now(QStringLiteral("\\b(?:jusqu['’]\\s*(?:à|a) (?:présent|ce jour|aujourd['’]hui|maintenant)|à ce jour|à l['’]heure actuelle"
                                       "|actuellement|aujourd['’]hui|désormais|à date|depuis le début de l['’]année|cette année|l['’]an dernier"
                                       "|l['’]année dernière|l['’]an passé|l['’]année passée|le mois dernier)\\b"),
                        kOptions);
    auto it = now.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString f = TextUtil::fold(m.capturedView());
        PartialDate d{reference.year, reference.month, 0};
        if (f.contains(u"cette annee"))
            d = PartialDate{reference.year, 0, 0};
        else if (f.contains(u"an dernier") || f.contains(u"annee derniere") || f.contains(u"an passe") || f.contains(u"annee passee"))
            d = PartialDate{qint16(reference.year - 1), 0, 0};
        else if (f.contains(u"mois dernier") && reference.hasMonth())
            d = reference.month == 1 ? PartialDate{qint16(reference.year - 1), 12, 0} : PartialDate{reference.year, qint8(reference.month - 1), 0};
        out.append(DateMention{m.capturedStart(), m.capturedEnd(), d, false, false});
    }
    return out;
}

struct Context
{
    const Article &article;
    int paragraph;
    QStringView text; // the paragraph
    qsizetype offset; // of the paragraph in the article
    bool boilerplate;
    bool heading;
    PartialDate reference;
    QList<DateMention> dates;
    QList<TextSpan> sentences;
    // A row of a table whose header gives a year per column ("Indicateur\t2023\t2024").
    QList<PartialDate> columnDates; // per column, when this paragraph is such a row
    QString rowLabel;
    QStringList speakers;       // per sentence: the attribution it holds
    QStringList nearestSpeaker; // per sentence: its own, else the nearest in the paragraph
};

// For each sentence, its attribution or the nearest one in the paragraph (earlier on a tie).
QStringList nearestSpeakers(const QStringList &speakers)
{
    const qsizetype n = speakers.size();
    QList<qsizetype> before(n, -1), after(n, -1);
    for (qsizetype i = 0, last = -1; i < n; ++i) {
        if (!speakers[i].isEmpty())
            last = i;
        before[i] = last;
    }
    for (qsizetype i = n - 1, next = -1; i >= 0; --i) {
        if (!speakers[i].isEmpty())
            next = i;
        after[i] = next;
    }
    QStringList out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype b = before[i], a = after[i];
        if (b < 0 && a < 0)
            out.append(QString());
        else if (a < 0 || (b >= 0 && i - b <= a - i))
            out.append(speakers[b]);
        else
            out.append(speakers[a]);
    }
    return out;
}

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
    const DateMention *lo = std::lower_bound(begin, end, from, [](const DateMention &d, qsizetype p) { return d.start < p; });
    const DateMention *hi = std::lower_bound(lo, end, to, [](const DateMention &d, qsizetype p) { return d.start < p; });
    return {lo, hi};
}

bool isYear(const NumberToken &t, QStringView text)
{
    if (t.form != NumberToken::Form::Digits || t.grouped || t.decimal || t.integerDigits != 4 || t.scale != 1 || t.percent
        || t.currencyInToken || t.value < 1900 || t.value > 2100)
        return false;
    // "2025 dossiers" counts; "en 2025", "CAN 2025", "2025." are years.
    static const FoldedWordSet datePrepositions(QStringList{
        QStringLiteral("en"), QStringLiteral("depuis"), QStringLiteral("de"), QStringLiteral("d"), QStringLiteral("pour"), QStringLiteral("a"),
        QStringLiteral("au"), QStringLiteral("fin"), QStringLiteral("debut"), QStringLiteral("mi"), QStringLiteral("an"), QStringLiteral("annee"),
        QStringLiteral("exercice"), QStringLiteral("horizon"), QStringLiteral("ici"), QStringLiteral("vers"), QStringLiteral("avant"),
        QStringLiteral("apres"), QStringLiteral("entre"), QStringLiteral("et"), QStringLiteral("des"), QStringLiteral("titre"),
        QStringLiteral("budget"), QStringLiteral("plf"), QStringLiteral("lf"), QStringLiteral("finances"), QStringLiteral("saison"),
        QStringLiteral("edition"), QStringLiteral("mondial"), QStringLiteral("can"), QStringLiteral("vision"), QStringLiteral("agenda"),
        QStringLiteral("programme"), QStringLiteral("plan"), QStringLiteral("strategie"), QStringLiteral("jusqu"), QStringLiteral("ou"),
        QStringLiteral("sur"), QStringLiteral("durant"), QStringLiteral("pendant"), QStringLiteral("dans")});
    if (t.start > 0 && text[t.start - 1] == u'(')
        return true;
    char16_t buffer[32];
    if (datePrepositions.contains(previousWord(text, t.start, buffer)))
        return true;
    const UnitInfo unit = UnitDetector::detect(t, text.left(t.start), text.mid(t.end));
    return unit.kind != ClaimKind::Count || FrenchDates::monthFromName(unit.unit) != 0;
}

bool isSkipped(const NumberToken &t, QStringView text)
{
    if (t.ordinal || t.time || t.glued || t.article)
        return true;
    // "05", "007": leading zeros belong to codes and phone numbers, not quantities.
    if (t.form == NumberToken::Form::Digits && t.integerDigits > 1 && text[t.start] == u'0' && !t.decimal)
        return true;
    if (afterIdentifierWord(text, t.start))
        return true;
    // "24/7", "3/4", "12/2024": fractions and codes.
    if (t.joinerAfter == u'/' || (t.start > 1 && text[t.start - 1] == u'/' && text[t.start - 2].isDigit()))
        return true;
    // "[1]", "(2)": note calls.
    if (t.start > 0 && t.end < text.size() && ((text[t.start - 1] == u'[' && text[t.end] == u']')))
        return true;
    return false;
}

class ParagraphExtractor
{
public:
    ParagraphExtractor(Context &context, QList<Claim> &out) : c(context), m_out(out) { }

    void run(QList<Candidate> &cands)
    {
        for (int i = 0; i < cands.size(); ++i) {
            // A denominator read with the figure before it: "7,4 lits pour 10 000 habitants".
            if (cands[i].token.start < m_consumedUntil)
                cands[i].used = true;
            if (cands[i].used)
                continue;
            if (i + 1 < cands.size() && tryPair(cands[i], cands[i + 1]))
                continue;
            single(cands[i]);
        }
    }

private:
    Claim base(const NumberToken &t)
    {
        Claim claim;
        claim.start = qint32(c.offset + t.start);
        claim.end = qint32(c.offset + t.end);
        claim.paragraph = c.paragraph;
        claim.boilerplate = c.boilerplate;
        claim.value = t.unreadable ? std::numeric_limits<double>::quiet_NaN() : t.value;
        return claim;
    }

    TextSpan sentenceSpan(qsizetype pos) const { return c.sentences.isEmpty() ? TextSpan{0, c.text.size()} : c.sentences[sentenceOf(c, pos)]; }

    // `subjectFrom`: for the end of an evolution, where its subject noun may stand.
    UnitInfo unitOf(const NumberToken &t, qsizetype afterEnd = -1)
    {
        const TextSpan s = sentenceSpan(t.start);
        const qsizetype end = afterEnd >= 0 ? afterEnd : s.end;
        return UnitDetector::detect(t, c.text.mid(s.start, t.start - s.start), c.text.mid(t.end, qMax<qsizetype>(0, end - t.end)));
    }

    // `preset`: a unit decided for a pair (range, evolution).
    void describe(Claim &claim, const NumberToken &t, bool evolutionStart = false, const UnitInfo *preset = nullptr)
    {
        const TextSpan s = sentenceSpan(t.start);
        const QStringView before = c.text.mid(s.start, t.start - s.start);
        UnitInfo unit = preset ? *preset : unitOf(t);
        if (unit.consumedEnd >= 0)
            m_consumedUntil = t.end + unit.consumedEnd;
        if (!c.rowLabel.isEmpty() && unit.unit.isEmpty())
            unit = rowUnit(claim);
        if (unit.kind == ClaimKind::Other && !t.percent)
            unit = inheritUnit(t, before, unit);
        if (t.approximate && unit.kind == ClaimKind::Other)
            unit.kind = ClaimKind::Count;
        claim.kind = unit.kind;
        claim.unit = StringPool::intern(unit.unit);
        claim.per = StringPool::intern(unit.per);
        claim.qualifier = t.approximate ? Qualifier::About : QualifierDetector::before(before);
        resolveDate(claim, t, evolutionStart);
        if (!c.columnDates.isEmpty()) {
            const qsizetype column = c.text.left(t.start).count(u'\t') - 1;
            if (column >= 0 && column < c.columnDates.size())
                claim.asOf = c.columnDates[column];
        }
        claim.speaker = StringPool::intern(speakerFor(t.start));
        if (!t.unreadable && (claim.kind == ClaimKind::Count || claim.kind == ClaimKind::Other) && t.form == NumberToken::Form::Digits
            && unit.unit.isEmpty() && claim.value == 0)
            claim.kind = ClaimKind::Other;
    }

    // A table cell's unit comes from its row label: "Prestations AMO (MMDH)", "Taux (%)",
    // "Assurés actifs" (the label's noun). A scale in parentheses applies to the value.
    UnitInfo rowUnit(Claim &claim) const
    {
        static const RE parenthesis(QStringLiteral("\\((?<u>[^)]{1,20})\\)\\s*$"), kOptions);
        UnitInfo unit;
        const auto m = parenthesis.match(c.rowLabel);
        const QString inside = m.hasMatch() ? TextUtil::fold(m.captured(u"u")).trimmed() : QString();
        const QString noun = lowerFirst(c.rowLabel.section(u' ', 0, 0));
        double scale = 1;
        if (inside == u"%") {
            unit.kind = ClaimKind::Percent;
            unit.unit = QStringLiteral("%");
            return unit;
        }
        if (inside == u"mmdh" || inside == u"mds dh" || inside == u"milliards de dh" || inside == u"milliards de dirhams")
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

    // A number without its own noun counts what the sentence is about: "le nombre d'inscrits
    // a dépassé 1,7 million", "dont plus de 300.000 …", "Parmi ces dossiers, 12 millions …".
    UnitInfo inheritUnit(const NumberToken &t, QStringView before, UnitInfo unit)
    {
        // "24,9 millions de personnes …, contre 23,6 millions", "dont 300.000": the figure it
        // is set against counts the same thing.
        static const RE connector(QStringLiteral("(?:^|[^\\p{L}])(?:contre|dont|soit|et|ou|face à|par rapport à|comparé à|comparativement à)"
                                                 "(?:\\s+(?:plus de|près de|environ|quelque|moins de|au moins|seulement))?\\s*$"),
                                  kOptions);
        const auto conn = connector.match(before.right(40));
        if (conn.hasMatch()) {
            const bool subset = conn.captured().contains(QStringLiteral("dont"));
            const TextSpan s = sentenceSpan(t.start);
            int looked = 0;
            for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph && ++looked < 24; ++it) {
                if (it->start - c.offset < s.start)
                    break;
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
        // "Bénéficiaires AMO Tadamon à fin décembre 2024 : 11,6 millions": the label's noun.
        static const RE label(QStringLiteral("^\\s*(?<noun>\\p{L}[\\p{L}'’-]+)[^:]{0,120}?\\s?:\\s*(?:plus de |près de |environ )?$"), kOptions);
        // (A label is short: a long prefix is a sentence, and is not scanned, which keeps this
        // linear in the paragraph's length.)
        const auto lm = before.size() <= 160 ? label.match(before) : QRegularExpressionMatch();
        if (lm.hasMatch()) {
            unit.unit = lowerFirst(lm.captured(u"noun"));
            unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
            return unit;
        }
        const QString noun = UnitDetector::nounFromBefore(before);
        if (!noun.isEmpty()) {
            unit.unit = noun;
            unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
            return unit;
        }
        static const RE parmi(QStringLiteral("\\bparmi (?:ces|les|lesquels|lesquelles)\\s+(\\p{L}+)"), kOptions);
        const auto m = parmi.match(before.right(200));
        if (m.hasMatch() && !m.captured(1).startsWith(u"lesquel")) {
            unit.unit = m.captured(1).toLower();
            unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
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
        static const RE dont(QStringLiteral("\\b(?:dont|parmi eux|parmi elles|soit)\\b[^.]*$"), kOptions);
        if (sameSentence || dont.match(before.right(200)).hasMatch() || t.form == NumberToken::Form::Digits) {
            unit.unit = previous->unit;
            unit.kind = previous->kind == ClaimKind::Ratio && unit.per.isEmpty() ? ClaimKind::Count : previous->kind;
            if (!unit.per.isEmpty() && unit.kind == ClaimKind::Count)
                unit.kind = ClaimKind::Ratio;
            if (t.scale == 1 && previous->kind == ClaimKind::Money && t.value < 1000)
                return UnitInfo{}; // "3 agences … 200": too far apart to share a currency
        }
        return unit;
    }

    // Dates in [m_excludeFrom, m_excludeTo) belong to another figure (the other end of an
    // evolution): they are not this one's.
    qsizetype m_excludeFrom = 0;
    qsizetype m_excludeTo = 0;

    void resolveDate(Claim &claim, const NumberToken &t, bool evolutionStart)
    {
        const int si = c.sentences.isEmpty() ? 0 : sentenceOf(c, t.start);
        const TextSpan s = sentenceSpan(t.start);
        // Rule 1: a date in the sentence, same clause first, after before before, nearest first.
        const DateMention *best = nullptr;
        int bestRank = 99;
        qsizetype bestDistance = 0;
        bool sinceSeen = false;
        // Dates far from the figure in a very long sentence do not date it.
        constexpr qsizetype kReach = 400;
        const auto [first, last] = datesIn(c, qMax(s.start, t.start - kReach), qMin(s.end, t.end + kReach));
        for (const DateMention *dp = first; dp != last; ++dp) {
            const DateMention &d = *dp;
            if (d.since) {
                sinceSeen = true;
                if (claim.since.isNull())
                    claim.since = d.date;
                continue;
            }
            if ((d.start < t.end && d.end > t.start) || (d.start >= m_excludeFrom && d.start < m_excludeTo))
                continue;
            const bool afterIt = d.start >= t.end;
            const qsizetype from = afterIt ? t.end : d.end;
            const qsizetype to = afterIt ? d.start : t.start;
            bool sameClause = true;
            for (qsizetype k = from; k < to; ++k) {
                if (isSentencePunct(c.text[k])) {
                    sameClause = false;
                    break;
                }
            }
            const int rank = (sameClause ? 0 : 2) + (afterIt ? 0 : 1);
            const qsizetype distance = to - from;
            if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
                best = &d;
                bestRank = rank;
                bestDistance = distance;
            }
        }
        if (best) {
            claim.asOf = best->date;
            return;
        }
        if (!sinceSeen) {
            // Rule 3: carried from the nearest earlier sentence of the paragraph with a date.
            if (si > 0 && !c.sentences.isEmpty()) {
                const auto [first, last] = datesIn(c, 0, c.sentences[si].start);
                for (const DateMention *d = last; d != first;) {
                    --d;
                    if (!d->since) {
                        claim.asOf = d->date;
                        return;
                    }
                }
            }
        }
        // Rule 4: the reference date, month precision; the start of an evolution is older.
        if (!evolutionStart && !c.article.published.isNull())
            claim.asOf = PartialDate{c.article.published.year, c.article.published.month, 0};
    }

    QString speakerFor(qsizetype pos) const
    {
        if (c.boilerplate || c.speakers.isEmpty())
            return {};
        return c.nearestSpeaker.value(sentenceOf(c, pos));
    }

    void single(Candidate &cand)
    {
        cand.used = true;
        const NumberToken &t = cand.token;
        const bool multiplier = isMultiplier(t);
        if (t.isSmallWordNumber() && !multiplier) {
            // "trois agences" is a claim; "un hôpital neuf", "à trois" are not; "17 établissements
            // …, et trois ont été sanctionnés" counts the same thing as the figure before it.
            const UnitInfo unit = UnitDetector::detect(t, {}, c.text.mid(t.end));
            if (unit.unit.isEmpty() && !continuesPreviousFigure(t))
                return;
        }
        Claim claim = base(t);
        describe(claim, t);
        if (multiplier) {
            // "trois fois plus": a ratio between two quantities, without a unit of its own.
            claim.kind = ClaimKind::Other;
            claim.unit.clear();
            claim.per.clear();
        }
        m_out.append(claim);
    }

    static bool isMultiplier(const NumberToken &t, QStringView text)
    {
        static const RE fois(QStringLiteral("^\\s+fois\\b"), kOptions);
        return fois.match(text.mid(t.end, 12)).hasMatch();
    }
    bool isMultiplier(const NumberToken &t) const { return isMultiplier(t, c.text); }

    // "…, et trois ont été", "dont deux": a number word right after a connector, with a figure
    // earlier in its sentence.
    bool continuesPreviousFigure(const NumberToken &t) const
    {
        static const RE connector(QStringLiteral("(?:^|[^\\p{L}])(?:et|dont|mais|contre|soit|ou)\\s*$"), kOptions);
        if (!connector.match(c.text.mid(qMax<qsizetype>(0, t.start - 12), qMin<qsizetype>(t.start, 12))).hasMatch())
            return false;
        const TextSpan s = sentenceSpan(t.start);
        return !m_out.isEmpty() && m_out.last().paragraph == c.paragraph && m_out.last().start - c.offset >= s.start
            && !m_out.last().unit.isEmpty();
    }

    // Ranges ("entre 500 et 1.200 DH", "de 500 à 1.200 dirhams", "500-1200 DH") and evolutions
    // ("passé de 120 à 174", "de 22 000 en 2021 à plus de 110 000 en décembre 2024").
    bool tryPair(Candidate &a, Candidate &b)
    {
        const NumberToken &x = a.token;
        const NumberToken &y = b.token;
        if (sentenceOf(c, x.start) != sentenceOf(c, y.start) || x.unreadable || y.unreadable)
            return false;
        // "progresse de 8,3% pour atteindre 32,6 MMDH": a rate and an amount are not a pair.
        if ((x.percent && !y.percent) || ((x.mad || x.currencyInToken) && y.percent))
            return false;
        const QString beforeX = foldedTail(c.text, x.start, 60);
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
        // "passé de 120 à 174" moves a figure; "augmentent de 12 à 15%" may give a range of rates.
        static const RE movementVerb(QStringLiteral("(?:pass\\p{L}*|evolu\\p{L}*|grimp\\p{L}*|bondi\\p{L}*|recul\\p{L}*|chut\\p{L}*"
                                                    "|s'est etabli\\p{L}*|monte\\p{L}*|gonfl\\p{L}*|ramen\\p{L}*|porte\\p{L}*|elargi\\p{L}*)"
                                                    "(?:\\s+\\p{L}+){0,3}\\s+d(?:e|')\\s*$"),
                                     kOptions);
        static const RE variationVerb(QStringLiteral("(?:augment\\p{L}*|progress\\p{L}*|baiss\\p{L}*|dimin\\p{L}*|cru|croit|croissent|hausse|baisse)"
                                                     "(?:\\s+\\p{L}+){0,3}\\s+d(?:e|')\\s*$"),
                                      kOptions);
        // Every verb pattern ends with "de" or "d'" after a space: test that first.
        const bool afterDe = endsWithDe(beforeX);
        const bool movement = afterDe && (endsWith(beforeX, movementVerb) || (endsWith(beforeX, variationVerb) && !y.percent));
        static const RE toGap(QStringLiteral("^\\s*(?:[\\p{L}€$£%]+\\s+){0,2}?(?:en|au|fin|a fin|courant|,|\\s)*\\s*(?:a|pour atteindre|pour s'etablir a)\\s+(?:plus de|pres de|environ|moins de|quelque|au moins)?\\s*$"),
                                kOptions);
        static const RE andGap(QStringLiteral("^\\s*(?:\\p{L}+\\s+)?et\\s+$"), kOptions);
        static const RE entre(QStringLiteral("(?:^|[^\\p{L}])entre\\s*$"), kOptions);
        static const RE fromWord(QStringLiteral("(?:^|[^\\p{L}])(?:de|d'|allant de|variant de|oscillant de|va de|vont de)\\s*$"), kOptions);
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
        const bool toLike = lastWord == u"a" || lastWord == u"atteindre" || lastWord == u"de" || lastWord == u"environ"
            || lastWord == u"quelque" || lastWord == u"moins";
        if (toLike && toGap.match(g).hasMatch()) {
            if (movement || datedGap) {
                a.used = b.used = true;
                emitEvolution(x, y);
                return true;
            }
            if ((endsWith(beforeX, fromWord) || (afterDe && endsWith(beforeX, variationVerb))) && !g.contains(u"plus") && !g.contains(u"pres")) {
                a.used = b.used = true;
                emitRange(x, y);
                return true;
            }
            return false;
        }
        if (lastWord == u"et" && andGap.match(g).hasMatch() && endsWith(beforeX, entre)) {
            a.used = b.used = true;
            emitRange(x, y);
            return true;
        }
        return false;
    }

    // The low end of "entre 1,5 et 2 milliards" takes the high end's scale and "%".
    NumberToken shareScale(NumberToken x, const NumberToken &y)
    {
        if (x.scale == 1 && y.scale > 1 && std::abs(x.value) < 1000 && x.form == y.form) {
            x.value *= y.scale;
            x.scale = y.scale;
        }
        x.percent = x.percent || y.percent;
        x.mad = x.mad || y.mad;
        return x;
    }

    void emitRange(const NumberToken &x0, const NumberToken &y)
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

    void emitEvolution(const NumberToken &x0, const NumberToken &y)
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
        m_out.append(from);
        m_out.append(to);
    }

    // "son réseau d'agences, passant de 120 à 174": the plural noun the evolution is about.
    QString subjectNoun(qsizetype xStart) const
    {
        const TextSpan s = sentenceSpan(xStart);
        static const RE noun(QStringLiteral("(?:[Dd]es|[Ll]es|[Dd]['’]|[Dd]e|[Ss]es|[Ll]eurs|[Aa]ux|nombre de)\\s*(\\p{Ll}{3,}[sx])\\b"), RE::UseUnicodePropertiesOption);
        QString found;
        auto it = noun.globalMatch(c.text.mid(s.start, xStart - s.start));
        while (it.hasNext()) {
            const QString w = it.next().captured(1);
            if (!UnitDetector::isTimeUnit(w))
                found = w;
        }
        // "des dossiers de remboursement, qui sont passés de": the head, not its complement.
        static const RE head(QStringLiteral("(?:[Dd]es|[Ll]es)\\s+(\\p{Ll}{3,}[sx])\\s+(?:de|d['’])\\s*\\p{L}+,?\\s+(?:qui\\s+)?(?:\\p{L}+\\s+){0,2}(?:pass|évolu|augment|grimp|progress)\\p{L}*\\s+de\\s*$"),
                             RE::UseUnicodePropertiesOption);
        const auto h = head.match(c.text.mid(s.start, xStart - s.start));
        if (h.hasMatch())
            return h.captured(1);
        return found;
    }

    Context &c;
    QList<Claim> &m_out;
    qsizetype m_consumedUntil = -1;
};

} // namespace

QList<Claim> ClaimExtractor::extract(const Article &article)
{
    return extract(article, ClaimExtractor::words(article));
}

QList<FoldedWords> ClaimExtractor::words(const Article &article)
{
    QList<QStringView> parts;
    parts.reserve(article.paragraphs.size());
    for (const Paragraph &p : article.paragraphs)
        parts.append(QStringView(article.text).mid(p.start, p.length()));
    return FoldedWords::read(parts);
}

QList<Claim> ClaimExtractor::extract(const Article &article, const QList<FoldedWords> &paragraphWords, QList<QList<TextSpan>> *sentences)
{
    Q_ASSERT(paragraphWords.size() == article.paragraphs.size());
    if (sentences)
        *sentences = QList<QList<TextSpan>>(article.paragraphs.size());
    QList<Claim> out;
    SpeakerResolver speakers;
    for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
        const Paragraph &p = article.paragraphs[pi];
        if (!p.isBoilerplate())
            speakers.learn(QStringView(article.text).mid(p.start, p.length()), paragraphWords[pi]);
    }
    PartialDate written; // the latest year the article wrote, when it has no publication date
    QList<PartialDate> tableYears; // the header of the table being read
    for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
        const Paragraph &p = article.paragraphs[pi];
        const QStringView text = QStringView(article.text).mid(p.start, p.length());
        const FoldedWords &words = paragraphWords[pi];
        Context c{article, pi, text, p.start, p.isBoilerplate(), p.kind == ParagraphKind::Heading,
                  article.published.isNull() ? written : article.published, {}, {}, {}, {}, {}, {}};
        // Tables: a header row of years dates the cells of the rows below it.
        if (text.contains(u'\t')) {
            const QList<QStringView> cells = text.split(u'\t');
            QList<PartialDate> years;
            for (qsizetype k = 1; k < cells.size(); ++k) {
                const QStringView cell = cells[k].trimmed();
                const int y = cell.left(4).toInt();
                years.append(cell.size() >= 4 && cell.size() <= 6 && y >= 1900 && y <= 2100 ? PartialDate{qint16(y), 0, 0} : PartialDate{});
            }
            const bool header = !years.isEmpty() && std::all_of(years.cbegin(), years.cend(), [](const PartialDate &d) { return !d.isNull(); });
            if (header) {
                tableYears = years;
            } else if (!tableYears.isEmpty() && cells.size() == tableYears.size() + 1) {
                c.columnDates = tableYears;
                c.rowLabel = cells[0].trimmed().toString();
            }
        } else {
            tableYears.clear();
        }

        const QList<FrenchDates::DateMatch> found = FrenchDates::findAll(text, words, c.reference);
        const int keyWords = keyWordsIn(words);
        QList<TextSpan> protectedSpans = (keyWords & AgoUnit) ? agoSpans(text, words) : QList<TextSpan>();
        protectedSpans += phoneSpans(text);
        for (const auto &d : found) {
            protectedSpans.append(TextSpan{d.start, d.end});

            if (!d.date.isNull())
                c.dates.append(DateMention{d.start, d.end, d.date, isSinceBefore(text, d.start), !d.yearInferred});
        }
        // "jusqu'à présent" means the publication date, not a year guessed from the text.
        if (keyWords & RelativeDateWord)
            c.dates += relativeDates(text, article.published);
        std::sort(protectedSpans.begin(), protectedSpans.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
        qsizetype protectedHint = 0;

        QList<Candidate> candidates;
        QList<TextSpan> numberSpans;
        const NumberToken *previous = nullptr;
        bool previousSkipped = false;
        QList<NumberToken> tokens = NumberReader::scan(text, words);
        // Fractions replace the number words inside them ("deux" of "deux tiers").
        const QList<NumberToken> fractions = (keyWords & FractionWord) ? fractionTokens(text) : QList<NumberToken>();
        if (!fractions.isEmpty()) {
            tokens.removeIf([&](const NumberToken &t) {
                return std::any_of(fractions.cbegin(), fractions.cend(), [&](const NumberToken &f) { return t.start < f.end && f.start < t.end; });
            });
            tokens += fractions;
            std::sort(tokens.begin(), tokens.end(), [](const NumberToken &a, const NumberToken &b) { return a.start < b.start; });
        }
        for (const NumberToken &t : tokens) {
            numberSpans.append(TextSpan{t.start, t.end});
            // "loi-cadre n° 09-21": the number after a skipped one it is joined to goes too.
            const bool chained = previous && previousSkipped && !previous->joinerAfter.isNull() && t.start == previous->end + 1;
            previousSkipped = chained || overlapsAny(protectedSpans, t.start, t.end, protectedHint) || isSkipped(t, text);
            previous = &t;
            if (previousSkipped)
                continue;
            if (isYear(t, text)) {
                c.dates.append(DateMention{t.start, t.end, PartialDate{qint16(t.value), 0, 0}, isSinceBefore(text, t.start), true});
                continue;
            }
            candidates.append(Candidate{t, false});
        }
        std::sort(c.dates.begin(), c.dates.end(), [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
        if (!p.isBoilerplate()) {
            for (const DateMention &d : c.dates) {
                if (d.explicitYear)
                    written = PartialDate{d.date.year, 0, 0};
            }
        }

        c.sentences = SentenceSplitter::split(text, numberSpans);
        if (!p.isBoilerplate()) {
            for (const TextSpan &s : c.sentences) {
                // A paragraph without figures needs its speakers only to follow who is
                // speaking ("Il a ajouté" later): sentences naming no known person are skipped.
                if (candidates.isEmpty() && !speakers.namesSomeone(text, words, s.start, s.end)) {
                    c.speakers.append(QString());
                    continue;
                }
                // Pronouns look back a few sentences at most.
                const qsizetype from = qMax<qsizetype>(0, s.start - 600);
                c.speakers.append(speakers.attributionIn(text, words, s, text.mid(from, s.start - from), c.heading));
            }
            c.nearestSpeaker = nearestSpeakers(c.speakers);
        }
        ParagraphExtractor(c, out).run(candidates);
        if (sentences)
            (*sentences)[pi] = std::move(c.sentences);
    }
    return out;
}

void ClaimExtractor::extractInto(Article &article)
{
    const QList<FoldedWords> words = ClaimExtractor::words(article);
    QList<QList<TextSpan>> sentences;
    article.claims = extract(article, words, &sentences);
    article.claims.squeeze();
    MetricAssigner::assign(article, MetricTaxonomy::bundled(), &words, &sentences);
}
