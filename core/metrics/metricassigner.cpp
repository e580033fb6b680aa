// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricassigner.h"

#include "parallel/ranges.h"
#include "text/claimcontext.h"
#include "text/textutil.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <limits>
#include <optional>

namespace {

using Match = MetricTaxonomy::Match;
using Role = MetricTaxonomy::Role;

// Fewer claims than this per range are assigned on one thread.
constexpr qsizetype kClaimRange = 256;

// The folded words of a paragraph (or the title) with their offsets in the article.
struct Words
{
    const FoldedWords *read = nullptr;
    qsizetype offset = 0;

    qsizetype size() const { return read->size(); }
    QStringView word(qsizetype i) const { return read->folded(i); }
    qsizetype start(qsizetype i) const { return offset + read->start(i); }
    qsizetype end(qsizetype i) const { return offset + read->end(i); }
    // The first word starting at or after `pos`.
    qsizetype wordAt(qsizetype pos) const { return read->indexAt(pos - offset); }
};

struct ParagraphInfo
{
    FoldedWords own; // when the caller has not read the paragraph's words
    Words words;
    QList<TextSpan> sentences; // article offsets
    QList<Match> schemes;
    QList<Match> measures;
    bool analysed = false;
};

// Change words before a percentage: "en hausse de 7,3 %" is a change, not a rate.
bool isChange(const Article &a, const Claim &c, const Words &w)
{
    static const FoldedWordSet change(QStringList {
        QStringLiteral("hausse"), QStringLiteral("baisse"), QStringLiteral("progresse"),
        QStringLiteral("progression"), QStringLiteral("augmentation"), QStringLiteral("augmente"),
        QStringLiteral("recul"), QStringLiteral("recule"), QStringLiteral("croissance"),
        QStringLiteral("diminution"), QStringLiteral("diminue"), QStringLiteral("evolution")});
    if (c.start > 0 && (a.text[c.start - 1] == u'+' || a.text[c.start] == u'+'))
        return true;
    const qsizetype first = w.wordAt(c.start);
    for (qsizetype i = qMax<qsizetype>(0, first - 4); i < first; ++i) {
        if (change.contains(*w.read, i))
            return true;
    }
    return false;
}

bool isDelimiter(QStringView text, qsizetype i)
{
    const QChar ch = text[i];
    if (ch == u',') // not a decimal comma
        return !(i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit());
    return ch == u';' || ch == u':' || ch == u'(' || ch == u')' || ch == u'«' || ch == u'»'
        || ch == QChar(0x2013) || ch == QChar(0x2014);
}

// Char distance between a match and the figure.
qsizetype distance(const Words &w, const Match &m, const Claim &c)
{
    const qsizetype s = w.start(m.firstWord);
    const qsizetype e = w.end(m.lastWord);
    if (e <= c.start)
        return c.start - e;
    if (s >= c.end)
        return s - c.end;
    return 0;
}

// One article's assignment: its paragraphs' words and mentions read once, the headings and
// schemes above each paragraph carried forward.
class Assignment
{
public:
    // The article is only read (its claims are written through assign()): a non-const access
    // would detach its lists, shared with the copy it was made from, on every thread at once.
    Assignment(const Article &article, const MetricTaxonomy &taxonomy,
               const QList<FoldedWords> *paragraphWords, const QList<QList<TextSpan>> *paragraphSentences)
        : m_article(article)
        , m_taxonomy(taxonomy)
        , m_paragraphWords(paragraphWords)
        , m_paragraphSentences(paragraphSentences)
        , m_paragraphs(article.paragraphs.size())
        , m_titleWords(article.title)
        , m_title {&m_titleWords, -1000000} // far from every figure
        , m_titleSchemes(taxonomy.findSchemes(m_titleWords))
        , m_above(article.paragraphs.size())
    {
        // The measures each unit may be, in the taxonomy's order: asked for every claim.
        for (int m = 0; m < taxonomy.measures().size(); ++m) {
            for (const QString &unit : taxonomy.measures()[m].units)
                m_measuresOfUnit[unit].append(m);
        }
    }

    // Whether a claim is assigned a metric: not furniture, nor one the journalist added.
    static bool assignable(const Claim &c, const Article &article)
    {
        return !c.boilerplate && !c.manual && c.paragraph >= 0 && c.paragraph < article.paragraphs.size();
    }
    void assign(Claim &c);
    // Analyses a long article's paragraphs ahead, in parallel (a paragraph's analysis reads that
    // paragraph alone), and what each carries from the ones above it, in order. Whether it did:
    // then assign() only reads the assignment, and claims may be assigned on every core. A short
    // article's paragraphs are analysed as its figures need them.
    bool prepare();

private:
    // Per paragraph, in reading order: the heading above it, and the scheme the body
    // paragraphs since that heading name last.
    struct Above
    {
        int heading = -1;
        int scheme = -1;
    };
    // The figure's sentence and clause, in article offsets.
    struct Place
    {
        TextSpan sentence;
        qsizetype clauseStart = 0;
        qsizetype clauseEnd = 0;
    };

