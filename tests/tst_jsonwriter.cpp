// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data();
    void layout();
    void utf8Strings_data();
    void utf8Strings();
    void partsAsWrittenInOne_data();
    void partsAsWrittenInOne();
    void numbers();
};

namespace {

// An object with a key of each kind of value, and an array of two objects.
void writeSample(JsonWriter &w)
{
    w.beginObject();
    w.key("id").value("a#12");
    w.key("value").value(9.5);
    w.key("count").value(qint64(734000));
    w.key("none").null();
    w.key("empty").beginArray().endArray();
    w.key("items").beginArray();
    w.beginObject().key("ok").value(true).endObject();
    w.beginObject().key("ok").value(false).endObject();
    w.endArray();
    w.endObject();
}

// The array of `n` claims-like objects written by `w`, in parts of `perPart` joined in order when
// `perPart` > 0.
void writeItems(JsonWriter &w, int n, int perPart)
{
    w.beginObject();
    w.key("items").beginArray();
    auto item = [](JsonWriter &into, int i) {
        into.beginObject();
        into.key("i").value(i);
        into.key("text").value(QStringLiteral("« %1 dossiers »").arg(i));
        into.endObject();
    };
    if (perPart <= 0) {
        for (int i = 0; i < n; ++i)
            item(w, i);
    } else {
        for (int first = 0; first < n; first += perPart) {
            JsonWriter part = w.part();
            for (int i = first; i < qMin(n, first + perPart); ++i)
                item(part, i);
            w.join(part);
        }
    }
    w.endArray();
    w.endObject();
}

} // namespace

void tst_JsonWriter::layout_data()
{
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("pretty, two-space indents") << true
                                               << QByteArray("{\n"
                                                             "  \"id\": \"a#12\",\n"
                                                             "  \"value\": 9.5,\n"
                                                             "  \"count\": 734000,\n"
                                                             "  \"none\": null,\n"
                                                             "  \"empty\": [],\n"
                                                             "  \"items\": [\n"
                                                             "    {\n"
                                                             "      \"ok\": true\n"
                                                             "    },\n"
                                                             "    {\n"
                                                             "      \"ok\": false\n"
                                                             "    }\n"
                                                             "  ]\n"
                                                             "}\n");
    QTest::newRow("compact") << false
                             << QByteArray("{\"id\":\"a#12\",\"value\":9.5,\"count\":734000,\"none\":null,"
                                           "\"empty\":[],\"items\":[{\"ok\":true},{\"ok\":false}]}");
}

void tst_JsonWriter::layout()
{
    QFETCH(bool, pretty);
    QFETCH(QByteArray, expected);
    JsonWriter w(pretty);
    writeSample(w);
    QCOMPARE(w.data(), expected);
}

void tst_JsonWriter::utf8Strings_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain ASCII") << QByteArray("percent") << QByteArray("\"percent\"");
    QTest::newRow("accents") << QByteArray("d\xc3\xa9j\xc3\xa0") << QByteArray("\"d\xc3\xa9j\xc3\xa0\"");
    QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("control character") << QByteArray("a\tb\x01") << QByteArray("\"a\\tb\\u0001\"");
    QTest::newRow("closing script tag") << QByteArray("</script>") << QByteArray("\"<\\/script>\"");
    QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8") << QByteArray("\"a\\u2028\"");
}

// A string given as UTF-8 bytes is written as the same text given as a QString.
void tst_JsonWriter::utf8Strings()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QByteArray, expected);
    JsonWriter bytes(false);
    bytes.value(utf8.constData());
    QCOMPARE(bytes.data(), expected);
    JsonWriter text(false);
    text.value(QString::fromUtf8(utf8));
    QCOMPARE(text.data(), expected);
}

void tst_JsonWriter::partsAsWrittenInOne_data()
{
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<int>("perPart");
    QTest::addColumn<qsizetype>("chunk");
    for (const bool pretty : {true, false}) {
        const char *layout = pretty ? "pretty" : "compact";
        QTest::addRow("%s, small parts, large pieces", layout) << pretty << 3 << qsizetype(65536);
        QTest::addRow("%s, large parts handed on whole", layout) << pretty << 5000 << qsizetype(4096);
        QTest::addRow("%s, parts of one", layout) << pretty << 1 << qsizetype(64);
    }
}

// Parts written apart and joined give the bytes written in one go, whether they are copied into
// the writer or handed to its sink as they are; every piece ends between two values.
void tst_JsonWriter::partsAsWrittenInOne()
{
    QFETCH(bool, pretty);
    QFETCH(int, perPart);
    QFETCH(qsizetype, chunk);
    constexpr int kItems = 12000;
    JsonWriter one(pretty);
    writeItems(one, kItems, 0);
    const QByteArray expected = one.data();

    JsonWriter joined(pretty);
    writeItems(joined, kItems, perPart);
    QCOMPARE(joined.data(), expected);

    QList<QByteArray> pieces;
    JsonWriter sunk(pretty);
    sunk.setSink([&pieces](const QByteArray &piece) { pieces.append(piece); }, chunk);
    writeItems(sunk, kItems, perPart);
    pieces.append(sunk.take(true));
    QVERIFY(pieces.size() > 1);
    QByteArray all;
    for (const QByteArray &piece : std::as_const(pieces)) {
        QVERIFY(!piece.isEmpty());
        QVERIFY2(QString::fromUtf8(piece).toUtf8() == piece, "a piece cut inside a character");
        all += piece;
    }
    QCOMPARE(all, expected);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(all, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(QStringLiteral("items")).toArray().size(), kItems);
}

// A number as JSON: a whole number as an integer, else its shortest form when that has fifteen
// significant digits or fewer, else fifteen digits ("0.1 + 0.2" is 0.3). Checked against that
// rule, written here with QByteArray::number, on figures with up to four decimals, their
// neighbouring doubles and computed values.
void tst_JsonWriter::numbers()
{
    auto expected = [](double d) -> QByteArray {
        if (std::isnan(d) || std::isinf(d))
            return "null";
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QByteArray::number(qint64(d));
        const QByteArray shortest = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        int digits = 0;
        bool leading = true;
        for (const char c : shortest) {
            if (c == 'e')
                break;
            if (c >= '0' && c <= '9' && !(leading && c == '0')) {
                leading = false;
                ++digits;
            }
        }
        return digits <= 15 ? shortest : QByteArray::number(d, 'g', 15);
    };
    QList<double> values {0.1 + 0.2,
                          1.1,
                          2.675,
                          1e-7,
                          123456789012.5,
                          999999999999.999,
                          1e12 + 0.5,
                          -0.5,
                          -12.25,
                          0.001,
                          0.0001,
                          1.0 / 3,
                          2.0 / 3,
                          12.000000000000002,
                          std::nextafter(120.0, 121.0),
                          std::numeric_limits<double>::quiet_NaN()};
    for (int n = -20000; n <= 20000; n += 7) {
        for (const double scale : {10.0, 100.0, 1000.0, 10000.0}) {
            const double d = n / scale;
            values << d << std::nextafter(d, 1e300) << std::nextafter(d, -1e300) << d * 1234567.0;
        }
    }
    for (const double d : std::as_const(values)) {
        QByteArray written;
        JsonWriter::appendNumber(written, d);
        QCOMPARE(written, expected(d));
    }
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
