// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltotext.h"

#include <QTest>

class tst_HtmlToText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convert_data();
    void convert();
    void malformed_data();
    void malformed();
    void malformedMetadata_data();
    void malformedMetadata();
    void deepNesting();
    void nothingFetched();
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
    QTest::addRow("embed with its end tag")
        << QStringLiteral("<p>Un<embed src=x.pdf></embed></p><p>Deux</p>") << QStringLiteral("Un\n\nDeux");
    QTest::addRow("end tag in a string of a script")
        << QStringLiteral("<p>A<script>document.write('<p>x</p>')</script>B</p><p>C</p>")
        << QStringLiteral("AB\n\nC");
    QTest::addRow("comment that is not closed")
        << QStringLiteral("<p>Un</p><!-- fin") << QStringLiteral("Un");
    QTest::addRow("unclosed paragraphs")
        << QStringLiteral("<p>Un<p>Deux<li>Trois") << QStringLiteral("Un\n\nDeux\n\nTrois");
    QTest::addRow("stray end tags") << QStringLiteral("</div></p><p>Un</span></p></td>Deux")
                                    << QStringLiteral("Un\n\nDeux");
    QTest::addRow("html5 entities") << QStringLiteral("<p>12&percnt; 3&NoBreak;4 &apos;x&apos;</p>")
                                    << QStringLiteral("12% 3\u20604 'x'");
    QTest::addRow("closed iframe dropped")
        << QStringLiteral("<p>Un</p><iframe src=x>Pas de cadres</iframe><p>Deux")
        << QStringLiteral("Un\n\nDeux");
    QTest::addRow("closed noscript dropped")
        << QStringLiteral("<p>Un</p><noscript><p>Activez JavaScript</p></noscript><p>Deux")
        << QStringLiteral("Un\n\nDeux");
}

void tst_HtmlToText::convert()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html).text, text);
}

// Malformed pages as they come from the web: each row lost text or metadata with the former
// hand-written tokenizer. An element that Bilan drops (iframe, object, template, noscript, svg,
// nav...) is dropped only when the page closes it: left open, it would hold the rest of the page.
void tst_HtmlToText::malformed_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::addRow("embed is a void element")
        << QStringLiteral("<p>Un <embed src=x.pdf> deux</p><p>Trois 734 000</p>")
        << QStringLiteral("Un deux\n\nTrois 734 000");
    QTest::addRow("unclosed iframe") << QStringLiteral("<p>Un</p><iframe src=x.html><p>Deux</p><p>Trois")
                                     << QStringLiteral("Un\n\nDeux\n\nTrois");
    QTest::addRow("unclosed object") << QStringLiteral(
        "<p>Un</p><object data=x.pdf type=application/pdf><p>Deux 12 %</p>")
                                     << QStringLiteral("Un\n\nDeux 12 %");
    QTest::addRow("unclosed video") << QStringLiteral("<p>Un <video src=x.mp4> deux</p><p>Trois</p>")
                                    << QStringLiteral("Un deux\n\nTrois");
    QTest::addRow("unclosed template")
        << QStringLiteral("<p>Un</p><template><p>Deux</p>") << QStringLiteral("Un\n\nDeux");
    QTest::addRow("unclosed noscript") << QStringLiteral("<p>Un</p><noscript><p>Deux</p><p>Trois</p>")
                                       << QStringLiteral("Un\n\nDeux\n\nTrois");
    QTest::addRow("unclosed svg") << QStringLiteral("<p>Un<svg viewBox='0 0 1 1'><path d='M0'><p>Deux</p>")
                                  << QStringLiteral("Un\n\nDeux");
    QTest::addRow("unclosed nav") << QStringLiteral("<nav><a href=/>Accueil</a><p>Corps 3,5 millions</p>")
                                  << QStringLiteral("Accueil\n\nCorps 3,5 millions");
    QTest::addRow("unclosed textarea")
        << QStringLiteral("<p>Un</p><textarea>x<p>Deux</p>") << QStringLiteral("Un\n\nx\n\nDeux");
    QTest::addRow("unclosed title") << QStringLiteral("<title>Titre<p>Corps</p>") << QStringLiteral("Corps");
}

void tst_HtmlToText::malformed()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html).text, text);
}

void tst_HtmlToText::malformedMetadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("linkChars"); // of the last block

    QTest::addRow("title of an svg icon is not the page's")
        << QStringLiteral("<body><svg><title>Icône</title></svg><h1>AMO</h1><p>Texte.</p>") << QString()
        << QStringLiteral("AMO") << 0;
    QTest::addRow("unclosed h1") << QStringLiteral("<h1>Le bilan<p>Texte.</p>") << QString()
                                 << QStringLiteral("Le bilan") << 0;
    QTest::addRow("unclosed link ends with its paragraph")
        << QStringLiteral("<p><a href=x>Lire aussi</p><p>Texte du corps.</p>") << QString() << QString() << 0;
    QTest::addRow("head title") << QStringLiteral("<title>AMO &amp; CNSS</title><p>Texte.</p>")
                                << QStringLiteral("AMO & CNSS") << QString() << 0;
}

void tst_HtmlToText::malformedMetadata()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, heading);
    QFETCH(int, linkChars);
    const HtmlText out = HtmlToText::convert(html);
    QCOMPARE(out.title, title);
    QCOMPARE(out.heading, heading);
    QVERIFY(!out.blocks.isEmpty());
    QCOMPARE(out.blocks.last().linkChars, linkChars);
}

// Deeply nested pages neither crash nor go quadratic (the speed is measured in
// bench/bench_htmltotext); this checks that the text after them is all there.
void tst_HtmlToText::deepNesting()
{
    for (const QString &tag : {QStringLiteral("div"), QStringLiteral("b"), QStringLiteral("nav")}) {
        const int depth = 1000000;
        QString html;
        html.reserve(depth * (tag.size() * 2 + 5) + 64);
        for (int i = 0; i < depth; ++i)
            html += u'<' + tag + u'>';
        html += QStringLiteral("734 000");
        if (tag != u"b") {
            for (int i = 0; i < depth; ++i)
                html += QStringLiteral("</") + tag + u'>';
        }
        html += QStringLiteral("<p>fin</p>");
        const HtmlText out = HtmlToText::convert(html);
        QVERIFY2(out.text.endsWith(QStringLiteral("fin")), qPrintable(tag));
        if (tag != u"nav")
            QVERIFY2(out.text.startsWith(QStringLiteral("734 000")), qPrintable(tag));
    }
}

// Nothing is fetched: external entities, DTDs, XInclude and stylesheets stay text or nothing.
void tst_HtmlToText::nothingFetched()
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/x.dtd\" [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<html><head><link rel=stylesheet href=http://127.0.0.1:9/s.css><base href=http://127.0.0.1:9/>"
        "</head><body><p>Un &x; deux</p><img src=http://127.0.0.1:9/i.png>"
        "<script src=http://127.0.0.1:9/s.js></script><p>Trois</p></body></html>");
    const HtmlText out = HtmlToText::convert(html);
    QVERIFY2(!out.text.contains(QStringLiteral("root:")), qPrintable(out.text));
    // An HTML parser ends the doctype at its first ">": what follows is text, never a declaration.
    QVERIFY2(out.text.contains(QStringLiteral("Un &x; deux\n\nTrois")), qPrintable(out.text));
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
