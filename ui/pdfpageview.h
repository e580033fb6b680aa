// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QWidget>

class QPdfDocument;

// The original page of a PDF source (rendered with QPdfDocument::render), the selected claim's
// figure boxed in a given colour and the page's other figures in a thin grey box; clicking one
// of those emits claimClicked() with its index in the article.
class PdfPageView : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    // The article must outlive the view's use of it (the claim index owns it).
    void setArticle(const Article *article);
    // Whether the article was read from a PDF, so that its pages can be shown.
    static bool canShow(const Article *article);
    void showClaim(int claim, const QColor &color);
    int page() const { return m_page; }
    QSize sizeHint() const override { return {480, 640}; }

Q_SIGNALS:
    void claimClicked(int claim);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF boxOnScreen(const Claim &claim) const;
    QPointF offset() const;
    void render();

    QPdfDocument *m_doc = nullptr;
    QBuffer m_buffer;
    const Article *m_article = nullptr;
    int m_claim = -1;
    int m_page = -1; // 0-based
    QColor m_color;
    QImage m_image;
    double m_scale = 1; // pixels per point
};
