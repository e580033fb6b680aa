// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPdfDocument>

#include <memory>

// The band of a PDF source's page that holds a claim's figure, as the report shows it beside
// the paragraph: the page's full width, a few lines above and below the figure, the figure
// boxed in its status colour. Each source PDF is opened once per report.
class PageCrops
{
public:
    // A null image when the claim does not come from a PDF page (a text, a web page) or its
    // page cannot be rendered.
    QImage crop(const Article &article, const Claim &claim, const QColor &boxColor);
    // The band's size in points, without rendering it (empty when there is no crop).
    QSizeF size(const Article &article, const Claim &claim);

    // Points of page height shown above and below the figure's box.
    static constexpr qreal kMarginPoints = 36;
    // Rendering resolution, in pixels per point.
    static constexpr qreal kScale = 2;

private:
    QPdfDocument *document(const Article &article, const Claim &claim);
    static QRectF band(const QSizeF &page, const Claim &claim);

    struct Source
    {
        QBuffer buffer;
        QPdfDocument document;
    };
    QHash<const SourceDocument *, std::shared_ptr<Source>> m_open;
};
