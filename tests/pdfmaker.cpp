// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfmaker.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace {

struct Placed
{
    int page;
    int column;
    double y; // baseline, in points
    QString text;
};

constexpr double kMargin = 56; // points
constexpr double kGutter = 24;

// Lays the paragraphs out in lines (points), a paragraph never split across columns.
QList<Placed> layOut(const QStringList &paragraphs, const PdfMaker::Options &o, const QSizeF &page,
                     const QFontMetricsF &fm, int *pages)
{
    const double columnWidth = (page.width() - 2 * kMargin - (o.columns - 1) * kGutter) / o.columns;
    const double lineHeight = fm.height() * 1.2;
    const double top = kMargin + 30, bottom = page.height() - kMargin - 30;
    QList<Placed> out;
    int p = 0, column = 0;
    double y = top;
    bool hyphenated = o.hyphenate.isEmpty();
    for (const QString &paragraph : paragraphs) {
        QStringList lines;
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (!hyphenated && word == o.hyphenate && !line.isEmpty()) {
                const qsizetype cut = word.size() / 2 + 1;
                lines.append(line + u' ' + word.left(cut) + u'-');
                line = word.mid(cut);
                hyphenated = true;
                continue;
            }
            if (fm.horizontalAdvance(candidate) > columnWidth && !line.isEmpty()) {
                lines.append(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty())
            lines.append(line);
        if (y + lines.size() * lineHeight > bottom && y > top) {
            y = top;
            if (++column == o.columns) {
                column = 0;
                ++p;
            }
        }
        for (const QString &l : lines) {
            out.append(Placed {p, column, y + fm.ascent(), l});
            y += lineHeight;
        }
        y += lineHeight * 0.8;
    }
    *pages = p + 1;
    return out;
}

void drawPage(QPainter &painter, const QList<Placed> &lines, int page, int pages, const PdfMaker::Options &o,
              const QSizeF &size)
{
    const double columnWidth = (size.width() - 2 * kMargin - (o.columns - 1) * kGutter) / o.columns;
    // The last column first: the text layer is not in reading order.
    QList<const Placed *> order;
    for (const Placed &l : lines) {
        if (l.page == page)
            order.append(&l);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const Placed *a, const Placed *b) { return a->column > b->column; });
    for (const Placed *l : order)
        painter.drawText(QPointF(kMargin + l->column * (columnWidth + kGutter), l->y), l->text);
    if (o.runningHeader) {
        painter.drawText(QPointF(kMargin, kMargin / 2 + 10),
                         QStringLiteral("Rapport annuel de la CNSS 2024"));
        painter.drawText(QPointF(size.width() / 2 - 20, size.height() - kMargin / 2),
                         QStringLiteral("Page %1 / %2").arg(page + 1).arg(pages));
    }
}

} // namespace

QByteArray PdfMaker::make(const QStringList &paragraphs, const Options &o)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72); // painter units are points
    writer.setTitle(QStringLiteral("Document de test"));
    writer.setCreator(QStringLiteral("tst_pdfloader"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    painter.setFont(font);
    const QFontMetricsF fm(font, &writer);
    const QSizeF size = QPageSize(QPageSize::A4).size(QPageSize::Point);
    int pages = 1;
    const QList<Placed> lines = layOut(paragraphs, o, size, fm, &pages);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        if (o.scanned) {
            // 300 dpi picture of the page's text, drawn as an image: no text layer.
            const double scale = 300.0 / 72.0;
            QImage image((size * scale).toSize(), QImage::Format_Grayscale8);
            image.fill(Qt::white);
            image.setDotsPerMeterX(int(72 / 0.0254)); // a point is a unit, as on the PDF page
            image.setDotsPerMeterY(int(72 / 0.0254));
            QPainter ip(&image);
            ip.scale(scale, scale);
            QFont f = font;
            ip.setFont(f);
            drawPage(ip, lines, p, pages, o, size);
            ip.end();
            painter.drawImage(QRectF(QPointF(0, 0), size), image);
        } else {
            drawPage(painter, lines, p, pages, o, size);
        }
    }
    if (!o.tableRows.isEmpty()) {
        const double lineHeight = fm.height() * 1.4;
        double y = size.height() - kMargin - 40 - o.tableRows.size() * lineHeight;
        for (const QStringList &row : o.tableRows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                painter.drawText(QPointF(kMargin + c * 200, y), row[c]);
            y += lineHeight;
        }
    }
    painter.end();
    return bytes;
}
