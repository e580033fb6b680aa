// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/article.h"
#include "text/claimcontext.h"

#include <QTest>

// The sentence a claim is quoted with: the right one of its paragraph, whole, white space
// simplified, never cut inside a figure or after an abbreviation or an ellipsis.
class tst_ClaimContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentence_data();
    void sentence();
    void sentencesAreArticleOffsets();
    void claimOutsideItsParagraphGivesNothing();
    void sentenceWithoutEndIsCutAroundTheFigure();
};

namespace {

// An article of one title paragraph and one body paragraph holding `body`; a claim on `figure`.
std::pair<Article, Claim> articleWith(const QString &body, const QString &figure)
{
    Article a;
    const QString title = QStringLiteral("Un titre sans chiffre");
    a.text = title + QStringLiteral("\n\n") + body;
    a.paragraphs = {Paragraph {0, int(title.size()), ParagraphKind::Heading},
                    Paragraph {int(title.size()) + 2, int(a.text.size()), ParagraphKind::Body}};
    Claim c;
    c.start = int(a.text.indexOf(figure, title.size()));
    c.end = c.start + int(figure.size());
    c.paragraph = 1;
    a.claims = {c};
    return {a, c};
}

} // namespace

void tst_ClaimContext::sentence_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *body, const char *figure, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(body) << QString::fromUtf8(figure)
                            << QString::fromUtf8(expected);
    };
    row("second sentence", "Le ministre a parlé. Plus de 734.000 dossiers ont été traités. Fin.", "734.000",
        "Plus de 734.000 dossiers ont été traités.");
    row("abbreviation", "Selon M. Baitas, 14 millions de dossiers ont été déposés.", "14 millions",
        "Selon M. Baitas, 14 millions de dossiers ont été déposés.");
    row("grouped with a dot and a space", "Une moyenne de 9. 255 dossiers par jour. Le reste suit.", "9. 255",
        "Une moyenne de 9. 255 dossiers par jour.");
    // An ellipsis before a lower-case word is a pause; before a capital or a figure, an end.
    row("ellipsis goes on", "Les chiffres… plutôt 12 000 personnes sont concernées. Puis rien.", "12 000",
        "Les chiffres… plutôt 12 000 personnes sont concernées.");
    row("ellipsis before a figure", "Les chiffres… 12 000 personnes sont concernées. Puis rien.", "12 000",
        "12 000 personnes sont concernées.");
    row("ellipsis ends", "Il hésite... 300 dossiers restent. Voilà.", "300", "300 dossiers restent.");
    row("white space simplified", "Au total,\n 5 000\u00a0 bénéficiaires   inscrits.", "5 000",
        "Au total, 5 000 bénéficiaires inscrits.");
    row("no final stop", "Un dernier chiffre : 42 dossiers", "42", "Un dernier chiffre : 42 dossiers");
    row("quoted speech", "« Nous avons traité 2 millions de demandes. » Il a conclu.", "2 millions",
        "« Nous avons traité 2 millions de demandes. »");
}

void tst_ClaimContext::sentence()
{
    QFETCH(QString, body);
    QFETCH(QString, figure);
    QFETCH(QString, expected);
    const auto [article, claim] = articleWith(body, figure);
    QVERIFY(claim.start > 0);
    QCOMPARE(ClaimContext::sentence(article, claim), expected);
}

void tst_ClaimContext::sentencesAreArticleOffsets()
{
    const auto [article, claim] = articleWith(QStringLiteral("Un. Deux dossiers sur 9. 255 restent. Trois."),
                                              QStringLiteral("9. 255"));
    const QList<TextSpan> spans = ClaimContext::sentences(article, 1);
    QStringList got;
    for (const TextSpan &s : spans)
        got << article.text.mid(s.start, s.end - s.start).trimmed();
    QCOMPARE(got,
             (QStringList {QStringLiteral("Un."), QStringLiteral("Deux dossiers sur 9. 255 restent."),
                           QStringLiteral("Trois.")}));
}

void tst_ClaimContext::claimOutsideItsParagraphGivesNothing()
{
    auto [article, claim] = articleWith(QStringLiteral("Il y a 12 dossiers."), QStringLiteral("12"));
    claim.paragraph = 7;
    QCOMPARE(ClaimContext::sentence(article, claim), QString());
    claim.paragraph = -1;
    QCOMPARE(ClaimContext::sentence(article, claim), QString());
}

// A paragraph of megabytes without a full stop ("1 1 1 …", a table pasted as one line): each
// figure is quoted with the text around it, cut at spaces and marked, never the whole paragraph.
void tst_ClaimContext::sentenceWithoutEndIsCutAroundTheFigure()
{
    const QString before = QStringLiteral("mot ").repeated(3000);
    const QString after = QStringLiteral(" mot").repeated(3000);
    const auto [article, claim]
        = articleWith(before + QStringLiteral("734.000") + after, QStringLiteral("734.000"));
    const QString quoted = ClaimContext::sentence(article, claim);
    QVERIFY2(quoted.size() <= ClaimContext::kMaxChars + 4, qPrintable(QString::number(quoted.size())));
    QVERIFY(quoted.startsWith(QStringLiteral("… mot ")));
    QVERIFY(quoted.endsWith(QStringLiteral(" mot …")));
    QVERIFY(quoted.contains(QStringLiteral(" 734.000 ")));
    // A long sentence that ends: cut only on the side that runs on.
    const auto [ending, figure]
        = articleWith(QStringLiteral("Le total atteint 12 dossiers") + after + u'.', QStringLiteral("12"));
    const QString end = ClaimContext::sentence(ending, figure);
    QVERIFY(end.startsWith(QStringLiteral("Le total atteint 12 dossiers")));
    QVERIFY(end.endsWith(QStringLiteral(" …")));
}

QTEST_APPLESS_MAIN(tst_ClaimContext)
#include "tst_claimcontext.moc"
