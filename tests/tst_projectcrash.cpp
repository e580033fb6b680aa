// SPDX-License-Identifier: GPL-3.0-or-later
// "There is no unsaved work to lose": a process editing a project is killed (SIGKILL) at random
// moments; every change it reported saved must be in the file, and the file must open.
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProjectCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (user name, recent projects, window state) go to a test folder, never the real home.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QList<Article> articles = TestSupport::bundledExtracted();
        m_base = m_dir.filePath(QStringLiteral("base.bilan"));
        QVERIFY(ProjectDocument::create(m_base, articles));
    }

    void killedEditorLosesNothing_data()
    {
        QTest::addColumn<int>("delayMs");
        // Seeded from the clock but printed, so that a failure can be replayed:
        // BILAN_CRASH_SEED=N runs the same rounds again.
        bool fromEnvironment = false;
        const quint32 given = qEnvironmentVariable("BILAN_CRASH_SEED").toUInt(&fromEnvironment);
        const quint32 seed = fromEnvironment ? given : QRandomGenerator::global()->generate();
        qInfo("seed %u (replay with BILAN_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator random(seed);
        QTest::newRow("at once") << 0;
        for (int round = 0; round < 7; ++round)
            QTest::addRow("round %d", round) << int(random.bounded(10, 900));
    }

    void killedEditorLosesNothing()
    {
        QFETCH(int, delayMs);
        const QString path = m_dir.filePath(
            QStringLiteral("edited-%1.bilan").arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_base, path));

        QProcess editor;
        editor.setProgram(QStringLiteral(BILAN_EDITOR));
        editor.setArguments({path});
        editor.start();
        QVERIFY(editor.waitForStarted());
        QVERIFY(editor.waitForReadyRead(30000));
        QTest::qWait(delayMs);
        editor.kill(); // SIGKILL: no destructor, no flush, no rollback
        QVERIFY(editor.waitForFinished(30000));
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

        const QStringList lines
            = QString::fromUtf8(editor.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines[0].startsWith(QStringLiteral("ready ")),
                 editor.readAllStandardError().constData());
        const int n = lines[0].mid(6).toInt();
        QVERIFY(n > 0);
        qint64 last = -1;
        for (const QString &line : lines.mid(1)) {
            if (line.startsWith(QStringLiteral("saved ")) && line.size() > 6)
                last = qMax(last, line.mid(6).toLongLong());
        }
        qInfo("killed after %d ms, %lld edits reported%s", delayMs, last + 1,
              QFile::exists(path + QStringLiteral("-journal")) ? ", in the middle of a transaction" : "");

        // The file opens (the stale lock of the dead process does not make it read-only).
        auto doc = ProjectDocument::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        QVERIFY(!doc.value()->isReadOnly());
        QList<ClaimKey> keys;
        for (int a = 0; a < doc.value()->articles().size(); ++a) {
            for (int c = 0; c < doc.value()->articles()[a].claims.size(); ++c)
                keys << doc.value()->keyOf(a, c);
        }
        QCOMPARE(keys.size(), n);
        const qint64 inFlight = last + 1; // the one edit that may or may not have landed
        for (int k = 0; k < n; ++k) {
            const Annotation a = doc.value()->annotation(keys[k]);
            qint64 reported = -1, reportedStatus = -1;
            for (qint64 i = k; i <= last; i += n) {
                reported = i;
                if (i % 3 == 0)
                    reportedStatus = i;
            }
            const bool touchedInFlight = inFlight % n == k;
            if (reported < 0) {
                if (!touchedInFlight)
                    QVERIFY2(a.note.isEmpty(), qPrintable(a.note));
                continue;
            }
            const QString want = QStringLiteral("note %1").arg(reported);
            const QString maybe = QStringLiteral("note %1").arg(inFlight);
            QVERIFY2(a.note == want || (touchedInFlight && a.note == maybe),
                     qPrintable(QStringLiteral("claim %1: %2, expected %3").arg(k).arg(a.note, want)));
            if (reportedStatus >= 0 && !(touchedInFlight && inFlight % 3 == 0)) {
                const ClaimStatus status = reportedStatus % 2 ? ClaimStatus::Verified : ClaimStatus::Disputed;
                QCOMPARE(a.status, status);
            }
        }
        // Every reported change has its history line.
        QVERIFY(doc.value()->history(keys[0]).size() >= (last >= 0 ? 1 : 0));
        // And the project keeps working.
        QVERIFY(doc.value()->setNote(keys[0], QStringLiteral("après la panne")));
    }
};

QTEST_GUILESS_MAIN(TestProjectCrash)
#include "tst_projectcrash.moc"
