// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/qualifierdetector.h"

#include "text/textutil.h"

#include <QRegularExpression>

namespace {

// One pass for every qualifier: each phrase must end right before the number, and the
// leftmost match wins, so the longer phrase beats its tail ("pas moins de" over "moins de",
// "en plus de" over "plus de"). On folded text (lower case, no accents, straight apostrophes).
const QRegularExpression &pattern()
{
    static const QRegularExpression re(
        QString::fromUtf8(
            "(?:^|[^\\p{L}])(?:"
            "(?<exact>en plus d(?:e|es|u|')|pas plus tard que)"
            "|(?<at_least>pas moins d(?:e|es|u|')|au moins|au minimum|minimum d(?:e|')|un minimum d(?:e|'))"
            "|(?<at_most>pas plus d(?:e|es|u|')|au plus|tout au plus|au maximum|maximum d(?:e|')|un maximum "
            "d(?:e|')"
            "|ne depass\\p{L}* pas(?: les?| la)?|n'exced\\p{L}* pas(?: les?| la)?|plafonnee?s? a|dans la "
            "limite d(?:e|es|u))"
            "|(?<more_than>plus d(?:e|es|u|')|au-?\\s?dela d(?:e|es|u)|depass\\p{L}*(?: \\p{L}+ment| "
            "desormais| "
            "deja| aujourd'hui| encore| pour la (?:premiere|deuxieme|troisieme) fois| pour la premiere "
            "fois de son histoire)?(?: les?| la| l'| la barre d(?:e|es|u|')| le cap d(?:e|es|u|')| le "
            "seuil "
            "d(?:e|es|u|'))?"
            "|exced\\p{L}*(?: \\p{L}+ment| desormais| deja)?(?: les?| la| "
            "l')?|franchi(?:r|t|ssant|ssent|ra)?(?: ainsi| pour "
            "la "
            "(?:premiere|deuxieme|troisieme) fois)? (?:le "
            "cap|la barre|le seuil|la barre symbolique|le palier)(?: symbolique)? d(?:e|es|u|')"
            "|superieure?s? a(?:ux)?|au-dessus d(?:e|es|u)|plus que|davantage que|>|passe la barre "
            "d(?:e|es|u))"
            "|(?<about>pres d(?:e|es|u|')|environ|quelque|autour "
            "d(?:e|es|u)|approximativement|avoisin\\p{L}*(?: "
            "les?| la| l')?"
            "|s'approch\\p{L}* d(?:e|es|u)|proche d(?:e|es|u)|de l'ordre d(?:e|es|u)|aux alentours "
            "d(?:e|es|u)"
            "|presque|quasiment|pratiquement|grosso modo|a peu pres|estim\\p{L}*(?:, [^,\\d]{1,30},)? "
            "a|evaluee?s?(?:, [^,\\d]{1,30},)? a|~)"
            "|(?<less_than>moins d(?:e|es|u|')|inferieure?s? a(?:ux)?|en deca d(?:e|es|u)|sous la barre "
            "d(?:e|es|u)|sous le seuil d(?:e|es|u)|<)"
            "|(?<up_to>jusqu'a(?:ux?)?|jusqu'au|jusqu a|(?:pouvant|pourr\\p{L}*|peu\\p{L}*|pouvai\\p{L}*) "
            "(?:aller jusqu'a|atteindre))"
            ")\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Whether the folded text before a final "de", "des", "du" or "d'" can end one of the pattern's
// phrases: a space, and before it a word such as "plus", "moins", "près", "barre".
bool mayEndWithDe(QStringView folded)
{
    if (!folded.endsWith(u' '))
        return false;
    static const FoldedWordSet words(QStringList {
        QStringLiteral("plus"), QStringLiteral("moins"), QStringLiteral("minimum"), QStringLiteral("maximum"),
        QStringLiteral("limite"), QStringLiteral("dela"), QStringLiteral("cap"), QStringLiteral("barre"),
        QStringLiteral("seuil"), QStringLiteral("symbolique"), QStringLiteral("palier"),
        QStringLiteral("dessus"), QStringLiteral("pres"), QStringLiteral("autour"), QStringLiteral("proche"),
        QStringLiteral("ordre"), QStringLiteral("alentours"), QStringLiteral("deca")});
    const QStringView word = TextUtil::lastWord(folded);
    return words.contains(word) || word.startsWith(u"approch");
}

// Whether the folded text can end with one of the pattern's phrases: the last word of each is
// one of these, a "-ment" adverb, a form of "dépasser", "excéder" or "avoisiner", or a sign or
// an apostrophe. Most figures follow other words, and skip the pattern.
bool mayEndWithQualifier(QStringView folded)
{
    qsizetype e = folded.size();
    while (e > 0 && TextUtil::isSpace(folded[e - 1]))
        --e;
    if (e == 0)
        return false;
    const QChar last = folded[e - 1];
    if (last == u'~' || last == u'>' || last == u'<')
        return true;
    if (last == u'\'') // "d'", or "l'" after "dépasse", "avoisine"
        return !(e >= 2 && folded[e - 2] == u'd' && (e == 2 || !folded[e - 3].isLetter()))
            || mayEndWithDe(folded.left(e - 2));
    const QStringView word = TextUtil::lastWord(folded.left(e));
    if (word.isEmpty())
        return false;
    // "de", "des", "du": the phrases that end so have one of these words before, after a space.
    if (word == u"de" || word == u"des" || word == u"du")
        return mayEndWithDe(folded.left(e - word.size()));
    static const FoldedWordSet lastWords(
        QStringList {QStringLiteral("de"),       QStringLiteral("des"),     QStringLiteral("du"),
                     QStringLiteral("que"),      QStringLiteral("moins"),   QStringLiteral("minimum"),
                     QStringLiteral("maximum"),  QStringLiteral("plus"),    QStringLiteral("pas"),
                     QStringLiteral("le"),       QStringLiteral("les"),     QStringLiteral("la"),
                     QStringLiteral("a"),        QStringLiteral("aux"),     QStringLiteral("au"),
                     QStringLiteral("environ"),  QStringLiteral("quelque"), QStringLiteral("presque"),
                     QStringLiteral("modo"),     QStringLiteral("pres"),    QStringLiteral("desormais"),
                     QStringLiteral("deja"),     QStringLiteral("hui"),     QStringLiteral("encore"),
                     QStringLiteral("atteindre")});
    return lastWords.contains(word) || word.endsWith(u"ment") || word.startsWith(u"depass")
        || word.startsWith(u"exced") || word.startsWith(u"avoisin");
}

} // namespace

Qualifier QualifierDetector::before(QStringView before)
{
    const QStringView window = before.right(60);
    // Most figures follow words that end no qualifier: told from the last words alone.
    // (mayEndWithQualifier() reads the last two words and what follows them.)
    if (const QString last = TextUtil::foldedLastWords(window, 2);
        !last.isEmpty() && !mayEndWithQualifier(last))
        return Qualifier::Exact;
    const QString folded = TextUtil::fold(window);
    if (!mayEndWithQualifier(folded))
        return Qualifier::Exact;
    const auto m = pattern().match(folded);
    if (!m.hasMatch())
        return Qualifier::Exact;
    // The groups by number: looking a name up on every claim costs more than the match.
    static const QList<std::pair<int, Qualifier>> groups = [] {
        const std::pair<QStringView, Qualifier> names[] = {
            {u"exact", Qualifier::Exact},    {u"at_least", Qualifier::AtLeast},
            {u"at_most", Qualifier::AtMost}, {u"more_than", Qualifier::MoreThan},
            {u"about", Qualifier::About},    {u"less_than", Qualifier::LessThan},
            {u"up_to", Qualifier::UpTo},
        };
        const QStringList all = pattern().namedCaptureGroups();
        QList<std::pair<int, Qualifier>> out;
        for (const auto &[name, qualifier] : names)
            out.append({int(all.indexOf(name)), qualifier});
        return out;
    }();
    for (const auto &[group, qualifier] : groups) {
        if (m.capturedLength(group) > 0)
            return qualifier;
    }
    return Qualifier::Exact;
}
