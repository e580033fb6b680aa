// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/frenchdates.h"

// Periods and relative dates, for FrenchDates::findAll: quarters and half-years ("au
// deuxième trimestre 2018", "T1 2024", "au premier semestre"), the first months of a year
// ("les dix premiers mois de 2016"), the edges of a year ("fin 2024", "mi-2023"), ISO months
// ("2017-12"), spans of years ("2017-2026", "entre 2022 et 2023"), and dates written relative
// to another ("un an plus tôt", "la même période de l'année précédente", "le trimestre
// précédent", "celui de 2017", "l'an dernier").
namespace FrenchDates::Periods {

// Appends what `text` holds to `out` (unsorted). Runs only the patterns whose words stand in
// `words`.
void find(QStringView text, const FoldedWords &words, PartialDate reference, QList<DateMatch> &out);

} // namespace FrenchDates::Periods
