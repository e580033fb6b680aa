// SPDX-License-Identifier: GPL-3.0-or-later
// The .bilan file: what it keeps, and how it refuses what it cannot read without touching it.
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "project/projectstore.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Article> m_articles;
    QString m_valid; // a closed, valid project with one annotation

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (user name, recent projects, window state) go to a test folder, never the real home.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_articles = TestSupport::bundledExtracted();
        QCOMPARE(m_articles.size(), 5);
        // On a server (the "_pg" run): the same project in a schema of the test database.
        m_valid = TestSupport::projectLocation(m_dir, QStringLiteral("valid.bilan"));
        auto doc = ProjectDocument::create(m_valid, m_articles);
        QVERIFY2(doc, qPrintable(doc.error()));
        const ClaimKey key = doc.value()->keyOf(0, 0);
        QVERIFY(doc.value()->setStatus({key}, ClaimStatus::Verified));
        QVERIFY(doc.value()->setNote(key, QStringLiteral("Vérifié auprès de la CNSS « communiqué »")));
    }

    void roundTripKeepsArticlesClaimsAndAnnotations()
    {
        auto store = ProjectStore::open(m_valid);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(!store.value()->isReadOnly());
        QCOMPARE(store.value()->storedEngineVersion(), ProjectStore::engineVersion());
        const auto articles = store.value()->loadArticles();
        QVERIFY2(articles, qPrintable(articles.error()));
        QCOMPARE(articles->size(), m_articles.size());
        for (int i = 0; i < m_articles.size(); ++i) {
            const Article &want = m_articles[i];
            const Article &got = articles.value()[i];
            QCOMPARE(got.sha256, want.sha256);
            QCOMPARE(got.text, want.text);
            QCOMPARE(got.title, want.title);
            QCOMPARE(got.outlet, want.outlet);
            QCOMPARE(got.paragraphs.size(), want.paragraphs.size());
            QCOMPARE(got.claims.size(), want.claims.size());
            for (int c = 0; c < want.claims.size(); ++c) {
                QCOMPARE(got.claims[c].start, want.claims[c].start);
                QCOMPARE(got.claims[c].end, want.claims[c].end);
                QCOMPARE(got.claims[c].unit, want.claims[c].unit);
                QCOMPARE(got.claims[c].writtenUnit, want.claims[c].writtenUnit);
                QCOMPARE(got.claims[c].changeOf, want.claims[c].changeOf);
                QCOMPARE(got.claims[c].asOf, want.claims[c].asOf);
                QCOMPARE(got.claims[c].speaker, want.claims[c].speaker);
                QCOMPARE(got.claims[c].qualifier, want.claims[c].qualifier);
                QCOMPARE(got.claims[c].boilerplate, want.claims[c].boilerplate);
                QVERIFY((std::isnan(got.claims[c].value) && std::isnan(want.claims[c].value))
                        || got.claims[c].value == want.claims[c].value);
            }
        }
        const auto annotations = store.value()->loadAnnotations();
        QVERIFY(annotations);
        QCOMPARE(annotations->size(), 1);
        const Annotation &a = annotations->first();
        QCOMPARE(a.status, ClaimStatus::Verified);
        QCOMPARE(a.note, QStringLiteral("Vérifié auprès de la CNSS « communiqué »"));
        QCOMPARE(a.key.article, m_articles[0].sha256);
        QCOMPARE(a.quote, m_articles[0].text.mid(a.key.start, a.key.end - a.key.start));
        QVERIFY(!a.updatedBy.isEmpty());
        QVERIFY(a.updatedAt.isValid());
        // The history is append-only: both changes, with who, when, old and new.
        const QList<HistoryEntry> history = store.value()->history(a.key.toString());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].field, QStringLiteral("status"));
        QCOMPARE(history[0].oldValue, QStringLiteral("to_check"));
        QCOMPARE(history[0].newValue, QStringLiteral("verified"));
        QCOMPARE(history[1].field, QStringLiteral("note"));
        QCOMPARE(history[1].who, a.updatedBy);
    }

    void createRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.txt"));
        writeFile(path, "précieux");
        const auto store = ProjectStore::create(path);
        QVERIFY(!store);
        QVERIFY(store.error().contains(path));
        QCOMPARE(fileHash(path), QCryptographicHash::hash("précieux", QCryptographicHash::Sha256));
    }

    void duplicateArticleRefused()
    {
        const QString path = TestSupport::projectLocation(m_dir, QStringLiteral("dup.bilan"));
        auto doc = ProjectDocument::create(path, m_articles.mid(0, 2));
        QVERIFY(doc);
        const auto added = doc.value()->addArticles({m_articles[1], m_articles[2]});
        QVERIFY(added);
        QCOMPARE(added->added, 1);
        const QStringList refused = added->refused;
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused[0].contains(QStringLiteral("already in the project")), qPrintable(refused[0]));
        QVERIFY(refused[0].contains(m_articles[1].file));
        QCOMPARE(doc.value()->articles().size(), 3);
        doc.value().reset();
        auto reopened = ProjectDocument::open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->articles().size(), 3);
    }

    void badFilesRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("make"); // what to do to a copy of the valid project
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("empty") << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("text") << QStringLiteral("not a Bilan project");
        QTest::newRow("binary") << QByteArray("binary") << QStringLiteral("not a Bilan project");
        QTest::newRow("truncated") << QByteArray("truncated") << QStringLiteral("damaged");
        QTest::newRow("corrupted pages") << QByteArray("corrupted") << QStringLiteral("damaged");
        QTest::newRow("other sqlite") << QByteArray("other") << QStringLiteral("not a Bilan project");
        QTest::newRow("newer version") << QByteArray("newer") << QStringLiteral("newer version of Bilan");
        QTest::newRow("bad paragraphs") << QByteArray("paragraphs") << QStringLiteral("damaged");
        QTest::newRow("one byte short") << QByteArray("short") << QStringLiteral("truncated or damaged");
        QTest::newRow("one byte more") << QByteArray("long") << QStringLiteral("truncated or damaged");
        QTest::newRow("history table dropped")
            << QByteArray("nohistory") << QStringLiteral("table history is missing");
        QTest::newRow("a column dropped")
            << QByteArray("nocolumn") << QStringLiteral("column annotations.refs is missing");
        QTest::newRow("version out of step") << QByteArray("userversion") << QStringLiteral("damaged");
        QTest::newRow("symbolic link loop") << QByteArray("loop") << QStringLiteral("symbolic link");
    }

    void badFilesRefusedAndUntouched()
    {
        QFETCH(QByteArray, make);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QString::fromLatin1(make) + QStringLiteral(".bilan"));
        QFile::remove(path);
        QFile valid(m_valid);
        QVERIFY(valid.open(QIODevice::ReadOnly));
        const QByteArray bytes = valid.readAll();
        if (make == "empty") {
            writeFile(path, {});
        } else if (make == "text") {
            writeFile(path, "Ceci n'est pas un projet.\n");
        } else if (make == "binary") {
            QByteArray noise(4096, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 131 + 7) & 0xff);
            writeFile(path, noise);
        } else if (make == "truncated") {
            writeFile(path, bytes.left(bytes.size() / 3));
        } else if (make == "corrupted") {
            QByteArray damaged = bytes;
            // Scribble over the b-tree pages after the first (the header stays valid).
            for (qsizetype i = 4096; i < damaged.size(); i += 7)
                damaged[i] = char(0xA5);
            writeFile(path, damaged);
        } else if (make == "other") {
            TestSupport::rawSql(path,
                                {QStringLiteral("CREATE TABLE recettes (nom TEXT)"),
                                 QStringLiteral("INSERT INTO recettes VALUES ('tajine')")});
        } else if (make == "newer") {
            writeFile(path, bytes);
            TestSupport::rawSql(
                path, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
        } else if (make == "short") {
            writeFile(path, bytes.left(bytes.size() - 1));
        } else if (make == "long") {
            writeFile(path, bytes + 'x');
        } else if (make == "nohistory") {
            writeFile(path, bytes);
            TestSupport::rawSql(path, {QStringLiteral("DROP TABLE history")});
        } else if (make == "nocolumn") {
            writeFile(path, bytes);
            TestSupport::rawSql(path, {QStringLiteral("ALTER TABLE annotations DROP COLUMN refs")});
        } else if (make == "userversion") {
            writeFile(path, bytes);
            TestSupport::rawSql(path, {QStringLiteral("PRAGMA user_version = 7")});
        } else if (make == "loop") {
            QVERIFY(QFile::link(path, path));
        } else if (make == "paragraphs") {
            writeFile(path, bytes);
            TestSupport::rawSql(
                path, {QStringLiteral("UPDATE articles SET paragraphs = '[[0, 99999999, \"body\"]]'")});
        }
        const QByteArray before = fileHash(path);
        const auto doc = ProjectDocument::open(path);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(message), qPrintable(doc.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void versionFollowsTheSchema()
    {
        if (TestSupport::onServer()) {
            // A server's project has its version in meta only (no SQLite counter).
            auto store = ProjectStore::open(m_valid, ProjectStore::Access::ReadOnly);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY(store.value()->isShared());
            QCOMPARE(store.value()->login(), QStringLiteral("bilan"));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(m_valid);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), ProjectStore::kSchemaVersion);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("version"));
    }

    // A project from a newer Bilan is refused, and left as it is, on a file as on a server.
    void newerProjectRefused()
    {
        const QString location = TestSupport::projectLocation(m_dir, QStringLiteral("newer-format.bilan"));
        {
            const auto made = ProjectDocument::create(location, m_articles.mid(0, 1));
            QVERIFY2(made, qPrintable(made.error()));
        }
        TestSupport::projectSql(
            location, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
        if (!TestSupport::onServer())
            TestSupport::rawSql(location, {QStringLiteral("PRAGMA user_version = 99")});
        const auto store = ProjectStore::open(location);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QStringLiteral("newer version of Bilan")), qPrintable(store.error()));
        QVERIFY(store.error().contains(QStringLiteral("format 99")));
        // Untouched: still says 99.
        const auto again = ProjectStore::open(location, ProjectStore::Access::ReadOnly);
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("format 99")));
    }

    // Why a project opens read-only, or cannot be written, each cause in its own words.
    void readOnlyFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/p.bilan");
        QVERIFY(QFile::copy(m_valid, path));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        {
            const TestSupport::FilePermissionsApply dropped; // root too is held to them
            const auto store = ProjectStore::open(path);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY(store.value()->isReadOnly());
            QVERIFY2(store.value()->readOnlyReason().contains(QStringLiteral("cannot be written to")),
                     qPrintable(store.value()->readOnlyReason()));
        }
        QVERIFY(QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void readOnlyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("444.bilan"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_valid, path));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const TestSupport::FilePermissionsApply dropped;
        auto doc = ProjectDocument::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        QVERIFY(doc.value()->isReadOnly());
        QCOMPARE(doc.value()->readOnlyReason(), QStringLiteral("the file is read-only (its permissions)"));
        const auto refused = doc.value()->setStatus({doc.value()->keyOf(0, 1)}, ClaimStatus::Wrong);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("the file is read-only (its permissions)")),
                 qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(QStringLiteral("Unable to fetch row")));
    }

    void concurrentWriterNamedAndWaitedFor()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.bilan"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_valid, path));
        auto first = ProjectStore::open(path);
        QVERIFY(first && !first.value()->isReadOnly());
        // A second window: read-only at once, saying who has it.
        auto second = ProjectStore::open(path);
        QVERIFY(second && second.value()->isReadOnly());
        QVERIFY2(
            second.value()->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.value()->readOnlyReason()));
        // A script: waits, then fails saying what it waited for.
        QElapsedTimer timer;
        timer.start();
        const auto script = ProjectStore::open(path, ProjectStore::Access::ReadWrite, 1500);
        QVERIFY(!script);
        QVERIFY(timer.elapsed() >= 1400);
        QVERIFY2(script.error().contains(QStringLiteral("waited 1.5 s")), qPrintable(script.error()));
        // The writer closes while the script waits: the script goes on.
        QTimer::singleShot(300, this, [&first] { first.value().reset(); });
        QElapsedTimer again;
        again.start();
        while (again.elapsed() < 400)
            QCoreApplication::processEvents();
        const auto after = ProjectStore::open(path, ProjectStore::Access::ReadWrite, 3000);
        QVERIFY2(after && !after.value()->isReadOnly(), qPrintable(after ? QString() : after.error()));
    }

    void failedCreationLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("plein.bilan"));
        QFile::remove(path);
        {
            // The disk refuses the bytes half way (a file size limit stands for a full disk).
            const TestSupport::FileSizeLimit limit(64 * 1024);
            const auto doc = ProjectDocument::create(path, m_articles);
            QVERIFY(!doc);
            QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
            QVERIFY2(!doc.error().contains(QStringLiteral("read-only")), qPrintable(doc.error()));
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".plein.bilan*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        // Nothing in the way of the next try.
        const auto retried = ProjectDocument::create(path, m_articles);
        QVERIFY2(retried, qPrintable(retried.error()));
    }

    // Schema 1 -> 3 (sources, then written units and evolutions): a project from before the
    // migrations opens, gains the new columns empty, keeps its articles, claims and annotations,
    // and takes sourced articles and linked evolutions.
    void migratesVersionOneProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("version1.bilan"));
        QVERIFY(QFile::copy(m_valid, path));
        TestSupport::rawSql(path,
                            {QStringLiteral("ALTER TABLE articles DROP COLUMN snapshot"),
                             QStringLiteral("ALTER TABLE articles DROP COLUMN content_type"),
                             QStringLiteral("ALTER TABLE articles DROP COLUMN final_url"),
                             QStringLiteral("ALTER TABLE articles DROP COLUMN retrieved_at"),
                             QStringLiteral("ALTER TABLE articles DROP COLUMN source_spans"),
                             QStringLiteral("ALTER TABLE claims DROP COLUMN page"),
                             QStringLiteral("ALTER TABLE claims DROP COLUMN box"),
                             QStringLiteral("ALTER TABLE claims DROP COLUMN ocr_confidence"),
                             QStringLiteral("ALTER TABLE claims DROP COLUMN written_unit"),
                             QStringLiteral("ALTER TABLE claims DROP COLUMN change_of"),
                             QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"),
                             QStringLiteral("PRAGMA user_version = 1")});
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const auto articles = store.value()->loadArticles();
        QVERIFY2(articles, qPrintable(articles.error()));
        QCOMPARE(articles->size(), m_articles.size());
        QCOMPARE(articles->first().claims.size(), m_articles.first().claims.size());
        QVERIFY(!articles->first().source);
        for (const Claim &c : articles->first().claims)
            QCOMPARE(c.changeOf, -1);
        QCOMPARE(store.value()->loadAnnotations()->size(), 1);

        Article pdf = m_articles.first();
        pdf.sha256 = QStringLiteral("0").repeated(64);
        pdf.text += QStringLiteral(" ");
        auto source = std::make_shared<SourceDocument>();
        source->bytes = QByteArrayLiteral("%PDF-1.7 snapshot");
        source->contentType = QStringLiteral("application/pdf");
        source->spans
            = {SourceSpan {0, 10, 2, 40, {}, -1}, SourceSpan {10, 4, 3, -1, QRectF(1, 2, 3, 4), 61.5f}};
        pdf.source = source;
        pdf.claims.first().page = 3;
        pdf.claims.first().box = Claim::Box {10.5f, 20, 30, 8};
        pdf.claims.first().ocrConfidence = 61.5f;
        pdf.claims.first().writtenUnit = QStringLiteral("Mm³");
        pdf.claims[1].changeOf = pdf.claims.first().start;
        QVERIFY(store.value()->addArticle(pdf));
        const auto reread = store.value()->loadArticles();
        QVERIFY(reread);
        const Article &back = reread->last();
        QVERIFY(back.source);
        QCOMPARE(back.source->bytes, source->bytes);
        QCOMPARE(back.source->spans.size(), 2);
        QCOMPARE(back.source->spans[1].box, QRectF(1, 2, 3, 4));
        QVERIFY(back.source->ocr);
        QCOMPARE(back.claims.first().page, qint16(3));
        QCOMPARE(back.claims.first().box.x, 10.5f);
        QCOMPARE(back.claims.first().ocrConfidence, 61.5f);
        QCOMPARE(back.claims.first().writtenUnit, QStringLiteral("Mm³"));
        QCOMPARE(back.claims[1].changeOf, pdf.claims.first().start);
        QCOMPARE(back.claims.first().changeOf, -1);
        QCOMPARE(back.claims.last().page, qint16(0));
    }

    void missingAndDirectoryRefused()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.bilan"));
        auto doc = ProjectDocument::open(missing);
        QVERIFY(!doc);
        QVERIFY(doc.error().contains(missing));
        QVERIFY(!QFile::exists(missing));
        auto dir = ProjectDocument::open(m_dir.path());
        QVERIFY(!dir);
        QVERIFY(dir.error().contains(QStringLiteral("directory")));
    }

    void secondOpenIsReadOnly()
    {
        auto first = ProjectDocument::open(m_valid);
        QVERIFY(first);
        QVERIFY(!first.value()->isReadOnly());
        auto second = ProjectDocument::open(m_valid);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(second.value()->readOnlyReason().contains(QStringLiteral("open in another")));
        // It shows the same work, and refuses edits with a message.
        QCOMPARE(second.value()->annotations().size(), first.value()->annotations().size());
        const QByteArray before = fileHash(m_valid);
        const auto refused
            = second.value()->setNote(second.value()->keyOf(0, 1), QStringLiteral("ne doit pas être écrit"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("read-only")), qPrintable(refused.error()));
        QCOMPARE(second.value()->undoStack()->count(), 0);
        QCOMPARE(fileHash(m_valid), before);
        // Once the first closes, the project opens for writing again.
        first.value().reset();
        second.value().reset();
        auto third = ProjectDocument::open(m_valid);
        QVERIFY(third);
        QVERIFY(!third.value()->isReadOnly());
    }

    void saveAsWritesACopyAndContinuesWithIt()
    {
        auto doc = ProjectDocument::createUntitled(m_articles.mid(0, 1));
        QVERIFY(doc);
        QVERIFY(doc.value()->isUntitled());
        const QString temp = doc.value()->path();
        QVERIFY(QFile::exists(temp));
        const ClaimKey key = doc.value()->keyOf(0, 0);
        QVERIFY(doc.value()->setStatus({key}, ClaimStatus::Disputed));
        const QString target = m_dir.filePath(QStringLiteral("saved as.bilan"));
        const auto saved = doc.value()->saveAs(target);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(doc.value()->path(), target);
        QVERIFY(!doc.value()->isUntitled());
        QCOMPARE(doc.value()->displayName(), QStringLiteral("saved as"));
        QVERIFY(!QFile::exists(temp));
        // Edits after the copy land in the copy.
        QVERIFY(doc.value()->setNote(key, QStringLiteral("après")));
        doc.value().reset();
        auto reopened = ProjectDocument::open(target);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->annotation(key).status, ClaimStatus::Disputed);
        QCOMPARE(reopened.value()->annotation(key).note, QStringLiteral("après"));
    }

    void untitledProjectGoesWithItsDocument()
    {
        QString temp;
        {
            auto doc = ProjectDocument::createUntitled(m_articles.mid(0, 1));
            QVERIFY(doc);
            temp = doc.value()->path();
            QVERIFY(QFile::exists(temp));
        }
        QVERIFY(!QFile::exists(temp));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
