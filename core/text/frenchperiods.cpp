// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/frenchperiods_p.h"

#include "text/textutil.h"

#include <QRegularExpression>

namespace {

using FrenchDates::DateMatch;
using RE = QRegularExpression;
constexpr auto kOptions = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;

const QString kOrdinal
    = QStringLiteral("premier|1er|1re|1ère|deuxième|deuxieme|2e|2ème|2eme|second|seconde|2nd|troisième|"
                     "troisieme|3e|3ème|3eme|quatrième|quatrieme|4e|4ème|4eme|dernier");
// What may follow a period to give its year: "2018", "de 2018", "de l'année 2018", "de
// l'année en cours", "de cette année", "de la même année".
const QString kYearTail = QStringLiteral(
    "(?:[ \\x{00A0}]+(?:(?:de[ \\x{00A0}]+l['’](?:ann[ée]e|exercice)[ \\x{00A0}]+|de[ \\x{00A0}]+|d['’]|en[ "
    "\\x{00A0}]+)?(?<year>\\d{4})(?![\\d]|[.,]\\d)"
    "|(?<same>[ \\x{00A0}]*de[ \\x{00A0}]+la[ \\x{00A0}]+m[êe]me[ \\x{00A0}]+ann[ée]e)"
    "|(?<current>[ \\x{00A0}]*(?:de[ \\x{00A0}]+l['’]ann[ée]e(?:[ \\x{00A0}]+(?:en[ "
    "\\x{00A0}]+cours|courante))?|de[ \\x{00A0}]+cette[ \\x{00A0}]+ann[ée]e|de[ \\x{00A0}]+l['’]exercice[ "
    "\\x{00A0}]+en[ \\x{00A0}]+cours))))?");

int ordinalValue(QStringView word)
{
    const QString f = TextUtil::fold(word);
    if (f.startsWith(u"premier") || f.startsWith(u'1'))
        return 1;
    if (f.startsWith(u"deux") || f.startsWith(u"second") || f.startsWith(u'2'))
        return 2;
    if (f.startsWith(u"trois") || f.startsWith(u'3'))
        return 3;
    if (f.startsWith(u"quatr") || f.startsWith(u'4') || f == u"dernier")
        return 4;
    return 0;
}

int numberWord(QStringView word)
{
    static const QStringList words
        = {QStringLiteral("un"),   QStringLiteral("deux"), QStringLiteral("trois"), QStringLiteral("quatre"),
           QStringLiteral("cinq"), QStringLiteral("six"),  QStringLiteral("sept"),  QStringLiteral("huit"),
           QStringLiteral("neuf"), QStringLiteral("dix"),  QStringLiteral("onze"),  QStringLiteral("douze")};
    bool ok = false;
    const int n = word.toInt(&ok);
    if (ok)
        return n;
    const QString folded = TextUtil::fold(word);
    return folded == u"une" ? 1 : int(words.indexOf(folded)) + 1;
}

bool validYear(int y)
{
    return y >= 1900 && y <= 2100;
}

// The last year written in `text` before `pos`, or 0.
int lastYearBefore(QStringView text, qsizetype pos)
{
    for (qsizetype i = pos - 4; i >= 0; --i) {
        if (!text[i].isDigit() || !text[i + 1].isDigit() || !text[i + 2].isDigit() || !text[i + 3].isDigit())
            continue;
        if ((i > 0 && text[i - 1].isDigit()) || (i + 4 < text.size() && text[i + 4].isDigit()))
            continue;
        const int y = text.mid(i, 4).toInt();
        if (validYear(y))
            return y;
    }
    return 0;
}

// The year of a period from what follows it in the match: a written year, "de la même année",
// "de l'année en cours", or nothing: the latest year in which month `byMonth` of the period
// (its start for a quarter, its end for the first months of a year) came by the reference.
int periodYear(const QRegularExpressionMatch &m, QStringView text, PartialDate reference, int byMonth,
               bool *inferred)
{
    *inferred = false;
    if (m.capturedLength(u"year") || m.capturedLength(u"codeYear")) {
        const int y = m.capturedView(m.capturedLength(u"year") ? u"year" : u"codeYear").toInt();
        return validYear(y) ? y : -1;
    }
    if (m.capturedLength(u"same")) {
        if (const int y = lastYearBefore(text, m.capturedStart()))
            return y;
    }
    if (reference.isNull())
        return 0;
    *inferred = !m.capturedLength(u"current");
    int year = reference.year;
    if (!m.capturedLength(u"current") && reference.hasMonth() && byMonth > reference.month)
        --year;
    return year;
}

DateMatch periodMatch(const QRegularExpressionMatch &m, int year, int month, bool inferred)
{
    DateMatch d;
    d.start = m.capturedStart();
    d.end = m.capturedEnd();
    if (year > 0)
        d.date = PartialDate {qint16(year), qint8(month), 0};
    d.yearInferred = inferred;
    d.edge = FrenchDates::Edge::End;
    return d;
}

// "au deuxième trimestre 2018", "le premier semestre de l'année en cours", "T1 2024",
// "entre le premier et le deuxième trimestre 2018".
void quartersAndHalves(QStringView text, PartialDate reference, QList<DateMatch> &out)
{
    static const RE re(
        QStringLiteral("(?<![\\p{L}\\d])(?:(?<first>%1)[ \\x{00A0}]+et[ \\x{00A0}]+(?:le[ "
                       "\\x{00A0}]+|au[ \\x{00A0}]+)?)?(?<ord>%1)[ \\x{00A0}]+(?<unit>(?i:trimestre|"
                       "semestre))(?![\\p{L}])%2"
                       // "T2 2017", and "2eT 2017", "2e T 2017" as some pages shorten "2e trimestre".
                       "|(?<![\\p{L}\\d])(?:(?<code>[TS])(?<n>[1-4])|(?<n2>[1-4])(?:e|er|ème)[ "
                       "\\x{00A0}]?(?<code2>[TS]))[ "
                       "\\x{00A0}-]*(?<codeYear>\\d{4})(?!\\d|[.,]\\d)")
            .arg(QStringLiteral("(?i:%1)").arg(kOrdinal), QStringLiteral("(?i:%1)").arg(kYearTail)),
        RE::UseUnicodePropertiesOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView code
            = m.capturedLength(u"code") ? m.capturedView(u"code") : m.capturedView(u"code2");
        const bool half
            = m.capturedView(u"unit").compare(u"semestre", Qt::CaseInsensitive) == 0 || code == u"S";
        const int n = m.capturedLength(u"code") ? m.capturedView(u"n").toInt()
            : m.capturedLength(u"code2")        ? m.capturedView(u"n2").toInt()
                                                : ordinalValue(m.capturedView(u"ord"));
        if (n < 1 || (half && n > 2))
            continue;
        const int months = half ? 6 : 3;
        bool inferred = false;
        const int year = periodYear(m, text, reference, (n - 1) * months + 1, &inferred);
        if (year < 0)
            continue;
        DateMatch d = periodMatch(m, year, n * months, inferred);
        if (m.capturedLength(u"first") && year > 0) {
            const int first = ordinalValue(m.capturedView(u"first"));
            if (first >= 1 && first < n)
                d.rangeStart = PartialDate {qint16(year), qint8(first * months), 0};
        }
        out.append(d);
    }
}

// "les dix premiers mois de 2016", "les six premiers mois de l'année en cours".
void firstMonths(QStringView text, PartialDate reference, QList<DateMatch> &out)
{
    static const RE re(
        QStringLiteral("(?<![\\p{L}\\d])(?<n>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|\\d{"
                       "1,2})[ \\x{00A0}]+premiers[ \\x{00A0}]+mois%1")
            .arg(kYearTail),
        kOptions);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = numberWord(m.capturedView(u"n"));
        if (n < 2 || n > 12)
            continue;
        // (Not the first months of a season, which starts in a month the words do not say: "les
        // quatre premiers mois de la campagne" of olive oil end in February, of cereals in
        // October.)
        static const RE season(
            QStringLiteral("^[ \\x{00A0}]+de[ \\x{00A0}]+la[ \\x{00A0}]+(?:campagne|compagne|"
                           "saison)"),
            kOptions);
        if (!m.capturedLength(u"year") && season.match(text.mid(m.capturedEnd())).hasMatch())
            continue;
        bool inferred = false;
        const int year = periodYear(m, text, reference, n, &inferred);
        if (year < 0)
            continue;
        out.append(periodMatch(m, year, n, inferred));
    }
}

