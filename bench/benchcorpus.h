// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

// A large synthetic corpus built from the bundled articles, for benchmarks: copies of the
// five articles, each a distinct article (its own id), until the text reaches `bytes` bytes
// of UTF-8.
namespace BenchCorpus {
QList<Article> build(qint64 bytes);
qint64 utf8Size(const QList<Article> &articles);
} // namespace BenchCorpus
