// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Turns an HTML page into plain text with its paragraph breaks, the way Bilan stores an
// article. Script, style, navigation, forms, asides and footers are dropped; nothing is ever
// fetched (images, stylesheets and frames are not followed) and no script runs: this is a
// tokenizer, not a browser. Block elements become blank-line separated paragraphs and the
// page's metadata (<title>, <meta>, <time>, <html lang>) is kept for the article.
struct HtmlBlock
{
    qsizetype start = 0; // UTF-16 offsets into HtmlText::text
    qsizetype end = 0;
    QString tag; // the innermost block element: "p", "h1", "li", "td", ...
    qsizetype linkChars = 0; // characters inside <a> elements
};

struct HtmlText
{
    QString text;
    QString title; // <title> or og:title
    QString heading; // the first <h1>
    QString published; // article:published_time, <time datetime>, date meta
    QString author;
    QString outlet; // og:site_name
    QString url; // canonical or og:url
    QString language; // <html lang>
    QList<HtmlBlock> blocks;
};

namespace HtmlToText {
bool looksLikeHtml(QStringView text);
HtmlText convert(QStringView html);
QString decodeEntities(QStringView text);
} // namespace HtmlToText
