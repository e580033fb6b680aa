// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/numberreader.h"

#include "text/textutil.h"

#include <cmath>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The spaces French typesetting puts between groups of thousands.
bool isGroupSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x2009 || u == 0x2007;
}

bool isSpaceLike(QChar c)
{
    return isGroupSpace(c) || c == u'\t';
}

// Exact digits: keeps up to 18 significant digits and a decimal exponent.
struct Mantissa
{
    quint64 digits = 0;
    int kept = 0;
    int exponent = 0;

    void addInteger(int d)
    {
        if (kept < 18) {
            digits = digits * 10 + quint64(d);
            if (digits != 0)
                ++kept;
        } else {
            ++exponent;
        }
    }
    void addDecimal(int d)
    {
        if (kept < 18) {
            digits = digits * 10 + quint64(d);
            if (digits != 0)
                ++kept;
            --exponent;
        }
    }
    // NaN when the value overflows a double.
    double value(int scaleExponent) const
    {
        if (digits == 0)
            return 0;
        const int e = exponent + scaleExponent;
        if (kept + e > 308)
            return std::numeric_limits<double>::quiet_NaN();
        static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const double m = double(digits);
        if (e >= 0)
            return e <= 22 ? m * pow10[e] : m * std::pow(10.0, e);
        return -e <= 22 ? m / pow10[-e] : m / std::pow(10.0, -e);
    }
};

struct WordEntry
{
    const char16_t *word;
    int value;
};

// Folded (lower case, no accents) French number words, sorted for binary search.
constexpr WordEntry kWords[] = {
    {u"billion", 1000000},
    {u"billions", 1000000},
    {u"cent", 100},
    {u"cents", 100},
    {u"cinq", 5},
    {u"cinquante", 50},
    {u"deux", 2},
    {u"dix", 10},
    {u"douze", 12},
    {u"huit", 8},
    {u"huitante", 80},
    {u"mille", 1000},
    {u"milliard", 1000000},
    {u"milliards", 1000000},
    {u"million", 1000000},
    {u"millions", 1000000},
    {u"neuf", 9},
    {u"nonante", 90},
    {u"octante", 80},
    {u"onze", 11},
    {u"quarante", 40},
    {u"quatorze", 14},
    {u"quatre", 4},
    {u"quinze", 15},
    {u"seize", 16},
    {u"sept", 7},
    {u"septante", 70},
    {u"six", 6},
    {u"soixante", 60},
    {u"treize", 13},
    {u"trente", 30},
    {u"trois", 3},
    {u"un", 1},
    {u"une", 1},
    {u"vingt", 20},
    {u"vingts", 20},
    {u"zero", 0},
};

struct ApproxEntry
{
    const char16_t *word;
    int value;
};

constexpr ApproxEntry kApprox[] = {
    {u"centaine", 100},  {u"centaines", 100},  {u"cinquantaine", 50}, {u"dizaine", 10},
    {u"dizaines", 10},   {u"douzaine", 12},    {u"douzaines", 12},    {u"millier", 1000},
    {u"milliers", 1000}, {u"quarantaine", 40}, {u"quinzaine", 15},    {u"soixantaine", 60},
    {u"trentaine", 30},  {u"vingtaine", 20},
};

// Folds a short word into `buffer`; false when it is too long to be a number word.
bool foldWord(QStringView word, char16_t *buffer, qsizetype &length)
{
    if (word.size() > 15)
        return false;
    length = word.size();
    for (qsizetype i = 0; i < word.size(); ++i)
        buffer[i] = TextUtil::foldChar(word[i].unicode());
    return true;
}

template<typename Entry, size_t N> FoldedWordSet tableSet(const Entry (&table)[N])
{
    FoldedWordSet set;
    for (const Entry &e : table)
        set.insert(QString::fromUtf16(e.word), e.value);
    return set;
}

template<typename Entry, size_t N> int lookup(const Entry (&table)[N], QStringView word)
{
    static const FoldedWordSet set = tableSet(table);
    char16_t buffer[16];
    qsizetype length = 0;
    if (!foldWord(word, buffer, length))
        return -1;
    return set.value(QStringView(buffer, length));
}

int approxValue(QStringView word)
{
    return lookup(kApprox, word);
}

qsizetype wordEnd(QStringView text, qsizetype i)
{
    while (i < text.size() && TextUtil::isLetterFast(text[i]))
        ++i;
    return i;
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && isSpaceLike(text[i]))
        ++i;
    return i;
}

