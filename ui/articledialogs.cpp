// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledialogs.h"

#include "display/frenchformat.h"
#include "extraction/numberreader.h"
#include "text/textutil.h"
#include "verificationpanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace {

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->show();
    field->setFocus();
}

} // namespace

PasteArticleDialog::PasteArticleDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit)
    , m_outlet(new QLineEdit)
    , m_date(new QLineEdit)
    , m_url(new QLineEdit)
    , m_text(new QPlainTextEdit)
    , m_problem(problemLabel())
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
    m.published = VerificationPanel::parseDate(m_date->text());
    m.url = m_url->text().trimmed();
    return m;
}

void PasteArticleDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return showProblem(m_problem, m_text, tr("The text is empty: copy an article, then paste it here."));
    if (!m_date->text().trimmed().isEmpty() && VerificationPanel::parseDate(m_date->text()).isNull())
        return showProblem(m_problem, m_date, tr("“%1” is not a date Bilan can read.").arg(m_date->text()));
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
            return showProblem(m_problem, m_url,
                               tr("“%1” is not a web address (http:// or https://).").arg(url));
    }
    QDialog::accept();
}

ManualClaimDialog::ManualClaimDialog(const Article &article, qsizetype start, qsizetype end, QWidget *parent)
    : QDialog(parent)
    , m_value(new QLineEdit)
    , m_unit(new QLineEdit)
    , m_date(new QLineEdit)
    , m_speaker(new QLineEdit)
    , m_problem(problemLabel())
{
    setWindowTitle(tr("Add as a Claim"));
    m_claim.start = qint32(start);
    m_claim.end = qint32(end);
    m_claim.paragraph = article.paragraphAt(start);
    m_claim.manual = true;
    const QStringView selected = QStringView(article.text).mid(start, end - start);
    // What Bilan reads in the selection fills the form.
    const QList<NumberToken> tokens = NumberReader::scan(selected);
    if (!tokens.isEmpty() && !tokens.first().unreadable) {
        const NumberToken &t = tokens.first();
        m_value->setText(FrenchFormat::number(t.value, 6));
        if (t.percent)
            m_unit->setText(QStringLiteral("%"));
        else if (t.mad)
            m_unit->setText(QStringLiteral("MAD"));
    }
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
    c.value = VerificationPanel::parseValue(m_value->text());
    c.unit = m_unit->text().trimmed();
    c.asOf = VerificationPanel::parseDate(m_date->text());
    c.speaker = m_speaker->text().trimmed();
    if (c.unit == u"%")
        c.kind = ClaimKind::Percent;
    else if (c.unit == u"MAD" || (c.unit.size() == 3 && c.unit.isUpper()))
        c.kind = ClaimKind::Money;
    else
        c.kind = ClaimKind::Count;
    return c;
}

void ManualClaimDialog::accept()
{
    if (std::isnan(VerificationPanel::parseValue(m_value->text())))
        return showProblem(m_problem, m_value,
                           tr("“%1” is not a number Bilan can read.").arg(m_value->text()));
    if (!m_date->text().trimmed().isEmpty() && VerificationPanel::parseDate(m_date->text()).isNull())
        return showProblem(m_problem, m_date, tr("“%1” is not a date Bilan can read.").arg(m_date->text()));
    QDialog::accept();
}
