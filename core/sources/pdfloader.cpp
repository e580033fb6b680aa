// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/pdfloader.h"

#include "sources/ocr.h"
#include "sources/pdflayout.h"
#include "text/furnitureclassifier.h"
#include "text/metadatadetector.h"
#include "text/paragraphsplitter.h"
#include "text/textutil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>
#include <memory>

namespace {

// Rendering resolution for OCR: Tesseract reads body text best at about 300 dpi.
constexpr double kOcrDpi = 300;

std::unique_ptr<QPdfDocument> openDocument(const QByteArray &bytes, QBuffer &buffer, QString *error)
{
    auto doc = std::make_unique<QPdfDocument>();
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    doc->load(&buffer);
    if (doc->status() == QPdfDocument::Status::Ready)
        return doc;
    if (error) {
        switch (doc->error()) {
        case QPdfDocument::Error::IncorrectPassword:
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            *error = QCoreApplication::translate("PdfLoader", "the PDF is protected by a password");
            break;
        default:
            *error
                = QCoreApplication::translate("PdfLoader", "not a valid PDF document (damaged or truncated)");
        }
    }
    return nullptr;
}

// Control characters of the text layer become spaces, and the mark PDFium leaves where it
// joined a word hyphenated across lines (U+FFFE) a hyphen: the same length, so that indexes
// stay those of the text layer. textLayer() breaks the line after that hyphen again.
QString cleaned(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() == 0xFFFE)
            c = u'-';
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c.unicode() != 0x02)
            c = u' ';
    }
    return text;
}

// Splits one line of the text layer at wide horizontal gaps: the columns of a two-column page
// and the cells of a table may share a baseline.
void appendLinePieces(QPdfDocument &doc, int page, int start, const QString &line,
                      QList<PdfLayout::Fragment> &out)
{
    const QPdfSelection whole = doc.getSelectionAtIndex(page, start, int(line.size()));
    QList<QRectF> rects;
    for (const QPolygonF &p : whole.bounds())
        rects.append(p.boundingRect());
    std::sort(rects.begin(), rects.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    const double height = whole.boundingRectangle().height();
    int from = 0;
    for (qsizetype r = 0; r + 1 < rects.size(); ++r) {
        const double gapLeft = rects[r].right();
        if (rects[r + 1].left() - gapLeft < std::max(12.0, 1.2 * height))
            continue;
        // The last character of the piece: the longest prefix that ends before the gap.
        int lo = from + 1, hi = int(line.size());
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (doc.getSelectionAtIndex(page, start, mid).boundingRectangle().right() <= gapLeft + 0.5)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo <= from || lo >= line.size())
            continue;
        const QString piece = line.mid(from, lo - from).trimmed();
        out.append(
            PdfLayout::Fragment {doc.getSelectionAtIndex(page, start + from, lo - from).boundingRectangle(),
                                 piece,
                                 {SourceSpan {0, qint32(piece.size()), page, start + from, {}, -1}}});
        from = lo;
        while (from < line.size() && line[from] == u' ')
            ++from;
    }
    const QString rest = line.mid(from);
    if (rest.trimmed().isEmpty())
        return;
    const QRectF rect = from == 0
        ? whole.boundingRectangle()
        : doc.getSelectionAtIndex(page, start + from, int(rest.size())).boundingRectangle();
    out.append(
        PdfLayout::Fragment {rect, rest, {SourceSpan {0, qint32(rest.size()), page, start + from, {}, -1}}});
}

QList<PdfLayout::Fragment> textLayer(QPdfDocument &doc, int page)
{
    QList<PdfLayout::Fragment> out;
    const QString raw = doc.getAllText(page).text();
    const QString text = cleaned(raw);
    int start = 0;
    while (start < text.size()) {
        int end = int(text.indexOf(u'\n', start));
        if (end < 0)
            end = int(text.size());
        const int hyphen = int(raw.indexOf(QChar(0xFFFE), start));
        const bool hyphenated = hyphen >= 0 && hyphen < end;
        if (hyphenated)
            end = hyphen + 1;
        while (start < end && text[start] == u' ')
            ++start;
        QString line = text.mid(start, end - start);
        while (line.endsWith(u' '))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            appendLinePieces(doc, page, start, line, out);
        start = hyphenated ? end : end + 1;
    }
    return out;
}

struct Pages
{
    QList<PdfLayout::Page> pages;
    bool ocr = false;
    QString ocrError;
};

Pages readPages(QPdfDocument &doc)
{
    Pages out;
    for (int p = 0; p < doc.pageCount(); ++p) {
        PdfLayout::Page page {doc.pagePointSize(p), textLayer(doc, p)};
        if (page.fragments.isEmpty()) {
            // No text layer: a scan. Render it and read it by OCR.
            const double scale = kOcrDpi / 72.0;
            const QImage image = doc.render(p, (page.size * scale).toSize());
            auto read = Ocr::readPage(image, 1.0 / scale, p);
            if (read) {
                page.fragments = std::move(read).value();
                out.ocr = out.ocr || !page.fragments.isEmpty();
            } else {
                out.ocrError = read.error();
            }
        }
        out.pages.append(std::move(page));
    }
    return out;
}

