// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectdocument.h"

#include "project/annotationcommand.h"

#include "checks/consistencychecker.h"
#include "display/claimtext.h"
#include "extraction/claimextractor.h"
#include "metrics/metrictaxonomy.h"
#include "settings/appsettings.h"
#include "text/codepointmap.h"
#include "text/textutil.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace {

QString describe(const ArticleMetadata &m)
{
    QStringList fields;
    for (const QString &f : {m.title, m.outlet, m.published.toIso(), m.url, m.author})
        fields << f;
    return fields.join(QStringLiteral(" | "));
}

QString describe(const FindingReview &r)
{
    return r.note.isEmpty() ? FindingReview::stateName(r.state)
                            : FindingReview::stateName(r.state) + QStringLiteral(": ") + r.note;
}

QString describe(const MetricRules &r)
{
    return QString::fromUtf8(r.toJson());
}

// A change of one keyed value on the undo stack: a finding resolved, dismissed or reopened
// (keyed by the finding), an article's metadata edited (keyed by its SHA-256). Redo and undo
// are each one transaction of `Apply`; a change the store refuses leaves the stack.
template<typename Value, auto Apply> class ValueCommand : public QUndoCommand
{
public:
    ValueCommand(ProjectDocument *doc, QString key, Value before, Value after, const QString &text,
                 QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_doc(doc)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override
    {
        setObsolete(!(m_doc->*Apply)(m_key, m_after, describe(m_before), describe(m_after)));
    }
    void undo() override
    {
        if (!(m_doc->*Apply)(m_key, m_before, describe(m_after), describe(m_before)))
            setObsolete(true);
    }

private:
    ProjectDocument *m_doc;
    QString m_key;
    Value m_before;
    Value m_after;
};

using FindingReviewCommand = ValueCommand<FindingReview, &ProjectDocument::applyFindingReview>;
using ArticleMetadataCommand = ValueCommand<ArticleMetadata, &ProjectDocument::applyArticleMetadata>;
using MetricRulesCommand = ValueCommand<MetricRules, &ProjectDocument::applyMetricRules>;

constexpr int kContext = 40;

QString correctionText(const ClaimCorrection &c)
{
    QStringList parts;
    if (!std::isnan(c.value))
        parts << QStringLiteral("value=%1").arg(c.value, 0, 'g', 15);
    if (!std::isnan(c.high))
        parts << QStringLiteral("high=%1").arg(c.high, 0, 'g', 15);
    if (!c.unit.isEmpty())
        parts << QStringLiteral("unit=%1").arg(c.unit);
    if (!c.asOf.isNull())
        parts << QStringLiteral("as_of=%1").arg(c.asOf.toIso());
    if (!c.metric.isEmpty())
        parts << QStringLiteral("metric=%1").arg(c.metric);
    return parts.join(QStringLiteral("; "));
}

// The claim of `article` an annotation belongs to after a re-extraction: the same span; else
// the same figure with the same text around it; else the same value in the same paragraph.
int matchingClaim(const Article &article, const Annotation &a)
{
    const QList<Claim> &claims = article.claims;
    for (int c = 0; c < claims.size(); ++c) {
        if (claims[c].start == a.key.start && claims[c].end == a.key.end)
            return c;
    }
    if (!a.quote.isEmpty()) {
        const qsizetype at = article.text.indexOf(a.before + a.quote + a.after);
        const qsizetype quoteAt = at + a.before.size();
        for (int c = 0; c < claims.size() && at >= 0; ++c) {
            if (claims[c].start < quoteAt + a.quote.size() && quoteAt < claims[c].end)
                return c;
        }
    }
    for (int c = 0; c < claims.size() && !std::isnan(a.originalValue); ++c) {
        if (claims[c].paragraph == a.paragraph && claims[c].value == a.originalValue)
            return c;
    }
    return -1;
}

// An untitled project's file and the temporary folder made for it.
void removeUntitled(const QString &path)
{
    QFile::remove(path);
    QDir().rmdir(QFileInfo(path).absolutePath());
}

} // namespace

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
{
    if (m_store && m_store->isShared()) {
        // Notices arrive while the store works (a reconnection) or from the event loop: they
        // are taken in order, once the current operation is over.
        m_store->setChangeHandler([this](const QString &notice) {
            const bool first = m_notices.isEmpty();
            m_notices.append(notice);
            if (first)
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        const QStringList notices = std::exchange(m_notices, {});
                        for (const QString &n : notices)
                            takeNotice(n);
                    },
                    Qt::QueuedConnection);
        });
    }
}

QString ProjectDocument::author() const
{
    return m_store && !m_store->login().isEmpty() ? m_store->login() : currentUser();
}

void ProjectDocument::takeNotice(const QString &notice)
{
    const QStringList parts = notice.split(u'\t');
    if (parts.value(0) == u"annotation" && parts.size() >= 5) {
        refreshAnnotation(ClaimKey {parts[1], parts[2].toInt(), parts[3].toInt()}, parts[4]);
    } else if (parts.value(0) == u"articles" || parts.value(0) == u"reconnected") {
        refreshAll();
    } else if (parts.value(0) == u"metrics") {
        refreshMetricRules();
    }
}

bool ProjectDocument::takeAnnotation(const ClaimKey &key, const Annotation *stored)
{
    const Annotation before = annotation(key);
    if (stored)
        m_annotations.insert(key, *stored);
    else
        m_annotations.remove(key);
    const Annotation after = annotation(key);
    m_findingsStale = true;
    // A figure added or removed by hand, or a metric set, changes the table's rows; a status
    // or a note changes one row in place (the selection and the scroll stay).
    const bool regrouped
        = before.manual != after.manual || before.correction.metric != after.correction.metric;
    if (!regrouped && m_index) {
        const auto [a, c] = find(key);
        if (a >= 0)
            m_index->setStatus(m_index->rowOf(a, c), after.status);
    }
    return regrouped;
}

void ProjectDocument::refreshAnnotation(const ClaimKey &key, const QString &who)
{
    const auto stored = m_store->loadAnnotations(key);
    if (!stored)
        return; // the next notice or reconnection reads it again
    const auto local = m_annotations.constFind(key);
    const bool had = local != m_annotations.constEnd();
    const bool mine = had && local->updatedBy == author();
    if (stored->isEmpty() && !had)
        return;
    if (had && !stored->isEmpty() && local->updatedAt == stored->first().updatedAt
        && local->updatedBy == stored->first().updatedBy)
        return; // already known
    if (takeAnnotation(key, stored->isEmpty() ? nullptr : &stored->first())) {
        mergeManualClaims();
        invalidate();
        Q_EMIT claimsChanged();
    }
    Q_EMIT annotationChanged(key);
    if (who != author())
        Q_EMIT changedByOther(key, who, mine);
}

