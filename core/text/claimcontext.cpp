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
    const QStringView text = QStringView(a.text).mid(p.start, p.length());
    const QList<TextSpan> protectedSpan {TextSpan {c.start - p.start, c.end - p.start}};
    for (const TextSpan &s : SentenceSplitter::split(text, protectedSpan)) {
        if (c.start - p.start < s.end)
            return TextUtil::simplified(text.mid(s.start, s.end - s.start));
    }
    return TextUtil::simplified(text);
}
