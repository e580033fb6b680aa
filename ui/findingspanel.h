// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/finding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

// The findings of the consistency checks, flags first: each explained in a sentence; clicking
// one selects its claims in the table.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // The findings and what the journalist made of each (same order).
    void setFindings(const QList<Finding> &findings, const QList<FindingReview> &reviews = {});
    // The checks are running (in the background, on a large project): the panel says so rather
    // than "nothing to flag".
    void setChecking();
    bool isChecking() const { return m_checking; }
    // The checks did not run (`why`): never shown as "nothing to flag".
    const QList<Finding> &findings() const { return m_findings; }
    QListWidget *list() const { return m_list; }
    // Which findings are listed: all, or those open, resolved or dismissed.
    enum class Show { All, Open, Resolved, Dismissed };
    void setShown(Show show);
    QComboBox *showBox() const { return m_show; }
    QPushButton *compareButton() const { return m_compare; }

Q_SIGNALS:
    void findingActivated(int index);
    // Compare… (or a double click): the finding's claims side by side.
    void compareRequested(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyShown();

    QList<Finding> m_findings;
    bool m_checking = false;
    QList<FindingReview> m_reviews;
    QLabel *m_summary;
    QListWidget *m_list;
    QComboBox *m_show;
    QPushButton *m_compare;
};
