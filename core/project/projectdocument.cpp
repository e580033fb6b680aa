// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectdocument.h"

#include "project/annotationcommand.h"

#include "display/claimtext.h"

#include "display/frenchformat.h"
#include "extraction/claimextractor.h"
#include "settings/appsettings.h"
#include "text/textutil.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

namespace {

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

// An untitled project's file and the temporary folder made for it.
void removeUntitled(const QString &path)
{
    QFile::remove(path);
    QDir().rmdir(QFileInfo(path).absolutePath());
}

} // namespace

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
{ }

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

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::open(const QString &path, bool readOnly)
{
    using R = Result<std::unique_ptr<ProjectDocument>>;
    auto store = ProjectStore::open(path, readOnly);
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
    auto store = ProjectStore::create(path);
    if (!store)
        return R::failure(store.error());
    for (const Article &a : articles) {
        const auto added = store.value()->addArticle(a);
        if (!added && !added.error().contains(QStringLiteral("already in the project")))
            return R::failure(added.error());
    }
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
        return R::failure(QStringLiteral("cannot create a temporary project (%1)").arg(dir.errorString()));
    dir.setAutoRemove(false);
    auto doc = create(dir.filePath(QStringLiteral("Untitled.bilan")), articles);
    if (doc)
        doc.value()->m_untitled = true;
    return doc;
}

QString ProjectDocument::path() const
{
    return m_store->path();
}

QString ProjectDocument::displayName() const
{
    return m_untitled ? tr("Untitled") : QFileInfo(path()).completeBaseName();
}

Result<bool> ProjectDocument::load()
{
    auto articles = m_store->loadArticles();
    if (!articles)
        return Result<bool>::failure(articles.error());
    m_articles = std::move(articles).value();
    auto annotations = m_store->loadAnnotations();
    if (!annotations)
        return Result<bool>::failure(annotations.error());
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
    attachAnnotations(std::move(annotations).value());
    mergeManualClaims();
    return true;
}

int ProjectDocument::articleIndex(const QString &sha) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].sha256 == sha)
            return i;
    }
    return -1;
}

void ProjectDocument::attachAnnotations(QList<Annotation> annotations)
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
        int match = -1;
        if (article) {
            // 1. The same span.
            for (int c = 0; c < article->claims.size() && match < 0; ++c) {
                if (article->claims[c].start == a.key.start && article->claims[c].end == a.key.end)
                    match = c;
            }
            // 2. The same figure with the same text around it.
            if (match < 0 && !a.quote.isEmpty()) {
                const QString needle = a.before + a.quote + a.after;
                const qsizetype at = article->text.indexOf(needle);
                if (at >= 0) {
                    const qsizetype quoteAt = at + a.before.size();
                    for (int c = 0; c < article->claims.size() && match < 0; ++c) {
                        if (article->claims[c].start < quoteAt + a.quote.size()
                            && quoteAt < article->claims[c].end)
                            match = c;
                    }
                }
            }
            // 3. The same value in the same paragraph.
            for (int c = 0; c < article->claims.size() && match < 0 && !std::isnan(a.originalValue); ++c) {
                const Claim &claim = article->claims[c];
                if (claim.paragraph == a.paragraph && claim.value == a.originalValue)
                    match = c;
            }
        }
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
    if (!m_store->isReadOnly()) {
        m_store->setOrphaned(orphaned, true);
        m_store->setOrphaned(found, false);
    }
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
    QList<Article> out = m_articles;
    for (Article &a : out) {
        for (Claim &c : a.claims) {
            const auto it = m_annotations.constFind(ClaimKey {a.sha256, c.start, c.end});
            if (it == m_annotations.constEnd() || it->correction.isEmpty())
                continue;
            const ClaimCorrection &k = it->correction;
            if (!k.metric.isEmpty())
                c.metric = k.metric;
            if (corrections == Corrections::MetricOnly)
                continue;
            if (!std::isnan(k.value))
                c.value = k.value;
            if (!std::isnan(k.high))
                c.high = k.high;
            if (!k.unit.isEmpty())
                c.unit = k.unit;
            if (!k.asOf.isNull())
                c.asOf = k.asOf;
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
    return m_store->history(key.toString());
}

bool ProjectDocument::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(m_lastError);
    return false;
}

bool ProjectDocument::refuseIfReadOnly()
{
    return isReadOnly() && !fail(tr("%1: the project is read-only (%2)").arg(path(), readOnlyReason()));
}

