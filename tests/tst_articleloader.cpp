// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/articleloader.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

class tst_ArticleLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
    void hugeFile();
    void unreadableFile();
    void formats_data();
    void formats();
    void metadataDetection_data();
    void metadataDetection();
    void bundledCorpus();
    void loadFilesKeepsGoing();
    void malformedManifest();
    void siteDescription();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString tst_ArticleLoader::write(const QString &name, const QByteArray &bytes)
{
    return TestSupport::writeFile(m_dir, name, bytes);
}

void tst_ArticleLoader::initTestCase()
{
    // Settings (user name, recent projects, window state) go to a test folder, never the real home.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkdir(QStringLiteral("folder.txt"));
}

void tst_ArticleLoader::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // null: do not create the file
    QTest::addColumn<QString>("error");

    QTest::addRow("missing file") << QStringLiteral("missing.txt") << QByteArray()
                                  << QStringLiteral("no such file");
    QTest::addRow("directory") << QStringLiteral("folder.txt") << QByteArray()
                               << QStringLiteral("is a directory");
    QTest::addRow("empty file") << QStringLiteral("empty.txt") << QByteArray("")
                                << QStringLiteral("file is empty");
    QTest::addRow("only white space") << QStringLiteral("blank.txt") << QByteArray(" \n\t\r\n ")
                                      << QStringLiteral("file is empty (only white space)");
    QTest::addRow("binary with NUL bytes") << QStringLiteral("binary.txt")
                                           << QByteArray("\x7F"
                                                         "ELF\x02\x01\x01\0\0\0",
                                                         10)
                                           << QStringLiteral("binary file: NUL byte at offset 7");
    QTest::addRow("pdf renamed .txt")
        << QStringLiteral("report.txt") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
        << QStringLiteral("binary file: this is a PDF document");
    QTest::addRow("undecodable bytes")
        << QStringLiteral("latin.txt") << QByteArray("Montant: 9,5 \x81\x8D DH")
        << QStringLiteral("undecodable bytes: byte 0x81 at offset 13");
    QTest::addRow("corrupted utf-8") << QStringLiteral("corrupt.txt")
                                     << QByteArray("b\xC3\xA9n\xC3\xA9"
                                                   "fice \xE2\x82 fin")
                                     << QStringLiteral(
                                            "undecodable bytes: invalid UTF-8 byte 0xE2 at offset 11");
    QTest::addRow("unsupported type") << QStringLiteral("sheet.xlsx") << QByteArray("PK\x03\x04")
                                      << QStringLiteral("unsupported file type \".xlsx\"");
    QTest::addRow("html without text")
        << QStringLiteral("empty.html") << QByteArray("<html><script>x()</script></html>")
        << QStringLiteral("the HTML page has no text");
}

void tst_ArticleLoader::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = bytes.isNull() ? m_dir.filePath(name) : write(name, bytes);
    const auto result = ArticleLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(path + QStringLiteral(": ")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(error), qPrintable(result.error()));
}

void tst_ArticleLoader::hugeFile()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ArticleLoader::kMaxFileSize + 1)); // sparse: no 20 MB written
    f.close();
    const auto result = ArticleLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(path), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QStringLiteral("file too large (20.0 MB; the limit is 20 MB)")),
             qPrintable(result.error()));
}

void tst_ArticleLoader::unreadableFile()
{
    const QString path = write(QStringLiteral("secret.txt"), "texte");
    QFile::setPermissions(path, QFileDevice::Permissions());
    // Root reads any file: this thread gives up the capabilities that let it, for the read.
    const TestSupport::FilePermissionsApply dropped;
    const auto result = ArticleLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("cannot be read")), qPrintable(result.error()));
}

