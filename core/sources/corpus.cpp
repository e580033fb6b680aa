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

LoadReport Corpus::loadManifest(const QString &path)
{
    LoadReport report;
    const auto entries = readManifest(path);
    if (!entries) {
        report.errors.append(entries.error());
        return report;
    }
    const QDir dir = QFileInfo(path).dir();
    for (const ManifestEntry &e : *entries) {
        auto article = ArticleLoader::loadFile(dir.filePath(e.file), e.metadata);
        if (article)
            report.articles.append(std::move(article).value());
        else
            report.errors.append(article.error());
    }
    return report;
}

LoadReport Corpus::loadBundled()
{
    LoadReport report = loadManifest(bundledManifestPath());
    // Show the bundled files under the path they have in the source tree.
    for (Article &a : report.articles)
        a.file.replace(QStringLiteral(":/corpus/"), QStringLiteral("data/corpus/"));
    return report;
}

LoadReport Corpus::loadFiles(const QStringList &paths)
{
    LoadReport report;
    QHash<QString, QHash<QString, ArticleMetadata>> manifests; // directory -> file name -> metadata
    for (const QString &path : paths) {
        if (path.startsWith(u"http://", Qt::CaseInsensitive)
            || path.startsWith(u"https://", Qt::CaseInsensitive)) {
            auto fetched = UrlFetcher::toArticle(UrlFetcher::fetchBlocking(QUrl(path)));
            if (fetched)
                report.articles.append(std::move(fetched).value());
            else
                report.errors.append(fetched.error());
            continue;
        }
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
        auto article = ArticleLoader::loadFile(path, known);
        if (article)
            report.articles.append(std::move(article).value());
        else
            report.errors.append(article.error());
    }
    return report;
}
