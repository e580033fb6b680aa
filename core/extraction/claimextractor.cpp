// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/claimextractor.h"

#include "extraction/paragraphextractor_p.h"

#include "metrics/metricassigner.h"
#include "parallel/ranges.h"
#include "sources/pdfloader.h"

#include "extraction/fractionreader.h"
#include "extraction/nonclaimspans.h"
#include "extraction/numberreader.h"
#include "extraction/qualifierdetector.h"
#include "extraction/speakerresolver.h"
#include "extraction/unitdetector.h"
#include "text/frenchdates.h"
#include "text/sentencesplitter.h"
#include "text/stringpool.h"
#include "text/textutil.h"

#include <QRegularExpression>

using namespace ExtractionDetail;

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

// The folded word just before `pos` (skipping spaces and the apostrophe of "d'"), and where
// it starts; empty when a punctuation mark comes first.
QStringView previousWord(QStringView text, qsizetype pos, char16_t (&buffer)[32],
                         qsizetype *wordStart = nullptr)
{
    const qsizetype e = TextUtil::skipSpacesBack(text, pos);
    qsizetype b = e;
    while (b > 0 && e - b < 31
           && (TextUtil::isLetterFast(text[b - 1]) || text[b - 1] == u'°' || text[b - 1] == u'º'))
        --b;
    if (wordStart)
        *wordStart = b;
    for (qsizetype k = b; k < e; ++k)
        buffer[k - b] = TextUtil::foldChar(text[k].unicode());
    return QStringView(buffer, e - b);
}

// Numbers that name something instead of counting it: "article 12", "loi n° 65", "épisode 89".
bool afterIdentifierWord(QStringView text, qsizetype start)
{
    static const FoldedWordSet words(
        QStringList {QStringLiteral("n°"),         QStringLiteral("nº"),        QStringLiteral("no"),
                     QStringLiteral("numero"),     QStringLiteral("num"),       QStringLiteral("article"),
                     QStringLiteral("articles"),   QStringLiteral("art"),       QStringLiteral("loi"),
                     QStringLiteral("decret"),     QStringLiteral("dahir"),     QStringLiteral("arrete"),
                     QStringLiteral("circulaire"), QStringLiteral("chapitre"),  QStringLiteral("alinea"),
                     QStringLiteral("page"),       QStringLiteral("pages"),     QStringLiteral("p"),
                     QStringLiteral("episode"),    QStringLiteral("ep"),        QStringLiteral("saison"),
                     QStringLiteral("version"),    QStringLiteral("tome"),      QStringLiteral("volume"),
                     QStringLiteral("vol"),        QStringLiteral("annexe"),    QStringLiteral("tableau"),
                     QStringLiteral("figure"),     QStringLiteral("phase"),     QStringLiteral("etape"),
                     QStringLiteral("lot"),        QStringLiteral("ref"),       QStringLiteral("reference"),
                     QStringLiteral("code"),       QStringLiteral("rubrique"),  QStringLiteral("paragraphe"),
                     QStringLiteral("§"),          QStringLiteral("promotion"), QStringLiteral("legislature"),
                     QStringLiteral("niveau"),     QStringLiteral("categorie"), QStringLiteral("classe"),
                     QStringLiteral("route"),      QStringLiteral("rn"),        QStringLiteral("km"),
                     QStringLiteral("kilometre"),  QStringLiteral("ligne"),     QStringLiteral("bus"),
                     QStringLiteral("salle"),      QStringLiteral("bureau"),    QStringLiteral("porte"),
                     QStringLiteral("terminal"),   QStringLiteral("zone"),      QStringLiteral("question"),
                     QStringLiteral("type"),       QStringLiteral("top")});
    char16_t buffer[32];
    qsizetype e = start;
    while (e > 0 && (TextUtil::isSpace(text[e - 1]) || text[e - 1] == u'.'))
        --e;
    if (e > 0 && (text[e - 1] == u'°' || text[e - 1] == u'º' || text[e - 1] == u'§'))
        return true; // "n° 12", "n°12", "§ 3"
    return words.contains(previousWord(text, e, buffer));
}

// Words a paragraph must hold for some passes to be worth running: the time units of "il y a
// trois ans", the words of the relative dates ("à ce jour", "l'an dernier") and of the
// fractions ("la moitié", "un sur trois"). One look-up per word tells which are there.
const QStringList &agoUnitWords()
{
    // (And the short spans a report's hours count: "Dix minutes plus tard, 13 073 personnes étaient
    // annoncées".)
    static const QStringList words {QStringLiteral("ans"),     QStringLiteral("annees"),
                                    QStringLiteral("mois"),    QStringLiteral("semaines"),
                                    QStringLiteral("jours"),   QStringLiteral("decennies"),
                                    QStringLiteral("siecles"), QStringLiteral("heures"),
                                    QStringLiteral("minutes"), QStringLiteral("secondes")};
    return words;
}

const QStringList &relativeDateWords()
{
    static const QStringList words {
        QStringLiteral("present"),      QStringLiteral("jour"),      QStringLiteral("actuelle"),
        QStringLiteral("actuellement"), QStringLiteral("aujourd"),   QStringLiteral("desormais"),
        QStringLiteral("date"),         QStringLiteral("annee"),     QStringLiteral("an"),
        QStringLiteral("mois"),         QStringLiteral("maintenant")};
    return words;
}

enum KeyWord : int { AgoUnit = 1, RelativeDateWord = 2, FractionWord = 4, LabelWord = 8, SelectionWord = 16 };

int keyWordsIn(const FoldedWords &words)
{
    static const FoldedWordSet set = [] {
        QHash<QString, int> bits;
        for (const QString &w : agoUnitWords())
            bits[w] |= AgoUnit;
        for (const QString &w : relativeDateWords())
            bits[w] |= RelativeDateWord;
        for (const QString &w : FractionReader::words())
            bits[w] |= FractionWord;
        for (const char *w : {"ans",       "salaries",   "employes", "personnes", "roues",    "etoiles",
                              "bouteille", "bouteilles", "bonbonne", "bonbonnes", "bombonne", "bombonnes",
                              "sac",       "sacs",       "paquet",   "paquets",   "bidon",    "bidons",
                              "canette",   "canettes",   "boite",    "boites",    "flacon",   "flacons",
                              "sachet",    "sachets",    "fut",      "futs",      "semaine",  "semaines"})
            bits[QString::fromLatin1(w)] |= LabelWord;
        for (const char *w : {"premiers", "premieres", "derniers", "dernieres", "prochains", "prochaines",
                              "ces", "periodes", "trimestres", "semestres", "exercices"})
            bits[QString::fromLatin1(w)] |= SelectionWord;
        FoldedWordSet out;
        for (auto it = bits.cbegin(); it != bits.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }();
    int mask = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int v = set.value(words, i);
        if (v > 0)
            mask |= v;
    }
    return mask;
}

// The words before "de" that make a number approximate, not a noun's complement: "près de trois
// ans", "plus de deux ans".
const QSet<QStringView> kApproximations
    = {u"pres", u"plus", u"moins", u"environ", u"quelque", u"autour", u"pas", u"bien", u"beaucoup", u"peu"};

// "il y a trois ans", "depuis deux ans", "trois ans après": a relative date, not a measure.
// Read on words: an opener ("il y a", "voici", "depuis"), one to four words, a time unit; or
// a time unit followed by "après", "plus tard".
QList<TextSpan> agoSpans(QStringView text, const FoldedWords &words)
{
    static const FoldedWordSet units(agoUnitWords());
    QList<TextSpan> out;
    const qsizetype n = words.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!units.contains(words, i))
            continue;
        // Opener within the five words before the unit.
        for (qsizetype k = i - 1; k >= 0 && k >= i - 5; --k) {
            const QStringView w = words.folded(k);
            const bool ilYA
                = w == u"a" && k >= 2 && words.folded(k - 1) == u"y" && words.folded(k - 2) == u"il";
            if (ilYA || w == u"voici" || w == u"voila" || w == u"depuis") {
                out.append(TextSpan {words.start(ilYA ? k - 2 : k), words.end(i)});
                break;
            }
        }
        // "trois ans après", "deux ans plus tard": the number is one or two words before.
        if (i + 1 < n && i >= 1) {
            const QStringView next = words.folded(i + 1);
            const bool later = next == u"apres" || next == u"auparavant"
                || (i + 2 < n && next == u"plus"
                    && (words.folded(i + 2) == u"tard" || words.folded(i + 2) == u"tot"));
            // "un second mandat de cinq ans après avoir remporté…": the length of what the noun
            // before it names ("près de trois ans après" and "plus de deux ans après" stay
            // relative).
            qsizetype de = i - 1;
            if (de >= 0 && NumberReader::wordValue(words.folded(de)) > 0)
                --de;
            const bool ofNoun = de >= 1 && (words.folded(de) == u"de" || words.folded(de) == u"d")
                && !kApproximations.contains(words.folded(de - 1))
                && NumberReader::wordValue(words.folded(de - 1)) <= 0;
            if (later && !ofNoun)
                out.append(TextSpan {words.start(i - 1), words.end(i + 1)});
        }
    }
    // Digits are not words: "il y a 3 ans" and "3 ans après" need the number itself covered.
    for (TextSpan &span : out) {
        qsizetype b = span.start;
        while (b > 0 && (text[b - 1].isDigit() || TextUtil::isSpace(text[b - 1])))
            --b;
        span.start = qMin(span.start, b);
    }
    return out;
}

