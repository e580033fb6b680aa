// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/claimfilter.h"

#include "text/textutil.h"

namespace {
constexpr quint32 kComputed = 1u << 31;
constexpr int kMaxWords = 30;
} // namespace

ClaimFilter ClaimFilter::ofStatuses(const QList<ClaimStatus> &statuses, bool furniture)
{
    ClaimFilter filter;
    // The status facet's ids are the statuses themselves (ClaimIndex lists them in order).
    for (ClaimStatus s : statuses)
        filter.facets[ClaimIndex::StatusFacet].append(int(s));
    filter.showFurniture = furniture;
    return filter;
}

bool ClaimFilter::matches(const ClaimIndex &index, qsizetype row) const
{
    return Compiled(*this, index).failures(row) == 0;
}

ClaimFilter::Compiled::Compiled(const ClaimFilter &filter, const ClaimIndex &index)
    : m_filter(filter)
    , m_index(index)
{
    for (const QString &w : TextUtil::fold(filter.text).split(u' ', Qt::SkipEmptyParts)) {
        if (m_words.size() < kMaxWords && !m_words.contains(w))
            m_words.append(w);
    }
    m_allWords = m_words.isEmpty() ? 0 : quint32((1ull << m_words.size()) - 1);
    for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
        const QStringList &values = index.facetValues(ClaimIndex::Facet(f));
        if (!filter.facets[f].isEmpty()) {
            m_allowed[f].assign(size_t(values.size()), 0);
            for (int id : filter.facets[f]) {
                if (id >= 0 && id < values.size())
                    m_allowed[f][size_t(id)] = 1;
            }
        }
        // Labels that the free text may match: metric, unit, speaker. Not the source: an
        // article's title would make every claim of the article match a word of its headline
        // (the Source filter picks an article).
        if (!m_words.isEmpty()
            && (f == ClaimIndex::MetricFacet || f == ClaimIndex::UnitFacet
                || f == ClaimIndex::SpeakerFacet)) {
            m_labelWords[f].resize(size_t(values.size()));
            for (int id = 0; id < values.size(); ++id) {
                const QString label = TextUtil::fold(values[id]);
                quint32 mask = 0;
                for (int w = 0; w < m_words.size(); ++w) {
                    if (label.contains(m_words[w]))
                        mask |= 1u << w;
                }
                m_labelWords[f][size_t(id)] = mask;
            }
        }
    }
    if (!m_words.isEmpty())
        m_sentenceWords.assign(size_t(index.sentenceCount()), 0);
}

quint32 ClaimFilter::Compiled::sentenceWords(quint32 sentence)
{
    quint32 &cached = m_sentenceWords[sentence];
    if (!(cached & kComputed)) {
        const QStringView text = m_index.foldedSentence(sentence);
        quint32 mask = kComputed;
        for (int w = 0; w < m_words.size(); ++w) {
            if (text.contains(m_words[w]))
                mask |= 1u << w;
        }
        cached = mask;
    }
    return cached & ~kComputed;
}

quint32 ClaimFilter::Compiled::failures(qsizetype row)
{
    quint32 fail = 0;
    for (int f = 0; f < ClaimIndex::FacetCount; ++f) {
        if (!m_allowed[f].empty() && !m_allowed[f][size_t(m_index.facet(ClaimIndex::Facet(f), row))])
            fail |= facetBit(f);
    }
    if (m_allWords) {
        quint32 found = sentenceWords(m_index.sentenceId(row));
        for (int f : {ClaimIndex::MetricFacet, ClaimIndex::UnitFacet, ClaimIndex::SpeakerFacet}) {
            if (found == m_allWords)
                break;
            found |= m_labelWords[f][size_t(m_index.facet(ClaimIndex::Facet(f), row))];
        }
        if (found != m_allWords)
            fail |= TextCriterion;
    }
    if (m_filter.fromDateKey || m_filter.toDateKey) {
        // Within the range: a claim dated "2025" is not within "January 2025", one dated
        // "17 January 2025" is. Keys are yyyymmdd with 00 for what a date leaves open.
        auto lastOf = [](int key) {
            return key % 100 ? key : (key % 10000 ? key + 99 : key + 9999);
        };
        const int key = m_index.dateKey(row);
        if (key == 0 || (m_filter.fromDateKey && key < m_filter.fromDateKey)
            || (m_filter.toDateKey && lastOf(key) > lastOf(m_filter.toDateKey)))
            fail |= DateCriterion;
    }
    if (!std::isnan(m_filter.minValue) || !std::isnan(m_filter.maxValue)) {
        const Claim &c = m_index.claim(row);
        const double high = c.isRange() ? c.high : c.value;
        if (!c.isReadable() || (!std::isnan(m_filter.minValue) && high < m_filter.minValue)
            || (!std::isnan(m_filter.maxValue) && c.value > m_filter.maxValue))
            fail |= ValueCriterion;
    }
    if (!m_filter.showFurniture && m_index.isFurniture(row))
        fail |= FurnitureCriterion;
    return fail;
}
