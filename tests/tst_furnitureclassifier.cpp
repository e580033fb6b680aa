// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/articleloader.h"
#include "sources/corpus.h"
#include "text/furnitureclassifier.h"
#include "text/textutil.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Every paragraph of the bundled articles and of articles composed in other outlets' layouts
// must be classified as a careful reader would. The expectations are written by hand in
// tests/data/{paragraphs,layouts}/*.expected: one line per paragraph, "kind<TAB>first 40
// characters".
class tst_FurnitureClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articles_data();
    void articles();
    void reasons_data();
    void reasons();
    void shortTextIsNotHidden();
    void repeatedTitleIsAHeading();
    void sentencesBesideTheBodyJoinIt();
    void whatTheBodyAnnouncesJoinsIt();
    void theBodyGoesOnPastAnInlineReadAlso();
};

namespace {

struct Expected
{
    QString kind;
    QString prefix;
};

QList<Expected> readExpected(const QString &path)
{
    QList<Expected> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        out.append(Expected {line.section(u'\t', 0, 0), line.section(u'\t', 1)});
    return out;
}

// The lines, one paragraph each, joined by newlines and classified.
QList<Paragraph> classifiedLines(const QStringList &lines)
{
    const QString text = lines.join(u'\n');
    QList<Paragraph> paragraphs;
    qsizetype at = 0;
    for (const QString &line : lines) {
        paragraphs.append({at, at + line.size()});
        at += line.size() + 1;
    }
    FurnitureClassifier::classify(text, paragraphs);
    return paragraphs;
}

} // namespace

void tst_FurnitureClassifier::articles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QString data = QStringLiteral(BILAN_TEST_DATA);
    const QDir corpus(QStringLiteral(BILAN_SOURCE_DIR "/data/corpus"));
    for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        QTest::addRow("bundled %s", qPrintable(name)) << corpus.filePath(name)
                                                      << data + QStringLiteral("/paragraphs/")
                + QFileInfo(name).completeBaseName() + QStringLiteral(".expected");
    const QDir layouts(data + QStringLiteral("/layouts"));
    for (const QString &name :
         layouts.entryList({QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.md")},
                           QDir::Files, QDir::Name))
        QTest::addRow("layout %s", qPrintable(name))
            << layouts.filePath(name)
            << layouts.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".expected"));
}

