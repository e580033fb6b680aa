#include "claimextractor.h"

#include "frenchdates.h"
#include "numberreader.h"
#include "qualifierdetector.h"
#include "sentencesplitter.h"
#include "speakerresolver.h"
#include "stringpool.h"
#include "textutil.h"
#include "unitdetector.h"

#include <QRegularExpression>

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

// A date a figure may refer to, found in its paragraph.
struct DateMention
{
    qsizetype start;
    qsizetype end;
    PartialDate date;
    bool since = false;    // "depuis le 1er décembre 2022": a start, not an as-of date
    bool explicitYear = true; // the text wrote the year ("mars 2025", "en 2021")
};

struct Candidate
{
    NumberToken token;
    bool used = false;
};

bool isSentencePunct(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'—' || c == u'–';
}

QString foldedTail(QStringView text, qsizetype end, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, end - length);
    return TextUtil::fold(text.mid(from, end - from));
}

bool endsWith(const QString &folded, const RE &re)
{
    return re.match(folded).hasMatch();
}

// Numbers that name something instead of counting it: "article 12", "loi n° 65", "épisode 89".
bool afterIdentifierWord(QStringView text, qsizetype start)
{
    static const RE re(QStringLiteral(
                           "(?:^|[^\\p{L}])(?:n\\s?°|n\\s?º|no\\.?|numero|num\\.|articles?|art\\.|loi|loi-cadre|decret|dahir|arrete|circulaire"
                           "|chapitre|alinea|page|pages|p\\.|episode|ep\\.?|saison|version|tome|volume|vol\\.|annexe|tableau|figure"
                           "|phase|etape|lot|ref\\.?|reference|code|rubrique|paragraphe|§|promotion|legislature|niveau|categorie"
                           "|classe|route|rn|km|kilometre|ligne|bus|salle|bureau|porte|terminal|vol|zone)\\s*$"),
                       kOptions);
    return endsWith(foldedTail(text, start, 24), re);
}