// "fin 2024" → 2024-12, "début 2024" → 2024-01, "mi-2023" → 2023-06; "fin d'année" in the
// reference year; "au terme de l'exercice 2024", "à l'issue de l'année 2024" → 2024-12.
void yearEdges(QStringView text, PartialDate reference, QList<DateMatch> &out)
{
    static const RE re(
        QStringLiteral("(?<![\\p{L}])(?<edge>fin|d[ée]but|mi|(?<=au[ \\x{00A0}])terme|(?<=l['’])issue)"
                       "(?:[ \\x{00A0}-]+(?:d['’](?:ann[ée]e|exercice)[ "
                       "\\x{00A0}]+|de[ \\x{00A0}]+l['’](?:ann[ée]e|exercice)[ "
                       "\\x{00A0}]+)?(?<year>\\d{4})(?!\\d|[.,]\\d)"
                       "|[ \\x{00A0}]+(?<noyear>d['’]ann[ée]e|de[ \\x{00A0}]+l['’]ann[ée]e)(?![ "
                       "\\x{00A0}]*\\d))"),
        kOptions);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QChar e = m.capturedView(u"edge").at(0).toLower();
        if (e == u't' || e == u'i') // "au terme de", "à l'issue de": the end
            e = u'f';
        const int month = e == u'f' ? 12 : e == u'm' ? 6 : 1;
        int year = m.capturedView(u"year").toInt();
        bool inferred = false;
        if (m.capturedLength(u"noyear")) {
            if (reference.isNull())
                continue;
            year = reference.year;
            inferred = true;
        }
        if (!validYear(year))
            continue;
        DateMatch d = periodMatch(m, year, month, inferred);
        d.edge = e == u'f' ? FrenchDates::Edge::End
            : e == u'm'    ? FrenchDates::Edge::Middle
                           : FrenchDates::Edge::Start;
        out.append(d);
    }
}

