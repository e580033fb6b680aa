// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlabel.h"

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    hide();
}

void ProblemLabel::report(QWidget *field, const QString &message)
{
    setText(message);
    show();
    field->setFocus();
}
