#include "speakerresolver.h"

#include "textutil.h"

#include <QRegularExpression>

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption;

// A capitalised name word: "Baitas", "Aït", "El-Khalfi", "O'Neil".
const QString kNameWord = QStringLiteral("\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)?");
const QString kParticle = QStringLiteral("(?:el|El|al|Al|ben|Ben|Ibn|ibn|de|du|Aït|Ait|Ould|bin|Bin|Bel|bel)");
const QString kFullName = QStringLiteral("%1(?:[ \\x{00A0}](?:%2[ \\x{00A0}])?%1){1,3}").arg(kNameWord, kParticle);

const QString kRoleHead = QStringLiteral(
    "(?i:chef|ministre|porte-parole|directeur|directrice|président|présidente|secrétaire|wali|gouverneur|responsable"
    "|patron|patronne|député|députée|conseiller|conseillère|coordinateur|coordinatrice|haut-commissaire|commissaire"
    "|ambassadeur|ambassadrice|maire|professeur|professeure|économiste|expert|experte|analyste|sociologue|médecin"
    "|syndicaliste|délégué|déléguée|pdg|dg|rapporteur|rapporteuse)");

const QString kTitle = QStringLiteral("(?:M\\.|Mme|Mlle|Mmes|Dr|Pr|Me)");

const QString kVerbPast = QStringLiteral(
    "(?:précisé|indiqué|souligné|affirmé|déclaré|annoncé|révélé|dévoilé|expliqué|ajouté|noté|rappelé|insisté|poursuivi"
    "|estimé|assuré|observé|relevé|signalé|fait savoir|fait état|mis en avant|mis en exergue|mentionné|évoqué|exposé|chiffré"
    "|confié|martelé|répondu|reconnu|admis|averti|prévenu|conclu|constaté|détaillé|avancé|cité|communiqué|présenté|livré"
    "|salué|informé|dit|interprété|déploré|regretté|jugé|résumé|commenté|alerté|témoigné|raconté|nuancé|tempéré|analysé"
    "|glissé|évalué|chiffré|calculé|dénoncé|fustigé|plaidé|assuré)e?s?");
const QString kVerbPresent = QStringLiteral(
    "(?:précise|indique|souligne|affirme|déclare|annonce|révèle|dévoile|explique|ajoute|note|rappelle|insiste|poursuit"
    "|estime|assure|observe|relève|signale|interprète|mentionne|évoque|détaille|confie|martèle|répond|reconnaît|admet"
    "|avertit|conclut|constate|avance|cite|fait savoir|fait état|met en avant|salue|dit|chiffre|livre|déplore|regrette"
    "|juge|résume|commente|alerte|témoigne|raconte|nuance|tempère|analyse|glisse|évalue|calcule|dénonce|fustige"
    "|plaide|prévient|s'inquiète|se félicite|se réjouit)(?:nt)?");
const QString kAdverbs = QStringLiteral(
    "(?:(?:\\p{L}+ment|par ailleurs|également|aussi|encore|déjà|ainsi|lui-même|elle-même|hier|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|dernier|ce|cette|pour sa part|pour leur part|de son côté|de leur côté|quant à lui|quant à elle"
    "|à son tour|en avril|en mai|devant les députés|devant la presse)[ ,\\x{00A0}]+)*");

// An institution: an acronym or a head noun with its complement ("ministère de la Santé").
const QString kInstitution = QStringLiteral(
    "(?:(?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es)[ \\x{00A0}]*)?(?<inst>\\p{Lu}{2,}[\\p{Lu}\\d-]*(?![\\p{L}])|(?i:ministère|caisse|office|agence|haut-commissariat"
    "|direction|banque|conseil|cour|observatoire|fédération|confédération|syndicat|association|organisation|fonds|institut"
    "|département|administration|trésorerie|commission|gouvernement|inspection|autorité|union|programme|organisme|registre)"
    "(?:[ \\x{00A0}](?!(?:a|ont|est|sont|avait|avaient|aurait|sera|serait|qui|que|dont|ne|n['’]|se|s['’]|selon|évalue|estime|indique|précise|souligne|annonce|affirme|note|rappelle|explique|déclare|prévoit|compte|gère|dispose|regroupe|représente)\\b)"
    "(?:de la |de l['’]|du |des |de |d['’]|au |aux |pour la |pour le |et |et de la |et de l['’]|et des )?[\\p{L}'’-]+){0,6})");

