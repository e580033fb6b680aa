// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>

PdfPageView::PdfPageView(QWidget *parent)
    : QWidget(parent)
    , m_doc(new QPdfDocument(this))
{
    setMinimumSize(200, 260);
    setMouseTracking(true);
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::canShow(const Article *article)
{
    return article && article->source && article->source->contentType == u"application/pdf";
}

void PdfPageView::setArticle(const Article *article)
{
    if (article == m_article)
        return;
    m_article = article;
    m_claim = -1;
    m_page = -1;
    m_image = QImage();
    m_doc->close();
    m_buffer.close();
    if (canShow(article)) {
        m_buffer.setData(article->source->bytes);
        m_buffer.open(QIODevice::ReadOnly);
        m_doc->load(&m_buffer);
    }
    update();
}

void PdfPageView::showClaim(int claim, const QColor &color)
{
    m_claim = claim;
    m_color = color.isValid() ? color : QColor(0xd3, 0x2f, 0x2f);
    const int page = m_article && claim >= 0 && claim < m_article->claims.size()
        ? m_article->claims[claim].page - 1
        : -1;
    if (page != m_page || m_image.isNull()) {
        m_page = page;
        render();
    }
    update();
}

void PdfPageView::render()
{
    m_image = QImage();
    if (m_page < 0 || m_doc->status() != QPdfDocument::Status::Ready || m_page >= m_doc->pageCount())
        return;
    const QSizeF points = m_doc->pagePointSize(m_page);
    // The page fills the view's width, and is never drawn smaller than its print size so that
    // the figure stays legible: a narrow view shows the part of the page around it (offset()).
    m_scale = std::max(width() / points.width(), 1.25);
    const qreal dpr = devicePixelRatioF();
    m_image = m_doc->render(m_page, (points * m_scale * dpr).toSize());
    m_image.setDevicePixelRatio(dpr);
}

QRectF PdfPageView::boxOnScreen(const Claim &c) const
{
    const QPointF shift = offset();
    return QRectF(c.box.x * m_scale - shift.x(), c.box.y * m_scale - shift.y(), c.box.width * m_scale,
                  c.box.height * m_scale)
        .adjusted(-2, -2, 2, 2);
}

// Where the page is drawn from so that the selected figure stands in the middle of the view.
QPointF PdfPageView::offset() const
{
    if (m_image.isNull() || !m_article || m_claim < 0 || m_claim >= m_article->claims.size())
        return {};
    const Claim &c = m_article->claims[m_claim];
    const QSizeF page = m_image.deviceIndependentSize();
    const QPointF centre((c.box.x + c.box.width / 2) * m_scale, (c.box.y + c.box.height / 2) * m_scale);
    return {std::clamp(centre.x() - width() / 2.0, 0.0, std::max(0.0, page.width() - width())),
            std::clamp(centre.y() - height() / 2.0, 0.0, std::max(0.0, page.height() - height()))};
}

void PdfPageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull()) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No page to show: the claim is not from a PDF."));
        return;
    }
    p.drawImage(-offset(), m_image);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_article->claims.size(); ++i) {
        const Claim &c = m_article->claims[i];
        if (c.page - 1 != m_page || i == m_claim)
            continue;
        p.setPen(QPen(QColor(120, 120, 120, 160), 1, Qt::DashLine));
        p.drawRect(boxOnScreen(c));
    }
    if (m_claim >= 0 && m_claim < m_article->claims.size()) {
        p.setPen(QPen(m_color, 2.5));
        p.drawRect(boxOnScreen(m_article->claims[m_claim]));
    }
}

void PdfPageView::mousePressEvent(QMouseEvent *event)
{
    if (!m_article || m_image.isNull())
        return;
    for (int i = 0; i < m_article->claims.size(); ++i) {
        const Claim &c = m_article->claims[i];
        if (c.page - 1 == m_page && i != m_claim && boxOnScreen(c).contains(event->position())) {
            Q_EMIT claimClicked(i);
            return;
        }
    }
}

void PdfPageView::resizeEvent(QResizeEvent *)
{
    render();
}
