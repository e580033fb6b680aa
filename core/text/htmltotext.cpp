// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltotext.h"

#include <QHash>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <cstring>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

// The page is parsed by libxml2's HTML parser (the one lxml and trafilatura use), through its
// SAX interface: no tree is built, so memory stays proportional to the text and the depth of
// the open elements, and the parser's own repair rules (implied end tags, auto-closing,
// raw-text script and style) give balanced start and end events. libxml2 never loads a DTD
// or an external entity in HTML mode; NONET forbids the network all the same.

namespace {

const QHash<QString, char32_t> &entities()
{
    static const QHash<QString, char32_t> table = {
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("thinsp"), 0x2009}, {QStringLiteral("ensp"), 0x2002},
        {QStringLiteral("emsp"), 0x2003},   {QStringLiteral("NoBreak"), 0x2060},
        {QStringLiteral("shy"), 0xAD},      {QStringLiteral("zwnj"), 0x200C},
        {QStringLiteral("zwj"), 0x200D},    {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("sbquo"), 0x201A},
        {QStringLiteral("ldquo"), 0x201C},  {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("bdquo"), 0x201E},  {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},    {QStringLiteral("lsaquo"), 0x2039},
        {QStringLiteral("rsaquo"), 0x203A}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("minus"), 0x2212},  {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("middot"), 0xB7},   {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("pound"), 0xA3},    {QStringLiteral("yen"), 0xA5},
        {QStringLiteral("cent"), 0xA2},     {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("reg"), 0xAE},      {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("deg"), 0xB0},      {QStringLiteral("percnt"), U'%'},
        {QStringLiteral("permil"), 0x2030}, {QStringLiteral("times"), 0xD7},
        {QStringLiteral("divide"), 0xF7},   {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("frac12"), 0xBD},   {QStringLiteral("frac14"), 0xBC},
        {QStringLiteral("frac34"), 0xBE},   {QStringLiteral("sup1"), 0xB9},
        {QStringLiteral("sup2"), 0xB2},     {QStringLiteral("sup3"), 0xB3},
        {QStringLiteral("ordf"), 0xAA},     {QStringLiteral("ordm"), 0xBA},
        {QStringLiteral("sect"), 0xA7},     {QStringLiteral("para"), 0xB6},
        {QStringLiteral("iexcl"), 0xA1},    {QStringLiteral("iquest"), 0xBF},
        {QStringLiteral("Agrave"), 0xC0},   {QStringLiteral("Aacute"), 0xC1},
        {QStringLiteral("Acirc"), 0xC2},    {QStringLiteral("Atilde"), 0xC3},
        {QStringLiteral("Auml"), 0xC4},     {QStringLiteral("Aring"), 0xC5},
        {QStringLiteral("AElig"), 0xC6},    {QStringLiteral("Ccedil"), 0xC7},
        {QStringLiteral("Egrave"), 0xC8},   {QStringLiteral("Eacute"), 0xC9},
        {QStringLiteral("Ecirc"), 0xCA},    {QStringLiteral("Euml"), 0xCB},
        {QStringLiteral("Igrave"), 0xCC},   {QStringLiteral("Iacute"), 0xCD},
        {QStringLiteral("Icirc"), 0xCE},    {QStringLiteral("Iuml"), 0xCF},
        {QStringLiteral("Ntilde"), 0xD1},   {QStringLiteral("Ograve"), 0xD2},
        {QStringLiteral("Oacute"), 0xD3},   {QStringLiteral("Ocirc"), 0xD4},
        {QStringLiteral("Otilde"), 0xD5},   {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("Oslash"), 0xD8},   {QStringLiteral("Ugrave"), 0xD9},
        {QStringLiteral("Uacute"), 0xDA},   {QStringLiteral("Ucirc"), 0xDB},
        {QStringLiteral("Uuml"), 0xDC},     {QStringLiteral("Yacute"), 0xDD},
        {QStringLiteral("szlig"), 0xDF},    {QStringLiteral("agrave"), 0xE0},
        {QStringLiteral("aacute"), 0xE1},   {QStringLiteral("acirc"), 0xE2},
        {QStringLiteral("atilde"), 0xE3},   {QStringLiteral("auml"), 0xE4},
        {QStringLiteral("aring"), 0xE5},    {QStringLiteral("aelig"), 0xE6},
        {QStringLiteral("ccedil"), 0xE7},   {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("eacute"), 0xE9},   {QStringLiteral("ecirc"), 0xEA},
        {QStringLiteral("euml"), 0xEB},     {QStringLiteral("igrave"), 0xEC},
        {QStringLiteral("iacute"), 0xED},   {QStringLiteral("icirc"), 0xEE},
        {QStringLiteral("iuml"), 0xEF},     {QStringLiteral("ntilde"), 0xF1},
        {QStringLiteral("ograve"), 0xF2},   {QStringLiteral("oacute"), 0xF3},
        {QStringLiteral("ocirc"), 0xF4},    {QStringLiteral("otilde"), 0xF5},
        {QStringLiteral("ouml"), 0xF6},     {QStringLiteral("oslash"), 0xF8},
        {QStringLiteral("ugrave"), 0xF9},   {QStringLiteral("uacute"), 0xFA},
        {QStringLiteral("ucirc"), 0xFB},    {QStringLiteral("uuml"), 0xFC},
        {QStringLiteral("yacute"), 0xFD},   {QStringLiteral("yuml"), 0xFF},
        {QStringLiteral("OElig"), 0x152},   {QStringLiteral("oelig"), 0x153},
        {QStringLiteral("Yuml"), 0x178},    {QStringLiteral("circ"), 0x2C6},
        {QStringLiteral("tilde"), 0x2DC},
    };
    return table;
}

