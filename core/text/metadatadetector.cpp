// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/metadatadetector.h"

#include "text/frenchdates.h"
#include "text/textutil.h"

#include <QRegularExpression>

namespace {

// The part of the text before the body, and the first paragraph after it: where pages put
// their bylines and datelines.
QStringView headerText(const Article &a, const FurnitureClassifier::Outcome &o)
{
    if (a.paragraphs.isEmpty())
        return {};
    int last
        = o.bodyFirst < 0 ? int(a.paragraphs.size()) - 1 : qMin(o.bodyFirst, int(a.paragraphs.size()) - 1);
    return QStringView(a.text).left(a.paragraphs[last].start);
}

// The date of a byline: the part after "|", "–", " - " or the first comma is a date line, or
// the part between two of them ("Par L'Economiste| Le 11/05/2023 - 14:23 | Partager").
PartialDate bylineDate(QStringView line)
{
    if (line.size() > 140)
        return {};
    static const QRegularExpression separator(QStringLiteral("\\s[|–—-]\\s|\\s?\\|\\s?|,\\s"));
    QList<std::pair<qsizetype, qsizetype>> separators; // (start, end)
    auto it = separator.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        separators.append({m.capturedStart(), m.capturedEnd()});
    }
    for (qsizetype i = 0; i < separators.size(); ++i) {
        const qsizetype from = separators[i].second;
        PartialDate d = FrenchDates::parseDateLine(line.mid(from));
        if (d.isNull() && i + 1 < separators.size())
            d = FrenchDates::parseDateLine(line.mid(from, separators[i + 1].first - from));
        if (!d.isNull())
            return d;
    }
    return {};
}

