// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/frenchformat.h"
#include "extraction/claimextractor.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

// The claims table and its filter, on the bundled bilan, under QAbstractItemModelTester.
class tst_ClaimFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tableContents();
    void frenchValues_data();
    void frenchValues();
    void furnitureHiddenByDefault();
    void textIgnoresCaseAndAccents_data();
    void textIgnoresCaseAndAccents();
    void facetsAndCounts();
    void dateAndValueRanges();
    void sortByValue();
    void sortKeepsFilter();
    void sameAsPredicate_data();
    void sameAsPredicate();
    void statusChangeUpdatesCounts();

private:
    int facetIdOf(ClaimIndex::Facet facet, const QString &label) const;
    QList<Article> m_articles;
    std::unique_ptr<ProjectDocument> m_doc;
    ClaimTableModel *m_table = nullptr;
    ClaimFilterModel *m_filter = nullptr;
    QAbstractItemModelTester *m_tableTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void tst_ClaimFilterModel::initTestCase()
{
    // Settings (user name, recent projects, window state) go to a test folder, never the real home.
    QStandardPaths::setTestModeEnabled(true);
    m_articles = TestSupport::bundledExtracted();
}

void tst_ClaimFilterModel::init()
{
    m_table = new ClaimTableModel(this);
    m_filter = new ClaimFilterModel(this);
    m_tableTester
        = new QAbstractItemModelTester(m_table, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filterTester = new QAbstractItemModelTester(
        m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filter->setSourceModel(m_table);
    auto doc = ProjectDocument::createUntitled(m_articles);
    QVERIFY2(doc, qPrintable(doc.error()));
    m_doc = std::move(doc).value();
    m_table->setDocument(m_doc.get());
}

void tst_ClaimFilterModel::cleanup()
{
    delete m_filterTester;
    delete m_tableTester;
    delete m_filter;
    delete m_table;
    m_doc.reset();
}

int tst_ClaimFilterModel::facetIdOf(ClaimIndex::Facet facet, const QString &label) const
{
    return int(m_table->claimIndex().facetValues(facet).indexOf(label));
}

void tst_ClaimFilterModel::tableContents()
{
    int total = 0, furniture = 0;
    for (const Article &a : m_articles) {
        total += a.claims.size();
        for (const Claim &c : a.claims)
            furniture += c.boilerplate;
    }
    QCOMPARE(m_table->rowCount(), total);
    QCOMPARE(m_filter->rowCount(), total - furniture);
    QCOMPARE(m_filter->totalCount(), total);
    QCOMPARE(m_table->columnCount(), int(ClaimTableModel::ColumnCount));
    QCOMPARE(m_table->headerData(ClaimTableModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Value"));
    // Row 0 of the index is the first claim of the first article.
    const QModelIndex first = m_table->index(0, ClaimTableModel::SentenceColumn);
    QVERIFY(first.data().toString().contains(QStringLiteral("734.000")));
    QCOMPARE(m_table->index(0, ClaimTableModel::ValueColumn).data(ClaimTableModel::SortRole).toDouble(),
             734000.0);
}

void tst_ClaimFilterModel::frenchValues_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("text");
    const double none = std::nan("");
    QTest::addRow("millions") << 24.7e6 << none << int(ClaimKind::Count) << QStringLiteral("personnes")
                              << QStringLiteral("24,7 millions");
    QTest::addRow("singular million")
        << 1.7e6 << none << int(ClaimKind::Count) << QString() << QStringLiteral("1,7 million");
    QTest::addRow("dirham billions") << 9.5e9 << none << int(ClaimKind::Money) << QStringLiteral("MAD")
                                     << QStringLiteral("9,5 milliards DH");
    QTest::addRow("thousands") << 734000.0 << none << int(ClaimKind::Count) << QString()
                               << QStringLiteral("734\u202F000");
    QTest::addRow("range") << 500.0 << 1200.0 << int(ClaimKind::Money) << QStringLiteral("MAD")
                           << QStringLiteral("500 – 1\u202F200 DH");
    QTest::addRow("percent") << 12.5 << none << int(ClaimKind::Percent) << QStringLiteral("%")
                             << QStringLiteral("12,5\u00A0%");
    QTest::addRow("euros") << 1.2e9 << none << int(ClaimKind::Money) << QStringLiteral("EUR")
                           << QStringLiteral("1,2 milliard €");
}

void tst_ClaimFilterModel::frenchValues()
{
    QFETCH(double, value);
    QFETCH(double, high);
    QFETCH(int, kind);
    QFETCH(QString, unit);
    QFETCH(QString, text);
    Claim c;
    c.value = value;
    c.high = high;
    c.kind = ClaimKind(kind);
    c.unit = unit;
    QCOMPARE(FrenchFormat::value(c), text);
}

void tst_ClaimFilterModel::furnitureHiddenByDefault()
{
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QVERIFY(!m_filter->index(r, 0).data(ClaimTableModel::FurnitureRole).toBool());
    m_filter->setShowFurniture(true);
    QCOMPARE(m_filter->rowCount(), m_table->rowCount());
}

void tst_ClaimFilterModel::textIgnoresCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words"); // what a claim's sentence or labels must hold, folded
    QTest::addRow("no accents") << QStringLiteral("beneficiaires")
                                << QStringList {QStringLiteral("beneficiaires")};
    QTest::addRow("accents and case")
        << QStringLiteral("BÉNÉFICIAIRES") << QStringList {QStringLiteral("beneficiaires")};
    QTest::addRow("two words, both required")
        << QStringLiteral("beneficiaires  baitas")
        << QStringList {QStringLiteral("beneficiaires"), QStringLiteral("baitas")};
    QTest::addRow("speaker") << QStringLiteral("Akhannouch") << QStringList {QStringLiteral("akhannouch")};
    QTest::addRow("metric label") << QStringLiteral("tadamon") << QStringList {QStringLiteral("tadamon")};
    // An outlet's name, or an article's headline, is not searched: the Source filter picks those.
    QTest::addRow("source label") << QStringLiteral("hespress") << QStringList {QStringLiteral("hespress")};
    QTest::addRow("nothing") << QStringLiteral("zzzz") << QStringList {QStringLiteral("zzzz")};
}

namespace {

// Lower case without accents, by Unicode decomposition: written apart from TextUtil::fold, the
// code under test, so that the two must agree.
QString folded(const QString &text)
{
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_KD)) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch.toLower();
    }
    return out;
}

} // namespace

