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

// One article to read: where from, the name it goes by (a resource path is shown as the
// source tree's "data/corpus/…"), and what a manifest says of it.
struct ArticleSource
{
    QString path;
    QString shownPath;
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

// What to read. The bundled bilan; the files a manifest lists; or files each on its own, with
// the metadata of a manifest.json beside it when that manifest lists the file.
Result<QList<ArticleSource>> bundledSources();
Result<QList<ArticleSource>> manifestSources(const QString &path);
QList<ArticleSource> fileSources(const QStringList &paths);
// Reads one source (no extraction); a failure names the source's shown path.
Result<Article> load(const ArticleSource &source);

// The same, read at once on this thread (no extraction; ArticleLoadJob reads and extracts
// across the thread pool).
LoadReport loadManifest(const QString &path);
LoadReport loadBundled();
LoadReport loadFiles(const QStringList &paths);

} // namespace Corpus
