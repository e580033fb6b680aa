// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Small text helpers shared by the loader, the classifier and the extractor.
namespace TextUtil {

// Lower case without accents, for matching and searching: "Bénéficiaires" -> "beneficiaires".
// Keeps the length of the input for Latin text (one folded character per input character);
// other scripts fall back to a decomposition and may change length.
QString fold(QStringView text);
char16_t foldChar(char16_t c);
// The end of `text` from the character before its last `count` runs of non-space characters,
// folded as fold(text) folds it there, for a caller that reads only the last words of a long
// window. Empty when fold(text) could fold those characters otherwise (a combining mark, a
// letter beyond Latin-1 it decomposes): the caller folds the whole window then.
QString foldedLastWords(QStringView text, int count);

// The text ends like a sentence: . ! ? … or a closing quote after one, ":".
bool endsSentence(QStringView text);
// Ends with "..." or "…": a truncated teaser.
bool endsWithEllipsis(QStringView text);
int wordCount(QStringView text);
// Any Unicode space, including U+00A0, U+202F and U+2009.
inline bool isSpace(QChar c)
{
    // Zero-width spaces and joiners, a byte-order mark, and the C0 control characters a damaged
    // or binary-tainted page leaves between words ("12\x01 millions"): all stand for a space.
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0x2060) || c == QChar(0xFEFF)
        || (c.unicode() < 0x20 && c.unicode() != 0);
}
// The first position from `i` on that holds no space (isSpace), or the text's size.
inline qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return i;
}
// `i` walked back over the spaces before it: where the text before them ends.
inline qsizetype skipSpacesBack(QStringView text, qsizetype i)
{
    while (i > 0 && isSpace(text[i - 1]))
        --i;
    return i;
}
// The run of letters that ends `text` when only white space follows it; empty when the text
// ends otherwise (a digit, a sign).
QStringView lastWord(QStringView text);
// "Agences" → "agences", "Marocains" → "marocains"; "TNS" and "AMO" stay as they are.
QString lowerFirst(const QString &word);
// Folded letters and digits, each run joined by one dash: "Laâyoune-Sakia El Hamra" →
// "laayoune-sakia-el-hamra" (ids built from words).
QString slug(QStringView text);
// "1. Mondial 2030 : …", "2) …": an item of a numbered list, its number at most `maxDigits` long.
bool numberedItem(QStringView line, qsizetype maxDigits);
// Collapses runs of white space to one space and trims.
QString simplified(QStringView text);
// "Zaina Jnina", "M. Baitas": two or three capitalised words, nothing else.
bool looksLikePersonName(QStringView text);
// Letters a text is written in: 'l' Latin, 'a' Arabic, or 0 when neither dominates.
char dominantScript(QStringView text);

// A folded noun of an event that figures are said of rather than dated or owned by: a
// disaster, a crisis, a war, an accident ("seisme", "inondations", "crise", "guerre").
bool isEventNoun(QStringView folded);

} // namespace TextUtil

class FoldedWords;

// The positions of a few characters in a text, in order, each found with the library's
// vectorised single-character search: a loop that looks for rare characters reads the text a
// block at a time instead of one character at a time.
template<size_t N> class CharScanner
{
public:
    CharScanner(QStringView text, const char16_t (&chars)[N])
        : m_text(text)
    {
        for (size_t k = 0; k < N; ++k) {
            m_chars[k] = chars[k];
            m_next[k] = -2; // not looked for yet
        }
    }
    // The first position at or after `from` that holds one of the characters; size() if none.
    // `from` must not decrease from one call to the next.
    qsizetype next(qsizetype from)
    {
        qsizetype best = m_text.size();
        for (size_t k = 0; k < N; ++k) {
            if (m_next[k] != -1 && m_next[k] < from)
                m_next[k] = m_text.indexOf(QChar(m_chars[k]), from);
            if (m_next[k] >= 0 && m_next[k] < best)
                best = m_next[k];
        }
        return best;
    }

private:
    QStringView m_text;
    char16_t m_chars[N];
    qsizetype m_next[N]; // -1: none left
};

