// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Interns the strings that repeat across claims (units, speakers, metrics): equal strings
// share one buffer, which keeps a million claims small. Thread-safe.
namespace StringPool {
QString intern(const QString &s);
}
