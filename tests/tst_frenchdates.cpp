// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/frenchdates.h"

#include <QRegularExpression>
#include <QTest>

class tst_FrenchDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void findAll_data();
    void findAll();
    void periods_data();
    void periods();
    void relative_data();
    void relative();
    void parseDateLine_data();
    void parseDateLine();
};

void tst_FrenchDates::init()
{
    // A pattern that does not compile only warns at run time: make that a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_FrenchDates::findAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("matched"); // the first date's text, empty for none
    QTest::addColumn<QString>("iso");

    QTest::addRow("weekday day month year")
        << QStringLiteral("vendredi 21 mars 2025") << QString() << QStringLiteral("vendredi 21 mars 2025")
        << QStringLiteral("2025-03-21");
    QTest::addRow("1er") << QStringLiteral("depuis le 1er décembre 2022,") << QString()
                         << QStringLiteral("1er décembre 2022") << QStringLiteral("2022-12-01");
    QTest::addRow("month year") << QStringLiteral("jusqu’à fin mars 2025") << QString()
                                << QStringLiteral("fin mars 2025") << QStringLiteral("2025-03");
    QTest::addRow("numeric with spaces") << QStringLiteral("le 17 - 02 - 2025") << QString()
                                         << QStringLiteral("17 - 02 - 2025") << QStringLiteral("2025-02-17");
    QTest::addRow("numeric dashes") << QStringLiteral("17-02-2025") << QString()
                                    << QStringLiteral("17-02-2025") << QStringLiteral("2025-02-17");
    QTest::addRow("slashes") << QStringLiteral("le 03/04/2024.") << QString() << QStringLiteral("03/04/2024")
                             << QStringLiteral("2024-04-03");
    QTest::addRow("iso") << QStringLiteral("2025-02-17T10:00") << QString() << QStringLiteral("2025-02-17")
                         << QStringLiteral("2025-02-17");
    QTest::addRow("month alone after en")
        << QStringLiteral("En avril, plus de 4 millions") << QStringLiteral("2025-06-12")
        << QStringLiteral("avril") << QStringLiteral("2025-04");
    QTest::addRow("month alone after the reference month")
        << QStringLiteral("à fin novembre") << QStringLiteral("2025-02-17") << QStringLiteral("fin novembre")
        << QStringLiteral("2024-11");
    QTest::addRow("month dernier") << QStringLiteral("janvier dernier") << QStringLiteral("2025-02-17")
                                   << QStringLiteral("janvier") << QStringLiteral("2025-01");
    QTest::addRow("abbreviation") << QStringLiteral("12 fév. 2024") << QString()
                                  << QStringLiteral("12 fév. 2024") << QStringLiteral("2024-02-12");
    QTest::addRow("accentless") << QStringLiteral("5 fevrier 2024") << QString()
                                << QStringLiteral("5 fevrier 2024") << QStringLiteral("2024-02-05");
    QTest::addRow("sept is seven") << QStringLiteral("sept millions de personnes")
                                   << QStringLiteral("2025-01-01") << QString() << QString();
    QTest::addRow("de sept") << QStringLiteral("de sept agences") << QStringLiteral("2025-01-01") << QString()
                             << QString();
    QTest::addRow("month inside a word")
        << QStringLiteral("les maires et Damascus") << QString() << QString() << QString();
    QTest::addRow("version number is not a date")
        << QStringLiteral("la version 1.2.2024") << QString() << QString() << QString();
    QTest::addRow("thousands are not a date")
        << QStringLiteral("1.200.000 dirhams") << QString() << QString() << QString();
    QTest::addRow("invalid day") << QStringLiteral("31-02-2025") << QString() << QString() << QString();
}

void tst_FrenchDates::findAll()
{
    QFETCH(QString, text);
    QFETCH(QString, reference);
    QFETCH(QString, matched);
    QFETCH(QString, iso);
    const auto dates = FrenchDates::findAll(text, PartialDate::fromIso(reference));
    if (matched.isEmpty()) {
        QVERIFY2(dates.isEmpty(),
                 qPrintable(dates.isEmpty() ? QString()
                                            : text.mid(dates[0].start, dates[0].end - dates[0].start)));
        return;
    }
    QVERIFY(!dates.isEmpty());
    QCOMPARE(text.mid(dates[0].start, dates[0].end - dates[0].start), matched);
    QCOMPARE(dates[0].date.toIso(), iso);
}

