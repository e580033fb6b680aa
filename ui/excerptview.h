#pragma once

#include "article.h"

#include <QTextBrowser>

// An article's text as the journalist reads it: paragraphs numbered, headings bold,
// website furniture greyed. Keeps the map from article offsets to document positions so
// that a claim's span can be highlighted exactly.
class ExcerptView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ExcerptView(QWidget *parent = nullptr);

    void setArticle(const Article *article);
    const Article *article() const { return m_article; }

    // The document position of an article offset (UTF-16), or -1 when the offset is not shown.
    int documentPosition(qsizetype articleOffset) const;
    // Scrolls paragraph `index` into view.
    void showParagraph(int index);

private:
    const Article *m_article = nullptr;
    QList<int> m_paragraphPositions; // document position where each paragraph's text starts
};