void tst_ArticleLoader::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::addRow("plain lines") << QStringLiteral("a.txt")
                                 << QByteArray("Titre de l'article\r\nPremier paragraphe du texte.\r\n")
                                 << QStringList {QStringLiteral("Titre de l'article"),
                                                 QStringLiteral("Premier paragraphe du texte.")};
    QTest::addRow("inline link break")
        << QStringLiteral("b.txt")
        << QByteArray("La Chambre a organis\xC3\xA9, ce lundi \xC3\xA0\nRabat\n, la 9e \xC3\xA9"
                      "dition du Forum.\nAutre.")
        << QStringList {QStringLiteral("La Chambre a organisé, ce lundi à\nRabat\n, la 9e édition du Forum."),
                        QStringLiteral("Autre.")};
    QTest::addRow("hard-wrapped prose")
        << QStringLiteral("c.txt")
        << QByteArray("Le gouvernement a mobilis\xC3\xA9 un budget annuel de 9,5 milliards\nde dirhams pour "
                      "les cotisations.\n\nFin.")
        << QStringList {QStringLiteral("Le gouvernement a mobilisé un budget annuel de 9,5 milliards\nde "
                                       "dirhams pour les cotisations."),
                        QStringLiteral("Fin.")};
    QTest::addRow("markdown") << QStringLiteral(
        "d.md") << QByteArray("# Titre\n\nUne phrase\nqui continue.\n\n- un point\n- deux points\n")
                              << QStringList {QStringLiteral("# Titre"),
                                              QStringLiteral("Une phrase\nqui continue."),
                                              QStringLiteral("- un point"), QStringLiteral("- deux points")};
    QTest::addRow("html")
        << QStringLiteral("e.html")
        << QByteArray("<html><body><nav>Menu</nav><h1>Titre</h1><p>Un <b>texte</b>.</p></body></html>")
        << QStringList {QStringLiteral("Titre"), QStringLiteral("Un texte.")};
    QTest::addRow("windows-1252 file") << QStringLiteral("f.txt") << QByteArray("Pr\xE8s de 12 millions\n")
                                       << QStringList {QStringLiteral("Près de 12 millions")};
}

void tst_ArticleLoader::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, paragraphs);
    const auto result = ArticleLoader::loadFile(write(name, bytes));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QStringList got;
    for (int i = 0; i < result->paragraphs.size(); ++i)
        got.append(result->paragraphText(i).toString());
    QCOMPARE(got, paragraphs);
    QCOMPARE(result->sha256.size(), 64);
    QCOMPARE(result->id, QFileInfo(name).completeBaseName());
}

void tst_ArticleLoader::metadataDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("outlet");

    const QByteArray body
        = "\nLe gouvernement a mobilis\xC3\xA9 un budget annuel de 9,5 milliards de dirhams pour couvrir les "
          "cotisations des "
          "personnes non solvables, a indiqu\xC3\xA9 le ministre lors de sa conf\xC3\xA9rence.\n"
          "Plus de 11 millions de personnes en b\xC3\xA9n\xC3\xA9"
          "ficient depuis le lancement du r\xC3\xA9gime en 2022, "
          "selon les chiffres officiels publi\xC3\xA9s ce mardi.\n";
    QTest::addRow("publié le")
        << QByteArray("Accueil\nSant\xC3\xA9\nAMO : 9,5 milliards pour les cotisations\nPar Nadia Alaoui\n"
                      "Publi\xC3\xA9 le 12 juin 2025 \xC3\xA0 10h30")
            + body
        << QStringLiteral("AMO : 9,5 milliards pour les cotisations") << QStringLiteral("2025-06-12")
        << QString();
    QTest::addRow("publié dans") << QByteArray("Menu\nAMO : 9,5 milliards pour les "
                                               "cotisations\nPubli\xC3\xA9 dans\nLe Matin\nle 17 - 02 - 2025")
            + body << QStringLiteral("AMO : 9,5 milliards pour les cotisations")
                                 << QStringLiteral("2025-02-17") << QStringLiteral("Le Matin");
    QTest::addRow("header date line")
        << QByteArray("18 C\nRabat\nmardi 4 f\xC3\xA9vrier 2025\nUn titre sur la sant\xC3\xA9 publique")
            + body
        << QStringLiteral("Un titre sur la santé publique") << QStringLiteral("2025-02-04") << QString();
    QTest::addRow("numeric date") << QByteArray("Un titre sur la sant\xC3\xA9 publique\n04-02-2025") + body
                                  << QStringLiteral("Un titre sur la santé publique")
                                  << QStringLiteral("2025-02-04") << QString();
    // Bylines are metadata: the outlet and the date are read from them.
    QTest::addRow("outlet and date byline")
        << QByteArray("Un titre sur la sant\xC3\xA9 publique\nLe Matin, 15 janvier 2026") + body
        << QStringLiteral("Un titre sur la santé publique") << QStringLiteral("2026-01-15")
        << QStringLiteral("Le Matin");
    QTest::addRow("author and date byline")
        << QByteArray(
               "Un titre sur la sant\xC3\xA9 publique\nPar Salma Idrissi | Le 12/03/2024 \xC3\xA0 10h05")
            + body
        << QStringLiteral("Un titre sur la santé publique") << QStringLiteral("2024-03-12") << QString();
    QTest::addRow("no date") << QByteArray("Un titre sur la sant\xC3\xA9 publique") + body
                             << QStringLiteral("Un titre sur la santé publique") << QString() << QString();
}