QList<TextSpan> phoneSpans(QStringView text)
{
    // A phone number has nine digits at least: most paragraphs have fewer, and skip the pattern.
    // (Two loops the compiler vectorises: ASCII digits, then whether a character of a block
    // with other digits, which the pattern's \d reads too, is there at all.)
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    int asciiDigits = 0;
    for (qsizetype i = 0; i < n; ++i)
        asciiDigits += unsigned(units[i] - u'0') < 10u;
    if (asciiDigits < 9) {
        unsigned otherBlocks = 0; // U+0660 to U+1FFF, from U+A620 on
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned u = units[i];
            otherBlocks |= unsigned(u - 0x660u < 0x19A0u) | unsigned(u >= 0xA620u);
        }
        if (!otherBlocks)
            return {};
        int digitCount = 0;
        for (const QChar ch : text)
            digitCount += ch.isDigit();
        if (digitCount < 9)
            return {};
    }
    static const RE re(QStringLiteral("(?:(?:\\+|00)\\s?\\d{2,3}|\\(\\+\\d{2,3}\\))[\\s.\\-]?(?:\\(0\\)[\\s."
                                      "\\-]?)?\\d(?:[\\s.\\-]?\\d){7,10}"
                                      "|(?<![\\d,.])0\\d{1,3}(?:[\\s.\\-]?\\d{2,4}){2,4}(?!\\d|,\\d)"),
                       RE::UseUnicodePropertiesOption);
    QList<TextSpan> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        int digits = 0;
        for (QChar ch : m.capturedView())
            digits += ch.isDigit();
        // A national number has nine or ten digits; an international one more.
        if (digits >= 9 && digits <= 15)
            out.append(TextSpan {m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

// `spans` sorted by start and not overlapping much; tokens are asked in increasing order.
bool overlapsAny(const QList<TextSpan> &spans, qsizetype start, qsizetype end, qsizetype &hint)
{
    while (hint < spans.size() && spans[hint].end <= start)
        ++hint;
    for (qsizetype i = hint; i < spans.size() && spans[i].start < end; ++i) {
        if (start < spans[i].end)
            return true;
    }
    return false;
}

// "les logements détruits par le séisme de septembre 2023", "la crise de 2008": the date of an
// event a figure is about, not of the figure.
bool isEventDate(QStringView text, qsizetype dateStart)
{
    char16_t buffer[32];
    qsizetype wordStart = 0;
    QStringView word = previousWord(text, dateStart, buffer, &wordStart);
    if (word != u"du" && word != u"de" && word != u"d")
        return false;
    if (wordStart > 0 && (text[wordStart - 1] == u'\'' || text[wordStart - 1] == u'’'))
        --wordStart;
    word = previousWord(text, wordStart, buffer, &wordStart);
    // (And "le tremblement de terre du 8 septembre".)
    if (word == u"terre") {
        word = previousWord(text, wordStart, buffer, &wordStart);
        if (word == u"de")
            word = previousWord(text, wordStart, buffer, &wordStart);
    }
    return TextUtil::isEventNoun(word);
}

// "depuis le 1er décembre 2022", "à partir de 2022", "dès 2021", "à compter du 1er janvier",
// "depuis le mois de juin 2017".
bool isSinceBefore(QStringView text, qsizetype dateStart)
{
    char16_t buffer[32];
    qsizetype wordStart = 0;
    QStringView word = previousWord(text, dateStart, buffer, &wordStart);
    if (word == u"du" || word == u"de" || word == u"le" || word == u"la" || word == u"l" || word == u"d") {
        if (wordStart > 0 && (text[wordStart - 1] == u'\'' || text[wordStart - 1] == u'’'))
            --wordStart;
        word = previousWord(text, wordStart, buffer, &wordStart);
    }
    // "depuis le mois de juin 2017", "depuis l'année 2015": the period's noun and its article.
    if (word == u"mois" || word == u"annee") {
        if (wordStart > 0 && (text[wordStart - 1] == u'\'' || text[wordStart - 1] == u'’'))
            --wordStart;
        word = previousWord(text, wordStart, buffer, &wordStart);
        if (word == u"le" || word == u"l")
            word = previousWord(text, wordStart, buffer, &wordStart);
    }
    // "dès 2021", but not "des cinq premiers mois": the folded word lost the accent.
    if (word == u"depuis"
        || (word == u"des" && text.mid(wordStart, 3).compare(u"dès", Qt::CaseInsensitive) == 0))
        return true;
    if (word == u"partir" || word == u"compter") {
        char16_t second[32];
        return previousWord(text, wordStart, second) == u"a";
    }
    return false;
}

// Phrases that mean "as of the reference date" or a date relative to it. (Called where one of
// relativeDateWords() stands.)
QList<DateMention> relativeDates(QStringView text, PartialDate reference)
{
    QList<DateMention> out;
    if (reference.isNull())
        return out;
    static const RE now(
        QStringLiteral("\\b(?:jusqu['’]\\s*(?:à|a) (?:présent|ce jour|aujourd['’]hui|maintenant)|à ce jour|à "
                       "l['’]heure actuelle"
                       "|actuellement|aujourd['’]hui|désormais|à date|depuis le début de l['’]année|cette "
                       "année|le mois dernier)\\b"),
        kOptions);
    auto it = now.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString f = TextUtil::fold(m.capturedView());
        PartialDate d {reference.year, reference.month, 0};
        if (f.contains(u"cette annee"))
            d = PartialDate {reference.year, 0, 0};
        else if (f.contains(u"mois dernier") && reference.hasMonth())
            d = reference.month == 1 ? PartialDate {qint16(reference.year - 1), 12, 0}
                                     : PartialDate {reference.year, qint8(reference.month - 1), 0};
        out.append(DateMention {m.capturedStart(), m.capturedEnd(), d, false, false, {}, {}});
    }
    return out;
}

// "entre le deuxième trimestre de 2016 et celui de 2017", "entre mars 2023 et mars 2024": two
// dates that make one span, dated to its end.
void joinSpans(QStringView text, QList<DateMention> &dates)
{
    static const RE gap(QStringLiteral("^\\s+et\\s+(?:le\\s+|la\\s+|l['’]|fin\\s+|début\\s+)?$"), kOptions);
    static const RE between(
        QStringLiteral("(?:^|[^\\p{L}])entre\\s+(?:le\\s+|la\\s+|l['’]|fin\\s+|début\\s+)?$"), kOptions);
    for (qsizetype i = 0; i + 1 < dates.size(); ++i) {
        DateMention &a = dates[i];
        const DateMention &b = dates[i + 1];
        if (a.relative.active || a.since || !a.rangeStart.isNull() || b.start - a.end > 12 || b.start < a.end)
            continue;
        const qsizetype from = qMax<qsizetype>(0, a.start - 16);
        if (!gap.match(text.mid(a.end, b.start - a.end)).hasMatch()
            || !between.match(text.mid(from, a.start - from)).hasMatch())
            continue;
        const PartialDate end = b.relative.active ? FrenchDates::resolve(b.relative, a.date, a.date) : b.date;
        if (end.isNull() || end.sortKey() <= a.date.sortKey())
            continue;
        a.rangeStart = a.date;
        a.date = end;
        a.end = b.end;
        a.explicitYear = a.explicitYear || b.explicitYear;
        dates.removeAt(i + 1);
    }
}

// "Casablanca, le 8 juillet 2025 – La CNSS…", " date 2026-03-06 Une vue…": a date that opens a
// paragraph as a dateline is when the text was written (its publication), not the date of the
// figures after it.
void dropDateline(QStringView text, QList<DateMention> &dates)
{
    if (dates.isEmpty() || dates.first().start > 48 || !dates.first().date.hasMonth())
        return;
    static const RE opening(
        QStringLiteral("^\\s*(?:date|le|publié\\s+le|mis\\s+à\\s+jour\\s+le|\\p{Lu}[\\p{L}'’ -]{1,30},"
                       "\\s*(?:le\\s+)?)?\\s*$"),
        kOptions);
    static const RE closing(
        QStringLiteral("^\\s*(?:[-–—:,.|]|(?:à\\s+\\d{1,2}\\s*[h:]\\s*\\d{0,2}))?\\s*\\p{Lu}"), kOptions);
    // A month alone is a dateline only after a word that says so (" date 2020-06 La situation…").
    static const RE named(QStringLiteral("^\\s*(?:date|publié\\s+le|mis\\s+à\\s+jour\\s+le)\\s*$"), kOptions);
    const DateMention &d = dates.first();
    if ((d.date.hasDay() ? opening : named).match(text.left(d.start)).hasMatch()
        && closing.match(text.mid(d.end, 24)).hasMatch())
        dates.removeFirst();
}

// "Les aéroports tunisiens montrent un fort dynamisme en 2024, avec une nette augmentation du trafic
// passagers sur les dix premiers mois de l'année, selon des chiffres publiés …": a lead without a
// figure that frames the release with a running period (the first months of a year, "à fin
// octobre", a first half) gives its end to the figures that have no date of their own. The year
// is the period's own, else the latest the lead wrote before it, else the publication's.
PartialDate leadPeriod(const Article &article)
{
    for (qsizetype pi = 0; pi < article.paragraphs.size(); ++pi) {
        const Paragraph &p = article.paragraphs[pi];
        if (p.isBoilerplate() || p.kind == ParagraphKind::Heading)
            continue;
        const QStringView text = article.paragraphText(int(pi));
        static const RE period(QStringLiteral("\\b(?:premiers\\s+mois|premier\\s+semestre|premier\\s+"
                                              "trimestre|à\\s+fin\\s+\\p{L}+|depuis\\s+le\\s+début)\\b"),
                               kOptions);
        const auto found = period.match(text);
        if (!found.hasMatch() || text.size() > 600)
            return {};
        static const RE year(QStringLiteral("(?<!\\d)(?:19|20)\\d\\d(?!\\d)"), kOptions);
        PartialDate reference = article.published;
        if (reference.isNull()) {
            for (auto it = year.globalMatch(text.left(found.capturedStart())); it.hasNext();)
                reference = PartialDate {qint16(it.next().capturedView().toInt()), 12, 0};
        }
        if (reference.isNull())
            return {};
        const QList<FrenchDates::DateMatch> dates = FrenchDates::findAll(text, reference);
        // A lead that frames: no digit but in its dates.
        QString undated = text.toString();
        for (const FrenchDates::DateMatch &d : dates)
            undated.replace(d.start, d.end - d.start, QString(d.end - d.start, u' '));
        undated.remove(year);
        if (std::any_of(undated.cbegin(), undated.cend(), [](QChar c) { return c.isDigit(); }))
            return {};
        for (const FrenchDates::DateMatch &d : dates) {
            if (d.start <= found.capturedEnd() && d.end >= found.capturedStart() && !d.relative.active
                && d.date.hasMonth())
                return d.date;
        }
        return {};
    }
    return {};
}

// The period a report's phrase names: its year in group `yearGroup`, its month's name in group
// `monthGroup` (0: none); null when the phrase is not there or the year is not one.
PartialDate reportPeriod(const RE &phrase, QStringView text, int yearGroup, int monthGroup)
{
    const auto r = phrase.match(text);
    if (!r.hasMatch())
        return {};
    const int year = r.capturedView(yearGroup).toInt();
    if (year < 1900 || year > 2100)
        return {};
    return PartialDate {qint16(year),
                        qint8(monthGroup ? FrenchDates::monthFromName(r.capturedView(monthGroup)) : 0), 0};
}

// A bulletin date the article states once ("dans sa situation journalière du 21
// mars 2018", "à la date du 12 avril", "arrêtés au 28 mars"): the date of its
// figures that have none.
PartialDate bulletinDate(const Article &article, const QList<FoldedWords> &paragraphWords)
{
    static const FoldedWordSet words(QStringList {
        QStringLiteral("situation"), QStringLiteral("bulletin"), QStringLiteral("bilan"),
        QStringLiteral("rapport"), QStringLiteral("releve"), QStringLiteral("date"), QStringLiteral("arrete"),
        QStringLiteral("statistiques"), QStringLiteral("chiffres"), QStringLiteral("donnees"),
        QStringLiteral("arretee"), QStringLiteral("arretes"), QStringLiteral("arretees")});
    static const RE phrase(QStringLiteral("(?:\\b(?:situation|bulletin|relevé)\\s+(?:journali[èe]re|"
                                          "quotidien(?:ne)?|hebdomadaire|"
                                          "mensuel(?:le)?)?\\s*(?:du|au|en\\s+date\\s+du)|\\bà\\s+"
                                          "la\\s+date\\s+du|\\barrêté(?:e|s|es)?\\s+"
                                          "(?:au|à\\s+la\\s+date\\s+du))\\s+(?:(?:lundi|mardi|"
                                          "mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
                                          "(?=\\d)"),
                           kOptions);
    for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
        const Paragraph &p = article.paragraphs[pi];
        const FoldedWords &w = paragraphWords[pi];
        if (p.isBoilerplate())
            continue;
        bool any = false;
        for (qsizetype i = 0; i < w.size() && !any; ++i)
            any = words.contains(w, i);
        if (!any)
            continue;
        const QStringView text = article.paragraphText(pi);
        // "L'ONEE vient de publier son bilan électrique pour l'année 2021", "précise l'ONP dans
        // ses dernières statistiques sur la pêche côtière et artisanale au Maroc pour l'année
        // 2016": the year of the figures of the whole report.
        static const RE report(
            QStringLiteral("\\b(?:son|sa|ses|leur|leurs)\\s+(?:(?:derni[eè]re?s?|nouve(?:lle|aux|l|au)s?|"
                           "récente?s?)\\s+)?(?:bilan|rapport|note|situation|statistiques|chiffres|données)"
                           "(?:\\s+[\\p{L}'’-]+){0,9}?\\s+(?:pour|de|au\\s+titre\\s+de)\\s+l['’]"
                           "(?:année|exercice)\\s+(\\d{4})(?!\\d)"),
            kOptions);
        if (const PartialDate d = reportPeriod(report, text, 1, 0); !d.isNull())
            return d;
        // "Voici cinq points clés des statistiques mensuelles de l'AIVAM au titre du mois de
        // novembre 2022": the month of a monthly release.
        static const RE monthly(
            QStringLiteral(
                "\\b(?:son|sa|ses|leur|leurs|les|des)\\s+(?:(?:derni[eè]re?s?|nouve(?:lle|aux|l|au)s?)\\s+)?"
                "(?:bilan|rapport|note|statistiques|chiffres|données|indicateurs)\\s+mensuel(?:le)?s?"
                "(?:\\s+[\\p{L}'’()-]+){0,12}?\\s+(?:pour|de|au\\s+titre\\s+d[eu]|du)\\s+(?:le\\s+)?mois\\s+"
                "d(?:e\\s+|['’]\\s*)"
                "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
                "\\s+(\\d{4})(?!\\d)"),
            kOptions);
        if (const PartialDate d = reportPeriod(monthly, text, 2, 1); !d.isNull())
            return d;
        // "La TGR a publié son rapport sur l'exécution de la loi de finances 2024 (LF-2024) à fin
        // décembre": the month the report runs to, in the year it names.
        static const RE reportToMonth(
            QStringLiteral(
                "\\b(?:son|sa|leur)\\s+(?:bilan|rapport|note|situation|statistiques)\\b[^.]{0,150}?"
                "\\b((?:19|20)\\d\\d)\\b[^.\\d]{0,40}?\\b(?:à\\s+)?fin\\s+(janvier|février|mars|avril|"
                "mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b(?!\\s+\\d)"),
            kOptions);
        if (const PartialDate d = reportPeriod(reportToMonth, text, 1, 2); !d.isNull())
            return d;
        // "L'ANEF a livré un bilan des incendies de forêt survenus au Maroc, depuis le début de
        // l'année jusqu'au 10 juillet 2023": a bilan up to a day.
        static const RE upTo(
            QStringLiteral("\\b(?:bilan|situation|statistiques|chiffres|données)\\b"
                           "(?:[\\s,]+[\\p{L}'’-]+){0,14}?[\\s,]+jusqu['’](?:au|à\\s+la\\s+date\\s+"
                           "du)\\s+(?=\\d)"),
            kOptions);
        auto m = phrase.match(text);
        if (!m.hasMatch())
            m = upTo.match(text);
        if (!m.hasMatch())
            continue;
        const QStringView rest = text.mid(m.capturedEnd(), 40);
        const QList<FrenchDates::DateMatch> dates = FrenchDates::findAll(rest, article.published);
        if (!dates.isEmpty() && dates.first().start == 0 && dates.first().date.hasDay())
            return dates.first().date;
    }
    if (const PartialDate lead = leadPeriod(article); !lead.isNull())
        return lead;
    // "Statistiques de l'AIVAM. Novembre 2023 : le sprint final…": an undated article whose title
    // names a month of a year reports on that month.
    if (article.published.isNull()) {
        static const RE titled(
            QStringLiteral("(?:^|[.:|–-]\\s*)(janvier|février|mars|avril|mai|juin|juillet|août|"
                           "septembre|octobre|novembre|décembre)\\s+((?:19|20)\\d\\d)\\s*[:.,–-]"),
            kOptions);
        if (const PartialDate d = reportPeriod(titled, article.title, 2, 1); !d.isNull())
            return d;
        // "L'indice des prix à la consommation (IPC) au Maroc a augmenté en février 2023,
        // reflétant la hausse des prix…": an undated article whose lead, without a figure, names
        // one month of a year reports on that month. (A month, not a day: "- Le 19 Novembre 2024"
        // under a teaser dates the teaser; and a sentence, not a line of a sidebar.)
        for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
            const Paragraph &p = article.paragraphs[pi];
            if (p.isBoilerplate() || p.kind == ParagraphKind::Heading)
                continue;
            const QStringView text = article.paragraphText(pi);
            if (text.size() > 600 || text.count(u' ') < 8)
                break;
            const QList<FrenchDates::DateMatch> dates = FrenchDates::findAll(text);
            if (dates.size() != 1 || !dates.first().date.hasMonth() || dates.first().date.hasDay()
                || dates.first().yearInferred || !dates.first().rangeStart.isNull()
                || dates.first().relative.active)
                break;
            const auto figureless = [](QStringView part) {
                return std::none_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
            };
            if (figureless(text.left(dates.first().start)) && figureless(text.mid(dates.first().end)))
                return PartialDate {dates.first().date.year, dates.first().date.month, 0};
            break;
        }
    }
    return {};
}

