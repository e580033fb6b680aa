// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/consistencychecker.h"

#include <QHash>
#include <QSet>

// What the consistency checks share: the claims that take part (items), grouped by metric,
// and the findings as they are made. Each check is one function over it (metricchecks.cpp,
// ratiocheck.cpp, relaycheck.cpp); ConsistencyChecker::check() runs them in order.
namespace CheckDetail {

using Nature = MetricTaxonomy::Nature;
using Ref = std::pair<int, int>;

// The most other sources a finding names beside the figures it flags (those nearest the value
// they agree on): at 10,000 articles a ratio agreed on by thousands would otherwise name them
// all in each of its findings, and the findings would grow with the square of the claims.
constexpr int kMostOthers = 8;

// A claim that takes part in the checks.
struct Item
{
    int article;
    int claim;
    const Claim *c;
    const MetricTaxonomy::Metric *metric;
    ConsistencyChecker::Interval range;
};

struct Context
{
    const QList<Article> &articles;
    const MetricTaxonomy &taxonomy;
    const MetricSet *discovered;
    QList<Item> items;
    QHash<QString, QList<int>> byMetric; // metric key → items
    QStringList metricKeys; // sorted
    QList<Finding> flags;
    QList<Finding> notes;

    Ref ref(int i) const { return {items[i].article, items[i].claim}; }
    QString label(const QString &key) const
    {
        return discovered && discovered->metric(key) ? discovered->label(key) : taxonomy.label(key);
    }
    // "plus de 14 millions (Hespress, février 2025)".
    QString describe(int i) const;
    // The article's source as a sentence names it (ClaimText::sourceInSentence), read once per
    // article: findings of thousands of claims name their sources; with its file's name when
    // another article is named alike.
    const QString &source(int article) const;
    mutable QHash<int, QString> sources;
};

// a < b in time (-1), a > b (1), or neither containing the other (0): "2025" contains "2025-03".
int compareDates(const PartialDate &a, const PartialDate &b);
// Whether two figures' intervals meet: both can be right.
bool compatible(const ConsistencyChecker::Interval &a, const ConsistencyChecker::Interval &b);
// Whether a figure is written precisely enough (to 1 %) that another giving it copies it:
// "91,33 %", "23.500", "3.669.212"; not "24.000" nor "4 %".
bool precise(const Item &item);

// The checks on one metric's items: contradictions at one date, a running total that goes
// down, one figure with different dates.
void contradictions(Context &context, const QString &key, const QList<int> &group);
void decrease(Context &context, const QString &key, const QList<int> &group);
void dateMismatches(Context &context, const QString &key, const QList<int> &group);
// One precise figure at two dates with a different one between them.
void copies(Context &context, const QString &key, const QList<int> &group);
// Across metrics: an amount per file (or per person) ten times away from the other sources'.
void ratios(Context &context);
// Two figures given together in one sentence by several sources: the ratio of one that no
// other source agrees with (paircheck.cpp).
void pairsGivenTogether(Context &context);
// Outlets relaying one source: the same figures in two articles, one figure in three.
void relays(Context &context);

} // namespace CheckDetail
