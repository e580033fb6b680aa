// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer at scale: a synthetic bilan of a million claims built from the bundled
// articles (each copy its own article, its claims its own), and what a journalist waits for:
// loading the models, sorting by value, each keystroke of a search (median and worst), and the
// memory of the whole window.
//
//   bench_explorer [--claims N]
//
// Targets (issue "Explorer window"): a keystroke re-filters 1M claims in at most 50 ms
// (median); the window with 1M claims stays under 400 MB.

#include "benchcorpus.h"
#include "benchprocess.h"
#include "mainwindow.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Number of claims (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.process(app);
    const qsizetype wanted = parser.value(QStringLiteral("claims")).toLongLong();

    const double before = ownMegabytes("VmRSS");
    QElapsedTimer timer;
    timer.start();
    QList<Article> articles = BenchCorpus::withClaims(wanted, [](Article &a, int n) {
        a.outlet = QStringLiteral("Média %1").arg(n % 200); // 200 outlets for the facets
    });
    qsizetype total = 0;
    for (const Article &a : articles)
        total += a.claims.size();
    std::printf("synthetic bilan: %lld claims in %lld articles, built in %.2f s\n",
                static_cast<long long>(total), static_cast<long long>(articles.size()),
                timer.nsecsElapsed() / 1e9);

    MainWindow window;
    window.setQuiet(true);
    window.resize(1400, 900);
    window.show();
    timer.restart();
    window.setArticles(articles);
    QApplication::processEvents();
    std::printf("%-36s %10.1f ms\n", "load into the window (models, facets)", timer.nsecsElapsed() / 1e6);
    articles.clear();

    ClaimFilterModel *filter = window.filterModel();
    timer.restart();
    filter->sort(ClaimTableModel::ValueColumn, Qt::DescendingOrder);
    std::printf("%-36s %10.1f ms\n", "sort by value", timer.nsecsElapsed() / 1e6);

    // Typing "beneficiaires baitas" then deleting it, one keystroke at a time, through the
    // search field as a journalist would.
    const QString typed = QStringLiteral("beneficiaires baitas");
    QList<double> keystrokes;
    QLineEdit *search = window.searchField();
    for (int i = 1; i <= typed.size(); ++i) {
        timer.restart();
        search->setText(typed.left(i));
        keystrokes.append(timer.nsecsElapsed() / 1e6);
    }
    for (int i = typed.size() - 1; i >= 0; --i) {
        timer.restart();
        search->setText(typed.left(i));
        keystrokes.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("%-36s %10.1f ms (worst %.1f ms, %lld keystrokes)\n", "filter keystroke, median",
                keystrokes[keystrokes.size() / 2], keystrokes.last(),
                static_cast<long long>(keystrokes.size()));
    QApplication::processEvents();
    std::printf("%-36s %10.1f MB (process before the bilan: %.1f MB)\n",
                "memory of the window with the bilan", ownMegabytes("VmRSS"), before);
    return 0;
}
