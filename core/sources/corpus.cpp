// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString stringOrEmpty(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

} // namespace

QString Corpus::bundledManifestPath()
{
    return QStringLiteral(":/corpus/manifest.json");
}

Result<QList<ManifestEntry>> Corpus::readManifest(const QString &path)
{
    using R = Result<QList<ManifestEntry>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(path + QStringLiteral(": cannot read the manifest (%1)").arg(file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(ArticleLoader::kMaxFileSize), &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(path
                          + QStringLiteral(": the manifest is not valid JSON (%1 at byte %2)")
                                .arg(error.errorString())
                                .arg(error.offset));
    const QJsonArray articles = doc.object().value(QStringLiteral("articles")).toArray();
    if (!doc.isObject() || articles.isEmpty())
        return R::failure(path + QStringLiteral(": the manifest has no \"articles\" list"));
    QList<ManifestEntry> out;
    for (const QJsonValue &v : articles) {
        const QJsonObject o = v.toObject();
        ManifestEntry e;
        e.file = stringOrEmpty(o, "file");
        if (e.file.isEmpty() || e.file.contains(QStringLiteral("..")))
            return R::failure(path + QStringLiteral(": an article of the manifest has no valid \"file\""));
        e.metadata.id = stringOrEmpty(o, "id");
        e.metadata.title = stringOrEmpty(o, "title");
        e.metadata.outlet = stringOrEmpty(o, "outlet");
        e.metadata.published = PartialDate::fromIso(stringOrEmpty(o, "published"));
        e.metadata.language = stringOrEmpty(o, "language");
        e.metadata.url = stringOrEmpty(o, "url");
        e.metadata.author = stringOrEmpty(o, "author");
        out.append(e);
    }
    return out;
}

Result<QList<ArticleSource>> Corpus::manifestSources(const QString &path)
{
    const auto entries = readManifest(path);
    if (!entries)
        return Result<QList<ArticleSource>>::failure(entries.error());
    const QDir dir = QFileInfo(path).dir();
    QList<ArticleSource> out;
    for (const ManifestEntry &e : *entries) {
        const QString file = dir.filePath(e.file);
        out.append({file, file, e.metadata});
    }
    return out;
}

Result<QList<ArticleSource>> Corpus::bundledSources()
{
    auto sources = manifestSources(bundledManifestPath());
    if (sources) {
        // Shown under the path they have in the source tree.
        for (ArticleSource &s : *sources)
            s.shownPath.replace(QStringLiteral(":/corpus/"), QStringLiteral("data/corpus/"));
    }
    return sources;
}

QList<ArticleSource> Corpus::fileSources(const QStringList &paths)
{
    QList<ArticleSource> out;
    QHash<QString, QHash<QString, ArticleMetadata>> manifests; // directory -> file name -> metadata
    for (const QString &path : paths) {
        const QFileInfo info(path);
        ArticleMetadata known;
        if (info.isFile()) {
            const QString dir = info.absolutePath();
            if (!manifests.contains(dir)) {
                QHash<QString, ArticleMetadata> byName;
                const QString manifest = QDir(dir).filePath(QStringLiteral("manifest.json"));
                if (QFileInfo::exists(manifest)) {
                    const auto entries = readManifest(manifest);
                    if (entries) {
                        for (const ManifestEntry &e : *entries)
                            byName.insert(e.file, e.metadata);
                    }
                }
                manifests.insert(dir, byName);
            }
            known = manifests.value(dir).value(info.fileName());
        }
        out.append({path, path, known});
    }
    return out;
}

Result<Article> Corpus::load(const ArticleSource &source)
{
    auto article = ArticleLoader::loadFile(source.path, source.metadata);
    if (!article) {
        QString message = article.error();
        message.replace(source.path, source.shownPath);
        return Result<Article>::failure(message);
    }
    article->file = source.shownPath;
    return article;
}

namespace {

LoadReport loadAll(const Result<QList<ArticleSource>> &sources)
{
    LoadReport report;
    if (!sources) {
        report.errors.append(sources.error());
        return report;
    }
    for (const ArticleSource &s : *sources) {
        auto article = Corpus::load(s);
        if (article)
            report.articles.append(std::move(article).value());
        else
            report.errors.append(article.error());
    }
    return report;
}

} // namespace

LoadReport Corpus::loadManifest(const QString &path)
{
    return loadAll(manifestSources(path));
}

LoadReport Corpus::loadBundled()
{
    return loadAll(bundledSources());
}

LoadReport Corpus::loadFiles(const QStringList &paths)
{
    return loadAll(fileSources(paths));
}
