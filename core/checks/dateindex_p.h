// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/checkcontext_p.h"

#include <array>

namespace CheckDetail {

// Items with a month, in date order, answering in O(log n) what a pair loop would: which items
// lie strictly before, after or between dates (as compareDates() orders them: "2025-03" is
// neither before nor after "2025-03-12"), and among a span of them the one with the largest
// low or the smallest high. So that the checks of a metric of a million figures stay
// near-linear (issue 15).
class DateIndex
{
public:
    // Positions [begin, end) in date order.
    struct Span
    {
        int begin = 0;
        int end = 0;
        bool isEmpty() const { return begin >= end; }
    };
    // At most two spans: the whole months on one side, and the dated days of the date's own
    // month.
    using Spans = std::array<Span, 2>;

    // `members` are items of `items` whose date has a month.
    DateIndex(const QList<Item> &items, const QList<int> &members);

    // The order of the index: by month, a date without a day before the days of its month.
    static qint64 sortKey(const PartialDate &d) { return key(monthIndex(d), d.day); }

    int size() const { return int(m_order.size()); }
    int item(int position) const { return m_order[position]; }

    Spans before(const PartialDate &date) const;
    Spans after(const PartialDate &date) const;
    // Strictly after `from` and strictly before `to`: up to four spans, empty ones included.
    std::array<Span, 4> between(const PartialDate &from, const PartialDate &to) const;

    // The item with the largest range.low (the smallest range.high) in the spans; -1 when they
    // are empty. Ties go to the earliest position.
    template<typename Spans> int largestLow(const Spans &spans) const
    {
        return best(spans, m_largestLow, true);
    }
    template<typename Spans> int smallestHigh(const Spans &spans) const
    {
        return best(spans, m_smallestHigh, false);
    }

private:
    static qint64 key(int monthIndex, int day) { return qint64(monthIndex) * 32 + day; }
    static int monthIndex(const PartialDate &d) { return d.year * 12 + d.month - 1; }
    int lowerBound(qint64 k) const;
    int upperBound(qint64 k) const;
    // A segment tree of positions: each node holds the position of its span's best item.
    QList<int> build(bool largest) const;
    int query(const QList<int> &tree, Span span, bool largest) const;
    bool better(int a, int b, bool largest) const;
    template<typename Spans> int best(const Spans &spans, const QList<int> &tree, bool largest) const
    {
        int found = -1;
        for (const Span &s : spans) {
            const int p = s.isEmpty() ? -1 : query(tree, s, largest);
            if (p >= 0 && (found < 0 || better(p, found, largest)))
                found = p;
        }
        return found < 0 ? -1 : m_order[found];
    }

    const QList<Item> &m_items;
    QList<int> m_order; // items, in date order
    QList<qint64> m_keys; // their dates, as month * 32 + day
    QList<int> m_largestLow;
    QList<int> m_smallestHigh;
};

} // namespace CheckDetail