void ProjectDocument::refreshMetricRules()
{
    const auto stored = m_store->loadMetricRules();
    if (!stored)
        return; // the next notice or reconnection reads them again
    auto rules = stored->isEmpty() ? Result<MetricRules>(MetricRules())
                                   : MetricRules::fromJson(stored.value(), m_store->path());
    if (!rules || rules.value() == m_rules)
        return;
    m_rules = std::move(rules).value();
    regroupMetrics();
    Q_EMIT claimsChanged();
}

void ProjectDocument::refreshAll()
{
    refreshMetricRules();
    auto articles = m_store->loadArticles();
    auto annotations = m_store->loadAnnotations();
    if (!articles || !annotations)
        return;
    const bool grew = articles->size() != m_articles.size();
    QHash<ClaimKey, Annotation> fresh;
    for (const Annotation &a : annotations.value())
        fresh.insert(a.key, a);
    QList<ClaimKey> changed;
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        const auto old = m_annotations.constFind(it.key());
        if (old == m_annotations.constEnd() || old->updatedAt != it->updatedAt
            || old->updatedBy != it->updatedBy)
            changed << it.key();
    }
    for (auto it = m_annotations.constBegin(); it != m_annotations.constEnd(); ++it) {
        if (!fresh.contains(it.key()))
            changed << it.key();
    }
    bool regrouped = grew;
    if (grew) {
        m_articles = std::move(articles).value();
        m_articleBySha.clear();
        m_articleByShaFor = -1;
    }
    for (const ClaimKey &key : std::as_const(changed)) {
        const auto it = fresh.constFind(key);
        regrouped = takeAnnotation(key, it == fresh.constEnd() ? nullptr : &*it) || regrouped;
    }
    if (regrouped) {
        mergeManualClaims();
        invalidate();
        Q_EMIT claimsChanged();
    }
    for (const ClaimKey &key : std::as_const(changed))
        Q_EMIT annotationChanged(key);
}

Annotation ProjectDocument::withField(Annotation into, const Annotation &from, const QString &field)
{
    if (field == u"status") {
        into.status = from.status;
    } else if (field == u"note") {
        into.note = from.note;
    } else if (field == u"references") {
        into.references = from.references;
    } else if (field == u"correction") {
        into.correction = from.correction;
    } else {
        // A figure added or removed by hand: its whole annotation comes and goes with it.
        Annotation whole = from;
        whole.id = into.id;
        return whole;
    }
    return into;
}

QString ProjectDocument::fieldValue(const Annotation &a, const QString &field) const
{
    if (field == u"status")
        return ClaimStatusText::name(a.status);
    if (field == u"note")
        return a.note;
    if (field == u"references")
        return a.references.join(u'\n');
    if (field == u"correction")
        return correctionText(a.correction);
    return a.manual ? QStringLiteral("added") : QStringLiteral("removed");
}

Result<void> ProjectDocument::stillOwn(const ClaimKey &key, const QString &field, const QString &value)
{
    if (!isShared())
        return {};
    const auto stored = m_store->loadAnnotations(key);
    if (!stored)
        return Result<void>::failure(stored.error());
    Annotation now = anchored(key);
    if (!stored->isEmpty())
        now = stored->first();
    if (fieldValue(now, field) == value)
        return {};
    return Result<void>::failure(
        tr("%1 was changed since by %2: your change is not undone")
            .arg(claimLabel(key), now.updatedBy.isEmpty() ? tr("someone") : now.updatedBy));
}

ProjectDocument::~ProjectDocument()
{
    // An untitled project lives in a temporary file: it goes with its window.
    if (m_untitled && m_store) {
        const QString path = m_store->path();
        m_store.reset();
        removeUntitled(path);
    }
}

