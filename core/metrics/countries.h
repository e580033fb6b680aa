// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QList>
#include <QString>
#include <QStringView>

// The countries of the world by their French names, and the country each article of a bilan is
// about.
namespace Countries {

// The country an owner names ("Maroc", "États-Unis", "Royaume-Uni"), as the table writes it, or
// an empty string.
QString named(QStringView owner);

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

} // namespace Countries
