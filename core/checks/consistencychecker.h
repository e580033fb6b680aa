// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/finding.h"
#include "metrics/metricset.h"
#include "metrics/metrictaxonomy.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

// Points the journalist at the figures that do not add up, each finding explained in a
// sentence and naming its claims. Only claims with a metric and a readable value take part;
// the checks (docs/metrics.md, "Natures, and how the checks use them"):
//
//  - contradiction: one metric at one date in two articles, values their qualifiers cannot
//    reconcile (within one article they are parts or a change, not a contradiction) ("plus de
//    12 millions" fits 14 millions; "près de 11 millions" fits 11,1 millions; 3,8 millions does
//    not fit 3,6 millions: an exact figure stands for half a unit of its last written digit);
//  - decrease: a cumulative metric that goes down as its date advances;
//  - date_mismatch: one figure given with different dates by different outlets (informative);
//  - ratio: an amount per file (or per beneficiary) an order of magnitude away from the same
//    ratio in the other sources;
//  - repeated: outlets giving the same figures, relaying one source (informative).
namespace ConsistencyChecker {

// `include` (when set) says which claims take part, by (article, claim) index. A claim's metric
// is a key of `taxonomy`, else of `discovered` (MetricSet::discover()). When `stop` turns true
// (another thread: the window closing, or the project changing) the checks give up between two
// metrics and return nothing.
QList<Finding> check(const QList<Article> &articles,
                     const MetricTaxonomy &taxonomy = MetricTaxonomy::bundled(),
                     const std::function<bool(int, int)> &include = {}, const MetricSet *discovered = nullptr,
                     const std::atomic<bool> *stop = nullptr);

// The interval a figure stands for, given its qualifier and the precision it is written with.
struct Interval
{
    double low;
    double high;
    // How much further from zero the figure may be when it was cut short rather than rounded
    // ("3,96 millions" for 3 967 857): only the contradiction check reads it.
    double cut = 0;
};
Interval interval(const Article &article, const Claim &claim);

// Marks each claim named by a finding (Claim::flag): 2 for a flag, 1 for an informative note.
void markFlags(QList<Article> &articles, const QList<Finding> &findings);

// "bilan.findings/1" JSON: {"schema", "findings": [{kind, metric, message, informative,
// claims: [claim ids]}], "unassigned": [claim ids of body claims without a metric]}.
QByteArray toJson(const QList<Article> &articles, const QList<Finding> &findings);

} // namespace ConsistencyChecker

class ConsistencyText
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyText)
};
