// SPDX-License-Identifier: GPL-3.0-or-later
#include "excerptview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

ExcerptView::ExcerptView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setMouseTracking(true);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(12);
    m_addClaim = new QAction(this);
    m_addClaim->setObjectName(QStringLiteral("addClaim"));
    m_addClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addClaim->setEnabled(false);
    m_addClaim->setText(tr("&Add Selection as a Claim"));
    connect(this, &QTextEdit::selectionChanged, this,
            [this] { m_addClaim->setEnabled(selectedRange().first >= 0); });
    connect(m_addClaim, &QAction::triggered, this, [this] {
        const auto [start, end] = selectedRange();
        if (start >= 0)
            Q_EMIT addClaimRequested(start, end);
    });
}

void ExcerptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_addClaim->setText(tr("&Add Selection as a Claim"));
    QTextBrowser::changeEvent(event);
}

std::pair<qsizetype, qsizetype> ExcerptView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!m_article || !cursor.hasSelection())
        return {-1, -1};
    qsizetype start = articleOffset(cursor.selectionStart());
    const qsizetype last = articleOffset(cursor.selectionEnd() - 1);
    if (start < 0 || last < start || m_article->paragraphAt(start) != m_article->paragraphAt(last))
        return {-1, -1};
    qsizetype end = last + 1;
    // Trim the spaces a drag picks up at either end.
    while (start < end && m_article->text[start].isSpace())
        ++start;
    while (end > start && m_article->text[end - 1].isSpace())
        --end;
    if (start >= end)
        return {-1, -1};
    for (const Claim &c : m_article->claims) {
        if (c.start < end && start < c.end)
            return {-1, -1};
    }
    return {start, end};
}

void ExcerptView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    menu->addAction(m_addClaim);
    menu->exec(event->globalPos());
    delete menu;
}

void ExcerptView::setArticle(const Article *article)
{
    if (article == m_article)
        return;
    m_article = article;
    m_paragraphPositions.clear();
    m_highlighted = -1;
    clear();
    setExtraSelections({});
    if (!article)
        return;
    QTextCursor cursor(document());
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    QTextCharFormat numberFormat;
    numberFormat.setForeground(muted);
    numberFormat.setFontPointSize(font().pointSizeF() * 0.8);
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(8);
    blockFormat.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    cursor.beginEditBlock();
    for (int i = 0; i < article->paragraphs.size(); ++i) {
        const Paragraph &p = article->paragraphs[i];
        if (i > 0)
            cursor.insertBlock(blockFormat);
        else
            cursor.setBlockFormat(blockFormat);
        cursor.insertText(QStringLiteral("§%1  ").arg(i + 1), numberFormat);
        QTextCharFormat textFormat;
        if (p.kind == ParagraphKind::Boilerplate) {
            textFormat.setForeground(muted);
            textFormat.setFontItalic(true);
            textFormat.setToolTip(tr("Website furniture"));
        } else if (p.kind == ParagraphKind::Heading) {
            textFormat.setFontWeight(QFont::Bold);
        }
        m_paragraphPositions.append(cursor.position());
        // Line breaks inside a paragraph become line separators: one character each, so the
        // text keeps its length and offsets map one to one.
        QString text = article->text.mid(p.start, p.length());
        text.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(text, textFormat);
    }
    cursor.endEditBlock();
    updateSelections();
    moveCursor(QTextCursor::Start);
}

void ExcerptView::highlightClaim(int claim, const QColor &color)
{
    m_highlighted = m_article && claim >= 0 && claim < m_article->claims.size() ? claim : -1;
    m_highlightColor = color;
    updateSelections();
    if (m_highlighted >= 0) {
        const Claim &c = m_article->claims[m_highlighted];
        // The whole paragraph in view when it fits, the figure in any case.
        showParagraph(c.paragraph);
        QTextCursor cursor(document());
        cursor.setPosition(documentPosition(c.end));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

void ExcerptView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_article) {
        const QColor underline = palette().color(QPalette::Link);
        for (int i = 0; i < m_article->claims.size(); ++i) {
            const Claim &c = m_article->claims[i];
            const int from = documentPosition(c.start);
            const int to = documentPosition(c.end - 1);
            if (from < 0 || to < 0)
                continue;
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(from);
            s.cursor.setPosition(to + 1, QTextCursor::KeepAnchor);
            if (i == m_highlighted) {
                const QColor background
                    = m_highlightColor.isValid() ? m_highlightColor : palette().color(QPalette::Highlight);
                s.format.setBackground(background);
                s.format.setForeground(background.lightnessF() < 0.55 ? Qt::white : Qt::black);
                s.format.setFontWeight(QFont::Bold);
            } else {
                s.format.setFontUnderline(true);
                s.format.setUnderlineStyle(QTextCharFormat::DotLine);
                s.format.setUnderlineColor(underline);
            }
            selections.append(s);
        }
    }
    setExtraSelections(selections);
}

std::pair<qsizetype, qsizetype> ExcerptView::highlightedRange() const
{
    for (const QTextEdit::ExtraSelection &s : extraSelections()) {
        if (s.format.fontWeight() == QFont::Bold)
            return {articleOffset(s.cursor.selectionStart()), articleOffset(s.cursor.selectionEnd() - 1) + 1};
    }
    return {-1, -1};
}

int ExcerptView::documentPosition(qsizetype offset) const
{
    if (!m_article)
        return -1;
    const int index = m_article->paragraphAt(offset);
    if (index < 0)
        return -1;
    return m_paragraphPositions[index] + int(offset - m_article->paragraphs[index].start);
}

qsizetype ExcerptView::articleOffset(int position) const
{
    if (!m_article || m_paragraphPositions.isEmpty())
        return -1;
    const auto it = std::upper_bound(m_paragraphPositions.cbegin(), m_paragraphPositions.cend(), position);
    if (it == m_paragraphPositions.cbegin())
        return -1;
    const int index = int(it - m_paragraphPositions.cbegin()) - 1;
    const Paragraph &p = m_article->paragraphs[index];
    const qsizetype offset = p.start + (position - m_paragraphPositions[index]);
    return offset < p.end ? offset : -1;
}

void ExcerptView::showParagraph(int index)
{
    if (index < 0 || index >= m_paragraphPositions.size())
        return;
    const QTextBlock block = document()->findBlock(m_paragraphPositions[index]);
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    // Paragraph near the top, with a little context above it.
    verticalScrollBar()->setValue(qMax(0, int(rect.top()) - 24));
}

int ExcerptView::claimAtDocumentPosition(int position) const
{
    const qsizetype offset = articleOffset(position);
    if (!m_article || offset < 0)
        return -1;
    for (int i = 0; i < m_article->claims.size(); ++i) {
        if (offset >= m_article->claims[i].start && offset < m_article->claims[i].end)
            return i;
    }
    return -1;
}

void ExcerptView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int claim = claimAtDocumentPosition(cursorForPosition(event->position().toPoint()).position());
    if (claim >= 0)
        Q_EMIT claimClicked(claim);
}

void ExcerptView::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    const bool onClaim
        = claimAtDocumentPosition(cursorForPosition(event->position().toPoint()).position()) >= 0;
    viewport()->setCursor(onClaim ? Qt::PointingHandCursor : Qt::IBeamCursor);
}
