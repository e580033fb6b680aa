// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/claimtext.h"

#include <QLocale>
#include <QTest>

#include <cmath>

// Every human form of a claim, as the table, the checks, the report and the CLI write it.
class tst_ClaimText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void value_data();
    void value();
    void figureAndDate();
    void sources_data();
    void sources();
    void citation_data();
    void citation();
    void shortParagraphQuotedWhole();
    void longParagraphCutAtSentences();
    void longSentenceCutAtWords();
    void ocrNote();
};

namespace {

Claim claim(double value, ClaimKind kind, const QString &unit, Qualifier qualifier = Qualifier::Exact)
{
    Claim c;
    c.value = value;
    c.kind = kind;
    c.unit = unit;
    c.qualifier = qualifier;
    return c;
}

Article article(const QString &text, const QString &outlet, const QString &title, const QString &published,
                const QString &url = {})
{
    Article a;
    a.id = QStringLiteral("doc");
    a.text = text;
    a.outlet = outlet;
    a.title = title;
    a.published = PartialDate::fromIso(published);
    a.url = url;
    a.paragraphs = {Paragraph {0, text.size(), ParagraphKind::Body}};
    return a;
}

} // namespace

void tst_ClaimText::initTestCase()
{
    // Dates follow the default locale; the figures are French whatever it is.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ClaimText::value_data()
{
    QTest::addColumn<Claim>("claim");
    QTest::addColumn<QString>("expected");
    QTest::addRow("millions") << claim(24.7e6, ClaimKind::Count, QStringLiteral("personnes"))
                              << QStringLiteral("24,7 millions");
    QTest::addRow("1,7 million, singular")
        << claim(1.7e6, ClaimKind::Count, QStringLiteral("inscrits")) << QStringLiteral("1,7 million");
    QTest::addRow("dirhams") << claim(9.5e9, ClaimKind::Money, QStringLiteral("MAD"))
                             << QStringLiteral("9,5 milliards DH");
    QTest::addRow("euros") << claim(1.2e9, ClaimKind::Money, QStringLiteral("EUR"))
                           << QStringLiteral("1,2 milliard €");
    QTest::addRow("thousands grouped")
        << claim(734000, ClaimKind::Count, QStringLiteral("dossiers")) << QStringLiteral("734\u202F000");
    QTest::addRow("percent") << claim(12.5, ClaimKind::Percent, QStringLiteral("%"))
                             << QStringLiteral("12,5\u00A0%");
    QTest::addRow("points") << claim(1.5, ClaimKind::Percent, QStringLiteral("points"))
                            << QStringLiteral("1,5 points");
    Claim range = claim(500, ClaimKind::Money, QStringLiteral("MAD"));
    range.high = 1200;
    QTest::addRow("range") << range << QStringLiteral("500 – 1\u202F200 DH");
    QTest::addRow("unreadable") << claim(std::nan(""), ClaimKind::Count, QString())
                                << QStringLiteral("(illisible)");
}

void tst_ClaimText::value()
{
    QFETCH(Claim, claim);
    QFETCH(QString, expected);
    QCOMPARE(ClaimText::value(claim), expected);
}

void tst_ClaimText::figureAndDate()
{
    Claim c = claim(14e6, ClaimKind::Count, QStringLiteral("dossiers"), Qualifier::MoreThan);
    QCOMPARE(ClaimText::figure(c), QStringLiteral("more than 14 millions"));
    c.qualifier = Qualifier::About;
    QCOMPARE(ClaimText::figure(c), QStringLiteral("about 14 millions"));
    c.qualifier = Qualifier::Exact;
    QCOMPARE(ClaimText::figure(c), QStringLiteral("14 millions"));
    QCOMPARE(ClaimText::dated(c), QStringLiteral("undated"));
    c.asOf = PartialDate::fromIso(QStringLiteral("2025-03"));
    QCOMPARE(ClaimText::dated(c), QStringLiteral("mars 2025"));
    c.asOf = PartialDate::fromIso(QStringLiteral("2025-02-17"));
    QCOMPARE(ClaimText::dated(c), QStringLiteral("17 févr. 2025"));
    c.asOf = PartialDate::fromIso(QStringLiteral("2024"));
    QCOMPARE(ClaimText::dated(c), QStringLiteral("2024"));
    const Article a = article(QStringLiteral("x"), QStringLiteral("Hespress"), QString(), QString());
    QCOMPARE(ClaimText::described(a, c), QStringLiteral("14 millions (Hespress, 2024)"));
    QCOMPARE(ClaimText::kind(ClaimKind::Money), QStringLiteral("money"));
    QCOMPARE(ClaimText::qualifier(Qualifier::UpTo), QStringLiteral("up to"));
    QCOMPARE(ClaimText::qualifier(Qualifier::Exact), QString());
}

void tst_ClaimText::sources_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("inSentence");
    const QString longTitle = QStringLiteral(
        "Généralisation de l’AMO : l’essentiel du bilan présenté par le chef du gouvernement");
    QTest::addRow("outlet and date") << article(QStringLiteral("x"), QStringLiteral("Hespress"), longTitle,
                                                QStringLiteral("2025-02-17"))
                                     << QStringLiteral("Hespress, 17 févr. 2025")
                                     << QStringLiteral("Hespress");
    QTest::addRow("no outlet: the title, cut")
        << article(QStringLiteral("x"), QString(), longTitle, QString())
        << QStringLiteral("Généralisation de l’AMO : l’essentiel du bilan…")
        << QStringLiteral("« Généralisation de l’AMO : l’essentiel du bilan… »");
    QTest::addRow("nothing: the id") << article(QStringLiteral("x"), QString(), QString(),
                                                QStringLiteral("2025"))
                                     << QStringLiteral("doc, 2025") << QStringLiteral("doc");
}

