// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldscore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

bool sameNumber(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * qMax(1.0, std::abs(b));
}

QString orNull(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("null") : s;
}

double numberOrNan(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::nan("");
}

// Where the `occurrence`-th `text` starts, or -1.
qsizetype findOccurrence(const QString &haystack, const QString &text, int occurrence)
{
    qsizetype at = -1;
    for (int k = 0; k < occurrence; ++k) {
        at = haystack.indexOf(text, at + 1);
        if (at < 0)
            return -1;
    }
    return at;
}

// The same figure: the spans start together and cover the same digits. The schema lets a span
// end with a unit or a currency ("7,1 Md" or "7,1 Md€", "1,5" or "1,5 point"), nothing more.
bool sameFigure(const QString &text, qsizetype start1, qsizetype end1, qsizetype start2, qsizetype end2)
{
    // A written sign is the value's, whether one span holds it and the other not ("+13,1%").
    const qsizetype first = qMin(start1, start2);
    const bool sign = qAbs(start1 - start2) == 1
        && (text[first] == u'+' || text[first] == u'-' || text[first] == QChar(0x2212));
    if (start1 != start2 && !sign)
        return false;
    const qsizetype from = qMin(end1, end2);
    const qsizetype to = qMax(end1, end2);
    for (qsizetype i = from; i < to; ++i) {
        if (text[i].isDigit())
            return false;
    }
    return true;
}

} // namespace

const char *GoldScore::fieldName(Field field)
{
    static const char *const names[FieldCount] = {"high", "kind", "unit", "qualifier", "as_of", "speaker"};
    return names[field];
}

GoldScore &GoldScore::operator+=(const GoldScore &other)
{
    gold += other.gold;
    extracted += other.extracted;
    found += other.found;
    correct += other.correct;
    for (int f = 0; f < FieldCount; ++f)
        agree[f] += other.agree[f];
    problems += other.problems;
    return *this;
}

GoldScore scoreAgainstGold(const Article &article, const QString &goldPath)
{
    GoldScore score;
    QFile f(goldPath);
    if (!f.open(QIODevice::ReadOnly)) {
        score.problems << QStringLiteral("cannot read %1").arg(goldPath);
        return score;
    }
    const QJsonArray claims
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("claims")).toArray();
    QList<bool> used(article.claims.size(), false);
    for (const QJsonValue &v : claims) {
        const QJsonObject g = v.toObject();
        ++score.gold;
        const QString text = g.value(QStringLiteral("text")).toString();
        const int occurrence = g.value(QStringLiteral("occurrence")).toInt(1);
        const qsizetype at = findOccurrence(article.text, text, occurrence);
        if (at < 0) {
            score.problems << QStringLiteral("gold \"%1\" #%2 is not in the text").arg(text).arg(occurrence);
            continue;
        }
        const qsizetype end = at + text.size();
        // Occurrences are counted as substrings: a gold figure whose occurrence lands inside a
        // longer number ("74" #1 in "174 ports et 74 pays") counts a figure it does not mean.
        const auto digitAt = [&](qsizetype k) {
            return k >= 0 && k < article.text.size() && article.text[k].isDigit();
        };
        if (!text.isEmpty() && text.front().isDigit()
            && (digitAt(at - 1)
                || (at >= 2 && (article.text[at - 1] == u',' || article.text[at - 1] == u'.')
                    && digitAt(at - 2)))) {
            score.problems << QStringLiteral(
                                  "gold \"%1\" #%2 lands inside a longer number: its occurrence counts "
                                  "substrings")
                                  .arg(text)
                                  .arg(occurrence);
        }
        const double value = numberOrNan(g.value(QStringLiteral("value")));
        const QString where
            = QStringLiteral("\"%1\" #%2 (§%3)").arg(text).arg(occurrence).arg(article.paragraphAt(at) + 1);
        int found = -1;
        QString nearMiss;
        for (int i = 0; i < article.claims.size() && found < 0; ++i) {
            const Claim &c = article.claims[i];
            if (used[i] || c.start >= end || c.end <= at)
                continue;
            if (!sameFigure(article.text, c.start, c.end, at, end))
                nearMiss = QStringLiteral("span \"%1\"").arg(article.text.mid(c.start, c.end - c.start));
            else if (!sameNumber(c.value, value))
                nearMiss = QStringLiteral("value %1").arg(c.value, 0, 'g', 15);
            else if (c.boilerplate)
                nearMiss = QStringLiteral("marked as furniture");
            else
                found = i;
        }
        if (found < 0) {
            score.problems << QStringLiteral("missed %1 = %2%3")
                                  .arg(where)
                                  .arg(value, 0, 'g', 15)
                                  .arg(nearMiss.isEmpty() ? QString()
                                                          : QStringLiteral(" (got %1)").arg(nearMiss));
            continue;
        }
        used[found] = true;
        ++score.found;
        const Claim &c = article.claims[found];
        QStringList wrong;
        auto check = [&](GoldScore::Field field, bool same, const QString &got, const QString &want) {
            if (same)
                ++score.agree[field];
            else
                wrong << QStringLiteral("%1 %2 (want %3)")
                             .arg(QLatin1String(GoldScore::fieldName(field)), got, want);
        };
        auto checkText = [&](GoldScore::Field field, const QString &got, const QString &want) {
            check(field, got == want, orNull(got), orNull(want));
        };
        const double high = numberOrNan(g.value(QStringLiteral("high")));
        check(GoldScore::High, sameNumber(c.high, high), QString::number(c.high), QString::number(high));
        checkText(GoldScore::Kind, claimKindName(c.kind), g.value(QStringLiteral("kind")).toString());
        checkText(GoldScore::Unit, c.unit, g.value(QStringLiteral("unit")).toString());
        checkText(GoldScore::Qualifier, qualifierName(c.qualifier),
                  g.value(QStringLiteral("qualifier")).toString());
        checkText(GoldScore::AsOf, c.asOf.toIso(), g.value(QStringLiteral("as_of")).toString());
        checkText(GoldScore::Speaker, c.speaker, g.value(QStringLiteral("speaker")).toString());
        if (wrong.isEmpty())
            ++score.correct;
        else
            score.problems << QStringLiteral("%1: %2").arg(where, wrong.join(QStringLiteral(", ")));
    }
    for (int i = 0; i < article.claims.size(); ++i) {
        const Claim &c = article.claims[i];
        if (c.boilerplate)
            continue;
        ++score.extracted;
        if (!used[i])
            score.problems << QStringLiteral("extra claim \"%1\" = %2 (§%3)")
                                  .arg(article.text.mid(c.start, c.end - c.start))
                                  .arg(c.value, 0, 'g', 15)
                                  .arg(c.paragraph + 1);
    }
    return score;
}
