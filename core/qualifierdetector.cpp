#include "qualifierdetector.h"

#include "textutil.h"

#include <QRegularExpression>

namespace {

struct Rule
{
    Qualifier qualifier;
    QRegularExpression re;
};

QRegularExpression tail(const char *pattern)
{
    // Every pattern must end right before the number: anchor at the end of the window.
    return QRegularExpression(QStringLiteral("(?:^|[^\\p{L}])(?:") + QString::fromUtf8(pattern) + QStringLiteral(")\\s*$"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Rule> &rules()
{
    // On folded text (lower case, no accents, straight apostrophes). Order matters: the
    // longer phrase first ("pas moins de" before "moins de", "en plus de" before "plus de").
    static const QList<Rule> list = {
        {Qualifier::Exact, tail("en plus d(?:e|es|u|')|pas plus tard que")},
        {Qualifier::AtLeast, tail("pas moins d(?:e|es|')|au moins|au minimum|minimum d(?:e|')|un minimum d(?:e|')")},
        {Qualifier::AtMost, tail("pas plus d(?:e|')|au plus|tout au plus|au maximum|maximum d(?:e|')|un maximum d(?:e|')"
                                 "|ne depass\\p{L}* pas(?: les?| la)?|n'exced\\p{L}* pas(?: les?| la)?|plafonnee?s? a|dans la limite d(?:e|es|u)")},
        {Qualifier::MoreThan, tail("plus d(?:e|')|au-?\\s?dela d(?:e|es|u)|depass\\p{L}*(?: largement)?(?: les?| la| l')?"
                                   "|exced\\p{L}*(?: les?| la| l')?|franchi[rt]?(?: ainsi)? (?:le cap|la barre|le seuil|la barre symbolique|le palier)(?: symbolique)? d(?:e|es|u|')"
                                   "|superieure?s? a(?:ux)?|au-dessus d(?:e|es|u)|plus que|davantage que|>|passe la barre d(?:e|es|u)")},
        {Qualifier::About, tail("pres d(?:e|')|environ|quelque|autour d(?:e|es|u)|approximativement|avoisin\\p{L}*(?: les?| la| l')?"
                                "|s'approch\\p{L}* d(?:e|es|u)|proche d(?:e|es|u)|de l'ordre d(?:e|es|u)|aux alentours d(?:e|es|u)"
                                "|presque|quasiment|pratiquement|grosso modo|a peu pres|estimee?s? a|evaluee?s? a|~")},
        {Qualifier::LessThan, tail("moins d(?:e|')|inferieure?s? a(?:ux)?|en deca d(?:e|es|u)|sous la barre d(?:e|es|u)"
                                   "|sous le seuil d(?:e|es|u)|<")},
        {Qualifier::UpTo, tail("jusqu'a(?:ux?)?|jusqu'au|jusqu a|(?:pouvant|pourr\\p{L}*|peu\\p{L}*|pouvai\\p{L}*) (?:aller jusqu'a|atteindre)")},
    };
    return list;
}

} // namespace

Qualifier QualifierDetector::before(QStringView before)
{
    const QStringView window = before.right(60);
    const QString folded = TextUtil::fold(window);
    for (const Rule &r : rules()) {
        if (r.re.match(folded).hasMatch())
            return r.qualifier;
    }
    return Qualifier::Exact;
}
