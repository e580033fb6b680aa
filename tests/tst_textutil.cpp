// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "text/frenchlexicon.h"
#include "text/textutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The word reading the extractor's passes share: FoldedWords must read exactly what
// TextUtil::forEachWord reads, FoldedWordSet must answer the same by word index as by text,
// and CharScanner must find what a loop over every character finds.
class tst_TextUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldedLastWords();
    void foldedWords_data();
    void foldedWords();
    void sharedRead();
    void wordSetByIndex();
    void indexAtAndForEach();
    void charScanner_data();
    void charScanner();
    void frenchLexicon();
    void systemFrenchLexicon();
};

namespace {

struct ReadWord
{
    qsizetype start;
    qsizetype end;
    QString folded;
    bool operator==(const ReadWord &o) const
    {
        return start == o.start && end == o.end && folded == o.folded;
    }
};

QList<ReadWord> byForEachWord(QStringView text)
{
    QList<ReadWord> out;
    TextUtil::forEachWord(text, [&](qsizetype s, qsizetype e, QStringView f) {
        out.append({s, e, f.toString()});
    });
    return out;
}

QList<ReadWord> byFoldedWords(const FoldedWords &words)
{
    QList<ReadWord> out;
    for (qsizetype i = 0; i < words.size(); ++i)
        out.append({words.start(i), words.end(i), words.folded(i).toString()});
    return out;
}

QString describe(const QList<ReadWord> &words)
{
    QStringList parts;
    for (const ReadWord &w : words)
        parts << QStringLiteral("%1-%2:%3").arg(w.start).arg(w.end).arg(w.folded);
    return parts.join(u' ');
}

} // namespace

// The end of a window, folded on its own, is the end of the window folded whole; or empty when
// folding the whole could fold it otherwise.
void tst_TextUtil::foldedLastWords()
{
    const QString texts[] = {QStringLiteral("le nombre atteint PLUS DE "),
                             QStringLiteral("soit près d\u2019"),
                             QStringLiteral("Łódź compte plus de  "),
                             QStringLiteral("de"),
                             QStringLiteral("   "),
                             QStringLiteral("Œuvre : un écart de"),
                             QStringLiteral("")};
    for (const QString &text : texts) {
        for (int count = 1; count <= 2; ++count) {
            const QString last = TextUtil::foldedLastWords(text, count);
            QVERIFY2(TextUtil::fold(text).endsWith(last), qPrintable(text));
        }
    }
    QCOMPARE(TextUtil::foldedLastWords(QStringLiteral("le nombre atteint PLUS DE "), 2),
             QStringLiteral(" plus de "));
    QCOMPARE(TextUtil::foldedLastWords(QStringLiteral("soit près d\u2019"), 1), QStringLiteral(" d'"));
    // A combining mark, a letter fold() decomposes: the caller folds the whole.
    QVERIFY(TextUtil::foldedLastWords(QStringLiteral("un total pre\u0300s de"), 2).isEmpty());
    QVERIFY(TextUtil::foldedLastWords(QStringLiteral("vers \u0141\u00f3d\u017a de"), 2).isEmpty());
}

void tst_TextUtil::foldedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("no letters") << QStringLiteral("734.000 — 9,5 % (2025) !");
    QTest::addRow("accents and capitals") << QStringLiteral("Bénéficiaires de l'AMO Tadamon à fin décembre");
    QTest::addRow("apostrophes and hyphens") << QStringLiteral("aujourd’hui, c'est-à-dire l'État");
    QTest::addRow("ligature and Latin-1 signs") << QStringLiteral("Œuvre cœur ª º µ ß Ÿ");
    QTest::addRow("other scripts") << QStringLiteral("التأمين الإجباري AMO Ελλάδα Россия");
    QTest::addRow("emoji between words") << QStringLiteral("plus\U0001F4CAde 734 dossiers\U0001F4C8");
    QTest::addRow("word of 31 letters") << QStringLiteral("x ") + QString(31, u'a') + QStringLiteral(" y");
    QTest::addRow("word of 32 letters") << QStringLiteral("x ") + QString(32, u'B') + QStringLiteral(" y");
    QTest::addRow("spaces of every kind") << QStringLiteral("a\u00A0b\u202Fc\u2009d\te\nf");
    QTest::addRow("letters glued to digits") << QStringLiteral("10MMDH 3M 2e 1er");
}

