// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/claimstatus.h"

#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr const char16_t *kNames[] = {u"to_check", u"verified", u"disputed", u"wrong", u"not_a_claim"};
}

QString ClaimStatusText::name(ClaimStatus status)
{
    return QString::fromUtf16(kNames[int(status)]);
}

ClaimStatus ClaimStatusText::fromName(QStringView name, bool *ok)
{
    for (int i = 0; i < kCount; ++i) {
        if (name.compare(QStringView(kNames[i]), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return ClaimStatus(i);
        }
    }
    if (ok)
        *ok = false;
    return ClaimStatus::ToCheck;
}

QString ClaimStatusText::label(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::ToCheck:
        return QCoreApplication::translate("ClaimStatus", "To check");
    case ClaimStatus::Verified:
        return QCoreApplication::translate("ClaimStatus", "Verified");
    case ClaimStatus::Disputed:
        return QCoreApplication::translate("ClaimStatus", "Disputed");
    case ClaimStatus::Wrong:
        return QCoreApplication::translate("ClaimStatus", "Wrong");
    case ClaimStatus::NotAClaim:
        return QCoreApplication::translate("ClaimStatus", "Not a claim");
    }
    return {};
}

QColor ClaimStatusText::color(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::ToCheck:
        return QColor(0x8a, 0x8f, 0x98);
    case ClaimStatus::Verified:
        return QColor(0x2e, 0x9d, 0x4f);
    case ClaimStatus::Disputed:
        return QColor(0xe0, 0x8a, 0x00);
    case ClaimStatus::Wrong:
        return QColor(0xd3, 0x2f, 0x2f);
    case ClaimStatus::NotAClaim:
        return QColor(0x5c, 0x63, 0x70);
    }
    return {};
}

QImage ClaimStatusText::icon(ClaimStatus status, int size, qreal dpr)
{
    static QMutex mutex;
    static QHash<QString, QImage> cache;
    const QString key = QStringLiteral("%1/%2/%3").arg(int(status)).arg(size).arg(dpr);
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const int px = qRound(size * dpr);
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = color(status);
    const QRectF r(1, 1, size - 2, size - 2);
    QPen mark(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const qreal s = size;
    if (status == ClaimStatus::ToCheck) {
        // A hollow ring: nothing decided yet.
        p.setPen(QPen(c, size / 8.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        p.setPen(mark);
        p.setBrush(Qt::NoBrush);
        switch (status) {
        case ClaimStatus::Verified: {
            QPainterPath check;
            check.moveTo(s * 0.28, s * 0.52);
            check.lineTo(s * 0.44, s * 0.68);
            check.lineTo(s * 0.73, s * 0.34);
            p.drawPath(check);
            break;
        }
        case ClaimStatus::Disputed:
            // An exclamation mark: open to question.
            p.drawLine(QPointF(s * 0.5, s * 0.27), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.73));
            break;
        case ClaimStatus::Wrong:
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
            break;
        case ClaimStatus::NotAClaim:
            p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
            break;
        case ClaimStatus::ToCheck:
            break;
        }
    }
    p.end();
    cache.insert(key, image);
    return image;
}