// What Bilan does with an element. Dropped elements (code, styling, embedded content, site
// navigation, forms, asides) lose their text only when the page closes them: an element left
// open to the end of its parent holds text that a markup error swallowed, and that text is
// the page's own.
enum ElementFlag : quint16 {
    Dropped = 1 << 0,
    Block = 1 << 1,
    Foreign = 1 << 2, // svg, math: their <title> is not the page's
    Link = 1 << 3,
    LineBreak = 1 << 4,
    Cell = 1 << 5,
    Row = 1 << 6,
    Pre = 1 << 7,
    H1 = 1 << 8,
    Title = 1 << 9,
    Metadata = 1 << 10, // html, time, link, meta: attributes read
};

quint16 elementFlags(std::string_view name)
{
    static const std::unordered_map<std::string_view, quint16> table = [] {
        std::unordered_map<std::string_view, quint16> t;
        for (const char *n :
             {"script", "style", "noscript", "template", "iframe", "object", "canvas", "nav", "aside", "form",
              "select", "button", "textarea", "footer", "head", "audio", "video", "dialog"})
            t[n] |= Dropped;
        for (const char *n : {"svg", "math"})
            t[n] |= Dropped | Foreign;
        for (const char *n : {"p",       "div",    "h1",         "h2",     "h3",         "h4",      "h5",
                              "h6",      "li",     "ul",         "ol",     "dl",         "dt",      "dd",
                              "table",   "thead",  "tbody",      "tfoot",  "caption",    "section", "article",
                              "main",    "header", "blockquote", "figure", "figcaption", "pre",     "hr",
                              "address", "body",   "html",       "center", "details",    "summary"})
            t[n] |= Block;
        t["a"] |= Link;
        t["br"] |= LineBreak;
        t["td"] |= Cell;
        t["th"] |= Cell;
        t["tr"] |= Row;
        t["pre"] |= Pre;
        t["h1"] |= H1;
        t["title"] |= Title;
        for (const char *n : {"html", "time", "link", "meta"})
            t[n] |= Metadata;
        return t;
    }();
    const auto it = table.find(name);
    return it == table.end() ? 0 : it->second;
}

