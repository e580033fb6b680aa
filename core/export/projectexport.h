// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "index/claimselection.h"
#include "project/projectdocument.h"

#include <QCoreApplication>

#include <functional>

// Exports of a bilan with its verification: CSV (RFC 4180, UTF-8 with a BOM so that
// spreadsheets read accents; one row per claim, every schema field, status, note, correction,
// references and citation), JSON (the bilan.claims/1 schema with each claim's annotation), and
// schema.org ClaimReview JSON-LD for the claims with a verdict. Files are written through
// QSaveFile: a failed export never leaves half a file.
namespace ProjectExport {

// Receives an export piece by piece (an article's claims at a time), so that a project of
// 10,000 articles goes out in bounded memory; returns false to stop (a failed write).
using Sink = std::function<bool(const QByteArray &piece)>;

bool csv(const ProjectDocument &doc, const ClaimSelection &selection, const Sink &sink);
bool json(const ProjectDocument &doc, const ClaimSelection &selection, const Sink &sink);
// Reviews only for the claims with a verdict (verified, disputed, wrong); `reviews` counts them.
bool claimReview(const ProjectDocument &doc, const ClaimSelection &selection, const Sink &sink,
                 int *reviews = nullptr);

// The same, whole, for small selections and tests.
QByteArray csv(const ProjectDocument &doc, const ClaimSelection &selection);
QByteArray json(const ProjectDocument &doc, const ClaimSelection &selection);
QByteArray claimReview(const ProjectDocument &doc, const ClaimSelection &selection, int *reviews = nullptr);

// Writes an export of `doc` through QSaveFile; never over the project or one of its articles.
Result<void> write(const ProjectDocument &doc, const QString &path, const QByteArray &bytes);
// The same, streamed: `produce` writes the export into the sink it is given.
Result<void> write(const ProjectDocument &doc, const QString &path,
                   const std::function<bool(const Sink &)> &produce);
// The write itself, for a file that is no export of a document; a failure says its cause.
Result<void> writeFile(const QString &path, const QByteArray &bytes);

} // namespace ProjectExport

class ProjectExportText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExport)
};
