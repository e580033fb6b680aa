// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfmaker.h"
#include "project/projectdocument.h"
#include "sources/urlfetcher.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// A small HTTP/1.1 server on 127.0.0.1, started by the test: nothing leaves the machine.
class LocalServer : public QObject
{
    Q_OBJECT
public:
    QByteArray page = QByteArrayLiteral(
        "<!DOCTYPE html><html lang=fr><head><title>AMO : 11,1 millions</title>"
        "<link rel=canonical href=\"/article.html?utm_source=x\"></head><body><h1>AMO : 11,1 millions</h1>"
        "<p>Plus de 11,1 millions de bénéficiaires sont couverts par l'AMO Tadamon, selon la CNSS, qui "
        "a traité près de 734 000 dossiers depuis le début de l'année.</p><img src=/pixel.png>"
        "<script src=/tracker.js></script></body></html>");
    QByteArray pdf;
    QStringList requests; // paths asked for, in order
    bool cookieSent = false;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    LocalServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    void reply(QTcpSocket *s, const QByteArray &status, const QByteArray &type, const QByteArray &body,
               const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        s->disconnectFromHost();
    }

    void onRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray path = buffer.split(' ').value(1);
        cookieSent = cookieSent || buffer.toLower().contains("\r\ncookie:");
        requests.append(QString::fromLatin1(path));
        m_buffers.remove(s);
        if (path == "/article.html" || path.startsWith("/article.html?"))
            return reply(s, "200 OK", "text/html; charset=utf-8", page);
        if (path.startsWith("/r/")) {
            const int n = path.mid(3).toInt();
            const QByteArray next = n > 1 ? "/r/" + QByteArray::number(n - 1) : QByteArray("/article.html");
            return reply(s, "302 Found", "text/plain", "", "Location: " + next + "\r\n");
        }
        if (path == "/cookie")
            return reply(s, "302 Found", "text/plain", "",
                         "Set-Cookie: id=42; Path=/\r\nLocation: /article.html\r\n");
        if (path == "/ftp")
            return reply(s, "301 Moved", "text/plain", "", "Location: ftp://127.0.0.1/x.html\r\n");
        if (path == "/doc.pdf")
            return reply(s, "200 OK", "application/pdf", pdf);
        if (path == "/image.png")
            return reply(s, "200 OK", "image/png", "\x89PNG\r\n\x1A\n....");
        if (path == "/declared-too-large")
            return reply(s, "200 OK", "text/html", QByteArray(2 * 1024 * 1024, 'x'));
        if (path == "/too-large") { // no length announced: counted as it comes
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
            for (int i = 0; i < 24; ++i)
                s->write(QByteArray(100 * 1024, 'x'));
            s->disconnectFromHost();
            return;
        }
        if (path == "/slow") { // headers, a little of the page, then nothing
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><p>");
            return;
        }
        reply(s, "404 Not Found", "text/html", "<p>Introuvable</p>");
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class tst_UrlFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetch_data();
    void fetch();
    void parseUrl_data();
    void parseUrl();
    void messages_data();
    void messages();
    void canonical_data();
    void canonical();
    void snapshotInProject();
    void cliAddsUrl();

private:
    FetchedPage fetchNow(const QString &path, int timeoutMs = 5000);
    LocalServer m_server;
    QTemporaryDir m_dir;
};

void tst_UrlFetcher::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
    m_server.pdf
        = PdfMaker::make({QStringLiteral("Rapport : plus de 3,6 millions d'assurés TNS à fin 2024.")});
}

FetchedPage tst_UrlFetcher::fetchNow(const QString &path, int timeoutMs)
{
    UrlFetcher::Limits limits;
    limits.maxBytes = 1024 * 1024;
    limits.timeoutMs = timeoutMs;
    return UrlFetcher::fetchBlocking(QUrl(m_server.url(path)), limits);
}

