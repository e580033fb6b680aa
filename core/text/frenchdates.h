// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "text/textutil.h"

#include <QList>
#include <QStringView>

// Finds the dates a French text writes: "vendredi 21 mars 2025", "1er décembre 2022",
// "fin mars 2025", "mars 2025", "17-02-2025", "le 17 - 02 - 2025", "2025-02-17", and a month
// alone where a preposition makes it a date ("en avril", "à fin janvier").
// Bare years are left to the caller: whether "2025" is a year depends on its neighbours.
namespace FrenchDates {

enum class Edge : quint8 { None, Start, End, Middle };

struct DateMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    PartialDate date;
    bool yearInferred = false; // the text gave no year: it came from the reference date
    Edge edge = Edge::None; // "début mars", "fin mars", "mi-mars"
};

// 1..12 for a French month name or abbreviation ("février", "fevrier", "fév.", "sept"), else 0.
int monthFromName(QStringView word);

// Every date in `text`. `reference` (usually the publication date) supplies the year of a
// month written without one: the latest such month not after the reference.
QList<DateMatch> findAll(QStringView text, PartialDate reference = {});
// The same with the text's words already read.
QList<DateMatch> findAll(QStringView text, const FoldedWords &words, PartialDate reference);

// When the whole of `line` is a date, possibly with a weekday, "le", "Publié le", a time
// ("à 10h30") around it: that date.
PartialDate parseDateLine(QStringView line);

} // namespace FrenchDates
