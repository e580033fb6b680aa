// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectstore.h"

#include "domain/claimstatus.h"
#include "project/sourcecolumns.h"
#include "project/sqlitefile.h"
#include "project/storeschema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cmath>

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("bilan-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullable(double d)
{
    return std::isnan(d) ? QVariant(QMetaType::fromType<double>()) : QVariant(d);
}

double doubleOrNan(const QVariant &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

QJsonObject claimToJson(const Claim &c)
{
    return QJsonObject {
        {QStringLiteral("start"), c.start},
        {QStringLiteral("end"), c.end},
        {QStringLiteral("value"), std::isnan(c.value) ? QJsonValue() : QJsonValue(c.value)},
        {QStringLiteral("high"), std::isnan(c.high) ? QJsonValue() : QJsonValue(c.high)},
        {QStringLiteral("kind"), claimKindName(c.kind)},
        {QStringLiteral("unit"), c.unit},
        {QStringLiteral("qualifier"), qualifierName(c.qualifier)},
        {QStringLiteral("as_of"), c.asOf.toIso()},
        {QStringLiteral("speaker"), c.speaker},
        {QStringLiteral("paragraph"), c.paragraph},
    };
}

Claim claimFromJson(const QJsonObject &o)
{
    Claim c;
    c.start = o.value(QStringLiteral("start")).toInt();
    c.end = o.value(QStringLiteral("end")).toInt();
    c.value = o.value(QStringLiteral("value")).isNull() ? std::nan("")
                                                        : o.value(QStringLiteral("value")).toDouble();
    c.high = o.value(QStringLiteral("high")).isNull() ? std::nan("")
                                                      : o.value(QStringLiteral("high")).toDouble();
    c.kind = claimKindFromName(o.value(QStringLiteral("kind")).toString());
    c.unit = o.value(QStringLiteral("unit")).toString();
    c.qualifier = qualifierFromName(o.value(QStringLiteral("qualifier")).toString());
    c.asOf = PartialDate::fromIso(o.value(QStringLiteral("as_of")).toString());
    c.speaker = o.value(QStringLiteral("speaker")).toString();
    c.paragraph = o.value(QStringLiteral("paragraph")).toInt(-1);
    return c;
}

} // namespace

namespace {

ProjectStore::PasswordPrompt &passwordPrompt()
{
    static ProjectStore::PasswordPrompt prompt;
    return prompt;
}

// Passwords given at a prompt, by server and user, for this process's reconnections only.
QHash<QString, QString> &typedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

bool passwordRefused(const QSqlError &error)
{
    const QString text = error.text();
    return text.contains(QStringLiteral("password"), Qt::CaseInsensitive);
}

} // namespace

void ProjectStore::setPasswordPrompt(PasswordPrompt prompt)
{
    passwordPrompt() = std::move(prompt);
}

QString ProjectStore::engineVersion()
{
    // Bumped whenever extraction results may change: projects re-extract and re-attach.
    return QStringLiteral(BILAN_VERSION "-engine-2");
}

namespace {

// The server's words without libpq's decoration ("ERROR:  …\n(42704)").
QString serverWords(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    static const QRegularExpression state(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    text.remove(severity).remove(state);
    text = text.simplified();
    return text.isEmpty() ? error.text().simplified() : text;
}

} // namespace

QString ProjectStore::cause(const QSqlError &error) const
{
    if (m_dialect == StoreSchema::Dialect::Sqlite)
        return SqliteFile::cause(m_path, error);
    // No SQLSTATE (libpq's own failure: the socket closed), a connection exception (08…) or
    // an operator intervention (57…: the server shutting down): the connection is gone, and
    // is made again before the next operation.
    const QString state = error.nativeErrorCode();
    if (state.isEmpty() || state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57"))) {
        m_lost = true;
        return tr("the connection to the server was lost: %1").arg(serverWords(error));
    }
    if (state == u"42501")
        return tr("your role on the server may not change this project (%1)").arg(serverWords(error));
    if (state.startsWith(QStringLiteral("40")))
        return tr("another change to the same rows came first; try again (%1)").arg(serverWords(error));
    return serverWords(error);
}

QString ProjectStore::failure(const QString &problem) const
{
    return m_path + QStringLiteral(": ") + problem;
}

ProjectStore::~ProjectStore()
{
    m_listener.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<ProjectStore>>
ProjectStore::create(const QString &path, const std::function<Result<void>(ProjectStore &)> &fill)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    if (isServer(path)) {
        auto made = connectServer(path, Mode::Create);
        if (!made)
            return made;
        const Result<void> filled = fill ? fill(*made.value()) : Result<void>();
        if (!filled) {
            // Nothing is left on the server: the project's schema goes with what it holds.
            QSqlQuery drop(made.value()->database());
            drop.exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(made.value()->m_server.project));
            return R::failure(filled.error());
        }
        return made;
    }
    const QFileInfo info(path);
    if (info.exists() || SqliteFile::brokenLink(path))
        return R::failure(
            tr("%1: a file with this name exists already; Bilan does not overwrite it").arg(path));
    if (!QFileInfo(info.absolutePath()).isDir())
        return R::failure(tr("%1: the folder %2 does not exist").arg(path, info.absolutePath()));
    // Made whole under a temporary name, then renamed: a failure (a full disk, say) leaves no
    // half project in the way of the next try.
    const QString temporary
        = QDir(info.absolutePath())
              .filePath(QStringLiteral(".%1.creating-%2")
                            .arg(info.fileName(), QString::number(QCoreApplication::applicationPid())));
    auto removeTemporary = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".lock")})
            QFile::remove(temporary + suffix);
    };
    auto discard = [&](const QString &message) {
        removeTemporary();
        return R::failure(message);
    };
    removeTemporary(); // a leftover of this very process

    {
        auto made = connect(temporary, Mode::Create, 0);
        if (!made)
            return discard(QString(made.error()).replace(temporary, path));
        made.value()->m_path = path; // messages name the file being made
        const Result<void> filled = fill ? fill(*made.value()) : Result<void>();
        if (!filled)
            return discard(filled.error());
    }
    if (!QFile::rename(temporary, path))
        return discard(
            QFileInfo::exists(path)
                ? tr("%1: a file with this name exists already; Bilan does not overwrite it").arg(path)
                : tr("%1: cannot be written (%2)")
                      .arg(path,
                           SqliteFile::diskFull(path) ? SqliteFile::Text::tr("the disk is full")
                                                      : tr("the rename failed")));
    return open(path, Access::ReadWrite);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access,
                                                         int waitForWriterMs)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    if (isServer(path))
        return connectServer(path, access == Access::ReadOnly ? Mode::ReadOnly : Mode::ReadWrite);
    if (const auto checked = SqliteFile::check(path); !checked)
        return R::failure(checked.error());
    return connect(path, access == Access::ReadOnly ? Mode::ReadOnly : Mode::ReadWrite, waitForWriterMs);
}

