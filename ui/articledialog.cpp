// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledialog.h"

#include "extraction/typedinput.h"
#include "problemlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ArticleDialog::ArticleDialog(const ArticleMetadata &metadata, QWidget *parent)
    : QDialog(parent)
    , m_metadata(metadata)
    , m_title(new QLineEdit(metadata.title))
    , m_outlet(new QLineEdit(metadata.outlet))
    , m_date(new QLineEdit(metadata.published.toIso()))
    , m_url(new QLineEdit(metadata.url))
    , m_author(new QLineEdit(metadata.author))
    , m_problem(new ProblemLabel)
{
    setWindowTitle(tr("Article Details"));
    m_outlet->setPlaceholderText(tr("e.g. Le Monde, Hespress, Ouest-France"));
    m_date->setPlaceholderText(tr("e.g. 21 mars 2025 or 2025-03-21"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_author->setPlaceholderText(tr("The journalist who signs it"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Author:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 260);
}

ArticleMetadata ArticleDialog::metadata() const
{
    ArticleMetadata m = m_metadata;
    m.title = m_title->text().trimmed();
    m.outlet = m_outlet->text().trimmed();
    m.published = TypedInput::date(m_date->text());
    m.url = m_url->text().trimmed();
    m.author = m_author->text().trimmed();
    return m;
}

void ArticleDialog::accept()
{
    if (!m_date->text().trimmed().isEmpty() && TypedInput::date(m_date->text()).isNull())
        return m_problem->report(m_date, tr("“%1” is not a date Bilan can read.").arg(m_date->text()));
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !TypedInput::isWebAddress(url))
        return m_problem->report(m_url, tr("“%1” is not a web address (http:// or https://).").arg(url));
    QDialog::accept();
}
