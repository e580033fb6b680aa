// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfreport.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "domain/claimstatus.h"
#include "models/claimindex.h"
#include "report/pdfnavigation.h"
#include "text/claimcontext.h"
#include "text/textutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>

namespace {

using PdfNavigation::Target;

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5f, 0x66, 0x70);
const QColor kRule(0xc8, 0xcd, 0xd3);
const QColor kAccent(0x1f, 0x5f, 0x99);
const QColor kToCheckHighlight(0xff, 0xe8, 0x80);

// DejaVu (fonts-dejavu-core, installed by the set-up) covers French and the symbols used;
// registered explicitly so that the report never depends on the system's default font.
QString fontFamily()
{
    static const QString family = [] {
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        QString found;
        for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                 "DejaVuSans-BoldOblique.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(dir + QLatin1String(file));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found.isEmpty() ? QStringLiteral("DejaVu Sans") : found;
    }();
    return family;
}

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" drawn as one glyph comes back from the PDF as U+FB01, and a reader
    // searching "bénéficiaires" would not find it. Latin text needs no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor highlightOf(ClaimStatus status)
{
    return status == ClaimStatus::ToCheck ? kToCheckHighlight : ClaimStatusText::color(status).lighter(165);
}

struct Highlight
{
    qsizetype start;
    qsizetype end;
    QColor color;
};

// Lays the report out page by page. Run twice: a dry run (no painter) that finds on which
// page every anchor lands and how many pages there are, then the painting run, which writes
// those page numbers in the contents and the tables.
class Flow
{
public:
    Flow(QPdfWriter *writer, QPainter *painter, QString header, QString title)
        : m_writer(writer)
        , m_painter(painter)
        , m_header(std::move(header))
        , m_title(std::move(title))
    {
        m_page = QSizeF(writer->width(), writer->height());
    }

    QPainter *painter() const { return m_painter; }
    QPaintDevice *device() const { return m_writer; }
    int page() const { return m_pageIndex; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    qreal left() const { return kMargin; }
    qreal width() const { return m_page.width() - 2 * kMargin; }
    qreal bottom() const { return m_page.height() - kBottom; }
    qreal top() const { return kTop; }
    void setTotalPages(int pages) { m_totalPages = pages; }

    void start() { decorate(); }
    void newPage()
    {
        if (m_painter)
            m_writer->newPage();
        ++m_pageIndex;
        m_y = kTop;
        decorate();
    }
    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height)
    {
        if (m_y + height > bottom() && m_y > kTop + 1)
            newPage();
    }
    void space(qreal height)
    {
        m_y += height;
        if (m_y > bottom())
            newPage();
    }
    void anchor(const QString &name) { anchors.insert(name, Target {m_pageIndex, qMax<qreal>(0, m_y - 8)}); }
    void link(const QRectF &rect, const QString &target) { links.append({m_pageIndex, rect, target}); }

    // A block of text `indent` from the left margin, broken into lines; each line goes on the
    // page where it fits. `bold` characters at the start are bold; highlights are painted
    // behind their characters. Returns the rectangle of the first line (for links).
    QRectF text(const QString &text, const QFont &f, const QColor &color, qreal indent = 0,
                const QList<Highlight> &highlights = {}, qsizetype bold = 0, qreal after = 4)
    {
        QTextLayout layout(text, f, m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        if (bold > 0) {
            QTextLayout::FormatRange range;
            range.start = 0;
            range.length = int(bold);
            range.format.setFontWeight(QFont::Bold);
            layout.setFormats({range});
        }
        const qreal lineWidth = width() - indent;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(lineWidth);
        layout.endLayout();
        const qreal leading = QFontMetricsF(f, m_writer).height() * 0.18;
        QRectF first;
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            if (m_y + line.height() > bottom())
                newPage();
            const QPointF origin(left() + indent, m_y);
            if (i == 0)
                first = QRectF(origin, QSizeF(line.naturalTextWidth(), line.height()));
            if (m_painter) {
                const qsizetype ls = line.textStart();
                const qsizetype le = ls + line.textLength();
                for (const Highlight &h : highlights) {
                    const qsizetype s = qMax(h.start, ls);
                    const qsizetype e = qMin(h.end, le);
                    if (s >= e)
                        continue;
                    const qreal x1 = line.cursorToX(int(s));
                    const qreal x2 = line.cursorToX(int(e));
                    m_painter->fillRect(QRectF(origin.x() + x1 - 1, m_y - 1, x2 - x1 + 2, line.height() + 2),
                                        h.color);
                }
                m_painter->setPen(color);
                line.draw(m_painter, QPointF(origin.x(), m_y - line.y()));
            }
            m_y += line.height() + leading;
        }
        m_y += after;
        return first;
    }

