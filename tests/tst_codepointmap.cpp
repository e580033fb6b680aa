// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/codepointmap.h"

#include <QTest>

class tst_CodePointMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void tst_CodePointMap::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoint");
    QTest::addRow("bmp only") << QStringLiteral("734.000 dossiers") << 4 << 4;
    QTest::addRow("after an emoji") << QStringLiteral("\U0001F4CA 734.000") << 3 << 2;
    QTest::addRow("two emoji") << QStringLiteral("\U0001F4CA\U0001F4C8 12%") << 5 << 3;
    QTest::addRow("before the emoji") << QStringLiteral("a\U0001F4CA b") << 1 << 1;
    QTest::addRow("end of text") << QStringLiteral("a\U0001F4CA") << 3 << 2;
}

void tst_CodePointMap::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoint);
    const CodePointMap map(text);
    QCOMPARE(map.toCodePoint(utf16), codePoint);
    QCOMPARE(map.toUtf16(codePoint), utf16);
    const QList<uint> ucs4 = text.toUcs4();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), codePoint),
             text.left(utf16));
}

QTEST_GUILESS_MAIN(tst_CodePointMap)
#include "tst_codepointmap.moc"
