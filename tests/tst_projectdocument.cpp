// SPDX-License-Identifier: GPL-3.0-or-later
// Verification edits: every kind goes through the undo stack and reaches the file at once;
// a new engine re-attaches every annotation or lists it, never drops it.
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "project/projectstore.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What the file holds for a claim, read back by a fresh document.
Annotation stored(const QString &path, const ClaimKey &key)
{
    auto doc = ProjectDocument::open(path, ProjectStore::Access::ReadOnly);
    if (!doc)
        qFatal("%s", qPrintable(doc.error()));
    return doc.value()->annotation(key);
}

// The first body claim whose text is a plain figure, in article `a`.
int bodyClaim(const Article &a, int skip = 0)
{
    for (int c = 0; c < a.claims.size(); ++c) {
        if (!a.claims[c].boilerplate && skip-- == 0)
            return c;
    }
    return -1;
}

} // namespace

class TestProjectDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Article> m_articles;
    int m_count = 0;
    // Who the changes are recorded as: the user on a file, the login on a server.
    QString m_author;

    std::unique_ptr<ProjectDocument> fresh(const QList<Article> &articles = {})
    {
        const QString path = TestSupport::projectLocation(m_dir, QStringLiteral("p%1.bilan").arg(++m_count));
        auto doc = ProjectDocument::create(path, articles.isEmpty() ? m_articles : articles);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        return std::move(doc).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (user name, recent projects, window state) go to a test folder, never the real home.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_articles = TestSupport::bundledExtracted();
        qputenv("USER", "testeuse");
        m_author = TestSupport::onServer() ? QStringLiteral("bilan") : QStringLiteral("testeuse");
    }

    void statusUndoRedo()
    {
        auto doc = fresh();
        const int c = bodyClaim(doc->articles()[0]);
        const ClaimKey key = doc->keyOf(0, c);
        const QString figure = doc->claimLabel(key);
        QVERIFY(!figure.isEmpty());
        QSignalSpy changed(doc.get(), &ProjectDocument::annotationChanged);
        QVERIFY(doc->setStatus({key}, ClaimStatus::Verified));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Mark %1 as Verified").arg(figure));
        QCOMPARE(doc->annotation(key).status, ClaimStatus::Verified);
        QCOMPARE(doc->annotation(key).updatedBy, m_author);
        QCOMPARE(stored(doc->path(), key).status, ClaimStatus::Verified);

        QVERIFY(doc->setStatus({key}, ClaimStatus::Wrong));
        doc->undoStack()->undo();
        QCOMPARE(doc->annotation(key).status, ClaimStatus::Verified);
        QCOMPARE(stored(doc->path(), key).status, ClaimStatus::Verified);
        doc->undoStack()->undo();
        QCOMPARE(doc->annotation(key).status, ClaimStatus::ToCheck);
        QCOMPARE(stored(doc->path(), key).status, ClaimStatus::ToCheck);
        QVERIFY(doc->annotations().isEmpty()); // back to nothing, nothing stored
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QCOMPARE(doc->annotation(key).status, ClaimStatus::Wrong);
        QCOMPARE(stored(doc->path(), key).status, ClaimStatus::Wrong);
        // Setting what is already there is not a step.
        const int steps = doc->undoStack()->count();
        QVERIFY(doc->setStatus({key}, ClaimStatus::Wrong));
        QCOMPARE(doc->undoStack()->count(), steps);
        // Every change, undone ones included, is in the history.
        const QList<HistoryEntry> history = doc->history(key);
        QCOMPARE(history.size(), 6);
        QCOMPARE(history.last().oldValue, QStringLiteral("verified"));
        QCOMPARE(history.last().newValue, QStringLiteral("wrong"));
        QCOMPARE(history.last().who, m_author);
    }

    void severalStatusesAreOneStep()
    {
        auto doc = fresh();
        QList<ClaimKey> keys;
        for (int c = 0; c < 4; ++c)
            keys << doc->keyOf(1, bodyClaim(doc->articles()[1], c));
        QVERIFY(doc->setStatus({keys[0]}, ClaimStatus::Disputed));
        QVERIFY(doc->setStatus(keys, ClaimStatus::Verified));
        QCOMPARE(doc->undoStack()->count(), 2);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Mark 4 claim(s) as Verified"));
        for (const ClaimKey &k : keys)
            QCOMPARE(stored(doc->path(), k).status, ClaimStatus::Verified);
        doc->undoStack()->undo();
        QCOMPARE(stored(doc->path(), keys[0]).status, ClaimStatus::Disputed);
        for (int i = 1; i < keys.size(); ++i)
            QCOMPARE(stored(doc->path(), keys[i]).status, ClaimStatus::ToCheck);
        doc->undoStack()->redo();
        for (const ClaimKey &k : keys)
            QCOMPARE(doc->annotation(k).status, ClaimStatus::Verified);
    }

    void noteReferencesCorrectionUndoRedo()
    {
        auto doc = fresh();
        const ClaimKey key = doc->keyOf(2, bodyClaim(doc->articles()[2]));
        const double original = doc->annotation(key).originalValue;
        QVERIFY(!std::isnan(original));

        QVERIFY(doc->setNote(key, QStringLiteral("Chiffre confirmé par l'ANAM, « rapport 2024 », p. 12")));
        QVERIFY(doc->undoStack()->undoText().startsWith(QStringLiteral("Edit the note of ")));
        QVERIFY(doc->setReferences(
            key, {QStringLiteral("https://www.anam.ma/rapport"), QStringLiteral("Entretien, 3 avril")}));
        ClaimCorrection correction;
        correction.value = original * 2;
        correction.unit = QStringLiteral("MAD");
        correction.asOf = PartialDate::fromIso(QStringLiteral("2025-03"));
        correction.metric = QStringLiteral("tadamon.beneficiaries");
        QVERIFY(doc->setCorrection(key, correction));
        QVERIFY(doc->undoStack()->undoText().startsWith(QStringLiteral("Correct ")));

        Annotation a = stored(doc->path(), key);
        QCOMPARE(a.note, QStringLiteral("Chiffre confirmé par l'ANAM, « rapport 2024 », p. 12"));
        QCOMPARE(a.references.size(), 2);
        QVERIFY(a.correction == correction);
        QCOMPARE(a.originalValue, original); // the extracted figure is kept beside it

        doc->undoStack()->undo();
        QVERIFY(stored(doc->path(), key).correction.isEmpty());
        doc->undoStack()->undo();
        QVERIFY(stored(doc->path(), key).references.isEmpty());
        doc->undoStack()->undo();
        QVERIFY(stored(doc->path(), key).note.isEmpty());
        QVERIFY(doc->annotations().isEmpty());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        a = stored(doc->path(), key);
        QCOMPARE(a.note, QStringLiteral("Chiffre confirmé par l'ANAM, « rapport 2024 », p. 12"));
        QCOMPARE(a.references.value(1), QStringLiteral("Entretien, 3 avril"));
        QVERIFY(a.correction == correction);
    }

    void manualClaimUndoRedo()
    {
        auto doc = fresh();
        const Article &article = doc->articles()[0];
        // A stretch of body text that holds no claim: the journalist marks it as a figure.
        qint32 start = -1;
        for (const Paragraph &p : article.paragraphs) {
            if (p.kind != ParagraphKind::Body || start >= 0)
                continue;
            for (qint32 s = p.start; s + 5 <= p.end && start < 0; ++s) {
                if (std::none_of(article.claims.begin(), article.claims.end(),
                                 [s](const Claim &c) { return c.start < s + 5 && s < c.end; }))
                    start = s;
            }
        }
        QVERIFY(start >= 0);
        const qint32 end = start + 5;
        const int before = article.claims.size();
        Claim claim;
        claim.start = start;
        claim.end = end;
        claim.value = 42;
        claim.unit = QStringLiteral("dossiers");
        const auto key = doc->addManualClaim(0, claim);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(doc->undoStack()->undoText(),
                 QStringLiteral("Add %1 as a claim").arg(doc->claimLabel(key.value())));
        QCOMPARE(doc->articles()[0].claims.size(), before + 1);
        QVERIFY(std::any_of(doc->articles()[0].claims.begin(), doc->articles()[0].claims.end(),
                            [](const Claim &c) { return c.manual && c.value == 42; }));
        // Manual claims survive a reopening.
        QCOMPARE(stored(doc->path(), key.value()).manual, true);
        // Overlapping an existing claim is refused.
        Claim overlapping;
        overlapping.start = article.claims[bodyClaim(article)].start;
        overlapping.end = overlapping.start + 1;
        QVERIFY(!doc->addManualClaim(0, overlapping));

        doc->undoStack()->undo();
        QCOMPARE(doc->articles()[0].claims.size(), before);
        QCOMPARE(stored(doc->path(), key.value()).manual, false);
        doc->undoStack()->redo();
        QCOMPARE(doc->articles()[0].claims.size(), before + 1);
        QVERIFY(doc->setStatus({key.value()}, ClaimStatus::Verified));
        QVERIFY(doc->removeManualClaim(key.value()));
        QCOMPARE(doc->articles()[0].claims.size(), before);
        doc->undoStack()->undo();
        QCOMPARE(doc->articles()[0].claims.size(), before + 1);
        QCOMPARE(doc->annotation(key.value()).status, ClaimStatus::Verified);
        auto reopened = ProjectDocument::open(doc->path(), ProjectStore::Access::ReadOnly);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->articles()[0].claims.size(), before + 1);
    }

    void reextractionReattachesEveryAnnotation()
    {
        QString path;
        ClaimKey same, byQuote, byValue, lost;
        {
            auto doc = fresh();
            path = doc->path();
            const Article &a = doc->articles()[1];
            same = doc->keyOf(1, bodyClaim(a, 0));
            byQuote = doc->keyOf(1, bodyClaim(a, 1));
            byValue = doc->keyOf(1, bodyClaim(a, 2));
            lost = doc->keyOf(1, bodyClaim(a, 3));
            QVERIFY(doc->setStatus({same}, ClaimStatus::Verified));
            QVERIFY(doc->setNote(byQuote, QStringLiteral("par la citation")));
            QVERIFY(doc->setStatus({byValue}, ClaimStatus::Disputed));
            QVERIFY(doc->setNote(lost, QStringLiteral("ne correspond plus à rien")));
        }
        // As if an older engine had found other spans: one anchor keeps only its quote and
        // context, one only its value and paragraph, one nothing that still matches.
        TestSupport::projectSql(
            path,
            {
                QStringLiteral("UPDATE meta SET value = 'old-engine' WHERE key = 'engine_version'"),
                QStringLiteral("UPDATE annotations SET start = start + 100000, \"end\" = \"end\" + 100000 "
                               "WHERE start = %1")
                    .arg(byQuote.start),
                QStringLiteral(
                    "UPDATE annotations SET start = start + 200000, \"end\" = \"end\" + 200000, quote = "
                    "'xx', before = '', after = ''"
                    " WHERE start = %1")
                    .arg(byValue.start),
                QStringLiteral(
                    "UPDATE annotations SET start = start + 300000, \"end\" = \"end\" + 300000, quote = "
                    "'yy', before = '', after = '',"
                    " original_value = -1 WHERE start = %1")
                    .arg(lost.start),
            });
        auto doc = ProjectDocument::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        ProjectDocument &d = *doc.value();
        QCOMPARE(d.annotations().size(), 4);
        QCOMPARE(d.annotation(same).status, ClaimStatus::Verified);
        QCOMPARE(d.annotation(byQuote).note, QStringLiteral("par la citation"));
        QCOMPARE(d.annotation(byValue).status, ClaimStatus::Disputed);
        QVERIFY(!d.annotation(byQuote).orphaned);
        QVERIFY(!d.annotation(byValue).orphaned);
        QCOMPARE(d.reattachedCount(), 3);
        const QList<Annotation> orphans = d.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans[0].note, QStringLiteral("ne correspond plus à rien"));
        // The re-attached anchors and the engine version are written back.
        doc.value().reset();
        auto again = ProjectDocument::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->reattachedCount(), 0 + 1); // the orphan is still listed
        QCOMPARE(again.value()->orphans().size(), 1);
        QCOMPARE(again.value()->annotation(byQuote).note, QStringLiteral("par la citation"));
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(store);
        QCOMPARE(store.value()->storedEngineVersion(), ProjectStore::engineVersion());
    }

    void reimportingAnArticleIsRefused()
    {
        auto doc = fresh(m_articles.mid(0, 3));
        const ClaimKey key = doc->keyOf(0, bodyClaim(doc->articles()[0]));
        QVERIFY(doc->setStatus({key}, ClaimStatus::Verified));
        QSignalSpy changed(doc.get(), &ProjectDocument::claimsChanged);
        const auto again = doc->addArticles({m_articles[0]});
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->refused.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(doc->annotation(key).status, ClaimStatus::Verified);
        const auto added = doc->addArticles({m_articles[3]});
        QVERIFY(added && added->refused.isEmpty());
        QCOMPARE(added->added, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc->articles().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
