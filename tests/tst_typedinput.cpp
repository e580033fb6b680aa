// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/typedinput.h"

#include <QTest>

#include <cmath>

// What a journalist types in a form, read as Bilan reads articles.
class tst_TypedInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void value_data();
    void value();
    void date_data();
    void date();
    void webAddress_data();
    void webAddress();
    void kindOfUnit();
    void selection();
};

void tst_TypedInput::value_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // NaN: not a value
    QTest::addRow("millions") << QStringLiteral("3,6 millions") << 3.6e6;
    QTest::addRow("with its noun") << QStringLiteral("3,6 millions de bénéficiaires") << 3.6e6;
    QTest::addRow("grouped") << QStringLiteral("734.000") << 734000.0;
    QTest::addRow("spaces") << QStringLiteral("11 100 000") << 11.1e6;
    QTest::addRow("percent") << QStringLiteral("12,5 %") << 12.5;
    QTest::addRow("words") << QStringLiteral("quatre millions") << 4e6;
    QTest::addRow("empty") << QString() << std::nan("");
    QTest::addRow("no number") << QStringLiteral("beaucoup") << std::nan("");
    QTest::addRow("text first") << QStringLiteral("environ 12") << std::nan("");
}

void tst_TypedInput::value()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const double got = TypedInput::value(text);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(got), qPrintable(QString::number(got)));
    else
        QCOMPARE(got, expected);
}

void tst_TypedInput::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addRow("iso day") << QStringLiteral("2025-03-21") << QStringLiteral("2025-03-21");
    QTest::addRow("iso month") << QStringLiteral("2025-03") << QStringLiteral("2025-03");
    QTest::addRow("french day") << QStringLiteral("21 mars 2025") << QStringLiteral("2025-03-21");
    QTest::addRow("french month") << QStringLiteral("mars 2025") << QStringLiteral("2025-03");
    QTest::addRow("end of a month") << QStringLiteral("fin mars 2025") << QStringLiteral("2025-03");
    QTest::addRow("a year") << QStringLiteral("2024") << QStringLiteral("2024");
    QTest::addRow("a month without its year") << QStringLiteral("mars") << QString();
    QTest::addRow("not a year") << QStringLiteral("12") << QString();
    QTest::addRow("nonsense") << QStringLiteral("bientôt") << QString();
}

void tst_TypedInput::date()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(TypedInput::date(text).toIso(), iso);
}

void tst_TypedInput::webAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addRow("https") << QStringLiteral("https://www.hespress.com/amo-123.html") << true;
    QTest::addRow("http") << QStringLiteral(" http://le360.ma/x ") << true;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("no host") << QStringLiteral("https://") << false;
    QTest::addRow("words") << QStringLiteral("le site de la CNSS") << false;
}

void tst_TypedInput::webAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(TypedInput::isWebAddress(text), ok);
}

void tst_TypedInput::kindOfUnit()
{
    QCOMPARE(TypedInput::kindOfUnit(QStringLiteral("%")), ClaimKind::Percent);
    QCOMPARE(TypedInput::kindOfUnit(QStringLiteral("MAD")), ClaimKind::Money);
    QCOMPARE(TypedInput::kindOfUnit(QStringLiteral("EUR")), ClaimKind::Money);
    QCOMPARE(TypedInput::kindOfUnit(QStringLiteral("bénéficiaires")), ClaimKind::Count);
    QCOMPARE(TypedInput::kindOfUnit(QStringLiteral("TNS")), ClaimKind::Count); // capitals, yet no currency
    QCOMPARE(TypedInput::kindOfUnit(QString()), ClaimKind::Count);
}

void tst_TypedInput::selection()
{
    TypedInput::Reading r = TypedInput::readSelection(u"plus de 12 %");
    QCOMPARE(r.value, 12.0);
    QCOMPARE(r.unit, QStringLiteral("%"));
    r = TypedInput::readSelection(u"9,5 milliards de dirhams");
    QCOMPARE(r.value, 9.5e9);
    QCOMPARE(r.unit, QStringLiteral("MAD"));
    r = TypedInput::readSelection(u"17 MMDH");
    QCOMPARE(r.value, 17e9);
    QCOMPARE(r.unit, QStringLiteral("MAD"));
    r = TypedInput::readSelection(u"3,5 millions de bénéficiaires");
    QCOMPARE(r.value, 3.5e6);
    QCOMPARE(r.unit, QStringLiteral("bénéficiaires"));
    r = TypedInput::readSelection(u"beaucoup");
    QVERIFY(std::isnan(r.value));
    QCOMPARE(r.unit, QString());
}

QTEST_GUILESS_MAIN(tst_TypedInput)
#include "tst_typedinput.moc"
