// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/claim.h"

namespace {
constexpr const char16_t *kKindNames[] = {u"count", u"money", u"percent", u"duration", u"ratio", u"other"};
constexpr const char16_t *kQualifierNames[]
    = {u"exact", u"more_than", u"at_least", u"about", u"less_than", u"at_most", u"up_to"};
} // namespace

QString claimKindName(ClaimKind kind)
{
    return QString::fromUtf16(kKindNames[int(kind)]);
}

QString qualifierName(Qualifier qualifier)
{
    return QString::fromUtf16(kQualifierNames[int(qualifier)]);
}

ClaimKind claimKindFromName(QStringView name, bool *ok)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i) {
        if (name == QStringView(kKindNames[i])) {
            if (ok)
                *ok = true;
            return ClaimKind(i);
        }
    }
    if (ok)
        *ok = false;
    return ClaimKind::Other;
}

Qualifier qualifierFromName(QStringView name, bool *ok)
{
    for (int i = 0; i < int(std::size(kQualifierNames)); ++i) {
        if (name == QStringView(kQualifierNames[i])) {
            if (ok)
                *ok = true;
            return Qualifier(i);
        }
    }
    if (ok)
        *ok = false;
    return Qualifier::Exact;
}
