// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/finding.h"
#include "domain/result.h"
#include "index/claimfilter.h"
#include "index/claimselection.h"
#include "metrics/metricset.h"
#include "project/projectstore.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

// An open bilan, and the one conductor of its domain: its articles and claims, the
// journalists' annotations, the index of its claims, the findings of the consistency checks
// and the undo stack. The window, the command line and the tests all go through it: they
// ask it which claims a command works on (select()), what the checks find (findings()), and
// they edit through it. Every edit is an undoable command whose redo and undo each write one
// transaction to the project file, so that closing, crashing or being killed never loses a
// reported change.
//
// A document is a project file (open(), create(), createUntitled()) or articles read from
// files (fromArticles()): the latter stores nothing and refuses every edit.
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

    // `access` and `waitForWriterMs` as for ProjectStore::open (a script waits for a writer).
    static Result<std::unique_ptr<ProjectDocument>>
    open(const QString &path, ProjectStore::Access access = ProjectStore::Access::ReadWrite,
         int waitForWriterMs = 0);
    // A new project at `path` with `articles` (already extracted).
    static Result<std::unique_ptr<ProjectDocument>> create(const QString &path,
                                                           const QList<Article> &articles);
    // A project in a temporary file, until "Save As" gives it a name.
    static Result<std::unique_ptr<ProjectDocument>> createUntitled(const QList<Article> &articles);
    // Articles read from files (already extracted), not a project: nothing is stored.
    static std::unique_ptr<ProjectDocument> fromArticles(QList<Article> articles, const QString &name = {});

    // A project (stored in a file), not articles read from files.
    bool isProject() const { return m_store != nullptr; }
    QString path() const;
    QString displayName() const;
    bool isUntitled() const { return m_untitled; }
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QUndoStack *undoStack() { return &m_undo; }
    // The name recorded with every change: the settings' user name, else the system's.
    static QString currentUser();
    // Who this document's changes are recorded as: the login on a server, else currentUser().
    QString author() const;
    // A project on a server, shared by a desk.
    bool isShared() const { return m_store && m_store->isShared(); }

    // The articles with their claims, manual ones included.
    const QList<Article> &articles() const
    {
        ensureMetrics();
        return m_articles;
    }
    // The articles with each claim's correction applied: everything (value, high, unit, date,
    // metric), what the consistency checks compare; or only the metric, what the claims table
    // groups by while it shows the corrected value beside the article's.
    enum class Corrections { All, MetricOnly };
    QList<Article> effectiveArticles(Corrections corrections = Corrections::All) const;
    // The claim (as extracted, or added by hand) of a key, or null.
    const Claim *claim(const ClaimKey &key) const;
    ClaimKey keyOf(int article, int claim) const;
    // The (article, claim) of a key, or (-1, -1).
    std::pair<int, int> find(const ClaimKey &key) const;
    // The claim of an id of the claims schema ("<document id>#<start in code points>").
    std::pair<int, int> findById(const QString &claimId) const;
    // The annotation of a claim (a default one when it has none).
    Annotation annotation(const ClaimKey &key) const;
    const QHash<ClaimKey, Annotation> &annotations() const { return m_annotations; }
    QList<Annotation> orphans() const;
    QList<HistoryEntry> history(const ClaimKey &key) const;
    // How many annotations moved to another span or were orphaned by the last re-extraction.
    int reattachedCount() const { return m_reattached; }
    // The label of a metric ("Bénéficiaires de l'AMO Tadamon", "Marrakech — nuitées"); the key
    // when unknown.
    QString metricLabel(const QString &key) const;
    // The names a journalist picks a metric by: those of the metrics discovered in this bilan and
    // of the preset's, each once, sorted.
    QStringList metricNames() const;
    // The metric a name stands for (accents and case aside), or the metric of that id; empty for
    // neither.
    QString metricNamed(const QString &nameOrId) const;
    // The metrics discovered across the articles (MetricSet), each claim's metric one of them.
    // Discovered again after a change of claims, corrections or rules: a reference or pointer
    // into it lasts until the next change.
    const MetricSet &metrics() const
    {
        ensureMetrics();
        return m_metrics;
    }

    // The journalist's taxonomy (docs/metrics.md, "Owning the taxonomy"): what was decided
    // about the metrics. Each edit below is one undo step, saved in the project with its
    // history; a merge is learned (articles added later follow it).
    const MetricRules &metricRules() const { return m_rules; }
    Result<void> renameMetric(const QString &id, const QString &name);
    // The claims of every metric of `ids` join `into`, and so will those of articles added later.
    Result<void> mergeMetrics(const QStringList &ids, const QString &into);
    // `nature` unset: the nature discovery gives.
    Result<void> setMetricNature(const QString &id, std::optional<MetricTaxonomy::Nature> nature);
    // Moves claims to the metric `into`. Where the claims are every claim a measure gives, the
    // move is learned as a rule on that measure; other claims are each corrected.
    Result<void> moveClaims(const QList<ClaimKey> &claims, const QString &into);
    // Moves claims to a new metric named `name`; returns its id.
    Result<QString> moveToNewMetric(const QList<ClaimKey> &claims, const QString &name);
    // Leaves claims out of the comparisons (the consistency checks), or brings them back.
    Result<void> setExcludedFromComparisons(const QList<ClaimKey> &claims, bool excluded);
    bool isExcludedFromComparisons(const ClaimKey &claim) const;
    // A preset: the merges, names and natures, to reuse in another project (one undo step).
    Result<void> loadMetricPreset(const QString &path);
    Result<void> saveMetricPreset(const QString &path) const;
    // Applies the rules as they are to be (the undo command calls it).
    Result<void> applyMetricRules(const QString &key, const MetricRules &rules, const QString &oldText,
                                  const QString &newText);

    // Every claim in one flat table (the rows of the claims table), built on first use, with
    // each claim's metric as corrected, its status and its flag.
    const ClaimIndex &index() const;
    // The claims that pass `filter`, in the order of the articles.
    ClaimSelection select(const ClaimFilter &filter) const;
    // The claims of rows of index(), in that order (a view's order).
    ClaimSelection selectRows(const std::vector<int> &rows) const;

    // The findings of the consistency checks on the claims as corrected; claims marked "not a
    // claim" leave the checks. Recomputed on demand after a change.
    const QList<Finding> &findings() const;
    // The same checks as a task that owns a copy of what they read, to run on another thread
    // while the journalist goes on working; adoptFindings() takes its result back if nothing
    // changed meanwhile (`generation` is findingsGeneration() when the task was made).
    std::function<QList<Finding>()> findingsTask(std::shared_ptr<const std::atomic<bool>> stop = {}) const;
    quint64 findingsGeneration() const { return m_findingsGeneration; }
    bool findingsReady() const { return !m_findingsStale; }
    bool adoptFindings(QList<Finding> findings, quint64 generation);

    // Edits (undoable). `claims` lists ClaimKeys; several make one undo step.
    Result<void> setStatus(const QList<ClaimKey> &claims, ClaimStatus status);
    Result<void> setNote(const ClaimKey &claim, const QString &note);
    Result<void> setReferences(const ClaimKey &claim, const QStringList &references);
    Result<void> setCorrection(const ClaimKey &claim, const ClaimCorrection &correction);
    // A figure the engine missed: `claim` holds its span and fields. Returns its key.
    Result<ClaimKey> addManualClaim(int article, Claim claim);
    Result<void> removeManualClaim(const ClaimKey &claim);
    // A finding's identity across sessions: its kind, metric and claims (by their keys).
    QString findingKey(const Finding &finding) const;
    // What the journalist made of a finding (a default, open review when nothing yet).
    FindingReview findingReview(const Finding &finding) const;
    const QHash<QString, FindingReview> &findingReviews() const { return m_reviews; }
    // Resolves, dismisses or reopens a finding, with a note (undoable, saved, in the history).
    Result<void> setFindingReview(const Finding &finding, FindingReview::State state, const QString &note);
    // Applies a finding's review (its undo command calls it).
    Result<void> applyFindingReview(const QString &key, const FindingReview &review, const QString &oldText,
                                    const QString &newText);

    // What is known of an article: its title, outlet, publication date, URL and author, as
    // the journalist corrects them (undoable, saved); the Source filter, the citations and
    // the report name the article by them.
    static ArticleMetadata metadataOf(const Article &article);
    Result<void> setArticleMetadata(int article, const ArticleMetadata &metadata);
    // Applies an article's metadata (its undo command calls it); `oldText` and `newText` go
    // to the history.
    Result<void> applyArticleMetadata(const QString &sha256, const ArticleMetadata &metadata,
                                      const QString &oldText, const QString &newText);

    // Adds articles (already extracted). Articles already in the project are refused, each
    // with its message in `refused`; the result fails when the project cannot take any.
    struct Added
    {
        int added = 0;
        QStringList refused;
    };
    Result<Added> addArticles(const QList<Article> &articles);
    // Writes a copy at `path` and continues with it.
    Result<void> saveAs(const QString &path);

    // Applies an annotation as it is to be (the undo commands call it).
    Result<void> applyAnnotation(const Annotation &target, const QString &field, const QString &oldValue,
                                 const QString &newValue);

    // Refuses, with a message, a file an export must never write over: the project itself
    // (however the path reaches it: a link, another spelling), its journal or lock, or a file
    // one of its articles was read from.
    Result<void> checkOutput(const QString &path) const;

    // Whether the claim's `field` still holds `value` as this document set it (undo takes back
    // only one's own changes: not one another person made since). Says who changed it if not.
    Result<void> stillOwn(const ClaimKey &key, const QString &field, const QString &value);

    // `into` with the `field` ("status", "note", "references", "correction", "manual") of `from`:
    // what an undo step sets, leaving the claim's other fields as they are now (another person
    // may have changed them meanwhile).
    static Annotation withField(Annotation into, const Annotation &from, const QString &field);

    // "734.000": how an undo step names a claim ("Mark 734.000 as Verified").
    QString claimLabel(const ClaimKey &key) const;

