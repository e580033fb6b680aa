// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole path from a file's bytes to claims (decoding, HTML, paragraphs,
// furniture, extraction, JSON). The first byte picks plain text, Markdown or HTML.
// Build and run with bench/fuzz.sh.

#include "export/articlejson.h"
#include "extraction/claimextractor.h"
#include "sources/articleloader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const names[] = {"fuzz.txt", "fuzz.md", "fuzz.html"};
    const char *name = names[data[0] % 3];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto article = ArticleLoader::loadBytes(bytes, QString::fromLatin1(name));
    if (!article.ok())
        return 0;
    ClaimExtractor::extractInto(article.value());
    const Article &a = article.value();
    for (const Paragraph &p : a.paragraphs) {
        if (p.start < 0 || p.end > a.text.size() || p.start > p.end)
            std::abort();
    }
    for (const Claim &c : a.claims) {
        if (c.start < 0 || c.end > a.text.size() || c.start >= c.end || c.paragraph < 0
            || c.paragraph >= a.paragraphs.size())
            std::abort();
    }
    ArticleJson::document({a}, ArticleJson::Content::ParagraphsAndClaims);
    return 0;
}
