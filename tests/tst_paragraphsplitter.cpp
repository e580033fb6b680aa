// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/paragraphsplitter.h"

#include <QTest>

// How text copied from web pages and Markdown is cut into paragraphs: one per line unless a
// line visibly continues the one before.
class tst_ParagraphSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void longLinesAreCut_data();
    void longLinesAreCut();
};

void tst_ParagraphSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("paragraphs");
    auto row = [](const char *name, const char *text, TextFormat format, const QStringList &paragraphs) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << int(format) << paragraphs;
    };
    const auto plain = TextFormat::Plain;
    row("one paragraph per line", "Premier paragraphe.\nSecond paragraphe.", plain,
        {QStringLiteral("Premier paragraphe."), QStringLiteral("Second paragraphe.")});
    row("blank lines between", "Premier.\n\n\nSecond.", plain,
        {QStringLiteral("Premier."), QStringLiteral("Second.")});
    row("a line broken by a link", "La 9e édition se tient à\nRabat\n, la capitale.", plain,
        {QStringLiteral("La 9e édition se tient à\nRabat\n, la capitale.")});
    row("a sentence broken by blank lines",
        "l'Italie (+15%), l'Allemagne (+10%),\n\n\nla France (+7%) ainsi que l'Espagne.", plain,
        {QStringLiteral("l'Italie (+15%), l'Allemagne (+10%),\n\n\nla France (+7%) ainsi que l'Espagne.")});
    row("a preposition before blank lines", "Le réseau compte des agences dans\n\nles douze régions.", plain,
        {QStringLiteral("Le réseau compte des agences dans\n\nles douze régions.")});
    row("a year wrapped after a preposition and blank lines",
        "L'inflation est évaluée à 9,7% en 2022 contre 2,2% en\n\n2021.", plain,
        {QStringLiteral("L'inflation est évaluée à 9,7% en 2022 contre 2,2% en\n\n2021.")});
    row("a numbered item after blank lines",
        "Les priorités sont les suivantes pour\n\n1. Ramadan : les prix.", plain,
        {QStringLiteral("Les priorités sont les suivantes pour"), QStringLiteral("1. Ramadan : les prix.")});
    row("a figure after a comma goes on the sentence",
        "Le programme avance. Au terme de l'exercice 2024,\n63.783 familles ont reçu une aide.", plain,
        {QStringLiteral(
            "Le programme avance. Au terme de l'exercice 2024,\n63.783 familles ont reçu une aide.")});
    row("a figure goes on a wrapped sentence of prose",
        "L'État poursuit le programme. 63.783 familles ont reçu des aides comprenant\n30.000 dirhams par "
        "ménage.",
        plain,
        {QStringLiteral("L'État poursuit le programme. 63.783 familles ont reçu des aides comprenant\n30.000 "
                        "dirhams par ménage.")});
    // Not joined.
    row("a figure after a title", "Séisme : le programme de reconstruction avance\n63.783 familles aidées.",
        plain,
        {QStringLiteral("Séisme : le programme de reconstruction avance"),
         QStringLiteral("63.783 familles aidées.")});
    row("a figure after a colon", "Les chiffres clés de la reconstruction en 2024 :\n63.783 familles aidées.",
        plain,
        {QStringLiteral("Les chiffres clés de la reconstruction en 2024 :"),
         QStringLiteral("63.783 familles aidées.")});
    row("a numbered list's items",
        "1. Mondial 2030 : le chantier du Grand Stade prend du retard\n2. Ramadan : "
        "les prix s'envolent",
        plain,
        {QStringLiteral("1. Mondial 2030 : le chantier du Grand Stade prend du retard"),
         QStringLiteral("2. Ramadan : les prix s'envolent")});
    row("a teaser is a line of its own",
        "Le taux atteint 17,1% à\nLire aussi : Mix électrique: 37% en 2021\nla fin de 2021.", plain,
        {QStringLiteral("Le taux atteint 17,1% à"),
         QStringLiteral("Lire aussi : Mix électrique: 37% en 2021"), QStringLiteral("la fin de 2021.")});
    row("a sentence ends before blank lines", "Le réseau compte 186 agences.\n\nla suite en minuscules.",
        plain, {QStringLiteral("Le réseau compte 186 agences."), QStringLiteral("la suite en minuscules.")});
    row("a capital after a comma and blank lines", "Rabat, Casablanca,\n\nTanger et Fès.", plain,
        {QStringLiteral("Rabat, Casablanca,"), QStringLiteral("Tanger et Fès.")});
    row("a list item after blank lines", "- une baisse des prix ;\n\nun contrôle renforcé.", plain,
        {QStringLiteral("- une baisse des prix ;"), QStringLiteral("un contrôle renforcé.")});
    row("html blocks stay apart", "Trois mesures :\n\nune baisse de 1,2 milliard,\n\nun contrôle renforcé.",
        TextFormat::Html,
        {QStringLiteral("Trois mesures :"), QStringLiteral("une baisse de 1,2 milliard,"),
         QStringLiteral("un contrôle renforcé.")});
    row("markdown blank line", "Un paragraphe\nsur deux lignes.\n\nun autre,", TextFormat::Markdown,
        {QStringLiteral("Un paragraphe\nsur deux lignes."), QStringLiteral("un autre,")});
    row("markdown heading", "# Titre\nTexte du paragraphe.", TextFormat::Markdown,
        {QStringLiteral("# Titre"), QStringLiteral("Texte du paragraphe.")});
}