// Who: a title and a name, a full name, a role (with its complement, or followed by the
// name), an institution, a surname.
const QString kWho = QStringLiteral(
    "(?<who>(?:(?:[Ll]e|[Ll]a)[ \\x{00A0}]+)?%4[ \\x{00A0}]+%1(?:[ \\x{00A0}]%1){0,2}"
    "|%2"
    "|(?:[Ll]e|[Ll]a|[Ll]['’])[ \\x{00A0}]*(?:nouveau |nouvelle )?%3(?:[ \\x{00A0}](?:délégué|déléguée|général|générale|adjoint|adjointe))?"
    "(?:[ \\x{00A0}]%2|(?:[ \\x{00A0}](?:du|de la|de l['’]|des|de|d['’]|chargée?|en charge)[^.;:«»()]{1,120}?)?(?:,[ \\x{00A0}]*%2)?"
    "(?=[,.;:)»]|$|[ \\x{00A0}](?:a|qui|lors|devant|dans|en|au|à)\\b))"
    "|%5"
    "|%1)").arg(kNameWord, kFullName, kRoleHead, kTitle, QString(kInstitution).replace(QStringLiteral("(?<inst>"), QStringLiteral("(?:")));

bool isTitle(QStringView w)
{
    return w == u"M" || w == u"M." || w == u"Mme" || w == u"Mlle" || w == u"Mmes" || w == u"Dr" || w == u"Pr" || w == u"Me";
}

