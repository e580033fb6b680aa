// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QTextBrowser>

// An article's text as the journalist reads it: paragraphs numbered (§1, §2, …), headings
// bold, website furniture greyed; the selected claim highlighted and the article's other
// claims underlined. Clicking a figure reports it. Keeps the map from article offsets to
// document positions so that a claim's span is highlighted exactly.
class ExcerptView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ExcerptView(QWidget *parent = nullptr);

    void setArticle(const Article *article);
    const Article *article() const { return m_article; }

    // Highlights one claim of the article (an index into its claims, or -1) and scrolls its
    // paragraph into view. `color` is the highlight (the claim's status colour).
    void highlightClaim(int claim, const QColor &color = QColor());
    int highlightedClaim() const { return m_highlighted; }
    // The article offsets (UTF-16) the highlight covers, or {-1, -1}.
    std::pair<qsizetype, qsizetype> highlightedRange() const;

    // The document position of an article offset (UTF-16), or -1 when the offset is not shown.
    int documentPosition(qsizetype articleOffset) const;
    // The article offset of a document position, or -1 (a paragraph number, a line break).
    qsizetype articleOffset(int documentPosition) const;
    void showParagraph(int index);
    // The selected text as article offsets (UTF-16), when it lies inside one paragraph and
    // touches no claim; else {-1, -1}.
    std::pair<qsizetype, qsizetype> selectedRange() const;
    // "Add Selection as a Claim" (enabled when selectedRange() is one).
    QAction *addClaimAction() const { return m_addClaim; }

Q_SIGNALS:
    // The journalist clicked inside claim `claim` of the article.
    void claimClicked(int claim);
    // A figure the engine missed, selected by the journalist.
    void addClaimRequested(qsizetype start, qsizetype end);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void updateSelections();
    int claimAtDocumentPosition(int position) const;

    const Article *m_article = nullptr;
    QList<int> m_paragraphPositions; // document position where each paragraph's text starts
    int m_highlighted = -1;
    QColor m_highlightColor;
    QAction *m_addClaim = nullptr;
};
