// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/finding.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPageSize>

#include <functional>

// The annotated PDF report, what leaves the desk: a cover (title, author, date, counts by
// status, the sources), a clickable table of contents and PDF bookmarks, one section per
// metric with its timeline drawn as vectors and a table of its claims linked to their
// entries, the findings of the consistency checks, and an entry per claim: its paragraph with
// the figure highlighted in the status colour, the status badge, the note, the correction
// beside the original, the references and the citation. Real text in embedded fonts (DejaVu):
// pdftotext gives every sentence back, accents intact. Long paragraphs break across pages
// line by line; nothing is cut at a page edge.
namespace PdfReport {

struct Input
{
    QString projectName;
    const QList<Article> &articles;
    QList<std::pair<int, int>> claims; // (article, claim), in the order to report them
    const QHash<ClaimKey, Annotation> &annotations;
    // The findings of the consistency checks; the section appears when `hasFindings`.
    QList<Finding> findings;
    bool hasFindings = false;
    // The label of a metric key ("Bénéficiaires de l'AMO Tadamon"); the key itself when unset.
    std::function<QString(const QString &)> metricLabel;
};

struct Options
{
    QString title;
    QString author;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool charts = true;
    QDateTime date = QDateTime::currentDateTime();
};

struct Stats
{
    int pages = 0;
    qint64 bytes = 0;
    int claims = 0;
};

// The PDF's bytes. Needs a QGuiApplication (fonts).
Result<QByteArray> render(const Input &input, const Options &options, Stats *stats = nullptr);
// Renders and writes through QSaveFile: a failed export never leaves half a file.
Result<Stats> write(const QString &path, const Input &input, const Options &options);

} // namespace PdfReport

// Translations of the report's texts.
class PdfReportText
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportText)
};