QString ProjectStore::connectOptions(bool readOnly)
{
    // A write that meets another writer's transaction waits for it rather than failing at once.
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    return readOnly ? busy + QStringLiteral(";QSQLITE_OPEN_READONLY") : busy;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::connect(const QString &path, Mode mode,
                                                            int waitForWriterMs)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = path;
    store->m_connection = newConnectionName();
    bool readOnly = mode == Mode::ReadOnly;
    if (readOnly) {
        store->m_readOnlyReason = tr("opened read-only");
    } else {
        // One writer at a time: a second window opens the project read-only; a script waits.
        SqliteFile::Lock lock = SqliteFile::lock(path, waitForWriterMs);
        if (lock.timedOut)
            return R::failure(tr("%1: %2; Bilan waited %3 s for it to finish")
                                  .arg(path, lock.readOnlyReason, QString::number(waitForWriterMs / 1000.0)));
        store->m_lock = std::move(lock.file);
        readOnly = !store->m_lock;
        store->m_readOnlyReason = lock.readOnlyReason;
    }
    store->m_readOnly = readOnly;
    if (mode == Mode::Create && readOnly)
        return R::failure(tr("%1: cannot create the project (%2)").arg(path, store->m_readOnlyReason));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    if (mode != Mode::Create) {
        // Checks run read-only: a file that fails them is never written to. The exception is a
        // change cut short by a crash (a hot rollback journal beside the file): SQLite must roll
        // it back, which needs to write, and only the holder of the lock may do it.
        const bool interrupted = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
        if (interrupted && readOnly)
            return R::failure(tr("%1: a change to the project was interrupted and must be rolled back first; "
                                 "open it for writing once (close the other window that has it open)")
                                  .arg(path));
        db.setConnectOptions(connectOptions(!interrupted));
        if (!db.open())
            return R::failure(tr("%1: cannot open the project (%2)").arg(path, db.lastError().text()));
        if (const auto verified = store->verify(); !verified)
            return R::failure(verified.error());
        db.close();
    }
    db.setConnectOptions(connectOptions(readOnly));
    if (!db.open())
        return R::failure(
            tr("%1: cannot open the project (%2)").arg(path, SqliteFile::cause(path, db.lastError())));
    QSqlQuery pragmas(db);
    pragmas.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (readOnly)
        return store;
    pragmas.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    pragmas.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (const auto migrated = store->migrate(); !migrated)
        return R::failure(migrated.error());
    return store;
}

Result<void> ProjectStore::verify() const
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const bool sqlite = m_dialect == StoreSchema::Dialect::Sqlite;
    if (sqlite
        && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != u"ok"))
        return Result<void>::failure(
            tr("%1: the project file is damaged (%2)")
                .arg(m_path, q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString()));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) || !q.next()
        || q.value(0).toString() != StoreSchema::kApplicationId)
        return Result<void>::failure(
            sqlite ? tr("%1: not a Bilan project (an SQLite database without Bilan's tables)").arg(m_path)
                   : tr("%1: not a Bilan project (the schema %2 has no Bilan tables)")
                         .arg(m_path, m_server.project));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return Result<void>::failure(tr("%1: not a Bilan project (no schema version)").arg(m_path));
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Result<void>::failure(
            tr("%1: made by a newer version of Bilan (project format %2; this version reads "
               "up to %3). Open it with a newer Bilan.")
                .arg(m_path, QString::number(version), QString::number(kSchemaVersion)));
    if (version < 1)
        return Result<void>::failure(
            tr("%1: not a Bilan project (schema version %2)").arg(m_path).arg(version));
    // SQLite's own counter follows the schema version (files written before it did say 0).
    if (sqlite && q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() != 0
        && q.value(0).toInt() != version)
        return Result<void>::failure(tr("%1: the project file is damaged (its format says both %2 and %3)")
                                         .arg(m_path, QString::number(version), q.value(0).toString()));
    // Every table and column that version has (a table dropped by hand is caught here).
    const QString missing = StoreSchema::missing(db, version);
    if (!missing.isEmpty())
        return Result<void>::failure(
            tr("%1: the project file is damaged (%2 is missing)").arg(m_path, missing));
    return {};
}

