// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include <QCryptographicHash>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Drives the real bilan-cli binary, as scripts do.
class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion_data();
    void helpAndVersion();
    void paragraphsJsonBundled();
    void paragraphsText();
    void badInput_data();
    void badInput();
    void usageErrors_data();
    void usageErrors();
    void worksFromAnyDirectory();
    void extractJsonSchema();
    void extractCodePoints();
    void extractCsv();
    void extractUsage();
    void projectWorkflow();
    void projectErrors();
    void checkFindings();
    void metricsOnANewTopic();
    void taxonomyPresetFromTheCommandLine();
    void exportsNeverOverwriteTheProject_data();
    void exportsNeverOverwriteTheProject();
    void exportsNeverOverwriteAnArticle();
    void reportNeverReplacesAnotherKindOfFile();
    void csvCellsAreNotFormulas();
    void claimReviewSafeInAScriptElement();
    void twoWritersBothSave();
    void manifestProblemsAreWarnings_data();
    void manifestProblemsAreWarnings();

private:
    struct Run
    {
        int status;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QString &workingDir = {});
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

tst_Cli::Run tst_Cli::run(const QStringList &args, const QString &workingDir)
{
    QProcess p;
    // The child's settings in a throwaway folder, not the real home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/bilan-test-config"));
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString tst_Cli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void tst_Cli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli")));
    QVERIFY(m_dir.isValid());
}

void tst_Cli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--help") << QStringList {QStringLiteral("--help")} << QStringLiteral("paragraphs");
    QTest::addRow("--version") << QStringList {QStringLiteral("--version")}
                               << QStringLiteral("bilan-cli " BILAN_VERSION);
    QTest::addRow("command --help") << QStringList {QStringLiteral("paragraphs"), QStringLiteral("--help")}
                                    << QStringLiteral("--json");
}

void tst_Cli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.status, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
}

void tst_Cli::paragraphsJsonBundled()
{
    const Run r = run({QStringLiteral("paragraphs"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray documents = doc.object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 5);
    int boilerplate = 0, body = 0;
    for (const QJsonValue &d : documents) {
        const QJsonArray paragraphs = d.toObject().value(QStringLiteral("paragraphs")).toArray();
        QVERIFY(!paragraphs.isEmpty());
        qint64 previousEnd = -1;
        for (const QJsonValue &p : paragraphs) {
            const QJsonObject o = p.toObject();
            QVERIFY(o.value(QStringLiteral("start")).toInteger() > previousEnd);
            QVERIFY(o.value(QStringLiteral("end")).toInteger()
                    > o.value(QStringLiteral("start")).toInteger());
            previousEnd = o.value(QStringLiteral("end")).toInteger();
            const QString kind = o.value(QStringLiteral("kind")).toString();
            QCOMPARE(o.value(QStringLiteral("boilerplate")).toBool(), kind == u"boilerplate");
            boilerplate += kind == u"boilerplate";
            body += kind == u"body";
        }
    }
    QVERIFY(boilerplate > 50);
    QVERIFY(body > 30);
    const QJsonObject hespress = documents[3].toObject();
    QCOMPARE(hespress.value(QStringLiteral("outlet")).toString(), QStringLiteral("Hespress"));
    QCOMPARE(hespress.value(QStringLiteral("published")).toString(), QStringLiteral("2025-02-17"));
    QVERIFY(documents[0].toObject().value(QStringLiteral("published")).isNull());
}

void tst_Cli::paragraphsText()
{
    const QString path
        = write(QStringLiteral("emoji.txt"),
                "Titre \xF0\x9F\x93\x8A de l'article\nPremier paragraphe \xF0\x9F\x93\x8A du texte.\n");
    const Run r = run({QStringLiteral("paragraphs"), QStringLiteral("--json"), path});
    QCOMPARE(r.status, 0);
    const QJsonArray paragraphs = QJsonDocument::fromJson(r.out)
                                      .object()[QStringLiteral("documents")][0][QStringLiteral("paragraphs")]
                                      .toArray();
    QCOMPARE(paragraphs.size(), 2);
    // Code points, not UTF-16 units: the emoji counts once.
    QCOMPARE(paragraphs[0][QStringLiteral("end")].toInt(), 20);
    QCOMPARE(paragraphs[1][QStringLiteral("start")].toInt(), 21);
    const Run text = run({QStringLiteral("paragraphs"), path});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("title:      Titre"));
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // null: not created
    QTest::addColumn<QString>("error");
    QTest::addRow("missing") << QStringLiteral("missing.txt") << QByteArray()
                             << QStringLiteral("no such file");
    QTest::addRow("directory") << QStringLiteral("dir") << QByteArray() << QStringLiteral("is a directory");
    QTest::addRow("empty") << QStringLiteral("empty.txt") << QByteArray("")
                           << QStringLiteral("file is empty");
    QTest::addRow("binary") << QStringLiteral("bin.txt") << QByteArray("ab\0cd", 5)
                            << QStringLiteral("binary file");
    QTest::addRow("undecodable") << QStringLiteral("bad.txt") << QByteArray("x \x8F y")
                                 << QStringLiteral("undecodable bytes");
    QTest::addRow("huge") << QStringLiteral("huge.txt") << QByteArray(21 * 1024 * 1024, 'a')
                          << QStringLiteral("file too large");
}

void tst_Cli::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString path = m_dir.filePath(name);
    if (name == u"dir")
        QDir(m_dir.path()).mkpath(name);
    else if (!bytes.isNull())
        path = write(name, bytes);
    const QString good
        = write(QStringLiteral("good.txt"),
                "Un titre\nPlus de 12 millions de dossiers ont été déposés jusqu'à présent, a-t-il dit.\n");
    const Run r = run({QStringLiteral("paragraphs"), QStringLiteral("--json"), path, good});
    QCOMPARE(r.status, 1);
    const QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(path) && lines[0].contains(error), qPrintable(lines[0]));
    // The good file is still processed.
    const QJsonArray documents
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents[0][QStringLiteral("id")].toString(), QStringLiteral("good"));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no command") << QStringList {};
    QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::addRow("unknown option") << QStringList {QStringLiteral("paragraphs"), QStringLiteral("--nope")};
    QTest::addRow("unknown global option") << QStringList {QStringLiteral("--nope")};
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
}