void tst_ClaimFilterModel::textIgnoresCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    m_filter->setFilterText(text);
    // Counted independently: the sentence as the table shows it, and the labels.
    int expected = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString haystack
            = folded(QString(m_table->displayText(r, ClaimTableModel::SentenceColumn) + u'|'
                             + m_table->displayText(r, ClaimTableModel::UnitColumn) + u'|'
                             + m_table->displayText(r, ClaimTableModel::SpeakerColumn) + u'|'
                             + m_table->displayText(r, ClaimTableModel::MetricColumn)));
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [&](const QString &w) { return haystack.contains(w); });
        expected += all && !m_table->claimIndex().isFurniture(r);
    }
    QCOMPARE(m_filter->rowCount(), expected);
    if (words.first() != u"zzzz" && words.first() != u"hespress")
        QVERIFY(expected > 0);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QVERIFY(!m_filter->index(r, 0).data(ClaimTableModel::FurnitureRole).toBool());
}

void tst_ClaimFilterModel::facetsAndCounts()
{
    const int mad = facetIdOf(ClaimIndex::UnitFacet, QStringLiteral("MAD"));
    QVERIFY(mad > 0);
    const int madCount = m_filter->facetCounts(ClaimIndex::UnitFacet)[size_t(mad)];
    m_filter->setFacet(ClaimIndex::UnitFacet, {mad});
    QCOMPARE(m_filter->rowCount(), madCount);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, ClaimTableModel::UnitColumn).data().toString(), QStringLiteral("MAD"));
    // The unit facet still counts the other units (a facet does not filter its own counts)…
    const int dossiers = facetIdOf(ClaimIndex::UnitFacet, QStringLiteral("dossiers"));
    QVERIFY(m_filter->facetCounts(ClaimIndex::UnitFacet)[size_t(dossiers)] > 0);
    // …while the other facets count only money claims.
    int kindTotal = 0;
    for (int n : m_filter->facetCounts(ClaimIndex::KindFacet))
        kindTotal += n;
    QCOMPARE(kindTotal, madCount);
    QCOMPARE(m_filter->facetCounts(ClaimIndex::KindFacet)[size_t(ClaimKind::Money)], madCount);
    m_filter->clearFilter();
    QVERIFY(m_filter->rowCount() > madCount);
}