Result<void> ProjectStore::migrate()
{
    QSqlDatabase db = database();
    const auto migrated = StoreSchema::migrate(db, engineVersion());
    return migrated ? migrated : Result<void>::failure(failure(migrated.error()));
}

QString ProjectStore::storedEngineVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'engine_version'")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<QList<Article>> ProjectStore::loadArticles() const
{
    using R = Result<QList<Article>>;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true); // each row read once: no cache of the whole result
    if (!q.exec(QStringLiteral("SELECT id, doc_id, file, title, outlet, published, language, url, author, "
                               "sha256, text, paragraphs, snapshot, content_type, final_url, retrieved_at,"
                               " source_spans FROM articles ORDER BY id")))
        return R::failure(failure(tr("cannot read the articles (%1)").arg(cause(q.lastError()))));
    QList<Article> out;
    QList<qint64> ids;
    while (q.next()) {
        Article a;
        ids.append(q.value(0).toLongLong());
        a.id = q.value(1).toString();
        a.file = q.value(2).toString();
        a.title = q.value(3).toString();
        a.outlet = q.value(4).toString();
        a.published = PartialDate::fromIso(q.value(5).toString());
        a.language = q.value(6).toString();
        a.url = q.value(7).toString();
        a.author = q.value(8).toString();
        a.sha256 = q.value(9).toString();
        a.text = q.value(10).toString();
        a.source = SourceColumns::toSource({q.value(12), q.value(13), q.value(14), q.value(15), q.value(16)});
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array()) {
            const QJsonArray p = v.toArray();
            Paragraph para {p.at(0).toInteger(), p.at(1).toInteger(), ParagraphKind(p.at(2).toInt())};
            if (para.start < 0 || para.end > a.text.size() || para.start > para.end)
                return R::failure(
                    failure(tr("the project file is damaged (paragraphs of %1 out of its text)").arg(a.id)));
            a.paragraphs.append(para);
        }
        out.append(std::move(a));
    }
    QSqlQuery c(db);
    c.setForwardOnly(true); // each row read once: no cache of the whole result
    if (!c.exec(QStringLiteral(
            "SELECT article_id, start, \"end\", value, high, kind, unit, per, qualifier, "
            "as_of, since, speaker, metric,"
            " paragraph, boilerplate, page, box, ocr_confidence, written_unit, change_of FROM claims"
            " ORDER BY article_id, start")))
        return R::failure(failure(tr("cannot read the claims (%1)").arg(cause(c.lastError()))));
    QHash<qint64, int> indexOf;
    for (int i = 0; i < ids.size(); ++i)
        indexOf.insert(ids[i], i);
    while (c.next()) {
        const int ai = indexOf.value(c.value(0).toLongLong(), -1);
        if (ai < 0)
            continue;
        Claim claim;
        claim.start = c.value(1).toInt();
        claim.end = c.value(2).toInt();
        claim.value = doubleOrNan(c.value(3));
        claim.high = doubleOrNan(c.value(4));
        claim.kind = claimKindFromName(c.value(5).toString());
        claim.unit = c.value(6).toString();
        claim.per = c.value(7).toString();
        claim.qualifier = qualifierFromName(c.value(8).toString());
        claim.asOf = PartialDate::fromIso(c.value(9).toString());
        claim.since = PartialDate::fromIso(c.value(10).toString());
        claim.speaker = c.value(11).toString();
        claim.metric = c.value(12).toString();
        claim.paragraph = c.value(13).toInt();
        claim.boilerplate = c.value(14).toBool();
        SourceColumns::toClaim(claim, c.value(15), c.value(16), c.value(17));
        claim.writtenUnit = c.value(18).toString();
        claim.changeOf = c.value(19).isNull() ? -1 : c.value(19).toInt();
        Article &a = out[ai];
        if (claim.start < 0 || claim.end > a.text.size() || claim.start >= claim.end || claim.paragraph < 0
            || claim.paragraph >= a.paragraphs.size())
            return R::failure(
                failure(tr("the project file is damaged (a claim of %1 out of its text)").arg(a.id)));
        a.claims.append(claim);
    }
    return out;
}

bool ProjectStore::containsArticle(const QString &sha256) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM articles WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next();
}

namespace {

Result<void> insertClaims(QSqlDatabase &db, const QString &path, qint64 articleId, const QList<Claim> &claims)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO claims (article_id, start, \"end\", value, high, kind, unit, per, qualifier, as_of, "
        "since, "
        "speaker, metric, paragraph, boilerplate, page, box, ocr_confidence, written_unit, change_of) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Claim &c : claims) {
        q.addBindValue(articleId);
        q.addBindValue(c.start);
        q.addBindValue(c.end);
        q.addBindValue(nullable(c.value));
        q.addBindValue(nullable(c.high));
        q.addBindValue(claimKindName(c.kind));
        q.addBindValue(nullable(c.unit));
        q.addBindValue(nullable(c.per));
        q.addBindValue(qualifierName(c.qualifier));
        q.addBindValue(nullable(c.asOf.toIso()));
        q.addBindValue(nullable(c.since.toIso()));
        q.addBindValue(nullable(c.speaker));
        q.addBindValue(nullable(c.metric));
        q.addBindValue(c.paragraph);
        q.addBindValue(c.boilerplate ? 1 : 0);
        for (const QVariant &v : SourceColumns::ofClaim(c))
            q.addBindValue(v);
        q.addBindValue(nullable(c.writtenUnit));
        q.addBindValue(c.changeOf >= 0 ? QVariant(c.changeOf) : QVariant(QMetaType::fromType<int>()));
        if (!q.exec())
            return Result<void>::failure(SqliteFile::cause(path, q.lastError()));
    }
    return {};
}

} // namespace

