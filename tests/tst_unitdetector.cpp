// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/numberreader.h"
#include "extraction/unitdetector.h"

#include <QTest>

// What a figure measures, from the words around it, in the sentence as the extractor gives it.
class tst_UnitDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void nounFromBefore_data();
    void nounFromBefore();
    void subjectNoun_data();
    void subjectNoun();
    void timeUnits();
    void currencyCountries();
};

namespace {

// The unit of the figure `figure` of `sentence`, read as the extractor reads it.
UnitInfo unitOf(const QString &sentence, const QString &figure)
{
    const qsizetype at = sentence.indexOf(figure);
    for (const NumberToken &t : NumberReader::scan(sentence)) {
        if (t.start == at)
            return UnitDetector::detect(t, QStringView(sentence).left(t.start),
                                        QStringView(sentence).mid(t.end));
    }
    qFatal("no number at \"%s\" in \"%s\"", qPrintable(figure), qPrintable(sentence));
}

} // namespace

void tst_UnitDetector::detect_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("per");
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("written");

    auto row = [](const char *name, const char *sentence, const char *figure, const char *unit,
                  const char *per, double factor = 1, const char *written = "") {
        QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(figure)
                            << QString::fromUtf8(unit) << QString::fromUtf8(per) << factor
                            << QString::fromUtf8(written);
    };
    // Counted nouns, with their complement and an adjective left out.
    row("noun", "Plus de 734.000 prises en charge ont été enregistrées.", "734.000", "prises en charge", "");
    row("noun after scale", "Le pays a accueilli 14,5 millions de touristes en 2024.", "14,5 millions",
        "touristes", "");
    row("per day", "Une moyenne de 1 500 dossiers par jour est traitée.", "1 500", "dossiers", "jour");
    // A present participle after more than one is no noun; a plural noun in -ants is.
    row("participle in -ant", "Ce nombre a été de 3451.5 mille enregistrant ainsi une hausse.",
        "3451.5 mille", "", "");
    row("noun in -ants", "La ville compte 300 000 habitants.", "300 000", "habitants", "");
    // The noun in lower case, unless it is an acronym or a name in quotation marks.
    row("demonym", "Ils sont 18,3 millions de Marocains à utiliser internet.", "18,3 millions", "marocains",
        "");
    row("acronym", "Le régime compte 1,2 million de TNS inscrits.", "1,2 million", "TNS", "");
    row("quoted name", "Les 7 «Sages» ont validé la liste.", "7", "Sages", "");
    // Currencies: every way of writing the dirham is MAD.
    row("dirhams", "Le budget atteint 9,5 milliards de dirhams par an.", "9,5 milliards", "MAD", "an");
    row("dhs", "Un loyer de 3 000 dhs par mois.", "3 000", "MAD", "mois");
    row("DH glued scale", "Un montant de 17 MMDH est prévu.", "17 MMDH", "MAD", "");
    row("euro sign", "Les recettes s'élèvent à 120 millions €.", "120 millions", "EUR", "");
    row("percent", "Le taux de chômage atteint 13 %.", "13 %", "%", "");
    row("pour cent", "Une hausse de 12 pour cent sur un an.", "12 pour cent", "%", "");
    // Physical units: a canonical symbol, the factor to it, the unit as written.
    row("Mm3", "Les réserves atteignent 1.482 Mm³ ce lundi.", "1.482", "m3", "", 1e6, "Mm³");
    row("GW", "Une capacité de 4 GW est installée.", "4", "MW", "", 1000, "GW");
    row("hectares", "Le projet couvre 2 500 hectares de cultures.", "2 500", "ha", "", 1, "hectares");
    row("tonnes written T", "Les débarquements ont atteint 5.083 T.", "5.083", "t", "", 1, "T");
    row("millions of tonnes written MT", "Les importations ont atteint 19,4 MT.", "19,4", "t", "", 1e6, "MT");
    // Dinars: written with their country, or as its press abbreviates them.
    row("DT", "Le prix est de 1 200 DT.", "1 200", "TND", "");
    row("DA", "Le kilo coûte 45 DA.", "45", "DZD", "");
    row("dinars alone, until the article says whose", "Un budget de 2 milliards de dinars.", "2 milliards",
        "dinars", "");
    // A denominator belongs to the rate before it, not to a new figure.
    row("denominator", "Un taux de 5,2 décès pour 100.000 habitants.", "5,2", "décès", "100.000 habitants");
}

