// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/articlemetadata.h"
#include "domain/result.h"

#include <QByteArray>

// Reads an article from a file, a resource or pasted text and prepares it for extraction:
// decoding, HTML to text, paragraphs, furniture, and the metadata the text gives.
// Every failure is one sentence naming the file and the problem.
namespace ArticleLoader {

constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;
constexpr qint64 kMaxPdfSize = 100 * 1024 * 1024; // reports with pictures are large

// `known` overrides what would be detected from the text (a manifest, a form).
Result<Article> loadFile(const QString &path, const ArticleMetadata &known = {});
// `name` is used in messages and for the format (".html", ".md", else plain text).
Result<Article> loadBytes(const QByteArray &bytes, const QString &name, const ArticleMetadata &known = {});
// Text that is already decoded (pasted from the clipboard).
Article fromText(QString text, const QString &name, const ArticleMetadata &known = {});

bool isSupportedFileName(const QString &path);
// An article before its text: its id (from `name`), file, the SHA-256 of `bytes` and `known`.
Article newArticle(const QByteArray &bytes, const QString &name, const ArticleMetadata &known);

} // namespace ArticleLoader
