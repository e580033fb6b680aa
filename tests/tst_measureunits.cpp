// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/measureunits.h"

#include <QTest>

// Physical units read after a number, with their canonical symbol and factor.
class tst_MeasureUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void at_data();
    void at();
};

void tst_MeasureUnits::at_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: no unit
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("written");
    auto row = [](const char *text, const char *canonical, double factor, const char *written) {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << QString::fromUtf8(canonical) << factor
                                  << QString::fromUtf8(written);
    };
    row(" Mm³ d'eau", "m3", 1e6, "Mm³");
    row(" hm3", "m3", 1e6, "hm3");
    row(" m3 (18,6%)", "m3", 1, "m3");
    row(" mètres cubes", "m3", 1, "mètres cubes");
    row(" km²", "km2", 1, "km²");
    row(" hectares dotée", "ha", 1, "hectares");
    row(" tonnes", "t", 1, "tonnes");
    row(" quintaux", "quintaux", 1, "quintaux");
    row(" MW, située", "MW", 1, "MW");
    row(" MWc", "MW", 1, "MWc");
    row(" mégawatts (MW)", "MW", 1, "mégawatts");
    row(" mégawats en 2020", "MW", 1, "mégawats");
    row(" GW", "MW", 1000, "GW");
    row(" gigawatts", "MW", 1000, "gigawatts");
    row(" GWh", "GWh", 1, "GWh");
    row(" TWh", "GWh", 1000, "TWh");
    row(" MWh", "GWh", 0.001, "MWh");
    row(" kWh", "kWh", 1, "kWh");
    row(" mm de pluie", "mm", 1, "mm");
    row(" °C", "°C", 1, "°C");
    row(" km de routes", "km", 1, "km");
    row(" litres", "litres", 1, "litres");
    // Not units.
    row(" touristes", "", 1, "");
    row(" MDH", "", 1, "");
    row(" tarifs", "", 1, "");
    row(" hausse", "", 1, "");
    row(" Mme Dupont", "", 1, "");
}

void tst_MeasureUnits::at()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(double, factor);
    QFETCH(QString, written);
    const MeasureUnit unit = MeasureUnits::at(text, 0);
    QCOMPARE(unit.canonical, canonical);
    if (canonical.isEmpty())
        return;
    QCOMPARE(unit.factor, factor);
    QCOMPARE(unit.written, written);
    QCOMPARE(text.left(unit.end).trimmed(), written);
}

QTEST_GUILESS_MAIN(tst_MeasureUnits)
#include "tst_measureunits.moc"
