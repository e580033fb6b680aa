// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"

#include <QDateTime>
#include <QUndoCommand>

class ProjectDocument;

// One edit of one or more annotations, on the document's undo stack: redo applies the new
// states, undo the old ones, each through the document so that each is one transaction in
// the project file. A change the file refuses is made obsolete and leaves the stack. With
// children (several claims marked at once) it is one undo step for all of them.
class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(ProjectDocument *doc, Annotation before, Annotation after, QString field,
                      QString oldValue, QString newValue, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // Typing a note or references saves as one goes; the edits of one claim's text that
    // follow each other closely are one undo step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr qint64 kMergeWindowMs = 10000;
    QDateTime m_at = QDateTime::currentDateTimeUtc();
    ProjectDocument *m_doc;
    Annotation m_before;
    Annotation m_after;
    QString m_field;
    QString m_old;
    QString m_new;
};