void tst_FurnitureClassifier::articles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    // Classify from the text alone: no manifest title to lean on.
    const auto article = ArticleLoader::loadFile(file);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    const QList<Expected> want = readExpected(expected);
    QVERIFY2(!want.isEmpty(), qPrintable(expected));
    QStringList mismatches;
    for (int i = 0; i < qMax(want.size(), article->paragraphs.size()); ++i) {
        if (i >= want.size() || i >= article->paragraphs.size()) {
            mismatches.append(QStringLiteral("§%1: paragraph count differs (expected %2, got %3)")
                                  .arg(i)
                                  .arg(want.size())
                                  .arg(article->paragraphs.size()));
            break;
        }
        const QString text = TextUtil::simplified(article->paragraphText(i));
        const QString kind = paragraphKindName(article->paragraphs[i].kind);
        if (!text.startsWith(want[i].prefix.left(40)))
            mismatches.append(QStringLiteral("§%1: expected a paragraph starting \"%2\", got \"%3\"")
                                  .arg(i)
                                  .arg(want[i].prefix, text.left(40)));
        else if (kind != want[i].kind)
            mismatches.append(QStringLiteral("§%1 \"%2\": expected %3, got %4")
                                  .arg(i)
                                  .arg(text.left(40), want[i].kind, kind));
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void tst_FurnitureClassifier::reasons_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reason"); // empty: not furniture on its face
    QTest::addRow("lire aussi") << QStringLiteral("Lire aussi") << QStringLiteral("a list of other articles");
    QTest::addRow("lire aussi with headline")
        << QStringLiteral("À lire aussi : AMO, la CNSS ouvre 20 agences")
        << QStringLiteral("a list of other articles");
    QTest::addRow("latest articles") << QStringLiteral("Latest articles")
                                     << QStringLiteral("a list of other articles");
    QTest::addRow("comment form") << QStringLiteral("S'il vous plaît entrez votre commentaire!")
                                  << QStringLiteral("a comment form");
    QTest::addRow("leave a comment") << QStringLiteral("LAISSER UN COMMENTAIRE")
                                     << QStringLiteral("a comment form");
    QTest::addRow("share bar") << QStringLiteral("Partager sur Facebook Twitter")
                               << QStringLiteral("a share bar");
    QTest::addRow("share bar with its counter")
        << QStringLiteral("Partagez 0 Partages") << QStringLiteral("a share bar");
    QTest::addRow("ad") << QStringLiteral("Publicité gauche") << QStringLiteral("an advertisement");
    QTest::addRow("photo credit") << QStringLiteral("© Mounir Mehimdate")
                                  << QStringLiteral("a photo credit or caption");
    QTest::addRow("weather") << QStringLiteral("13 C") << QStringLiteral("a weather widget");
    QTest::addRow("weather degrees") << QStringLiteral("24°C") << QStringLiteral("a weather widget");
    QTest::addRow("counter") << QStringLiteral("40") << QStringLiteral("a counter");
    QTest::addRow("view counter") << QStringLiteral("1 234 vues") << QStringLiteral("a counter");
    QTest::addRow("byline") << QStringLiteral("Par Nadia Alaoui") << QStringLiteral("a byline");
    QTest::addRow("dateline") << QStringLiteral("Publié le 12 juin 2025 à 10h30")
                              << QStringLiteral("a byline or dateline");
    QTest::addRow("date widget") << QStringLiteral("vendredi 21 mars 2025") << QStringLiteral("a date line");
    QTest::addRow("time ago") << QStringLiteral("Il y a 3 heures") << QStringLiteral("a byline or dateline");
    QTest::addRow("time ago and reading time")
        << QStringLiteral("il y a 2 jours | 3 min de lecture") << QStringLiteral("a byline or dateline");
    QTest::addRow("a sentence opening on il y a")
        << QStringLiteral("Il y a 908 000 femmes au chômage.") << QString();
    QTest::addRow("il y a with its years in a sentence")
        << QStringLiteral("Il y a 3 ans, le chômage touchait 9 % des actifs.") << QString();
    QTest::addRow("teaser") << QStringLiteral(
        "Le Maroc fait son entrée au sein du Conseil exécutif. Réuni à...")
                            << QStringLiteral("a teaser cut short");
    QTest::addRow("footer") << QStringLiteral("© 2025 Le Site. Tous droits réservés.")
                            << QStringLiteral("a photo credit or caption");
    QTest::addRow("rights") << QStringLiteral("Tous droits réservés")
                            << QStringLiteral("site footer or account links");
    QTest::addRow("source link") << QStringLiteral("pour lire l'article depuis sa source.")
                                 << QStringLiteral("a link to elsewhere");
    QTest::addRow("template leftover")
        << QStringLiteral("spot_img") << QStringLiteral("a leftover template name");
    QTest::addRow("breadcrumb") << QStringLiteral("Accueil > Société > AMO des indépendants")
                                << QStringLiteral("a breadcrumb");
    QTest::addRow("caption with agency credit") << QStringLiteral(
        "Dans la salle d’attente d’un centre de santé de Salé, le 12 février 2025. FADEL SENNA / AFP")
                                                << QStringLiteral("a photo caption");
    QTest::addRow("caption with ©") << QStringLiteral("Un guichet de la CNSS à Casablanca. © Hespress")
                                    << QStringLiteral("a photo credit or caption");
    QTest::addRow("labelled counter") << QStringLiteral("Vues : 3 218") << QStringLiteral("a counter");
    QTest::addRow("read counter") << QStringLiteral("Lu 1 245 fois") << QStringLiteral("a counter");
    QTest::addRow("byline with date")
        << QStringLiteral("Par Nadia Ouazzani le 03/04/2025 à 10h15") << QStringLiteral("a byline");
    QTest::addRow("outlet and date") << QStringLiteral("Le Matin, 15 janvier 2026")
                                     << QStringLiteral("a byline");
    QTest::addRow("author, bar and date")
        << QStringLiteral("Par Salma Idrissi | Le 12/03/2024 à 10h05") << QStringLiteral("a byline");
    QTest::addRow("strip of byline, time and counter")
        << QStringLiteral("date 2018-07 Par DDK | Il ya 1 heure | 237 lecture(s)")
        << QStringLiteral("a byline");
    QTest::addRow("counter with its plural in parentheses")
        << QStringLiteral("237 lecture(s)") << QStringLiteral("a counter");
    QTest::addRow("a table's head between bars") << QStringLiteral("Région | 2023 | 2024") << QString();
    QTest::addRow("a sentence between bars")
        << QStringLiteral("Économie | Le taux de réussite atteint 55,88 % cette année.") << QString();
    QTest::addRow("inline teaser") << QStringLiteral(
        "Lire aussi : Mix électrique: la part des énergies renouvelables a encore augmenté en 2021")
                                   << QStringLiteral("a list of other articles");
    // Body lines that look a little like furniture must not be taken for it.
    QTest::addRow("place and date in a sentence")
        << QStringLiteral("Rabat, 15 janvier 2026, le ministre a annoncé 12 000 postes.") << QString();
    QTest::addRow("par ailleurs") << QStringLiteral(
        "Par ailleurs, l’efficacité de l’assurance maladie a progressé.")
                                  << QString();
    QTest::addRow("annonce in a heading")
        << QStringLiteral("Annonce du gouvernement sur les cotisations") << QString();
    QTest::addRow("populaire in a heading")
        << QStringLiteral("Populaire auprès des jeunes familles") << QString();
    QTest::addRow("number in a sentence") << QStringLiteral("40 agences ont ouvert.") << QString();
    QTest::addRow("sentence with a slash")
        << QStringLiteral("Le ratio dépenses / recettes atteint 1,2.") << QString();
    QTest::addRow("quoted ellipsis") << QStringLiteral("« Nous continuerons… »") << QString();
}