bool isHtmlSpace(xmlChar c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// libxml2 knows the HTML 4 entities; the HTML 5 ones of Bilan's table ("&percnt;",
// "&NoBreak;") and invalid character references ("&#0;") are rewritten as numeric
// references before parsing, so that they decode as a browser decodes them.
QByteArray withNumericEntities(QByteArray utf8)
{
    const char *data = utf8.constData();
    const qsizetype n = utf8.size();
    const char *amp = static_cast<const char *>(std::memchr(data, '&', size_t(n)));
    if (!amp)
        return utf8;
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = amp - data; i >= 0 && i < n;) {
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && (std::isalnum(uchar(data[j])) || data[j] == '#'))
            ++j;
        if (j < n && data[j] == ';' && j > i + 1) {
            const QByteArray name(data + i + 1, j - i - 1);
            char32_t cp = 0;
            if (name.startsWith('#')) {
                bool ok = false;
                const uint v = (name.size() > 1 && (name[1] == 'x' || name[1] == 'X'))
                    ? name.mid(2).toUInt(&ok, 16)
                    : name.mid(1).toUInt(&ok, 10);
                if (ok && (v == 0 || (v >= 0xD800 && v <= 0xDFFF)))
                    cp = 0xFFFD;
            } else if (!htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.constData()))) {
                cp = entities().value(QString::fromLatin1(name), 0);
            }
            if (cp != 0) {
                if (out.isEmpty())
                    out.reserve(n + 64);
                out.append(data + copied, i - copied);
                out.append("&#" + QByteArray::number(uint(cp)) + ';');
                copied = j + 1;
            }
        }
        const void *next = std::memchr(data + i + 1, '&', size_t(n - i - 1));
        i = next ? static_cast<const char *>(next) - data : -1;
    }
    if (copied == 0)
        return utf8;
    out.append(data + copied, n - copied);
    return out;
}

class Converter
{
public:
    HtmlText run(QStringView html)
    {
        static std::once_flag initialised;
        std::call_once(initialised, [] { xmlInitParser(); });
        const QByteArray utf8 = withNumericEntities(html.toUtf8());
        m_out.text.reserve(html.size() / 2);
        htmlSAXHandler sax;
        std::memset(&sax, 0, sizeof sax);
        sax.startElement = &Converter::onStart;
        sax.endElement = &Converter::onEnd;
        sax.characters = &Converter::onText;
        sax.ignorableWhitespace = &Converter::onText;
        // cdataBlock (script and style), comments, processing instructions, entity
        // declarations and DTDs have no handler: they are read and forgotten.
        m_ctxt = htmlNewParserCtxt();
        if (!m_ctxt)
            return m_out;
        std::memcpy(m_ctxt->sax, &sax, sizeof sax);
        m_ctxt->userData = this;
        const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
            | HTML_PARSE_NOIMPLIED | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
        htmlDocPtr doc = htmlCtxtReadMemory(
            m_ctxt, utf8.constData(), int(qMin<qsizetype>(utf8.size(), INT_MAX)), nullptr, "UTF-8", options);
        if (doc)
            xmlFreeDoc(doc);
        htmlFreeParserCtxt(m_ctxt);
        m_ctxt = nullptr;
        return finish();
    }

private:
    struct Open
    {
        quint16 flags;
        qint32 mark; // index into m_marks for a dropped element, else -1
    };
    // The state to go back to when a dropped element is closed by the page.
    struct Mark
    {
        qsizetype textSize;
        qsizetype blockCount;
        qsizetype blockStart;
        qsizetype blockLinkChars;
        QString blockTag;
        bool pendingSpace;
        bool headingEmpty;
    };

