// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(bytes[at + i]);
    return v;
}

} // namespace

bool SqliteFile::brokenLink(const QString &path)
{
    const QByteArray local = QFile::encodeName(path);
    struct stat st
    {
    };
    if (lstat(local.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
        return false;
    return stat(local.constData(), &st) != 0;
}

bool SqliteFile::diskFull(const QString &path, qint64 bytes)
{
    QString dir = QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath();
    struct statvfs fs
    {
    };
    if (statvfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return false;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize) < bytes;
}

Result<void> SqliteFile::check(const QString &path)
{
    const QFileInfo info(path);
    if (brokenLink(path))
        return Result<void>::failure(
            SqliteFile::Text::tr("%1: a symbolic link that leads to itself or to nothing, not a project")
                .arg(path));
    if (!info.exists())
        return Result<void>::failure(SqliteFile::Text::tr("%1: no such file").arg(path));
    if (info.isDir())
        return Result<void>::failure(SqliteFile::Text::tr("%1: is a directory, not a project").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<void>::failure(
            file.error() == QFileDevice::PermissionsError
                ? SqliteFile::Text::tr("%1: you may not read this file (its permissions)").arg(path)
                : SqliteFile::Text::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Result<void>::failure(
            SqliteFile::Text::tr("%1: file is empty, not a Bilan project").arg(path));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100)
        return Result<void>::failure(
            SqliteFile::Text::tr("%1: not a Bilan project (not an SQLite database)").arg(path));
    // The page size (1 stands for 65536) and, when the header vouches for it, the page count.
    qint64 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 size = file.size();
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pagesValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (pageSize < 512 || size % pageSize != 0 || (pagesValid && qint64(pages) * pageSize != size))
        return Result<void>::failure(
            SqliteFile::Text::tr(
                "%1: the project file is truncated or damaged (%2 bytes, not the %3 its pages make)")
                .arg(path, QString::number(size),
                     QString::number(pagesValid ? qint64(pages) * pageSize
                                                : (size / pageSize + 1) * pageSize)));
    return {};
}

bool SqliteFile::writable(const QString &path)
{
    // As this thread may write (effective ids and capabilities), not as the file's bits say.
    return faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

SqliteFile::Lock SqliteFile::lock(const QString &path, int waitMs)
{
    Lock result;
    const QFileInfo info(path);
    if (info.exists() && !writable(path)) {
        result.readOnlyReason = SqliteFile::Text::tr("the file is read-only (its permissions)");
        return result;
    }
    auto file = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    file->setStaleLockTime(0);
    if (file->tryLock(waitMs)) {
        result.file = std::move(file);
        return result;
    }
    switch (file->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, application;
        file->getLockInfo(&pid, &host, &application);
        result.timedOut = waitMs > 0;
        result.readOnlyReason = pid > 0
            ? SqliteFile::Text::tr("the project is open in another window or program (%1, process %2 on %3)")
                  .arg(application.isEmpty() ? SqliteFile::Text::tr("unknown") : application,
                       QString::number(pid), host)
            : SqliteFile::Text::tr("the project is open in another window or program");
        break;
    }
    case QLockFile::PermissionError:
        result.readOnlyReason = SqliteFile::Text::tr("the folder %1 cannot be written to (its permissions)")
                                    .arg(QDir::toNativeSeparators(info.absolutePath()));
        break;
    default:
        result.readOnlyReason = diskFull(path, 64 * 1024)
            ? SqliteFile::Text::tr("the disk is full")
            : SqliteFile::Text::tr("its lock file cannot be made");
        break;
    }
    return result;
}

QString SqliteFile::cause(const QString &path, const QSqlError &error)
{
    // SQLite's primary result codes (the extended codes keep them in their low byte).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return SqliteFile::Text::tr("another program is writing the project; Bilan waited 5 s for it");
    case 8: // SQLITE_READONLY
        return !writable(path) ? SqliteFile::Text::tr("the file is read-only (its permissions)")
                               : SqliteFile::Text::tr("the folder cannot be written to (its permissions)");
    case 13: // SQLITE_FULL
        return SqliteFile::Text::tr("the disk is full");
    case 10: // SQLITE_IOERR
        return diskFull(path, 64 * 1024)
            ? SqliteFile::Text::tr("the disk is full")
            : SqliteFile::Text::tr("the disk refused to write (%1)").arg(error.databaseText());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return SqliteFile::Text::tr("the project file is damaged (%1)").arg(error.databaseText());
    default:
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }
}
