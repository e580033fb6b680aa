// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltotext.h"

#include <QTest>

class tst_HtmlToText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convert_data();
    void convert();
    void metadata();
    void entities_data();
    void entities();
};

void tst_HtmlToText::convert_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::addRow("paragraphs") << QStringLiteral("<p>Un.</p><p>Deux.</p>") << QStringLiteral("Un.\n\nDeux.");
    QTest::addRow("script dropped") << QStringLiteral("<p>A<script>var x = '<p>no</p>';</script>B</p>")
                                    << QStringLiteral("AB");
    QTest::addRow("style dropped") << QStringLiteral("<style>p { color: red }</style><p>Texte</p>")
                                   << QStringLiteral("Texte");
    QTest::addRow("nav aside footer form dropped") << QStringLiteral(
        "<nav><a href='/'>Accueil</a></nav><article><p>Corps.</p></article><aside>Lire aussi</aside>"
        "<form><input name=q></form><footer>© 2025</footer>")
                                                   << QStringLiteral("Corps.");
    QTest::addRow("nested nav") << QStringLiteral("<nav><nav>a</nav>b</nav><p>c</p>") << QStringLiteral("c");
    QTest::addRow("whitespace collapsed")
        << QStringLiteral("<p>  plus\n de   734.000 </p>") << QStringLiteral("plus de 734.000");
    QTest::addRow("nbsp kept") << QStringLiteral("<p>734&nbsp;000</p>") << QStringLiteral("734\u00A0000");
    QTest::addRow("br") << QStringLiteral("<p>ligne un<br>ligne deux</p>")
                        << QStringLiteral("ligne un\nligne deux");
    QTest::addRow("headings and lists") << QStringLiteral("<h2>Titre</h2><ul><li>un</li><li>deux</li></ul>")
                                        << QStringLiteral("Titre\n\nun\n\ndeux");
    QTest::addRow("table cells") << QStringLiteral(
        "<table><tr><td>AMO</td><td>11,1 millions</td></tr><tr><td>TNS</td><td>3,5</td></tr></table>")
                                 << QStringLiteral("AMO\t11,1 millions\n\nTNS\t3,5");
    QTest::addRow("comments") << QStringLiteral("<p>a<!-- <p>b</p> -->c</p>") << QStringLiteral("ac");
    QTest::addRow("inline elements") << QStringLiteral(
        "<p>plus de <b>734.000</b> <a href='x'>dossiers</a></p>")
                                     << QStringLiteral("plus de 734.000 dossiers");
    QTest::addRow("unclosed head") << QStringLiteral("<html><head><title>T</title><body><p>Corps</p>")
                                   << QStringLiteral("Corps");
    QTest::addRow("stray less-than") << QStringLiteral("<p>3 < 5</p>") << QStringLiteral("3 < 5");
    QTest::addRow("unterminated tag") << QStringLiteral("<p>texte<a href=") << QStringLiteral("texte");
    QTest::addRow("img is not fetched")
        << QStringLiteral("<p><img src='http://example.com/x.png'>Texte</p>") << QStringLiteral("Texte");
}

void tst_HtmlToText::convert()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html).text, text);
}

void tst_HtmlToText::metadata()
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"fr-MA\"><head><title>AMO | Le Site</title>"
        "<meta property=\"og:title\" content=\"AMO : 3,5 millions\">"
        "<meta property=\"article:published_time\" content=\"2025-04-10T08:00:00+01:00\">"
        "<meta name=\"author\" content=\"Nadia Alaoui\"><meta property=\"og:site_name\" content=\"Le Site\">"
        "<link rel=\"canonical\" href=\"https://example.ma/amo\"></head>"
        "<body><h1>AMO : 3,5 millions &amp; plus</h1><p>Texte.</p></body></html>");
    const HtmlText out = HtmlToText::convert(html);
    QCOMPARE(out.title, QStringLiteral("AMO | Le Site"));
    QCOMPARE(out.heading, QStringLiteral("AMO : 3,5 millions & plus"));
    QCOMPARE(out.published, QStringLiteral("2025-04-10T08:00:00+01:00"));
    QCOMPARE(out.author, QStringLiteral("Nadia Alaoui"));
    QCOMPARE(out.outlet, QStringLiteral("Le Site"));
    QCOMPARE(out.url, QStringLiteral("https://example.ma/amo"));
    QCOMPARE(out.language, QStringLiteral("fr"));
    QCOMPARE(out.text, QStringLiteral("AMO : 3,5 millions & plus\n\nTexte."));
    QCOMPARE(out.blocks.size(), 2);
    QCOMPARE(out.blocks[0].tag, QStringLiteral("h1"));
}

void tst_HtmlToText::entities_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("named") << QStringLiteral("&eacute;t&eacute; &laquo;x&raquo;")
                           << QStringLiteral("été «x»");
    QTest::addRow("decimal") << QStringLiteral("&#233;&#8217;") << QStringLiteral("é’");
    QTest::addRow("hex") << QStringLiteral("&#xE9;&#x1F600;") << QStringLiteral("é\U0001F600");
    QTest::addRow("unknown kept") << QStringLiteral("&foo; & bar") << QStringLiteral("&foo; & bar");
    QTest::addRow("nul becomes replacement") << QStringLiteral("&#0;") << QStringLiteral("\uFFFD");
    QTest::addRow("surrogate becomes replacement") << QStringLiteral("&#xD800;") << QStringLiteral("\uFFFD");
    QTest::addRow("too large") << QStringLiteral("&#99999999999;") << QStringLiteral("&#99999999999;");
}

void tst_HtmlToText::entities()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(HtmlToText::decodeEntities(in), out);
}

QTEST_GUILESS_MAIN(tst_HtmlToText)
#include "tst_htmltotext.moc"