Result<void> ProjectStore::addArticle(const Article &a)
{
    if (m_readOnly)
        return Result<void>::failure(failure(tr("the project is read-only (%1)").arg(m_readOnlyReason)));
    if (containsArticle(a.sha256))
        return Result<void>::failure(
            tr("%1: already in the project (same content, SHA-256 %2…)").arg(a.file, a.sha256.left(12)));
    if (a.source && !a.source->finalUrl.isEmpty()) {
        // A page fetched again: its bytes differ (ads, counters), its address or text does not.
        QSqlQuery same(database());
        same.prepare(QStringLiteral("SELECT file, url = ? FROM articles WHERE url = ? OR text = ? LIMIT 1"));
        same.addBindValue(a.url);
        same.addBindValue(a.url);
        same.addBindValue(a.text);
        if (same.exec() && same.next())
            return Result<void>::failure(same.value(1).toBool()
                                             ? tr("%1: already in the project (same address)").arg(a.url)
                                             : tr("%1: already in the project (same text as %2)")
                                                   .arg(a.url, same.value(0).toString()));
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<void>::failure(failure(tr("cannot write the project (%1)").arg(cause(db.lastError()))));
    QJsonArray paragraphs;
    for (const Paragraph &p : a.paragraphs)
        paragraphs.append(QJsonArray {qint64(p.start), qint64(p.end), int(p.kind)});
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO articles (doc_id, file, title, outlet, published, language, url, author, sha256, text,"
        " paragraphs, engine_version, added_at, added_by, snapshot, content_type, final_url, retrieved_at,"
        " source_spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.id);
    q.addBindValue(a.file);
    q.addBindValue(nullable(a.title));
    q.addBindValue(nullable(a.outlet));
    q.addBindValue(nullable(a.published.toIso()));
    q.addBindValue(nullable(a.language));
    q.addBindValue(nullable(a.url));
    q.addBindValue(nullable(a.author));
    q.addBindValue(a.sha256);
    q.addBindValue(a.text);
    q.addBindValue(QString::fromUtf8(QJsonDocument(paragraphs).toJson(QJsonDocument::Compact)));
    q.addBindValue(engineVersion());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(m_login.isEmpty() ? QString() : m_login);
    for (const QVariant &v : SourceColumns::ofArticle(a))
        q.addBindValue(v);
    Result<void> inserted = q.exec() && q.next() ? insertClaims(db, m_path, q.value(0).toLongLong(), a.claims)
                                                 : Result<void>::failure(cause(q.lastError()));
    q.finish();
    if (inserted)
        inserted = announce(db, QStringLiteral("articles\t%1").arg(m_login));
    if (!inserted) {
        db.rollback();
        return Result<void>::failure(failure(tr("cannot add %1 (%2)").arg(a.file, inserted.error())));
    }
    if (!db.commit())
        return Result<void>::failure(failure(tr("cannot write the project (%1)").arg(cause(db.lastError()))));
    return {};
}

Result<void> ProjectStore::replaceClaims(const QList<Article> &articles)
{
    if (m_readOnly)
        return Result<void>::failure(failure(tr("the project is read-only (%1)").arg(m_readOnlyReason)));
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<void>::failure(failure(tr("cannot write the project (%1)").arg(cause(db.lastError()))));
    for (const Article &a : articles) {
        QSqlQuery id(db);
        id.prepare(QStringLiteral("SELECT id FROM articles WHERE sha256 = ?"));
        id.addBindValue(a.sha256);
        if (!id.exec() || !id.next())
            continue;
        const qint64 articleId = id.value(0).toLongLong();
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM claims WHERE article_id = ?"));
        del.addBindValue(articleId);
        QSqlQuery up(db);
        up.prepare(QStringLiteral("UPDATE articles SET engine_version = ? WHERE id = ?"));
        up.addBindValue(engineVersion());
        up.addBindValue(articleId);
        Result<void> stored = del.exec() ? insertClaims(db, m_path, articleId, a.claims)
                                         : Result<void>::failure(cause(del.lastError()));
        if (stored && !up.exec())
            stored = Result<void>::failure(cause(up.lastError()));
        if (!stored) {
            db.rollback();
            return Result<void>::failure(failure(tr("cannot store the new claims (%1)").arg(stored.error())));
        }
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('engine_version', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    meta.addBindValue(engineVersion());
    if (!meta.exec() || !announce(db, QStringLiteral("articles\t%1").arg(m_login)) || !db.commit()) {
        db.rollback();
        return Result<void>::failure(
            failure(tr("cannot store the new claims (%1)").arg(cause(db.lastError()))));
    }
    return {};
}

Result<QList<Annotation>> ProjectStore::loadAnnotations() const
{
    return queryAnnotations(nullptr);
}

Result<QList<Annotation>> ProjectStore::loadAnnotations(const ClaimKey &key) const
{
    return queryAnnotations(&key);
}

Result<QList<Annotation>> ProjectStore::queryAnnotations(const ClaimKey *key) const
{
    using R = Result<QList<Annotation>>;
    QSqlQuery q(database());
    q.setForwardOnly(true); // each row read once: no cache of the whole result
    q.prepare(
        QStringLiteral("SELECT id, article_sha, start, \"end\", quote, before, after, paragraph, "
                       "original_value, status, note, refs, corr_value, corr_high, corr_unit, corr_as_of, "
                       "corr_metric, manual, manual_claim, updated_by, updated_at, orphaned FROM annotations")
        + (key ? QStringLiteral(" WHERE article_sha = ? AND start = ? AND \"end\" = ?") : QString())
        + QStringLiteral(" ORDER BY id"));
    if (key) {
        q.addBindValue(key->article);
        q.addBindValue(key->start);
        q.addBindValue(key->end);
    }
    if (!q.exec())
        return R::failure(failure(tr("cannot read the annotations (%1)").arg(cause(q.lastError()))));
    QList<Annotation> out;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.key = ClaimKey {q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
        a.quote = q.value(4).toString();
        a.before = q.value(5).toString();
        a.after = q.value(6).toString();
        a.paragraph = q.value(7).toInt();
        a.originalValue = doubleOrNan(q.value(8));
        a.status = ClaimStatusText::fromName(q.value(9).toString());
        a.note = q.value(10).toString();
        a.references = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).toVariant().toStringList();
        a.correction.value = doubleOrNan(q.value(12));
        a.correction.high = doubleOrNan(q.value(13));
        a.correction.unit = q.value(14).toString();
        a.correction.asOf = PartialDate::fromIso(q.value(15).toString());
        a.correction.metric = q.value(16).toString();
        a.manual = q.value(17).toBool();
        if (a.manual)
            a.manualClaim = claimFromJson(QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object());
        a.updatedBy = q.value(19).toString();
        a.updatedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
        a.orphaned = q.value(21).toBool();
        out.append(a);
    }
    return out;
}

namespace {

Result<void> appendHistory(QSqlDatabase &db, const QString &path, const QList<HistoryEntry> &history)
{
    QSqlQuery h(db);
    h.prepare(QStringLiteral(
        "INSERT INTO history (at, who, claim, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const HistoryEntry &e : history) {
        h.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
        h.addBindValue(e.who);
        h.addBindValue(e.claim);
        h.addBindValue(e.field);
        h.addBindValue(e.oldValue);
        h.addBindValue(e.newValue);
        if (!h.exec())
            return Result<void>::failure(SqliteFile::cause(path, h.lastError()));
    }
    return {};
}

} // namespace

namespace {

// The statement that writes `a`, its values bound: an upsert by key for a new row, an update
// by id for a known one.
void prepareAnnotation(QSqlQuery &q, const Annotation &a)
{
    const QString columns = QStringLiteral(
        "article_sha, start, \"end\", quote, before, after, paragraph, original_value, status, note, refs,"
        " corr_value, corr_high, corr_unit, corr_as_of, corr_metric, manual, manual_claim,"
        " updated_by, updated_at, orphaned");
    // Set by key, whoever made the row: two people (two connections) may annotate the same claim,
    // and the later change stands. A known row moved to another span (a re-attachment) is
    // updated by its id.
    QString assignments;
    QString updates;
    QString placeholders;
    for (const QString &column : columns.split(u',')) {
        const QString name = column.trimmed();
        const QString comma = assignments.isEmpty() ? QString() : QStringLiteral(", ");
        assignments += comma + name + QStringLiteral(" = excluded.") + name;
        updates += comma + name + QStringLiteral(" = ?");
        placeholders += comma + u'?';
    }
    if (a.id == 0)
        q.prepare(QStringLiteral(
                      "INSERT INTO annotations (%1) VALUES (%2) ON CONFLICT (article_sha, start, \"end\") "
                      "DO UPDATE SET %3 RETURNING id")
                      .arg(columns, placeholders, assignments));
    else
        q.prepare(QStringLiteral("UPDATE annotations SET %1 WHERE id = ? RETURNING id").arg(updates));
    q.addBindValue(a.key.article);
    q.addBindValue(a.key.start);
    q.addBindValue(a.key.end);
    q.addBindValue(a.quote);
    q.addBindValue(a.before);
    q.addBindValue(a.after);
    q.addBindValue(a.paragraph);
    q.addBindValue(nullable(a.originalValue));
    q.addBindValue(ClaimStatusText::name(a.status));
    q.addBindValue(nullable(a.note));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(a.references)).toJson(QJsonDocument::Compact)));
    q.addBindValue(nullable(a.correction.value));
    q.addBindValue(nullable(a.correction.high));
    q.addBindValue(nullable(a.correction.unit));
    q.addBindValue(nullable(a.correction.asOf.toIso()));
    q.addBindValue(nullable(a.correction.metric));
    q.addBindValue(a.manual ? 1 : 0);
    q.addBindValue(
        a.manual ? QString::fromUtf8(QJsonDocument(claimToJson(a.manualClaim)).toJson(QJsonDocument::Compact))
                 : QString());
    q.addBindValue(a.updatedBy);
    q.addBindValue(a.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(a.orphaned ? 1 : 0);
    if (a.id != 0)
        q.addBindValue(a.id);
}

} // namespace

Result<void> ProjectStore::transact(const QList<HistoryEntry> &history,
                                    const std::function<Result<void>(QSqlDatabase &)> &write)
{
    if (m_readOnly)
        return Result<void>::failure(failure(tr("the project is read-only (%1)").arg(m_readOnlyReason)));
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<void>::failure(failure(tr("cannot write the project (%1)").arg(cause(db.lastError()))));
    Result<void> written = write(db);
    if (written)
        written = appendHistory(db, m_path, history);
    if (written && !db.commit())
        written = Result<void>::failure(cause(db.lastError()));
    if (!written) {
        db.rollback();
        return Result<void>::failure(failure(tr("cannot save the change (%1)").arg(written.error())));
    }
    return {};
}

Result<Annotation> ProjectStore::saveAnnotation(const Annotation &annotation,
                                                const QList<HistoryEntry> &history)
{
    Annotation saved = annotation;
    bool removedMeanwhile = false;
    const Result<void> written = transact(history, [&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        prepareAnnotation(q, saved);
        if (!q.exec())
            return Result<void>::failure(cause(q.lastError()));
        if (!q.next()) {
            // The row was removed meanwhile (by another connection): made again.
            removedMeanwhile = true;
            return Result<void>::failure(QStringLiteral("removed meanwhile"));
        }
        saved.id = q.value(0).toLongLong();
        q.finish();
        return announce(db,
                        QStringLiteral("annotation\t%1\t%2\t%3\t%4")
                            .arg(saved.key.article)
                            .arg(saved.key.start)
                            .arg(saved.key.end)
                            .arg(saved.updatedBy));
    });
    if (removedMeanwhile) {
        Annotation again = annotation;
        again.id = 0;
        return saveAnnotation(again, history);
    }
    if (!written)
        return Result<Annotation>::failure(written.error());
    return saved;
}

Result<void> ProjectStore::removeAnnotation(qint64 id, const QList<HistoryEntry> &history)
{
    return transact(history, [&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("DELETE FROM annotations WHERE id = ? RETURNING article_sha, start, \"end\""));
        q.addBindValue(id);
        if (!q.exec())
            return Result<void>::failure(cause(q.lastError()));
        if (!q.next())
            return {};
        const QString notice = QStringLiteral("annotation\t%1\t%2\t%3\t%4")
                                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        history.isEmpty() ? m_login : history.first().who);
        q.finish();
        return announce(db, notice);
    });
}

