// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportbuilder_p.h"

#include "charts/chartstyle.h"
#include "charts/timelinedata.h"
#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "report/timelinepainter.h"
#include "text/claimcontext.h"
#include "text/textutil.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace ReportDetail {

ReportBuilder::ReportBuilder(const PdfReport::Input &input, const PdfReport::Options &options)
    : in(input)
    , opt(options)
{
    const QList<std::pair<int, int>> &claims = in.claims.claims;
    for (int i = 0; i < claims.size(); ++i) {
        entries.append({claims[i].first, claims[i].second, i + 1});
        entryOf.insert(claims[i], i);
    }
    // A section per timeline group (a metric, else a kind and unit), the largest first.
    QHash<QString, int> groupOf;
    for (int i = 0; i < entries.size(); ++i) {
        const Claim &c = indexedClaim(i);
        const QString key = TimelineData::groupKey(c);
        if (!groupOf.contains(key)) {
            groupOf.insert(key, int(groups.size()));
            groups.append({key, TimelineData::groupLabel(in.doc, c), {}});
        }
        groups[groupOf[key]].entries.append(i);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group &a, const Group &b) { return a.entries.size() > b.entries.size(); });
}

const Article &ReportBuilder::article(int entry) const
{
    return in.doc.articles()[entries[entry].article];
}

const Claim &ReportBuilder::claim(int entry) const
{
    return article(entry).claims[entries[entry].claim];
}

Annotation ReportBuilder::annotation(int entry) const
{
    const Claim &c = claim(entry);
    return in.doc.annotations().value(ClaimKey {article(entry).sha256, c.start, c.end});
}

const Claim &ReportBuilder::indexedClaim(int entry) const
{
    const ClaimIndex &index = in.doc.index();
    return index.claim(index.rowOf(entries[entry].article, entries[entry].claim));
}

bool ReportBuilder::build(Flow &flow, const QHash<QString, Target> &pages,
                          const std::function<bool(int)> &onEntry)
{
    m_pages = pages;
    flow.start();
    cover(flow);
    flow.newPage();
    contents(flow);
    for (int g = 0; g < groups.size(); ++g)
        section(flow, g);
    if (in.withFindings)
        findings(flow);
    flow.newPage();
    flow.anchor(QStringLiteral("claims"));
    heading(flow, PdfReportText::tr("Claims"), 1);
    for (int i = 0; i < entries.size(); ++i) {
        entry(flow, i);
        if (onEntry && !onEntry(i))
            return false;
    }
    return true;
}

QList<PdfNavigation::Bookmark> ReportBuilder::bookmarks(const QHash<QString, Target> &anchors) const
{
    QList<PdfNavigation::Bookmark> out;
    out.append({PdfReportText::tr("Cover"), anchors.value(QStringLiteral("cover")), {}});
    out.append({PdfReportText::tr("Contents"), anchors.value(QStringLiteral("contents")), {}});
    PdfNavigation::Bookmark metrics {
        PdfReportText::tr("Figures by metric"), anchors.value(QStringLiteral("group-0")), {}};
    for (int g = 0; g < groups.size(); ++g)
        metrics.children.append({groups[g].label, anchors.value(QStringLiteral("group-%1").arg(g)), {}});
    if (!groups.isEmpty())
        out.append(metrics);
    if (in.withFindings)
        out.append(
            {PdfReportText::tr("Flags and contradictions"), anchors.value(QStringLiteral("findings")), {}});
    PdfNavigation::Bookmark claims {PdfReportText::tr("Claims"), anchors.value(QStringLiteral("claims")), {}};
    for (int i = 0; i < entries.size(); ++i)
        claims.children.append({QStringLiteral("%1. %2").arg(entries[i].number).arg(figure(i)),
                                anchors.value(QStringLiteral("claim-%1").arg(i)),
                                {}});
    out.append(claims);
    return out;
}

