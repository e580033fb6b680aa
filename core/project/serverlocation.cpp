// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

// The libpq options a URL may pass through (security and connection; nothing that would
// change which database or role is used behind the URL's back).
const QStringList &passedOptions()
{
    static const QStringList names
        = {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
           QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
           QStringLiteral("sslcrl"),          QStringLiteral("sslpassword"),
           QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs"),
           QStringLiteral("application_name")};
    return names;
}

} // namespace

bool ServerLocation::isServerUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

bool ServerLocation::validProjectName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$"));
    return plain.match(name).hasMatch() && !name.startsWith(QStringLiteral("pg_"), Qt::CaseInsensitive)
        && name.compare(QStringLiteral("public"), Qt::CaseInsensitive) != 0
        && name.compare(QStringLiteral("information_schema"), Qt::CaseInsensitive) != 0;
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    using R = Result<ServerLocation>;
    if (!isServerUrl(text))
        return R::failure(
            tr("%1: not a PostgreSQL address (postgresql://user@host:port/database?project=NAME)").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(tr("%1: not a valid address (%2)").arg(text, url.errorString()));
    ServerLocation out;
    if (!url.host().isEmpty())
        out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    out.user = url.userName();
    out.password = url.password();
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"project")
            out.project = value;
        else if (passedOptions().contains(key))
            out.options.append({key, value});
        else
            return R::failure(tr("%1: unknown option “%2” (known: project, %3)")
                                  .arg(out.toUrl(), key, passedOptions().join(QStringLiteral(", "))));
    }
    if (out.database.isEmpty() || out.database.contains(u'/'))
        return R::failure(
            tr("%1: the address names no database (…:5432/DATABASE?project=NAME)").arg(out.toUrl()));
    if (out.project.isEmpty())
        return R::failure(tr("%1: the address names no project (add ?project=NAME)").arg(out.toUrl()));
    if (!validProjectName(out.project))
        return R::failure(tr("%1: “%2” cannot name a project (letters, digits, '_', '-' and '.', at most 48, "
                             "not public or pg_…)")
                              .arg(out.toUrl(), out.project));
    return out;
}

QString ServerLocation::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project"), project);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString ServerLocation::connectOptions() const
{
    // A server that does not answer is given up on after a few seconds (a cut network, a
    // stopped server): the edit is reported not saved and the next one tries again.
    QStringList parts;
    bool timeout = false;
    for (const auto &[key, value] : options) {
        QString escaped = value;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        parts << QStringLiteral("%1='%2'").arg(key, escaped);
        timeout = timeout || key == u"connect_timeout";
    }
    if (!timeout)
        parts << QStringLiteral("connect_timeout=5");
    if (std::none_of(options.begin(), options.end(),
                     [](const auto &o) { return o.first == u"application_name"; }))
        parts << QStringLiteral("application_name=bilan");
    parts << QStringLiteral("keepalives_idle=10") << QStringLiteral("keepalives_interval=5")
          << QStringLiteral("keepalives_count=3");
    return parts.join(u';');
}

QString ServerLocation::channel() const
{
    // Qt quotes the name as an identifier and reads a '.' as a schema's: none is left in it.
    return QStringLiteral("bilan:") + QString(project).replace(u'.', u':');
}
