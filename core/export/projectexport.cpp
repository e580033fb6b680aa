// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/projectexport.h"

#include "display/claimtext.h"
#include "export/articlejson.h"
#include "export/claimscsv.h"
#include "export/jsonwriter.h"
#include "project/sqlitefile.h"
#include "text/claimcontext.h"
#include "text/codepointmap.h"

#include <QSaveFile>

#include <cmath>
#include <optional>

namespace {

// The size of the pieces an export goes out in.
constexpr qsizetype kPiece = 1 << 20;

Annotation annotationOf(const ProjectDocument &doc, const Article &a, const Claim &c)
{
    return doc.annotations().value(ClaimKey {a.sha256, c.start, c.end});
}

void writeAnnotation(JsonWriter &w, const Annotation &an)
{
    w.key("status").value(ClaimStatusText::name(an.status));
    w.key("note").stringOrNull(an.note);
    w.key("references").beginArray();
    for (const QString &r : an.references)
        w.value(r);
    w.endArray();
    if (an.correction.isEmpty()) {
        w.key("correction").null();
    } else {
        w.key("correction").beginObject();
        w.key("value").value(an.correction.value);
        w.key("high").value(an.correction.high);
        w.key("unit").stringOrNull(an.correction.unit);
        w.key("as_of").stringOrNull(an.correction.asOf.toIso());
        w.key("metric").stringOrNull(an.correction.metric);
        w.endObject();
    }
    w.key("checked_by").stringOrNull(an.updatedBy);
    w.key("checked_at")
        .stringOrNull(an.updatedAt.isValid() ? an.updatedAt.toUTC().toString(Qt::ISODate) : QString());
}

struct Verdict
{
    int rating; // schema.org Rating, 1 to 5
    QString name;
};

// The verdict a status gives; none for a claim still to check or not a claim.
std::optional<Verdict> verdictOf(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Verified:
        return Verdict {5, QStringLiteral("Vrai")};
    case ClaimStatus::Disputed:
        return Verdict {3, QStringLiteral("Contesté")};
    case ClaimStatus::Wrong:
        return Verdict {1, QStringLiteral("Faux")};
    default:
        return std::nullopt;
    }
}

// One schema.org ClaimReview: the journalist's verdict on the claim as the article makes it.
void writeReview(JsonWriter &w, const Article &a, const Claim &c, const Annotation &an,
                 const Verdict &verdict)
{
    w.beginObject();
    w.key("@context").value("https://schema.org");
    w.key("@type").value("ClaimReview");
    w.key("datePublished")
        .value(an.updatedAt.isValid() ? an.updatedAt.toUTC().date().toString(Qt::ISODate) : QString());
    w.key("claimReviewed").value(ClaimContext::sentence(a, c));
    w.key("author").beginObject().key("@type").value("Person").key("name").value(an.updatedBy).endObject();
    w.key("reviewRating").beginObject();
    w.key("@type").value("Rating");
    w.key("ratingValue").value(verdict.rating);
    w.key("bestRating").value(5);
    w.key("worstRating").value(1);
    w.key("alternateName").value(verdict.name);
    w.endObject();
    if (!an.note.isEmpty())
        w.key("reviewBody").value(an.note);
    w.key("itemReviewed").beginObject();
    w.key("@type").value("Claim");
    if (!c.speaker.isEmpty())
        w.key("author").beginObject().key("@type").value("Person").key("name").value(c.speaker).endObject();
    if (!a.published.isNull())
        w.key("datePublished").value(a.published.toIso());
    w.key("appearance").beginObject();
    w.key("@type").value("CreativeWork");
    w.key("headline").stringOrNull(a.title);
    w.key("url").stringOrNull(a.url);
    if (!a.outlet.isEmpty())
        w.key("publisher")
            .beginObject()
            .key("@type")
            .value("Organization")
            .key("name")
            .value(a.outlet)
            .endObject();
    w.endObject();
    w.endObject();
    if (!an.references.isEmpty()) {
        w.key("citation").beginArray();
        for (const QString &r : an.references)
            w.value(r);
        w.endArray();
    }
    w.endObject();
}

} // namespace