void tst_FurnitureClassifier::reasons()
{
    QFETCH(QString, line);
    QFETCH(QString, reason);
    QCOMPARE(FurnitureClassifier::furnitureReason(line), reason);
}

void tst_FurnitureClassifier::shortTextIsNotHidden()
{
    // No prose to anchor a body on: a short dispatch keeps its title and its lines rather than
    // being hidden as furniture, while furniture on its face stays furniture.
    const QString text
        = QStringLiteral("AMO : les chiffres clés\n11,1 millions d'assurés.\nPartager\n9,5 MMDH par an.");
    QList<Paragraph> paragraphs = {{0, 23}, {24, 48}, {49, 57}, {58, 74}};
    const auto outcome = FurnitureClassifier::classify(text, paragraphs);
    QCOMPARE(outcome.title, 0);
    QCOMPARE(paragraphs[0].kind, ParagraphKind::Heading);
    QCOMPARE(paragraphs[1].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[2].kind, ParagraphKind::Boilerplate);
    QCOMPARE(paragraphs[3].kind, ParagraphKind::Body);
    QList<Paragraph> empty;
    QCOMPARE(FurnitureClassifier::classify(QString(), empty).bodyFirst, -1);
}

void tst_FurnitureClassifier::repeatedTitleIsAHeading()
{
    // Pages print their title twice: the copy is a heading, its figures are claims.
    const QString title
        = QStringLiteral("Le Maroc dépasse la barre des 10 millions de touristes en dix mois");
    const QString body = QStringLiteral(
        "Un total de 10,5 millions de touristes ont visité le Maroc durant les dix premiers mois de 2018, en "
        "progression de 8% par rapport à la même période un an plus tôt, selon l'Observatoire du tourisme.");
    const QString text = title + u'\n' + title + u'\n' + body;
    QList<Paragraph> paragraphs
        = {{0, title.size()}, {title.size() + 1, 2 * title.size() + 1}, {2 * title.size() + 2, text.size()}};
    FurnitureClassifier::classify(text, paragraphs);
    QCOMPARE(paragraphs[0].kind, ParagraphKind::Heading);
    QCOMPARE(paragraphs[1].kind, ParagraphKind::Heading);
    QCOMPARE(paragraphs[2].kind, ParagraphKind::Body);
}

