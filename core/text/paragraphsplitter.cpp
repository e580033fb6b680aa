// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/paragraphsplitter.h"

#include "text/textutil.h"

#include <QRegularExpression>

namespace {

struct Line
{
    qsizetype start;
    qsizetype end; // trimmed
};

// A word that cannot end a French sentence or heading: the line goes on below.
bool endsOnFunctionWord(QStringView line)
{
    static const char16_t *const words[]
        = {u"à",  u"de",  u"du",   u"des",  u"la",   u"le",   u"les",  u"en",   u"et",
           u"au", u"aux", u"pour", u"par",  u"sur",  u"dans", u"avec", u"un",   u"une",
           u"ou", u"que", u"qui",  u"dont", u"vers", u"chez", u"sans", u"entre"};
    qsizetype i = line.size();
    while (i > 0 && line[i - 1].isLetter())
        --i;
    const QStringView last = line.mid(i);
    if (last.isEmpty())
        return line.endsWith(u'\'') || line.endsWith(u'’');
    if (i > 0 && (line[i - 1] == u'\'' || line[i - 1] == u'’'))
        return false;
    for (const char16_t *w : words) {
        if (last == QStringView(w))
            return true;
    }
    return false;
}

// "Lire aussi : <headline>", "À lire aussi", "Voir aussi": a teaser is a line of its own.
bool isTeaserLine(QStringView line)
{
    // (Most lines open on another letter: the expression is not asked about them.)
    if (line.isEmpty())
        return false;
    const char16_t first = line.front().unicode();
    if (first != u'A' && first != u'a' && first != u'\u00C0' && first != u'\u00E0' && first != u'L'
        && first != u'l' && first != u'V' && first != u'v')
        return false;
    static const QRegularExpression re(
        QStringLiteral("^(?:[ÀA]\\s+lire\\s+aussi|Lire\\s+(?:aussi|également)|LIRE\\s+AUSSI|[ÀA]\\s+LIRE|"
                       "Voir\\s+aussi|VOIR\\s+AUSSI)\\b"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

bool sentenceEndAt(QStringView text, qsizetype i);

// Whether a sentence ends in the last few hundred characters of `text`: prose, not a title.
bool endsASentenceInside(QStringView text)
{
    for (qsizetype i = qMax<qsizetype>(1, text.size() - 300); i + 1 < text.size(); ++i) {
        if (sentenceEndAt(text, i))
            return true;
    }
    return false;
}

bool continuesPrevious(QStringView prev, QStringView next)
{
    if (prev.isEmpty() || next.isEmpty() || isTeaserLine(prev) || isTeaserLine(next))
        return false;
    if (TextUtil::endsSentence(prev))
        return false;
    const QChar first = next.front();
    // A figure that goes on a sentence wrapped before it: "Au terme de l'exercice 2024,\n63.783
    // familles", "… d'aides directes comprenant\n30.000 dirhams" in a paragraph of prose (a
    // title has no sentence end inside; a list is announced by a colon).
    // (Not a numbered list's item: "2. Ramadan : les prix…".)
    if (first.isDigit())
        return !TextUtil::numberedItem(next, 3)
            && (prev.endsWith(u',') || endsOnFunctionWord(prev)
                || (prev.size() >= 40 && !prev.endsWith(u';') && endsASentenceInside(prev)));
    if (first == u',' || first == u';' || first == u'.' || first == u')' || first == u']' || first == u'»'
        || first == u':')
        return true;
    if (endsOnFunctionWord(prev))
        return true;
    return prev.size() >= 40 && first.isLower();
}

// A sentence broken by blank lines, as copied pages sometimes are ("…, l'Allemagne (+10%),",
// blank lines, "la France (+7%) ainsi que…"): the line below starts in lower case and the one
// above stops on a comma or a word that cannot end a sentence. (Not ";": list items end so.)
// So is a figure wrapped after a word that cannot end a sentence: "… contre 2,2% en", blank
// lines, "2021." (not a numbered list's item).
bool continuesAcrossBlank(QStringView prev, QStringView next)
{
    if (prev.isEmpty() || next.isEmpty() || isTeaserLine(prev))
        return false;
    if (next.front().isDigit() && !TextUtil::numberedItem(next, 3))
        return endsOnFunctionWord(prev);
    if (!next.front().isLower())
        return false;
    return prev.endsWith(u',') || endsOnFunctionWord(prev);
}

QList<Line> lines(QStringView text)
{
    QList<Line> out;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = n;
        qsizetype s = pos, e = nl;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        out.append(Line {s, e});
        pos = nl + 1;
    }
    return out;
}

bool isMarkdownBlockLine(QStringView line)
{
    if (line.startsWith(u'#') || line.startsWith(u'>') || line.startsWith(u'|'))
        return true;
    if (line.size() > 1 && (line[0] == u'-' || line[0] == u'*' || line[0] == u'+') && line[1] == u' ')
        return true;
    return TextUtil::numberedItem(line, line.size());
}

// A sentence ends at `i` ("… 734.000 personnes. Le …"): a full stop, "!" or "?" after a
// lower-case letter, a digit or a closing mark, then a space. Not "M. Dupont".
bool sentenceEndAt(QStringView text, qsizetype i)
{
    if (i < 1 || i + 1 >= text.size() || !text[i + 1].isSpace())
        return false;
    const QChar c = text[i];
    const QChar before = text[i - 1];
    return (c == u'.' || c == u'!' || c == u'?')
        && (before.isLower() || before.isDigit() || before == u'%' || before == u')' || before == u'»');
}

// A space that joins no number to what it counts or to the rest of it ("12 millions",
// "8.789 676"): no digit on either side.
bool spaceBetweenWordsAt(QStringView text, qsizetype i)
{
    return text[i].isSpace() && (i == 0 || !text[i - 1].isDigit())
        && (i + 1 >= text.size() || !text[i + 1].isDigit());
}

// Appends `p`, cut into pieces of about ParagraphSplitter::kLongest characters when it is
// longer: after the first sentence end past each kLongest characters, else at the first space
// with no digit beside it, else at any space. A run without a space (one 20 MB word) stays whole.
void appendCut(QList<Paragraph> &out, QStringView text, Paragraph p)
{
    constexpr qsizetype kLongest = ParagraphSplitter::kLongest;
    while (p.end - p.start > kLongest) {
        const qsizetype from = p.start + kLongest;
        const qsizetype near = qMin(p.end, from + kLongest);
        qsizetype cut = -1;
        for (qsizetype i = from; i < near && cut < 0; ++i) {
            if (sentenceEndAt(text, i))
                cut = i + 1;
        }
        for (qsizetype i = from; i < near && cut < 0; ++i) {
            if (spaceBetweenWordsAt(text, i))
                cut = i;
        }
        for (qsizetype i = from; i < p.end && cut < 0; ++i) {
            if (text[i].isSpace())
                cut = i;
        }
        if (cut < 0)
            break;
        qsizetype next = cut;
        while (next < p.end && text[next].isSpace())
            ++next;
        out.append(Paragraph {p.start, cut, p.kind});
        p.start = next;
    }
    if (p.end > p.start)
        out.append(p);
}

} // namespace

QList<Paragraph> ParagraphSplitter::split(QStringView text, TextFormat format)
{
    QList<Paragraph> out;
    const QList<Line> all = lines(text);
    Paragraph current {-1, -1, ParagraphKind::Body};
    auto flush = [&] {
        if (current.start >= 0)
            appendCut(out, text, current);
        current = Paragraph {-1, -1, ParagraphKind::Body};
    };
    bool blank = false; // blank lines since the current paragraph's last line
    for (const Line &line : all) {
        if (line.end == line.start) {
            blank = true;
            continue;
        }
        const QStringView here = text.mid(line.start, line.end - line.start);
        bool join = false;
        if (current.start >= 0) {
            const QStringView prev = text.mid(current.start, current.end - current.start);
            switch (format) {
            case TextFormat::Markdown:
                join = !blank && !isMarkdownBlockLine(here) && !isMarkdownBlockLine(prev);
                break;
            case TextFormat::Html:
                // Blank lines are the HTML's own block breaks.
                join = !blank && continuesPrevious(prev, here);
                break;
            case TextFormat::Plain:
                join = blank ? continuesAcrossBlank(prev, here) : continuesPrevious(prev, here);
                break;
            }
        }
        blank = false;
        if (join) {
            current.end = line.end;
        } else {
            flush();
            current = Paragraph {line.start, line.end, ParagraphKind::Body};
        }
    }
    flush();
    return out;
}
