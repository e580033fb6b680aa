// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcorpus.h"

#include "extraction/claimextractor.h"
#include "sources/corpus.h"

QList<Article> BenchCorpus::build(qint64 bytes)
{
    const QList<Article> bundled = Corpus::loadBundled().articles;
    QList<Article> out;
    qint64 total = 0;
    for (int i = 0; total < bytes && !bundled.isEmpty(); ++i) {
        Article a = bundled[i % bundled.size()];
        a.id += QStringLiteral("-copy%1").arg(i);
        total += a.text.toUtf8().size();
        out.append(std::move(a));
    }
    return out;
}

qint64 BenchCorpus::utf8Size(const QList<Article> &articles)
{
    qint64 total = 0;
    for (const Article &a : articles)
        total += a.text.toUtf8().size();
    return total;
}

QList<Article> BenchCorpus::withClaims(qsizetype claims, const std::function<void(Article &, int)> &vary)
{
    QList<Article> bundled = Corpus::loadBundled().articles;
    qsizetype perRound = 0;
    for (Article &a : bundled) {
        ClaimExtractor::extractInto(a);
        perRound += a.claims.size();
    }
    QList<Article> out;
    qsizetype total = 0;
    for (int i = 0; total < claims && perRound > 0; ++i) {
        Article a = bundled[i % bundled.size()];
        a.id += QStringLiteral("-%1").arg(i);
        a.claims.detach();
        if (vary)
            vary(a, i);
        total += a.claims.size();
        out.append(std::move(a));
    }
    return out;
}