    // One line of text that must not wrap (table cells, headers): elided to `w`.
    void cell(const QString &text, const QFont &f, const QColor &color, qreal x, qreal w,
              Qt::Alignment align = Qt::AlignLeft)
    {
        if (!m_painter)
            return;
        const QFontMetricsF fm(f, m_writer);
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(x, m_y, w, fm.height()), int(align | Qt::AlignVCenter),
                            fm.elidedText(text, Qt::ElideRight, w));
    }

    void rule(qreal thickness = 0.5, const QColor &color = kRule)
    {
        if (m_painter)
            m_painter->fillRect(QRectF(left(), m_y, width(), thickness), color);
    }

    struct PendingLink
    {
        int page;
        QRectF rect;
        QString target;
    };
    QHash<QString, Target> anchors;
    QList<PendingLink> links;

private:
    static constexpr qreal kMargin = 56;
    static constexpr qreal kTop = 72;
    static constexpr qreal kBottom = 62;

    // The running header (project and report) and footer (page N of M).
    void decorate()
    {
        m_y = kTop;
        if (!m_painter || m_pageIndex == 0)
            return;
        const QFont small = font(7.5);
        const QFontMetricsF fm(small, m_writer);
        m_painter->setFont(small);
        m_painter->setPen(kMuted);
        const QRectF header(kMargin, 34, width(), fm.height());
        m_painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                            fm.elidedText(m_header, Qt::ElideRight, width() * 0.48));
        m_painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                            fm.elidedText(m_title, Qt::ElideRight, width() * 0.48));
        m_painter->fillRect(QRectF(kMargin, header.bottom() + 3, width(), 0.5), kRule);
        const QRectF footer(kMargin, m_page.height() - 40, width(), fm.height());
        m_painter->drawText(
            footer, Qt::AlignCenter,
            PdfReportText::tr("Page %1 of %2").arg(m_pageIndex + 1).arg(qMax(m_totalPages, m_pageIndex + 1)));
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_header;
    QString m_title;
    QSizeF m_page;
    int m_pageIndex = 0;
    int m_totalPages = 0;
    qreal m_y = kTop;
};

void drawBadge(QPainter *p, const QRectF &rect, ClaimStatus status)
{
    if (!p)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(status == ClaimStatus::ToCheck ? QColor(0xe4, 0xe7, 0xeb) : ClaimStatusText::color(status));
    p->drawRoundedRect(rect, 3, 3);
    p->setPen(status == ClaimStatus::ToCheck ? kInk : QColor(Qt::white));
    p->setFont(font(7.5, true));
    p->drawText(rect, Qt::AlignCenter, ClaimStatusText::label(status));
    p->restore();
}

qreal badgeWidth(QPaintDevice *device, ClaimStatus status)
{
    return QFontMetricsF(font(7.5, true), device).horizontalAdvance(ClaimStatusText::label(status)) + 12;
}