Result<void> ProjectStore::setArticleMetadata(const QString &sha256, const ArticleMetadata &m,
                                              const QList<HistoryEntry> &history)
{
    return transact(history, [&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE articles SET title = ?, outlet = ?, published = ?, url = ?, author "
                                 "= ? WHERE sha256 = ?"));
        q.addBindValue(nullable(m.title));
        q.addBindValue(nullable(m.outlet));
        q.addBindValue(nullable(m.published.toIso()));
        q.addBindValue(nullable(m.url));
        q.addBindValue(nullable(m.author));
        q.addBindValue(sha256);
        if (!q.exec())
            return Result<void>::failure(cause(q.lastError()));
        if (q.numRowsAffected() != 1)
            return Result<void>::failure(
                tr("no article with SHA-256 %1… in the project").arg(sha256.left(12)));
        return {};
    });
}

namespace {
const QString kReviewPrefix = QStringLiteral("finding_review:");
const QString kMetricRulesKey = QStringLiteral("metric_rules");
} // namespace

Result<QHash<QString, FindingReview>> ProjectStore::loadFindingReviews() const
{
    using R = Result<QHash<QString, FindingReview>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true); // each row read once: no cache of the whole result
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE ?"));
    q.addBindValue(QString(kReviewPrefix + u'%'));
    if (!q.exec())
        return R::failure(failure(tr("cannot read the findings' reviews (%1)").arg(cause(q.lastError()))));
    QHash<QString, FindingReview> out;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        FindingReview r;
        r.state = FindingReview::stateFromName(o.value(QStringLiteral("state")).toString());
        r.note = o.value(QStringLiteral("note")).toString();
        r.updatedBy = o.value(QStringLiteral("by")).toString();
        r.updatedAt = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        out.insert(q.value(0).toString().mid(kReviewPrefix.size()), r);
    }
    return out;
}

