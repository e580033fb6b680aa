// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/frenchdates.h"

#include "text/frenchperiods_p.h"
#include "text/textutil.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct MonthName
{
    const char16_t *name;
    int month;
};

// Folded (lower case, no accents) names and abbreviations.
constexpr MonthName kMonths[] = {
    {u"janvier", 1},   {u"janv", 1},      {u"fevrier", 2},   {u"fevr", 2}, {u"fev", 2},      {u"mars", 3},
    {u"avril", 4},     {u"avr", 4},       {u"mai", 5},       {u"juin", 6}, {u"juillet", 7},  {u"juil", 7},
    {u"aout", 8},      {u"septembre", 9}, {u"sept", 9},      {u"sep", 9},  {u"octobre", 10}, {u"oct", 10},
    {u"novembre", 11}, {u"nov", 11},      {u"decembre", 12}, {u"dec", 12},
};

QString fold(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        switch (c.toLower().unicode()) {
        case u'é':
        case u'è':
        case u'ê':
        case u'ë':
            out += u'e';
            break;
        case u'û':
        case u'ù':
        case u'ü':
            out += u'u';
            break;
        case u'à':
        case u'â':
            out += u'a';
            break;
        case u'ô':
            out += u'o';
            break;
        case u'î':
        case u'ï':
            out += u'i';
            break;
        case u'.':
            break;
        default:
            out += c.toLower();
        }
    }
    return out;
}

const QString kMonthPattern = QStringLiteral(
    "janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|"
    "septembre|sept?\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?");

