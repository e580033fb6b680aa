// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/speakerresolver.h"

#include "parallel/ranges.h"
#include "text/textutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption;

// A capitalised name word: "Baitas", "Aït", "El-Khalfi", "O'Neil"; not an elided article before a
// common noun, "L'inflation".
const QString kNameWord = QStringLiteral(
    "\\p{Lu}(?:\\p{Ll}[\\p{Ll}'’]*|['’](?=\\p{Lu}))(?:\\p{Lu}[\\p{Ll}]+)?(?:-\\p{Lu}?[\\p{Ll}]+)?");
const QString kParticle
    = QStringLiteral("(?:el|El|al|Al|ben|Ben|Ibn|ibn|de|du|Aït|Ait|Ould|bin|Bin|Bel|bel)");
const QString kFullName
    = QStringLiteral("%1(?:[ \\x{00A0}](?:%2[ \\x{00A0}])?%1){1,3}").arg(kNameWord, kParticle);

const QString kRoleHead = QStringLiteral("(?i:chef|ministre|porte-parole|directeur|directrice|président|"
                                         "présidente|secrétaire|wali|gouverneur|responsable"
                                         "|patron|patronne|député|députée|conseiller|conseillère|"
                                         "coordinateur|coordinatrice|haut-commissaire|commissaire"
                                         "|ambassadeur|ambassadrice|maire|professeur|professeure|économiste|"
                                         "expert|experte|analyste|sociologue|médecin"
                                         "|syndicaliste|délégué|déléguée|pdg|dg|rapporteur|rapporteuse)");

const QString kTitle = QStringLiteral("(?:M\\.|Mme|Mlle|Mmes|Dr|Pr|Me)");

const QString kVerbPast = QStringLiteral(
    "(?:précisé|indiqué|souligné|affirmé|déclaré|annoncé|révélé|dévoilé|"
    "expliqué|ajouté|noté|rappelé|insisté|poursuivi"
    "|estimé|assuré|observé|relevé|signalé|fait savoir|fait état|fait "
    "observer|fait remarquer|fait valoir|mis en "
    "avant|mis en exergue|mentionné|évoqué|exposé|chiffré"
    "|confié|martelé|répondu|reconnu|admis|averti|prévenu|conclu|"
    "constaté|détaillé|avancé|cité|communiqué|présenté|livré"
    "|salué|informé|dit|interprété|déploré|regretté|jugé|résumé|"
    "commenté|alerté|témoigné|raconté|nuancé|tempéré|analysé"
    "|glissé|évalué|chiffré|calculé|dénoncé|fustigé|plaidé|assuré|confirmé|publié|renseigné)e?s?");
const QString kVerbPresent = QStringLiteral(
    "(?:précise|indique|souligne|affirme|déclare|annonce|révèle|"
    "dévoile|explique|ajoute|note|rappelle|insiste|poursuit"
    "|estime|assure|observe|relève|signale|interprète|mentionne|"
    "évoque|détaille|confie|martèle|répond|reconnaît|admet"
    "|avertit|conclut|constate|avance|cite|fait savoir|fait "
    "état|fait observer|fait remarquer|fait valoir|met "
    "en avant|salue|dit|chiffre|livre|déplore|regrette"
    "|juge|résume|commente|alerte|témoigne|raconte|nuance|tempère|"
    "analyse|glisse|évalue|calcule|dénonce|fustige"
    "|plaide|prévient|confirme|renseigne|revendique|s'inquiète|se félicite|se réjouit)(?:nt)?");
const QString kAdverbs = QStringLiteral(
    "(?:(?:\\p{L}+ment|par "
    "ailleurs|également|aussi|encore|déjà|ainsi|lui-même|elle-même|hier|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|dernier|ce|cette|pour sa part|pour leur part|de son côté|de leur côté|quant à "
    "lui|quant à elle"
    "|à son tour|en avril|en mai|devant les députés|devant la "
    "presse|enfin|ensuite|toutefois|cependant|néanmoins|de plus|en outre"
    // "a indiqué, ce samedi, 5 décembre 2020, l'Institut…": a date.
    "|\\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    "décembre)(?: \\d{4})?"
    "|d'ailleurs|d’ailleurs|lui aussi|elle aussi|pour sa part|quant à lui"
    // "a précisé dans un communiqué le ministère", "indique dans sa dernière note la DEPF".
    "|dans (?:un|une|son|sa|ses|leur|leurs|le|la) (?:\\p{L}+ )?(?:communiqué|note|rapport|déclaration|"
    "entretien|interview|bilan|publication|document|lettre|réponse|intervention)"
    // "a indiqué, mercredi à Rabat, le directeur", "a affirmé à l'AFP le directeur".
    "|à (?:l['’]|la |le )?\\p{Lu}[\\p{L}'’-]+)[ ,\\x{00A0}]+)*");

// The head nouns of institutions.
const QString kInstitutionHead = QStringLiteral(
    "(?i:ministère|caisse|office|agence|haut-commissariat|haut commissariat"
    "|direction|banque|conseil|cour|observatoire|fédération|confédération|syndicat|"
    "association|organisation|fonds|institut|institution"
    "|département|administration|trésorerie|commission|gouvernement|inspection|autorité|"
    "union|programme|organisme|registre|aéroport|port|compagnie|société|groupe|entreprise|opérateur|"
    "gestionnaire|université|hôpital|régie"
    "|ordre|mutualité|mutuelle|fondation|chambre|comité|collectif|haute "
    "autorité|assemblée|sénat|parlement|agence|secrétariat|présidence|cabinet|préfecture|wilaya|"
    "municipalité|mairie|délégation)");

// An institution: an acronym or a head noun with its complement ("ministère de la Santé").
const QString kInstitution
    = QStringLiteral("(?:(?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es)[ "
                     "\\x{00A0}]*)?(?<inst>\\p{Lu}{2,}[\\p{Lu}\\d-]*(?![\\p{L}])|")
    + kInstitutionHead
    + QStringLiteral(
          // (A whole word: "l'institution" is no "institut".)
          "(?![\\p{L}])"
          // Its complement: words after a connector or adjectives, never a verb, a
          // preposition that opens another phrase or a determiner ("ministère dans un
          // communiqué", "Observatoire dans ses statistiques"); ", de l'Artisanat" in a
          // government department's name.
          // (Not a time: "l'Observatoire pour le mois d'octobre 2018", "au titre de l'année".)
          "(?:[ \\x{00A0}](?!(?:pour|de|du|des|au|en)[ \\x{00A0}](?:le |la |l['’]|les )?(?i:mois|année|an|"
          "exercice|trimestre|semestre|semaine|période|janvier|février|mars|avril|mai|juin|juillet|août|"
          "septembre|octobre|novembre|décembre|lendemain|veille)\\b)"
          // ("le ministère de l'Intérieur au lendemain du scrutin", "à l'issue du vote".)
          "(?!(?:à|au)[ \\x{00A0}](?:l['’])?(?:issue|lendemain|veille|terme|début|fin)\\b)"
          "(?!(?:a|ont|est|sont|avait|avaient|aurait|sera|serait|qui|que|dont|ne|n['’]|"
          "se|s['’]|selon|évalue|estime|indique|précise|souligne|annonce|affirme|note|rappelle|"
          "explique|déclare|prévoit|compte|gère|dispose|regroupe|représente|dans|sur|par|avec|lors|"
          "montre|montrent|révèle|révèlent|indiquent|précisent|soulignent|confirme|confirment|"
          "auprès|devant|un|une|ses|son|sa|leur|leurs|cité|citée|citant|à|fait|font|relève|rapporte|"
          "ajoute|publie|publié|publiée|paru|parue|diffusé|diffusée|rendu|rendue|lundi|mardi|mercredi|jeudi|"
          "vendredi|samedi|dimanche|vient|dernière|dernier|pour(?! l)|en|le|la|les|l['’])\\b)"
          // (Longer connectors first: the first that fits is kept.)
          "(?:(?:et de la |et de l['’]|et des |et du |et |de la |de l['’]|du |des |de |d['’]|au |aux |pour "
          "la "
          "|pour le |pour l['’]|chargée? de l['’]|chargée? de la |chargée? du |chargée? des )[\\p{L}'’-]+"
          // (A word without a connector that a figure follows is the sentence's verb: "le nombre
          // annoncé par le ministère atteint 2 millions", "la Direction générale des impôts
          // dépasse 2 millions".)
          "|[\\p{L}'’-]++(?![ \\x{00A0}]+(?:\\d|(?:plus|près|environ|presque)[ \\x{00A0}])))"
          // (In lower case when a coordination follows: "ministère de l'Éducation nationale, du
          // préscolaire et des sports".)
          // ("ministère de l'Agriculture, de la pêche maritime, du développement rural et des eaux
          // et forêts": a few words, then the next item or the last one.)
          "|,[ \\x{00A0}](?:de la |de l['’]|du |des |d['’])"
          "(?=\\p{Lu}|(?:[\\p{Ll}'’-]+[ \\x{00A0}]){1,3}et[ \\x{00A0}](?:de la |de l['’]|du |des "
          "|d['’])|[\\p{Ll}'’-]+(?:[ \\x{00A0}][\\p{Ll}'’-]+){0,2},[ \\x{00A0}](?:de la |de l['’]|du |des "
          "|d['’]))[\\p{L}'’-]+){0,10})");

