// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "problemlabel.h"
#include "settings/appsettings.h"

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
    , m_open(new QCheckBox(tr("&Open the report once written")))
    , m_problem(new ProblemLabel)
{
    m_author->setPlaceholderText(tr("Your name: it signs the report and your notes"));
    m_open->setChecked(AppSettings().openReport());
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
    form->addRow(QString(), m_open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

bool ReportDialog::openAfterExport() const
{
    return m_open->isChecked();
}

void ReportDialog::accept()
{
    if (m_author->text().trimmed().isEmpty())
        return m_problem->report(m_author, tr("Type your name: it signs the report and your notes."));
    AppSettings settings;
    settings.setReportAuthor(m_author->text().trimmed());
    settings.setOpenReport(m_open->isChecked());
    // The name a journalist signs with, rather than the computer's login, from now on.
    if (settings.userName().isEmpty())
        settings.setUserName(m_author->text().trimmed());
    QDialog::accept();
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
