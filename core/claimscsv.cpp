#include "claimscsv.h"

#include "articlejson.h"
#include "claimcontext.h"
#include "codepointmap.h"
#include "jsonwriter.h"

QString ClaimsCsv::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray ClaimsCsv::header()
{
    return "document,id,start,end,text,value,high,kind,unit,qualifier,as_of,speaker,metric,paragraph,boilerplate,per,since,sentence\r\n";
}

QByteArray ClaimsCsv::rows(const Article &a)
{
    const CodePointMap map(a.text);
    QByteArray out;
    for (const Claim &c : a.claims) {
        const auto num = [](double d) { return std::isnan(d) ? QString() : QString::fromLatin1(JsonWriter::number(d)); };
        const QStringList fields = {
            a.id,
            ArticleJson::claimId(a, c, map),
            QString::number(map.toCodePoint(c.start)),
            QString::number(map.toCodePoint(c.end)),
            a.text.mid(c.start, c.end - c.start),
            num(c.value),
            num(c.high),
            claimKindName(c.kind),
            c.unit,
            qualifierName(c.qualifier),
            c.asOf.toIso(),
            c.speaker,
            c.metric,
            QString::number(c.paragraph),
            c.boilerplate ? QStringLiteral("true") : QStringLiteral("false"),
            c.per,
            c.since.toIso(),
            ClaimContext::sentence(a, c),
        };
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(field(f));
        out += escaped.join(u',').toUtf8() + "\r\n";
    }
    return out;
}
