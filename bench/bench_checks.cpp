// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency checks and the metric grouping at a million claims, on one core: copies of
// the bundled articles (their text shared, their figures and dates changed at random, as a desk's
// years of articles on one subject repeat and revise the same figures), grouped into metrics by
// MetricSet::discover, then checked by ConsistencyChecker::check. Prints each stage's time and
// the process's peak memory after it.
//
//   bench_checks [--claims N]
//
// Target (issue 15): at 1,000,000 claims, the checks in <= 10 s and <= 1 GB on one core, and
// near-linear: the time per claim at 1M no more than twice that at 100k (run both).

#include "benchcorpus.h"
#include "benchprocess.h"
#include "checks/consistencychecker.h"
#include "metrics/metricset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace {

// A copy whose figures a later article could give: a third of the values revised by up to 20 %,
// a fifth of the dates a month later.
void revise(Article &b, int copy, QRandomGenerator &random)
{
    b.outlet = QStringLiteral("Outlet %1").arg(copy % 40);
    for (Claim &c : b.claims) {
        if (c.isReadable() && random.bounded(3) == 0)
            c.value = std::round(c.value * (0.8 + 0.4 * random.generateDouble()));
        if (c.asOf.month > 0 && c.asOf.month < 12 && random.bounded(5) == 0)
            ++c.asOf.month;
        c.metric.clear();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The consistency checks and metric grouping at scale."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.process(app);
    const qsizetype wanted = parser.value(QStringLiteral("claims")).toLongLong();

    QRandomGenerator random(20261202);
    QList<Article> articles
        = BenchCorpus::withClaims(wanted, [&random](Article &a, int n) { revise(a, n, random); });
    qsizetype claims = 0;
    for (const Article &a : articles)
        claims += a.claims.size();
    if (claims == 0)
        return 1;
    std::printf("%lld claims in %lld articles; peak %.0f MB once built\n", static_cast<long long>(claims),
                static_cast<long long>(articles.size()), ownMegabytes("VmHWM"));

    QElapsedTimer timer;
    timer.start();
    const MetricSet metrics = MetricSet::discover(articles);
    const double discoverSeconds = timer.elapsed() / 1000.0;
    std::printf("%-34s %8.2f s  peak %6.0f MB  %lld metrics\n", "metric grouping (discover)", discoverSeconds,
                ownMegabytes("VmHWM"), static_cast<long long>(metrics.metrics().size()));
    std::fflush(stdout);

    timer.restart();
    const QList<Finding> findings
        = ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &metrics);
    const double checkSeconds = timer.elapsed() / 1000.0;
    qsizetype named = 0;
    for (const Finding &f : findings)
        named += f.claims.size();
    std::printf("%-34s %8.2f s  peak %6.0f MB  %lld findings naming %lld claims\n", "consistency checks",
                checkSeconds, ownMegabytes("VmHWM"), static_cast<long long>(findings.size()),
                static_cast<long long>(named));
    std::printf("per million claims: grouping %.2f s, checks %.2f s\n", discoverSeconds * 1e6 / claims,
                checkSeconds * 1e6 / claims);

    // A journalist's decision (two largest metrics merged, one renamed): the claims grouped
    // again from what discover() read, against discover() reading them again.
    QList<const MetricSet::Metric *> largest;
    for (const MetricSet::Metric &m : metrics.metrics())
        largest << &m;
    std::sort(largest.begin(), largest.end(),
              [](const auto *x, const auto *y) { return x->claims.size() > y->claims.size(); });
    if (largest.size() >= 2) {
        MetricRules rules;
        rules.merge({largest[1]->id}, largest[0]->id);
        rules.rename(largest[0]->id, QStringLiteral("Renamed"));
        timer.restart();
        const MetricSet regrouped = metrics.regroup(articles, rules, {});
        const double regroupSeconds = timer.elapsed() / 1000.0;
        std::printf("%-34s %8.2f s  peak %6.0f MB  %lld metrics (%.0f %% of discover)\n",
                    "a merge and a rename (regroup)", regroupSeconds, ownMegabytes("VmHWM"),
                    static_cast<long long>(regrouped.metrics().size()),
                    100.0 * regroupSeconds / discoverSeconds);
    }
    return 0;
}
