// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/claimscsv.h"

#include "export/articlejson.h"
#include "export/jsonwriter.h"
#include "text/claimcontext.h"
#include "text/codepointmap.h"

#include <QRegularExpression>

#include <utility>

QString ClaimsCsv::neutralized(const QString &value)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a
    // formula: such a cell gets a leading apostrophe, as OWASP recommends, unless it is a
    // plain number ("-0.2" computes nothing).
    static const QRegularExpression plainNumber(QStringLiteral("^-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$"));
    if (value.isEmpty() || !QStringView(u"=+-@\t\r").contains(value.front())
        || plainNumber.match(value).hasMatch())
        return value;
    return u'\'' + value;
}

QString ClaimsCsv::field(const QString &raw)
{
    const QString value = neutralized(raw);
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray ClaimsCsv::schemaColumns()
{
    return "document,id,start,end,text,value,high,kind,unit,qualifier,as_of,speaker,metric,paragraph,"
           "boilerplate,per,since,written_unit,change_of,page,ocr_confidence";
}

QByteArray ClaimsCsv::header()
{
    return schemaColumns() + ",sentence\r\n";
}

QString ClaimsCsv::number(double value)
{
    return std::isnan(value) ? QString() : QString::fromLatin1(JsonWriter::number(value));
}

QStringList ClaimsCsv::schemaFields(const Article &a, const Claim &c, const CodePointMap &map)
{
    return {
        a.id,
        ArticleJson::claimId(a, c, map),
        QString::number(map.toCodePoint(c.start)),
        QString::number(map.toCodePoint(c.end)),
        a.text.mid(c.start, c.end - c.start),
        number(c.value),
        number(c.high),
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
        c.writtenUnit,
        c.changeOf >= 0 ? a.id + u'#' + QString::number(map.toCodePoint(c.changeOf)) : QString(),
        c.page > 0 ? QString::number(c.page) : QString(),
        c.ocrConfidence >= 0 ? number(std::round(double(c.ocrConfidence) * 10) / 10) : QString(),
    };
}

QByteArray ClaimsCsv::record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(field(f));
    return escaped.join(u',').toUtf8() + "\r\n";
}

QByteArray ClaimsCsv::rows(const Article &a)
{
    QByteArray out;
    rows(a, [&out](const QByteArray &piece) { out += piece; });
    return out;
}

void ClaimsCsv::rows(const Article &a, const std::function<void(const QByteArray &)> &sink)
{
    constexpr qsizetype kPiece = qsizetype(1) << 20;
    const CodePointMap map(a.text);
    QByteArray out;
    for (const Claim &c : a.claims) {
        out += record(schemaFields(a, c, map) << ClaimContext::sentence(a, c));
        if (out.size() >= kPiece)
            sink(std::exchange(out, {}));
    }
    if (!out.isEmpty())
        sink(out);
}