// Spaces, and a line break: a paragraph's lines were joined where a sentence went on over them
// ("ses 66,8⏎millions de passagers").
qsizetype skipSpacesAndBreaks(QStringView text, qsizetype i)
{
    while (i < text.size() && (isSpaceLike(text[i]) || text[i] == u'\n' || text[i] == u'\r'))
        ++i;
    return i;
}

bool startsWithWord(QStringView text, qsizetype i, QStringView word,
                    Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    if (i + word.size() > text.size())
        return false;
    if (text.mid(i, word.size()).compare(word, cs) != 0)
        return false;
    return i + word.size() == text.size() || !text[i + word.size()].isLetterOrNumber();
}

// A currency right after a number or scale abbreviation: "DH", "Dhs", "€", "$", "MAD", ...
qsizetype currencyAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return 0;
    const QChar c = text[i];
    if (c == u'€' || c == u'$' || c == u'£')
        return 1;
    static constexpr QStringView codes[] = {u"DHS", u"Dhs", u"dhs", u"DH",      u"Dh",    u"dh",
                                            u"MAD", u"EUR", u"USD", u"dirhams", u"euros", u"dollars"};
    for (const QStringView code : codes) {
        if (startsWithWord(text, i, code, Qt::CaseSensitive))
            return code.size();
    }
    return 0;
}

struct Scale
{
    int exponent = 0;
    qsizetype end = 0; // past the scale word (and embedded currency)
    QStringView code; // the currency an abbreviation names: "MMDH", "MDT"
    bool currency = false;
};

// A scale after a number: "millions", "Mds", "MMDH", "M DH", "k€"; `i` is just past the number.
Scale scaleAt(QStringView text, qsizetype i)
{
    Scale s;
    const qsizetype j = skipSpacesAndBreaks(text, i);
    if (j >= text.size() || !text[j].isLetter())
        return s;
    const qsizetype e = wordEnd(text, j);
    const QStringView word = text.mid(j, e - j);
    auto set = [&](int exponent, qsizetype end, QStringView code = {}, bool currency = false) {
        s.exponent = exponent;
        s.end = end;
        s.code = code;
        s.currency = currency || !code.isEmpty();
    };
    char16_t buffer[16];
    qsizetype length = 0;
    if (foldWord(word, buffer, length)) {
        const QStringView f(buffer, length);
        if (f == u"mille")
            set(3, e);
        else if (f == u"million" || f == u"millions")
            set(6, e);
        else if (f == u"milliard" || f == u"milliards")
            set(9, e);
        else if (f == u"billion" || f == u"billions")
            set(12, e);
    }
    if (s.end)
        return s;
    // Abbreviations are case-sensitive: "M" is a million only before a currency.
    if (word == u"MMDH" || word == u"MMDHS" || word == u"MMdh" || word == u"Mmdh" || word == u"MMDHs")
        set(9, e, u"MAD");
    else if (word == u"MDH" || word == u"MDHS" || word == u"Mdh" || word == u"mdh" || word == u"MDHs"
             || word == u"Mdhs")
        set(6, e, u"MAD");
    else if (word == u"KDH" || word == u"kDH")
        set(3, e, u"MAD");
    // Millions of dinars as the Tunisian and Algerian press write them: "880,9 MDT", "3963 MD"
    // ("Md", a milliard, is not "MD"), "150 MDA".
    else if (word == u"MDT")
        set(6, e, u"TND");
    else if (word == u"MD")
        set(6, e, u"dinars");
    else if (word == u"MDA")
        set(6, e, u"DZD");
    else if (word == u"Md" || word == u"Mds" || word == u"Mrd" || word == u"Mrds" || word == u"Mdr"
             || word == u"mds")
        set(9, e);
    else if (word == u"M" || word == u"k" || word == u"K") {
        // "4 M DH", "2M€", "10 k€": with a currency right after; "2,33 k" alone is thousands.
        const qsizetype c = skipSpaces(text, e);
        const qsizetype len = currencyAt(text, c);
        if (len > 0) {
            const QStringView cur = text.mid(c, len);
            // (The currency itself is read after the token; only the dirham's abbreviations are
            // named here, "DH", "Dhs", "dh": not "DT" nor "DA".)
            const bool mad = cur.startsWith(u"DH", Qt::CaseInsensitive) || cur == u"MAD" || cur == u"dirhams";
            set(word == u"M" ? 6 : 3, c + len, mad ? QStringView(u"MAD") : QStringView(), true);
        } else if (word != u"M") {
            set(3, e);
        }
    }
    return s;
}

