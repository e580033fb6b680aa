// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pagecrop.h"

#include <QPainter>
#include <QPdfDocumentRenderOptions>

QPdfDocument *PageCrops::document(const Article &a, const Claim &c)
{
    const SourceDocument *source = a.source.get();
    if (!source || c.page <= 0 || c.box.width <= 0 || c.box.height <= 0
        || source->contentType != u"application/pdf")
        return nullptr;
    std::shared_ptr<Source> &open = m_open[source];
    if (!open) {
        open = std::make_shared<Source>();
        open->buffer.setData(source->bytes);
        open->buffer.open(QIODevice::ReadOnly);
        open->document.load(&open->buffer);
    }
    QPdfDocument &doc = open->document;
    if (doc.status() != QPdfDocument::Status::Ready || c.page > doc.pageCount())
        return nullptr;
    return &doc;
}

QRectF PageCrops::band(const QSizeF &page, const Claim &c)
{
    return QRectF(0, c.box.y - kMarginPoints, page.width(), c.box.height + 2 * kMarginPoints)
        .intersected(QRectF(QPointF(0, 0), page));
}

QSizeF PageCrops::size(const Article &a, const Claim &c)
{
    QPdfDocument *doc = document(a, c);
    return doc ? band(doc->pagePointSize(c.page - 1), c).size() : QSizeF();
}

QImage PageCrops::crop(const Article &a, const Claim &c, const QColor &boxColor)
{
    QPdfDocument *doc = document(a, c);
    if (!doc)
        return {};
    const int page = c.page - 1;
    const QSizeF points = doc->pagePointSize(page);
    const QRectF shown = band(points, c);
    if (shown.isEmpty())
        return {};
    // Render only the band: the page at the report's resolution, clipped to it.
    QPdfDocumentRenderOptions options;
    const QRectF scaled(shown.topLeft() * kScale, shown.size() * kScale);
    options.setScaledClipRect(scaled.toAlignedRect());
    options.setScaledSize((points * kScale).toSize());
    QImage image = doc->render(page, scaled.toAlignedRect().size(), options);
    if (image.isNull())
        return {};
    // On white, without an alpha channel: one opaque image in the report, no soft mask.
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter(&opaque).drawImage(0, 0, image);
    image = std::move(opaque);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(boxColor, 2.5));
    const QRectF box(c.box.x, c.box.y, c.box.width, c.box.height);
    p.drawRect(
        QRectF((box.topLeft() - shown.topLeft()) * kScale, box.size() * kScale).adjusted(-3, -3, 3, 3));
    return image;
}
