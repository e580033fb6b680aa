// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonwriter.h"

#include <cmath>

QByteArray JsonWriter::quoted(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const uchar c = uchar(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
    // Safe inside an HTML <script> element (JSON-LD is pasted into pages): no "</" to close
    // it, no U+2028 or U+2029, which older JavaScript reads as line ends.
    if (out.contains("</"))
        out.replace("</", "<\\/");
    if (out.contains("\xE2\x80")) {
        out.replace("\xE2\x80\xA8", "\\u2028");
        out.replace("\xE2\x80\xA9", "\\u2029");
    }
    return out;
}

QByteArray JsonWriter::number(double d)
{
    if (!std::isfinite(d))
        return "null";
    if (d == std::floor(d) && std::abs(d) < 1e15)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', 15);
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    m_out += '\n';
    m_out += QByteArray(m_first.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
        newline();
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    m_out += quoted(QString::fromUtf8(name));
    m_out += m_pretty ? ": " : ":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s)
{
    beforeValue();
    m_out += quoted(s);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    beforeValue();
    m_out += number(d);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 i)
{
    beforeValue();
    m_out += QByteArray::number(i);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}
