// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"
#include "sources/articleloader.h"

#include <QCoreApplication>
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
    QStringList warnings; // what was read in part (a manifest's bad entries), naming the file
};

namespace Corpus {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Corpus)
};

QString bundledManifestPath();
// A manifest's entries. A manifest that cannot be read as one fails; an entry that is wrong
// (a file outside the manifest's folder, a "javascript:" url, a date that is none) is left
// out, or its field, with a warning naming the manifest and the problem.
struct Manifest
{
    QList<ManifestEntry> entries;
    QStringList warnings;
};
Result<Manifest> readManifest(const QString &path);

// What to read. The bundled bilan; the files a manifest lists; or files each on its own, with
// the metadata of a manifest.json beside it when that manifest lists the file.
Result<QList<ArticleSource>> bundledSources();
Result<QList<ArticleSource>> manifestSources(const QString &path, QStringList *warnings);
QList<ArticleSource> fileSources(const QStringList &paths, QStringList *warnings = nullptr);
// Reads one source (no extraction); a failure names the source's shown path. A source that is
// an http:// or https:// address is fetched (UrlFetcher) and kept as a snapshot.
Result<Article> load(const ArticleSource &source);
bool isWebAddress(const QString &path);

// The same, read at once on this thread (no extraction; ArticleLoadJob reads and extracts
// across the thread pool).
LoadReport loadManifest(const QString &path);
LoadReport loadBundled();
LoadReport loadFiles(const QStringList &paths);

} // namespace Corpus