// A value axis with round steps: 1, 2 or 5 times a power of ten.
std::pair<double, double> niceScale(double maxValue, int ticks)
{
    if (maxValue <= 0)
        return {1, 1};
    const double raw = maxValue / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * power;
        if (step >= raw)
            break;
    }
    return {step, std::ceil(maxValue / step) * step};
}

struct Entry
{
    int article;
    int claim;
    int number; // 1-based, in the report
};

struct Group
{
    QString key;
    QString label;
    QList<int> entries; // indexes into the entries list
};

class ReportBuilder
{
public:
    ReportBuilder(const PdfReport::Input &input, const PdfReport::Options &options)
        : in(input)
        , opt(options)
    {
        for (int i = 0; i < in.claims.size(); ++i) {
            entries.append({in.claims[i].first, in.claims[i].second, i + 1});
            entryOf.insert(in.claims[i], i);
        }
        // Sections by metric, else by unit, the largest first.
        QHash<QString, int> groupOf;
        for (int i = 0; i < entries.size(); ++i) {
            const Claim &c = claim(i);
            const QString key = !c.metric.isEmpty() ? c.metric : QStringLiteral("unit:") + c.unit;
            if (!groupOf.contains(key)) {
                groupOf.insert(key, int(groups.size()));
                groups.append({key, groupLabel(c), {}});
            }
            groups[groupOf[key]].entries.append(i);
        }
        std::stable_sort(groups.begin(), groups.end(),
                         [](const Group &a, const Group &b) { return a.entries.size() > b.entries.size(); });
    }

    const Article &article(int entry) const { return in.articles[entries[entry].article]; }
    const Claim &claim(int entry) const { return article(entry).claims[entries[entry].claim]; }
    Annotation annotation(int entry) const
    {
        const Claim &c = claim(entry);
        return in.annotations.value(ClaimKey {article(entry).sha256, c.start, c.end});
    }

    QString groupLabel(const Claim &c) const
    {
        if (!c.metric.isEmpty())
            return in.metricLabel ? in.metricLabel(c.metric) : c.metric;
        if (c.unit == u"MAD")
            return PdfReportText::tr("Amounts in dirhams");
        if (c.unit == u"%")
            return PdfReportText::tr("Percentages");
        if (c.unit.isEmpty())
            return PdfReportText::tr("Other figures");
        return PdfReportText::tr("Figures in “%1”").arg(c.unit);
    }

    void build(Flow &flow, const QHash<QString, Target> &pages)
    {
        m_pages = pages;
        flow.start();
        cover(flow);
        flow.newPage();
        contents(flow);
        for (int g = 0; g < groups.size(); ++g)
            section(flow, g);
        if (in.hasFindings)
            findings(flow);
        flow.newPage();
        flow.anchor(QStringLiteral("claims"));
        heading(flow, PdfReportText::tr("Claims"), 1);
        for (int i = 0; i < entries.size(); ++i)
            entry(flow, i);
    }

    QList<PdfNavigation::Bookmark> bookmarks(const QHash<QString, Target> &anchors) const
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
        if (in.hasFindings)
            out.append({PdfReportText::tr("Flags and contradictions"),
                        anchors.value(QStringLiteral("findings")),
                        {}});
        PdfNavigation::Bookmark claims {
            PdfReportText::tr("Claims"), anchors.value(QStringLiteral("claims")), {}};
        for (int i = 0; i < entries.size(); ++i)
            claims.children.append({QStringLiteral("%1. %2").arg(entries[i].number).arg(figure(i)),
                                    anchors.value(QStringLiteral("claim-%1").arg(i)),
                                    {}});
        out.append(claims);
        return out;
    }

    QList<Entry> entries;
    QHash<std::pair<int, int>, int> entryOf;
    QList<Group> groups;