void tst_Cli::worksFromAnyDirectory()
{
    const Run r = run({QStringLiteral("paragraphs")}, QDir::tempPath());
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("003_eeea78cfebe039dd"));
}

void tst_Cli::extractJsonSchema()
{
    const Run r = run({QStringLiteral("extract"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("bilan.claims/1"));
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 5);
    const QStringList fields
        = {QStringLiteral("id"),        QStringLiteral("start"),      QStringLiteral("end"),
           QStringLiteral("text"),      QStringLiteral("value"),      QStringLiteral("high"),
           QStringLiteral("kind"),      QStringLiteral("unit"),       QStringLiteral("qualifier"),
           QStringLiteral("as_of"),     QStringLiteral("speaker"),    QStringLiteral("metric"),
           QStringLiteral("paragraph"), QStringLiteral("boilerplate")};
    int body = 0;
    for (const QJsonValue &d : documents) {
        const QJsonObject doc = d.toObject();
        for (const char *key :
             {"id", "file", "title", "outlet", "published", "sha256", "paragraphs", "claims"})
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        // The claim's text is the file's text at [start, end) in code points.
        QFile f(QStringLiteral(BILAN_SOURCE_DIR "/") + doc.value(QStringLiteral("file")).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<uint> ucs4 = QString::fromUtf8(f.readAll()).toUcs4();
        const QJsonArray paragraphs = doc.value(QStringLiteral("paragraphs")).toArray();
        for (const QJsonValue &c : doc.value(QStringLiteral("claims")).toArray()) {
            const QJsonObject claim = c.toObject();
            for (const QString &field : fields)
                QVERIFY2(claim.contains(field), qPrintable(field));
            const int start = claim.value(QStringLiteral("start")).toInt();
            const int end = claim.value(QStringLiteral("end")).toInt();
            const QString text = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
            QCOMPARE(text, claim.value(QStringLiteral("text")).toString());
            QCOMPARE(claim.value(QStringLiteral("id")).toString(),
                     doc.value(QStringLiteral("id")).toString() + u'#' + QString::number(start));
            const QJsonObject paragraph
                = paragraphs.at(claim.value(QStringLiteral("paragraph")).toInt()).toObject();
            QVERIFY(paragraph.value(QStringLiteral("start")).toInt() <= start
                    && end <= paragraph.value(QStringLiteral("end")).toInt());
            QCOMPARE(claim.value(QStringLiteral("boilerplate")).toBool(),
                     paragraph.value(QStringLiteral("boilerplate")).toBool());
            body += !claim.value(QStringLiteral("boilerplate")).toBool();
        }
    }
    QCOMPARE(body, 66); // every body figure of the gold files, and nothing more
}

void tst_Cli::extractCodePoints()
{
    const QString path = write(QStringLiteral("emoji-claim.txt"),
                               "Un titre pour l'article\n\xF0\x9F\x93\x8A\xF0\x9F\x93\x88 Plus de 734.000 "
                               "dossiers ont \xC3\xA9t\xC3\xA9 trait\xC3\xA9s, a-t-il dit.\n");
    const Run r = run({QStringLiteral("extract"), QStringLiteral("--json"), path});
    QCOMPARE(r.status, 0);
    const QJsonArray claims = QJsonDocument::fromJson(r.out)
                                  .object()[QStringLiteral("documents")][0][QStringLiteral("claims")]
                                  .toArray();
    QCOMPARE(claims.size(), 1);
    // "Un titre pour l'article\n" is 24 code points, the two emoji 2 more, then "Plus de ".
    QCOMPARE(claims[0][QStringLiteral("start")].toInt(), 24 + 2 + 1 + 8);
    QCOMPARE(claims[0][QStringLiteral("text")].toString(), QStringLiteral("734.000"));
    QCOMPARE(claims[0][QStringLiteral("id")].toString(), QStringLiteral("emoji-claim#35"));
}

void tst_Cli::extractCsv()
{
    const Run r = run({QStringLiteral("extract"), QStringLiteral("--csv")});
    QCOMPARE(r.status, 0);
    const QString csv = QString::fromUtf8(r.out);
    QVERIFY(csv.startsWith(QStringLiteral("document,id,start,end,text,value,high,kind,unit,qualifier,as_of,"
                                          "speaker,metric,paragraph,boilerplate")));
    QVERIFY(csv.contains(QStringLiteral("003_eeea78cfebe039dd,003_eeea78cfebe039dd#11017,11017,11028,500 à "
                                        "1.200,500,1200,money,MAD,exact,2025-02,Aziz Akhannouch")));
    // Quoted fields: sentences hold commas.
    QVERIFY(csv.contains(QStringLiteral(",\"Le gouvernement prend en charge les cotisations")));
    const Run json = run({QStringLiteral("extract"), QStringLiteral("--json")});
    int claims = 0;
    for (const QJsonValue &d :
         QJsonDocument::fromJson(json.out).object().value(QStringLiteral("documents")).toArray())
        claims += d.toObject().value(QStringLiteral("claims")).toArray().size();
    QCOMPARE(csv.count(QStringLiteral("\r\n")), claims + 1);
}

void tst_Cli::extractUsage()
{
    QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral("--csv")}).status, 2);
    const Run missing = run({QStringLiteral("extract"), m_dir.filePath(QStringLiteral("nope.txt"))});
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains("nope.txt: no such file"));
    const Run text = run({QStringLiteral("extract")});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("24,7 millions"));
}

