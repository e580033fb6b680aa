// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcomparison.h"

#include "display/claimtext.h"
#include "display/frenchformat.h"
#include "project/projectdocument.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace {

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The claim's paragraph, the figure highlighted: red when it differs from the first claim's.
QString paragraphHtml(const Article &article, const Claim &claim, bool differs)
{
    if (claim.paragraph < 0 || claim.paragraph >= article.paragraphs.size())
        return {};
    const Paragraph &p = article.paragraphs[claim.paragraph];
    const qsizetype from = qBound(qsizetype(p.start), qsizetype(claim.start), qsizetype(p.end));
    const qsizetype to = qBound(from, qsizetype(claim.end), qsizetype(p.end));
    return article.text.mid(p.start, from - p.start).toHtmlEscaped()
        + QStringLiteral("<span style='background-color:%1; font-weight:bold'>%2</span>")
              .arg(differs ? QStringLiteral("#ffcdd2") : QStringLiteral("#fff3b0"),
                   article.text.mid(from, to - from).toHtmlEscaped())
        + article.text.mid(to, p.end - to).toHtmlEscaped();
}

} // namespace

FindingComparison::FindingComparison(ProjectDocument *doc, const Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_finding(finding)
{
    setWindowTitle(tr("Compare the Claims of a Finding"));
    auto *message = new QLabel(finding.message);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    QFont strong = message->font();
    strong.setBold(true);
    message->setFont(strong);

    QWidget *columns = createClaimColumns(doc->index());
    auto *scroll = new QScrollArea;
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QDialogButtonBox *buttons = createReviewControls();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    if (m_doc) {
        m_note->setPlainText(m_doc->findingReview(m_finding).note);
        connect(m_doc, &ProjectDocument::findingReviewChanged, this, [this](const QString &key) {
            if (m_doc && key == m_doc->findingKey(m_finding))
                refreshState();
        });
    }
    refreshState();
    resize(qMax(760, 300 * int(m_paragraphs.size()) + 60), 520);
}

// The claims, side by side, as the index shows them (their metric corrected).
QWidget *FindingComparison::createClaimColumns(const ClaimIndex &index)
{
    auto *columns = new QWidget;
    auto *row = new QHBoxLayout(columns);
    row->setContentsMargins(0, 0, 0, 0);
    const Claim *first = nullptr;
    for (const auto &[a, c] : m_finding.claims) {
        const qsizetype r = index.rowOf(a, c);
        if (r < 0)
            continue;
        const Article &article = index.article(r);
        const Claim &claim = index.claim(r);
        const bool differs = first
            && (!sameValue(claim.value, first->value) || !sameValue(claim.high, first->high)
                || claim.unit != first->unit);
        if (!first)
            first = &claim;
        row->addWidget(createClaimColumn(article, claim, differs), 1);
    }
    return columns;
}

QWidget *FindingComparison::createClaimColumn(const Article &article, const Claim &claim, bool differs)
{
    auto *column = new QFrame;
    column->setObjectName(QStringLiteral("claimColumn"));
    column->setFrameShape(QFrame::StyledPanel);
    column->setMinimumWidth(260);
    auto *layout = new QVBoxLayout(column);
    auto *heading = new QLabel(headingOf(article, claim, differs));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *paragraph = new QTextBrowser;
    paragraph->setHtml(paragraphHtml(article, claim, differs));
    paragraph->setOpenLinks(false);
    layout->addWidget(paragraph, 1);
    m_headings.append(heading);
    m_paragraphs.append(paragraph);
    m_differs.append(differs);
    return column;
}

QString FindingComparison::headingOf(const Article &article, const Claim &claim, bool differs)
{
    QStringList facts;
    facts << QStringLiteral("<b>%1</b>").arg(ClaimText::source(article).toHtmlEscaped());
    facts << tr("Paragraph %1").arg(claim.paragraph + 1);
    facts << tr("Date: %1").arg(claim.asOf.isNull() ? tr("none") : FrenchFormat::date(claim.asOf));
    QString value = FrenchFormat::value(claim).toHtmlEscaped();
    if (differs)
        value = QStringLiteral("<span style='color:#b71c1c'><b>%1</b></span> ").arg(value) + tr("(differs)");
    facts << tr("Value: %1").arg(value);
    facts << tr("Qualifier: %1")
                 .arg(claim.qualifier == Qualifier::Exact ? tr("exact")
                                                          : ClaimText::qualifier(claim.qualifier));
    if (!claim.speaker.isEmpty())
        facts << tr("Said by: %1").arg(claim.speaker.toHtmlEscaped());
    return facts.join(QStringLiteral("<br>"));
}

QDialogButtonBox *FindingComparison::createReviewControls()
{
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_note = new QPlainTextEdit;
    m_note->setPlaceholderText(tr("Why it is resolved or dismissed: what you checked, whom you asked"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    m_resolve = new QPushButton(tr("&Resolve"));
    m_resolve->setToolTip(tr("The figures were checked and the difference is explained"));
    m_dismiss = new QPushButton(tr("&Dismiss"));
    m_dismiss->setToolTip(tr("Not a problem: the figures do not measure the same thing"));
    m_reopen = new QPushButton(tr("Re&open"));
    connect(m_resolve, &QPushButton::clicked, this, [this] { review(FindingReview::State::Resolved); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { review(FindingReview::State::Dismissed); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { review(FindingReview::State::Open); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resolve, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void FindingComparison::review(FindingReview::State state)
{
    if (!m_doc)
        return;
    const auto reviewed = m_doc->setFindingReview(m_finding, state, m_note->toPlainText());
    if (!reviewed)
        m_state->setText(reviewed.error());
}

void FindingComparison::refreshState()
{
    const bool editable = m_doc && m_doc->isProject() && !m_doc->isReadOnly();
    const FindingReview r = m_doc ? m_doc->findingReview(m_finding) : FindingReview {};
    QString text;
    switch (r.state) {
    case FindingReview::State::Resolved:
        text = tr("Resolved by %1, %2.");
        break;
    case FindingReview::State::Dismissed:
        text = tr("Dismissed by %1, %2.");
        break;
    case FindingReview::State::Open:
        text = r.updatedBy.isEmpty() ? tr("Open: resolve it once the figures are explained, or dismiss it.")
                                     : tr("Reopened by %1, %2.");
        break;
    }
    if (text.contains(QStringLiteral("%1")))
        text = text.arg(r.updatedBy, QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat));
    if (!editable)
        text += u' ' + tr("This project cannot be changed here.");
    m_state->setText(text);
    m_resolve->setEnabled(editable && r.state != FindingReview::State::Resolved);
    m_dismiss->setEnabled(editable && r.state != FindingReview::State::Dismissed);
    m_reopen->setEnabled(editable && r.state != FindingReview::State::Open);
    m_note->setReadOnly(!editable);
}
