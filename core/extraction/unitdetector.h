// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "extraction/numberreader.h"

#include <QStringView>

// What a figure measures, from the words around it: a currency (ISO 4217, "MAD" for every
// dirham), "%", a time unit (a duration), or the counted noun ("28 décrets d'application" →
// "décrets"), and what it is counted per ("par jour", "moyenne quotidienne").
struct UnitInfo
{
    ClaimKind kind = ClaimKind::Other;
    QString unit;
    QString per;
    qsizetype unitEnd = -1; // offset (in `after`) past the noun or currency, -1 when none
    qsizetype consumedEnd = -1; // offset (in `after`) past a denominator ("pour 10 000 habitants")
    double factor = 1; // a physical unit's factor to its canonical unit ("GW" → "MW": 1000)
    QString written; // a physical unit as written, when it differs from `unit` ("mégawatts")
};

namespace UnitDetector {

// `before` ends where the number starts and `after` starts where it ends, both within the
// figure's sentence.
UnitInfo detect(const NumberToken &token, QStringView before, QStringView after);

// The noun a number written without one counts, read from before it: "le nombre d'inscrits
// … a dépassé 1,7 million" → "inscrits". Empty when there is none.
QString nounFromBefore(QStringView before);
// The plural subject a sentence opens on, when a verb of level follows it and the figure comes
// next: "Les abonnements fixes s'établissent à plus de 2 millions" → "abonnements".
QString subjectNoun(QStringView before);
// "nouveaux", "différentes", "autres": a word that qualifies the noun counted, not the noun.
bool isAdjective(QStringView word);

bool isTimeUnit(QStringView noun);

// The country of a currency of one country only ("MAD" → "Maroc", "DZD" → "Algérie"); empty for
// a currency several share ("EUR", "USD", "XOF") or one unknown.
QString currencyCountry(QStringView code);

// Whether a word, folded, is one a currency is written with alone: "dirhams", "dinars", "dt",
// "euros", "usd", "fcfa" (not a word of a currency of several words: "livres" of "livres
// sterling").
bool isCurrencyWord(const QString &folded);

} // namespace UnitDetector