// A set of folded words (see TextUtil::fold) that can be asked about a QStringView without
// allocating: the word scans of the extractor use it on every word of every paragraph.
class FoldedWordSet
{
public:
    FoldedWordSet() = default;
    explicit FoldedWordSet(const QStringList &words);
    bool contains(QStringView foldedWord) const { return value(foldedWord) >= 0; }
    // The value given with the word (its index in the constructor's list by default), or -1.
    int value(QStringView foldedWord) const;
    // The same for word `i` of `words`, with the hash it already holds (inline: most words
    // are not in the set, and a Bloom filter says so without a probe).
    inline int value(const FoldedWords &words, qsizetype i) const;
    bool contains(const FoldedWords &words, qsizetype i) const { return value(words, i) >= 0; }
    void insert(const QString &word, int value);
    bool isEmpty() const { return m_words.isEmpty(); }

private:
    QStringList m_words; // folded; the hash table points into them
    QList<int> m_values;
    QList<int> m_table; // open addressing: index into m_words, -1 when empty
    qsizetype m_maxLength = 0;
    quint64 m_bloom[64] = {}; // 4096 bits, set from the top bits of each word's hash
    static unsigned bloomBit(size_t hash) { return unsigned(hash >> 52); }
    bool mayContain(size_t hash) const { return (m_bloom[bloomBit(hash) >> 6] >> (bloomBit(hash) & 63)) & 1; }
    void rehash();
    int find(QStringView foldedWord, size_t hash) const;
    int probe(const FoldedWords &words, qsizetype i) const;
};

// The words of a text read once: where each starts and ends, its folded form (see
// TextUtil::forEachWord: words longer than 31 letters are kept with an empty folded form) and
// its hash. The extractor's passes over a paragraph share one instead of each folding the
// text again.
class FoldedWords
{
public:
    FoldedWords() = default;
    explicit FoldedWords(QStringView text);
    // The words of each of `parts`, read into one buffer shared by the results (one allocation
    // for an article instead of two per paragraph; a long article's ranges of parts are read in
    // parallel, a buffer per range). Offsets stay relative to each part.
    static QList<FoldedWords> read(const QList<QStringView> &parts);

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qsizetype start(qsizetype i) const { return word(i).start; }
    qsizetype end(qsizetype i) const { return word(i).end; }
    QStringView folded(qsizetype i) const { return QStringView(m_folded).mid(word(i).at, word(i).length); }
    size_t hash(qsizetype i) const { return word(i).hash; }
    // The first word that starts at or after `pos` (size() when none does).
    qsizetype indexAt(qsizetype pos) const;

    // Calls f(i) for each word that starts within [from, to) (to < 0: the end of the text).
    template<typename F> void forEach(F &&f, qsizetype from = 0, qsizetype to = -1) const
    {
        for (qsizetype i = from > 0 ? indexAt(from) : 0; i < m_count && (to < 0 || word(i).start < to); ++i)
            f(i);
    }

private:
    struct Word
    {
        qint32 start;
        qint32 end;
        qint32 at; // in m_folded
        qint32 length;
        size_t hash;
    };
    const Word &word(qsizetype i) const { return m_words.constData()[m_first + i]; }
    static void append(QStringView text, char16_t *folded, qsizetype &used, QList<Word> &words);
    // Reads parts [from, to) into one buffer that their FoldedWords share, into result[from, to).
    static void readRange(const QList<QStringView> &parts, qsizetype from, qsizetype to, FoldedWords *result);

    // Shared with the other parts of the same read(): this part's words are
    // [m_first, m_first + m_count).
    QString m_folded;
    QList<Word> m_words;
    qsizetype m_first = 0;
    qsizetype m_count = 0;
};

namespace TextUtil {

inline bool isLetterFast(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    return c.isLetter();
}

// Calls f(start, end, folded) for every run of letters in `text`; `folded` is the word
// lower-cased without accents (words longer than 31 letters are passed unfolded and empty).
template<typename F> void forEachWord(QStringView text, F &&f)
{
    char16_t buffer[32];
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isLetterFast(text[i])) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < n && isLetterFast(text[e]))
            ++e;
        if (e - i <= 31) {
            for (qsizetype k = i; k < e; ++k)
                buffer[k - i] = foldChar(text[k].unicode());
            f(i, e, QStringView(buffer, e - i));
        } else {
            f(i, e, QStringView());
        }
        i = e;
    }
}

} // namespace TextUtil

int FoldedWordSet::value(const FoldedWords &words, qsizetype i) const
{
    return mayContain(words.hash(i)) ? probe(words, i) : -1;
}
