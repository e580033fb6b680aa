// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/furnitureclassifier.h"

#include "parallel/ranges.h"
#include "text/frenchdates.h"
#include "text/phrasealternation.h"
#include "text/textutil.h"

#include <QRegularExpression>

namespace {

enum class Signal : quint8 { None, SectionMarker, Furniture, Meta, Teaser };

struct Features
{
    Signal signal = Signal::None;
    bool prose = false;
    bool endsSentence = false;
    bool dataLine = false; // a table row or a "label : value" line (isDataLine)
    qsizetype length = 0;
    int words = 0;
    QString folded; // simplified, folded text
    QString htmlTag;
    double linkDensity = 0;
};

QRegularExpression foldedPattern(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// Patterns run on folded text (lower case, no accents, simplified spaces).
struct Rule
{
    Signal signal;
    QRegularExpression re;
    const char *reason;
};

// The table of furniture patterns, each with its reason: long, but a table, read row by row.
const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        // Lists of other articles: the marker, then headlines and teasers.
        {Signal::SectionMarker,
         foldedPattern(
             "^(?:a lire (?:aussi|egalement)|lire (?:aussi|egalement|la suite)|voir aussi|sur le meme sujet"
             "|articles? (?:similaires|lies|recommandes|populaires)|dans la meme rubrique|les plus "
             "(?:lus|partages|commentes)"
             "|derniers articles|dernieres (?:infos|nouvelles|actualites)|latest (?:articles|news|posts)"
             "|related (?:articles|posts|news|stories)|check also|you may also like|read (?:also|next)"
             "|vous aimerez aussi|ces articles pourraient vous interesser|plus d'articles)\\b.{0,120}$"),
         "a list of other articles"},
        {Signal::SectionMarker,
         foldedPattern(
             "^(?:a la une|en continu|fil info|related|trending|most (?:read|popular)|recommended|populaires?"
             "|more from .{1,40}|les plus lus|derniers? articles?|actualites)\\s*:?$"),
         "a list of other articles"},
        {Signal::Furniture,
         foldedPattern("(?:(?:laisser|laissez|poster|ajouter|ecrire|rediger) un "
                       "commentaire|^commentaires?\\s*(?:\\(\\d+\\))?$"
                       "|^\\d+\\s+commentaires?$|votre (?:adresse|commentaire|nom|e-?mail|message)|entrez "
                       "votre|saisissez votre"
                       "|enter your|leave a (?:reply|comment)|champs obligatoires|required "
                       "fields|^(?:nom|e-?mail|site web)\\s*\\*?$"
                       "|annuler la reponse|cancel reply)"),
         "a comment form"},
        {Signal::Furniture,
         foldedPattern("^(?:partager|partagez|share|tweet|tweeter|facebook|twitter|x|whatsapp|linkedin|"
                       "telegram|pinterest"
                       "|imprimer|print|e-?mail|envoyer|copier le lien|copy link|j'aime)(?:\\s*(?:sur|on|cet "
                       "article|this))?"
                       "(?:\\s+(?:partager|share|facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|"
                       "imprimer))*"
                       // (With its counter: "Partagez 0 Partages".)
                       "(?:\\s+\\d[\\d\\s.,]*k?(?:\\s+(?:partages?|shares?))?)?\\s*:?$"),
         "a share bar"},
        {Signal::Furniture,
         foldedPattern(
             "^(?:publicite|advertisement|sponsored|contenu sponsorise|sponsorise)(?:\\s+\\S+)?$"
             "|^(?:annonces?|pub|ads?)$|signaler (?:une annonce|un abus|ce contenu)|^report (?:an )?ad"),
         "an advertisement"},
        {Signal::Furniture,
         foldedPattern(
             "^(?:©|\\(c\\)|credit(?:s)? photo|photo\\s*:|photos?\\s*-|illustration\\s*:|credit\\s*:)"
             "|^.{0,200}©[^.]{0,60}$|^(?:photo|image|illustration)s?\\b[^.:]{0,30}:"
             "|^.{0,250}\\((?:ph|photo|photos|credit|credits|dr|afp|map|reuters)\\b[^)]{0,60}\\)\\s*$"),
         "a photo credit or caption"},
        {Signal::Furniture, foldedPattern("^(?:accueil|home)\\s*(?:>|›|»|/|\\||-|–)"), "a breadcrumb"},
        {Signal::Furniture,
         foldedPattern("(?:cliquez ici|cliquez sur ce lien|pour lire l'article (?:depuis|sur) sa source|lire "
                       "l'article original"
                       "|^(?:read more|en savoir plus|lire plus|voir plus|afficher plus|charger plus)$)"),
         "a link to elsewhere"},
        {Signal::Furniture,
         foldedPattern(
             "(?:tous droits reserves|all rights reserved|^copyright\\b|mentions legales|politique de "
             "confidentialite"
             "|conditions (?:generales )?d'utilisation|gestion des cookies|nous utilisons des "
             "cookies|abonnez-vous"
             "|inscrivez-vous|s'abonner|newsletter|contactez-nous|qui sommes-nous|^a propos$|^about(?: us)?$"
             "|^contact$|^(?:se connecter|connexion|login|sign in|s'inscrire|mon compte)$|telechargez "
             "l'application)"),
         "site footer or account links"},
        {Signal::Furniture,
         foldedPattern(
             "(?:merci d'avoir signale|^signaler$|^ok$|^fermer$|^close$|^menu$|^rechercher$|^search$)"),
         "a site control"},
        {Signal::Furniture,
         foldedPattern("(?:reserve aux abonnes|reservee? aux abonnes|je m'abonne|deja "
                       "abonne|abonnez-vous|s'abonner|offre d'abonnement"
                       "|pour lire la suite|la suite est reservee|contenu "
                       "(?:reserve|premium)|^premium$|essai gratuit|^se connecter$"
                       "|vous avez aime cet article|soutenez (?:notre|le) journalisme)"),
         "a paywall or subscription box"},
        {Signal::Furniture, foldedPattern("^(?:-?\\d+(?:[.,]\\d+)?\\s*°?\\s*[cf]|\\d+\\s*°)$"),
         "a weather widget"},
        {Signal::Furniture,
         foldedPattern("^(?:\\d[\\d\\s.,]*(?:k|m)?\\s*(?:(?:vues?|views?|lectures?|commentaires?|comments?|"
                       "partages?|shares?|likes?|reactions?)(?:\\(s\\))?)?)$"
                       "|^(?:vues?|views?|lectures?|commentaires?|comments?|partages?|shares?|likes?|"
                       "reactions?)\\s*:?\\s*\\d[\\d\\s.,]*k?$"
                       "|^lu\\s+\\d[\\d\\s.,]*\\s+fois$"),
         "a counter"},
        {Signal::Furniture, foldedPattern("^[a-z0-9]+(?:_[a-z0-9]+)+$"), "a leftover template name"},
        {Signal::Meta,
         foldedPattern(
             "^(?:publie|published|posted|mis a jour|updated|modifie|redige)(?:\\s|$|:)"
             "|temps de lecture|\\d+\\s*min(?:utes?)?\\s*(?:de lecture|read)"
             // "Il y a 3 heures", not "Il y a 908 000 femmes au chômage."
             "|^il y ?a \\d+\\s*(?:sec(?:ondes?)?|s|min(?:utes?)?|h|heures?|j|jours?|semaines?|mois|ans?)"
             "(?:\\s*$|\\s*[|\\x{00B7}\\x{2022}-])"
             "|^(?:source|sources)\\s*:"
             "|^(?:tags?|mots[- ]cles|themes?)\\s*:"),
         "a byline or dateline"},
    };
    return list;
}

