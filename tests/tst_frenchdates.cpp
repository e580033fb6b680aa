// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/frenchdates.h"

#include <QTest>

class tst_FrenchDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findAll_data();
    void findAll();
    void parseDateLine_data();
    void parseDateLine();
};

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