// Who: a title and a name, a full name, a role (with its complement, or followed by the
// name), an institution, a surname.
// A title of the press, after what it is: "le magazine Challenge", "le quotidien Le Matin",
// "l'hebdomadaire économique La Vie éco".
const QString kPressNoun = QStringLiteral(
    "(?i:magazine|quotidien|journal|hebdomadaire|mensuel|site|média|revue|confrère)(?:[ "
    "\\x{00A0}](?i:économique|marocain|marocaine|français|française|national|nationale|électronique|"
    "en ligne|d['’]information|spécialisé|spécialisée|arabophone|francophone|panafricain))*");
const QString kPress = QStringLiteral("(?:[Ll]e|[Ll]a|[Ll]['’])[ \\x{00A0}]*") + kPressNoun
    + QStringLiteral("[ \\x{00A0}]+(?:L[ea]s?[ \\x{00A0}]|L['’])?\\p{Lu}[\\p{L}\\d'’-]*(?:[ "
                     "\\x{00A0}]\\p{Lu}[\\p{L}\\d'’-]*){0,3}");

const QString kWho
    = QStringLiteral(
          "(?<who>%8|(?:[Ll]e|[Ll]a|[Ll]['’])[ \\x{00A0}]*%9(?=[ \\x{00A0}]*(?:[,.;:)»]|$)|[ "
          "\\x{00A0}](?:a|%7)\\b)"
          "|(?:(?:[Ll]e|[Ll]a)[ \\x{00A0}]+)?%4[ \\x{00A0}]+%1(?:[ \\x{00A0}]%1){0,2}"
          // (Not an institution's capitalised head: "le Haut Commissariat au Plan", "l'Office
          // National de l'Électricité" go on past their connectors, below.)
          "|(?!%6\\b)%2"
          "|(?:[Ll]e|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a)[ \\x{00A0}]*(?:nouveau |nouvelle |haut |haute )?%3(?:[ "
          "\\x{00A0}](?:délégué|déléguée|général|générale|adjoint|adjointe|\\p{Ll}+(?:al|ale|el|elle|ien|"
          "ienne|aire)))?"
          "(?:[ \\x{00A0}]%2|(?:[ \\x{00A0}](?:du|de la|de l['’]|des|de|d['’]|chargée?|en "
          "charge)(?:[^.;:«»()]|\\(\\p{Lu}[\\p{Lu}\\d-]+\\)){1,120}?)?(?:,[ \\x{00A0}]*%2)?"
          // (Followed by its verb: "Le coordinateur prévoit que", "Le ministre souligne que".)
          "(?=[,.;:)»]|$|[ \\x{00A0}](?:a|qui|lors|devant|dans|en|au|à|prévoit|%7)\\b))"
          "|%5"
          // ("a précisé l'Insee", "selon l'Ansd": a body named by one word after its article.)
          "|[Ll]['’]\\p{Lu}\\p{Ll}+(?![\\p{L}'’-])"
          "|%1)")
          .arg(kNameWord, kFullName, kRoleHead, kTitle,
               QString(kInstitution).replace(QStringLiteral("(?<inst>"), QStringLiteral("(?:")),
               kInstitutionHead, kVerbPresent, kPress, kPressNoun);

// The words that can announce an attribution: the verbs of the patterns above, "selon",
// "d'après"… A sentence without any of them has no speaker, and only the text around them
// is searched: this is what keeps extraction fast.
const FoldedWordSet &triggerWords()
{
    static const FoldedWordSet set = [] {
        QStringList words;
        auto addAlternatives = [&](QString pattern, const QStringList &suffixes) {
            pattern.remove(QStringLiteral("(?:"));
            pattern = pattern.left(pattern.lastIndexOf(u')'));
            for (const QString &alternative : pattern.split(u'|')) {
                // "se félicite": the verb is the trigger ("félicite" is in the list below).
                if (alternative.startsWith(QStringLiteral("se "))
                    || alternative.startsWith(QStringLiteral("s'")))
                    continue;
                const QString first = alternative.section(u' ', 0, 0);
                words.append(first);
                for (const QString &suffix : suffixes)
                    words.append(first + suffix);
            }
        };
        addAlternatives(kVerbPast, {});
        addAlternatives(kVerbPresent, {QStringLiteral("nt")});
        // Agreed participles only where the passive form needs them ("chiffres communiqués par").
        for (const char *w : {"communiqué", "annoncé", "présenté", "dévoilé", "révélé", "livré", "avancé",
                              "cité", "donné", "fourni"}) {
            for (const char *suffix : {"e", "s", "es"})
                words.append(QString::fromUtf8(w) + QString::fromLatin1(suffix));
        }
        for (const char *w : {"selon",        "ressort",      "ressortent",    "prévoit",     "rapporte",
                              "rapportent",   "rapporté",     "dires",         "avis",        "félicité",
                              "félicitée",    "félicitent",   "réjoui",        "réjouit",     "réjouie",
                              "inquiète",     "inquiètent",   "lance",         "t",           "publier",
                              "dévoiler",     "rendre",       "révéler",       "annoncer",    "présenter",
                              "recensé",      "recensés",     "enregistré",    "enregistrés", "enregistrée",
                              "enregistrées", "comptabilisé", "comptabilisés", "dénombré",    "dénombrés"})
            words.append(QString::fromUtf8(w));
        return FoldedWordSet(words);
    }();
    return set;
}

const FoldedWordSet &institutionWords()
{
    static const FoldedWordSet set = [] {
        QString pattern = kInstitution;
        const qsizetype open = pattern.indexOf(QStringLiteral("(?i:"));
        pattern = pattern.mid(open + 4);
        pattern = pattern.left(pattern.indexOf(u')'));
        QStringList words;
        for (const QString &w : pattern.split(u'|'))
            words.append(w.section(u' ', 0, 0));
        return FoldedWordSet(words);
    }();
    return set;
}

const FoldedWordSet &roleWords()
{
    static const FoldedWordSet set = [] {
        QString pattern = kRoleHead;
        pattern.remove(QStringLiteral("(?i:"));
        pattern.chop(1);
        return FoldedWordSet(pattern.split(u'|'));
    }();
    return set;
}

// Where the words that may announce an attribution stand in the sentence [from, to) of `text`,
// relative to the sentence.
QList<std::pair<qsizetype, qsizetype>> triggerSpans(QStringView text, const FoldedWords &words,
                                                    qsizetype from, qsizetype to)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    const FoldedWordSet &triggers = triggerWords();
    words.forEach(
        [&](qsizetype i) {
            const qsizetype start = words.start(i), end = words.end(i);
            if (end > to)
                return;
            // "d'après X", but not "après le lancement".
            const bool dApres = words.folded(i) == u"apres" && start - 2 >= from
                && (text[start - 1] == u'\'' || text[start - 1] == u'’')
                && (text[start - 2] == u'd' || text[start - 2] == u'D');
            if (!dApres && !triggers.contains(words, i))
                return;
            // "fait savoir", "fait observer", "mis en avant": "fait" and "mis" alone are everyday
            // words.
            const QStringView w = words.folded(i);
            if (w == u"fait" || w == u"mis" || w == u"met") {
                const QStringView next = i + 1 < words.size() ? words.folded(i + 1) : QStringView();
                const bool faitVerb = next == u"savoir" || next == u"etat" || next == u"observer"
                    || next == u"remarquer" || next == u"valoir";
                if (w == u"fait" ? !faitVerb : next != u"en")
                    return;
            }
            out.append({start - from, end - from});
        },
        from, to);
    return out;
}

// Whether `sentence` may open with a document as its subject ("Un rapport de…", "La récente
// étude du…"): an article, then one of the words the pattern allows second.
bool mayOpenWithSource(QStringView sentence)
{
    qsizetype i = 0;
    while (i < sentence.size() && sentence[i].isLetter())
        ++i;
    QStringView first = sentence.left(i);
    // ("Et les résultats de l'Office du Baccalauréat montrent que…")
    if (first == u"Et" || first == u"Mais" || first == u"Or" || first == u"Ainsi" || first == u"Enfin") {
        qsizetype j = i;
        while (j < sentence.size()
               && (sentence[j] == u',' || sentence[j] == u' ' || sentence[j] == QChar(0xA0)))
            ++j;
        i = j;
        while (i < sentence.size() && sentence[i].isLetter())
            ++i;
        first = sentence.mid(j, i - j);
    }
    if (!(first == u"Un" || first == u"un" || first == u"Une" || first == u"une" || first == u"Le"
          || first == u"le" || first == u"Les" || first == u"les" || first == u"La" || first == u"la"
          || first == u"Des" || first == u"des"))
        return false;
    while (i < sentence.size() && (sentence[i] == u' ' || sentence[i] == QChar(0xA0)))
        ++i;
    qsizetype e = i;
    while (e < sentence.size() && sentence[e].isLetter() && e - i < 31)
        ++e;
    char16_t buffer[32];
    for (qsizetype k = i; k < e; ++k)
        buffer[k - i] = TextUtil::foldChar(sentence[k].unicode());
    const QStringView second(buffer, e - i);
    static const FoldedWordSet words(
        QStringList {QStringLiteral("nouveau"),  QStringLiteral("nouvelle"), QStringLiteral("dernier"),
                     QStringLiteral("derniere"), QStringLiteral("rapport"),  QStringLiteral("rapports"),
                     QStringLiteral("etude"),    QStringLiteral("etudes"),   QStringLiteral("enquete"),
                     QStringLiteral("enquetes"), QStringLiteral("note"),     QStringLiteral("notes"),
                     QStringLiteral("bilan"),    QStringLiteral("bilans"),   QStringLiteral("audit"),
                     QStringLiteral("audits"),   QStringLiteral("document"), QStringLiteral("documents"),
                     QStringLiteral("analyse"),  QStringLiteral("analyses"), QStringLiteral("resultats"),
                     QStringLiteral("chiffres"), QStringLiteral("donnees"),  QStringLiteral("statistiques")});
    return second.startsWith(u"recent") || words.contains(second);
}

