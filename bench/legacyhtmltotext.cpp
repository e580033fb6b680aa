// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written tokenizer that read HTML before libxml2 did, kept only so that
// bench_htmltotext measures the two in one run. Nothing else uses it.
#include "legacyhtmltotext.h"

#include <QHash>
#include <QSet>

namespace {

// Elements whose whole content is dropped: code, styling, site navigation, forms, asides.
const QSet<QString> &skippedElements()
{
    static const QSet<QString> set = {
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("math"),
        QStringLiteral("iframe"),   QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("canvas"),   QStringLiteral("nav"),    QStringLiteral("aside"),
        QStringLiteral("form"),     QStringLiteral("select"), QStringLiteral("button"),
        QStringLiteral("footer"),   QStringLiteral("head"),   QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("dialog"),
    };
    return set;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> set = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("li"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("dl"),
        QStringLiteral("dt"),         QStringLiteral("dd"),      QStringLiteral("table"),
        QStringLiteral("thead"),      QStringLiteral("tbody"),   QStringLiteral("tfoot"),
        QStringLiteral("tr"),         QStringLiteral("caption"), QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("main"),    QStringLiteral("header"),
        QStringLiteral("blockquote"), QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("pre"),        QStringLiteral("hr"),      QStringLiteral("address"),
        QStringLiteral("body"),       QStringLiteral("html"),    QStringLiteral("center"),
        QStringLiteral("details"),    QStringLiteral("summary"),
    };
    return set;
}

// Raw-text elements: their content is not HTML and ends only at the matching end tag.
bool isRawText(const QString &name)
{
    return name == u"script" || name == u"style" || name == u"textarea" || name == u"title" || name == u"xmp";
}

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;
};

// Parses the tag starting at html[i] == '<'; returns the index past '>' (or the end).
qsizetype parseTag(QStringView html, qsizetype i, Tag &tag)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html[j] == u'/') {
        tag.closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
        ++j;
    tag.name = html.mid(nameStart, j - nameStart).toString().toLower();
    while (j < n && html[j] != u'>') {
        if (html[j].isSpace() || html[j] == u'/') {
            if (html[j] == u'/' && j + 1 < n && html[j + 1] == u'>')
                tag.selfClosing = true;
            ++j;
            continue;
        }
        const qsizetype attrStart = j;
        while (j < n && !html[j].isSpace() && html[j] != u'=' && html[j] != u'>' && html[j] != u'/')
            ++j;
        const QString attr = html.mid(attrStart, j - attrStart).toString().toLower();
        while (j < n && html[j].isSpace())
            ++j;
        QString value;
        if (j < n && html[j] == u'=') {
            ++j;
            while (j < n && html[j].isSpace())
                ++j;
            if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                const QChar quote = html[j++];
                const qsizetype vStart = j;
                while (j < n && html[j] != quote)
                    ++j;
                value = html.mid(vStart, j - vStart).toString();
                if (j < n)
                    ++j;
            } else {
                const qsizetype vStart = j;
                while (j < n && !html[j].isSpace() && html[j] != u'>')
                    ++j;
                value = html.mid(vStart, j - vStart).toString();
            }
        }
        if (!attr.isEmpty() && !tag.attributes.contains(attr))
            tag.attributes.insert(attr, HtmlToText::decodeEntities(value));
        if (j == attrStart)
            ++j;
    }
    return j < n ? j + 1 : n;
}

class Converter
{
public:
    explicit Converter(QStringView html)
        : m_html(html)
    { }

    HtmlText run()
    {
        const qsizetype n = m_html.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_html[i];
            if (c == u'<') {
                i = handleMarkup(i);
                continue;
            }
            const qsizetype next = m_html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            if (m_skipDepth == 0)
                appendText(HtmlToText::decodeEntities(m_html.mid(i, end - i)));
            i = end;
        }
        closeBlock();
        while (m_out.text.endsWith(u'\n') || m_out.text.endsWith(u' '))
            m_out.text.chop(1);
        for (HtmlBlock &b : m_out.blocks)
            b.end = qMin(b.end, m_out.text.size());
        m_out.title = m_out.title.simplified();
        m_out.heading = m_out.heading.simplified();
        return m_out;
    }

