// SPDX-License-Identifier: GPL-3.0-or-later
// "There is no unsaved work to lose": a process editing a project is killed (SIGKILL) at random
// moments; every change it reported saved must be in the file, and the file must open. On a
// server (BILAN_TEST_PG_STATE), the same; and a server of its own is stopped at once and
// started again in the middle of the edits: the editor reconnects by itself, the edits in
// flight are reported not saved, and nothing reported saved is lost.
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestProjectCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QList<Article> m_articles;

    // Where round `tag`'s project is: a copy of the base project.
    QString copyOfBase(const QString &tag)
    {
        if (TestSupport::onServer()) {
            const QString location = TestSupport::serverProject(QStringLiteral("crash-") + tag);
            const auto copied = ProjectStore::copy(m_base, location);
            if (!copied)
                qFatal("%s", qPrintable(copied.error()));
            return location;
        }
        const QString path = m_dir.filePath(QStringLiteral("edited-%1.bilan").arg(tag));
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            qFatal("cannot copy %s", qPrintable(m_base));
        return path;
    }

    // What the editor reported: "ready N", then "saved I" or "failed I" lines.
    struct Report
    {
        int n = 0;
        QList<qint64> saved;
        QList<qint64> failed;
        qint64 last = -1; // the last edit it started
    };

    static Report readReport(QProcess &editor)
    {
        Report r;
        const QStringList lines
            = QString::fromUtf8(editor.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty() || !lines[0].startsWith(QStringLiteral("ready ")))
            return r;
        r.n = lines[0].mid(6).toInt();
        for (const QString &line : lines.mid(1)) {
            bool ok = false;
            if (line.startsWith(QStringLiteral("saved "))) {
                const qint64 i = line.mid(6).toLongLong(&ok);
                if (ok)
                    r.saved << i;
            } else if (line.startsWith(QStringLiteral("failed "))) {
                const qint64 i = line.mid(7).toLongLong(&ok);
                if (ok)
                    r.failed << i;
            }
        }
        for (qint64 i : r.saved + r.failed)
            r.last = qMax(r.last, i);
        return r;
    }

    // Every edit reported saved is in the project, unless a later edit of the same claim (one
    // reported failed, which may or may not have landed, or the one in flight) replaced it.
    static void checkNothingLost(const QString &location, const Report &r)
    {
        auto doc = ProjectDocument::open(location);
        QVERIFY2(doc, qPrintable(doc.error()));
        QVERIFY(!doc.value()->isReadOnly());
        QList<ClaimKey> keys;
        for (int a = 0; a < doc.value()->articles().size(); ++a) {
            for (int c = 0; c < doc.value()->articles()[a].claims.size(); ++c)
                keys << doc.value()->keyOf(a, c);
        }
        QCOMPARE(keys.size(), r.n);
        const qint64 inFlight = r.last + 1;
        QSet<qint64> uncertain(r.failed.begin(), r.failed.end());
        uncertain.insert(inFlight);
        const QSet<qint64> saved(r.saved.begin(), r.saved.end());
        for (int k = 0; k < r.n; ++k) {
            const Annotation a = doc.value()->annotation(keys[k]);
            // The edits of claim k, in order; the last saved one and the uncertain ones after it.
            qint64 lastSaved = -1, lastSavedStatus = -1;
            QStringList allowed;
            QList<qint64> laterUncertain;
            for (qint64 i = k; i <= inFlight; i += r.n) {
                if (saved.contains(i)) {
                    lastSaved = i;
                    laterUncertain.clear();
                    if (i % 3 == 0)
                        lastSavedStatus = i;
                } else if (uncertain.contains(i)) {
                    laterUncertain << i;
                }
            }
            if (lastSaved >= 0)
                allowed << QStringLiteral("note %1").arg(lastSaved);
            else
                allowed << QString(); // never saved: no note, or an uncertain one
            for (qint64 i : std::as_const(laterUncertain))
                allowed << QStringLiteral("note %1").arg(i);
            QVERIFY2(allowed.contains(a.note),
                     qPrintable(QStringLiteral("claim %1: “%2”, expected one of “%3”")
                                    .arg(k)
                                    .arg(a.note, allowed.join(QStringLiteral("”, “")))));
            const bool statusUncertain = std::any_of(laterUncertain.begin(), laterUncertain.end(),
                                                     [](qint64 i) { return i % 3 == 0; });
            if (lastSavedStatus >= 0 && !statusUncertain) {
                // A status saved later by an uncertain edit is not checked; the saved one is.
                bool laterSavedStatus = false;
                for (qint64 i = lastSavedStatus + r.n; i <= inFlight; i += r.n)
                    laterSavedStatus = laterSavedStatus || (i % 3 == 0);
                if (!laterSavedStatus) {
                    const ClaimStatus status
                        = lastSavedStatus % 2 ? ClaimStatus::Verified : ClaimStatus::Disputed;
                    QCOMPARE(a.status, status);
                }
            }
        }
        // Every reported change has its history line.
        QVERIFY(doc.value()->history(keys[0]).size() >= (r.saved.isEmpty() ? 0 : 1));
        // And the project keeps working.
        QVERIFY(doc.value()->setNote(keys[0], QStringLiteral("après la panne")));
    }

    static QProcess *startEditor(const QString &location, QObject *parent)
    {
        auto *editor = new QProcess(parent);
        editor->setProgram(QStringLiteral(BILAN_EDITOR));
        editor->setArguments({location});
        editor->start();
        return editor;
    }

    static QList<int> rounds()
    {
        // Seeded from the clock but printed, so that a failure can be replayed:
        // BILAN_CRASH_SEED=N runs the same rounds again.
        bool fromEnvironment = false;
        const quint32 given = qEnvironmentVariable("BILAN_CRASH_SEED").toUInt(&fromEnvironment);
        const quint32 seed = fromEnvironment ? given : QRandomGenerator::global()->generate();
        qInfo("seed %u (replay with BILAN_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator random(seed);
        QList<int> delays;
        for (int round = 0; round < 7; ++round)
            delays << int(random.bounded(10, 900));
        return delays;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (user name, recent projects, window state) go to a test folder, never the real home.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_articles = TestSupport::bundledExtracted();
        m_base = TestSupport::projectLocation(m_dir, QStringLiteral("base.bilan"));
        QVERIFY(ProjectDocument::create(m_base, m_articles));
    }

    void killedEditorLosesNothing_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("at once") << 0;
        const QList<int> delays = rounds();
        for (int round = 0; round < delays.size(); ++round)
            QTest::addRow("round %d", round) << delays[round];
    }

    void killedEditorLosesNothing()
    {
        QFETCH(int, delayMs);
        const QString path = copyOfBase(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QProcess &editor = *startEditor(path, this);
        QVERIFY(editor.waitForStarted());
        QVERIFY(editor.waitForReadyRead(30000));
        QTest::qWait(delayMs);
        editor.kill(); // SIGKILL: no destructor, no flush, no rollback
        QVERIFY(editor.waitForFinished(30000));
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

        const Report report = readReport(editor);
        QVERIFY2(report.n > 0, editor.readAllStandardError().constData());
        qInfo("killed after %d ms, %lld edits reported%s", delayMs, qint64(report.saved.size()),
              QFile::exists(path + QStringLiteral("-journal")) ? ", in the middle of a transaction" : "");
        checkNothingLost(path, report);
    }

    // The server itself fails: stopped at once (as a crash or a cut network would) in the
    // middle of the edits, started again; the editor goes on by itself.
    void serverStoppedMidEditLosesNothing_data()
    {
        QTest::addColumn<int>("delayMs");
        const QList<int> delays = rounds();
        for (int round = 0; round < 3; ++round)
            QTest::addRow("round %d", round) << delays[round];
    }

    void serverStoppedMidEditLosesNothing()
    {
        if (!TestSupport::onServer())
            QSKIP("a project file has no server (this runs with BILAN_TEST_PG_STATE)");
        QFETCH(int, delayMs);
        // A server of this test's own: the others' keeps running.
        QTemporaryDir state;
        QVERIFY(state.isValid());
        const QString control = QStringLiteral(BILAN_SOURCE_DIR "/tests/pgcluster.sh");
        auto cluster = [&](const QString &action) {
            QProcess p;
            p.start(control, {action, state.path()});
            const bool done
                = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (!done)
                qWarning("pgcluster.sh %s: %s", qPrintable(action), p.readAllStandardError().constData());
            return done;
        };
        QVERIFY(cluster(QStringLiteral("start")));
        const auto stopCluster = qScopeGuard([&] { cluster(QStringLiteral("stop")); });
        QFile urlFile(state.filePath(QStringLiteral("url")));
        QVERIFY(urlFile.open(QIODevice::ReadOnly));
        const QString location
            = QString::fromUtf8(urlFile.readAll()).trimmed() + QStringLiteral("?project=faults");
        QVERIFY(ProjectStore::copy(m_base, location));

        QProcess &editor = *startEditor(location, this);
        QVERIFY(editor.waitForStarted());
        QVERIFY(editor.waitForReadyRead(30000));
        QTest::qWait(delayMs);
        const bool stopped = cluster(QStringLiteral("kill"));
        QTest::qWait(300);
        const bool restarted = stopped && cluster(QStringLiteral("restart"));
        // The editor reconnects by itself: edits are saved again after the restart.
        QString out;
        QElapsedTimer waited;
        waited.start();
        int savedAfter = 0;
        while (restarted && savedAfter < 20 && waited.elapsed() < 30000) {
            editor.waitForReadyRead(500);
            const QByteArray chunk = editor.readAllStandardOutput();
            out += QString::fromUtf8(chunk);
            const qsizetype failedAt = out.lastIndexOf(QStringLiteral("failed "));
            if (failedAt >= 0)
                savedAfter = int(out.mid(failedAt).count(QStringLiteral("saved ")));
        }
        editor.kill();
        editor.waitForFinished(30000);
        out += QString::fromUtf8(editor.readAllStandardOutput());
        QVERIFY(stopped);
        QVERIFY(restarted);
        Report report;
        {
            // The report as read so far, parsed as the editor wrote it.
            QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
            if (!out.endsWith(u'\n') && !lines.isEmpty())
                lines.removeLast(); // a line cut by the kill
            QVERIFY(!lines.isEmpty() && lines[0].startsWith(QStringLiteral("ready ")));
            report.n = lines[0].mid(6).toInt();
            for (const QString &line : lines.mid(1)) {
                if (line.startsWith(QStringLiteral("saved ")))
                    report.saved << line.mid(6).toLongLong();
                else if (line.startsWith(QStringLiteral("failed ")))
                    report.failed << line.mid(7).toLongLong();
            }
            for (qint64 i : report.saved + report.failed)
                report.last = qMax(report.last, i);
        }
        qInfo(
            "server stopped after %d ms: %lld edits saved, %lld reported failed, %d saved after the restart",
            delayMs, qint64(report.saved.size()), qint64(report.failed.size()), savedAfter);
        QVERIFY2(!report.failed.isEmpty(), "no edit was reported failed while the server was down");
        QVERIFY2(savedAfter >= 20, "the editor did not go on after the restart");
        checkNothingLost(location, report);
    }
};

QTEST_GUILESS_MAIN(TestProjectCrash)
#include "tst_projectcrash.moc"