const Claim *ProjectDocument::claim(const ClaimKey &key) const
{
    const int ai = articleIndex(key.article);
    if (ai < 0)
        return nullptr;
    const QList<Claim> &claims = m_articles[ai].claims;
    auto it = std::lower_bound(claims.begin(), claims.end(), key.start,
                               [](const Claim &c, qint32 s) { return c.start < s; });
    for (; it != claims.end() && it->start == key.start; ++it) {
        if (it->end == key.end)
            return &*it;
    }
    return nullptr;
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

bool ProjectDocument::applyAnnotation(const Annotation &target, const QString &field, const QString &oldValue,
                                      const QString &newValue)
{
    if (refuseIfReadOnly())
        return false;
    const HistoryEntry entry {
        QDateTime::currentDateTimeUtc(), currentUser(), target.key.toString(), field, oldValue, newValue};
    const auto current = m_annotations.constFind(target.key);
    const qint64 id = current != m_annotations.constEnd() ? current->id : 0;
    const bool manualChanged = (current != m_annotations.constEnd() && current->manual) != target.manual;
    if (target.isDefault()) {
        if (id != 0) {
            const auto removed = m_store->removeAnnotation(id, {entry});
            if (!removed)
                return fail(removed.error());
        }
        m_annotations.remove(target.key);
    } else {
        Annotation toSave = target;
        toSave.id = id;
        toSave.updatedBy = entry.who;
        toSave.updatedAt = entry.at;
        const auto saved = m_store->saveAnnotation(toSave, {entry});
        if (!saved)
            return fail(saved.error());
        m_annotations.insert(target.key, saved.value());
    }
    if (manualChanged) {
        mergeManualClaims();
        Q_EMIT claimsChanged();
    }
    Q_EMIT annotationChanged(target.key);
    return true;
}

bool ProjectDocument::pushAnnotation(const ClaimKey &key, const std::function<void(Annotation &)> &change,
                                     const QString &field, const QString &text)
{
    if (refuseIfReadOnly())
        return false;
    const Annotation before = annotation(key);
    Annotation after = before;
    change(after);
    auto fieldValue = [&](const Annotation &a) -> QString {
        if (field == u"status")
            return ClaimStatusText::name(a.status);
        if (field == u"note")
            return a.note;
        if (field == u"references")
            return a.references.join(u'\n');
        if (field == u"correction")
            return correctionText(a.correction);
        return a.manual ? QStringLiteral("added") : QStringLiteral("removed");
    };
    if (fieldValue(before) == fieldValue(after))
        return true;
    m_lastError.clear();
    m_undo.push(
        new AnnotationCommand(this, before, after, field, fieldValue(before), fieldValue(after), text));
    return m_lastError.isEmpty();
}

bool ProjectDocument::setStatus(const QList<ClaimKey> &claims, ClaimStatus status)
{
    if (claims.isEmpty())
        return false;
    if (refuseIfReadOnly())
        return false;
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
        return true;
    }
    m_lastError.clear();
    m_undo.push(macro);
    return m_lastError.isEmpty();
}

bool ProjectDocument::setNote(const ClaimKey &claim, const QString &note)
{
    return pushAnnotation(
        claim, [note](Annotation &a) { a.note = note; }, QStringLiteral("note"),
        tr("Edit the note of %1").arg(claimLabel(claim)));
}

bool ProjectDocument::setReferences(const ClaimKey &claim, const QStringList &references)
{
    return pushAnnotation(
        claim, [references](Annotation &a) { a.references = references; }, QStringLiteral("references"),
        tr("Edit the references of %1").arg(claimLabel(claim)));
}

bool ProjectDocument::setCorrection(const ClaimKey &claim, const ClaimCorrection &correction)
{
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
    const bool ok = pushAnnotation(
        key,
        [claim](Annotation &an) {
            an.manual = true;
            an.manualClaim = claim;
            an.originalValue = claim.value;
        },
        QStringLiteral("manual"), tr("Add %1 as a claim").arg(claimLabel(key)));
    if (!ok)
        return R::failure(m_lastError);
    return key;
}

bool ProjectDocument::removeManualClaim(const ClaimKey &claim)
{
    if (!annotation(claim).manual)
        return false;
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

QStringList ProjectDocument::addArticles(const QList<Article> &articles)
{
    QStringList refused;
    bool added = false;
    for (const Article &a : articles) {
        const auto result = m_store->addArticle(a);
        if (!result) {
            refused << result.error();
            continue;
        }
        m_articles.append(a);
        added = true;
    }
    if (added) {
        mergeManualClaims();
        Q_EMIT claimsChanged();
    }
    return refused;
}

Result<bool> ProjectDocument::saveAs(const QString &target)
{
    const auto copied = m_store->saveCopy(target);
    if (!copied)
        return copied;
    auto store = ProjectStore::open(target);
    if (!store)
        return Result<bool>::failure(store.error());
    const bool wasUntitled = m_untitled;
    const QString oldPath = m_store->path();
    m_store = std::move(store).value();
    m_untitled = false;
    if (wasUntitled) {
        removeUntitled(oldPath);
    }
    // The annotations keep their ids: the copy has the same rows.
    Q_EMIT pathChanged();
    return true;
}