    ParagraphInfo &info(int p);
    const Above &above(int p);
    Place placeOf(const Claim &c, const ParagraphInfo &pi) const;
    QList<int> rank(const Claim &c, const ParagraphInfo &pi, const QList<int> &candidates, qsizetype from,
                    qsizetype to) const;
    int schemeOf(const Claim &c, const ParagraphInfo &pi, const TextSpan &sentence);
    const MetricTaxonomy::Metric *metricOf(int scheme, const QList<int> &measures) const;

    // Among scheme mentions, a specific scheme beats a generic one, then the nearest wins.
    template<typename Accept, typename Distance>
    int best(const QList<Match> &matches, const Words &w, Accept accept, Distance dist) const
    {
        int found = -1;
        bool foundSpecific = false;
        qsizetype foundDistance = std::numeric_limits<qsizetype>::max();
        for (const Match &m : matches) {
            if (!accept(w, m))
                continue;
            const bool specific = m_taxonomy.schemes()[m.owner].role != Role::Generic;
            const qsizetype d = dist(w, m);
            if (found < 0 || (specific && !foundSpecific)
                || (specific == foundSpecific && d < foundDistance)) {
                found = m.owner;
                foundSpecific = specific;
                foundDistance = d;
            }
        }
        return found;
    }

    const Article &m_article;
    const MetricTaxonomy &m_taxonomy;
    const QList<FoldedWords> *m_paragraphWords;
    const QList<QList<TextSpan>> *m_paragraphSentences;
    QList<ParagraphInfo> m_paragraphs;
    const FoldedWords m_titleWords;
    const Words m_title;
    const QList<Match> m_titleSchemes;
    QList<Above> m_above;
    QHash<QString, QList<int>> m_measuresOfUnit;
    int m_aboveDone = 0; // m_above is filled for paragraphs [0, m_aboveDone]
};

ParagraphInfo &Assignment::info(int p)
{
    ParagraphInfo &pi = m_paragraphs[p];
    if (pi.analysed)
        return pi;
    pi.analysed = true;
    const Paragraph &para = m_article.paragraphs[p];
    if (!m_paragraphWords)
        pi.own = FoldedWords(m_article.paragraphText(p));
    const FoldedWords &read = m_paragraphWords ? (*m_paragraphWords)[p] : pi.own;
    pi.words = Words {&read, para.start};
    if (m_paragraphSentences) {
        pi.sentences = (*m_paragraphSentences)[p];
        for (TextSpan &s : pi.sentences) {
            s.start += para.start;
            s.end += para.start;
        }
    } else {
        pi.sentences = ClaimContext::sentences(m_article, p);
    }
    pi.schemes = m_taxonomy.findSchemes(read);
    pi.measures = m_taxonomy.findMeasures(read);
    // In word order, so that a claim looks only at the mentions of its clause.
    std::stable_sort(pi.measures.begin(), pi.measures.end(),
                     [](const Match &a, const Match &b) { return a.firstWord < b.firstWord; });
    return pi;
}

// Filled in reading order and once (the mention nearest the figure: the last one of its
// paragraph). Read for each claim by scanning back, this made an article of 40,000 one-line
// paragraphs quadratic.
bool Assignment::prepare()
{
    constexpr qsizetype kRange = 128;
    const qsizetype n = m_paragraphs.size();
    // Many paragraphs, or a few long ones that hold many figures ("12,5 %, 12,5 %, …").
    if (!Parallel::splits(n, kRange) && !Parallel::splits(m_article.claims.size(), kClaimRange))
        return false;
    // Headings and body paragraphs are the ones info() is asked for, and those of the figures
    // to assign; each range fills its own paragraphs.
    QList<bool> needed(n, false);
    for (const Claim &c : m_article.claims) {
        if (assignable(c, m_article))
            needed[c.paragraph] = true;
    }
    Parallel::forRanges(n, kRange, [this, &needed](qsizetype begin, qsizetype end) {
        for (qsizetype p = begin; p < end; ++p) {
            if (needed[p] || m_article.paragraphs[p].kind != ParagraphKind::Boilerplate)
                info(int(p));
        }
    });
    above(int(n) - 1);
    return true;
}

const Assignment::Above &Assignment::above(int p)
{
    for (; m_aboveDone < p; ++m_aboveDone) {
        const int q = m_aboveDone; // the paragraph just above q + 1
        const ParagraphKind kind = m_article.paragraphs[q].kind;
        Above next = m_above[q];
        if (kind == ParagraphKind::Heading) {
            next = Above {q, -1};
        } else if (kind == ParagraphKind::Body) {
            const ParagraphInfo &prev = info(q);
            const int found = best(
                prev.schemes, prev.words, [](const Words &, const Match &) { return true; },
                [](const Words &ww, const Match &m) {
                    return ww.start(ww.size() - 1) - ww.start(m.firstWord);
                });
            if (found >= 0)
                next.scheme = found;
        }
        m_above[q + 1] = next;
    }
    return m_above[p];
}

Assignment::Place Assignment::placeOf(const Claim &c, const ParagraphInfo &pi) const
{
    Place place;
    place.sentence = {m_article.paragraphs[c.paragraph].start, m_article.paragraphs[c.paragraph].end};
    // The sentence holding the figure, by a binary search: a paragraph of 100,000 sentences
    // must not be read through for each of its figures.
    if (auto it = std::upper_bound(pi.sentences.cbegin(), pi.sentences.cend(), qsizetype(c.start),
                                   [](qsizetype at, const TextSpan &s) { return at < s.start; });
        it != pi.sentences.cbegin() && std::prev(it)->contains(c.start))
        place.sentence = *std::prev(it);
    // The figure's clause: up to the nearest delimiter on each side.
    const QStringView text(m_article.text);
    place.clauseStart = c.start;
    while (place.clauseStart > place.sentence.start && !isDelimiter(text, place.clauseStart - 1))
        --place.clauseStart;
    place.clauseEnd = c.end;
    while (place.clauseEnd < place.sentence.end && !isDelimiter(text, place.clauseEnd))
        ++place.clauseEnd;
    return place;
}

// The candidate measures named in [from, to), nearest the figure first; the counted noun right
// after the number does not count.
QList<int> Assignment::rank(const Claim &c, const ParagraphInfo &pi, const QList<int> &candidates,
                            qsizetype from, qsizetype to) const
{
    const Words &w = pi.words;
    // The unit's first word, read only when a measure stands right after the figure.
    std::optional<QString> unitWord;
    auto isUnitWord = [&](qsizetype word) {
        if (!unitWord)
            unitWord = TextUtil::fold(c.unit).section(u' ', 0, 0);
        return w.word(word) == *unitWord;
    };
    const qsizetype after = w.wordAt(c.end);
    QList<std::pair<qsizetype, int>> ranked; // distance, measure
    const qsizetype firstWord = w.wordAt(from);
    auto begin = std::lower_bound(pi.measures.cbegin(), pi.measures.cend(), firstWord,
                                  [](const Match &m, qsizetype word) { return m.firstWord < word; });
    for (auto mi = begin; mi != pi.measures.cend() && w.start(mi->firstWord) < to; ++mi) {
        const Match &m = *mi;
        if (!candidates.contains(m.owner) || w.start(m.firstWord) < from || w.end(m.lastWord) > to)
            continue;
        if (m.firstWord == m.lastWord && m.firstWord - after <= 1 && m.firstWord >= after
            && isUnitWord(m.firstWord))
            continue;
        const qsizetype d = distance(w, m, c);
        auto it
            = std::find_if(ranked.begin(), ranked.end(), [&](const auto &r) { return r.second == m.owner; });
        if (it == ranked.end())
            ranked.append({d, m.owner});
        else
            it->first = qMin(it->first, d);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> out;
    for (const auto &r : ranked)
        out << r.second;
    return out;
}

// The scheme: sentence, earlier sentences, earlier paragraphs of the section, heading, title.
int Assignment::schemeOf(const Claim &c, const ParagraphInfo &pi, const TextSpan &sentence)
{
    auto nearFigure = [&](const Words &ww, const Match &m) {
        return distance(ww, m, c);
    };
    auto any = [](const Words &, const Match &) {
        return true;
    };
    int scheme = best(
        pi.schemes, pi.words,
        [&](const Words &ww, const Match &m) {
            return ww.start(m.firstWord) >= sentence.start && ww.end(m.lastWord) <= sentence.end;
        },
        nearFigure);
    if (scheme < 0)
        scheme = best(
            pi.schemes, pi.words,
            [&](const Words &ww, const Match &m) { return ww.end(m.lastWord) <= sentence.start; },
            nearFigure);
    if (scheme >= 0 || m_article.paragraphs[c.paragraph].kind == ParagraphKind::Heading)
        return scheme;
    const Above &a = above(c.paragraph);
    if (a.scheme >= 0)
        return a.scheme;
    if (a.heading >= 0) {
        const ParagraphInfo &h = info(a.heading);
        return best(h.schemes, h.words, any, nearFigure);
    }
    return best(m_titleSchemes, m_title, any, nearFigure);
}

// The pair the taxonomy knows.
const MetricTaxonomy::Metric *Assignment::metricOf(int scheme, const QList<int> &measures) const
{
    const QString schemeKey = scheme >= 0 ? m_taxonomy.schemes()[scheme].key : QString();
    const Role role = scheme >= 0 ? m_taxonomy.schemes()[scheme].role : Role::AmoScheme;
    const MetricTaxonomy::Metric *found = nullptr;
    for (int m : measures) {
        if (scheme >= 0 && (found = m_taxonomy.metric(schemeKey + u'.' + m_taxonomy.measures()[m].key)))
            return found;
    }
    if (role == Role::AmoScheme) {
        const QString measure = m_taxonomy.measures()[measures.first()].key;
        found = m_taxonomy.metric(QStringLiteral("amo.") + measure);
        if (!found)
            found = m_taxonomy.metric(QStringLiteral("state.") + measure);
    }
    return found;
}

void Assignment::assign(Claim &c)
{
    c.metric.clear();
    // 1. Candidate measures from the unit.
    QString unit = TextUtil::simplified(TextUtil::fold(c.unit));
    if (!c.per.isEmpty())
        unit += QStringLiteral(" par ") + TextUtil::simplified(TextUtil::fold(c.per));
    const QList<int> candidates = m_measuresOfUnit.value(unit);
    if (candidates.isEmpty())
        return;
    ParagraphInfo &pi = info(c.paragraph);
    const bool money = unit == u"mad";
    const bool percent = unit == u"%";
    if (percent && isChange(m_article, c, pi.words))
        return;
    const Place place = placeOf(c, pi);
    // 2. Measure words, nearest first.
    QList<int> measures = rank(c, pi, candidates, place.clauseStart, place.clauseEnd);
    if (measures.isEmpty())
        measures = rank(c, pi, candidates, place.sentence.start, place.sentence.end);
    // 3. No measure word: the usual reading of the counted noun; never for money or shares.
    if (measures.isEmpty()) {
        if (money || percent)
            return;
        measures << candidates.first();
    }
    // 4. The scheme, 5. the metric.
    if (const MetricTaxonomy::Metric *found = metricOf(schemeOf(c, pi, place.sentence), measures))
        c.metric = found->key;
}

} // namespace

void MetricAssigner::assign(Article &article, const MetricTaxonomy &taxonomy,
                            const QList<FoldedWords> *paragraphWords,
                            const QList<QList<TextSpan>> *paragraphSentences)
{
    Q_ASSERT(!paragraphWords || paragraphWords->size() == article.paragraphs.size());
    Q_ASSERT(!paragraphSentences || paragraphSentences->size() == article.paragraphs.size());
    Assignment assignment(article, taxonomy, paragraphWords, paragraphSentences);
    if (!assignment.prepare()) {
        for (Claim &c : article.claims) {
            if (Assignment::assignable(c, article))
                assignment.assign(c);
        }
        return;
    }
    // Each range writes its own claims' metrics (the list detached once, here).
    Claim *claims = article.claims.data();
    Parallel::forRanges(article.claims.size(), kClaimRange, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k) {
            if (Assignment::assignable(claims[k], article))
                assignment.assign(claims[k]);
        }
    });
}

QStringList MetricAssigner::schemesNamed(const Article &article, const MetricTaxonomy &taxonomy,
                                         const QList<FoldedWords> *paragraphWords)
{
    Q_ASSERT(!paragraphWords || paragraphWords->size() == article.paragraphs.size());
    QSet<QString> named;
    QMutex mutex;
    auto nameIn = [&](const FoldedWords &words) {
        for (const MetricTaxonomy::Match &match : taxonomy.findSchemes(words)) {
            const QMutexLocker lock(&mutex);
            named.insert(taxonomy.schemes()[match.owner].key);
        }
    };
    nameIn(FoldedWords(article.title));
    Parallel::forWeightedRanges(
        article.paragraphs.size(), [&article](qsizetype p) { return article.paragraphs[p].length(); },
        Parallel::kMinimumText,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype p = begin; p < end; ++p) {
                if (paragraphWords)
                    nameIn((*paragraphWords)[p]);
                else
                    nameIn(FoldedWords(article.paragraphText(int(p))));
            }
        });
    QStringList out(named.cbegin(), named.cend());
    out.sort();
    return out;
}
