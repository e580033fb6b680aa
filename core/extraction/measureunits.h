// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Physical units and their canonical symbol (docs/annotation-guidelines.md, "kind and unit"):
// "1.482 Mm³", "1,482 milliard de m3" and "1 482 millions de mètres cubes" are all 1482000000
// "m3"; "1,2 GW" is 1200 "MW"; "3 TWh" is 3000 "GWh"; "4 500 hectares" is "ha". The value of
// the figure is multiplied by `factor`; the unit as written is kept beside the canonical one.
struct MeasureUnit
{
    QString canonical; // "m3", "km2", "ha", "t", "quintaux", "MW", "GWh", "kWh", "mm", "km", "°C", "litres"
    double factor = 1; // from the written unit to the canonical one
    QString written; // as the text writes it: "Mm³", "mégawatts"
    qsizetype end = 0; // past the written unit
};

namespace MeasureUnits {

// The unit that starts at `i` of `text` (a number's scale word may come before it, and
// "de" or "d'" right before it: "millions de mètres cubes"); `canonical` empty when none.
MeasureUnit at(QStringView text, qsizetype i);

} // namespace MeasureUnits
