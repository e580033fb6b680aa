// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/article.h"

#include <algorithm>

QString paragraphKindName(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Body:
        return QStringLiteral("body");
    case ParagraphKind::Heading:
        return QStringLiteral("heading");
    case ParagraphKind::Boilerplate:
        return QStringLiteral("boilerplate");
    }
    return {};
}

int Article::paragraphAt(qsizetype pos) const
{
    auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), pos,
                               [](qsizetype p, const Paragraph &para) { return p < para.start; });
    if (it == paragraphs.cbegin())
        return -1;
    --it;
    return pos < it->end ? int(it - paragraphs.cbegin()) : -1;
}
