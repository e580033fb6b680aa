// SPDX-License-Identifier: GPL-3.0-or-later
#include "addurldialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

AddUrlDialog::AddUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_fetcher(new UrlFetcher(this))
{
    setWindowTitle(tr("Add from URL"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_status->setWordWrap(true);
    m_status->setText(tr("The page is fetched once and kept in the project as it is now, with its address "
                         "and the time it was read. Nothing on it is run and nothing else is fetched."));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Fetch"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Address of a web page or a PDF:")));
    layout->addWidget(m_url);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUrlDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_fetcher->cancel();
        reject();
    });
    connect(m_fetcher, &UrlFetcher::finished, this, &AddUrlDialog::onFinished);
    connect(m_fetcher, &UrlFetcher::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(received * 1000 / total));
    });
    resize(520, sizeHint().height());
}

void AddUrlDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void AddUrlDialog::start()
{
    const auto url = UrlFetcher::parseUrl(m_url->text());
    if (!url) {
        m_status->setText(url.error());
        return;
    }
    m_url->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_progress->show();
    m_status->setText(tr("Fetching %1…").arg(url->toDisplayString()));
    m_fetcher->fetch(*url);
}

void AddUrlDialog::onFinished(const FetchedPage &page)
{
    m_progress->hide();
    m_url->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!page.error.isEmpty()) {
        m_status->setText(page.error);
        return;
    }
    m_page = page;
    accept();
}