void tst_FrenchDates::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("matched"); // the first date's text, empty for none
    QTest::addColumn<QString>("iso"); // its date: a span's end
    QTest::addColumn<QString>("rangeStart"); // a span's start, else empty
    auto row = [](const char *name, const char *text, const char *reference, const char *matched,
                  const char *iso, const char *rangeStart) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << QString::fromLatin1(reference)
                                  << QString::fromUtf8(matched) << QString::fromLatin1(iso)
                                  << QString::fromLatin1(rangeStart);
    };
    // Quarters and half-years end with their last month.
    row("quarter with year", "au deuxième trimestre 2018, le taux", "", "deuxième trimestre 2018", "2018-06",
        "");
    row("quarter de l'année", "au troisième trimestre de l'année 2017", "",
        "troisième trimestre de l'année 2017", "2017-09", "");
    row("quarter ordinal digits", "au 3ème trimestre 2018", "", "3ème trimestre 2018", "2018-09", "");
    row("quarter without year", "au premier trimestre, il", "2018-08-14", "premier trimestre", "2018-03", "");
    row("quarter not begun by the reference", "au quatrième trimestre", "2018-02", "quatrième trimestre",
        "2017-12", "");
    row("quarter of the same year", "en 2017 et pour le premier trimestre de la même année", "",
        "premier trimestre de la même année", "2017-03", "");
    row("quarter code", "les résultats du T1 2024 sont", "", "T1 2024", "2024-03", "");
    row("quarter written short", "taux du chômage au 2eT 2017", "", "2eT 2017", "2017-06", "");
    row("quarter written short, spaced", "au 1er S 2024", "", "1er S 2024", "2024-06", "");
    row("half-year", "durant le premier semestre 2018", "", "premier semestre 2018", "2018-06", "");
    row("second half", "au second semestre de l'année en cours", "2019-11",
        "second semestre de l'année en cours", "2019-12", "");
    row("two quarters", "entre le premier et le deuxième trimestre 2018", "",
        "premier et le deuxième trimestre 2018", "2018-06", "2018-03");
    // The first months of a year, and month ranges, end with their last month.
    row("first months", "durant les dix premiers mois de 2016", "", "dix premiers mois de 2016", "2016-10",
        "");
    row("first months of this year", "durant les six premiers mois de l’année en cours", "2018-08",
        "six premiers mois de l’année en cours", "2018-06", "");
    // (Not a season's: it starts in a month the words do not say.)
    row("first months of a season", "au cours des quatre premiers mois de la campagne, la Tunisie", "2024-04",
        "", "", "");
    row("month range with a dash", "durant la période janvier-octobre 2018", "", "janvier-octobre 2018",
        "2018-10", "2018-01");
    row("month range entre", "entre janvier et mai 2024", "", "janvier et mai 2024", "2024-05", "2024-01");
    row("month range across two years", "(novembre 2023-mai 2024) par rapport", "", "novembre 2023-mai 2024",
        "2024-05", "2023-11");
    row("month range entre les mois", "entre les mois d'octobre et de novembre 2020", "",
        "octobre et de novembre 2020", "2020-11", "2020-10");
    row("month range de à", "de janvier à novembre", "2018-12-03", "janvier à novembre", "2018-11",
        "2018-01");
    row("month range of this year", "la période janvier-octobre de cette année", "2018-12",
        "janvier-octobre de cette année", "2018-10", "2018-01");
    row("two months are not a range", "en janvier et en mai 2024", "2024-06", "janvier", "2024-01", "");
    row("day range", "du 16 au 22 mars 2024", "", "16 au 22 mars 2024", "2024-03-22", "2024-03-16");
    row("day range across two months", "du 31 mars au 6 avril 2025", "2025-04", "31 mars au 6 avril 2025",
        "2025-04-06", "2025-03-31");
    row("day range across two years", "du 28 décembre au 3 janvier 2025", "2025-01",
        "28 décembre au 3 janvier 2025", "2025-01-03", "2024-12-28");
    row("mois de", "le mois de juin a connu", "2018-12", "juin", "2018-06", "");
    // The edges of a year, ISO months and spans of years.
    row("fin year", "à fin 2024, le parc", "", "fin 2024", "2024-12", "");
    row("début year", "début 2023", "", "début 2023", "2023-01", "");
    row("the term of a year", "Au terme de l'exercice 2024, 63.783 familles", "", "terme de l'exercice 2024",
        "2024-12", "");
    row("the end of a year", "à l'issue de l'année 2023, les écoles", "", "issue de l'année 2023", "2023-12",
        "");
    row("mi-year", "à la mi-2022", "", "mi-2022", "2022-06", "");
    row("iso month", " date 2017-12 Les chiffres", "", "2017-12", "2017-12", "");
    row("span of years", "la stratégie 2017-2026", "", "2017-2026", "2026", "2017");
    row("span with a slash", "la campagne 2020/2021", "", "2020/2021", "2021", "2020");
    row("entre two years", "passé entre 2022 et 2023 de", "", "entre 2022 et 2023", "2023", "2022");
    // Not periods.
    row("a count of months", "un délai de six mois", "2018-08", "", "", "");
    row("a backwards span", "les numéros 2026-2017", "", "", "", "");
    row("thousands", "1.200-1.500 dirhams", "", "", "", "");
}

