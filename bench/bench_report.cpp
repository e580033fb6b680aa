// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report at scale: a report of N claims (default 1,000) built from copies of the
// bundled articles, some verified with notes and corrections; prints the time to lay out and
// write it, its pages and its size.
//
//   bench_report [--claims N] [--out FILE.pdf] [--runs R]
//
// Target (issue "Annotated PDF report"): 1,000 claims in under 10 s.

#include "extraction/claimextractor.h"
#include "report/pdfreport.h"
#include "sources/corpus.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the PDF report."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims in the report (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Keep the report at FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 3); the median is reported."),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.process(app);
    const int wanted = parser.value(QStringLiteral("claims")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QList<Article> bundled = Corpus::loadBundled().articles;
    for (Article &a : bundled)
        ClaimExtractor::extractInto(a);
    QList<Article> articles;
    QList<std::pair<int, int>> claims;
    QHash<ClaimKey, std::pair<ClaimStatus, QString>> verdicts;
    for (int copy = 0; claims.size() < wanted; ++copy) {
        Article a = bundled[copy % bundled.size()];
        a.id += QStringLiteral("-%1").arg(copy);
        a.outlet = QStringLiteral("Média %1").arg(copy % 12);
        a.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(a.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        articles.append(a);
        for (int c = 0; c < a.claims.size() && claims.size() < wanted; ++c) {
            if (a.claims[c].boilerplate)
                continue;
            claims.append({int(articles.size()) - 1, c});
            if (claims.size() % 3 == 0)
                verdicts.insert(ClaimKey {a.sha256, a.claims[c].start, a.claims[c].end},
                                {ClaimStatus(1 + claims.size() % 4),
                                 QStringLiteral("Vérifié auprès de la source officielle ; chiffre repris par "
                                                "plusieurs médias.")});
        }
    }
    // A project holding the articles and a verdict on every third claim (set up, not timed).
    auto created = ProjectDocument::createUntitled(articles);
    if (!created) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(created.error()));
        return 1;
    }
    ProjectDocument &doc = *created.value();
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        const auto set = doc.setStatus({it.key()}, it->first);
        const auto noted = set ? doc.setNote(it.key(), it->second) : set;
        if (!noted) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(noted.error()));
            return 1;
        }
    }
    const PdfReport::Input input {doc, {claims}, false};
    PdfReport::Options options;
    options.title = QStringLiteral("Bilan de référence");
    QTemporaryDir dir;
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                            : dir.filePath(QStringLiteral("report.pdf"));
    QList<double> seconds;
    PdfReport::Stats stats;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto written = PdfReport::write(out, input, options);
        seconds.append(timer.nsecsElapsed() / 1e9);
        if (!written) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(written.error()));
            return 1;
        }
        stats = *written;
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("report of %d claims: %.2f s median of %d (best %.2f s), %d pages, %.1f MB (%.0f KB per 100 "
                "claims)\n",
                stats.claims, seconds[seconds.size() / 2], runs, seconds.first(), stats.pages,
                stats.bytes / 1e6, stats.bytes / 1024.0 / (stats.claims / 100.0));
    std::printf("target: under 10 s for 1,000 claims — %s\n",
                seconds[seconds.size() / 2] < 10 ? "met" : "NOT met");
    return 0;
}