void tst_UrlFetcher::fetch_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("finalPath"); // empty: the fetch fails
    QTest::addColumn<QString>("error"); // a fragment of the message

    QTest::addRow("page") << QStringLiteral("/article.html") << QStringLiteral("/article.html") << QString();
    QTest::addRow("five redirects") << QStringLiteral("/r/5") << QStringLiteral("/article.html") << QString();
    QTest::addRow("cookie neither kept nor sent")
        << QStringLiteral("/cookie") << QStringLiteral("/article.html") << QString();
    QTest::addRow("pdf by url") << QStringLiteral("/doc.pdf") << QStringLiteral("/doc.pdf") << QString();
    QTest::addRow("six redirects") << QStringLiteral("/r/6") << QString()
                                   << QStringLiteral("more than 5 redirects");
    QTest::addRow("redirect to ftp") << QStringLiteral("/ftp") << QString()
                                     << QStringLiteral("not an http or https address");
    QTest::addRow("404") << QStringLiteral("/missing") << QString()
                         << QStringLiteral("the server answered HTTP 404 (Not Found)");
    QTest::addRow("not html or pdf") << QStringLiteral("/image.png") << QString()
                                     << QStringLiteral(
                                            "not a web page or a PDF (the server sent \"image/png\")");
    QTest::addRow("declared too large") << QStringLiteral("/declared-too-large") << QString()
                                        << QStringLiteral("too large (2.0 MB; the limit is 1 MB)");
    QTest::addRow("too large as it comes")
        << QStringLiteral("/too-large") << QString() << QStringLiteral("too large (over the 1 MB limit)");
    QTest::addRow("slow") << QStringLiteral("/slow") << QString() << QStringLiteral("timed out");
}

void tst_UrlFetcher::fetch()
{
    QFETCH(QString, path);
    QFETCH(QString, finalPath);
    QFETCH(QString, error);
    const FetchedPage page = fetchNow(path, path == u"/slow" ? 1500 : 5000);
    if (finalPath.isEmpty()) {
        QVERIFY2(page.error.startsWith(m_server.url(QString()).left(10)), qPrintable(page.error));
        QVERIFY2(page.error.contains(error), qPrintable(page.error));
        QVERIFY(page.bytes.isEmpty());
        return;
    }
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.finalUrl.toString(), m_server.url(finalPath));
    QVERIFY(page.retrievedAt.isValid());
    QVERIFY(!m_server.cookieSent);
    // Nothing but the page itself: no image, script or frame of it was fetched.
    QVERIFY(!m_server.requests.contains(QStringLiteral("/pixel.png")));
    QVERIFY(!m_server.requests.contains(QStringLiteral("/tracker.js")));
    const auto article = UrlFetcher::toArticle(page);
    QVERIFY2(article, qPrintable(article.error()));
    QVERIFY(article->source);
    QCOMPARE(article->source->bytes, page.bytes);
    if (finalPath.endsWith(u".pdf")) {
        QCOMPARE(page.contentType, QStringLiteral("application/pdf"));
        QVERIFY(article->text.contains(QStringLiteral("3,6 millions")));
    } else {
        QCOMPARE(page.bytes, m_server.page);
        QCOMPARE(article->url, m_server.url(QStringLiteral("/article.html")));
        QVERIFY(article->text.contains(QStringLiteral("734 000 dossiers")));
    }
}

void tst_UrlFetcher::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addRow("https") << QStringLiteral("https://www.hespress.com/amo-123.html") << true;
    QTest::addRow("http") << QStringLiteral("http://le360.ma/x") << true;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://example.org/x.pdf") << false;
    QTest::addRow("data") << QStringLiteral("data:text/html,<p>1</p>") << false;
}

void tst_UrlFetcher::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto url = UrlFetcher::parseUrl(text);
    QCOMPARE(url.ok(), ok);
    if (!ok)
        QVERIFY2(url.error().contains(QStringLiteral("only http:// and https://")), qPrintable(url.error()));
}

