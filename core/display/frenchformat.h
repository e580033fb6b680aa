// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QString>

// Figures written the way a French newsroom writes them: "24,7 millions", "9,5 milliards DH",
// "734 000", "12,5 %", "500 – 1 200 DH"; dates as "mars 2025" or "17 févr. 2025".
namespace FrenchFormat {

QString number(double value, int maxDecimals = 2);
QString value(const Claim &claim);
QString date(PartialDate date);
QString currencySymbol(const QString &isoCode); // "MAD" → "DH", "EUR" → "€"

} // namespace FrenchFormat
