// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textutil.h"

#include "parallel/ranges.h"

#include <QStringList>

#include <algorithm>
#include <array>

char16_t TextUtil::foldChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    switch (c) {
    case u'À':
    case u'Á':
    case u'Â':
    case u'Ã':
    case u'Ä':
    case u'Å':
    case u'à':
    case u'á':
    case u'â':
    case u'ã':
    case u'ä':
    case u'å':
        return u'a';
    case u'Ç':
    case u'ç':
        return u'c';
    case u'È':
    case u'É':
    case u'Ê':
    case u'Ë':
    case u'è':
    case u'é':
    case u'ê':
    case u'ë':
        return u'e';
    case u'Ì':
    case u'Í':
    case u'Î':
    case u'Ï':
    case u'ì':
    case u'í':
    case u'î':
    case u'ï':
        return u'i';
    case u'Ñ':
    case u'ñ':
        return u'n';
    case u'Ò':
    case u'Ó':
    case u'Ô':
    case u'Õ':
    case u'Ö':
    case u'ò':
    case u'ó':
    case u'ô':
    case u'õ':
    case u'ö':
        return u'o';
    case u'Ù':
    case u'Ú':
    case u'Û':
    case u'Ü':
    case u'ù':
    case u'ú':
    case u'û':
    case u'ü':
        return u'u';
    case u'Ý':
    case u'ý':
    case u'ÿ':
    case u'Ÿ':
        return u'y';
    case 0x2019:
    case 0x2018:
    case 0x02BC:
        return u'\'';
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case 0x2007:
        return u' ';
    default:
        return QChar(c).toLower().unicode();
    }
}

QString TextUtil::fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    bool exotic = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char16_t f = foldChar(c);
        // Œ/œ, Æ/æ and letters outside Latin-1 keep their accents with foldChar: decompose them.
        if (f >= 0x100 && QChar(f).decompositionTag() != QChar::NoDecomposition)
            exotic = true;
        d[i] = QChar(f);
    }
    if (!exotic)
        return out;
    const QString nfd = out.normalized(QString::NormalizationForm_D);
    QString stripped;
    stripped.reserve(nfd.size());
    for (QChar c : nfd) {
        if (c.category() != QChar::Mark_NonSpacing)
            stripped += c;
    }
    return stripped;
}

bool TextUtil::isEventNoun(QStringView folded)
{
    static const char16_t *const events[]
        = {u"seisme",    u"seismes",  u"tremblement", u"catastrophe", u"catastrophes", u"crise",
           u"pandemie",  u"epidemie", u"inondation",  u"inondations", u"incendie",     u"incendies",
           u"tempete",   u"cyclone",  u"ouragan",     u"attentat",    u"attentats",    u"guerre",
           u"explosion", u"accident", u"eboulement",  u"tsunami",     u"eruption",     u"glissement"};
    for (const char16_t *e : events) {
        if (folded == QStringView(e))
            return true;
    }
    return false;
}

bool TextUtil::endsSentence(QStringView text)
{
    qsizetype i = text.size();
    while (i > 0
           && (isSpace(text[i - 1]) || text[i - 1] == u'»' || text[i - 1] == u'"' || text[i - 1] == u'”'
               || text[i - 1] == u')' || text[i - 1] == u'\'' || text[i - 1] == u'’'))
        --i;
    if (i == 0)
        return false;
    const QChar c = text[i - 1];
    return c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u':' || c == u';';
}

bool TextUtil::endsWithEllipsis(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.endsWith(u"...") || t.endsWith(u'…');
}

int TextUtil::wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

QString TextUtil::foldedLastWords(QStringView text, int count)
{
    auto folded = [&](qsizetype k) {
        return QChar(foldChar(text[k].unicode()));
    };
    qsizetype b = text.size();
    for (int word = 0; word < count; ++word) {
        while (b > 0 && isSpace(folded(b - 1)))
            --b;
        while (b > 0 && !isSpace(folded(b - 1)))
            --b;
    }
    b = qMax<qsizetype>(0, b - 1);
    QString out(text.size() - b, Qt::Uninitialized);
    for (qsizetype k = b; k < text.size(); ++k) {
        // (No Latin-1 character folds to one that decomposes: only these differ.)
        const QChar f = folded(k);
        if (f.unicode() >= 0x100
            && (f.decompositionTag() != QChar::NoDecomposition || f.category() == QChar::Mark_NonSpacing))
            return {};
        out[k - b] = f;
    }
    return out;
}

