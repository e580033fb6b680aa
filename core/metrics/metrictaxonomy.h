// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "text/textutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The metric taxonomy of data/metrics.json (documented in docs/metrics.md): schemes (whose
// figure: AMO Tadamon, TNS, …), measures (what is counted: beneficiaries, files submitted, MAD
// paid, …) and metrics, the useful scheme × measure pairs, each with its nature over time.
// Patterns are folded (lower case, no accents) and matched on whole words.
class MetricTaxonomy
{
    Q_DECLARE_TR_FUNCTIONS(MetricTaxonomy)
public:
    // Rate: a share, a level in % or a rate per period (a discovered metric's nature; a preset
    // may give it too).
    enum class Nature { Stock, Cumulative, AnnualFlow, OneOff, Rate };
    // "stock", "running_total", "flow", "one_off", "rate": the names of the CLI's JSON.
    static QString natureName(Nature nature);
    // The nature of a name of the CLI's JSON or of data/metrics.json ("cumulative", "annual_flow").
    static std::optional<Nature> natureNamed(const QString &name);
    // "Stock", "Running total", …: the nature as the window names it (translated).
    static QString natureText(Nature nature);
    enum class Role { AmoScheme, OtherScheme, Generic };

    struct Scheme
    {
        QString key, fr, en;
        Role role = Role::Generic;
        QStringList patterns;
    };
    struct Measure
    {
        QString key, fr, en;
        Nature nature = Nature::Stock;
        QStringList units; // folded
        QStringList patterns;
    };
    struct Metric
    {
        QString key, scheme, measure, fr, en;
        Nature nature = Nature::Stock;
        QString unit;
    };
    // A pattern found in a list of folded words: its owner (scheme or measure index) and the
    // words it covers.
    struct Match
    {
        int owner = -1;
        qsizetype firstWord = 0;
        qsizetype lastWord = 0; // inclusive
    };

    MetricTaxonomy() = default;
    // `name` is used in messages (the file's path).
    static Result<MetricTaxonomy> fromJson(const QByteArray &json, const QString &name);
    static Result<MetricTaxonomy> load(const QString &path);
    // The taxonomy compiled into the binaries (data/metrics.json).
    static const MetricTaxonomy &bundled();

    const QList<Scheme> &schemes() const { return m_schemes; }
    const QList<Measure> &measures() const { return m_measures; }
    const QList<Metric> &metrics() const { return m_metrics; }
    const Metric *metric(const QString &key) const;
    int schemeIndex(const QString &key) const { return m_schemeIndex.value(key, -1); }
    // The label in the interface's language (French when the default locale is French).
    QString label(const QString &metricKey) const;

    // Scheme (or measure) patterns among `words` (folded), longest first where they overlap.
    QList<Match> findSchemes(const QList<QStringView> &words) const { return find(m_schemePatterns, words); }
    QList<Match> findMeasures(const QList<QStringView> &words) const
    {
        return find(m_measurePatterns, words);
    }
    // The same on words read by FoldedWords (their hashes spare hashing them again).
    QList<Match> findSchemes(const FoldedWords &words) const { return find(m_schemePatterns, words); }
    QList<Match> findMeasures(const FoldedWords &words) const { return find(m_measurePatterns, words); }
    QList<Match> findSchemes(const QStringList &words) const
    {
        return find(m_schemePatterns, QList<QStringView>(words.begin(), words.end()));
    }

private:
    struct Pattern
    {
        QStringList words;
        int owner;
    };
    // Patterns by their first word; the word set is the extractor's allocation-free hash.
    struct PatternIndex
    {
        FoldedWordSet firstWords; // word → index into groups
        QList<QList<Pattern>> groups;
        void add(const QStringList &words, int owner);
    };
    static QList<Match> find(const PatternIndex &index, const QList<QStringView> &words);
    static QList<Match> find(const PatternIndex &index, const FoldedWords &words);
    // `word(i)`: the i-th folded word; `group(i)`: its index in index.groups, or -1.
    template<typename Word, typename Group>
    static QList<Match> findIn(const PatternIndex &index, qsizetype count, Word word, Group group);
    static QStringList patternWords(const QString &pattern);

    QList<Scheme> m_schemes;
    QList<Measure> m_measures;
    QList<Metric> m_metrics;
    QHash<QString, int> m_schemeIndex;
    QHash<QString, int> m_metricIndex;
    PatternIndex m_schemePatterns;
    PatternIndex m_measurePatterns;
};
