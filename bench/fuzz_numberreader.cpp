// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the number reader and the text decoder on arbitrary bytes.
// Build and run with bench/fuzz.sh.

#include "extraction/numberreader.h"
#include "text/textdecoder.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (const NumberToken &t : NumberReader::scan(text)) {
        // Spans inside the text, values finite or flagged unreadable.
        if (t.start < 0 || t.end > text.size() || t.start >= t.end)
            std::abort();
        if (!t.unreadable && !std::isfinite(t.value))
            std::abort();
    }
    NumberReader::valueOf(text);
    const auto decoded = TextDecoder::decode(bytes);
    if (decoded.ok() && decoded->text.contains(u'\r'))
        std::abort(); // line endings are normalised
    return 0;
}
