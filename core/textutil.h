#pragma once

#include <QString>
#include <QStringView>

// Small text helpers shared by the loader, the classifier and the extractor.
namespace TextUtil {

// Lower case without accents, for matching and searching: "Bénéficiaires" -> "beneficiaires".
// Keeps the length of the input for Latin text (one folded character per input character);
// other scripts fall back to a decomposition and may change length.
QString fold(QStringView text);
char16_t foldChar(char16_t c);

// The text ends like a sentence: . ! ? … or a closing quote after one, ":".
bool endsSentence(QStringView text);
// Ends with "..." or "…": a truncated teaser.
bool endsWithEllipsis(QStringView text);
int wordCount(QStringView text);
// Any Unicode space, including U+00A0, U+202F and U+2009.
inline bool isSpace(QChar c) { return c.isSpace() || c == QChar(0x200B) || c == QChar(0x2060) || c == QChar(0xFEFF); }
// Collapses runs of white space to one space and trims.
QString simplified(QStringView text);
// "Zaina Jnina", "M. Baitas": two or three capitalised words, nothing else.
bool looksLikePersonName(QStringView text);
// Letters a text is written in: 'l' Latin, 'a' Arabic, or 0 when neither dominates.
char dominantScript(QStringView text);

} // namespace TextUtil