// "2017-12" (an ISO month), "2017-2026" and "2020/2021" (spans of years), "entre 2022 et 2023".
void isoMonthsAndYearSpans(QStringView text, QList<DateMatch> &out)
{
    static const RE re(
        QStringLiteral("(?<![\\p{L}\\d.,/-])(?<y>(?:19|20)\\d{2})(?:-(?<m>0[1-9]|1[0-2])(?![\\d-])|[ "
                       "\\x{00A0}]*[-–/][ \\x{00A0}]*(?<y2>(?:19|20)\\d{2})(?![\\d]))"
                       "|(?<![\\p{L}])(?i:entre)[ \\x{00A0}]+(?:(?i:l['’]ann[ée]e)[ "
                       "\\x{00A0}]+)?(?<e1>(?:19|20)\\d{2})[ "
                       "\\x{00A0}]+(?i:et)[ \\x{00A0}]+(?:(?i:l['’]ann[ée]e)[ "
                       "\\x{00A0}]+)?(?<e2>(?:19|20)\\d{2})(?![\\d])"),
        RE::UseUnicodePropertiesOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        DateMatch d;
        d.start = m.capturedStart();
        d.end = m.capturedEnd();
        if (m.capturedLength(u"m")) {
            d.date
                = PartialDate {qint16(m.capturedView(u"y").toInt()), qint8(m.capturedView(u"m").toInt()), 0};
            out.append(d);
            continue;
        }
        const bool between = m.capturedLength(u"e1") > 0;
        const int y1 = m.capturedView(between ? u"e1" : u"y").toInt();
        const int y2 = m.capturedView(between ? u"e2" : u"y2").toInt();
        if (y2 <= y1 || !validYear(y1) || !validYear(y2))
            continue;
        d.date = PartialDate {qint16(y2), 0, 0};
        d.rangeStart = PartialDate {qint16(y1), 0, 0};
        out.append(d);
    }
}

