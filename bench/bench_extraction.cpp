// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction speed and claim memory on a corpus of at least 20 MB built from the bundled
// articles, on one thread and on every core (QtConcurrent across articles).
//
//   bench_extraction [--mb N] [--repeat N]
//
// Targets (issue "Extraction engine"): at least 20 MB/s on one core, linear in input size,
// at most 200 bytes per claim beside the article text.

#include "benchcorpus.h"
#include "extraction/claimextractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>

namespace {

struct Run
{
    double seconds = 0;
    qint64 claims = 0;
};

Run extractAll(QList<Article> &articles, bool parallel)
{
    for (Article &a : articles)
        a.claims.clear();
    // One thread is one: a long article's paragraphs are not read in parallel either.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    if (!parallel)
        pool->setMaxThreadCount(1);
    QElapsedTimer timer;
    timer.start();
    if (parallel)
        QtConcurrent::blockingMap(articles, [](Article &a) { ClaimExtractor::extractInto(a); });
    else
        for (Article &a : articles)
            ClaimExtractor::extractInto(a);
    Run r;
    r.seconds = timer.nsecsElapsed() / 1e9;
    pool->setMaxThreadCount(threads);
    for (const Article &a : articles)
        r.claims += a.claims.size();
    return r;
}

Run best(QList<Article> &articles, bool parallel, int repeat)
{
    Run b;
    for (int i = 0; i < repeat; ++i) {
        const Run r = extractAll(articles, parallel);
        if (i == 0 || r.seconds < b.seconds)
            b = r;
    }
    return b;
}

// Heap bytes a claim holds beyond its struct: strings not shared with other claims.
qint64 claimHeapBytes(const QList<Article> &articles)
{
    QSet<const void *> seen;
    qint64 bytes = 0;
    for (const Article &a : articles) {
        bytes += a.claims.capacity() * qint64(sizeof(Claim));
        for (const Claim &c : a.claims) {
            for (const QString *s : {&c.unit, &c.per, &c.speaker, &c.metric}) {
                if (!s->isEmpty() && !seen.contains(s->constData())) {
                    seen.insert(s->constData());
                    bytes += s->capacity() * 2 + 16;
                }
            }
        }
    }
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of Bilan's claim extraction."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("mb"), QStringLiteral("Corpus size in MB (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Runs per measure; the best counts (default 3)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const double mb = parser.value(QStringLiteral("mb")).toDouble();
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());

    std::printf("%-28s %10s %10s %12s %12s\n", "measure", "MB", "seconds", "MB/s", "claims/s");
    // Linearity: the same measure on a quarter and a half of the corpus.
    for (double part : {0.25, 0.5, 1.0}) {
        QList<Article> corpus = BenchCorpus::build(qint64(mb * part * 1024 * 1024));
        const double size = BenchCorpus::utf8Size(corpus) / (1024.0 * 1024.0);
        const Run one = best(corpus, false, repeat);
        std::printf("%-28s %10.1f %10.3f %12.1f %12.0f\n", qPrintable(QStringLiteral("one thread")), size,
                    one.seconds, size / one.seconds, one.claims / one.seconds);
        if (part < 1.0)
            continue;
        const Run all = best(corpus, true, repeat);
        std::printf("%-28s %10.1f %10.3f %12.1f %12.0f\n",
                    qPrintable(QStringLiteral("all cores (%1 threads)")
                                   .arg(QThreadPool::globalInstance()->maxThreadCount())),
                    size, all.seconds, size / all.seconds, all.claims / all.seconds);
        const qint64 heap = claimHeapBytes(corpus);
        std::printf("\nclaims: %lld; sizeof(Claim) = %zu bytes; claims with their own strings: %.1f bytes "
                    "per claim\n",
                    static_cast<long long>(one.claims), sizeof(Claim), double(heap) / double(one.claims));
    }
    return 0;
}
