#pragma once

#include "article.h"

#include <QStringList>

// Scores extracted claims against a hand-annotated gold file (tests/data/gold/*.gold.json,
// tests/data/extraction/*.gold.json; see docs/annotation-guidelines.md). A gold claim is
// found when an extracted claim overlaps its text, has its value and agrees on every field:
// kind, unit, qualifier, as_of and speaker, and is not marked as furniture.
struct GoldScore
{
    int gold = 0;
    int extracted = 0; // non-furniture claims extracted
    int correct = 0;
    QStringList problems;

    double recall() const { return gold ? double(correct) / gold : 1.0; }
    double precision() const { return extracted ? double(correct) / extracted : 1.0; }
};

GoldScore scoreAgainstGold(const Article &article, const QString &goldPath);
