// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/corpus.h"

#include <QFutureWatcher>
#include <QObject>

// Reads articles and extracts their claims across the thread pool (QtConcurrent): every load
// of Bilan goes through it — the window's, the command line's, the tests'. In the background
// with progress and cancel (start()), or at once for a script (run()). The articles come back
// in the order of their sources; a source that cannot be read is one message naming it.
class ArticleLoadJob : public QObject
{
    Q_OBJECT
public:
    enum class Extraction { Claims, None };

    explicit ArticleLoadJob(QObject *parent = nullptr);
    ~ArticleLoadJob() override; // cancels, and waits for the articles being read

    void start(const QList<ArticleSource> &sources, Extraction extraction = Extraction::Claims);
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const;
    void waitForFinished();
    // After finished(): the articles read and the errors, in the order of the sources.
    LoadReport result() const;

    // Reads and extracts at once, on the thread pool, and returns when all are read.
    static LoadReport run(const QList<ArticleSource> &sources, Extraction extraction = Extraction::Claims);

Q_SIGNALS:
    void progressChanged(int done, int total);
    void articleLoaded(const Article &article);
    void failed(const QString &message);
    void finished();

private:
    struct Outcome
    {
        Article article;
        QString error;
    };
    static Outcome read(const ArticleSource &source, Extraction extraction);

    QFutureWatcher<Outcome> m_watcher;
    int m_total = 0;
};
