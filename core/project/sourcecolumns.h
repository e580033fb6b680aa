// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QVariant>

// How ProjectStore keeps what schema version 2 added: an article's source (snapshot, content
// type, final URL, retrieval time, where its text stands on the PDF's pages) and a claim's page,
// box and OCR confidence, as column values.
namespace SourceColumns {

// snapshot, content_type, final_url, retrieved_at, source_spans (NULLs for a text file).
QVariantList ofArticle(const Article &article);
// From the same five columns; null when the article has no source.
SourceDocumentPtr toSource(const QVariantList &columns);
// page, box ("x y w h" in points), ocr_confidence.
QVariantList ofClaim(const Claim &claim);
void toClaim(Claim &claim, const QVariant &page, const QVariant &box, const QVariant &confidence);

} // namespace SourceColumns
