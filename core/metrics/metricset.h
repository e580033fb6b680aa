// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "metrics/metrictaxonomy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

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
        QList<std::pair<int, int>> claims; // (article, claim), in order
    };

    MetricSet() = default;
    // Groups the claims of `articles` and sets each one's metric to its metric's id (claims
    // added by hand with a metric keep it; furniture, unreadable figures and figures whose
    // measure cannot be read keep none).
    static MetricSet discover(QList<Article> &articles,
                              const MetricTaxonomy &presets = MetricTaxonomy::bundled());

    const QList<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &id) const;
    // The metric as the consistency checks see it: key, label, nature, unit.
    const MetricTaxonomy::Metric *checkable(const QString &id) const;
    // A metric's readable name; a preset's label for a preset key; else the id.
    QString label(const QString &id) const;

    // The "metrics" list of the CLI's JSON: [{id, label, unit, nature, preset}], each with its
    // claims' ids when `claimIds` is set.
    void writeJson(JsonWriter &w, const QList<Article> &articles, bool claimIds = false) const;

private:
    QList<Metric> m_metrics;
    QList<MetricTaxonomy::Metric> m_checkable;
    QHash<QString, int> m_index;
    const MetricTaxonomy *m_presets = nullptr;
};
