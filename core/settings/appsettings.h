// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

// The one typed façade over QSettings: widgets never spell a settings key themselves.
class AppSettings
{
public:
    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);
    // "fr", "en" or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);
    // The name recorded with each verification; empty means the system user's.
    QString userName() const;
    void setUserName(const QString &name);
    // The PDF report's title for a project (by its path) and its author, as last given.
    QString reportTitle(const QString &projectPath) const;
    void setReportTitle(const QString &projectPath, const QString &title);
    QString reportAuthor() const;
    void setReportAuthor(const QString &author);
    // Whether a report is opened once written.
    bool openReport() const;
    void setOpenReport(bool open);
    // Projects opened most recently first, at most kRecentCount.
    static constexpr int kRecentCount = 8;
    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);

private:
    mutable QSettings m_settings;
};
