// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/ranges.h"

#include <QList>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

namespace {

qsizetype rangeCount(qsizetype n, qsizetype minimum)
{
    // A pool of one thread means one thread: this one (a benchmark measures so).
    const qsizetype threads = QThreadPool::globalInstance()->maxThreadCount();
    // A few ranges per thread, so that one slow range (a page of tables) does not leave the
    // other threads idle at the end.
    return threads <= 1 ? 1 : qMin(4 * threads, n / qMax<qsizetype>(1, minimum));
}

} // namespace

bool Parallel::splits(qsizetype n, qsizetype minimum)
{
    return rangeCount(n, minimum) > 1;
}

namespace {

// The ranges shared by this thread and helpers started on threads of the pool that are idle now:
// each takes the next range left until none is. A helper is never queued: QtConcurrent's blocking
// map queues its work and waits for it, and two files read at once, each on a pool thread, each
// waiting for work queued behind the other, never went on. With no idle thread, this thread reads
// every range itself.
void runRanges(const QList<std::pair<qsizetype, qsizetype>> &ranges,
               const std::function<void(qsizetype, qsizetype)> &work)
{
    std::atomic<qsizetype> next {0};
    const auto drain = [&ranges, &work, &next] {
        for (qsizetype i = next++; i < ranges.size(); i = next++)
            work(ranges[i].first, ranges[i].second);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    // (This thread is one of the threads the pool allows: the others are its helpers.)
    const qsizetype wanted = qMin<qsizetype>(ranges.size(), pool->maxThreadCount()) - 1;
    // (Shared: a helper may still be returning from release() when this thread wakes.)
    const auto done = std::make_shared<QSemaphore>();
    qsizetype helpers = 0;
    while (helpers < wanted && pool->tryStart([&drain, done] {
        drain();
        done->release();
    }))
        ++helpers;
    drain();
    done->acquire(int(helpers));
}

} // namespace

void Parallel::forWeightedRanges(qsizetype n, const std::function<qsizetype(qsizetype)> &weight,
                                 qsizetype minimumWeight,
                                 const std::function<void(qsizetype, qsizetype)> &work)
{
    const qsizetype threads = QThreadPool::globalInstance()->maxThreadCount();
    if (threads <= 1 || n <= 1) {
        work(0, n);
        return;
    }
    QList<qsizetype> before(n + 1, 0); // the weight of the items before each
    for (qsizetype i = 0; i < n; ++i)
        before[i + 1] = before[i] + qMax<qsizetype>(0, weight(i));
    const qsizetype total = before[n];
    const qsizetype count = std::min({4 * threads, n, total / qMax<qsizetype>(1, minimumWeight)});
    if (count <= 1) {
        work(0, n);
        return;
    }
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype begin = 0;
    for (qsizetype k = 1; k <= count && begin < n; ++k) {
        // The first item whose weight before reaches the k-th share ends the range.
        qsizetype end = k == count
            ? n
            : std::lower_bound(before.cbegin() + begin + 1, before.cend(), total * k / count)
                - before.cbegin();
        end = qBound(begin + 1, end, n);
        ranges.append({begin, end});
        begin = end;
    }
    runRanges(ranges, work);
}

void Parallel::forRanges(qsizetype n, qsizetype minimum,
                         const std::function<void(qsizetype, qsizetype)> &work)
{
    const qsizetype count = rangeCount(n, minimum);
    if (count <= 1) {
        work(0, n);
        return;
    }
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype k = 0; k < count; ++k)
        ranges.append({n * k / count, n * (k + 1) / count});
    runRanges(ranges, work);
}
