#pragma once

#include "article.h"
#include "codepointmap.h"

#include <QJsonObject>

// The JSON form of an article in the bilan.claims/1 document (see shared/claims-schema.md):
// metadata and paragraphs, with offsets in Unicode code points.
namespace ArticleJson {

QJsonObject document(const Article &article, const CodePointMap &map);
QJsonValue stringOrNull(const QString &s);

} // namespace ArticleJson
