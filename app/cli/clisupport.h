// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommands.h"

#include "domain/claimstatus.h"
#include "project/projectdocument.h"
#include "sources/articleloadjob.h"

#include <QCommandLineParser>

#include <functional>
#include <memory>
#include <optional>

// What the subcommands share: parsing, reading articles, opening a document, reporting
// errors. Only parsing and printing: the domain is in the core.
namespace CliSupport {

// Parses `arguments` (the subcommand's name first). On a usage error or --help, prints it,
// sets `status` and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, CliCommands::Io io, int &status);
// The articles of FILEs (each with the metadata of a manifest.json beside it), or the
// bundled bilan without FILE.
LoadReport load(const QStringList &files,
                ArticleLoadJob::Extraction extraction = ArticleLoadJob::Extraction::Claims);
// One line per failed file on stderr; 1 when there was one, else 0.
int reportErrors(const LoadReport &report, CliCommands::Io io);
// A sink for UTF-8 already encoded (a JSON or CSV document in pieces): the bytes go to
// standard output as they are, not decoded into text to be encoded again.
std::function<void(const QByteArray &)> utf8Sink(CliCommands::Io io);
// Prints "bilan-cli: message" and returns 1.
int fail(CliCommands::Io io, const QString &message);
// A progress callback that writes "bilan-cli COMMAND: rendering N%" over itself on a terminal,
// and nothing when standard error is not one (a script's log stays one line per command).
std::function<bool(int done, int total)> terminalProgress(CliCommands::Io io, const QString &command);
// "verified,disputed" as statuses; nullopt (with the message printed) for an unknown one.
std::optional<QList<ClaimStatus>> statuses(const QString &list, CliCommands::Io io, const QString &command);

// The document a command works on: the project of --project (read-only), else the FILEs
// read and extracted (the bundled bilan without FILE). Null after a failure, printed.
struct Opened
{
    std::unique_ptr<ProjectDocument> doc;
    LoadReport loaded; // the FILEs' errors
    int status = 0; // without a document: 2 for a usage error, 1 for a failure
};
Opened openDocument(const QCommandLineParser &parser, CliCommands::Io io, const QString &command);

// Text shortened to `width` characters, white space simplified.
QString preview(QStringView text, int width);
QString orDash(const QString &s);

} // namespace CliSupport
