// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, state);
}

QByteArray AppSettings::headerState(const QString &name) const
{
    return m_settings.value(QStringLiteral("headers/") + name).toByteArray();
}

void AppSettings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("headers/") + name, state);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::userName() const
{
    return m_settings.value(QStringLiteral("user/name")).toString();
}

void AppSettings::setUserName(const QString &name)
{
    m_settings.setValue(QStringLiteral("user/name"), name);
}

QString AppSettings::reportTitle(const QString &projectPath) const
{
    return m_settings.value(QStringLiteral("report/titles")).toMap().value(projectPath).toString();
}

void AppSettings::setReportTitle(const QString &projectPath, const QString &title)
{
    QVariantMap titles = m_settings.value(QStringLiteral("report/titles")).toMap();
    titles.insert(projectPath, title);
    m_settings.setValue(QStringLiteral("report/titles"), titles);
}

QString AppSettings::reportAuthor() const
{
    return m_settings.value(QStringLiteral("report/author")).toString();
}

void AppSettings::setReportAuthor(const QString &author)
{
    m_settings.setValue(QStringLiteral("report/author"), author);
}

bool AppSettings::openReport() const
{
    return m_settings.value(QStringLiteral("report/open"), true).toBool();
}

void AppSettings::setOpenReport(bool open)
{
    m_settings.setValue(QStringLiteral("report/open"), open);
}

QStringList AppSettings::recentProjects() const
{
    return m_settings.value(QStringLiteral("projects/recent")).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings.setValue(QStringLiteral("projects/recent"), recent.mid(0, kRecentCount));
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    m_settings.setValue(QStringLiteral("projects/recent"), recent);
}
