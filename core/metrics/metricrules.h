// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "metrics/metrictaxonomy.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// What the journalist decided about a bilan's metrics (docs/metrics.md, "Owning the taxonomy"):
// metrics merged into others, renamed, given a nature, and claims left out of the comparisons.
//
// A merge is a rule on the measure, not on the claims of the day: "claims whose words give the
// metric `from` join `into`". MetricSet::discover applies the rules after it has grouped the
// claims, so an article added later follows them, and a project's rules saved as a preset
// (toJson(), "bilan.taxonomy/1") apply to another project's claims of the same measures.
// Moving chosen claims to another metric is a claim's correction (ClaimCorrection::metric),
// which follows the claim when a newer engine extracts the project again.
class MetricRules
{
    Q_DECLARE_TR_FUNCTIONS(MetricRules)
public:
    using Nature = MetricTaxonomy::Nature;
    static constexpr QLatin1StringView kSchema {"bilan.taxonomy/1"};

    // The metric `id` becomes once the merges apply (itself when none does).
    QString resolve(const QString &id) const;
    // Every metric whose claims join `id` (its own id first).
    QStringList mergedInto(const QString &id) const;
    // The journalist's name for a metric, or empty.
    QString name(const QString &id) const { return m_names.value(id); }
    const QMap<QString, QString> &names() const { return m_names; }
    const QMap<QString, QString> &merges() const { return m_merges; }
    const QMap<QString, Nature> &natures() const { return m_natures; }
    bool hasNature(const QString &id) const { return m_natures.contains(id); }
    Nature nature(const QString &id, Nature fallback) const { return m_natures.value(id, fallback); }
    // Claims left out of the comparisons (the checks), by claimKey().
    const QSet<QString> &excluded() const { return m_excluded; }
    bool isExcluded(const QString &claimKey) const { return m_excluded.contains(claimKey); }
    bool isEmpty() const;

    // Edits. Each leaves the rules consistent: a merge into a metric that was itself merged goes
    // to where that one went; no rule ever leads back to itself.
    void merge(const QStringList &ids, const QString &into);
    void rename(const QString &id, const QString &name);
    void setNature(const QString &id, std::optional<Nature> nature);
    void setExcluded(const QStringList &claimKeys, bool excluded);
    // Adds the merges, names and natures of `preset` (a preset's decisions win over these).
    void absorb(const MetricRules &preset);
    // An id for a new metric named `name` ("journalist.nouveaux-contrats"), none of `taken`.
    static QString newMetricId(const QString &name, const std::function<bool(const QString &)> &taken);
    // How the rules know a claim: its article's SHA-256 and its span.
    static QString claimKey(const QString &articleSha, int start, int end);

    // `withExcluded`: the project keeps the claims left out; a preset, reused across projects,
    // does not.
    QByteArray toJson(bool withExcluded = true) const;
    // `name` (a file's path) is used in messages.
    static Result<MetricRules> fromJson(const QByteArray &json, const QString &name);
    static Result<MetricRules> load(const QString &path);
    // Writes the rules as a preset (no excluded claims) at `path`, atomically.
    Result<void> savePreset(const QString &path) const;

    friend bool operator==(const MetricRules &, const MetricRules &) = default;

private:
    QMap<QString, QString> m_merges; // from → into, each `into` final
    QMap<QString, QString> m_names;
    QMap<QString, Nature> m_natures;
    QSet<QString> m_excluded;
};