void tst_Cli::projectWorkflow()
{
    // A file; in the "_pg" run, a project on the test server.
    const QString project = TestSupport::projectLocation(m_dir, QStringLiteral("workflow.bilan"));
    const Run created = run({QStringLiteral("project"), QStringLiteral("new"), project});
    QVERIFY2(created.status == 0, created.err.constData());
    QVERIFY(created.out.contains("created with 5 article(s)"));

    const QString id = QStringLiteral("003_eeea78cfebe039dd#11017");
    const Run marked
        = run({QStringLiteral("project"), QStringLiteral("status"), project, id, QStringLiteral("verified"),
               QStringLiteral("--note"), QStringLiteral("Confirmé par le décret, « art. 3 », p. 2")});
    QVERIFY2(marked.status == 0, marked.err.constData());
    QCOMPARE(marked.out, QByteArray("003_eeea78cfebe039dd#11017: verified\n"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("status"), project,
                  QStringLiteral("001_3e4ed2fa1d2b7ff0#0"), QStringLiteral("wrong")})
                 .status,
             1); // no claim starts there

    // show: text and JSON carry the verification.
    const Run shown = run({QStringLiteral("project"), QStringLiteral("show"), project});
    QCOMPARE(shown.status, 0);
    QVERIFY(shown.out.contains("verified"));
    const Run shownJson
        = run({QStringLiteral("project"), QStringLiteral("show"), project, QStringLiteral("--json")});
    QCOMPARE(shownJson.status, 0);
    int verified = 0, claims = 0;
    for (const QJsonValue &d :
         QJsonDocument::fromJson(shownJson.out).object().value(QStringLiteral("documents")).toArray()) {
        for (const QJsonValue &c : d.toObject().value(QStringLiteral("claims")).toArray()) {
            ++claims;
            if (c.toObject().value(QStringLiteral("status")).toString() == u"verified") {
                ++verified;
                QCOMPARE(c.toObject().value(QStringLiteral("id")).toString(), id);
                QCOMPARE(c.toObject().value(QStringLiteral("note")).toString(),
                         QStringLiteral("Confirmé par le décret, « art. 3 », p. 2"));
                QVERIFY(!c.toObject().value(QStringLiteral("checked_by")).toString().isEmpty());
            }
        }
    }
    QCOMPARE(verified, 1);
    QVERIFY(claims > 60);

    // export: CSV with a BOM, JSON, ClaimReview; --status narrows.
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    const QString json = m_dir.filePath(QStringLiteral("out.json"));
    const QString review = m_dir.filePath(QStringLiteral("review.jsonld"));
    const Run exported
        = run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--csv"), csv,
               QStringLiteral("--json"), json, QStringLiteral("--claimreview"), review});
    QVERIFY2(exported.status == 0, exported.err.constData());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"
                                "document,id,"));
    QVERIFY(csvBytes.contains(",verified,\"Confirmé par le décret, « art. 3 », p. 2\","));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject exportedJson = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(exportedJson.value(QStringLiteral("schema")).toString(), QStringLiteral("bilan.claims/1"));
    QCOMPARE(exportedJson.value(QStringLiteral("documents")).toArray().size(), 5);
    QFile reviewFile(review);
    QVERIFY(reviewFile.open(QIODevice::ReadOnly));
    const QJsonArray reviews = QJsonDocument::fromJson(reviewFile.readAll()).array();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
    QCOMPARE(reviews[0]
                 .toObject()
                 .value(QStringLiteral("reviewRating"))
                 .toObject()
                 .value(QStringLiteral("ratingValue"))
                 .toInt(),
             5);

    const QString onlyVerified = m_dir.filePath(QStringLiteral("verified.csv"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--csv"),
                  onlyVerified, QStringLiteral("--status"), QStringLiteral("verified,disputed")})
                 .status,
             0);
    QFile narrowed(onlyVerified);
    QVERIFY(narrowed.open(QIODevice::ReadOnly));
    QCOMPARE(narrowed.readAll().count("\r\n"), 2); // header and the one verified claim

    // add: a new article goes in; one already there is refused, by name.
    const QString article = write(
        QStringLiteral("nouveau.txt"),
        "Bilan AMO\n\nSelon la CNSS, plus de 11,2 millions de personnes sont couvertes à fin avril 2025.\n");
    const Run added = run({QStringLiteral("project"), QStringLiteral("add"), project, article});
    QVERIFY2(added.status == 0, added.err.constData());
    QVERIFY(added.out.contains("1 article(s) added"));
    const Run again = run({QStringLiteral("project"), QStringLiteral("add"), project, article});
    QCOMPARE(again.status, 1);
    QVERIFY(again.err.contains("nouveau.txt: already in the project"));
    // The verification survived all of it.
    QVERIFY(run({QStringLiteral("project"), QStringLiteral("show"), project})
                .out.contains("Confirmé par le décret"));
}

