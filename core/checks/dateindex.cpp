// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dateindex_p.h"

#include <algorithm>

namespace CheckDetail {

DateIndex::DateIndex(const QList<Item> &items, const QList<int> &members)
    : m_items(items)
    , m_order(members)
{
    auto keyOf = [&](int i) {
        return sortKey(items[i].c->asOf);
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
    m_keys.reserve(m_order.size());
    for (int i : std::as_const(m_order))
        m_keys.append(keyOf(i));
    m_largestLow = build(true);
    m_smallestHigh = build(false);
}

int DateIndex::lowerBound(qint64 k) const
{
    return int(std::lower_bound(m_keys.cbegin(), m_keys.cend(), k) - m_keys.cbegin());
}

int DateIndex::upperBound(qint64 k) const
{
    return int(std::upper_bound(m_keys.cbegin(), m_keys.cend(), k) - m_keys.cbegin());
}

DateIndex::Spans DateIndex::before(const PartialDate &date) const
{
    const int m = monthIndex(date);
    // Whole months before; then, for a dated day, the dated days before it in its month (a
    // day-less date of that month sorts first and contains the day: it is not before).
    Spans spans {Span {0, lowerBound(key(m, 0))}, Span {}};
    if (date.day > 0)
        spans[1] = {lowerBound(key(m, 1)), lowerBound(key(m, date.day))};
    return spans;
}

DateIndex::Spans DateIndex::after(const PartialDate &date) const
{
    const int m = monthIndex(date);
    Spans spans {Span {}, Span {lowerBound(key(m + 1, 0)), size()}};
    if (date.day > 0)
        spans[0] = {upperBound(key(m, date.day)), lowerBound(key(m + 1, 0))};
    return spans;
}

std::array<DateIndex::Span, 4> DateIndex::between(const PartialDate &from, const PartialDate &to) const
{
    const Spans a = after(from);
    const Spans b = before(to);
    std::array<Span, 4> spans;
    int n = 0;
    for (const Span &x : a) {
        for (const Span &y : b)
            spans[n++] = {std::max(x.begin, y.begin), std::min(x.end, y.end)};
    }
    return spans;
}

bool DateIndex::better(int a, int b, bool largest) const
{
    const ConsistencyChecker::Interval &x = m_items[m_order[a]].range;
    const ConsistencyChecker::Interval &y = m_items[m_order[b]].range;
    if (largest ? x.low != y.low : x.high != y.high)
        return largest ? x.low > y.low : x.high < y.high;
    return a < b;
}

QList<int> DateIndex::build(bool largest) const
{
    const int n = size();
    QList<int> tree(2 * n, -1);
    for (int p = 0; p < n; ++p)
        tree[n + p] = p;
    for (int node = n - 1; node > 0; --node) {
        const int l = tree[2 * node], r = tree[2 * node + 1];
        tree[node] = l < 0 ? r : (r < 0 || better(l, r, largest) ? l : r);
    }
    return tree;
}

int DateIndex::query(const QList<int> &tree, Span span, bool largest) const
{
    const int n = size();
    int found = -1;
    auto take = [&](int p) {
        if (p >= 0 && (found < 0 || better(p, found, largest)))
            found = p;
    };
    for (int l = span.begin + n, r = span.end + n; l < r; l /= 2, r /= 2) {
        if (l & 1)
            take(tree[l++]);
        if (r & 1)
            take(tree[--r]);
    }
    return found;
}

} // namespace CheckDetail
