// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "metrics/metricrules.h"
#include "metrics/metrictaxonomy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class JsonWriter;

// The metrics of a bilan, discovered across all its articles (docs/metrics.md, "Discovered
// metrics"): claims whose measures (MeasureReader) agree — same owner, same measured noun,
// same event, scope, period and unit — make one metric; a part, an increment, a target, a rate
// per period or a change never joins a total. The taxonomy of data/metrics.json is a preset:
// a claim it recognises (MetricAssigner) as the whole of one of its metrics joins that metric,
// which keeps its key, name and nature.
//
// Ids are built from the measure ("marrakech.nuitee.cumul"), so the same input gives the same
// ids whatever the order of the articles.
class MetricSet
{
    Q_DECLARE_TR_FUNCTIONS(MetricSet)
public:
    using Nature = MetricTaxonomy::Nature;
    struct Metric
    {
        QString id;
        QString label;
        QString unit;
        Nature nature = Nature::Stock;
        QString preset; // the preset metric's key when one matched
        bool named = false; // the journalist named it (MetricRules)
        QList<std::pair<int, int>> claims; // (article, claim), in order
        // The metric each claim's own words gave, before the journalist's merges: an index into
        // `discovered` per claim (same order as `claims`); -1 for a claim the journalist put
        // here by hand (a correction) or added.
        QStringList discovered;
        QList<int> sources;
    };

    MetricSet() = default;
    // The metric the journalist gave a claim (article, claim), whatever its words say.
    using Pins = QHash<std::pair<int, int>, QString>;
    // Groups the claims of `articles` and sets each one's metric to its metric's id (claims
    // added by hand with a metric keep it; furniture, unreadable figures and figures whose
    // measure cannot be read keep none). Then the journalist's decisions apply: `pins` put
    // claims in the metric given, `rules` merge, name and give natures to metrics.
    static MetricSet discover(QList<Article> &articles,
                              const MetricTaxonomy &presets = MetricTaxonomy::bundled(),
                              const MetricRules &rules = {}, const Pins &pins = {});
    // The same grouping under other decisions of the journalist, for the same articles and claims
    // (what discover() read of each claim is kept: a rename or a merge does not read the
    // sentences again).
    MetricSet regroup(QList<Article> &articles, const MetricRules &rules, const Pins &pins) const;

    const QList<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &id) const;
    // The metric the own words of a claim of `metric` give (before the journalist's merges);
    // empty for a claim the journalist put there by hand.
    QString discoveredId(const QString &metric, int article, int claim) const;
    // Whether a claim's own words say its change, written without a sign, is a fall: "en baisse
    // de 7,41 %", "les ventes ont reculé de 12,85 %". Its value stays as written; the timeline
    // draws it below zero. (A fall counted in units, "un recul de 64.000 emplois", is a metric of
    // its own, its "decrease".)
    bool falls(int article, int claim) const;
    // The metric as the consistency checks see it: key, label, nature, unit.
    const MetricTaxonomy::Metric *checkable(const QString &id) const;
    // A metric's readable name; a preset's label for a preset key; else the id.
    QString label(const QString &id) const;

    // The "metrics" list of the CLI's JSON: [{id, label, unit, nature, preset}], each with its
    // claims' ids when `claimIds` is set.
    void writeJson(JsonWriter &w, const QList<Article> &articles, bool claimIds = false) const;

private:
    struct Reading;
    static MetricSet group(QList<Article> &articles, std::shared_ptr<const Reading> reading,
                           const MetricRules &rules, const Pins &pins);

    std::shared_ptr<const Reading> m_reading;
    QList<Metric> m_metrics;
    QList<MetricTaxonomy::Metric> m_checkable;
    QHash<QString, int> m_index;
    const MetricTaxonomy *m_presets = nullptr;
};
