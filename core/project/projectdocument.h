// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/result.h"
#include "project/projectstore.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>

// An open project: its articles and claims, the journalists' annotations, and the undo stack
// (the document owns it; the window only shows its actions). Every edit is an undoable
// command whose redo and undo each write one transaction to the project file, so that closing,
// crashing or being killed never loses a reported change.
//
// On opening, a project whose claims were found by an older engine is re-extracted and every
// annotation re-attached to its claim: same article hash and span; else the same quoted figure
// with the same text around it; else the same value in the same paragraph. Annotations that
// match nothing are kept, marked orphaned and listed, never dropped.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    ~ProjectDocument() override;

    static Result<std::unique_ptr<ProjectDocument>> open(const QString &path, bool readOnly = false);
    // A new project at `path` with `articles` (already extracted).
    static Result<std::unique_ptr<ProjectDocument>> create(const QString &path,
                                                           const QList<Article> &articles);
    // A project in a temporary file, until "Save As" gives it a name.
    static Result<std::unique_ptr<ProjectDocument>> createUntitled(const QList<Article> &articles);

    QString path() const;
    QString displayName() const;
    bool isUntitled() const { return m_untitled; }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    QString readOnlyReason() const { return m_store->readOnlyReason(); }
    QUndoStack *undoStack() { return &m_undo; }
    // The name recorded with every change: the settings' user name, else the system's.
    static QString currentUser();

    // The articles with their claims, manual ones included.
    const QList<Article> &articles() const { return m_articles; }
    // The articles with each claim's correction applied: everything (value, high, unit, date,
    // metric), what the consistency checks compare; or only the metric, what the claims table
    // groups by while it shows the corrected value beside the article's.
    enum class Corrections { All, MetricOnly };
    QList<Article> effectiveArticles(Corrections corrections = Corrections::All) const;
    // The claim (as extracted, or added by hand) of a key, or null.
    const Claim *claim(const ClaimKey &key) const;
    ClaimKey keyOf(int article, int claim) const;
    // The annotation of a claim (a default one when it has none).
    Annotation annotation(const ClaimKey &key) const;
    const QHash<ClaimKey, Annotation> &annotations() const { return m_annotations; }
    QList<Annotation> orphans() const;
    QList<HistoryEntry> history(const ClaimKey &key) const;
    // How many annotations moved to another span or were orphaned by the last re-extraction.
    int reattachedCount() const { return m_reattached; }

    // Edits (undoable). `claims` lists ClaimKeys; several make one undo step.
    bool setStatus(const QList<ClaimKey> &claims, ClaimStatus status);
    bool setNote(const ClaimKey &claim, const QString &note);
    bool setReferences(const ClaimKey &claim, const QStringList &references);
    bool setCorrection(const ClaimKey &claim, const ClaimCorrection &correction);
    // A figure the engine missed: `claim` holds its span and fields. Returns its key.
    Result<ClaimKey> addManualClaim(int article, Claim claim);
    bool removeManualClaim(const ClaimKey &claim);

    // Adds articles (already extracted); those already in the project are refused.
    // Returns the messages of the refused ones.
    QStringList addArticles(const QList<Article> &articles);
    // Writes a copy at `path` and continues with it.
    Result<bool> saveAs(const QString &path);

    // Applies an annotation as it is to be (used by the undo commands).
    bool applyAnnotation(const Annotation &target, const QString &field, const QString &oldValue,
                         const QString &newValue);
    QString lastError() const { return m_lastError; }

    // "Mark 734.000 as Verified": the text of an undo step.
    QString claimLabel(const ClaimKey &key) const;

Q_SIGNALS:
    void annotationChanged(const ClaimKey &key);
    void claimsChanged(); // articles or claims added or removed
    void pathChanged();
    void errorOccurred(const QString &message);

private:
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store);
    Result<bool> load();
    void attachAnnotations(QList<Annotation> annotations);
    void mergeManualClaims();
    Annotation anchored(const ClaimKey &key) const;
    bool pushAnnotation(const ClaimKey &key, const std::function<void(Annotation &)> &change,
                        const QString &field, const QString &text);
    int articleIndex(const QString &sha) const;
    // Records and reports `message`; returns false.
    bool fail(const QString &message);
    // True, with the message reported, when the project cannot be written.
    bool refuseIfReadOnly();

    std::unique_ptr<ProjectStore> m_store;
    QList<Article> m_articles;
    QHash<ClaimKey, Annotation> m_annotations;
    QUndoStack m_undo;
    bool m_untitled = false;
    int m_reattached = 0;
    QString m_lastError;
};
