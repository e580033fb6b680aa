#include "articlejson.h"

#include <QJsonArray>

QJsonValue ArticleJson::stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject ArticleJson::document(const Article &a, const CodePointMap &map)
{
    QJsonArray paragraphs;
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        const Paragraph &p = a.paragraphs[i];
        paragraphs.append(QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("start"), qint64(map.toCodePoint(p.start))},
            {QStringLiteral("end"), qint64(map.toCodePoint(p.end))},
            {QStringLiteral("kind"), paragraphKindName(p.kind)},
            {QStringLiteral("boilerplate"), p.isBoilerplate()},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("file"), a.file},
        {QStringLiteral("title"), stringOrNull(a.title)},
        {QStringLiteral("outlet"), stringOrNull(a.outlet)},
        {QStringLiteral("published"), stringOrNull(a.published.toIso())},
        {QStringLiteral("language"), stringOrNull(a.language)},
        {QStringLiteral("url"), stringOrNull(a.url)},
        {QStringLiteral("author"), stringOrNull(a.author)},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("paragraphs"), paragraphs},
    };
}
