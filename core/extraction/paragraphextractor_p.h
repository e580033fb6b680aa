// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "extraction/numberreader.h"
#include "extraction/unitdetector.h"
#include "text/frenchdates.h"
#include "text/sentencesplitter.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

// The claims of one paragraph, from the numbers the reader found in it: each figure's unit,
// qualifier, date and speaker, and the pairs that make a range or an evolution. Private to
// ClaimExtractor, which prepares the paragraph's Context (dates, sentences, speakers) and
// calls run() on its candidates.
namespace ExtractionDetail {

// A date a figure may refer to, found in its paragraph.
struct DateMention
{
    qsizetype start;
    qsizetype end;
    PartialDate date; // a span's end
    bool since = false; // "depuis le 1er décembre 2022": a start, not an as-of date
    bool explicitYear = true; // the text wrote the year ("mars 2025", "en 2021")
    PartialDate rangeStart; // "entre 2022 et 2023": the span's start
    FrenchDates::Relative relative; // "un an plus tôt": counted from the figure compared with
};

// "contre 3.536.847 durant la même période de l'année écoulée", "après 9,2 % au premier
// trimestre", "par rapport au deuxième trimestre 2017": a comparison, from its marker to the
// end of its clause. Its dates belong to its figures, never to the figure it is compared with.
struct Comparison
{
    qsizetype marker; // where the marker word starts
    qsizetype start; // past the marker word
    qsizetype end;
    bool hasFigure = false;
    // "contre 64,2 milliards de dirhams (5,67 milliards d'euros) une année auparavant": an
    // aside in parentheses does not end the comparison, but is not part of it.
    QList<TextSpan> asides;
    bool contains(qsizetype pos) const
    {
        if (pos < start || pos >= end)
            return false;
        return std::none_of(asides.cbegin(), asides.cend(),
                            [pos](const TextSpan &a) { return a.contains(pos); });
    }
};

struct Candidate
{
    NumberToken token;
    bool used = false;
};

struct Context
{
    const Article &article;
    int paragraph;
    QStringView text; // the paragraph
    qsizetype offset; // of the paragraph in the article
    bool boilerplate;
    bool heading;
    PartialDate reference;
    QList<DateMention> dates;
    QList<TextSpan> sentences;
    // A row of a table whose header gives a year per column ("Indicateur\t2023\t2024").
    QList<PartialDate> columnDates; // per column, when this paragraph is such a row
    QString rowLabel;
    QStringList speakers; // per sentence: the attribution it holds
    QStringList nearestSpeaker; // per sentence: its own, else the nearest in the paragraph
    const FoldedWords *words = nullptr;
    // A bulletin date the article states once ("dans sa situation journalière du 21 mars"):
    // it dates the figures that have no date of their own, before the publication date.
    PartialDate bulletin;
    // The last period an earlier paragraph named, for "la même période" here.
    PartialDate previousPeriod;
};

// The sentence of `c` holding `pos` (the last one when past the end).
int sentenceOf(const Context &c, qsizetype pos);
// The dates that start within [from, to): a sub-range of the sorted list.
std::pair<const DateMention *, const DateMention *> datesIn(const Context &c, qsizetype from, qsizetype to);
// Punctuation that ends a clause: , ; : ( ) — –
bool isSentencePunct(QChar c);
// The same at `pos` of `text`, but not the comma of "30,1".
bool clauseBreakAt(QStringView text, qsizetype pos);
// Whether what stands at `pos` of `text` opens parentheses: "(" before it, past spaces.
bool opensParentheses(QStringView text, qsizetype pos);

class ParagraphExtractor
{
public:
    ParagraphExtractor(Context &context, QList<Claim> &out);

    void run(QList<Candidate> &cands);

private:
    Claim base(const NumberToken &t);

    TextSpan sentenceSpan(qsizetype pos) const;

    // `subjectFrom`: for the end of an evolution, where its subject noun may stand.
    UnitInfo unitOf(const NumberToken &t, qsizetype afterEnd = -1);

    // `preset`: a unit decided for a pair (range, evolution).
    void describe(Claim &claim, const NumberToken &t, bool evolutionStart = false,
                  const UnitInfo *preset = nullptr);

    // A table cell's unit comes from its row label: "Prestations AMO (MMDH)", "Taux (%)",
    // "Assurés actifs" (the label's noun). A scale in parentheses applies to the value.
    UnitInfo rowUnit(Claim &claim) const;
    QString ratePer(const QString &noun, TextSpan sentence) const;

    // A number without its own noun counts what the sentence is about: "le nombre d'inscrits
    // a dépassé 1,7 million", "dont plus de 300.000 …", "Parmi ces dossiers, 12 millions …".
    UnitInfo inheritUnit(const NumberToken &t, QStringView before, UnitInfo unit);

    // Dates in [m_excludeFrom, m_excludeTo) belong to another figure (the other end of an
    // evolution): they are not this one's.
    qsizetype m_excludeFrom = 0;
    qsizetype m_excludeTo = 0;

