// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/fractionreader.h"

#include <QRegularExpression>

#include <cmath>

namespace {

using RE = QRegularExpression;
constexpr auto kOptions = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

int denominator(QStringView noun)
{
    static const std::pair<QStringView, int> nouns[] = {
        {u"tiers", 3},    {u"quart", 4},    {u"cinquième", 5}, {u"sixième", 6},    {u"septième", 7},
        {u"huitième", 8}, {u"neuvième", 9}, {u"dixième", 10},  {u"vingtième", 20}, {u"centième", 100},
    };
    for (const auto &[word, value] : nouns) {
        if (noun.startsWith(word, Qt::CaseInsensitive))
            return value;
    }
    return 0;
}

// Whether the fraction at [start, end) of `text` is a share: "de/des/du" after it (past a
// parenthesis), "dont"/"soit" or a qualifier before it.
bool isShare(QStringView text, qsizetype start, qsizetype end)
{
    static const RE ofAfter(
        QStringLiteral("^(?:[ \\x{00A0}]*\\([^()]{0,40}\\))?[ \\x{00A0}]+(?:de|des|du|d['’])(?![\\p{L}])"),
        kOptions);
    static const RE ofBefore(
        QStringLiteral(
            "(?:(?:dont|soit)(?:\\s+(?:près de|plus de|environ|presque|quasiment|moins de))?"
            "|(?:près|plus|moins|environ|presque|quasiment|pratiquement)(?:\\s+(?:de|des|du|d['’]))?)\\s*$"),
        kOptions);
    // "un quart d'heure", "un quart de siècle", "les quarts de finale" measure time or name a round.
    static const RE notShare(QStringLiteral("^[ \\x{00A0}]+(?:d['’]heure|de[ \\x{00A0}]+(?:siècle|finale))"),
                             kOptions);
    if (notShare.match(text.mid(end, 20)).hasMatch())
        return false;
    return ofAfter.match(text.mid(end, 60)).hasMatch()
        || ofBefore.match(text.mid(qMax<qsizetype>(0, start - 24), qMin<qsizetype>(start, 24))).hasMatch();
}

} // namespace

const QStringList &FractionReader::words()
{
    static const QStringList words {
        QStringLiteral("moitie"),     QStringLiteral("tiers"),     QStringLiteral("quart"),
        QStringLiteral("quarts"),     QStringLiteral("sur"),       QStringLiteral("cinquieme"),
        QStringLiteral("cinquiemes"), QStringLiteral("sixieme"),   QStringLiteral("sixiemes"),
        QStringLiteral("huitieme"),   QStringLiteral("huitiemes"), QStringLiteral("dixieme"),
        QStringLiteral("dixiemes"),   QStringLiteral("vingtieme"), QStringLiteral("vingtiemes"),
        QStringLiteral("centieme"),   QStringLiteral("centiemes"), QStringLiteral("septieme"),
        QStringLiteral("septiemes"),  QStringLiteral("neuvieme"),  QStringLiteral("neuviemes")};
    return words;
}

QList<NumberToken> FractionReader::scan(QStringView text)
{
    static const QString nouns = QStringLiteral("tiers|quarts?|cinquièmes?|sixièmes?|septièmes?|huitièmes?|"
                                                "neuvièmes?|dixièmes?|vingtièmes?|centièmes?");
    static const RE re(
        QStringLiteral(
            "(?<![\\p{L}])(?:"
            "(?<half>(?:la|une)[ \\x{00A0}]+moitié)"
            "|(?<num>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d{1,2})[ \\x{00A0}]+(?<den>%1)"
            "|(?<art>le|un)[ \\x{00A0}]+(?<den1>%1)"
            "|(?<=du |au |des |aux |du\\x{00A0}|au\\x{00A0})(?<den2>tiers|quarts?)"
            "|(?<one>un|une)[ \\x{00A0}]+(?:[\\p{L}'’-]+[ \\x{00A0}]+){0,2}?sur[ \\x{00A0}]+"
            "(?<sden>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|\\d+)"
            ")(?![\\p{L}])")
            .arg(nouns),
        kOptions);
    QList<NumberToken> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        double share = 0;
        if (m.capturedLength(u"one")) {
            const QStringView den = m.capturedView(u"sden");
            const double d = den[0].isDigit() ? den.toDouble() : NumberReader::wordValue(den);
            if (d < 2)
                continue;
            share = 1.0 / d;
        } else {
            if (!isShare(text, m.capturedStart(), m.capturedEnd()))
                continue;
            if (m.capturedLength(u"half")) {
                share = 0.5;
            } else if (m.capturedLength(u"num")) {
                const QStringView num = m.capturedView(u"num");
                const int n = num[0].isDigit() ? num.toInt() : qMax(1, NumberReader::wordValue(num));
                const int d = denominator(m.capturedView(u"den"));
                if (d <= n)
                    continue;
                share = double(n) / d;
            } else {
                const int d = denominator(m.capturedView(m.capturedLength(u"den1") ? u"den1" : u"den2"));
                if (d == 0)
                    continue;
                share = 1.0 / d;
            }
        }
        NumberToken t;
        t.start = m.capturedStart();
        t.end = t.numberEnd = m.capturedEnd();
        t.form = NumberToken::Form::Words;
        t.value = std::round(share * 10000.0) / 100.0;
        t.percent = true;
        t.fraction = true;
        out.append(t);
    }
    return out;
}
