// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claimstatus.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPaintDevice;
class QPainter;

// The report's look: its inks, its font (DejaVu, embedded) and the status badge.
namespace ReportStyle {

inline const QColor kInk(0x1f, 0x23, 0x28);
inline const QColor kMuted(0x5f, 0x66, 0x70);
inline const QColor kRule(0xc8, 0xcd, 0xd3);
inline const QColor kAccent(0x1f, 0x5f, 0x99);
inline const QColor kToCheckHighlight(0xff, 0xe8, 0x80);

// DejaVu (fonts-dejavu-core, installed by the set-up) covers French and the symbols used;
// registered explicitly so that the report never depends on the system's default font.
QString fontFamily();
QString symbolFamily();
QFont font(qreal points, bool bold = false, bool italic = false);
// The colour a figure is highlighted with in its paragraph.
QColor highlightOf(ClaimStatus status);
void drawBadge(QPainter *p, const QRectF &rect, ClaimStatus status);
qreal badgeWidth(QPaintDevice *device, ClaimStatus status);

} // namespace ReportStyle
