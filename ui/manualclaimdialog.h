// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QDialog>

class ProblemLabel;
class QLineEdit;

// "Add as a Claim": a figure the engine missed, selected in the excerpt. The form is filled
// from what Bilan reads in the selection; the journalist completes it.
class ManualClaimDialog : public QDialog
{
    Q_OBJECT
public:
    ManualClaimDialog(const Article &article, qsizetype start, qsizetype end, QWidget *parent = nullptr);

    // The claim as filled in (span, value, unit, date, qualifier).
    Claim claim() const;
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLineEdit *dateEdit() const { return m_date; }

    void accept() override;

private:
    Claim m_claim;
    QLineEdit *m_value;
    QLineEdit *m_unit;
    QLineEdit *m_date;
    QLineEdit *m_speaker;
    ProblemLabel *m_problem;
};
