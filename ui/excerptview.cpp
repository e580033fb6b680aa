#include "excerptview.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

ExcerptView::ExcerptView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(12);
}

void ExcerptView::setArticle(const Article *article)
{
    m_article = article;
    m_paragraphPositions.clear();
    clear();
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
    moveCursor(QTextCursor::Start);
}

int ExcerptView::documentPosition(qsizetype articleOffset) const
{
    if (!m_article)
        return -1;
    const int index = m_article->paragraphAt(articleOffset);
    if (index < 0)
        return -1;
    return m_paragraphPositions[index] + int(articleOffset - m_article->paragraphs[index].start);
}

void ExcerptView::showParagraph(int index)
{
    if (index < 0 || index >= m_paragraphPositions.size())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_paragraphPositions[index]);
    setTextCursor(cursor);
    ensureCursorVisible();
}
