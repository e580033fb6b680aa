// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/claimstatus.h"
#include "domain/finding.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

// Every claim of the open bilan in one flat, compact table: the rows the claims table shows
// and the filter scans. Facet values (source, metric, unit, kind, speaker, status) are small
// integer ids, dates are sortable keys, and each claim points to its sentence folded for
// accent- and case-insensitive search (copies of one text share their folded sentences).
// Built once per bilan; a million claims cost about 30 MB here beside the articles.
class ClaimIndex
{
public:
    enum Facet : int {
        SourceFacet,
        MetricFacet,
        UnitFacet,
        KindFacet,
        SpeakerFacet,
        StatusFacet,
        FlagFacet,
        FacetCount
    };

    ClaimIndex() = default;
    explicit ClaimIndex(QList<Article> articles);

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    const QList<Article> &articles() const { return m_articles; }

    int articleIndex(qsizetype row) const { return int(m_rows[size_t(row)].article); }
    int claimIndex(qsizetype row) const { return int(m_rows[size_t(row)].claim); }
    const Article &article(qsizetype row) const { return m_articles[articleIndex(row)]; }
    const Claim &claim(qsizetype row) const { return article(row).claims[claimIndex(row)]; }
    // The row of an article's claim, or -1.
    qsizetype rowOf(int article, int claim) const;
    // The row whose claim covers `offset` (UTF-16) in the article, or -1.
    qsizetype rowAt(int article, qsizetype offset) const;

    int facet(Facet f, qsizetype row) const { return m_facets[f][size_t(row)]; }
    // Value labels by id; id 0 is "none" (an empty label) where a claim may have no value.
    const QStringList &facetValues(Facet f) const { return m_facetValues[f]; }
    int dateKey(qsizetype row) const { return m_dates[size_t(row)]; }
    bool isFurniture(qsizetype row) const { return m_furniture[size_t(row)]; }

    quint32 sentenceId(qsizetype row) const { return m_sentenceOfRow[size_t(row)]; }
    qsizetype sentenceCount() const { return qsizetype(m_sentences.size()); }
    QStringView foldedSentence(quint32 id) const;

    ClaimStatus status(qsizetype row) const { return ClaimStatus(m_facets[StatusFacet][size_t(row)]); }
    void setStatus(qsizetype row, ClaimStatus status)
    {
        m_facets[StatusFacet][size_t(row)] = quint16(status);
    }
    // 0 none, 1 an informative note, 2 a flag (the consistency checks; ids of FlagFacet).
    int flag(qsizetype row) const { return m_facets[FlagFacet][size_t(row)]; }
    void setFlag(qsizetype row, int flag) { m_facets[FlagFacet][size_t(row)] = quint16(flag); }
    // Flags every claim a finding names (a flag beats a note) and clears the others.
    void markFindings(const QList<Finding> &findings);

private:
    struct Row
    {
        quint32 article;
        quint32 claim;
    };
    struct Sentence
    {
        quint32 text; // index into m_foldedTexts
        quint32 start;
        quint32 length;
    };
    int facetId(Facet f, const QString &label);

    QList<Article> m_articles;
    std::vector<Row> m_rows;
    std::vector<qsizetype> m_firstRow; // per article
    std::vector<quint16> m_facets[FacetCount];
    QStringList m_facetValues[FacetCount];
    QHash<QString, int> m_facetIds[FacetCount];
    std::vector<int> m_dates;
    std::vector<char> m_furniture;
    std::vector<quint32> m_sentenceOfRow;
    std::vector<Sentence> m_sentences;
    // The distinct texts, folded the first time a sentence is asked for (a search or a sort
    // by sentence): `project show` and the exports never ask, and a folded copy of 10,000
    // articles was a third of their memory. Shared by copies of the index.
    struct FoldedTexts
    {
        std::once_flag once;
        QStringList texts; // the articles' texts until folded in place
    };
    const QStringList &foldedTexts() const;
    std::shared_ptr<FoldedTexts> m_folded = std::make_shared<FoldedTexts>();
};
