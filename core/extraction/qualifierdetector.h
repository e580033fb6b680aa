// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QStringView>

// Reads the qualifier a French text puts before a figure: "plus de", "franchi le cap des",
// "près de", "s'approchant de", "au moins", "moins de", "jusqu'à"… ("en plus de" is not one).
namespace QualifierDetector {

// `before` is the text just before the number (the rest of its sentence up to it).
Qualifier before(QStringView before);

} // namespace QualifierDetector