bool isPronoun(QStringView w)
{
    for (const char16_t *p : {u"il", u"elle", u"lui", u"eux", u"elles", u"ils", u"celui-ci", u"celle-ci"}) {
        if (w.compare(QStringView(p), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Capitalised words that start sentences and are not names.
bool isCommonCapitalised(QStringView w)
{
    static const QStringList words = {
        QStringLiteral("Le"), QStringLiteral("La"), QStringLiteral("Les"), QStringLiteral("Un"), QStringLiteral("Une"),
        QStringLiteral("Depuis"), QStringLiteral("Selon"), QStringLiteral("Pour"), QStringLiteral("Dans"), QStringLiteral("Ce"),
        QStringLiteral("Cette"), QStringLiteral("Ces"), QStringLiteral("En"), QStringLiteral("Au"), QStringLiteral("Aux"),
        QStringLiteral("Sa"), QStringLiteral("Son"), QStringLiteral("Ses"), QStringLiteral("Par"), QStringLiteral("Sur"),
        QStringLiteral("Avec"), QStringLiteral("Ainsi"), QStringLiteral("Concernant"), QStringLiteral("Lors"),
        QStringLiteral("Après"), QStringLiteral("Avant"), QStringLiteral("Mais"), QStringLiteral("Et"), QStringLiteral("Il"),
        QStringLiteral("Elle"), QStringLiteral("Des"), QStringLiteral("Du"), QStringLiteral("De"), QStringLiteral("Chef"),
        QStringLiteral("Ministre"), QStringLiteral("Royaume"), QStringLiteral("Roi"), QStringLiteral("Majesté"),
        QStringLiteral("Chambre"), QStringLiteral("Parlement"), QStringLiteral("Relations"), QStringLiteral("Santé"),
        QStringLiteral("Assurance"), QStringLiteral("Maladie"), QStringLiteral("Protection"), QStringLiteral("Sociale"),
        QStringLiteral("Plus"), QStringLiteral("Près"), QStringLiteral("Lire"), QStringLiteral("Publié"),
        QStringLiteral("Conseil"), QStringLiteral("Caisse"), QStringLiteral("Nationale"), QStringLiteral("National"),
        QStringLiteral("Sécurité"), QStringLiteral("Haut"), QStringLiteral("Commissariat"), QStringLiteral("Plan"),
        QStringLiteral("Vision"), QStringLiteral("Etat"), QStringLiteral("État"), QStringLiteral("Gouvernement"),
        QStringLiteral("Conseillers"), QStringLiteral("Représentants"), QStringLiteral("Maroc"), QStringLiteral("Rabat"),
        QStringLiteral("Casablanca"), QStringLiteral("Exécutif"), QStringLiteral("Grâce"), QStringLiteral("Parmi"),
        QStringLiteral("Cela"), QStringLiteral("Notre"), QStringLiteral("Nous"), QStringLiteral("Vous"), QStringLiteral("Jusqu"),
    };
    return words.contains(w.toString());
}

QString roleHeadOf(QStringView phrase)
{
    static const RE re(QStringLiteral("(?:le|la|l['’])[ \\x{00A0}]*(?:nouveau |nouvelle )?(%1)").arg(kRoleHead),
                       kOptions | RE::CaseInsensitiveOption);
    const auto m = re.match(phrase);
    if (!m.hasMatch())
        return {};
    QString head = m.captured(1).toLower();
    // Feminine and masculine forms name the same role.
    if (head.endsWith(u'e') && head != u"ministre" && head != u"porte-parole" && head != u"secrétaire" && head != u"responsable"
        && head != u"commissaire" && head != u"maire" && head != u"économiste" && head != u"analyste" && head != u"sociologue"
        && head != u"syndicaliste" && head != u"haut-commissaire")
        head.chop(1);
    if (head == u"directric")
        head = QStringLiteral("directeur");
    return head;
}

} // namespace

SpeakerResolver::SpeakerResolver(QStringView articleText)
{
    learn(articleText);
}

void SpeakerResolver::learn(QStringView text)
{
    static const RE fullName(QStringLiteral("(?<![\\p{L}])%1").arg(kFullName), kOptions);
    auto it = fullName.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString name = m.captured();
        // Drop leading sentence words: "Ainsi Aziz Akhannouch" → "Aziz Akhannouch".
        QStringList words = name.split(QRegularExpression(QStringLiteral("[ \\x{00A0}]")));
        while (words.size() > 2 && (isCommonCapitalised(words.first()) || isTitle(words.first())))
            words.removeFirst();
        if (words.size() < 2 || isCommonCapitalised(words.first()) || isCommonCapitalised(words.last()))
            continue;
        name = words.join(u' ');
        if (!personNamed(name))
            m_people.append(Person{name, words.last(), {}});
    }
    // Roles in apposition: "ROLE …, NAME" and "NAME, ROLE …".
    static const RE roleThenName(QStringLiteral("(?:[Ll]e|[Ll]a|[Ll]['’])[ \\x{00A0}]*(?:nouveau |nouvelle )?%1(?:[^.;:«»()]{0,120}?,)?[ \\x{00A0}]*(?:%3[ \\x{00A0}]+)?(?<name>%2)")
                                     .arg(kRoleHead, kFullName, kTitle),
                                 kOptions);
    static const RE nameThenRole(QStringLiteral("(?<name>%1),[ \\x{00A0}]*(?<role>(?:le |la |l['’])?(?:nouveau |nouvelle )?%2)")
                                     .arg(kFullName, kRoleHead),
                                 kOptions);
    auto r1 = roleThenName.globalMatch(text);
    while (r1.hasNext()) {
        const auto m = r1.next();
        linkRole(m.captured(u"name"), m.captured().left(m.capturedStart(u"name") - m.capturedStart()));
    }
    auto r2 = nameThenRole.globalMatch(text);
    while (r2.hasNext()) {
        const auto m = r2.next();
        QString role = m.captured(u"role");
        if (!role.startsWith(u"l"))
            role.prepend(QStringLiteral("le "));
        linkRole(m.captured(u"name"), role);
    }
}

void SpeakerResolver::linkRole(const QString &name, QStringView roleText)
{
    Person *p = personNamed(name);
    if (!p) {
        const QStringList words = name.split(u' ');
        m_people.append(Person{name, words.last(), {}});
        p = &m_people.last();
    }
    const QString head = roleHeadOf(roleText);
    if (!head.isEmpty() && !p->roles.contains(head))
        p->roles.append(head);
}

SpeakerResolver::Person *SpeakerResolver::personNamed(const QString &nameOrSurname)
{
    const QString key = TextUtil::simplified(nameOrSurname);
    for (Person &p : m_people) {
        if (p.name == key)
            return &p;
    }
    for (Person &p : m_people) {
        if (p.surname == key || p.name.endsWith(u' ' + key))
            return &p;
    }
    return nullptr;
}

QString SpeakerResolver::resolveRole(const QString &head)
{
    if (head.isEmpty())
        return {};
    // The person introduced with this role; the last speaker first when several share it.
    QString found;
    for (const Person &p : m_people) {
        if (p.roles.contains(head)) {
            if (p.name == m_last)
                return p.name;
            if (found.isEmpty())
                found = p.name;
        }
    }
    return found;
}

// The last person the text before a pronoun mentions: a known name or surname, or a first
// name followed by a description ("Fatiha, mère de trois enfants, … explique-t-elle").
QString SpeakerResolver::lastMentioned(QStringView before)
{
    static const RE mention(QStringLiteral("(?<![\\p{L}])(?:%1[ \\x{00A0}]+)?(?<name>%2|%3)(?=,[ \\x{00A0}]+\\p{Ll}|[ \\x{00A0},.;:]|$)")
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
        if (!isCommonCapitalised(name) && !name.contains(u' ') && afterComma && end + 2 < before.size() && before[end] == u','
            && before[end + 2].isLower()) {
            qsizetype w = end + 2;
            while (w < before.size() && before[w].isLetter())
                ++w;
            if (!before.mid(end + 2, w - end - 2).endsWith(u"ant"))
                found = name;
        }
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
        return mentioned.isEmpty() ? m_last : mentioned;
    }
    // A full name in a role's phrase ("le ministre de la Santé, Amine Tahraoui") wins.
    static const RE fullName(QStringLiteral("(?<![\\p{L}])%1").arg(kFullName), kOptions);
    const bool institution = !roleHeadOf(who).isEmpty() ? false : QRegularExpression(QStringLiteral("^(?:[Ll]e |[Ll]a |[Ll]['’]|[Ll]es )?(?i:ministère|caisse|office|agence|haut-commissariat|direction|banque|conseil|cour|observatoire|fédération|confédération|syndicat|association|organisation|fonds|institut|département|administration|trésorerie|commission|gouvernement|inspection|autorité|union|programme|organisme|registre)\\b")).match(who).hasMatch();
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
    static const RE article(QStringLiteral("^(?:[Ll]e|[Ll]a|[Ll]es)[ \\x{00A0}]+|^[Ll]['’]"), kOptions);
    static const RE title(QStringLiteral("^%1[ \\x{00A0}]+").arg(kTitle), kOptions);
    const QString head = roleHeadOf(who);
    if (!head.isEmpty() && article.match(who).hasMatch() && !title.match(who.mid(article.match(who).capturedEnd())).hasMatch())
        return resolveRole(head);
    who.remove(article);
    who.remove(title);
    if (Person *p = personNamed(who))
        return p->name;
    if (isCommonCapitalised(who))
        return {};
    return who;
}

QString SpeakerResolver::attributionIn(QStringView sentence, QStringView context, bool heading)
{
    // Heading "Akhannouch : plus de 500.000 dossiers …".
    if (heading) {
        static const RE colon(QStringLiteral("^\\s*(?<who>%1|%2)\\s*:").arg(kFullName, kNameWord), kOptions);
        const auto m = colon.match(sentence);
        if (m.hasMatch()) {
            const QString who = m.captured(u"who");
            if (personNamed(who)) {
                m_last = resolve(who, {});
                return m_last;
            }
        }
        return {};
    }
    struct Found
    {
        qsizetype at;
        QString who;
    };
    QList<Found> found;
    // What precedes a position: the paragraph so far and the sentence up to it.
    auto contextAt = [&](qsizetype at) { return QString(context.toString() + u' ' + sentence.left(at).toString()); };
    auto take = [&](const RE &re, const QString &group = QStringLiteral("who")) {
        auto it = re.globalMatch(sentence);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString who = resolve(m.capturedView(group), contextAt(m.capturedStart()));
            if (!who.isEmpty())
                found.append(Found{m.capturedStart(), who});
        }
    };
    static const QString source = QStringLiteral(
        "(?:(?:une |l['’]|les |des |la |le )?(?:étude|enquête|rapport|note|bilan|analyse|données|chiffres|statistiques|estimations|résultats|calculs)s?"
        " (?:publiée?s? )?(?:de la |de l['’]|du |des |de |d['’])?)?");
    // "selon X", "d'après X", "selon une étude de l'Observatoire …", "selon lui".
    static const RE selon(QStringLiteral("(?:\\b[Ss]elon|\\b[Dd]['’]après|\\b[Aa]ux dires d[e']|\\b[Dd]e l['’]avis d[e'])[ \\x{00A0}]+%1(?:%2|(?<who2>lui|elle|eux))")
                              .arg(source, kWho),
                          kOptions);
    // ", a précisé X", "», a dévoilé lundi le chef du gouvernement, Aziz Akhannouch", ", souligne le ministre".
    static const RE after(QStringLiteral("(?:[,«»\"]|^)[ \\x{00A0}]*(?:a|avait|ont)?[ \\x{00A0}]*(?:%1|%2)[ \\x{00A0}]+%3%4").arg(kVerbPast, kVerbPresent, kAdverbs, kWho),
                          kOptions);
    // "a-t-il précisé", "souligne-t-il".
    static const RE inverted(QStringLiteral("(?:(?:a|avait)-t-(?:il|elle)[ \\x{00A0}]+%1|(?:%2|lance)-t-(?:il|elle))").arg(kVerbPast, kVerbPresent), kOptions);
    // "M. Baitas a souligné", "Il a précisé", "Le ministre a rappelé", "Aziz Akhannouch s'est félicité".
    static const RE before(QStringLiteral("%1[ \\x{00A0}]*,?[ \\x{00A0}]*(?:a|avait|ont|aurait)?[ \\x{00A0}]*%2(?:s['’]est|se)?[ \\x{00A0}]*(?:%3|%4|félicité|félicite|réjoui|réjouit)\\b")
                               .arg(QString(kWho).replace(QStringLiteral("(?<who>"), QStringLiteral("(?<who>(?:\\b[Ii]l|\\b[Ee]lle)(?=\\s)|")), kAdverbs, kVerbPast, kVerbPresent),
                           kOptions);
    // "communiqué jeudi par Mustapha Baitas".
    static const RE passive(QStringLiteral("\\b(?:communiqué|annoncé|présenté|dévoilé|révélé|livré|avancé|cité|donné|fourni)e?s?[ \\x{00A0}]+(?:\\p{L}+[ \\x{00A0}]+){0,2}?par[ \\x{00A0}]+%1").arg(kWho),
                            kOptions);
    auto sel = selon.globalMatch(sentence);
    while (sel.hasNext()) {
        const auto m = sel.next();
        const QStringView who = m.capturedLength(u"who2") ? m.capturedView(u"who2") : m.capturedView(u"who");
        const QString resolved = resolve(who, contextAt(m.capturedStart()));
        if (!resolved.isEmpty())
            found.append(Found{m.capturedStart(), resolved});
    }
    take(after);
    take(passive);
    auto inv = inverted.globalMatch(sentence);
    while (inv.hasNext()) {
        const auto m = inv.next();
        const QString who = resolve(QStringLiteral("il"), contextAt(m.capturedStart()));
        if (!who.isEmpty())
            found.append(Found{m.capturedStart(), who});
    }
    // "…, a précisé Mustapha Baitas": once the subject follows the verb, the name before the
    // comma is not a subject.
    const bool postVerbal = !found.isEmpty();
    auto pre = before.globalMatch(sentence);
    while (!postVerbal && pre.hasNext()) {
        const auto m = pre.next();
        QStringView whoText = m.capturedView(u"who");
        // "Akhannouch, dont l'allocution a été lue par …, Mustapha Baitas, a affirmé": the
        // subject is the sentence's first person, not the one in the inserted clause.
        const qsizetype whoStart = m.capturedStart(u"who");
        if (whoStart > 0) {
            static const RE firstPerson(QStringLiteral("^(?:[\\p{L}' ]{0,20},[ \\x{00A0}]*)?(?<first>%1|%2)").arg(kFullName, kNameWord), kOptions);
            const auto f = firstPerson.match(sentence);
            if (f.hasMatch() && f.capturedStart(u"first") < whoStart && personNamed(f.captured(u"first"))
                && sentence.mid(f.capturedEnd(u"first"), 3).startsWith(u',') && m.capturedView().contains(u','))
                whoText = f.capturedView(u"first");
        }
        const QString who = resolve(whoText, contextAt(whoStart));
        if (!who.isEmpty())
            found.append(Found{m.capturedStart(), who});
    }
    if (found.isEmpty())
        return {};
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.at < b.at; });
    m_last = found.first().who;
    return m_last;
}
