// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/phrasealternation.h"

#include <QRandomGenerator>
#include <QTest>

// PhraseAlternation must answer exactly as the regular expression it stands for.
class tst_PhraseAlternation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expand_data();
    void expand();
    void alternatives();
    void requiredLiteral_data();
    void requiredLiteral();
    void agreesWithTheRegularExpression_data();
    void agreesWithTheRegularExpression();
    void agreesOnRandomText();
    void ignoringCase();
};

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

void tst_PhraseAlternation::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("phrases"); // empty: not a finite set of phrases
    QTest::newRow("literal") << QString::fromUtf8("cliquez ici") << list({"cliquez ici"});
    QTest::newRow("optional character") << QString::fromUtf8("e-?mail") << list({"e-mail", "email"});
    QTest::newRow("group") << QString::fromUtf8("(?:laisser|poster) un avis")
                           << list({"laisser un avis", "poster un avis"});
    QTest::newRow("optional group") << QString::fromUtf8("conditions (?:generales )?d'utilisation")
                                    << list({"conditions generales d'utilisation",
                                             "conditions d'utilisation"});
    QTest::newRow("nested groups") << QString::fromUtf8("a(?:b(?:c|d)|e)") << list({"abc", "abd", "ae"});
    QTest::newRow("escaped punctuation") << QString::fromUtf8("lu \\(x\\)") << list({"lu (x)"});
    QTest::newRow("a class escape") << QString::fromUtf8("\\d+ min") << QStringList();
    QTest::newRow("any character") << QString::fromUtf8("a.b") << QStringList();
    QTest::newRow("a repetition") << QString::fromUtf8("ab*") << QStringList();
    QTest::newRow("a character class") << QString::fromUtf8("[ab]c") << QStringList();
    QTest::newRow("a capturing group") << QString::fromUtf8("(ab)") << QStringList();
    QTest::newRow("an anchor") << QString::fromUtf8("^ab") << QStringList();
    QTest::newRow("the empty phrase") << QString::fromUtf8("a?") << QStringList();
}

void tst_PhraseAlternation::expand()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, phrases);
    const auto got = PhraseAlternation::expand(pattern);
    if (phrases.isEmpty()) {
        QVERIFY2(!got, qPrintable(got ? got->join(u'|') : QString()));
        return;
    }
    QVERIFY(got);
    QCOMPARE(*got, phrases);
}

void tst_PhraseAlternation::alternatives()
{
    QCOMPARE(PhraseAlternation::topLevelAlternatives(u"a|b(?:c|d)|[|]|\\|"),
             list({"a", "b(?:c|d)", "[|]", "\\|"}));
    QVERIFY(PhraseAlternation::isOneGroup(u"(?:a|(?:b|c))"));
    QVERIFY(!PhraseAlternation::isOneGroup(u"(?:a)|(?:b)"));
    QVERIFY(!PhraseAlternation::isOneGroup(u"(?:a)b"));
    QVERIFY(!PhraseAlternation::isOneGroup(u"(ab)"));
}

void tst_PhraseAlternation::requiredLiteral_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("literal");
    QTest::newRow("after a class escape")
        << QString::fromUtf8("\\d+\\s*min(?:utes?)?\\s*(?:de lecture|read)") << QString::fromUtf8("min");
    QTest::newRow("the longest run") << QString::fromUtf8("ab[cd]efgh?") << QString::fromUtf8("efg");
    QTest::newRow("an optional character ends a run")
        << QString::fromUtf8("abc?de") << QString::fromUtf8("ab");
    QTest::newRow("a repeated character is required once")
        << QString::fromUtf8("xa+bcd") << QString::fromUtf8("bcd");
    QTest::newRow("none at a level of alternatives") << QString::fromUtf8("abc|def") << QString();
    QTest::newRow("a class with a parenthesis") << QString::fromUtf8("[(]abc") << QString::fromUtf8("abc");
    QTest::newRow("an escaped character") << QString::fromUtf8("\\(ph\\)") << QString::fromUtf8("(ph)");
    QTest::newRow("a bounded repetition from zero")
        << QString::fromUtf8("ab{0,3}cd") << QString::fromUtf8("cd");
}

