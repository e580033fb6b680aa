// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timelinedata.h"

#include "charts/chartstyle.h"
#include "display/claimtext.h"
#include "metrics/metricset.h"
#include "project/projectdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(TimelineData)
};

// A step of 1, 2, 2.5 or 5 times a power of ten giving about `ticks` intervals up to `top`.
double niceStep(double top, int ticks)
{
    if (top <= 0)
        return 1;
    const double raw = top / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

} // namespace

int TimelineData::tickCount() const
{
    if (!from.isValid() || !to.isValid() || tickMonths <= 0)
        return 2;
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    return months / tickMonths + 1;
}

QString TimelineData::valueLabelOf(const QString &scaleWord, const Claim &claim, const QString &title)
{
    // The canonical unit ("dossiers", "MAD", "m³", "%"): the written one may carry a scale
    // of its own ("Mm³").
    const QString unit = claim.unit;
    QString label;
    if (unit.isEmpty())
        label = scaleWord.isEmpty() ? title : scaleWord;
    else if (scaleWord.isEmpty())
        label = unit;
    else
        label = Words::tr("%1 of %2", "a value axis: \"millions of dossiers\"").arg(scaleWord, unit);
    // French elides "de" before a vowel or a mute h: "millions d'habitants".
    static const QRegularExpression elision(QStringLiteral("\\bde ([aeiouyàâéèêëîïôûüh])"),
                                            QRegularExpression::CaseInsensitiveOption);
    label.replace(elision, QStringLiteral("d’\\1"));
    if (!claim.per.isEmpty())
        label += QStringLiteral(" / ") + claim.per;
    return label;
}

QString TimelineData::groupKey(const Claim &c)
{
    if (!c.metric.isEmpty())
        return QStringLiteral("metric:") + c.metric;
    return QStringLiteral("unit:%1/%2/%3").arg(claimKindName(c.kind), c.unit, c.per);
}

QString TimelineData::groupLabel(const ProjectDocument &doc, const Claim &c)
{
    QString label;
    if (!c.metric.isEmpty())
        return doc.metricLabel(c.metric);
    if (c.unit == u"MAD")
        label = Words::tr("Amounts in dirhams");
    else if (c.unit == u"%")
        label = Words::tr("Percentages");
    else if (c.unit.isEmpty())
        label = Words::tr("Other figures");
    else
        label = Words::tr("Figures in “%1”").arg(c.unit);
    if (!c.per.isEmpty())
        label += QStringLiteral(" / ") + c.per;
    return label;
}

ClaimSelection TimelineData::groupOf(const ProjectDocument &doc, int article, int claim)
{
    ClaimSelection out;
    const ClaimIndex &index = doc.index();
    const qsizetype selected = index.rowOf(article, claim);
    if (selected < 0)
        return out;
    const QString key = groupKey(index.claim(selected));
    for (qsizetype r = 0; r < index.size(); ++r) {
        if ((index.isFurniture(r) && r != selected) || groupKey(index.claim(r)) != key)
            continue;
        out.claims.append({index.articleIndex(r), index.claimIndex(r)});
    }
    return out;
}

