// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/storeschema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreSchema)
};

// Column names of a table, as SQLite reports them.
QSet<QString> columns(const QSqlDatabase &db, const QString &table)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (q.next())
            out.insert(q.value(1).toString());
    }
    return out;
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace

const QList<QStringList> &StoreSchema::migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, file TEXT, "
                           "title TEXT, outlet TEXT, published TEXT, language TEXT, url TEXT, author TEXT, "
                           "sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL, paragraphs TEXT NOT NULL, "
                           "engine_version TEXT, added_at TEXT, added_by TEXT)"),
            QStringLiteral(
                "CREATE TABLE claims (article_id INTEGER NOT NULL REFERENCES articles(id), start INTEGER, "
                "end INTEGER, value REAL, high REAL, kind TEXT, unit TEXT, per TEXT, qualifier TEXT, "
                "as_of TEXT, since TEXT, speaker TEXT, metric TEXT, paragraph INTEGER, boilerplate "
                "INTEGER)"),
            QStringLiteral("CREATE INDEX claims_article ON claims(article_id)"),
            QStringLiteral(
                "CREATE TABLE annotations (id INTEGER PRIMARY KEY, article_sha TEXT NOT NULL, start INTEGER, "
                "end INTEGER, quote TEXT, before TEXT, after TEXT, paragraph INTEGER, original_value REAL, "
                "status TEXT, note TEXT, refs TEXT, corr_value REAL, corr_high REAL, corr_unit TEXT, "
                "corr_as_of TEXT, corr_metric TEXT, manual INTEGER DEFAULT 0, manual_claim TEXT, "
                "updated_by TEXT, updated_at TEXT, orphaned INTEGER DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX annotations_claim ON annotations(article_sha, start, end)"),
            QStringLiteral(
                "CREATE TABLE history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT, claim TEXT, "
                "field TEXT, old_value TEXT, new_value TEXT)"),
        },
        {
            // Version 2: where an article came from (the source's bytes, type, final address and
            // retrieval time, where its text stands on a PDF's pages) and where a claim stands on
            // its page, with the OCR's confidence.
            QStringLiteral("ALTER TABLE articles ADD COLUMN snapshot BLOB"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN content_type TEXT"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN final_url TEXT"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN retrieved_at TEXT"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN source_spans BLOB"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN page INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN box TEXT"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN ocr_confidence REAL"),
        },
        {
            // Version 3: a unit as written beside its canonical symbol ("Mm³" for m³), and the
            // link from an evolution's later claim to its earlier one.
            QStringLiteral("ALTER TABLE claims ADD COLUMN written_unit TEXT"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN change_of INTEGER"),
        },
    };
    return steps;
}

Result<void> StoreSchema::migrate(QSqlDatabase &db, const QString &engineVersion)
{
    QSqlQuery q(db);
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    q.finish();
    auto failed = [&](const QSqlError &error) {
        db.rollback();
        return Result<void>::failure(Text::tr("cannot update the project format (%1)").arg(error.text()));
    };
    for (int v = version; v < kVersion; ++v) {
        if (!db.transaction())
            return Result<void>::failure(
                Text::tr("cannot write the project (%1)").arg(db.lastError().text()));
        for (const QString &statement : migrations()[v]) {
            QSqlQuery step(db);
            if (!step.exec(statement))
                return failed(step.lastError());
        }
        QList<std::pair<QString, QString>> entries
            = {{QStringLiteral("application"), kApplicationId},
               {QStringLiteral("schema_version"), QString::number(v + 1)}};
        if (version == 0)
            entries += {{QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("engine_version"), engineVersion}};
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const auto &[key, value] : std::as_const(entries)) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (!meta.exec())
                return failed(meta.lastError());
        }
        QSqlQuery counter(db);
        if (!counter.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
            return failed(counter.lastError());
        if (!db.commit())
            return Result<void>::failure(
                Text::tr("cannot write the project (%1)").arg(db.lastError().text()));
    }
    return {};
}

QString StoreSchema::missing(const QSqlDatabase &db, int version)
{
    // The reference: the schema of `version` made afresh in memory.
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("bilan-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    QString found;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        if (!reference.open())
            return {};
        for (int v = 0; v < version && v < migrations().size(); ++v) {
            for (const QString &statement : migrations()[v])
                QSqlQuery(reference).exec(statement);
        }
        const QStringList present = tables(db);
        for (const QString &table : tables(reference)) {
            if (!present.contains(table)) {
                found = Text::tr("table %1").arg(table);
                break;
            }
            const QSet<QString> have = columns(db, table);
            for (const QString &column : columns(reference, table)) {
                if (!have.contains(column)) {
                    found = Text::tr("column %1.%2").arg(table, column);
                    break;
                }
            }
            if (!found.isEmpty())
                break;
        }
        reference.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}