// For each sentence, its attribution or the nearest one in the paragraph (earlier on a tie).
QStringList nearestSpeakers(const QStringList &speakers)
{
    // Most paragraphs name no speaker, or one in each sentence: each sentence's own is the
    // nearest (the list shared, not made again).
    const auto empty
        = std::count_if(speakers.cbegin(), speakers.cend(), [](const QString &s) { return s.isEmpty(); });
    if (empty == 0 || empty == speakers.size())
        return speakers;
    const qsizetype n = speakers.size();
    QList<qsizetype> before(n, -1), after(n, -1);
    for (qsizetype i = 0, last = -1; i < n; ++i) {
        if (!speakers[i].isEmpty())
            last = i;
        before[i] = last;
    }
    for (qsizetype i = n - 1, next = -1; i >= 0; --i) {
        if (!speakers[i].isEmpty())
            next = i;
        after[i] = next;
    }
    QStringList out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype b = before[i], a = after[i];
        if (b < 0 && a < 0)
            out.append(QString());
        else if (a < 0 || (b >= 0 && i - b <= a - i))
            out.append(speakers[b]);
        else
            out.append(speakers[a]);
    }
    return out;
}

// The character before `at`, past spaces; null at the text's start.
QChar charBefore(QStringView text, qsizetype at)
{
    const qsizetype k = TextUtil::skipSpacesBack(text, at);
    return k == 0 ? QChar() : text[k - 1];
}

