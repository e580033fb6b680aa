// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/finding.h"

#include <QDialog>
#include <QPointer>

class ClaimIndex;
class ProjectDocument;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

// A finding's claims side by side: each its paragraph with the figure highlighted, its
// source, date, value and qualifier; a figure that differs from the first one's is marked.
// Resolve, Dismiss or Reopen the finding with a note: an undoable edit of the project.
class FindingComparison : public QDialog
{
    Q_OBJECT
public:
    FindingComparison(ProjectDocument *doc, const Finding &finding, QWidget *parent = nullptr);

    const Finding &finding() const { return m_finding; }
    // One column per claim: its heading (source, date, value) and its paragraph.
    QList<QLabel *> headings() const { return m_headings; }
    QList<QTextBrowser *> paragraphs() const { return m_paragraphs; }
    // Whether the figure of column `i` differs from the first column's.
    bool differs(int i) const { return m_differs.value(i); }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *reopenButton() const { return m_reopen; }
    QLabel *stateLabel() const { return m_state; }

private:
    QWidget *createClaimColumns(const ClaimIndex &index);
    QWidget *createClaimColumn(const Article &article, const Claim &claim, bool differs);
    // The column's source, paragraph, date, value (marked when it differs) and qualifier.
    static QString headingOf(const Article &article, const Claim &claim, bool differs);
    QDialogButtonBox *createReviewControls();
    void review(FindingReview::State state);
    void refreshState();

    QPointer<ProjectDocument> m_doc;
    Finding m_finding;
    QList<QLabel *> m_headings;
    QList<QTextBrowser *> m_paragraphs;
    QList<bool> m_differs;
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_reopen = nullptr;
};