QString ProjectDocument::currentUser()
{
    const QString configured = AppSettings().userName();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Result<std::unique_ptr<ProjectDocument>>
ProjectDocument::open(const QString &path, ProjectStore::Access access, int waitForWriterMs)
{
    using R = Result<std::unique_ptr<ProjectDocument>>;
    auto store = ProjectStore::open(path, access, waitForWriterMs);
    if (!store)
        return R::failure(store.error());
    std::unique_ptr<ProjectDocument> doc(new ProjectDocument(std::move(store).value()));
    const auto loaded = doc->load();
    if (!loaded)
        return R::failure(loaded.error());
    return doc;
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::create(const QString &path,
                                                                 const QList<Article> &articles)
{
    using R = Result<std::unique_ptr<ProjectDocument>>;
    auto store = ProjectStore::create(path, [&articles](ProjectStore &made) -> Result<void> {
        for (const Article &a : articles) {
            // The same text twice in the list: the first one is kept.
            if (made.containsArticle(a.sha256))
                continue;
            if (const auto added = made.addArticle(a); !added)
                return added;
        }
        return {};
    });
    if (!store)
        return R::failure(store.error());
    std::unique_ptr<ProjectDocument> doc(new ProjectDocument(std::move(store).value()));
    const auto loaded = doc->load();
    if (!loaded)
        return R::failure(loaded.error());
    return doc;
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::createUntitled(const QList<Article> &articles)
{
    using R = Result<std::unique_ptr<ProjectDocument>>;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bilan-XXXXXX"));
    if (!dir.isValid())
        return R::failure(tr("cannot create a temporary project (%1)").arg(dir.errorString()));
    dir.setAutoRemove(false);
    auto doc = create(dir.filePath(QStringLiteral("Untitled.bilan")), articles);
    if (doc)
        doc.value()->m_untitled = true;
    return doc;
}

std::unique_ptr<ProjectDocument> ProjectDocument::fromArticles(QList<Article> articles, const QString &name)
{
    std::unique_ptr<ProjectDocument> doc(new ProjectDocument(nullptr));
    doc->m_articles = std::move(articles);
    doc->m_articleBySha.clear();
    doc->m_articleByShaFor = -1;
    doc->m_name = name;
    doc->discoverMetrics();
    return doc;
}

QString ProjectDocument::path() const
{
    return m_store ? m_store->path() : QString();
}

QString ProjectDocument::displayName() const
{
    if (!m_store)
        return m_name;
    if (isShared()) {
        const auto location = ServerLocation::parse(path());
        return location ? location->project : path();
    }
    return m_untitled ? tr("Untitled") : QFileInfo(path()).completeBaseName();
}

bool ProjectDocument::isReadOnly() const
{
    return !m_store || m_store->isReadOnly();
}

QString ProjectDocument::readOnlyReason() const
{
    return m_store ? m_store->readOnlyReason() : tr("articles read from files, not a project");
}

Result<void> ProjectDocument::load()
{
    auto articles = m_store->loadArticles();
    if (!articles)
        return Result<void>::failureOf(articles);
    m_articles = std::move(articles).value();
    m_articleBySha.clear();
    m_articleByShaFor = -1;
    auto annotations = m_store->loadAnnotations();
    if (!annotations)
        return Result<void>::failureOf(annotations);
    const bool stale = m_store->storedEngineVersion() != ProjectStore::engineVersion();
    if (stale) {
        // A better engine: extract again from the stored text and paragraphs.
        for (Article &a : m_articles)
            ClaimExtractor::extractInto(a);
        if (!m_store->isReadOnly()) {
            const auto replaced = m_store->replaceClaims(m_articles);
            if (!replaced)
                return replaced;
        }
    }
    auto reviews = m_store->loadFindingReviews();
    if (!reviews)
        return Result<void>::failureOf(reviews);
    m_reviews = std::move(reviews).value();
    const auto rulesJson = m_store->loadMetricRules();
    if (!rulesJson)
        return Result<void>::failureOf(rulesJson);
    if (!rulesJson->isEmpty()) {
        auto rules = MetricRules::fromJson(rulesJson.value(), m_store->path());
        if (!rules)
            return Result<void>::failure(
                tr("%1: the decisions on metrics are damaged (%2)").arg(m_store->path(), rules.error()));
        m_rules = std::move(rules).value();
    }
    const auto attached = attachAnnotations(std::move(annotations).value());
    mergeManualClaims();
    discoverMetrics();
    return attached;
}

int ProjectDocument::articleIndex(const QString &sha) const
{
    // By a hash: read through for each annotation and claim key, the list made opening a
    // project of 13,000 articles take a minute.
    // Made again when articles were added (or replaced: the hash is cleared then). Counted by
    // the articles it was made for, not by its own size: copies of one article share a key, and
    // the hash of a bilan holding copies was made again at every call.
    if (m_articleByShaFor != m_articles.size()) {
        m_articleByShaFor = m_articles.size();
        m_articleBySha.clear();
        m_articleBySha.reserve(m_articles.size());
        for (int i = 0; i < m_articles.size(); ++i) {
            if (!m_articleBySha.contains(m_articles[i].sha256)) // the first of equal keys
                m_articleBySha.insert(m_articles[i].sha256, i);
        }
    }
    return m_articleBySha.value(sha, -1);
}

Result<void> ProjectDocument::attachAnnotations(QList<Annotation> annotations)
{
    m_annotations.clear();
    m_reattached = 0;
    QList<qint64> orphaned, found;
    for (Annotation a : annotations) {
        if (a.manual) {
            m_annotations.insert(a.key, a);
            continue;
        }
        const int ai = articleIndex(a.key.article);
        const Article *article = ai >= 0 ? &m_articles[ai] : nullptr;
        const int match = article ? matchingClaim(*article, a) : -1;
        if (match < 0) {
            if (!a.orphaned)
                orphaned.append(a.id);
            a.orphaned = true;
            ++m_reattached;
            m_annotations.insert(a.key, a);
            continue;
        }
        const Claim &claim = article->claims[match];
        if (claim.start != a.key.start || claim.end != a.key.end || a.orphaned) {
            // Moved: keep the annotation with its new anchor.
            const ClaimKey moved {a.key.article, claim.start, claim.end};
            Annotation updated = anchored(moved);
            updated.id = a.id;
            updated.status = a.status;
            updated.note = a.note;
            updated.references = a.references;
            updated.correction = a.correction;
            updated.updatedBy = a.updatedBy;
            updated.updatedAt = a.updatedAt;
            ++m_reattached;
            if (!m_store->isReadOnly()) {
                const auto saved = m_store->saveAnnotation(
                    updated,
                    {HistoryEntry {QDateTime::currentDateTimeUtc(), currentUser(), moved.toString(),
                                   QStringLiteral("anchor"), a.key.toString(), moved.toString()}});
                if (saved)
                    updated = saved.value();
            }
            m_annotations.insert(moved, updated);
            continue;
        }
        if (a.orphaned)
            found.append(a.id);
        a.orphaned = false;
        m_annotations.insert(a.key, a);
    }
    if (m_store->isReadOnly())
        return {};
    const auto marked = m_store->setOrphaned(orphaned, true);
    if (!marked)
        return marked;
    return m_store->setOrphaned(found, false);
}

void ProjectDocument::mergeManualClaims()
{
    for (Article &a : m_articles) {
        a.claims.removeIf([](const Claim &c) { return c.manual; });
    }
    for (const Annotation &an : std::as_const(m_annotations)) {
        if (!an.manual)
            continue;
        const int ai = articleIndex(an.key.article);
        if (ai < 0)
            continue;
        Article &a = m_articles[ai];
        Claim c = an.manualClaim;
        c.start = an.key.start;
        c.end = an.key.end;
        c.manual = true;
        c.paragraph = a.paragraphAt(c.start);
        if (c.paragraph < 0 || c.end > a.text.size())
            continue;
        c.boilerplate = a.paragraphs[c.paragraph].isBoilerplate();
        const auto at = std::lower_bound(a.claims.begin(), a.claims.end(), c.start,
                                         [](const Claim &x, qint32 s) { return x.start < s; });
        a.claims.insert(at, c);
    }
}

QList<Article> ProjectDocument::effectiveArticles(Corrections corrections) const
{
    ensureMetrics();
    QList<Article> out = m_articles;
    if (m_annotations.isEmpty())
        return out;
    for (int a = 0; a < m_articles.size(); ++a) {
        const Article &article = m_articles[a];
        for (int c = 0; c < article.claims.size(); ++c) {
            const Claim &claim = article.claims[c];
            const auto it = m_annotations.constFind(ClaimKey {article.sha256, claim.start, claim.end});
            if (it == m_annotations.constEnd() || it->correction.isEmpty())
                continue;
            // Only the articles with a correction get a claims list of their own.
            Claim &changed = out[a].claims[c];
            const ClaimCorrection &k = it->correction;
            if (!k.metric.isEmpty())
                changed.metric = m_rules.resolve(k.metric);
            if (corrections == Corrections::MetricOnly)
                continue;
            k.applyFigure(changed);
            if (!k.asOf.isNull())
                changed.asOf = k.asOf;
        }
    }
    return out;
}

ClaimKey ProjectDocument::keyOf(int article, int claim) const
{
    if (article < 0 || article >= m_articles.size() || claim < 0
        || claim >= m_articles[article].claims.size())
        return {};
    const Claim &c = m_articles[article].claims[claim];
    return ClaimKey {m_articles[article].sha256, c.start, c.end};
}

std::pair<int, int> ProjectDocument::find(const ClaimKey &key) const
{
    const int ai = articleIndex(key.article);
    if (ai < 0)
        return {-1, -1};
    const QList<Claim> &claims = m_articles[ai].claims;
    auto it = std::lower_bound(claims.begin(), claims.end(), key.start,
                               [](const Claim &c, qint32 s) { return c.start < s; });
    for (; it != claims.end() && it->start == key.start; ++it) {
        if (it->end == key.end)
            return {ai, int(it - claims.begin())};
    }
    return {-1, -1};
}

std::pair<int, int> ProjectDocument::findById(const QString &claimId) const
{
    const QString doc = claimId.section(u'#', 0, -2);
    bool ok = false;
    const qsizetype start = claimId.section(u'#', -1).toLongLong(&ok);
    if (!ok)
        return {-1, -1};
    for (int a = 0; a < m_articles.size(); ++a) {
        if (m_articles[a].id != doc)
            continue;
        const CodePointMap map(m_articles[a].text);
        for (int c = 0; c < m_articles[a].claims.size(); ++c) {
            if (map.toCodePoint(m_articles[a].claims[c].start) == start)
                return {a, c};
        }
    }
    return {-1, -1};
}

const Claim *ProjectDocument::claim(const ClaimKey &key) const
{
    const auto [a, c] = find(key);
    return a < 0 ? nullptr : &m_articles[a].claims[c];
}

Annotation ProjectDocument::anchored(const ClaimKey &key) const
{
    Annotation a;
    a.key = key;
    const int ai = articleIndex(key.article);
    if (ai < 0)
        return a;
    const Article &article = m_articles[ai];
    a.quote = article.text.mid(key.start, key.end - key.start);
    a.before = article.text.mid(qMax(0, key.start - kContext), qMin(key.start, kContext));
    a.after = article.text.mid(key.end, kContext);
    a.paragraph = article.paragraphAt(key.start);
    if (const Claim *c = claim(key))
        a.originalValue = c->value;
    return a;
}

Annotation ProjectDocument::annotation(const ClaimKey &key) const
{
    const auto it = m_annotations.constFind(key);
    return it != m_annotations.constEnd() ? *it : anchored(key);
}

QList<Annotation> ProjectDocument::orphans() const
{
    QList<Annotation> out;
    for (const Annotation &a : m_annotations) {
        if (a.orphaned)
            out.append(a);
    }
    return out;
}

QList<HistoryEntry> ProjectDocument::history(const ClaimKey &key) const
{
    return m_store ? m_store->history(key.toString()) : QList<HistoryEntry>();
}

QString ProjectDocument::metricLabel(const QString &key) const
{
    return metrics().label(key);
}

namespace {

// Every metric a correction may name, with its label: the discovered ones, then the preset's.
QList<std::pair<QString, QString>> labelledMetrics(const MetricSet &metrics)
{
    QList<std::pair<QString, QString>> out; // label, id
    for (const MetricSet::Metric &m : metrics.metrics())
        out.append({metrics.label(m.id), m.id});
    for (const MetricTaxonomy::Metric &m : MetricTaxonomy::bundled().metrics())
        out.append({MetricTaxonomy::bundled().label(m.key), m.key});
    return out;
}

} // namespace

QStringList ProjectDocument::metricNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const auto &[label, id] : labelledMetrics(metrics())) {
        if (!label.isEmpty() && !seen.contains(TextUtil::fold(label))) {
            seen.insert(TextUtil::fold(label));
            names << label;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

QString ProjectDocument::metricNamed(const QString &nameOrId) const
{
    const QString typed = nameOrId.trimmed();
    if (typed.isEmpty())
        return {};
    if (metrics().metric(typed) || MetricTaxonomy::bundled().metric(typed))
        return typed;
    const QString folded = TextUtil::fold(TextUtil::simplified(typed));
    for (const auto &[label, id] : labelledMetrics(m_metrics)) {
        if (TextUtil::fold(label) == folded)
            return id;
    }
    return {};
}

void ProjectDocument::discoverMetrics() const
{
    // The claims the journalist gave a metric, by correction.
    MetricSet::Pins pins;
    for (const Annotation &a : m_annotations) {
        if (a.correction.metric.isEmpty())
            continue;
        if (const auto [article, claim] = find(a.key); article >= 0)
            pins.insert({article, claim}, a.correction.metric);
    }
    m_metrics = m_metricsStale || m_metrics.metrics().isEmpty()
        ? MetricSet::discover(m_articles, MetricTaxonomy::bundled(), m_rules, pins)
        : m_metrics.regroup(m_articles, m_rules, pins);
    m_metricsStale = false;
    m_groupingStale = false;
}

const ClaimIndex &ProjectDocument::index() const
{
    if (!m_index) {
        ensureMetrics();
        m_index = std::make_unique<ClaimIndex>(effectiveArticles(Corrections::MetricOnly));
        for (const Annotation &a : m_annotations) {
            const auto [article, claim] = find(a.key);
            if (article >= 0)
                m_index->setStatus(m_index->rowOf(article, claim), a.status);
        }
        if (!m_findingsStale)
            m_index->markFindings(m_findings);
    }
    return *m_index;
}

ClaimSelection ProjectDocument::select(const ClaimFilter &filter) const
{
    const ClaimIndex &rows = index();
    ClaimFilter::Compiled compiled(filter, rows);
    ClaimSelection selection;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (compiled.failures(row) == 0)
            selection.claims.append({rows.articleIndex(row), rows.claimIndex(row)});
    }
    return selection;
}

ClaimSelection ProjectDocument::selectRows(const std::vector<int> &order) const
{
    const ClaimIndex &rows = index();
    ClaimSelection selection;
    selection.claims.reserve(qsizetype(order.size()));
    for (int row : order) {
        if (row >= 0 && row < rows.size())
            selection.claims.append({rows.articleIndex(row), rows.claimIndex(row)});
    }
    return selection;
}

std::function<QList<Finding>()>
ProjectDocument::findingsTask(std::shared_ptr<const std::atomic<bool>> stop) const
{
    // Claims marked "not a claim" leave the checks: their indexes, found now, on this thread.
    QSet<std::pair<int, int>> excluded;
    for (const Annotation &an : m_annotations) {
        if (an.status != ClaimStatus::NotAClaim)
            continue;
        if (const auto [a, c] = find(an.key); a >= 0)
            excluded.insert({a, c});
    }
    for (const QString &key : m_rules.excluded()) {
        const qsizetype hash = key.indexOf(u'#'), dash = key.indexOf(u'-', hash);
        if (hash < 0 || dash < 0)
            continue;
        if (const auto [a, c] = find(ClaimKey {key.left(hash), key.mid(hash + 1, dash - hash - 1).toInt(),
                                               key.mid(dash + 1).toInt()});
            a >= 0)
            excluded.insert({a, c});
    }
    return [articles = effectiveArticles(), excluded = std::move(excluded), metrics = metrics(),
            stop = std::move(stop)] {
        return ConsistencyChecker::check(
            articles, MetricTaxonomy::bundled(),
            [&excluded](int a, int c) {
                return !excluded.contains({a, c});
            },
            &metrics, stop.get());
    };
}

bool ProjectDocument::adoptFindings(QList<Finding> findings, quint64 generation)
{
    if (generation != m_findingsGeneration)
        return false;
    m_findings = std::move(findings);
    m_findingsStale = false;
    if (m_index)
        m_index->markFindings(m_findings);
    return true;
}

const QList<Finding> &ProjectDocument::findings() const
{
    if (m_findingsStale) {
        m_findings = findingsTask()();
        m_findingsStale = false;
        if (m_index)
            m_index->markFindings(m_findings);
    }
    return m_findings;
}

void ProjectDocument::invalidate()
{
    m_metricsStale = true;
    m_index.reset();
    staleFindings();
}

Result<void> ProjectDocument::failed(const Result<void> &applied)
{
    // An edit made through a call returns its failure; one made by undo or redo has no caller
    // to tell but the signal.
    if (m_pushing)
        m_pushed = applied;
    else
        Q_EMIT errorOccurred(applied.error());
    return applied;
}

Result<void> ProjectDocument::refuseIfReadOnly() const
{
    if (!isReadOnly())
        return {};
    if (!m_store)
        return Result<void>::failure(tr("%1 is not a project: open or create a project to verify claims")
                                         .arg(displayName().isEmpty() ? tr("This bilan") : displayName()));
    return Result<void>::failure(tr("%1: the project is read-only (%2)").arg(path(), readOnlyReason()));
}

QString ProjectDocument::claimLabel(const ClaimKey &key) const
{
    const int ai = articleIndex(key.article);
    if (ai < 0)
        return key.toString();
    Claim span;
    span.start = key.start;
    span.end = key.end;
    return ClaimText::quote(m_articles[ai], span);
}

Result<void> ProjectDocument::applyAnnotation(const Annotation &target, const QString &field,
                                              const QString &oldValue, const QString &newValue)
{
    Result<void> applied = refuseIfReadOnly();
    const HistoryEntry entry {
        QDateTime::currentDateTimeUtc(), author(), target.key.toString(), field, oldValue, newValue};
    const auto current = m_annotations.constFind(target.key);
    const bool existed = current != m_annotations.constEnd();
    const qint64 id = existed ? current->id : 0;
    const bool manualChanged = (existed && current->manual) != target.manual;
    const bool regrouped = (existed ? current->correction.metric : QString()) != target.correction.metric;
    if (applied && target.isDefault()) {
        if (id != 0)
            applied = m_store->removeAnnotation(id, {entry});
        if (applied)
            m_annotations.remove(target.key);
    } else if (applied) {
        Annotation toSave = target;
        toSave.id = id;
        toSave.updatedBy = entry.who;
        toSave.updatedAt = entry.at;
        const auto saved = m_store->saveAnnotation(toSave, {entry});
        if (saved)
            m_annotations.insert(target.key, saved.value());
        else
            applied = Result<void>::failureOf(saved);
    }
    if (!applied)
        return failed(applied);
    staleFindings();
    if (manualChanged || regrouped) {
        // A figure added or removed, or a metric set by hand, changes the table's rows.
        if (manualChanged) {
            mergeManualClaims();
            invalidate();
        } else {
            regroupMetrics();
        }
        Q_EMIT claimsChanged();
    } else if (m_index) {
        const auto [a, c] = find(target.key);
        if (a >= 0)
            m_index->setStatus(m_index->rowOf(a, c), target.status);
    }
    Q_EMIT annotationChanged(target.key);
    return {};
}

Result<void> ProjectDocument::push(QUndoCommand *command)
{
    m_pushed = {};
    m_pushing = true;
    m_undo.push(command);
    m_pushing = false;
    return m_pushed;
}

Result<void> ProjectDocument::pushAnnotation(const ClaimKey &key,
                                             const std::function<void(Annotation &)> &change,
                                             const QString &field, const QString &text)
{
    if (const auto refused = refuseIfReadOnly(); !refused)
        return refused;
    const Annotation before = annotation(key);
    Annotation after = before;
    change(after);
    if (fieldValue(before, field) == fieldValue(after, field))
        return {};
    return push(new AnnotationCommand(this, before, after, field, fieldValue(before, field),
                                      fieldValue(after, field), text));
}

Result<void> ProjectDocument::setStatus(const QList<ClaimKey> &claims, ClaimStatus status)
{
    if (claims.isEmpty())
        return Result<void>::failure(tr("no claim is selected"));
    if (const auto refused = refuseIfReadOnly(); !refused)
        return refused;
    if (claims.size() == 1)
        return pushAnnotation(
            claims.first(), [status](Annotation &a) { a.status = status; }, QStringLiteral("status"),
            tr("Mark %1 as %2").arg(claimLabel(claims.first()), ClaimStatusText::label(status)));
    // Several claims: one undo step.
    auto *macro = new AnnotationCommand(
        this, {}, {}, {}, {}, {},
        tr("Mark %n claim(s) as %1", nullptr, int(claims.size())).arg(ClaimStatusText::label(status)));
    for (const ClaimKey &key : claims) {
        const Annotation before = annotation(key);
        Annotation after = before;
        after.status = status;
        if (before.status != status)
            new AnnotationCommand(this, before, after, QStringLiteral("status"),
                                  ClaimStatusText::name(before.status), ClaimStatusText::name(status),
                                  QString(), macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return {};
    }
    return push(macro);
}

Result<void> ProjectDocument::setNote(const ClaimKey &claim, const QString &note)
{
    return pushAnnotation(
        claim, [note](Annotation &a) { a.note = note; }, QStringLiteral("note"),
        tr("Edit the note of %1").arg(claimLabel(claim)));
}

Result<void> ProjectDocument::setReferences(const ClaimKey &claim, const QStringList &references)
{
    return pushAnnotation(
        claim, [references](Annotation &a) { a.references = references; }, QStringLiteral("references"),
        tr("Edit the references of %1").arg(claimLabel(claim)));
}

Result<void> ProjectDocument::setCorrection(const ClaimKey &claim, const ClaimCorrection &correction)
{
    if (!correction.metric.isEmpty() && !MetricTaxonomy::bundled().metric(correction.metric)
        && !metrics().metric(correction.metric) && m_rules.name(correction.metric).isEmpty())
        return Result<void>::failure(
            tr("“%1” is not a metric of the taxonomy (data/metrics.json).").arg(correction.metric));
    return pushAnnotation(
        claim, [correction](Annotation &a) { a.correction = correction; }, QStringLiteral("correction"),
        tr("Correct %1").arg(claimLabel(claim)));
}

Result<ClaimKey> ProjectDocument::addManualClaim(int article, Claim claim)
{
    using R = Result<ClaimKey>;
    if (article < 0 || article >= m_articles.size())
        return R::failure(tr("no such article"));
    const Article &a = m_articles[article];
    if (claim.start < 0 || claim.end > a.text.size() || claim.start >= claim.end
        || a.paragraphAt(claim.start) < 0)
        return R::failure(tr("the selection is not inside a paragraph of the article"));
    for (const Claim &c : a.claims) {
        if (c.start < claim.end && claim.start < c.end)
            return R::failure(
                tr("“%1” is already a claim").arg(claimLabel(ClaimKey {a.sha256, c.start, c.end})));
    }
    const ClaimKey key {a.sha256, claim.start, claim.end};
    const auto added = pushAnnotation(
        key,
        [claim](Annotation &an) {
            an.manual = true;
            an.manualClaim = claim;
            an.originalValue = claim.value;
        },
        QStringLiteral("manual"), tr("Add %1 as a claim").arg(claimLabel(key)));
    if (!added)
        return R::failure(added.error());
    return key;
}

QString ProjectDocument::findingKey(const Finding &f) const
{
    QStringList claims;
    for (const auto &[a, c] : f.claims)
        claims << keyOf(a, c).toString();
    claims.sort();
    return QStringLiteral("%1|%2|%3").arg(f.kind, f.metric, claims.join(u','));
}

FindingReview ProjectDocument::findingReview(const Finding &finding) const
{
    return m_reviews.value(findingKey(finding));
}

Result<void> ProjectDocument::setFindingReview(const Finding &finding, FindingReview::State state,
                                               const QString &note)
{
    if (const auto refused = refuseIfReadOnly(); !refused)
        return refused;
    const QString key = findingKey(finding);
    const FindingReview before = m_reviews.value(key);
    FindingReview after = before;
    after.state = state;
    after.note = note.trimmed();
    if (after.state == before.state && after.note == before.note)
        return {};
    const QString text = state == FindingReview::State::Resolved   ? tr("Resolve the finding")
        : state == FindingReview::State::Dismissed                 ? tr("Dismiss the finding")
        : after.note != before.note && after.state == before.state ? tr("Note on the finding")
                                                                   : tr("Reopen the finding");
    return push(new FindingReviewCommand(this, key, before, after, text));
}

Result<void> ProjectDocument::applyFindingReview(const QString &key, const FindingReview &review,
                                                 const QString &oldText, const QString &newText)
{
    Result<void> applied = refuseIfReadOnly();
    FindingReview saved = review;
    if (applied) {
        saved.updatedBy = currentUser();
        saved.updatedAt = QDateTime::currentDateTimeUtc();
        const HistoryEntry entry {saved.updatedAt,           saved.updatedBy, key,
                                  QStringLiteral("finding"), oldText,         newText};
        applied = m_store->saveFindingReview(key, saved, {entry});
    }
    if (!applied)
        return failed(applied);
    if (saved.isDefault())
        m_reviews.remove(key);
    else
        m_reviews.insert(key, saved);
    Q_EMIT findingReviewChanged(key);
    return {};
}

ArticleMetadata ProjectDocument::metadataOf(const Article &a)
{
    ArticleMetadata m;
    m.id = a.id;
    m.title = a.title;
    m.outlet = a.outlet;
    m.published = a.published;
    m.language = a.language;
    m.url = a.url;
    m.author = a.author;
    return m;
}

Result<void> ProjectDocument::setArticleMetadata(int article, const ArticleMetadata &metadata)
{
    if (const auto refused = refuseIfReadOnly(); !refused)
        return refused;
    if (article < 0 || article >= m_articles.size())
        return Result<void>::failure(tr("There is no article %1 in the project.").arg(article + 1));
    const Article &a = m_articles[article];
    const ArticleMetadata before = metadataOf(a);
    ArticleMetadata after = before;
    after.title = metadata.title.trimmed();
    after.outlet = metadata.outlet.trimmed();
    after.published = metadata.published;
    after.url = metadata.url.trimmed();
    after.author = metadata.author.trimmed();
    if (describe(after) == describe(before))
        return {};
    return push(new ArticleMetadataCommand(
        this, a.sha256, before, after,
        tr("Edit the details of “%1”").arg(a.title.isEmpty() ? QFileInfo(a.file).fileName() : a.title)));
}

Result<void> ProjectDocument::applyArticleMetadata(const QString &sha256, const ArticleMetadata &metadata,
                                                   const QString &oldText, const QString &newText)
{
    Result<void> applied = refuseIfReadOnly();
    const int i = articleIndex(sha256);
    if (applied && i < 0)
        applied = Result<void>::failure(tr("The article is no longer in the project."));
    if (applied) {
        const HistoryEntry entry {QDateTime::currentDateTimeUtc(), currentUser(), m_articles[i].id,
                                  QStringLiteral("article"),       oldText,       newText};
        applied = m_store->setArticleMetadata(sha256, metadata, {entry});
    }
    if (!applied)
        return failed(applied);
    Article &a = m_articles[i];
    const bool redated = !(a.published == metadata.published);
    a.title = metadata.title;
    a.outlet = metadata.outlet;
    a.published = metadata.published;
    a.url = metadata.url;
    a.author = metadata.author;
    if (redated) {
        // Dates the text gives relative to its publication ("l'an dernier", "ce mois-ci")
        // follow the new date: the article's claims are found again, the figures added by
        // hand kept apart (they live in their annotations).
        ClaimExtractor::extractInto(a);
        QList<Article> extracted = m_articles;
        for (Article &x : extracted)
            x.claims.removeIf([](const Claim &c) { return c.manual; });
        if (const auto replaced = m_store->replaceClaims(extracted); !replaced)
            Q_EMIT errorOccurred(replaced.error());
        mergeManualClaims();
    }
    invalidate();
    Q_EMIT claimsChanged();
    return {};
}

Result<void> ProjectDocument::removeManualClaim(const ClaimKey &claim)
{
    if (!annotation(claim).manual)
        return Result<void>::failure(
            tr("%1 was found by Bilan, not added by hand: mark it “Not a claim” instead")
                .arg(claimLabel(claim)));
    return pushAnnotation(
        claim,
        [](Annotation &a) {
            Annotation fresh;
            fresh.id = a.id;
            fresh.key = a.key;
            a = fresh;
        },
        QStringLiteral("manual"), tr("Remove the claim %1").arg(claimLabel(claim)));
}

Result<ProjectDocument::Added> ProjectDocument::addArticles(const QList<Article> &articles)
{
    if (const auto refused = refuseIfReadOnly(); !refused)
        return Result<Added>::failure(refused.error());
    Added added;
    for (const Article &a : articles) {
        const auto stored = m_store->addArticle(a);
        if (!stored) {
            added.refused << stored.error();
            continue;
        }
        m_articles.append(a);
        ++added.added;
    }
    if (added.added > 0) {
        mergeManualClaims();
        invalidate();
        Q_EMIT claimsChanged();
    }
    return added;
}

namespace {

// Where a path leads once every link is followed; for a file still to be made, its folder's.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

Result<void> ProjectDocument::checkOutput(const QString &path) const
{
    const QString target = resolved(path);
    if (m_store) {
        const QString project = resolved(m_store->path());
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".lock")}) {
            if (target == project + suffix)
                return Result<void>::failure(
                    tr("%1: this is the project itself (%2); choose another file for the export")
                        .arg(path, QDir::toNativeSeparators(m_store->path())));
        }
    }
    for (const Article &a : m_articles) {
        if (!a.file.isEmpty() && !a.file.startsWith(u':') && QFileInfo::exists(a.file)
            && resolved(a.file) == target)
            return Result<void>::failure(
                tr("%1: this is the article %2 was read from; choose another file for the export")
                    .arg(path, a.id));
    }
    return {};
}

Result<void> ProjectDocument::saveAs(const QString &target)
{
    if (const auto allowed = checkOutput(target); !allowed)
        return allowed;
    if (!m_store)
        return Result<void>::failure(tr("%1 is not a project").arg(displayName()));
    const auto copied = m_store->saveCopy(target);
    if (!copied)
        return copied;
    auto store = ProjectStore::open(target);
    if (!store)
        return Result<void>::failureOf(store);
    const bool wasUntitled = m_untitled;
    const QString oldPath = m_store->path();
    m_store = std::move(store).value();
    m_untitled = false;
    if (wasUntitled)
        removeUntitled(oldPath);
    // The annotations keep their ids: the copy has the same rows.
    Q_EMIT pathChanged();
    return {};
}

// The journalist's taxonomy.

Result<void> ProjectDocument::applyMetricRules(const QString &key, const MetricRules &rules,
                                               const QString &oldText, const QString &newText)
{
    Result<void> applied = refuseIfReadOnly();
    if (applied) {
        const HistoryEntry entry {QDateTime::currentDateTimeUtc(), author(), key,
                                  QStringLiteral("metrics"),       oldText,  newText};
        applied = m_store->saveMetricRules(rules.toJson(), {entry});
    }
    if (!applied)
        return failed(applied);
    m_rules = rules;
    regroupMetrics();
    Q_EMIT claimsChanged();
    return {};
}

Result<void> ProjectDocument::pushMetricRules(const MetricRules &rules, const QString &text)
{
    if (const auto refused = refuseIfReadOnly(); !refused)
        return refused;
    if (rules == m_rules)
        return {};
    return push(new MetricRulesCommand(this, QStringLiteral("metrics"), m_rules, rules, text));
}

Result<void> ProjectDocument::renameMetric(const QString &id, const QString &name)
{
    if (!metrics().metric(id) && m_rules.name(id).isEmpty())
        return Result<void>::failure(tr("There is no metric “%1” in this bilan.").arg(id));
    // Two metrics of one name could not be told apart where a metric is picked by its name.
    if (const QString other = metricNamed(name); !other.isEmpty() && other != id && metrics().metric(other))
        return Result<void>::failure(
            tr("Another metric is already named “%1”: merge the two instead, or choose another name.")
                .arg(TextUtil::simplified(name)));
    MetricRules rules = m_rules;
    rules.rename(id, name);
    return pushMetricRules(rules, tr("Rename the metric %1 to %2").arg(metricLabel(id), name.trimmed()));
}

Result<void> ProjectDocument::mergeMetrics(const QStringList &ids, const QString &into)
{
    if (!metrics().metric(into))
        return Result<void>::failure(tr("There is no metric “%1” in this bilan.").arg(into));
    QStringList from;
    for (const QString &id : ids) {
        if (id != into && metrics().metric(id))
            from << id;
    }
    if (from.isEmpty())
        return Result<void>::failure(tr("Select at least two metrics to merge."));
    MetricRules rules = m_rules;
    // A merged metric keeps its name: the one its claims were known by.
    if (rules.name(into).isEmpty())
        rules.rename(into, metricLabel(into));
    rules.merge(from, into);
    return pushMetricRules(
        rules, tr("Merge %n metric(s) into %1", nullptr, int(from.size())).arg(metricLabel(into)));
}

Result<void> ProjectDocument::setMetricNature(const QString &id, std::optional<MetricTaxonomy::Nature> nature)
{
    if (!metrics().metric(id))
        return Result<void>::failure(tr("There is no metric “%1” in this bilan.").arg(id));
    MetricRules rules = m_rules;
    rules.setNature(id, nature);
    return pushMetricRules(
        rules,
        nature ? tr("Set the nature of %1 to %2").arg(metricLabel(id), MetricTaxonomy::natureText(*nature))
               : tr("Let Bilan give the nature of %1").arg(metricLabel(id)));
}

bool ProjectDocument::isExcludedFromComparisons(const ClaimKey &claim) const
{
    return m_rules.isExcluded(MetricRules::claimKey(claim.article, claim.start, claim.end));
}

Result<void> ProjectDocument::setExcludedFromComparisons(const QList<ClaimKey> &claims, bool excluded)
{
    if (claims.isEmpty())
        return Result<void>::failure(tr("no claim is selected"));
    QStringList keys;
    for (const ClaimKey &k : claims)
        keys << MetricRules::claimKey(k.article, k.start, k.end);
    MetricRules rules = m_rules;
    rules.setExcluded(keys, excluded);
    const QString what
        = claims.size() == 1 ? claimLabel(claims.first()) : tr("%n claim(s)", nullptr, int(claims.size()));
    return pushMetricRules(
        rules, excluded ? tr("Leave %1 out of the comparisons").arg(what) : tr("Compare %1 again").arg(what));
}

Result<void> ProjectDocument::moveClaims(const QList<ClaimKey> &claims, const QString &into)
{
    if (!metrics().metric(into) && !MetricTaxonomy::bundled().metric(into) && m_rules.name(into).isEmpty())
        return Result<void>::failure(tr("There is no metric “%1” in this bilan.").arg(into));
    return moveClaims(claims, into, m_rules,
                      tr("Move %n claim(s) to %1", nullptr, int(claims.size())).arg(metricLabel(into)));
}

Result<QString> ProjectDocument::moveToNewMetric(const QList<ClaimKey> &claims, const QString &name)
{
    if (TextUtil::simplified(name).isEmpty())
        return Result<QString>::failure(tr("A new metric needs a name."));
    const QString id = MetricRules::newMetricId(name, [this](const QString &candidate) {
        return metrics().metric(candidate) || MetricTaxonomy::bundled().metric(candidate)
            || !m_rules.name(candidate).isEmpty() || m_rules.merges().contains(candidate);
    });
    MetricRules rules = m_rules;
    rules.rename(id, name);
    const auto moved = moveClaims(claims, id, rules,
                                  tr("Move %n claim(s) to the new metric %1", nullptr, int(claims.size()))
                                      .arg(TextUtil::simplified(name)));
    if (!moved)
        return Result<QString>::failure(moved.error());
    return id;
}

Result<void> ProjectDocument::moveClaims(const QList<ClaimKey> &claims, const QString &into,
                                         MetricRules rules, const QString &text)
{
    if (claims.isEmpty())
        return Result<void>::failure(tr("no claim is selected"));
    if (const auto refused = refuseIfReadOnly(); !refused)
        return refused;
    const MetricSet &set = metrics();
    // The measures every claim of which moves: learned as a rule; the other claims: corrected.
    QHash<QString, int> moving; // discovered id → claims moving
    QList<std::pair<ClaimKey, QString>> located; // claim, discovered id
    for (const ClaimKey &key : claims) {
        const auto [a, c] = find(key);
        if (a < 0)
            return Result<void>::failure(tr("%1 is no longer in the project").arg(key.toString()));
        const Claim &claim = m_articles[a].claims[c];
        const QString discovered = set.discoveredId(claim.metric, a, c);
        located.append({key, discovered});
        if (!discovered.isEmpty())
            ++moving[discovered];
    }
    QSet<QString> learned;
    for (auto it = moving.constBegin(); it != moving.constEnd(); ++it) {
        int total = 0;
        for (const MetricSet::Metric &m : set.metrics()) {
            if (const qsizetype s = m.discovered.indexOf(it.key()); s >= 0)
                total += int(m.sources.count(int(s)));
        }
        if (total == it.value()) {
            learned.insert(it.key());
            rules.merge({it.key()}, into);
        }
    }
    auto *macro = new AnnotationCommand(this, {}, {}, {}, {}, {}, text);
    if (rules != m_rules)
        new MetricRulesCommand(this, QStringLiteral("metrics"), m_rules, rules, QString(), macro);
    for (const auto &[key, discovered] : std::as_const(located)) {
        const Annotation before = annotation(key);
        Annotation after = before;
        // A learned rule moves the claim; a correction would pin it where the rule may change.
        after.correction.metric = learned.contains(discovered) ? QString() : into;
        if (after.correction.metric != before.correction.metric)
            new AnnotationCommand(this, before, after, QStringLiteral("correction"),
                                  fieldValue(before, QStringLiteral("correction")),
                                  fieldValue(after, QStringLiteral("correction")), QString(), macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return {};
    }
    return push(macro);
}

Result<void> ProjectDocument::loadMetricPreset(const QString &path)
{
    const auto preset = MetricRules::load(path);
    if (!preset)
        return Result<void>::failureOf(preset);
    MetricRules rules = m_rules;
    rules.absorb(preset.value());
    if (rules == m_rules)
        return Result<void>::failure(tr("%1 changes nothing in this bilan's metrics.").arg(path));
    return pushMetricRules(rules, tr("Load the preset %1").arg(QFileInfo(path).fileName()));
}

Result<void> ProjectDocument::saveMetricPreset(const QString &path) const
{
    if (const auto refused = checkOutput(path); !refused)
        return refused;
    return m_rules.savePreset(path);
}