Result<void> ProjectStore::saveFindingReview(const QString &key, const FindingReview &review,
                                             const QList<HistoryEntry> &history)
{
    return transact(history, [&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        if (review.isDefault()) {
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            q.addBindValue(QString(kReviewPrefix + key));
        } else {
            const QJsonObject o {{QStringLiteral("state"), FindingReview::stateName(review.state)},
                                 {QStringLiteral("note"), review.note},
                                 {QStringLiteral("by"), review.updatedBy},
                                 {QStringLiteral("at"), review.updatedAt.toString(Qt::ISODateWithMs)}};
            // An upsert both SQLite and PostgreSQL read.
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString(kReviewPrefix + key));
            q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
        if (!q.exec())
            return Result<void>::failure(cause(q.lastError()));
        return {};
    });
}

Result<QByteArray> ProjectStore::loadMetricRules() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QString(kMetricRulesKey));
    if (!q.exec())
        return Result<QByteArray>::failure(
            failure(tr("cannot read the decisions on metrics (%1)").arg(cause(q.lastError()))));
    return q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

Result<void> ProjectStore::saveMetricRules(const QByteArray &json, const QList<HistoryEntry> &history)
{
    return transact(history, [&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString(kMetricRulesKey));
        q.addBindValue(QString::fromUtf8(json));
        if (!q.exec())
            return Result<void>::failure(cause(q.lastError()));
        q.finish();
        return announce(db,
                        QStringLiteral("metrics\t%1").arg(history.isEmpty() ? m_login : history.first().who));
    });
}

Result<void> ProjectStore::setOrphaned(const QList<qint64> &ids, bool orphaned)
{
    if (m_readOnly || ids.isEmpty())
        return {};
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<void>::failure(failure(cause(db.lastError())));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE annotations SET orphaned = ? WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(orphaned ? 1 : 0);
        q.addBindValue(id);
        if (!q.exec()) {
            const QString why = cause(q.lastError());
            db.rollback();
            return Result<void>::failure(failure(why));
        }
    }
    if (const auto told = announce(db, QStringLiteral("articles\t%1").arg(m_login)); !told) {
        db.rollback();
        return Result<void>::failure(failure(told.error()));
    }
    if (!db.commit())
        return Result<void>::failure(failure(cause(db.lastError())));
    return {};
}

