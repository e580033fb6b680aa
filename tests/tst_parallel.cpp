// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/ranges.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <vector>

// Parallel::forRanges: every item in exactly one range, ranges that never overlap, and one
// thread when the input is small or the pool is of one thread.
class tst_Parallel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyItemOnce_data();
    void everyItemOnce();
    void smallInputOnThisThread();
    void poolOfOneOnThisThread();
    void nestedInAPoolThread();
    void nestedInEveryPoolThread();
    void cleanup();

private:
    int m_threads = QThreadPool::globalInstance()->maxThreadCount();
};

void tst_Parallel::cleanup()
{
    QThreadPool::globalInstance()->setMaxThreadCount(m_threads);
}

void tst_Parallel::everyItemOnce_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("threads");
    QTest::newRow("empty") << 0 << 16 << 4;
    QTest::newRow("one item") << 1 << 1 << 4;
    QTest::newRow("just two ranges") << 32 << 16 << 4;
    QTest::newRow("uneven") << 1001 << 7 << 3;
    QTest::newRow("many items") << 100000 << 64 << 4;
    QTest::newRow("minimum of zero") << 50 << 0 << 2;
}

void tst_Parallel::everyItemOnce()
{
    QFETCH(int, n);
    QFETCH(int, minimum);
    QFETCH(int, threads);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    std::vector<QAtomicInt> seen(n);
    QMutex mutex;
    QList<std::pair<qsizetype, qsizetype>> ranges;
    Parallel::forRanges(n, minimum, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            seen[i].fetchAndAddRelaxed(1);
        QMutexLocker lock(&mutex);
        ranges.append({begin, end});
    });
    for (int i = 0; i < n; ++i)
        QCOMPARE(seen[i].loadRelaxed(), 1);
    std::sort(ranges.begin(), ranges.end());
    QVERIFY(!ranges.isEmpty());
    QCOMPARE(ranges.first().first, 0);
    QCOMPARE(ranges.last().second, n);
    for (qsizetype k = 1; k < ranges.size(); ++k)
        QCOMPARE(ranges[k].first, ranges[k - 1].second);
    // At most a few ranges per thread, each of the minimum at least when there are several.
    QVERIFY(ranges.size() <= 4 * threads);
    if (ranges.size() > 1) {
        for (const auto &r : ranges)
            QVERIFY(r.second - r.first >= qMax(1, minimum));
    }
}

void tst_Parallel::smallInputOnThisThread()
{
    QThreadPool::globalInstance()->setMaxThreadCount(4);
    int calls = 0;
    QThread *thread = nullptr;
    Parallel::forRanges(31, 16, [&](qsizetype begin, qsizetype end) {
        ++calls;
        thread = QThread::currentThread();
        QCOMPARE(begin, 0);
        QCOMPARE(end, 31);
    });
    QCOMPARE(calls, 1);
    QCOMPARE(thread, QThread::currentThread());
}

void tst_Parallel::poolOfOneOnThisThread()
{
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    QSet<QThread *> threads;
    int calls = 0;
    Parallel::forRanges(100000, 1, [&](qsizetype, qsizetype) {
        ++calls;
        threads.insert(QThread::currentThread());
    });
    QCOMPARE(calls, 1);
    QCOMPARE(threads, QSet<QThread *> {QThread::currentThread()});
}

// Called from a thread of the pool while every other thread is busy (files read at once): the
// work still gets done, on this thread if need be, and never waits for a thread that will
// not come.
void tst_Parallel::nestedInAPoolThread()
{
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    QAtomicInt done;
    QThreadPool::globalInstance()->start([&] {
        QThread::msleep(200); // holds the pool's other thread while the nested call runs
    });
    QThreadPool::globalInstance()->start([&] {
        Parallel::forRanges(
            10000, 10, [&](qsizetype begin, qsizetype end) { done.fetchAndAddRelaxed(int(end - begin)); });
    });
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCOMPARE(done.loadRelaxed(), 10000);
}

// Called from every thread of the pool at once (as many files read at once as the pool has
// threads, each reading its paragraphs in ranges): no call waits for a thread held by another.
void tst_Parallel::nestedInEveryPoolThread()
{
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    QAtomicInt done;
    QSemaphore started;
    for (int t = 0; t < 2; ++t) {
        QThreadPool::globalInstance()->start([&] {
            // (Both threads are held before either reads its ranges.)
            started.release();
            started.acquire(2);
            started.release(2);
            Parallel::forRanges(10000, 10, [&](qsizetype begin, qsizetype end) {
                done.fetchAndAddRelaxed(int(end - begin));
            });
        });
    }
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCOMPARE(done.loadRelaxed(), 20000);
}

QTEST_GUILESS_MAIN(tst_Parallel)
#include "tst_parallel.moc"
