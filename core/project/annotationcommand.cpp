// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/annotationcommand.h"

#include "project/projectdocument.h"

AnnotationCommand::AnnotationCommand(ProjectDocument *doc, Annotation before, Annotation after, QString field,
                                     QString oldValue, QString newValue, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{ }

void AnnotationCommand::redo()
{
    // The command's field only, over the claim as it is now.
    if (childCount() == 0)
        setObsolete(!m_doc->applyAnnotation(
            ProjectDocument::withField(m_doc->annotation(m_after.key), m_after, m_field), m_field, m_old,
            m_new));
    else
        QUndoCommand::redo();
}

void AnnotationCommand::undo()
{
    // A failure reaches the window through ProjectDocument::errorOccurred: undo has no caller.
    // On a shared project, a change someone made since is theirs: undo leaves it.
    if (childCount() == 0) {
        if (const auto own = m_doc->stillOwn(m_after.key, m_field, m_new); !own) {
            setObsolete(true);
            Q_EMIT m_doc->errorOccurred(own.error());
            return;
        }
    }
    if (childCount() == 0
        && !m_doc->applyAnnotation(
            ProjectDocument::withField(m_doc->annotation(m_after.key), m_before, m_field), m_field, m_new,
            m_old))
        setObsolete(true);
    else if (childCount() > 0)
        QUndoCommand::undo();
}

int AnnotationCommand::id() const
{
    return childCount() == 0 && (m_field == u"note" || m_field == u"references" || m_field == u"correction")
        ? 1
        : -1;
}

bool AnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnnotationCommand *>(other);
    if (next->m_field != m_field || next->m_after.key != m_after.key
        || m_at.msecsTo(next->m_at) > kMergeWindowMs)
        return false;
    m_after = next->m_after;
    m_new = next->m_new;
    m_at = next->m_at;
    return true;
}
