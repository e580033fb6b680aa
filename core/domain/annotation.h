// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/claimstatus.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>

// A journalist's verification of one claim, as the project file keeps it. It is anchored to
// the claim by the article's hash and the claim's span, and also by what survives a new
// version of the engine: the quoted figure, the text around it, its paragraph and value.
struct ClaimCorrection
{
    double value = std::nan("");
    double high = std::nan("");
    QString unit;
    PartialDate asOf;
    QString metric;

    bool isEmpty() const
    {
        return std::isnan(value) && std::isnan(high) && unit.isEmpty() && asOf.isNull() && metric.isEmpty();
    }
    // Whether it corrects the figure itself (value, high or unit), not only its date or metric.
    bool correctsFigure() const { return !std::isnan(value) || !std::isnan(high) || !unit.isEmpty(); }
    // The claim's figure as corrected: the value, high and unit given replace the claim's.
    void applyFigure(Claim &c) const
    {
        if (!std::isnan(value))
            c.value = value;
        if (!std::isnan(high))
            c.high = high;
        if (!unit.isEmpty())
            c.unit = unit;
    }
    friend bool operator==(const ClaimCorrection &a, const ClaimCorrection &b)
    {
        auto same = [](double x, double y) {
            return (std::isnan(x) && std::isnan(y)) || x == y;
        };
        return same(a.value, b.value) && same(a.high, b.high) && a.unit == b.unit && a.asOf == b.asOf
            && a.metric == b.metric;
    }
};

// The key of a claim within a project: the article's SHA-256 and the claim's span.
struct ClaimKey
{
    QString article; // sha256 of the article
    qint32 start = 0;
    qint32 end = 0;

    QString toString() const
    {
        return article.left(12) + u'#' + QString::number(start) + u'-' + QString::number(end);
    }
    friend bool operator==(const ClaimKey &, const ClaimKey &) = default;
};

inline size_t qHash(const ClaimKey &k, size_t seed = 0)
{
    return qHash(k.article, seed) ^ qHash(k.start, seed) ^ qHash(k.end, seed << 1);
}

struct Annotation
{
    qint64 id = 0; // row in the project file; 0 until stored
    ClaimKey key;
    QString quote; // the claim's text
    QString before; // up to 40 characters before and after it
    QString after;
    qint32 paragraph = -1;
    double originalValue = std::nan("");
    ClaimStatus status = ClaimStatus::ToCheck;
    QString note;
    QStringList references; // URLs or citations of what the figure was checked against
    ClaimCorrection correction;
    bool manual = false; // a figure the engine missed, added by the journalist
    Claim manualClaim; // its fields, when manual
    QString updatedBy;
    QDateTime updatedAt;
    bool orphaned = false; // no claim matches it any more

    bool isDefault() const
    {
        return status == ClaimStatus::ToCheck && note.isEmpty() && references.isEmpty()
            && correction.isEmpty() && !manual;
    }
};

struct HistoryEntry
{
    QDateTime at;
    QString who;
    QString claim; // ClaimKey::toString()
    QString field;
    QString oldValue;
    QString newValue;
};
