#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
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
    QTest::addRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("paragraphs");
    QTest::addRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("bilan-cli " BILAN_VERSION);
    QTest::addRow("command --help") << QStringList{QStringLiteral("paragraphs"), QStringLiteral("--help")} << QStringLiteral("--json");
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
            QVERIFY(o.value(QStringLiteral("end")).toInteger() > o.value(QStringLiteral("start")).toInteger());
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
    const QString path = write(QStringLiteral("emoji.txt"), "Titre \xF0\x9F\x93\x8A de l'article\nPremier paragraphe \xF0\x9F\x93\x8A du texte.\n");
    const Run r = run({QStringLiteral("paragraphs"), QStringLiteral("--json"), path});
    QCOMPARE(r.status, 0);
    const QJsonArray paragraphs = QJsonDocument::fromJson(r.out).object()[QStringLiteral("documents")][0][QStringLiteral("paragraphs")].toArray();
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
    QTest::addRow("missing") << QStringLiteral("missing.txt") << QByteArray() << QStringLiteral("no such file");
    QTest::addRow("directory") << QStringLiteral("dir") << QByteArray() << QStringLiteral("is a directory");
    QTest::addRow("empty") << QStringLiteral("empty.txt") << QByteArray("") << QStringLiteral("file is empty");
    QTest::addRow("binary") << QStringLiteral("bin.txt") << QByteArray("ab\0cd", 5) << QStringLiteral("binary file");
    QTest::addRow("undecodable") << QStringLiteral("bad.txt") << QByteArray("x \x8F y") << QStringLiteral("undecodable bytes");
    QTest::addRow("huge") << QStringLiteral("huge.txt") << QByteArray(21 * 1024 * 1024, 'a') << QStringLiteral("file too large");
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
    const QString good = write(QStringLiteral("good.txt"), "Un titre\nPlus de 12 millions de dossiers ont été déposés jusqu'à présent, a-t-il dit.\n");
    const Run r = run({QStringLiteral("paragraphs"), QStringLiteral("--json"), path, good});
    QCOMPARE(r.status, 1);
    const QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(path) && lines[0].contains(error), qPrintable(lines[0]));
    // The good file is still processed.
    const QJsonArray documents = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents[0][QStringLiteral("id")].toString(), QStringLiteral("good"));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("paragraphs"), QStringLiteral("--nope")};
    QTest::addRow("unknown global option") << QStringList{QStringLiteral("--nope")};
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
