// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

// Bookmarks (the PDF outline) and internal links for a PDF written by QPdfWriter, which
// makes neither. They are added as an incremental update appended to the file, the standard
// way PDF files are amended: the original bytes stay as they are, new objects (outline
// items, link annotations, an amended catalog and amended pages) follow with their own
// cross-reference section.
namespace PdfNavigation {

// A place in the document: a page (0-based) and a height from the top of the page, in points.
struct Target
{
    int page = 0;
    qreal y = 0;
};

struct Bookmark
{
    QString title;
    Target target;
    QList<Bookmark> children;
};

struct Link
{
    int page = 0; // where the link is
    QRectF rect; // in points from the page's top-left corner
    Target target; // where it leads
};

struct Metadata
{
    QString author;
    QString subject;
};

// Appends the outline, the links and the metadata to `pdf`. Fails (with a message) only when
// the file is not laid out as QPdfWriter writes it.
Result<QByteArray> addNavigation(const QByteArray &pdf, const QList<Bookmark> &bookmarks,
                                 const QList<Link> &links, const Metadata &metadata);

} // namespace PdfNavigation
