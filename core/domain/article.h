// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/partialdate.h"
#include "domain/sourcedocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What Bilan knows about one article: its decoded text (the one every offset refers to),
// its metadata and its paragraphs. Offsets inside the core are UTF-16 indexes into `text`;
// they become Unicode code points only at the edges (JSON, CSV), see CodePointMap.

class MetricTaxonomy;

enum class ParagraphKind : quint8 { Body, Heading, Boilerplate };

QString paragraphKindName(ParagraphKind kind);

struct Paragraph
{
    qsizetype start = 0;
    qsizetype end = 0; // half-open
    ParagraphKind kind = ParagraphKind::Body;

    bool isBoilerplate() const { return kind == ParagraphKind::Boilerplate; }
    qsizetype length() const { return end - start; }
};

struct Article
{
    QString id;
    QString file; // the path it was read from, as given (or a resource path)
    QString title;
    QString outlet; // empty when unknown
    PartialDate published;
    QString language; // ISO 639-1, empty when unknown
    QString url;
    QString author;
    QString sha256; // hex digest of the file's bytes
    QString text;
    QList<Paragraph> paragraphs;
    QList<Claim> claims; // empty until ClaimExtractor has run
    SourceDocumentPtr source; // PDFs and pages fetched by URL; null for text files
    // The taxonomy whose metrics the claims carry, as MetricAssigner gave them just after
    // extraction; null once anything else may have written them (metric discovery, a project's
    // store). Metric discovery then needs not read the figures for their presets again.
    const MetricTaxonomy *presetsAssigned = nullptr;
    // The people the body introduces with a role ("le Chef du gouvernement, Aziz Akhannouch"),
    // as extraction read them (SpeakerResolver::peopleWithRoles()); unset when the claims did not
    // come from ClaimExtractor::extractInto() (a project's store): metric discovery, which never
    // takes them for owners, reads them again then.
    std::optional<QStringList> peopleWithRoles;
    // The schemes of `presetsAssigned` that the title or a paragraph names, read by extraction
    // from the words it folded; unset otherwise (metric discovery folds the paragraphs again).
    std::optional<QStringList> presetSchemesNamed;

    QStringView paragraphText(int index) const
    {
        const Paragraph &p = paragraphs.at(index);
        return QStringView(text).mid(p.start, p.end - p.start);
    }
    // Index of the paragraph holding UTF-16 offset `pos`, or -1.
    int paragraphAt(qsizetype pos) const;
};
