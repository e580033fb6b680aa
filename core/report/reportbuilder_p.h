// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/pagecrop.h"
#include "report/pdfreport.h"
#include "report/reportflow_p.h"

#include <QHash>
#include <QList>

namespace ReportDetail {

// One claim's entry in the report.
struct Entry
{
    int article;
    int claim;
    int number; // 1-based, in the report
};

// A section: the claims of one timeline group (a metric, else a kind and unit).
struct Group
{
    QString key;
    QString label;
    QList<int> entries; // indexes into the entries list
};

// Writes the report's pages into a Flow: the cover, the contents, a section per group with
// its chart and table, the findings, and an entry per claim.
class ReportBuilder
{
public:
    ReportBuilder(const PdfReport::Input &input, const PdfReport::Options &options);

    const Article &article(int entry) const;
    const Claim &claim(int entry) const;
    Annotation annotation(int entry) const;

    // The claim as the index holds it: its metric as corrected.
    const Claim &indexedClaim(int entry) const;

    // Lays out the whole report; false when `onEntry` (called after each claim's entry with its
    // index) asked to stop.
    bool build(Flow &flow, const QHash<QString, Target> &pages, const std::function<bool(int)> &onEntry = {});

    QList<PdfNavigation::Bookmark> bookmarks(const QHash<QString, Target> &anchors) const;

    QList<Entry> entries;
    QHash<std::pair<int, int>, int> entryOf;
    QList<Group> groups;

private:
    QString figure(int entry) const;

    int pageOf(const QString &anchor) const;

    void heading(Flow &flow, const QString &text, int level);

    void cover(Flow &flow);

    void tocLine(Flow &flow, const QString &title, const QString &anchor, qreal indent);

    void contents(Flow &flow);

    void chart(Flow &flow, const Group &group);

    void section(Flow &flow, int g);
    void sectionHeader(Flow &flow);
    void sectionRow(Flow &flow, int i);

    void findings(Flow &flow);

    void entry(Flow &flow, int i);
    void pageCrop(Flow &flow, const Article &article, const Claim &claim, ClaimStatus status);

    const PdfReport::Input &in;
    const PdfReport::Options &opt;
    QHash<QString, Target> m_pages;
    PageCrops m_crops;
};

} // namespace ReportDetail