// "demi", "demie", "un quart", "trois quarts", "un tiers", "deux tiers" at `j`: the fraction and
// where it ends, or {0, 0}.
std::pair<double, qsizetype> fractionAt(QStringView text, qsizetype j)
{
    if (startsWithWord(text, j, u"demi"))
        return {0.5, j + 4};
    if (startsWithWord(text, j, u"demie"))
        return {0.5, j + 5};
    static constexpr struct
    {
        QStringView words;
        double value;
    } kFractions[]
        = {{u"un quart", 0.25}, {u"trois quarts", 0.75}, {u"un tiers", 1.0 / 3}, {u"deux tiers", 2.0 / 3}};
    for (const auto &f : kFractions) {
        if (startsWithWord(text, j, f.words))
            return {f.value, j + f.words.size()};
    }
    return {0, 0};
}

// "et demi", "et demie", "et trois quarts", "et un tiers" after a scale word: the fraction of
// the scale and where it ends, or {0, 0}.
std::pair<double, qsizetype> halfAt(QStringView text, qsizetype i)
{
    qsizetype j = skipSpaces(text, i);
    if (!startsWithWord(text, j, u"et"))
        return {0, 0};
    return fractionAt(text, skipSpaces(text, j + 2));
}

// "%", "pour cent", "pour-cent", "pourcent" after a number; and "pc", the news agency's
// abbreviation ("s'est allégé de 7,2 pc", MAP's style; never a capital "PC").
qsizetype percentAt(QStringView text, qsizetype i)
{
    const qsizetype j = skipSpaces(text, i);
    if (j < text.size() && (text[j] == u'%' || text[j] == QChar(0xFF05)))
        return j + 1;
    if (startsWithWord(text, j, u"pourcent"))
        return j + 8;
    if (j > i && startsWithWord(text, j, u"pc", Qt::CaseSensitive))
        return j + 2;
    if (startsWithWord(text, j, u"pour")) {
        const qsizetype k = j + 4;
        if (k < text.size() && (isGroupSpace(text[k]) || text[k] == u'-')
            && startsWithWord(text, k + 1, u"cent"))
            return k + 5;
    }
    return 0;
}

bool isOrdinalSuffix(QStringView s)
{
    return s == u"er" || s == u"re" || s == u"ère" || s == u"ere" || s == u"e" || s == u"ème" || s == u"eme"
        || s == u"è" || s == u"ᵉ" || s == u"ᵉʳ" || s == u"nd" || s == u"nde" || s == u"ier" || s == u"ière"
        || s == u"emes" || s == u"èmes" || s == u"es";
}

// Units that may be glued to digits without making them an identifier.
bool isGluedUnit(QStringView s)
{
    static constexpr QStringView units[]
        = {u"km",  u"kg",  u"m",   u"ha",  u"t",   u"mn", u"min", u"ans", u"an",  u"j",   u"DH",
           u"Dh",  u"dh",  u"DHS", u"Dhs", u"dhs", u"MW", u"GW",  u"kW",  u"MWh", u"GWh", u"TWh",
           u"kWh", u"MWc", u"GWc", u"Mm",  u"hm",  u"mm", u"Mt",  u"kt",  u"qx"};
    for (const QStringView u : units) {
        if (s == u)
            return true;
    }
    return false;
}

const FoldedWordSet &numberWords()
{
    static const FoldedWordSet set = tableSet(kWords);
    return set;
}

class Scanner
{
public:
    explicit Scanner(QStringView text, const FoldedWords *words = nullptr)
        : m_text(text)
        , m_words(words)
    { }

