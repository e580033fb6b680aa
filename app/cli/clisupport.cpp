// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "text/textutil.h"

#include <QFileDevice>

#include <unistd.h>

bool CliSupport::parse(QCommandLineParser &parser, const QStringList &arguments, CliCommands::Io io,
                       int &status)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl << parser.helpText();
        status = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        status = 0;
        return false;
    }
    return true;
}

LoadReport CliSupport::load(const QStringList &files, ArticleLoadJob::Extraction extraction)
{
    if (!files.isEmpty()) {
        QStringList warnings;
        const QList<ArticleSource> sources = Corpus::fileSources(files, &warnings);
        LoadReport report = ArticleLoadJob::run(sources, extraction);
        report.warnings = warnings;
        return report;
    }
    const auto bundled = Corpus::bundledSources();
    if (!bundled)
        return LoadReport {{}, {bundled.error()}, {}};
    return ArticleLoadJob::run(*bundled, extraction);
}

int CliSupport::reportErrors(const LoadReport &report, CliCommands::Io io)
{
    for (const QString &w : report.warnings)
        io.err << QStringLiteral("bilan-cli: warning: ") << w << Qt::endl;
    for (const QString &e : report.errors)
        io.err << QStringLiteral("bilan-cli: ") << e << Qt::endl;
    return report.errors.isEmpty() ? 0 : 1;
}

std::function<bool(int, int)> CliSupport::terminalProgress(CliCommands::Io io, const QString &command)
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [io, command, last = -1](int done, int total) mutable {
        const int percent = total > 0 ? 100 * done / total : 100;
        if (percent != last) {
            io.err << QStringLiteral("\rbilan-cli %1: rendering %2%").arg(command).arg(percent) << Qt::flush;
            last = percent;
        }
        if (done == total)
            io.err << QStringLiteral("\r\x1b[K") << Qt::flush;
        return true;
    };
}

std::function<void(const QByteArray &)> CliSupport::utf8Sink(CliCommands::Io io)
{
    return [io](const QByteArray &piece) {
        QIODevice *device = io.out.device();
        if (!device) { // a stream on a string (the tests')
            io.out << QString::fromUtf8(piece);
            return;
        }
        io.out.flush(); // what was written as text before
        device->write(piece);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush(); // in order with what is written as text after
    };
}

int CliSupport::fail(CliCommands::Io io, const QString &message)
{
    io.err << QStringLiteral("bilan-cli: ") << message << Qt::endl;
    return 1;
}

std::optional<QList<ClaimStatus>> CliSupport::statuses(const QString &list, CliCommands::Io io,
                                                       const QString &command)
{
    QList<ClaimStatus> out;
    for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        out.append(ClaimStatusText::fromName(name.trimmed(), &ok));
        if (!ok) {
            io.err << QStringLiteral(
                          "bilan-cli %1: unknown status \"%2\" (to_check, verified, disputed, wrong, "
                          "not_a_claim)")
                          .arg(command, name)
                   << Qt::endl;
            return std::nullopt;
        }
    }
    return out;
}

CliSupport::Opened CliSupport::openDocument(const QCommandLineParser &parser, CliCommands::Io io,
                                            const QString &command)
{
    Opened opened;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("project"))) {
        if (!files.isEmpty()) {
            io.err << QStringLiteral("bilan-cli %1: give either --project or FILEs").arg(command) << Qt::endl;
            opened.status = 2;
            return opened;
        }
        auto doc
            = ProjectDocument::open(parser.value(QStringLiteral("project")), ProjectStore::Access::ReadOnly);
        if (!doc)
            opened.status = fail(io, doc.error());
        else
            opened.doc = std::move(doc).value();
        return opened;
    }
    opened.loaded = load(files);
    // The bundled bilan is a project of its own; FILEs are nameless.
    opened.doc = ProjectDocument::fromArticles(opened.loaded.articles,
                                               files.isEmpty() ? QStringLiteral("Bilan AMO") : QString());
    return opened;
}

QString CliSupport::preview(QStringView text, int width)
{
    QString s = TextUtil::simplified(text);
    if (s.size() > width)
        s = s.left(width - 1) + u'…';
    return s;
}

QString CliSupport::orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}
