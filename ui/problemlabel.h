// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// The red line under a form that says what is wrong with it, hidden until then.
class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    // Shows `message` and puts the focus on the field at fault.
    void report(QWidget *field, const QString &message);
};
