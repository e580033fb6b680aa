// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

// Writes JSON with keys in the order given (QJsonDocument sorts them), so that the files
// Bilan prints read like the schema. Pretty-printed with two-space indents, or compact.
class JsonWriter
{
public:
    explicit JsonWriter(bool pretty = true)
        : m_pretty(pretty)
    { }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // `name`: a key of the schema, plain ASCII with nothing to escape.
    JsonWriter &key(const char *name);
    JsonWriter &value(QStringView s);
    JsonWriter &value(const QString &s) { return value(QStringView(s)); }
    JsonWriter &value(const char *s); // UTF-8
    JsonWriter &value(double d); // NaN and infinities become null
    JsonWriter &value(qint64 i);
    JsonWriter &value(int i) { return value(qint64(i)); }
    JsonWriter &value(bool b);
    JsonWriter &null();
    // An empty string becomes null.
    JsonWriter &stringOrNull(const QString &s) { return s.isEmpty() ? null() : value(s); }

    QByteArray data() const { return m_out + (m_pretty ? "\n" : ""); }
    // What was written since the last take(), handed over and forgotten: a large document goes
    // out in pieces, in bounded memory. After the last value, take(true) adds the final newline.
    qsizetype size() const { return m_out.size(); }
    QByteArray take(bool last = false)
    {
        QByteArray out = std::exchange(m_out, {});
        if (last && m_pretty)
            out += '\n';
        return out;
    }
    // Hands what was written to `sink` in pieces of about `chunk` bytes, each ending between two
    // values (never inside a string, so each piece is whole UTF-8): a document of any size is
    // written in bounded memory. take(true) gives the last piece.
    void setSink(std::function<void(const QByteArray &)> sink, qsizetype chunk = qsizetype(1) << 20)
    {
        m_sink = std::move(sink);
        m_chunk = chunk;
    }
    // A writer for values of the container open here, written apart (on another thread) and
    // then join()ed: together, the same bytes as writing them here.
    JsonWriter part() const;
    // The values `part` (made by part()) wrote, after those written here.
    void join(const JsonWriter &part);
    static QByteArray quoted(QStringView s);
    // `s` as a JSON string at the end of `out`.
    static void appendQuoted(QByteArray &out, QStringView s);
    static QByteArray number(double d);
    // `d` as a JSON number (NaN and infinities as null) at the end of `out`.
    static void appendNumber(QByteArray &out, double d);

private:
    void beforeValue();
    void newline();
    // Room for `length` more bytes at the end of the output, for the caller to fill.
    char *grow(qsizetype length)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + length);
        return m_out.data() + at;
    }
    void maybeFlush()
    {
        if (m_sink && m_out.size() >= m_chunk)
            m_sink(take());
    }
    std::function<void(const QByteArray &)> m_sink;
    qsizetype m_chunk = 0;

    QByteArray m_out;
    std::vector<char> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
    bool m_pretty;
};
