// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "extraction/numberreader.h"
#include "extraction/unitdetector.h"
#include "text/sentencesplitter.h"

#include <QList>
#include <QStringList>

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
    PartialDate date;
    bool since = false; // "depuis le 1er décembre 2022": a start, not an as-of date
    bool explicitYear = true; // the text wrote the year ("mars 2025", "en 2021")
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
};

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

    // A number without its own noun counts what the sentence is about: "le nombre d'inscrits
    // a dépassé 1,7 million", "dont plus de 300.000 …", "Parmi ces dossiers, 12 millions …".
    UnitInfo inheritUnit(const NumberToken &t, QStringView before, UnitInfo unit);

    // Dates in [m_excludeFrom, m_excludeTo) belong to another figure (the other end of an
    // evolution): they are not this one's.
    qsizetype m_excludeFrom = 0;
    qsizetype m_excludeTo = 0;

    void resolveDate(Claim &claim, const NumberToken &t, bool evolutionStart);

    QString speakerFor(qsizetype pos) const;

    void single(Candidate &cand);

    static bool isMultiplier(const NumberToken &t, QStringView text);
    bool isMultiplier(const NumberToken &t) const;

    // "…, et trois ont été", "dont deux": a number word right after a connector, with a figure
    // earlier in its sentence.
    bool continuesPreviousFigure(const NumberToken &t) const;

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
};

} // namespace ExtractionDetail
