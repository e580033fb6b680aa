// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QString>

// Every human-facing form of a claim, in one place: its value the French way ("24,7
// millions", "9,5 milliards DH"), with its qualifier ("plus de 24,7 millions"), its kind and
// date, the label of its source, its quote, and its citation. The table, the consistency
// checks' messages, the report and the command line all write claims through it, so that a
// claim reads the same everywhere. Words that are not French figures go through tr().
namespace ClaimText {

// "24,7 millions", "9,5 milliards DH", "12,5 %", "500 – 1 200 DH".
QString value(const Claim &claim);
// The value with its qualifier in front: "more than 14 millions" ("plus de" in French).
QString figure(const Claim &claim);
QString qualifier(Qualifier qualifier); // empty for an exact figure
QString kind(ClaimKind kind);
// "mars 2025", "17 févr. 2025", "2024"; "undated" for a claim without a date.
QString dated(const Claim &claim);
// "plus de 14 millions (Hespress, février 2025)".
QString described(const Article &article, const Claim &claim);
// The same with the source named as given (told apart from one named alike).
QString described(const Claim &claim, const QString &source);

// The label of an article in lists and filters: its outlet (else its title, shortened, else
// its id) and its publication date.
QString source(const Article &article);
// The article named in a sentence: its outlet, else « its title » cut at a word.
QString sourceInSentence(const Article &article);
// The figure as the article writes it, white space simplified ("734.000").
QString quote(const Article &article, const Claim &claim);
// "Read by OCR, 61 % confidence: check the figure on the page." for a figure read from a scan;
// empty for any other.
QString ocrNote(const Claim &claim);

// « sentence » — outlet, date, §N, URL (the parts the article knows).
QString citation(const Article &article, const Claim &claim);

// The claim's paragraph as a report quotes it: whole when it is at most `maxChars` long, else
// the claim's sentence and as many whole sentences around it as fit, cut at words when the
// sentence alone is longer, with "…" where text was left out. Line breaks become spaces;
// [start, end) is the figure within `text`.
struct Excerpt
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    bool cut = false; // some of the paragraph was left out
};
Excerpt excerpt(const Article &article, const Claim &claim, qsizetype maxChars = 1500);

} // namespace ClaimText
