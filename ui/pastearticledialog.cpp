// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastearticledialog.h"

#include "extraction/typedinput.h"
#include "problemlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasteArticleDialog::PasteArticleDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit)
    , m_outlet(new QLineEdit)
    , m_date(new QLineEdit)
    , m_url(new QLineEdit)
    , m_text(new QPlainTextEdit)
    , m_problem(new ProblemLabel)
{
    setWindowTitle(tr("Paste Article"));
    m_text->setPlainText(text);
    m_title->setPlaceholderText(tr("Detected from the text when left empty"));
    m_outlet->setPlaceholderText(tr("e.g. Le360, Hespress, Médias24"));
    m_date->setPlaceholderText(tr("e.g. 21 mars 2025 or 2025-03-21"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Te&xt:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Article"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString PasteArticleDialog::text() const
{
    return m_text->toPlainText();
}

ArticleMetadata PasteArticleDialog::metadata() const
{
    ArticleMetadata m;
    m.title = m_title->text().trimmed();
    m.outlet = m_outlet->text().trimmed();
    m.published = TypedInput::date(m_date->text());
    m.url = m_url->text().trimmed();
    return m;
}

void PasteArticleDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return m_problem->report(m_text, tr("The text is empty: copy an article, then paste it here."));
    if (!m_date->text().trimmed().isEmpty() && TypedInput::date(m_date->text()).isNull())
        return m_problem->report(m_date, tr("“%1” is not a date Bilan can read.").arg(m_date->text()));
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !TypedInput::isWebAddress(url))
        return m_problem->report(m_url, tr("“%1” is not a web address (http:// or https://).").arg(url));
    QDialog::accept();
}
