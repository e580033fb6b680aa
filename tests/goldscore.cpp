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

} // namespace

GoldScore scoreAgainstGold(const Article &article, const QString &goldPath)
{
    GoldScore score;
    QFile f(goldPath);
    if (!f.open(QIODevice::ReadOnly)) {
        score.problems << QStringLiteral("cannot read %1").arg(goldPath);
        return score;
    }
    const QJsonArray claims = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("claims")).toArray();
    QList<bool> matched(article.claims.size(), false);
    for (const QJsonValue &v : claims) {
        const QJsonObject g = v.toObject();
        ++score.gold;
        const QString text = g.value(QStringLiteral("text")).toString();
        const int occurrence = g.value(QStringLiteral("occurrence")).toInt(1);
        qsizetype at = -1;
        for (int k = 0; k < occurrence; ++k) {
            at = article.text.indexOf(text, at + 1);
            if (at < 0)
                break;
        }
        if (at < 0) {
            score.problems << QStringLiteral("gold \"%1\" #%2 is not in the text").arg(text).arg(occurrence);
            continue;
        }
        const double value = g.value(QStringLiteral("value")).toDouble();
        const double high = g.value(QStringLiteral("high")).isNull() ? std::nan("") : g.value(QStringLiteral("high")).toDouble();
        int found = -1;
        for (int i = 0; i < article.claims.size(); ++i) {
            const Claim &c = article.claims[i];
            if (c.start < at + text.size() && at < c.end && sameNumber(c.value, value)) {
                found = i;
                break;
            }
        }
        const QString where = QStringLiteral("\"%1\" #%2 (§%3)").arg(text).arg(occurrence).arg(article.paragraphAt(at) + 1);
        if (found < 0) {
            score.problems << QStringLiteral("missed %1 = %2").arg(where).arg(value, 0, 'g', 15);
            continue;
        }
        matched[found] = true;
        const Claim &c = article.claims[found];
        QStringList wrong;
        auto check = [&](const char *field, const QString &got, const QString &want) {
            if (got != want)
                wrong << QStringLiteral("%1 %2 (want %3)").arg(QLatin1String(field), orNull(got), orNull(want));
        };
        if (!sameNumber(c.high, high))
            wrong << QStringLiteral("high %1 (want %2)").arg(c.high).arg(high);
        check("kind", claimKindName(c.kind), g.value(QStringLiteral("kind")).toString());
        check("unit", c.unit, g.value(QStringLiteral("unit")).toString());
        check("qualifier", qualifierName(c.qualifier), g.value(QStringLiteral("qualifier")).toString());
        check("as_of", c.asOf.toIso(), g.value(QStringLiteral("as_of")).toString());
        check("speaker", c.speaker, g.value(QStringLiteral("speaker")).toString());
        if (c.boilerplate)
            wrong << QStringLiteral("marked as furniture");
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
        if (!matched[i])
            score.problems << QStringLiteral("extra claim \"%1\" = %2 (§%3)")
                                  .arg(article.text.mid(c.start, c.end - c.start))
                                  .arg(c.value, 0, 'g', 15)
                                  .arg(c.paragraph + 1);
    }
    return score;
}
