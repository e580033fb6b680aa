// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

// Something in the bilan that does not add up, explained in a sentence and naming its claims
// (as (article, claim) indexes into the bilan's articles). Made by the consistency checks;
// shown in the window, the report and `bilan-cli check`.
struct Finding
{
    QString kind; // "contradiction", "decrease", "date_mismatch", "ratio", "repeated"
    QString metric; // the metric's key, or empty
    QString message; // one plain sentence
    QList<std::pair<int, int>> claims;
    bool informative = false; // worth knowing, not a problem ("repeated word for word")
};
