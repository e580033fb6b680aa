// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "claimtableview.h"
#include "display/claimtext.h"
#include "excerptview.h"
#include "extraction/claimextractor.h"
#include "facetpanel.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include "findingspanel.h"
#include "userguide.h"
#include "verificationpanel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QValueAxis>

// Drives the real window, offscreen.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsInTheBackground();
    void largeProjectCheckedInTheBackground();
    void typingFilters();
    void selectionHighlightsTheClaim();
    void clickInTextSelectsRow();
    void chartClickSelectsClaim();
    void facetsFollowTheFilter();
    void keyboard();
    void copyCitation();
    void switchLanguage();
    void badFilesGetAMessage();
    void clearedSelectionLeavesNothingStale();
    void findingSaysItClearedTheFilters();
    void sortRestoredOnReopen();
    void valueTooltipWraps();
    void defaultColumnsFit();
    void filterListsSortedAndResizable();
    void statusMessageNeverCoversTheCount();
    void chartAxesReadable();
    void barsCountInWholeNumbers();
    void chartEnlarges();
    void chartTooltipFromTheEvent();
    void userGuide();
    void screenshots_data();
    void screenshots();

private:
    QString shot(const QString &name) const;
    MainWindow *m_window = nullptr;
    QList<Article> m_articles;
};

void tst_MainWindow::initTestCase()
{
    // Settings (user name, recent projects, window state) go to a test folder, never the real home.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BilanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_articles = TestSupport::bundledExtracted();
}

