// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecoder.h"

#include <algorithm>

#include <QStringDecoder>

namespace {

struct Utf8Scan
{
    qsizetype firstInvalid = -1; // byte offset of the first invalid sequence
    qsizetype multiByte = 0; // valid sequences of two bytes or more
};

// A strict UTF-8 scan: overlong forms, surrogates and code points past U+10FFFF are invalid.
Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            scan.firstInvalid = i;
            return scan;
        }
        if (i + len > n) {
            scan.firstInvalid = i;
            return scan;
        }
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                scan.firstInvalid = i;
                return scan;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            scan.firstInvalid = i;
            return scan;
        }
        ++scan.multiByte;
        i += len;
    }
    return scan;
}

QString hexByte(uchar b)
{
    return QStringLiteral("0x") + QString::number(b, 16).toUpper().rightJustified(2, u'0');
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

Result<DecodedText> decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes,
                               qsizetype bomSize, const QString &name)
{
    const QByteArrayView payload = QByteArrayView(bytes).sliced(bomSize);
    const qsizetype unit
        = (encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE) ? 4 : 2;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(payload);
    if (decoder.hasError() || payload.size() % unit != 0 || hasLoneSurrogate(text))
        return Result<DecodedText>::failure(
            QStringLiteral("undecodable bytes: the file starts with a %1 byte-order mark but is not valid %1")
                .arg(name));
    return DecodedText {std::move(text), name};
}

// Too many control characters for a text: most likely a binary file.
// The C0 control characters of a decoded text, counted in one reading of it.
struct Controls
{
    bool nul = false;
    qsizetype binary = 0; // neither a line break, a tab, a form feed nor a vertical tab
    bool toNormalise = false; // any but LF and tab (normaliseLineEndings())
    bool combining = false; // a combining diacritical mark (U+0300 to U+036F)
};

Controls controlsIn(const QString &text)
{
    Controls found;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\n' || u == u'\t') {
            found.combining = found.combining || (u >= 0x300 && u <= 0x36F);
            continue;
        }
        found.nul = found.nul || u == 0;
        found.toNormalise = true;
        if (u != u'\r' && u != u'\f' && u != u'\v')
            ++found.binary;
    }
    return found;
}

// `text` in NFC, composed in pieces of a few hundred characters (QString::normalized() takes a
// time that grows with the square of its input: a megabyte of decomposed accents took a second,
// twenty took more than ten minutes). A piece ends before a character that is no mark, where
// nothing composes across (the rare exceptions, Hangul syllables written as their jamo, stay
// correct within each piece); a run of marks longer than a piece, which no text writes, is cut.
QString composed(const QString &text)
{
    constexpr qsizetype kPiece = 256;
    constexpr qsizetype kLongestPiece = 4096;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        qsizetype e = qMin(n, i + kPiece);
        while (e < n && e < i + kLongestPiece && text[e].isMark())
            ++e;
        const QStringView piece = QStringView(text).mid(i, e - i);
        bool marks = false;
        for (const QChar c : piece)
            marks = marks || (c.unicode() >= 0x300 && c.unicode() <= 0x36F);
        if (marks)
            out += piece.toString().normalized(QString::NormalizationForm_C);
        else
            out += piece;
        i = e;
    }
    return out;
}

bool looksBinary(const Controls &controls, qsizetype size)
{
    return controls.binary >= 8 && controls.binary * 100 > size;
}

} // namespace

QString TextDecoder::normaliseLineEndings(QString text)
{
    // CR and CRLF become LF; the other C0 control characters (a damaged or binary-tainted page
    // leaves them between words: "12\x01 millions") become spaces. Tabs stay: they separate
    // the cells of a table row.
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 && c != u'\n' && c != u'\t';
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
        } else {
            out += isControl(c) ? QChar(u' ') : c;
        }
    }
    return out;
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    Result<DecodedText> decoded = [&]() -> Result<DecodedText> {
        if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
            return decodeWith(QStringConverter::Utf32LE, bytes, 4, QStringLiteral("UTF-32LE"));
        if (bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
            return decodeWith(QStringConverter::Utf32BE, bytes, 4, QStringLiteral("UTF-32BE"));
        if (bytes.startsWith("\xFF\xFE"))
            return decodeWith(QStringConverter::Utf16LE, bytes, 2, QStringLiteral("UTF-16LE"));
        if (bytes.startsWith("\xFE\xFF"))
            return decodeWith(QStringConverter::Utf16BE, bytes, 2, QStringLiteral("UTF-16BE"));

        const qsizetype nul = bytes.indexOf('\0');
        if (nul >= 0)
            return Result<DecodedText>::failure(
                QStringLiteral(
                    "binary file: NUL byte at offset %1 (or UTF-16 text without a byte-order mark)")
                    .arg(nul));

        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        const QString utf8Name = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        // Qt's decoder tells a valid file in one reading; the strict scan says where an invalid
        // one breaks.
        QStringDecoder toUtf16(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        QString utf16 = toUtf16.decode(QByteArrayView(bytes).sliced(bom ? 3 : 0));
        if (!toUtf16.hasError())
            return DecodedText {std::move(utf16), utf8Name};
        utf16.clear();
        const Utf8Scan scan = scanUtf8(bytes, bom ? 3 : 0);
        if (scan.firstInvalid < 0)
            return DecodedText {QString::fromUtf8(QByteArrayView(bytes).sliced(bom ? 3 : 0)), utf8Name};
        if (bom || scan.multiByte > 0) {
            // Real UTF-8 sequences before a broken one: a corrupted or mixed-encoding file,
            // which Windows-1252 would silently turn into mojibake.
            return Result<DecodedText>::failure(
                QStringLiteral("undecodable bytes: invalid UTF-8 byte %1 at offset %2 in a UTF-8 file")
                    .arg(hexByte(uchar(bytes.at(scan.firstInvalid))))
                    .arg(scan.firstInvalid));
        }
        // Bytes Windows-1252 leaves undefined.
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar b = uchar(bytes.at(i));
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
                return Result<DecodedText>::failure(
                    QStringLiteral(
                        "undecodable bytes: byte %1 at offset %2 is neither UTF-8 nor Windows-1252")
                        .arg(hexByte(b))
                        .arg(i));
        }
        QStringDecoder cp1252("windows-1252", QStringConverter::Flag::Stateless);
        if (!cp1252.isValid())
            return DecodedText {QString::fromLatin1(bytes), QStringLiteral("ISO-8859-1")};
        return DecodedText {cp1252.decode(bytes), QStringLiteral("windows-1252")};
    }();
    if (!decoded)
        return decoded;
    DecodedText &d = decoded.value();
    if (d.text.startsWith(QChar(0xFEFF)))
        d.text.remove(0, 1);
    const Controls controls = controlsIn(d.text);
    if (controls.nul)
        return Result<DecodedText>::failure(QStringLiteral("binary file: it contains NUL characters"));
    if (looksBinary(controls, d.text.size()))
        return Result<DecodedText>::failure(
            QStringLiteral("binary file: too many control characters for a text"));
    if (controls.toNormalise)
        d.text = normaliseLineEndings(std::move(d.text));
    // Accents written apart from their letters (text copied from some PDFs and from macOS) are
    // joined to them: "pre\u0301s de" is read as "près de".
    if (controls.combining)
        d.text = composed(d.text);
    return decoded;
}