void tst_Cli::projectErrors()
{
    const QString project = m_dir.filePath(QStringLiteral("errors.bilan"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project}).status, 0);
    const Run exists = run({QStringLiteral("project"), QStringLiteral("new"), project});
    QCOMPARE(exists.status, 1);
    QVERIFY(exists.err.contains("exists already"));
    const Run badStatus = run({QStringLiteral("project"), QStringLiteral("status"), project,
                               QStringLiteral("003_eeea78cfebe039dd#11017"), QStringLiteral("peut-être")});
    QCOMPARE(badStatus.status, 2);
    QVERIFY(badStatus.err.contains("unknown status"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("export"), project}).status, 2);
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("frobnicate"), project}).status, 2);
    QCOMPARE(run({QStringLiteral("project")}).status, 2);
    const QString notProject = write(QStringLiteral("notes.bilan"), "juste des notes\n");
    const Run refused = run({QStringLiteral("project"), QStringLiteral("show"), notProject});
    QCOMPARE(refused.status, 1);
    QVERIFY(refused.err.contains("notes.bilan: not a Bilan project"));
    const Run unwritable
        = run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--csv"),
               m_dir.filePath(QStringLiteral("no/such/dir/out.csv"))});
    QCOMPARE(unwritable.status, 1);
    QVERIFY(unwritable.err.contains("out.csv: cannot write"));
}