QList<HistoryEntry> ProjectStore::history(const QString &claim) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true); // each row read once: no cache of the whole result
    if (claim.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT at, who, claim, field, old_value, new_value FROM history ORDER BY id"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT at, who, claim, field, old_value, new_value FROM history WHERE claim = ? ORDER BY id"));
        q.addBindValue(claim);
    }
    QList<HistoryEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(HistoryEntry {QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                                 q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<void> ProjectStore::saveCopy(const QString &path) const
{
    if (m_dialect == StoreSchema::Dialect::Postgres || isServer(path)) {
        if (!isServer(path) && QFileInfo::exists(path) && !QFile::remove(path))
            return Result<void>::failure(tr("%1: cannot replace the file").arg(path));
        const auto made = create(path, [this](ProjectStore &target) { return copyInto(target); });
        return made ? Result<void>() : Result<void>::failure(made.error());
    }
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Result<void>::failure(tr("%1: cannot replace the file").arg(path));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return Result<void>::failure(tr("%1: cannot write the copy (%2)").arg(path, q.lastError().text()));
    return {};
}

// The server side.

QSqlDatabase ProjectStore::database() const
{
    if (m_lost && m_dialect == StoreSchema::Dialect::Postgres) {
        // Made again before the operation; if the server is still away, the operation fails
        // saying so, and the next one tries again.
        auto *self = const_cast<ProjectStore *>(this);
        if (self->openServer() && m_onChange)
            m_onChange(QStringLiteral("reconnected"));
    }
    return QSqlDatabase::database(m_connection, false);
}

Result<void> ProjectStore::openServer()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        if (!db.isValid())
            return Result<void>::failure(
                tr("%1: Qt's PostgreSQL driver is missing (install libqt6sql6-psql)").arg(m_path));
    }
    m_listener.reset();
    if (db.isOpen())
        db.close();
    db.setHostName(m_server.host);
    db.setPort(m_server.port);
    db.setDatabaseName(m_server.database);
    db.setUserName(m_server.user);
    db.setConnectOptions(m_server.connectOptions());
    const QString passwordKey = m_server.host + u':' + QString::number(m_server.port) + u':' + m_server.user;
    const QString password
        = m_server.password.isEmpty() ? typedPasswords().value(passwordKey) : m_server.password;
    db.setPassword(password);
    bool opened = db.open();
    // libpq looked in ~/.pgpass and PGPASSWORD; then the person is asked (the window, a terminal).
    for (int attempt = 0; !opened && passwordRefused(db.lastError()) && passwordPrompt() && attempt < 3;
         ++attempt) {
        const QString typed = passwordPrompt()(m_path, db.lastError().databaseText().trimmed());
        if (typed.isEmpty())
            break;
        db.setPassword(typed);
        opened = db.open();
        if (opened)
            typedPasswords().insert(passwordKey, typed);
    }
    if (!opened)
        return Result<void>::failure(
            tr("%1: cannot reach the server (%2)").arg(m_path, serverWords(db.lastError())));
    // The project's schema first on the path: the same SQL as for a file. The name was checked
    // (ServerLocation::validProjectName) and is quoted by the server.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('search_path', quote_ident(?), false)"));
    q.addBindValue(m_server.project);
    if (!q.exec())
        return Result<void>::failure(failure(cause(q.lastError())));
    if (m_readOnly) {
        QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
    }
    m_lost = false;
    // The others' changes, announced by NOTIFY, reach the handler through the driver.
    m_listener = std::make_unique<QObject>();
    QObject::connect(
        db.driver(), &QSqlDriver::notification, m_listener.get(),
        [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (channel == m_server.channel() && source == QSqlDriver::OtherSource && m_onChange)
                m_onChange(payload.toString());
        });
    db.driver()->subscribeToNotification(m_server.channel());
    return {};
}

void ProjectStore::setChangeHandler(std::function<void(const QString &)> handler)
{
    m_onChange = std::move(handler);
}

Result<void> ProjectStore::announce(QSqlDatabase &db, const QString &notice) const
{
    if (m_dialect != StoreSchema::Dialect::Postgres)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(m_server.channel());
    q.addBindValue(notice.left(7000));
    if (!q.exec())
        return Result<void>::failure(cause(q.lastError()));
    return {};
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::connectServer(const QString &url, Mode mode)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    auto location = ServerLocation::parse(url);
    if (!location)
        return R::failure(location.error());
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_server = location.value();
    store->m_path = store->m_server.toUrl();
    store->m_dialect = StoreSchema::Dialect::Postgres;
    store->m_connection = newConnectionName();
    if (const auto opened = store->openServer(); !opened)
        return R::failure(opened.error());
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return R::failure(store->failure(store->cause(q.lastError())));
    store->m_login = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"));
    q.addBindValue(store->m_server.project);
    if (!q.exec())
        return R::failure(store->failure(store->cause(q.lastError())));
    const bool exists = q.next();
    q.finish();
    if (mode == Mode::Create) {
        if (exists)
            return R::failure(
                tr("%1: a project with this name exists already in the database; Bilan does not "
                   "overwrite it")
                    .arg(store->m_path));
        QSqlQuery make(db);
        make.prepare(QStringLiteral("SELECT quote_ident(?)"));
        make.addBindValue(store->m_server.project);
        if (!make.exec() || !make.next())
            return R::failure(store->failure(store->cause(make.lastError())));
        const QString quoted = make.value(0).toString();
        make.finish();
        if (!make.exec(QStringLiteral("CREATE SCHEMA %1").arg(quoted)))
            return R::failure(
                tr("%1: cannot create the project (%2)").arg(store->m_path, store->cause(make.lastError())));
        if (const auto migrated = store->migrate(); !migrated) {
            QSqlQuery(db).exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(quoted));
            return R::failure(migrated.error());
        }
        return store;
    }
    if (!exists)
        return R::failure(tr("%1: no project “%2” in the database %3")
                              .arg(store->m_path, store->m_server.project, store->m_server.database));
    if (const auto verified = store->verify(); !verified)
        return R::failure(verified.error());
    // What the role may do decides how the project opens: a reader's window is read-only.
    QSqlQuery rights(db);
    rights.prepare(QStringLiteral("SELECT has_table_privilege(quote_ident(?) || '.annotations', 'INSERT') "
                                  "AND has_table_privilege(quote_ident(?) || '.annotations', 'UPDATE') "
                                  "AND has_table_privilege(quote_ident(?) || '.history', 'INSERT')"));
    for (int i = 0; i < 3; ++i)
        rights.addBindValue(store->m_server.project);
    const bool mayWrite = rights.exec() && rights.next() && rights.value(0).toBool();
    rights.finish();
    if (mode == Mode::ReadOnly) {
        store->m_readOnly = true;
        store->m_readOnlyReason = tr("opened read-only");
    } else if (!mayWrite) {
        store->m_readOnly = true;
        store->m_readOnlyReason
            = tr("the role %1 may only read this project on the server").arg(store->m_login);
    }
    if (store->m_readOnly) {
        QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
        return store;
    }
    if (const auto migrated = store->migrate(); !migrated)
        return R::failure(migrated.error());
    return store;
}

