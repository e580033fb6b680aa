// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/numberreader.h"

#include <QTest>

#include <cmath>

// Every French way of writing a number that the press uses, and look-alikes that are not
// numbers to count. "value" is NaN where the text is not one plain number.
class tst_NumberReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueOf_data();
    void valueOf();
    void flags_data();
    void flags();
    void scanPositions();
    void hostile_data();
    void hostile();
};

namespace {
const double NaN = std::nan("");
}

void tst_NumberReader::valueOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    auto row = [](const char *text, double value) {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << value;
    };

    // Plain and grouped digits.
    row("0", 0);
    row("7", 7);
    row("42", 42);
    row("734", 734);
    row("9255", 9255);
    row("12345", 12345);
    row("734.000", 734000);
    row("1.200", 1200);
    row("1.200.000", 1200000);
    row("12.500.000", 12500000);
    row("2 200", 2200);
    row("8 400", 8400);
    row("110 000", 110000);
    row("1 200 000", 1200000);
    row("32 000 000", 32000000);
    row("734\u00A0000", 734000);
    row("1\u00A0200\u00A0000", 1200000);
    row("734\u202F000", 734000);
    row("1\u202F200\u202F000", 1200000);
    row("12\u2009500", 12500);
    row("9. 255", 9255);
    row("4. 200", 4200);
    // The separator changes once, a typo within one number.
    row("8.789 676", 8789676);
    row("1 234.567", 1234567);
    // Decimals: commas, and dots that do not group thousands.
    row("9,5", 9.5);
    row("24,7", 24.7);
    row("0,5", 0.5);
    row("3,14159", 3.14159);
    row("1 234,5", 1234.5);
    row("1.234,5", 1234.5);
    row("3.5", 3.5);
    row("12.75", 12.75);
    row("0.25", 0.25);
    row("2.5", 2.5);
    row("1.5", 1.5);
    row("98.6", 98.6);
    // A stray space after a decimal point, before a percentage's decimals.
    row("15. 3%", 15.3);
    row("15. 3 %", 15.3);
    row("2. 75%", 2.75);
    row("89, 5%", 89.5);
    row("65, 29%", 65.29);
    // Scale words and abbreviations.
    row("24,7 millions", 24700000);
    // A paragraph's lines joined where a sentence went on: the scale on the next line.
    row("66,8\nmillions", 66800000);
    row("1 million", 1000000);
    row("1,7 million", 1700000);
    row("3 millions", 3000000);
    row("9,5 milliards", 9500000000);
    row("32,6 milliards", 32600000000);
    row("1 milliard", 1e9);
    row("2 billions", 2e12);
    row("5 mille", 5000);
    row("12 mille", 12000);
    row("17 MMDH", 17e9);
    row("4 MMDH", 4e9);
    row("1,2 MMDH", 1.2e9);
    row("189 MDH", 189e6);
    row("367 MDH", 367e6);
    row("5,5 Mdh", 5.5e6);
    row("3 Mds", 3e9);
    row("1,5 Md", 1.5e9);
    row("2 Mrd", 2e9);
    row("4 M DH", 4e6);
    row("2M€", 2e6);
    row("10 k€", 10000);
    row("3 M$", 3e6);
    row("300 KDH", 300000);
    row("1 million et demi", 1500000);
    row("2 milliards et demi", 2.5e9);
    row("3,2 millions", 3200000);
    row("0,5 million", 500000);
    row("1.200 MDH", 1.2e9);
    row("880,9 MDT", 880.9e6);
    row("3963 MD", 3963e6);
    row("2 Md", 2e9);
    // Percentages.
    row("98%", 98);
    row("98 %", 98);
    row("98\u00A0%", 98);
    row("12,5%", 12.5);
    row("12 pour cent", 12);
    row("12 pourcent", 12);
    row("7,2 pc", 7.2); // a news agency's abbreviation
    row("66,1%", 66.1);
    row("0,8 %", 0.8);
    row("+8,3%", 8.3);
    row("-1,5%", -1.5);
    row("\u22122,4 %", -2.4);
    row("100 %", 100);
    // Numbers in words.
    row("zéro", 0);
    row("deux", 2);
    row("trois", 3);
    row("quatre", 4);
    row("cinq", 5);
    row("six", 6);
    row("sept", 7);
    row("huit", 8);
    row("neuf", 9);
    row("dix", 10);
    row("onze", 11);
    row("douze", 12);
    row("treize", 13);
    row("quatorze", 14);
    row("quinze", 15);
    row("seize", 16);
    row("dix-sept", 17);
    row("dix-huit", 18);
    row("dix-neuf", 19);
    row("vingt", 20);
    row("vingt et un", 21);
    row("vingt-et-un", 21);
    row("vingt-deux", 22);
    row("vingt-cinq", 25);
    row("trente", 30);
    row("trente-trois", 33);
    row("quarante", 40);
    row("cinquante", 50);
    row("soixante", 60);
    row("soixante-dix", 70);
    row("soixante et onze", 71);
    row("soixante-quinze", 75);
    row("quatre-vingts", 80);
    row("quatre-vingt", 80);
    row("quatre-vingt-un", 81);
    row("quatre-vingt-dix", 90);
    row("quatre-vingt-dix-neuf", 99);
    row("septante", 70);
    row("nonante", 90);
    // Belgian and Swiss French.
    row("septante-cinq", 75);
    row("septante et un", 71);
    row("huitante", 80);
    row("octante-deux", 82);
    row("nonante-neuf", 99);
    row("deux cent nonante mille", 290000);
    row("cent", 100);
    row("cent vingt", 120);
    row("deux cents", 200);
    row("deux cent cinquante", 250);
    row("mille", 1000);
    row("deux mille", 2000);
    row("trois mille cinq cents", 3500);
    row("deux cent mille", 200000);
    row("cent vingt mille", 120000);
    row("un million", 1e6);
    row("quatre millions", 4e6);
    row("un million et demi", 1.5e6);
    row("deux millions et demie", 2.5e6);
    // Fractions of a scale.
    row("un demi-million", 5e5);
    row("un demi million", 5e5);
    row("un demi-milliard", 5e8);
    row("cinq milliards et trois quarts", 5.75e9);
    row("deux millions et un quart", 2.25e6);
    row("trois millions et un tiers", 1e7 / 3);
    row("5 milliards et trois quarts", 5.75e9);
    row("un demi", NaN);
    row("un demi-frère", NaN);
    // Thousands written "k".
    row("2,33 k", 2330);
    row("15k", 15000);
    row("10 k€", 10000);
    row("trois milliards", 3e9);
    row("un million deux cent mille", 1200000);
    row("Trois", 3);
    row("QUATRE MILLIONS", 4e6);
    row("vingt-cinq pour cent", 25);
    row("dix %", 10);
    // Approximate quantities.
    row("une dizaine", 10);
    row("une vingtaine", 20);
    row("une centaine", 100);
    row("un millier", 1000);
    row("deux centaines", 200);
    row("une quinzaine", 15);
    row("une trentaine", 30);
    // Not one plain number.
    row("1er", NaN);
    row("1ère", NaN);
    row("2e", NaN);
    row("9e", NaN);
    row("21ème", NaN);
    row("3ᵉ", NaN);
    row("10h30", NaN);
    row("18h", NaN);
    row("10:30", NaN);
    row("1:54", NaN);
    row("H24", NaN);
    row("2M", NaN);
    row("4G", NaN);
    row("COVID-19", NaN);
    row("Al3omk", NaN);
    row("2.22.795", NaN);
    row("1.2.3", NaN);
    row("millions", NaN);
    row("des milliers", NaN);
    row("deux trois", NaN);
    row("vingt trente", NaN);
    row("un neuf", NaN);
    row("cinq-six", NaN);
    row("abc", NaN);
    row("", NaN);
    row("12 et 13", NaN);
    row("dizaines", NaN);
    row("neuvième", NaN);
    row("troisième", NaN);
}

