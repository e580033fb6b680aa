// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QIcon kindIcon(bool informative)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(informative ? QColor(0x1f, 0x6f, 0xb5) : QColor(0xd3, 0x2f, 0x2f));
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    if (informative) {
        p.drawLine(QPointF(8, 7.2), QPointF(8, 11.5));
        p.drawPoint(QPointF(8, 4.6));
    } else {
        p.drawLine(QPointF(8, 4.2), QPointF(8, 9));
        p.drawPoint(QPointF(8, 11.8));
    }
    return QIcon(pixmap);
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_list(new QListWidget)
    , m_show(new QComboBox)
    , m_compare(new QPushButton)
{
    for (int i = 0; i < 4; ++i)
        m_show->addItem(QString(), i);
    connect(m_show, &QComboBox::currentIndexChanged, this, &FindingsPanel::applyShown);
    m_compare->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            Q_EMIT compareRequested(m_list->currentRow());
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_compare->setEnabled(row >= 0 && !m_list->item(row)->isHidden()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT compareRequested(m_list->row(item)); });
    m_summary->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT findingActivated(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT findingActivated(m_list->row(item)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_show, 1);
    tools->addWidget(m_compare);
    layout->addLayout(tools);
    layout->addWidget(m_list, 1);
    retranslate();
}

void FindingsPanel::retranslate()
{
    m_list->setAccessibleName(tr("Findings"));
    m_show->setItemText(0, tr("All findings"));
    m_show->setItemText(1, tr("Open findings"));
    m_show->setItemText(2, tr("Resolved findings"));
    m_show->setItemText(3, tr("Dismissed findings"));
    m_show->setAccessibleName(tr("Show findings"));
    m_compare->setText(tr("Compare…"));
    m_compare->setToolTip(tr("The finding's claims side by side, to resolve or dismiss it"));
    int flags = 0;
    for (const Finding &f : std::as_const(m_findings))
        flags += f.informative ? 0 : 1;
    if (m_checking) {
        m_summary->setText(tr("Checking the figures across sources…"));
        return;
    }
    m_summary->setText(m_findings.isEmpty() ? tr("The consistency checks found nothing to flag.")
                                            : tr("%n flag(s)", nullptr, flags) + QStringLiteral(", ")
                               + tr("%n informative note(s)", nullptr, int(m_findings.size()) - flags)
                               + QStringLiteral(". ") + tr("Click one to select its claims."));
    for (int i = 0; i < m_list->count() && i < m_findings.size(); ++i) {
        const FindingReview r = m_reviews.value(i);
        QString state;
        if (r.state == FindingReview::State::Resolved)
            state = tr("Resolved");
        else if (r.state == FindingReview::State::Dismissed)
            state = tr("Dismissed");
        QListWidgetItem *item = m_list->item(i);
        item->setText(state.isEmpty() ? m_findings[i].message
                                      : QStringLiteral("%1 — %2").arg(state, m_findings[i].message));
        QString tip = m_findings[i].informative ? tr("Informative: worth knowing, not an error")
                                                : tr("Flag: these figures do not add up");
        if (!r.note.isEmpty())
            tip += QStringLiteral("\n") + tr("Note: %1").arg(r.note);
        item->setToolTip(tip);
        // A finding dealt with is greyed.
        item->setForeground(r.state == FindingReview::State::Open
                                ? palette().color(QPalette::Text)
                                : palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void FindingsPanel::setShown(Show show)
{
    m_show->setCurrentIndex(int(show));
}

void FindingsPanel::applyShown()
{
    const auto show = Show(m_show->currentIndex());
    for (int i = 0; i < m_list->count(); ++i) {
        const FindingReview::State state = m_reviews.value(i).state;
        const bool shown = show == Show::All || (show == Show::Open && state == FindingReview::State::Open)
            || (show == Show::Resolved && state == FindingReview::State::Resolved)
            || (show == Show::Dismissed && state == FindingReview::State::Dismissed);
        m_list->item(i)->setHidden(!shown);
    }
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPanel::setChecking()
{
    m_checking = true;
    m_findings.clear();
    m_list->clear();
    retranslate();
}

void FindingsPanel::setFindings(const QList<Finding> &findings, const QList<FindingReview> &reviews)
{
    m_checking = false;
    const int current = m_list->currentRow();
    const bool same = findings.size() == m_findings.size()
        && std::equal(findings.cbegin(), findings.cend(), m_findings.cbegin(),
                      [](const Finding &a, const Finding &b) {
                          return a.message == b.message && a.claims == b.claims;
                      });
    m_findings = findings;
    m_reviews = reviews;
    if (!same) {
        m_list->clear();
        for (const Finding &f : findings)
            m_list->addItem(new QListWidgetItem(kindIcon(f.informative), f.message));
    }
    retranslate();
    applyShown();
    // The same findings with a review changed: the selection stays.
    if (same && current >= 0) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(current);
    }
}
