// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/articleloadjob.h"

#include "extraction/claimextractor.h"

#include <QtConcurrent>

ArticleLoadJob::ArticleLoadJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int done) { Q_EMIT progressChanged(done, m_total); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::resultReadyAt, this, [this](int i) {
        const Outcome outcome = m_watcher.resultAt(i);
        if (outcome.error.isEmpty())
            Q_EMIT articleLoaded(outcome.article);
        else
            Q_EMIT failed(outcome.error);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ArticleLoadJob::finished);
}

ArticleLoadJob::~ArticleLoadJob()
{
    cancel();
}

ArticleLoadJob::Outcome ArticleLoadJob::read(const ArticleSource &source, Extraction extraction)
{
    Outcome out;
    auto article = Corpus::load(source);
    if (!article) {
        out.error = article.error();
        return out;
    }
    out.article = std::move(article).value();
    if (extraction == Extraction::Claims)
        ClaimExtractor::extractInto(out.article);
    return out;
}

void ArticleLoadJob::start(const QList<ArticleSource> &sources, Extraction extraction)
{
    cancel();
    m_total = int(sources.size());
    m_watcher.setFuture(
        QtConcurrent::mapped(sources, [extraction](const ArticleSource &s) { return read(s, extraction); }));
}

void ArticleLoadJob::cancel()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

bool ArticleLoadJob::isRunning() const
{
    return m_watcher.isRunning();
}

bool ArticleLoadJob::wasCancelled() const
{
    return m_watcher.isCanceled();
}

void ArticleLoadJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

LoadReport ArticleLoadJob::result() const
{
    LoadReport report;
    if (m_watcher.isCanceled())
        return report;
    for (const Outcome &o : m_watcher.future().results()) {
        if (o.error.isEmpty())
            report.articles.append(o.article);
        else
            report.errors.append(o.error);
    }
    return report;
}

LoadReport ArticleLoadJob::run(const QList<ArticleSource> &sources, Extraction extraction)
{
    // One source is read on this thread: the pool's threads stay free for the reading of its
    // paragraphs in parallel (Parallel::forRanges), which a blocking map would hold.
    const QList<Outcome> outcomes = sources.size() == 1
        ? QList<Outcome> {read(sources.first(), extraction)}
        : QtConcurrent::blockingMapped(sources,
                                       [extraction](const ArticleSource &s) { return read(s, extraction); });
    LoadReport report;
    for (const Outcome &o : outcomes) {
        if (o.error.isEmpty())
            report.articles.append(o.article);
        else
            report.errors.append(o.error);
    }
    return report;
}
