// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extraction/numberreader.h"

#include <QStringList>

// Shares written as fractions, read as percentages rounded to two decimals: "la moitié des",
// "deux tiers des", "les trois quarts (72,4%) de", "près du quart des", "trois cinquièmes de",
// "un Français sur trois", "un sur vingt". A fraction counts only when it is a share of
// something (followed by "de"), of the figure before ("dont la moitié"), or qualified ("près
// des trois quarts"); "un sur N" always counts.
namespace FractionReader {

QList<NumberToken> scan(QStringView text);

// The folded words one of which a fraction needs: scan() is worth calling only where one
// stands.
const QStringList &words();

} // namespace FractionReader