void tst_NumberReader::valueOf()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const double got = NumberReader::valueOf(text);
    if (std::isnan(value)) {
        QVERIFY2(std::isnan(got), qPrintable(QStringLiteral("read as %1").arg(got, 0, 'g', 17)));
        return;
    }
    // Exact, not within a tolerance: "24,7 millions" must be 24700000, not 24699999.999999996.
    QCOMPARE(got, value);
}

void tst_NumberReader::flags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("set");
    auto row = [](const char *text, const char *flag, bool set) {
        QTest::addRow("%s: %s", text, flag) << QString::fromUtf8(text) << QString::fromLatin1(flag) << set;
    };
    row("98 %", "percent", true);
    row("12 pour cent", "percent", true);
    row("7,2 pc", "percent", true);
    row("300 PC", "percent", false); // computers
    row("98", "percent", false);
    row("17 MMDH", "mad", true);
    row("189 MDH", "mad", true);
    row("4 M DH", "mad", true);
    row("3 Mds", "mad", false);
    row("880,9 MDT", "tnd", true);
    row("3963 MD", "dinars", true);
    row("4 M DT", "mad", false);
    row("734.000", "grouped", true);
    row("3.5", "grouped", false);
    row("3.5", "decimal", true);
    row("734.000", "decimal", false);
    row("9. 255", "grouped", true);
    row("1er", "ordinal", true);
    row("2e", "ordinal", true);
    row("10h30", "time", true);
    row("H24", "glued", true);
    row("à110,4 milliards", "glued", false); // the preposition, its space lost
    row("Là110", "glued", true);
    row("2M", "glued", true);
    row("65-00", "joiner", true);
    row("500-1200", "joiner", true);
    row("24/7", "joiner", true);
    row("un", "article", true);
    row("une", "article", true);
    row("un million", "article", false);
    row("l'un", "article", true);
    row("une dizaine", "approximate", true);
    row("2025", "decimal", false);
    row("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
        "9999999999999999999999"
        "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
        "9999999999999999999999"
        "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
        "9999999999999999999999",
        "unreadable", true);
    row("9,5 milliards", "unreadable", false);
}

