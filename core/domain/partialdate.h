// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// A date as precise as a text allows: a year, a month of a year, or a day.
// "en 2021" -> 2021, "fin mars 2025" -> 2025-03, "le 17 février 2025" -> 2025-02-17.
struct PartialDate
{
    qint16 year = 0; // 0: no date at all
    qint8 month = 0; // 0: the whole year
    qint8 day = 0; // 0: the whole month

    bool isNull() const { return year == 0; }
    bool hasMonth() const { return month != 0; }
    bool hasDay() const { return day != 0; }

    static PartialDate fromDate(QDate d)
    {
        return d.isValid() ? PartialDate {qint16(d.year()), qint8(d.month()), qint8(d.day())}
                           : PartialDate {};
    }
    // "2025", "2025-03" or "2025-03-21"; a null date for anything else.
    static PartialDate fromIso(QStringView iso);
    QString toIso() const;
    // A partial date is an interval: "2024" is the whole year, never 1 January. The first and
    // last day it covers, and its middle, for ranges, filters and timelines.
    QDate firstDay() const;
    QDate lastDay() const;
    QDate middleDay() const;
    // The middle of the interval as a year with its fraction ("2024" → 2024.5,
    // "2024-03" → about 2024.2): where a timeline draws the date.
    double decimalYear() const;
    // A sortable key: earlier dates first, a month before its days.
    int sortKey() const { return year * 10000 + month * 100 + day; }

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
};