// The title the first page shows: its line in the largest type, in the upper half.
QString firstPageTitle(const PdfLayout::Page &page)
{
    const PdfLayout::Fragment *best = nullptr;
    for (const PdfLayout::Fragment &f : page.fragments) {
        if (f.rect.top() < page.size.height() / 2 && f.text.trimmed().size() > 3
            && (!best || f.rect.height() > best->rect.height() * 1.15))
            best = &f;
    }
    return best ? TextUtil::simplified(best->text) : QString();
}

void applyDocumentMetadata(Article &a, QPdfDocument &doc, const QList<PdfLayout::Page> &pages)
{
    if (a.title.isEmpty())
        a.title = TextUtil::simplified(doc.metaData(QPdfDocument::MetaDataField::Title).toString());
    if (a.title.isEmpty() && !pages.isEmpty())
        a.title = firstPageTitle(pages.first());
    if (a.author.isEmpty())
        a.author = TextUtil::simplified(doc.metaData(QPdfDocument::MetaDataField::Author).toString());
}

} // namespace

bool PdfLoader::looksLikePdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-") || bytes.left(1024).contains("%PDF-");
}

Result<Article> PdfLoader::load(const QByteArray &bytes, const QString &name, const ArticleMetadata &known)
{
    QString error;
    QBuffer buffer;
    auto doc = openDocument(bytes, buffer, &error);
    if (!doc)
        return Result<Article>::failure(name + QStringLiteral(": ") + error);
    if (doc->pageCount() == 0)
        return Result<Article>::failure(name + QStringLiteral(": ")
                                        + QCoreApplication::translate("PdfLoader", "the PDF has no page"));
    const Pages read = readPages(*doc);
    const PdfLayout::Result laid = PdfLayout::build(read.pages);
    if (laid.text.trimmed().isEmpty()) {
        const QString why = !read.ocrError.isEmpty()
            ? QCoreApplication::translate("PdfLoader", "the PDF has no text layer and %1").arg(read.ocrError)
            : QCoreApplication::translate("PdfLoader",
                                          "the PDF has no text layer and OCR read no text in it");
        return Result<Article>::failure(name + QStringLiteral(": ") + why);
    }
    Article a = ArticleLoader::newArticle(bytes, name, known);
    a.text = laid.text;
    auto source = std::make_shared<SourceDocument>();
    source->bytes = bytes;
    source->contentType = QStringLiteral("application/pdf");
    source->spans = laid.spans;
    source->ocr = read.ocr;
    a.source = source;

    a.paragraphs = ParagraphSplitter::split(a.text, TextFormat::Html);
    applyDocumentMetadata(a, *doc, read.pages);
    const auto outcome = FurnitureClassifier::classify(a.text, a.paragraphs, a.title);
    // Running headers, footers and page numbers are furniture whatever their words.
    for (Paragraph &p : a.paragraphs) {
        for (const auto &[start, end] : laid.furniture) {
            if (p.start < end && start < p.end)
                p.kind = ParagraphKind::Boilerplate;
        }
    }
    // The publication date comes from the first page's text, never from the file's creation
    // date: a PDF exported again years later would date every claim wrongly.
    MetadataDetector::detect(a, outcome);
    return a;
}

void PdfLoader::locateClaims(Article &article)
{
    if (!article.source || article.source->spans.isEmpty() || article.claims.isEmpty())
        return;
    const QList<SourceSpan> &spans = article.source->spans;
    std::unique_ptr<QPdfDocument> doc;
    QBuffer buffer;
    for (Claim &claim : article.claims) {
        auto it
            = std::lower_bound(spans.begin(), spans.end(), claim.start,
                               [](const SourceSpan &s, qint32 pos) { return s.textStart + s.length <= pos; });
        QRectF box;
        int page = -1;
        float confidence = -1;
        for (; it != spans.end() && it->textStart < claim.end; ++it) {
            const qint32 from = std::max(claim.start, it->textStart);
            const qint32 to = std::min(claim.end, it->textStart + it->length);
            if (to <= from || (page >= 0 && it->page != page))
                continue;
            page = it->page;
            if (it->charIndex >= 0) {
                if (!doc)
                    doc = openDocument(article.source->bytes, buffer, nullptr);
                if (doc)
                    box = box.united(
                        doc->getSelectionAtIndex(page, it->charIndex + (from - it->textStart), to - from)
                            .boundingRectangle());
            } else {
                box = box.united(it->box);
                confidence = confidence < 0 ? it->confidence : std::min(confidence, it->confidence);
            }
        }
        if (page < 0)
            continue;
        claim.page = qint16(page + 1);
        claim.box = Claim::Box {float(box.x()), float(box.y()), float(box.width()), float(box.height())};
        claim.ocrConfidence = confidence;
    }
}
