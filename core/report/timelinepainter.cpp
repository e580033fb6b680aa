// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/timelinepainter.h"

#include "charts/chartstyle.h"
#include "display/frenchformat.h"
#include "report/reportstyle_p.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace ReportStyle;

namespace {

constexpr qreal kLegendRow = 12;

QPainterPath markerPath(ChartStyle::Marker marker, QPointF c, qreal r)
{
    QPainterPath shape;
    switch (marker) {
    case ChartStyle::Marker::Triangle:
        shape.moveTo(c.x(), c.y() - r - 0.8);
        shape.lineTo(c.x() + r, c.y() + r * 0.8);
        shape.lineTo(c.x() - r, c.y() + r * 0.8);
        shape.closeSubpath();
        break;
    case ChartStyle::Marker::Diamond:
        shape.moveTo(c.x(), c.y() - r - 0.6);
        shape.lineTo(c.x() + r + 0.6, c.y());
        shape.lineTo(c.x(), c.y() + r + 0.6);
        shape.lineTo(c.x() - r - 0.6, c.y());
        shape.closeSubpath();
        break;
    case ChartStyle::Marker::Square:
        shape.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case ChartStyle::Marker::Circle:
        shape.addEllipse(c, r, r);
        break;
    }
    return shape;
}

void drawGrid(QPainter *p, QPaintDevice *device, const QRectF &area, const TimelineData &data)
{
    const QFont small = font(7.5);
    p->setFont(small);
    for (double v = data.minValue; v <= data.maxValue + data.step / 2; v += data.step) {
        const QPointF at = TimelinePainter::position(area, data, data.from, v);
        p->setPen(QPen(kRule, 0.4));
        p->drawLine(QPointF(area.left(), at.y()), QPointF(area.right(), at.y()));
        p->setPen(kMuted);
        p->drawText(QRectF(area.left() - 52, at.y() - 6, 48, 12), Qt::AlignRight | Qt::AlignVCenter,
                    FrenchFormat::number(v, 2));
    }
    // Years, or the first of a month for a short span, as far apart as the data says.
    const QLocale french(QLocale::French, QLocale::France);
    const int stepMonths = qMax(1, data.tickMonths);
    for (QDate tick = data.from; tick.isValid() && tick <= data.to; tick = tick.addMonths(stepMonths)) {
        const QPointF at = TimelinePainter::position(area, data, tick, data.minValue);
        p->setPen(QPen(kRule, 0.4));
        p->drawLine(at, QPointF(at.x(), area.top()));
        p->setPen(kMuted);
        const QString label
            = data.years ? QString::number(tick.year()) : french.toString(tick, QStringLiteral("MMM yyyy"));
        p->drawText(QRectF(at.x() - 24, area.bottom() + 2, 48, 12), Qt::AlignCenter, label);
    }
    p->setPen(QPen(kMuted, 0.8));
    p->drawLine(area.bottomLeft(), area.bottomRight());
    p->drawLine(area.bottomLeft(), area.topLeft());
    p->setPen(kMuted);
    p->drawText(QRectF(area.left(), area.top() - 14, area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small, device).elidedText(data.valueLabel, Qt::ElideRight, area.width()));
}

void drawPoints(QPainter *p, const QRectF &area, const TimelineData &data)
{
    for (const TimelineData::Point &pt : data.points) {
        const QPointF c = TimelinePainter::position(area, data, pt.middle(), pt.value / data.scale);
        // A month or a year is a period: a bar across it, the marker in its middle.
        if (pt.from < pt.to) {
            QColor bar = data.series[pt.series].color;
            bar.setAlphaF(0.45);
            p->setPen(QPen(bar, 2.4, Qt::SolidLine, Qt::FlatCap));
            p->drawLine(TimelinePainter::position(area, data, pt.from, pt.value / data.scale),
                        TimelinePainter::position(area, data, pt.to.addDays(1), pt.value / data.scale));
        }
        if (pt.flag >= 2) {
            p->setPen(QPen(ChartStyle::flagColor(), 1.2));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(c, 8.5, 8.5);
        }
        if (pt.status != ClaimStatus::ToCheck) {
            p->setPen(QPen(ClaimStatusText::color(pt.status), 1.4));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(c, 6.5, 6.5);
        }
        p->setPen(QPen(Qt::white, 0.6));
        p->setBrush(data.series[pt.series].color);
        p->drawPath(markerPath(ChartStyle::marker(pt.qualifier), c, 3.6));
    }
}

void drawLegend(QPainter *p, QPaintDevice *device, const QRectF &area, const TimelineData &data)
{
    const QFont small = font(7.5);
    p->setFont(small);
    qreal y = area.bottom() + 18;
    for (int s = 0; s < data.series.size(); ++s) {
        const qreal x = area.left() + (s % 2) * (area.width() / 2);
        if (s > 0 && s % 2 == 0)
            y += kLegendRow;
        p->setPen(Qt::NoPen);
        p->setBrush(data.series[s].color);
        p->drawEllipse(QPointF(x + 4, y + 6), 3.2, 3.2);
        p->setPen(kInk);
        p->drawText(QRectF(x + 12, y, area.width() / 2 - 16, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(small, device)
                        .elidedText(data.series[s].source, Qt::ElideRight, area.width() / 2 - 16));
    }
}

} // namespace

qreal TimelinePainter::legendHeight(const TimelineData &data)
{
    return kLegendRow * ((data.series.size() + 1) / 2);
}

QPointF TimelinePainter::position(const QRectF &area, const TimelineData &data, QDate date, double value)
{
    const double days = qMax<qint64>(1, data.from.daysTo(data.to));
    const double x = area.left() + data.from.daysTo(date) / days * area.width();
    const double span = data.maxValue - data.minValue;
    const double y = area.bottom() - (value - data.minValue) / (span > 0 ? span : 1) * area.height();
    return {x, y};
}

void TimelinePainter::paint(QPainter *painter, QPaintDevice *device, const QRectF &area,
                            const TimelineData &data)
{
    if (!painter || data.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    drawGrid(painter, device, area, data);
    drawPoints(painter, area, data);
    drawLegend(painter, device, area, data);
    painter->restore();
}
