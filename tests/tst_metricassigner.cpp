// SPDX-License-Identifier: GPL-3.0-or-later
// MetricAssigner on articles written for each step of docs/metrics.md, with the metric a
// careful reader of the bundled taxonomy (data/metrics.json) gives: the measure from the unit
// and the measure words nearest the figure, the scheme from the sentence, then earlier in the
// paragraph, the earlier paragraphs of the section, the heading above; and the figures that
// must get no metric at all.
#include "metrics/metricassigner.h"
#include "text/claimcontext.h"

#include <QTest>

namespace {

// An article of paragraphs; a paragraph starting with "# " is a heading (the mark is not in
// the text), one starting with "~ " is website furniture.
Article articleOf(const QStringList &paragraphs, const QString &title = {})
{
    Article a;
    a.id = QStringLiteral("a");
    a.sha256 = QStringLiteral("a");
    a.title = title;
    for (QString p : paragraphs) {
        ParagraphKind kind = ParagraphKind::Body;
        if (p.startsWith(QStringLiteral("# "))) {
            kind = ParagraphKind::Heading;
            p.remove(0, 2);
        } else if (p.startsWith(QStringLiteral("~ "))) {
            kind = ParagraphKind::Boilerplate;
            p.remove(0, 2);
        }
        if (!a.text.isEmpty())
            a.text += QStringLiteral("\n\n");
        a.paragraphs.append({a.text.size(), a.text.size() + p.size(), kind});
        a.text += p;
    }
    return a;
}

// A claim on the first `figure` of the text, counting `unit`.
Claim claimOn(const Article &a, const QString &figure, const QString &unit, ClaimKind kind = ClaimKind::Count)
{
    Claim c;
    c.start = qint32(a.text.indexOf(figure));
    Q_ASSERT(c.start >= 0);
    c.end = c.start + qint32(figure.size());
    for (int p = 0; p < a.paragraphs.size(); ++p) {
        if (a.paragraphs[p].start <= c.start && c.start < a.paragraphs[p].end)
            c.paragraph = p;
    }
    c.boilerplate = a.paragraphs[c.paragraph].isBoilerplate();
    c.value = 1;
    c.kind = kind;
    c.unit = unit;
    return c;
}

} // namespace

