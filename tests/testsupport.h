// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers the tests share.
#include "extraction/claimextractor.h"
#include "sources/corpus.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

// The bundled bilan, its claims extracted.
inline QList<Article> bundledExtracted()
{
    QList<Article> articles = Corpus::loadBundled().articles;
    for (Article &a : articles)
        ClaimExtractor::extractInto(a);
    return articles;
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
