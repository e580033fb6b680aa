// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Where a shared project lives: a PostgreSQL server, a database on it, and the project's name
// there (each project has a schema of its own, so that several share one database). Written as
// a URL, the form every PostgreSQL tool knows:
//
//   postgresql://user@host:5432/database?project=amo-2025&sslmode=require
//
// The password is never part of what Bilan writes or shows: libpq finds it in ~/.pgpass or
// PGPASSWORD, or the window asks for it, and it stays in memory.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)
public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user; // empty: libpq's default (PGUSER, else the system user)
    QString project;
    QString password; // only when the URL carries one; never written back
    QList<std::pair<QString, QString>> options; // sslmode and the other libpq options, as given

    // "postgresql://…" or "postgres://…": a project on a server, not a file.
    static bool isServerUrl(const QString &text);
    // Refuses a URL without database or project, a project name that is not a plain name, or
    // an option libpq would not take, saying which.
    static Result<ServerLocation> parse(const QString &url);
    // Whether `name` can name a project on a server: letters, digits, '_', '-', '.', at most
    // 48 characters, not PostgreSQL's own ("public", "pg_…", "information_schema").
    static bool validProjectName(const QString &name);
    // The URL, without the password.
    QString toUrl() const;
    // What libpq is given beyond host, port, database and user ("sslmode=require;…").
    QString connectOptions() const;
    // The channel of the project's change notices (LISTEN/NOTIFY).
    QString channel() const;
};
