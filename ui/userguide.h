// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

// Help › User Guide: docs/guide.md (built into the application), in the interface's
// language, with its screenshots.
class UserGuide : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's Markdown in `language` ("fr" or "en"): the file holds both, French first.
    static QString markdown(const QString &language);

private:
    QTextBrowser *m_browser;
};