    static void onStart(void *ctx, const xmlChar *name, const xmlChar **attributes)
    {
        auto *c = static_cast<Converter *>(ctx);
        c->start(reinterpret_cast<const char *>(name), attributes);
    }
    static void onEnd(void *ctx, const xmlChar *name) { static_cast<Converter *>(ctx)->end(name); }
    static void onText(void *ctx, const xmlChar *text, int length)
    {
        static_cast<Converter *>(ctx)->text(reinterpret_cast<const char *>(text), length);
    }

    struct Element
    {
        quint16 flags;
        QString tag;
    };

    // libxml2 interns element names in its dictionary: one lookup per distinct name.
    const Element &element(const char *nameChars)
    {
        auto it = m_elements.find(nameChars);
        if (it == m_elements.end())
            it = m_elements.insert(nameChars,
                                   Element {elementFlags(nameChars), QString::fromLatin1(nameChars)});
        return *it;
    }

    void start(const char *nameChars, const xmlChar **attributes)
    {
        const Element &e = element(nameChars);
        const quint16 flags = e.flags;
        const std::string_view name(nameChars);
        if (flags & Foreign)
            ++m_foreignDepth;
        if (flags & Metadata)
            readMetadata(name, attributes);
        qint32 mark = -1;
        if (flags & Dropped) {
            mark = qint32(m_marks.size());
            m_marks.push_back(Mark {m_out.text.size(), m_out.blocks.size(), m_blockStart, m_blockLinkChars,
                                    m_blockTag, m_pendingSpace, m_out.heading.isEmpty()});
        }
        m_open.push_back(Open {flags, mark});
        if (flags & Title && m_foreignDepth == 0 && m_out.title.isEmpty() && m_titleDepth < 0)
            m_titleDepth = qsizetype(m_open.size());
        if (flags & Link)
            ++m_linkDepth;
        if (flags & LineBreak)
            appendNewline();
        if (flags & Cell) {
            if (!m_rowHasCell.isEmpty() && m_rowHasCell.last())
                appendSeparator(QStringLiteral("\t"));
            if (!m_rowHasCell.isEmpty())
                m_rowHasCell.last() = true;
        }
        if (flags & Row) {
            m_rowHasCell.append(false);
            closeBlock();
            m_blockTag = QStringLiteral("tr");
        }
        if (flags & Pre)
            ++m_pre;
        if (flags & H1 && m_out.heading.isEmpty())
            m_h1Start = m_out.text.size();
        if (flags & Block) {
            closeBlock();
            m_blockTag = e.tag;
        }
    }

    void end(const xmlChar *name)
    {
        if (m_open.empty())
            return;
        const Open open = m_open.back();
        if (m_titleDepth == qsizetype(m_open.size())) {
            if (m_out.title.isEmpty())
                m_out.title = m_titleText;
            m_titleDepth = -1;
        }
        m_open.pop_back();
        const quint16 flags = open.flags;
        if (flags & Foreign)
            --m_foreignDepth;
        if (flags & Link)
            m_linkDepth = qMax(0, m_linkDepth - 1);
        if (flags & Row) {
            if (!m_rowHasCell.isEmpty())
                m_rowHasCell.removeLast();
            closeBlock();
        }
        if (flags & Pre)
            --m_pre;
        if (flags & H1 && m_h1Start >= 0 && m_out.heading.isEmpty()) {
            m_out.heading = m_out.text.mid(m_h1Start);
            m_h1Start = -1;
        }
        if (flags & Block)
            closeBlock();
        if (open.mark >= 0) {
            if (endTagJustRead(name))
                rollBack(m_marks[size_t(open.mark)]);
            m_marks.resize(size_t(open.mark));
        }
    }

