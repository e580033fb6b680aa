// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

// Fetches one web page (HTML) or PDF by URL, as a journalist's source: http and https only,
// redirects followed up to a limit, size and time limits, no cookie kept, nothing executed and
// no sub-resource (image, script, frame) fetched. The page is kept as fetched, with the final
// URL and the time it was retrieved: that snapshot is the article's provenance.
// The window calls fetch() and waits for finished(); the command line calls fetchBlocking().
struct FetchedPage
{
    QByteArray bytes;
    QString contentType; // "text/html" or "application/pdf"
    QUrl requestedUrl;
    QUrl finalUrl;
    QDateTime retrievedAt; // UTC
    QString error; // empty when the page was fetched
};

struct FetchLimits
{
    int maxRedirects = 5;
    qint64 maxBytes = 20 * 1024 * 1024;
    int timeoutMs = 30000;
};

class UrlFetcher : public QObject
{
    Q_OBJECT
public:
    using Limits = FetchLimits;

    explicit UrlFetcher(QObject *parent = nullptr);
    ~UrlFetcher() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    void fetch(const QUrl &url);
    void cancel();
    static FetchedPage fetchBlocking(const QUrl &url, const Limits &limits = {});

    // The URL as the user typed it, if it is one Bilan fetches (http or https), else an error.
    static Result<QUrl> parseUrl(const QString &text);
    // The same page's address, whatever its spelling: lower-case host, no default port, no
    // fragment, no tracking parameters (utm_*, fbclid, gclid), no trailing slash.
    static QString canonicalUrl(const QUrl &url);
    // One sentence for a network error, naming the URL.
    static QString messageFor(const QUrl &url, QNetworkReply::NetworkError error, int httpStatus,
                              const QString &detail);
    // Reads a fetched page as an article: HTML through HtmlToText, PDF through PdfLoader; the
    // article's URL is the page's canonical URL (its <link rel=canonical>, else the final URL).
    static Result<Article> toArticle(const FetchedPage &page);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const FetchedPage &page);

private:
    void request(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);

    Limits m_limits;
    QNetworkAccessManager *m_manager = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    FetchedPage m_page;
    int m_redirects = 0;
    bool m_done = true;
};