void tst_UnitDetector::detect()
{
    QFETCH(QString, sentence);
    QFETCH(QString, figure);
    QFETCH(QString, unit);
    QFETCH(QString, per);
    QFETCH(double, factor);
    QFETCH(QString, written);
    const UnitInfo info = unitOf(sentence, figure);
    QCOMPARE(info.unit, unit);
    QCOMPARE(info.per, per);
    QCOMPARE(info.factor, factor); // exact: factors are powers of ten
    QCOMPARE(info.written, written);
}

void tst_UnitDetector::nounFromBefore_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("noun");
    QTest::newRow("nombre de") << QStringLiteral("le nombre d'inscrits a dépassé ")
                               << QStringLiteral("inscrits");
    QTest::newRow("nothing counted") << QStringLiteral("il a dit que c'était ") << QString();
    QTest::newRow("elided preposition alone") << QStringLiteral("à hauteur d'") << QString();
    QTest::newRow("taux des") << QStringLiteral("le taux des abonnements internet s'établit à ")
                              << QStringLiteral("abonnements");
    QTest::newRow("taux de is a rate")
        << QStringLiteral("un taux de réussite de 85,5%, en hausse de ") << QString();
}

void tst_UnitDetector::subjectNoun_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("noun");
    QTest::newRow("plural subject, level verb")
        << QStringLiteral("Les abonnements fixes s'établissent à plus de ") << QStringLiteral("abonnements");
    QTest::newRow("atteignent") << QStringLiteral("Ces recettes atteignent ") << QStringLiteral("recettes");
    QTest::newRow("with its complement")
        << QStringLiteral("Les abonnements à la téléphonie mobile atteignent ")
        << QStringLiteral("abonnements");
    QTest::newRow("not at the sentence's start")
        << QStringLiteral("Selon l'agence, les abonnements fixes s'établissent à ") << QString();
    QTest::newRow("another verb") << QStringLiteral("Les abonnements fixes ont baissé de ") << QString();
}

void tst_UnitDetector::subjectNoun()
{
    QFETCH(QString, before);
    QFETCH(QString, noun);
    QCOMPARE(UnitDetector::subjectNoun(before), noun);
}

void tst_UnitDetector::nounFromBefore()
{
    QFETCH(QString, before);
    QFETCH(QString, noun);
    QCOMPARE(UnitDetector::nounFromBefore(before), noun);
}

void tst_UnitDetector::timeUnits()
{
    QVERIFY(UnitDetector::isTimeUnit(u"jours"));
    QVERIFY(UnitDetector::isTimeUnit(u"ans"));
    QVERIFY(UnitDetector::isTimeUnit(u"mois"));
    QVERIFY(!UnitDetector::isTimeUnit(u"dossiers"));
    QVERIFY(!UnitDetector::isTimeUnit(u"touristes"));
}

// A currency of one country names it; one several share names none.
void tst_UnitDetector::currencyCountries()
{
    QCOMPARE(UnitDetector::currencyCountry(u"MAD"), QStringLiteral("Maroc"));
    QCOMPARE(UnitDetector::currencyCountry(u"DZD"), QStringLiteral("Algérie"));
    QCOMPARE(UnitDetector::currencyCountry(u"EUR"), QString());
    QCOMPARE(UnitDetector::currencyCountry(u"XOF"), QString());
    QCOMPARE(UnitDetector::currencyCountry(u"dinars"), QString());
}

QTEST_APPLESS_MAIN(tst_UnitDetector)
#include "tst_unitdetector.moc"