QString TextUtil::lowerFirst(const QString &word)
{
    if (word.size() > 1 && word[0].isUpper() && word[1].isLower())
        return word[0].toLower() + word.mid(1);
    return word;
}

QStringView TextUtil::lastWord(QStringView text)
{
    qsizetype e = text.size();
    while (e > 0 && isSpace(text[e - 1]))
        --e;
    qsizetype b = e;
    while (b > 0 && text[b - 1].isLetter())
        --b;
    return text.mid(b, e - b);
}

QString TextUtil::slug(QStringView text)
{
    const QString folded = fold(text);
    QString out;
    bool dash = false;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += ch;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

bool TextUtil::numberedItem(QStringView line, qsizetype maxDigits)
{
    qsizetype i = 0;
    while (i < line.size() && i < maxDigits && line[i].isDigit())
        ++i;
    return i > 0 && i + 1 < line.size() && (line[i] == u'.' || line[i] == u')') && line[i + 1] == u' ';
}

QString TextUtil::simplified(QStringView text)
{
    // Written into its buffer, not appended character by character (a page's 200,000
    // paragraphs are simplified to be classified).
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    bool space = false;
    for (QChar c : text) {
        if (isSpace(c)) {
            space = n > 0;
            continue;
        }
        if (space)
            d[n++] = u' ';
        space = false;
        d[n++] = c;
    }
    out.truncate(n);
    return out;
}

bool TextUtil::looksLikePersonName(QStringView text)
{
    const QString t = simplified(text);
    if (t.isEmpty() || t.size() > 40)
        return false;
    const QStringList words = t.split(u' ');
    if (words.size() < 2 || words.size() > 4)
        return false;
    for (const QString &w : words) {
        if (w.isEmpty() || !w.front().isUpper())
            return false;
        for (QChar c : w) {
            if (!(c.isLetter() || c == u'-' || c == u'.' || c == u'\'' || c == u'’'))
                return false;
        }
    }
    return true;
}

char TextUtil::dominantScript(QStringView text)
{
    qsizetype latin = 0, arabic = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Arabic)
            ++arabic;
        else if (c.script() == QChar::Script_Latin)
            ++latin;
    }
    if (latin > 2 * arabic)
        return 'l';
    if (arabic > 2 * latin)
        return 'a';
    return 0;
}

FoldedWordSet::FoldedWordSet(const QStringList &words)
{
    for (int i = 0; i < words.size(); ++i)
        insert(words[i], i);
}

namespace {
// A rotate-and-xor per UTF-16 unit (one cycle each, where a multiplication per unit makes a
// chain of three), then one multiplication to spread the bits: words are short, and the
// extractor hashes every word of every paragraph. Bloom filters read the top bits, tables the
// low ones.
constexpr size_t kHashSeed = 0x243F6A8885A308D3ull;
inline size_t hashStep(size_t h, char16_t c)
{
    return ((h << 5) | (h >> 59)) ^ c;
}
inline size_t hashFinish(size_t h)
{
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}
inline size_t wordHash(QStringView w)
{
    size_t h = kHashSeed;
    for (QChar c : w)
        h = hashStep(h, c.unicode());
    return hashFinish(h);
}
} // namespace

void FoldedWordSet::insert(const QString &word, int value)
{
    const QString folded = TextUtil::fold(word);
    if (contains(folded))
        return;
    m_words.append(folded);
    m_values.append(value);
    const unsigned bit = bloomBit(wordHash(folded));
    m_bloom[bit >> 6] |= quint64(1) << (bit & 63);
    m_maxLength = qMax(m_maxLength, folded.size());
    if (m_table.size() < m_words.size() * 2 + 8)
        rehash();
    else {
        const qsizetype mask = m_table.size() - 1;
        for (size_t h = wordHash(folded) & mask;; h = (h + 1) & mask) {
            if (m_table[h] < 0) {
                m_table[h] = int(m_words.size()) - 1;
                break;
            }
        }
    }
}

void FoldedWordSet::rehash()
{
    qsizetype size = 16;
    while (size < m_words.size() * 4)
        size *= 2;
    m_table = QList<int>(size, -1);
    const qsizetype mask = size - 1;
    for (int i = 0; i < m_words.size(); ++i) {
        for (size_t h = wordHash(m_words[i]) & mask;; h = (h + 1) & mask) {
            if (m_table[h] < 0) {
                m_table[h] = i;
                break;
            }
        }
    }
}

