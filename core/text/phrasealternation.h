// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <bitset>
#include <optional>

// A regular expression of phrases that may stand anywhere in a line, "cliquez ici|tous droits
// r[ée]serv[ée]s|…", answered without trying every alternative at every character. Each
// alternative that is a finite set of phrases (characters, escaped punctuation, "(?:a|b)"
// groups and optional parts) is expanded to its phrases, and a line is read once: at each
// character, the three that start there pick the few phrases that could start there. The
// alternatives that are not finite ("\d+\s*min") stay a regular expression, run as before.
// The answer is the regular expression's.
class PhraseAlternation
{
public:
    PhraseAlternation() = default;
    PhraseAlternation(const QStringList &alternatives, QRegularExpression::PatternOptions options);

    bool matches(QStringView text) const;

    // The phrases an alternative stands for, or none when it is not a finite set of phrases
    // (or more than `limit` of them).
    static std::optional<QStringList> expand(QStringView alternative, qsizetype limit = 256);
    // The longest run of plain characters every match of `alternative` holds ("min" in
    // "\d+\s*min(?:utes?)?"), or an empty string when it has none.
    static QString requiredLiteral(QStringView alternative);
    // A pattern's top-level alternatives: "a|b(?:c|d)" gives "a" and "b(?:c|d)".
    static QStringList topLevelAlternatives(QStringView pattern);
    // "(?:a|b)": one non-capturing group from the first character to the last.
    static bool isOneGroup(QStringView pattern);

private:
    static constexpr int kBuckets = 4096;
    static int bucketOf(QChar a, QChar b, QChar c);

    std::array<QList<QString>, kBuckets> m_phrases; // by their first three characters
    std::bitset<kBuckets> m_used; // the buckets that hold a phrase
    QList<QString> m_short; // phrases of one or two characters
    QRegularExpression m_rest; // the alternatives that are not phrases
    QStringList m_restLiterals; // one of them stands in every match of m_rest; empty: unknown
    bool m_hasRest = false;
};
