// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/articleloader.h"
#include "text/metadatadetector.h"

#include <QTest>

// What an article's own text says about it when nothing else does: publication date, outlet,
// author, language; what is already known is never overwritten.
class tst_MetadataDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromPageText_data();
    void fromPageText();
    void knownFieldsWin();
    void sidebarDateAboveTitle();
    void language_data();
    void language();
};

namespace {

const char kBody[]
    = "Le nombre de visiteurs a atteint 2,3 millions à fin juin, en hausse de 12 % sur un an, "
      "selon les chiffres publiés par l'Observatoire. Les recettes ont suivi la même tendance et "
      "les professionnels restent confiants pour la saison estivale qui commence.";

} // namespace

void tst_MetadataDetector::fromPageText_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    auto row = [](const char *name, const char *header, const char *published, const char *outlet,
                  const char *author) {
        QTest::newRow(name) << QString::fromUtf8(header) << QString::fromUtf8(published)
                            << QString::fromUtf8(outlet) << QString::fromUtf8(author);
    };
    row("publié le", "Publié le 12 mars 2024 à 10h05", "2024-03-12", "", "");
    row("publié dans", "Publié dans Hespress le 17 - 02 - 2025", "2025-02-17", "Hespress", "");
    row("outlet byline", "Le Matin, 15 janvier 2026", "2026-01-15", "Le Matin", "");
    row("author byline", "Par Salma Idrissi | Le 12/03/2024 à 10h05", "2024-03-12", "", "Salma Idrissi");
    row("date line", "vendredi 21 mars 2025", "2025-03-21", "", "");
    row("byline, time and a button", "Par La Rédaction| Le 11/05/2023 - 14:23 | Partager", "2023-05-11", "",
        "La Rédaction");
    row("source", "Source : MAP\nmardi 4 juin 2019", "2019-06-04", "MAP", "");
    // A year alone is no publication date; a figure of the body is no date at all.
    row("nothing", "Accueil > Économie", "", "", "");
}

void tst_MetadataDetector::fromPageText()
{
    QFETCH(QString, header);
    QFETCH(QString, published);
    QFETCH(QString, outlet);
    QFETCH(QString, author);
    const QString title = QStringLiteral("Tourisme : le nombre de visiteurs progresse au premier semestre");
    const QString text = title + QStringLiteral("\n\n") + header + QStringLiteral("\n\n")
        + QString::fromUtf8(kBody) + QStringLiteral("\n");
    const Article a = ArticleLoader::fromText(text, QStringLiteral("page.txt"));
    QCOMPARE(a.published.toIso(), published);
    QCOMPARE(a.outlet, outlet);
    QCOMPARE(a.author, author);
    QCOMPARE(a.language, QStringLiteral("fr"));
}

// A teaser's date in the sidebar above the title is not the page's: the byline by the title is
// (the title written twice, above and below the byline, as some pages do).
void tst_MetadataDetector::sidebarDateAboveTitle()
{
    const QString text
        = QStringLiteral(
              "Sécheresse\n\nSécheresse Par Karim Alaoui\n\nLe 20/05/2025\n\nRecevoir notre newsletter\n\n"
              "Tourisme : le nombre de visiteurs progresse\n\nPar La Rédaction| Le 11/05/2023 - 14:23 | "
              "Partager\n\nTourisme : le nombre de visiteurs progresse\n\n")
        + QString::fromUtf8(kBody) + QStringLiteral("\n");
    const Article a = ArticleLoader::fromText(text, QStringLiteral("page.txt"));
    QCOMPARE(a.published.toIso(), QStringLiteral("2023-05-11"));
    // With no date by the title, the one above it is the page's.
    const QString above = QStringLiteral("Le 20/05/2025\n\nTourisme : le nombre de visiteurs progresse\n\n")
        + QString::fromUtf8(kBody) + QStringLiteral("\n");
    QCOMPARE(ArticleLoader::fromText(above, QStringLiteral("page.txt")).published.toIso(),
             QStringLiteral("2025-05-20"));
}

void tst_MetadataDetector::knownFieldsWin()
{
    ArticleMetadata known;
    known.outlet = QStringLiteral("L'Économiste");
    known.published = PartialDate::fromIso(QStringLiteral("2024-04"));
    const QString text
        = QStringLiteral("Un titre assez long pour être un titre d'article\n\nLe Matin, 15 janvier "
                         "2026\n\n")
        + QString::fromUtf8(kBody);
    const Article a = ArticleLoader::fromText(text, QStringLiteral("page.txt"), known);
    QCOMPARE(a.outlet, known.outlet);
    QCOMPARE(a.published, known.published);
}

void tst_MetadataDetector::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QString::fromUtf8(kBody) << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral(
        "The number of visitors rose to 2.3 million in June, and the receipts "
        "followed with a rise of 12 percent for the year.")
                        << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral(
        "El número de los visitantes y las llegadas del año por la costa con una "
        "subida del 12 por ciento.")
                        << QStringLiteral("es");
    QTest::newRow("ar") << QString::fromUtf8(
        "بلغ عدد الزوار 2,3 مليون في نهاية يونيو حسب المرصد الوطني للسياحة")
                        << QStringLiteral("ar");
    QTest::newRow("too short") << QStringLiteral("2,3 millions") << QString();
}

void tst_MetadataDetector::language()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(MetadataDetector::detectLanguage(text), language);
}

QTEST_APPLESS_MAIN(tst_MetadataDetector)
#include "tst_metadatadetector.moc"