void tst_FrenchDates::periods()
{
    QFETCH(QString, text);
    QFETCH(QString, reference);
    QFETCH(QString, matched);
    QFETCH(QString, iso);
    QFETCH(QString, rangeStart);
    const auto dates = FrenchDates::findAll(text, PartialDate::fromIso(reference));
    if (matched.isEmpty()) {
        QVERIFY2(dates.isEmpty(),
                 qPrintable(dates.isEmpty() ? QString()
                                            : text.mid(dates[0].start, dates[0].end - dates[0].start)));
        return;
    }
    QVERIFY(!dates.isEmpty());
    QCOMPARE(text.mid(dates[0].start, dates[0].end - dates[0].start), matched);
    QCOMPARE(dates[0].date.toIso(), iso);
    QCOMPARE(dates[0].rangeStart.toIso(), rangeStart);
}

void tst_FrenchDates::relative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("anchor"); // the date of the figure it is compared with
    QTest::addColumn<QString>("period"); // the period named before it
    QTest::addColumn<QString>("matched");
    QTest::addColumn<QString>("iso"); // resolved against the anchor
    auto row = [](const char *name, const char *text, const char *anchor, const char *period,
                  const char *matched, const char *iso) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << QString::fromLatin1(anchor)
                                  << QString::fromLatin1(period) << QString::fromUtf8(matched)
                                  << QString::fromLatin1(iso);
    };
    row("un an auparavant", "contre 99,2% un an auparavant", "2024-03", "", "un an auparavant", "2023-03");
    row("une année auparavant keeps the precision", "contre 64,2 milliards une année auparavant", "2017", "",
        "une année auparavant", "2016");
    row("l'année précédente", "par rapport à l’année précédente, où", "2023-08", "", "l’année précédente",
        "2022-08");
    row("même période de l'année écoulée", "durant la même période de l’année écoulée", "2018-06", "2018-06",
        "la même période de l’année écoulée", "2017-06");
    row("même période takes the period's month", "à la même période de 2017", "2018-08", "2018-06",
        "la même période de 2017", "2017-06");
    row("même période un an plus tôt", "par rapport à la même période un an plus tôt", "2018-10", "",
        "la même période un an plus tôt", "2017-10");
    row("même date l'année dernière", "à la même date l'année dernière", "2018-03-21", "",
        "à la même date l'année dernière", "2017-03-21");
    row("trois jours plus tôt", "contre 51 trois jours plus tôt", "2018-03-21", "", "trois jours plus tôt",
        "2018-03-18");
    row("days on a month", "contre 51 trois jours plus tôt", "2018-03", "", "trois jours plus tôt",
        "2018-03");
    row("trimestre précédent", "comme au trimestre précédent", "2018-06", "", "au trimestre précédent",
        "2018-03");
    row("celui de", "entre le deuxième trimestre de 2016 et celui de 2017", "2016-06", "2016-06",
        "celui de 2017", "2017-06");
    row("l'an passé", "contre 64,2 milliards l'an passé", "2017-12", "", "l'an passé", "2016-12");
    row("no anchor and no year", "un an plus tôt", "", "", "un an plus tôt", "");
}

void tst_FrenchDates::relative()
{
    QFETCH(QString, text);
    QFETCH(QString, anchor);
    QFETCH(QString, period);
    QFETCH(QString, matched);
    QFETCH(QString, iso);
    const auto dates = FrenchDates::findAll(text, PartialDate {});
    const auto it = std::find_if(dates.cbegin(), dates.cend(),
                                 [](const FrenchDates::DateMatch &d) { return d.relative.active; });
    QVERIFY(it != dates.cend());
    QCOMPARE(text.mid(it->start, it->end - it->start), matched);
    QCOMPARE(FrenchDates::resolve(it->relative, PartialDate::fromIso(anchor), PartialDate::fromIso(period))
                 .toIso(),
             iso);
}

void tst_FrenchDates::parseDateLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("iso");
    QTest::addRow("weekday") << QStringLiteral("vendredi 21 mars 2025") << QStringLiteral("2025-03-21");
    QTest::addRow("publié le") << QStringLiteral("Publié le 12 juin 2025 à 10h30")
                               << QStringLiteral("2025-06-12");
    QTest::addRow("le numeric") << QStringLiteral("le 17 - 02 - 2025") << QStringLiteral("2025-02-17");
    QTest::addRow("published on") << QStringLiteral("Published on 3 avril 2025")
                                  << QStringLiteral("2025-04-03");
    QTest::addRow("mis à jour") << QStringLiteral("Mis à jour le 04/05/2025 à 18:02")
                                << QStringLiteral("2025-05-04");
    QTest::addRow("sentence with a date")
        << QStringLiteral("Le 12 juin 2025, le ministre a annoncé") << QString();
    QTest::addRow("no year") << QStringLiteral("12 juin") << QString();
    QTest::addRow("not a date") << QStringLiteral("Published on") << QString();
}

void tst_FrenchDates::parseDateLine()
{
    QFETCH(QString, line);
    QFETCH(QString, iso);
    QCOMPARE(FrenchDates::parseDateLine(line).toIso(), iso);
}

QTEST_GUILESS_MAIN(tst_FrenchDates)
#include "tst_frenchdates.moc"
