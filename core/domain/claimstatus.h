// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

// Where a journalist's verification of a claim stands.
enum class ClaimStatus : quint8 { ToCheck, Verified, Disputed, Wrong, NotAClaim };

namespace ClaimStatusText {
constexpr int kCount = 5;
// Stable names for files and the CLI: "to_check", "verified", "disputed", "wrong", "not_a_claim".
QString name(ClaimStatus status);
ClaimStatus fromName(QStringView name, bool *ok = nullptr);
// Translated, for the window: "To check", "Verified", …
QString label(ClaimStatus status);
// The status colour (table, excerpt highlight, report badge) and a small icon drawn in it
// (a check, a question mark, a cross…), so that colour is never the only cue. QImage, not
// QPixmap: models use it without a GUI application.
QColor color(ClaimStatus status);
QImage icon(ClaimStatus status, int size = 16, qreal devicePixelRatio = 2.0);
} // namespace ClaimStatusText
