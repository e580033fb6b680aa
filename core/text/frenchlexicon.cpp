// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/frenchlexicon.h"

#include "text/textutil.h"

#include <QFile>

#include <algorithm>

namespace {

const QString kSystemList = QStringLiteral("/usr/share/dict/french");

} // namespace

// FNV-1a over the UTF-16 code units: stable from one run to the next (unlike qHash's seed).
quint64 FrenchLexicon::hashOf(QStringView folded)
{
    quint64 h = 14695981039346656037ull;
    for (QChar c : folded) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

FrenchLexicon FrenchLexicon::fromFile(const QString &path)
{
    FrenchLexicon lexicon;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lexicon;
    // (A word list is a few megabytes; anything past 64 MB is not one.)
    if (file.size() > 64 * 1024 * 1024)
        return lexicon;
    const QString text = QString::fromUtf8(file.readAll());
    lexicon.m_hashes.reserve(size_t(text.size() / 10));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start).trimmed();
        if (!line.isEmpty())
            lexicon.m_hashes.push_back(hashOf(TextUtil::fold(line)));
        start = end + 1;
    }
    std::sort(lexicon.m_hashes.begin(), lexicon.m_hashes.end());
    lexicon.m_hashes.erase(std::unique(lexicon.m_hashes.begin(), lexicon.m_hashes.end()),
                           lexicon.m_hashes.end());
    lexicon.m_hashes.shrink_to_fit();
    return lexicon;
}

const FrenchLexicon &FrenchLexicon::system()
{
    static const FrenchLexicon lexicon = [] {
        const QString path = qEnvironmentVariable("BILAN_FRENCH_WORDS");
        return fromFile(path.isEmpty() ? kSystemList : path);
    }();
    return lexicon;
}

bool FrenchLexicon::contains(QStringView word) const
{
    if (m_hashes.empty() || word.isEmpty())
        return false;
    return std::binary_search(m_hashes.begin(), m_hashes.end(), hashOf(TextUtil::fold(word)));
}