// Where a sentence, a line or a label's value starts: the text's start or a sentence's end before
// `at`, past spaces.
bool startsSentence(QStringView text, qsizetype at)
{
    const QChar c = charBefore(text, at);
    return c.isNull() || QStringView(u".!?\n:|").contains(c);
}

// The words an exam's, a campaign's or a class's year follows: "la session 2018", "la promotion
// 2023", "la rentrée 2024", "la campagne 2023".
const FoldedWordSet &editionWords()
{
    static const FoldedWordSet words(QStringList {QStringLiteral("session"), QStringLiteral("promotion"),
                                                  QStringLiteral("rentree"), QStringLiteral("campagne"),
                                                  QStringLiteral("cuvee"), QStringLiteral("millesime")});
    return words;
}

bool isYear(const NumberToken &t, QStringView text)
{
    if (t.form != NumberToken::Form::Digits || t.grouped || t.decimal || t.integerDigits != 4 || t.scale != 1
        || t.percent || t.currencyInToken || t.value < 1900 || t.value > 2100)
        return false;
    // "2025 dossiers" counts; "en 2025", "CAN 2025", "2025." are years.
    static const FoldedWordSet datePrepositions(
        QStringList {QStringLiteral("en"),       QStringLiteral("depuis"),    QStringLiteral("de"),
                     QStringLiteral("d"),        QStringLiteral("pour"),      QStringLiteral("a"),
                     QStringLiteral("au"),       QStringLiteral("fin"),       QStringLiteral("debut"),
                     QStringLiteral("mi"),       QStringLiteral("an"),        QStringLiteral("annee"),
                     QStringLiteral("exercice"), QStringLiteral("horizon"),   QStringLiteral("ici"),
                     QStringLiteral("vers"),     QStringLiteral("avant"),     QStringLiteral("apres"),
                     QStringLiteral("entre"),    QStringLiteral("et"),        QStringLiteral("des"),
                     QStringLiteral("titre"),    QStringLiteral("budget"),    QStringLiteral("plf"),
                     QStringLiteral("lf"),       QStringLiteral("finances"),  QStringLiteral("saison"),
                     QStringLiteral("edition"),  QStringLiteral("mondial"),   QStringLiteral("can"),
                     QStringLiteral("vision"),   QStringLiteral("agenda"),    QStringLiteral("programme"),
                     QStringLiteral("plan"),     QStringLiteral("strategie"), QStringLiteral("jusqu"),
                     QStringLiteral("ou"),       QStringLiteral("sur"),       QStringLiteral("durant"),
                     QStringLiteral("pendant"),  QStringLiteral("dans")});
    if (t.start > 0 && text[t.start - 1] == u'(')
        return true;
    char16_t buffer[32];
    qsizetype wordStart = 0;
    const QStringView before = previousWord(text, t.start, buffer, &wordStart);
    if (datePrepositions.contains(before) || editionWords().contains(before))
        return true;
    // "Le Baccalauréat 2022 aura battu un record", "l'Expo 2020": a year after a name, inside a
    // sentence, names an edition. (Not "Environ 2000 manifestants": a sentence's first word.)
    if (!before.isEmpty() && text[wordStart].isUpper() && !startsSentence(text, wordStart))
        return true;
    const UnitInfo unit = UnitDetector::detect(t, text.left(t.start), text.mid(t.end));
    return unit.kind != ClaimKind::Count || FrenchDates::monthFromName(unit.unit) != 0;
}

bool isNamePart(const NumberToken &t, QStringView text);

