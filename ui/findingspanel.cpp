// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
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
{
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
    layout->addWidget(m_list, 1);
    retranslate();
}

void FindingsPanel::retranslate()
{
    m_list->setAccessibleName(tr("Findings"));
    int flags = 0;
    for (const Finding &f : std::as_const(m_findings))
        flags += f.informative ? 0 : 1;
    if (m_checking) {
        m_summary->setText(tr("Checking the figures across sources…"));
        return;
    }
    if (!m_notChecked.isEmpty()) {
        m_summary->setText(m_notChecked);
        return;
    }
    m_summary->setText(m_findings.isEmpty() ? tr("The consistency checks found nothing to flag.")
                                            : tr("%n flag(s)", nullptr, flags) + QStringLiteral(", ")
                               + tr("%n informative note(s)", nullptr, int(m_findings.size()) - flags)
                               + QStringLiteral(". ") + tr("Click one to select its claims."));
    for (int i = 0; i < m_list->count() && i < m_findings.size(); ++i)
        m_list->item(i)->setToolTip(m_findings[i].informative ? tr("Informative: worth knowing, not an error")
                                                              : tr("Flag: these figures do not add up"));
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPanel::setNotChecked(const QString &why)
{
    m_checking = false;
    m_notChecked = why;
    m_findings.clear();
    m_list->clear();
    retranslate();
}

void FindingsPanel::setChecking()
{
    m_checking = true;
    m_notChecked.clear();
    m_findings.clear();
    m_list->clear();
    retranslate();
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    m_checking = false;
    m_notChecked.clear();
    m_findings = findings;
    m_list->clear();
    for (const Finding &f : findings)
        m_list->addItem(new QListWidgetItem(kindIcon(f.informative), f.message));
    retranslate();
}
