// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/nonclaimspans.h"

#include <QRegularExpression>
#include <QTest>

// Numbers that name a group or select items are found; figures that count are left alone.
class tst_NonClaimSpans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void spans_data();
    void spans();
};

void tst_NonClaimSpans::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_NonClaimSpans::spans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spans"); // "|"-separated
    auto row = [](const char *text, const char *spans) {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << QString::fromUtf8(spans);
    };
    // Category labels.
    row("les jeunes âgés de 15 à 24 ans (27,5%)", "jeunes âgés de 15 à 24 ans");
    row("parmi les jeunes de 15 à 24 ans", "jeunes de 15 à 24 ans");
    row("chez les 25-49 ans (-0,2 point)", "chez les 25-49 ans");
    row("les moins de 14 ans", "les moins de 14 ans");
    row("pour celles de 35 à 44 ans", "celles de 35 à 44 ans");
    row("celles de 50 ans et plus", "celles de 50 ans");
    row("15 ans et plus", "15 ans et plus");
    row("les entreprises de plus de 50 salariés", "entreprises de plus de 50 salariés");
    row("les deux ou trois roues", "deux ou trois roues");
    // A container's size.
    row("la bouteille de 12 kg coûte 50 dirhams", "bouteille de 12 kg");
    row("une bonbonne de gaz butane de 12 kg", "bonbonne de gaz butane de 12 kg");
    row("un bidon de 5 litres d'huile", "bidon de 5 litres");
    // A week's number.
    row("au cours de la semaine 4 de 2025", "semaine 4");
    row("entre les semaines 10 et 11", "semaines 10 et 11");
    // Selections and spans of time.
    row("les deux premières destinations touristiques", "les deux premières");
    row("au cours des trois dernières années", "des trois dernières");
    row("sur les douze mois à fin juin", "sur les douze mois");
    row("entre les deux périodes", "entre les deux périodes");
    row("Ces deux destinations ont affiché", "Ces deux");
    row("parmi les 15 plus grandes destinations mondiales", "les 15 plus grandes");
    row("les dix plus gros marchés", "les dix plus gros");
    row("à partir du six octobre, pendant une année", "six octobre");
    row("le vingt-trois mai", "vingt-trois mai");
    row("10 millions de touristes en dix mois", "en dix mois");
    // Figures that count.
    row("un délai de 3 ans", "");
    row("pendant trois mois, TelQuel a enquêté", "");
    row("les deux centrales utiliseront", "");
    row("ces 12 millions de personnes", "");
    row("5 000 jeunes ont bénéficié", "");
    row("400 cas par semaine", "");
}

void tst_NonClaimSpans::spans()
{
    QFETCH(QString, text);
    QFETCH(QString, spans);
    QStringList got;
    for (const TextSpan &s : NonClaimSpans::labels(text) + NonClaimSpans::selections(text))
        got << text.mid(s.start, s.end - s.start);
    QCOMPARE(got.join(u'|'), spans);
}

QTEST_GUILESS_MAIN(tst_NonClaimSpans)
#include "tst_nonclaimspans.moc"