void tst_ParagraphSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(QStringList, paragraphs);
    QStringList got;
    for (const Paragraph &p : ParagraphSplitter::split(text, TextFormat(format)))
        got << text.mid(p.start, p.length());
    QCOMPARE(got, paragraphs);
}

void tst_ParagraphSplitter::longLinesAreCut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("atSentences"); // every piece but the last ends a sentence
    const QString sentence = QStringLiteral("Le nombre de bénéficiaires atteint 734.000 personnes. ");
    QTest::newRow("sentences on one line") << sentence.repeated(2000).trimmed() << true;
    QTest::newRow("a title's abbreviation is no sentence end")
        << QStringLiteral("Selon M. Dupont il y a 12 dossiers ").repeated(2000).trimmed() << false;
    QTest::newRow("no sentence end: cut at a space")
        << QStringLiteral("1 ").repeated(30000).trimmed() << false;
    QTest::newRow("markdown paragraph") << sentence.repeated(1000) << true;
    QTest::newRow("no sentence end: never between a number and its unit")
        << QStringLiteral("« « « 12 millions » » » ").repeated(6000).trimmed() << false;
}

// A line of 100,000 characters is no paragraph: it is cut into pieces of about kLongest
// characters, after a sentence end when there is one, never inside a word, and nothing is lost.
void tst_ParagraphSplitter::longLinesAreCut()
{
    QFETCH(QString, text);
    QFETCH(bool, atSentences);
    for (const TextFormat format : {TextFormat::Plain, TextFormat::Markdown, TextFormat::Html}) {
        const QList<Paragraph> got = ParagraphSplitter::split(text, format);
        QVERIFY(got.size() >= text.size() / (2 * ParagraphSplitter::kLongest));
        QString joined;
        for (qsizetype k = 0; k < got.size(); ++k) {
            const Paragraph &p = got[k];
            QVERIFY(p.length() > 0);
            QVERIFY2(p.length() <= 2 * ParagraphSplitter::kLongest, qPrintable(QString::number(p.length())));
            QVERIFY(!text[p.start].isSpace() && !text[p.end - 1].isSpace());
            if (k + 1 < got.size()) {
                QVERIFY(text[p.end].isSpace()); // between two words
                QVERIFY(!text.mid(p.start, p.length()).endsWith(u" M."));
                if (text.contains(u"millions"))
                    QVERIFY(!text[p.end - 1].isDigit());
                if (atSentences)
                    QCOMPARE(text[p.end - 1], u'.');
            }
            joined += text.mid(p.start, p.length()) + u' ';
        }
        QCOMPARE(joined.simplified(), text.simplified());
    }
    // One word of 50,000 characters stays whole: no place to cut it.
    const QString word(50000, u'x');
    QCOMPARE(ParagraphSplitter::split(word, TextFormat::Plain).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ParagraphSplitter)
#include "tst_paragraphsplitter.moc"
