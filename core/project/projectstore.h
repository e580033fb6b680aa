// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/result.h"

#include <QLockFile>
#include <QSqlDatabase>

#include <memory>

// The .bilan project file: an SQLite database (through QtSql) with the articles (text, hash,
// metadata, paragraphs), the claims the engine found and the engine version that found them,
// the journalists' annotations, and an append-only history of every change (who, when,
// field, old → new). Every change is one transaction, committed at once: there is no unsaved
// work. The schema has a version and ordered migrations; a file from a newer Bilan, a
// damaged file or a file that is not a project is refused with a message and left untouched.
// A project open elsewhere (its lock is held) opens read-only.
class ProjectStore
{
public:
    static constexpr int kSchemaVersion = 2;
    static QString engineVersion();

    static Result<std::unique_ptr<ProjectStore>> create(const QString &path);
    // `readOnly`: open without writing even when the project is free.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, bool readOnly = false);
    ~ProjectStore();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the project is read-only ("open in another window"), or empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString storedEngineVersion() const;

    Result<QList<Article>> loadArticles() const;
    bool containsArticle(const QString &sha256) const;
    // Adds an article (refused when its SHA-256 is already in the project).
    Result<bool> addArticle(const Article &article);
    // Replaces every article's claims (after a re-extraction) and records the engine version.
    Result<bool> replaceClaims(const QList<Article> &articles);

    Result<QList<Annotation>> loadAnnotations() const;
    // Inserts or updates an annotation with its history lines, in one transaction. The
    // returned annotation has its id.
    Result<Annotation> saveAnnotation(const Annotation &annotation, const QList<HistoryEntry> &history);
    // Removes an annotation (an undone creation, a removed manual figure); history is kept.
    Result<bool> removeAnnotation(qint64 id, const QList<HistoryEntry> &history);
    Result<bool> setOrphaned(const QList<qint64> &ids, bool orphaned);
    QList<HistoryEntry> history(const QString &claim = {}) const;

    // Writes a consistent copy of the project to `path` (VACUUM INTO).
    Result<bool> saveCopy(const QString &path) const;

private:
    ProjectStore() = default;
    static Result<std::unique_ptr<ProjectStore>> connect(const QString &path, bool create, bool readOnly);
    Result<bool> migrate();
    QString failure(const QString &problem) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
};
