// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/pdfreport.h"

#include <QDialog>

class ProblemLabel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

// File › Export › PDF Report: which claims, charts or not, the page size, the title and the
// author, then where to write it.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Claims { Shown, VerifiedAndDisputed, All };

    ReportDialog(const QString &title, const QString &author, QWidget *parent = nullptr);

    Claims claims() const;
    PdfReport::Options options() const;

    QRadioButton *shownButton() const { return m_shown; }
    QRadioButton *checkedButton() const { return m_checked; }
    QRadioButton *allButton() const { return m_all; }
    QCheckBox *chartsBox() const { return m_charts; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *authorEdit() const { return m_author; }
    QCheckBox *openBox() const { return m_open; }
    // Open the report once it is written.
    bool openAfterExport() const;

    // A report is signed: without an author's name it is refused, with a message.
    void accept() override;

private:
    QRadioButton *m_shown;
    QRadioButton *m_checked;
    QRadioButton *m_all;
    QCheckBox *m_charts;
    QComboBox *m_pageSize;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QCheckBox *m_open;
    ProblemLabel *m_problem;
};
