// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/typedinput.h"

#include "extraction/numberreader.h"
#include "extraction/unitdetector.h"
#include "text/frenchdates.h"

#include <QUrl>

#include <cmath>

double TypedInput::value(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nan("");
    const double direct = NumberReader::valueOf(t);
    if (!std::isnan(direct))
        return direct;
    // "3,6 millions de bénéficiaires": the first number read.
    const QList<NumberToken> tokens = NumberReader::scan(t);
    if (!tokens.isEmpty() && tokens.first().start == 0 && !tokens.first().unreadable)
        return tokens.first().value;
    return std::nan("");
}

PartialDate TypedInput::date(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const PartialDate iso = PartialDate::fromIso(t);
    if (!iso.isNull())
        return iso;
    const PartialDate line = FrenchDates::parseDateLine(t);
    if (!line.isNull())
        return line;
    const auto found = FrenchDates::findAll(t);
    if (!found.isEmpty() && !found.first().yearInferred)
        return found.first().date;
    // A bare year.
    bool ok = false;
    const int year = t.toInt(&ok);
    if (ok && year >= 1900 && year <= 2200)
        return PartialDate {qint16(year), 0, 0};
    return {};
}

bool TypedInput::isWebAddress(const QString &text)
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty()
        && (parsed.scheme() == u"http" || parsed.scheme() == u"https");
}

ClaimKind TypedInput::kindOfUnit(const QString &unit)
{
    if (unit == u"%")
        return ClaimKind::Percent;
    // ISO 4217 codes the press uses; "TNS" or "AMO" in capitals are no currency.
    static const QStringList currencies
        = {QStringLiteral("MAD"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
           QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("XOF"), QStringLiteral("XAF"),
           QStringLiteral("TND"), QStringLiteral("DZD"), QStringLiteral("EGP"), QStringLiteral("SAR"),
           QStringLiteral("AED"), QStringLiteral("CNY"), QStringLiteral("JPY")};
    if (currencies.contains(unit))
        return ClaimKind::Money;
    return ClaimKind::Count;
}

TypedInput::Reading TypedInput::readSelection(QStringView selection)
{
    Reading reading;
    const QList<NumberToken> tokens = NumberReader::scan(selection);
    if (tokens.isEmpty() || tokens.first().unreadable)
        return reading;
    const NumberToken &t = tokens.first();
    reading.value = t.value;
    // The unit as the extractor reads it around a figure ("de dirhams", "de bénéficiaires").
    reading.unit = UnitDetector::detect(t, selection.left(t.start), selection.mid(t.end)).unit;
    return reading;
}