// "il y a trois ans", "depuis deux ans": a relative date, not a measure.
QList<TextSpan> agoSpans(QStringView text)
{
    static const RE re(QStringLiteral("\\b(?:il y a|voici|voilà|depuis)\\s+(?:plus de |près de |environ |quelque )?[\\p{L}\\d-]+(?:\\s[\\p{L}\\d-]+)?\\s+(?:ans|années|mois|semaines|jours|décennies|siècles)\\b"
                                      "|(?<![\\p{L}\\d])[\\p{L}\\d-]+(?:\\s[\\p{L}\\d-]+)?\\s+(?:ans|années|mois|semaines|jours|décennies)\\s+(?:après|plus tard|auparavant|plus tôt)\\b"),
                       kOptions);
    QList<TextSpan> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(TextSpan{m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

QList<TextSpan> phoneSpans(QStringView text)
{
    static const RE re(QStringLiteral("(?:(?:\\+|00)\\s?\\d{2,3}|\\(\\+\\d{2,3}\\))[\\s.\\-]?(?:\\(0\\)[\\s.\\-]?)?\\d(?:[\\s.\\-]?\\d){7,10}"
                                      "|(?<![\\d,.])0\\d{1,3}(?:[\\s.\\-]?\\d{2,4}){2,4}(?![\\d,])"),
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
            out.append(TextSpan{m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

bool overlapsAny(const QList<TextSpan> &spans, qsizetype start, qsizetype end)
{
    for (const TextSpan &s : spans) {
        if (start < s.end && s.start < end)
            return true;
    }
    return false;
}

bool isSinceBefore(QStringView text, qsizetype dateStart)
{
    static const RE re(QStringLiteral("(?:depuis|a partir|a compter|des)(?:\\s+(?:du|de la|de l'|de|le|la|l'|d'))?\\s*$"), kOptions);
    return endsWith(foldedTail(text, dateStart, 24), re);
}

// Phrases that mean "as of the reference date" or a date relative to it.
QList<DateMention> relativeDates(QStringView text, PartialDate reference)
{
    QList<DateMention> out;
    if (reference.isNull())
        return out;
    static const RE now(QStringLiteral("\\b(?:jusqu['’]\\s*(?:à|a) (?:présent|ce jour|aujourd['’]hui|maintenant)|à ce jour|à l['’]heure actuelle"
                                       "|actuellement|aujourd['’]hui|désormais|à date|depuis le début de l['’]année|cette année|l['’]an dernier"
                                       "|l['’]année dernière|l['’]an passé|l['’]année passée|le mois dernier)\\b"),
                        kOptions);
    auto it = now.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString f = TextUtil::fold(m.capturedView());
        PartialDate d{reference.year, reference.month, 0};
        if (f.contains(u"cette annee"))
            d = PartialDate{reference.year, 0, 0};
        else if (f.contains(u"an dernier") || f.contains(u"annee derniere") || f.contains(u"an passe") || f.contains(u"annee passee"))
            d = PartialDate{qint16(reference.year - 1), 0, 0};
        else if (f.contains(u"mois dernier") && reference.hasMonth())
            d = reference.month == 1 ? PartialDate{qint16(reference.year - 1), 12, 0} : PartialDate{reference.year, qint8(reference.month - 1), 0};
        out.append(DateMention{m.capturedStart(), m.capturedEnd(), d, false, false});
    }
    return out;
}

struct Context
{
    const Article &article;
    int paragraph;
    QStringView text; // the paragraph
    qsizetype offset; // of the paragraph in the article
    bool boilerplate;
    bool heading;
    PartialDate reference;
    QList<DateMention> dates;
    QList<TextSpan> sentences;
    QStringList speakers; // per sentence
};

int sentenceOf(const Context &c, qsizetype pos)
{
    for (int i = 0; i < c.sentences.size(); ++i) {
        if (pos < c.sentences[i].end)
            return i;
    }
    return int(c.sentences.size()) - 1;
}

bool isYear(const NumberToken &t, QStringView text)
{
    if (t.form != NumberToken::Form::Digits || t.grouped || t.decimal || t.integerDigits != 4 || t.scale != 1 || t.percent
        || t.currencyInToken || t.value < 1900 || t.value > 2100)
        return false;
    // "2025 dossiers" counts; "en 2025", "CAN 2025", "2025." are years.
    static const RE datePreposition(QStringLiteral("(?:en|depuis|de|d'|pour|a|au|fin|debut|mi|l'an|annee|exercice|horizon|d'ici|vers|avant|apres|entre|et|jusqu'en|des|titre de|budget|plf|lf|loi de finances|saison|edition|mondial|can|vision|agenda|programme|plan|strategie|\\()\\s*$"),
                                  kOptions);
    if (endsWith(foldedTail(text, t.start, 24), datePreposition))
        return true;
    const UnitInfo unit = UnitDetector::detect(t, text.left(t.start), text.mid(t.end));
    return unit.kind != ClaimKind::Count || FrenchDates::monthFromName(unit.unit) != 0;
}

bool isSkipped(const NumberToken &t, QStringView text)
{
    if (t.ordinal || t.time || t.glued || t.article)
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
    return false;
}

class ParagraphExtractor
{
public:
    ParagraphExtractor(Context &context, QList<Claim> &out) : c(context), m_out(out) { }

    void run(QList<Candidate> &cands)
    {
        for (int i = 0; i < cands.size(); ++i) {
            // A denominator read with the figure before it: "7,4 lits pour 10 000 habitants".
            if (cands[i].token.start < m_consumedUntil)
                cands[i].used = true;
            if (cands[i].used)
                continue;
            if (i + 1 < cands.size() && tryPair(cands[i], cands[i + 1]))
                continue;
            single(cands[i]);
        }
    }

private:
    Claim base(const NumberToken &t)
    {
        Claim claim;
        claim.start = qint32(c.offset + t.start);
        claim.end = qint32(c.offset + t.end);
        claim.paragraph = c.paragraph;
        claim.boilerplate = c.boilerplate;
        claim.value = t.unreadable ? std::numeric_limits<double>::quiet_NaN() : t.value;
        return claim;
    }

    TextSpan sentenceSpan(qsizetype pos) const { return c.sentences.isEmpty() ? TextSpan{0, c.text.size()} : c.sentences[sentenceOf(c, pos)]; }

    // `subjectFrom`: for the end of an evolution, where its subject noun may stand.
    UnitInfo unitOf(const NumberToken &t, qsizetype afterEnd = -1)
    {
        const TextSpan s = sentenceSpan(t.start);
        const qsizetype end = afterEnd >= 0 ? afterEnd : s.end;
        return UnitDetector::detect(t, c.text.mid(s.start, t.start - s.start), c.text.mid(t.end, qMax<qsizetype>(0, end - t.end)));
    }

    // `preset`: a unit decided for a pair (range, evolution).
    void describe(Claim &claim, const NumberToken &t, bool evolutionStart = false, const UnitInfo *preset = nullptr)
    {
        const TextSpan s = sentenceSpan(t.start);
        const QStringView before = c.text.mid(s.start, t.start - s.start);
        UnitInfo unit = preset ? *preset : unitOf(t);
        if (unit.consumedEnd >= 0)
            m_consumedUntil = t.end + unit.consumedEnd;
        if (unit.kind == ClaimKind::Other && !t.percent)
            unit = inheritUnit(t, before, unit);
        if (t.approximate && unit.kind == ClaimKind::Other)
            unit.kind = ClaimKind::Count;
        claim.kind = unit.kind;
        claim.unit = StringPool::intern(unit.unit);
        claim.per = StringPool::intern(unit.per);
        claim.qualifier = t.approximate ? Qualifier::About : QualifierDetector::before(before);
        resolveDate(claim, t, evolutionStart);
        claim.speaker = StringPool::intern(speakerFor(t.start));
        if (!t.unreadable && (claim.kind == ClaimKind::Count || claim.kind == ClaimKind::Other) && t.form == NumberToken::Form::Digits
            && unit.unit.isEmpty() && claim.value == 0)
            claim.kind = ClaimKind::Other;
    }

    // A number without its own noun counts what the sentence is about: "le nombre d'inscrits
    // a dépassé 1,7 million", "dont plus de 300.000 …", "Parmi ces dossiers, 12 millions …".
    UnitInfo inheritUnit(const NumberToken &t, QStringView before, UnitInfo unit)
    {
        // "24,9 millions de personnes …, contre 23,6 millions", "dont 300.000": the figure it
        // is set against counts the same thing.
        static const RE connector(QStringLiteral("(?:^|[^\\p{L}])(?:contre|dont|soit|et|ou|face à|par rapport à|comparé à|comparativement à)"
                                                 "(?:\\s+(?:plus de|près de|environ|quelque|moins de|au moins|seulement))?\\s*$"),
                                  kOptions);
        if (connector.match(before.right(40)).hasMatch()) {
            const TextSpan s = sentenceSpan(t.start);
            for (auto it = m_out.crbegin(); it != m_out.crend() && it->paragraph == c.paragraph; ++it) {
                if (it->start - c.offset < s.start)
                    break;
                if (!it->unit.isEmpty()) {
                    unit.unit = it->unit;
                    // "une moyenne de 9 255 demandes par jour, dont 3,6 millions": not a rate.
                    unit.kind = it->kind == ClaimKind::Ratio ? ClaimKind::Count : it->kind;
                    return unit;
                }
            }
        }
        const QString noun = UnitDetector::nounFromBefore(before);
        if (!noun.isEmpty()) {
            unit.unit = noun;
            unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
            return unit;
        }
        static const RE parmi(QStringLiteral("\\bparmi (?:ces|les|lesquels|lesquelles)\\s+(\\p{L}+)"), kOptions);
        const auto m = parmi.match(before);
        if (m.hasMatch() && !m.captured(1).startsWith(u"lesquel")) {
            unit.unit = m.captured(1).toLower();
            unit.kind = unit.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
            return unit;
        }
        // The nearest earlier claim of this paragraph with a unit, in the same sentence first.
        const TextSpan s = sentenceSpan(t.start);
        const Claim *previous = nullptr;
        for (auto it = m_out.crbegin(); it != m_out.crend(); ++it) {
            if (it->paragraph != c.paragraph)
                break;
            if (!it->unit.isEmpty() && it->kind != ClaimKind::Percent) {
                previous = &*it;
                break;
            }
        }
        if (!previous)
            return unit;
        const bool sameSentence = previous->start - c.offset >= s.start;
        static const RE dont(QStringLiteral("\\b(?:dont|parmi eux|parmi elles|soit)\\b[^.]*$"), kOptions);
        if (sameSentence || dont.match(before).hasMatch() || t.form == NumberToken::Form::Digits) {
            unit.unit = previous->unit;
            unit.kind = previous->kind == ClaimKind::Ratio && unit.per.isEmpty() ? ClaimKind::Count : previous->kind;
            if (!unit.per.isEmpty() && unit.kind == ClaimKind::Count)
                unit.kind = ClaimKind::Ratio;
            if (t.scale == 1 && previous->kind == ClaimKind::Money && t.value < 1000)
                return UnitInfo{}; // "3 agences … 200": too far apart to share a currency
        }
        return unit;
    }

    void resolveDate(Claim &claim, const NumberToken &t, bool evolutionStart)
    {
        const int si = c.sentences.isEmpty() ? 0 : sentenceOf(c, t.start);
        const TextSpan s = sentenceSpan(t.start);
        // Rule 1: a date in the sentence, same clause first, after before before, nearest first.
        const DateMention *best = nullptr;
        int bestRank = 99;
        qsizetype bestDistance = 0;
        bool sinceSeen = false;
        for (const DateMention &d : c.dates) {
            if (d.start < s.start || d.start >= s.end)
                continue;
            if (d.since) {
                sinceSeen = true;
                if (claim.since.isNull())
                    claim.since = d.date;
                continue;
            }
            if (d.start < t.end && d.end > t.start)
                continue;
            const bool afterIt = d.start >= t.end;
            const qsizetype from = afterIt ? t.end : d.end;
            const qsizetype to = afterIt ? d.start : t.start;
            bool sameClause = true;
            for (qsizetype k = from; k < to; ++k) {
                if (isSentencePunct(c.text[k])) {
                    sameClause = false;
                    break;
                }
            }
            const int rank = (sameClause ? 0 : 2) + (afterIt ? 0 : 1);
            const qsizetype distance = to - from;
            if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
                best = &d;
                bestRank = rank;
                bestDistance = distance;
            }
        }
        if (best) {
            claim.asOf = best->date;
            return;
        }
        if (!sinceSeen) {
            // Rule 3: carried from the nearest earlier sentence of the paragraph with a date.
            for (int k = si - 1; k >= 0 && !c.sentences.isEmpty(); --k) {
                const DateMention *last = nullptr;
                for (const DateMention &d : c.dates) {
                    if (!d.since && d.start >= c.sentences[k].start && d.start < c.sentences[k].end)
                        last = &d;
                }
                if (last) {
                    claim.asOf = last->date;
                    return;
                }
            }
        }
        // Rule 4: the reference date, month precision; the start of an evolution is older.
        if (!evolutionStart && !c.article.published.isNull())
            claim.asOf = PartialDate{c.article.published.year, c.article.published.month, 0};
    }

    QString speakerFor(qsizetype pos) const
    {
        if (c.boilerplate || c.speakers.isEmpty())
            return {};
        const int si = sentenceOf(c, pos);
        if (!c.speakers.value(si).isEmpty())
            return c.speakers[si];
        for (int d = 1; d < c.speakers.size(); ++d) {
            if (si - d >= 0 && !c.speakers[si - d].isEmpty())
                return c.speakers[si - d];
            if (si + d < c.speakers.size() && !c.speakers[si + d].isEmpty())
                return c.speakers[si + d];
        }
        return {};
    }

    void single(Candidate &cand)
    {
        cand.used = true;
        const NumberToken &t = cand.token;
        if (t.isSmallWordNumber()) {
            // "trois agences" is a claim; "un hôpital neuf", "à trois" are not.
            const UnitInfo unit = UnitDetector::detect(t, {}, c.text.mid(t.end));
            if (unit.unit.isEmpty())
                return;
        }
        Claim claim = base(t);
        describe(claim, t);
        m_out.append(claim);
    }

    // Ranges ("entre 500 et 1.200 DH", "de 500 à 1.200 dirhams", "500-1200 DH") and evolutions
    // ("passé de 120 à 174", "de 22 000 en 2021 à plus de 110 000 en décembre 2024").
    bool tryPair(Candidate &a, Candidate &b)
    {
        const NumberToken &x = a.token;
        const NumberToken &y = b.token;
        if (sentenceOf(c, x.start) != sentenceOf(c, y.start) || x.unreadable || y.unreadable)
            return false;
        // "progresse de 8,3% pour atteindre 32,6 MMDH": a rate and an amount are not a pair.
        if ((x.percent && !y.percent) || ((x.mad || x.currencyInToken) && y.percent))
            return false;
        const QString beforeX = foldedTail(c.text, x.start, 60);
        QString gap = c.text.mid(x.end, y.start - x.end).toString();
        // Dates inside the gap belong to the two ends: "de 22 000 en 2021 à 110 000".
        bool datedGap = false;
        for (const DateMention &d : c.dates) {
            if (d.start >= x.end && d.end <= y.start) {
                gap.replace(d.start - x.end, d.end - d.start, QString(d.end - d.start, u' '));
                datedGap = true;
            }
        }
        const QString g = TextUtil::fold(gap);
        // "passé de 120 à 174" moves a figure; "augmentent de 12 à 15%" may give a range of rates.
        static const RE movementVerb(QStringLiteral("(?:pass\\p{L}*|evolu\\p{L}*|grimp\\p{L}*|bondi\\p{L}*|recul\\p{L}*|chut\\p{L}*"
                                                    "|s'est etabli\\p{L}*|monte\\p{L}*|gonfl\\p{L}*|ramen\\p{L}*|porte\\p{L}*|elargi\\p{L}*)"
                                                    "(?:\\s+\\p{L}+){0,3}\\s+d(?:e|')\\s*$"),
                                     kOptions);
        static const RE variationVerb(QStringLiteral("(?:augment\\p{L}*|progress\\p{L}*|baiss\\p{L}*|dimin\\p{L}*|cru|croit|croissent|hausse|baisse)"
                                                     "(?:\\s+\\p{L}+){0,3}\\s+d(?:e|')\\s*$"),
                                      kOptions);
        const bool movement = endsWith(beforeX, movementVerb) || (endsWith(beforeX, variationVerb) && !y.percent);
        static const RE toGap(QStringLiteral("^\\s*(?:\\p{L}+\\s+){0,2}?(?:en|au|fin|a fin|courant|,|\\s)*\\s*(?:a|pour atteindre|pour s'etablir a)\\s+(?:plus de|pres de|environ|moins de|quelque|au moins)?\\s*$"),
                                kOptions);
        static const RE andGap(QStringLiteral("^\\s*(?:\\p{L}+\\s+)?et\\s+$"), kOptions);
        static const RE entre(QStringLiteral("(?:^|[^\\p{L}])entre\\s*$"), kOptions);
        static const RE fromWord(QStringLiteral("(?:^|[^\\p{L}])(?:de|d'|allant de|variant de|oscillant de|va de|vont de)\\s*$"), kOptions);
        const bool hyphen = x.joinerAfter == u'-' && y.start == x.end + 1;
        if (hyphen) {
            // "500-1200 DH" is a range; "65-00", "1-0" and "2-22-795" are names and scores.
            a.used = b.used = true;
            if (y.value <= x.value || c.text[y.start] == u'0' || y.joinerAfter == u'-')
                return true;
            emitRange(x, y);
            return true;
        }
        if (toGap.match(g).hasMatch()) {
            if (movement || datedGap) {
                a.used = b.used = true;
                emitEvolution(x, y);
                return true;
            }
            if ((endsWith(beforeX, fromWord) || endsWith(beforeX, variationVerb)) && !g.contains(u"plus") && !g.contains(u"pres")) {
                a.used = b.used = true;
                emitRange(x, y);
                return true;
            }
            return false;
        }
        if (andGap.match(g).hasMatch() && endsWith(beforeX, entre)) {
            a.used = b.used = true;
            emitRange(x, y);
            return true;
        }
        return false;
    }

    // The low end of "entre 1,5 et 2 milliards" takes the high end's scale and "%".
    NumberToken shareScale(NumberToken x, const NumberToken &y)
    {
        if (x.scale == 1 && y.scale > 1 && std::abs(x.value) < 1000 && x.form == y.form) {
            x.value *= y.scale;
            x.scale = y.scale;
        }
        x.percent = x.percent || y.percent;
        x.mad = x.mad || y.mad;
        return x;
    }

    void emitRange(const NumberToken &x0, const NumberToken &y)
    {
        const NumberToken x = shareScale(x0, y);
        Claim claim = base(x);
        claim.end = qint32(c.offset + y.end);
        claim.high = y.value;
        const UnitInfo unit = unitOf(y);
        describe(claim, y, false, &unit);
        const TextSpan s = sentenceSpan(x.start);
        claim.qualifier = QualifierDetector::before(c.text.mid(s.start, x.start - s.start));
        static const RE entreBefore(QStringLiteral("(?:entre|de|d')\\s*$"), kOptions);
        if (claim.qualifier == Qualifier::Exact || endsWith(foldedTail(c.text, x.start, 10), entreBefore))
            claim.qualifier = Qualifier::Exact;
        m_out.append(claim);
    }

    void emitEvolution(const NumberToken &x0, const NumberToken &y)
    {
        const NumberToken x = shareScale(x0, y);
        // One unit for both ends: the end's own noun, else the start's ("de 16,2 millions de
        // personnes en 2021 à 32,1 millions"), else the subject ("réseau d'agences, passant de").
        UnitInfo ownX = unitOf(x, y.start);
        UnitInfo ownY = unitOf(y);
        if (ownY.unit.isEmpty() && !ownX.unit.isEmpty())
            ownY = ownX;
        if (ownY.unit.isEmpty() && !y.percent) {
            ownY.unit = subjectNoun(x.start);
            if (!ownY.unit.isEmpty())
                ownY.kind = ownY.per.isEmpty() ? ClaimKind::Count : ClaimKind::Ratio;
        }
        if (ownX.unit.isEmpty() || ownX.kind == ClaimKind::Other)
            ownX = ownY;
        Claim from = base(x);
        describe(from, x, true, &ownX);
        Claim to = base(y);
        describe(to, y, false, &ownY);
        m_out.append(from);
        m_out.append(to);
    }

    // "son réseau d'agences, passant de 120 à 174": the plural noun the evolution is about.
    QString subjectNoun(qsizetype xStart) const
    {
        const TextSpan s = sentenceSpan(xStart);
        static const RE noun(QStringLiteral("(?:des|les|d['’]|de|ses|leurs|aux|nombre de)\\s*(\\p{Ll}{3,}[sx])\\b"), RE::UseUnicodePropertiesOption);
        QString found;
        auto it = noun.globalMatch(c.text.mid(s.start, xStart - s.start));
        while (it.hasNext()) {
            const QString w = it.next().captured(1);
            if (!UnitDetector::isTimeUnit(w))
                found = w;
        }
        // "des dossiers de remboursement, qui sont passés de": the head, not its complement.
        static const RE head(QStringLiteral("(?:des|les)\\s+(\\p{Ll}{3,}[sx])\\s+(?:de|d['’])\\s*\\p{L}+,?\\s+(?:qui\\s+)?(?:\\p{L}+\\s+){0,2}(?:pass|évolu|augment|grimp|progress)\\p{L}*\\s+de\\s*$"),
                             RE::UseUnicodePropertiesOption);
        const auto h = head.match(c.text.mid(s.start, xStart - s.start));
        if (h.hasMatch())
            return h.captured(1);
        return found;
    }

    Context &c;
    QList<Claim> &m_out;
    qsizetype m_consumedUntil = -1;
};

} // namespace

QList<Claim> ClaimExtractor::extract(const Article &article)
{
    QList<Claim> out;
    SpeakerResolver speakers(article.text);
    PartialDate written; // the latest year the article wrote, when it has no publication date
    for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
        const Paragraph &p = article.paragraphs[pi];
        const QStringView text = QStringView(article.text).mid(p.start, p.length());
        Context c{article, pi, text, p.start, p.isBoilerplate(), p.kind == ParagraphKind::Heading,
                  article.published.isNull() ? written : article.published, {}, {}, {}};

        const QList<FrenchDates::DateMatch> found = FrenchDates::findAll(text, c.reference);
        QList<TextSpan> protectedSpans = agoSpans(text);
        protectedSpans += phoneSpans(text);
        for (const auto &d : found) {
            protectedSpans.append(TextSpan{d.start, d.end});
            if (!d.date.isNull())
                c.dates.append(DateMention{d.start, d.end, d.date, isSinceBefore(text, d.start), !d.yearInferred});
        }
        // "jusqu'à présent" means the publication date, not a year guessed from the text.
        c.dates += relativeDates(text, article.published);

        QList<Candidate> candidates;
        QList<TextSpan> numberSpans;
        const NumberToken *previous = nullptr;
        bool previousSkipped = false;
        const QList<NumberToken> tokens = NumberReader::scan(text);
        for (const NumberToken &t : tokens) {
            numberSpans.append(TextSpan{t.start, t.end});
            // "loi-cadre n° 09-21": the number after a skipped one it is joined to goes too.
            const bool chained = previous && previousSkipped && !previous->joinerAfter.isNull() && t.start == previous->end + 1;
            previousSkipped = chained || overlapsAny(protectedSpans, t.start, t.end) || isSkipped(t, text);
            previous = &t;
            if (previousSkipped)
                continue;
            if (isYear(t, text)) {
                c.dates.append(DateMention{t.start, t.end, PartialDate{qint16(t.value), 0, 0}, isSinceBefore(text, t.start), true});
                continue;
            }
            candidates.append(Candidate{t, false});
        }
        std::sort(c.dates.begin(), c.dates.end(), [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
        if (!p.isBoilerplate()) {
            for (const DateMention &d : c.dates) {
                if (d.explicitYear)
                    written = PartialDate{d.date.year, 0, 0};
            }
        }

        c.sentences = SentenceSplitter::split(text, numberSpans);
        if (!p.isBoilerplate()) {
            for (const TextSpan &s : c.sentences)
                c.speakers.append(speakers.attributionIn(text.mid(s.start, s.end - s.start), text.left(s.start), c.heading));
        }
        ParagraphExtractor(c, out).run(candidates);
    }
    return out;
}

void ClaimExtractor::extractInto(Article &article)
{
    article.claims = extract(article);
}
