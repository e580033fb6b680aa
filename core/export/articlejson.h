// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "export/jsonwriter.h"
#include "text/codepointmap.h"

class MetricSet;

// The JSON Bilan prints for articles: the bilan.claims/1 document of
// shared/claims-schema.md (metadata, paragraphs, claims) with keys in the schema's order and
// offsets in Unicode code points.
namespace ArticleJson {

enum class Content { Paragraphs, ParagraphsAndClaims };

// Which claims of an article to write, and fields to add to each (a project's annotations).
struct ClaimHooks
{
    std::function<bool(int claim)> include;
    std::function<void(JsonWriter &, int claim)> extraFields;
    bool snapshot = false; // write the bytes of the article's source (a project export)
};

void writeDocument(JsonWriter &w, const Article &article, Content content, const ClaimHooks *hooks = nullptr);
void writeClaim(JsonWriter &w, const Article &article, const Claim &claim, const CodePointMap &map,
                const std::function<void(JsonWriter &)> &extraFields = {});
// The whole output: {"schema": ..., "documents": [...]}, and the metrics the claims were grouped
// into across the documents ({"id", "label", "unit", "nature", "preset"}) when `metrics` is set.
QByteArray document(const QList<Article> &articles, Content content, const MetricSet *metrics = nullptr);
// The same, handed to `sink` in pieces as it is written (bounded memory whatever the size).
void document(const QList<Article> &articles, Content content, const MetricSet *metrics,
              const std::function<void(const QByteArray &)> &sink);
// "<document id>#<start in code points>".
QString claimId(const Article &article, const Claim &claim, const CodePointMap &map);

} // namespace ArticleJson
