// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <functional>

// A large synthetic corpus built from the bundled articles, for benchmarks: copies of the
// five articles, each a distinct article (its own id), until the text reaches `bytes` bytes
// of UTF-8.
namespace BenchCorpus {
QList<Article> build(qint64 bytes);
qint64 utf8Size(const QList<Article> &articles);
// Copies of the bundled articles, their claims extracted, until they hold `claims` claims: each
// copy its own article ("<id>-<n>") with its own claims list, as a real bilan would have;
// `vary` (when set) changes each copy (its outlet, its figures).
QList<Article> withClaims(qsizetype claims, const std::function<void(Article &copy, int n)> &vary = {});
} // namespace BenchCorpus
