// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfnavigation.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Bookmarks, links and metadata appended to a PDF as an incremental update: a reader (poppler)
// sees them, and the original bytes stay as they were. Files not laid out as QPdfWriter writes
// them are refused with a message.
class tst_PdfNavigation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void updateIsReadBack();
    void originalBytesKept();
    void nothingToAdd();
    void refused_data();
    void refused();

private:
    static QByteArray pdf(int pages);
    QString pdfinfo(const QByteArray &bytes, const QStringList &options = {});
    QTemporaryDir m_dir;
};

QByteArray tst_PdfNavigation::pdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Essai"));
    QPainter painter(&writer);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.drawText(QPointF(72, 72), QStringLiteral("Page %1").arg(p + 1));
    }
    painter.end();
    return buffer.data();
}

QString tst_PdfNavigation::pdfinfo(const QByteArray &bytes, const QStringList &options)
{
    const QString path = m_dir.filePath(QStringLiteral("x.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QStringLiteral("cannot write");
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), options + QStringList {path});
    if (!p.waitForFinished(30000))
        return QStringLiteral("timeout");
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

void tst_PdfNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "poppler-utils is needed");
}

void tst_PdfNavigation::updateIsReadBack()
{
    const QByteArray original = pdf(3);
    const QList<PdfNavigation::Bookmark> bookmarks = {
        {QStringLiteral("Sommaire"), {0, 40}, {}},
        {QStringLiteral("Chiffres par indicateur"),
         {1, 80},
         {{QStringLiteral("AMO Tadamon — bénéficiaires"), {1, 200}, {}},
          {QStringLiteral("Décrets"), {2, 10}, {}}}},
    };
    const QList<PdfNavigation::Link> links
        = {{0, QRectF(72, 100, 200, 14), {2, 50}}, {0, QRectF(72, 120, 200, 14), {1, 0}}};
    const auto updated = PdfNavigation::addNavigation(
        original, bookmarks, links, {QStringLiteral("Salma Idrissi"), QStringLiteral("Sujet : é")});
    QVERIFY2(updated, qPrintable(updated.error()));
    const QString info = pdfinfo(*updated);
    QVERIFY2(!info.contains(QStringLiteral("Syntax Error")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Author:          Salma Idrissi")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Subject:         Sujet : é")), qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Pages:           3")));
    // Two links on the first page, an outline of four items with a parent of two.
    QCOMPARE(updated->count("/Subtype /Link"), 2);
    QCOMPARE(updated->count("/Title <FEFF"), 4);
    QVERIFY(updated->contains("/Count -2"));
    QVERIFY(updated->contains("/PageMode /UseOutlines"));
    QVERIFY(updated->endsWith("%%EOF\n"));
}

void tst_PdfNavigation::originalBytesKept()
{
    const QByteArray original = pdf(2);
    const auto updated = PdfNavigation::addNavigation(original, {{QStringLiteral("Un"), {1, 0}, {}}}, {},
                                                      {QStringLiteral("A"), {}});
    QVERIFY(updated);
    QVERIFY(updated->size() > original.size());
    QVERIFY(updated->startsWith(original));
    // The update points back to the table it extends.
    QVERIFY(updated->mid(original.size()).contains("/Prev "));
}

void tst_PdfNavigation::nothingToAdd()
{
    const QByteArray original = pdf(1);
    const auto same = PdfNavigation::addNavigation(original, {}, {}, {});
    QVERIFY(same);
    QCOMPARE(*same, original);
}

void tst_PdfNavigation::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = pdf(1);
    QTest::addRow("not a PDF") << QByteArray("bonjour") << QStringLiteral("no cross-reference table");
    QTest::addRow("cut before its end")
        << good.left(good.lastIndexOf("startxref")) << QStringLiteral("no cross-reference table");
    QByteArray moved = good;
    const qsizetype at = moved.lastIndexOf("startxref") + 10;
    moved.replace(at, moved.indexOf('\n', at) - at, "12");
    QTest::addRow("table not where it says") << moved << QStringLiteral("not where it says");
    QByteArray noRoot = good;
    noRoot.replace("/Root", "/Rien");
    QTest::addRow("trailer without root") << noRoot << QStringLiteral("lacks its size or root");
}

void tst_PdfNavigation::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto result = PdfNavigation::addNavigation(bytes, {{QStringLiteral("x"), {0, 0}, {}}}, {}, {});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
}

QTEST_MAIN(tst_PdfNavigation)
#include "tst_pdfnavigation.moc"
