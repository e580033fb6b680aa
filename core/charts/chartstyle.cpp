// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstyle.h"

#include <QCoreApplication>

QColor ChartStyle::sourceColor(int source)
{
    static const QColor colors[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                                    QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf)};
    return colors[qMax(0, source) % 8];
}

ChartStyle::Marker ChartStyle::marker(Qualifier q)
{
    switch (q) {
    case Qualifier::MoreThan:
    case Qualifier::AtLeast:
        return Marker::Triangle;
    case Qualifier::About:
        return Marker::Diamond;
    case Qualifier::LessThan:
    case Qualifier::AtMost:
    case Qualifier::UpTo:
        return Marker::Square;
    case Qualifier::Exact:
        break;
    }
    return Marker::Circle;
}

QColor ChartStyle::flagColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QString ChartStyle::markerLegend()
{
    return QCoreApplication::translate("ChartStyle", "▲ more than, ◆ about, ■ less than or up to, ● exact.");
}