const QRegularExpression &beforeMonth()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w-])(?:(?<edge>d[ée]but|fin|mi)[\\s-]+(?:de\\s+|d['’]\\s*)?)?"
                       "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
                       "(?:(?<day0>\\d{1,2})(?:er|ᵉʳ)?\\s*(?:au|à|-|–|et(?:\\s+le)?)\\s*(?=\\d))?"
                       "(?:(?<day>\\d{1,2})(?:er|ᵉʳ)?\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &afterMonth()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:(?:\\s+(?:de\\s+l['’]ann[ée]e\\s+)?|(?=\\d))(?<year>\\d{4})(?!\\w)"
            "|(?<current>\\s+(?:de\\s+cette\\s+ann[ée]e|de\\s+l['’]ann[ée]e\\s+(?:en\\s+cours|courante)))"
            "|(?<previous>\\s+(?:de\\s+)?l['’](?:ann[ée]e|an|exercice)\\s+(?:pr[ée]c[ée]dente?|[ée]coul[ée]e?"
            "|derni[eè]re?|pass[ée]e?)))"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &numericDate()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?<![\\w.,])(?:(?<d>\\d{1,2})\\s*(?<sep>[-/.])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<y>\\d{4})"
            "|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?!\\d|[.,]\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A month alone is a date only where French makes it one: "en avril", "à fin janvier",
// "depuis mars", "janvier dernier".
bool monthAloneIsDate(QStringView text, qsizetype start, qsizetype end, bool hasEdge)
{
    if (hasEdge)
        return true;
    static const QRegularExpression before(
        QStringLiteral(
            "(?:\\b(?:en|depuis|jusqu['’]\\s*en|jusqu['’]\\s*à|d['’]ici|mois\\s+de|mois\\s+d['’]|courant|"
            "entre|de|du|à|au|et|dès|pour|avant|après|vers|fin|début)|\\bd['’])\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression after(QStringLiteral("^\\s+(?:dernier|prochain|précédent)\\b"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype from = qMax<qsizetype>(0, start - 24);
    return before.match(text.mid(from, start - from)).hasMatch() || after.match(text.mid(end, 16)).hasMatch();
}

bool validYear(int y)
{
    return y >= 1900 && y <= 2100;
}

// Whether the month ending at `firstEnd` and the one starting at `secondStart` make a range:
// "janvier-octobre", "de janvier à novembre", "entre janvier et mai", "entre les mois d'octobre et
// de novembre". `dateStart` is where the
// first month's date starts.
bool isMonthRange(QStringView text, qsizetype dateStart, qsizetype firstEnd, qsizetype secondStart)
{
    if (secondStart - firstEnd > 16)
        return false;
    // ("novembre 2023-mai 2024": the first month's year written before the dash.)
    static const QRegularExpression dash(QStringLiteral("^\\s*(?:\\d{4}\\s*)?[-–/]\\s*$"));
    static const QRegularExpression to(
        QStringLiteral("^\\s+(?<word>à|a|au|et)\\s+(?:(?:fin|début|debut)\\s+|(?:de|d['’])\\s*)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringView gap = text.mid(firstEnd, secondStart - firstEnd);
    if (dash.match(gap).hasMatch())
        return true;
    const auto m = to.match(gap);
    if (!m.hasMatch())
        return false;
    static const QRegularExpression from(QStringLiteral("(?:^|[^\\p{L}])(?:de|d['’]|du|depuis)\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    // ("entre les mois d'octobre et de novembre 2020".)
    static const QRegularExpression between(
        QStringLiteral("(?:^|[^\\p{L}])entre(?:\\s+les)?(?:\\s+mois\\s+d['’e]?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype b = qMax<qsizetype>(0, dateStart - 24);
    const QStringView before = text.mid(b, dateStart - b);
    return m.capturedView(u"word").compare(u"et", Qt::CaseInsensitive) == 0 ? between.match(before).hasMatch()
                                                                            : from.match(before).hasMatch();
}

} // namespace

namespace {
const FoldedWordSet &monthNames()
{
    static const FoldedWordSet months = [] {
        FoldedWordSet set;
        for (const MonthName &m : kMonths)
            set.insert(QString::fromUtf16(m.name), m.month);
        return set;
    }();
    return months;
}

int monthFromFolded(QStringView f)
{
    return qMax(0, monthNames().value(f));
}
} // namespace

int FrenchDates::monthFromName(QStringView word)
{
    return monthFromFolded(fold(word));
}

QList<FrenchDates::DateMatch> FrenchDates::findAll(QStringView text, PartialDate reference)
{
    return findAll(text, FoldedWords(text), reference);
}

namespace {

// Month names found by a word scan (fast): their spans, a following dot included ("janv.").
QList<std::pair<qsizetype, qsizetype>> monthWords(QStringView text, const FoldedWords &words)
{
    // Month names by a word scan (fast), then what stands around each.
    QList<std::pair<qsizetype, qsizetype>> months;
    const FoldedWordSet &names = monthNames();
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (names.value(words, i) <= 0)
            continue;
        const qsizetype start = words.start(i), end = words.end(i);
        const qsizetype length = words.folded(i).size();
        if (length < 3 || length > 9 || (start > 0 && text[start - 1].isDigit()))
            continue;
        // ("octobre2020": a stored page lost the space before the year; "mars2" is no date.)
        if (end < text.size() && text[end].isDigit()) {
            const QStringView year = text.mid(end, 4);
            const bool glued = year.size() == 4
                && std::all_of(year.begin(), year.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })
                && (end + 4 >= text.size() || !text[end + 4].isLetterOrNumber()) && validYear(year.toInt());
            if (!glued)
                continue;
        }
        months.append({start, end < text.size() && text[end] == u'.' ? end + 1 : end});
    }
    return months;
}

// What a month name says besides itself, for the year it may lack.
struct MonthReading
{
    int month;
    int firstMonth; // of a range, "janvier-octobre"
    bool hasDay;
    bool currentYear; // "de cette année"
    bool edge; // "fin", "mi-", "début"
};

// A month written without its year takes the reference's (the year before when the month is
// still to come); false when the word is no date at all ("sept" the number, "mars" alone).
bool inferYear(FrenchDates::DateMatch &d, PartialDate reference, const MonthReading &m, QStringView text,
               qsizetype monthStart, qsizetype monthEnd, int &year)
{
    const QStringView word = text.mid(monthStart, monthEnd - monthStart);
    // "sept" is also the number seven: an abbreviation alone needs a day or a year.
    if (!m.firstMonth && !m.hasDay && word.size() <= 4 && !word.endsWith(u'.') && m.month != 3 && m.month != 5
        && m.month != 6 && m.month != 8)
        return false;
    if (!m.firstMonth && !m.hasDay && !monthAloneIsDate(text, monthStart, monthEnd, m.edge))
        return false;
    if (reference.isNull()) {
        d.date = PartialDate {};
    } else {
        year = reference.year;
        // A range must have ended by the reference: "de janvier à novembre" in January is
        // last year's.
        if (!m.currentYear && reference.hasMonth() && m.month > reference.month)
            --year;
        d.yearInferred = !m.currentYear;
    }
    return true;
}

// Dates written with a month name: "17 février 2025", "fin mars", "janvier-octobre 2018".
void monthDates(QStringView text, const FoldedWords &words, PartialDate reference,
                QList<FrenchDates::DateMatch> &out)
{
    const QList<std::pair<qsizetype, qsizetype>> months = monthWords(text, words);
    const qsizetype firstOut = out.size();
    for (qsizetype k = 0; k < months.size(); ++k) {
        const auto [monthStart, monthEnd] = months[k];
        // "janvier-octobre" is read from its first month: a month after a dash alone is not a date.
        if (monthStart > 0 && text[monthStart - 1] == u'-')
            continue;
        const QStringView monthWord = text.mid(monthStart, monthEnd - monthStart);
        int month = FrenchDates::monthFromName(monthWord);
        if (!month)
            continue;
        const qsizetype windowStart = qMax<qsizetype>(0, monthStart - 40);
        const auto b = beforeMonth().match(text.mid(windowStart, monthStart - windowStart));
        FrenchDates::DateMatch d;
        d.start = b.hasMatch() ? windowStart + b.capturedStart() : monthStart;
        // "janvier-octobre 2018", "entre janvier et mai", "de janvier à novembre": the range ends
        // with its second month, which gives the year.
        qsizetype lastEnd = monthEnd;
        int firstMonth = 0;
        int firstYear = 0; // "novembre 2023-mai 2024"
        if (k + 1 < months.size() && isMonthRange(text, d.start, monthEnd, months[k + 1].first)) {
            firstMonth = month;
            const QStringView gap = text.mid(monthEnd, months[k + 1].first - monthEnd).trimmed();
            if (gap.size() >= 5 && gap[0].isDigit())
                firstYear = gap.left(4).toInt();
            month = FrenchDates::monthFromName(
                text.mid(months[k + 1].first, months[k + 1].second - months[k + 1].first));
            lastEnd = months[k + 1].second;
            ++k;
        }
        const auto y = afterMonth().match(text.mid(lastEnd, 40));
        d.end = y.hasMatch() ? lastEnd + y.capturedEnd() : lastEnd;
        const QStringView edge = b.capturedView(u"edge");
        if (!edge.isEmpty()) {
            const QChar e = edge.at(0).toLower();
            d.edge = e == u'f' ? FrenchDates::Edge::End
                : e == u'm'    ? FrenchDates::Edge::Middle
                               : FrenchDates::Edge::Start;
        }
        if (firstMonth)
            d.edge = FrenchDates::Edge::End;
        const bool hasDay = !firstMonth && b.capturedLength(u"day") > 0;
        int day = hasDay ? b.capturedView(u"day").toInt() : 0;
        int year = y.hasMatch() && y.capturedLength(u"year") ? y.capturedView(u"year").toInt() : 0;
        const bool currentYear = y.hasMatch() && y.capturedLength(u"current") > 0;
        if (year && !validYear(year)) {
            // "mars 12345": keep the month, drop the number from the span.
            year = 0;
            d.end = lastEnd;
        }
        if (!year
            && !inferYear(d, reference, {month, firstMonth, hasDay, currentYear, !edge.isEmpty()}, text,
                          monthStart, monthEnd, year))
            continue;
        if (year) {
            d.date.year = qint16(year);
            d.date.month = qint8(month);
            if (day && QDate(year, month, day).isValid())
                d.date.day = qint8(day);
            if (firstMonth)
                d.rangeStart = PartialDate {qint16(firstYear && validYear(firstYear) ? firstYear : year),
                                            qint8(firstMonth), 0};
            // "du 16 au 22 mars": the span covers both days, the date is the last.
            const int firstDay = b.capturedLength(u"day0") ? b.capturedView(u"day0").toInt() : 0;
            if (d.date.day && firstDay >= 1 && firstDay < day)
                d.rangeStart = PartialDate {qint16(year), qint8(month), qint8(firstDay)};
        }
        if (hasDay && (day < 1 || day > 31))
            continue;
        if (y.hasMatch() && y.capturedLength(u"previous")) {
            // "janvier-juin de l'année précédente": those months, a year before the figure
            // compared with.
            d.relative.active = true;
            d.relative.samePeriod = true;
            d.relative.years = -1;
            d.relative.month = qint8(month);
            d.yearInferred = false;
            d.rangeStart = {};
        }
        out.append(d);
    }
    // "du 31 mars au 6 avril 2025": two days of two months are one span, which ends on the
    // second (the first one's year is the second's, a year before when its month comes later).
    static const QRegularExpression to(QStringLiteral("^\\s+(?:au|jusqu['’]au)\\s+$"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression from(QStringLiteral("(?:^|[^\\p{L}])(?:du|depuis\\s+le)\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = firstOut; i + 1 < out.size(); ++i) {
        FrenchDates::DateMatch &a = out[i];
        const FrenchDates::DateMatch &b = out[i + 1];
        if (a.relative.active || b.relative.active || !a.date.day || !b.date.day || !a.rangeStart.isNull()
            || !to.match(text.mid(a.end, b.start - a.end)).hasMatch()
            || !from.match(text.mid(qMax<qsizetype>(0, a.start - 12), qMin<qsizetype>(a.start, 12)))
                    .hasMatch())
            continue;
        PartialDate start = a.date;
        start.year = qint16(b.date.year - (a.date.month > b.date.month ? 1 : 0));
        FrenchDates::DateMatch merged = b;
        merged.start = a.start;
        merged.rangeStart = start;
        out[i] = merged;
        out.removeAt(i + 1);
    }
}

// Numeric dates: "17-02-2025", "03/04/2024", "17 - 02 - 2025", "2025-02-17".
void numericDates(QStringView text, QList<FrenchDates::DateMatch> &out)
{
    // Numeric dates need a digit, a separator, one or two digits and the same separator again
    // ("17-02-2025", "03/04/2024", "17 - 02 - 2025", "2025-02-17"): the pattern runs only where
    // that stands, from a date's length before it. ("734.000" and "2024-2025" have one
    // separator, and are most of what this skips.)
    qsizetype firstSeparator = -1;
    static constexpr char16_t kSeparators[] = {u'-', u'/', u'.'};
    CharScanner separators(text, kSeparators);
    for (qsizetype i = separators.next(1); i + 1 < text.size() && firstSeparator < 0;
         i = separators.next(i + 1)) {
        const QChar c = text[i];
        if (!(text[i - 1].isDigit() || (i >= 2 && text[i - 1] == u' ' && text[i - 2].isDigit())))
            continue;
        qsizetype j = i + 1;
        while (j < text.size() && text[j].isSpace())
            ++j;
        qsizetype digits = 0;
        while (j < text.size() && text[j].isDigit() && digits < 3) {
            ++j;
            ++digits;
        }
        while (j < text.size() && text[j].isSpace())
            ++j;
        if (digits >= 1 && digits <= 2 && j < text.size() && text[j] == c)
            firstSeparator = i;
    }
    // (Not even an empty iterator when there is none: constructing one allocates.)
    if (firstSeparator >= 0) {
        auto nit = numericDate().globalMatch(text, qMax<qsizetype>(0, firstSeparator - 4));
        while (nit.hasNext()) {
            const auto m = nit.next();
            int y, mo, da;
            if (m.capturedLength(u"iy")) {
                y = m.capturedView(u"iy").toInt();
                mo = m.capturedView(u"im").toInt();
                da = m.capturedView(u"id").toInt();
            } else {
                // "1.2.2024" reads more like a version than a date: dots need two-digit parts.
                if (m.capturedView(u"sep") == u"."
                    && (m.capturedLength(u"d") < 2 || m.capturedLength(u"m") < 2))
                    continue;
                y = m.capturedView(u"y").toInt();
                mo = m.capturedView(u"m").toInt();
                da = m.capturedView(u"d").toInt();
            }
            if (!validYear(y) || !QDate(y, mo, da).isValid())
                continue;
            FrenchDates::DateMatch d;
            d.start = m.capturedStart();
            d.end = m.capturedEnd();
            d.date = PartialDate {qint16(y), qint8(mo), qint8(da)};
            out.append(d);
        }
    }
}

} // namespace

QList<FrenchDates::DateMatch> FrenchDates::findAll(QStringView text, const FoldedWords &words,
                                                   PartialDate reference)
{
    QList<DateMatch> out;
    monthDates(text, words, reference, out);
    numericDates(text, out);
    Periods::find(text, words, reference, out);
    std::sort(out.begin(), out.end(), [](const DateMatch &a, const DateMatch &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    // Where two readings overlap ("fin mars 2025" and "fin 2025" never do; "la même période
    // de 2017" and "2017" may), the longer one stands.
    QList<DateMatch> kept;
    kept.reserve(out.size());
    for (const DateMatch &d : std::as_const(out)) {
        if (!kept.isEmpty() && d.start < kept.last().end) {
            if (d.end - d.start > kept.last().end - kept.last().start)
                kept.last() = d;
            continue;
        }
        kept.append(d);
    }
    return kept;
}

PartialDate FrenchDates::parseDateLine(QStringView line)
{
    static const QRegularExpression noise(
        QStringLiteral("^\\s*(?:(?:publié|publie|published|mis\\s+à\\s+jour|updated|posted|modifié)(?:\\s+(?:"
                       "le|on|:))?\\s*)?"
                       "(?:le\\s+)?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression tail(QStringLiteral("^\\s*(?:(?:à|a|at|-|,)?\\s*\\d{1,2}\\s*[h:]\\s*\\d{"
                                                        "0,2}(?:\\s*(?:min|GMT|UTC)?)?)?\\s*[.]?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    // A date line's year is written in digits (below): a line without any is none.
    if (std::none_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    const auto head = noise.match(line);
    const qsizetype from = head.hasMatch() ? head.capturedEnd() : 0;
    const QStringView rest = line.mid(from);
    // A date and a time of day: longer than this, the line says something else.
    constexpr qsizetype kLongestDateLine = 200;
    if (rest.size() > kLongestDateLine)
        return {};
    // Without a reference date, only a written year dates a line, and years are written in
    // digits: most lines of a page ("Partager", a headline) have none.
    if (std::none_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    const QList<DateMatch> dates = findAll(rest);
    if (dates.isEmpty() || dates.first().start != 0 || dates.first().date.isNull()
        || dates.first().yearInferred)
        return {};
    if (!tail.match(rest.mid(dates.first().end)).hasMatch())
        return {};
    return dates.first().date;
}
