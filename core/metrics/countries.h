// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

// The countries of the world by their French names, and the country each article of a bilan is
// about.
namespace Countries {

// The country an owner names ("Maroc", "États-Unis", "Royaume-Uni"), as the table writes it, or
// an empty string.
QString named(QStringView owner);

// The country whose people a word names, in any of its forms ("Marocains", "Tunisiennes",
// "Français"), as the table writes it, or an empty string.
QString ofPeople(QStringView word);

// The country a bilan is about, and each article's when it is another: a figure no place owns
// is its article's country's ("le taux de chômage a atteint 13 %" in a dispatch on Tunisia is
// Tunisia's), and one the bilan's own country owns is national ("au Maroc, le taux de chômage…"
// and "le taux de chômage…" in a bilan on Morocco, whose press takes its country for granted).
struct Homes
{
    // Named by more articles than any other country, and by two at least; else empty.
    QString bilan;
    // Per article: the country it is about when the bilan has one, the article does not name it
    // and names one other more than any; else empty (national).
    QStringList articles;
    // Per article: whether it names no country at all (its home, if any, was guessed from its
    // outlet).
    QList<bool> unnamed;
};
// Furniture is not read.
Homes homes(const QList<Article> &articles);

// The key counted more than any other, and its count; nothing when no key is counted or two
// share the most (an article naming "France, Espagne, Allemagne" once each stands for none).
template<typename Key> std::optional<std::pair<Key, int>> standsOut(const QHash<Key, int> &counts)
{
    std::optional<std::pair<Key, int>> best;
    bool tie = false;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (!best || it.value() > best->second) {
            best = std::pair<Key, int> {it.key(), it.value()};
            tie = false;
        } else if (it.value() == best->second) {
            tie = true;
        }
    }
    return tie ? std::nullopt : best;
}

} // namespace Countries
