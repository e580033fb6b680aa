// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlemetadata.h"

#include <QDialog>

class ProblemLabel;
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
    ProblemLabel *m_problem;
};
