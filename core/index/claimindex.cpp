// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/claimindex.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "text/sentencesplitter.h"
#include "text/textutil.h"

#include <QCoreApplication>

namespace {

// Lower case without accents, one character for one: offsets stay those of the article.
QString foldSameLength(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        d[i] = QChar(TextUtil::foldChar(text[i].unicode()));
    return out;
}

} // namespace

int ClaimIndex::facetId(Facet f, const QString &label)
{
    auto it = m_facetIds[f].constFind(label);
    if (it != m_facetIds[f].constEnd())
        return *it;
    const int id = int(m_facetValues[f].size());
    m_facetValues[f].append(label);
    m_facetIds[f].insert(label, id);
    return id;
}

ClaimIndex::ClaimIndex(QList<Article> articles)
    : m_articles(std::move(articles))
{
    qsizetype total = 0;
    for (const Article &a : m_articles)
        total += a.claims.size();
    m_rows.reserve(size_t(total));
    for (auto &f : m_facets)
        f.reserve(size_t(total));
    m_dates.reserve(size_t(total));
    m_furniture.reserve(size_t(total));
    m_sentenceOfRow.reserve(size_t(total));
    // Facets that always list "none" first.
    for (Facet f : {MetricFacet, UnitFacet, SpeakerFacet})
        facetId(f, QString());
    for (int s = 0; s < ClaimStatusText::kCount; ++s)
        facetId(StatusFacet, ClaimStatusText::name(ClaimStatus(s)));
    for (int k = 0; k <= int(ClaimKind::Other); ++k)
        facetId(KindFacet, claimKindName(ClaimKind(k)));
    for (const char *flag : {"none", "note", "flag"})
        facetId(FlagFacet, QLatin1String(flag));

    // Folded text and sentences once per distinct text (copies of an article share them).
    struct TextSentences
    {
        quint32 folded;
        std::vector<std::pair<qsizetype, quint32>> starts; // sentence start -> sentence id
    };
    QHash<const void *, TextSentences> byText;

    m_firstRow.reserve(size_t(m_articles.size()));
    for (int ai = 0; ai < m_articles.size(); ++ai) {
        const Article &a = m_articles[ai];
        m_firstRow.push_back(qsizetype(m_rows.size()));
        if (a.claims.isEmpty())
            continue;
        auto it = byText.find(a.text.constData());
        if (it == byText.end()) {
            TextSentences ts;
            ts.folded = quint32(m_folded->texts.size());
            m_folded->texts.append(a.text);
            for (const Paragraph &p : a.paragraphs) {
                for (const TextSpan &s :
                     SentenceSplitter::split(QStringView(a.text).mid(p.start, p.length()))) {
                    ts.starts.push_back({p.start + s.start, quint32(m_sentences.size())});
                    m_sentences.push_back(
                        Sentence {ts.folded, quint32(p.start + s.start), quint32(s.end - s.start)});
                }
            }
            it = byText.insert(a.text.constData(), std::move(ts));
        }
        const int source = facetId(SourceFacet, ClaimText::source(a));
        for (int ci = 0; ci < a.claims.size(); ++ci) {
            const Claim &c = a.claims[ci];
            m_rows.push_back(Row {quint32(ai), quint32(ci)});
            m_facets[SourceFacet].push_back(quint16(qMin(source, 65535)));
            m_facets[MetricFacet].push_back(quint16(qMin(facetId(MetricFacet, c.metric), 65535)));
            m_facets[UnitFacet].push_back(quint16(qMin(facetId(UnitFacet, c.unit), 65535)));
            m_facets[KindFacet].push_back(quint16(c.kind));
            m_facets[SpeakerFacet].push_back(quint16(qMin(facetId(SpeakerFacet, c.speaker), 65535)));
            m_facets[StatusFacet].push_back(quint16(ClaimStatus::ToCheck));
            m_facets[FlagFacet].push_back(quint16(qMin<int>(c.flag, 2)));
            m_dates.push_back(c.asOf.sortKey());
            m_furniture.push_back(c.boilerplate);
            // The sentence that starts last at or before the claim.
            const auto &starts = it->starts;
            auto s = std::upper_bound(
                starts.cbegin(), starts.cend(), qsizetype(c.start),
                [](qsizetype pos, const std::pair<qsizetype, quint32> &e) { return pos < e.first; });
            m_sentenceOfRow.push_back(s == starts.cbegin() ? 0 : std::prev(s)->second);
        }
    }
}

void ClaimIndex::markFindings(const QList<Finding> &findings)
{
    std::fill(m_facets[FlagFacet].begin(), m_facets[FlagFacet].end(), quint16(0));
    for (const Finding &f : findings) {
        for (const auto &[a, c] : f.claims) {
            const qsizetype row = rowOf(a, c);
            if (row >= 0)
                setFlag(row, qMax(flag(row), f.informative ? 1 : 2));
        }
    }
}

qsizetype ClaimIndex::rowOf(int article, int claim) const
{
    if (article < 0 || size_t(article) >= m_firstRow.size() || claim < 0
        || claim >= m_articles[article].claims.size())
        return -1;
    return m_firstRow[size_t(article)] + claim;
}

qsizetype ClaimIndex::rowAt(int article, qsizetype offset) const
{
    if (article < 0 || article >= m_articles.size())
        return -1;
    const QList<Claim> &claims = m_articles[article].claims;
    for (int i = 0; i < claims.size(); ++i) {
        if (offset >= claims[i].start && offset < claims[i].end)
            return rowOf(article, i);
    }
    return -1;
}

const QStringList &ClaimIndex::foldedTexts() const
{
    std::call_once(m_folded->once, [this] {
        for (QString &text : m_folded->texts)
            text = foldSameLength(text);
    });
    return m_folded->texts;
}

QStringView ClaimIndex::foldedSentence(quint32 id) const
{
    if (id >= m_sentences.size())
        return {};
    const Sentence &s = m_sentences[id];
    return QStringView(foldedTexts()[int(s.text)]).mid(s.start, s.length);
}
