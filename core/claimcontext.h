#pragma once

#include "article.h"

// The text around a claim, for tables, citations and reports.
namespace ClaimContext {

// The sentence holding the claim, white space simplified.
QString sentence(const Article &article, const Claim &claim);
// « sentence » — outlet, date, §N, URL (the parts the article knows).
QString citation(const Article &article, const Claim &claim);

} // namespace ClaimContext
