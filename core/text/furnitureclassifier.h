// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "text/htmltotext.h"

// Tells an article's body apart from the website furniture around it.
//
// Each paragraph gets a score: long sentence-like prose counts for it, short lines count
// against it, and recognisable furniture (a "Lire aussi" marker, a comment form, a share bar,
// a photo credit, a view counter, a teaser cut off by "…") counts strongly against it. The body
// is the run of paragraphs with the best total (a maximum-sum segment, as in body-text
// extraction); the title is the heading just before it, skipping bylines and counters.
// Inside the body, short lines without final punctuation are headings and recognised
// furniture stays boilerplate; everything outside is boilerplate.
namespace FurnitureClassifier {

struct Outcome
{
    int title = -1; // index of the title paragraph, or -1
    int bodyFirst = -1; // the body run, inclusive; -1 when no body was found
    int bodyLast = -1;
};

// Sets the kind of every paragraph. `knownTitle` (from a manifest or the HTML) helps find the
// title line; `htmlBlocks` gives the HTML tag behind each paragraph when there was one.
Outcome classify(QStringView text, QList<Paragraph> &paragraphs, QStringView knownTitle = {},
                 const QList<HtmlBlock> *htmlBlocks = nullptr);

// Why a line is furniture on its face, whatever its position; empty when it is not.
// Exposed for tests and for the explanations shown in the window.
QString furnitureReason(QStringView paragraph);

} // namespace FurnitureClassifier
