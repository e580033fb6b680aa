// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "text/codepointmap.h"

#include <QByteArray>

#include <functional>

// Claims as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break), one row per claim, every schema field plus the sentence.
namespace ClaimsCsv {

QByteArray header();
QByteArray rows(const Article &article);
// The same, handed to `sink` in pieces of about 1 MB of whole rows (bounded memory).
void rows(const Article &article, const std::function<void(const QByteArray &)> &sink);
// A cell: neutralized, then quoted when it holds a comma, a quote or a line break.
QString field(const QString &value);
// A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
// apostrophe; plain numbers stay as they are.
QString neutralized(const QString &value);

// The schema's columns, "document" to "since", and a claim's values for them: shared by this
// export and the project's (which adds the verification columns).
QByteArray schemaColumns();
QStringList schemaFields(const Article &article, const Claim &claim, const CodePointMap &map);
// A number as JSON writes it; empty for NaN.
QString number(double value);
// One CSV record: the fields quoted where needed, joined, CRLF.
QByteArray record(const QStringList &fields);

} // namespace ClaimsCsv
