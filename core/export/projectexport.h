// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/result.h"

#include <QHash>

// Exports of a bilan with its verification: CSV (RFC 4180, UTF-8 with a BOM so that
// spreadsheets read accents; one row per claim, every schema field, status, note, correction,
// references and citation), JSON (the bilan.claims/1 schema with each claim's annotation), and
// schema.org ClaimReview JSON-LD for the claims with a verdict. Files are written through
// QSaveFile: a failed export never leaves half a file.
namespace ProjectExport {

struct Selection
{
    const QList<Article> &articles;
    QList<std::pair<int, int>> claims; // (article, claim) in the order to write
    const QHash<ClaimKey, Annotation> &annotations;
    QList<Annotation> orphans;
};

QByteArray csv(const Selection &selection);
QByteArray json(const Selection &selection);
QByteArray claimReview(const Selection &selection);
// Every claim of `articles`, in order.
QList<std::pair<int, int>> allClaims(const QList<Article> &articles);

Result<bool> write(const QString &path, const QByteArray &bytes);

} // namespace ProjectExport
