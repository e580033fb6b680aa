// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of a verified bilan: CSV by RFC 4180 with a BOM, JSON with annotations and orphans,
// schema.org ClaimReview for claims with a verdict.
#include "export/articlejson.h"
#include "export/projectexport.h"
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProjectExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    ClaimKey m_verified, m_disputed, m_wrong, m_notAClaim;
    const QString m_note = QStringLiteral("Vérifié : « 9,5 milliards », dit-il,\nsur deux lignes");

    ClaimSelection all() const { return all(*m_doc); }
    static ClaimSelection all(const ProjectDocument &doc)
    {
        return doc.select(ClaimFilter::ofStatuses({}, true));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (user name, recent projects, window state) go to a test folder, never the real home.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QList<Article> articles = TestSupport::bundledExtracted();
        auto doc = ProjectDocument::create(m_dir.filePath(QStringLiteral("export.bilan")), articles);
        QVERIFY(doc);
        m_doc = std::move(doc).value();
        m_verified = m_doc->keyOf(0, 0);
        m_disputed = m_doc->keyOf(1, 0);
        m_wrong = m_doc->keyOf(2, 0);
        m_notAClaim = m_doc->keyOf(3, 0);
        QVERIFY(m_doc->setStatus({m_verified}, ClaimStatus::Verified));
        QVERIFY(m_doc->setNote(m_verified, m_note));
        QVERIFY(m_doc->setReferences(
            m_verified,
            {QStringLiteral("https://www.cnss.ma/communique"), QStringLiteral("Bulletin officiel n° 7170")}));
        QVERIFY(m_doc->setStatus({m_disputed}, ClaimStatus::Disputed));
        QVERIFY(m_doc->setStatus({m_wrong}, ClaimStatus::Wrong));
        ClaimCorrection correction;
        correction.value = 11.1e6;
        correction.unit = QStringLiteral("personnes");
        QVERIFY(m_doc->setCorrection(m_wrong, correction));
        QVERIFY(m_doc->setStatus({m_notAClaim}, ClaimStatus::NotAClaim));
    }

    void csvIsRfc4180WithBom()
    {
        const QByteArray bytes = ProjectExport::csv(*m_doc, all());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = TestSupport::parseCsv(QString::fromUtf8(bytes.mid(3)));
        qsizetype claims = 0;
        for (const Article &a : m_doc->articles())
            claims += a.claims.size();
        QCOMPARE(rows.size(), claims + 1);
        const QStringList header = rows[0];
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        for (const char *column : {"id", "value", "unit", "qualifier", "as_of", "speaker", "status", "note",
                                   "corrected_value", "references", "checked_by", "citation", "sentence"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        auto rowOf = [&](const ClaimKey &key) {
            const Article &a = *std::find_if(m_doc->articles().begin(), m_doc->articles().end(),
                                             [&](const Article &x) { return x.sha256 == key.article; });
            for (const QStringList &row : rows) {
                if (row[header.indexOf(QStringLiteral("document"))] == a.id
                    && row[header.indexOf(QStringLiteral("text"))]
                        == a.text.mid(key.start, key.end - key.start))
                    return row;
            }
            return QStringList();
        };
        const QStringList verified = rowOf(m_verified);
        QCOMPARE(verified[header.indexOf(QStringLiteral("status"))], QStringLiteral("verified"));
        QCOMPARE(verified[header.indexOf(QStringLiteral("note"))],
                 m_note); // quotes, commas and a line break survive
        QCOMPARE(verified[header.indexOf(QStringLiteral("references"))],
                 QStringLiteral("https://www.cnss.ma/communique\nBulletin officiel n° 7170"));
        QVERIFY(verified[header.indexOf(QStringLiteral("citation"))].contains(u'§'));
        const QStringList wrong = rowOf(m_wrong);
        QCOMPARE(wrong[header.indexOf(QStringLiteral("status"))], QStringLiteral("wrong"));
        QCOMPARE(wrong[header.indexOf(QStringLiteral("corrected_value"))], QStringLiteral("11100000"));
        QCOMPARE(wrong[header.indexOf(QStringLiteral("corrected_unit"))], QStringLiteral("personnes"));
        QVERIFY(!wrong[header.indexOf(QStringLiteral("value"))].isEmpty()); // the original beside it
    }

    void csvCarriesFindingReviews()
    {
        // A finding resolved with a note: each of its claims' rows says so; the other rows
        // leave the column empty.
        auto doc = ProjectDocument::create(m_dir.filePath(QStringLiteral("reviews.bilan")),
                                           TestSupport::bundledExtracted());
        QVERIFY(doc);
        ProjectDocument &d = *doc.value();
        QVERIFY(!d.findings().isEmpty());
        const Finding finding = d.findings().first();
        QVERIFY(d.setFindingReview(finding, FindingReview::State::Resolved,
                                   QStringLiteral("La CNSS confirme, « 14 millions »")));
        const QList<QStringList> rows
            = TestSupport::parseCsv(QString::fromUtf8(ProjectExport::csv(d, all(d)).mid(3)));
        const qsizetype column = rows[0].indexOf(QStringLiteral("finding_reviews"));
        QVERIFY(column >= 0);
        QSet<QString> inFinding;
        for (const auto &[ai, ci] : finding.claims) {
            const Article &a = d.articles()[ai];
            inFinding.insert(ArticleJson::claimId(a, a.claims[ci], CodePointMap(a.text)));
        }
        const qsizetype id = rows[0].indexOf(QStringLiteral("id"));
        int marked = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const bool in = inFinding.contains(rows[r][id]);
            const QString expected
                = finding.kind + QStringLiteral(" resolved: La CNSS confirme, « 14 millions »");
            QCOMPARE(rows[r][column], in ? expected : QString());
            marked += in;
        }
        QCOMPARE(marked, finding.claims.size());
    }

    void jsonCarriesAnnotationsAndOrphans()
    {
        // An annotation whose article is not in the project any more: orphaned when opened.
        const QString path = m_dir.filePath(QStringLiteral("orphan.bilan"));
        QVERIFY(QFile::copy(m_doc->path(), path));
        TestSupport::rawSql(
            path,
            {QStringLiteral("INSERT INTO annotations (article_sha, start, end, quote, status, note)"
                            " VALUES ('abc', 1, 2, '3,8 millions', 'disputed', 'n''existe plus')")});
        auto reopened = ProjectDocument::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        const ProjectDocument &doc = *reopened.value();
        const QJsonObject root
            = QJsonDocument::fromJson(ProjectExport::json(doc, doc.select(ClaimFilter::ofStatuses({}, true))))
                  .object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("bilan.claims/1"));
        int statuses = 0;
        for (const QJsonValue &d : root.value(QStringLiteral("documents")).toArray()) {
            for (const QJsonValue &c : d.toObject().value(QStringLiteral("claims")).toArray()) {
                const QJsonObject o = c.toObject();
                QVERIFY(o.contains(QStringLiteral("status")));
                QVERIFY(o.contains(QStringLiteral("value")));
                if (o.value(QStringLiteral("status")).toString() != u"to_check")
                    ++statuses;
                if (o.value(QStringLiteral("status")).toString() == u"wrong")
                    QCOMPARE(o.value(QStringLiteral("correction"))
                                 .toObject()
                                 .value(QStringLiteral("value"))
                                 .toDouble(),
                             11.1e6);
                if (o.value(QStringLiteral("status")).toString() == u"verified") {
                    QCOMPARE(o.value(QStringLiteral("note")).toString(), m_note);
                    QCOMPARE(o.value(QStringLiteral("references")).toArray().size(), 2);
                }
            }
        }
        QCOMPARE(statuses, 4);
        const QJsonArray orphans = root.value(QStringLiteral("orphaned_annotations")).toArray();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans[0].toObject().value(QStringLiteral("quote")).toString(),
                 QStringLiteral("3,8 millions"));
        QCOMPARE(orphans[0].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("disputed"));
    }

    void claimReviewForVerdictsOnly()
    {
        const QJsonArray reviews = QJsonDocument::fromJson(ProjectExport::claimReview(*m_doc, all())).array();
        QCOMPARE(reviews.size(), 3); // verified, disputed, wrong; not "to check" nor "not a claim"
        QMap<int, QJsonObject> byRating;
        for (const QJsonValue &r : reviews) {
            const QJsonObject o = r.toObject();
            QCOMPARE(o.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
            QCOMPARE(o.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
            QVERIFY(!o.value(QStringLiteral("claimReviewed")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("datePublished")).toString().isEmpty());
            const QJsonObject item = o.value(QStringLiteral("itemReviewed")).toObject();
            QCOMPARE(item.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
            QVERIFY(item.value(QStringLiteral("appearance")).toObject().contains(QStringLiteral("headline")));
            byRating.insert(o.value(QStringLiteral("reviewRating"))
                                .toObject()
                                .value(QStringLiteral("ratingValue"))
                                .toInt(),
                            o);
        }
        QCOMPARE(byRating.keys(), (QList<int> {1, 3, 5}));
        QCOMPARE(byRating[5].value(QStringLiteral("reviewBody")).toString(), m_note);
        QCOMPARE(byRating[5].value(QStringLiteral("citation")).toArray().size(), 2);
    }

    void failedWriteLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
        QVERIFY(ProjectExport::write(*m_doc, path, "ancien"));
        // The same file again, and the disk refuses the bytes half way (a file size limit: what a
        // full disk does, and even root is held to it).
        const QByteArray big(64 * 1024, 'x');
        Result<void> bad;
        {
            const TestSupport::FileSizeLimit limit(4096);
            bad = ProjectExport::write(*m_doc, path, big);
        }
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(path), qPrintable(bad.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("ancien"));
        // No half-written file beside it either.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.csv*")}, QDir::Files),
                 QStringList {QStringLiteral("keep.csv")});
    }

    // Exports go out an article at a time: the pieces add up to the whole, byte for byte, and a
    // file streamed to a disk that refuses it half way keeps its old content.
    void streamedInPieces()
    {
        const ClaimSelection selection = all();
        for (int format = 0; format < 3; ++format) {
            QList<QByteArray> pieces;
            const ProjectExport::Sink sink = [&pieces](const QByteArray &piece) {
                pieces.append(piece);
                return true;
            };
            QByteArray whole;
            bool done = false;
            if (format == 0) {
                done = ProjectExport::json(*m_doc, selection, sink);
                whole = ProjectExport::json(*m_doc, selection);
                // One piece per article, then the orphans and the end.
                QCOMPARE(pieces.size(), m_doc->articles().size() + 1);
            } else if (format == 1) {
                done = ProjectExport::csv(*m_doc, selection, sink);
                whole = ProjectExport::csv(*m_doc, selection);
            } else {
                done = ProjectExport::claimReview(*m_doc, selection, sink);
                whole = ProjectExport::claimReview(*m_doc, selection);
            }
            QVERIFY(done);
            QCOMPARE(pieces.join(), whole);
            // A sink that refuses stops the export at once.
            int calls = 0;
            QVERIFY(!ProjectExport::json(*m_doc, selection,
                                         [&calls](const QByteArray &) { return ++calls > 99; }));
            QCOMPARE(calls, 1);
        }
        const QString path = m_dir.filePath(QStringLiteral("streamed.json"));
        QVERIFY(ProjectExport::write(*m_doc, path, QByteArray("ancien")));
        Result<void> bad;
        {
            const TestSupport::FileSizeLimit limit(4096);
            bad = ProjectExport::write(*m_doc, path, [&](const ProjectExport::Sink &sink) {
                return ProjectExport::json(*m_doc, selection, sink);
            });
        }
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(path), qPrintable(bad.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("ancien"));
        // Never onto the project itself, streamed or not.
        QVERIFY(!ProjectExport::write(*m_doc, m_doc->path(), [&](const ProjectExport::Sink &sink) {
            return ProjectExport::csv(*m_doc, selection, sink);
        }));
    }
};

QTEST_GUILESS_MAIN(TestProjectExport)
#include "tst_projectexport.moc"
