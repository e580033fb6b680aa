// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sentencesplitter.h"

#include "domain/article.h"

// The sentence around a claim, for tables, citations and reports.
namespace ClaimContext {

// The sentences of a paragraph, as article offsets; the paragraph's figures ("9. 255") never
// end one.
QList<TextSpan> sentences(const Article &article, int paragraph);
// The sentence holding the claim, white space simplified; a sentence longer than kMaxChars
// is cut around the figure at spaces, each cut marked "…".
constexpr qsizetype kMaxChars = 1000;
// How far from the figure the sentence is looked for (beyond: a cut).
constexpr qsizetype kReach = 2000;
QString sentence(const Article &article, const Claim &claim);

} // namespace ClaimContext