QString ReportBuilder::figure(int entry) const
{
    const Claim &c = claim(entry);
    return TextUtil::simplified(QStringView(article(entry).text).mid(c.start, c.end - c.start));
}

int ReportBuilder::pageOf(const QString &anchor) const
{
    return m_pages.contains(anchor) ? m_pages.value(anchor).page + 1 : 0;
}

void ReportBuilder::heading(Flow &flow, const QString &text, int level)
{
    const QFont f = font(level == 1 ? 16 : 12.5, true);
    flow.ensure(level == 1 ? 60 : 80); // never a heading alone at the foot of a page
    flow.text(text, f, level == 1 ? kAccent : kInk, 0, {}, 0, level == 1 ? 4 : 2);
    if (level == 1) {
        flow.rule(1, kAccent);
        flow.space(10);
    }
}

void ReportBuilder::cover(Flow &flow)
{
    flow.anchor(QStringLiteral("cover"));
    flow.space(90);
    flow.text(opt.title.isEmpty() ? PdfReportText::tr("Bilan of the figures") : opt.title, font(24, true),
              kAccent, 0, {}, 0, 6);
    flow.text(PdfReportText::tr("%n claim(s) from %1 article(s)", nullptr, int(entries.size()))
                  .arg(in.doc.articles().size()),
              font(12), kMuted, 0, {}, 0, 18);
    if (!opt.author.isEmpty())
        flow.text(PdfReportText::tr("Author: %1").arg(opt.author), font(10.5), kInk, 0, {}, 8, 2);
    flow.text(PdfReportText::tr("Date: %1").arg(QLocale().toString(opt.date.date(), QLocale::LongFormat)),
              font(10.5), kInk, 0, {}, 6, 2);
    if (!in.doc.displayName().isEmpty())
        flow.text(PdfReportText::tr("Project: %1").arg(in.doc.displayName()), font(10.5), kInk, 0, {}, 9, 2);
    flow.space(18);

    // Counts by status, each with its badge.
    flow.text(PdfReportText::tr("Verification"), font(12.5, true), kInk, 0, {}, 0, 6);
    int counts[ClaimStatusText::kCount] = {};
    for (int i = 0; i < entries.size(); ++i)
        ++counts[int(annotation(i).status)];
    for (int s = 0; s < ClaimStatusText::kCount; ++s) {
        const auto status = ClaimStatus(s);
        flow.ensure(18);
        drawBadge(flow.painter(), QRectF(flow.left(), flow.y() + 1, 92, 13), status);
        flow.cell(QLocale().toString(counts[s]), font(10), kInk, flow.left() + 104, 60);
        flow.space(18);
    }
    flow.space(14);

    // The sources.
    flow.text(PdfReportText::tr("Sources"), font(12.5, true), kInk, 0, {}, 0, 6);
    QList<int> cited;
    for (const Entry &e : std::as_const(entries)) {
        if (!cited.contains(e.article))
            cited.append(e.article);
    }
    std::sort(cited.begin(), cited.end());
    for (int a : std::as_const(cited)) {
        const Article &art = in.doc.articles()[a];
        QStringList parts;
        parts << (art.outlet.isEmpty() ? PdfReportText::tr("Unknown outlet") : art.outlet);
        if (!art.published.isNull())
            parts << FrenchFormat::date(art.published);
        const QString lead = parts.join(QStringLiteral(", "));
        QString line = lead + QStringLiteral(" — ") + (art.title.isEmpty() ? art.id : art.title);
        if (!art.url.isEmpty())
            line += QStringLiteral(" — ") + art.url;
        flow.text(line, font(9.5), kInk, 10, {}, lead.size(), 5);
    }
}

void ReportBuilder::tocLine(Flow &flow, const QString &title, const QString &anchor, qreal indent)
{
    const QFont f = font(10.5, indent == 0);
    const QFontMetricsF fm(f, flow.device());
    flow.ensure(fm.height() + 6);
    const qreal x = flow.left() + indent;
    const qreal w = flow.width() - indent - 40;
    flow.cell(title, f, kInk, x, w);
    flow.cell(QString::number(pageOf(anchor)), f, kInk, flow.left() + flow.width() - 40, 40, Qt::AlignRight);
    flow.link(QRectF(x, flow.y(), flow.width() - indent, fm.height()), anchor);
    flow.space(fm.height() + 6);
}