// The forms of a date relative to another one.
const RE &relativePattern()
{
    static const RE re(
        QStringLiteral(
            "(?<![\\p{L}])(?:"
            // "la même période (de l'année précédente | de 2017 | un an plus tôt)", "la période
            // correspondante de l'année écoulée"
            "(?<samePeriod>(?:la|cette)[ \\x{00A0}]+(?:m[êe]me[ \\x{00A0}]+p[ée]riode|p[ée]riode[ "
            "\\x{00A0}]+correspondante))(?<period>"
            "[ \\x{00A0}]*(?:de|d['’]|en)?[ \\x{00A0}]*l['’](?:ann[ée]e|an|exercice)[ "
            "\\x{00A0}]+(?<prev>pr[ée]c[ée]dente?|[ée]coul[ée]e?|derni[eè]re?|pass[ée]e?)"
            "|[ \\x{00A0}]+(?:de[ \\x{00A0}]+l['’]ann[ée]e[ \\x{00A0}]+|de[ \\x{00A0}]+|d['’]|en[ "
            "\\x{00A0}]+)(?<pyear>\\d{4})(?!\\d|[.,]\\d)"
            "|[ \\x{00A0}]+(?:un[ \\x{00A0}]+an|une[ \\x{00A0}]+ann[ée]e)[ \\x{00A0}]+(?:plus[ "
            "\\x{00A0}]+t[ôo]t|auparavant|avant|pr[ée]c[ée]dente?))?"
            // "à la même date l'année dernière"
            "|(?<sameDate>(?:à|a)[ \\x{00A0}]+la[ \\x{00A0}]+m[êe]me[ \\x{00A0}]+date)[ \\x{00A0}]+(?:de[ "
            "\\x{00A0}]+)?(?:l['’](?:ann[ée]e|an)[ "
            "\\x{00A0}]+(?:derni[eè]re?|pass[ée]e?|pr[ée]c[ée]dente?)|un[ "
            "\\x{00A0}]+an[ \\x{00A0}]+plus[ \\x{00A0}]+t[ôo]t)"
            // "trois jours plus tôt", "un an auparavant", "une année auparavant"
            "|(?<ago>il[ \\x{00A0}]+y[ \\x{00A0}]+a[ "
            "\\x{00A0}]+)?(?<n>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\\d{1,3})[ "
            "\\x{00A0}]+(?<unit>jours?|semaines?|mois|ans?|ann[ée]es?)(?(<ago>)|[ \\x{00A0}]+(?:plus[ "
            "\\x{00A0}]+t[ôo]t|auparavant|(?<later>plus[ \\x{00A0}]+tard)))"
            // "l'année précédente", "l'exercice précédent"
            "|(?<previousYear>l['’](?:ann[ée]e[ \\x{00A0}]+pr[ée]c[ée]dente|an[ "
            "\\x{00A0}]+pr[ée]c[ée]dent|exercice[ "
            "\\x{00A0}]+pr[ée]c[ée]dent))"
            // "le trimestre précédent", "au précédent trimestre"
            "|(?:le|au|du|lors[ \\x{00A0}]+du)[ \\x{00A0}]+(?:(?<punit>trimestre|semestre|mois)[ "
            "\\x{00A0}]+pr[ée]c[ée]dent|pr[ée]c[ée]dent[ "
            "\\x{00A0}]+(?<punit2>trimestre|semestre|mois))"
            // "celui de 2017", "celle de l'année 2016"
            "|(?:celui|celle|ceux|celles)[ \\x{00A0}]+(?:de[ \\x{00A0}]+l['’]ann[ée]e[ \\x{00A0}]+|de[ "
            "\\x{00A0}]+|d['’]|en[ \\x{00A0}]+)(?<cyear>\\d{4})(?!\\d|[.,]\\d)"
            // "sur la période", "au cours de cette période": the period named before
            "|(?:sur|durant|pendant|au[ \\x{00A0}]+cours[ \\x{00A0}]+de|lors[ \\x{00A0}]+de)[ \\x{00A0}]+"
            "(?<thatPeriod>la|cette)[ \\x{00A0}]+p[ée]riode(?![ "
            "\\x{00A0}]+(?:allant|de|du|d['’]|janvier|f[ée]vrier|"
            "mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|\\d))"
            // "au cours des trois dernières années": a span that ends with the reference
            "|(?:sur|durant|pendant|au[ \\x{00A0}]+cours[ \\x{00A0}]+des|lors[ \\x{00A0}]+des|ces)[ "
            "\\x{00A0}]+(?:les[ "
            "\\x{00A0}]+)?(?<lastN>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\\d{1,2})[ "
            "\\x{00A0}]+"
            "derni[eè]re?s[ \\x{00A0}]+(?<lastUnit>mois|ann[ée]es|ans|semaines|jours|trimestres)"
            // "l'an dernier", "l'année passée": the calendar year before, outside comparisons
            "|(?<calendar>l['’](?:an|ann[ée]e|exercice)[ "
            "\\x{00A0}]+(?:derni[eè]re?|pass[ée]e?|[ée]coul[ée]e?))"
            ")(?![\\p{L}])"),
        kOptions);
    return re;
}

