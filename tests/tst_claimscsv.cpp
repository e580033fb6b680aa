// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/article.h"
#include "export/claimscsv.h"

#include <QTest>

// Claims as RFC 4180 CSV: read back by an independent parser, every field where the header
// says, offsets in code points, formulas neutralised, quotes and line breaks kept.
class tst_ClaimsCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutralized_data();
    void neutralized();
    void field_data();
    void field();
    void rowsReadBack();
    void emptyArticleGivesNoRow();
};

namespace {

// RFC 4180 records: CRLF between records, quoted fields may hold commas, quotes ("") and line
// breaks. Fails the test on a bare LF outside quotes or text after a closing quote.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
                if (i + 1 < s.size() && s[i + 1] != u',' && s[i + 1] != u'\r')
                    qFatal("text after a closing quote at %lld", qlonglong(i));
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else if (c == u'\n') {
            qFatal("a bare line feed outside quotes at %lld", qlonglong(i));
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        qFatal("the last record has no CRLF");
    return records;
}

} // namespace

void tst_ClaimsCsv::neutralized_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                             << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("dash text") << QStringLiteral("-le ministre") << QStringLiteral("'-le ministre");
    QTest::newRow("negative number") << QStringLiteral("-0.2") << QStringLiteral("-0.2");
    QTest::newRow("exponent") << QStringLiteral("-1.5e+06") << QStringLiteral("-1.5e+06");
    QTest::newRow("plain") << QStringLiteral("M. Baitas") << QStringLiteral("M. Baitas");
    QTest::newRow("empty") << QString() << QString();
}

void tst_ClaimsCsv::neutralized()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ClaimsCsv::neutralized(value), expected);
}

void tst_ClaimsCsv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("dossiers") << QStringLiteral("dossiers");
    QTest::newRow("comma") << QStringLiteral("9,5 milliards") << QStringLiteral("\"9,5 milliards\"");
    QTest::newRow("quote") << QStringLiteral("le « plan » \"AMO\"")
                           << QStringLiteral("\"le « plan » \"\"AMO\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula and comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
}

void tst_ClaimsCsv::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ClaimsCsv::field(value), expected);
}

void tst_ClaimsCsv::rowsReadBack()
{
    Article a;
    a.id = QStringLiteral("doc-1");
    // An emoji (two UTF-16 units) before the figures: offsets are code points.
    const QString title = QStringLiteral("😀 Titre");
    const QString body
        = QStringLiteral("Selon M. Baitas, le total est passé de 1,2 million à 1,5 million, « un record ».");
    a.text = title + QStringLiteral("\n\n") + body;
    a.paragraphs = {Paragraph {0, int(title.size()), ParagraphKind::Heading},
                    Paragraph {int(title.size()) + 2, int(a.text.size()), ParagraphKind::Body}};
    auto claimAt = [&](const QString &figure, double value) {
        Claim c;
        c.start = int(a.text.indexOf(figure));
        c.end = c.start + int(figure.size());
        c.paragraph = 1;
        c.value = value;
        c.kind = ClaimKind::Count;
        c.unit = QStringLiteral("=cmd|' /C calc'!A0");
        c.speaker = QStringLiteral("M. Baitas");
        c.asOf = PartialDate::fromIso(QStringLiteral("2024-12"));
        return c;
    };
    Claim before = claimAt(QStringLiteral("1,2 million"), 1.2e6);
    Claim after = claimAt(QStringLiteral("1,5 million"), 1.5e6);
    after.changeOf = before.start;
    a.claims = {before, after};

    const QList<QStringList> header = parseCsv(ClaimsCsv::header());
    QCOMPARE(header.size(), 1);
    const QStringList columns = header.first();
    QCOMPARE(columns.first(), QStringLiteral("document"));
    QCOMPARE(columns.last(), QStringLiteral("sentence"));

    const QList<QStringList> rows = parseCsv(ClaimsCsv::rows(a));
    QCOMPARE(rows.size(), 2);
    auto cell = [&](int row, const char *column) {
        const qsizetype i = columns.indexOf(QLatin1String(column));
        if (i < 0)
            qFatal("no column %s", column);
        return rows[row].value(i);
    };
    for (int r = 0; r < 2; ++r)
        QCOMPARE(rows[r].size(), columns.size());
    const int shift = 1; // the emoji is two UTF-16 units and one code point
    QCOMPARE(cell(0, "document"), QStringLiteral("doc-1"));
    QCOMPARE(cell(0, "start").toInt(), before.start - shift);
    QCOMPARE(cell(0, "end").toInt(), before.end - shift);
    QCOMPARE(cell(0, "text"), QStringLiteral("1,2 million"));
    QCOMPARE(cell(0, "value"), QStringLiteral("1200000"));
    QCOMPARE(cell(0, "high"), QString());
    QCOMPARE(cell(0, "kind"), QStringLiteral("count"));
    QCOMPARE(cell(0, "unit"), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(cell(0, "as_of"), QStringLiteral("2024-12"));
    QCOMPARE(cell(0, "speaker"), QStringLiteral("M. Baitas"));
    QCOMPARE(cell(0, "paragraph"), QStringLiteral("1"));
    QCOMPARE(cell(0, "boilerplate"), QStringLiteral("false"));
    QCOMPARE(cell(0, "change_of"), QString());
    QCOMPARE(cell(1, "change_of"), QStringLiteral("doc-1#%1").arg(before.start - shift));
    QCOMPARE(cell(1, "sentence"), body);
    QCOMPARE(cell(1, "id"), cell(1, "id").trimmed());
    QVERIFY(cell(0, "id") != cell(1, "id"));
}

void tst_ClaimsCsv::emptyArticleGivesNoRow()
{
    Article a;
    a.id = QStringLiteral("vide");
    QCOMPARE(ClaimsCsv::rows(a), QByteArray());
}

QTEST_APPLESS_MAIN(tst_ClaimsCsv)
#include "tst_claimscsv.moc"
