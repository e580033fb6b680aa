// SPDX-License-Identifier: GPL-3.0-or-later
// A desk's large project, end to end through the programs a journalist runs: N articles made
// from the bundled five with their figures changed (each a distinct article), then
// `bilan-cli project new`, `check`, `project show --json`, `project export --csv`, a PDF of
// about 1,000 claims, and the window opened on the project to its first picture
// (`bilan --screenshot`, offscreen). Wall time and peak memory of each process.
//
//   bench_scale [--articles N] [--bin DIR]
//
// Targets (issue 15): at 10,000 articles `check` <= 15 s, `show --json` <= 300 MB peak, the
// PDF finishes in bounded memory.

#include "benchprocess.h"
#include "sources/corpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// The bundled article `text` with every digit run changed (the same length, other digits): a
// distinct article whose figures differ from the original's.
QString varied(const QString &text, QRandomGenerator &random)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isDigit() && (i == 0 || !out[i - 1].isDigit()) && random.bounded(3) == 0)
            out[i] = QChar(u'1' + random.bounded(9));
    }
    return out;
}

void print(const char *what, const ProcessRun &r)
{
    std::printf("%-44s %9.2f %9.0f %6d\n", what, r.seconds, r.peakMiB, r.exitCode);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A large project through bilan-cli and the window."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Number of articles (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("bin"), QStringLiteral("Where bilan and bilan-cli are (default: here)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("keep"),
         QStringLiteral("Work in DIR (created) and keep the articles and projects there, to time "
                        "one command again (default: a temporary folder, removed)."),
         QStringLiteral("DIR")});
    parser.process(app);
    const int count = qMax(1, parser.value(QStringLiteral("articles")).toInt());
    const QDir bin(parser.isSet(QStringLiteral("bin")) ? parser.value(QStringLiteral("bin"))
                                                       : QCoreApplication::applicationDirPath());
    const QString cli = bin.filePath(QStringLiteral("bilan-cli"));
    const QString window = bin.filePath(QStringLiteral("bilan"));
    QTemporaryDir temporary;
    const bool keep = parser.isSet(QStringLiteral("keep"));
    const QDir dir(keep ? parser.value(QStringLiteral("keep")) : temporary.path());
    if (keep && !QDir().mkpath(dir.path()))
        return 1;
    if (!QFile::exists(cli) || (!keep && !temporary.isValid())) {
        std::fprintf(stderr, "no bilan-cli in %s, or no temporary directory\n", qPrintable(bin.path()));
        return 1;
    }

    // The articles, as files.
    const QList<Article> bundled = Corpus::loadBundled().articles;
    QRandomGenerator random(20261202);
    QStringList files;
    dir.mkdir(QStringLiteral("articles"));
    for (int i = 0; i < count; ++i) {
        const Article &a = bundled[i % bundled.size()];
        const QString path = dir.filePath(QStringLiteral("articles/a%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(varied(a.text, random).toUtf8()) < 0)
            return 1;
        files << path;
    }
    const QString project = dir.filePath(QStringLiteral("desk.bilan"));
    const QString small = dir.filePath(QStringLiteral("selection.bilan"));
    // A kept folder's projects from an earlier run: `project new` refuses to overwrite them.
    QFile::remove(project);
    QFile::remove(small);
    std::printf("%d articles\n%-44s %9s %9s %6s\n", count, "command", "seconds", "peak MB", "exit");
    print("bilan-cli project new",
          runProcess(cli, QStringList {QStringLiteral("project"), QStringLiteral("new"), project} + files));
    print("bilan-cli check --project",
          runProcess(cli, {QStringLiteral("check"), QStringLiteral("--project"), project}));
    print("bilan-cli project show --json",
          runProcess(cli,
                     {QStringLiteral("project"), QStringLiteral("show"), project, QStringLiteral("--json")}));
    print("bilan-cli project export --csv",
          runProcess(cli,
                     {QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--csv"),
                      dir.filePath(QStringLiteral("desk.csv"))}));
    // About 1,000 claims: a project of the first articles alone (the bundled five hold ~18 body
    // claims each).
    runProcess(cli, QStringList {QStringLiteral("project"), QStringLiteral("new"), small} + files.mid(0, 55));
    print("bilan-cli export --pdf (about 1,000 claims)",
          runProcess(cli,
                     {QStringLiteral("export"), QStringLiteral("--pdf"),
                      dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("--project"), small,
                      QStringLiteral("--status"), QStringLiteral("to_check")}));
    print("bilan-cli export --pdf (whole project)",
          runProcess(cli,
                     {QStringLiteral("export"), QStringLiteral("--pdf"),
                      dir.filePath(QStringLiteral("all.pdf")), QStringLiteral("--project"), project}));
    if (QFile::exists(window))
        print("bilan --screenshot (window to first picture)",
              runProcess(window,
                         {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("w.png")), project},
                         {"QT_QPA_PLATFORM=offscreen"}));
    return 0;
}
