// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace {

// Whether a character is written in JSON as it is, one byte: printable ASCII with nothing to
// escape (most of a claim's strings are only such: ids, units, dates, names of kinds).
bool plainChar(char16_t u)
{
    return u >= 0x20 && u < 0x7F && u != u'"' && u != u'\\' && u != u'<';
}

bool plainAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return plainChar(c.unicode()); });
}

void appendInteger(QByteArray &out, qint64 i)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, i);
    out.append(digits, result.ptr - digits);
}

} // namespace

void JsonWriter::appendQuoted(QByteArray &out, QStringView s)
{
    if (plainAscii(s)) {
        const qsizetype at = out.size();
        out.resize(at + s.size() + 2);
        char *d = out.data() + at;
        *d++ = '"';
        for (const QChar c : s)
            *d++ = char(c.unicode());
        *d = '"';
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    const char *p = utf8.constData();
    const qsizetype n = utf8.size();
    out += '"';
    qsizetype run = 0; // the start of the bytes still to copy as they are
    auto flush = [&](qsizetype upTo) {
        if (upTo > run)
            out.append(p + run, upTo - run);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(p[i]);
        const char *escape = nullptr;
        qsizetype width = 1;
        char buf[8];
        switch (c) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\b':
            escape = "\\b";
            break;
        case '\f':
            escape = "\\f";
            break;
        // Safe inside an HTML <script> element (JSON-LD is pasted into pages): no "</" to close
        // it, no U+2028 or U+2029, which older JavaScript reads as line ends.
        case '<':
            if (i + 1 < n && p[i + 1] == '/') {
                escape = "<\\/";
                width = 2;
            }
            break;
        case 0xE2:
            if (i + 2 < n && uchar(p[i + 1]) == 0x80
                && (uchar(p[i + 2]) == 0xA8 || uchar(p[i + 2]) == 0xA9)) {
                escape = uchar(p[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
                width = 3;
            }
            break;
        default:
            if (c < 0x20) {
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                escape = buf;
            }
        }
        if (!escape)
            continue;
        flush(i);
        out += escape;
        i += width - 1;
        run = i + 1;
    }
    flush(n);
    out += '"';
}

QByteArray JsonWriter::quoted(QStringView s)
{
    QByteArray out;
    appendQuoted(out, s);
    return out;
}

QByteArray JsonWriter::number(double d)
{
    QByteArray out;
    appendNumber(out, d);
    return out;
}

void JsonWriter::appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    if (d == std::floor(d) && std::abs(d) < 1e15) {
        appendInteger(out, qint64(d));
        return;
    }
    // Most figures have one to three decimals ("12,5 %", "1,482"): when d times 10, 100 or 1000
    // is a whole number n, d is written n / 10^k, the text the shortest form (or fifteen digits)
    // gives, without a search for it.
    if (std::abs(d) < 1e12) {
        qint64 scale = 10;
        for (int decimals = 1; decimals <= 3; ++decimals, scale *= 10) {
            const double scaled = d * double(scale);
            if (scaled != std::floor(scaled))
                continue;
            const qint64 n = qint64(std::abs(scaled));
            if (n % scale == 0)
                break; // a whole number but for its last bits: written with fifteen digits below
            if (d < 0)
                out += '-';
            appendInteger(out, n / scale);
            char fraction[4] = {'.', '0', '0', '0'};
            qint64 rest = n % scale;
            int length = decimals;
            for (int k = decimals; k >= 1; --k, rest /= 10)
                fraction[k] = char('0' + rest % 10);
            while (length > 1 && fraction[length] == '0')
                --length;
            out.append(fraction, length + 1);
            return;
        }
    }
    // Fifteen significant digits, which hide a computation's last bits ("0.1 + 0.2" is 0.3). The
    // shortest form that reads back as `d` is twice as fast to find and, when it has fifteen
    // digits or fewer, is the same text (checked on 25 million values).
    QByteArray shortest = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    int digits = 0;
    bool leading = true;
    for (const char c : std::as_const(shortest)) {
        if (c == 'e')
            break;
        if (c >= '0' && c <= '9' && !(leading && c == '0')) {
            leading = false;
            ++digits;
        }
    }
    out += digits <= 15 ? shortest : QByteArray::number(d, 'g', 15);
}

JsonWriter JsonWriter::part() const
{
    Q_ASSERT(!m_first.empty() && !m_afterKey);
    JsonWriter w(m_pretty);
    w.m_first.assign(m_first.size(), false);
    w.m_first.back() = true; // the comma before its first value is join()'s
    return w;
}

void JsonWriter::join(const JsonWriter &part)
{
    Q_ASSERT(part.m_first.size() == m_first.size());
    if (part.m_out.isEmpty())
        return;
    if (!m_first.back())
        m_out += ',';
    m_first.back() = false;
    // A large part goes to the sink as it is, not copied here first.
    if (m_sink && part.m_out.size() >= qMin<qsizetype>(m_chunk, 1 << 16)) {
        if (!m_out.isEmpty())
            m_sink(take());
        m_sink(part.m_out);
        return;
    }
    m_out += part.m_out;
    maybeFlush();
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    // A newline and the indent, from one run of spaces.
    static const QByteArray spaces = '\n' + QByteArray(256, ' ');
    const qsizetype indent = qsizetype(m_first.size()) * 2;
    if (indent < spaces.size()) {
        std::memcpy(grow(indent + 1), spaces.constData(), indent + 1);
    } else {
        m_out += '\n';
        m_out.append(indent, ' ');
    }
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        newline();
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out += '}';
    maybeFlush();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty)
        newline();
    m_out += ']';
    maybeFlush();
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    Q_ASSERT(!m_first.empty() && !m_afterKey);
    // Keys are the schema's names, written in the code: nothing in them to escape. The comma,
    // the newline and indent, and the key in one piece (a claim is mostly keys).
    const qsizetype length = qsizetype(std::strlen(name));
    const bool comma = !m_first.back();
    m_first.back() = false;
    const qsizetype indent = qsizetype(m_first.size()) * 2;
    char *d = grow(qsizetype(comma) + (m_pretty ? 1 + indent + length + 4 : length + 3));
    if (comma)
        *d++ = ',';
    if (m_pretty) {
        *d++ = '\n';
        std::memset(d, ' ', indent);
        d += indent;
    }
    *d++ = '"';
    std::memcpy(d, name, length);
    d += length;
    *d++ = '"';
    *d++ = ':';
    if (m_pretty)
        *d = ' ';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView s)
{
    beforeValue();
    appendQuoted(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(const char *s)
{
    const qsizetype length = qsizetype(std::strlen(s));
    if (!std::all_of(s, s + length, [](char c) { return plainChar(uchar(c)); }))
        return value(QString::fromUtf8(s, length));
    beforeValue();
    char *d = grow(length + 2);
    *d++ = '"';
    std::memcpy(d, s, length);
    d[length] = '"';
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    beforeValue();
    appendNumber(m_out, d);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 i)
{
    beforeValue();
    appendInteger(m_out, i);
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
