// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/article.h"
#include "text/claimcontext.h"
#include "text/sentencesplitter.h"

#include <QTest>

// Where sentences end, and the sentence a claim is quoted with.
class tst_SentenceSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void citationKeepsNumbersWhole();
};

void tst_SentenceSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");
    auto row = [](const char *text, const QStringList &sentences) {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << sentences;
    };
    row("Une phrase. Une autre.", {QStringLiteral("Une phrase."), QStringLiteral("Une autre.")});
    row("Selon M. Baitas, tout va bien.", {QStringLiteral("Selon M. Baitas, tout va bien.")});
    row("Une moyenne de 9. 255 dossiers par jour, dont 3 millions.",
        {QStringLiteral("Une moyenne de 9. 255 dossiers par jour, dont 3 millions.")});
    row("Il y en a 12. 255 dossiers attendent.", {QStringLiteral("Il y en a 12. 255 dossiers attendent.")});
    // Not a number: the sentence ends.
    row("Il est né en 2015. 200 personnes étaient là.",
        {QStringLiteral("Il est né en 2015."), QStringLiteral("200 personnes étaient là.")});
    row("Le total atteint 12. 2500 personnes attendent.",
        {QStringLiteral("Le total atteint 12."), QStringLiteral("2500 personnes attendent.")});
    row("« Nous continuerons. » Il a conclu.",
        {QStringLiteral("« Nous continuerons. »"), QStringLiteral("Il a conclu.")});
}

void tst_SentenceSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList got;
    for (const TextSpan &s : SentenceSplitter::split(text))
        got << text.mid(s.start, s.end - s.start);
    QCOMPARE(got, sentences);
}

void tst_SentenceSplitter::citationKeepsNumbersWhole()
{
    // The quoted sentence of a later claim never starts inside "9. 255".
    Article a;
    a.text = QStringLiteral("Une moyenne de 9. 255 dossiers par jour, dont 3 millions traités.");
    a.paragraphs = {Paragraph {0, a.text.size(), ParagraphKind::Body}};
    Claim c;
    c.start = int(a.text.indexOf(QStringLiteral("3 millions")));
    c.end = c.start + 10;
    c.paragraph = 0;
    QCOMPARE(ClaimContext::sentence(a, c), a.text);
}

QTEST_GUILESS_MAIN(tst_SentenceSplitter)
#include "tst_sentencesplitter.moc"