// Every rule at once: most paragraphs match none, and one reading of the text tells so where a
// reading per rule would go through it once for each. Only a paragraph it matches is tried rule
// by rule, for the first rule in the table's order (the same answer as without it). The
// alternatives anchored at the line's start are one pattern, tried at the start only; the
// phrases that may stand anywhere are looked up by their first characters as the line is read.
struct AnyRule
{
    QRegularExpression anchored;
    PhraseAlternation anywhere;
    bool matches(const QString &folded) const
    {
        return anchored.match(folded).hasMatch() || anywhere.matches(folded);
    }
};

const AnyRule &anyRule()
{
    static const AnyRule any = [] {
        QStringList anchored, anywhere;
        for (const Rule &rule : rules()) {
            QStringList alternatives = PhraseAlternation::topLevelAlternatives(rule.re.pattern());
            // A rule written as one group, "(?:a|^b)", holds its alternatives inside it.
            for (qsizetype i = 0; i < alternatives.size(); ++i) {
                if (PhraseAlternation::isOneGroup(alternatives[i])) {
                    const QString inner = alternatives[i].mid(3, alternatives[i].size() - 4);
                    alternatives.append(PhraseAlternation::topLevelAlternatives(inner));
                    alternatives.removeAt(i--);
                }
            }
            for (const QString &alternative : std::as_const(alternatives)) {
                if (alternative.startsWith(u'^'))
                    anchored.append(QStringLiteral("(?:%1)").arg(alternative));
                else
                    anywhere.append(alternative);
            }
        }
        const auto options = QRegularExpression::UseUnicodePropertiesOption;
        return AnyRule {QRegularExpression(anchored.join(u'|'), options),
                        PhraseAlternation(anywhere, options)};
    }();
    return any;
}

