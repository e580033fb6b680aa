// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"
#include "sources/articleloader.h"

#include <QStringList>

// A set of articles and the manifest that describes them. The bundled bilan (the five
// articles in data/corpus) is compiled into the binaries as Qt resources under ":/corpus".
struct ManifestEntry
{
    QString file; // relative to the manifest
    ArticleMetadata metadata;
};

struct LoadReport
{
    QList<Article> articles;
    QStringList errors; // one line per file that failed, naming it
};

namespace Corpus {

QString bundledManifestPath();
Result<QList<ManifestEntry>> readManifest(const QString &path);
LoadReport loadManifest(const QString &path);
LoadReport loadBundled();
// Each file on its own; a manifest.json beside a file supplies its metadata when it lists it.
// An http:// or https:// address is fetched (UrlFetcher) and kept as a snapshot.
LoadReport loadFiles(const QStringList &paths);

} // namespace Corpus