// Articles on a topic no preset knows (tourism): extract groups the claims across the files
// into metrics, `metrics` lists them with their claims, `check` compares them.
void tst_Cli::metricsOnANewTopic()
{
    const QDir dir(QStringLiteral(BILAN_TEST_DATA "/eval/tourisme"));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    QVERIFY(files.size() >= 10);
    const Run extracted = run(QStringList {QStringLiteral("extract"), QStringLiteral("--json")} + files);
    QCOMPARE(extracted.status, 0);
    const QJsonObject doc = QJsonDocument::fromJson(extracted.out).object();
    const QJsonArray metrics = doc.value(QStringLiteral("metrics")).toArray();
    QVERIFY(metrics.size() > 10);
    QSet<QString> ids;
    bool marrakech = false;
    for (const QJsonValue &m : metrics) {
        const QJsonObject o = m.toObject();
        ids.insert(o.value(QStringLiteral("id")).toString());
        QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
        QVERIFY(QStringList({QStringLiteral("stock"), QStringLiteral("running_total"), QStringLiteral("flow"),
                             QStringLiteral("rate"), QStringLiteral("one_off")})
                    .contains(o.value(QStringLiteral("nature")).toString()));
        QVERIFY(o.value(QStringLiteral("preset")).isNull()); // no preset knows tourism
        marrakech
            = marrakech || o.value(QStringLiteral("label")).toString().startsWith(u"Marrakech — nuitées");
    }
    QVERIFY(marrakech);
    // Each claim's metric is one of the list, and most claims have one.
    int with = 0, all = 0;
    for (const QJsonValue &d : doc.value(QStringLiteral("documents")).toArray()) {
        for (const QJsonValue &c : d.toObject().value(QStringLiteral("claims")).toArray()) {
            const QString metric = c.toObject().value(QStringLiteral("metric")).toString();
            ++all;
            if (!metric.isEmpty()) {
                QVERIFY2(ids.contains(metric), qPrintable(metric));
                ++with;
            }
        }
    }
    QVERIFY2(with * 10 >= all * 8, qPrintable(QStringLiteral("%1 of %2").arg(with).arg(all)));

    const Run listed = run(QStringList {QStringLiteral("metrics"), QStringLiteral("--json")} + files);
    QCOMPARE(listed.status, 0);
    const QJsonObject list = QJsonDocument::fromJson(listed.out).object();
    QCOMPARE(list.value(QStringLiteral("schema")).toString(), QStringLiteral("bilan.metrics-list/1"));
    QCOMPARE(list.value(QStringLiteral("metrics")).toArray().size(), metrics.size());
    QVERIFY(!list.value(QStringLiteral("metrics"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("claims"))
                 .toArray()
                 .isEmpty());
    const Run text = run(QStringList {QStringLiteral("metrics")} + files);
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("metric(s)"));
    // The checks run on the discovered metrics: the relays of one dispatch are found.
    const Run checked = run(QStringList {QStringLiteral("check")} + files);
    QCOMPARE(checked.status, 0);
    QVERIFY2(checked.out.contains("repeated"), checked.out.constData());
}