void tst_FurnitureClassifier::sentencesBesideTheBodyJoinIt()
{
    // A dispatch of short sentences around one longer one: the short ones are too short to be
    // prose, yet each is a whole sentence next to the body, so each is body. A headline without
    // a full stop after them, and a share bar, are not.
    const QStringList lines = {
        QStringLiteral("Accidents : le bilan de la semaine"),
        QStringLiteral("La police a enregistré 1.234 accidents, selon la DGSN."),
        QStringLiteral("Le taux de mortalité atteint 3,2 morts pour 100.000 véhicules, selon le ministère."),
        QStringLiteral("Selon la même source, 18 personnes ont perdu la vie."),
        QStringLiteral("Le Maroc lance un plan de sécurité routière de 5 milliards"),
        QStringLiteral("Partager"),
    };
    const QList<Paragraph> paragraphs = classifiedLines(lines);
    QCOMPARE(paragraphs[0].kind, ParagraphKind::Heading);
    QCOMPARE(paragraphs[1].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[2].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[3].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[4].kind, ParagraphKind::Boilerplate);
    QCOMPARE(paragraphs[5].kind, ParagraphKind::Boilerplate);
}

void tst_FurnitureClassifier::whatTheBodyAnnouncesJoinsIt()
{
    // A body paragraph that ends with a colon announces the line below, even one cut short (a
    // stored excerpt); a line after the body that nothing announces stays out.
    const QStringList lines = {
        QStringLiteral("Reconstruction : le bilan de l'année"),
        QStringLiteral(
            "L'État poursuit l'exécution du programme national de reconstruction dans la région. "
            "Au terme de l'exercice 2024, 63.783 familles sinistrées ont bénéficié d'aides directes."),
        QStringLiteral("L'agriculture, pilier économique local, a aussi fait l'objet de mesures d'urgence :"),
        QStringLiteral("386.000 quintaux d'orge et 40.000 têtes de bétail ont été distribués, en plus"),
        QStringLiteral("Les plus lus"),
    };
    const QList<Paragraph> paragraphs = classifiedLines(lines);
    QCOMPARE(paragraphs[1].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[2].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[3].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[4].kind, ParagraphKind::Boilerplate);
}

void tst_FurnitureClassifier::theBodyGoesOnPastAnInlineReadAlso()
{
    // An inline "À lire aussi" and its numbered headlines interrupt the body, which goes on after
    // them; a list of the most read after the body ends it.
    const QStringList lines = {
        QStringLiteral("CAN 2025 : les billets s'arrachent en France"),
        QStringLiteral("Cet hiver, du 21 décembre 2025 au 18 janvier 2026, le Maroc accueillera la CAN. Pour "
                       "cette occasion, le pays hôte a décidé de procéder à l'intégralité de la vente des "
                       "billets sur un site dédié, et les chiffres viennent d'être dévoilés."),
        QStringLiteral("À lire aussi :"),
        QStringLiteral("1. Equipe de France : le coup de pression du coach de Rabiot à Deschamps"),
        QStringLiteral("2. Les Loups sans entraîneur après 10 journées de championnat !"),
        QStringLiteral(
            "Ce vendredi, après les premières phases de vente, la Confédération africaine de football a "
            "indiqué que les ventes de billets à l'international avaient largement dépassé les "
            "prévisions, avec 109 237 billets vendus en France."),
        QStringLiteral("Les plus lus"),
        QStringLiteral("Le match de la veille a attiré 40 000 spectateurs dans un stade comble, a indiqué la "
                       "fédération dans un communiqué publié dans la soirée de dimanche."),
    };
    const QList<Paragraph> paragraphs = classifiedLines(lines);
    QCOMPARE(paragraphs[1].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[2].kind, ParagraphKind::Boilerplate);
    QCOMPARE(paragraphs[3].kind, ParagraphKind::Boilerplate);
    QCOMPARE(paragraphs[4].kind, ParagraphKind::Boilerplate);
    QCOMPARE(paragraphs[5].kind, ParagraphKind::Body);
    QCOMPARE(paragraphs[6].kind, ParagraphKind::Boilerplate);
}

QTEST_GUILESS_MAIN(tst_FurnitureClassifier)
#include "tst_furnitureclassifier.moc"
