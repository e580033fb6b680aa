// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/codepointmap.h"

#include <algorithm>

CodePointMap::CodePointMap(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_lowSurrogates.append(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16) const
{
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16)
        - m_lowSurrogates.cbegin();
    return utf16 - before;
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    // Each pair before the target adds one UTF-16 unit; pair k's low half sits at code point
    // index lowSurrogates[k] - k, so count the pairs whose code point index is below ours.
    qsizetype lo = 0, hi = m_lowSurrogates.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_lowSurrogates[mid] - mid <= codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}
