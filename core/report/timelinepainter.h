// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/timelinedata.h"

#include <QRectF>

class QPainter;
class QPaintDevice;

// Draws a TimelineData with a QPainter, as vectors: the report's charts. (The window draws
// the same data with Qt Charts.) Values on the left with the axis's unit and scale above
// them, dates below (years, or months for a short span), one colour per source, one shape
// per qualifier, a ring in the status colour, a red ring around flagged figures, and the
// legend of the sources under the plot.
namespace TimelinePainter {

// The height the legend takes under the plot for `data` in `width`.
qreal legendHeight(const TimelineData &data);
// Paints into `area` (the plot; the labels go around it, the legend below).
void paint(QPainter *painter, QPaintDevice *device, const QRectF &area, const TimelineData &data);
// The x of `date` and the y of `value` (in drawn units) in `area`.
QPointF position(const QRectF &area, const TimelineData &data, QDate date, double value);

} // namespace TimelinePainter