void tst_TextUtil::foldedWords()
{
    QFETCH(QString, text);
    const QList<ReadWord> expected = byForEachWord(text);
    const QList<ReadWord> read = byFoldedWords(FoldedWords(text));
    QCOMPARE(describe(read), describe(expected));
    QVERIFY(read == expected);
}

void tst_TextUtil::sharedRead()
{
    // Parts read together give what each gives alone, with offsets relative to the part.
    const QString text = QStringLiteral(
        "Le ministre a précisé. 734.000 dossiers\n\nLa CNSS a reçu 14 millions de dossiers.\n");
    const QList<QStringView> parts {QStringView(text).mid(0, 39), QStringView(text).mid(39, 2),
                                    QStringView(text).mid(41), QStringView()};
    const QList<FoldedWords> together = FoldedWords::read(parts);
    QCOMPARE(together.size(), parts.size());
    for (qsizetype k = 0; k < parts.size(); ++k) {
        QCOMPARE(describe(byFoldedWords(together[k])), describe(byFoldedWords(FoldedWords(parts[k]))));
        QCOMPARE(together[k].isEmpty(), FoldedWords(parts[k]).isEmpty());
    }
    QCOMPARE(together[0].folded(0), u"le");
    QCOMPARE(together[2].start(0), 0);
    QCOMPARE(together[2].folded(1), u"cnss");
    QVERIFY(together[1].isEmpty());
    QVERIFY(FoldedWords::read({}).isEmpty());
}

void tst_TextUtil::wordSetByIndex()
{
    // Words given unfolded; looked up by index (the stored hash, the Bloom filter) and by text.
    const FoldedWordSet set(QStringList {QStringLiteral("Décembre"), QStringLiteral("près"),
                                         QStringLiteral("AMO"), QStringLiteral("cœur"),
                                         QStringLiteral("aujourd")});
    const QString text
        = QStringLiteral("décembre DECEMBRE pres Près amo Amo coeur cœur aujourd'hui tadamon de la ")
        + QString(40, u'z');
    const FoldedWords words(text);
    int found = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QCOMPARE(set.value(words, i), set.value(words.folded(i)));
        QCOMPARE(set.contains(words, i), set.contains(words.folded(i)));
        found += set.contains(words, i);
    }
    QCOMPARE(set.value(words, 0), 0); // "décembre"
    QCOMPARE(set.value(words, 1), 0); // "DECEMBRE"
    QCOMPARE(set.value(words, 2), 1); // "pres"
    QCOMPARE(set.value(words, 4), 2); // "amo"
    QCOMPARE(set.value(words, 7), 3); // "cœur" (foldChar keeps the ligature)
    QCOMPARE(set.value(words, 8), 4); // "aujourd" of "aujourd'hui"
    QVERIFY(!set.contains(words, words.size() - 1)); // the long word has no folded form
    QCOMPARE(found, 8);

    // Many words: the Bloom filter must never hide one that is there.
    QStringList many;
    for (int i = 0; i < 3000; ++i)
        many << QStringLiteral("mot") + QChar(u'a' + i % 26) + QChar(u'a' + (i / 26) % 26)
                + QChar(u'a' + (i / 676) % 26);
    const FoldedWordSet big(many);
    const FoldedWords manyWords(many.join(u' '));
    QCOMPARE(manyWords.size(), many.size());
    for (qsizetype i = 0; i < manyWords.size(); ++i)
        QVERIFY2(big.contains(manyWords, i), qPrintable(manyWords.folded(i).toString()));
}

