// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclaimdialog.h"

#include "display/frenchformat.h"
#include "extraction/typedinput.h"
#include "problemlabel.h"
#include "text/textutil.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

ManualClaimDialog::ManualClaimDialog(const Article &article, qsizetype start, qsizetype end, QWidget *parent)
    : QDialog(parent)
    , m_value(new QLineEdit)
    , m_unit(new QLineEdit)
    , m_date(new QLineEdit)
    , m_speaker(new QLineEdit)
    , m_problem(new ProblemLabel)
{
    setWindowTitle(tr("Add as a Claim"));
    m_claim.start = qint32(start);
    m_claim.end = qint32(end);
    m_claim.paragraph = article.paragraphAt(start);
    m_claim.manual = true;
    const QStringView selected = QStringView(article.text).mid(start, end - start);
    // What Bilan reads in the selection fills the form.
    const TypedInput::Reading reading = TypedInput::readSelection(selected);
    if (!std::isnan(reading.value))
        m_value->setText(FrenchFormat::number(reading.value, 6));
    m_unit->setText(reading.unit);
    if (!article.published.isNull())
        m_date->setText(article.published.toIso());
    auto *quote = new QLabel(QStringLiteral("« %1 »").arg(TextUtil::simplified(selected)));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Selection:"), quote);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Speaker:"), m_speaker);
    m_unit->setPlaceholderText(tr("e.g. MAD, %, bénéficiaires"));
    m_date->setPlaceholderText(tr("e.g. mars 2025 or 2025-03-31"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Claim"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

Claim ManualClaimDialog::claim() const
{
    Claim c = m_claim;
    c.value = TypedInput::value(m_value->text());
    c.unit = m_unit->text().trimmed();
    c.asOf = TypedInput::date(m_date->text());
    c.speaker = m_speaker->text().trimmed();
    c.kind = TypedInput::kindOfUnit(c.unit);
    return c;
}

void ManualClaimDialog::accept()
{
    if (std::isnan(TypedInput::value(m_value->text())))
        return m_problem->report(m_value, tr("“%1” is not a number Bilan can read.").arg(m_value->text()));
    if (!m_date->text().trimmed().isEmpty() && TypedInput::date(m_date->text()).isNull())
        return m_problem->report(m_date, tr("“%1” is not a date Bilan can read.").arg(m_date->text()));
    QDialog::accept();
}
