// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// Writes test PDFs with QPdfWriter (A4, DejaVu Sans 10 pt): paragraphs set in one or two
// columns, optionally with a running header and footer, a table, or as a picture of the text
// only (a scan, for the OCR path). The columns of a page are drawn last one first, so that the
// text layer is not in reading order and the reader must rebuild it from the positions.
namespace PdfMaker {

struct Options
{
    int columns = 1;
    bool runningHeader = false; // "Rapport annuel de la CNSS 2024" and "Page N / M"
    bool scanned = false; // each page is only an image of its text
    QList<QStringList> tableRows; // drawn after the paragraphs, one cell per column stop
    QString hyphenate; // this word is split across two lines with a hyphen, where it occurs first
};

QByteArray make(const QStringList &paragraphs, const Options &options = {});

} // namespace PdfMaker
