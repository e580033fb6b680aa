// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/frenchformat.h"

#include <QLocale>

#include <cmath>

namespace {

const QLocale &french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

QString scaled(double v, double scale, const char *singular, const char *plural)
{
    const double x = v / scale;
    const QString n = FrenchFormat::number(x, 2);
    // "1,7 million", "2 millions": French keeps the singular below two.
    return n + u' ' + QString::fromLatin1(std::abs(x) < 2 ? singular : plural);
}

QString magnitude(double v)
{
    const double a = std::abs(v);
    if (a >= 1e9)
        return scaled(v, 1e9, "milliard", "milliards");
    if (a >= 1e6)
        return scaled(v, 1e6, "million", "millions");
    return FrenchFormat::number(v, 2);
}

} // namespace

QString FrenchFormat::number(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    QString s = french().toString(value, 'f', maxDecimals);
    if (s.contains(french().decimalPoint())) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(french().decimalPoint()))
            s.chop(french().decimalPoint().size());
    }
    return s;
}

QString FrenchFormat::currencySymbol(const QString &iso)
{
    if (iso == u"MAD")
        return QStringLiteral("DH");
    if (iso == u"EUR")
        return QStringLiteral("€");
    if (iso == u"USD")
        return QStringLiteral("$");
    if (iso == u"GBP")
        return QStringLiteral("£");
    return iso;
}

QString FrenchFormat::value(const Claim &c)
{
    if (!c.isReadable())
        return QStringLiteral("(illisible)");
    QString s = magnitude(c.value);
    if (c.isRange())
        s += QStringLiteral(" – ") + magnitude(c.high);
    switch (c.kind) {
    case ClaimKind::Money:
        return s + u' ' + currencySymbol(c.unit);
    case ClaimKind::Percent:
        return c.unit == u"points" ? s + QStringLiteral(" points") : s + QStringLiteral("\u00A0%");
    default:
        return s;
    }
}

QString FrenchFormat::date(PartialDate d)
{
    if (d.isNull())
        return {};
    if (d.hasDay())
        return french().toString(d.firstDay(), QStringLiteral("d MMM yyyy"));
    if (d.hasMonth())
        return french().toString(d.firstDay(), QStringLiteral("MMMM yyyy"));
    return QString::number(d.year);
}
