// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sourcedocument.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

// Rebuilds the text of PDF pages from positioned pieces of lines, in reading order: the
// columns of a two-column page one after the other, lines joined into paragraphs (a word
// hyphenated across lines joined again, "généra-" + "lisation"), the cells of a table row kept
// on one line separated by tabs, and running headers, footers and page numbers set apart as
// furniture. It knows nothing of PDF files: PdfLoader gives it the pieces of the text layer,
// Ocr the lines it read, so both are laid out alike (and tested without a PDF).
namespace PdfLayout {

// A piece of a line: text drawn at one place (a line of a column, a cell of a table).
struct Fragment
{
    QRectF rect; // in PDF points, origin top left
    QString text;
    QList<SourceSpan> spans; // textStart relative to `text`
};

struct Page
{
    QSizeF size; // in points
    QList<Fragment> fragments;
};

struct Result
{
    QString text; // paragraphs separated by blank lines
    QList<SourceSpan> spans; // textStart into `text`, in text order
    QList<std::pair<qsizetype, qsizetype>> furniture; // [start, end) of headers, footers, page numbers
};

Result build(const QList<Page> &pages);

} // namespace PdfLayout