void tst_PhraseAlternation::requiredLiteral()
{
    QFETCH(QString, pattern);
    QFETCH(QString, literal);
    QCOMPARE(PhraseAlternation::requiredLiteral(pattern), literal);
}

namespace {

const QStringList &furnitureLike()
{
    static const QStringList phrases = list({
        "(?:laisser|laissez) un commentaire",
        "votre (?:adresse|nom|e-?mail)",
        "cliquez ici",
        "conditions (?:generales )?d'utilisation",
        "s'abonner",
        "ok",
        "\\d+\\s*min(?:utes?)?\\s*(?:de lecture|read)",
    });
    return phrases;
}

} // namespace

void tst_PhraseAlternation::agreesWithTheRegularExpression_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"", "o", "ok", "cliquez ici", "pour en savoir plus, cliquez ici.", "cliquez i",
                             "laissez un commentaire", "votre email", "votre e-mail", "votre e-mai",
                             "les conditions d'utilisation du site", "book", "5 min de lecture",
                             "12minutes read", "5 min", "il vient de s'abonner", "s'abonne", "Cliquez ici"})
        QTest::addRow("%s", text) << QString::fromUtf8(text);
}

void tst_PhraseAlternation::agreesWithTheRegularExpression()
{
    QFETCH(QString, text);
    const PhraseAlternation phrases(furnitureLike(), QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression re(furnitureLike().join(u'|'), QRegularExpression::UseUnicodePropertiesOption);
    QCOMPARE(phrases.matches(text), re.match(text).hasMatch());
}

// A pattern that ignores case, by an option or inline, is answered as the expression answers.
void tst_PhraseAlternation::ignoringCase()
{
    const QStringList alternatives = list({"cliquez ici", "\\d+ ?min"});
    const PhraseAlternation byOption(alternatives, QRegularExpression::CaseInsensitiveOption);
    QVERIFY(byOption.matches(u"CLIQUEZ ICI"));
    QVERIFY(byOption.matches(u"5 MIN"));
    const PhraseAlternation inlineOption(list({"cliquez ici", "(?i)\\d+ ?min"}), {});
    QVERIFY(!inlineOption.matches(u"CLIQUEZ ICI"));
    QVERIFY(inlineOption.matches(u"5 MIN"));
}

// Phrases and text over a three-letter alphabet, so that they often nearly match.
void tst_PhraseAlternation::agreesOnRandomText()
{
    QRandomGenerator random(20261203);
    const QString alphabet = QStringLiteral("abc");
    auto word = [&](int maxLength) {
        QString s;
        const int n = 1 + int(random.bounded(maxLength));
        for (int i = 0; i < n; ++i)
            s += alphabet[int(random.bounded(alphabet.size()))];
        return s;
    };
    int matched = 0;
    for (int round = 0; round < 200; ++round) {
        QStringList alternatives;
        for (int i = 0; i < 4; ++i)
            alternatives.append(QStringLiteral("%1(?:%2|%3)?%4").arg(word(3), word(2), word(2), word(2)));
        const PhraseAlternation phrases(alternatives, {});
        const QRegularExpression re(alternatives.join(u'|'));
        for (int i = 0; i < 20; ++i) {
            const QString text = word(12);
            const bool expected = re.match(text).hasMatch();
            matched += expected;
            QVERIFY2(phrases.matches(text) == expected, qPrintable(alternatives.join(u'|') + u" on " + text));
        }
    }
    QVERIFY(matched > 200 && matched < 3800); // both answers were tried often
}

QTEST_GUILESS_MAIN(tst_PhraseAlternation)
#include "tst_phrasealternation.moc"
