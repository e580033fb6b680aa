// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/articleloader.h"

#include "sources/pdfloader.h"
#include "text/furnitureclassifier.h"
#include "text/htmltotext.h"
#include "text/metadatadetector.h"
#include "text/paragraphsplitter.h"
#include "text/textdecoder.h"
#include "text/textutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>

namespace {

// An article's fingerprint: the SHA-256 of its bytes, in hexadecimal. libcrypto's, which uses
// the processor's SHA instructions: ten times Qt's own on a 20 MB page (0.014 s against 0.16 s).
QString sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &size, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

// A file this long has its fingerprint taken beside its decoding and reading, on another core:
// neither waits for the other (0.05 s of a 20 MB file's load was this and nothing else).
constexpr qsizetype kDigestAside = 1 << 20;

// Whether a text is only white space, without the copy QString::trimmed() makes of a 20 MB
// text that ends with a line break.
bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

QString failureText(const QString &name, const QString &problem)
{
    return name + QStringLiteral(": ") + problem;
}

TextFormat formatFor(const QString &name, QStringView text)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return TextFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return TextFormat::Markdown;
    if (suffix.isEmpty() && HtmlToText::looksLikeHtml(text))
        return TextFormat::Html;
    return TextFormat::Plain;
}

// Formats that are not text at all, told apart by their first bytes.
QString binaryFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("a PDF document");
    if (bytes.startsWith("PK\x03\x04"))
        return QStringLiteral("a ZIP archive (or a .docx/.odt document)");
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("GIF8") || bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("an image");
    if (bytes.startsWith("\x1F\x8B"))
        return QStringLiteral("a gzip archive");
    if (bytes.startsWith("SQLite format 3"))
        return QStringLiteral("an SQLite database");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return QStringLiteral("an old Microsoft Office document");
    return {};
}

QString idFor(const QString &name)
{
    const QFileInfo info(name);
    QString id = info.completeBaseName();
    return id.isEmpty() ? QStringLiteral("article") : id;
}

void applyKnown(Article &a, const ArticleMetadata &known)
{
    if (!known.id.isEmpty())
        a.id = known.id;
    a.title = known.title;
    a.outlet = known.outlet;
    a.published = known.published;
    a.language = known.language;
    a.url = known.url;
    a.author = known.author;
}

// An article named after its file, with what is known of it, before its text and fingerprint.
Article articleFor(const QString &name, const ArticleMetadata &known)
{
    Article a;
    a.id = idFor(name);
    a.file = name;
    applyKnown(a, known);
    return a;
}

// "AllAfrica publie environ 500 articles par jour provenant de plus de 100 organes de presse…": a
// page's last paragraph that opens on the outlet's own name and a verb in the present describes
// the site, not the news (its figures are no claims). Not what the outlet learnt or did: "Le360 a
// appris que…".
void markSiteDescription(Article &a)
{
    const QString outlet = TextUtil::simplified(a.outlet);
    if (outlet.size() < 3)
        return;
    for (qsizetype p = a.paragraphs.size() - 1; p >= 0; --p) {
        Paragraph &paragraph = a.paragraphs[p];
        if (paragraph.isBoilerplate() || paragraph.kind == ParagraphKind::Heading)
            continue;
        const QStringView text = QStringView(a.text).mid(paragraph.start, paragraph.length()).trimmed();
        if (text.size() > outlet.size() + 2 && text.startsWith(outlet, Qt::CaseInsensitive)
            && text[outlet.size()] == u' ' && text[outlet.size() + 1].isLower()) {
            const QStringView rest = text.mid(outlet.size() + 1);
            const qsizetype space = rest.indexOf(u' ');
            const QStringView verb = space < 0 ? rest : rest.left(space);
            if (verb != u"a" && verb != u"avait" && verb != u"vient" && verb != u"apprend")
                paragraph.kind = ParagraphKind::Boilerplate;
        }
        return;
    }
}

void analyse(Article &a, TextFormat format, const HtmlText *html)
{
    a.paragraphs = ParagraphSplitter::split(a.text, format);
    const QString knownTitle = !a.title.isEmpty() ? a.title
        : html                                    ? (html->heading.isEmpty() ? html->title : html->heading)
                                                  : QString();
    const auto outcome
        = FurnitureClassifier::classify(a.text, a.paragraphs, knownTitle, html ? &html->blocks : nullptr);
    if (html) {
        // What the page's own metadata says comes before guesses from the text.
        if (a.title.isEmpty())
            a.title = TextUtil::simplified(html->heading.isEmpty() ? html->title : html->heading);
        if (a.published.isNull())
            a.published = PartialDate::fromIso(QStringView(html->published).left(10));
        if (a.outlet.isEmpty())
            a.outlet = html->outlet;
        if (a.author.isEmpty())
            a.author = html->author;
        if (a.url.isEmpty())
            a.url = html->url;
        if (a.language.isEmpty())
            a.language = html->language;
    }
    MetadataDetector::detect(a, outcome);
    markSiteDescription(a);
}

} // namespace