void tst_ClaimText::sources()
{
    QFETCH(Article, article);
    QFETCH(QString, source);
    QFETCH(QString, inSentence);
    QCOMPARE(ClaimText::source(article), source);
    QCOMPARE(ClaimText::sourceInSentence(article), inSentence);
}

void tst_ClaimText::citation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("expected");
    // The sentence holding the figure, never cut inside "9. 255" nor at "M. Baitas".
    QTest::addRow("plain") << QStringLiteral("Un. Plus de 14 millions de dossiers ont été déposés. Trois.")
                           << QStringLiteral("14 millions")
                           << QStringLiteral(
                                  "« Plus de 14 millions de dossiers ont été déposés. » — Le Matin, "
                                  "Friday, March 21, 2025, §1, https://lematin.ma/x");
    QTest::addRow("9. 255") << QStringLiteral("En avril, une moyenne de 9. 255 demandes par jour. Fin.")
                            << QStringLiteral("9. 255")
                            << QStringLiteral(
                                   "« En avril, une moyenne de 9. 255 demandes par jour. » — Le Matin, "
                                   "Friday, March 21, 2025, §1, https://lematin.ma/x");
}

void tst_ClaimText::citation()
{
    QFETCH(QString, text);
    QFETCH(QString, figure);
    QFETCH(QString, expected);
    Article a = article(text, QStringLiteral("Le Matin"), QStringLiteral("Titre"),
                        QStringLiteral("2025-03-21"), QStringLiteral("https://lematin.ma/x"));
    Claim c = claim(1, ClaimKind::Count, QString());
    c.start = qint32(text.indexOf(figure));
    c.end = c.start + qint32(figure.size());
    c.paragraph = 0;
    a.claims = {c};
    QCOMPARE(ClaimText::quote(a, c), figure);
    QCOMPARE(ClaimText::citation(a, c), expected);
}

namespace {

// One body paragraph; a claim on the first occurrence of `figure` at or after `from`.
std::pair<Article, Claim> paragraphWith(const QString &text, const QString &figure, qsizetype from = 0)
{
    Article a;
    a.text = text;
    a.paragraphs = {Paragraph {0, int(text.size()), ParagraphKind::Body}};
    Claim c;
    c.start = int(text.indexOf(figure, from));
    c.end = c.start + int(figure.size());
    c.paragraph = 0;
    a.claims = {c};
    return {a, c};
}

} // namespace

