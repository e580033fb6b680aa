// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/corpus.h"

#include "sources/urlfetcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "extraction/typedinput.h"

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

Result<Corpus::Manifest> Corpus::readManifest(const QString &path)
{
    using R = Result<Manifest>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Text::tr("%1: cannot read the manifest (%2)").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(ArticleLoader::kMaxFileSize), &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(Text::tr("%1: the manifest is not valid JSON (%2 at byte %3)")
                              .arg(path, error.errorString(), QString::number(error.offset)));
    const QJsonArray articles = doc.object().value(QStringLiteral("articles")).toArray();
    if (!doc.isObject() || articles.isEmpty())
        return R::failure(Text::tr("%1: the manifest has no \"articles\" list").arg(path));
    Manifest manifest;
    const QString schema = doc.object().value(QStringLiteral("schema")).toString();
    if (schema != u"bilan.manifest/1")
        manifest.warnings
            << Text::tr("%1: the manifest's schema is \"%2\", not \"bilan.manifest/1\"; its entries are "
                        "read as that schema's")
                   .arg(path, schema);
    for (int i = 0; i < articles.size(); ++i) {
        const QJsonObject o = articles[i].toObject();
        ManifestEntry e;
        e.file = stringOrEmpty(o, "file");
        // Only files beside the manifest or below it: no "..", no absolute path.
        if (e.file.isEmpty() || QDir::isAbsolutePath(e.file)
            || QDir::cleanPath(e.file).startsWith(QStringLiteral(".."))
            || e.file.split(u'/').contains(QStringLiteral(".."))) {
            manifest.warnings << Text::tr("%1: article %2 has no valid \"file\" (\"%3\"): left out")
                                     .arg(path, QString::number(i + 1), e.file);
            continue;
        }
        e.metadata.id = stringOrEmpty(o, "id");
        e.metadata.title = stringOrEmpty(o, "title");
        e.metadata.outlet = stringOrEmpty(o, "outlet");
        const QString published = stringOrEmpty(o, "published");
        e.metadata.published = PartialDate::fromIso(published);
        if (!published.isEmpty() && e.metadata.published.isNull())
            manifest.warnings << Text::tr("%1: %2: \"published\" is not a date (\"%3\"): left out")
                                     .arg(path, e.file, published);
        e.metadata.language = stringOrEmpty(o, "language");
        const QString url = stringOrEmpty(o, "url");
        // Only web addresses: a "javascript:" or "file:" address never reaches a citation.
        if (url.isEmpty() || TypedInput::isWebAddress(url))
            e.metadata.url = url.trimmed();
        else
            manifest.warnings << Text::tr(
                                     "%1: %2: \"url\" is not an http or https address (\"%3\"): left out")
                                     .arg(path, e.file, url);
        e.metadata.author = stringOrEmpty(o, "author");
        manifest.entries.append(e);
    }
    return manifest;
}

Result<QList<ArticleSource>> Corpus::manifestSources(const QString &path, QStringList *warnings)
{
    const auto manifest = readManifest(path);
    if (!manifest)
        return Result<QList<ArticleSource>>::failure(manifest.error());
    if (warnings)
        *warnings += manifest->warnings;
    const QDir dir = QFileInfo(path).dir();
    QList<ArticleSource> out;
    for (const ManifestEntry &e : manifest->entries) {
        const QString file = dir.filePath(e.file);
        out.append({file, file, e.metadata});
    }
    return out;
}

Result<QList<ArticleSource>> Corpus::bundledSources()
{
    auto sources = manifestSources(bundledManifestPath(), nullptr);
    if (sources) {
        // Shown under the path they have in the source tree.
        for (ArticleSource &s : *sources)
            s.shownPath.replace(QStringLiteral(":/corpus/"), QStringLiteral("data/corpus/"));
    }
    return sources;
}

QList<ArticleSource> Corpus::fileSources(const QStringList &paths, QStringList *warnings)
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
                    const auto read = readManifest(manifest);
                    if (read) {
                        for (const ManifestEntry &e : read->entries)
                            byName.insert(e.file, e.metadata);
                    }
                    if (warnings)
                        *warnings
                            += read ? read->warnings : QStringList {read.error() + Text::tr(": ignored")};
                }
                manifests.insert(dir, byName);
            }
            known = manifests.value(dir).value(info.fileName());
        }
        out.append({path, path, known});
    }
    return out;
}

bool Corpus::isWebAddress(const QString &path)
{
    return path.startsWith(u"http://", Qt::CaseInsensitive)
        || path.startsWith(u"https://", Qt::CaseInsensitive);
}

Result<Article> Corpus::load(const ArticleSource &source)
{
    // An http:// or https:// address is fetched (UrlFetcher) and kept as a snapshot.
    if (isWebAddress(source.path))
        return UrlFetcher::toArticle(UrlFetcher::fetchBlocking(QUrl(source.path)));
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

LoadReport loadAll(const Result<QList<ArticleSource>> &sources, const QStringList &warnings = {})
{
    LoadReport report;
    report.warnings = warnings;
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
    QStringList warnings;
    const auto sources = manifestSources(path, &warnings);
    return loadAll(sources, warnings);
}

LoadReport Corpus::loadBundled()
{
    return loadAll(bundledSources());
}

LoadReport Corpus::loadFiles(const QStringList &paths)
{
    QStringList warnings;
    const QList<ArticleSource> sources = fileSources(paths, &warnings);
    return loadAll(sources, warnings);
}
