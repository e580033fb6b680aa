// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// The subcommands of bilan-cli. Each one parses its own options and returns the process exit
// status: 0 on success, 1 when some input failed (each failure already printed on stderr,
// naming its file), 2 for a usage error.
namespace CliCommands {

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

int paragraphs(const QStringList &arguments, Io io);
int extract(const QStringList &arguments, Io io);
int project(const QStringList &arguments, Io io);
int exportReport(const QStringList &arguments, Io io);
int check(const QStringList &arguments, Io io);
int metrics(const QStringList &arguments, Io io);

} // namespace CliCommands
