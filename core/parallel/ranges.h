// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

// Work on the items of one large input (a long article's paragraphs, its claims) spread over
// the cores: [0, n) cut into contiguous ranges, a few per thread of the global pool, this
// thread taking part. The ranges are independent: `work` must only read what is shared and write
// items of its own range. Returns when every range is done. A small input (fewer than two
// ranges of `minimum` items), a pool of one thread, or a pool with every thread busy (many files
// read at once) runs on this thread alone: the result is the same either way.
namespace Parallel {

void forRanges(qsizetype n, qsizetype minimum,
               const std::function<void(qsizetype begin, qsizetype end)> &work);

// Less text than this (in characters) per range is read on one thread.
constexpr qsizetype kMinimumText = 8192;

// The same with items of unequal cost (paragraphs of a few words and of 20,000 characters): the
// ranges hold about equal total weights, each at least `minimumWeight`, never an empty one.
void forWeightedRanges(qsizetype n, const std::function<qsizetype(qsizetype item)> &weight,
                       qsizetype minimumWeight,
                       const std::function<void(qsizetype begin, qsizetype end)> &work);

// Whether forRanges() would cut n items into several ranges: work done ahead for the ranges'
// sake (rather than as needed) is worth it only then.
bool splits(qsizetype n, qsizetype minimum);

} // namespace Parallel