void tst_TextUtil::indexAtAndForEach()
{
    const QString text = QStringLiteral("  un deux, trois. quatre");
    const FoldedWords words(text);
    QCOMPARE(words.size(), 4);
    QCOMPARE(words.indexAt(0), 0);
    QCOMPARE(words.indexAt(2), 0);
    QCOMPARE(words.indexAt(3), 1);
    QCOMPARE(words.indexAt(text.size()), 4);
    QStringList seen;
    words.forEach([&](qsizetype i) { seen << words.folded(i).toString(); }, 5, 17);
    QCOMPARE(seen, (QStringList {QStringLiteral("deux"), QStringLiteral("trois")}));
    seen.clear();
    words.forEach([&](qsizetype i) { seen << words.folded(i).toString(); });
    QCOMPARE(seen.size(), 4);
}

void tst_TextUtil::charScanner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("none") << QStringLiteral("pas de fin de phrase ici");
    QTest::addRow("several") << QStringLiteral("Fin. Vraiment ? Oui ! Et… 9.255 puis 3.5.");
    QTest::addRow("at both ends") << QStringLiteral(".a?");
    QTest::addRow("after an emoji") << QStringLiteral("\U0001F4CA. x\U0001F4C8?");
}

void tst_TextUtil::charScanner()
{
    QFETCH(QString, text);
    static constexpr char16_t kEnds[] = {u'.', u'!', u'?', u'…'};
    QList<qsizetype> expected;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'.' || text[i] == u'!' || text[i] == u'?' || text[i] == u'…')
            expected << i;
    }
    QList<qsizetype> found;
    CharScanner scanner(text, kEnds);
    for (qsizetype i = scanner.next(0); i < text.size(); i = scanner.next(i + 1))
        found << i;
    QCOMPARE(found, expected);
    // Asked from positions between the characters (never going back), it answers the next one.
    CharScanner skipping(text, kEnds);
    qsizetype from = 0;
    for (const qsizetype e : std::as_const(expected)) {
        QCOMPARE(skipping.next(from), e);
        from = e + 1;
    }
    QCOMPARE(skipping.next(from), text.size());
}

// A word list read from a file: words compared folded, blank lines and spaces ignored; a
// missing file knows no word.
void tst_TextUtil::frenchLexicon()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const FrenchLexicon lexicon = FrenchLexicon::fromFile(
        TestSupport::writeFile(dir, QStringLiteral("words"),
                               "automobile\n\n  \u00e9conomie \nsant\u00e9\naujourd'hui\nsant\u00e9\n"));
    QCOMPARE(lexicon.size(), 4);
    QVERIFY(lexicon.contains(u"automobile"));
    QVERIFY(lexicon.contains(u"Automobile"));
    QVERIFY(lexicon.contains(u"Économie"));
    QVERIFY(lexicon.contains(u"sante"));
    QVERIFY(lexicon.contains(u"aujourd\u2019hui"));
    QVERIFY(!lexicon.contains(u"Tunisie"));
    QVERIFY(!lexicon.contains(u"automobiles"));
    QVERIFY(!lexicon.contains(u""));

    const FrenchLexicon none = FrenchLexicon::fromFile(dir.filePath(QStringLiteral("missing")));
    QVERIFY(none.isEmpty());
    QVERIFY(!none.contains(u"automobile"));
}

// The system's list (Debian's wfrench, which ./bilan.sh installs) has common words, not names.
void tst_TextUtil::systemFrenchLexicon()
{
    if (!QFile::exists(QStringLiteral("/usr/share/dict/french")))
        QSKIP("/usr/share/dict/french is not installed (Debian package wfrench)");
    const FrenchLexicon &lexicon = FrenchLexicon::system();
    QVERIFY(lexicon.size() > 100000);
    for (const char16_t *word : {u"automobile", u"Économie", u"santé", u"tourisme", u"rougeole"})
        QVERIFY2(lexicon.contains(word), qPrintable(QString::fromUtf16(word)));
    for (const char16_t *word : {u"Tunisie", u"Gabon", u"Marrakech", u"Maroc", u"Sénégal"})
        QVERIFY2(!lexicon.contains(word), qPrintable(QString::fromUtf16(word)));
}

QTEST_APPLESS_MAIN(tst_TextUtil)
#include "tst_textutil.moc"
