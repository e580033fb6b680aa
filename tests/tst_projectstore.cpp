// SPDX-License-Identifier: GPL-3.0-or-later
// The .bilan file: what it keeps, and how it refuses what it cannot read without touching it.
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "project/projectstore.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(m_dir.isValid());
        m_articles = TestSupport::bundledExtracted();
        QCOMPARE(m_articles.size(), 5);
        m_valid = m_dir.filePath(QStringLiteral("valid.bilan"));
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
        const QString path = m_dir.filePath(QStringLiteral("dup.bilan"));
        auto doc = ProjectDocument::create(path, m_articles.mid(0, 2));
        QVERIFY(doc);
        const QStringList refused = doc.value()->addArticles({m_articles[1], m_articles[2]});
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

    // Schema 1 -> 2 (sources): a project from before the migration opens, gains the new
    // columns empty, keeps its articles, claims and annotations, and takes sourced articles.
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
                             QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")});
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const auto articles = store.value()->loadArticles();
        QVERIFY2(articles, qPrintable(articles.error()));
        QCOMPARE(articles->size(), m_articles.size());
        QCOMPARE(articles->first().claims.size(), m_articles.first().claims.size());
        QVERIFY(!articles->first().source);
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
        QSignalSpy errors(second.value().get(), &ProjectDocument::errorOccurred);
        QVERIFY(
            !second.value()->setNote(second.value()->keyOf(0, 1), QStringLiteral("ne doit pas être écrit")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(second.value()->lastError().contains(QStringLiteral("read-only")));
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
