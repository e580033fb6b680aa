// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

// Splits an article's text into paragraphs (not yet classified).
//
// Plain text copied from web pages puts one paragraph per line, with or without blank lines
// between them, and inline links often break a sentence over several lines ("… à\nRabat\n, la
// 9e édition"). A line is therefore a paragraph of its own unless it visibly continues the
// previous one: the next line starts with punctuation, the line ends on a preposition or
// article, or a long line without final punctuation is followed by a lower-case start
// (hard-wrapped prose). Blank lines end a paragraph, except inside a sentence that they break
// (a line ending on a comma or a preposition, then a lower-case start). Markdown joins lines up
// to a blank line, except headings and list items.
//
// No paragraph is longer than about kLongest characters (the longest of the evaluation sets'
// articles has under 1,000): a text that never breaks its lines (a 20 MB line, a dump of
// sentences) is cut after the first sentence end past each kLongest characters, else at a
// space, so that its pieces are read as paragraphs are: on every core, each with its own state.
enum class TextFormat : quint8 { Plain, Markdown, Html };

namespace ParagraphSplitter {
constexpr qsizetype kLongest = 20000;
QList<Paragraph> split(QStringView text, TextFormat format);
} // namespace ParagraphSplitter
