// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

// Converts UTF-16 offsets (what QString counts) into Unicode code point offsets (what the
// bilan.claims JSON promises) and back. Only surrogate pairs make the two differ, so the map
// stores where they are and nothing at all for the common all-BMP text.
class CodePointMap
{
public:
    CodePointMap() = default;
    explicit CodePointMap(QStringView text);

    qsizetype toCodePoint(qsizetype utf16) const;
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    QList<qsizetype> m_lowSurrogates; // UTF-16 index of the second half of each pair, sorted
};