namespace {

// The findings a journalist resolved or dismissed, with their reviews. The checks run only
// when some finding was reviewed: at 10,000 articles they took most of an export's time and
// memory for nothing.
QList<std::pair<Finding, FindingReview>> reviewedFindings(const ProjectDocument &doc)
{
    QList<std::pair<Finding, FindingReview>> out;
    if (doc.findingReviews().isEmpty())
        return out;
    for (const Finding &f : doc.findings()) {
        if (const FindingReview r = doc.findingReview(f); !r.isDefault())
            out.append({f, r});
    }
    return out;
}

// Per claim, what the journalists made of the findings it is part of, one line per reviewed
// finding: "contradiction resolved: the CNSS confirmed 14 millions".
QHash<std::pair<int, int>, QStringList> reviewsByClaim(const ProjectDocument &doc)
{
    QHash<std::pair<int, int>, QStringList> out;
    for (const auto &[f, r] : reviewedFindings(doc)) {
        QString line = f.kind + u' ' + FindingReview::stateName(r.state);
        if (!r.note.isEmpty())
            line += QStringLiteral(": ") + r.note;
        for (const std::pair<int, int> &c : f.claims)
            out[c].append(line);
    }
    return out;
}

} // namespace

bool ProjectExport::csv(const ProjectDocument &doc, const ClaimSelection &selection, const Sink &sink)
{
    const QHash<std::pair<int, int>, QStringList> reviews = reviewsByClaim(doc);
    QByteArray out("\xEF\xBB\xBF"); // so that spreadsheets read UTF-8
    out += ClaimsCsv::schemaColumns()
        + ",manual,status,note,corrected_value,corrected_high,corrected_unit,corrected_as_of,corrected_"
          "metric,references,checked_by,"
          "checked_at,finding_reviews,citation,sentence\r\n";
    QHash<int, CodePointMap> maps; // one per article, not one per claim
    for (const auto &[ai, ci] : selection.claims) {
        const Article &a = doc.articles()[ai];
        const Claim &c = a.claims[ci];
        const Annotation an = annotationOf(doc, a, c);
        auto map = maps.constFind(ai);
        if (map == maps.constEnd())
            map = maps.insert(ai, CodePointMap(a.text));
        out += ClaimsCsv::record(
            ClaimsCsv::schemaFields(a, c, *map) << QStringList {
                c.manual ? QStringLiteral("true") : QStringLiteral("false"),
                ClaimStatusText::name(an.status),
                an.note,
                ClaimsCsv::number(an.correction.value),
                ClaimsCsv::number(an.correction.high),
                an.correction.unit,
                an.correction.asOf.toIso(),
                an.correction.metric,
                an.references.join(u'\n'),
                an.updatedBy,
                an.updatedAt.isValid() ? an.updatedAt.toUTC().toString(Qt::ISODate) : QString(),
                reviews.value({ai, ci}).join(u'\n'),
                ClaimText::citation(a, c),
                ClaimContext::sentence(a, c),
            });
        if (out.size() >= kPiece && !sink(std::exchange(out, {})))
            return false;
    }
    return out.isEmpty() || sink(out);
}

