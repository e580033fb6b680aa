// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesplitter.h"

#include "text/textutil.h"

namespace {

bool isClosingQuote(QChar c)
{
    return c == u'»' || c == u'"' || c == u'”' || c == u'’' || c == u')' || c == u'\'';
}

// "M.", "Mme.", "Dr.", "art.", "n°.", single capitals ("A. Akhannouch").
bool isAbbreviation(QStringView text, qsizetype dot)
{
    qsizetype s = dot;
    while (s > 0 && text[s - 1].isLetter())
        --s;
    const QStringView word = text.mid(s, dot - s);
    if (word.size() == 1 && word[0].isUpper())
        return true;
    static constexpr QStringView abbreviations[]
        = {u"M",   u"MM",   u"Mme", u"Mmes", u"Mlle", u"Dr",  u"Pr",  u"Me",  u"St",  u"Ste", u"art",
           u"Art", u"av",   u"bd",  u"Bd",   u"cf",   u"Cf",  u"etc", u"env", u"vol", u"p",   u"pp",
           u"éd",  u"chap", u"fig", u"réf",  u"Réf",  u"tél", u"Tél", u"n",   u"No"};
    for (const QStringView a : abbreviations) {
        if (word == a)
            return word != u"etc"; // "etc." may end a sentence, but usually does not
    }
    return false;
}

// "9. 255 dossiers": a dot and a stray space between a group of one to three digits and a group of
// exactly three is a number's thousands separator, as NumberReader reads it.
bool isGroupDot(QStringView text, qsizetype dot)
{
    qsizetype b = dot;
    while (b > 0 && text[b - 1].isDigit())
        --b;
    const qsizetype before = dot - b;
    if (before < 1 || before > 3 || (b > 0 && (text[b - 1].isLetter() || text[b - 1] == u'.')))
        return false;
    const qsizetype g = dot + 2;
    if (g + 2 >= text.size() || !TextUtil::isSpace(text[dot + 1]))
        return false;
    return text[g].isDigit() && text[g + 1].isDigit() && text[g + 2].isDigit()
        && (g + 3 >= text.size() || !text[g + 3].isDigit());
}

bool inProtected(const QList<TextSpan> &spans, qsizetype pos, int &hint)
{
    while (hint < spans.size() && spans[hint].end <= pos)
        ++hint;
    return hint < spans.size() && spans[hint].contains(pos);
}

} // namespace

QList<TextSpan> SentenceSplitter::split(QStringView text, const QList<TextSpan> &protectedSpans)
{
    QList<TextSpan> out;
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n && TextUtil::isSpace(text[start]))
        ++start;
    int hint = 0;
    // Sentence ends are rare: look for them a block at a time.
    static constexpr char16_t kEnds[] = {u'.', u'!', u'?', u'…'};
    CharScanner ends(text, kEnds);
    for (qsizetype i = ends.next(start); i < n; i = ends.next(i + 1)) {
        const QChar c = text[i];
        if (inProtected(protectedSpans, i, hint))
            continue;
        if (c == u'.' && (isAbbreviation(text, i) || isGroupDot(text, i)))
            continue;
        qsizetype j = i + 1;
        while (j < n && (text[j] == u'.' || text[j] == u'!' || text[j] == u'?' || text[j] == u'…'))
            ++j;
        // Closing quotes, French ones after a (no-break) space: "continuerons. »".
        while (j < n
               && (isClosingQuote(text[j])
                   || (TextUtil::isSpace(text[j]) && j + 1 < n && text[j + 1] == u'»' && text[j] != u'\n')))
            ++j;
        if (j < n && !TextUtil::isSpace(text[j]))
            continue;
        qsizetype k = j;
        while (k < n && TextUtil::isSpace(text[k]))
            ++k;
        if (k < n) {
            const QChar next = text[k];
            if (!(next.isUpper() || next.isDigit() || next == u'«' || next == u'"' || next == u'“'
                  || next == u'-' || next == u'–' || next == u'—' || next == u'('))
                continue;
        }
        out.append(TextSpan {start, j});
        start = k;
        i = k - 1;
    }
    if (start < n) {
        qsizetype e = n;
        while (e > start && TextUtil::isSpace(text[e - 1]))
            --e;
        if (e > start)
            out.append(TextSpan {start, e});
    }
    return out;
}
