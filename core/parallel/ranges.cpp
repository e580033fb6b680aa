// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/ranges.h"

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

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
    QtConcurrent::blockingMap(ranges,
                              [&work](const std::pair<qsizetype, qsizetype> &r) { work(r.first, r.second); });
}
