// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "text/furnitureclassifier.h"

// Finds what an article's text says about itself when nothing else does: its title (the
// classifier's title line), its publication date ("Publié le …", "Publié dans Hespress le
// 17 - 02 - 2025", a date line in the page header such as "vendredi 21 mars 2025"), its
// outlet ("Publié dans …", "Source : …"), its author and its language.
namespace MetadataDetector {

// Fills the fields of `article` that are still empty.
void detect(Article &article, const FurnitureClassifier::Outcome &outcome);

// "fr", "en", "es", "ar" or empty: a guess from common words and script.
QString detectLanguage(QStringView text);

} // namespace MetadataDetector
