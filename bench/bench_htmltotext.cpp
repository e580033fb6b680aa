// SPDX-License-Identifier: GPL-3.0-or-later
// HTML to text: libxml2's HTML parser (HtmlToText) against the former hand-written tokenizer
// (LegacyHtmlToText), on pages of 5, 10 and 20 MB made of the two HTML layouts of
// tests/data/layouts, on a 20 MB page written on one line, and on 10^5 and 10^6 nested
// elements. Prints MB/s (UTF-8 bytes of the page) for the best of --repeat N runs.
//
//   bench_htmltotext [--repeat N] [--layouts DIR]
//
// Target (issue 15): at least 50 MB/s on this machine, and linear in the size and the depth.

#include "legacyhtmltotext.h"
#include "text/htmltotext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <functional>

namespace {

using Converter = std::function<HtmlText(QStringView)>;

QString repeatedTo(const QString &unit, qsizetype bytes)
{
    QString page;
    page.reserve(bytes + unit.size());
    while (page.size() < bytes)
        page += unit;
    return page;
}

QString nested(int depth)
{
    QString page;
    page.reserve(depth * 11 + 16);
    for (int i = 0; i < depth; ++i)
        page += QStringLiteral("<div>");
    page += QStringLiteral("734 000");
    for (int i = 0; i < depth; ++i)
        page += QStringLiteral("</div>");
    return page + QStringLiteral("<p>fin</p>");
}

double bestSeconds(const Converter &convert, const QString &page, int repeat, qsizetype *textSize)
{
    double best = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const HtmlText out = convert(page);
        const double s = timer.nsecsElapsed() / 1e9;
        *textSize = out.text.size();
        if (i == 0 || s < best)
            best = s;
    }
    return best;
}

void measure(const char *label, const QString &page, int repeat)
{
    const double mb = page.toUtf8().size() / 1e6;
    const std::pair<const char *, Converter> converters[] = {
        {"libxml2",
         [](QStringView html) {
             return HtmlToText::convert(html);
         }},
        {"legacy",
         [](QStringView html) {
             return LegacyHtmlToText::convert(html);
         }},
    };
    for (const auto &[name, convert] : converters) {
        qsizetype textSize = 0;
        const double s = bestSeconds(convert, page, repeat, &textSize);
        std::printf("%-26s %-8s %7.1f MB %8.3f s %8.1f MB/s  text %lld chars\n", label, name, mb, s, mb / s,
                    qlonglong(textSize));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per measure (the best is kept)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("layouts"), QStringLiteral("Folder of the HTML layouts."),
                      QStringLiteral("DIR"), QStringLiteral(BILAN_SOURCE_DIR "/tests/data/layouts")});
    parser.process(app);
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());

    QString unit;
    const QDir dir(parser.value(QStringLiteral("layouts")));
    for (const QString &name : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            unit += QString::fromUtf8(f.readAll());
    }
    if (unit.isEmpty()) {
        std::fprintf(stderr, "no HTML layout in %s\n", qPrintable(dir.path()));
        return 1;
    }
    for (int mb : {5, 10, 20})
        measure(qPrintable(QStringLiteral("layouts, %1 MB").arg(mb)), repeatedTo(unit, qsizetype(mb) << 20),
                repeat);
    measure("one line, 20 MB",
            repeatedTo(QStringLiteral("<p>Plus de 734&nbsp;000 dossiers, soit 9,5 milliards de DH.</p>"),
                       qsizetype(20) << 20),
            repeat);
    measure("10^5 nested div", nested(100000), repeat);
    measure("10^6 nested div", nested(1000000), repeat);
    return 0;
}