private:
    qsizetype handleMarkup(qsizetype i)
    {
        const qsizetype n = m_html.size();
        if (m_html.mid(i, 4) == u"<!--") {
            const qsizetype end = m_html.indexOf(u"-->", i + 4);
            return end < 0 ? n : end + 3;
        }
        if (i + 1 < n && (m_html[i + 1] == u'!' || m_html[i + 1] == u'?')) {
            const qsizetype end = m_html.indexOf(u'>', i);
            return end < 0 ? n : end + 1;
        }
        if (i + 1 >= n || !(m_html[i + 1].isLetter() || m_html[i + 1] == u'/')) {
            if (m_skipDepth == 0)
                appendText(QStringLiteral("<"));
            return i + 1;
        }
        Tag tag;
        qsizetype after = parseTag(m_html, i, tag);
        if (!tag.closing && isRawText(tag.name) && !tag.selfClosing) {
            const qsizetype close = indexOfEndTag(tag.name, after);
            const QStringView content = m_html.mid(after, (close < 0 ? n : close) - after);
            if (tag.name == u"title" && m_out.title.isEmpty())
                m_out.title = HtmlToText::decodeEntities(content);
            if (close < 0)
                return n;
            const qsizetype gt = m_html.indexOf(u'>', close);
            return gt < 0 ? n : gt + 1;
        }
        handleTag(tag);
        return after;
    }

    qsizetype indexOfEndTag(const QString &name, qsizetype from) const
    {
        const QString needle = QStringLiteral("</") + name;
        return m_html.indexOf(needle, from, Qt::CaseInsensitive);
    }

    void handleTag(const Tag &tag)
    {
        const QString &name = tag.name;
        if (!tag.closing)
            readMetadata(tag);
        if (name == u"body" && !tag.closing && m_skipStack.contains(QStringLiteral("head"))) {
            // A page that never closes <head>: the body starts here all the same.
            m_skipStack.clear();
            m_skipDepth = 0;
        }
        if (skippedElements().contains(name)) {
            if (!tag.closing && !tag.selfClosing) {
                m_skipStack.append(name);
                ++m_skipDepth;
            } else if (tag.closing && !m_skipStack.isEmpty()) {
                const qsizetype at = m_skipStack.lastIndexOf(name);
                if (at >= 0) {
                    m_skipDepth -= int(m_skipStack.size() - at);
                    m_skipStack.resize(at);
                }
            }
            return;
        }
        if (m_skipDepth > 0)
            return;
        if (name == u"a") {
            m_linkDepth = tag.closing ? qMax(0, m_linkDepth - 1) : m_linkDepth + 1;
            return;
        }
        if (name == u"br") {
            appendNewline();
            return;
        }
        if (name == u"td" || name == u"th") {
            if (!tag.closing && !m_rowHasCell.isEmpty() && m_rowHasCell.last())
                appendSeparator(QStringLiteral("\t"));
            if (!tag.closing && !m_rowHasCell.isEmpty())
                m_rowHasCell.last() = true;
            return;
        }
        if (name == u"tr") {
            if (!tag.closing)
                m_rowHasCell.append(false);
            else if (!m_rowHasCell.isEmpty())
                m_rowHasCell.removeLast();
            closeBlock();
            if (!tag.closing)
                m_blockTag = name;
            return;
        }
        if (name == u"pre")
            m_pre = !tag.closing;
        if (name == u"h1") {
            if (!tag.closing && m_out.heading.isEmpty())
                m_h1Start = m_out.text.size();
            else if (tag.closing && m_h1Start >= 0 && m_out.heading.isEmpty()) {
                m_out.heading = m_out.text.mid(m_h1Start);
                m_h1Start = -1;
            }
        }
        if (blockElements().contains(name)) {
            closeBlock();
            if (!tag.closing)
                m_blockTag = name;
        }
    }

    void readMetadata(const Tag &tag)
    {
        if (tag.name == u"html" && m_out.language.isEmpty())
            m_out.language = tag.attributes.value(QStringLiteral("lang")).section(u'-', 0, 0).toLower();
        if (tag.name == u"time" && m_out.published.isEmpty())
            m_out.published = tag.attributes.value(QStringLiteral("datetime"));
        if (tag.name == u"link" && tag.attributes.value(QStringLiteral("rel")).toLower() == u"canonical")
            m_out.url = tag.attributes.value(QStringLiteral("href"));
        if (tag.name != u"meta")
            return;
        const QString key = (tag.attributes.value(QStringLiteral("property"))
                             + tag.attributes.value(QStringLiteral("name")))
                                .toLower();
        const QString content = tag.attributes.value(QStringLiteral("content")).trimmed();
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

    void appendText(const QString &raw)
    {
        if (raw.isEmpty())
            return;
        if (m_pre) {
            beginBlockIfNeeded();
            m_out.text += raw;
            return;
        }
        QString collapsed;
        collapsed.reserve(raw.size());
        for (QChar c : raw) {
            // Collapse HTML white space only: a no-break space is content ("734 000").
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f') {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !collapsed.isEmpty())
                collapsed += u' ';
            else if (m_pendingSpace && !atLineStart())
                collapsed += u' ';
            m_pendingSpace = false;
            collapsed += c;
        }
        if (collapsed.isEmpty())
            return;
        beginBlockIfNeeded();
        m_out.text += collapsed;
        if (m_linkDepth > 0)
            m_blockLinkChars += collapsed.size();
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

    QStringView m_html;
    HtmlText m_out;
    QStringList m_skipStack;
    int m_skipDepth = 0;
    int m_linkDepth = 0;
    bool m_pendingSpace = false;
    bool m_pre = false;
    qsizetype m_blockStart = -1;
    qsizetype m_blockLinkChars = 0;
    qsizetype m_h1Start = -1;
    QString m_blockTag = QStringLiteral("p");
    QString m_ogTitle;
    QList<bool> m_rowHasCell;
};

} // namespace

HtmlText LegacyHtmlToText::convert(QStringView html)
{
    return Converter(html).run();
}