Q_SIGNALS:
    void annotationChanged(const ClaimKey &key);
    void findingReviewChanged(const QString &key);
    void claimsChanged(); // articles or claims added or removed, or claims moved between metrics
    void pathChanged();
    // A change that undo or redo could not save (an edit called directly returns its failure).
    void errorOccurred(const QString &message);
    // Someone else changed a claim on the shared project (the document has the change). When
    // `overrode` the claim's last change was this document's: theirs came later and stands.
    void changedByOther(const ClaimKey &key, const QString &who, bool overrode);

private:
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store);
    // A change another connection announced: the claim's annotation read again, or everything.
    void takeNotice(const QString &notice);
    void refreshAnnotation(const ClaimKey &key, const QString &who);
    // Takes a claim's annotation as stored (null: none); whether the table's rows change.
    bool takeAnnotation(const ClaimKey &key, const Annotation *stored);
    void refreshAll();
    void refreshMetricRules();
    QString fieldValue(const Annotation &a, const QString &field) const;
    Result<void> load();
    // Groups the claims of every article into metrics again (after loading or adding articles,
    // a correction's metric or a rule changed), when next asked for.
    void discoverMetrics() const;
    void ensureMetrics() const
    {
        if (m_metricsStale || m_groupingStale)
            discoverMetrics();
    }
    // Only the journalist's decisions changed (rules, a correction's metric): the claims are
    // grouped again from what was read of them, their sentences not read again.
    void regroupMetrics()
    {
        m_groupingStale = true;
        m_index.reset();
        staleFindings();
    }
    Result<void> pushMetricRules(const MetricRules &rules, const QString &text);
    // Moves claims to `into` with `rules` (where the move may add a name): one undo step.
    Result<void> moveClaims(const QList<ClaimKey> &claims, const QString &into, MetricRules rules,
                            const QString &text);
    Result<void> attachAnnotations(QList<Annotation> annotations);
    void mergeManualClaims();
    Annotation anchored(const ClaimKey &key) const;
    Result<void> pushAnnotation(const ClaimKey &key, const std::function<void(Annotation &)> &change,
                                const QString &field, const QString &text);
    Result<void> push(QUndoCommand *command);
    int articleIndex(const QString &sha) const;
    Result<void> refuseIfReadOnly() const;
    // A change the store refused: handed back to the push in progress, or told by the signal.
    Result<void> failed(const Result<void> &applied);
    // The claims changed: the index and the findings are made again when next asked for.
    void invalidate();

    std::unique_ptr<ProjectStore> m_store; // null for articles read from files
    QString m_name; // of a document without a store
    // Only the claims' metrics change when metrics are discovered again (ensureMetrics()).
    mutable QList<Article> m_articles;
    mutable QHash<QString, int> m_articleBySha; // articleIndex(): SHA-256 → index, the first of equal keys
    mutable qsizetype m_articleByShaFor = -1; // the number of articles it was made for
    mutable MetricSet m_metrics;
    mutable bool m_metricsStale = false; // the claims changed: read and group them again
    mutable bool m_groupingStale = false; // only the decisions changed: group them again
    MetricRules m_rules;
    QHash<ClaimKey, Annotation> m_annotations;
    QHash<QString, FindingReview> m_reviews; // by findingKey()
    QUndoStack m_undo;
    bool m_untitled = false;
    int m_reattached = 0;
    // What the redo of the command being pushed reported (the stack gives no other way back).
    bool m_pushing = false;
    // Notices waiting for the event loop (several changes make one refresh).
    QStringList m_notices;
    Result<void> m_pushed;

    mutable std::unique_ptr<ClaimIndex> m_index;
    mutable QList<Finding> m_findings;
    mutable bool m_findingsStale = true;
    quint64 m_findingsGeneration = 0; // counts the changes that make the findings stale
    void staleFindings()
    {
        m_findingsStale = true;
        ++m_findingsGeneration;
    }
};
