// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/articlemetadata.h"
#include "domain/finding.h"
#include "domain/result.h"
#include "project/serverlocation.h"
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
//
// The same project can live on a PostgreSQL server (a desk shares it): opened with a URL
// (ServerLocation), the same schema in a schema of its own, the same migrations and the same
// transactions; any number of writers, each change tagged with the login that made it and
// announced to the others (NOTIFY). A role that may only read opens it read-only. A lost
// connection fails the change in flight and is made again before the next one.
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

    // A project on a server (`location` a postgresql:// URL), not a file.
    static bool isServer(const QString &location) { return ServerLocation::isServerUrl(location); }
    // Asked for a server's password when ~/.pgpass and PGPASSWORD have none (`problem` says
    // what the server answered); an empty answer gives up. The password stays in memory.
    using PasswordPrompt = std::function<QString(const QString &location, const QString &problem)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
    // Copies the project at `from` (file or server) to a new project at `to` (file or server):
    // every table, row for row, ids included.
    static Result<void> copy(const QString &from, const QString &to);
    // Lets `role` edit (`write`) or only read the project on its server.
    Result<void> grant(const QString &role, bool write);

    // The file's path, or the server's URL (without password).
    QString path() const { return m_path; }
    bool isShared() const { return m_dialect == StoreSchema::Dialect::Postgres; }
    // The login on the server (what the history records as who); empty for a file.
    QString login() const { return m_login; }
    // Called with each change another connection made to the project ("annotation KEY WHO",
    // "articles WHO", "reconnected"), once the event loop runs.
    void setChangeHandler(std::function<void(const QString &notice)> handler);
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
    // The annotation of one claim, if it has one.
    Result<QList<Annotation>> loadAnnotations(const ClaimKey &key) const;
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
    // The journalists' decisions on the metrics (MetricRules' JSON, kept in the meta table);
    // empty when none was made.
    Result<QByteArray> loadMetricRules() const;
    // Writes them with their history line, in one transaction, and tells the other connections.
    Result<void> saveMetricRules(const QByteArray &json, const QList<HistoryEntry> &history);
    QList<HistoryEntry> history(const QString &claim = {}) const;

    // Writes a consistent copy of the project to `path` (VACUUM INTO).
    Result<void> saveCopy(const QString &path) const;
    // Writes every table into `target`, a project just made (one transaction).
    Result<void> copyInto(ProjectStore &target) const;

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
    Result<QList<Annotation>> queryAnnotations(const ClaimKey *key) const;

    // The server side.
    static Result<std::unique_ptr<ProjectStore>> connectServer(const QString &url, Mode mode);
    // (Re)opens the connection to the server, in the project's schema, listening to it.
    Result<void> openServer();
    // The connection, made again first if it was lost.
    QSqlDatabase database() const;
    // Announces a committed change to the other connections (inside its transaction).
    Result<void> announce(QSqlDatabase &db, const QString &notice) const;
    // Runs `write` and records `history` in one transaction of a writable project: commits, or
    // rolls back and says why.
    Result<void> transact(const QList<HistoryEntry> &history,
                          const std::function<Result<void>(QSqlDatabase &)> &write);

    QString m_path;
    StoreSchema::Dialect m_dialect = StoreSchema::Dialect::Sqlite;
    ServerLocation m_server;
    QString m_login;
    mutable bool m_lost = false;
    std::function<void(const QString &)> m_onChange;
    std::unique_ptr<QObject> m_listener;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
};