void tst_UrlFetcher::messages_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addRow("dns") << int(QNetworkReply::HostNotFoundError) << 0
                         << QStringLiteral("https://nowhere.example/a: server not found (DNS: no such host "
                                           "\"nowhere.example\")");
    QTest::addRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0
                         << QStringLiteral(
                                "https://nowhere.example/a: secure connection failed (TLS: detail)");
    QTest::addRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0
                             << QStringLiteral(
                                    "https://nowhere.example/a: the server refused the connection");
    QTest::addRow("http 500") << int(QNetworkReply::InternalServerError) << 500
                              << QStringLiteral(
                                     "https://nowhere.example/a: the server answered HTTP 500 (detail)");
}

void tst_UrlFetcher::messages()
{
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QCOMPARE(UrlFetcher::messageFor(QUrl(QStringLiteral("https://nowhere.example/a")),
                                    QNetworkReply::NetworkError(error), status, QStringLiteral("detail")),
             expected);
}

void tst_UrlFetcher::canonical_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("host case, port, fragment, slash")
        << QStringLiteral("HTTPS://Www.Hespress.COM:443/amo/#comments")
        << QStringLiteral("https://www.hespress.com/amo");
    QTest::addRow("tracking parameters") << QStringLiteral("https://le360.ma/a?id=3&utm_source=fb&fbclid=x")
                                         << QStringLiteral("https://le360.ma/a?id=3");
}

void tst_UrlFetcher::canonical()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QCOMPARE(UrlFetcher::canonicalUrl(QUrl(url)), canonical);
}

// The snapshot (bytes as fetched, final URL, retrieval time) is kept in the project, survives
// reopening, and a page already there (same address or same text) is refused.
void tst_UrlFetcher::snapshotInProject()
{
    const QString path = m_dir.filePath(QStringLiteral("web.bilan"));
    auto doc = ProjectDocument::create(path, {});
    QVERIFY2(doc, qPrintable(doc.error()));
    auto article = UrlFetcher::toArticle(fetchNow(QStringLiteral("/r/2")));
    QVERIFY2(article, qPrintable(article.error()));
    const auto added = doc.value()->addArticles({*article});
    QVERIFY(added && added->added == 1);
    auto again = UrlFetcher::toArticle(fetchNow(QStringLiteral("/article.html?utm_source=newsletter")));
    QVERIFY(again);
    const auto second = doc.value()->addArticles({*again});
    QVERIFY(second);
    const QStringList refused = second->refused;
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().contains(QStringLiteral("already in the project")), qPrintable(refused.first()));
    doc.value().reset();

    auto reopened = ProjectDocument::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const QList<Article> &articles = reopened.value()->articles();
    QCOMPARE(articles.size(), 1);
    QVERIFY(articles.first().source);
    QCOMPARE(articles.first().source->bytes, m_server.page);
    QCOMPARE(articles.first().source->contentType, QStringLiteral("text/html"));
    QCOMPARE(articles.first().source->finalUrl, m_server.url(QStringLiteral("/article.html")));
    QVERIFY(articles.first().source->retrievedAt.isValid());
}

// bilan-cli project add P.bilan URL, while this process serves the page.
void tst_UrlFetcher::cliAddsUrl()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.bilan"));
    const QString cli = QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli");
    QProcess p;
    p.start(cli,
            {QStringLiteral("project"), QStringLiteral("new"), project,
             m_server.url(QStringLiteral("/doc.pdf"))});
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    p.start(cli,
            {QStringLiteral("project"), QStringLiteral("add"), project,
             m_server.url(QStringLiteral("/article.html")), m_server.url(QStringLiteral("/missing"))});
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1); // the 404 is reported, the page is added
    QVERIFY2(err.contains(QStringLiteral("/missing: the server answered HTTP 404")), qPrintable(err));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("1 article(s) added")));
    p.start(cli,
            {QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--json"),
             m_dir.filePath(QStringLiteral("out.json"))});
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
    QCOMPARE(p.exitCode(), 0);
    QFile out(m_dir.filePath(QStringLiteral("out.json")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray json = out.readAll();
    QVERIFY(json.contains("\"snapshot\""));
    QVERIFY(json.contains(m_server.page.toBase64().left(40)));
    QVERIFY(json.contains("\"page\": 1") || json.contains("\"page\":1"));
}

QTEST_MAIN(tst_UrlFetcher)
#include "tst_urlfetcher.moc"
