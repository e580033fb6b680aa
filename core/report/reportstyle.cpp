// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportstyle_p.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

using namespace ReportStyle;

QString ReportStyle::fontFamily()
{
    static const QString family = [] {
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        QString found;
        for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                 "DejaVuSans-BoldOblique.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(dir + QLatin1String(file));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found.isEmpty() ? QStringLiteral("DejaVu Sans") : found;
    }();
    return family;
}

// Symbola (Debian's fonts-symbola) draws the emoji and symbols DejaVu lacks, instead of empty
// boxes; empty when it is not installed.
QString ReportStyle::symbolFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"));
        return id >= 0 ? QFontDatabase::applicationFontFamilies(id).value(0) : QString();
    }();
    return family;
}

QFont ReportStyle::font(qreal points, bool bold, bool italic)
{
    QFont f(fontFamily());
    if (!symbolFamily().isEmpty())
        f.setFamilies({fontFamily(), symbolFamily()});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" drawn as one glyph comes back from the PDF as U+FB01, and a reader
    // searching "bénéficiaires" would not find it. Latin text needs no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor ReportStyle::highlightOf(ClaimStatus status)
{
    return status == ClaimStatus::ToCheck ? kToCheckHighlight : ClaimStatusText::color(status).lighter(165);
}

void ReportStyle::drawBadge(QPainter *p, const QRectF &rect, ClaimStatus status)
{
    if (!p)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(status == ClaimStatus::ToCheck ? QColor(0xe4, 0xe7, 0xeb) : ClaimStatusText::color(status));
    p->drawRoundedRect(rect, 3, 3);
    p->setPen(status == ClaimStatus::ToCheck ? kInk : QColor(Qt::white));
    p->setFont(font(7.5, true));
    p->drawText(rect, Qt::AlignCenter, ClaimStatusText::label(status));
    p->restore();
}

qreal ReportStyle::badgeWidth(QPaintDevice *device, ClaimStatus status)
{
    return QFontMetricsF(font(7.5, true), device).horizontalAdvance(ClaimStatusText::label(status)) + 12;
}