// "11 h 30", "à 13 heures", "vers 9 heures du matin": a time of day, not a quantity. ("pendant
// 13 heures", "réduit à 13 heures par semaine", "après 12 heures de négociations" last that long.)
bool isTimeOfDay(const NumberToken &t, QStringView text)
{
    if (t.form != NumberToken::Form::Digits || t.grouped || t.decimal || t.percent || t.scale != 1
        || t.integerDigits > 2)
        return false;
    // (The minutes of "11 h 30".)
    static const QRegularExpression hourBefore(
        QStringLiteral("(?<![\\d.,])\\d{1,2}[ \\x{00A0}]*[hH][ \\x{00A0}]?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    // (An "h" stands next to every time: the expressions run only then.)
    auto spacesFrom = [&text](qsizetype k, int step) {
        while (k >= 0 && k < text.size() && (text[k] == u' ' || text[k] == QChar(0xA0)))
            k += step;
        return k;
    };
    const qsizetype hBefore = spacesFrom(t.start - 1, -1);
    if (t.integerDigits == 2 && t.value < 60 && hBefore >= 0
        && (text[hBefore] == u'h' || text[hBefore] == u'H')
        && hourBefore.match(text.mid(qMax<qsizetype>(0, t.start - 8), qMin<qsizetype>(t.start, 8)))
               .hasMatch())
        return true;
    const qsizetype hAfter = spacesFrom(t.end, 1);
    if (t.value > 24 || hAfter >= text.size() || (text[hAfter] != u'h' && text[hAfter] != u'H'))
        return false;
    const QStringView after = text.mid(t.end, 40);
    static const QRegularExpression minutes(QStringLiteral("^[ \\x{00A0}]*[hH][ \\x{00A0}]?[0-5]\\d(?!\\d)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (minutes.match(after).hasMatch())
        return true;
    static const QRegularExpression hours(
        QStringLiteral("^[ \\x{00A0}]*(?:heures?|h)(?![\\p{L}])(?<next>[ \\x{00A0}]+(?:du matin|du soir|de "
                       "l['’]après-midi|pile|précises?)\\b|[ \\x{00A0}]+(?:par|de|d['’])\\b)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = hours.match(after);
    if (!m.hasMatch())
        return false;
    const QStringView next = m.capturedView(u"next").trimmed();
    if (!next.isEmpty())
        return !(next == u"par" || next == u"de" || next.startsWith(u"d'") || next.startsWith(u"d’"));
    // "à 13 heures", "vers 9 h", "dès 8 heures" (not "jusqu'à 12 heures": how long).
    char16_t buffer[32];
    qsizetype wordStart = 0;
    const QStringView word = previousWord(text, t.start, buffer, &wordStart);
    const bool untilThen = wordStart >= 1 && (text[wordStart - 1] == u'\'' || text[wordStart - 1] == u'’');
    return (word == u"a" && !untilThen) || word == u"vers" || word == u"des";
}

// "3,3 millions d'EVP (équivalent vingt pieds)": a number word in parentheses of words only, right
// after an acronym, spells the acronym out. (Looked for within 40 characters: a page of number
// words must not be read again for each.)
bool spellsOutAcronym(const NumberToken &t, QStringView text)
{
    if (t.form != NumberToken::Form::Words)
        return false;
    const qsizetype from = qMax<qsizetype>(0, t.start - 40);
    const qsizetype inBefore = text.mid(from, t.start - from).lastIndexOf(u'(');
    const qsizetype open = inBefore < 0 ? -1 : from + inBefore;
    const qsizetype inAfter = text.mid(t.end, qMin<qsizetype>(40, text.size() - t.end)).indexOf(u')');
    const qsizetype close = inAfter < 0 ? -1 : t.end + inAfter;
    if (open < 2 || close <= t.end || text.mid(open, t.start - open).contains(u')'))
        return false;
    const QStringView inside = text.mid(open + 1, close - open - 1);
    const qsizetype k = TextUtil::skipSpacesBack(text, open);
    qsizetype w = k;
    while (w > 0 && text[w - 1].isLetter())
        --w;
    const QStringView acronym = text.mid(w, k - w);
    return acronym.size() >= 2 && acronym.size() <= 6
        && std::all_of(acronym.begin(), acronym.end(), [](QChar c) { return c.isUpper(); })
        && std::none_of(inside.begin(), inside.end(), [](QChar c) { return c.isDigit(); });
}

bool isSkipped(const NumberToken &t, QStringView text)
{
    if (t.ordinal || t.time || t.glued || t.article)
        return true;
    if (isTimeOfDay(t, text))
        return true;
    // "SFR-Neuf Cegetel", "les Quatre Saisons": a number word with a capital, inside a sentence,
    // joined to a name by a hyphen or followed by one, is part of that name.
    if (t.form == NumberToken::Form::Words && text[t.start].isUpper() && !startsSentence(text, t.start)) {
        const qsizetype next = TextUtil::skipSpaces(text, t.end);
        if ((t.start > 0 && text[t.start - 1] == u'-') || (next < text.size() && text[next].isUpper()))
            return true;
    }
    // "une croissance à deux chiffres": how many digits a rate has, no count.
    if (t.form == NumberToken::Form::Words && !t.decimal) {
        char16_t buffer[32];
        const QStringView before = previousWord(text, t.start, buffer);
        if (before == u"a" && text.mid(TextUtil::skipSpaces(text, t.end), 7).startsWith(u"chiffre"))
            return true;
    }
    if (spellsOutAcronym(t, text))
        return true;
    // "en composant le *567#": a phone service's code.
    if ((t.start > 0 && (text[t.start - 1] == u'*' || text[t.start - 1] == u'#'))
        || (t.end < text.size() && text[t.end] == u'#'))
        return true;
    // "05", "007": leading zeros belong to codes and phone numbers, not quantities.
    if (t.form == NumberToken::Form::Digits && t.integerDigits > 1 && text[t.start] == u'0' && !t.decimal)
        return true;
    if (afterIdentifierWord(text, t.start))
        return true;
    // "24/7", "3/4", "12/2024": fractions and codes.
    if (t.joinerAfter == u'/' || (t.start > 1 && text[t.start - 1] == u'/' && text[t.start - 2].isDigit()))
        return true;
    // "[1]", "(2)": note calls.
    if (t.start > 0 && t.end < text.size() && ((text[t.start - 1] == u'[' && text[t.end] == u']')))
        return true;
    // "des véhicules 100 % électriques", "un produit 100% marocain": a quality, no figure.
    if (t.percent && t.value == 100 && !t.decimal) {
        const qsizetype next = TextUtil::skipSpaces(text, t.end);
        const QStringView word = text.mid(next, 16);
        static const RE quality(QStringLiteral("^\\p{Ll}{4,}(?<!\\bdans)(?<!\\bpour)(?<!\\bcontre)\\b"),
                                kOptions);
        static const RE notQuality(
            QStringLiteral("^(?:des|dans|pour|contre|entre|depuis|selon|avec|sans|sont|était|"
                           "étaient|soit|plus|moins|environ)\\b"),
            kOptions);
        if (next < text.size() && text[next].isLower() && quality.match(word).hasMatch()
            && !notQuality.match(word).hasMatch())
            return true;
    }
    // "1. Le secteur des exportations…", "2) Les exportations…", "3- La marque": the number of a
    // list's item.
    if (t.form == NumberToken::Form::Digits && !t.decimal && !t.percent && t.scale == 1
        && t.integerDigits <= 2 && TextUtil::skipSpaces(text, 0) == t.start && t.end + 2 < text.size()
        && (text[t.end] == u'.' || text[t.end] == u')' || text[t.end] == u'-' || text[t.end] == u'–')
        && TextUtil::isSpace(text[t.end + 1])) {
        const qsizetype next = TextUtil::skipSpaces(text, t.end + 1);
        if (next < text.size() && text[next].isUpper())
            return true;
    }
    return isNamePart(t, text);
}

// "Noor 1, Noor 2", "Aftissat 2 (200 MW)", "à fin avril 201": a small bare number right after a
// capitalised word or a month, with nothing counted after it, is part of a name or a date.
bool isNamePart(const NumberToken &t, QStringView text)
{
    if (t.form != NumberToken::Form::Digits || t.grouped || t.decimal || t.percent || t.scale != 1
        || t.integerDigits > 3 || t.start == 0)
        return false;
    const qsizetype after = TextUtil::skipSpaces(text, t.end);
    const bool bare = after >= text.size() || text[after] == u',' || text[after] == u'.'
        || text[after] == u';' || text[after] == u')' || text[after] == u'(' || text[after] == u':'
        || text.mid(after, 3) == u"et " || text.mid(after, 3) == u"ou ";
    if (!bare)
        return false;
    char16_t buffer[32];
    qsizetype wordStart = 0;
    const QStringView word = previousWord(text, t.start, buffer, &wordStart);
    if (word.isEmpty() || wordStart == t.start || !TextUtil::isSpace(text[t.start - 1]))
        return false;
    if (FrenchDates::monthFromName(word) != 0)
        return true;
    // A capitalised word that does not start its sentence: a proper name.
    const QChar before = charBefore(text, wordStart);
    const bool sentenceStart = before.isNull() || QStringView(u".!?").contains(before);
    return text[wordStart].isUpper() && word.size() >= 3 && !sentenceStart;
}

} // namespace

QList<Claim> ClaimExtractor::extract(const Article &article)
{
    return extract(article, ClaimExtractor::words(article));
}

QList<FoldedWords> ClaimExtractor::words(const Article &article)
{
    QList<QStringView> parts;
    parts.reserve(article.paragraphs.size());
    for (const Paragraph &p : article.paragraphs)
        parts.append(QStringView(article.text).mid(p.start, p.length()));
    return FoldedWords::read(parts);
}

namespace {

// Tables: a header row of years dates the cells of the rows below it.
void readTableRow(QStringView text, QList<PartialDate> &tableYears, Context &c)
{
    if (!text.contains(u'\t')) {
        tableYears.clear();
        return;
    }
    const QList<QStringView> cells = text.split(u'\t');
    QList<PartialDate> years;
    for (qsizetype k = 1; k < cells.size(); ++k) {
        const QStringView cell = cells[k].trimmed();
        const int y = cell.left(4).toInt();
        years.append(cell.size() >= 4 && cell.size() <= 6 && y >= 1900 && y <= 2100
                         ? PartialDate {qint16(y), 0, 0}
                         : PartialDate {});
    }
    const bool header = !years.isEmpty()
        && std::all_of(years.cbegin(), years.cend(), [](const PartialDate &d) { return !d.isNull(); });
    if (header) {
        tableYears = years;
    } else if (!tableYears.isEmpty() && cells.size() == tableYears.size() + 1) {
        c.columnDates = tableYears;
        c.rowLabel = cells[0].trimmed().toString();
    }
}

// A month whose year the text leaves out is in the year its paragraph frames it with, or in a
// later year the paragraph wrote before it, not in the article's: "Ces résultats font suite à une
// année 2024 … / Pour les premiers mois de 2025, … En mars, la production cumulée s'élève à 8,8
// millions" is 2025's; "En 2024, les ventes … contre 4 millions en 2022. En mai, …" 2024's (an older
// year that frames nothing, a comparison's base, leaves it in the year written about). `dates` are
// in the order of the text; each is read once, with one pass over the text.
void yearsOfMonths(QStringView text, QList<DateMention> &dates)
{
    bool inferred = false;
    for (const DateMention &d : dates)
        inferred = inferred || (!d.explicitYear && !d.relative.active && d.date.month > 0);
    if (!inferred)
        return;
    static const QRegularExpression year(
        QStringLiteral("\\b(?:en|de|d['’]|pour|ann[ée]e)\\s+((?:19|20)\\d\\d)\\b(?![.,]\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    // A frame: a sentence that opens on "En" or "Pour" and reaches the year before a comma.
    auto frames = [&text](qsizetype at) {
        qsizetype k = at;
        while (k > 0 && k > at - 80 && text[k - 1] != u'.' && text[k - 1] != u'!' && text[k - 1] != u'?'
               && text[k - 1] != u'\n' && text[k - 1] != u',' && text[k - 1] != u';')
            --k;
        if (k > 0 && k > at - 80 && text[k - 1] == u',')
            return false;
        const QStringView opening = text.mid(k, at - k).trimmed();
        return opening.startsWith(u"En ") || opening.startsWith(u"Pour ") || k == 0;
    };
    // (One pass over the text and one over the mentions, in order: a page may be one 20 MB line.)
    struct Year
    {
        qsizetype at;
        int year;
        bool frame;
    };
    QList<Year> years;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        years.append({m.capturedStart(1), m.captured(1).toInt(), frames(m.capturedStart())});
    }
    qsizetype next = 0;
    int latest = 0;
    int frame = 0;
    for (DateMention &d : dates) {
        for (; next < years.size() && years[next].at < d.start; ++next) {
            latest = qMax(latest, years[next].year);
            if (years[next].frame)
                frame = years[next].year;
        }
        if (d.explicitYear || d.relative.active || d.date.month == 0)
            continue;
        if (frame > 0)
            d.date.year = qint16(frame);
        else if (latest > d.date.year)
            d.date.year = qint16(latest);
    }
}

// The paragraph's dates go into `c`; the spans no figure may come from (dates, phone numbers,
// "il y a trois ans", labels, selections) are returned, sorted.
QList<TextSpan> readDates(Context &c, int keyWords, const PartialDate &published)
{
    const QStringView text = c.text;
    const QList<FrenchDates::DateMatch> found = FrenchDates::findAll(text, *c.words, c.reference);
    QList<TextSpan> protectedSpans = (keyWords & AgoUnit) ? agoSpans(text, *c.words) : QList<TextSpan>();
    protectedSpans += phoneSpans(text);
    if (keyWords & LabelWord)
        protectedSpans += NonClaimSpans::labels(text);
    if (keyWords & (AgoUnit | SelectionWord))
        protectedSpans += NonClaimSpans::selections(text);
    for (const auto &d : found) {
        protectedSpans.append(TextSpan {d.start, d.end});
        if ((d.date.isNull() && !d.relative.active) || isEventDate(text, d.start))
            continue;
        c.dates.append(DateMention {d.start, d.end, d.date, isSinceBefore(text, d.start),
                                    !d.yearInferred && (!d.relative.active || d.relative.year), d.rangeStart,
                                    d.relative});
    }
    // (In the text's order, as FrenchDates::findAll() gives them; the relative dates after are
    // not read.)
    yearsOfMonths(text, c.dates);
    // "jusqu'à présent" means the publication date, not a year guessed from the text.
    if (keyWords & RelativeDateWord) {
        for (const DateMention &d : relativeDates(text, published)) {
            // "de cette année" inside "janvier-octobre de cette année" is read with it.
            const bool inside
                = std::any_of(found.cbegin(), found.cend(), [&](const FrenchDates::DateMatch &f) {
                      return d.start < f.end && f.start < d.end;
                  });
            if (!inside)
                c.dates.append(d);
        }
    }
    std::sort(protectedSpans.begin(), protectedSpans.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    return protectedSpans;
}

// "1 1 1 1 …", "4 8 15 16 23 42 …" by the thousand: a run of figures with nothing but spaces between
// them is a counter strip, a page's number list or a table cut from its labels. Past a few dozen,
// nothing says what any of them counts, and none is a claim (see docs/annotation-guidelines.md).
// Its numbers are still no sentence ends.
QList<bool> inFlood(const QList<NumberToken> &tokens, QStringView text)
{
    constexpr qsizetype kFlood = 64;
    QList<bool> out(tokens.size(), false);
    auto spacesOnly = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return false;
        for (qsizetype k = from; k < to; ++k) {
            if (!TextUtil::isSpace(text[k]) || text[k] == u'\n')
                return false;
        }
        return true;
    };
    qsizetype runStart = 0;
    for (qsizetype k = 1; k <= tokens.size(); ++k) {
        if (k < tokens.size() && spacesOnly(tokens[k - 1].end, tokens[k].start))
            continue;
        if (k - runStart >= kFlood)
            std::fill(out.begin() + runStart, out.begin() + k, true);
        runStart = k;
    }
    return out;
}

// The numbers of the paragraph that may be figures; years become dates of `c`. `numberSpans`
// gets every number, so that no sentence ends inside one.
QList<Candidate> readCandidates(Context &c, int keyWords, const QList<TextSpan> &protectedSpans,
                                QList<TextSpan> &numberSpans)
{
    const QStringView text = c.text;
    QList<NumberToken> tokens = NumberReader::scan(text, *c.words);
    // Fractions replace the number words inside them ("deux" of "deux tiers").
    const QList<NumberToken> fractions
        = (keyWords & FractionWord) ? FractionReader::scan(text) : QList<NumberToken>();
    if (!fractions.isEmpty()) {
        tokens.removeIf([&](const NumberToken &t) {
            return std::any_of(fractions.cbegin(), fractions.cend(),
                               [&](const NumberToken &f) { return t.start < f.end && f.start < t.end; });
        });
        tokens += fractions;
        std::sort(tokens.begin(), tokens.end(),
                  [](const NumberToken &a, const NumberToken &b) { return a.start < b.start; });
    }
    const QList<bool> flood = inFlood(tokens, text);
    QList<Candidate> candidates;
    qsizetype protectedHint = 0;
    const NumberToken *previous = nullptr;
    bool previousSkipped = false;
    bool previousBeforeYear = false;
    auto fourDigitYear = [](const NumberToken &y) {
        return y.integerDigits == 4 && y.value >= 1900 && y.value <= 2100;
    };
    for (const NumberToken &t : tokens) {
        numberSpans.append(TextSpan {t.start, t.end});
        // "loi-cadre n° 09-21": the number after a skipped one it is joined to goes too.
        const bool chained
            = previous && previousSkipped && !previous->joinerAfter.isNull() && t.start == previous->end + 1;
        // "sur la période 203-2027": joined to a year, a number is a year too (mistyped).
        const qsizetype next = &t - tokens.constData() + 1;
        const bool beforeYear = t.joinerAfter == u'-' && next < tokens.size()
            && tokens[next].start == t.end + 1 && fourDigitYear(tokens[next]);
        // "campagne 2020-21", "saison 2019-20" (and mistyped "2020-202"): a season's end written
        // short after its first year is part of the date, not a figure.
        const bool seasonEnd = previous && previous->joinerAfter == u'-' && t.start == previous->end + 1
            && fourDigitYear(*previous) && t.form == NumberToken::Form::Digits && !t.decimal && !t.percent
            && t.scale == 1
            && ((t.integerDigits == 2 && int(t.value) == (int(previous->value) + 1) % 100)
                || (t.integerDigits == 3 && int(t.value) == (int(previous->value) + 1) / 10));
        previousSkipped = (chained && !previousBeforeYear) || beforeYear || seasonEnd
            || overlapsAny(protectedSpans, t.start, t.end, protectedHint) || isSkipped(t, text);
        previousBeforeYear = beforeYear;
        previous = &t;
        if (previousSkipped || flood[next - 1])
            continue;
        if (isYear(t, text)) {
            c.dates.append(DateMention {t.start,
                                        t.end,
                                        PartialDate {qint16(t.value), 0, 0},
                                        isSinceBefore(text, t.start),
                                        true,
                                        {},
                                        {}});
            continue;
        }
        candidates.append(Candidate {t, false});
    }
    return candidates;
}

// The paragraph's text before a sentence that pronouns look back on: a few sentences at most.
QStringView contextBefore(const Context &c, const TextSpan &s)
{
    const qsizetype from = qMax<qsizetype>(0, s.start - 600);
    return c.text.mid(from, s.start - from);
}

// Who each sentence of a paragraph names, as far as it can be read ahead of the paragraphs before
// it (SpeakerResolver::readAhead(); `speakers` is a copy of the article's resolver).
QList<SpeakerResolver::Ahead> readSpeakersAhead(const Context &c, const QList<TextSpan> &sentences,
                                                SpeakerResolver &speakers, bool hasFigures)
{
    QList<SpeakerResolver::Ahead> out;
    out.reserve(sentences.size());
    // (Nor one that announces a list: "La Commission a également détaillé le versement des aides :".)
    const bool announces = c.text.trimmed().endsWith(u':');
    for (const TextSpan &s : sentences) {
        // A paragraph without figures needs its speakers only to follow who is speaking ("Il a
        // ajouté" later): sentences naming no known person are skipped.
        if (!hasFigures && !announces && !speakers.namesSomeone(c.text, *c.words, s.start, s.end)) {
            out.append(SpeakerResolver::Ahead {});
            continue;
        }
        out.append(speakers.readAhead(c.text, *c.words, s, contextBefore(c, s), c.heading));
    }
    return out;
}

// The sentences' speakers, in reading order, from what was read ahead.
void readSpeakers(Context &c, SpeakerResolver &speakers, const QList<SpeakerResolver::Ahead> &ahead)
{
    Q_ASSERT(ahead.size() == c.sentences.size());
    for (qsizetype k = 0; k < c.sentences.size(); ++k) {
        const TextSpan &s = c.sentences[k];
        c.speakers.append(
            speakers.attributionIn(ahead[k], c.text, *c.words, s, contextBefore(c, s), c.heading));
    }
    c.nearestSpeaker = nearestSpeakers(c.speakers);
}

Context contextFor(const Article &article, int pi, const FoldedWords &words, const PartialDate &reference,
                   const PartialDate &bulletin, const PartialDate &period)
{
    const Paragraph &p = article.paragraphs[pi];
    return Context {article,
                    pi,
                    QStringView(article.text).mid(p.start, p.length()),
                    p.start,
                    p.isBoilerplate(),
                    p.kind == ParagraphKind::Heading,
                    reference,
                    {},
                    {},
                    {},
                    {},
                    {},
                    {},
                    &words,
                    bulletin,
                    period};
}

// What a paragraph's own words give before its claims are read: its dates, the numbers that
// may be figures, its sentences. It depends on nothing but the paragraph and the reference date.
struct ParagraphReading
{
    PartialDate reference;
    QList<DateMention> dates;
    QList<Candidate> candidates;
    QList<TextSpan> sentences;
    QList<SpeakerResolver::Ahead> speakers; // a body paragraph's, for each sentence
};

ParagraphReading readParagraph(const Article &article, int pi, const FoldedWords &words,
                               const PartialDate &reference, SpeakerResolver &speakers)
{
    Context c = contextFor(article, pi, words, reference, {}, {});
    const int keyWords = keyWordsIn(words);
    const QList<TextSpan> protectedSpans = readDates(c, keyWords, article.published);
    QList<TextSpan> numberSpans;
    QList<Candidate> candidates = readCandidates(c, keyWords, protectedSpans, numberSpans);
    std::sort(c.dates.begin(), c.dates.end(),
              [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    joinSpans(c.text, c.dates);
    dropDateline(c.text, c.dates);
    QList<TextSpan> sentences = SentenceSplitter::split(c.text, numberSpans);
    QList<SpeakerResolver::Ahead> ahead;
    if (!c.boilerplate)
        ahead = readSpeakersAhead(c, sentences, speakers, !candidates.isEmpty());
    return {reference, std::move(c.dates), std::move(candidates), std::move(sentences), std::move(ahead)};
}

// "La Commission a également détaillé le versement des aides :" then "• 57 786 familles ont perçu
// un premier versement…": the items of a list take the speaker of the paragraph that announced
// it, when they name none.
void announceSpeaker(Context &c, QString &announcing)
{
    const QStringView text = c.text.trimmed();
    static constexpr char16_t kBullets[] = {u'•', u'-', u'–', u'—', u'*', u'·', u'▪', u'►'};
    const bool item = !text.isEmpty()
        && std::find(std::begin(kBullets), std::end(kBullets), text[0].unicode()) != std::end(kBullets);
    if (item && !announcing.isEmpty()) {
        bool changed = false;
        for (QString &s : c.speakers) {
            if (s.isEmpty()) {
                s = announcing;
                changed = true;
            }
        }
        if (changed)
            c.nearestSpeaker = nearestSpeakers(c.speakers);
        return;
    }
    announcing.clear();
    if (text.endsWith(u':')) {
        for (auto s = c.speakers.crbegin(); s != c.speakers.crend() && announcing.isEmpty(); ++s)
            announcing = *s;
    }
}

// Paragraphs read at once: the readings and contexts of a batch are kept, not the whole
// article's (a 20 MB page has 100,000 paragraphs).
constexpr int kBatch = 4096;

// Whether the claim is written with a scale word: "2,1 milliards", "921 millions".
bool writtenWithScale(const Article &article, const Claim &c)
{
    for (qint32 k = c.start; k < c.end; ++k) {
        if (article.text[k].isLetter())
            return true;
    }
    return false;
}

// "un déficit de 14 milliards de dirhams (MMDH)" then, paragraphs later, "le solde ordinaire est
// ressorti déficitaire à 2,1 milliards": an amount written once in full, then by its scale alone.
// A figure written with a scale word and no unit, in a paragraph where no figure before it has
// one (ParagraphExtractor::inheritUnit() looks there), takes the unit of the article's last
// figure written with a scale and a unit. In order, after the paragraphs are read in parallel.
// Whether `c` restates the amount `before` in another currency, in the parentheses right after it.
bool conversionOf(const Article &article, const Claim &before, const Claim &c)
{
    if (before.paragraph != c.paragraph || before.unit == c.unit || c.start < before.end
        || c.start - before.end > 32)
        return false;
    const QStringView between = QStringView(article.text).mid(before.end, c.start - before.end);
    const qsizetype open = between.indexOf(u'(');
    return open >= 0 && between.left(open).indexOf(u',') < 0 && between.mid(open + 1).trimmed().isEmpty();
}

bool comparisonBase(QStringView text, qsizetype at);

// Whether the year at `at` is a deadline: "d'ici 2030", "à l'horizon 2035", "prévu pour 2026".
bool deadlineAt(QStringView text, qsizetype at)
{
    static const RE deadline(
        QStringLiteral("(?:d['’]ici|horizon|objectif|prévue?s?|pour)\\s*(?:l['’]an(?:née)?\\s*|fin\\s*)?$"),
        kOptions);
    return deadline.match(text.mid(qMax<qsizetype>(0, at - 24), qMin<qsizetype>(24, at))).hasMatch();
}

// Whether the year at `at` names a draft budget law, written the year before the one it is for: "le
// projet de loi de finances 2025", "le PLF 2024" (not the law in force, whose execution a text
// reports in its own year: "par rapport à la loi de finances 2023").
bool budgetYearAt(QStringView text, qsizetype at)
{
    static const RE budget(
        QStringLiteral("\\b(?:projet\\s+de\\s+loi\\s+de\\s+finances|PLFR?)\\s*(?:pour\\s*)?$"), kOptions);
    return budget.match(text.mid(qMax<qsizetype>(0, at - 32), qMin<qsizetype>(32, at))).hasMatch();
}

// An undated article's first paragraph with a year: the latest year its opening writes (not a
// deadline, nor a draft budget law's: "annexé au projet de loi de finances 2025"), the reference of
// a month written without one ("la campagne agricole 2012-2013 … 97 millions de quintaux à la fin
// du mois de juin" → June 2013).
PartialDate firstYears(QStringView text, bool *fromBase = nullptr)
{
    static const RE year(QStringLiteral("(?<![\\d.,])(?:19|20)\\d\\d(?![\\d.,]\\d|\\d)"), kOptions);
    const QStringView opening = text.left(600);
    // "à fin mars dernier, soit une baisse de 5,26 % par rapport à la même période en 2022": a
    // year's same period is the base of the year after it, the one written about.
    static const RE samePeriod(QStringLiteral("m[êe]me\\s+p[ée]riode\\s+(?:de\\s+|d['’]\\s*|en\\s+)"
                                              "(?:l['’]\\s*ann[ée]e\\s+|l['’]\\s*exercice\\s+)?$"),
                               kOptions);
    int latest = 0;
    int afterBase = 0;
    for (auto it = year.globalMatch(opening); it.hasNext();) {
        const auto m = it.next();
        if (deadlineAt(opening, m.capturedStart()) || budgetYearAt(opening, m.capturedStart()))
            continue;
        // (Nor the base of a comparison: "en baisse de deux points par rapport à celui de 2011",
        // "a diminué à 2,38 MMDH durant les deux premiers mois de cette année, après 2,50 MMDH à fin
        // février 2020".)
        if (comparisonBase(opening, m.capturedStart())) {
            const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - 40);
            if (samePeriod.match(opening.mid(from, m.capturedStart() - from)).hasMatch())
                afterBase = qMax(afterBase, m.capturedView().toInt() + 1);
            continue;
        }
        latest = qMax(latest, m.capturedView().toInt());
    }
    if (fromBase)
        *fromBase = !latest && afterBase;
    if (!latest)
        latest = afterBase;
    return latest ? PartialDate {qint16(latest), 0, 0} : PartialDate {};
}

// Whether the date at `at` is what a figure is compared with: "contre … à fin novembre 2023",
// "par rapport à 2022", "comparativement à la même période de 2016", in its clause.
bool comparisonBase(QStringView text, qsizetype at)
{
    const qsizetype from = qMax<qsizetype>(0, at - 80);
    QStringView before = text.mid(from, at - from);
    const qsizetype stop = before.lastIndexOf(u'.');
    if (stop >= 0)
        before = before.mid(stop + 1);
    static const RE base(
        QStringLiteral("\\b(?:contre|après|par\\s+rapport\\s+(?:à|au|aux)|comparativement|compar[ée]e?s?\\s+"
                       "(?:à|au|aux|avec)|au\\s+lieu\\s+de|qu['’]en|(?:plus|moins|davantage|autant)\\b[^.,;:("
                       ")]{0,40}?\\bque|"
                       "que\\s+(?:celui|celle|ceux|celles))\\b(?:"
                       "[^,;:()]|,(?=\\d))*$"),
        kOptions);
    return base.match(before).hasMatch();
}

// "deux milliards de dinars": the dinars of the article's other amounts ("1,1 milliard de DT"),
// else of the country it names most (Tunisia's, Algeria's…); left "dinars" when it names none.
void resolveDinars(const Article &article, QList<Claim> &claims)
{
    const QString dinars = QStringLiteral("dinars");
    if (std::none_of(claims.cbegin(), claims.cend(), [&](const Claim &c) { return c.unit == dinars; }))
        return;
    static const QStringList codes {QStringLiteral("TND"), QStringLiteral("DZD"), QStringLiteral("LYD"),
                                    QStringLiteral("JOD"), QStringLiteral("KWD"), QStringLiteral("IQD"),
                                    QStringLiteral("BHD"), QStringLiteral("RSD")};
    QString code;
    for (const Claim &c : std::as_const(claims)) {
        if (c.kind == ClaimKind::Money && codes.contains(c.unit)) {
            if (!code.isEmpty() && code != c.unit) {
                code.clear();
                break;
            }
            code = c.unit;
        }
    }
    if (code.isEmpty()) {
        // The country's name and its adjective: "Tunisie", "tunisien(ne)(s)".
        static const QList<std::pair<QRegularExpression, QString>> countries = [] {
            QList<std::pair<QRegularExpression, QString>> out;
            const char *const rows[][2]
                = {{"tunisi", "TND"},    {"alg[ée]ri", "DZD"}, {"liby", "LYD"},       {"jordan", "JOD"},
                   {"kowe[iï]t", "KWD"}, {"ira[kq]", "IQD"},   {"bahre[iï]n", "BHD"}, {"serb", "RSD"}};
            for (const auto &row : rows)
                out.append({RE(QStringLiteral("\\b") + QString::fromUtf8(row[0]), kOptions),
                            QString::fromLatin1(row[1])});
            return out;
        }();
        qsizetype best = 0;
        bool tie = false;
        for (const auto &[re, c] : countries) {
            qsizetype n = 0;
            for (auto it = re.globalMatch(article.text); it.hasNext() && n < 1000; it.next())
                ++n;
            if (n > best) {
                best = n;
                code = c;
                tie = false;
            } else if (n == best && n > 0) {
                tie = true;
            }
        }
        if (tie)
            code.clear();
    }
    if (code.isEmpty())
        return;
    for (Claim &c : claims) {
        if (c.unit == dinars)
            c.unit = StringPool::intern(code);
    }
}

// "une production moyenne de 176.000 tonnes avec un minimum de 70.000 tonnes et un maximum de
// 340.000 tonnes": the least and the most of a series are what was recorded, exact, not bounds.
void seriesExtremes(const Article &article, QList<Claim> &claims)
{
    static const RE minimum(QStringLiteral("\\bun\\s+minimum\\s+d(?:e\\s+|['’]\\s*)$"), kOptions);
    static const RE maximum(QStringLiteral("\\bun\\s+maximum\\s+d(?:e\\s+|['’]\\s*)$"), kOptions);
    const QStringView text = article.text;
    auto before = [&](const Claim &c) {
        return text.mid(qMax<qsizetype>(0, c.start - 24), qMin<qsizetype>(24, c.start));
    };
    for (qsizetype i = 0; i + 1 < claims.size(); ++i) {
        Claim &a = claims[i];
        Claim &b = claims[i + 1];
        if (a.paragraph != b.paragraph || b.start - a.end > 80)
            continue;
        const bool pair = (a.qualifier == Qualifier::AtLeast && b.qualifier == Qualifier::AtMost
                           && minimum.match(before(a)).hasMatch() && maximum.match(before(b)).hasMatch())
            || (a.qualifier == Qualifier::AtMost && b.qualifier == Qualifier::AtLeast
                && maximum.match(before(a)).hasMatch() && minimum.match(before(b)).hasMatch());
        if (!pair || text.mid(a.end, b.start - a.end).contains(u'.'))
            continue;
        a.qualifier = Qualifier::Exact;
        b.qualifier = Qualifier::Exact;
    }
}

void inheritScaledUnits(const Article &article, QList<Claim> &claims)
{
    // "en hausse de 16,6 milliards (+14,4%), à 132,2 milliards de F.CFA": a change's amount
    // without its unit is in the unit of the level it reached, a few words on in its sentence.
    for (qsizetype i = 0; i + 1 < claims.size(); ++i) {
        Claim &c = claims[i];
        if (c.boilerplate || !c.unit.isEmpty() || (c.kind != ClaimKind::Other && c.kind != ClaimKind::Count)
            || !c.isReadable() || std::abs(c.value) < 1e6 || !writtenWithScale(article, c))
            continue;
        for (qsizetype j = i + 1; j < claims.size() && j <= i + 2; ++j) {
            const Claim &next = claims[j];
            if (next.paragraph != c.paragraph || next.start - c.end > 40)
                break;
            if (next.kind != ClaimKind::Money || next.unit.isEmpty() || !writtenWithScale(article, next))
                continue;
            const QStringView between = QStringView(article.text).mid(c.end, next.start - c.end);
            if (between.contains(u'.') || between.contains(u';') || !between.contains(u" à "))
                break;
            c.unit = next.unit;
            c.kind = next.kind;
            break;
        }
    }
    const Claim *last = nullptr; // the last figure with a scale and a unit
    const Claim *lastMoney = nullptr; // the last amount with its currency
    bool inherited = false; // whether it took its unit here (its paragraph's next ones may too)
    for (Claim &c : claims) {
        if (c.boilerplate)
            continue;
        // An amount named so without its currency ("un budget de 3 milliards") is in the
        // article's last currency.
        if (c.kind == ClaimKind::Money && c.unit.isEmpty()) {
            if (lastMoney)
                c.unit = lastMoney->unit;
            continue;
        }
        // (Not a conversion in parentheses after an amount: "132,2 milliards de F.CFA (201,5
        // millions d'euros)" leaves the article in francs CFA.)
        if (c.kind == ClaimKind::Money && !c.unit.isEmpty()
            && !(lastMoney && conversionOf(article, *lastMoney, c)))
            lastMoney = &c;
        // (Nor is the last figure with a unit.)
        if (last && conversionOf(article, *last, c))
            continue;
        const bool scaled = c.isReadable() && std::abs(c.value) >= 1e6 && writtenWithScale(article, c);
        if (!scaled)
            continue;
        if (c.unit.isEmpty() && (c.kind == ClaimKind::Other || c.kind == ClaimKind::Count) && last
            && (last->paragraph < c.paragraph || inherited)) {
            c.unit = last->unit;
            c.kind = last->kind;
            last = &c;
            inherited = true;
        } else if (!c.unit.isEmpty() && c.kind != ClaimKind::Percent && c.kind != ClaimKind::Duration) {
            last = &c;
            inherited = false;
        }
    }
}

} // namespace

// Three passes over each batch of paragraphs. What a paragraph's words give alone is read in
// parallel, with who speaks as far as that does not depend on who spoke before; then, in order,
// what one paragraph carries to the next (the header of the table being read, the latest year
// written, the last period named, who is speaking); then each
// paragraph's claims in parallel, joined in the paragraphs' order: a claim's reading looks at the
// earlier claims of its own paragraph only. The result does not depend on the number of threads.
QList<Claim> ClaimExtractor::extract(const Article &article, const QList<FoldedWords> &paragraphWords,
                                     QList<QList<TextSpan>> *sentences, QStringList *peopleWithRoles)
{
    Q_ASSERT(paragraphWords.size() == article.paragraphs.size());
    const int n = int(article.paragraphs.size());
    if (sentences)
        *sentences = QList<QList<TextSpan>>(n);
    QList<Claim> out;
    SpeakerResolver speakers;
    {
        QList<QStringView> body;
        QList<const FoldedWords *> bodyWords;
        for (int pi = 0; pi < n; ++pi) {
            const Paragraph &p = article.paragraphs[pi];
            if (!p.isBoilerplate()) {
                body.append(QStringView(article.text).mid(p.start, p.length()));
                bodyWords.append(&paragraphWords[pi]);
            }
        }
        speakers.learnAll(body, bodyWords);
    }
    if (peopleWithRoles)
        *peopleWithRoles = speakers.peopleWithRoles();
    // An undated article's reference is the latest year it wrote before the paragraph: its
    // paragraphs are read in order.
    const bool dated = !article.published.isNull();
    PartialDate written; // the latest year the article wrote, when it has no publication date
    QList<PartialDate> tableYears; // the header of the table being read
    const PartialDate bulletin = bulletinDate(article, paragraphWords);
    PartialDate period; // the last period a paragraph named
    SpeakerResolver inOrder = speakers; // reads an undated article's paragraphs ahead, one by one
    QString announcing; // who speaks in the paragraph that announced the list being read
    for (int first = 0; first < n; first += kBatch) {
        const int count = qMin(kBatch, n - first);
        // A paragraph's reading costs as much as its text is long (a page may be one 20 MB line).
        const auto paragraphLength = [&article, first](qsizetype k) {
            return article.paragraphs[first + k].length();
        };
        std::vector<ParagraphReading> readings(count);
        if (dated) {
            Parallel::forWeightedRanges(
                count, paragraphLength, Parallel::kMinimumText, [&](qsizetype begin, qsizetype end) {
                    SpeakerResolver ahead = speakers;
                    for (qsizetype k = begin; k < end; ++k)
                        readings[k] = readParagraph(article, first + int(k), paragraphWords[first + k],
                                                    article.published, ahead);
                });
        }
        std::vector<Context> contexts;
        contexts.reserve(count);
        for (int k = 0; k < count; ++k) {
            const int pi = first + k;
            const Paragraph &p = article.paragraphs[pi];
            ParagraphReading &r = readings[k];
            bool afterBase = false; // the reference is the year after a base's
            if (!dated)
                r = readParagraph(
                    article, pi, paragraphWords[pi],
                    written.isNull() ? firstYears(article.paragraphText(pi), &afterBase) : written, inOrder);
            Context &c = contexts.emplace_back(
                contextFor(article, pi, paragraphWords[pi], r.reference, bulletin, period));
            c.dates = std::move(r.dates);
            c.sentences = std::move(r.sentences);
            readTableRow(c.text, tableYears, c);
            if (p.isBoilerplate())
                continue;
            for (const DateMention &d : std::as_const(c.dates)) {
                // (Not an older year: a comparison's base, "contre plus de 143,77 MDH à fin novembre
                // 2023", or a past recalled, "compte tenu de la chute affichée en décembre 2018",
                // leave "fin novembre dernier" in the year written about; nor a deadline, "d'ici
                // 2030".)
                // (Nor, while none is known, a base alone: "fin mars dernier … par rapport à la même
                // période en 2022" writes about 2023, firstYears() says.)
                if (d.explicitYear && !d.date.isNull() && (written.isNull() || d.date.year > written.year)
                    && !deadlineAt(c.text, d.start) && !budgetYearAt(c.text, d.start)
                    && !(written.isNull() && comparisonBase(c.text, d.start)))
                    written = PartialDate {d.date.year, 0, 0};
            }
            if (!dated && written.isNull() && afterBase)
                written = r.reference;
            readSpeakers(c, speakers, r.speakers);
            announceSpeaker(c, announcing);
            for (const DateMention &d : std::as_const(c.dates)) {
                // (In an undated article, a draft budget law's year is no period the text is at:
                // "selon le rapport annexé au projet de loi de finances 2025" describes the year
                // before.)
                if (!d.since && !d.relative.active && !d.date.isNull()
                    && (dated || d.date.hasMonth() || !budgetYearAt(c.text, d.start)))
                    period = d.date;
            }
        }
        std::vector<QList<Claim>> claims(count);
        Parallel::forWeightedRanges(
            count, paragraphLength, Parallel::kMinimumText, [&](qsizetype begin, qsizetype end) {
                for (qsizetype k = begin; k < end; ++k)
                    ParagraphExtractor(contexts[k], claims[k]).run(readings[k].candidates);
            });
        qsizetype found = out.size();
        for (const QList<Claim> &some : claims)
            found += some.size();
        if (found > out.capacity())
            out.reserve(qMax(found, 2 * out.capacity()));
        for (int k = 0; k < count; ++k) {
            out += std::move(claims[k]);
            if (sentences)
                (*sentences)[first + k] = std::move(contexts[k].sentences);
        }
    }
    resolveDinars(article, out);
    seriesExtremes(article, out);
    inheritScaledUnits(article, out);
    return out;
}

void ClaimExtractor::extractInto(Article &article)
{
    const QList<FoldedWords> words = ClaimExtractor::words(article);
    QList<QList<TextSpan>> sentences;
    QStringList people;
    article.claims = extract(article, words, &sentences, &people);
    article.peopleWithRoles = std::move(people);
    article.claims.squeeze();
    const MetricTaxonomy &presets = MetricTaxonomy::bundled();
    article.presetSchemesNamed = MetricAssigner::schemesNamed(article, presets, &words);
    // An article that names none of the presets' schemes takes none of their metrics
    // (MetricSet's presetMetrics()): its figures are not read against them for nothing.
    if (!article.presetSchemesNamed->isEmpty())
        MetricAssigner::assign(article, presets, &words, &sentences);
    article.presetsAssigned = &presets;
    PdfLoader::locateClaims(article);
}
