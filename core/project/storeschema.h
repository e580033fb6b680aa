// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

// The project's schema, version by version: ordered migrations, each one transaction, and the
// check that a file has every table and column its version should. The meta table names the
// application and the schema version; SQLite's user_version follows it. A project on a
// PostgreSQL server has the same tables in a schema of its own (one per project).
namespace StoreSchema {

inline const QString kApplicationId = QStringLiteral("bilan.project");
constexpr int kVersion = 3;

// The SQL a backend speaks. The migrations are written for SQLite with portable names ("end"
// quoted: a reserved word in PostgreSQL); statement() says them in PostgreSQL's types (an
// identity column for INTEGER PRIMARY KEY, DOUBLE PRECISION for REAL, BYTEA for BLOB).
enum class Dialect { Sqlite, Postgres };
Dialect dialectOf(const QSqlDatabase &db);
QString statement(const QString &sql, Dialect dialect);

// migrations()[i] brings a project from version i to i + 1.
const QList<QStringList> &migrations();
// The tables of the schema, parents first (the order a copy fills them in).
QStringList tableNames();
// The columns of `table` in the current version, in the order they were made.
QStringList columnNames(const QString &table);
// Brings `db` to kVersion, recording `engineVersion` when the project is new.
Result<void> migrate(QSqlDatabase &db, const QString &engineVersion);
// The first table or column of `version` that `db` lacks ("table history", "column
// annotations.refs"), or empty when none is.
QString missing(const QSqlDatabase &db, int version);

} // namespace StoreSchema
