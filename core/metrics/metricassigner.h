// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "metrics/metrictaxonomy.h"
#include "text/sentencesplitter.h"
#include "text/textutil.h"

// Gives each claim of an article the metric it measures, by the steps of docs/metrics.md: the
// candidate measures from its unit, ranked by the measure words nearest the figure (its clause,
// then its sentence); the scheme named in the sentence, else earlier in the paragraph, else in
// the earlier paragraphs of its section, else in the heading above (a specific scheme beating
// "l'AMO" at each step); then the scheme × measure pair the taxonomy knows. Claims that fit
// nothing keep an empty metric. Furniture is left alone.
namespace MetricAssigner {

// `paragraphWords` and `paragraphSentences` (offsets in each paragraph): what the extractor
// has read of each paragraph already; else it is read here.
void assign(Article &article, const MetricTaxonomy &taxonomy = MetricTaxonomy::bundled(),
            const QList<FoldedWords> *paragraphWords = nullptr,
            const QList<QList<TextSpan>> *paragraphSentences = nullptr);

// The keys of the taxonomy's schemes that the title or any paragraph names, sorted (a name is
// never cut by a line break). `paragraphWords`: each paragraph's words as the extractor folded
// them; else they are folded here. A long article's paragraphs are read on every core.
QStringList schemesNamed(const Article &article, const MetricTaxonomy &taxonomy,
                         const QList<FoldedWords> *paragraphWords = nullptr);

} // namespace MetricAssigner