    // Whether the parser has just read the element's own end tag ("</nav>"), rather than
    // closing it because its parent or the page ended.
    bool endTagJustRead(const xmlChar *name) const
    {
        const xmlChar *base = m_ctxt->input->base;
        const xmlChar *p = m_ctxt->input->cur;
        if (!p || p <= base || p[-1] != '>')
            return false;
        p -= 2;
        while (p >= base && isHtmlSpace(*p))
            --p;
        const qsizetype length = qsizetype(std::strlen(reinterpret_cast<const char *>(name)));
        if (p - base + 1 < length + 2)
            return false;
        p -= length - 1;
        return xmlStrncasecmp(p, name, int(length)) == 0 && p[-1] == '/' && p[-2] == '<';
    }

    void rollBack(const Mark &mark)
    {
        m_out.text.truncate(mark.textSize);
        m_out.blocks.resize(mark.blockCount);
        m_blockStart = mark.blockStart;
        m_blockLinkChars = mark.blockLinkChars;
        m_blockTag = mark.blockTag;
        m_pendingSpace = mark.pendingSpace;
        if (mark.headingEmpty)
            m_out.heading.clear();
        if (m_h1Start > m_out.text.size())
            m_h1Start = -1;
    }

    void readMetadata(std::string_view name, const xmlChar **attributes)
    {
        auto attribute = [attributes](const char *key) {
            for (const xmlChar **a = attributes; a && a[0]; a += 2) {
                if (xmlStrcasecmp(a[0], reinterpret_cast<const xmlChar *>(key)) == 0)
                    return a[1] ? QString::fromUtf8(reinterpret_cast<const char *>(a[1])) : QString();
            }
            return QString();
        };
        if (name == "html" && m_out.language.isEmpty())
            m_out.language = attribute("lang").section(u'-', 0, 0).toLower();
        if (name == "time" && m_out.published.isEmpty())
            m_out.published = attribute("datetime");
        if (name == "link" && attribute("rel").toLower() == u"canonical")
            m_out.url = attribute("href");
        if (name != "meta")
            return;
        const QString key = (attribute("property") + attribute("name")).toLower();
        const QString content = attribute("content").trimmed();
        if (content.isEmpty())
            return;
        auto setIfEmpty = [&](QString &field) {
            if (field.isEmpty())
                field = content;
        };
        if (key == u"og:title")
            setIfEmpty(m_ogTitle);
        else if (key == u"article:published_time" || key == u"date" || key == u"pubdate" || key == u"dc.date")
            setIfEmpty(m_out.published);
        else if (key == u"author" || key == u"article:author")
            setIfEmpty(m_out.author);
        else if (key == u"og:site_name")
            setIfEmpty(m_out.outlet);
        else if (key == u"og:url" && m_out.url.isEmpty())
            m_out.url = content;
        if (!m_ogTitle.isEmpty() && m_out.title.isEmpty())
            m_out.title = m_ogTitle;
    }

    void text(const char *utf8, int length)
    {
        if (length <= 0)
            return;
        m_chunk.resize(length);
        QChar *end = m_decoder.appendToBuffer(m_chunk.data(), QByteArrayView(utf8, length));
        const QStringView chunk(m_chunk.data(), end - m_chunk.data());
        if (m_titleDepth >= 0 && m_titleDepth == qsizetype(m_open.size())) {
            m_titleText += chunk;
            return;
        }
        if (m_pre > 0) {
            beginBlockIfNeeded();
            m_out.text += chunk;
            return;
        }
        appendCollapsed(chunk);
    }

    // HTML white space collapses; a no-break space is content ("734 000").
    void appendCollapsed(QStringView chunk)
    {
        m_collapsed.clear();
        const bool lineStart = atLineStart();
        for (const QChar c : chunk) {
            const char16_t u = c.unicode();
            if (u == u' ' || u == u'\n' || u == u'\t' || u == u'\r' || u == u'\f') {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !(lineStart && m_collapsed.isEmpty()))
                m_collapsed.append(u' ');
            m_pendingSpace = false;
            m_collapsed.append(c);
        }
        if (m_collapsed.isEmpty())
            return;
        beginBlockIfNeeded();
        m_out.text.append(m_collapsed.constData(), m_collapsed.size());
        if (m_linkDepth > 0)
            m_blockLinkChars += m_collapsed.size();
    }