// "au cours des trois dernières années": the span that ends with the reference.
DateMatch lastPeriod(const QRegularExpressionMatch &m, PartialDate reference)
{
    DateMatch d;
    d.start = m.capturedStart();
    d.end = m.capturedEnd();
    d.date = PartialDate {reference.year, reference.month, 0};
    d.yearInferred = true;
    const int n = numberWord(m.capturedView(u"lastN"));
    const QString unit = TextUtil::fold(m.capturedView(u"lastUnit"));
    const int months = unit == u"mois" ? n : unit.startsWith(u"trimestre") ? 3 * n : 12 * n;
    if (unit == u"mois" || unit.startsWith(u"trimestre") || unit.startsWith(u"an")) {
        const QDate from
            = QDate(reference.year, reference.hasMonth() ? reference.month : 1, 1).addMonths(-months);
        d.rangeStart = PartialDate {qint16(from.year()), qint8(reference.hasMonth() ? from.month() : 0), 0};
    }
    return d;
}

// "trois jours plus tôt", "il y a deux ans", "un an plus tard": a count of days, weeks, months
// or years back (forward for "plus tard"); false for a count no text means.
bool countBack(const QRegularExpressionMatch &m, FrenchDates::Relative &r)
{
    int n = numberWord(m.capturedView(u"n"));
    const QString unit = TextUtil::fold(m.capturedView(u"unit"));
    if (n <= 0 || n > 400)
        return false;
    if (m.capturedLength(u"later"))
        n = -n; // "un an plus tard"
    r.ago = m.capturedLength(u"ago") > 0;
    if (unit.startsWith(u"jour"))
        r.days = qint16(-n);
    else if (unit.startsWith(u"semaine"))
        r.days = qint16(-7 * n);
    else if (unit == u"mois")
        r.months = qint8(-qMin(n, 120));
    else
        r.years = qint8(-qMin(n, 100));
    return true;
}

// Dates relative to another one.
void relativeDates(QStringView text, PartialDate reference, QList<DateMatch> &out)
{
    auto it = relativePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        FrenchDates::Relative r;
        r.active = true;
        if (m.capturedLength(u"samePeriod")) {
            r.samePeriod = true;
            if (m.capturedLength(u"pyear"))
                r.year = qint16(m.capturedView(u"pyear").toInt());
            else if (m.capturedLength(u"period"))
                r.years = -1;
        } else if (m.capturedLength(u"sameDate") || m.capturedLength(u"previousYear")) {
            r.years = -1;
        } else if (m.capturedLength(u"n")) {
            if (!countBack(m, r))
                continue;
        } else if (m.capturedLength(u"punit") || m.capturedLength(u"punit2")) {
            const QString unit
                = TextUtil::fold(m.capturedView(m.capturedLength(u"punit") ? u"punit" : u"punit2"));
            r.months = qint8(unit == u"trimestre" ? -3 : unit == u"semestre" ? -6 : -1);
        } else if (m.capturedLength(u"cyear")) {
            r.samePeriod = true;
            r.year = qint16(m.capturedView(u"cyear").toInt());
        } else if (m.capturedLength(u"thatPeriod")) {
            r.samePeriod = true;
        } else if (m.capturedLength(u"lastN")) {
            // Ends with the reference: a date of its own, not relative.
            if (!reference.isNull())
                out.append(lastPeriod(m, reference));
            continue;
        } else if (m.capturedLength(u"calendar")) {
            r.years = -1;
            r.calendarYear = true;
        }
        if (r.year && !validYear(r.year))
            continue;
        DateMatch d;
        d.start = m.capturedStart();
        d.end = m.capturedEnd();
        d.relative = r;
        const PartialDate anchor
            = reference.isNull() ? PartialDate {} : PartialDate {reference.year, reference.month, 0};
        d.date = r.calendarYear && !reference.isNull() ? PartialDate {qint16(reference.year - 1), 0, 0}
                                                       : FrenchDates::resolve(r, anchor);
        out.append(d);
    }
}

// The words that the patterns of each family need: most paragraphs have none, and skip them.
enum Family : int { QuarterWords = 1, FirstMonthWords = 2, EdgeWords = 4, RelativeWords = 8 };

