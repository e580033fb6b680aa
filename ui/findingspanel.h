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
    // The checks are running (in the background, on a large project): the panel says so rather
    // than "nothing to flag".
    void setChecking();
    bool isChecking() const { return m_checking; }
    // The checks did not run (`why`): never shown as "nothing to flag".
    void setNotChecked(const QString &why);
    const QList<Finding> &findings() const { return m_findings; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void findingActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<Finding> m_findings;
    bool m_checking = false;
    QString m_notChecked;
    QLabel *m_summary;
    QListWidget *m_list;
};
