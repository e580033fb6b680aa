// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/ocr.h"

#include <QCoreApplication>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <clocale>
#include <memory>
#include <mutex>

namespace {

// Tesseract reads its data files with the C library's number format: it needs the "C" one.
std::unique_ptr<tesseract::TessBaseAPI> newEngine()
{
    static std::once_flag numeric;
    std::call_once(numeric, [] { std::setlocale(LC_NUMERIC, "C"); });
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    if (api->Init(nullptr, "fra", tesseract::OEM_LSTM_ONLY) != 0)
        return nullptr;
    api->SetPageSegMode(tesseract::PSM_AUTO);
    return api;
}

QString utf8(std::unique_ptr<char[]> text)
{
    return text ? QString::fromUtf8(text.get()).trimmed() : QString();
}

} // namespace

bool Ocr::isAvailable()
{
    static const bool available = newEngine() != nullptr;
    return available;
}

Result<QList<PdfLayout::Fragment>> Ocr::readPage(const QImage &image, double pointsPerPixel, int page)
{
    using R = Result<QList<PdfLayout::Fragment>>;
    auto api = newEngine();
    if (!api)
        return R::failure(QCoreApplication::translate(
            "Ocr", "OCR is not available (Tesseract and its French data, tesseract-ocr-fra, are needed)"));
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api->SetSourceResolution(int(72.0 / pointsPerPixel + 0.5));
    if (api->Recognize(nullptr) != 0)
        return R::failure(QCoreApplication::translate("Ocr", "OCR failed on page %1").arg(page + 1));
    QList<PdfLayout::Fragment> lines;
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return lines;
    auto boxOf = [&](tesseract::PageIteratorLevel level) {
        int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        it->BoundingBox(level, &x1, &y1, &x2, &y2);
        return QRectF(x1 * pointsPerPixel, y1 * pointsPerPixel, (x2 - x1) * pointsPerPixel,
                      (y2 - y1) * pointsPerPixel);
    };
    do {
        if (it->Empty(tesseract::RIL_WORD))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || lines.isEmpty())
            lines.append(PdfLayout::Fragment {boxOf(tesseract::RIL_TEXTLINE), {}, {}});
        PdfLayout::Fragment &line = lines.last();
        const QString word = utf8(std::unique_ptr<char[]>(it->GetUTF8Text(tesseract::RIL_WORD)));
        if (word.isEmpty())
            continue;
        if (!line.text.isEmpty())
            line.text += u' ';
        SourceSpan span;
        span.textStart = qint32(line.text.size());
        span.length = qint32(word.size());
        span.page = page;
        span.box = boxOf(tesseract::RIL_WORD);
        span.confidence = it->Confidence(tesseract::RIL_WORD);
        line.text += word;
        line.spans.append(span);
    } while (it->Next(tesseract::RIL_WORD));
    lines.removeIf([](const PdfLayout::Fragment &f) { return f.text.isEmpty(); });
    return lines;
}