    QList<NumberToken> run()
    {
        QList<NumberToken> out;
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text[i];
            if (isDigit(c)) {
                NumberToken t = readDigits(i);
                i = qMax(t.end, i + 1);
                out.append(t);
                continue;
            }
            if (TextUtil::isLetterFast(c)) {
                qsizetype e;
                bool candidate;
                while (m_words && m_wordIndex < m_words->size() && m_words->start(m_wordIndex) < i)
                    ++m_wordIndex;
                if (m_words && m_wordIndex < m_words->size() && m_words->start(m_wordIndex) == i) {
                    // The words already read: a number word starts every number read in words.
                    e = m_words->end(m_wordIndex);
                    candidate = e - i >= 2 && e - i <= 12 && numberWords().value(*m_words, m_wordIndex) >= 0;
                } else {
                    e = wordEnd(m_text, i);
                    // Number words are 2 to 12 letters and start with one of these letters.
                    const char16_t first = TextUtil::foldChar(c.unicode());
                    candidate = e - i >= 2 && e - i <= 12
                        && (first == u'b' || first == u'c' || first == u'd' || first == u'h' || first == u'm'
                            || first == u'n' || first == u'o' || first == u'q' || first == u's'
                            || first == u't' || first == u'u' || first == u'v' || first == u'z');
                }
                if (candidate && (i == 0 || !(m_text[i - 1].isLetterOrNumber()))) {
                    NumberToken t;
                    if (readWords(i, t)) {
                        out.append(t);
                        i = t.end;
                        continue;
                    }
                }
                i = e;
                continue;
            }
            ++i;
        }
        joinScales(out);
        return out;
    }