void tst_ClaimFilterModel::dateAndValueRanges()
{
    m_filter->setDateRange(PartialDate {2025, 1, 0}.sortKey(), PartialDate {2025, 1, 0}.sortKey());
    QVERIFY(m_filter->rowCount() > 0);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QVERIFY(m_filter->index(r, ClaimTableModel::DateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("janvier 2025")));
    m_filter->clearFilter();
    m_filter->setValueRange(1e9, std::nan(""));
    QVERIFY(m_filter->rowCount() > 0);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QVERIFY(m_filter->index(r, ClaimTableModel::ValueColumn).data(ClaimTableModel::SortRole).toDouble()
                >= 1e9);
}

void tst_ClaimFilterModel::sortByValue()
{
    m_filter->sort(ClaimTableModel::ValueColumn, Qt::AscendingOrder);
    double previous = -1;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const double v
            = m_filter->index(r, ClaimTableModel::ValueColumn).data(ClaimTableModel::SortRole).toDouble();
        QVERIFY(v >= previous);
        previous = v;
    }
    m_filter->sort(ClaimTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, ClaimTableModel::ValueColumn).data(ClaimTableModel::SortRole).toDouble(),
             32.6e9);
}

void tst_ClaimFilterModel::sortKeepsFilter()
{
    m_filter->setFilterText(QStringLiteral("dossiers"));
    const int rows = m_filter->rowCount();
    m_filter->sort(ClaimTableModel::SourceColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->rowCount(), rows);
    QString previous;
    for (int r = 0; r < rows; ++r) {
        const QString source = m_filter->index(r, ClaimTableModel::SourceColumn).data().toString();
        QVERIFY(QString::localeAwareCompare(previous, source) <= 0 || previous.isEmpty());
        previous = source;
    }
}

void tst_ClaimFilterModel::sameAsPredicate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("furniture");
    QTest::addColumn<double>("minValue");
    QTest::addRow("text") << QStringLiteral("millions") << false << std::nan("");
    QTest::addRow("furniture shown") << QStringLiteral("maroc") << true << std::nan("");
    QTest::addRow("value") << QString() << false << 100000.0;
}

void tst_ClaimFilterModel::sameAsPredicate()
{
    // The fast pass of the model and ClaimFilter::matches() (the CLI's) agree row for row.
    QFETCH(QString, text);
    QFETCH(bool, furniture);
    QFETCH(double, minValue);
    ClaimFilter f;
    f.text = text;
    f.showFurniture = furniture;
    f.minValue = minValue;
    m_filter->setFilter(f);
    QList<int> expected;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (f.matches(m_table->claimIndex(), r))
            expected.append(r);
    }
    QList<int> got(m_filter->shownRows().cbegin(), m_filter->shownRows().cend());
    QCOMPARE(got, expected);
}

void tst_ClaimFilterModel::statusChangeUpdatesCounts()
{
    const int verified = int(ClaimStatus::Verified);
    QCOMPARE(m_filter->facetCounts(ClaimIndex::StatusFacet)[size_t(verified)], 0);
    const int row = m_filter->shownRows().front();
    QVERIFY(m_doc->setStatus({m_table->keyOf(row)}, ClaimStatus::Verified));
    QCOMPARE(m_filter->facetCounts(ClaimIndex::StatusFacet)[size_t(verified)], 1);
    m_filter->setFacet(ClaimIndex::StatusFacet, {verified});
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->index(0, ClaimTableModel::StatusColumn).data().toString(), QStringLiteral("Verified"));
}

QTEST_MAIN(tst_ClaimFilterModel)
#include "tst_claimfiltermodel.moc"