bool isParticle(QStringView w)
{
    static constexpr QStringView particles[]
        = {u"el", u"El",  u"al",  u"Al",   u"ben", u"Ben", u"Ibn", u"ibn", u"de",
           u"du", u"Aït", u"Ait", u"Ould", u"bin", u"Bin", u"Bel", u"bel"};
    for (const QStringView p : particles) {
        if (w == p)
            return true;
    }
    return false;
}

bool isTitle(QStringView w)
{
    return w == u"M" || w == u"M." || w == u"Mme" || w == u"Mlle" || w == u"Mmes" || w == u"Dr" || w == u"Pr"
        || w == u"Me";
}

// News agencies relay what others say.
bool isAgency(const QString &who)
{
    static const QStringList agencies = {
        QStringLiteral("MAP"),     QStringLiteral("AFP"),    QStringLiteral("APS"), QStringLiteral("Reuters"),
        QStringLiteral("AP"),      QStringLiteral("Xinhua"), QStringLiteral("EFE"), QStringLiteral("DPA"),
        QStringLiteral("Anadolu"), QStringLiteral("TAP")};
    if (agencies.contains(who))
        return true;
    const QString folded = TextUtil::fold(who);
    return folded.startsWith(u"agence")
        && (who.contains(u"MAP") || who.contains(u"AFP") || folded.contains(u"presse"));
}

