#include "claimstatus.h"

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
