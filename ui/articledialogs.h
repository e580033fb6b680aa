// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "sources/articleloader.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// File › Paste Article: the clipboard's text as a new article, with a short form for what
// the text itself may not say (title, outlet, date, URL).
class PasteArticleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasteArticleDialog(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    ArticleMetadata metadata() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *textEdit() const { return m_text; }

    void accept() override;

private:
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_date;
    QLineEdit *m_url;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

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
    QLabel *m_problem;
};