// A preset written by hand (or saved from the window) applied to a project by a script: the
// metrics listed follow its merges, names and natures; a damaged preset and an export onto the
// project are refused with a message.
void tst_Cli::taxonomyPresetFromTheCommandLine()
{
    const QDir dir(QStringLiteral(BILAN_TEST_DATA "/eval/tourisme"));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    const QString project = m_dir.filePath(QStringLiteral("presets.bilan"));
    QCOMPARE(run(QStringList {QStringLiteral("project"), QStringLiteral("new"), project} + files).status, 0);
    auto metricsOf = [&] {
        const Run listed = run(
            {QStringLiteral("metrics"), QStringLiteral("--json"), QStringLiteral("--project"), project});
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue &m :
             QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("metrics")).toArray())
            byId.insert(m.toObject().value(QStringLiteral("id")).toString(), m.toObject());
        return byId;
    };
    const auto before = metricsOf();
    QVERIFY(before.size() > 2);
    const QString into = before.firstKey(),
                  from = std::next(before.begin())->value(QStringLiteral("id")).toString();
    const int claims = int(before[into].value(QStringLiteral("claims")).toArray().size()
                           + before[from].value(QStringLiteral("claims")).toArray().size());
    const QString preset = write(QStringLiteral("preset.json"),
                                 QStringLiteral(R"({"schema": "bilan.taxonomy/1", "merges": {"%1": "%2"},
                                    "names": {"%2": "Nom de la rédaction"}, "natures": {"%2": "one_off"}})")
                                     .arg(from, into)
                                     .toUtf8());
    const Run loaded = run({QStringLiteral("project"), QStringLiteral("preset-load"), project, preset});
    QVERIFY2(loaded.status == 0, loaded.err.constData());
    const auto after = metricsOf();
    QVERIFY(!after.contains(from));
    QCOMPARE(after[into].value(QStringLiteral("label")).toString(), QStringLiteral("Nom de la rédaction"));
    QCOMPARE(after[into].value(QStringLiteral("nature")).toString(), QStringLiteral("one_off"));
    QCOMPARE(after[into].value(QStringLiteral("claims")).toArray().size(), claims);
    // Saved back as a preset: the same decisions.
    const QString saved = m_dir.filePath(QStringLiteral("saved.json"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("preset-save"), project, saved}).status, 0);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(QStringLiteral("merges")).toObject().value(from).toString(), into);
    QVERIFY(!written.contains(QStringLiteral("excluded")));
    // Refused: a file that is not a preset, an export onto the project.
    const Run damaged
        = run({QStringLiteral("project"), QStringLiteral("preset-load"), project,
               write(QStringLiteral("damaged.json"), "{\"schema\": \"bilan.taxonomy/1\", \"merges\": 3}")});
    QCOMPARE(damaged.status, 1);
    QVERIFY2(damaged.err.contains("damaged.json") && damaged.err.contains("merges"), damaged.err.constData());
    const Run onto = run({QStringLiteral("project"), QStringLiteral("preset-save"), project, project});
    QVERIFY(onto.status != 0);
    QVERIFY(onto.err.contains("project itself"));
    QCOMPARE(metricsOf().size(), after.size());
}

void tst_Cli::checkFindings()
{
    const Run text = run({QStringLiteral("check")});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("FLAG  decrease: "));
    QVERIFY(text.out.contains("2 flag(s), 4 note(s)"));
    const Run json = run({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("bilan.findings/1"));
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 6);
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("decrease"));
    QCOMPARE(first.value(QStringLiteral("metric")).toString(), QStringLiteral("tns.files_reimbursed"));
    QVERIFY(first.value(QStringLiteral("claims"))
                .toArray()
                .contains(QStringLiteral("003_eeea78cfebe039dd#10377")));
    // A project's verdicts count: a figure marked "not a claim" leaves the checks.
    const QString project = m_dir.filePath(QStringLiteral("check.bilan"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project}).status, 0);
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("status"), project,
                  QStringLiteral("003_eeea78cfebe039dd#10377"), QStringLiteral("not_a_claim")})
                 .status,
             0);
    const Run checked = run({QStringLiteral("check"), QStringLiteral("--project"), project});
    QCOMPARE(checked.status, 0);
    QVERIFY2(checked.out.contains("1 flag(s)"), checked.out.constData());
    // Bad input.
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--project"),
                  m_dir.filePath(QStringLiteral("nope.bilan"))})
                 .status,
             1);
    QCOMPARE(
        run({QStringLiteral("check"), QStringLiteral("--project"), project, QStringLiteral("a.txt")}).status,
        2);
    const Run missing = run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("absent.txt"))});
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains("absent.txt: no such file"));
}

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

void tst_Cli::exportsNeverOverwriteTheProject_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("throughLink");
    for (const char *format : {"--csv", "--json", "--claimreview", "--pdf"}) {
        QTest::addRow("%s", format) << QString::fromLatin1(format) << false;
        QTest::addRow("%s through a link", format) << QString::fromLatin1(format) << true;
    }
}

void tst_Cli::exportsNeverOverwriteTheProject()
{
    QFETCH(QString, format);
    QFETCH(bool, throughLink);
    const QString project = m_dir.filePath(QStringLiteral("garde.bilan"));
    if (!QFile::exists(project)) {
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project}).status, 0);
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("status"), project,
                      QStringLiteral("004_f861fe9495e6afc7#1434"), QStringLiteral("verified"),
                      QStringLiteral("--note"), QStringLiteral("à garder")})
                     .status,
                 0);
    }
    QString target = project;
    if (throughLink) {
        target = m_dir.filePath(QStringLiteral("lien.out"));
        QFile::remove(target);
        QVERIFY(QFile::link(project, target));
    }
    const QByteArray before = sha(project);
    const Run r = format == u"--pdf"
        ? run(
            {QStringLiteral("export"), QStringLiteral("--pdf"), target, QStringLiteral("--project"), project})
        : run({QStringLiteral("project"), QStringLiteral("export"), project, format, target});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("this is the project itself"), r.err.constData());
    QCOMPARE(sha(project), before);
    const Run shown = run({QStringLiteral("project"), QStringLiteral("show"), project});
    QVERIFY(shown.out.contains("à garder"));
}

