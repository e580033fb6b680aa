// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricassigner.h"

#include "text/claimcontext.h"
#include "text/textutil.h"

#include <limits>

namespace {

using Match = MetricTaxonomy::Match;
using Role = MetricTaxonomy::Role;

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

} // namespace

void MetricAssigner::assign(Article &article, const MetricTaxonomy &taxonomy,
                            const QList<FoldedWords> *paragraphWords,
                            const QList<QList<TextSpan>> *paragraphSentences)
{
    Q_ASSERT(!paragraphWords || paragraphWords->size() == article.paragraphs.size());
    Q_ASSERT(!paragraphSentences || paragraphSentences->size() == article.paragraphs.size());
    QList<ParagraphInfo> paragraphs(article.paragraphs.size());
    auto info = [&](int p) -> ParagraphInfo & {
        ParagraphInfo &pi = paragraphs[p];
        if (!pi.analysed) {
            pi.analysed = true;
            const Paragraph &para = article.paragraphs[p];
            if (!paragraphWords)
                pi.own = FoldedWords(article.paragraphText(p));
            const FoldedWords &read = paragraphWords ? (*paragraphWords)[p] : pi.own;
            pi.words = Words {&read, para.start};
            if (paragraphSentences) {
                pi.sentences = (*paragraphSentences)[p];
                for (TextSpan &s : pi.sentences) {
                    s.start += para.start;
                    s.end += para.start;
                }
            } else {
                pi.sentences = ClaimContext::sentences(article, p);
            }
            pi.schemes = taxonomy.findSchemes(read);
            pi.measures = taxonomy.findMeasures(read);
            // In word order, so that a claim looks only at the mentions of its clause.
            std::stable_sort(pi.measures.begin(), pi.measures.end(),
                             [](const Match &a, const Match &b) { return a.firstWord < b.firstWord; });
        }
        return pi;
    };
    const FoldedWords titleWords(article.title);
    const Words title {&titleWords, -1000000}; // far from every figure
    const QList<Match> titleSchemes = taxonomy.findSchemes(titleWords);

    // Among scheme mentions, a specific scheme beats a generic one, then the nearest wins.
    auto best = [&](const QList<Match> &matches, const Words &w, auto accept, auto dist) -> int {
        int found = -1;
        bool foundSpecific = false;
        qsizetype foundDistance = std::numeric_limits<qsizetype>::max();
        for (const Match &m : matches) {
            if (!accept(w, m))
                continue;
            const bool specific = taxonomy.schemes()[m.owner].role != Role::Generic;
            const qsizetype d = dist(w, m);
            if (found < 0 || (specific && !foundSpecific)
                || (specific == foundSpecific && d < foundDistance)) {
                found = m.owner;
                foundSpecific = specific;
                foundDistance = d;
            }
        }
        return found;
    };

    // Per paragraph, in reading order and once: the heading above it, and the scheme the body
    // paragraphs since that heading name last (the mention nearest the figure: the last one of
    // its paragraph). Read for each claim by scanning back, this made an article of 40,000
    // one-line paragraphs quadratic.
    struct Above
    {
        int heading = -1;
        int scheme = -1;
    };
    QList<Above> aboveOf(article.paragraphs.size());
    int aboveDone = 0; // aboveOf is filled for paragraphs [0, aboveDone]
    auto above = [&](int p) -> const Above & {
        for (; aboveDone < p; ++aboveDone) {
            const int q = aboveDone; // the paragraph just above q + 1
            const ParagraphKind kind = article.paragraphs[q].kind;
            Above next = aboveOf[q];
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
            aboveOf[q + 1] = next;
        }
        return aboveOf[p];
    };

    for (Claim &c : article.claims) {
        if (c.boilerplate || c.manual || c.paragraph < 0 || c.paragraph >= article.paragraphs.size())
            continue;
        c.metric.clear();
        // 1. Candidate measures from the unit.
        QString unit = TextUtil::simplified(TextUtil::fold(c.unit));
        if (!c.per.isEmpty())
            unit += QStringLiteral(" par ") + TextUtil::simplified(TextUtil::fold(c.per));
        QList<int> candidates;
        for (int m = 0; m < taxonomy.measures().size(); ++m) {
            if (taxonomy.measures()[m].units.contains(unit))
                candidates << m;
        }
        if (candidates.isEmpty())
            continue;
        ParagraphInfo &pi = info(c.paragraph);
        const Words &w = pi.words;
        const bool money = unit == u"mad";
        const bool percent = unit == u"%";
        if (percent && isChange(article, c, w))
            continue;
        TextSpan sentence {article.paragraphs[c.paragraph].start, article.paragraphs[c.paragraph].end};
        // The sentence holding the figure, by a binary search: a paragraph of 100,000 sentences
        // must not be read through for each of its figures.
        if (auto it = std::upper_bound(pi.sentences.cbegin(), pi.sentences.cend(), qsizetype(c.start),
                                       [](qsizetype at, const TextSpan &s) { return at < s.start; });
            it != pi.sentences.cbegin() && std::prev(it)->contains(c.start))
            sentence = *std::prev(it);
        // The figure's clause: up to the nearest delimiter on each side.
        const QStringView text(article.text);
        qsizetype clauseStart = c.start;
        while (clauseStart > sentence.start && !isDelimiter(text, clauseStart - 1))
            --clauseStart;
        qsizetype clauseEnd = c.end;
        while (clauseEnd < sentence.end && !isDelimiter(text, clauseEnd))
            ++clauseEnd;

        // 2. Measure words, nearest first; the counted noun right after the number does not count.
        const QString unitWord = TextUtil::fold(c.unit).section(u' ', 0, 0);
        const qsizetype after = w.wordAt(c.end);
        auto rank = [&](qsizetype from, qsizetype to) {
            QList<std::pair<qsizetype, int>> ranked; // distance, measure
            const qsizetype firstWord = w.wordAt(from);
            auto begin = std::lower_bound(pi.measures.cbegin(), pi.measures.cend(), firstWord,
                                          [](const Match &m, qsizetype word) { return m.firstWord < word; });
            for (auto mi = begin; mi != pi.measures.cend() && w.start(mi->firstWord) < to; ++mi) {
                const Match &m = *mi;
                if (!candidates.contains(m.owner) || w.start(m.firstWord) < from || w.end(m.lastWord) > to)
                    continue;
                if (m.firstWord == m.lastWord && w.word(m.firstWord) == unitWord && m.firstWord - after <= 1
                    && m.firstWord >= after)
                    continue;
                const qsizetype d = distance(w, m, c);
                auto it = std::find_if(ranked.begin(), ranked.end(),
                                       [&](const auto &r) { return r.second == m.owner; });
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
        };
        QList<int> measures = rank(clauseStart, clauseEnd);
        if (measures.isEmpty())
            measures = rank(sentence.start, sentence.end);
        // 3. No measure word: the usual reading of the counted noun; never for money or shares.
        if (measures.isEmpty()) {
            if (money || percent)
                continue;
            measures << candidates.first();
        }

        // 4. The scheme: sentence, earlier sentences, earlier paragraphs of the section, heading.
        auto nearFigure = [&](const Words &ww, const Match &m) {
            return distance(ww, m, c);
        };
        int scheme = best(
            pi.schemes, w,
            [&](const Words &ww, const Match &m) {
                return ww.start(m.firstWord) >= sentence.start && ww.end(m.lastWord) <= sentence.end;
            },
            nearFigure);
        if (scheme < 0)
            scheme = best(
                pi.schemes, w,
                [&](const Words &ww, const Match &m) { return ww.end(m.lastWord) <= sentence.start; },
                nearFigure);
        const bool inHeading = article.paragraphs[c.paragraph].kind == ParagraphKind::Heading;
        const int heading = inHeading ? -1 : above(c.paragraph).heading;
        if (scheme < 0 && !inHeading)
            scheme = above(c.paragraph).scheme;
        if (scheme < 0 && !inHeading) {
            if (heading >= 0) {
                const ParagraphInfo &h = info(heading);
                scheme = best(
                    h.schemes, h.words, [](const Words &, const Match &) { return true; }, nearFigure);
            } else {
                scheme = best(
                    titleSchemes, title, [](const Words &, const Match &) { return true; }, nearFigure);
            }
        }

        // 5. The pair the taxonomy knows.
        const QString schemeKey = scheme >= 0 ? taxonomy.schemes()[scheme].key : QString();
        const Role role = scheme >= 0 ? taxonomy.schemes()[scheme].role : Role::AmoScheme;
        const MetricTaxonomy::Metric *found = nullptr;
        for (int m : std::as_const(measures)) {
            if (scheme >= 0 && (found = taxonomy.metric(schemeKey + u'.' + taxonomy.measures()[m].key)))
                break;
        }
        if (!found && role == Role::AmoScheme) {
            const QString measure = taxonomy.measures()[measures.first()].key;
            found = taxonomy.metric(QStringLiteral("amo.") + measure);
            if (!found)
                found = taxonomy.metric(QStringLiteral("state.") + measure);
        }
        if (found)
            c.metric = found->key;
    }
}
