// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QColor>
#include <QString>

// How Bilan's charts look, in the window and in the PDF alike: one colour per source, one
// marker shape per qualifier (▲ "plus de"/"au moins", ◆ "près de", ■ "moins de"/"jusqu'à",
// ● exact), a red ring for a flagged figure.
namespace ChartStyle {

enum class Marker { Circle, Triangle, Diamond, Square };

QColor sourceColor(int source);
Marker marker(Qualifier qualifier);
QColor flagColor();
// "▲ more than, ◆ about, ■ less than or up to, ● exact."
QString markerLegend();

} // namespace ChartStyle
