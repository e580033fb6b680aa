#pragma once

#include "article.h"
#include "metrictaxonomy.h"

// Gives each claim of an article the metric it measures, by the steps of docs/metrics.md: the
// candidate measures from its unit, ranked by the measure words nearest the figure (its clause,
// then its sentence); the scheme named in the sentence, else earlier in the paragraph, else in
// the earlier paragraphs of its section, else in the heading above (a specific scheme beating
// "l'AMO" at each step); then the scheme × measure pair the taxonomy knows. Claims that fit
// nothing keep an empty metric. Furniture is left alone.
namespace MetricAssigner {

void assign(Article &article, const MetricTaxonomy &taxonomy = MetricTaxonomy::bundled());

} // namespace MetricAssigner
