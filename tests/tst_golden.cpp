// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Pins what bilan-cli prints, byte for byte, on the bundled bilan and on the articles of
// tests/data: paragraphs, claims, findings, a project's listing and its exports. The files in
// tests/data/golden/ were written by the program before a change that must not alter its
// behaviour (a move of code, a redesign); a change that means to alter it rewrites them with
// BILAN_UPDATE_GOLDEN=1 and shows the difference in its commit.
//
// Times and dates of the run vary: they are replaced by <time> and <date>; the user is "golden".
class tst_Golden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void output_data();
    void output();

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args) const;
    static QStringList articlesOf(const QString &folder);
    static QByteArray masked(QByteArray bytes);

    QTemporaryDir m_dir;
    QString m_project;
};

tst_Golden::Run tst_Golden::run(const QStringList &args) const
{
    QProcess p;
    // Relative paths: the "file" fields of the output do not depend on the checkout's place.
    p.setWorkingDirectory(QStringLiteral(BILAN_SOURCE_DIR));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("USER"), QStringLiteral("golden"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList tst_Golden::articlesOf(const QString &folder)
{
    const QDir dir(QStringLiteral(BILAN_SOURCE_DIR "/tests/data/") + folder);
    QStringList out;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.html")}, QDir::Files, QDir::Name))
        out << QStringLiteral("tests/data/%1/%2").arg(folder, name);
    return out;
}

QByteArray tst_Golden::masked(QByteArray bytes)
{
    static const QRegularExpression time(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?"));
    static const QRegularExpression reviewDate(QStringLiteral("\"datePublished\": \"\\d{4}-\\d\\d-\\d\\d\""));
    QString text = QString::fromUtf8(bytes);
    text.replace(time, QStringLiteral("<time>"));
    text.replace(reviewDate, QStringLiteral("\"datePublished\": \"<date>\""));
    return text.toUtf8();
}

void tst_Golden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli")));
    // A project with a few verifications, for the listing and the exports.
    m_project = m_dir.filePath(QStringLiteral("golden.bilan"));
    Run r = run({QStringLiteral("project"), QStringLiteral("new"), m_project});
    QVERIFY2(r.status == 0, r.err.constData());
    const QList<QStringList> edits = {
        {QStringLiteral("004_f861fe9495e6afc7#1434"), QStringLiteral("verified"),
         QStringLiteral("Confirmé par la CNSS, rapport 2025")},
        {QStringLiteral("003_eeea78cfebe039dd#10377"), QStringLiteral("disputed"),
         QStringLiteral("3,6 millions en avril : le total baisse ?")},
        {QStringLiteral("000_d473263ba26b2ed1#90"), QStringLiteral("wrong"), QString()},
        {QStringLiteral("002_10f619c67a4967b3#2424"), QStringLiteral("not_a_claim"),
         QStringLiteral("Un numéro de décret")},
    };
    for (const QStringList &e : edits) {
        QStringList args {QStringLiteral("project"), QStringLiteral("status"), m_project, e[0], e[1]};
        if (!e[2].isEmpty())
            args << QStringLiteral("--note") << e[2];
        r = run(args);
        QVERIFY2(r.status == 0, r.err.constData());
    }
}

void tst_Golden::output_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("outputFile"); // empty: standard output
    QTest::addColumn<QString>("golden");

    const QList<std::pair<QString, QStringList>> sets = {
        {QStringLiteral("bundled"), {}},
        {QStringLiteral("extraction"), articlesOf(QStringLiteral("extraction"))},
        {QStringLiteral("heldout"), articlesOf(QStringLiteral("heldout"))},
        {QStringLiteral("layouts"), articlesOf(QStringLiteral("layouts"))},
    };
    for (const auto &[name, files] : sets) {
        QTest::addRow("paragraphs %s", qPrintable(name))
            << (QStringList {QStringLiteral("paragraphs"), QStringLiteral("--json")} + files) << QString()
            << QStringLiteral("%1.paragraphs.json").arg(name);
        QTest::addRow("extract %s", qPrintable(name))
            << (QStringList {QStringLiteral("extract"), QStringLiteral("--json")} + files) << QString()
            << QStringLiteral("%1.extract.json").arg(name);
        QTest::addRow("check %s", qPrintable(name))
            << (QStringList {QStringLiteral("check"), QStringLiteral("--json")} + files) << QString()
            << QStringLiteral("%1.check.json").arg(name);
    }
    QTest::addRow("project show") << QStringList {QStringLiteral("project"), QStringLiteral("show"),
                                                  QStringLiteral("@project"), QStringLiteral("--json")}
                                  << QString() << QStringLiteral("project.show.json");
    const QList<std::pair<QString, QString>> exports = {
        {QStringLiteral("csv"), QStringLiteral("project.export.csv")},
        {QStringLiteral("json"), QStringLiteral("project.export.json")},
        {QStringLiteral("claimreview"), QStringLiteral("project.export.jsonld")},
    };
    for (const auto &[format, golden] : exports) {
        QTest::addRow("project export --%s", qPrintable(format))
            << QStringList {QStringLiteral("project"), QStringLiteral("export"), QStringLiteral("@project"),
                            QStringLiteral("--") + format, QStringLiteral("@out")}
            << QStringLiteral("out.") + format << golden;
    }
}

void tst_Golden::output()
{
    QFETCH(QStringList, args);
    QFETCH(QString, outputFile);
    QFETCH(QString, golden);
    const QString out = outputFile.isEmpty() ? QString() : m_dir.filePath(outputFile);
    for (QString &a : args) {
        if (a == u"@project")
            a = m_project;
        else if (a == u"@out")
            a = out;
    }
    const Run r = run(args);
    QVERIFY2(r.status == 0, r.err.constData());
    QByteArray actual = r.out;
    if (!out.isEmpty()) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        actual = f.readAll();
    }
    actual = masked(actual);

    const QString goldenPath = QStringLiteral(BILAN_SOURCE_DIR "/tests/data/golden/") + golden;
    if (qEnvironmentVariableIsSet("BILAN_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(goldenPath).absolutePath());
        QFile f(goldenPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual);
        return;
    }
    QFile f(goldenPath);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(goldenPath + QStringLiteral(": missing (BILAN_UPDATE_GOLDEN=1 writes it)")));
    const QByteArray expected = f.readAll();
    if (actual != expected) {
        // Name the first line that differs: a whole JSON document is unreadable in a log.
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a[line] == e[line])
            ++line;
        QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                             .arg(golden)
                             .arg(line + 1)
                             .arg(QString::fromUtf8(e.value(line)), QString::fromUtf8(a.value(line)))));
    }
}

QTEST_GUILESS_MAIN(tst_Golden)
#include "tst_golden.moc"
