// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecoder.h"

#include <QTest>

class tst_TextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
};

void tst_TextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // expected text, when decoding succeeds
    QTest::addColumn<QString>("encoding"); // expected encoding, or the error fragment

    const QString cafe = QStringLiteral("café 734\u00A0000");
    QTest::addRow("utf-8") << QByteArray("caf\xC3\xA9 734\xC2\xA0"
                                         "000")
                           << cafe << QStringLiteral("UTF-8");
    QTest::addRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "caf\xC3\xA9 734\xC2\xA0"
                                                  "000")
                                    << cafe << QStringLiteral("UTF-8 (BOM)");
    QTest::addRow("utf-16le with BOM") << QByteArray("\xFF\xFE"
                                                     "c\0a\0f\0\xE9\0",
                                                     10)
                                       << QStringLiteral("caf\u00e9") << QStringLiteral("UTF-16LE");
    QTest::addRow("utf-16be with BOM") << QByteArray("\xFE\xFF\0c\0a\0f\0\xE9", 10)
                                       << QStringLiteral("caf\u00e9") << QStringLiteral("UTF-16BE");
    QTest::addRow("utf-16 emoji") << QByteArray("\xFF\xFE\x3D\xD8\x00\xDE"
                                                "1\0",
                                                8)
                                  << QStringLiteral("\U0001F600"
                                                    "1")
                                  << QStringLiteral("UTF-16LE");
    QTest::addRow("utf-8 four-byte sequence")
        << QByteArray("ok \xF0\x9F\x98\x80 734") << QStringLiteral("ok \U0001F600 734")
        << QStringLiteral("UTF-8");
    QTest::addRow("utf-8 BOM twice") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                   "abc")
                                     << QStringLiteral("abc") << QStringLiteral("UTF-8 (BOM)");
    QTest::addRow("utf-8 accents apart from their letters")
        << QByteArray("pre\xCC\x80s de 734 000 assure\xCC\x81s, q\xCC\x81")
        << QStringLiteral("près de 734 000 assurés, q\u0301") << QStringLiteral("UTF-8");
    {
        // Composed in pieces: across their boundaries, and a run of marks longer than a piece.
        QByteArray decomposed;
        QString expected;
        for (int k = 0; k < 2000; ++k) {
            decomposed += k % 7 == 0 ? "assure\xCC\x81s " : "e\xCC\x81";
            expected += k % 7 == 0 ? QStringLiteral("assurés ") : QStringLiteral("é");
        }
        QTest::addRow("utf-8 accents apart, a long line")
            << decomposed << expected << QStringLiteral("UTF-8");
        QByteArray marks("a");
        for (int k = 0; k < 6000; ++k)
            marks += "\xCC\x81";
        QTest::addRow("utf-8 a flood of combining marks")
            << marks << QString::fromUtf8(marks).normalized(QString::NormalizationForm_C)
            << QStringLiteral("UTF-8");
    }
    QTest::addRow("windows-1252") << QByteArray("caf\xE9 \x80 \x92 \x9C") << QStringLiteral("café € ’ œ")
                                  << QStringLiteral("windows-1252");
    QTest::addRow("crlf") << QByteArray("a\r\nb\r\n\r\nc") << QStringLiteral("a\nb\n\nc")
                          << QStringLiteral("UTF-8");
    QTest::addRow("lone cr") << QByteArray("a\rb\r\rc") << QStringLiteral("a\nb\n\nc")
                             << QStringLiteral("UTF-8");
    QTest::addRow("mixed endings") << QByteArray("a\r\nb\nc\rd") << QStringLiteral("a\nb\nc\nd")
                                   << QStringLiteral("UTF-8");
    QTest::addRow("ascii") << QByteArray("plain 12%") << QStringLiteral("plain 12%")
                           << QStringLiteral("UTF-8");

    // Failures: the expected text is null and "encoding" holds the error fragment.
    QTest::addRow("nul byte") << QByteArray("abc\0def", 7) << QString()
                              << QStringLiteral("binary file: NUL byte at offset 3");
    QTest::addRow("utf-16 without BOM")
        << QByteArray("a\0b\0", 4) << QString() << QStringLiteral("UTF-16 text without a byte-order mark");
    QTest::addRow("broken utf-8 after good utf-8") << QByteArray("caf\xC3\xA9 et \xC3 fin") << QString()
                                                   << QStringLiteral("invalid UTF-8 byte 0xC3 at offset 9");
    QTest::addRow("utf-8 BOM then latin-1")
        << QByteArray("\xEF\xBB\xBF"
                      "caf\xE9")
        << QString() << QStringLiteral("invalid UTF-8 byte 0xE9 at offset 6");
    QTest::addRow("undefined windows-1252 byte")
        << QByteArray("abc \x81 def") << QString()
        << QStringLiteral("byte 0x81 at offset 4 is neither UTF-8 nor Windows-1252");
    QTest::addRow("odd utf-16") << QByteArray("\xFF\xFE"
                                              "a\0\x3D\xD8",
                                              6)
                                << QString() << QStringLiteral("not valid UTF-16LE");
    // Qt's decoder and the strict scan agree on what is UTF-8 (decode() trusts the first when it
    // finds no error and asks the second where an error is).
    QTest::addRow("overlong utf-8") << QByteArray("caf\xC3\xA9 \xC0\xAF") << QString()
                                    << QStringLiteral("invalid UTF-8 byte 0xC0 at offset 6");
    QTest::addRow("overlong three-byte utf-8") << QByteArray("caf\xC3\xA9 \xE0\x80\xAF") << QString()
                                               << QStringLiteral("invalid UTF-8 byte 0xE0 at offset 6");
    QTest::addRow("utf-8 surrogate") << QByteArray("caf\xC3\xA9 \xED\xA0\x80") << QString()
                                     << QStringLiteral("invalid UTF-8 byte 0xED at offset 6");
    QTest::addRow("beyond U+10FFFF") << QByteArray("caf\xC3\xA9 \xF4\x90\x80\x80") << QString()
                                     << QStringLiteral("invalid UTF-8 byte 0xF4 at offset 6");
    QTest::addRow("utf-8 cut short") << QByteArray("caf\xC3\xA9 \xE2\x82") << QString()
                                     << QStringLiteral("invalid UTF-8 byte 0xE2 at offset 6");
    QTest::addRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F") << QString()
                                        << QStringLiteral("too many control characters");
}

void tst_TextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const auto result = TextDecoder::decode(bytes);
    if (text.isNull()) {
        QVERIFY2(!result.ok(), "decoding should have failed");
        QVERIFY2(result.error().contains(encoding), qPrintable(result.error()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->text, text);
    QCOMPARE(result->encoding, encoding);
}

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
