// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/articlejson.h"

#include "metrics/metricset.h"
#include "parallel/ranges.h"

#include <cmath>

QString ArticleJson::claimId(const Article &article, const Claim &claim, const CodePointMap &map)
{
    return article.id + u'#' + QString::number(map.toCodePoint(claim.start));
}

void ArticleJson::writeClaim(JsonWriter &w, const Article &a, const Claim &c, const CodePointMap &map,
                             const std::function<void(JsonWriter &)> &extraFields)
{
    w.beginObject();
    w.key("id").value(claimId(a, c, map));
    w.key("start").value(qint64(map.toCodePoint(c.start)));
    w.key("end").value(qint64(map.toCodePoint(c.end)));
    w.key("text").value(QStringView(a.text).mid(c.start, c.end - c.start));
    w.key("value").value(c.value);
    w.key("high").value(c.high);
    w.key("kind").value(claimKindName(c.kind));
    w.key("unit").stringOrNull(c.unit);
    w.key("qualifier").value(qualifierName(c.qualifier));
    w.key("as_of").stringOrNull(c.asOf.toIso());
    w.key("speaker").stringOrNull(c.speaker);
    w.key("metric").stringOrNull(c.metric);
    w.key("paragraph").value(c.paragraph);
    w.key("boilerplate").value(c.boilerplate);
    if (!c.per.isEmpty())
        w.key("per").value(c.per);
    if (!c.since.isNull())
        w.key("since").value(c.since.toIso());
    if (!c.writtenUnit.isEmpty())
        w.key("written_unit").value(c.writtenUnit);
    if (c.changeOf >= 0)
        w.key("change_of").value(a.id + u'#' + QString::number(map.toCodePoint(c.changeOf)));
    if (!c.isReadable())
        w.key("unreadable").value(true);
    if (c.manual)
        w.key("manual").value(true);
    if (c.page > 0) {
        w.key("page").value(int(c.page));
        w.key("box").beginArray();
        for (float v : {c.box.x, c.box.y, c.box.width, c.box.height})
            w.value(std::round(double(v) * 100) / 100);
        w.endArray();
    }
    if (c.ocrConfidence >= 0) {
        w.key("ocr_confidence").value(std::round(double(c.ocrConfidence) * 10) / 10);
        if (c.hasLowOcrConfidence())
            w.key("check").value("low OCR confidence");
    }
    if (extraFields)
        extraFields(w);
    w.endObject();
}

namespace {

// Items [0, n) of an array written by `item`: a long article's (its 184,000 paragraphs, its
// 73,000 claims) in parallel, a batch at a time (the document goes out in pieces of bounded
// size), each batch in chunks joined in order.
void writeInParts(JsonWriter &w, qsizetype n, const std::function<void(JsonWriter &, qsizetype)> &item)
{
    constexpr qsizetype kBatch = 8192;
    constexpr qsizetype kChunk = 512;
    for (qsizetype first = 0; first < n; first += kBatch) {
        const qsizetype count = qMin(kBatch, n - first);
        std::vector<JsonWriter> parts((count + kChunk - 1) / kChunk, w.part());
        Parallel::forRanges(qsizetype(parts.size()), 2, [&](qsizetype begin, qsizetype end) {
            for (qsizetype k = begin; k < end; ++k) {
                const qsizetype last = qMin(first + (k + 1) * kChunk, first + count);
                for (qsizetype i = first + k * kChunk; i < last; ++i)
                    item(parts[k], i);
            }
        });
        for (const JsonWriter &part : parts)
            w.join(part);
    }
}

} // namespace

void ArticleJson::writeDocument(JsonWriter &w, const Article &a, Content content, const ClaimHooks *hooks)
{
    const CodePointMap map(a.text);
    w.beginObject();
    w.key("id").value(a.id);
    w.key("file").value(a.file);
    w.key("title").stringOrNull(a.title);
    w.key("outlet").stringOrNull(a.outlet);
    w.key("published").stringOrNull(a.published.toIso());
    w.key("language").stringOrNull(a.language);
    w.key("url").stringOrNull(a.url);
    w.key("author").stringOrNull(a.author);
    w.key("sha256").value(a.sha256);
    w.key("paragraphs").beginArray();
    writeInParts(w, a.paragraphs.size(), [&](JsonWriter &part, qsizetype i) {
        const Paragraph &p = a.paragraphs[i];
        part.beginObject();
        part.key("index").value(qint64(i));
        part.key("start").value(qint64(map.toCodePoint(p.start)));
        part.key("end").value(qint64(map.toCodePoint(p.end)));
        part.key("kind").value(paragraphKindName(p.kind));
        part.key("boilerplate").value(p.isBoilerplate());
        part.endObject();
    });
    w.endArray();
    if (content == Content::ParagraphsAndClaims) {
        w.key("claims").beginArray();
        if (!hooks) {
            writeInParts(w, a.claims.size(),
                         [&](JsonWriter &part, qsizetype i) { writeClaim(part, a, a.claims[i], map); });
        } else {
            // (The hooks are called in order, on this thread.)
            for (int i = 0; i < a.claims.size(); ++i) {
                if (hooks->include && !hooks->include(i))
                    continue;
                std::function<void(JsonWriter &)> extra;
                if (hooks->extraFields)
                    extra = [&](JsonWriter &writer) {
                        hooks->extraFields(writer, i);
                    };
                writeClaim(w, a, a.claims[i], map, extra);
            }
        }
        w.endArray();
    }
    if (a.source) {
        // Where a PDF or a fetched page came from; a project export carries the snapshot itself.
        w.key("source").beginObject();
        w.key("content_type").value(a.source->contentType);
        w.key("final_url").stringOrNull(a.source->finalUrl);
        w.key("retrieved_at")
            .stringOrNull(a.source->retrievedAt.isValid() ? a.source->retrievedAt.toString(Qt::ISODate)
                                                          : QString());
        if (hooks && hooks->snapshot)
            w.key("snapshot").value(QString::fromLatin1(a.source->bytes.toBase64()));
        w.endObject();
    }
    w.endObject();
}

QByteArray ArticleJson::document(const QList<Article> &articles, Content content, const MetricSet *metrics)
{
    QByteArray out;
    document(articles, content, metrics, [&out](const QByteArray &piece) { out += piece; });
    return out;
}

void ArticleJson::document(const QList<Article> &articles, Content content, const MetricSet *metrics,
                           const std::function<void(const QByteArray &)> &sink)
{
    JsonWriter w;
    w.setSink(sink);
    w.beginObject();
    w.key("schema").value(content == Content::ParagraphsAndClaims ? "bilan.claims/1" : "bilan.paragraphs/1");
    w.key("documents").beginArray();
    for (const Article &a : articles)
        writeDocument(w, a, content);
    w.endArray();
    if (metrics) {
        w.key("metrics");
        metrics->writeJson(w, articles);
    }
    w.endObject();
    sink(w.take(true));
}