void tst_ArticleLoader::metadataDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, published);
    QFETCH(QString, outlet);
    const auto result = ArticleLoader::loadBytes(bytes, QStringLiteral("article.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->title, title);
    QCOMPARE(result->published.toIso(), published);
    QCOMPARE(result->outlet, outlet);
    QCOMPARE(result->language, QStringLiteral("fr"));
}

void tst_ArticleLoader::bundledCorpus()
{
    const LoadReport report = Corpus::loadBundled();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.articles.size(), 5);
    // Byte for byte: the resources hold the shared corpus unchanged.
    for (const Article &a : report.articles) {
        QFile source(QStringLiteral(BILAN_SOURCE_DIR "/") + a.file);
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(a.file));
        QCOMPARE(QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256).toHex(),
                 a.sha256.toLatin1());
        QCOMPARE(a.language, QStringLiteral("fr"));
        QVERIFY(!a.title.isEmpty());
    }
    QCOMPARE(report.articles[3].outlet, QStringLiteral("Hespress"));
    QCOMPARE(report.articles[3].published.toIso(), QStringLiteral("2025-02-17"));
    QCOMPARE(report.articles[2].published.toIso(), QStringLiteral("2025-03-21"));
    QVERIFY(report.articles[0].published.isNull());
}

void tst_ArticleLoader::loadFilesKeepsGoing()
{
    const QString good = write(QStringLiteral("good.txt"),
                               "Un titre\nPlus de 12 millions de dossiers ont \xC3\xA9t\xC3\xA9 "
                               "d\xC3\xA9pos\xC3\xA9s jusqu'\xC3\xA0 pr\xC3\xA9sent, a-t-il dit.\n");
    const QString bad = m_dir.filePath(QStringLiteral("nope.txt"));
    const LoadReport report = Corpus::loadFiles({bad, good});
    QCOMPARE(report.articles.size(), 1);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors[0].startsWith(bad));
}

void tst_ArticleLoader::malformedManifest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"articles\": [ {\"file\": ");
    f.close();
    const LoadReport report = Corpus::loadManifest(path);
    QVERIFY(report.articles.isEmpty());
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors[0].startsWith(path) && report.errors[0].contains(QStringLiteral("not valid JSON")),
             qPrintable(report.errors[0]));
}

// "AllAfrica publie environ 500 articles par jour…": the site describing itself at the end of its
// page is furniture; the outlet's name inside the news is not.
void tst_ArticleLoader::siteDescription()
{
    ArticleMetadata known;
    known.outlet = QStringLiteral("AllAfrica");
    const Article a = ArticleLoader::fromText(
        QStringLiteral(
            "Les aéroports tunisiens ont accueilli 10,96 millions de passagers à fin octobre, selon "
            "l'Oaca, qui publie chaque mois ses chiffres de trafic.\n\nAllAfrica a relayé ces chiffres "
            "mardi, selon lesquels le trafic progresse de 12,7 % sur un an.\n\nAllAfrica publie "
            "environ 500 articles par jour provenant de plus de 100 organes de presse.\n"),
        QStringLiteral("a.txt"), known);
    QCOMPARE(a.paragraphs.size(), 3);
    QVERIFY(!a.paragraphs[0].isBoilerplate());
    QVERIFY(!a.paragraphs[1].isBoilerplate());
    // The news may end on what the outlet learnt: "Le360 a appris que…".
    known.outlet = QStringLiteral("Le360");
    const Article b = ArticleLoader::fromText(
        QStringLiteral("Les aéroports ont accueilli 27 millions de passagers en 2023.\n\nLe360 a appris que "
                       "l'office vise 32 millions de passagers en 2024.\n"),
        QStringLiteral("b.txt"), known);
    QCOMPARE(b.paragraphs.size(), 2);
    QVERIFY(!b.paragraphs[1].isBoilerplate());
    QVERIFY(a.paragraphs[2].isBoilerplate());
}

QTEST_GUILESS_MAIN(tst_ArticleLoader)
#include "tst_articleloader.moc"