class tst_MetricAssigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricFromWords_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("metric");
        const int count = int(ClaimKind::Count);
        const int money = int(ClaimKind::Money);
        const int percent = int(ClaimKind::Percent);

        // The measure word of the clause ("déposés", "traités") and the scheme of the sentence.
        QTest::newRow("scheme and event in the sentence")
            << QStringList {QStringLiteral(
                   "Au titre de l'AMO Tadamon, 14 millions de dossiers ont été déposés.")}
            << QStringLiteral("14 millions") << QStringLiteral("dossiers") << count
            << QStringLiteral("tadamon.files_submitted");
        QTest::newRow("treated files") << QStringList {QStringLiteral(
            "Pour les travailleurs non salariés, 3,6 millions de dossiers ont été traités.")}
                                       << QStringLiteral("3,6 millions") << QStringLiteral("dossiers")
                                       << count << QStringLiteral("tns.files_reimbursed");
        // "AMO Tadamon" beats "l'AMO", whichever is nearer.
        QTest::newRow("a specific scheme beats the generic one") << QStringList {QStringLiteral(
            "Dans le cadre de l'AMO Tadamon, qui relève de l'AMO, 14 millions de dossiers ont été "
            "déposés.")} << QStringLiteral("14 millions") << QStringLiteral("dossiers")
                                                                 << count
                                                                 << QStringLiteral("tadamon.files_submitted");
        // No scheme in the sentence: an earlier sentence of the paragraph names it.
        QTest::newRow("scheme of an earlier sentence")
            << QStringList {QStringLiteral(
                   "Le régime AMO Achamil s'élargit. Il compte 313.000 bénéficiaires.")}
            << QStringLiteral("313.000") << QStringLiteral("bénéficiaires") << count
            << QStringLiteral("achamil.beneficiaries");
        // Then the body paragraphs earlier in the section.
        QTest::newRow("scheme of an earlier paragraph")
            << QStringList {QStringLiteral("Le régime des travailleurs non salariés progresse."),
                            QStringLiteral("Au total, 3,6 millions de dossiers ont été traités.")}
            << QStringLiteral("3,6 millions") << QStringLiteral("dossiers") << count
            << QStringLiteral("tns.files_reimbursed");
        // Then the heading above; the noun counted right after the figure is not a measure word,
        // the unit's usual reading is.
        QTest::newRow("scheme of the heading")
            << QStringList {QStringLiteral("# AMO Tadamon"),
                            QStringLiteral("Au total, 4 millions de familles.")}
            << QStringLiteral("4 millions") << QStringLiteral("familles") << count
            << QStringLiteral("tadamon.families");
        // A heading starts a section: what the paragraphs above it named does not cross it.
        QTest::newRow("a heading ends the section")
            << QStringList {QStringLiteral("Le régime des travailleurs non salariés progresse."),
                            QStringLiteral("# AMO Tadamon"),
                            QStringLiteral("Au total, 3,6 millions de dossiers ont été traités.")}
            << QStringLiteral("3,6 millions") << QStringLiteral("dossiers") << count
            << QStringLiteral("tadamon.files_reimbursed");
        QTest::newRow("money with its measure word")
            << QStringList {QStringLiteral(
                   "Le montant remboursé par l'AMO Tadamon atteint 17 milliards de dirhams.")}
            << QStringLiteral("17 milliards") << QStringLiteral("MAD") << money
            << QStringLiteral("tadamon.amount_reimbursed");

        // Failure rows: what must get no metric.
        QTest::newRow("money without a measure word")
            << QStringList {QStringLiteral("L'AMO Tadamon a été évoquée : 4 milliards de dirhams.")}
            << QStringLiteral("4 milliards") << QStringLiteral("MAD") << money << QString();
        QTest::newRow("a percentage that is a change")
            << QStringList {QStringLiteral("Le taux de couverture de l'AMO est en hausse de 7,3 %.")}
            << QStringLiteral("7,3 %") << QStringLiteral("%") << percent << QString();
        QTest::newRow("a unit no measure counts")
            << QStringList {QStringLiteral("L'AMO Tadamon a financé 12 km de routes.")}
            << QStringLiteral("12 km") << QStringLiteral("km") << count << QString();
    }

    void metricFromWords()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, figure);
        QFETCH(QString, unit);
        QFETCH(int, kind);
        QFETCH(QString, metric);
        Article a = articleOf(paragraphs);
        a.claims = {claimOn(a, figure, unit, ClaimKind(kind))};
        a.claims[0].metric = QStringLiteral("stale"); // always assigned again
        MetricAssigner::assign(a);
        QCOMPARE(a.claims[0].metric, metric);
    }

    // A title names the scheme when nothing nearer does.
    void schemeOfTheTitle()
    {
        Article a = articleOf({QStringLiteral("Au total, 4 millions de familles en bénéficient.")},
                              QStringLiteral("AMO Tadamon : le bilan"));
        a.claims = {claimOn(a, QStringLiteral("4 millions"), QStringLiteral("familles"))};
        MetricAssigner::assign(a);
        QCOMPARE(a.claims[0].metric, QStringLiteral("tadamon.families"));
    }

    // The journalist's metric and the furniture's are left as they are.
    void manualAndFurnitureLeftAlone()
    {
        Article a = articleOf(
            {QStringLiteral("Au titre de l'AMO Tadamon, 14 millions de dossiers ont été déposés."),
             QStringLiteral("~ AMO Tadamon : 9 millions de dossiers déposés")});
        Claim manual = claimOn(a, QStringLiteral("14 millions"), QStringLiteral("dossiers"));
        manual.manual = true;
        manual.metric = QStringLiteral("amo.files_processed");
        Claim furniture = claimOn(a, QStringLiteral("9 millions"), QStringLiteral("dossiers"));
        QVERIFY(furniture.boilerplate);
        a.claims = {manual, furniture};
        MetricAssigner::assign(a);
        QCOMPARE(a.claims[0].metric, QStringLiteral("amo.files_processed"));
        QCOMPARE(a.claims[1].metric, QString());
    }

    // The extractor's words and sentences, when given, give exactly what reading them here gives.
    void givenWordsGiveTheSameResult()
    {
        Article a = articleOf(
            {QStringLiteral("# AMO Tadamon"),
             QStringLiteral("Au total, 4 millions de familles. Par ailleurs, 14 millions de dossiers ont été "
                            "déposés, dont 12 millions traités."),
             QStringLiteral(
                 "Pour les travailleurs non salariés, 3,6 millions de dossiers ont été traités.")});
        a.claims = {claimOn(a, QStringLiteral("4 millions"), QStringLiteral("familles")),
                    claimOn(a, QStringLiteral("14 millions"), QStringLiteral("dossiers")),
                    claimOn(a, QStringLiteral("12 millions"), QStringLiteral("dossiers")),
                    claimOn(a, QStringLiteral("3,6 millions"), QStringLiteral("dossiers"))};
        Article read = a;
        MetricAssigner::assign(read);
        QList<FoldedWords> words;
        QList<QList<TextSpan>> sentences;
        for (int p = 0; p < a.paragraphs.size(); ++p) {
            words.append(FoldedWords(a.paragraphText(p)));
            QList<TextSpan> spans = ClaimContext::sentences(a, p);
            for (TextSpan &s : spans) {
                s.start -= a.paragraphs[p].start;
                s.end -= a.paragraphs[p].start;
            }
            sentences.append(spans);
        }
        MetricAssigner::assign(a, MetricTaxonomy::bundled(), &words, &sentences);
        QStringList expected {QStringLiteral("tadamon.families"), QStringLiteral("tadamon.files_submitted"),
                              QStringLiteral("tadamon.files_reimbursed"),
                              QStringLiteral("tns.files_reimbursed")};
        for (int i = 0; i < a.claims.size(); ++i) {
            QCOMPARE(read.claims[i].metric, expected[i]);
            QCOMPARE(a.claims[i].metric, expected[i]);
        }
    }

    // The schemes an article names: in its title, a heading, its body and its furniture, the
    // same from the extractor's words as from words folded here, and from a long article read on
    // every core.
    void schemesNamed()
    {
        const Article a = articleOf(
            {QStringLiteral("# AMO Tadamon"), QStringLiteral("Les travailleurs non salariés sont couverts."),
             QStringLiteral("~ Lire aussi : l'AMO Achamil en chiffres"), QStringLiteral("Rien d'autre ici.")},
            QStringLiteral("Le bilan de la CNOPS"));
        QList<FoldedWords> words;
        for (int p = 0; p < a.paragraphs.size(); ++p)
            words.append(FoldedWords(a.paragraphText(p)));
        const QStringList named = MetricAssigner::schemesNamed(a, MetricTaxonomy::bundled());
        QCOMPARE(named,
                 (QStringList {QStringLiteral("achamil"), QStringLiteral("cnops"), QStringLiteral("tadamon"),
                               QStringLiteral("tns")}));
        QCOMPARE(MetricAssigner::schemesNamed(a, MetricTaxonomy::bundled(), &words), named);
        QStringList many;
        for (int k = 0; k < 3000; ++k)
            many << (k == 2500
                         ? QStringLiteral("Le régime AMO Tadamon compte des assurés.")
                         : QStringLiteral("Une phrase ordinaire sans régime, écrite pour allonger la page."));
        const Article longArticle = articleOf(many);
        QCOMPARE(MetricAssigner::schemesNamed(longArticle, MetricTaxonomy::bundled()),
                 QStringList {QStringLiteral("tadamon")});
        const Article none = articleOf({QStringLiteral("Le tourisme progresse.")});
        QVERIFY(MetricAssigner::schemesNamed(none, MetricTaxonomy::bundled()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MetricAssigner)
#include "tst_metricassigner.moc"
