// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partialdate.h"

PartialDate PartialDate::fromIso(QStringView iso)
{
    const auto parts = iso.split(u'-');
    if (parts.isEmpty() || parts.size() > 3)
        return {};
    bool ok = false;
    PartialDate d;
    const int y = parts[0].toInt(&ok);
    if (!ok || parts[0].size() != 4 || y < 1000)
        return {};
    d.year = qint16(y);
    if (parts.size() > 1) {
        const int m = parts[1].toInt(&ok);
        if (!ok || m < 1 || m > 12)
            return {};
        d.month = qint8(m);
    }
    if (parts.size() > 2) {
        const int day = parts[2].toInt(&ok);
        if (!ok || !QDate(d.year, d.month, day).isValid())
            return {};
        d.day = qint8(day);
    }
    return d;
}

QString PartialDate::toIso() const
{
    if (isNull())
        return {};
    QString s = QString::number(year).rightJustified(4, u'0');
    if (month)
        s += u'-' + QString::number(month).rightJustified(2, u'0');
    if (month && day)
        s += u'-' + QString::number(day).rightJustified(2, u'0');
    return s;
}

QDate PartialDate::firstDay() const
{
    if (isNull())
        return {};
    return QDate(year, month ? month : 1, day ? day : 1);
}

QDate PartialDate::lastDay() const
{
    if (isNull())
        return {};
    if (day)
        return QDate(year, month, day);
    if (month)
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    return QDate(year, 12, 31);
}

QDate PartialDate::middleDay() const
{
    const QDate first = firstDay();
    return first.isValid() ? first.addDays(first.daysTo(lastDay()) / 2) : QDate();
}

double PartialDate::decimalYear() const
{
    if (isNull())
        return 0;
    const QDate first = firstDay();
    const QDate last = lastDay();
    const QDate jan1(year, 1, 1);
    const double days = QDate(year + 1, 1, 1).toJulianDay() - jan1.toJulianDay();
    // The middle of the interval, counted in days from 1 January (a day's middle is noon).
    const double middle = (first.toJulianDay() + last.toJulianDay() + 1) / 2.0 - jan1.toJulianDay();
    return year + middle / days;
}