void tst_Cli::exportsNeverOverwriteAnArticle()
{
    const QString article
        = write(QStringLiteral("source.txt"), "Titre\n\nIl y a 12 dossiers en mars 2025.\n");
    const QByteArray before = sha(article);
    const Run r = run({QStringLiteral("export"), QStringLiteral("--pdf"), article, article});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("this is the article"), r.err.constData());
    QCOMPARE(sha(article), before);
}

// Without FILE, the bundled bilan is read from the program's resources: "--pdf" naming one of
// its files on disk (or any other file that is not a PDF) must not replace it.
void tst_Cli::reportNeverReplacesAnotherKindOfFile()
{
    const QString notes = write(QStringLiteral("notes.txt"), "Mes notes de vérification.\n");
    const QByteArray before = sha(notes);
    const Run r = run({QStringLiteral("export"), QStringLiteral("--pdf"), notes});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("is not a PDF"), r.err.constData());
    QCOMPARE(sha(notes), before);
    // An earlier report is replaced.
    const QString report = m_dir.filePath(QStringLiteral("rapport.pdf"));
    QFile::remove(report);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--pdf"), report}).status, 0);
    const QByteArray first = sha(report);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--pdf"), report, QStringLiteral("--no-charts")})
                 .status,
             0);
    QVERIFY(sha(report) != first);
}

void tst_Cli::csvCellsAreNotFormulas()
{
    // An article whose own sentences start with formula characters, and notes, references and
    // corrections that do too.
    const QString article = write(QStringLiteral("formules.txt"),
                                  "=HYPERLINK(\"http://x\",\"cliquer\") : 12 dossiers en 2024\n\n"
                                  "Le ministère compte 34 agences et 56 guichets en mars 2025.\n");
    const QString project = m_dir.filePath(QStringLiteral("formules.bilan"));
    QFile::remove(project);
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project, article}).status, 0);
    const QJsonArray docs
        = QJsonDocument::fromJson(
              run({QStringLiteral("project"), QStringLiteral("show"), project, QStringLiteral("--json")}).out)
              .object()
              .value(QStringLiteral("documents"))
              .toArray();
    QStringList ids;
    for (const QJsonValue &c : docs.first().toObject().value(QStringLiteral("claims")).toArray())
        ids << c.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ids.size() >= 3);
    const QStringList notes
        = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"), QStringLiteral("@SUM(1)")};
    for (int i = 0; i < notes.size(); ++i)
        QCOMPARE(run({QStringLiteral("project"), QStringLiteral("status"), project, ids[i],
                      QStringLiteral("wrong"), QStringLiteral("--note"), notes[i]})
                     .status,
                 0);
    const QString csv = m_dir.filePath(QStringLiteral("formules.csv"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--csv"), csv})
                 .status,
             0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll().mid(3));
    // Every cell of every column, unquoted: none starts a formula, unless a plain number.
    int cells = 0;
    int neutralized = 0;
    for (const QStringList &row : TestSupport::parseCsv(text)) {
        for (const QString &cell : row) {
            ++cells;
            neutralized += cell.startsWith(u'\'');
            const bool number
                = QRegularExpression(QStringLiteral("^-?\\d+(\\.\\d+)?$")).match(cell).hasMatch();
            QVERIFY2(number || cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()),
                     qPrintable(cell));
        }
    }
    QVERIFY(cells > 50);
    // The three notes and the article's own sentence (its citation starts with « and is safe).
    QVERIFY2(neutralized >= 4, qPrintable(QString::number(neutralized)));
    QVERIFY(text.contains(QStringLiteral("'=HYPERLINK(")));
    QVERIFY(text.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
}