// "Le Matin, 15 janvier 2026": the outlet named before a byline's date.
QString bylineOutlet(QStringView header)
{
    static const QRegularExpression re(QStringLiteral("^(?<outlet>\\p{Lu}[\\p{L}\\d'’.&-]*(?:\\s+[\\p{Lu}\\d]"
                                                      "[\\p{L}\\d'’.&-]*){0,3})\\s*[,|–—]\\s*(?<rest>.+)$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    for (QStringView line : header.split(u'\n')) {
        const auto m = re.match(TextUtil::simplified(line));
        if (!m.hasMatch() || m.captured(u"outlet").startsWith(QStringLiteral("Par ")))
            continue;
        if (!FrenchDates::parseDateLine(m.capturedView(u"rest")).isNull())
            return m.captured(u"outlet");
    }
    return {};
}

PartialDate publishedDate(QStringView header)
{
    static const QRegularExpression published(
        QStringLiteral("(?:publié|publie|published|posted|mis en ligne)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    auto it = published.globalMatch(header);
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView after = header.mid(m.capturedEnd(), 120);
        for (const FrenchDates::DateMatch &d : FrenchDates::findAll(after)) {
            if (!d.date.isNull() && !d.yearInferred && d.date.hasMonth())
                return d.date;
        }
    }
    // A line that is nothing but a date, as page headers show, or a byline with one: "Le Matin,
    // 15 janvier 2026", "Par Salma Idrissi | Le 12/03/2024 à 10h05".
    for (QStringView line : header.split(u'\n')) {
        PartialDate d = FrenchDates::parseDateLine(line);
        if (d.isNull())
            d = bylineDate(line);
        if (!d.isNull() && d.hasMonth())
            return d;
    }
    return {};
}

QString outletFrom(QStringView header)
{
    static const QRegularExpression re(
        QStringLiteral("(?:publié\\s+dans|publie\\s+dans|source\\s*:)\\s*(?<outlet>[\\p{Lu}\\d][^\\n,;]{1,40}"
                       "?)\\s*(?:\\ble\\b|\\n|,|;|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(header);
    return m.hasMatch() ? TextUtil::simplified(m.capturedView(u"outlet")) : bylineOutlet(header);
}

QString authorFrom(const Article &a, const FurnitureClassifier::Outcome &o)
{
    static const QRegularExpression by(
        QStringLiteral("^(?:Par|By)\\s+(?<name>\\p{Lu}[^,|\\n–—-]{2,50}?)\\s*(?:[,|–—-].*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const int from = qMax(0, o.title);
    const int to
        = o.bodyFirst < 0 ? int(a.paragraphs.size()) : qMin(int(a.paragraphs.size()), o.bodyFirst + 1);
    for (int i = from; i < to; ++i) {
        const QString line = TextUtil::simplified(a.paragraphText(i));
        const auto m = by.match(line);
        if (m.hasMatch() && TextUtil::looksLikePersonName(m.capturedView(u"name")))
            return m.captured(u"name");
        if (i != o.title && a.paragraphs[i].isBoilerplate() && TextUtil::looksLikePersonName(line))
            return line;
    }
    return {};
}

} // namespace

QString MetadataDetector::detectLanguage(QStringView text)
{
    const QStringView sample = text.left(20000);
    if (TextUtil::dominantScript(sample) == 'a')
        return QStringLiteral("ar");
    static const QRegularExpression word(QStringLiteral("\\b\\p{L}+\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList fr
        = {QStringLiteral("le"),   QStringLiteral("la"),  QStringLiteral("les"), QStringLiteral("des"),
           QStringLiteral("et"),   QStringLiteral("du"),  QStringLiteral("une"), QStringLiteral("est"),
           QStringLiteral("pour"), QStringLiteral("dans")};
    static const QStringList en
        = {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"),  QStringLiteral("to"),
           QStringLiteral("is"),  QStringLiteral("in"),  QStringLiteral("for"), QStringLiteral("with")};
    static const QStringList es
        = {QStringLiteral("el"),  QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("y"),
           QStringLiteral("del"), QStringLiteral("por"), QStringLiteral("con"), QStringLiteral("una")};
    int nfr = 0, nen = 0, nes = 0, total = 0;
    auto it = word.globalMatch(sample);
    while (it.hasNext()) {
        const QString w = it.next().captured().toLower();
        ++total;
        nfr += fr.contains(w);
        nen += en.contains(w);
        nes += es.contains(w);
    }
    if (total < 5)
        return {};
    const int best = qMax(nfr, qMax(nen, nes));
    if (best * 20 < total)
        return {};
    return best == nfr ? QStringLiteral("fr") : best == nen ? QStringLiteral("en") : QStringLiteral("es");
}

void MetadataDetector::detect(Article &a, const FurnitureClassifier::Outcome &o)
{
    if (a.title.isEmpty() && o.title >= 0)
        a.title = TextUtil::simplified(a.paragraphText(o.title));
    const QStringView header = headerText(a, o);
    // The date by the title first ("Ciment: Les ventes en repli / Par L'Economiste| Le 11/05/2023"):
    // a date above it is as often a sidebar's teaser ("Gaspillages Par Mohamed Ali Mrabi / Le
    // 20/05/2025") as the page's own.
    // (A page that writes its title twice, above and below the byline: from the first.)
    int titleAt = o.title;
    if (titleAt >= 0 && titleAt < a.paragraphs.size()) {
        const QString title = TextUtil::simplified(a.paragraphText(titleAt));
        for (int p = 0; p < titleAt; ++p) {
            if (TextUtil::simplified(a.paragraphText(p)) == title) {
                titleAt = p;
                break;
            }
        }
    }
    if (a.published.isNull() && titleAt >= 0 && titleAt < a.paragraphs.size()
        && a.paragraphs[titleAt].start < header.size())
        a.published = publishedDate(header.mid(a.paragraphs[titleAt].start));
    if (a.published.isNull())
        a.published = publishedDate(header);
    if (a.outlet.isEmpty())
        a.outlet = outletFrom(header);
    if (a.author.isEmpty())
        a.author = authorFrom(a, o);
    if (a.language.isEmpty()) {
        QString body;
        for (const Paragraph &p : a.paragraphs) {
            if (p.kind == ParagraphKind::Body)
                body += QStringView(a.text).mid(p.start, p.length()) + u'\n';
        }
        a.language = detectLanguage(body.isEmpty() ? QStringView(a.text) : QStringView(body));
    }
}
