#pragma once

#include <QCoreApplication>
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
}
