// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/sourcecolumns.h"

#include <QDataStream>
#include <QIODevice>

namespace {

QVariant null(QMetaType type)
{
    return QVariant(type);
}

// Spans as a compact binary list (a PDF has thousands): version, count, then the fields.
QByteArray encodeSpans(const QList<SourceSpan> &spans)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint8(1) << quint32(spans.size());
    for (const SourceSpan &span : spans)
        s << span.textStart << span.length << span.page << span.charIndex << span.box << span.confidence;
    return out;
}

QList<SourceSpan> decodeSpans(const QByteArray &bytes)
{
    QList<SourceSpan> spans;
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    quint32 count = 0;
    s >> version >> count;
    if (version != 1 || count > quint32(bytes.size()))
        return {};
    spans.reserve(count);
    for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        SourceSpan span;
        s >> span.textStart >> span.length >> span.page >> span.charIndex >> span.box >> span.confidence;
        spans.append(span);
    }
    return s.status() == QDataStream::Ok ? spans : QList<SourceSpan> {};
}

} // namespace

QVariantList SourceColumns::ofArticle(const Article &a)
{
    if (!a.source)
        return {null(QMetaType::fromType<QByteArray>()), null(QMetaType::fromType<QString>()),
                null(QMetaType::fromType<QString>()), null(QMetaType::fromType<QString>()),
                null(QMetaType::fromType<QByteArray>())};
    const SourceDocument &s = *a.source;
    return {s.bytes, s.contentType,
            s.finalUrl.isEmpty() ? null(QMetaType::fromType<QString>()) : QVariant(s.finalUrl),
            s.retrievedAt.isValid() ? QVariant(s.retrievedAt.toUTC().toString(Qt::ISODate))
                                    : null(QMetaType::fromType<QString>()),
            s.spans.isEmpty() ? null(QMetaType::fromType<QByteArray>()) : QVariant(encodeSpans(s.spans))};
}

SourceDocumentPtr SourceColumns::toSource(const QVariantList &c)
{
    if (c.size() < 5 || c[0].isNull())
        return nullptr;
    auto source = std::make_shared<SourceDocument>();
    source->bytes = c[0].toByteArray();
    source->contentType = c[1].toString();
    source->finalUrl = c[2].toString();
    source->retrievedAt = QDateTime::fromString(c[3].toString(), Qt::ISODate);
    source->spans = decodeSpans(c[4].toByteArray());
    for (const SourceSpan &span : std::as_const(source->spans))
        source->ocr = source->ocr || span.charIndex < 0;
    return source;
}

QVariantList SourceColumns::ofClaim(const Claim &c)
{
    if (c.page <= 0)
        return {null(QMetaType::fromType<int>()), null(QMetaType::fromType<QString>()),
                c.ocrConfidence >= 0 ? QVariant(double(c.ocrConfidence))
                                     : null(QMetaType::fromType<double>())};
    return {int(c.page),
            QStringLiteral("%1 %2 %3 %4").arg(c.box.x).arg(c.box.y).arg(c.box.width).arg(c.box.height),
            c.ocrConfidence >= 0 ? QVariant(double(c.ocrConfidence)) : null(QMetaType::fromType<double>())};
}

void SourceColumns::toClaim(Claim &c, const QVariant &page, const QVariant &box, const QVariant &confidence)
{
    c.page = page.isNull() ? 0 : qint16(page.toInt());
    const QStringList parts = box.toString().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 4)
        c.box = Claim::Box {parts[0].toFloat(), parts[1].toFloat(), parts[2].toFloat(), parts[3].toFloat()};
    c.ocrConfidence = confidence.isNull() ? -1 : float(confidence.toDouble());
}