    // as_of (paragraphdates.cpp): the annotation guidelines' rules 1 to 4, with comparisons
    // dated to their own period.
    void resolveDate(Claim &claim, const NumberToken &t, bool evolutionStart);
    // How far from a figure a date of its sentence may stand and still date it.
    static constexpr qsizetype kDateReach = 400;
    bool frontedDate(const DateMention &d, const TextSpan &s) const;
    const DateMention *sentenceDate(const NumberToken &t, const TextSpan &s, bool &sinceSeen) const;
    void findComparisons(const QList<Candidate> &cands);
    qsizetype comparisonStart(int marker, qsizetype i);
    qsizetype comparisonEnd(qsizetype markerStart, qsizetype markerEnd, bool base,
                            const QList<Candidate> &cands, QList<TextSpan> &asides) const;
    const Comparison *comparisonAt(qsizetype pos) const;
    bool isEvolutionStartDate(const DateMention &d) const;
    // A relative date right after "en hausse de N %": the change's base.
    bool changeBaseDate(const DateMention &d) const;
    bool markerBetween(qsizetype from, qsizetype to) const;
    bool inAttribution(const DateMention &d) const;
    bool describesNoun(const DateMention &d, const NumberToken &t) const;
    bool targetDate(const DateMention &d) const;
    QStringView textBefore(const DateMention &d, qsizetype reach) const;
    bool outdoneDate(const DateMention &d) const;
    bool pastBoundDate(const DateMention &d) const;
    bool labelsAFigure(const DateMention &d) const;
    bool publicationDate(const DateMention &d) const;
    bool forecastDate(const DateMention &d) const;
    bool figureInDateClause(const NumberToken &t, const DateMention &d) const;
    bool eligible(const DateMention &d, const NumberToken &t) const;
    // The date a mention gives a figure: a span's end (its start for the start of an
    // evolution), a relative date counted from `anchorPos`'s anchor.
    PartialDate dateOf(const DateMention &d, qsizetype anchorPos, bool evolutionStart, bool comparison) const;
    // What a relative date before `pos` is counted from: the date of the nearest earlier figure
    // that is not itself a comparison, else the nearest earlier date, else the reference.
    PartialDate anchorBefore(qsizetype pos) const;
    // The period named last before `pos` ("la même période" is that period).
    PartialDate periodBefore(qsizetype pos) const;
    PartialDate comparisonDate(const Comparison &cmp, const NumberToken &t) const;
    PartialDate fallbackDate(bool evolutionStart) const;
    QList<Comparison> m_comparisons;
    QList<qsizetype> m_contrasts; // where "alors que", "tandis que" open a clause
    mutable QHash<qsizetype, PartialDate> m_relativeDates; // relative dates resolved, by start
    // The parentheses around each date that holds a figure besides it ({-1, -1}: none), by start;
    // whether the paragraph has any parentheses at all, read once (-1: not yet).
    mutable QHash<qsizetype, std::pair<qsizetype, qsizetype>> m_asideDates;
    mutable int m_parentheses = -1;
    bool dateOfAnAside(const DateMention &d, const NumberToken &t) const;
    QList<qsizetype> m_comparisonClaims; // starts (in the paragraph) of the claims read in a comparison

    void restatedDate(Claim &claim, const NumberToken &t) const;

    QString speakerFor(qsizetype pos) const;

    // `listed`: the unit of the last figure of an enumeration the figure opens ("50 et 60
    // quintaux", "12, 15 et 18 barrages"), when it has none of its own.
    void single(Candidate &cand, const UnitInfo *listed = nullptr);
    // The unit an enumeration starting at cands[i] gives its bare first figures, and the scale
    // its last figure writes ("3 ou 4 millions de dirhams"); nullopt when cands[i] opens none.
    std::optional<std::pair<UnitInfo, double>> enumerationUnit(const QList<Candidate> &cands, int i);

    static bool isMultiplier(const NumberToken &t, QStringView text);
    bool isMultiplier(const NumberToken &t) const;

    // "…, et trois ont été", "dont deux": a number word right after a connector, with a figure
    // earlier in its sentence.
    bool continuesPreviousFigure(const NumberToken &t) const;
    // "en a ouvert douze", "douze ont été sanctionnés": a number word a verb counts.
    bool countedByVerb(const NumberToken &t) const;

    // Ranges ("entre 500 et 1.200 DH", "de 500 à 1.200 dirhams", "500-1200 DH") and evolutions
    // ("passé de 120 à 174", "de 22 000 en 2021 à plus de 110 000 en décembre 2024").
    bool tryPair(Candidate &a, Candidate &b);

    // The low end of "entre 1,5 et 2 milliards" takes the high end's scale and "%".
    NumberToken shareScale(NumberToken x, const NumberToken &y);

    void emitRange(const NumberToken &x0, const NumberToken &y);

    void emitEvolution(const NumberToken &x0, const NumberToken &y);

    // "son réseau d'agences, passant de 120 à 174": the plural noun the evolution is about.
    QString subjectNoun(qsizetype xStart) const;

    Context &c;
    QList<Claim> &m_out;
    qsizetype m_consumedUntil = -1;
    int m_evolutionSentence = -1; // the sentence of the last evolution read
};

} // namespace ExtractionDetail
