// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/stringpool.h"

#include <QMutex>
#include <QSet>

QString StringPool::intern(const QString &s)
{
    if (s.isEmpty())
        return {};
    static QMutex mutex;
    static QSet<QString> pool;
    QMutexLocker lock(&mutex);
    auto it = pool.constFind(s);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() > 100000)
        return s; // a pathological input must not grow the pool without bound
    pool.insert(s);
    return s;
}