// "Par Zaina Jnina", "By John Smith - 12 mars 2025", but not "Par ailleurs, …".
// "… à Casablanca. Adil Gadrouz / Le360", "… Salé, 2025. FADEL SENNA / AFP": a caption's credit.
bool endsWithPhotoCredit(QStringView original)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|[.,;]\\s+)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/"
                       "\\s*[\\p{L}\\d][\\p{L}\\d .-]{1,25}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return original.size() <= 300 && original.contains(u'/') && re.match(original).hasMatch();
}

bool isByline(QStringView original)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:Par|By|PAR|BY)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|du|el|ben|ibn|al))"
            "{0,4}(?:\\s*[-–—,|/(]\\s*.*|\\s+(?:le|à|a|on|in)\\s+.*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const bool opening = original.startsWith(u"Par") || original.startsWith(u"By")
        || original.startsWith(u"PAR") || original.startsWith(u"BY");
    return original.size() <= 100 && opening && re.match(original).hasMatch();
}

// "Le Matin, 15 janvier 2026", "Hespress | 12/03/2024": a site's name and a date.
bool isOutletDateLine(QStringView original)
{
    if (original.size() > 80 || original.isEmpty() || !original.front().isUpper()
        || std::none_of(original.begin(), original.end(),
                        [](QChar c) { return c == u',' || c == u'|' || c == u'–' || c == u'—'; }))
        return false;
    static const QRegularExpression re(
        QStringLiteral(
            "^\\p{Lu}[\\p{L}\\d'’.&-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.&-]*){0,3}\\s*[,|–—]\\s*(?<rest>.+)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(original);
    return m.hasMatch() && !FrenchDates::parseDateLine(m.capturedView(u"rest")).isNull();
}

Signal signalFor(const QString &folded, QStringView original, QString *reason = nullptr);

// "Par DDK | Il y a 1 heure | 237 lecture(s)": a strip of a few words between bars or bullets,
// one of them a byline, a relative time or a counter with its word, whatever the first item
// holds.
bool isMetaStrip(QStringView original)
{
    if (original.size() > 160)
        return false;
    const auto separator = [](QChar c) {
        return c == u'|' || c == u'\u00B7' || c == u'\u2022';
    };
    if (std::none_of(original.begin(), original.end(), separator))
        return false;
    QList<QStringView> items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= original.size(); ++i) {
        if (i == original.size() || separator(original[i])) {
            const QStringView item = original.mid(start, i - start).trimmed();
            if (!item.isEmpty())
                items.append(item);
            start = i + 1;
        }
    }
    if (items.size() < 2)
        return false;
    bool meta = false;
    for (const QStringView item : std::as_const(items)) {
        if (TextUtil::wordCount(item) > 6 || TextUtil::endsSentence(item))
            return false;
        const QString simple = TextUtil::simplified(item);
        const Signal s = signalFor(TextUtil::fold(simple), simple);
        // (Not a bare number: "Région | 2023 | 2024" heads a table.)
        meta = meta || s == Signal::Meta
            || (s == Signal::Furniture
                && std::any_of(item.begin(), item.end(), [](QChar c) { return c.isLetter(); }));
    }
    return meta;
}

Signal signalFor(const QString &folded, QStringView original, QString *reason)
{
    if (isByline(original) || isOutletDateLine(original)) {
        if (reason)
            *reason = QStringLiteral("a byline");
        return Signal::Meta;
    }
    if (endsWithPhotoCredit(original)) {
        if (reason)
            *reason = QStringLiteral("a photo caption");
        return Signal::Furniture;
    }
    if (anyRule().matches(folded)) {
        for (const Rule &rule : rules()) {
            if (rule.re.match(folded).hasMatch()) {
                if (reason)
                    *reason = QString::fromUtf8(rule.reason);
                return rule.signal;
            }
        }
    }
    if (isMetaStrip(original)) {
        if (reason)
            *reason = QStringLiteral("a byline");
        return Signal::Meta;
    }
    if (!FrenchDates::parseDateLine(original).isNull()) {
        if (reason)
            *reason = QStringLiteral("a date line");
        return Signal::Meta;
    }
    if (TextUtil::endsWithEllipsis(original) && original.size() < 300
        && !original.trimmed().startsWith(u'«')) {
        if (reason)
            *reason = QStringLiteral("a teaser cut short");
        return Signal::Teaser;
    }
    return Signal::None;
}

Features featuresOf(QStringView text)
{
    Features f;
    const QString simple = TextUtil::simplified(text);
    f.folded = TextUtil::fold(simple);
    f.length = simple.size();
    f.words = TextUtil::wordCount(simple);
    f.endsSentence = TextUtil::endsSentence(simple);
    f.signal = signalFor(f.folded, simple);
    f.prose
        = f.signal == Signal::None && f.words >= 8 && ((f.endsSentence && f.length >= 60) || f.length >= 160);
    return f;
}

int scoreOf(const Features &f)
{
    switch (f.signal) {
    case Signal::SectionMarker:
        // A bare marker heads a list that ends the page; one with its headline is often inline.
        return f.length <= 30 ? -400 : -150;
    case Signal::Furniture:
    case Signal::Teaser:
        return -150;
    case Signal::Meta:
        return -100;
    case Signal::None:
        break;
    }
    if (f.linkDensity > 0.5)
        return -80;
    if (f.prose)
        return f.endsSentence ? int(f.length) - 60 : int(f.length - 60) / 3;
    return -40;
}

bool isHeadingTag(const QString &tag)
{
    return tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6';
}

// A line that could be a title or sub-heading.
bool headingLike(const Features &f)
{
    if (f.signal != Signal::None || f.length > 220 || f.words < 1)
        return false;
    if (isHeadingTag(f.htmlTag))
        return true;
    return !f.endsSentence || f.folded.endsWith(u'?') || f.folded.endsWith(u'!');
}

bool isListItem(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.size() > 2 && (t[0] == u'-' || t[0] == u'•' || t[0] == u'–' || t[0] == u'*' || t[0] == u'—')
        && t[1].isSpace();
}

// "22,9 milliards de DH: dépenses de l'AMO", "37%: reste à charge": a key figure and what it
// is, as boxes of figures ("Repères", "Chiffres clés") print them.
bool isKeyFigureLine(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[\\d][\\d\\s.,\\x{00A0}\\x{202F}]*(?:%|\\s*(?:milliards?|millions?|mille|MMDH|MDH|"
                       "DH|dirhams|\\p{L}+)(?:\\s+de\\s+(?:DH|dirhams))?)?\\s*:\\s+\\S"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text.trimmed()).hasMatch();
}

// Table rows ("Agences\t176\t186") and "label : value" lines: the article's data, not furniture.
bool isDataLine(QStringView text)
{
    static const QRegularExpression keyValue(
        QStringLiteral(
            "^[^:]{3,100}\\s?:\\s*[-+−]?\\d[\\d\\s.,\\x{00A0}\\x{202F}]*(?:%|\\s*[\\p{L}€$]+){0,2}\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QStringView t = text.trimmed();
    if (t.contains(u'\t') && std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }))
        return true;
    // Both forms hold a colon.
    return t.contains(u':') && (isKeyFigureLine(t) || keyValue.match(t).hasMatch());
}

bool titleCandidate(const Features &f, QStringView text)
{
    return headingLike(f) && f.words >= 2 && f.length >= 10 && !TextUtil::looksLikePersonName(text)
        && !isListItem(text);
}

// The title is the heading-like line before the body that looks most like one: the known
// title, an <h1>, a line the breadcrumb repeats, a line followed by a standfirst or by the
// byline and dateline. Menu items and captions nearby score lower.
int findTitle(QStringView text, const QList<Paragraph> &paragraphs, const QList<Features> &features,
              int first, const QString &foldedTitle)
{
    constexpr int kWindow = 15;
    int best = -1;
    double bestScore = 0;
    for (int i = first - 1; i >= 0 && i >= first - kWindow; --i) {
        const Features &f = features[i];
        if (f.signal == Signal::SectionMarker)
            break;
        if (!foldedTitle.isEmpty() && f.folded == foldedTitle)
            return i;
        if (!titleCandidate(f, text.mid(paragraphs[i].start, paragraphs[i].length())))
            continue;
        double score = qMin<double>(f.length, 120) / 10.0 - 0.5 * (first - 1 - i);
        if (f.htmlTag == u"h1")
            score += 30;
        if (i + 1 < features.size() && features[i + 1].prose)
            score += 10;
        for (int j = i + 1; j < qMin<int>(features.size(), i + 5); ++j) {
            if (features[j].signal == Signal::Meta) {
                score += 10;
                break;
            }
        }
        for (int j = 0; j < i; ++j) {
            if (features[j].folded.endsWith(f.folded)) {
                score += 15; // a breadcrumb or an earlier copy of the title
                break;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

// The maximum-sum run of scores: Kadane's algorithm.
std::pair<int, int> bestRun(const QList<int> &scores)
{
    int best = 0, bestFirst = -1, bestLast = -1;
    int sum = 0, first = 0;
    for (int i = 0; i < scores.size(); ++i) {
        if (sum <= 0) {
            sum = 0;
            first = i;
        }
        sum += scores[i];
        if (sum > best) {
            best = sum;
            bestFirst = first;
            bestLast = i;
        }
    }
    return {bestFirst, bestLast};
}

} // namespace

QString FurnitureClassifier::furnitureReason(QStringView paragraph)
{
    const QString simple = TextUtil::simplified(paragraph);
    QString reason;
    signalFor(TextUtil::fold(simple), simple, &reason);
    return reason;
}

namespace {

// Each paragraph's features, with the HTML tag and link density behind it when there was HTML.
// A paragraph's own features depend on its text alone: a long page's are read in parallel.
QList<Features> featuresOf(QStringView text, const QList<Paragraph> &paragraphs,
                           const QList<HtmlBlock> *htmlBlocks)
{
    QList<Features> features(paragraphs.size());
    Features *own = features.data(); // each range writes its own paragraphs' features
    Parallel::forWeightedRanges(
        paragraphs.size(), [&paragraphs](qsizetype i) { return paragraphs[i].end - paragraphs[i].start; },
        32768,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                const Paragraph &p = paragraphs[i];
                const QStringView paragraph = text.mid(p.start, p.end - p.start);
                own[i] = featuresOf(paragraph);
                own[i].dataLine = own[i].signal == Signal::None && isDataLine(paragraph);
            }
        });
    if (!htmlBlocks)
        return features;
    int block = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        Features &f = features[i];
        while (block < htmlBlocks->size() && htmlBlocks->at(block).end <= p.start)
            ++block;
        if (block < htmlBlocks->size() && htmlBlocks->at(block).start <= p.start) {
            const HtmlBlock &b = htmlBlocks->at(block);
            f.htmlTag = b.tag;
            f.linkDensity = b.end > b.start ? double(b.linkChars) / double(b.end - b.start) : 0;
            if (isHeadingTag(b.tag))
                f.prose = false;
        }
    }
    return features;
}

} // namespace

FurnitureClassifier::Outcome FurnitureClassifier::classify(QStringView text, QList<Paragraph> &paragraphs,
                                                           QStringView knownTitle,
                                                           const QList<HtmlBlock> *htmlBlocks)
{
    Outcome outcome;
    const int n = int(paragraphs.size());
    const QList<Features> features = featuresOf(text, paragraphs, htmlBlocks);
    QList<int> scores;
    scores.reserve(n);
    for (int i = 0; i < n; ++i) {
        scores.append(features[i].dataLine ? 0 : scoreOf(features[i]));
    }
    auto [first, last] = bestRun(scores);
    if (first < 0) {
        // No prose at all (a short dispatch, a pasted list): hiding everything would lose its
        // figures, so everything that is not furniture on its face counts as the body.
        for (int i = 0; i < n; ++i) {
            if (features[i].signal == Signal::None) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0 && first < last
            && titleCandidate(features[first],
                              text.mid(paragraphs[first].start, paragraphs[first].length()))) {
            outcome.title = first;
            ++first;
        }
    }
    // A paragraph that is a whole sentence ("Selon la même source, 80.000 emplois ont été
    // créés.") next to the body belongs to it: a short one is not prose on its own and breaks the
    // run of prose, and a dispatch is often made of such lines. Headlines, teasers and captions
    // rarely end on a full stop.
    auto sentenceLine = [&](int i) {
        const Features &f = features[i];
        return f.signal == Signal::None && f.endsSentence && f.words >= 5 && f.linkDensity <= 0.5
            && !f.folded.endsWith(u'?') && !f.folded.endsWith(u'!') && !f.folded.endsWith(u':');
    };
    // What a body paragraph announces with a colon follows it ("… des mesures d'urgence :" then
    // "386.000 quintaux d'orge et 40.000 têtes de bétail ont été distribués"), even cut short.
    auto announced = [&](int i) {
        const Features &f = features[i];
        return features[i - 1].folded.endsWith(u':') && f.signal == Signal::None && f.words >= 3
            && f.linkDensity <= 0.5;
    };
    // A page stored cut short ends on a sentence of the body it continues: "Les diplômés ont vu
    // leur taux de chômage augmenter de 1,2 p" (the file's last paragraph, right after the body,
    // prose in words, no furniture on its face).
    auto cutShort = [&](int i) {
        const Features &f = features[i];
        const QStringView own = text.mid(paragraphs[i].start, paragraphs[i].length()).trimmed();
        return i == n - 1 && f.signal == Signal::None && f.words >= 8 && f.length >= 50 && !f.endsSentence
            && f.linkDensity <= 0.5 && !own.isEmpty() && own.front().isUpper() && !f.folded.endsWith(u':')
            && !f.folded.endsWith(u'?') && !f.folded.endsWith(u'!') && !isListItem(own);
    };
    if (first >= 0) {
        while (first > 0 && sentenceLine(first - 1) && first - 1 != outcome.title)
            --first;
        while (last + 1 < n && (sentenceLine(last + 1) || announced(last + 1) || cutShort(last + 1)))
            ++last;
        // The body goes on past an inline "À lire aussi" and its headlines: "… approche à grands pas
        // ! … / Vidéos OneFootball / 109 000 billets vendus en France ! / À lire aussi : / 1. … /
        // 2. … / Ce vendredi, après les phases de vente 1 et 2, la Confédération…" (a few short
        // lines, then prose again; not a list of the most read, nor the comments).
        for (bool resumed = true; resumed;) {
            resumed = false;
            int marker = -1;
            for (int j = last + 1; j < n && j <= last + 3 && marker < 0; ++j) {
                const Features &f = features[j];
                const bool readAlso = f.signal == Signal::SectionMarker
                    && (f.folded.startsWith(u"a lire") || f.folded.startsWith(u"lire aussi")
                        || f.folded.startsWith(u"lire egalement"));
                if (readAlso)
                    marker = j;
                else if (f.prose || f.length > 80)
                    break;
            }
            if (marker < 0)
                break;
            int j = marker + 1;
            while (j < n && j <= marker + 4 && !features[j].prose && features[j].length <= 160)
                ++j;
            if (j < n && j > marker && features[j].prose && scores[j] > 0
                && features[j].signal == Signal::None) {
                last = j;
                while (last + 1 < n
                       && ((features[last + 1].prose && scores[last + 1] > 0) || sentenceLine(last + 1)
                           || cutShort(last + 1)))
                    ++last;
                resumed = true;
            }
        }
    }
    outcome.bodyFirst = first;
    outcome.bodyLast = last;

    const QString foldedTitle = TextUtil::fold(TextUtil::simplified(knownTitle));
    if (first >= 0 && outcome.title < 0)
        outcome.title = findTitle(text, paragraphs, features, first, foldedTitle);
    const QString titleText = outcome.title >= 0 ? features[outcome.title].folded : foldedTitle;

    bool afterMarker = false;
    for (int i = 0; i < n; ++i) {
        const Features &f = features[i];
        Paragraph &p = paragraphs[i];
        // The title, and the same line repeated before or inside the body (pages often print
        // it twice), are headings.
        if (i == outcome.title
            || (!titleText.isEmpty() && f.folded == titleText && f.signal == Signal::None)) {
            p.kind = ParagraphKind::Heading;
            continue;
        }
        const QStringView own = text.mid(p.start, p.length());
        if (outcome.title >= 0 && i > outcome.title && i < first && f.signal == Signal::None
            && (f.prose || isListItem(own))) {
            // The standfirst (prose or bullet points), between the title and the bylines,
            // captions and counters.
            p.kind = ParagraphKind::Body;
            continue;
        }
        if (first < 0 || i < first || i > last) {
            p.kind = ParagraphKind::Boilerplate;
            continue;
        }
        if (f.signal != Signal::None || f.linkDensity > 0.5) {
            p.kind = ParagraphKind::Boilerplate;
            // A bare "Lire aussi" announces headlines on the lines below; "Lire aussi : <headline>"
            // carries its headline itself.
            afterMarker = (f.signal == Signal::SectionMarker && f.length <= 30)
                || (afterMarker && f.signal == Signal::Teaser);
            continue;
        }
        if (afterMarker && (!f.prose || isListItem(own) || TextUtil::numberedItem(own.trimmed(), 2))) {
            // The headline listed under an inline "Lire aussi" (numbered too: "2. Les Loups sans
            // entraîneur après 10 journées de championnat !").
            p.kind = ParagraphKind::Boilerplate;
            continue;
        }
        afterMarker = false;
        if (isHeadingTag(f.htmlTag)
            || (!f.prose && headingLike(f) && i < last && !f.dataLine && !isListItem(own)))
            p.kind = ParagraphKind::Heading;
        else
            p.kind = ParagraphKind::Body;
    }
    return outcome;
}