private:
    QString figure(int entry) const
    {
        const Claim &c = claim(entry);
        return TextUtil::simplified(QStringView(article(entry).text).mid(c.start, c.end - c.start));
    }

    int pageOf(const QString &anchor) const
    {
        return m_pages.contains(anchor) ? m_pages.value(anchor).page + 1 : 0;
    }

    void heading(Flow &flow, const QString &text, int level)
    {
        const QFont f = font(level == 1 ? 16 : 12.5, true);
        flow.ensure(level == 1 ? 60 : 80); // never a heading alone at the foot of a page
        flow.text(text, f, level == 1 ? kAccent : kInk, 0, {}, 0, level == 1 ? 4 : 2);
        if (level == 1) {
            flow.rule(1, kAccent);
            flow.space(10);
        }
    }

    void cover(Flow &flow)
    {
        flow.anchor(QStringLiteral("cover"));
        flow.space(90);
        flow.text(opt.title.isEmpty() ? PdfReportText::tr("Bilan of the figures") : opt.title, font(24, true),
                  kAccent, 0, {}, 0, 6);
        flow.text(PdfReportText::tr("%n claim(s) from %1 article(s)", nullptr, int(entries.size()))
                      .arg(in.articles.size()),
                  font(12), kMuted, 0, {}, 0, 18);
        if (!opt.author.isEmpty())
            flow.text(PdfReportText::tr("Author: %1").arg(opt.author), font(10.5), kInk, 0, {}, 8, 2);
        flow.text(PdfReportText::tr("Date: %1").arg(QLocale().toString(opt.date.date(), QLocale::LongFormat)),
                  font(10.5), kInk, 0, {}, 6, 2);
        if (!in.projectName.isEmpty())
            flow.text(PdfReportText::tr("Project: %1").arg(in.projectName), font(10.5), kInk, 0, {}, 9, 2);
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
            const Article &art = in.articles[a];
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

    void tocLine(Flow &flow, const QString &title, const QString &anchor, qreal indent)
    {
        const QFont f = font(10.5, indent == 0);
        const QFontMetricsF fm(f, flow.device());
        flow.ensure(fm.height() + 6);
        const qreal x = flow.left() + indent;
        const qreal w = flow.width() - indent - 40;
        flow.cell(title, f, kInk, x, w);
        flow.cell(QString::number(pageOf(anchor)), f, kInk, flow.left() + flow.width() - 40, 40,
                  Qt::AlignRight);
        flow.link(QRectF(x, flow.y(), flow.width() - indent, fm.height()), anchor);
        flow.space(fm.height() + 6);
    }

    void contents(Flow &flow)
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
        if (in.hasFindings)
            tocLine(flow, PdfReportText::tr("Flags and contradictions"), QStringLiteral("findings"), 0);
        tocLine(flow, PdfReportText::tr("Claims"), QStringLiteral("claims"), 0);
    }

    void chart(Flow &flow, const Group &group)
    {
        struct Point
        {
            double x;
            double value;
            int source;
            Qualifier qualifier;
            ClaimStatus status;
        };
        QList<Point> points;
        QStringList sources;
        int undated = 0;
        for (int i : group.entries) {
            const Claim &c = claim(i);
            if (std::isnan(c.value))
                continue;
            if (c.asOf.isNull()) {
                ++undated;
                continue;
            }
            const QString source = ClaimText::source(article(i));
            if (!sources.contains(source))
                sources.append(source);
            const double x = c.asOf.year + (qMax(1, int(c.asOf.month)) - 1) / 12.0
                + (c.asOf.day > 0 ? (c.asOf.day - 1) / 365.0 : 0);
            points.append({x, c.value, int(sources.indexOf(source)), c.qualifier, annotation(i).status});
        }
        if (points.isEmpty())
            return;
        const qreal height = 190;
        // The chart and the first rows of its table stay together.
        flow.ensure(height + 12 * ((sources.size() + 1) / 2) + 90);
        QPainter *p = flow.painter();
        const QRectF area(flow.left() + 54, flow.y() + 8, flow.width() - 70, height - 40);
        if (p) {
            double minX = points.first().x, maxX = minX, maxY = 0;
            for (const Point &pt : std::as_const(points)) {
                minX = qMin(minX, pt.x);
                maxX = qMax(maxX, pt.x);
                maxY = qMax(maxY, pt.value);
            }
            minX = std::floor(minX);
            maxX = qMax(std::ceil(maxX), minX + 1);
            if (maxX - minX < 1.01) {
                minX -= 0.5;
                maxX += 0.5;
            }
            // (Not a structured binding: the lambda below captures `top`, which clang 14, the
            // fuzzing build's compiler, does not allow for bindings.)
            const std::pair<double, double> niceAxis = niceScale(maxY, 4);
            const double step = niceAxis.first;
            const double top = niceAxis.second;
            const double scale = top >= 1e9 ? 1e9 : top >= 1e6 ? 1e6 : top >= 1e4 ? 1e3 : 1;
            const QString scaleWord = scale == 1e9 ? PdfReportText::tr("billions")
                : scale == 1e6                     ? PdfReportText::tr("millions")
                : scale == 1e3                     ? PdfReportText::tr("thousands")
                                                   : QString();
            auto toPoint = [&](double x, double v) {
                return QPointF(area.left() + (x - minX) / (maxX - minX) * area.width(),
                               area.bottom() - v / top * area.height());
            };
            p->save();
            p->setRenderHint(QPainter::Antialiasing);
            const QFont small = font(7.5);
            p->setFont(small);
            // Grid and value labels.
            for (double v = 0; v <= top + step / 2; v += step) {
                const QPointF at = toPoint(minX, v);
                p->setPen(QPen(kRule, 0.4));
                p->drawLine(QPointF(area.left(), at.y()), QPointF(area.right(), at.y()));
                p->setPen(kMuted);
                p->drawText(QRectF(area.left() - 52, at.y() - 6, 48, 12), Qt::AlignRight | Qt::AlignVCenter,
                            FrenchFormat::number(v / scale, 2));
            }
            // Years.
            for (int year = int(std::ceil(minX)); year <= int(maxX); ++year) {
                const QPointF at = toPoint(year, 0);
                p->setPen(QPen(kRule, 0.4));
                p->drawLine(at, QPointF(at.x(), area.top()));
                p->setPen(kMuted);
                p->drawText(QRectF(at.x() - 20, area.bottom() + 2, 40, 12), Qt::AlignCenter,
                            QString::number(year));
            }
            p->setPen(QPen(kMuted, 0.8));
            p->drawLine(area.bottomLeft(), area.bottomRight());
            p->drawLine(area.bottomLeft(), area.topLeft());
            p->setPen(kMuted);
            const QString unit
                = scaleWord.isEmpty() ? group.label : QStringLiteral("%1 (%2)").arg(group.label, scaleWord);
            p->drawText(QRectF(area.left(), area.top() - 14, area.width(), 12),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetricsF(small, flow.device()).elidedText(unit, Qt::ElideRight, area.width()));
            // The points: colour by source, shape by qualifier, ring by status.
            static const QColor palette[]
                = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                   QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                   QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
            for (const Point &pt : std::as_const(points)) {
                const QPointF c = toPoint(pt.x, pt.value);
                const QColor fill = palette[pt.source % 8];
                if (pt.status != ClaimStatus::ToCheck) {
                    p->setPen(QPen(ClaimStatusText::color(pt.status), 1.4));
                    p->setBrush(Qt::NoBrush);
                    p->drawEllipse(c, 6.5, 6.5);
                }
                p->setPen(QPen(Qt::white, 0.6));
                p->setBrush(fill);
                const qreal r = 3.6;
                QPainterPath shape;
                switch (pt.qualifier) {
                case Qualifier::MoreThan:
                case Qualifier::AtLeast:
                    shape.moveTo(c.x(), c.y() - r - 0.8);
                    shape.lineTo(c.x() + r, c.y() + r * 0.8);
                    shape.lineTo(c.x() - r, c.y() + r * 0.8);
                    shape.closeSubpath();
                    break;
                case Qualifier::About:
                    shape.moveTo(c.x(), c.y() - r - 0.6);
                    shape.lineTo(c.x() + r + 0.6, c.y());
                    shape.lineTo(c.x(), c.y() + r + 0.6);
                    shape.lineTo(c.x() - r - 0.6, c.y());
                    shape.closeSubpath();
                    break;
                case Qualifier::LessThan:
                case Qualifier::AtMost:
                case Qualifier::UpTo:
                    shape.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
                    break;
                case Qualifier::Exact:
                    shape.addEllipse(c, r, r);
                    break;
                }
                p->drawPath(shape);
            }
            // Legend: sources, then the shapes.
            qreal ly = area.bottom() + 18;
            for (int s = 0; s < sources.size(); ++s) {
                const qreal lx = area.left() + (s % 2) * (area.width() / 2);
                if (s > 0 && s % 2 == 0)
                    ly += 12;
                p->setPen(Qt::NoPen);
                p->setBrush(palette[s % 8]);
                p->drawEllipse(QPointF(lx + 4, ly + 6), 3.2, 3.2);
                p->setPen(kInk);
                p->drawText(QRectF(lx + 12, ly, area.width() / 2 - 16, 12), Qt::AlignLeft | Qt::AlignVCenter,
                            QFontMetricsF(small, flow.device())
                                .elidedText(sources[s], Qt::ElideRight, area.width() / 2 - 16));
            }
            p->restore();
        }
        // The plot, the years under it, then the legend's rows.
        flow.setY(flow.y() + height - 12 + 12 * ((sources.size() + 1) / 2));
        QString legend = PdfReportText::tr(
            "▲ more than, ◆ about, ■ less than or up to, ● exact; a ring gives the status.");
        if (undated > 0)
            legend
                += u' ' + PdfReportText::tr("%n claim(s) without a date are not plotted.", nullptr, undated);
        flow.text(legend, font(7.5, false, true), kMuted, 0, {}, 0, 8);
    }

    void section(Flow &flow, int g)
    {
        const Group &group = groups[g];
        // The heading, the chart and the first rows of the table together.
        flow.ensure(opt.charts ? 350 : 140);
        flow.anchor(QStringLiteral("group-%1").arg(g));
        if (g == 0) {
            heading(flow, PdfReportText::tr("Figures by metric"), 1);
        }
        heading(flow,
                PdfReportText::tr("%1 — %n claim(s)", nullptr, int(group.entries.size())).arg(group.label),
                2);
        if (opt.charts)
            chart(flow, group);
        // The table of the section's claims, each row leading to its entry.
        QList<int> rows = group.entries;
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const PartialDate da = claim(a).asOf, db = claim(b).asOf;
            return da.toIso() < db.toIso();
        });
        const QFont f = font(8.5);
        const QFont head = font(8, true);
        const QFontMetricsF fm(f, flow.device());
        const qreal w = flow.width();
        const qreal cols[] = {0, 0.06, 0.31, 0.45, 0.79, 0.93};
        auto header = [&] {
            const QString titles[]
                = {PdfReportText::tr("No."),    PdfReportText::tr("Value"),  PdfReportText::tr("Date"),
                   PdfReportText::tr("Source"), PdfReportText::tr("Status"), PdfReportText::tr("Page")};
            for (int c = 0; c < 6; ++c)
                flow.cell(titles[c], head, kMuted, flow.left() + cols[c] * w,
                          ((c < 5 ? cols[c + 1] : 1.0) - cols[c]) * w - 4,
                          c == 5 ? Qt::AlignRight : Qt::AlignLeft);
            flow.setY(flow.y() + fm.height() + 2);
            flow.rule();
            flow.setY(flow.y() + 2);
        };
        flow.ensure(3 * (fm.height() + 4));
        header();
        for (int i : std::as_const(rows)) {
            const int before = flow.page();
            flow.ensure(fm.height() + 4);
            if (flow.page() != before)
                header();
            const Claim &c = claim(i);
            const Annotation an = annotation(i);
            const QString anchor = QStringLiteral("claim-%1").arg(i);
            QString value = FrenchFormat::value(c);
            if (c.qualifier != Qualifier::Exact)
                value = ClaimText::qualifier(c.qualifier) + u' ' + value;
            flow.cell(QString::number(entries[i].number), f, kAccent, flow.left(), cols[1] * w - 4);
            flow.cell(value, f, kInk, flow.left() + cols[1] * w, (cols[2] - cols[1]) * w - 4);
            flow.cell(c.asOf.isNull() ? QStringLiteral("—") : FrenchFormat::date(c.asOf), f, kInk,
                      flow.left() + cols[2] * w, (cols[3] - cols[2]) * w - 4);
            flow.cell(ClaimText::source(article(i)), f, kInk, flow.left() + cols[3] * w,
                      (cols[4] - cols[3]) * w - 4);
            drawBadge(flow.painter(),
                      QRectF(flow.left() + cols[4] * w, flow.y() + 0.5,
                             qMin(badgeWidth(flow.device(), an.status), (cols[5] - cols[4]) * w - 4),
                             fm.height() - 1),
                      an.status);
            flow.cell(QString::number(pageOf(anchor)), f, kAccent, flow.left() + cols[5] * w,
                      (1 - cols[5]) * w, Qt::AlignRight);
            flow.link(QRectF(flow.left(), flow.y(), w, fm.height()), anchor);
            flow.setY(flow.y() + fm.height() + 4);
        }
        flow.space(16);
    }

    void findings(Flow &flow)
    {
        flow.newPage();
        flow.anchor(QStringLiteral("findings"));
        heading(flow, PdfReportText::tr("Flags and contradictions"), 1);
        if (in.findings.isEmpty()) {
            flow.text(PdfReportText::tr("The consistency checks found nothing to flag among these claims."),
                      font(10), kInk);
            return;
        }
        for (const Finding &f : in.findings) {
            const QString kind = f.informative ? PdfReportText::tr("Note") : PdfReportText::tr("Flag");
            flow.ensure(50);
            const QString lead = kind + QStringLiteral(" — ");
            flow.text(lead + f.message, font(10), kInk, 0, {}, lead.size(), 2);
            QStringList refs;
            for (const auto &claim : f.claims) {
                const int e = entryOf.value(claim, -1);
                if (e >= 0)
                    refs << QStringLiteral("#%1 (p. %2)")
                                .arg(entries[e].number)
                                .arg(pageOf(QStringLiteral("claim-%1").arg(e)));
                else if (claim.first >= 0 && claim.first < in.articles.size())
                    refs << ClaimText::source(in.articles[claim.first]);
            }
            const QRectF at = flow.text(PdfReportText::tr("Claims: %1").arg(refs.join(QStringLiteral(", "))),
                                        font(8.5), kAccent, 12, {}, 0, 10);
            // The first claim of the finding is one click away.
            if (!f.claims.isEmpty() && entryOf.contains(f.claims.first()))
                flow.link(at, QStringLiteral("claim-%1").arg(entryOf.value(f.claims.first())));
        }
    }

    void entry(Flow &flow, int i)
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
        flow.text(title + (c.unit.isEmpty() ? QString() : QStringLiteral(" · ") + c.unit), font(11, true),
                  kInk, 0, {}, 0, 1);
        drawBadge(flow.painter(), QRectF(flow.left() + flow.width() - badge, titleY + 1, badge, 13),
                  an.status);

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
        flow.text(meta.join(QStringLiteral(" · ")), font(8), kMuted, 0, {}, 0, 5);

        // The paragraph, the figure highlighted in its status colour.
        if (c.paragraph >= 0 && c.paragraph < a.paragraphs.size()) {
            const Paragraph &p = a.paragraphs[c.paragraph];
            QString text = a.text.mid(p.start, p.length());
            text.replace(u'\n', u' ');
            const QList<Highlight> highlight {{c.start - p.start, c.end - p.start, highlightOf(an.status)}};
            const int firstPage = flow.page();
            const qreal top = flow.y();
            flow.text(text, bodyFont, kInk, 10, highlight, 0, 6);
            // A bar beside the quoted paragraph (on the page where it starts).
            if (flow.painter() && flow.page() == firstPage)
                flow.painter()->fillRect(QRectF(flow.left() + 2, top, 2, flow.y() - top - 8), kRule);
        }
        if (!an.correction.isEmpty()) {
            const ClaimCorrection &k = an.correction;
            Claim corrected = c;
            if (!std::isnan(k.value))
                corrected.value = k.value;
            if (!std::isnan(k.high))
                corrected.high = k.high;
            if (!k.unit.isEmpty())
                corrected.unit = k.unit;
            QStringList parts;
            parts << FrenchFormat::value(corrected);
            if (!k.asOf.isNull())
                parts << FrenchFormat::date(k.asOf);
            if (!k.metric.isEmpty())
                parts << (in.metricLabel ? in.metricLabel(k.metric) : k.metric);
            const QString lead = PdfReportText::tr("Correction:") + u' ';
            flow.text(lead
                          + PdfReportText::tr("%1 (the article says %2)")
                                .arg(parts.join(QStringLiteral(", ")), FrenchFormat::value(c)),
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
            flow.text(lead + an.references.join(QStringLiteral(" ; ")), font(8.5), kInk, 0, {}, lead.size(),
                      3);
        }
        const QString lead = PdfReportText::tr("Citation:") + u' ';
        flow.text(lead + ClaimText::citation(a, c), font(8.5), kMuted, 0, {}, lead.size(), 4);
        flow.rule();
        flow.space(12);
    }

    const PdfReport::Input &in;
    const PdfReport::Options &opt;
    QHash<QString, Target> m_pages;
};

} // namespace

