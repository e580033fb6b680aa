// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ProblemLabel;
class QComboBox;
class QLineEdit;
class QSpinBox;

// File › Open Shared Project: a project a desk shares on a PostgreSQL server, named by its
// server, port, database, login and project (and how the connection is secured). The password
// is not asked here: libpq reads ~/.pgpass or PGPASSWORD, else Bilan asks when it connects,
// and never writes it down.
class SharedProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharedProjectDialog(QWidget *parent = nullptr);

    // The address of the project (postgresql://user@host:port/database?project=…).
    QString url() const;
    // Fills the fields from an address (the last one opened).
    void setUrl(const QString &url);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *projectEdit() const { return m_project; }

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_project;
    QComboBox *m_ssl;
    ProblemLabel *m_problem;
};