void tst_NumberReader::flags()
{
    QFETCH(QString, text);
    QFETCH(QString, flag);
    QFETCH(bool, set);
    const QList<NumberToken> tokens = NumberReader::scan(text);
    QVERIFY(!tokens.isEmpty());
    const NumberToken &t = tokens.first();
    bool got = false;
    if (flag == u"percent")
        got = t.percent;
    else if (flag == u"mad")
        got = t.currency == u"MAD";
    else if (flag == u"tnd")
        got = t.currency == u"TND";
    else if (flag == u"dinars")
        got = t.currency == u"dinars";
    else if (flag == u"grouped")
        got = t.grouped;
    else if (flag == u"decimal")
        got = t.decimal;
    else if (flag == u"ordinal")
        got = t.ordinal;
    else if (flag == u"time")
        got = t.time;
    else if (flag == u"glued")
        got = t.glued;
    else if (flag == u"joiner")
        got = !t.joinerAfter.isNull();
    else if (flag == u"article")
        got = t.article;
    else if (flag == u"approximate")
        got = t.approximate;
    else if (flag == u"unreadable")
        got = t.unreadable;
    else
        QFAIL("unknown flag");
    QCOMPARE(got, set);
}

void tst_NumberReader::scanPositions()
{
    const QString text = QStringLiteral(
        "plus de 734.000 dossiers, 9,5 milliards de dirhams et quatre millions de familles (12 %).");
    const QList<NumberToken> tokens = NumberReader::scan(text);
    QCOMPARE(tokens.size(), 4);
    QCOMPARE(text.mid(tokens[0].start, tokens[0].end - tokens[0].start), QStringLiteral("734.000"));
    QCOMPARE(text.mid(tokens[1].start, tokens[1].end - tokens[1].start), QStringLiteral("9,5 milliards"));
    QCOMPARE(text.mid(tokens[2].start, tokens[2].end - tokens[2].start), QStringLiteral("quatre millions"));
    QCOMPARE(text.mid(tokens[3].start, tokens[3].end - tokens[3].start), QStringLiteral("12 %"));
    QCOMPARE(tokens[1].value, 9.5e9);
}

void tst_NumberReader::hostile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minTokens");
    QTest::addRow("10,000-digit number") << QString(10000, u'7') << 1;
    QTest::addRow("megabyte of digits and spaces")
        << QString(500000, u'1').replace(u'1', QStringLiteral("1 ")) << 1;
    QTest::addRow("dot groups forever") << QStringLiteral("1") + QStringLiteral(".000").repeated(50000) << 1;
    QTest::addRow("control characters") << QStringLiteral("12\u0001%\u0002 millions\u0007 3,5\u0000") << 2;
    QTest::addRow("every unicode space")
        << QStringLiteral("1\u00A0000 2\u202F000 3\u2009000 4\u2007000 5\u3000000 6\u200B000") << 4;
    QTest::addRow("number words forever") << QStringLiteral("vingt-").repeated(20000) << 1;
    QTest::addRow("lone surrogates") << QStringLiteral("12") + QChar(0xD800) + QStringLiteral("34")
            + QChar(0xDC00) << 2;
}

void tst_NumberReader::hostile()
{
    QFETCH(QString, text);
    QFETCH(int, minTokens);
    const QList<NumberToken> tokens = NumberReader::scan(text);
    QVERIFY(tokens.size() >= minTokens);
    for (const NumberToken &t : tokens) {
        QVERIFY(t.start >= 0 && t.start < t.end && t.end <= text.size());
        QVERIFY(t.unreadable || std::isfinite(t.value));
    }
}

QTEST_GUILESS_MAIN(tst_NumberReader)
#include "tst_numberreader.moc"
