// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/claimindex.h"

#include <array>
#include <cmath>
#include <limits>
#include <vector>

// What the journalist asked to see: free text (case and accents ignored, every word must
// appear in the claim's sentence, source, metric, unit or speaker), facet values, a date and
// a value range, and whether website furniture is shown. The table's filter and
// `bilan-cli` both use it, so that both filter alike.
struct ClaimFilter
{
    QString text;
    std::array<QList<int>, ClaimIndex::FacetCount> facets; // selected ids; empty = any
    int fromDateKey = 0; // PartialDate::sortKey; 0 = open; claims within
    int toDateKey = 0; // [from, to] (a month "to" includes its days)
    double minValue = std::numeric_limits<double>::quiet_NaN();
    double maxValue = std::numeric_limits<double>::quiet_NaN();
    bool showFurniture = false;

    // Claims with one of `statuses` (any status when empty), furniture figures only when
    // `furniture`: the criteria of the exports, the report and `bilan-cli --status`.
    static ClaimFilter ofStatuses(const QList<ClaimStatus> &statuses, bool furniture);

    // Whether one claim passes (the simple form; ClaimFilter::Compiled is the fast one).
    bool matches(const ClaimIndex &index, qsizetype row) const;

    friend bool operator==(const ClaimFilter &a, const ClaimFilter &b)
    {
        auto sameNumber = [](double x, double y) {
            return (std::isnan(x) && std::isnan(y)) || x == y;
        };
        return a.text == b.text && a.facets == b.facets && a.fromDateKey == b.fromDateKey
            && a.toDateKey == b.toDateKey && sameNumber(a.minValue, b.minValue)
            && sameNumber(a.maxValue, b.maxValue) && a.showFurniture == b.showFurniture;
    }

    // The filter prepared for one index: folded words, per-facet lookup tables, and a cache of
    // which words each sentence holds. failures(row) says which criteria a claim fails, so that
    // one pass gives both the rows shown and the counts of each facet value.
    class Compiled
    {
    public:
        enum Criterion : quint32 {
            TextCriterion = 1u << ClaimIndex::FacetCount,
            DateCriterion = TextCriterion << 1,
            ValueCriterion = TextCriterion << 2,
            FurnitureCriterion = TextCriterion << 3,
        };
        static quint32 facetBit(int facet) { return 1u << facet; }

        Compiled(const ClaimFilter &filter, const ClaimIndex &index);
        quint32 failures(qsizetype row);

    private:
        quint32 sentenceWords(quint32 sentence);

        const ClaimFilter &m_filter;
        const ClaimIndex &m_index;
        QStringList m_words;
        quint32 m_allWords = 0;
        std::array<std::vector<char>, ClaimIndex::FacetCount> m_allowed;
        std::array<std::vector<quint32>, ClaimIndex::FacetCount> m_labelWords;
        std::vector<quint32> m_sentenceWords; // bit 31: computed
    };
};