void tst_Cli::claimReviewSafeInAScriptElement()
{
    const QString project = m_dir.filePath(QStringLiteral("script.bilan"));
    QFile::remove(project);
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project}).status, 0);
    const QString note = QStringLiteral("</script><script>alert(1)</script> fin\u2028ligne\u2029paragraphe");
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("status"), project,
                  QStringLiteral("004_f861fe9495e6afc7#1434"), QStringLiteral("disputed"),
                  QStringLiteral("--note"), note})
                 .status,
             0);
    const QString out = m_dir.filePath(QStringLiteral("reviews.jsonld"));
    const Run r = run(
        {QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--claimreview"), out});
    QCOMPARE(r.status, 0);
    // It says how many reviews it wrote, not how many claims it looked at.
    QVERIFY2(r.out.contains(": 1 review(s) of "), r.out.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("</"));
    QVERIFY(!bytes.contains("\xE2\x80\xA8") && !bytes.contains("\xE2\x80\xA9"));
    const QJsonArray reviews = QJsonDocument::fromJson(bytes).array();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("reviewBody")).toString(), note);
}

void tst_Cli::twoWritersBothSave()
{
    const QString project = TestSupport::projectLocation(m_dir, QStringLiteral("deux.bilan"));
    QFile::remove(project);
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("new"), project}).status, 0);
    // Two scripts marking claims at the same time: the second waits for the first, none is refused.
    const QStringList ids
        = {QStringLiteral("004_f861fe9495e6afc7#1434"), QStringLiteral("003_eeea78cfebe039dd#10377"),
           QStringLiteral("000_d473263ba26b2ed1#188"), QStringLiteral("001_ef2eaf0469eb97a0#187")};
    QList<QProcess *> writers;
    for (int w = 0; w < 2; ++w) {
        auto *p = new QProcess(this);
        QStringList script;
        for (int i = 0; i < 6; ++i)
            script << QStringLiteral("'%1' project status '%2' '%3' %4 --note 'n%5-%6' || exit 9")
                          .arg(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"), project, ids[w * 2 + i % 2],
                               i % 2 ? QStringLiteral("verified") : QStringLiteral("disputed"))
                          .arg(w)
                          .arg(i);
        p->start(QStringLiteral("sh"), {QStringLiteral("-c"), script.join(QStringLiteral("; "))});
        writers << p;
    }
    for (QProcess *p : writers) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const Run shown = run({QStringLiteral("project"), QStringLiteral("show"), project});
    // Each script's last note on each of its two claims.
    for (const char *note : {"n0-4", "n0-5", "n1-4", "n1-5"})
        QVERIFY2(shown.out.contains(note), note);
}

void tst_Cli::manifestProblemsAreWarnings_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("outlet"); // the metadata still read for a.txt
    QTest::addRow("malformed JSON") << QByteArray("{\"articles\": [") << QStringLiteral("not valid JSON")
                                    << QString();
    QTest::addRow("wrong schema") << QByteArray(
        R"j({"schema": "autre/2", "articles": [{"file": "a.txt", "outlet": "Le360"}]})j")
                                  << QStringLiteral("\"autre/2\", not \"bilan.manifest/1\"")
                                  << QStringLiteral("Le360");
    QTest::addRow("an entry outside the folder") << QByteArray(
        R"j({"schema": "bilan.manifest/1", "articles": [{"file": "../x.txt"}, {"file": "a.txt", "outlet": "Le360"}]})j")
                                                 << QStringLiteral("no valid \"file\" (\"../x.txt\")")
                                                 << QStringLiteral("Le360");
    QTest::addRow("a javascript url") << QByteArray(
        R"j({"schema": "bilan.manifest/1", "articles": [{"file": "a.txt", "outlet": "Le360", "url": "javascript:alert(1)"}]})j")
                                      << QStringLiteral("not an http or https address")
                                      << QStringLiteral("Le360");
}

void tst_Cli::manifestProblemsAreWarnings()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, warning);
    QFETCH(QString, outlet);
    const QString folder = m_dir.filePath(
        QStringLiteral("manifeste-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(QDir().mkpath(folder));
    QFile a(folder + QStringLiteral("/a.txt"));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("Titre\n\nIl y a 12 dossiers en mars 2025.\n");
    a.close();
    QFile m(folder + QStringLiteral("/manifest.json"));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(manifest);
    m.close();
    const Run r = run({QStringLiteral("paragraphs"), QStringLiteral("--json"), a.fileName()});
    QCOMPARE(r.status, 0); // the article is read
    QVERIFY2(r.err.contains(QByteArray("warning: " + folder.toUtf8() + "/manifest.json")), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(warning), r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QStringLiteral("documents"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(doc.value(QStringLiteral("outlet")).toString(), outlet);
    QVERIFY(!r.out.contains("javascript:"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
