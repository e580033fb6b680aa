// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/claimcontext.h"

#include "text/sentencesplitter.h"
#include "text/textutil.h"

#include <algorithm>

QList<TextSpan> ClaimContext::sentences(const Article &a, int paragraph)
{
    const qsizetype start = a.paragraphs[paragraph].start;
    const qsizetype end = a.paragraphs[paragraph].end;
    QList<TextSpan> protectedSpans;
    // An article's claims are in text order: those of the paragraph by a binary search, not a
    // pass over every claim (which made 40,000 one-line paragraphs quadratic).
    auto it = std::lower_bound(a.claims.cbegin(), a.claims.cend(), start,
                               [](const Claim &c, qsizetype at) { return c.start < at; });
    for (; it != a.claims.cend() && it->start < end; ++it) {
        if (it->paragraph == paragraph)
            protectedSpans.append({it->start - start, it->end - start});
    }
    QList<TextSpan> out = SentenceSplitter::split(a.paragraphText(paragraph), protectedSpans);
    for (TextSpan &s : out) {
        s.start += start;
        s.end += start;
    }
    return out;
}

QString ClaimContext::sentence(const Article &a, const Claim &c)
{
    if (c.paragraph < 0 || c.paragraph >= a.paragraphs.size())
        return {};
    const Paragraph &p = a.paragraphs[c.paragraph];
    // Only the text around the figure is split: a paragraph of megabytes without a full stop
    // ("1 1 1 …") was read whole for each of its figures, and each one's sentence was all of it.
    const qsizetype from = qMax<qsizetype>(p.start, c.start - kReach);
    const qsizetype to = qMin<qsizetype>(p.end, c.end + kReach);
    const QStringView text = QStringView(a.text).mid(from, to - from);
    const QList<TextSpan> protectedSpan {TextSpan {c.start - from, c.end - from}};
    qsizetype start = from;
    qsizetype end = to;
    for (const TextSpan &s : SentenceSplitter::split(text, protectedSpan)) {
        if (c.start - from < s.end) {
            start = from + s.start;
            end = from + s.end;
            break;
        }
    }
    bool cutBefore = start == from && from > p.start;
    bool cutAfter = end == to && to < p.end;
    // A sentence longer than kMaxChars: the figure in the middle, cut at spaces.
    if (end - start > kMaxChars) {
        const qsizetype half = (kMaxChars - (c.end - c.start)) / 2;
        if (c.start - half > start) {
            start = c.start - half;
            while (start < c.start && !a.text[start - 1].isSpace())
                ++start;
            cutBefore = true;
        }
        if (c.end + half < end) {
            end = c.end + half;
            while (end > c.end && !a.text[end].isSpace())
                --end;
            cutAfter = true;
        }
    }
    QString out = TextUtil::simplified(QStringView(a.text).mid(start, end - start));
    if (cutBefore)
        out.prepend(QStringLiteral("… "));
    if (cutAfter)
        out.append(QStringLiteral(" …"));
    return out;
}
