#pragma once

#include "article.h"

#include <QByteArray>

// Claims as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break), one row per claim, every schema field plus the sentence.
namespace ClaimsCsv {

QByteArray header();
QByteArray rows(const Article &article);
QString field(const QString &value);

} // namespace ClaimsCsv
