// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/result.h"

#include <QPointer>
#include <QWidget>

class ProjectDocument;
class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QStringListModel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

// Where a journalist verifies the selected claim: its status (buttons and Ctrl+0…4), a note,
// the references it was checked against, a correction of its value, unit, date or metric shown
// beside what the article says, who checked it and when, and its history. Every change is an
// undoable edit of the project, saved at once; typing is saved as one goes. With several
// claims selected, the status applies to all of them.
class VerificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPanel(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // The claims selected (the current one first) and the current one's article and claim.
    void setSelection(const QList<ClaimKey> &keys, const Article *article, const Claim *claim);
    // Saves the note and references being typed (before the selection moves, or on close).
    void commitPending();

    // "Mark as …" actions, in ClaimStatus order, for the menus.
    QList<QAction *> statusActions() const { return m_statusActions; }

    QPlainTextEdit *noteEdit() const { return m_note; }
    QPlainTextEdit *referencesEdit() const { return m_references; }
    QLineEdit *correctedValueEdit() const { return m_value; }
    QLineEdit *correctedUnitEdit() const { return m_unit; }
    QLineEdit *correctedDateEdit() const { return m_date; }
    QLineEdit *correctedMetricEdit() const { return m_metric; }
    // Typing in a correction field saves it after this pause (or on leaving the field).
    static int typingDelay();
    QPushButton *applyCorrectionButton() const { return m_applyCorrection; }
    QTreeWidget *historyView() const { return m_history; }
    QLabel *originalLabel() const { return m_original; }

Q_SIGNALS:
    void statusApplied(ClaimStatus status);
    // An edit the document did not take, with its reason.
    void problem(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Emits problem() for a failure; true when the edit was saved.
    bool reported(const Result<void> &result);
    void addStatusSection(QVBoxLayout *layout);
    void addNoteSections(QVBoxLayout *layout);
    void addCorrectionSection(QVBoxLayout *layout);
    void addHistorySection(QVBoxLayout *layout);
    void retranslate();
    void refresh();
    // refresh()'s parts: nothing to verify; the heading; the one claim's note, references, correction.
    void showNoClaim();
    void showHeading();
    void showAnnotation(const Annotation &a);
    void showCorrection(const ClaimCorrection &c);
    // The names the metric field offers: the document's metrics', made again when they change.
    void updateMetricNames();
    void refreshHistory();
    void applyStatus(ClaimStatus status);
    // Saves the correction typed; `typing`: saved as one types, a field Bilan cannot read
    // yet is said without taking the focus.
    void applyCorrection(bool typing = false);
    void clearCorrection();
    void setEditable(bool editable);

    QPointer<ProjectDocument> m_doc;
    QList<ClaimKey> m_keys;
    const Article *m_article = nullptr;
    const Claim *m_claim = nullptr;
    bool m_refreshing = false;

    QLabel *m_heading = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_statusLabel = nullptr;
    QList<QAction *> m_statusActions;
    QActionGroup *m_statusGroup = nullptr;
    QList<QToolButton *> m_statusButtons;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_referencesLabel = nullptr;
    QPlainTextEdit *m_references = nullptr;
    QLabel *m_correctionLabel = nullptr;
    QLabel *m_original = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_metric = nullptr;
    QStringListModel *m_metricNames = nullptr;
    const void *m_metricNamesOf = nullptr; // the document and the number of metrics named
    qsizetype m_metricNamesCount = -1;
    QPushButton *m_applyCorrection = nullptr;
    QPushButton *m_clearCorrection = nullptr;
    QLabel *m_checkedBy = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTreeWidget *m_history = nullptr;
    QTimer *m_typingTimer = nullptr;
    QTimer *m_correctionTimer = nullptr;
    bool m_selectionMoved = false; // refresh() replaces even the field being typed in
    QList<QLabel *> m_fieldLabels;
};
