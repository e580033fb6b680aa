// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/claimstatus.h"
#include "domain/partialdate.h"
#include "index/claimselection.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

#include <limits>

class ProjectDocument;

// A metric over time, ready to draw: what the window's timeline and the PDF report's charts
// both draw, so that both show the same thing. Built once from a document and the claims of
// one group (a metric, or a kind and unit while no metric is assigned): one series per
// source, each point a claim with the period its date covers (a year is the whole year, not
// 1 January), its value, qualifier, status and flag; the axes' ranges; and the unit and
// scale the value axis is labelled with ("millions de dossiers").
struct TimelineData
{
    struct Series
    {
        QString source;
        QColor color;
    };
    struct Point
    {
        int series = 0;
        int article = -1;
        int claim = -1;
        PartialDate date;
        QDate from; // the first and last day the date covers
        QDate to;
        double value = 0; // base units
        double high = std::numeric_limits<double>::quiet_NaN(); // a range's high end
        Qualifier qualifier = Qualifier::Exact;
        ClaimStatus status = ClaimStatus::ToCheck;
        int flag = 0; // 0 none, 1 an informative note, 2 a flag
        bool selected = false;
        bool corrected = false; // the value or date is the journalist's correction
        double original = 0; // the article's value

        // The middle of the period, where a point is drawn.
        QDate middle() const { return from.addDays(from.daysTo(to) / 2); }
    };

    QString title; // the metric's label, or the unit
    QString valueLabel; // the value axis: its scale and unit, "millions de dossiers", "%"
    double scale = 1; // values are drawn divided by it (1e3, 1e6, 1e9)
    QString scaleWord; // "millions", empty for 1
    QList<Series> series;
    QList<Point> points; // dated, readable claims, at most the limit given to build()
    int undated = 0; // claims of the group without a date: not drawn
    int omitted = 0; // dated claims beyond the limit
    QDate from; // the time axis, padded around the points: the first day of a month (or a year)
    QDate to; // the first day of the month (or year) after the last one shown
    int tickMonths = 12; // months between two time ticks; from..to is a whole number of them
    double minValue = 0; // the value axis, in drawn units (divided by scale)
    double maxValue = 1;
    double step = 1; // between two value ticks
    bool years = true; // ticks by year (a long span) or by month

    bool isEmpty() const { return points.isEmpty(); }
    // The time ticks: from, from + tickMonths, ... to.
    int tickCount() const;
    // The value axis of a group: its scale and unit, "millions de dossiers", "thousands of MAD".
    static QString valueLabelOf(const QString &scaleWord, const Claim &claim, const QString &title);

    // The group a claim's timeline shows: its metric, else its kind, unit and "per".
    static QString groupKey(const Claim &claim);
    // What the group is called: the metric's label, else "Amounts in dirhams", "Percentages",
    // "Figures in “dossiers”".
    static QString groupLabel(const ProjectDocument &doc, const Claim &claim);
    // The claims of `doc` in the group of (article, claim), furniture left out except that claim.
    static ClaimSelection groupOf(const ProjectDocument &doc, int article, int claim);
    // The timeline of `claims` (one group), `selected` (article, claim) marked when among them.
    // A claim the journalist corrected is drawn at its corrected value and date.
    static TimelineData build(const ProjectDocument &doc, const ClaimSelection &claims,
                              std::pair<int, int> selected = {-1, -1}, int maxPoints = 2000);
};
