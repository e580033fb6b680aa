// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/claimcontext.h"

#include "text/sentencesplitter.h"
#include "text/textutil.h"

QList<TextSpan> ClaimContext::sentences(const Article &a, int paragraph)
{
    const qsizetype start = a.paragraphs[paragraph].start;
    QList<TextSpan> protectedSpans;
    for (const Claim &c : a.claims) {
        if (c.paragraph == paragraph)
            protectedSpans.append({c.start - start, c.end - start});
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
