// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

// The common words of French, as a system word list has them: Debian's `wfrench`
// (/usr/share/dict/french, some 346,000 inflected forms, no proper nouns). It tells a common
// noun capitalised as a rubric ("Automobile : les statistiques de l'AIVAM") from a name the
// article never writes again ("Tunisie : …", "Gabon : …").
//
// Words are compared folded (accents, case): only a 64-bit hash of each is kept, sorted, some
// 2.8 MB. A missing or unreadable list makes every word unknown: the callers then read as if
// no word were known to be common.
class FrenchLexicon
{
public:
    // The list read from `path`, one word per line in UTF-8.
    static FrenchLexicon fromFile(const QString &path);
    // The system's list, read once on first use (thread-safe); the environment variable
    // BILAN_FRENCH_WORDS names another file.
    static const FrenchLexicon &system();

    bool isEmpty() const { return m_hashes.empty(); }
    qsizetype size() const { return qsizetype(m_hashes.size()); }
    // Whether the list holds `word` (compared folded).
    bool contains(QStringView word) const;

private:
    static quint64 hashOf(QStringView folded);
    std::vector<quint64> m_hashes; // sorted, unique
};