// An institution named by its kind only: "organisme", "ministère marocain", "office public".
const QRegularExpression &genericInstitution()
{
    static const QRegularExpression re(
        QStringLiteral("^(?<head>organisme|institution|office|agence|ministère|département|"
                       "observatoire|haut-commissariat|commissariat|caisse|direction|"
                       "établissement|autorité|institut|banque)(?: (?:public|publique|marocaine?|"
                       "nationale?|concernée?|française?|officiel(?:le)?|centrale))?"
                       // ("l'institution de Lahlimi": the one its head runs.)
                       "(?:(?<=institution|organisme|établissement) (?:de |d['’])\\p{Lu}[\\p{L}'’-]+)?$"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isPronoun(QStringView w)
{
    static constexpr QStringView pronouns[]
        = {u"il", u"elle", u"lui", u"eux", u"elles", u"ils", u"celui-ci", u"celle-ci"};
    for (const QStringView p : pronouns) {
        if (w.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Capitalised words that start sentences and are not names.
bool isCommonCapitalised(QStringView w)
{
    static const FoldedWordSet words(
        QStringList {QStringLiteral("Le"),           QStringLiteral("La"),
                     QStringLiteral("Les"),          QStringLiteral("Un"),
                     QStringLiteral("Une"),          QStringLiteral("Depuis"),
                     QStringLiteral("Selon"),        QStringLiteral("Pour"),
                     QStringLiteral("Dans"),         QStringLiteral("Ce"),
                     QStringLiteral("Cette"),        QStringLiteral("Ces"),
                     QStringLiteral("En"),           QStringLiteral("Au"),
                     QStringLiteral("Aux"),          QStringLiteral("Sa"),
                     QStringLiteral("Son"),          QStringLiteral("Ses"),
                     QStringLiteral("Par"),          QStringLiteral("Sur"),
                     QStringLiteral("Avec"),         QStringLiteral("Ainsi"),
                     QStringLiteral("Concernant"),   QStringLiteral("Lors"),
                     QStringLiteral("Après"),        QStringLiteral("Avant"),
                     QStringLiteral("Mais"),         QStringLiteral("Et"),
                     QStringLiteral("Il"),           QStringLiteral("Elle"),
                     QStringLiteral("Des"),          QStringLiteral("Du"),
                     QStringLiteral("De"),           QStringLiteral("Chef"),
                     QStringLiteral("Ministre"),     QStringLiteral("Royaume"),
                     QStringLiteral("Roi"),          QStringLiteral("Majesté"),
                     QStringLiteral("Chambre"),      QStringLiteral("Parlement"),
                     QStringLiteral("Relations"),    QStringLiteral("Santé"),
                     QStringLiteral("Assurance"),    QStringLiteral("Maladie"),
                     QStringLiteral("Protection"),   QStringLiteral("Sociale"),
                     QStringLiteral("Plus"),         QStringLiteral("Près"),
                     QStringLiteral("Lire"),         QStringLiteral("Publié"),
                     QStringLiteral("Conseil"),      QStringLiteral("Caisse"),
                     QStringLiteral("Nationale"),    QStringLiteral("National"),
                     QStringLiteral("Sécurité"),     QStringLiteral("Haut"),
                     QStringLiteral("Commissariat"), QStringLiteral("Plan"),
                     QStringLiteral("Vision"),       QStringLiteral("Etat"),
                     QStringLiteral("État"),         QStringLiteral("Gouvernement"),
                     QStringLiteral("Conseillers"),  QStringLiteral("Représentants"),
                     QStringLiteral("Maroc"),        QStringLiteral("Rabat"),
                     QStringLiteral("Casablanca"),   QStringLiteral("Exécutif"),
                     QStringLiteral("Grâce"),        QStringLiteral("Parmi"),
                     QStringLiteral("Cela"),         QStringLiteral("Notre"),
                     QStringLiteral("Nous"),         QStringLiteral("Vous"),
                     QStringLiteral("Jusqu")});
    char16_t buffer[32];
    if (w.isEmpty() || w.size() > 31)
        return false;
    for (qsizetype i = 0; i < w.size(); ++i)
        buffer[i] = TextUtil::foldChar(w[i].unicode());
    // (And an event: "Séisme Al Haouz : 91 % des logements reconstruits" names no one.)
    const QStringView folded(buffer, w.size());
    return words.contains(folded) || TextUtil::isEventNoun(folded);
}

// The role a phrase names ("le ministre …" → "ministre"), a whole word: "la DGSN" is not "la DG…",
// nor "le patronat" "le patron".
QString roleHeadOf(QStringView phrase)
{
    static const RE re(
        QStringLiteral(
            "(?:le|la|l['’]|au|du|son|sa)[ \\x{00A0}]*(?:nouveau |nouvelle |haut |haute )?(%1)(?![\\p{L}-])")
            .arg(kRoleHead),
        kOptions | RE::CaseInsensitiveOption);
    const auto m = re.match(phrase);
    if (!m.hasMatch())
        return {};
    QString head = m.captured(1).toLower();
    // Feminine and masculine forms name the same role.
    if (head.endsWith(u'e') && head != u"ministre" && head != u"porte-parole" && head != u"secrétaire"
        && head != u"responsable" && head != u"commissaire" && head != u"maire" && head != u"économiste"
        && head != u"analyste" && head != u"sociologue" && head != u"syndicaliste"
        && head != u"haut-commissaire")
        head.chop(1);
    if (head == u"directric")
        head = QStringLiteral("directeur");
    return head;
}

} // namespace

SpeakerResolver::SpeakerResolver(QStringView text)
{
    if (!text.isEmpty())
        learn(text);
}

void SpeakerResolver::learn(QStringView text)
{
    learn(text, FoldedWords(text));
}

namespace {

// Institutions named in full ("ministère de la Santé et de la Protection sociale"), so that
// "le ministère" later can be written out.
const RE &institutionAtPattern()
{
    static const RE re(QStringLiteral("^%1").arg(kInstitution), kOptions);
    return re;
}

// Roles in apposition, "ROLE …, NAME" and "NAME, ROLE …", read around each role word.
const RE &roleThenNamePattern()
{
    static const RE re(
        QStringLiteral("^(?:[Ll]e|[Ll]a|[Ll]['’]|[Aa]u|[Dd]u)[ \\x{00A0}]*(?:nouveau |nouvelle "
                       ")?%1(?:[^.;:«»()]{0,120}?,)?[ \\x{00A0}]*(?:%3[ \\x{00A0}]+)?(?<name>%2)")
            .arg(kRoleHead, kFullName, kTitle),
        kOptions);
    return re;
}

const RE &nameThenRolePattern()
{
    static const RE re(
        // ("Selon Hassan Ighighi, coordinateur du programme": the preposition is no part of the name.)
        QStringLiteral(
            "(?:\\b(?:[Ss]elon|[Pp]our|[Pp]ar|[Aa]vec|[Cc]hez|[Ee]t|[Mm]ais|[Aa]insi)[ \\x{00A0}]+)?"
            "(?<name>%1),[ \\x{00A0}]*(?<role>(?:le |la |l['’])?(?:nouveau |nouvelle )?)$")
            .arg(kFullName),
        kOptions);
    return re;
}

const RE &leadPattern()
{
    static const RE re(
        QStringLiteral("(?:[Ll]e|[Ll]a|[Ll]['’]|[Aa]u|[Dd]u)[ \\x{00A0}]*(?:nouveau |nouvelle )?$"),
        kOptions);
    return re;
}

} // namespace

// A run of capitalised words that reads as a name, noted as a person; the run is emptied.
void SpeakerResolver::keepName(NameRun &run, Lesson &lesson)
{
    if (run.isEmpty())
        return;
    while (run.size() > 2 && (isCommonCapitalised(run.first()) || isTitle(run.first())))
        run.remove(0);
    if (run.size() >= 2 && run.size() <= 5 && !isCommonCapitalised(run.first())
        && !isCommonCapitalised(run.last()) && !isTitle(run.first())) {
        QString name;
        for (const QStringView w : run) {
            if (!name.isEmpty())
                name += u' ';
            name += w;
        }
        // A name written again is learnt once (a person is never unlearnt).
        if (!lesson.names.contains(name)) {
            lesson.names.insert(name);
            lesson.events.append({Lesson::Name, name, {}});
        }
    }
    run.clear();
}

void SpeakerResolver::learn(QStringView text, const FoldedWords &words)
{
    apply(scan(text, words));
}

void SpeakerResolver::learnAll(const QList<QStringView> &texts, const QList<const FoldedWords *> &words)
{
    Q_ASSERT(words.isEmpty() || words.size() == texts.size());
    // What each text names is read in parallel, then learnt in the texts' order: the same
    // resolver as learn() on each in turn.
    std::vector<Lesson> lessons(texts.size());
    Parallel::forWeightedRanges(
        texts.size(), [&texts](qsizetype i) { return texts[i].size(); }, 4096,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i)
                lessons[i]
                    = words.isEmpty() ? scan(texts[i], FoldedWords(texts[i])) : scan(texts[i], *words[i]);
        });
    for (const Lesson &lesson : lessons)
        apply(lesson);
}

void SpeakerResolver::apply(const Lesson &lesson)
{
    for (const Lesson::Event &e : lesson.events) {
        switch (e.kind) {
        case Lesson::Name:
            if (!personNamed(e.first))
                addPerson(e.first);
            break;
        case Lesson::Press:
            if (const QString title = resolve(e.first, {});
                !title.isEmpty() && !m_pressTitles.contains(title))
                m_pressTitles.append(title);
            break;
        case Lesson::Institution:
            m_institutions.insert(e.first, e.second);
            break;
        case Lesson::Role:
            linkRole(e.first, e.second);
            break;
        }
    }
}

// What learn() reads of a text, without the resolver: what the text says alone.
SpeakerResolver::Lesson SpeakerResolver::scan(QStringView text, const FoldedWords &words)
{
    Lesson lesson;
    // Names: runs of two to four capitalised words, with particles ("Naïma Ben Yahia"). The
    // words are views into the text until a run is kept.
    NameRun run;
    qsizetype runEnd = -1;
    auto flush = [&] {
        keepName(run, lesson);
    };
    words.forEach([&](qsizetype i) {
        const qsizetype start = words.start(i), end = words.end(i);
        const QStringView word = text.mid(start, end - start);
        const bool joined
            = runEnd >= 0 && start == runEnd + 1 && (text[runEnd] == u' ' || text[runEnd] == QChar(0xA0));
        // "le ministre de l'Intérieur Chakib Benmoussa": a word after "l'" names a department or
        // a body, and starts no person's name.
        const bool afterArticle = start >= 2 && (text[start - 1] == u'\'' || text[start - 1] == u'’')
            && (text[start - 2] == u'l' || text[start - 2] == u'L')
            && (start < 3 || !text[start - 3].isLetter());
        const bool capitalised = word.size() >= 2 && word[0].isUpper() && word[1].isLower() && !afterArticle;
        const bool particle = joined && !run.isEmpty() && isParticle(word);
        // "El-Khalfi", "O'Neil": a hyphen or apostrophe inside a name keeps the word whole.
        if (capitalised && runEnd >= 0 && start == runEnd + 1
            && (text[runEnd] == u'-' || text[runEnd] == u'\'' || text[runEnd] == u'’') && !run.isEmpty()) {
            run.last() = QStringView(run.last().data(), text.data() + end);
            runEnd = end;
            return;
        }
        if ((capitalised || particle) && (joined || run.isEmpty())) {
            if (!joined)
                flush();
            run.append(word);
            runEnd = end;
            return;
        }
        flush();
        if (capitalised) {
            run.append(word);
            runEnd = end;
        } else {
            runEnd = -1;
        }
    });
    flush();
    // Titles of the press ("le quotidien Le Matin"), for "le quotidien" paragraphs later.
    static const FoldedWordSet pressWords(
        QStringList {QStringLiteral("magazine"), QStringLiteral("quotidien"), QStringLiteral("journal"),
                     QStringLiteral("hebdomadaire"), QStringLiteral("mensuel"), QStringLiteral("revue")});
    static const RE pressAt(QStringLiteral("^%1").arg(kPress), kOptions);
    words.forEach([&](qsizetype i) {
        if (!pressWords.contains(words, i) || i == 0)
            return;
        const qsizetype from = words.start(i - 1);
        const auto m = pressAt.match(text.mid(from, 160));
        if (!m.hasMatch())
            return;
        lesson.events.append({Lesson::Press, m.captured(), {}});
    });
    words.forEach([&](qsizetype i) {
        if (!institutionWords().contains(words, i))
            return;
        const qsizetype start = words.start(i);
        const auto m = institutionAtPattern().match(text.mid(start, 200));
        if (!m.hasMatch())
            return;
        const QString phrase = TextUtil::simplified(m.capturedView(u"inst"));
        if (phrase.contains(u' ') && !genericInstitution().match(phrase).hasMatch())
            lesson.events.append({Lesson::Institution, TextUtil::fold(phrase.section(u' ', 0, 0)), phrase});
    });
    words.forEach([&](qsizetype i) {
        if (!roleWords().contains(words, i))
            return;
        const qsizetype start = words.start(i), end = words.end(i);
        // The article before the role word: "le ", "la ", "l'".
        qsizetype articleStart = start;
        while (articleStart > 0 && start - articleStart < 12 && !text[articleStart - 1].isPunct()
               && text[articleStart - 1] != u'\n')
            --articleStart;
        const QStringView ahead = text.mid(articleStart, end - articleStart + 240);
        const auto l = leadPattern().match(text.mid(articleStart, start - articleStart));
        if (l.hasMatch()) {
            const auto m = roleThenNamePattern().match(ahead.mid(l.capturedStart()));
            if (m.hasMatch())
                lesson.events.append({Lesson::Role, m.captured(u"name"),
                                      m.capturedView().left(m.capturedStart(u"name")).toString()});
        }
        const qsizetype from = qMax<qsizetype>(0, start - 80);
        const auto n = nameThenRolePattern().match(text.mid(from, start - from));
        if (n.hasMatch())
            lesson.events.append({Lesson::Role, n.captured(u"name"),
                                  QString(QStringLiteral("le ") + text.mid(start, end - start).toString())});
    });
    return lesson;
}

bool SpeakerResolver::isRoleHead(QStringView folded)
{
    return roleWords().contains(folded);
}

QStringList SpeakerResolver::peopleWithRoles() const
{
    QStringList out;
    for (const Person &p : m_people) {
        if (!p.roles.isEmpty())
            out.append(p.name);
    }
    return out;
}

void SpeakerResolver::linkRole(const QString &name, QStringView roleText)
{
    Person *p = personNamed(name);
    if (!p) {
        addPerson(name);
        p = personNamed(name);
        if (!p)
            return;
    }
    const QString head = roleHeadOf(roleText);
    if (!head.isEmpty() && !p->roles.contains(head))
        p->roles.append(head);
}

bool SpeakerResolver::namesSomeone(QStringView text) const
{
    const FoldedWords words(text);
    return namesSomeone(text, words, 0, text.size());
}

bool SpeakerResolver::namesSomeone(QStringView text, const FoldedWords &words, qsizetype from,
                                   qsizetype to) const
{
    // (An institution too: "…, s'est félicité le ministère" before "selon la même source".)
    bool found = false;
    words.forEach(
        [&](qsizetype i) {
            found = found || (text[words.start(i)].isUpper() && m_nameWords.contains(words, i))
                || institutionWords().contains(words, i);
        },
        from, to);
    return found;
}

SpeakerResolver::Person *SpeakerResolver::personNamed(const QString &nameOrSurname)
{
    const QString key = TextUtil::simplified(nameOrSurname);
    if (const int i = m_byName.value(key, -1); i >= 0)
        return &m_people[i];
    if (const int i = m_bySurname.value(key, -1); i >= 0)
        return &m_people[i];
    // "Ben Yahia" for "Naïma Ben Yahia": a multi-word surname.
    if (key.contains(u' ')) {
        for (Person &p : m_people) {
            if (p.name.endsWith(u' ' + key))
                return &p;
        }
    }
    return nullptr;
}

void SpeakerResolver::addPerson(const QString &name)
{
    // A pathological text must not make the registry (and each lookup) grow without bound.
    if (m_people.size() >= 5000 || m_byName.contains(name))
        return;
    const QString surname = name.section(u' ', -1);
    for (const QString &word : name.split(u' '))
        m_nameWords.insert(word, 0);
    m_people.append(Person {name, surname, {}});
    m_byName.insert(name, int(m_people.size()) - 1);
    if (!m_bySurname.contains(surname))
        m_bySurname.insert(surname, int(m_people.size()) - 1);
}

QString SpeakerResolver::resolveRole(const QString &head)
{
    if (head.isEmpty())
        return {};
    // The person introduced with this role; the last speaker first when several share it.
    QString found;
    for (const Person &p : m_people) {
        if (p.roles.contains(head)) {
            if (p.name == last())
                return p.name;
            if (found.isEmpty())
                found = p.name;
        }
    }
    // "Le responsable gouvernemental a ajouté": a role nobody was introduced with refers back
    // to the one speaking.
    if (found.isEmpty() && personNamed(last()))
        return last();
    return found;
}

// The last person the text before a pronoun mentions: a known name or surname, or a first
// name followed by a description ("Fatiha, mère de trois enfants, … explique-t-elle").
QString SpeakerResolver::lastMentioned(QStringView before)
{
    static const RE mention(
        QStringLiteral(
            "(?<![\\p{L}])(?:%1[ \\x{00A0}]+)?(?<name>%2|%3)(?=,[ \\x{00A0}]+\\p{Ll}|[ \\x{00A0},.;:]|$)")
            .arg(kTitle, kFullName, kNameWord),
        kOptions);
    QString found;
    auto it = mention.globalMatch(before);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(u"name");
        if (Person *p = personNamed(name)) {
            found = p->name;
            continue;
        }
        // An unknown single name counts only with a description after it.
        const qsizetype end = m.capturedEnd(u"name");
        const qsizetype start = m.capturedStart(u"name");
        const bool afterComma = start >= 2 && before[start - 1] == u' ' && before[start - 2] == u',';
        if (!isCommonCapitalised(name) && !name.contains(u' ') && afterComma && end + 2 < before.size()
            && before[end] == u',' && before[end + 2].isLower()) {
            qsizetype w = end + 2;
            while (w < before.size() && before[w].isLetter())
                ++w;
            if (!before.mid(end + 2, w - end - 2).endsWith(u"ant"))
                found = name;
        }
    }
    return found;
}

// The institution named last in `before`, by its name or its acronym; a name is kept over the
// acronym written after it in parentheses ("le Haut-commissariat au plan (HCP)").
QString SpeakerResolver::lastInstitutionIn(QStringView before)
{
    static const RE mention(QStringLiteral("(?<![\\p{L}'’])%1").arg(kInstitution), kOptions);
    QString found;
    qsizetype foundEnd = -1;
    for (auto it = mention.globalMatch(before); it.hasNext();) {
        const auto m = it.next();
        const QString phrase = TextUtil::simplified(m.capturedView(u"inst"));
        if (phrase.isEmpty() || genericInstitution().match(phrase).hasMatch())
            continue;
        const bool acronym = !phrase.contains(u' ') && phrase == phrase.toUpper();
        const qsizetype start = m.capturedStart(u"inst");
        const bool glossed = acronym && foundEnd >= 0 && start >= 1 && before[start - 1] == u'('
            && before.mid(foundEnd, start - 1 - foundEnd).trimmed().isEmpty();
        if (!glossed)
            found = phrase;
        foundEnd = m.capturedEnd(u"inst");
    }
    return found;
}

QString SpeakerResolver::resolve(QStringView phrase, QStringView context)
{
    QString who = TextUtil::simplified(phrase);
    while (who.endsWith(u',') || who.endsWith(u' '))
        who.chop(1);
    if (who.isEmpty())
        return {};
    if (isPronoun(who)) {
        const QString mentioned = lastMentioned(context);
        return mentioned.isEmpty() ? last() : mentioned;
    }
    // A full name in a role's phrase ("le ministre de la Santé, Amine Tahraoui") wins.
    // (Not a department after "l'": "le ministre de l'Intérieur Chakib Benmoussa".)
    static const RE fullName(QStringLiteral("(?<![\\p{L}])(?<![Ll]['’])%1").arg(kFullName), kOptions);
    static const RE institutionHead(
        QStringLiteral("^(?:[Ll]e |[Ll]a |[Ll]['’]|[Ll]es )?%1\\b").arg(kInstitutionHead), kOptions);
    const bool institution = roleHeadOf(who).isEmpty() && institutionHead.match(who).hasMatch();
    // "l'autorité portuaire TMPA", "l'office public ONDA": a kind in lower case, then the
    // acronym that names it.
    static const RE kindThenAcronym(
        QStringLiteral(
            "^(?:[Ll]e |[Ll]a |[Ll]['’]|[Ll]es )?%1(?: \\p{Ll}+){0,2} (?<acronym>\\p{Lu}{2,}[\\p{Lu}\\d-]*)$")
            .arg(kInstitutionHead),
        kOptions);
    if (institution) {
        if (const auto m = kindThenAcronym.match(who); m.hasMatch())
            return m.captured(u"acronym");
    }
    // A title of the press is written as it is, with its own article: "le magazine Challenge" →
    // "Challenge", "le quotidien Le Matin" → "Le Matin", "selon Les Inspirations Eco".
    static const RE press(
        QStringLiteral("^(?:[Ll]e |[Ll]a |[Ll]['’])?%1[ \\x{00A0}]+(?<title>.+)$").arg(kPressNoun), kOptions);
    if (const auto m = press.match(who); m.hasMatch())
        return m.captured(u"title");
    // "indique le quotidien" after "Les Inspirations Eco en fait le constat": the title named
    // before in the paragraph.
    static const RE pressAlone(QStringLiteral("^(?:[Ll]e |[Ll]a |[Ll]['’])?%1$").arg(kPressNoun), kOptions);
    if (pressAlone.match(who).hasMatch()) {
        static const RE named(QStringLiteral("%1|(?<![\\p{L}])Les[ \\x{00A0}]+\\p{Lu}[\\p{L}'’-]*(?:[ "
                                             "\\x{00A0}]\\p{Lu}[\\p{L}'’-]*){0,3}")
                                  .arg(kPress),
                              kOptions);
        QString title;
        for (auto it = named.globalMatch(context); it.hasNext();) {
            const QString found = TextUtil::simplified(it.next().capturedView());
            const auto m = press.match(found);
            title = m.hasMatch() ? m.captured(u"title") : found;
        }
        // (Named in another paragraph: the article's one title of the press.)
        if (title.isEmpty() && m_pressTitles.size() == 1)
            title = m_pressTitles.first();
        return title;
    }
    // ("Les Inspirations Eco": a plural article before a capital is a title's; "Le Trésor",
    // "L'État" keep theirs off.)
    static const RE titled(QStringLiteral("^Les[ \\x{00A0}]+\\p{Lu}\\p{Ll}"), kOptions);
    if (!institution && roleHeadOf(who).isEmpty() && titled.match(who).hasMatch() && !personNamed(who)
        && !isTitle(who.section(u' ', 1, 1)))
        return who;
    auto names = institution ? QRegularExpressionMatchIterator() : fullName.globalMatch(who);
    while (names.hasNext()) {
        QStringList words = names.next().captured().split(u' ');
        while (!words.isEmpty() && (isTitle(words.first()) || isCommonCapitalised(words.first())))
            words.removeFirst();
        if (words.size() >= 2) {
            const QString name = words.join(u' ');
            if (Person *p = personNamed(name))
                return p->name;
            return name;
        }
    }
    static const RE article(QStringLiteral("^(?:[Ll]e|[Ll]a|[Ll]es|[Ss]on|[Ss]a)[ \\x{00A0}]+|^[Ll]['’]"),
                            kOptions);
    static const RE title(QStringLiteral("^%1[ \\x{00A0}]+").arg(kTitle), kOptions);
    const QString head = roleHeadOf(who);
    if (!head.isEmpty() && article.match(who).hasMatch()
        && !title.match(who.mid(article.match(who).capturedEnd())).hasMatch()) {
        // A role nobody was introduced with, and no one speaking, is kept as the text writes it
        // ("Le ministre a indiqué que…" → "ministre").
        const QString person = resolveRole(head);
        if (!person.isEmpty())
            return person;
        // (The role and its department only: "le ministre devant les membres de la commission"
        // is the "ministre".)
        static const RE beyond(QStringLiteral("[ \\x{00A0}]+(?:devant|lors|dans|à|au|aux|en|auprès|sur|pour|"
                                              "avec|selon|qui|que|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                                              "dimanche|hier)\\b.*$|[,;:(].*$"),
                               kOptions);
        return QString(who).remove(article).remove(beyond);
    }
    who.remove(article);
    who.remove(title);
    if (Person *p = personNamed(who))
        return p->name;
    // "l'organisme", "le ministère marocain", "l'organisme public": the institution named before.
    if (const auto g = genericInstitution().match(who); g.hasMatch()) {
        const QString head = TextUtil::fold(g.captured(u"head"));
        // ("la banque centrale" after "Bank Al-Maghrib": a name may keep its English head.)
        const QString english = head == u"banque" ? QStringLiteral("bank") : QString();
        QString full = m_institutions.value(head);
        if (full.isEmpty() && !english.isEmpty())
            full = m_institutions.value(english);
        if (!full.isEmpty())
            return full;
        // "l'organisme" is any institution; "le ministère" only one whose name starts so.
        const bool anyInstitution
            = head == u"organisme" || head == u"institution" || head == u"etablissement";
        const QString lastHead = TextUtil::fold(last().section(u' ', 0, 0));
        if (!last().isEmpty() && !english.isEmpty() && lastHead == english)
            return last(); // (a name in two capitalised words, not a person's)
        if (!last().isEmpty() && !personNamed(last()) && (anyInstitution || lastHead == head))
            return last();
        // "selon l'institut" after "une estimation de l'Insee", "l'office" after "l'ONS": a body
        // known by its acronym, named as what it is.
        const bool acronymHead = anyInstitution || head == u"institut" || head == u"office"
            || head == u"agence" || head == u"haut-commissariat" || head == u"commissariat";
        if (acronymHead && !last().isEmpty() && !last().contains(u' ') && last().front().isUpper()
            && !personNamed(last()))
            return last();
        // "… rendues publiques par le Haut-commissariat au plan (HCP). Selon l'organisme public":
        // the institution the text named last.
        if (acronymHead) {
            if (const QString named = lastInstitutionIn(context); !named.isEmpty())
                return named;
        }
    }
    // "le ministère" after "le ministère de la Santé et de la Protection sociale".
    if (!who.contains(u' ')) {
        const QString full = m_institutions.value(TextUtil::fold(who));
        if (!full.isEmpty())
            return full;
    }
    if (isCommonCapitalised(who))
        return {};
    return who;
}

QString SpeakerResolver::attributionIn(QStringView sentence, QStringView context, bool heading)
{
    const FoldedWords words(sentence);
    return attributionIn(sentence, triggerSpans(sentence, words, 0, sentence.size()), context, heading);
}

QString SpeakerResolver::attributionIn(QStringView paragraph, const FoldedWords &words, TextSpan sentence,
                                       QStringView context, bool heading)
{
    return attributionIn(paragraph.mid(sentence.start, sentence.end - sentence.start),
                         triggerSpans(paragraph, words, sentence.start, sentence.end), context, heading);
}

SpeakerResolver::Ahead SpeakerResolver::readAhead(QStringView paragraph, const FoldedWords &words,
                                                  TextSpan sentence, QStringView context, bool heading)
{
    m_last.clear();
    m_readLast = false;
    m_setLast = false;
    Ahead ahead;
    ahead.speaker = attributionIn(paragraph, words, sentence, context, heading);
    ahead.needsLast = m_readLast;
    ahead.setsLast = m_setLast;
    return ahead;
}

QString SpeakerResolver::attributionIn(const Ahead &ahead, QStringView paragraph, const FoldedWords &words,
                                       TextSpan sentence, QStringView context, bool heading)
{
    if (ahead.needsLast)
        return attributionIn(paragraph, words, sentence, context, heading);
    if (ahead.setsLast)
        m_last = ahead.speaker;
    return ahead.speaker;
}

namespace {

// The forms of attribution attributionIn() looks for, each compiled once.

// "une étude de", "la dernière note de conjoncture du", "un communiqué du": a document, whose
// author speaks.
const QString &documentSource()
{
    static const QString pattern = QStringLiteral(
        "(?:(?:une |un |l['’]|les |des |la |le |sa |son |ses |leur |leurs |ces |cette |ce |cet "
        ")?(?:derni(?:er|ère)s? |récente?s? "
        "|nouve(?:au|aux|lle|lles) "
        ")?(?:étude|enquête|rapport|note|bilan|analyse|données|chiffres|statistiques|"
        "estimation|résultats|calculs|communiqué|publication)s?"
        "(?: de conjoncture| d['’]information| officiel(?:le)?s?| annuel(?:le)?s?| trimestriel(?:le)?s?)?"
        // "selon ces chiffres provisoires rendus publics par la Commission", "selon les chiffres
        // réajustés par la Cour constitutionnelle".
        "(?: (?:provisoires?|définiti(?:f|ve)s?|finaux|finales?|préliminaires?|actualisée?s?))?"
        ",? (?:(?:publiée?s?|rendue?s? publi(?:c|que)s?|communiquée?s?|diffusée?s?|présentée?s?|fournie?s?"
        "|réajustée?s?|annoncée?s?|dévoilée?s?|proclamée?s?|compilée?s?|corrigée?s?|arrêtée?s?|validée?s?"
        "|recueillie?s?|collectée?s?|relevée?s?|établie?s?|dressée?s?|réalisée?s?|élaborée?s?)"
        // ("recueillies sur le terrain par Alphonse Diombo Thiakane": where, then who.)
        // ("publiées mercredi par l'Insee", "publiés ce jeudi 5 novembre 2020 par l'INS": when,
        // then who.)
        "(?:(?: \\p{L}+ment,?)? (?:par )?| (?:sur|dans|à|au|en|auprès) (?:[\\p{Ll}'’]+ ){0,3}par "
        "| (?:(?:ce|le) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
        "(?: \\d{1,2}(?:er)?(?: \\p{Ll}+(?: \\d{4})?)?)? par )"
        ")?(?:de la |de l['’]|du |des |de |d['’]|la |le |l['’]|les )?)?");
    return pattern;
}

// "Akhannouch :", "M. Baitas :": a name, then a colon.
const RE &colonPattern()
{
    static const RE re(
        QStringLiteral("^\\s*(?:%3[ \\x{00A0}]+)?(?<who>%1|%2)\\s*:").arg(kFullName, kNameWord, kTitle),
        kOptions);
    return re;
}

// "la même source", "selon le communiqué", ", précise le même rapport", ", fait savoir ce rapport
// publié sur le site…": the source named before.
const RE &previousSourcePattern()
{
    static const RE re(
        QStringLiteral(
            "\\b(?:la|de)[ \\x{00A0}]+même[ "
            "\\x{00A0}]+source\\b|\\b(?:[Ss]elon|[Dd]['’]après)[ \\x{00A0}]+"
            "(?:le|la|ce|cette|les|ces)[ \\x{00A0}]+(?:même[ "
            "\\x{00A0}]+)?(?:communiqué|rapport|note|bilan|"
            "document|étude|enquête|statistiques|données|chiffres)"
            // ("d'après le document consulté par PressAfrik,": the outlet read it.)
            "(?:[ \\x{00A0}]+(?:consultée?s?|obtenue?s?|transmise?s?|parvenue?s?)[ \\x{00A0}]+"
            "(?:par|à)[ \\x{00A0}]+[^,.;:]{1,40}?)?[ \\x{00A0}]*(?:[,.;:)]|$)"
            "|[,«»\"][ \\x{00A0}]*(?:a[ \\x{00A0}]+)?(?:%1|%2)[ \\x{00A0}]+(?:ce|cette|le même|la "
            "même)[ \\x{00A0}]+(?:communiqué|rapport|note|bilan|document|étude|enquête)\\b"
            // ("Le communiqué a souligné que", "Ce rapport précise que": the document as
            // the subject of its verb.)
            "|(?:^|[,;][ \\x{00A0}]*)(?:[Ll]e|[Ll]a|[Cc]e|[Cc]ette)[ \\x{00A0}]+(?:même[ \\x{00A0}]+)?"
            "(?:communiqué|rapport|note|bilan|document)[ \\x{00A0}]+(?:a[ \\x{00A0}]+"
            "(?:également[ \\x{00A0}]+|aussi[ \\x{00A0}]+|par ailleurs[ \\x{00A0}]+)?)?(?:%1|%2)[ "
            "\\x{00A0}]+qu")
            .arg(kVerbPast, kVerbPresent),
        kOptions);
    return re;
}

// A document named without its author speaks by its name: "selon le rapport économique et
// financier accompagnant le PLF", ", révèle le rapport sur les établissements et entreprises
// publics (EEP)". Its name is the head and the lower-case words after it, up to a participle, a
// relative or punctuation; an author ("le rapport annuel du HCP") is read by the patterns above.
const RE &namedDocumentPattern()
{
    static const QString stop = QStringLiteral(
        "(?:\\p{L}+ant|publiée?s?|rendue?s?|parue?s?|présentée?s?|diffusée?s?|élaborée?s?|réalisée?s?|"
        "qui|que|dont|selon|pour|dans|par|avec|en|au|à)\\b");
    static const RE re(
        QStringLiteral("(?:\\b[Ss]elon|\\b[Dd]['’]après|[,«»\"][ \\x{00A0}]*(?:a[ \\x{00A0}]+)?(?:%1|%2))[ "
                       "\\x{00A0}]+%3(?:le|la|l['’]|les)[ \\x{00A0}]*"
                       "(?<doc>(?:rapport|étude|enquête|note|baromètre|recensement|bulletin|bilan)"
                       "(?:[ \\x{00A0}]+(?!%4)[\\p{Ll}'’-]+){1,8}?)"
                       "(?=[ \\x{00A0}]*(?:[,.;:(«»]|$)|[ \\x{00A0}]+%4)")
            .arg(kVerbPast, kVerbPresent, kAdverbs, stop),
        kOptions);
    return re;
}

// A document's name of words that do not tell it from another: "le dernier rapport annuel".
bool genericDocumentName(QStringView name)
{
    static const QStringList generic {
        QStringLiteral("dernier"),    QStringLiteral("derniere"),    QStringLiteral("recent"),
        QStringLiteral("recente"),    QStringLiteral("nouveau"),     QStringLiteral("nouvelle"),
        QStringLiteral("annuel"),     QStringLiteral("annuelle"),    QStringLiteral("officiel"),
        QStringLiteral("officielle"), QStringLiteral("meme"),        QStringLiteral("precedent"),
        QStringLiteral("precedente"), QStringLiteral("trimestriel"), QStringLiteral("trimestrielle"),
        QStringLiteral("mensuel"),    QStringLiteral("mensuelle"),   QStringLiteral("publie"),
        QStringLiteral("final"),      QStringLiteral("finale"),      QStringLiteral("complet"),
        QStringLiteral("detaille"),   QStringLiteral("detaillee"),   QStringLiteral("preliminaire")};
    const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin() + 1, words.cend(),
                       [](QStringView w) { return generic.contains(TextUtil::fold(w)); });
}

// "selon X", "d'après X", "selon une étude de l'Observatoire …", "selon lui".
const RE &selonPattern()
{
    static const RE re(
        // "Il ressort d'un communiqué de la présidence du gouvernement", "ressort des données du HCP".
        QStringLiteral("(?:(?:\\b[Ss]elon|\\b[Dd]['’]après|\\b[Aa]ux dires d[e']|\\b[Dd]e l['’]avis d[e'])[ "
                       "\\x{00A0}]+|\\b[Rr]essort(?:ent)?[ \\x{00A0}]+(?:d['’]|de |des |du ))"
                       "%1(?:%2|(?<who2>lui|elle|eux)|(?:[Ll]e |[Ll]a |[Ll]['’]|[Ll]es "
                       ")(?<who3>\\p{Lu}[\\p{L}-]+))")
            .arg(documentSource(), kWho),
        kOptions);
    return re;
}

// ", a précisé X", "», a dévoilé lundi le chef du gouvernement, Aziz Akhannouch", ", souligne le
// ministre", ", indique une note d'information du Haut-commissariat au plan" (a document's author),
// ", prévoit le ministère" (after its figure only: "Le PLF prévoit 6 500 postes" is no attribution).
const RE &afterVerbPattern()
{
    static const RE re(
        // (", s'est félicité le ministère": a pronominal verb's speaker follows it too.)
        QStringLiteral(
            // (", comme l'a indiqué le ministère", ", comme le souligne le HCP".)
            // ("C'est ce qu'a indiqué, ce samedi, l'Institut", "selon ce qu'indique le HCP".)
            "(?:[,«»\"]|^|\\b[Cc]e[ \\x{00A0}]+qu['’])[ \\x{00A0}]*"
            "(?:comme[ \\x{00A0}]+(?:l['’]|le[ \\x{00A0}]+|la[ \\x{00A0}]+)?)?"
            "(?:a|avait|ont|s['’]est|se sont|s['’]était)?[ "
            "\\x{00A0}]*(?:(?<=[Qq]u['’])|(?<![\\p{L}'’-]))(?:%1|%2|prévoit|rapport(?:e|ent|é)|félicitée?s?|"
            "réjouie?s?)[ "
            ",\\x{00A0}]+%3%5%4")
            .arg(kVerbPast, kVerbPresent, kAdverbs, kWho, documentSource()),
        kOptions);
    return re;
}

// "a-t-il précisé", "souligne-t-il".
const RE &invertedPattern()
{
    static const RE re(
        QStringLiteral("(?:(?:a|avait)-t-(?:il|elle)[ \\x{00A0}]+%1|(?:%2|lance)-t-(?:il|elle))")
            .arg(kVerbPast, kVerbPresent),
        kOptions);
    return re;
}

// "M. Baitas a souligné", "Il a précisé", "Le ministre a rappelé", "Aziz Akhannouch s'est félicité",
// "Le HCP vient de publier",
// "Le coordinateur prévoit que…" (a forecast's author; "Le PLF prévoit 6 500 postes" is none).
// The subject starts a word: the look-behind spares trying every position inside words. So does
// the verb: "l'électricité" is not "l'électri" + "cité".
const RE &beforeVerbPattern()
{
    static const RE re(
        // ("L'Agence nationale de la statistique (Ansd) renseigne que": its acronym between.)
        QStringLiteral("(?<![\\p{L}])%1(?:[ \\x{00A0}]*\\(\\p{Lu}[\\p{L}\\d-]{1,12}\\))?[ \\x{00A0}]*,?[ "
                       "\\x{00A0}]*(?:a|avait|ont|aurait)?[ ,"
                       "\\x{00A0}]*%2(?:s['’]est|se)?[ "
                       "\\x{00A0}]*(?<![\\p{L}'’-])(?:%3|%4|félicité|félicite|réjoui|réjouit|"
                       // ("L'Office … (ONEE) vient de publier son bilan électrique.")
                       "vien(?:t|nent)[ \\x{00A0}]+de[ \\x{00A0}]+(?:publier|dévoiler|rendre "
                       "public|révéler|annoncer|présenter)|"
                       "(?:prévoi(?:t|ent)|rapporte(?:nt)?)(?=[ \\x{00A0}]+qu))\\b")
            .arg(QString(kWho).replace(
                     QStringLiteral("(?<who>"),
                     QStringLiteral("(?<who>(?:\\b[Ii]l|\\b[Ee]lle|\\b[Cc]elui-ci|\\b[Cc]elle-ci)(?=\\s)|")),
                 kAdverbs, kVerbPast, kVerbPresent),
        kOptions);
    return re;
}

// "l'Autorité a enregistré 4,02 millions de souscripteurs", "Laquelle a recensé plus de 41,26
// millions d'abonnés": an institution that counts is the source of its count (not anyone else:
// "le Maroc a enregistré 14 millions de touristes" says what happened, not who says so).
const RE &recordsPattern()
{
    static const RE re(
        QStringLiteral(
            "(?<![\\p{L}])(?<who>%1|[Ll]aquelle|[Ll]equel)(?:[ \\x{00A0}]*\\(\\p{Lu}[\\p{L}\\d-]{1,12}\\))?[ "
            ",\\x{00A0}]*(?:a|ont)[ ,\\x{00A0}]*%2(?:recensé|enregistré|comptabilisé|dénombré)e?s?\\b")
            .arg(kInstitution, kAdverbs),
        kOptions);
    return re;
}

// "communiqué jeudi par Mustapha Baitas".
const RE &passivePattern()
{
    static const RE re(
        QStringLiteral("\\b(?:communiqué|annoncé|présenté|dévoilé|révélé|livré|avancé|cité|donné|fourni)e?s?["
                       " \\x{00A0}]+(?:\\p{L}+[ \\x{00A0}]+){0,2}?par[ \\x{00A0}]+%1")
            .arg(kWho),
        kOptions);
    return re;
}

// "Un rapport de l'Inspection générale des finances (IGF), consulté par TelQuel, estime que…",
// "Et les résultats de l'Office du Baccalauréat montrent que…": the institution behind the
// document or the data speaks.
const RE &sourceSubjectPattern()
{
    static const RE re(
        QStringLiteral("^(?:(?:Et|Mais|Or|Ainsi|Enfin),?[ \\x{00A0}]+)?(?:[Uu]ne?|[Ll]es?|[Ll]a|[Dd]es)[ "
                       "\\x{00A0}]+(?:récent[es]* |nouve(?:au|lle) |dernier |dernière )?"
                       "(?:rapport|étude|enquête|note|bilan|audit|document|analyse|résultat|chiffre|donnée|"
                       "statistique)s?[ "
                       "\\x{00A0}]+(?:publiée?s? |annuel |annuelle )?"
                       "(?:de la |de l['’]|du |des |de )%1")
            .arg(kInstitution),
        kOptions);
    return re;
}

// The first person a sentence names, before a comma.
const RE &firstPersonPattern()
{
    static const RE re(
        QStringLiteral("^(?:[\\p{L}' ]{0,20},[ \\x{00A0}]*)?(?<first>%1|%2)").arg(kFullName, kNameWord),
        kOptions);
    return re;
}

} // namespace

// Where the sentence's triggers say which forms of attribution are worth trying.
struct SpeakerResolver::TriggerForms
{
    // Where the first comma or quote a verb follows stands in the window (", a précisé X", ", c'est
    // ce qu'a indiqué X"), or -1 when none does.
    qsizetype firstPunctuation = -1;
    bool passive = false; // "… par X"
    qsizetype firstSelon = -1; // where the first "selon", "d'après", "aux dires", "de l'avis" stands
};

SpeakerResolver::TriggerForms SpeakerResolver::formsOf(QStringView full,
                                                       const QList<std::pair<qsizetype, qsizetype>> &triggers,
                                                       qsizetype windowStart)
{
    TriggerForms forms;
    for (const auto &[tStart, tEnd] : triggers) {
        const QString folded = TextUtil::fold(full.mid(tStart, tEnd - tStart));
        if (forms.firstSelon < 0
            && (folded == u"selon" || folded == u"apres" || folded == u"dires" || folded == u"avis"
                || folded == u"ressort" || folded == u"ressortent"))
            forms.firstSelon = tStart - windowStart;
        qsizetype k = tStart;
        for (int steps = 0; k > 0 && steps < 20
             && (full[k - 1].isLetter() || full[k - 1].isSpace() || full[k - 1] == QChar(0xA0)
                 || full[k - 1] == u'\'' || full[k - 1] == QChar(0x2019)); // ("s'est félicité")
             ++steps)
            --k;
        if (k == 0 || full[k - 1] == u',' || full[k - 1] == u'«' || full[k - 1] == u'»'
            || full[k - 1] == u'"') {
            const qsizetype at = qMax<qsizetype>(0, (k == 0 ? 0 : k - 1) - windowStart);
            forms.firstPunctuation = forms.firstPunctuation < 0 ? at : qMin(forms.firstPunctuation, at);
        }
        if (full.mid(tEnd, 40).contains(u" par "))
            forms.passive = true;
    }
    return forms;
}

// A heading "Akhannouch : plus de 500.000 dossiers …", an interview answer "Nadia Bensaïd :
// Notre déficit…": the known person named before the colon.
QString SpeakerResolver::colonSpeaker(QStringView sentence)
{
    if (!sentence.contains(u':'))
        return {};
    const auto m = colonPattern().match(sentence);
    if (!m.hasMatch() || !personNamed(m.captured(u"who")))
        return {};
    return resolve(m.capturedView(u"who"), {});
}

// The search of one sentence: only a window around its triggers (a long sentence costs no more
// than a short one), the context before each position, and the attributions found.
struct SpeakerResolver::Search
{
    QStringView full;
    QStringView window;
    qsizetype start = 0;
    QString before; // the paragraph so far and the sentence up to the window
    QList<std::pair<qsizetype, QString>> found; // where, who

    Search(QStringView sentence, const QList<std::pair<qsizetype, qsizetype>> &triggers, QStringView context)
        : full(sentence)
    {
        start = qMax<qsizetype>(0, triggers.first().first - 250);
        const qsizetype end = qMin<qsizetype>(sentence.size(), triggers.last().second + 250);
        window = sentence.mid(start, end - start);
        before = context.right(600).toString() + u' ' + sentence.left(start).right(600).toString();
    }
    // What precedes a position of the window.
    QString contextAt(qsizetype at) const
    {
        return before + window.mid(qMax<qsizetype>(0, at - 600), qMin<qsizetype>(at, 600)).toString();
    }
};

// Only the earliest attribution of each form matters: the sentence gets one speaker.
void SpeakerResolver::take(Search &search, const RE &re, QStringView group, qsizetype from)
{
    auto it = re.globalMatch(search.window, from);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString who = resolve(m.capturedView(group), search.contextAt(m.capturedStart()));
        if (!who.isEmpty()) {
            search.found.append({m.capturedStart(), who});
            // ("rapporte la MAP, fait savoir l'Observatoire": an agency relays whom it names.)
            if (!isAgency(who))
                return;
        }
    }
}

// The forms where the speaker follows: "Un rapport de l'Inspection générale des finances …
// estime", "selon X", ", a précisé X", "… par X", "a-t-il précisé".
void SpeakerResolver::findAfterTriggers(Search &search, const TriggerForms &forms)
{
    const QStringView sentence = search.window;
    if (search.start == 0 && mayOpenWithSource(sentence)) {
        const auto src = sourceSubjectPattern().match(sentence);
        if (src.hasMatch()) {
            const QString who = resolve(src.capturedView(u"inst"), {});
            if (!who.isEmpty())
                search.found.append({0, who});
        }
    }
    if (forms.firstSelon >= 0) {
        // A match starts at most five characters before its word ("de l'avis").
        auto sel = selonPattern().globalMatch(sentence, qMax<qsizetype>(0, forms.firstSelon - 5));
        while (sel.hasNext()) {
            const auto m = sel.next();
            const QStringView who = m.capturedLength(u"who2") ? m.capturedView(u"who2")
                : m.capturedLength(u"who3")                   ? m.capturedView(u"who3")
                                                              : m.capturedView(u"who");
            const QString resolved = resolve(who, search.contextAt(m.capturedStart()));
            if (!resolved.isEmpty()) {
                search.found.append({m.capturedStart(), resolved});
                break;
            }
        }
    }
    // Its match starts at the comma or quote before a trigger: none before the first one.
    if (forms.firstPunctuation >= 0)
        take(search, afterVerbPattern(), u"who", forms.firstPunctuation);
    if (forms.passive)
        take(search, passivePattern(), u"who");
    if (const qsizetype firstT = sentence.indexOf(u"-t-"); firstT >= 0) {
        // A match holds "-t-" a verb's length after its start: none starts long before the
        // first one.
        const auto inv = invertedPattern().match(sentence, qMax<qsizetype>(0, firstT - 40));
        if (inv.hasMatch()) {
            const QString who = resolve(QStringLiteral("il"), search.contextAt(inv.capturedStart()));
            if (!who.isEmpty())
                search.found.append({inv.capturedStart(), who});
        }
    }
}

// The subject before the verb ("M. Baitas a souligné", "Il a précisé"), read in a short window
// that ends with a trigger.
void SpeakerResolver::findSubject(Search &search, const QList<std::pair<qsizetype, qsizetype>> &triggers)
{
    const QStringView sentence = search.window;
    for (const auto &[tStart, tEnd] : triggers) {
        const qsizetype from = qMax<qsizetype>(0, tStart - search.start - 160);
        const qsizetype to = qMin<qsizetype>(sentence.size(), tEnd - search.start + 8);
        const auto m = beforeVerbPattern().match(sentence.left(to), from);
        if (!m.hasMatch()) {
            const auto r = recordsPattern().match(sentence.left(to), from);
            // (The subject of its clause: "gérés par l'Oaca et la Société TAV ont enregistré" is
            // not the company's count.)
            qsizetype b = r.hasMatch() ? r.capturedStart() : 0;
            while (b > 0 && sentence[b - 1].isSpace())
                --b;
            if (!r.hasMatch()
                || (b > 0 && sentence[b - 1] != u',' && sentence[b - 1] != u';' && sentence[b - 1] != u':'
                    && sentence[b - 1] != u'.'))
                continue;
            const QStringView whoText = r.capturedView(u"who");
            // (Nor a site or a company, whose count is its own activity: "le port de Casablanca a
            // enregistré un trafic de 10,4 MT", "l'aéroport a enregistré 5 millions de passagers".)
            static const RE site(
                QStringLiteral("^(?:(?:le|la|les|l['’])[ \\x{00A0}]*)?(?:aéroport|port|hôpital|"
                               "université|compagnie|société|groupe|entreprise|opérateur)s?\\b"),
                kOptions | QRegularExpression::CaseInsensitiveOption);
            if (site.match(whoText).hasMatch())
                continue;
            const bool relative = whoText.compare(u"laquelle", Qt::CaseInsensitive) == 0
                || whoText.compare(u"lequel", Qt::CaseInsensitive) == 0;
            const QString who = relative ? lastInstitutionIn(search.contextAt(r.capturedStart()))
                                         : resolve(whoText, search.contextAt(r.capturedStart(u"who")));
            if (!who.isEmpty())
                search.found.append({r.capturedStart(), who});
            return;
        }
        // "le port a également confirmé son rang de première plateforme": a verb that reports
        // only with what it says, not with a thing it owns.
        static const RE ownsObject(QStringLiteral("^[ \\x{00A0}]+(?:son|sa|ses|leur|leurs)[ \\x{00A0}]"),
                                   kOptions);
        static const RE ambiguous(QStringLiteral("(?:confirm|présent|livr|avanc|salu|réalis)\\p{L}*$"),
                                  kOptions);
        if (ambiguous.match(m.capturedView()).hasMatch()
            && ownsObject.match(sentence.mid(m.capturedEnd(), 8)).hasMatch())
            continue;
        // "les ports de Casablanca, Mohammedia et Jorf Lasfar ont assuré le transit de 24,8 MT":
        // "assurer" with a thing for object ensures it; it says only with "que" or its speaker
        // after it ("a assuré que…", "…, a assuré le ministre").
        static const RE ensures(QStringLiteral("assur\\p{L}*$"), kOptions);
        static const RE thing(
            QStringLiteral("^[ \\x{00A0}]+(?:le|la|les|l['’]|un|une|des|du)[ \\x{00A0}]*\\p{Ll}"), kOptions);
        if (ensures.match(m.capturedView()).hasMatch()
            && thing.match(sentence.mid(m.capturedEnd(), 16)).hasMatch())
            continue;
        QStringView whoText = m.capturedView(u"who");
        // "Akhannouch, dont l'allocution a été lue par …, Mustapha Baitas, a affirmé": the
        // subject is the sentence's first person, not the one in the inserted clause.
        const qsizetype whoStart = m.capturedStart(u"who");
        if (whoStart > 0) {
            const auto f = firstPersonPattern().match(sentence);
            if (f.hasMatch() && f.capturedStart(u"first") < whoStart && personNamed(f.captured(u"first"))
                && sentence.mid(f.capturedEnd(u"first"), 3).startsWith(u',')
                && m.capturedView().contains(u','))
                whoText = f.capturedView(u"first");
        }
        const QString who = resolve(whoText, search.contextAt(whoStart));
        if (!who.isEmpty())
            search.found.append({m.capturedStart(), who});
        return;
    }
}

QString SpeakerResolver::attributionIn(QStringView sentence,
                                       const QList<std::pair<qsizetype, qsizetype>> &triggers,
                                       QStringView context, bool heading)
{
    if (heading || context.trimmed().isEmpty()) {
        if (const QString who = colonSpeaker(sentence); !who.isEmpty())
            return setLast(who);
    }
    if (triggers.isEmpty())
        return {};
    // "ajoute la même source", "selon la même source", "d'après le communiqué": the speaker
    // named before.
    if (previousSourcePattern().match(sentence).hasMatch() && !last().isEmpty())
        return last();
    Search search(sentence, triggers, context);
    const TriggerForms forms = formsOf(sentence, triggers, search.start);
    findAfterTriggers(search, forms);
    // "…, a précisé Mustapha Baitas": once the subject follows the verb, the name before the
    // comma is not a subject.
    if (search.found.isEmpty())
        findSubject(search, triggers);
    if (search.found.isEmpty()) {
        const auto doc = namedDocumentPattern().match(sentence);
        if (doc.hasMatch() && !genericDocumentName(doc.capturedView(u"doc")))
            return setLast(TextUtil::simplified(doc.captured(u"doc")));
        return {};
    }
    std::sort(search.found.begin(), search.found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    // "rapporte la MAP", "a-t-il dit à l'AFP": a news agency relays; another attribution in
    // the sentence is the speaker.
    const auto speaker = std::find_if(search.found.cbegin(), search.found.cend(),
                                      [](const auto &f) { return !isAgency(f.second); });
    return setLast(speaker != search.found.cend() ? speaker->second : search.found.first().second);
}