    bool atLineStart() const
    {
        return m_out.text.isEmpty() || m_out.text.endsWith(u'\n') || m_out.text.endsWith(u'\t');
    }

    void beginBlockIfNeeded()
    {
        if (m_blockStart < 0) {
            m_blockStart = m_out.text.size();
            m_blockLinkChars = 0;
        }
    }

    void appendNewline()
    {
        if (m_blockStart >= 0 && !m_out.text.endsWith(u'\n'))
            m_out.text += u'\n';
        m_pendingSpace = false;
    }

    void appendSeparator(const QString &sep)
    {
        if (m_blockStart >= 0)
            m_out.text += sep;
        m_pendingSpace = false;
    }

    void closeBlock()
    {
        m_pendingSpace = false;
        if (m_blockStart < 0)
            return;
        while (m_out.text.endsWith(u'\n') || m_out.text.endsWith(u'\t') || m_out.text.endsWith(u' '))
            m_out.text.chop(1);
        if (m_out.text.size() > m_blockStart)
            m_out.blocks.append(HtmlBlock {m_blockStart, m_out.text.size(), m_blockTag, m_blockLinkChars});
        m_out.text += QStringLiteral("\n\n");
        m_blockStart = -1;
    }

    HtmlText finish()
    {
        closeBlock();
        while (m_out.text.endsWith(u'\n') || m_out.text.endsWith(u' '))
            m_out.text.chop(1);
        for (HtmlBlock &b : m_out.blocks)
            b.end = qMin(b.end, m_out.text.size());
        m_out.title = m_out.title.simplified();
        m_out.heading = m_out.heading.simplified();
        m_out.text.squeeze();
        return std::move(m_out);
    }

    htmlParserCtxtPtr m_ctxt = nullptr;
    HtmlText m_out;
    std::vector<Open> m_open;
    std::vector<Mark> m_marks;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    QVarLengthArray<QChar, 4096> m_chunk;
    QVarLengthArray<QChar, 4096> m_collapsed;
    QHash<const void *, Element> m_elements;
    int m_foreignDepth = 0;
    int m_linkDepth = 0;
    int m_pre = 0;
    bool m_pendingSpace = false;
    qsizetype m_titleDepth = -1;
    QString m_titleText;
    qsizetype m_blockStart = -1;
    qsizetype m_blockLinkChars = 0;
    qsizetype m_h1Start = -1;
    QString m_blockTag = QStringLiteral("p");
    QString m_ogTitle;
    QList<bool> m_rowHasCell;
};

} // namespace

bool HtmlToText::looksLikeHtml(QStringView text)
{
    const QStringView head = text.left(2048).trimmed();
    return head.startsWith(u"<!doctype html", Qt::CaseInsensitive)
        || head.startsWith(u"<html", Qt::CaseInsensitive)
        || text.left(4096).contains(u"<body", Qt::CaseInsensitive)
        || text.left(4096).contains(u"<p>", Qt::CaseInsensitive);
}

QString HtmlToText::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && (text[j].isLetterOrNumber() || text[j] == u'#'))
            ++j;
        const QStringView name = text.mid(i + 1, j - i - 1);
        char32_t cp = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint v = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X'))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            // NUL, surrogates and out-of-range code points become U+FFFD, as browsers do.
            cp = ok ? ((v == 0 || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) ? 0xFFFD : v) : 0;
        } else {
            cp = entities().value(name.toString(), 0);
        }
        if (cp == 0) {
            out += u'&';
            continue;
        }
        out += QString::fromUcs4(&cp, 1);
        i = (j < n && text[j] == u';') ? j : j - 1;
    }
    return out;
}

HtmlText HtmlToText::convert(QStringView html)
{
    return Converter().run(html);
}
