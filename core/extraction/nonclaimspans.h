// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sentencesplitter.h"

// Numbers that name or select rather than measure (docs/annotation-guidelines.md, "Which
// numbers are claims"): the extractor protects these spans, and the numbers inside are not
// claims.
namespace NonClaimSpans {

// Category labels: "les jeunes âgés de 15 à 24 ans", "les 25-49 ans", "les moins de 14 ans",
// "celles de 35 à 44 ans", "50 ans ou plus", "les entreprises de plus de 50 salariés", "les
// deux ou trois roues", "les hôtels 4 étoiles". (Worth calling where "ans", "salariés",
// "employés", "personnes", "roues" or "étoiles" stands.)
QList<TextSpan> labels(QStringView text);

// Selections and spans of time: "les deux premières destinations", "au cours des trois
// dernières années", "sur les douze mois à fin juin", "entre les deux périodes", "ces deux
// destinations". (Worth calling where a time unit stands, or "premiers", "derniers", "ces".)
QList<TextSpan> selections(QStringView text);

} // namespace NonClaimSpans
