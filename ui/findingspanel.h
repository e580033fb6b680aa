// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/finding.h"

#include <QWidget>

class QLabel;
class QListWidget;

// The findings of the consistency checks, flags first: each explained in a sentence; clicking
// one selects its claims in the table.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void findingActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<Finding> m_findings;
    QLabel *m_summary;
    QListWidget *m_list;
};