bool ProjectExport::json(const ProjectDocument &doc, const ClaimSelection &selection, const Sink &sink)
{
    QHash<int, QSet<int>> wanted;
    QList<int> order;
    for (const auto &[ai, ci] : selection.claims) {
        if (!wanted.contains(ai))
            order.append(ai);
        wanted[ai].insert(ci);
    }
    JsonWriter w;
    w.beginObject();
    w.key("schema").value("bilan.claims/1");
    w.key("documents").beginArray();
    for (int ai : order) {
        const Article &a = doc.articles()[ai];
        ArticleJson::ClaimHooks hooks;
        hooks.snapshot = true;
        hooks.include = [&](int ci) {
            return wanted[ai].contains(ci);
        };
        hooks.extraFields = [&](JsonWriter &writer, int ci) {
            writeAnnotation(writer, annotationOf(doc, a, a.claims[ci]));
        };
        ArticleJson::writeDocument(w, a, ArticleJson::Content::ParagraphsAndClaims, &hooks);
        if (!sink(w.take()))
            return false;
    }
    w.endArray();
    // Annotations whose claim the engine no longer finds: kept, never dropped.
    w.key("orphaned_annotations").beginArray();
    for (const Annotation &an : doc.orphans()) {
        w.beginObject();
        w.key("article_sha256").value(an.key.article);
        w.key("quote").value(an.quote);
        w.key("context").value(an.before + an.quote + an.after);
        writeAnnotation(w, an);
        w.endObject();
    }
    w.endArray();
    // What the journalists made of the findings among these claims: resolved or dismissed,
    // with their notes (only when some finding was reviewed).
    QSet<std::pair<int, int>> selected(selection.claims.cbegin(), selection.claims.cend());
    QList<std::pair<Finding, FindingReview>> reviewed = reviewedFindings(doc);
    reviewed.removeIf([&](const std::pair<Finding, FindingReview> &fr) {
        return std::none_of(fr.first.claims.cbegin(), fr.first.claims.cend(),
                            [&](const std::pair<int, int> &c) { return selected.contains(c); });
    });
    if (!reviewed.isEmpty()) {
        w.key("finding_reviews").beginArray();
        for (const auto &[f, r] : std::as_const(reviewed)) {
            w.beginObject();
            w.key("kind").value(f.kind);
            w.key("metric").stringOrNull(f.metric);
            w.key("message").value(f.message);
            w.key("claims").beginArray();
            for (const auto &[ai, ci] : f.claims) {
                const Article &a = doc.articles()[ai];
                w.value(ArticleJson::claimId(a, a.claims[ci], CodePointMap(a.text)));
            }
            w.endArray();
            w.key("state").value(FindingReview::stateName(r.state));
            w.key("note").stringOrNull(r.note);
            w.key("reviewed_by").stringOrNull(r.updatedBy);
            w.key("reviewed_at")
                .stringOrNull(r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODate) : QString());
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    return sink(w.take(true));
}

bool ProjectExport::claimReview(const ProjectDocument &doc, const ClaimSelection &selection, const Sink &sink,
                                int *reviews)
{
    if (reviews)
        *reviews = 0;
    JsonWriter w;
    w.beginArray();
    for (const auto &[ai, ci] : selection.claims) {
        const Article &a = doc.articles()[ai];
        const Claim &c = a.claims[ci];
        const Annotation an = annotationOf(doc, a, c);
        const auto verdict = verdictOf(an.status);
        if (!verdict)
            continue; // no verdict, no review
        writeReview(w, a, c, an, *verdict);
        if (reviews)
            ++*reviews;
        if (w.size() >= kPiece && !sink(w.take()))
            return false;
    }
    w.endArray();
    return sink(w.take(true));
}

namespace {

QByteArray collected(const std::function<bool(const ProjectExport::Sink &)> &produce)
{
    QByteArray all;
    produce([&all](const QByteArray &piece) {
        all += piece;
        return true;
    });
    return all;
}

} // namespace

QByteArray ProjectExport::csv(const ProjectDocument &doc, const ClaimSelection &selection)
{
    return collected([&](const Sink &sink) { return csv(doc, selection, sink); });
}

QByteArray ProjectExport::json(const ProjectDocument &doc, const ClaimSelection &selection)
{
    return collected([&](const Sink &sink) { return json(doc, selection, sink); });
}

QByteArray ProjectExport::claimReview(const ProjectDocument &doc, const ClaimSelection &selection,
                                      int *reviews)
{
    return collected([&](const Sink &sink) { return claimReview(doc, selection, sink, reviews); });
}

Result<void> ProjectExport::write(const ProjectDocument &doc, const QString &path, const QByteArray &bytes)
{
    if (const auto allowed = doc.checkOutput(path); !allowed)
        return allowed;
    return writeFile(path, bytes);
}

Result<void> ProjectExport::write(const ProjectDocument &doc, const QString &path,
                                  const std::function<bool(const Sink &)> &produce)
{
    if (const auto allowed = doc.checkOutput(path); !allowed)
        return allowed;
    QSaveFile file(path);
    qint64 written = 0;
    const bool opened = file.open(QIODevice::WriteOnly);
    const bool complete = opened && produce([&](const QByteArray &piece) {
                              if (file.write(piece) != piece.size())
                                  return false;
                              written += piece.size();
                              return true;
                          });
    if (complete && file.commit())
        return {};
    const QString why = SqliteFile::diskFull(path, written + kPiece)
        ? ProjectExportText::tr("the disk is full")
        : SqliteFile::brokenLink(path)
        ? ProjectExportText::tr("a symbolic link that leads to itself or to nothing")
        : file.errorString();
    file.cancelWriting();
    return Result<void>::failure(ProjectExportText::tr("%1: cannot write (%2)").arg(path, why));
}

Result<void> ProjectExport::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    auto failed = [&] {
        // The cause, when the system gives none worth reading ("Unknown error" for a full disk).
        const QString why = SqliteFile::diskFull(path, bytes.size() + 4096)
            ? ProjectExportText::tr("the disk is full: %1 KB needed").arg((bytes.size() + 1023) / 1024)
            : SqliteFile::brokenLink(path)
            ? ProjectExportText::tr("a symbolic link that leads to itself or to nothing")
            : file.errorString();
        file.cancelWriting();
        return Result<void>::failure(ProjectExportText::tr("%1: cannot write (%2)").arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return {};
}
