// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"

#include <QString>

#include <cmath>
#include <limits>

// One numeric claim of an article, as shared/claims-schema.md defines it. Offsets are UTF-16
// indexes into Article::text (CodePointMap converts them for JSON). Strings that repeat across
// claims (units, speakers, metrics) are interned by the extractor, so a claim costs about
// 150 bytes beside the article text.

enum class ClaimKind : quint8 { Count, Money, Percent, Duration, Ratio, Other };
enum class Qualifier : quint8 { Exact, MoreThan, AtLeast, About, LessThan, AtMost, UpTo };

QString claimKindName(ClaimKind kind);
QString qualifierName(Qualifier qualifier);
ClaimKind claimKindFromName(QStringView name, bool *ok = nullptr);
Qualifier qualifierFromName(QStringView name, bool *ok = nullptr);

struct Claim
{
    qint32 start = 0;
    qint32 end = 0;
    qint32 paragraph = -1;
    qint32 changeOf = -1; // the later claim of an evolution: the earlier claim's start, else -1
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN: unreadable
    double high = std::numeric_limits<double>::quiet_NaN(); // NaN: not a range
    ClaimKind kind = ClaimKind::Other;
    Qualifier qualifier = Qualifier::Exact;
    bool boilerplate = false;
    bool manual = false; // added by a journalist, not found by the engine
    quint8 flag = 0; // set by the consistency checks: 1 informative note, 2 flag
    PartialDate asOf;
    PartialDate since; // "depuis le 1er décembre 2022": when the count started
    QString unit;
    QString writtenUnit; // the unit as written when it differs from `unit`: "Mm³", "hectares"
    QString per; // "jour" in "9 255 dossiers par jour"
    QString speaker;
    QString metric;
    // Claims read from a PDF: the 1-based page (0 otherwise) and the figure's box on it in PDF
    // points, origin at the top left; for a scanned page, the OCR confidence (0-100, else -1).
    qint16 page = 0;
    float ocrConfidence = -1;
    struct Box
    {
        float x = 0, y = 0, width = 0, height = 0;
    } box;

    // Below this OCR confidence a figure is marked for checking.
    static constexpr float kLowOcrConfidence = 80;
    bool hasLowOcrConfidence() const { return ocrConfidence >= 0 && ocrConfidence < kLowOcrConfidence; }

    bool isReadable() const { return !std::isnan(value); }
    bool isRange() const { return !std::isnan(high); }
};
// Its members move by their bytes: a list of claims grows by realloc (a page of percentages holds
// a quarter of a million).
Q_DECLARE_TYPEINFO(Claim, Q_RELOCATABLE_TYPE);
