// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/urlfetcher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QDialogButtonBox;

// File › Add from URL…: asks for a web address, fetches it (UrlFetcher) with progress and
// Cancel, and closes on a page that can be added; an error stays shown in the dialog.
class AddUrlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUrlDialog(QWidget *parent = nullptr);
    FetchedPage page() const { return m_page; }
    void setUrl(const QString &url);

private:
    void start();
    void onFinished(const FetchedPage &page);

    QLineEdit *m_url = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    UrlFetcher *m_fetcher = nullptr;
    FetchedPage m_page;
};
