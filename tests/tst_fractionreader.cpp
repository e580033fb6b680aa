// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/fractionreader.h"

#include <QRegularExpression>
#include <QTest>

// Shares written as fractions become percentages; fraction words that are no share do not.
class tst_FractionReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void scan_data();
    void scan();
};

void tst_FractionReader::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_FractionReader::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span"); // the first fraction's text, empty for none
    QTest::addColumn<double>("value");
    auto row = [](const char *text, const char *span, double value) {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << QString::fromUtf8(span) << value;
    };
    row("la moitié des visiteurs", "la moitié", 50);
    row("Plus de la moitié des dossiers", "la moitié", 50);
    row("deux tiers des dépenses", "deux tiers", 66.67);
    row("environ les trois quarts (72,4%) de l’ensemble des actifs", "trois quarts", 75);
    row("pour près des trois quarts (74,1%). Il s'agit", "trois quarts", 75);
    row("rassemble près du quart des actifs", "quart", 25);
    row("trois cinquièmes des emplois", "trois cinquièmes", 60);
    row("un dixième du budget", "un dixième", 10);
    row("un Français sur trois", "un Français sur trois", 33.33);
    row("une clinique sur deux", "une clinique sur deux", 50);
    row("un sur vingt", "un sur vingt", 5);
    row("un sur six", "un sur six", 16.67);
    row("dont la moitié concernent", "la moitié", 50);
    // Not shares.
    row("le tiers payant", "", 0);
    row("la moitié, disait-il", "", 0);
    row("un quart d'heure de retard", "", 0);
    row("les quarts de finale", "", 0);
    row("un sur un", "", 0);
    row("trois demis", "", 0);
}

void tst_FractionReader::scan()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(double, value);
    const QList<NumberToken> tokens = FractionReader::scan(text);
    if (span.isEmpty()) {
        QVERIFY2(tokens.isEmpty(),
                 qPrintable(tokens.isEmpty() ? QString()
                                             : text.mid(tokens[0].start, tokens[0].end - tokens[0].start)));
        return;
    }
    QVERIFY(!tokens.isEmpty());
    QCOMPARE(text.mid(tokens[0].start, tokens[0].end - tokens[0].start), span);
    QCOMPARE(tokens[0].value, value);
    QVERIFY(tokens[0].percent && tokens[0].fraction);
}

QTEST_GUILESS_MAIN(tst_FractionReader)
#include "tst_fractionreader.moc"
