// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportflow_p.h"

#include "report/pdfreport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace ReportDetail {

Flow::Flow(QPdfWriter *writer, QPainter *painter, QString header, QString title)
    : m_writer(writer)
    , m_painter(painter)
    , m_header(std::move(header))
    , m_title(std::move(title))
{
    m_page = QSizeF(writer->width(), writer->height());
}

QPainter *Flow::painter() const
{
    return m_painter;
}

QPaintDevice *Flow::device() const
{
    return m_writer;
}

int Flow::page() const
{
    return m_pageIndex;
}

qreal Flow::y() const
{
    return m_y;
}

void Flow::setY(qreal y)
{
    m_y = y;
}

qreal Flow::left() const
{
    return kMargin;
}

qreal Flow::width() const
{
    return m_page.width() - 2 * kMargin;
}

qreal Flow::bottom() const
{
    return m_page.height() - kBottom;
}

qreal Flow::top() const
{
    return kTop;
}

void Flow::setTotalPages(int pages)
{
    m_totalPages = pages;
}

void Flow::start()
{
    decorate();
}

void Flow::newPage()
{
    if (m_painter)
        m_writer->newPage();
    ++m_pageIndex;
    m_y = kTop;
    decorate();
}

void Flow::ensure(qreal height)
{
    if (m_y + height > bottom() && m_y > kTop + 1)
        newPage();
}

void Flow::space(qreal height)
{
    m_y += height;
    if (m_y > bottom())
        newPage();
}

void Flow::anchor(const QString &name)
{
    anchors.insert(name, Target {m_pageIndex, qMax<qreal>(0, m_y - 8)});
}

void Flow::link(const QRectF &rect, const QString &target)
{
    links.append({m_pageIndex, rect, target});
}

QRectF Flow::text(const QString &text, const QFont &f, const QColor &color, qreal indent,
                  const QList<Highlight> &highlights, qsizetype bold, qreal after)
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

void Flow::cell(const QString &text, const QFont &f, const QColor &color, qreal x, qreal w,
                Qt::Alignment align)
{
    if (!m_painter)
        return;
    const QFontMetricsF fm(f, m_writer);
    m_painter->setFont(f);
    m_painter->setPen(color);
    m_painter->drawText(QRectF(x, m_y, w, fm.height()), int(align | Qt::AlignVCenter),
                        fm.elidedText(text, Qt::ElideRight, w));
}

void Flow::rule(qreal thickness, const QColor &color)
{
    if (m_painter)
        m_painter->fillRect(QRectF(left(), m_y, width(), thickness), color);
}

void Flow::decorate()
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

} // namespace ReportDetail
