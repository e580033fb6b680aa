// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers the tests share.
#include "extraction/claimextractor.h"
#include "sources/corpus.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>

#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace TestSupport {

// The bundled bilan, its claims extracted.
inline QList<Article> bundledExtracted()
{
    QList<Article> articles = Corpus::loadBundled().articles;
    for (Article &a : articles)
        ClaimExtractor::extractInto(a);
    return articles;
}

// The claim that starts where `quote` first appears in the article, or -1.
inline int claimQuoted(const Article &a, const QString &quote)
{
    const qsizetype at = a.text.indexOf(quote);
    for (int c = 0; c < a.claims.size(); ++c) {
        if (a.claims[c].start == at)
            return c;
    }
    return -1;
}

// Runs SQL on a file directly, as another program (or an older Bilan) would.
inline void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// The PostgreSQL server the tests run against as well (CTest's second run of a store test):
// BILAN_TEST_PG_URL, or the url file in BILAN_TEST_PG_STATE (tests/pgcluster.sh writes it).
// Empty: the tests run on project files only.
inline QString pgServer()
{
    const QString url = qEnvironmentVariable("BILAN_TEST_PG_URL");
    if (!url.isEmpty())
        return url;
    const QString state = qEnvironmentVariable("BILAN_TEST_PG_STATE");
    if (state.isEmpty())
        return {};
    QFile f(state + QStringLiteral("/url"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("BILAN_TEST_PG_STATE=%s: no url file (did tests/pgcluster.sh start run?)", qPrintable(state));
    return QString::fromUtf8(f.readAll()).trimmed();
}

inline bool onServer()
{
    return !pgServer().isEmpty();
}

// A project of the server (a name of its own, `user` logging in when given).
inline QString serverProject(const QString &name, const QString &user = {})
{
    QString url = pgServer();
    if (!user.isEmpty())
        url.replace(QStringLiteral("://bilan@"), QStringLiteral("://%1@").arg(user));
    QString plain = name;
    for (QChar &c : plain) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    }
    return url + QStringLiteral("?project=") + plain.left(30) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
}

// Where a test's project lives: a file `name` in `dir`, or, on the server, a project of that name.
inline QString projectLocation(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? serverProject(QString(name).remove(QStringLiteral(".bilan"))) : dir.filePath(name);
}

// Runs SQL on the server as its administrator (`project`'s schema first on the path).
inline void serverSql(const QString &projectUrl, const QStringList &statements)
{
    const QUrl url(projectUrl);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-pg"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(QStringLiteral("bilan"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        const QString project = QUrlQuery(url).queryItemValue(QStringLiteral("project"));
        if (!project.isEmpty())
            QVERIFY(q.exec(QStringLiteral("SET search_path TO \"%1\"").arg(project)));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-pg"));
}

// Login roles on the test server (the desk's people), made once: tests running at the same
// time may both try.
inline void ensureRoles(const QStringList &roles)
{
    QStringList statements;
    for (const QString &role : roles)
        statements << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object OR "
                                     "unique_violation THEN NULL; END $$")
                          .arg(role);
    serverSql(pgServer(), statements);
}

// Runs SQL on a project, a file or a server's.
inline void projectSql(const QString &location, const QStringList &statements)
{
    if (location.startsWith(QStringLiteral("postgresql://")))
        serverSql(location, statements);
    else
        rawSql(location, statements);
}

// RFC 4180: fields separated by commas, records by CRLF, quotes doubled inside quoted fields.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row << field;
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

// While it lives, the calling thread is held to file permissions even when it runs as root
// (CI does): it lowers CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its effective set.
class FilePermissionsApply
{
public:
    FilePermissionsApply()
    {
        m_saved = syscall(SYS_capget, &m_header, m_data) == 0;
        if (!m_saved)
            return;
        __user_cap_data_struct lowered[2] = {m_data[0], m_data[1]};
        lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        syscall(SYS_capset, &m_header, lowered);
    }
    ~FilePermissionsApply()
    {
        if (m_saved)
            syscall(SYS_capset, &m_header, m_data);
    }
    FilePermissionsApply(const FilePermissionsApply &) = delete;
    FilePermissionsApply &operator=(const FilePermissionsApply &) = delete;

private:
    __user_cap_header_struct m_header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_data[2] {};
    bool m_saved = false;
};

// While it lives, no file of this process may grow past `bytes`: writes beyond fail as on a full
// disk (root too is held to it). SIGXFSZ, which would end the process, is ignored meanwhile.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_previous {};
    void (*m_handler)(int) = nullptr;
};

// Writes `bytes` to `name` in `dir`; returns the path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace TestSupport
