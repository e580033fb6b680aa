// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

// Turns a file's bytes into the text every offset refers to: detects the encoding
// (UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, otherwise Windows-1252), refuses
// binary and corrupted data with a message, and normalises line endings to '\n' once.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
};

namespace TextDecoder {
// The message of a failure does not name the file: the caller prefixes it.
Result<DecodedText> decode(const QByteArray &bytes);
// "\r\n" and lone '\r' become '\n'; other control characters but tabs become spaces.
QString normaliseLineEndings(QString text);
} // namespace TextDecoder
