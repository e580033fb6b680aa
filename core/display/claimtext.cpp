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
    return Words::tr("%1 (%2, %3)").arg(figure(claim), sourceInSentence(article), dated(claim));
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
