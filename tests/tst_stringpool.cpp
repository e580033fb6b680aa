// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/stringpool.h"

#include <QSet>
#include <QTest>
#include <QtConcurrent>

// Equal strings come back sharing one buffer, from any thread; different strings stay apart.
class tst_StringPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalStringsShareOneBuffer();
    void differentStringsStayApart();
    void emptyAndNullStayEmpty();
    void threadsAgreeOnOneBuffer();
};

void tst_StringPool::equalStringsShareOneBuffer()
{
    // Two strings built separately hold two buffers until interned.
    const QString a = QStringLiteral("prises en charge").toUpper().toLower();
    const QString b = QString::fromUtf8("prises en charge");
    QVERIFY(a.constData() != b.constData());
    const QString ia = StringPool::intern(a);
    const QString ib = StringPool::intern(b);
    QCOMPARE(ia, a);
    QCOMPARE(ib, b);
    QCOMPARE(ia.constData(), ib.constData());
}

void tst_StringPool::differentStringsStayApart()
{
    const QString a = StringPool::intern(QStringLiteral("MAD"));
    const QString b = StringPool::intern(QStringLiteral("EUR"));
    QCOMPARE(a, QStringLiteral("MAD"));
    QCOMPARE(b, QStringLiteral("EUR"));
    QVERIFY(a.constData() != b.constData());
    // Case matters: "Mad" is another string.
    QCOMPARE(StringPool::intern(QStringLiteral("Mad")), QStringLiteral("Mad"));
}

void tst_StringPool::emptyAndNullStayEmpty()
{
    QVERIFY(StringPool::intern(QString()).isEmpty());
    QVERIFY(StringPool::intern(QStringLiteral("")).isEmpty());
}

void tst_StringPool::threadsAgreeOnOneBuffer()
{
    // 64 distinct strings interned 200 times each from the thread pool: one buffer per string.
    QList<QString> inputs;
    for (int i = 0; i < 64 * 200; ++i)
        inputs << QStringLiteral("unité-%1").arg(i % 64);
    const QList<QString> interned = QtConcurrent::blockingMapped(inputs, StringPool::intern);
    QHash<QString, const QChar *> buffers;
    for (int i = 0; i < interned.size(); ++i) {
        QCOMPARE(interned[i], inputs[i]);
        const QChar *data = interned[i].constData();
        const auto it = buffers.constFind(interned[i]);
        if (it == buffers.cend())
            buffers.insert(interned[i], data);
        else
            QCOMPARE(data, it.value());
    }
    QCOMPARE(buffers.size(), 64);
}

QTEST_MAIN(tst_StringPool)
#include "tst_stringpool.moc"
