// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricrules.h"

#include "text/textutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {

// A chain of merges is never longer than the number of rules; a longer walk is a loop that a
// hand-edited preset brought in.
constexpr int kMaxHops = 64;

} // namespace

QString MetricRules::resolve(const QString &id) const
{
    QString at = id;
    for (int hop = 0; hop < kMaxHops; ++hop) {
        const auto it = m_merges.constFind(at);
        if (it == m_merges.constEnd() || *it == at)
            return at;
        at = *it;
    }
    return at;
}

QStringList MetricRules::mergedInto(const QString &id) const
{
    QStringList out {id};
    for (auto it = m_merges.constBegin(); it != m_merges.constEnd(); ++it) {
        if (it.key() != id && resolve(it.key()) == id)
            out << it.key();
    }
    return out;
}

bool MetricRules::isEmpty() const
{
    return m_merges.isEmpty() && m_names.isEmpty() && m_natures.isEmpty() && m_excluded.isEmpty();
}

void MetricRules::merge(const QStringList &ids, const QString &into)
{
    const QString target = resolve(into);
    for (const QString &id : ids) {
        const QString from = resolve(id);
        if (from == target)
            continue;
        // Whatever went to `from` goes to the target now.
        for (auto it = m_merges.begin(); it != m_merges.end(); ++it) {
            if (*it == from)
                *it = target;
        }
        m_merges.insert(from, target);
    }
    m_merges.remove(target);
}

void MetricRules::rename(const QString &id, const QString &name)
{
    const QString simplified = TextUtil::simplified(name);
    if (simplified.isEmpty())
        m_names.remove(id);
    else
        m_names.insert(id, simplified);
}

void MetricRules::setNature(const QString &id, std::optional<Nature> nature)
{
    if (nature)
        m_natures.insert(id, *nature);
    else
        m_natures.remove(id);
}

void MetricRules::setExcluded(const QStringList &claimKeys, bool excluded)
{
    for (const QString &key : claimKeys) {
        if (excluded)
            m_excluded.insert(key);
        else
            m_excluded.remove(key);
    }
}

void MetricRules::absorb(const MetricRules &preset)
{
    for (auto it = preset.m_merges.constBegin(); it != preset.m_merges.constEnd(); ++it)
        merge({it.key()}, it.value());
    for (auto it = preset.m_names.constBegin(); it != preset.m_names.constEnd(); ++it)
        m_names.insert(it.key(), it.value());
    for (auto it = preset.m_natures.constBegin(); it != preset.m_natures.constEnd(); ++it)
        m_natures.insert(it.key(), it.value());
}

QString MetricRules::newMetricId(const QString &name, const std::function<bool(const QString &)> &taken)
{
    const QString base = QStringLiteral("journalist.")
        + (TextUtil::slug(name).isEmpty() ? QStringLiteral("metric") : TextUtil::slug(name));
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString MetricRules::claimKey(const QString &articleSha, int start, int end)
{
    return articleSha + u'#' + QString::number(start) + u'-' + QString::number(end);
}

QByteArray MetricRules::toJson(bool withExcluded) const
{
    QJsonObject merges, names, natures;
    for (auto it = m_merges.constBegin(); it != m_merges.constEnd(); ++it)
        merges.insert(it.key(), it.value());
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it)
        names.insert(it.key(), it.value());
    for (auto it = m_natures.constBegin(); it != m_natures.constEnd(); ++it)
        natures.insert(it.key(), MetricTaxonomy::natureName(it.value()));
    QJsonObject root {{QStringLiteral("schema"), QString(kSchema)},
                      {QStringLiteral("merges"), merges},
                      {QStringLiteral("names"), names},
                      {QStringLiteral("natures"), natures}};
    if (withExcluded) {
        QStringList excluded(m_excluded.cbegin(), m_excluded.cend());
        std::sort(excluded.begin(), excluded.end());
        root.insert(QStringLiteral("excluded"), QJsonArray::fromStringList(excluded));
    }
    return QJsonDocument(root).toJson(withExcluded ? QJsonDocument::Compact : QJsonDocument::Indented);
}

Result<MetricRules> MetricRules::fromJson(const QByteArray &json, const QString &name)
{
    using R = Result<MetricRules>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("%1 is not a taxonomy preset: %2 at byte %3")
                              .arg(name, error.errorString())
                              .arg(error.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("schema")).toString() != kSchema)
        return R::failure(tr("%1 is not a taxonomy preset (it does not say \"schema\": \"%2\")")
                              .arg(name, QString(kSchema)));
    MetricRules rules;
    auto strings = [&](const QString &field, QMap<QString, QString> &into) -> bool {
        const QJsonValue value = root.value(field);
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return false;
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it->isString() || it.key().isEmpty() || it->toString().trimmed().isEmpty())
                return false;
            into.insert(it.key(), it->toString());
        }
        return true;
    };
    QMap<QString, QString> merges, natures;
    for (const auto &[field, into] :
         {std::pair {QStringLiteral("merges"), &merges}, std::pair {QStringLiteral("names"), &rules.m_names},
          std::pair {QStringLiteral("natures"), &natures}}) {
        if (!strings(field, *into))
            return R::failure(tr("%1: \"%2\" must map metric ids to non-empty texts").arg(name, field));
    }
    for (auto it = natures.constBegin(); it != natures.constEnd(); ++it) {
        const std::optional<Nature> nature = MetricTaxonomy::natureNamed(it.value());
        if (!nature)
            return R::failure(tr("%1: metric %2 has an unknown nature \"%3\" (stock, running_total, flow, "
                                 "one_off or rate)")
                                  .arg(name, it.key(), it.value()));
        rules.m_natures.insert(it.key(), *nature);
    }
    // Through merge(), so that a hand-edited file's chains and loops come out consistent.
    for (auto it = merges.constBegin(); it != merges.constEnd(); ++it)
        rules.merge({it.key()}, it.value());
    const QJsonValue excluded = root.value(QStringLiteral("excluded"));
    if (!excluded.isUndefined() && !excluded.isArray())
        return R::failure(tr("%1: \"excluded\" must be a list of claims").arg(name));
    for (const QJsonValue &key : excluded.toArray())
        rules.m_excluded.insert(key.toString());
    rules.m_excluded.remove(QString());
    return rules;
}

Result<MetricRules> MetricRules::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<MetricRules>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    constexpr qint64 kMaxBytes = 64 << 20;
    if (file.size() > kMaxBytes)
        return Result<MetricRules>::failure(
            tr("%1 is too large for a taxonomy preset (%2 MB)").arg(path).arg(file.size() >> 20));
    return fromJson(file.readAll(), path);
}

Result<void> MetricRules::savePreset(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(false)) < 0 || !file.commit())
        return Result<void>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
