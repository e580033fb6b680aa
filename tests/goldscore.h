// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QStringList>

#include <array>

// Scores extracted claims against a hand-annotated gold file (tests/data/gold/*.gold.json and
// the sets of tests/data; docs/annotation-guidelines.md). Each gold claim names its figure by
// `text` and `occurrence`; it is found by the one extracted body claim whose span starts
// there (or a sign before or after it: "+13,1%" and "13,1%" are one figure) and covers the same
// digits (a unit or currency after them may be in one span and not
// the other, as the claims schema allows) and whose value is the gold value. Matching is one to one: an
// extracted claim answers for one gold figure at most. A found claim is then compared field by field.
struct GoldScore
{
    enum Field { High, Kind, Unit, Qualifier, AsOf, Speaker, FieldCount };

    int gold = 0;
    int extracted = 0; // body (non-furniture) claims the engine gave
    int found = 0; // gold figures found: exact span, same value
    int correct = 0; // found with every field right
    std::array<int, FieldCount> agree {}; // found claims whose field is right
    QStringList problems;

    double recall() const { return gold ? double(found) / gold : 1.0; }
    double precision() const { return extracted ? double(found) / extracted : 1.0; }
    // Found with every field right, over the gold figures.
    double strict() const { return gold ? double(correct) / gold : 1.0; }
    // Of the figures found, the share whose `field` is right.
    double accuracy(Field field) const { return found ? double(agree[field]) / found : 1.0; }
    GoldScore &operator+=(const GoldScore &other);
    static const char *fieldName(Field field);
};

GoldScore scoreAgainstGold(const Article &article, const QString &goldPath);
