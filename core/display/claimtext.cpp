// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/claimtext.h"

#include "display/frenchformat.h"
#include "text/claimcontext.h"
#include "text/textutil.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The translation context of ClaimText's words.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(ClaimText)
};

} // namespace

QString ClaimText::value(const Claim &claim)
{
    return FrenchFormat::value(claim);
}

QString ClaimText::figure(const Claim &claim)
{
    const QString v = value(claim);
    return claim.qualifier == Qualifier::Exact ? v : qualifier(claim.qualifier) + u' ' + v;
}

QString ClaimText::qualifier(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact:
        return {};
    case Qualifier::MoreThan:
        return Words::tr("more than");
    case Qualifier::AtLeast:
        return Words::tr("at least");
    case Qualifier::About:
        return Words::tr("about");
    case Qualifier::LessThan:
        return Words::tr("less than");
    case Qualifier::AtMost:
        return Words::tr("at most");
    case Qualifier::UpTo:
        return Words::tr("up to");
    }
    return {};
}

QString ClaimText::kind(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Count:
        return Words::tr("count");
    case ClaimKind::Money:
        return Words::tr("money");
    case ClaimKind::Percent:
        return Words::tr("percent");
    case ClaimKind::Duration:
        return Words::tr("duration");
    case ClaimKind::Ratio:
        return Words::tr("ratio");
    case ClaimKind::Other:
        return Words::tr("other");
    }
    return {};
}

QString ClaimText::dated(const Claim &claim)
{
    return claim.asOf.isNull() ? Words::tr("undated") : FrenchFormat::date(claim.asOf);
}

QString ClaimText::described(const Article &article, const Claim &claim)
{
    return described(claim, sourceInSentence(article));
}

QString ClaimText::described(const Claim &claim, const QString &source)
{
    return Words::tr("%1 (%2, %3)").arg(figure(claim), source, dated(claim));
}

QString ClaimText::source(const Article &a)
{
    QString label = a.outlet;
    if (label.isEmpty())
        label
            = a.title.isEmpty() ? a.id : (a.title.size() > 48 ? a.title.left(47).trimmed() + u'…' : a.title);
    if (!a.published.isNull())
        label += QStringLiteral(", ") + FrenchFormat::date(a.published);
    return label;
}

QString ClaimText::sourceInSentence(const Article &a)
{
    if (!a.outlet.isEmpty())
        return a.outlet;
    if (a.title.isEmpty())
        return a.id;
    QString title = a.title;
    if (title.size() > 50) {
        title = title.left(50);
        const qsizetype space = title.lastIndexOf(u' ');
        title = title.left(space > 20 ? space : 50) + u'…';
    }
    return QStringLiteral("« %1 »").arg(title);
}

QString ClaimText::quote(const Article &article, const Claim &claim)
{
    return TextUtil::simplified(QStringView(article.text).mid(claim.start, claim.end - claim.start));
}

QString ClaimText::citation(const Article &a, const Claim &c)
{
    QStringList parts;
    parts << (a.outlet.isEmpty() ? (a.title.isEmpty() ? a.id : a.title) : a.outlet);
    if (!a.published.isNull())
        parts << (a.published.hasDay() ? QLocale().toString(a.published.firstDay(), QLocale::LongFormat)
                                       : a.published.toIso());
    parts << QStringLiteral("§%1").arg(c.paragraph + 1);
    if (!a.url.isEmpty())
        parts << a.url;
    return QStringLiteral("« ") + ClaimContext::sentence(a, c) + QStringLiteral(" » — ")
        + parts.join(QStringLiteral(", "));
}

ClaimText::Excerpt ClaimText::excerpt(const Article &a, const Claim &c, qsizetype maxChars)
{
    Excerpt out;
    if (c.paragraph < 0 || c.paragraph >= a.paragraphs.size())
        return out;
    const Paragraph &p = a.paragraphs[c.paragraph];
    qsizetype from = p.start;
    qsizetype to = p.end;
    if (to - from > maxChars) {
        // The claim's sentence, then whole sentences before and after it in turn while they fit.
        const QList<TextSpan> sentences = ClaimContext::sentences(a, c.paragraph);
        qsizetype own = 0;
        while (own + 1 < sentences.size() && sentences[own].end <= c.start)
            ++own;
        qsizetype first = own, last = own;
        from = sentences.isEmpty() ? p.start : sentences[own].start;
        to = sentences.isEmpty() ? p.end : sentences[own].end;
        for (bool grew = true; grew;) {
            grew = false;
            if (first > 0 && to - sentences[first - 1].start <= maxChars) {
                from = sentences[--first].start;
                grew = true;
            }
            if (last + 1 < sentences.size() && sentences[last + 1].end - from <= maxChars) {
                to = sentences[++last].end;
                grew = true;
            }
        }
        if (to - from > maxChars) {
            // One sentence longer than the window: the figure in the middle, cut at spaces.
            const qsizetype half = (maxChars - (c.end - c.start)) / 2;
            from = qMax(from, c.start - half);
            to = qMin(to, c.end + half);
            while (from > p.start && from < c.start && !a.text[from - 1].isSpace())
                ++from;
            while (to < p.end && to > c.end && !a.text[to].isSpace())
                --to;
        }
    }
    const QString before = from > p.start ? QStringLiteral("… ") : QString();
    const QString after = to < p.end ? QStringLiteral(" …") : QString();
    out.cut = !before.isEmpty() || !after.isEmpty();
    out.text = before + a.text.mid(from, to - from).trimmed() + after;
    out.text.replace(u'\n', u' ');
    // Offsets of the figure: leading white space trimmed off the slice shifts it.
    qsizetype skipped = 0;
    while (from + skipped < to && a.text[from + skipped].isSpace())
        ++skipped;
    out.start = before.size() + (c.start - from - skipped);
    out.end = out.start + (c.end - c.start);
    return out;
}

QString ClaimText::ocrNote(const Claim &c)
{
    if (c.ocrConfidence < 0)
        return {};
    const QString confidence = QLocale().toString(qRound(c.ocrConfidence));
    return c.hasLowOcrConfidence()
        ? Words::tr("Read by OCR with %1 % confidence: check the figure on the page.").arg(confidence)
        : Words::tr("Read by OCR (%1 % confidence).").arg(confidence);
}