Result<void> ProjectStore::copyInto(ProjectStore &target) const
{
    QSqlDatabase from = database();
    QSqlDatabase to = target.database();
    if (!to.transaction())
        return Result<void>::failure(target.failure(target.cause(to.lastError())));
    auto failed = [&](const QString &why) {
        to.rollback();
        return Result<void>::failure(target.failure(tr("cannot copy %1 (%2)").arg(m_path, why)));
    };
    for (const QString &table : StoreSchema::tableNames()) {
        const QStringList names = StoreSchema::columnNames(table);
        QStringList quoted;
        for (const QString &n : names)
            quoted << u'"' + n + u'"';
        QSqlQuery read(from);
        read.setForwardOnly(true);
        // The tables and columns are the schema's own names, never input.
        if (!read.exec(
                QStringLiteral("SELECT %1 FROM %2%3")
                    .arg(quoted.join(QStringLiteral(", ")), table,
                         names.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id") : QString())))
            return failed(cause(read.lastError()));
        QSqlQuery write(to);
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        if (table == u"meta")
            insert += QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        write.prepare(insert);
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i) {
                QVariant v = read.value(i);
                // SQLite gives a blob column's bytes as they were stored; both sides take bytes.
                write.addBindValue(v);
            }
            if (!write.exec())
                return failed(target.cause(write.lastError()));
        }
        if (read.lastError().isValid())
            return failed(cause(read.lastError()));
        if (target.m_dialect == StoreSchema::Dialect::Postgres && names.contains(QStringLiteral("id"))) {
            // The identity continues after the copied ids.
            QSqlQuery next(to);
            next.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                        "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                             .arg(table));
            next.addBindValue(table);
            if (!next.exec())
                return failed(target.cause(next.lastError()));
        }
    }
    if (const auto told = target.announce(to, QStringLiteral("articles\t%1").arg(target.m_login)); !told)
        return failed(told.error());
    if (!to.commit())
        return Result<void>::failure(target.failure(target.cause(to.lastError())));
    return {};
}

Result<void> ProjectStore::copy(const QString &from, const QString &to)
{
    auto source = open(from, Access::ReadOnly);
    if (!source)
        return Result<void>::failure(source.error());
    if (source.value()->storedEngineVersion().isEmpty())
        return Result<void>::failure(tr("%1: not a Bilan project").arg(from));
    const auto made
        = create(to, [&source](ProjectStore &target) { return source.value()->copyInto(target); });
    return made ? Result<void>() : Result<void>::failure(made.error());
}

Result<void> ProjectStore::grant(const QString &role, bool write)
{
    if (m_dialect != StoreSchema::Dialect::Postgres)
        return Result<void>::failure(
            tr("%1: a project file has no roles; share it on a server first (bilan-cli project push)")
                .arg(m_path));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    if (!plain.match(role).hasMatch())
        return Result<void>::failure(tr("“%1” is not a role name").arg(role));
    QSqlDatabase db = database();
    QSqlQuery names(db);
    // Names cannot be bound in GRANT: the server quotes them (and the role was checked above).
    names.prepare(QStringLiteral("SELECT quote_ident(?), quote_ident(?)"));
    names.addBindValue(m_server.project);
    names.addBindValue(role);
    if (!names.exec() || !names.next())
        return Result<void>::failure(failure(cause(names.lastError())));
    const QString schema = names.value(0).toString();
    const QString who = names.value(1).toString();
    names.finish();
    QStringList statements = {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"),
    };
    if (write)
        statements += {QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2"),
                       QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2")};
    else
        statements += {QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 FROM %2")};
    if (!db.transaction())
        return Result<void>::failure(failure(cause(db.lastError())));
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(statement.arg(schema, who))) {
            const QString why = cause(q.lastError());
            db.rollback();
            return Result<void>::failure(
                failure(tr("cannot grant %1 to %2 (%3)").arg(m_server.project, role, why)));
        }
    }
    if (!db.commit())
        return Result<void>::failure(failure(cause(db.lastError())));
    return {};
}
