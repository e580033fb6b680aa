// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

// A whole program run as a benchmark measures it: wall time, peak resident memory, exit code.
struct ProcessRun
{
    double seconds = 0;
    double peakMiB = 0;
    int exitCode = -1;
};

// Runs `program arguments...` with stdout to /dev/null (stderr kept) and `env` added
// ("NAME=value"), and waits for it.
// This process's memory in MB, from /proc/self/status: "VmRSS" now, "VmHWM" its peak so far.
double ownMegabytes(const char *field);

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QByteArrayList &env = {});
