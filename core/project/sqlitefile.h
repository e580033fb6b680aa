// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlError>

#include <memory>

// What the single-file project (.bilan, SQLite) needs of its file, each failure named by its
// real cause: that it is a whole SQLite file (a truncated one is refused before SQLite sees
// it), who holds its lock, why it cannot be written (permissions of the file or its folder, a
// full disk, another writer), and the disk's room for an export.
namespace SqliteFile {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
};

// A project file as it must be before it is opened: there, a file, readable, not empty, an
// SQLite database, a whole number of pages (a truncated copy is refused).
Result<void> check(const QString &path);

// The lock that makes one writer at a time. `waitMs` > 0: wait that long for another writer to
// finish (a script); 0: give up at once (a second window opens read-only).
struct Lock
{
    std::unique_ptr<QLockFile> file; // null when the project opens read-only
    QString readOnlyReason; // why, when it does
    bool timedOut = false; // another writer held it for all of `waitMs`
};
Lock lock(const QString &path, int waitMs);

// A failed SQLite operation on the project, said by its cause: a read-only file, a full disk,
// another writer (after the busy timeout), else SQLite's own words.
QString cause(const QString &path, const QSqlError &error);
// Whether the disk holding `path` (or its folder) has fewer than `bytes` free.
bool diskFull(const QString &path, qint64 bytes = 1);
// Whether this process may write the file (its permissions, as they apply to it).
bool writable(const QString &path);
// A path that is a symbolic link leading nowhere or to itself.
bool brokenLink(const QString &path);

} // namespace SqliteFile
