// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/articlemetadata.h"
#include "domain/finding.h"
#include "domain/result.h"
#include "project/storeschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>

#include <functional>
#include <memory>

// The .bilan project file: an SQLite database (through QtSql) with the articles (text, hash,
// metadata, paragraphs), the claims the engine found and the engine version that found them,
// the journalists' annotations, and an append-only history of every change (who, when,
// field, old → new). Every change is one transaction, committed at once: there is no unsaved
// work. The schema has a version and ordered migrations; a file from a newer Bilan, a
// damaged or truncated file, a file with a table missing, or a file that is not a project is
// refused with a message and left untouched. A project open elsewhere (its lock is held) opens
// read-only; a failure to write says its cause (permissions, a full disk, another writer).
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
public:
    static constexpr int kSchemaVersion = StoreSchema::kVersion;
    // How long a write waits for another writer's transaction before it fails.
    static constexpr int kBusyTimeoutMs = 5000;
    static QString engineVersion();

    enum class Access { ReadWrite, ReadOnly };

    // A new project at `path`, filled by `fill` (articles added, say) before it takes its name:
    // nothing is left at `path` when it fails.
    static Result<std::unique_ptr<ProjectStore>>
    create(const QString &path, const std::function<Result<void>(ProjectStore &)> &fill = {});
    // ReadWrite opens read-only (with the reason) when another window holds the project, unless
    // `waitForWriterMs` > 0: then it waits that long, and fails saying so.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, Access access = Access::ReadWrite,
                                                      int waitForWriterMs = 0);
    ~ProjectStore();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the project is read-only ("open in another window"), or empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString storedEngineVersion() const;

    Result<QList<Article>> loadArticles() const;
    bool containsArticle(const QString &sha256) const;
    // Adds an article (refused when its SHA-256 is already in the project).
    Result<void> addArticle(const Article &article);
    // Replaces every article's claims (after a re-extraction) and records the engine version.
    Result<void> replaceClaims(const QList<Article> &articles);

    Result<QList<Annotation>> loadAnnotations() const;
    // Inserts or updates an annotation with its history lines, in one transaction. The
    // returned annotation has its id.
    Result<Annotation> saveAnnotation(const Annotation &annotation, const QList<HistoryEntry> &history);
    // Removes an annotation (an undone creation, a removed manual figure); history is kept.
    Result<void> removeAnnotation(qint64 id, const QList<HistoryEntry> &history);
    Result<void> setOrphaned(const QList<qint64> &ids, bool orphaned);
    // Writes what is known of the article `sha256` (title, outlet, date, URL, author) with its
    // history line, in one transaction.
    Result<void> setArticleMetadata(const QString &sha256, const ArticleMetadata &metadata,
                                    const QList<HistoryEntry> &history);
    // The journalists' reviews of findings, by finding key (kept in the meta table).
    Result<QHash<QString, FindingReview>> loadFindingReviews() const;
    // Writes (or, for a default review, removes) a finding's review with its history line.
    Result<void> saveFindingReview(const QString &key, const FindingReview &review,
                                   const QList<HistoryEntry> &history);
    QList<HistoryEntry> history(const QString &claim = {}) const;

    // Writes a consistent copy of the project to `path` (VACUUM INTO).
    Result<void> saveCopy(const QString &path) const;

private:
    enum class Mode { Create, ReadWrite, ReadOnly };
    ProjectStore() = default;
    static Result<std::unique_ptr<ProjectStore>> connect(const QString &path, Mode mode, int waitForWriterMs);
    static QString connectOptions(bool readOnly);
    // The checks of an existing file: integrity, application, version, tables and columns.
    Result<void> verify() const;
    Result<void> migrate();
    QString failure(const QString &problem) const;
    // A failed SQL operation said by its cause.
    QString cause(const QSqlError &error) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
};
