// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/partialdate.h"

#include <QString>

#include <limits>

// What a journalist types into a form, read the way Bilan reads articles: a value ("3,6
// millions", "734.000", "12 %"), a date ("fin mars 2025", "2025-03", "2024"), a web address,
// and the fields of a figure added by hand. The window's forms and the command line share it.
namespace TypedInput {

// The value of "3,6 millions de bénéficiaires" (the first number, when the text starts with
// one); NaN when there is none.
double value(const QString &text);
// "2025-03-21", "21 mars 2025", "mars 2025", "2024"; null when the text is no date.
PartialDate date(const QString &text);
// An http or https address.
bool isWebAddress(const QString &text);
// The kind a unit implies: "%" a percentage, "MAD" or another ISO 4217 code the press uses
// money, anything else a count.
ClaimKind kindOfUnit(const QString &unit);

// What Bilan reads in a selection of an article: its first number's value and, when the
// selection says so, its unit ("%", "MAD").
struct Reading
{
    double value = std::numeric_limits<double>::quiet_NaN();
    QString unit;
};
Reading readSelection(QStringView selection);

} // namespace TypedInput
