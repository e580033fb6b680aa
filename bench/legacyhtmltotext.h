// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/htmltotext.h"

// The former hand-written HTML tokenizer, for bench_htmltotext's comparison only.
namespace LegacyHtmlToText {
HtmlText convert(QStringView html);
}
