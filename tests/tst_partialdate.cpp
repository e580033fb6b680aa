// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partialdate.h"

#include <QTest>

// A partial date is an interval: a year is the whole year, a month the whole month.
class tst_PartialDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iso_data();
    void iso();
    void interval_data();
    void interval();
};

void tst_PartialDate::iso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso"); // empty: not a date
    QTest::addRow("year") << QStringLiteral("2024") << QStringLiteral("2024");
    QTest::addRow("month") << QStringLiteral("2024-03") << QStringLiteral("2024-03");
    QTest::addRow("day") << QStringLiteral("2024-02-29") << QStringLiteral("2024-02-29");
    QTest::addRow("no 29 February") << QStringLiteral("2023-02-29") << QString();
    QTest::addRow("month 13") << QStringLiteral("2024-13") << QString();
    QTest::addRow("two-digit year") << QStringLiteral("24") << QString();
    QTest::addRow("words") << QStringLiteral("mars 2024") << QString();
}

void tst_PartialDate::iso()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(PartialDate::fromIso(text).toIso(), iso);
}

void tst_PartialDate::interval_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("middle");
    QTest::addColumn<double>("decimal");
    QTest::addRow("a year is the whole year")
        << QStringLiteral("2024") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QDate(2024, 7, 1) << 2024.5;
    QTest::addRow("a month") << QStringLiteral("2025-02") << QDate(2025, 2, 1) << QDate(2025, 2, 28)
                             << QDate(2025, 2, 14) << 2025.0 + (31 + 14.0) / 365;
    QTest::addRow("a day") << QStringLiteral("2025-03-21") << QDate(2025, 3, 21) << QDate(2025, 3, 21)
                           << QDate(2025, 3, 21) << 2025.0 + (31 + 28 + 20.5) / 365;
    QTest::addRow("no date") << QString() << QDate() << QDate() << QDate() << 0.0;
}

void tst_PartialDate::interval()
{
    QFETCH(QString, iso);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, middle);
    QFETCH(double, decimal);
    const PartialDate d = PartialDate::fromIso(iso);
    QCOMPARE(d.firstDay(), first);
    QCOMPARE(d.lastDay(), last);
    QCOMPARE(d.middleDay(), middle);
    QVERIFY2(
        std::abs(d.decimalYear() - decimal) < 1e-9,
        qPrintable(QString::number(d.decimalYear(), 'f', 6) + u" ≠ " + QString::number(decimal, 'f', 6)));
}

QTEST_GUILESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"