namespace {

// The values the points span, for the value axis.
struct Extent
{
    double largest = 0;
    double smallest = 0;
};

// The dated, readable claims of the selection as points, one series per source; the
// journalist's correction, where there is one, gives the value and date drawn.
Extent addPoints(TimelineData &data, const ProjectDocument &doc, const ClaimSelection &claims,
                 std::pair<int, int> selected, int maxPoints)
{
    Extent extent;
    const ClaimIndex &index = doc.index();
    const MetricSet &metrics = doc.metrics();
    QHash<QString, int> seriesOf;
    for (const auto &[a, c] : claims.claims) {
        const qsizetype row = index.rowOf(a, c);
        if (row < 0)
            continue;
        // The claim as the table shows it (its metric corrected), from the index.
        const Claim &claim = index.claim(row);
        if (data.title.isEmpty())
            data.title = TimelineData::groupLabel(doc, claim);
        const ClaimCorrection correction = doc.annotation(doc.keyOf(a, c)).correction;
        const bool valueCorrected = !std::isnan(correction.value);
        double value = valueCorrected ? correction.value : claim.value;
        double high = valueCorrected ? correction.high : claim.high;
        // A change its words call a fall, written without its sign ("en baisse de 7,41 %"), is
        // drawn below zero: a series of changes rises and falls as the text says.
        if (value > 0 && metrics.falls(a, c)) {
            const double low = value;
            value = std::isnan(high) ? -low : -high;
            high = std::isnan(high) ? high : -low;
        }
        const PartialDate asOf = correction.asOf.isNull() ? claim.asOf : correction.asOf;
        if (!claim.isReadable() && !valueCorrected)
            continue;
        if (asOf.isNull()) {
            ++data.undated;
            continue;
        }
        if (data.points.size() >= maxPoints) {
            ++data.omitted;
            continue;
        }
        const QString source = ClaimText::source(index.article(row));
        auto s = seriesOf.constFind(source);
        if (s == seriesOf.constEnd()) {
            s = seriesOf.insert(source, int(data.series.size()));
            data.series.append({source, ChartStyle::sourceColor(int(data.series.size()))});
        }
        TimelineData::Point p;
        p.series = *s;
        p.article = a;
        p.claim = c;
        p.date = asOf;
        p.from = asOf.firstDay();
        p.to = asOf.lastDay();
        p.value = value;
        p.high = high;
        p.corrected = valueCorrected || !correction.asOf.isNull();
        p.original = claim.value;
        p.qualifier = claim.qualifier;
        p.status = index.status(row);
        p.flag = index.flag(row);
        p.selected = a == selected.first && c == selected.second;
        extent.largest = qMax(extent.largest, std::isnan(high) ? value : high);
        extent.smallest = qMin(extent.smallest, value);
        data.points.append(p);
    }
    return extent;
}

// The scale ("millions") and the values from zero (or below, for negative figures) to a round
// number above the largest.
void setValueAxis(TimelineData &data, const Extent &extent, const Claim &sample)
{
    const double magnitude = qMax(std::abs(extent.largest), std::abs(extent.smallest));
    data.scale = magnitude >= 1e9 ? 1e9 : magnitude >= 1e6 ? 1e6 : magnitude >= 1e4 ? 1e3 : 1;
    data.scaleWord = data.scale == 1e9 ? Words::tr("billions")
        : data.scale == 1e6            ? Words::tr("millions")
        : data.scale == 1e3            ? Words::tr("thousands")
                                       : QString();
    data.valueLabel = TimelineData::valueLabelOf(data.scaleWord, sample, data.title);
    const double top = extent.largest / data.scale;
    const double bottom = extent.smallest / data.scale;
    data.step = niceStep(qMax(top - qMin(bottom, 0.0), 1e-9), 4);
    // (A step above a largest value that falls on a tick: its marker is drawn whole, not cut by
    // the plot's top edge.)
    data.maxValue = top > 0 ? (std::floor(top / data.step + 1e-9) + 1) * data.step : data.step;
    data.minValue = bottom < 0 ? std::floor(bottom / data.step) * data.step : 0;
    if (data.maxValue <= data.minValue)
        data.maxValue = data.minValue + data.step;
}

// Time: the periods the points cover, padded by an eighth of the span on each side, from the
// first day of a month (or a year) to the first day of another, a whole number of ticks apart:
// years for a long span, months (1, 2, 3 or 6) for a short one.
void setTimeAxis(TimelineData &data)
{
    QDate first = data.points.first().from;
    QDate last = data.points.first().to;
    for (const TimelineData::Point &p : std::as_const(data.points)) {
        first = qMin(first, p.from);
        last = qMax(last, p.to);
    }
    const qint64 span = qMax<qint64>(first.daysTo(last), 60);
    const QDate padFrom = first.addDays(-qMax<qint64>(span / 8, 10));
    const QDate padTo = last.addDays(qMax<qint64>(span / 8, 10));
    data.years = span > 700;
    constexpr int kMaxTicks = 7;
    if (data.years) {
        const int years = padTo.year() - padFrom.year() + 1;
        int step = 1;
        for (int s : {1, 2, 5, 10, 20, 50, 100}) {
            step = s;
            if ((years + s - 1) / s <= kMaxTicks - 1)
                break;
        }
        const int startYear = padFrom.year() - ((padFrom.year() % step) + step) % step;
        const int intervals = (padTo.year() + 1 - startYear + step - 1) / step;
        data.from = QDate(startYear, 1, 1);
        data.to = QDate(startYear + intervals * step, 1, 1);
        data.tickMonths = 12 * step;
    } else {
        const QDate start(padFrom.year(), padFrom.month(), 1);
        const int months = (padTo.year() - start.year()) * 12 + padTo.month() - start.month() + 1;
        int step = 1;
        for (int s : {1, 2, 3, 6, 12}) {
            step = s;
            if ((months + s - 1) / s <= kMaxTicks - 1)
                break;
        }
        data.from = start;
        data.to = start.addMonths((months + step - 1) / step * step);
        data.tickMonths = step;
    }
}

} // namespace

TimelineData TimelineData::build(const ProjectDocument &doc, const ClaimSelection &claims,
                                 std::pair<int, int> selected, int maxPoints)
{
    TimelineData data;
    const Extent extent = addPoints(data, doc, claims, selected, maxPoints);
    if (data.points.isEmpty())
        return data;
    const ClaimIndex &index = doc.index();
    setValueAxis(data, extent,
                 index.claim(index.rowOf(data.points.first().article, data.points.first().claim)));
    setTimeAxis(data);
    return data;
}
