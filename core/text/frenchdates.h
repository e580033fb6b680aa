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

// A date written relative to another one: "un an plus tôt", "l'année précédente", "la même
// période de l'année écoulée", "le trimestre précédent", "trois jours plus tôt", "celui de
// 2017". It is counted from the date of the figure it is compared with (the anchor); "la
// même période" and "celui de" take the month of the period named before them.
struct Relative
{
    bool active = false;
    qint16 year = 0; // a year the text gives ("la même période de 2017"); 0 when it gives none
    qint8 month = 0; // a month the text gives ("janvier-juin de l'année précédente"); 0 when none
    qint8 years = 0; // offsets from the anchor, negative when earlier
    qint8 months = 0;
    qint16 days = 0;
    bool samePeriod = false; // the month comes from the period named before
    bool calendarYear = false; // "l'an dernier": outside a comparison, the year before the reference
    bool ago = false; // "il y a trois ans": dates an event; a figure only in a comparison
};

struct DateMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    PartialDate date; // a relative date: resolved against the reference
    bool yearInferred = false; // the text gave no year: it came from the reference date
    Edge edge = Edge::None; // "début mars", "fin mars", "mi-mars"
    Relative relative;
    // A span of time ("entre janvier et mai 2024", "du 16 au 22 mars", "2017-2026", "entre
    // 2022 et 2023"): `date` is its end, `rangeStart` its start; null for a single date.
    PartialDate rangeStart;
};

// 1..12 for a French month name or abbreviation ("février", "fevrier", "fév.", "sept"), else 0.
int monthFromName(QStringView word);

// Every date in `text`. `reference` (usually the publication date) supplies the year of a
// month written without one: the latest such month not after the reference.
QList<DateMatch> findAll(QStringView text, PartialDate reference = {});
// The same with the text's words already read.
QList<DateMatch> findAll(QStringView text, const FoldedWords &words, PartialDate reference);

// Resolves a relative date against `anchor` (the date of the figure it is compared with) and
// `period` (the period named before it, for "la même période"). Null when neither gives a year.
PartialDate resolve(const Relative &relative, PartialDate anchor, PartialDate period = {});

// When the whole of `line` is a date, possibly with a weekday, "le", "Publié le", a time
// ("à 10h30") around it: that date.
PartialDate parseDateLine(QStringView line);

} // namespace FrenchDates
