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
    // Not joined.
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

QTEST_GUILESS_MAIN(tst_ParagraphSplitter)
#include "tst_paragraphsplitter.moc"
