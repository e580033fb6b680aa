// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large shared project in the window: a synthetic bilan (copies of the bundled
// articles, each its own article and claims) is stored on a PostgreSQL server, then opened by
// a window as a journalist of the desk would: time to the first paint, and memory. (The window
// also runs the consistency checks, in the background: the first paint does not wait for them.)
//
//   bench_sharedopen --url postgresql://USER@HOST:PORT/DATABASE [--claims N]
//
// Any server where USER may create a schema (tests/pgcluster.sh start gives a throwaway one);
// the project it makes, "open-bench-PID", stays there: DROP SCHEMA "open-bench-PID" CASCADE.

#include "benchprocess.h"
#include "extraction/claimextractor.h"
#include "mainwindow.h"
#include "models/claimtablemodel.h"
#include "project/projectdocument.h"
#include "project/projectstore.h"
#include "sources/corpus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("The server and database (postgresql://…)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Number of claims (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.process(app);
    const QString server = parser.value(QStringLiteral("url"));
    if (!ProjectStore::isServer(server)) {
        std::fprintf(stderr, "bench_sharedopen: --url postgresql://USER@HOST:PORT/DATABASE is needed\n");
        return 2;
    }
    const qsizetype wanted = parser.value(QStringLiteral("claims")).toLongLong();
    const QString project = QStringLiteral("open-bench-%1").arg(QCoreApplication::applicationPid());
    const QString location
        = server + (server.contains(u'?') ? u'&' : u'?') + QStringLiteral("project=") + project;

    QList<Article> bundled = Corpus::loadBundled().articles;
    for (Article &a : bundled)
        ClaimExtractor::extractInto(a);
    QElapsedTimer timer;
    timer.start();
    qsizetype total = 0, articles = 0;
    {
        auto made = ProjectStore::create(location, [&](ProjectStore &store) -> Result<void> {
            for (int i = 0; total < wanted; ++i) {
                Article a = bundled[i % bundled.size()];
                a.id += QStringLiteral("-%1").arg(i);
                a.outlet = QStringLiteral("Média %1").arg(i % 200);
                a.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash((a.sha256 + a.id).toUtf8(), QCryptographicHash::Sha256).toHex());
                if (const auto added = store.addArticle(a); !added)
                    return added;
                total += a.claims.size();
                ++articles;
            }
            return {};
        });
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error()));
            return 1;
        }
    }
    std::printf("shared project: %lld claims in %lld articles, stored in %.1f s\n",
                static_cast<long long>(total), static_cast<long long>(articles), timer.nsecsElapsed() / 1e9);

    // The store alone: every article and claim read from the server.
    timer.restart();
    {
        auto doc = ProjectDocument::open(location, ProjectStore::Access::ReadOnly);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.error()));
            return 1;
        }
        std::printf("%-36s %10.1f ms\n", "read from the server (document)", timer.nsecsElapsed() / 1e6);
    }
    const double before = ownMegabytes("VmRSS");
    int status = 0;
    {
        MainWindow window;
        window.setQuiet(true);
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        timer.restart();
        if (!window.openProject(location)) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastErrors().join(u'\n')));
            status = 1;
        } else {
            window.repaint();
            QApplication::processEvents();
            std::printf("%-36s %10.1f ms (%d rows)\n", "open in the window, first paint",
                        timer.nsecsElapsed() / 1e6, window.claimModel()->rowCount());
            std::printf("%-36s %10.1f MB (process before: %.1f MB)\n", "memory of the window with it",
                        ownMegabytes("VmRSS"), before);
        }
    }
    return status;
}
