// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

// Splits a paragraph into sentences. A sentence ends at . ! ? or … (with any closing quote)
// followed by white space and a capital, a digit or an opening quote; abbreviations ("M.",
// "Mme.", "n°.", "J.-C."), the dot of a number written "9. 255" and protected spans do not end
// one.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
};

namespace SentenceSplitter {
// `protectedSpans` must be sorted by start.
QList<TextSpan> split(QStringView paragraph, const QList<TextSpan> &protectedSpans = {});
} // namespace SentenceSplitter