bool ArticleLoader::isSupportedFileName(const QString &path)
{
    static const QStringList suffixes
        = {QStringLiteral("txt"),      QStringLiteral("text"), QStringLiteral("md"),
           QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm"),
           QStringLiteral("xhtml"),    QStringLiteral("pdf"),  QString()};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Result<Article> ArticleLoader::loadFile(const QString &path, const ArticleMetadata &known)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<Article>::failure(failureText(path, QStringLiteral("no such file")));
    if (info.isDir())
        return Result<Article>::failure(
            failureText(path, QStringLiteral("is a directory, not an article file")));
    if (!isSupportedFileName(path))
        return Result<Article>::failure(failureText(
            path,
            QStringLiteral("unsupported file type \".%1\" (Bilan reads .txt, .md, .html, .htm and .pdf)")
                .arg(info.suffix())));
    const qint64 limit = info.suffix().compare(u"pdf", Qt::CaseInsensitive) == 0 ? kMaxPdfSize : kMaxFileSize;
    if (info.size() > limit)
        return Result<Article>::failure(
            failureText(path,
                        QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                            .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                            .arg(limit / (1024 * 1024))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Article>::failure(
            failureText(path, QStringLiteral("cannot be read (%1)").arg(file.errorString())));
    // Read one byte past the limit: a file can grow between the check and the read.
    const QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<Article>::failure(
            failureText(path, QStringLiteral("cannot be read (%1)").arg(file.errorString())));
    return loadBytes(bytes, path, known);
}

Result<Article> ArticleLoader::loadBytes(const QByteArray &bytes, const QString &name,
                                         const ArticleMetadata &known)
{
    if (bytes.isEmpty())
        return Result<Article>::failure(failureText(name, QStringLiteral("file is empty")));
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (PdfLoader::looksLikePdf(bytes) && (suffix == u"pdf" || suffix.isEmpty())) {
        if (bytes.size() > kMaxPdfSize)
            return Result<Article>::failure(failureText(
                name,
                QStringLiteral("file too large (over the %1 MB limit)").arg(kMaxPdfSize / (1024 * 1024))));
        return PdfLoader::load(bytes, name, known);
    }
    if (bytes.size() > kMaxFileSize)
        return Result<Article>::failure(failureText(
            name, QStringLiteral("file too large (over the %1 MB limit)").arg(kMaxFileSize / (1024 * 1024))));
    const QString kind = binaryFormat(bytes);
    if (!kind.isEmpty())
        return Result<Article>::failure(failureText(
            name, QStringLiteral("binary file: this is %1, not a text or HTML article").arg(kind)));
    const bool digestAside = bytes.size() >= kDigestAside;
    QFuture<QString> digest;
    if (digestAside)
        digest = QtConcurrent::run([bytes] { return sha256Hex(bytes); });
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return Result<Article>::failure(failureText(name, decoded.error()));
    if (isBlank(decoded->text))
        return Result<Article>::failure(
            failureText(name, QStringLiteral("file is empty (only white space)")));

    Article a = articleFor(name, known);
    const TextFormat format = formatFor(name, decoded->text);
    if (format == TextFormat::Html) {
        const HtmlText html = HtmlToText::convert(decoded->text);
        if (isBlank(html.text))
            return Result<Article>::failure(failureText(name, QStringLiteral("the HTML page has no text")));
        a.text = html.text;
        analyse(a, format, &html);
    } else {
        a.text = std::move(decoded->text);
        analyse(a, format, nullptr);
    }
    a.sha256 = digestAside ? digest.result() : sha256Hex(bytes);
    return a;
}

Article ArticleLoader::newArticle(const QByteArray &bytes, const QString &name, const ArticleMetadata &known)
{
    Article a = articleFor(name, known);
    a.sha256 = sha256Hex(bytes);
    return a;
}

Article ArticleLoader::fromText(QString text, const QString &name, const ArticleMetadata &known)
{
    Article a = articleFor(name, known);
    a.text = TextDecoder::normaliseLineEndings(std::move(text));
    a.sha256 = sha256Hex(a.text.toUtf8());
    analyse(a, TextFormat::Plain, nullptr);
    return a;
}