void ReportBuilder::contents(Flow &flow)
{
    flow.anchor(QStringLiteral("contents"));
    heading(flow, PdfReportText::tr("Contents"), 1);
    if (!groups.isEmpty())
        tocLine(flow, PdfReportText::tr("Figures by metric"), QStringLiteral("group-0"), 0);
    for (int g = 0; g < groups.size(); ++g)
        tocLine(flow,
                PdfReportText::tr("%1 — %n claim(s)", nullptr, int(groups[g].entries.size()))
                    .arg(groups[g].label),
                QStringLiteral("group-%1").arg(g), 16);
    if (in.withFindings)
        tocLine(flow, PdfReportText::tr("Flags and contradictions"), QStringLiteral("findings"), 0);
    tocLine(flow, PdfReportText::tr("Claims"), QStringLiteral("claims"), 0);
}

void ReportBuilder::chart(Flow &flow, const Group &group)
{
    ClaimSelection claims;
    for (int i : group.entries)
        claims.claims.append({entries[i].article, entries[i].claim});
    const TimelineData data = TimelineData::build(in.doc, claims);
    if (data.isEmpty())
        return;
    const qreal height = 190;
    const qreal legend = TimelinePainter::legendHeight(data);
    // The chart and the first rows of its table stay together.
    flow.ensure(height + legend + 90);
    const QRectF area(flow.left() + 54, flow.y() + 8, flow.width() - 70, height - 40);
    TimelinePainter::paint(flow.painter(), flow.device(), area, data);
    // The plot, the dates under it, then the legend's rows.
    flow.setY(flow.y() + height - 12 + legend);
    QString note = ChartStyle::markerLegend() + u' ' + PdfReportText::tr("A ring gives the status.");
    if (data.undated > 0)
        note
            += u' ' + PdfReportText::tr("%n claim(s) without a date are not plotted.", nullptr, data.undated);
    flow.text(note, font(7.5, false, true), kMuted, 0, {}, 0, 8);
}

namespace {

// The section table's columns: where each starts, as a share of the text width.
constexpr qreal kColumns[] = {0, 0.06, 0.31, 0.45, 0.79, 0.93};

qreal columnWidth(int c, qreal w)
{
    return ((c < 5 ? kColumns[c + 1] : 1.0) - kColumns[c]) * w;
}

} // namespace

void ReportBuilder::sectionHeader(Flow &flow)
{
    const QFont head = font(8, true);
    const QFontMetricsF fm(font(8.5), flow.device());
    const qreal w = flow.width();
    const QString titles[]
        = {PdfReportText::tr("No."),    PdfReportText::tr("Value"),  PdfReportText::tr("Date"),
           PdfReportText::tr("Source"), PdfReportText::tr("Status"), PdfReportText::tr("Page")};
    for (int c = 0; c < 6; ++c)
        flow.cell(titles[c], head, kMuted, flow.left() + kColumns[c] * w, columnWidth(c, w) - 4,
                  c == 5 ? Qt::AlignRight : Qt::AlignLeft);
    flow.setY(flow.y() + fm.height() + 2);
    flow.rule();
    flow.setY(flow.y() + 2);
}

