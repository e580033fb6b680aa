// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

class FoldedWords;

// Reads the numbers of a French text, every way the press writes them: "734.000",
// "1 200 000" (spaces, U+00A0, U+202F), "9. 255", "9,5", "24,7 millions", "17 MMDH",
// "4 M DH", "12 %", "12 pour cent", "quatre-vingt-dix", "deux cent mille", "un million et
// demi", "une dizaine". It reports what a number looks like (an ordinal, glued to letters, a
// time of day, part of an identifier) and leaves the decision whether it is a claim to the
// extractor. Values are exact where a double allows: "24,7 millions" is 247e5, not
// 24.7 * 1e6.
struct NumberToken
{
    enum class Form : quint8 { Digits, Words };

    qsizetype start = 0;
    qsizetype end = 0; // past the scale word, "%" or glued currency abbreviation
    qsizetype numberEnd = 0; // past the digits or number words themselves
    double value = 0; // scaled; NaN when unreadable (overflow)
    double scale = 1; // 1, 1e3, 1e6, 1e9, 1e12
    Form form = Form::Digits;
    bool percent = false; // "%", "pour cent"
    // The currency an abbreviation in the token names ("MDH", "MMDH", "M DH": "MAD"; "MDT": "TND";
    // "MD": "dinars", whose country the article gives), else empty.
    QStringView currency;
    bool currencyInToken = false; // any currency symbol or abbreviation inside the token
    bool approximate = false; // "une dizaine", "un millier"
    bool grouped = false; // thousands separators
    bool decimal = false;
    bool ordinal = false; // 1er, 2e, 9ème
    bool glued = false; // letters glued before or after: H24, 2M, COVID-19
    bool time = false; // 10h30, 18:00
    bool article = false; // "un"/"une" alone
    bool unreadable = false;
    bool fraction = false; // "la moitié", "deux tiers", "un Français sur trois": a share, in %
    int integerDigits = 0; // digits before the decimal separator
    QChar joinerAfter; // '-' or '/' when another number follows directly ("65-00")
    double halfAdded = 0; // "et demi", "et trois quarts" after the scale: the fraction of it added

    // "trois", "vingt-cinq": words that are numbers only when they count something.
    bool isSmallWordNumber() const { return form == Form::Words && value < 100 && !approximate && !fraction; }
};

namespace NumberReader {

QList<NumberToken> scan(QStringView text);
// The same with the text's words already read (faster: most words are not number words).
QList<NumberToken> scan(QStringView text, const FoldedWords &words);

// Reads the whole of `text` as one number (tests and the fuzzer use this): NaN when it is not
// exactly one readable number.
double valueOf(QStringView text);

// The value of a French number word ("vingt", "mille"), or -1.
int wordValue(QStringView word);

} // namespace NumberReader