void tst_ClaimText::shortParagraphQuotedWhole()
{
    const auto [a, c] = paragraphWith(QStringLiteral("Le total atteint\n734.000 dossiers. Fin."),
                                      QStringLiteral("734.000"));
    const ClaimText::Excerpt e = ClaimText::excerpt(a, c);
    QCOMPARE(e.text, QStringLiteral("Le total atteint 734.000 dossiers. Fin."));
    QVERIFY(!e.cut);
    QCOMPARE(e.text.mid(e.start, e.end - e.start), QStringLiteral("734.000"));
}

void tst_ClaimText::longParagraphCutAtSentences()
{
    // 60 sentences of about 50 characters; the figure in the 30th.
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Phrase numéro %1 du paragraphe, sans rien. ").arg(i, 2, 10, QLatin1Char('0'));
    const QString own = QStringLiteral("Le total atteint 734.000 dossiers traités. ");
    const qsizetype at = text.indexOf(QStringLiteral("Phrase numéro 30"));
    text.insert(at, own);
    text = text.trimmed();
    const auto [a, c] = paragraphWith(text, QStringLiteral("734.000"));
    const ClaimText::Excerpt e = ClaimText::excerpt(a, c, 400);
    QVERIFY(e.cut);
    QVERIFY2(e.text.size() <= 400 + 4, qPrintable(e.text));
    QVERIFY2(e.text.size() > 300, qPrintable(e.text));
    QVERIFY(e.text.startsWith(QStringLiteral("… Phrase numéro ")));
    QVERIFY(e.text.endsWith(QStringLiteral(". …")));
    QVERIFY(e.text.contains(own.trimmed()));
    QCOMPARE(e.text.mid(e.start, e.end - e.start), QStringLiteral("734.000"));
    // Sentences on both sides of the figure's.
    QVERIFY(e.text.contains(QStringLiteral("numéro 29")));
    QVERIFY(e.text.contains(QStringLiteral("numéro 30")));
}

void tst_ClaimText::longSentenceCutAtWords()
{
    QString text = QStringLiteral("Au début ");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("mot%1 ").arg(i);
    text += QStringLiteral("soit 12 500 personnes ");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("suite%1 ").arg(i);
    text += QStringLiteral("fin.");
    const auto [a, c] = paragraphWith(text, QStringLiteral("12 500"));
    const ClaimText::Excerpt e = ClaimText::excerpt(a, c, 300);
    QVERIFY(e.text.size() <= 300 + 4);
    QVERIFY(e.text.startsWith(QStringLiteral("… mot")));
    QVERIFY(e.text.endsWith(QStringLiteral(" …")));
    QCOMPARE(e.text.mid(e.start, e.end - e.start), QStringLiteral("12 500"));
    // Cut between words: the first and last words are whole.
    const QStringList words = e.text.split(u' ');
    QVERIFY(words[1].startsWith(QStringLiteral("mot")) && words[1].size() >= 4);
    QVERIFY(words[words.size() - 2].startsWith(QStringLiteral("suite")));
    QVERIFY(text.contains(words[1] + u' ') && text.contains(u' ' + words[words.size() - 2] + u' '));
}

void tst_ClaimText::ocrNote()
{
    Claim typed;
    QCOMPARE(ClaimText::ocrNote(typed), QString());
    Claim sure;
    sure.ocrConfidence = 93.4f;
    QVERIFY(!sure.hasLowOcrConfidence());
    QCOMPARE(ClaimText::ocrNote(sure), QStringLiteral("Read by OCR (93 % confidence)."));
    Claim unsure;
    unsure.ocrConfidence = 61.5f;
    QVERIFY(unsure.hasLowOcrConfidence());
    QVERIFY(ClaimText::ocrNote(unsure).contains(QStringLiteral("check the figure on the page")));
    QVERIFY(ClaimText::ocrNote(unsure).contains(QStringLiteral("62 %")));
}

QTEST_GUILESS_MAIN(tst_ClaimText)
#include "tst_claimtext.moc"
