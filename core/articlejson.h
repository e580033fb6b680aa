#pragma once

#include "article.h"
#include "codepointmap.h"
#include "jsonwriter.h"

// The JSON Bilan prints for articles: the bilan.claims/1 document of
// shared/claims-schema.md (metadata, paragraphs, claims) with keys in the schema's order and
// offsets in Unicode code points.
namespace ArticleJson {

enum class Content { Paragraphs, ParagraphsAndClaims };

void writeDocument(JsonWriter &w, const Article &article, Content content);
void writeClaim(JsonWriter &w, const Article &article, const Claim &claim, const CodePointMap &map);
// The whole output: {"schema": ..., "documents": [...]}.
QByteArray document(const QList<Article> &articles, Content content);
// "<document id>#<start in code points>".
QString claimId(const Article &article, const Claim &claim, const CodePointMap &map);

} // namespace ArticleJson