// One claim's row, leading to its entry: the journalist's correction where there is one, the
// article's figure on a second line beside it.
void ReportBuilder::sectionRow(Flow &flow, int i)
{
    const QFont f = font(8.5);
    const QFontMetricsF fm(f, flow.device());
    const qreal w = flow.width();
    const Claim &c = claim(i);
    const Annotation an = annotation(i);
    const QString anchor = QStringLiteral("claim-%1").arg(i);
    const ClaimCorrection &k = an.correction;
    Claim shown = c;
    k.applyFigure(shown);
    const bool valueCorrected = k.correctsFigure();
    const bool dateCorrected = !k.asOf.isNull() && !(k.asOf == c.asOf);
    const bool twoLines = valueCorrected || dateCorrected;
    const qreal rowHeight = fm.height() * (twoLines ? 2 : 1);
    const PartialDate date = dateCorrected ? k.asOf : c.asOf;
    auto x = [&](int col) {
        return flow.left() + kColumns[col] * w;
    };
    flow.cell(QString::number(entries[i].number), f, kAccent, x(0), columnWidth(0, w) - 4);
    flow.cell(ClaimText::figure(valueCorrected ? shown : c), f, valueCorrected ? kAccent : kInk, x(1),
              columnWidth(1, w) - 4);
    flow.cell(date.isNull() ? QStringLiteral("—") : FrenchFormat::date(date), f,
              dateCorrected ? kAccent : kInk, x(2), columnWidth(2, w) - 4);
    flow.cell(ClaimText::source(article(i)), f, kInk, x(3), columnWidth(3, w) - 4);
    drawBadge(flow.painter(),
              QRectF(x(4), flow.y() + 0.5, qMin(badgeWidth(flow.device(), an.status), columnWidth(4, w) - 4),
                     fm.height() - 1),
              an.status);
    flow.cell(QString::number(pageOf(anchor)), f, kAccent, x(5), columnWidth(5, w), Qt::AlignRight);
    if (twoLines) {
        const qreal top = flow.y();
        flow.setY(top + fm.height());
        if (valueCorrected)
            flow.cell(PdfReportText::tr("article: %1").arg(ClaimText::figure(c)), f, kMuted, x(1),
                      columnWidth(1, w) - 4);
        if (dateCorrected)
            flow.cell(PdfReportText::tr("article: %1")
                          .arg(c.asOf.isNull() ? QStringLiteral("—") : FrenchFormat::date(c.asOf)),
                      f, kMuted, x(2), columnWidth(2, w) - 4);
        flow.setY(top);
    }
    flow.link(QRectF(flow.left(), flow.y(), w, rowHeight), anchor);
    flow.setY(flow.y() + rowHeight + 4);
}

void ReportBuilder::section(Flow &flow, int g)
{
    const Group &group = groups[g];
    // The heading, the chart and the first rows of the table together.
    flow.ensure(opt.charts ? 350 : 140);
    flow.anchor(QStringLiteral("group-%1").arg(g));
    if (g == 0)
        heading(flow, PdfReportText::tr("Figures by metric"), 1);
    heading(flow, PdfReportText::tr("%1 — %n claim(s)", nullptr, int(group.entries.size())).arg(group.label),
            2);
    if (opt.charts)
        chart(flow, group);
    // The table of the section's claims, in date order.
    QList<int> rows = group.entries;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const PartialDate da = claim(a).asOf, db = claim(b).asOf;
        return da.toIso() < db.toIso();
    });
    const QFontMetricsF fm(font(8.5), flow.device());
    flow.ensure(3 * (fm.height() + 4));
    sectionHeader(flow);
    for (int i : std::as_const(rows)) {
        const int before = flow.page();
        flow.ensure(2 * fm.height() + 4);
        if (flow.page() != before)
            sectionHeader(flow);
        sectionRow(flow, i);
    }
    flow.space(16);
}

