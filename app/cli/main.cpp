// SPDX-License-Identifier: GPL-3.0-or-later
// bilan-cli: the engine of Bilan for scripts, tests and benchmarks.

#include "clicommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include "project/projectstore.h"

#include <cstdio>
#include <functional>
#include <memory>

#include <termios.h>
#include <unistd.h>

namespace {

// A server's password typed on the terminal, not echoed (when ~/.pgpass and PGPASSWORD have
// none); without a terminal, nothing is asked and the connection fails saying why.
QString askPassword(const QString &location, const QString &problem)
{
    std::FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fprintf(tty, "%s\n%s: password: ", qPrintable(problem), qPrintable(location));
    std::fflush(tty);
    termios saved {};
    const bool hidden = tcgetattr(fileno(tty), &saved) == 0;
    if (hidden) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (hidden)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    return read ? QString::fromLocal8Bit(line).chopped(QByteArray(line).endsWith('\n') ? 1 : 0) : QString();
}

} // namespace

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &, CliCommands::Io)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"paragraphs", "Print each article's metadata and paragraphs, furniture marked.",
         CliCommands::paragraphs},
        {"extract", "Extract every numeric claim (text, --json or --csv).", CliCommands::extract},
        {"project", "Create, fill, verify and export a .bilan project.", CliCommands::project},
        {"check", "Cross-source consistency findings (text or --json).", CliCommands::check},
        {"metrics", "The metrics the claims are grouped into (text or --json).", CliCommands::metrics},
        {"export", "Write the annotated PDF report (--pdf OUT).", CliCommands::exportReport},
    };
    return list;
}

QString commandList()
{
    QString s = QStringLiteral("\nCommands:\n");
    for (const Command &c : commands())
        s += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -12).arg(QLatin1String(c.summary));
    s += QStringLiteral("\nRun 'bilan-cli COMMAND --help' for a command's options.\n");
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF report lays text out with fonts: that needs a GUI application, which a command
    // line tool runs offscreen. The other commands stay on QtCore.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-') {
            needsGui = qstrcmp(argv[i], "export") == 0;
            break;
        }
    }
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("bilan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bilan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILAN_VERSION));
    ProjectStore::setPasswordPrompt(askPassword);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const CliCommands::Io io {out, err};

    const QStringList args = app.arguments();
    // The first argument that is not an option is the command; everything from it on is its own.
    qsizetype commandAt = 1;
    while (commandAt < args.size() && args[commandAt].startsWith(u'-'))
        ++commandAt;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bilan: extract, explore and verify the figures of news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run (see below)."),
                                 QStringLiteral("COMMAND [options] [FILE...]"));
    if (!parser.parse(args.mid(0, commandAt))) {
        err << QStringLiteral("bilan-cli: ") << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("bilan-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help")) || commandAt >= args.size()) {
        (parser.isSet(QStringLiteral("help")) ? out : err) << parser.helpText() << commandList();
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const QString name = args[commandAt];
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args.mid(commandAt), io);
    }
    err << QStringLiteral("bilan-cli: unknown command \"%1\"\n").arg(name) << commandList();
    return 2;
}
