// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "sources/pdflayout.h"

#include <QImage>

// Reads the text of a scanned page with Tesseract and its French data (Debian's
// libtesseract-dev and tesseract-ocr-fra): one fragment per line of text, each word with its
// box and its confidence, in PDF points, ready for PdfLayout. Nothing is fetched: Tesseract
// only sees the image it is given.
namespace Ocr {

// `pointsPerPixel` converts the image's pixels to the page's points.
Result<QList<PdfLayout::Fragment>> readPage(const QImage &image, double pointsPerPixel, int page);
// Whether the engine and its French data are installed.
bool isAvailable();

} // namespace Ocr
