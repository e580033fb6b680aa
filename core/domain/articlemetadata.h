// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"

#include <QString>

// What is known of an article besides its text: from a manifest, a form, the page's HTML
// metadata or its byline. Empty fields are unknown.
struct ArticleMetadata
{
    QString id;
    QString title;
    QString outlet;
    PartialDate published;
    QString language;
    QString url;
    QString author;
};
