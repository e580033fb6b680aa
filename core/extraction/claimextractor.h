// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/claim.h"
#include "text/sentencesplitter.h"
#include "text/textutil.h"

// Extracts every numeric claim of an article (shared/claims-schema.md): reads the numbers,
// drops what is not a claim (dates, years, ordinals, identifiers, phone numbers, times),
// joins ranges and splits evolutions, and gives each claim its unit, kind, qualifier, the date
// it refers to and who said it. Claims in website furniture are kept, marked boilerplate.
// Pure function of the article: safe to run on many articles at once.
namespace ClaimExtractor {

QList<Claim> extract(const Article &article);
// The same with the words of each paragraph already read (see words()), to share them with
// the other passes over the article; `sentences`, when given, receives each paragraph's
// sentences (offsets in the paragraph), and `peopleWithRoles` the people the body introduces
// with a role (Article::peopleWithRoles).
QList<Claim> extract(const Article &article, const QList<FoldedWords> &paragraphWords,
                     QList<QList<TextSpan>> *sentences = nullptr, QStringList *peopleWithRoles = nullptr);
// The words of each of the article's paragraphs.
QList<FoldedWords> words(const Article &article);

// Convenience for the CLI and the window: extracts into `article.claims`.
void extractInto(Article &article);

} // namespace ClaimExtractor
