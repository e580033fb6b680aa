// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/nonclaimspans.h"

#include <QRegularExpression>

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

QList<TextSpan> spansOf(const RE &re, QStringView text)
{
    QList<TextSpan> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(TextSpan {m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

} // namespace

QList<TextSpan> NonClaimSpans::labels(QStringView text)
{
    static const RE re(
        QStringLiteral(
            "(?<![\\p{L}\\d])(?:"
            "(?:âgée?s?|agée?s?)[ \\x{00A0}]+(?:de[ \\x{00A0}]+)?(?:(?:plus|moins)[ \\x{00A0}]+de[ "
            "\\x{00A0}]+)?\\d+"
            "(?:[ \\x{00A0}]*[-–][ \\x{00A0}]*\\d+|[ \\x{00A0}]+(?:à|a)[ \\x{00A0}]+\\d+)?[ \\x{00A0}]+ans"
            "|(?:les|des|aux|chez[ \\x{00A0}]+les|parmi[ \\x{00A0}]+les)[ \\x{00A0}]+(?:(?:plus|moins)[ "
            "\\x{00A0}]+de[ "
            "\\x{00A0}]+)?\\d+(?:[ \\x{00A0}]*[-–][ \\x{00A0}]*\\d+|[ \\x{00A0}]+(?:à|a)[ \\x{00A0}]+\\d+)?[ "
            "\\x{00A0}]+ans"
            "|(?:jeunes|personnes|femmes|hommes|enfants|adultes|seniors|actifs|individus|population|salariés|"
            "celles|ceux|"
            "travailleurs|chômeurs)[ \\x{00A0}]+(?:âgée?s?[ \\x{00A0}]+)?de[ \\x{00A0}]+(?:(?:plus|moins)[ "
            "\\x{00A0}]+de[ \\x{00A0}]+)?\\d+(?:[ \\x{00A0}]+(?:à|a)[ \\x{00A0}]+\\d+)?[ \\x{00A0}]+ans"
            "|\\d+(?:[ \\x{00A0}]*[-–][ \\x{00A0}]*\\d+)?[ \\x{00A0}]+ans[ \\x{00A0}]+(?:et|ou)[ "
            "\\x{00A0}]+plus"
            "|(?:entreprises|sociétés|établissements|structures|PME|TPE)[ \\x{00A0}]+(?:de|d['’])[ "
            "\\x{00A0}]*(?:(?:plus|moins)[ \\x{00A0}]+de[ \\x{00A0}]+)?\\d+(?:[ \\x{00A0}]+(?:à|a)[ "
            "\\x{00A0}]+\\d+)?[ "
            "\\x{00A0}]+(?:salariés|employés|personnes)"
            "|(?:deux|trois|quatre|\\d)(?:[ \\x{00A0}]+ou[ \\x{00A0}]+(?:deux|trois|quatre|\\d))?[ "
            "\\x{00A0}-]+roues"
            "|(?:hôtels?|établissements?|classée?s?|catégories?)[ \\x{00A0}]+(?:de[ \\x{00A0}]+)?\\d[ "
            "\\x{00A0}]*\\*?[ \\x{00A0}]*étoiles?"
            // A container's size names the product, as a model's number does: "la bouteille de 12 kg",
            // "une bonbonne de gaz butane de 12 kg", "le sac de 50 kg", "un bidon de 5 litres".
            "|(?:bouteilles?|bonbonnes?|bombonnes?|sacs?|paquets?|bidons?|canettes?|boîtes?|flacons?|"
            "sachets?|fûts?)(?:[ \\x{00A0}]+(?:de|d['’])[ \\x{00A0}]*\\p{L}+(?:[ \\x{00A0}]+\\p{L}+)?)?[ "
            "\\x{00A0}]+(?:de|d['’])[ \\x{00A0}]*\\d+(?:[,.]\\d+)?[ \\x{00A0}]*"
            "(?:kg|kilos?|kilogrammes?|g|grammes?|l|litres?|cl|ml)"
            // A week's number in its year names a week, as a date does: "au cours de la semaine 4 de
            // 2025", "à partir de la semaine 5", "les semaines 10 et 11".
            "|semaines?[ \\x{00A0}]+(?:n°[ \\x{00A0}]*)?\\d{1,2}(?:[ \\x{00A0}]+(?:et|à|a)[ "
            "\\x{00A0}]+\\d{1,2})?"
            "(?![,.]\\d)"
            ")(?![\\p{L}\\d])"),
        kOptions);
    return spansOf(re, text);
}

QList<TextSpan> NonClaimSpans::selections(QStringView text)
{
    static const QString number = QStringLiteral(
        "(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|\\d{1,3})");
    static const RE re(
        QStringLiteral(
            "(?<![\\p{L}\\d])(?:"
            // "les deux premières destinations", "des trois dernières années"
            "(?:les|des|aux|ces|leurs|ses)[ \\x{00A0}]+%1[ "
            "\\x{00A0}]+(?:premi[eè]re?s?|derni[eè]re?s?|prochaine?s?)"
            // "parmi les 15 plus grandes destinations", "les dix plus gros marchés": a rank
            "|(?:les|des|aux|ces)[ \\x{00A0}]+%1[ \\x{00A0}]+(?:plus|moins)[ \\x{00A0}]+"
            "(?:grand|gros|important|peuplé|riche|pauvre|visité|attractif|performant|dynamique|petit)e?s?"
            // "à partir du six octobre": a day written in words
            "|%2[ \\x{00A0}]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
            "décembre)(?![\\p{L}])"
            // "sur les douze mois", "entre les deux périodes", "au cours des trois années"
            "|(?:sur|durant|pendant|au[ \\x{00A0}]+cours[ \\x{00A0}]+(?:de|des)|lors[ "
            "\\x{00A0}]+(?:de|des)|dans|entre|en|pour)[ "
            "\\x{00A0}]+(?:les|ces|des)[ \\x{00A0}]+%1[ "
            "\\x{00A0}]+(?:mois|ans|années|jours|semaines|trimestres|semestres|"
            "périodes|exercices|décennies)"
            // "dépasse 10 millions de touristes en dix mois": the period of a count
            "|(?:en|sur)[ \\x{00A0}]+%1[ \\x{00A0}]+(?:mois|ans|années|jours|semaines|trimestres)(?![ "
            "\\x{00A0}]+(?:de|d['’]))"
            // "ces deux destinations": a demonstrative points back to what was counted
            "|ces[ \\x{00A0}]+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?=[ \\x{00A0}]+\\p{L})"
            ")(?![\\p{L}\\d])")
            .arg(number,
                 QStringLiteral("(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
                                "treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|"
                                "vingt-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf)|trente|"
                                "trente-et-un)")),
        kOptions);
    return spansOf(re, text);
}
