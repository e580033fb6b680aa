// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfreport.h"

#include "export/projectexport.h"
#include "report/pdfnavigation.h"
#include "report/reportbuilder_p.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

#include <array>
#include <cmath>
#include <optional>

using namespace ReportDetail;

namespace {

// The PDF's Subject: how many claims it reports and what became of them, as counted.
QString subjectOf(const PdfReport::Input &input)
{
    std::array<int, 5> counts {};
    for (const auto &[a, c] : input.claims.claims) {
        const auto s = size_t(input.doc.annotation(input.doc.keyOf(a, c)).status);
        if (s < counts.size())
            ++counts[s];
    }
    QStringList parts;
    for (size_t s = 0; s < counts.size(); ++s) {
        if (counts[s] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[s]).arg(
                ClaimStatusText::label(ClaimStatus(s)).toLower());
    }
    return PdfReportText::tr("Figures of the bilan: %n claim(s)", nullptr, int(input.claims.claims.size()))
        + (parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')');
}

} // namespace

ClaimFilter PdfReport::claimsOf(Scope scope)
{
    return scope == Scope::Verdicts
        ? ClaimFilter::ofStatuses({ClaimStatus::Verified, ClaimStatus::Disputed}, true)
        : ClaimFilter::ofStatuses({}, false);
}

Result<QByteArray> PdfReport::render(const Input &input, const Options &options, Stats *stats)
{
    for (const auto &[a, c] : input.claims.claims) {
        if (a < 0 || a >= input.doc.articles().size() || c < 0 || c >= input.doc.articles()[a].claims.size())
            return Result<QByteArray>::failure(
                PdfReportText::tr("the report names a claim that is not in the bilan"));
    }
    ReportBuilder builder(input, options);
    const QString title = options.title.isEmpty() ? PdfReportText::tr("Bilan of the figures") : options.title;
    auto setUp = [&](QPdfWriter &writer) {
        writer.setResolution(72); // one unit is one point
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Bilan " BILAN_VERSION));
    };

    const int total = 2 * int(builder.entries.size());
    auto step = [&](int base) {
        return [&, base](int i) {
            return !options.progress || options.progress(base + i + 1, total);
        };
    };
    const auto cancelled = [] {
        return Result<QByteArray>::failure(PdfReportText::tr("cancelled"));
    };
    // Pass 1: where everything lands. With a page limit it stops once past it, and the length is
    // told from the share of the entries laid out by then: a report too long to want is refused
    // in seconds, not after laying out 100,000 pages. Consent lays it all out again.
    QBuffer dry;
    dry.open(QIODevice::WriteOnly);
    QPdfWriter measure(&dry);
    setUp(measure);
    std::optional<Flow> first(std::in_place, &measure, nullptr, input.doc.displayName(), title);
    const int entries = int(builder.entries.size());
    // The pages of the entries laid out since the first one, for the rate per entry; at least a
    // sample of entries is laid out before telling the length.
    const int sample = std::min(entries, 200);
    int firstEntryPage = -1;
    int laidOut = -1;
    const bool finished = builder.build(*first, {}, [&](int i) {
        if (firstEntryPage < 0)
            firstEntryPage = first->page();
        if (options.pageLimit > 0 && first->page() + 1 > options.pageLimit && i + 1 >= sample) {
            laidOut = i + 1;
            return false;
        }
        return step(0)(i);
    });
    if (!finished && laidOut < 0)
        return cancelled();
    if (laidOut > 0) {
        const double perEntry = laidOut > 1 ? double(first->page() - firstEntryPage) / (laidOut - 1) : 0;
        const int pages = first->page() + 1 + int(std::ceil(perEntry * (entries - laidOut)));
        if (!(options.confirmLength && options.confirmLength(pages)))
            return Result<QByteArray>::failure(
                PdfReportText::tr(
                    "the report would run to about %1 pages (more than %2): report fewer claims, by their "
                    "status or a filter, or allow a longer report")
                    .arg(pages)
                    .arg(options.pageLimit));
        first.emplace(&measure, nullptr, input.doc.displayName(), title);
        if (!builder.build(*first, {}, step(0)))
            return cancelled();
    }
    const int pages = first->page() + 1;

    // Pass 2: the pages, with the page numbers found.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QByteArray pdf;
    QHash<QString, Target> anchors;
    QList<Flow::PendingLink> links;
    {
        QPdfWriter writer(&buffer);
        setUp(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(PdfReportText::tr("cannot start the PDF"));
        Flow flow(&writer, &painter, input.doc.displayName(), title);
        flow.setTotalPages(pages);
        const bool finished = builder.build(flow, first->anchors, step(total / 2));
        painter.end();
        if (!finished)
            return cancelled();
        anchors = flow.anchors;
        links = flow.links;
    }
    pdf = buffer.data();

    QList<PdfNavigation::Link> resolved;
    for (const Flow::PendingLink &l : std::as_const(links)) {
        if (anchors.contains(l.target))
            resolved.append({l.page, l.rect, anchors.value(l.target)});
    }
    auto navigated = PdfNavigation::addNavigation(pdf, builder.bookmarks(anchors), resolved,
                                                  {options.author, subjectOf(input)});
    if (!navigated)
        return Result<QByteArray>::failure(navigated.error());
    if (stats) {
        stats->pages = pages;
        stats->bytes = navigated->size();
        stats->claims = int(input.claims.size());
    }
    return std::move(navigated).value();
}

Result<PdfReport::Stats> PdfReport::write(const QString &path, const Input &input, const Options &options)
{
    using R = Result<Stats>;
    if (const auto allowed = input.doc.checkOutput(path); !allowed)
        return R::failure(allowed.error());
    // "bilan-cli export --pdf article.txt" (the article meant as input): a report replaces an
    // earlier report, never another kind of file.
    if (QFile existing(path);
        existing.size() > 0 && existing.open(QIODevice::ReadOnly) && !existing.read(5).startsWith("%PDF-"))
        return R::failure(PdfReportText::tr("%1: this file exists and is not a PDF; choose another file for "
                                            "the report (Bilan replaces only an earlier PDF)")
                              .arg(path));
    Stats stats;
    const auto bytes = render(input, options, &stats);
    if (!bytes)
        return R::failure(PdfReportText::tr("%1: %2").arg(path, bytes.error()));
    if (const auto written = ProjectExport::writeFile(path, *bytes); !written)
        return R::failure(written.error());
    return stats;
}
