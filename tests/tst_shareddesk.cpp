// SPDX-License-Identifier: GPL-3.0-or-later
// A desk shares a project on a PostgreSQL server: addresses, two people editing the same
// project and seeing each other's changes, roles from the server's grants, and the round trip
// of a project from a file to the server and back. Everything but the addresses needs the test
// server (the "_pg" run, BILAN_TEST_PG_STATE).
#include "project/projectdocument.h"
#include "project/projectstore.h"
#include "project/serverlocation.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, "timed out"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Every row of every table of a project file, as text (NULL apart from the empty string).
QMap<QString, QStringList> fileRows(const QString &path)
{
    QMap<QString, QStringList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        for (const QString &table : StoreSchema::tableNames()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    cells << q.record().fieldName(i) + u'='
                            + (v.isNull() ? QStringLiteral("NULL")
                                   : v.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(v.toByteArray().toHex())
                                   : v.toString());
                }
                out[table] << cells.join(u'|');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return out;
}

// The first claim of the first article.
ClaimKey firstKey(const ProjectDocument &doc, int claim = 0)
{
    return doc.keyOf(0, claim);
}

} // namespace

class TestSharedDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Article> m_articles;

    // A project on the server that alice and bob may edit and carol only read.
    QString sharedProject(const QString &name)
    {
        const QString location = TestSupport::serverProject(name);
        auto made = ProjectStore::create(location, [this](ProjectStore &store) -> Result<void> {
            for (const Article &a : std::as_const(m_articles)) {
                if (const auto added = store.addArticle(a); !added)
                    return added;
            }
            return {};
        });
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        for (const char *editor : {"alice", "bob"}) {
            if (const auto granted = made.value()->grant(QString::fromLatin1(editor), true); !granted)
                qFatal("%s", qPrintable(granted.error()));
        }
        if (const auto granted = made.value()->grant(QStringLiteral("carol"), false); !granted)
            qFatal("%s", qPrintable(granted.error()));
        return location;
    }

    static QString as(const QString &location, const QString &user)
    {
        QString out = location;
        return out.replace(QStringLiteral("://bilan@"), QStringLiteral("://%1@").arg(user));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_articles = TestSupport::bundledExtracted();
        if (!TestSupport::onServer())
            return;
        // Three people of the desk: two editors and a reader (the server's roles).
        TestSupport::ensureRoles({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
    }

    void locationsAreReadAndRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("full") << QStringLiteral(
            "postgresql://marie@db.redaction.ma:5433/desk?project=amo-2025&sslmode=require")
                              << QString();
        QTest::newRow("short scheme")
            << QStringLiteral("postgres://localhost/desk?project=budget_2026") << QString();
        QTest::newRow("no project") << QStringLiteral("postgresql://localhost/desk")
                                    << QStringLiteral("names no project");
        QTest::newRow("no database") << QStringLiteral("postgresql://localhost/?project=x")
                                     << QStringLiteral("names no database");
        QTest::newRow("a quote in the project") << QStringLiteral("postgresql://localhost/desk?project=a%22b")
                                                << QStringLiteral("cannot name a project");
        QTest::newRow("a system schema") << QStringLiteral("postgresql://localhost/desk?project=pg_catalog")
                                         << QStringLiteral("cannot name a project");
        QTest::newRow("an unknown option")
            << QStringLiteral("postgresql://localhost/desk?project=x&host=/tmp")
            << QStringLiteral("unknown option “host”");
        QTest::newRow("a file") << QStringLiteral("/tmp/x.bilan")
                                << QStringLiteral("not a PostgreSQL address");
    }

    void locationsAreReadAndRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        const auto location = ServerLocation::parse(url);
        if (!problem.isEmpty()) {
            QVERIFY(!location);
            QVERIFY2(location.error().contains(problem), qPrintable(location.error()));
            return;
        }
        QVERIFY2(location, qPrintable(location.error()));
        // Said back without a password, options kept (sslmode passed through to libpq).
        const auto again = ServerLocation::parse(location->toUrl());
        QVERIFY(again);
        QCOMPARE(again->project, location->project);
        QCOMPARE(again->database, location->database);
        QCOMPARE(again->port, location->port);
        QCOMPARE(again->options, location->options);
        if (url.contains(QStringLiteral("sslmode")))
            QVERIFY(location->connectOptions().contains(QStringLiteral("sslmode='require'")));
    }

    void passwordNeverShown()
    {
        const auto location
            = ServerLocation::parse(QStringLiteral("postgresql://marie:secret@h/desk?project=p"));
        QVERIFY(location);
        QCOMPARE(location->password, QStringLiteral("secret"));
        QVERIFY(!location->toUrl().contains(QStringLiteral("secret")));
    }

    // Two people on one project: each sees the other's change within a second, without the
    // table being rebuilt (the selection and the scroll stay); the later change stands and the
    // earlier author is told who made it; undo takes back only one's own changes.
    void twoUsersSeeEachOthersEdits()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        const QString location = sharedProject(QStringLiteral("desk"));
        auto alice = ProjectDocument::open(as(location, QStringLiteral("alice")));
        QVERIFY2(alice, qPrintable(alice.error()));
        auto bob = ProjectDocument::open(as(location, QStringLiteral("bob")));
        QVERIFY2(bob, qPrintable(bob.error()));
        ProjectDocument &a = *alice.value();
        ProjectDocument &b = *bob.value();
        QVERIFY(!a.isReadOnly() && !b.isReadOnly());
        QCOMPARE(a.author(), QStringLiteral("alice"));
        QCOMPARE(b.author(), QStringLiteral("bob"));
        const ClaimKey key = firstKey(a);
        QCOMPARE(firstKey(b), key);
        // Bob's table is built (his window shows it); a live change must not rebuild it.
        QVERIFY(b.index().size() > 0);
        QSignalSpy rebuilt(&b, &ProjectDocument::claimsChanged);
        QSignalSpy bobSees(&b, &ProjectDocument::annotationChanged);
        QSignalSpy bobTold(&b, &ProjectDocument::changedByOther);

        QVERIFY(a.setStatus({key}, ClaimStatus::Verified));
        QTRY_COMPARE_WITH_TIMEOUT(b.annotation(key).status, ClaimStatus::Verified, 1000);
        QCOMPARE(b.annotation(key).updatedBy, QStringLiteral("alice"));
        QVERIFY(!bobSees.isEmpty());
        QCOMPARE(bobSees.last().at(0).value<ClaimKey>(), key);
        QCOMPARE(rebuilt.size(), 0);
        QCOMPARE(bobTold.size(), 1);
        QCOMPARE(bobTold.last().at(1).toString(), QStringLiteral("alice"));
        QCOMPARE(bobTold.last().at(2).toBool(), false); // bob had not touched it
        // His table's row has the new status too.
        const auto [ai, ci] = b.find(key);
        QCOMPARE(b.index().status(b.index().rowOf(ai, ci)), ClaimStatus::Verified);

        // Both write the note; bob's comes later and stands; alice is told.
        QSignalSpy aliceTold(&a, &ProjectDocument::changedByOther);
        QVERIFY(a.setNote(key, QStringLiteral("source : CNSS")));
        QTRY_COMPARE_WITH_TIMEOUT(b.annotation(key).note, QStringLiteral("source : CNSS"), 1000);
        QVERIFY(b.setNote(key, QStringLiteral("source : CNSS, rapport 2024")));
        QTRY_COMPARE_WITH_TIMEOUT(a.annotation(key).note, QStringLiteral("source : CNSS, rapport 2024"),
                                  1000);
        QTRY_VERIFY_WITH_TIMEOUT(!aliceTold.isEmpty(), 1000);
        QCOMPARE(aliceTold.last().at(1).toString(), QStringLiteral("bob"));
        QCOMPARE(aliceTold.last().at(2).toBool(), true); // it was her change he overrode
        // The history has both, with who.
        QStringList who;
        for (const HistoryEntry &e : a.history(key))
            who << e.who + u':' + e.field;
        QCOMPARE(who,
                 (QStringList {QStringLiteral("alice:status"), QStringLiteral("alice:note"),
                               QStringLiteral("bob:note")}));

        // Alice's undo of her note would take back bob's: it is refused and says so.
        QSignalSpy aliceErrors(&a, &ProjectDocument::errorOccurred);
        QCOMPARE(a.undoStack()->undoText(), QStringLiteral("Edit the note of %1").arg(a.claimLabel(key)));
        a.undoStack()->undo();
        QCOMPARE(aliceErrors.size(), 1);
        QVERIFY2(aliceErrors.last().at(0).toString().contains(QStringLiteral("bob")),
                 qPrintable(aliceErrors.last().at(0).toString()));
        QCOMPARE(a.annotation(key).note, QStringLiteral("source : CNSS, rapport 2024"));
        // Her status is still hers: its undo goes through, and bob sees it.
        a.undoStack()->undo();
        QCOMPARE(a.annotation(key).status, ClaimStatus::ToCheck);
        QTRY_COMPARE_WITH_TIMEOUT(b.annotation(key).status, ClaimStatus::ToCheck, 1000);
        QCOMPARE(b.annotation(key).note, QStringLiteral("source : CNSS, rapport 2024"));
    }

    // The taxonomy is the desk's: a merge or a rename one person makes reaches the other's
    // metrics at once.
    void taxonomyChangesReachTheDesk()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        const QString location = sharedProject(QStringLiteral("desktaxonomy"));
        auto alice = ProjectDocument::open(as(location, QStringLiteral("alice")));
        QVERIFY2(alice, qPrintable(alice.error()));
        auto bob = ProjectDocument::open(as(location, QStringLiteral("bob")));
        QVERIFY2(bob, qPrintable(bob.error()));
        ProjectDocument &a = *alice.value();
        ProjectDocument &b = *bob.value();
        const QString id = a.metrics().metrics().first().id;
        QSignalSpy rebuilt(&b, &ProjectDocument::claimsChanged);
        QVERIFY(a.renameMetric(id, QStringLiteral("Nom choisi par la rédaction")));
        QTRY_COMPARE_WITH_TIMEOUT(b.metricLabel(id), QStringLiteral("Nom choisi par la rédaction"), 1000);
        QVERIFY(!rebuilt.isEmpty());
        a.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(b.metricLabel(id) != QStringLiteral("Nom choisi par la rédaction"), 1000);
    }

    void readerRoleOpensReadOnly()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        const QString location = sharedProject(QStringLiteral("roles"));
        auto carol = ProjectDocument::open(as(location, QStringLiteral("carol")));
        QVERIFY2(carol, qPrintable(carol.error()));
        QVERIFY(carol.value()->isReadOnly());
        QVERIFY2(carol.value()->readOnlyReason().contains(QStringLiteral("may only read")),
                 qPrintable(carol.value()->readOnlyReason()));
        QCOMPARE(carol.value()->articles().size(), m_articles.size());
        const auto refused = carol.value()->setStatus({firstKey(*carol.value())}, ClaimStatus::Wrong);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("read-only")), qPrintable(refused.error()));
        // Granted editing, she writes.
        auto admin = ProjectStore::open(location);
        QVERIFY(admin);
        QVERIFY(admin.value()->grant(QStringLiteral("carol"), true));
        auto again = ProjectDocument::open(as(location, QStringLiteral("carol")));
        QVERIFY(again);
        QVERIFY(!again.value()->isReadOnly());
        QVERIFY(again.value()->setStatus({firstKey(*again.value())}, ClaimStatus::Wrong));
        // The command line grants too, and says what it did.
        const Run granted = cli({QStringLiteral("project"), QStringLiteral("grant"), location,
                                 QStringLiteral("carol"), QStringLiteral("reader")});
        QVERIFY2(granted.status == 0, granted.err.constData());
        QVERIFY(granted.out.contains("carol"));
        auto readerAgain = ProjectDocument::open(as(location, QStringLiteral("carol")));
        QVERIFY(readerAgain);
        QVERIFY(readerAgain.value()->isReadOnly());
    }

    // "dora" must give a password (tests/pgcluster.sh). Without one anywhere, the project is
    // refused saying why; libpq's PGPASSWORD is read; else the prompt is asked, again after a
    // wrong answer with the server's reason, and the right one opens the project.
    void passwordFromEnvironmentOrPrompt()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        TestSupport::ensureRoles({QStringLiteral("dora")});
        TestSupport::serverSql(TestSupport::pgServer(),
                               {QStringLiteral("ALTER ROLE dora PASSWORD 'clé secrète 7'")});
        const QString location = sharedProject(QStringLiteral("password"));
        auto admin = ProjectStore::open(location);
        QVERIFY(admin);
        QVERIFY(admin.value()->grant(QStringLiteral("dora"), true));
        const QString asDora = as(location, QStringLiteral("dora"));
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
        qunsetenv("PGPASSWORD");

        ProjectStore::setPasswordPrompt({});
        const auto refused = ProjectDocument::open(asDora);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("password"), Qt::CaseInsensitive)
                     && refused.error().contains(QStringLiteral("cannot reach the server")),
                 qPrintable(refused.error()));

        qputenv("PGPASSWORD", "clé secrète 7");
        const auto fromEnvironment = ProjectDocument::open(asDora);
        QVERIFY2(fromEnvironment, qPrintable(fromEnvironment.error()));
        QVERIFY(!fromEnvironment.value()->isReadOnly());
        qunsetenv("PGPASSWORD");

        QStringList problems;
        ProjectStore::setPasswordPrompt([&](const QString &where, const QString &problem) {
            // Asked naming the project (its address without a password).
            problems << problem;
            if (!where.contains(QStringLiteral("dora@")))
                return QString();
            return problems.size() == 1 ? QStringLiteral("faux") : QStringLiteral("clé secrète 7");
        });
        const auto prompted = ProjectDocument::open(asDora);
        ProjectStore::setPasswordPrompt({});
        QVERIFY2(prompted, qPrintable(prompted.error()));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[1].contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(problems[1]));
        QVERIFY(prompted.value()->setStatus({firstKey(*prompted.value())}, ClaimStatus::Verified));
        // Never written into the address the project is known by.
        QVERIFY(!prompted.value()->path().contains(QStringLiteral("secrète")));
    }

    // sslmode reaches libpq: the test server speaks no TLS, so "require" is refused saying so,
    // and "disable" opens.
    void sslModeReachesTheServer()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        const QString location = sharedProject(QStringLiteral("sslmode"));
        const auto required = ProjectStore::open(location + QStringLiteral("&sslmode=require"));
        QVERIFY(!required);
        QVERIFY2(required.error().contains(QStringLiteral("SSL")), qPrintable(required.error()));
        const auto disabled = ProjectStore::open(location + QStringLiteral("&sslmode=disable"));
        QVERIFY2(disabled, qPrintable(disabled.error()));
    }

    // A project of an older format on the server is brought up to date by the first editor
    // who opens it (the same migrations as a file's), once.
    void olderServerProjectMigrates()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        const QString location = sharedProject(QStringLiteral("format2"));
        TestSupport::serverSql(location,
                               {QStringLiteral("ALTER TABLE claims DROP COLUMN written_unit"),
                                QStringLiteral("ALTER TABLE claims DROP COLUMN change_of"),
                                QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'")});
        auto first = ProjectStore::open(location);
        QVERIFY2(first, qPrintable(first.error()));
        auto second = ProjectStore::open(as(location, QStringLiteral("alice")));
        QVERIFY2(second, qPrintable(second.error()));
        const auto articles = second.value()->loadArticles();
        QVERIFY2(articles, qPrintable(articles.error()));
        QCOMPARE(articles->size(), m_articles.size());
        bool linked = false;
        for (const Article &a : articles.value()) {
            for (const Claim &c : a.claims)
                linked = linked || c.changeOf >= 0;
        }
        QVERIFY(!linked); // the dropped links are not invented
        QVERIFY(ProjectStore::open(location, ProjectStore::Access::ReadOnly));
    }

    // A project goes to the desk's server and comes back: every row of every table the same.
    void pushAndPullLoseNothing()
    {
        if (!TestSupport::onServer())
            QSKIP("needs the test server (the _pg run)");
        const QString local = m_dir.filePath(QStringLiteral("local.bilan"));
        {
            auto doc = ProjectDocument::create(local, m_articles);
            QVERIFY(doc);
            ProjectDocument &d = *doc.value();
            QVERIFY(d.setStatus({d.keyOf(0, 0)}, ClaimStatus::Verified));
            QVERIFY(d.setNote(d.keyOf(0, 0), QStringLiteral("« guillemets », l'apostrophe\net la ligne")));
            QVERIFY(d.setReferences(d.keyOf(1, 0), {QStringLiteral("https://www.cnss.ma/")}));
            QVERIFY(d.setStatus({d.keyOf(3, 1), d.keyOf(4, 0)}, ClaimStatus::Disputed));
        }
        const QString remote = TestSupport::serverProject(QStringLiteral("pushed"));
        const Run pushed = cli({QStringLiteral("project"), QStringLiteral("push"), local, remote});
        QVERIFY2(pushed.status == 0, pushed.err.constData());
        // The server's copy opens and keeps working (its ids go on after the copied ones).
        {
            auto doc = ProjectDocument::open(remote);
            QVERIFY2(doc, qPrintable(doc.error()));
            QCOMPARE(doc.value()->annotation(doc.value()->keyOf(0, 0)).status, ClaimStatus::Verified);
            QCOMPARE(doc.value()->history(doc.value()->keyOf(0, 0)).size(), 2);
        }
        const QString back = m_dir.filePath(QStringLiteral("back.bilan"));
        const Run pulled = cli({QStringLiteral("project"), QStringLiteral("pull"), remote, back});
        QVERIFY2(pulled.status == 0, pulled.err.constData());
        const auto before = fileRows(local);
        const auto after = fileRows(back);
        for (const QString &table : StoreSchema::tableNames()) {
            QVERIFY2(!before.value(table).isEmpty(), qPrintable(table));
            QCOMPARE(after.value(table).size(), before.value(table).size());
            for (int i = 0; i < before.value(table).size(); ++i)
                QCOMPARE(after.value(table)[i], before.value(table)[i]);
        }
        // Neither overwrites: the server's project and the file exist already.
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("push"), local, remote}).status, 1);
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("pull"), remote, back}).status, 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedDesk)
#include "tst_shareddesk.moc"
