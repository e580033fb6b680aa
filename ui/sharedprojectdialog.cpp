// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedprojectdialog.h"

#include "problemlabel.h"
#include "project/serverlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SharedProjectDialog::SharedProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost")))
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_project(new QLineEdit)
    , m_ssl(new QComboBox)
    , m_problem(new ProblemLabel)
{
    setWindowTitle(tr("Open Shared Project"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setPlaceholderText(tr("your login on the server"));
    m_project->setPlaceholderText(tr("e.g. amo-2025"));
    // libpq's sslmode, passed through as chosen.
    m_ssl->addItem(tr("As the server prefers"), QStringLiteral("prefer"));
    m_ssl->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_ssl->addItem(tr("Encrypted, server certificate checked"), QStringLiteral("verify-full"));
    m_ssl->addItem(tr("Never encrypted"), QStringLiteral("disable"));
    m_port->setObjectName(QStringLiteral("port"));
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_project->setObjectName(QStringLiteral("project"));
    m_ssl->setObjectName(QStringLiteral("sslmode"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Encryption:"), m_ssl);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SharedProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SharedProjectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString SharedProjectDialog::url() const
{
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.project = m_project->text().trimmed();
    const QString ssl = m_ssl->currentData().toString();
    if (ssl != u"prefer")
        location.options.append({QStringLiteral("sslmode"), ssl});
    return location.toUrl();
}

void SharedProjectDialog::setUrl(const QString &url)
{
    const auto location = ServerLocation::parse(url);
    if (!location)
        return;
    m_host->setText(location->host);
    m_port->setValue(location->port);
    m_database->setText(location->database);
    m_user->setText(location->user);
    m_project->setText(location->project);
    for (const auto &[key, value] : location->options) {
        if (key == u"sslmode" && m_ssl->findData(value) >= 0)
            m_ssl->setCurrentIndex(m_ssl->findData(value));
    }
}

void SharedProjectDialog::accept()
{
    if (m_host->text().trimmed().isEmpty())
        return m_problem->report(m_host, tr("Name the server (its address, or localhost)."));
    if (m_database->text().trimmed().isEmpty())
        return m_problem->report(m_database, tr("Name the database the desk's projects are in."));
    if (!ServerLocation::validProjectName(m_project->text().trimmed()))
        return m_problem->report(m_project,
                                 tr("“%1” cannot name a project: letters, digits, '_', '-' and "
                                    "'.', at most 48.")
                                     .arg(m_project->text().trimmed()));
    QDialog::accept();
}
