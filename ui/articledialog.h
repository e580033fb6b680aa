// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlemetadata.h"

#include <QDialog>

class ProblemLabel;
class QLineEdit;

// Articles › Edit Details: what is known of an article (title, outlet, publication date, URL,
// author), as the journalist corrects it. The Source filter, citations and the report name
// the article by these.
class ArticleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticleDialog(const ArticleMetadata &metadata, QWidget *parent = nullptr);

    ArticleMetadata metadata() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *authorEdit() const { return m_author; }

    void accept() override;

private:
    ArticleMetadata m_metadata;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_date;
    QLineEdit *m_url;
    QLineEdit *m_author;
    ProblemLabel *m_problem;
};
