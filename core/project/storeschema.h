// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

// The project's schema, version by version: ordered migrations, each one transaction, and the
// check that a file has every table and column its version should. The meta table names the
// application and the schema version; SQLite's user_version follows it.
namespace StoreSchema {

inline const QString kApplicationId = QStringLiteral("bilan.project");
constexpr int kVersion = 3;

// migrations()[i] brings a project from version i to i + 1.
const QList<QStringList> &migrations();
// Brings `db` to kVersion, recording `engineVersion` when the project is new.
Result<void> migrate(QSqlDatabase &db, const QString &engineVersion);
// The first table or column of `version` that `db` lacks ("table history", "column
// annotations.refs"), or empty when none is.
QString missing(const QSqlDatabase &db, int version);

} // namespace StoreSchema