Result<QByteArray> PdfReport::render(const Input &input, const Options &options, Stats *stats)
{
    for (const auto &[a, c] : input.claims) {
        if (a < 0 || a >= input.articles.size() || c < 0 || c >= input.articles[a].claims.size())
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

    // Pass 1: where everything lands.
    QBuffer dry;
    dry.open(QIODevice::WriteOnly);
    QPdfWriter measure(&dry);
    setUp(measure);
    Flow first(&measure, nullptr, input.projectName, title);
    builder.build(first, {});
    const int pages = first.page() + 1;

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
        Flow flow(&writer, &painter, input.projectName, title);
        flow.setTotalPages(pages);
        builder.build(flow, first.anchors);
        painter.end();
        anchors = flow.anchors;
        links = flow.links;
    }
    pdf = buffer.data();

    QList<PdfNavigation::Link> resolved;
    for (const Flow::PendingLink &l : std::as_const(links)) {
        if (anchors.contains(l.target))
            resolved.append({l.page, l.rect, anchors.value(l.target)});
    }
    auto navigated = PdfNavigation::addNavigation(
        pdf, builder.bookmarks(anchors), resolved,
        {options.author,
         PdfReportText::tr("Verified figures: %n claim(s)", nullptr, int(input.claims.size()))});
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
    Stats stats;
    const auto bytes = render(input, options, &stats);
    if (!bytes)
        return R::failure(path + QStringLiteral(": ") + bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(path + QStringLiteral(": cannot write (%1)").arg(file.errorString()));
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return R::failure(path + QStringLiteral(": cannot write (%1)").arg(file.errorString()));
    return stats;
}
