// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/pdfnavigation.h"
#include "report/reportstyle_p.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QFont;
class QPainter;
class QPaintDevice;
class QPdfWriter;

namespace ReportDetail {

using PdfNavigation::Target;
using namespace ReportStyle;

// A span of a text block painted behind its characters (the figure in its paragraph).
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
    Flow(QPdfWriter *writer, QPainter *painter, QString header, QString title);

    QPainter *painter() const;
    QPaintDevice *device() const;
    int page() const;
    qreal y() const;
    void setY(qreal y);
    qreal left() const;
    qreal width() const;
    qreal bottom() const;
    qreal top() const;
    void setTotalPages(int pages);

    void start();
    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height);
    void space(qreal height);
    void anchor(const QString &name);
    void link(const QRectF &rect, const QString &target);

    // A block of text `indent` from the left margin, broken into lines; each line goes on the
    // page where it fits. `bold` characters at the start are bold; highlights are painted
    // behind their characters. Returns the rectangle of the first line (for links).
    QRectF text(const QString &text, const QFont &f, const QColor &color, qreal indent = 0,
                const QList<Highlight> &highlights = QList<Highlight>(), qsizetype bold = 0, qreal after = 4);

    // One line of text that must not wrap (table cells, headers): elided to `w`.
    void cell(const QString &text, const QFont &f, const QColor &color, qreal x, qreal w,
              Qt::Alignment align = Qt::AlignLeft);

    void rule(qreal thickness = 0.5, const QColor &color = kRule);

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
    void decorate();

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_header;
    QString m_title;
    QSizeF m_page;
    int m_pageIndex = 0;
    int m_totalPages = 0;
    qreal m_y = kTop;
};

} // namespace ReportDetail