void tst_MainWindow::init()
{
    m_window = new MainWindow;
    m_window->setQuiet(true);
    m_window->setArticles(m_articles);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanup()
{
    delete m_window;
}

QString tst_MainWindow::shot(const QString &name) const
{
    const QString dir = QStringLiteral(BILAN_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

void tst_MainWindow::loadsInTheBackground()
{
    MainWindow window;
    window.setQuiet(true);
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.loadBundled();
    QVERIFY(window.isLoading() || finished.count() == 1);
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    int total = 0;
    for (const Article &a : m_articles)
        total += a.claims.size();
    QCOMPARE(window.claimModel()->rowCount(), total);
    QVERIFY(window.shownLabel()->text().contains(QStringLiteral("of %1").arg(total)));
}

void tst_MainWindow::largeProjectCheckedInTheBackground()
{
    // Copies of the bundled five, each its own article, past the size checked at once: the
    // Findings panel says the checks are running (never "nothing to flag"), the window stays
    // usable, then shows exactly what the document's checks find.
    QList<Article> many;
    qsizetype claims = 0;
    for (int i = 0; claims <= 25000; ++i) {
        Article a = m_articles[i % m_articles.size()];
        a.id += QStringLiteral("-%1").arg(i);
        a.sha256 = QString::number(i).rightJustified(64, u'0');
        claims += a.claims.size();
        many.append(std::move(a));
    }
    MainWindow window;
    window.setQuiet(true);
    window.setArticles(many);
    QTRY_VERIFY(window.findingsPanel()->isChecking() || !window.findings().isEmpty());
    const auto *summary = window.findingsPanel()->findChild<QLabel *>();
    QVERIFY(summary);
    if (window.findingsPanel()->isChecking()) {
        QVERIFY2(!summary->text().contains(QStringLiteral("nothing to flag")), qPrintable(summary->text()));
        // The table answers while the checks run.
        QTest::keyClicks(window.searchField(), QStringLiteral("dossiers"));
        QVERIFY(window.filterModel()->rowCount() > 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.findingsPanel()->isChecking(), 180000);
    QVERIFY(!window.findings().isEmpty());
    QCOMPARE(window.findings().size(), window.document()->findings().size());
    QCOMPARE(window.findingsPanel()->list()->count(), window.findings().size());
    QVERIFY(!summary->text().contains(QStringLiteral("nothing to flag")));
}

void tst_MainWindow::typingFilters()
{
    ClaimFilterModel *filter = m_window->filterModel();
    const int all = filter->rowCount();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("beneficiaires"));
    QVERIFY(filter->rowCount() > 0 && filter->rowCount() < all);
    for (int r = 0; r < filter->rowCount(); ++r) {
        QString shown;
        // In the sentence, the unit, the metric or the speaker: not the article's title.
        for (int column : {ClaimTableModel::SentenceColumn, ClaimTableModel::UnitColumn,
                           ClaimTableModel::MetricColumn, ClaimTableModel::SpeakerColumn})
            shown += filter->index(r, column).data().toString().toLower() + u'|';
        QVERIFY2(shown.contains(QStringLiteral("bénéficiaires")), qPrintable(shown));
    }
    QVERIFY(m_window->shownLabel()->text().startsWith(QString::number(filter->rowCount())));
    // Esc clears the search.
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    QCOMPARE(m_window->searchField()->text(), QString());
    QCOMPARE(filter->rowCount(), all);
}

void tst_MainWindow::selectionHighlightsTheClaim()
{
    ClaimTableView *table = m_window->tableView();
    ClaimFilterModel *filter = m_window->filterModel();
    for (int r : {0, 5, filter->rowCount() - 1}) {
        table->setCurrentIndex(filter->index(r, 0));
        const qsizetype row = filter->shownRows()[size_t(r)];
        const Claim &claim = m_window->claimModel()->claimIndex().claim(row);
        const Article &article = m_window->claimModel()->claimIndex().article(row);
        QCOMPARE(m_window->excerptView()->article()->id, article.id);
        const auto range = m_window->excerptView()->highlightedRange();
        QCOMPARE(range.first, qsizetype(claim.start));
        QCOMPARE(range.second, qsizetype(claim.end));
        QVERIFY(m_window->chartPanel()->plottedRows().contains(row) || claim.asOf.isNull());
    }
}

void tst_MainWindow::clickInTextSelectsRow()
{
    ClaimFilterModel *filter = m_window->filterModel();
    m_window->tableView()->setCurrentIndex(filter->index(0, 0));
    ExcerptView *excerpt = m_window->excerptView();
    const Article *article = excerpt->article();
    QVERIFY(article && article->claims.size() >= 2);
    // A figure of the article other than the selected one.
    int target = -1;
    for (int c = 0; c < article->claims.size(); ++c) {
        if (c != excerpt->highlightedClaim() && !article->claims[c].boilerplate) {
            target = c;
            break;
        }
    }
    QVERIFY(target >= 0);
    QTextCursor cursor(excerpt->document());
    cursor.setPosition(excerpt->documentPosition(article->claims[target].start + 1));
    excerpt->setTextCursor(cursor);
    excerpt->ensureCursorVisible();
    const QPoint point = excerpt->cursorRect(cursor).center();
    QTest::mouseClick(excerpt->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(excerpt->highlightedClaim(), target);
    const qsizetype row = m_window->tableView()->currentClaimRow();
    QCOMPARE(m_window->claimModel()->claimIndex().claimIndex(row), target);
}

void tst_MainWindow::chartClickSelectsClaim()
{
    ClaimFilterModel *filter = m_window->filterModel();
    ChartPanel *charts = m_window->chartPanel();
    // A claim of a figure several sources report, whose chart has a point standing apart from
    // every other (no marker, nor the selection ring, covers it).
    qsizetype current = -1;
    qsizetype other = -1;
    int best = -1;
    for (int r = 0; r < filter->rowCount() && best < 16; ++r) {
        m_window->tableView()->setCurrentIndex(filter->index(r, 0));
        const QList<qsizetype> plotted = charts->plottedRows();
        if (plotted.size() < 3)
            continue;
        current = m_window->tableView()->currentClaimRow();
        // The chart lays itself out: its points land inside the plot area.
        QChart *chart = charts->timelineView()->chart();
        QTRY_VERIFY(
            !chart->plotArea().isEmpty()
            && charts->timelineView()->viewport()->rect().contains(charts->viewPositionOf(plotted.first())));
        const QRect plot = charts->timelineView()
                               ->mapFromScene(chart->mapToScene(chart->plotArea()))
                               .boundingRect()
                               .adjusted(12, 12, -12, -12);
        other = -1;
        best = -1;
        for (qsizetype p : plotted) {
            if (p == current || !plot.contains(charts->viewPositionOf(p)))
                continue;
            const QPoint at = charts->viewPositionOf(p);
            int nearest = std::numeric_limits<int>::max();
            for (qsizetype o : plotted) {
                if (o != p)
                    nearest = qMin(nearest, (charts->viewPositionOf(o) - at).manhattanLength());
            }
            if (nearest > best) {
                best = nearest;
                other = p;
            }
        }
    }
    QVERIFY2(other >= 0 && best >= 16, qPrintable(QString::number(best)));
    const QPoint point = charts->viewPositionOf(other);
    QVERIFY(!point.isNull());
    QSignalSpy activated(charts, &ChartPanel::claimActivated);
    QTest::mouseClick(charts->timelineView()->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<qsizetype>(), other);
    QCOMPARE(m_window->tableView()->currentClaimRow(), other);
}

void tst_MainWindow::facetsFollowTheFilter()
{
    FacetPanel *facets = m_window->facetPanel();
    QListWidget *units = facets->list(ClaimIndex::UnitFacet);
    QListWidgetItem *mad = nullptr;
    for (int i = 0; i < units->count(); ++i) {
        if (units->item(i)->text().startsWith(QStringLiteral("MAD (")))
            mad = units->item(i);
    }
    QVERIFY(mad);
    const int count = mad->text().section(u'(', -1).chopped(1).toInt();
    mad->setCheckState(Qt::Checked);
    QCOMPARE(m_window->filterModel()->rowCount(), count);
    // The other facets now count money claims only.
    QListWidget *kinds = facets->list(ClaimIndex::KindFacet);
    int money = 0;
    for (int i = 0; i < kinds->count(); ++i) {
        if (!kinds->item(i)->isHidden())
            money += kinds->item(i)->text().section(u'(', -1).chopped(1).toInt();
    }
    QCOMPARE(money, count);
    facets->clearAll();
    QVERIFY(m_window->filterModel()->rowCount() > count);
    QCOMPARE(mad->checkState(), Qt::Unchecked);
    // The furniture toggle.
    const int body = m_window->filterModel()->rowCount();
    facets->furnitureToggle()->click();
    QVERIFY(m_window->filterModel()->rowCount() > body);
}

void tst_MainWindow::keyboard()
{
    ClaimTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(m_window->filterModel()->index(0, 0));
    const qsizetype first = table->currentClaimRow();
    QTest::keyClick(table, Qt::Key_Down);
    const qsizetype second = table->currentClaimRow();
    QVERIFY(second != first);
    QCOMPARE(m_window->claimModel()->claimIndex().claimIndex(second),
             m_window->excerptView()->highlightedClaim());
    // Ctrl+F goes to the search field.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
}

void tst_MainWindow::copyCitation()
{
    // A claim whose citation and value are known: "734.000" in the first article's §4.
    const qsizetype row = m_window->claimModel()->claimIndex().rowOf(0, 2);
    QVERIFY(row >= 0);
    // (Selected explicitly: a Ctrl left over from an earlier key click would toggle it.)
    QVERIFY(m_window->tableView()->selectClaimRow(row));
    QApplication::clipboard()->setText(QStringLiteral("avant"));
    m_window->tableView()->copyCitationAction()->trigger();
    QTRY_COMPARE(QApplication::clipboard()->text(),
                 QStringLiteral(
                     "« Depuis le début de l’année, plus de 734.000 dossiers de prise en charge médicale ont "
                     "été traités dans le cadre du système national de santé. » — AMO : plus de 734.000 "
                     "prises en charge entre janvier et juin, §4"));
    QApplication::clipboard()->setText(QStringLiteral("avant"));
    m_window->tableView()->copyValueAction()->trigger();
    // French digit groups: a narrow no-break space.
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("734\u202F000"));
}

void tst_MainWindow::switchLanguage()
{
    auto *translator = new QTranslator(this);
    QVERIFY(translator->load(QStringLiteral(":/i18n/bilan_fr.qm")));
    QApplication::installTranslator(translator);
    QApplication::processEvents();
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    QVERIFY2(m_window->shownLabel()->text().contains(QStringLiteral("affichées")),
             qPrintable(m_window->shownLabel()->text()));
    QCOMPARE(m_window->claimModel()->headerData(ClaimTableModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Valeur"));
    m_window->grab().save(shot(QStringLiteral("window-fr.png")));
    QApplication::removeTranslator(translator);
    QApplication::processEvents();
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void tst_MainWindow::badFilesGetAMessage()
{
    MainWindow window;
    window.setQuiet(true);
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.loadFiles({QStringLiteral("/nonexistent/article.txt"),
                      QStringLiteral(BILAN_SOURCE_DIR "/data/corpus/000_d473263ba26b2ed1.txt")});
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    QCOMPARE(window.lastErrors().size(), 1);
    QVERIFY(window.lastErrors().first().contains(QStringLiteral("/nonexistent/article.txt: no such file")));
    QVERIFY(window.claimModel()->rowCount() > 0);
}

namespace {

QStringList drawnTexts(QChartView *view)
{
    QApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

} // namespace

void tst_MainWindow::clearedSelectionLeavesNothingStale()
{
    QVERIFY(!m_window->findings().isEmpty());
    m_window->showFinding(0);
    const qsizetype row = m_window->tableView()->currentClaimRow();
    QVERIFY(row >= 0);
    QVERIFY(m_window->excerptView()->highlightedClaim() >= 0);
    QVERIFY(!m_window->findingsPanel()->list()->selectedItems().isEmpty());
    QVERIFY(!m_window->chartPanel()->timeline().isEmpty());
    // A search that hides every claim: nothing of the last one stays on screen.
    QTest::keyClicks(m_window->searchField(), QStringLiteral("zzqqxx"));
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    QCOMPARE(m_window->tableView()->currentClaimRow(), qsizetype(-1));
    QCOMPARE(m_window->excerptView()->highlightedClaim(), -1);
    QVERIFY(m_window->chartPanel()->timelineView()->chart()->series().isEmpty());
    for (QAbstractAxis *axis : m_window->chartPanel()->timelineView()->chart()->axes())
        QVERIFY(!axis->isVisible() && axis->titleText().isEmpty());
    QVERIFY(m_window->findingsPanel()->list()->selectedItems().isEmpty());
    QVERIFY(m_window->verificationPanel()->correctedValueEdit()->text().isEmpty());
    QVERIFY(m_window->verificationPanel()->originalLabel()->text().isEmpty());
}

void tst_MainWindow::findingSaysItClearedTheFilters()
{
    // A finding whose claims differ in value; a filter that keeps only its first one's value.
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    int chosen = -1;
    for (int i = 0; i < m_window->findings().size() && chosen < 0; ++i) {
        const Finding &f = m_window->findings()[i];
        if (f.claims.size() < 2)
            continue;
        const double first = index.claim(index.rowOf(f.claims[0].first, f.claims[0].second)).value;
        for (const auto &[a, c] : f.claims) {
            if (index.claim(index.rowOf(a, c)).value != first)
                chosen = i;
        }
    }
    QVERIFY(chosen >= 0);
    const Finding finding = m_window->findings()[chosen];
    const double value = index.claim(index.rowOf(finding.claims[0].first, finding.claims[0].second)).value;
    ClaimFilter filter = m_window->filterModel()->filter();
    filter.minValue = value;
    filter.maxValue = value;
    m_window->filterModel()->setFilter(filter);
    m_window->statusBar()->clearMessage();
    m_window->showFinding(chosen);
    // The filters were cleared to show the whole finding, and the window says so.
    QVERIFY(std::isnan(m_window->filterModel()->filter().minValue));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Filters cleared")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(finding.message));
    QCOMPARE(m_window->tableView()->selectedClaimRows().size(), finding.claims.size());
    // Nothing hidden: nothing cleared, nothing said about filters.
    m_window->showFinding(chosen);
    QCOMPARE(m_window->statusBar()->currentMessage(), finding.message);
}

void tst_MainWindow::sortRestoredOnReopen()
{
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    Q_EMIT header->sectionClicked(ClaimTableModel::ValueColumn);
    Q_EMIT header->sectionClicked(ClaimTableModel::ValueColumn); // descending
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    m_window->close(); // saves the window's settings
    MainWindow again;
    again.setQuiet(true);
    again.setArticles(m_articles);
    QSettings().remove(QStringLiteral("headers"));
    QCOMPARE(again.tableView()->horizontalHeader()->sortIndicatorSection(),
             int(ClaimTableModel::ValueColumn));
    ClaimFilterModel *filter = again.filterModel();
    QVERIFY(filter->rowCount() > 10);
    // The rows are sorted, not only the arrow.
    for (int r = 1; r < filter->rowCount(); ++r) {
        const double previous
            = filter->index(r - 1, ClaimTableModel::ValueColumn).data(ClaimTableModel::SortRole).toDouble();
        const double value
            = filter->index(r, ClaimTableModel::ValueColumn).data(ClaimTableModel::SortRole).toDouble();
        QVERIFY2(previous >= value,
                 qPrintable(QStringLiteral("row %1: %2 < %3").arg(r).arg(previous).arg(value)));
    }
}

void tst_MainWindow::valueTooltipWraps()
{
    const QModelIndex value = m_window->filterModel()->index(0, ClaimTableModel::ValueColumn);
    const QString tip = value.data(Qt::ToolTipRole).toString();
    // Rich text: Qt wraps it at a readable width; the citation is all there.
    QVERIFY(Qt::mightBeRichText(tip));
    QTextDocument document;
    document.setHtml(tip);
    const qsizetype row = m_window->filterModel()->shownRows()[0];
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    QCOMPARE(document.toPlainText().simplified(),
             ClaimText::citation(index.article(row), index.claim(row)).simplified());
}

void tst_MainWindow::defaultColumnsFit()
{
    QSettings().remove(QStringLiteral("headers"));
    QSettings().remove(QStringLiteral("window"));
    MainWindow window;
    window.setQuiet(true);
    window.setArticles(m_articles);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    QHeaderView *header = window.tableView()->horizontalHeader();
    const int width = window.tableView()->viewport()->width();
    for (int column :
         {ClaimTableModel::StatusColumn, ClaimTableModel::ValueColumn, ClaimTableModel::DateColumn,
          ClaimTableModel::SourceColumn, ClaimTableModel::SentenceColumn}) {
        QVERIFY(!header->isSectionHidden(column));
        const int at = header->sectionViewportPosition(column);
        QVERIFY2(at >= 0 && at + qMin(header->sectionSize(column), 120) <= width,
                 qPrintable(QStringLiteral("column %1 at %2 of %3").arg(column).arg(at).arg(width)));
    }
}

void tst_MainWindow::statusMessageNeverCoversTheCount()
{
    const QString message = QStringLiteral("Checking the figures across sources…");
    m_window->statusBar()->showMessage(message);
    QApplication::processEvents();
    QLabel *count = m_window->shownLabel();
    QVERIFY(count->isVisible());
    QVERIFY(!count->text().isEmpty());
    // The message is drawn from the left edge: the count stands clear of it.
    const int messageEnd = m_window->statusBar()->fontMetrics().horizontalAdvance(message);
    QVERIFY2(count->geometry().left() > messageEnd,
             qPrintable(
                 QStringLiteral("count at %1, message to %2").arg(count->geometry().left()).arg(messageEnd)));
    m_window->statusBar()->clearMessage();
}

void tst_MainWindow::filterListsSortedAndResizable()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    for (auto facet : {ClaimIndex::MetricFacet, ClaimIndex::SourceFacet, ClaimIndex::UnitFacet}) {
        QListWidget *list = m_window->facetPanel()->list(facet);
        QVERIFY(list->count() > 2);
        QStringList labels;
        for (int i = 0; i < list->count(); ++i) {
            const QString label = list->item(i)->data(Qt::UserRole + 2).toString();
            if (label != FacetPanel::valueLabel(facet, QString()))
                labels << label;
        }
        for (int i = 1; i < labels.size(); ++i)
            QVERIFY2(collator.compare(labels[i - 1], labels[i]) <= 0,
                     qPrintable(labels[i - 1] + QStringLiteral(" > ") + labels[i]));
        // The Metric list names each metric as the table's Metric column does, never by its
        // key ("casablanca.nuitee").
        if (facet == ClaimIndex::MetricFacet) {
            QSet<QString> inTable;
            const ClaimTableModel *claims = m_window->claimModel();
            for (int r = 0; r < claims->rowCount(); ++r)
                inTable.insert(claims->index(r, ClaimTableModel::MetricColumn).data().toString());
            for (const QString &label : std::as_const(labels))
                QVERIFY2(inTable.contains(label), qPrintable(label));
        }
        // Each list can be made taller: no cap, a splitter handle under it.
        QCOMPARE(list->maximumHeight(), QWIDGETSIZE_MAX);
        QWidget *parent = list->parentWidget();
        while (parent && !qobject_cast<QSplitter *>(parent))
            parent = parent->parentWidget();
        QVERIFY(parent);
    }
}

void tst_MainWindow::chartAxesReadable()
{
    // "plus de 14 millions de dossiers": its metric over time.
    QVERIFY(m_window->selectClaimById(QStringLiteral("004_f861fe9495e6afc7#1434")));
    ChartPanel *charts = m_window->chartPanel();
    QChart *chart = charts->timelineView()->chart();
    auto *dates = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(dates && values);
    QVERIFY(dates->isVisible() && values->isVisible());
    const TimelineData &data = charts->timeline();
    QVERIFY(dates->format() == u"yyyy" || dates->format() == u"MMM yyyy");
    QVERIFY(dates->tickCount() >= 3);
    const int months = (data.to.year() - data.from.year()) * 12 + data.to.month() - data.from.month();
    QCOMPARE(months % (dates->tickCount() - 1), 0);
    const int step = months / (dates->tickCount() - 1);
    // The value axis names the scale and the unit.
    QVERIFY2(values->titleText().startsWith(QStringLiteral("millions of ")), qPrintable(values->titleText()));
    // Each tick reads a month or a year of the span, in order.
    const QStringList texts = drawnTexts(charts->timelineView());
    for (QDate d = data.from; d <= data.to; d = d.addMonths(step)) {
        const QString label = QLocale().toString(d, dates->format());
        QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" not in ") + texts.join(u'|')));
    }
    // A picture of it, to look at.
    QVERIFY(m_window->grab().save(shot(QStringLiteral("window-chart.png"))));
}

void tst_MainWindow::barsCountInWholeNumbers()
{
    ChartPanel *charts = m_window->chartPanel();
    auto *combo = charts->findChild<QComboBox *>();
    QVERIFY(combo);
    charts->tabs()->setCurrentIndex(1);
    // A few claims (ticks 0, 1, 2…), then all of them.
    for (const QString &search : {QStringLiteral("tadamon"), QString()}) {
        m_window->searchField()->setText(search);
        for (int i = 0; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            QChart *bars = charts->barView()->chart();
            auto *counts = qobject_cast<QValueAxis *>(bars->axes(Qt::Horizontal).value(0));
            QVERIFY(counts);
            const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
            QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(QString::number(step)));
            QCOMPARE(counts->min(), 0.0);
            QVERIFY(counts->tickCount() <= 8);
            QStringList ticks;
            for (const QString &t : drawnTexts(charts->barView())) {
                bool ok = false;
                t.toInt(&ok);
                if (ok)
                    ticks << t;
            }
            QCOMPARE(QSet<QString>(ticks.cbegin(), ticks.cend()).size() >= counts->tickCount(), true);
        }
    }
}

void tst_MainWindow::chartEnlarges()
{
    ChartPanel *charts = m_window->chartPanel();
    QToolButton *enlarge = charts->enlargeButton();
    QVERIFY(enlarge->isVisible());
    QApplication::processEvents();
    const QSize before = charts->timelineView()->size();
    enlarge->click();
    QApplication::processEvents();
    const QSize after = charts->timelineView()->size();
    QVERIFY2(after.width() > before.width() * 1.3 && after.height() > before.height() * 1.3,
             qPrintable(QStringLiteral("%1x%2 -> %3x%4")
                            .arg(before.width())
                            .arg(before.height())
                            .arg(after.width())
                            .arg(after.height())));
    QVERIFY(!m_window->tableView()->isVisible());
    enlarge->click();
    QApplication::processEvents();
    QVERIFY(m_window->tableView()->isVisible());
    QCOMPARE(charts->timelineView()->size(), before);
}

void tst_MainWindow::chartTooltipFromTheEvent()
{
    // The point under the pointer gives its citation, found from the help event's position
    // (not from the cursor, which some window managers do not report).
    QVERIFY(m_window->selectClaimById(QStringLiteral("004_f861fe9495e6afc7#1434")));
    ChartPanel *charts = m_window->chartPanel();
    const qsizetype row = m_window->tableView()->currentClaimRow();
    const QPoint at = charts->viewPositionOf(row);
    QVERIFY(!at.isNull());
    QWidget *viewport = charts->timelineView()->viewport();
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QTextDocument tip;
    tip.setHtml(QToolTip::text());
    // One of the claims drawn there (several sources may give the same figure on the same date).
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    bool found = false;
    for (qsizetype r : charts->plottedRows()) {
        if (charts->viewPositionOf(r) == at)
            found |= tip.toPlainText().simplified()
                == ClaimText::citation(index.article(r), index.claim(r)).simplified();
    }
    QVERIFY2(found, qPrintable(tip.toPlainText()));
    // Away from the points: no tooltip.
    QHelpEvent away(QEvent::ToolTip, QPoint(2, viewport->height() - 2),
                    viewport->mapToGlobal(QPoint(2, viewport->height() - 2)));
    QApplication::sendEvent(viewport, &away);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void tst_MainWindow::userGuide()
{
    // Help › User Guide: the guide in the interface's language, its pictures found.
    QAction *guide = m_window->findChild<QAction *>(QStringLiteral("userGuide"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *dialog = m_window->findChild<UserGuide *>();
    QVERIFY(dialog && dialog->isVisible());
    QTextBrowser *browser = dialog->browser();
    QVERIFY(browser->toPlainText().startsWith(QStringLiteral("Bilan user guide")));
    QVERIFY(!browser->toPlainText().contains(QStringLiteral("Guide de l'utilisateur")));
    QVERIFY(UserGuide::markdown(QStringLiteral("fr")).startsWith(QStringLiteral("# Guide de l'utilisateur")));
    int images = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            // The browser finds the picture's bytes in the resources.
            const QVariant bytes
                = browser->loadResource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name()));
            QVERIFY2(!QImage::fromData(bytes.toByteArray()).isNull(),
                     qPrintable(format.toImageFormat().name()));
        }
    }
    QVERIFY(images >= 2);
    // The guide names the window's commands as the menus do.
    for (const char *name : {"editArticle", "userGuide", "addArticles", "exportPdf"}) {
        const QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        const QString text = action->text().remove(u'&');
        QVERIFY2(browser->toPlainText().contains(text), qPrintable(text));
    }
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Compare…")));
    dialog->close();
}

void tst_MainWindow::screenshots_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addRow("bundled bilan") << QStringList {} << QStringLiteral("window.png");
    QTest::addRow("claim selected") << QStringList {QStringLiteral("--select"),
                                                    QStringLiteral("004_f861fe9495e6afc7#1434")}
                                    << QStringLiteral("window-claim.png");
    QTest::addRow("french") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")}
                            << QStringLiteral("window-lang-fr.png");
}

void tst_MainWindow::screenshots()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const QString path = shot(file);
    QFile::remove(path);
    QProcess p;
    p.start(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan"),
            arguments + QStringList {QStringLiteral("--screenshot"), path});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000 && image.height() >= 600);
    // A window, not a blank or a single-colour frame: text, tables and charts give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    // Each variant shows something the plain one does not.
    if (file != u"window.png") {
        const QImage plain(shot(QStringLiteral("window.png")));
        QVERIFY(!plain.isNull());
        QVERIFY(plain.size() == image.size() && plain != image);
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