int familiesIn(QStringView text, const FoldedWords &words)
{
    static const FoldedWordSet set = [] {
        FoldedWordSet s;
        for (const char *w : {"trimestre", "semestre"})
            s.insert(QString::fromLatin1(w), QuarterWords);
        s.insert(QStringLiteral("premiers"), FirstMonthWords);
        for (const char *w : {"fin", "debut", "mi", "terme", "issue"})
            s.insert(QString::fromLatin1(w), EdgeWords);
        for (const char *w : {"periode", "date", "tot", "tard", "auparavant", "precedente", "precedent",
                              "celui", "celle", "ceux", "celles", "dernier", "derniere", "derniers",
                              "dernieres", "passe", "passee", "ecoule", "ecoulee"})
            s.insert(QString::fromLatin1(w), RelativeWords);
        return s;
    }();
    int mask = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int v = set.value(words, i);
        if (v > 0)
            mask |= v;
        // "il y a une année"
        if (i + 2 < words.size() && words.folded(i) == u"il" && words.folded(i + 1) == u"y"
            && words.folded(i + 2) == u"a")
            mask |= RelativeWords;
        // "T1 2024", "S2 2023": a capital T or S glued to a digit.
        const qsizetype s = words.start(i);
        if (words.end(i) == s + 1 && s + 1 < text.size() && text[s + 1].isDigit()
            && (text[s] == u'T' || text[s] == u'S'))
            mask |= QuarterWords;
        // "2eT 2017", "1er S 2024": an ordinal's ending, then its T or S.
        const qsizetype e = words.end(i);
        if (s > 0 && text[s - 1].isDigit() && e - s <= 4 && (text[e - 1] == u'T' || text[e - 1] == u'S'))
            mask |= QuarterWords;
        if (i > 0 && e == s + 1 && (text[s] == u'T' || text[s] == u'S') && words.start(i - 1) > 0
            && text[words.start(i - 1) - 1].isDigit() && words.end(i - 1) + 1 == s)
            mask |= QuarterWords;
    }
    return mask;
}

} // namespace

void FrenchDates::Periods::find(QStringView text, const FoldedWords &words, PartialDate reference,
                                QList<DateMatch> &out)
{
    const int families = familiesIn(text, words);
    if (families & QuarterWords)
        quartersAndHalves(text, reference, out);
    if (families & FirstMonthWords)
        firstMonths(text, reference, out);
    if (families & EdgeWords)
        yearEdges(text, reference, out);
    if (families & RelativeWords)
        relativeDates(text, reference, out);
    // Four digits, a dash or a slash: the only way into the ISO month and year-span pattern.
    static constexpr char16_t kJoiners[] = {u'-', u'/', u'–'};
    CharScanner joiners(text, kJoiners);
    bool joined = false;
    for (qsizetype i = joiners.next(4); i < text.size() && !joined; i = joiners.next(i + 1)) {
        qsizetype b = i;
        while (b > 0 && text[b - 1] == u' ')
            --b;
        joined = b >= 4 && text[b - 1].isDigit() && text[b - 4].isDigit();
    }
    // "entre 2022 et 2023" needs no joiner: "entre" among the words lets it in too.
    for (qsizetype i = 0; i < words.size() && !joined; ++i)
        joined = words.folded(i) == u"entre";
    if (joined)
        isoMonthsAndYearSpans(text, out);
}

PartialDate FrenchDates::resolve(const Relative &r, PartialDate anchor, PartialDate period)
{
    if (r.samePeriod) {
        // "la même période de l'année écoulée": the period's months, the year counted from the
        // figure compared with (else from the period itself).
        PartialDate months = period.isNull() ? anchor : period;
        if (r.month)
            months = PartialDate {months.year, r.month, 0};
        const PartialDate years = anchor.isNull() ? period : anchor;
        if (!r.year && years.isNull())
            return {};
        const int year = r.year ? r.year : years.year + r.years;
        return PartialDate {qint16(year), months.month, months.hasMonth() ? months.day : qint8(0)};
    }
    const PartialDate base = anchor;
    if (base.isNull())
        return r.year ? PartialDate {r.year, 0, 0} : PartialDate {};
    // Offsets finer than the base's precision are dropped: "le trimestre précédent" of a year is
    // that year.
    QDate d(base.year, base.hasMonth() ? base.month : 1, base.hasDay() ? base.day : 1);
    d = d.addYears(r.years);
    if (base.hasMonth())
        d = d.addMonths(r.months);
    if (base.hasDay())
        d = d.addDays(r.days);
    else if (base.hasMonth())
        d = d.addMonths(qRound(r.days / 30.0));
    PartialDate out {qint16(r.year ? r.year : d.year()), qint8(base.hasMonth() ? d.month() : 0),
                     qint8(base.hasDay() ? d.day() : 0)};
    if (!out.hasMonth())
        out.day = 0;
    return out;
}
