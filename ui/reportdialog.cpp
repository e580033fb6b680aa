// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ReportDialog::ReportDialog(const QString &title, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_shown(new QRadioButton(tr("The claims &shown (current filter)")))
    , m_checked(new QRadioButton(tr("The &verified and disputed claims")))
    , m_all(new QRadioButton(tr("&All claims (website furniture excepted)")))
    , m_charts(new QCheckBox(tr("Include the &charts")))
    , m_pageSize(new QComboBox)
    , m_title(new QLineEdit(title))
    , m_author(new QLineEdit(author))
{
    setWindowTitle(tr("Export PDF Report"));
    auto *which = new QGroupBox(tr("Claims"));
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_shown);
    whichLayout->addWidget(m_checked);
    whichLayout->addWidget(m_all);
    m_shown->setChecked(true);
    m_charts->setChecked(true);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    // US locales print on Letter.
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_pageSize->setCurrentIndex(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(QString(), m_charts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportDialog::Claims ReportDialog::claims() const
{
    if (m_checked->isChecked())
        return Claims::VerifiedAndDisputed;
    if (m_all->isChecked())
        return Claims::All;
    return Claims::Shown;
}

PdfReport::Options ReportDialog::options() const
{
    PdfReport::Options o;
    o.title = m_title->text().trimmed();
    o.author = m_author->text().trimmed();
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.charts = m_charts->isChecked();
    return o;
}
