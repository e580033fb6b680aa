// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/urlfetcher.h"

#include "sources/articleloader.h"
#include "sources/pdfloader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace {

// Cookies are neither kept nor sent: every fetch starts anonymous.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

QString mediaType(const QVariant &header)
{
    return header.toString().section(u';', 0, 0).trimmed().toLower();
}

bool isHtml(const QString &type)
{
    return type == u"text/html" || type == u"application/xhtml+xml";
}

} // namespace

UrlFetcher::UrlFetcher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_manager->setCookieJar(new NoCookieJar(m_manager));
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("%1: no complete answer within %2 s (timed out)")
                 .arg(m_page.requestedUrl.toDisplayString())
                 .arg(m_limits.timeoutMs / 1000.0));
    });
}

UrlFetcher::~UrlFetcher()
{
    if (m_reply)
        m_reply->abort();
}

Result<QUrl> UrlFetcher::parseUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return Result<QUrl>::failure(
            tr("%1: not a web address Bilan fetches (only http:// and https:// pages)").arg(text.trimmed()));
    return url;
}

QString UrlFetcher::canonicalUrl(const QUrl &input)
{
    QUrl url = input.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    url.setHost(url.host().toLower());
    if ((url.scheme() == u"http" && url.port() == 80) || (url.scheme() == u"https" && url.port() == 443))
        url.setPort(-1);
    QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems()) {
        if (key.startsWith(u"utm_") || key == u"fbclid" || key == u"gclid")
            query.removeAllQueryItems(key);
    }
    url.setQuery(query.isEmpty() ? QString() : query.query());
    return url.toString(QUrl::FullyEncoded);
}

QString UrlFetcher::messageFor(const QUrl &url, QNetworkReply::NetworkError error, int httpStatus,
                               const QString &detail)
{
    const QString where = url.toDisplayString();
    if (httpStatus >= 400)
        return tr("%1: the server answered HTTP %2 (%3)").arg(where).arg(httpStatus).arg(detail);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return tr("%1: server not found (DNS: no such host \"%2\")").arg(where, url.host());
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1: the server refused the connection").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("%1: secure connection failed (TLS: %2)").arg(where, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("%1: timed out").arg(where);
    default:
        return tr("%1: cannot be fetched (%2)").arg(where, detail);
    }
}

void UrlFetcher::fetch(const QUrl &url)
{
    cancel();
    m_page = FetchedPage {};
    m_page.requestedUrl = url;
    m_redirects = 0;
    m_done = false;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        fail(tr("%1: not a web address Bilan fetches (only http:// and https:// pages)")
                 .arg(url.toDisplayString()));
        return;
    }
    m_timer->start(m_limits.timeoutMs);
    request(url);
}

void UrlFetcher::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_timer->stop();
}

void UrlFetcher::request(const QUrl &url)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Bilan/" BILAN_VERSION));
    req.setRawHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_page.bytes.clear();
    m_reply = m_manager->get(req);
    m_reply->setReadBufferSize(0);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &UrlFetcher::onMetaData);
    connect(m_reply, &QIODevice::readyRead, this, &UrlFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UrlFetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &UrlFetcher::progress);
}

void UrlFetcher::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect: read in onFinished
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_limits.maxBytes)
        fail(tr("%1: too large (%2 MB; the limit is %3 MB)")
                 .arg(m_reply->url().toDisplayString())
                 .arg(double(length) / (1024 * 1024), 0, 'f', 1)
                 .arg(m_limits.maxBytes / (1024 * 1024)));
}

void UrlFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    m_page.bytes += m_reply->readAll();
    if (m_page.bytes.size() > m_limits.maxBytes)
        fail(tr("%1: too large (over the %2 MB limit)")
                 .arg(m_reply->url().toDisplayString())
                 .arg(m_limits.maxBytes / (1024 * 1024)));
}

void UrlFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->url();
    if (status >= 300 && status < 400) {
        const QUrl target
            = url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const QString scheme = target.scheme().toLower();
        if (++m_redirects > m_limits.maxRedirects)
            return fail(tr("%1: more than %2 redirects")
                            .arg(m_page.requestedUrl.toDisplayString())
                            .arg(m_limits.maxRedirects));
        if (scheme != u"http" && scheme != u"https")
            return fail(tr("%1: redirected to %2, which is not an http or https address")
                            .arg(url.toDisplayString(), target.toDisplayString()));
        return request(target);
    }
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        const QString detail = status >= 400
            ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
            : reply->errorString();
        return fail(messageFor(url, reply->error(), status, detail));
    }
    m_page.bytes += reply->readAll();
    QString type = mediaType(reply->header(QNetworkRequest::ContentTypeHeader));
    if (PdfLoader::looksLikePdf(m_page.bytes)
        && (type.isEmpty() || type == u"application/pdf" || type == u"application/octet-stream"))
        type = QStringLiteral("application/pdf");
    else if (type.isEmpty() && m_page.bytes.left(1024).toLower().contains("<html"))
        type = QStringLiteral("text/html");
    if (!isHtml(type) && type != u"application/pdf")
        return fail(tr("%1: not a web page or a PDF (the server sent \"%2\")")
                        .arg(url.toDisplayString(), type.isEmpty() ? tr("no content type") : type));
    if (m_page.bytes.isEmpty())
        return fail(tr("%1: the server sent an empty page").arg(url.toDisplayString()));
    m_timer->stop();
    m_done = true;
    m_page.contentType = isHtml(type) ? QStringLiteral("text/html") : type;
    m_page.finalUrl = url;
    m_page.retrievedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_page);
}

void UrlFetcher::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    cancel();
    m_page.bytes.clear();
    m_page.error = message;
    Q_EMIT finished(m_page);
}

FetchedPage UrlFetcher::fetchBlocking(const QUrl &url, const Limits &limits)
{
    UrlFetcher fetcher;
    fetcher.setLimits(limits);
    FetchedPage result;
    QEventLoop loop;
    connect(&fetcher, &UrlFetcher::finished, &loop, [&](const FetchedPage &page) {
        result = page;
        loop.quit();
    });
    fetcher.fetch(url);
    if (!fetcher.m_done)
        loop.exec();
    return result;
}

Result<Article> UrlFetcher::toArticle(const FetchedPage &page)
{
    if (!page.error.isEmpty())
        return Result<Article>::failure(page.error);
    const QString name = page.finalUrl.toDisplayString();
    ArticleMetadata known;
    QString id = page.finalUrl.fileName().section(u'.', 0, 0);
    known.id = id.isEmpty() ? page.finalUrl.host() : id;
    auto article = page.contentType == u"application/pdf"
        ? PdfLoader::load(page.bytes, name, known)
        : ArticleLoader::loadBytes(page.bytes, name + QStringLiteral("#.html"), known);
    if (!article)
        return Result<Article>::failure(
            QString(article.error()).replace(name + QStringLiteral("#.html"), name));
    Article &a = article.value();
    a.file = name;
    a.url = canonicalUrl(a.url.isEmpty() ? page.finalUrl : page.finalUrl.resolved(QUrl(a.url)));
    auto source = a.source ? std::make_shared<SourceDocument>(*a.source) : std::make_shared<SourceDocument>();
    source->bytes = page.bytes;
    source->contentType = page.contentType;
    source->finalUrl = page.finalUrl.toString(QUrl::FullyEncoded);
    source->retrievedAt = page.retrievedAt;
    a.source = source;
    return article;
}
