// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

// Where an article's text came from when it is not a text file of its own: the bytes as read
// or fetched (a PDF, a web page's HTML), the address it was fetched from, and for a PDF, where
// each piece of the text stands on its pages, so that a claim can be boxed on its page.

// A run of Article::text read from one place of a PDF page: characters of the page's text
// layer from `charIndex` on, or one word read by OCR (`charIndex` -1, its box and confidence).
struct SourceSpan
{
    qint32 textStart = 0; // UTF-16 offset into Article::text
    qint32 length = 0;
    qint32 page = 0; // 0-based
    qint32 charIndex = -1; // index in QPdfDocument's text of the page, -1 for OCR words
    QRectF box; // OCR words: the word's box in PDF points (origin top left)
    float confidence = -1; // OCR words: 0-100, else -1
};

struct SourceDocument
{
    QByteArray bytes; // the file or the page as fetched, unchanged (the snapshot)
    QString contentType; // "application/pdf", "text/html", "text/plain"
    QString finalUrl; // the address after redirects, for a page fetched by URL
    QDateTime retrievedAt; // UTC, for a page fetched by URL
    QList<SourceSpan> spans; // PDF sources only
    bool ocr = false; // some of the text was read by OCR
};

using SourceDocumentPtr = std::shared_ptr<const SourceDocument>;