int FoldedWordSet::value(QStringView foldedWord) const
{
    return find(foldedWord, wordHash(foldedWord));
}

int FoldedWordSet::probe(const FoldedWords &words, qsizetype i) const
{
    return find(words.folded(i), words.hash(i));
}

int FoldedWordSet::find(QStringView foldedWord, size_t hash) const
{
    if (foldedWord.isEmpty() || foldedWord.size() > m_maxLength || m_table.isEmpty())
        return -1;
    const qsizetype mask = m_table.size() - 1;
    for (size_t h = hash & mask;; h = (h + 1) & mask) {
        const int i = m_table[h];
        if (i < 0)
            return -1;
        if (QStringView(m_words[i]) == foldedWord)
            return m_values[i];
    }
}

namespace {
// Latin-1 letters folded (TextUtil::foldChar); 0 for every other Latin-1 character.
const std::array<char16_t, 256> &latin1Fold()
{
    static const std::array<char16_t, 256> table = [] {
        std::array<char16_t, 256> t {};
        for (char16_t c = 0; c < 256; ++c)
            t[c] = TextUtil::isLetterFast(QChar(c)) ? TextUtil::foldChar(c) : 0;
        return t;
    }();
    return table;
}

// The folded form of `c` when it is a letter (as TextUtil::isLetterFast and foldChar), else 0.
inline char16_t foldedLetter(const std::array<char16_t, 256> &latin1, char16_t c)
{
    if (c < 256)
        return latin1[c];
    return QChar(c).isLetter() ? TextUtil::foldChar(c) : 0;
}
} // namespace

// TextUtil::forEachWord with the folding and the hash in one pass, Latin-1 by a table: appends
// the words of `text` to `words` and their folded forms to `folded` from `used` on.
void FoldedWords::append(QStringView text, char16_t *folded, qsizetype &used, QList<Word> &words)
{
    const std::array<char16_t, 256> &latin1 = latin1Fold();
    const qsizetype n = text.size();
    const char16_t *in = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        char16_t f = foldedLetter(latin1, in[i]);
        if (!f) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        size_t h = kHashSeed;
        do {
            folded[used + (i - start)] = f;
            h = hashStep(h, f);
            ++i;
        } while (i < n && (f = foldedLetter(latin1, in[i])) != 0);
        if (i - start <= 31) {
            words.append(Word {qint32(start), qint32(i), qint32(used), qint32(i - start), hashFinish(h)});
            used += i - start;
        } else {
            words.append(Word {qint32(start), qint32(i), qint32(used), 0, wordHash(QStringView())});
        }
    }
}

// One text needs no ranges: read at once (constructed per paragraph on hot paths, it never
// asks the thread pool).
FoldedWords::FoldedWords(QStringView text)
{
    readRange({text}, 0, 1, this);
}

void FoldedWords::readRange(const QList<QStringView> &parts, qsizetype from, qsizetype to,
                            FoldedWords *result)
{
    qsizetype total = 0;
    for (qsizetype k = from; k < to; ++k)
        total += parts[k].size();
    QString folded;
    folded.resize(total);
    QList<Word> words;
    words.reserve(total / 6 + 1);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    ranges.reserve(to - from);
    qsizetype used = 0;
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    for (qsizetype k = from; k < to; ++k) {
        const qsizetype first = words.size();
        append(parts[k], out, used, words);
        ranges.append({first, words.size() - first});
    }
    folded.truncate(used);
    for (qsizetype k = from; k < to; ++k) {
        FoldedWords &r = result[k];
        r.m_folded = folded; // shared, not copied
        r.m_words = words;
        r.m_first = ranges[k - from].first;
        r.m_count = ranges[k - from].second;
    }
}

QList<FoldedWords> FoldedWords::read(const QList<QStringView> &parts)
{
    QList<FoldedWords> result(parts.size());
    // A long article's parts are read in ranges on every core, each range into buffers of its
    // own that its parts share.
    FoldedWords *slots = result.data();
    Parallel::forRanges(parts.size(), 512,
                        [&](qsizetype begin, qsizetype end) { readRange(parts, begin, end, slots); });
    return result;
}

qsizetype FoldedWords::indexAt(qsizetype pos) const
{
    const Word *begin = m_words.constData() + m_first;
    return std::lower_bound(begin, begin + m_count, pos,
                            [](const Word &w, qsizetype p) { return w.start < p; })
        - begin;
}