private:
    // "7 millions 976 mille 291 voix", "2 milliards 300 millions": a number written with
    // decreasing scales is one.
    void joinScales(QList<NumberToken> &tokens) const
    {
        for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
            NumberToken &a = tokens[k];
            const NumberToken &b = tokens[k + 1];
            if (a.form != NumberToken::Form::Digits || b.form != NumberToken::Form::Digits || a.scale < 1e3
                || a.percent || b.percent || a.currencyInToken || b.currencyInToken || a.unreadable
                || b.unreadable || a.decimal || b.decimal || a.ordinal || b.ordinal || a.time || b.time
                || a.approximate || b.approximate || b.scale >= a.scale || b.value >= a.scale
                || b.start <= a.end)
                continue;
            bool spaces = true;
            for (qsizetype c = a.end; c < b.start && spaces; ++c)
                spaces = isGroupSpace(m_text[c]);
            if (!spaces || b.start - a.end > 2)
                continue;
            a.value += b.value;
            a.end = b.end;
            a.numberEnd = b.numberEnd;
            a.scale = b.scale;
            a.grouped = a.grouped || b.grouped;
            tokens.removeAt(k + 1);
            --k; // "… mille 291": the next one may join too
        }
    }

    NumberToken readDigits(qsizetype start)
    {
        NumberToken t;
        t.start = start;
        const qsizetype n = m_text.size();
        // A sign directly before: "-3,5 %", "+8,2%", "−2".
        if (start > 0
            && (m_text[start - 1] == u'-' || m_text[start - 1] == QChar(0x2212) || m_text[start - 1] == u'+')
            && (start == 1 || isSpaceLike(m_text[start - 2]) || m_text[start - 2] == u'(')) {
            t.start = start - 1;
        }
        const bool negative = t.start < start && m_text[t.start] != u'+';
        // "(x3)", "x2,2", "×3": a multiplier, its sign part of it, not letters glued to digits.
        const bool times = start > 0
            && (m_text[start - 1] == u'x' || m_text[start - 1] == u'X' || m_text[start - 1] == u'×')
            && (start == 1 || m_text[start - 2] == u'(' || isSpaceLike(m_text[start - 2]));
        if (times)
            t.start = start - 1;
        // ("à110,4 milliards": the preposition alone, its space lost, glues no identifier.)
        const bool preposition
            = start > 0 && m_text[start - 1] == u'à' && (start == 1 || isSpaceLike(m_text[start - 2]));
        if (start > 0 && !times && !preposition
            && (m_text[start - 1].isLetter()
                || (start > 1 && m_text[start - 1] == u'-' && m_text[start - 2].isLetter()))) {
            t.glued = true;
        }
        Mantissa m;
        qsizetype i = start;
        qsizetype firstGroup = 0;
        while (i < n && isDigit(m_text[i])) {
            m.addInteger(m_text[i].unicode() - u'0');
            ++i;
            ++firstGroup;
        }
        t.integerDigits = int(firstGroup);
        // Groups of thousands: ".000", " 000" (any typographic space), ". 255" once.
        if (firstGroup <= 3) {
            QChar groupSeparator;
            bool switched = false; // "8.789 676": the separator changes once, a typo of one number
            while (i < n) {
                qsizetype sepLength = 0;
                QChar sep = m_text[i];
                if (sep == u'.' || isGroupSpace(sep))
                    sepLength = 1;
                if (sep == u'.' && i + 1 < n && isGroupSpace(m_text[i + 1]) && groupSeparator.isNull())
                    sepLength = 2; // "9. 255": a dot and a stray space
                if (!sepLength)
                    break;
                const QChar sepClass = sep == u'.' ? QChar(u'.') : QChar(u' ');
                if (!groupSeparator.isNull() && groupSeparator != sepClass && (switched || sepLength == 2))
                    break;
                const bool switching = !groupSeparator.isNull() && groupSeparator != sepClass;
                const qsizetype g = i + sepLength;
                if (!(g + 2 < n && isDigit(m_text[g]) && isDigit(m_text[g + 1]) && isDigit(m_text[g + 2])))
                    break;
                if (g + 3 < n && isDigit(m_text[g + 3])) {
                    // "1 764637", "7 776291 millions": one space left out of two groups, a
                    // number's typo (six or nine digits after the first group's space).
                    qsizetype e = g;
                    while (e < n && isDigit(m_text[e]))
                        ++e;
                    const qsizetype length = e - g;
                    if (!groupSeparator.isNull() || sepClass != u' ' || (length != 6 && length != 9)
                        || (e + 1 < n && (m_text[e] == u',' || m_text[e] == u'.') && isDigit(m_text[e + 1])))
                        break;
                    for (qsizetype k = g; k < e; ++k)
                        m.addInteger(m_text[k].unicode() - u'0');
                    t.integerDigits += int(length);
                    t.grouped = true;
                    i = e;
                    break;
                }
                if (sepLength == 2 && g + 4 < n && (m_text[g + 3] == u',' || m_text[g + 3] == u'.')
                    && isDigit(m_text[g + 4]))
                    break;
                switched = switched || switching;
                groupSeparator = sepClass;
                for (int k = 0; k < 3; ++k)
                    m.addInteger(m_text[g + k].unicode() - u'0');
                t.integerDigits += 3;
                t.grouped = true;
                i = g + 3;
                if (sepLength == 2)
                    break;
            }
        }
        // "15. 3%", "89, 5%": a stray space after a decimal point or comma, before a percentage's
        // one or two decimals (three digits are a group: "9. 255"; a comma after more than two
        // digits ends a clause: "En 2019, 5 % des…").
        if (!t.grouped && i + 2 < n && (m_text[i] == u'.' || (m_text[i] == u',' && t.integerDigits <= 2))
            && isGroupSpace(m_text[i + 1]) && isDigit(m_text[i + 2])) {
            qsizetype j = i + 2;
            while (j < n && isDigit(m_text[j]))
                ++j;
            qsizetype k = j;
            if (k < n && isSpaceLike(m_text[k]))
                ++k;
            if (j - i - 2 <= 2 && k < n && m_text[k] == u'%') {
                for (qsizetype d = i + 2; d < j; ++d)
                    m.addDecimal(m_text[d].unicode() - u'0');
                t.decimal = true;
                i = j;
            }
        }
        // Decimals: "9,5"; "3.5" (a dot followed by other than three digits) when not grouped by dots.
        if (i + 1 < n && (m_text[i] == u',' || (m_text[i] == u'.' && !t.grouped)) && isDigit(m_text[i + 1])) {
            qsizetype j = i + 1;
            while (j < n && isDigit(m_text[j]))
                ++j;
            const bool dotThree = m_text[i] == u'.' && j - i - 1 == 3;
            // "2.22.795": a chain of dots is an identifier, not a decimal.
            const bool chain = j + 1 < n && (m_text[j] == u'.' || m_text[j] == u'-') && isDigit(m_text[j + 1])
                && m_text[i] == u'.';
            if (chain) {
                t.glued = true; // an identifier: keep it whole and out of the claims
                while (
                    j < n
                    && (isDigit(m_text[j])
                        || ((m_text[j] == u'.' || m_text[j] == u'-') && j + 1 < n && isDigit(m_text[j + 1]))))
                    ++j;
                t.end = t.numberEnd = j;
                t.value = 0;
                return t;
            }
            if (!dotThree) {
                for (qsizetype k = i + 1; k < j; ++k)
                    m.addDecimal(m_text[k].unicode() - u'0');
                t.decimal = true;
                i = j;
            }
        }
        t.numberEnd = i;
        t.end = i;
        // What is glued after: an ordinal suffix, a time, a unit, or letters that make it a name.
        if (i < n && (m_text[i].isLetter() || m_text[i] == u'ᵉ')) {
            qsizetype e = i;
            while (e < n && (m_text[e].isLetter() || m_text[e] == u'ᵉ' || m_text[e] == u'ʳ'))
                ++e;
            const QStringView suffix = m_text.mid(i, e - i);
            if (isOrdinalSuffix(suffix) && !t.decimal && !t.grouped) {
                t.ordinal = true;
                t.end = e;
            } else if ((suffix == u"h" || suffix == u"H") && !t.decimal && !t.grouped) {
                t.time = true;
                qsizetype k = e;
                while (k < n && isDigit(m_text[k]))
                    ++k;
                if (k < n && m_text[k].isLetter())
                    ++k; // "10h30mn"
                t.end = k;
            } else if (!isGluedUnit(suffix) && scaleAt(m_text, i).end == 0 && currencyAt(m_text, i) == 0) {
                t.glued = true;
                t.end = e;
            }
        }
        if (i + 2 < n && m_text[i] == u':' && isDigit(m_text[i + 1]) && isDigit(m_text[i + 2])
            && !t.decimal) {
            t.time = true; // "10:30", also "1:54"
            qsizetype k = i + 3;
            while (k < n && isDigit(m_text[k]))
                ++k;
            t.end = k;
        }
        int scaleExponent = 0;
        if (!t.glued && !t.time && !t.ordinal) {
            const Scale s = scaleAt(m_text, i);
            if (s.end) {
                scaleExponent = s.exponent;
                t.end = s.end;
                t.currency = s.code;
                t.currencyInToken = s.currency;
                if (s.exponent >= 6) {
                    if (const auto [fraction, h] = halfAt(m_text, s.end); h > 0) {
                        t.halfAdded = fraction;
                        t.end = h;
                    }
                }
            }
            if (const qsizetype p = percentAt(m_text, t.end)) {
                t.percent = true;
                t.end = p;
            }
            if (t.end == i && i + 1 < n && (m_text[i] == u'-' || m_text[i] == u'/') && isDigit(m_text[i + 1]))
                t.joinerAfter = m_text[i];
        }
        t.scale = std::pow(10.0, scaleExponent);
        t.value = m.value(scaleExponent);
        if (std::isnan(t.value)) {
            t.unreadable = true;
        } else {
            if (t.halfAdded > 0)
                t.value += t.halfAdded * t.scale;
            if (negative)
                t.value = -t.value;
        }
        return t;
    }

    // A run of French number words: "quatre-vingt-dix", "deux cent mille", "un million et
    // demi", "une dizaine".
    bool readWords(qsizetype start, NumberToken &t)
    {
        const qsizetype n = m_text.size();
        qsizetype i = start;
        double total = 0;
        double current = 0;
        bool any = false;
        bool bigScale = false;
        qsizetype lastEnd = start;
        int words = 0;
        int lastSmall = -1; // the last unit/ten added to `current`
        double lastScale = 1;
        while (i < n) {
            const qsizetype e = wordEnd(m_text, i);
            if (e == i)
                break;
            const QStringView word = m_text.mid(i, e - i);
            // "un demi-million", "un demi milliard": half the scale that follows.
            if (words == 1 && current == 1 && total == 0
                && (word.compare(u"demi", Qt::CaseInsensitive) == 0
                    || word.compare(u"demie", Qt::CaseInsensitive) == 0)
                && e < n && (m_text[e] == u'-' || isGroupSpace(m_text[e]))) {
                const qsizetype next = e + 1;
                const QStringView scale = m_text.mid(next, wordEnd(m_text, next) - next);
                if (NumberReader::wordValue(scale) == 1000000) {
                    current = 0.5;
                    lastSmall = -1;
                    ++words;
                    lastEnd = e;
                    i = next;
                    continue;
                }
            }
            const int v = NumberReader::wordValue(word);
            if (v < 0) {
                // "une dizaine", "deux centaines", "un millier"; "des dizaines" is too vague.
                const int approx = approxValue(word);
                if (approx > 0 && words > 0 && total == 0 && current >= 1 && current < 10) {
                    t = NumberToken {};
                    t.start = start;
                    t.end = t.numberEnd = e;
                    t.form = NumberToken::Form::Words;
                    t.value = current * approx;
                    t.approximate = true;
                    return true;
                }
                break;
            }
            // "millions de citoyens" counts nothing: a big scale needs a number before it.
            if (words == 0 && v == 1000000)
                return false;
            char16_t buffer[16];
            qsizetype len = 0;
            foldWord(word, buffer, len);
            const QStringView f(buffer, len);
            if (f == u"cent" || f == u"cents") {
                current = (current == 0 ? 1 : current) * 100;
                lastSmall = -1;
            } else if (f == u"mille") {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                lastSmall = -1;
                lastScale = 1000;
            } else if (v == 1000000) {
                const double scale = (f.startsWith(u"milliard")) ? 1e9
                    : f.startsWith(u"billion")                   ? 1e12
                                                                 : 1e6;
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                lastSmall = -1;
                bigScale = true;
                lastScale = scale;
            } else if ((f == u"vingt" || f == u"vingts") && lastSmall == 4 && std::fmod(current, 100) == 4) {
                current += 76; // quatre-vingt(s): 4 becomes 80
                lastSmall = 80;
            } else {
                const double mod = std::fmod(current, 100);
                // "vingt-deux", "soixante-dix-sept" compose; "deux trois" does not.
                if (lastSmall >= 0
                    && !(std::fmod(mod, 10) == 0 && (v < 10 || (v < 20 && (mod == 60 || mod == 80))))
                    && mod != 0)
                    break;
                current += v;
                lastSmall = v;
            }
            any = true;
            ++words;
            lastEnd = e;
            // The next word: after a hyphen, a space, or "et" ("vingt et un", "un million et demi").
            qsizetype k = e;
            if (k < n && (m_text[k] == u'-' || isGroupSpace(m_text[k])))
                ++k;
            else
                break;
            if (startsWithWord(m_text, k, u"et")) {
                qsizetype after = k + 2;
                if (after < n && m_text[after] == u'-')
                    ++after; // "vingt-et-un"
                after = skipSpaces(m_text, after);
                if (bigScale && lastSmall < 0) {
                    if (const auto [fraction, end] = fractionAt(m_text, after); end > 0) {
                        total += fraction * lastScale;
                        lastEnd = end;
                        break;
                    }
                }
                if (startsWithWord(m_text, after, u"un") || startsWithWord(m_text, after, u"une")
                    || startsWithWord(m_text, after, u"onze"))
                    k = after;
                else
                    break;
            }
            i = k;
        }
        if (!any)
            return false;
        t = NumberToken {};
        t.start = start;
        t.end = t.numberEnd = lastEnd;
        t.form = NumberToken::Form::Words;
        t.value = total + current;
        t.scale = bigScale ? lastScale : 1;
        const QStringView whole = m_text.mid(start, lastEnd - start);
        t.article = words == 1
            && (whole.compare(u"un", Qt::CaseInsensitive) == 0
                || whole.compare(u"une", Qt::CaseInsensitive) == 0);
        if (start > 0 && (m_text[start - 1] == u'\'' || m_text[start - 1] == u'’'))
            t.article = t.article || words == 1; // "l'un", "qu'une"
        if (const qsizetype p = percentAt(m_text, lastEnd)) {
            // "plus d'un pourcent des suffrages": "un" is a number before a percent sign.
            t.percent = true;
            t.article = false;
            t.end = p;
        }
        return true;
    }

    QStringView m_text;
    const FoldedWords *m_words;
    qsizetype m_wordIndex = 0;
};

} // namespace

int NumberReader::wordValue(QStringView word)
{
    return lookup(kWords, word);
}

QList<NumberToken> NumberReader::scan(QStringView text)
{
    return Scanner(text).run();
}

QList<NumberToken> NumberReader::scan(QStringView text, const FoldedWords &words)
{
    return Scanner(text, &words).run();
}

double NumberReader::valueOf(QStringView text)
{
    const QStringView t = text.trimmed();
    const QList<NumberToken> tokens = scan(t);
    if (tokens.size() != 1)
        return std::numeric_limits<double>::quiet_NaN();
    const NumberToken &tok = tokens.first();
    if (tok.start != 0 || tok.end != t.size() || tok.glued || tok.ordinal || tok.time || tok.unreadable)
        return std::numeric_limits<double>::quiet_NaN();
    return tok.value;
}
