// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"
#include "sources/articleloader.h"

#include <QByteArray>

// Reads a PDF (an article, a report, a press release) through Qt PDF: the text of each page
// with its positions, laid out in reading order by PdfLayout; pages without a text layer are
// read by OCR (Ocr). Metadata come from the document's info dictionary, then from its first
// page. The article keeps the PDF's bytes and where each piece of its text stands, so that
// locateClaims() can give every claim its page and its box.
namespace PdfLoader {

bool looksLikePdf(const QByteArray &bytes);
Result<Article> load(const QByteArray &bytes, const QString &name, const ArticleMetadata &known = {});
// Sets page, box and OCR confidence on the claims of an article read from a PDF (no-op else).
void locateClaims(Article &article);

} // namespace PdfLoader
