// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "index/claimselection.h"
#include "project/projectdocument.h"

#include <QCoreApplication>

// Exports of a bilan with its verification: CSV (RFC 4180, UTF-8 with a BOM so that
// spreadsheets read accents; one row per claim, every schema field, status, note, correction,
// references and citation), JSON (the bilan.claims/1 schema with each claim's annotation), and
// schema.org ClaimReview JSON-LD for the claims with a verdict. Files are written through
// QSaveFile: a failed export never leaves half a file.
namespace ProjectExport {

QByteArray csv(const ProjectDocument &doc, const ClaimSelection &selection);
QByteArray json(const ProjectDocument &doc, const ClaimSelection &selection);
QByteArray claimReview(const ProjectDocument &doc, const ClaimSelection &selection);

Result<void> write(const QString &path, const QByteArray &bytes);

} // namespace ProjectExport

class ProjectExportText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExport)
};
