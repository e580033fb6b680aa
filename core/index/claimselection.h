// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <utility>

// The claims a command works on — an export, a report, a listing — in the order it writes
// them, as (article, claim) indexes into the document's articles. ProjectDocument::select()
// makes one from a ClaimFilter; the window makes one from the rows its table shows.
struct ClaimSelection
{
    QList<std::pair<int, int>> claims;

    qsizetype size() const { return claims.size(); }
    bool isEmpty() const { return claims.isEmpty(); }
};