void ReportBuilder::findings(Flow &flow)
{
    flow.newPage();
    flow.anchor(QStringLiteral("findings"));
    heading(flow, PdfReportText::tr("Flags and contradictions"), 1);
    const QList<Finding> &found = in.doc.findings();
    if (found.isEmpty()) {
        flow.text(PdfReportText::tr("The consistency checks found nothing to flag among these claims."),
                  font(10), kInk);
        return;
    }
    for (const Finding &f : found) {
        const QString kind = f.informative ? PdfReportText::tr("Note") : PdfReportText::tr("Flag");
        flow.ensure(50);
        // What the journalist made of it: resolved or dismissed, with the note.
        const FindingReview review = in.doc.findingReview(f);
        QString state;
        if (review.state == FindingReview::State::Resolved)
            state = PdfReportText::tr("resolved");
        else if (review.state == FindingReview::State::Dismissed)
            state = PdfReportText::tr("dismissed");
        const QString lead = kind + (state.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(state))
            + QStringLiteral(" — ");
        flow.text(lead + f.message, font(10), kInk, 0, {}, lead.size(), 2);
        if (!review.note.isEmpty() || !review.updatedBy.isEmpty()) {
            QString by = review.updatedBy;
            if (review.updatedAt.isValid())
                by += QStringLiteral(", ")
                    + QLocale().toString(review.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
            const QString noteLead = PdfReportText::tr("Review (%1): ").arg(by);
            flow.text(noteLead + review.note, font(9), kInk, 12, {}, noteLead.size(), 2);
        }
        QStringList refs;
        for (const auto &claim : f.claims) {
            const int e = entryOf.value(claim, -1);
            if (e >= 0)
                refs << QStringLiteral("#%1 (p. %2)")
                            .arg(entries[e].number)
                            .arg(pageOf(QStringLiteral("claim-%1").arg(e)));
            else if (claim.first >= 0 && claim.first < in.doc.articles().size())
                refs << ClaimText::source(in.doc.articles()[claim.first]);
        }
        const QRectF at = flow.text(PdfReportText::tr("Claims: %1").arg(refs.join(QStringLiteral(", "))),
                                    font(8.5), kAccent, 12, {}, 0, 10);
        // The first claim of the finding is one click away.
        if (!f.claims.isEmpty() && entryOf.contains(f.claims.first()))
            flow.link(at, QStringLiteral("claim-%1").arg(entryOf.value(f.claims.first())));
    }
}

// The figure on its PDF page: the band that holds it, boxed in the status colour (rendered
// only when painting; the layout pass needs its size alone).
void ReportBuilder::pageCrop(Flow &flow, const Article &a, const Claim &c, ClaimStatus status)
{
    const QSizeF band = m_crops.size(a, c);
    if (band.isEmpty())
        return;
    const qreal width = qMin(flow.width() - 10, band.width() * 0.8);
    const qreal height = width * band.height() / band.width();
    flow.ensure(height + 8);
    if (QPainter *p = flow.painter()) {
        const QColor color = status == ClaimStatus::ToCheck ? kInk : ClaimStatusText::color(status);
        const QImage image = m_crops.crop(a, c, color);
        const QRectF target(flow.left() + 10, flow.y(), width, height);
        p->drawImage(target, image);
        p->setPen(QPen(kRule, 0.5));
        p->drawRect(target);
    }
    flow.space(height + 8);
}

namespace {

// What an entry says of its figure under the heading: "Hespress · §4 · more than · as of
// March 2025 · said by …".
QString entryMeta(const Article &a, const Claim &c)
{
    QStringList meta;
    meta << ClaimText::source(a) << QStringLiteral("§%1").arg(c.paragraph + 1);
    if (c.qualifier != Qualifier::Exact)
        meta << ClaimText::qualifier(c.qualifier);
    if (!c.asOf.isNull())
        meta << PdfReportText::tr("as of %1").arg(FrenchFormat::date(c.asOf));
    if (!c.speaker.isEmpty())
        meta << PdfReportText::tr("said by %1").arg(c.speaker);
    if (c.manual)
        meta << PdfReportText::tr("added by hand");
    return meta.join(QStringLiteral(" · "));
}

// The journalist's correction of `c`: value, date and metric, "11,1 millions, mars 2025".
QString correctionWords(const ProjectDocument &doc, const Claim &c, const ClaimCorrection &k)
{
    Claim corrected = c;
    k.applyFigure(corrected);
    QStringList parts;
    parts << FrenchFormat::value(corrected);
    if (!k.asOf.isNull())
        parts << FrenchFormat::date(k.asOf);
    if (!k.metric.isEmpty())
        parts << doc.metricLabel(k.metric);
    return parts.join(QStringLiteral(", "));
}

} // namespace

void ReportBuilder::entry(Flow &flow, int i)
{
    const Article &a = article(i);
    const Claim &c = claim(i);
    const Annotation an = annotation(i);
    const QFont bodyFont = font(9.5);
    // The heading, its badge, and the start of the paragraph stay together.
    flow.ensure(110);
    flow.anchor(QStringLiteral("claim-%1").arg(i));
    const QString title = QStringLiteral("%1. %2").arg(entries[i].number).arg(figure(i));
    const qreal badge = badgeWidth(flow.device(), an.status);
    const qreal titleY = flow.y();
    flow.text(title + (c.unit.isEmpty() ? QString() : QStringLiteral(" · ") + c.unit), font(11, true), kInk,
              0, {}, 0, 1);
    drawBadge(flow.painter(), QRectF(flow.left() + flow.width() - badge, titleY + 1, badge, 13), an.status);

    flow.text(entryMeta(a, c), font(8), kMuted, 0, {}, 0, 5);

    // The paragraph (around the figure when it is long: a 2,000-claim article must not repeat
    // its longest paragraph 2,000 times), the figure highlighted in its status colour.
    if (c.paragraph >= 0 && c.paragraph < a.paragraphs.size()) {
        const ClaimText::Excerpt quoted = ClaimText::excerpt(a, c);
        const QList<Highlight> highlight {{quoted.start, quoted.end, highlightOf(an.status)}};
        const int firstPage = flow.page();
        const qreal top = flow.y();
        flow.text(quoted.text, bodyFont, kInk, 10, highlight, 0, 6);
        // A bar beside the quoted paragraph (on the page where it starts).
        if (flow.painter() && flow.page() == firstPage)
            flow.painter()->fillRect(QRectF(flow.left() + 2, top, 2, flow.y() - top - 8), kRule);
        if (opt.pageCrops)
            pageCrop(flow, a, c, an.status);
    }
    if (!an.correction.isEmpty()) {
        const QString lead = PdfReportText::tr("Correction:") + u' ';
        flow.text(lead
                      + PdfReportText::tr("%1 (the article says %2)")
                            .arg(correctionWords(in.doc, c, an.correction), FrenchFormat::value(c)),
                  bodyFont, kInk, 0, {}, lead.size(), 3);
    }
    if (!an.note.isEmpty()) {
        QString lead = PdfReportText::tr("Note");
        if (!an.updatedBy.isEmpty())
            lead += QStringLiteral(" (%1, %2)")
                        .arg(an.updatedBy,
                             QLocale().toString(an.updatedAt.toLocalTime().date(), QLocale::ShortFormat));
        lead += QStringLiteral(": ");
        flow.text(lead + an.note, bodyFont, kInk, 0, {}, lead.size(), 3);
    } else if (an.status != ClaimStatus::ToCheck && !an.updatedBy.isEmpty()) {
        flow.text(PdfReportText::tr("%1 by %2, %3")
                      .arg(ClaimStatusText::label(an.status), an.updatedBy,
                           QLocale().toString(an.updatedAt.toLocalTime().date(), QLocale::ShortFormat)),
                  font(8.5, false, true), kMuted, 0, {}, 0, 3);
    }
    if (!an.references.isEmpty()) {
        const QString lead = PdfReportText::tr("References:") + u' ';
        flow.text(lead + an.references.join(QStringLiteral(" ; ")), font(8.5), kInk, 0, {}, lead.size(), 3);
    }
    const QString lead = PdfReportText::tr("Citation:") + u' ';
    flow.text(lead + ClaimText::citation(a, c), font(8.5), kMuted, 0, {}, lead.size(), 4);
    flow.rule();
    flow.space(12);
}

} // namespace ReportDetail
