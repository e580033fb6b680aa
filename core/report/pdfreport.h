// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "index/claimselection.h"
#include "project/projectdocument.h"

#include <QCoreApplication>
#include <QDateTime>
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
    const ProjectDocument &doc;
    ClaimSelection claims; // in the order to report them
    // Whether the findings of the consistency checks get their section.
    bool withFindings = true;
};

// The claims a report covers, besides those a view shows: the verdicts (verified and
// disputed, furniture included, since a journalist marked them), or every body claim.
enum class Scope { Verdicts, AllBody };
ClaimFilter claimsOf(Scope scope);

struct Options
{
    QString title;
    QString author;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool charts = true;
    // For a claim read from a PDF source: the band of its page that holds the figure, boxed,
    // beside its paragraph.
    bool pageCrops = true;
    QDateTime date = QDateTime::currentDateTime();
    // A report longer than this many pages (0: no limit) is rendered only when `confirmLength`
    // agrees; without it, it is refused with the proposal of a filtered one.
    int pageLimit = 0;
    std::function<bool(int pages)> confirmLength;
    // Called after each claim's entry of each pass with (done, total); returning false cancels.
    std::function<bool(int done, int total)> progress;
};

// The page limit the window and the command line propose.
constexpr int kDefaultPageLimit = 2000;

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
