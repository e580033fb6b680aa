// SPDX-License-Identifier: GPL-3.0-or-later
// The verification workflow in the real window, offscreen: statuses from the keyboard, notes
// saved as one types, undo from the Edit menu, a second window read-only, articles added and
// refused, a figure added from the excerpt, exports of the current filter.
#include "articledialog.h"
#include "claimtableview.h"
#include "display/claimtext.h"
#include "excerptview.h"
#include "extraction/claimextractor.h"
#include "findingcomparison.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "manualclaimdialog.h"
#include "metrics/metricset.h"
#include "metrics/metrictaxonomy.h"
#include "metricspanel.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "pastearticledialog.h"
#include "project/projectdocument.h"
#include "reportdialog.h"
#include "settings/appsettings.h"
#include "sources/corpus.h"
#include "testsupport.h"
#include "verificationpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

class tst_VerificationWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusFromTheKeyboardIsSavedAndUndoable();
    void severalClaimsAtOnce();
    void noteAndReferencesSavedAsOneTypes();
    void correctionShownBesideTheOriginal();
    void correctionSavedAsOneTypes();
    void articleDetailsEdited();
    void articleDateGivesRelativeDates();
    void findingComparedAndResolved();
    void secondWindowIsReadOnly();
    void twoWindowsOnASharedProject();
    void badProjectGetsAMessage();
    void addingArticles();
    void droppedFiles();
    void pastedArticle();
    void figureAddedFromTheExcerpt();
    void exportOfTheCurrentFilter();
    void findingsInTheWindow();
    void metricAssignedByHand();
    void metricsViewOwnsTheTaxonomy();
    void pdfReportFromTheWindow();
    void untitledProjectSavedAs();
    void screenshot();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QString freshProject();
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QList<Article> m_articles;
    QString m_path;
    int m_count = 0;
};

void tst_VerificationWindow::initTestCase()
{
    // Settings (user name, recent projects, window state) go to a test folder, never the real home.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BilanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_verificationwindow"));
    qputenv("USER", "redaction");
    QVERIFY(m_dir.isValid());
    m_articles = TestSupport::bundledExtracted();
}

QString tst_VerificationWindow::freshProject()
{
    const QString path = m_dir.filePath(QStringLiteral("projet %1.bilan").arg(++m_count));
    auto doc = ProjectDocument::create(path, m_articles);
    if (!doc)
        qFatal("%s", qPrintable(doc.error()));
    return path;
}

void tst_VerificationWindow::init()
{
    m_path = freshProject();
    m_window = new MainWindow;
    m_window->setQuiet(true);
    QVERIFY(m_window->openProject(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_VerificationWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void tst_VerificationWindow::statusFromTheKeyboardIsSavedAndUndoable()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("projet %1 — Bilan").arg(m_count));
    ClaimTableView *table = m_window->tableView();
    const qsizetype row = table->currentClaimRow();
    QVERIFY(row >= 0);
    const ClaimKey key = m_window->claimModel()->keyOf(row);
    const QString figure = m_window->document()->claimLabel(key);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier); // Verified
    QCOMPARE(m_window->claimModel()->claimIndex().status(row), ClaimStatus::Verified);
    const QModelIndex statusCell = m_window->claimModel()->index(int(row), ClaimTableModel::StatusColumn);
    QCOMPARE(statusCell.data().toString(), QStringLiteral("Verified"));
    QVERIFY(statusCell.data(Qt::DecorationRole).canConvert<QImage>());
    QCOMPARE(action("undo")->text(), QStringLiteral("Undo Mark %1 as Verified").arg(figure));
    // Saved at once: another reader of the file sees it.
    {
        auto reader = ProjectDocument::open(m_path, ProjectStore::Access::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader.value()->annotation(key).status, ClaimStatus::Verified);
        QCOMPARE(reader.value()->annotation(key).updatedBy, QStringLiteral("redaction"));
    }
    QTest::keyClick(table, Qt::Key_3, Qt::ControlModifier); // Wrong
    QCOMPARE(m_window->claimModel()->claimIndex().status(row), ClaimStatus::Wrong);
    action("undo")->trigger();
    QCOMPARE(m_window->claimModel()->claimIndex().status(row), ClaimStatus::Verified);
    QVERIFY(action("statusVerified")->isChecked());
    action("undo")->trigger();
    QCOMPARE(m_window->claimModel()->claimIndex().status(row), ClaimStatus::ToCheck);
    QCOMPARE(action("redo")->text(), QStringLiteral("Redo Mark %1 as Verified").arg(figure));
    action("redo")->trigger();
    QCOMPARE(m_window->claimModel()->claimIndex().status(row), ClaimStatus::Verified);
    // The history panel lists every change, newest first.
    QTreeWidget *history = m_window->verificationPanel()->historyView();
    QCOMPARE(history->topLevelItemCount(), 5);
    QVERIFY(history->topLevelItem(0)->text(2).contains(QStringLiteral("Verified")));
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("redaction"));
}

void tst_VerificationWindow::severalClaimsAtOnce()
{
    ClaimTableView *table = m_window->tableView();
    ClaimFilterModel *model = m_window->filterModel();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    const QList<qsizetype> rows = table->selectedClaimRows();
    QCOMPARE(rows.size(), 3);
    QVERIFY(!m_window->verificationPanel()->noteEdit()->isEnabled()); // a note is for one claim
    action("statusDisputed")->trigger();
    for (qsizetype r : rows)
        QCOMPARE(m_window->claimModel()->claimIndex().status(r), ClaimStatus::Disputed);
    QCOMPARE(action("undo")->text(), QStringLiteral("Undo Mark 3 claim(s) as Disputed"));
    action("undo")->trigger();
    for (qsizetype r : rows)
        QCOMPARE(m_window->claimModel()->claimIndex().status(r), ClaimStatus::ToCheck);
}

void tst_VerificationWindow::noteAndReferencesSavedAsOneTypes()
{
    ClaimTableView *table = m_window->tableView();
    const qsizetype row = table->currentClaimRow();
    const ClaimKey key = m_window->claimModel()->keyOf(row);
    VerificationPanel *panel = m_window->verificationPanel();
    panel->noteEdit()->setFocus();
    QTest::keyClicks(panel->noteEdit(), QStringLiteral("Verifie par l'ANAM"));
    panel->referencesEdit()->setFocus(); // leaving the note saves it
    QTest::keyClicks(panel->referencesEdit(), QStringLiteral("https://www.anam.ma"));
    // A pause in typing saves too.
    QTRY_COMPARE(m_window->document()->annotation(key).references,
                 QStringList {QStringLiteral("https://www.anam.ma")});
    QCOMPARE(m_window->document()->annotation(key).note, QStringLiteral("Verifie par l'ANAM"));
    // The typing of a note is one undo step.
    QVERIFY(m_window->document()->undoStack()->count() == 2);
    QCOMPARE(m_window->claimModel()->index(int(row), ClaimTableModel::NoteColumn).data().toString(),
             QStringLiteral("Verifie par l'ANAM"));
    // Moving to another claim and back shows each its own.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(panel->noteEdit()->toPlainText().isEmpty());
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(panel->noteEdit()->toPlainText(), QStringLiteral("Verifie par l'ANAM"));
    action("undo")->trigger();
    action("undo")->trigger();
    QVERIFY(m_window->document()->annotation(key).note.isEmpty());
    QVERIFY(panel->noteEdit()->toPlainText().isEmpty());
}

void tst_VerificationWindow::correctionShownBesideTheOriginal()
{
    const qsizetype row = m_window->tableView()->currentClaimRow();
    const ClaimKey key = m_window->claimModel()->keyOf(row);
    VerificationPanel *panel = m_window->verificationPanel();
    QVERIFY(panel->originalLabel()->text().contains(QStringLiteral("734")));
    panel->correctedValueEdit()->setText(QStringLiteral("3,6 millions"));
    panel->correctedDateEdit()->setText(QStringLiteral("fin mars 2025"));
    QTest::mouseClick(panel->applyCorrectionButton(), Qt::LeftButton);
    const Annotation a = m_window->document()->annotation(key);
    QCOMPARE(a.correction.value, 3.6e6);
    QCOMPARE(a.correction.asOf.toIso(), QStringLiteral("2025-03"));
    const QString shown
        = m_window->claimModel()->index(int(row), ClaimTableModel::ValueColumn).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("3,6 millions")) && shown.contains(QStringLiteral("734")),
             qPrintable(shown));
    QVERIFY(action("undo")->text().startsWith(QStringLiteral("Undo Correct ")));
    // An unreadable value is refused, with a message, and nothing changes.
    panel->correctedValueEdit()->setText(QStringLiteral("beaucoup"));
    QTest::mouseClick(panel->applyCorrectionButton(), Qt::LeftButton);
    QCOMPARE(m_window->document()->annotation(key).correction.value, 3.6e6);
    action("undo")->trigger();
    QVERIFY(m_window->document()->annotation(key).correction.isEmpty());
}

void tst_VerificationWindow::correctionSavedAsOneTypes()
{
    const qsizetype row = m_window->tableView()->currentClaimRow();
    const ClaimKey key = m_window->claimModel()->keyOf(row);
    VerificationPanel *panel = m_window->verificationPanel();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Typed, not applied: saved after a pause, like the note.
    panel->correctedValueEdit()->setFocus();
    QTest::keyClicks(panel->correctedValueEdit(), QStringLiteral("3,6 millions"));
    QVERIFY(m_window->document()->annotation(key).correction.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->annotation(key).correction.value, 3.6e6,
                              VerificationPanel::typingDelay() * 5);
    // The field keeps what was typed.
    QCOMPARE(panel->correctedValueEdit()->text(), QStringLiteral("3,6 millions"));
    // Moving to another claim saves what is typed at once.
    panel->correctedDateEdit()->setFocus();
    QTest::keyClicks(panel->correctedDateEdit(), QStringLiteral("2024"));
    m_window->tableView()->setFocus();
    QCOMPARE(m_window->document()->annotation(key).correction.asOf.toIso(), QStringLiteral("2024"));
    // What cannot be read is said, nothing saved, and the focus stays in the field.
    panel->correctedDateEdit()->setFocus();
    panel->correctedDateEdit()->selectAll();
    QTest::keyClicks(panel->correctedDateEdit(), QStringLiteral("un jour"));
    QTest::qWait(VerificationPanel::typingDelay() * 2);
    QCOMPARE(m_window->document()->annotation(key).correction.asOf.toIso(), QStringLiteral("2024"));
    QVERIFY(panel->correctedDateEdit()->hasFocus());
    action("undo")->trigger();
    action("undo")->trigger();
    QVERIFY(m_window->document()->annotation(key).correction.isEmpty());
}

void tst_VerificationWindow::articleDetailsEdited()
{
    const qsizetype row = m_window->tableView()->currentClaimRow();
    QVERIFY(row >= 0);
    const int article = m_window->claimModel()->claimIndex().articleIndex(row);
    const QString before = m_window->document()->articles()[article].outlet;
    QAction *edit = action("editArticle");
    QVERIFY(edit && edit->isEnabled());
    // The Articles list's context menu offers it.
    QVERIFY(m_window->findChild<QListView *>()->actions().contains(edit));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ArticleDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A date Bilan cannot read keeps the dialog open.
        dialog->dateEdit()->setText(QStringLiteral("un jour"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->outletEdit()->setText(QStringLiteral("La Gazette du Test"));
        dialog->dateEdit()->setText(QStringLiteral("12 mars 2025"));
        dialog->authorEdit()->setText(QStringLiteral("Jeanne Martin"));
        dialog->urlEdit()->setText(QStringLiteral("https://example.org/article"));
        dialog->accept();
    });
    edit->trigger();
    const Article &a = m_window->document()->articles()[article];
    QCOMPARE(a.outlet, QStringLiteral("La Gazette du Test"));
    QCOMPARE(a.published.toIso(), QStringLiteral("2025-03-12"));
    QCOMPARE(a.author, QStringLiteral("Jeanne Martin"));
    // The Source filter and the citations name it by its outlet and date.
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    const qsizetype again = index.rowOf(article, 0);
    const QString source
        = index.facetValues(ClaimIndex::SourceFacet).value(index.facet(ClaimIndex::SourceFacet, again));
    QVERIFY2(source.startsWith(QStringLiteral("La Gazette du Test, "))
                 && source.contains(QStringLiteral("2025")),
             qPrintable(source));
    QVERIFY(ClaimText::citation(index.article(again), index.claim(again))
                .contains(QStringLiteral("La Gazette du Test")));
    // Saved: another reader of the file sees it.
    {
        auto reopened = ProjectDocument::open(m_path, ProjectStore::Access::ReadOnly);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->articles()[article].outlet, QStringLiteral("La Gazette du Test"));
        QCOMPARE(reopened.value()->articles()[article].url, QStringLiteral("https://example.org/article"));
    }
    QVERIFY(action("undo")->text().startsWith(QStringLiteral("Undo Edit the details")));
    action("undo")->trigger();
    QCOMPARE(m_window->document()->articles()[article].outlet, before);
}

void tst_VerificationWindow::articleDateGivesRelativeDates()
{
    // An article of the bilan whose claims' dates depend on its publication date: found by
    // extracting it again as if published five years earlier.
    ProjectDocument *doc = m_window->document();
    int chosen = -1;
    PartialDate moved;
    for (int a = 0; a < doc->articles().size() && chosen < 0; ++a) {
        Article copy = doc->articles()[a];
        if (copy.published.isNull())
            continue;
        const QList<Claim> before = copy.claims;
        copy.published
            = PartialDate {qint16(copy.published.year - 5), copy.published.month, copy.published.day};
        ClaimExtractor::extractInto(copy);
        for (int c = 0; c < copy.claims.size() && c < before.size(); ++c) {
            if (!(copy.claims[c].asOf == before[c].asOf)) {
                chosen = a;
                moved = copy.published;
            }
        }
    }
    QVERIFY(chosen >= 0);
    ArticleMetadata metadata = ProjectDocument::metadataOf(doc->articles()[chosen]);
    const PartialDate original = metadata.published;
    metadata.published = moved;
    QVERIFY(doc->setArticleMetadata(chosen, metadata));
    // The claims are dated from the new publication date, as the engine dates them.
    Article expected = doc->articles()[chosen];
    ClaimExtractor::extractInto(expected);
    const Article &now = doc->articles()[chosen];
    QCOMPARE(now.claims.size(), expected.claims.size());
    for (int c = 0; c < now.claims.size(); ++c)
        QCOMPARE(now.claims[c].asOf, expected.claims[c].asOf);
    // Saved, and the annotations still attached.
    {
        auto reader = ProjectDocument::open(m_path, ProjectStore::Access::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader.value()->articles()[chosen].published, moved);
        for (int c = 0; c < now.claims.size(); ++c)
            QCOMPARE(reader.value()->articles()[chosen].claims[c].asOf, now.claims[c].asOf);
    }
    action("undo")->trigger();
    QCOMPARE(doc->articles()[chosen].published, original);
}

void tst_VerificationWindow::findingComparedAndResolved()
{
    QTRY_VERIFY(!m_window->findings().isEmpty());
    // A finding whose claims give different figures.
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    int chosen = -1;
    for (int i = 0; i < m_window->findings().size() && chosen < 0; ++i) {
        const Finding &f = m_window->findings()[i];
        for (const auto &[a, c] : f.claims) {
            if (f.claims.size() >= 2
                && index.claim(index.rowOf(a, c)).value
                    != index.claim(index.rowOf(f.claims[0].first, f.claims[0].second)).value)
                chosen = i;
        }
    }
    QVERIFY(chosen >= 0);
    const Finding finding = m_window->findings()[chosen];
    FindingComparison *dialog = m_window->compareFinding(chosen);
    QVERIFY(dialog && dialog->isVisible());
    // Side by side: each claim's source, date, value and qualifier over its paragraph.
    QCOMPARE(dialog->headings().size(), finding.claims.size());
    int differing = 0;
    for (int i = 0; i < finding.claims.size(); ++i) {
        const qsizetype row = index.rowOf(finding.claims[i].first, finding.claims[i].second);
        const QString heading = dialog->headings()[i]->text();
        QVERIFY2(heading.contains(ClaimText::source(index.article(row)).toHtmlEscaped()),
                 qPrintable(heading));
        QVERIFY(heading.contains(QStringLiteral("Value: ")) && heading.contains(QStringLiteral("Date: "))
                && heading.contains(QStringLiteral("Qualifier: ")));
        QVERIFY(dialog->paragraphs()[i]->toPlainText().contains(
            ClaimText::quote(index.article(row), index.claim(row))));
        if (dialog->differs(i)) {
            ++differing;
            QVERIFY(heading.contains(QStringLiteral("(differs)")));
            QVERIFY(dialog->paragraphs()[i]->toHtml().contains(QStringLiteral("#ffcdd2")));
        }
    }
    QVERIFY(differing >= 1);
    QVERIFY(!dialog->differs(0));
    // Resolved with a note: saved, shown in the panel, filterable, undoable.
    QVERIFY(!dialog->reopenButton()->isEnabled());
    dialog->noteEdit()->setPlainText(QStringLiteral("Les deux chiffres ne couvrent pas la même période."));
    dialog->resolveButton()->click();
    FindingReview review = m_window->document()->findingReview(finding);
    QCOMPARE(review.state, FindingReview::State::Resolved);
    QCOMPARE(review.note, QStringLiteral("Les deux chiffres ne couvrent pas la même période."));
    QCOMPARE(review.updatedBy, QStringLiteral("redaction"));
    QVERIFY(dialog->stateLabel()->text().startsWith(QStringLiteral("Resolved by redaction")));
    FindingsPanel *panel = m_window->findingsPanel();
    QVERIFY(panel->list()->item(chosen)->text().startsWith(QStringLiteral("Resolved — ")));
    panel->setShown(FindingsPanel::Show::Open);
    QVERIFY(panel->list()->item(chosen)->isHidden());
    panel->setShown(FindingsPanel::Show::Resolved);
    for (int i = 0; i < panel->list()->count(); ++i)
        QCOMPARE(panel->list()->item(i)->isHidden(), i != chosen);
    panel->setShown(FindingsPanel::Show::All);
    QVERIFY(action("undo")->text().startsWith(QStringLiteral("Undo Resolve the finding")));
    action("undo")->trigger();
    QCOMPARE(m_window->document()->findingReview(finding).state, FindingReview::State::Open);
    QVERIFY(!panel->list()->item(chosen)->text().startsWith(QStringLiteral("Resolved")));
    action("redo")->trigger();
    QCOMPARE(m_window->document()->findingReview(finding).state, FindingReview::State::Resolved);
    // Saved with the project.
    {
        auto reader = ProjectDocument::open(m_path, ProjectStore::Access::ReadOnly);
        QVERIFY(reader);
        const FindingReview kept = reader.value()->findingReview(finding);
        QCOMPARE(kept.state, FindingReview::State::Resolved);
        QCOMPARE(kept.note, review.note);
    }
    // Exported: JSON and PDF.
    const QString json = m_dir.filePath(QStringLiteral("findings.json"));
    QVERIFY(m_window->exportClaims(json, MainWindow::ExportFormat::Json, false));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray reviews
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("finding_reviews")).toArray();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("note")).toString(), review.note);
    const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
    PdfReport::Options options;
    options.author = QStringLiteral("redaction");
    QVERIFY(m_window->exportReport(pdf, MainWindow::ReportClaims::All, options));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY(printed.contains(QStringLiteral("(resolved) — ")));
    QVERIFY(printed.contains(QStringLiteral("ne couvrent pas la même période")));
    dialog->close();
}

void tst_VerificationWindow::secondWindowIsReadOnly()
{
    MainWindow second;
    second.setQuiet(true);
    QVERIFY(second.openProject(m_path));
    QVERIFY(second.document()->isReadOnly());
    QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
    // The reason stays in the status bar, beside the count, whatever else is shown.
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    second.filterModel()->setFilterText(QStringLiteral("dossiers"));
    QApplication::processEvents();
    QVERIFY(second.readOnlyLabel()->isVisible());
    QVERIFY(second.readOnlyLabel()->text().startsWith(QStringLiteral("Read-only: ")));
    QVERIFY(second.readOnlyLabel()->text().contains(second.document()->readOnlyReason()));
    QVERIFY(!second.readOnlyLabel()->geometry().intersects(second.shownLabel()->geometry())
            || !second.shownLabel()->isVisible());
    QVERIFY(!m_window->readOnlyLabel()->isVisible());
    auto *statusAction = second.findChild<QAction *>(QStringLiteral("statusVerified"));
    QVERIFY(statusAction);
    QVERIFY(!statusAction->isEnabled());
    QVERIFY(!second.verificationPanel()->noteEdit()->isEnabled());
    // The first window's changes stay its own; the second shows what was saved when it opened.
    QCOMPARE(second.claimModel()->rowCount(), m_window->claimModel()->rowCount());
}

// Two people's windows on one project on the desk's server (the "_pg" run): each sees the
// other's change within a second, in place: the selection stays where it was.
void tst_VerificationWindow::twoWindowsOnASharedProject()
{
    if (!TestSupport::onServer())
        QSKIP("needs the test server (the _pg run)");
    TestSupport::ensureRoles({QStringLiteral("alice"), QStringLiteral("bob")});
    const QString location = TestSupport::serverProject(QStringLiteral("fenetres"));
    {
        auto made = ProjectDocument::create(location, m_articles);
        QVERIFY2(made, qPrintable(made.error()));
        auto store = ProjectStore::open(location);
        QVERIFY(store);
        QVERIFY(store.value()->grant(QStringLiteral("alice"), true));
        QVERIFY(store.value()->grant(QStringLiteral("bob"), true));
    }
    auto as = [&](const char *user) {
        return QString(location).replace(QStringLiteral("://bilan@"),
                                         QStringLiteral("://%1@").arg(QLatin1String(user)));
    };
    MainWindow alice;
    alice.setQuiet(true);
    QVERIFY(alice.openProject(as("alice")));
    MainWindow bob;
    bob.setQuiet(true);
    QVERIFY(bob.openProject(as("bob")));
    alice.show();
    bob.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bob));
    QVERIFY(!alice.document()->isReadOnly() && !bob.document()->isReadOnly());
    QVERIFY(alice.windowTitle().contains(QStringLiteral("fenetres")));

    // Bob works on the fifth claim; alice marks the first one.
    // (Rows as shown: the fifth and the first the filter lets through.)
    const qsizetype bobsRowThere = bob.filterModel()->mapToSource(bob.filterModel()->index(4, 0)).row();
    const qsizetype alicesRow = alice.filterModel()->mapToSource(alice.filterModel()->index(0, 0)).row();
    QVERIFY(bob.tableView()->selectClaimRow(bobsRowThere));
    const ClaimKey bobsClaim = bob.claimModel()->keyOf(bobsRowThere);
    QVERIFY(alice.tableView()->selectClaimRow(alicesRow));
    const ClaimKey key = alice.claimModel()->keyOf(alicesRow);
    alice.findChild<QAction *>(QStringLiteral("statusVerified"))->trigger();
    QCOMPARE(alice.claimModel()->claimIndex().status(alicesRow), ClaimStatus::Verified);
    // Bob's table shows it within a second, his selection where it was.
    const auto [ai, ci] = bob.document()->find(key);
    const qsizetype row = bob.claimModel()->claimIndex().rowOf(ai, ci);
    QTRY_COMPARE_WITH_TIMEOUT(bob.claimModel()->claimIndex().status(row), ClaimStatus::Verified, 1000);
    QCOMPARE(bob.claimModel()->index(int(row), ClaimTableModel::StatusColumn).data().toString(),
             QStringLiteral("Verified"));
    QCOMPARE(bob.tableView()->currentClaimRow(), bobsRowThere);
    QCOMPARE(bob.claimModel()->keyOf(bob.tableView()->currentClaimRow()), bobsClaim);
    QVERIFY2(bob.statusBar()->currentMessage().contains(QStringLiteral("alice")),
             qPrintable(bob.statusBar()->currentMessage()));
    // And back: bob's change reaches alice, whose selection stays on her claim.
    bob.findChild<QAction *>(QStringLiteral("statusDisputed"))->trigger(); // on his claim
    const auto [bi, bc] = alice.document()->find(bobsClaim);
    const qsizetype bobsRow = alice.claimModel()->claimIndex().rowOf(bi, bc);
    QTRY_COMPARE_WITH_TIMEOUT(alice.claimModel()->claimIndex().status(bobsRow), ClaimStatus::Disputed, 1000);
    QCOMPARE(alice.tableView()->currentClaimRow(), alicesRow);
    QCOMPARE(alice.document()->annotation(bobsClaim).updatedBy, QStringLiteral("bob"));
}

void tst_VerificationWindow::badProjectGetsAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("cassé.bilan"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3");
    f.close();
    const int rows = m_window->claimModel()->rowCount();
    QVERIFY(!m_window->openProject(path));
    QCOMPARE(m_window->lastErrors().size(), 1);
    QVERIFY2(m_window->lastErrors().first().contains(path), qPrintable(m_window->lastErrors().first()));
    // The open project stays open.
    QCOMPARE(m_window->document()->path(), m_path);
    QCOMPARE(m_window->claimModel()->rowCount(), rows);
}

void tst_VerificationWindow::addingArticles()
{
    const QString fresh = m_dir.filePath(QStringLiteral("nouvel-article.txt"));
    {
        QFile f(fresh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("La CNSS fait le point\n\nSelon la CNSS, près de 11,5 millions de personnes sont couvertes à "
                "fin juin 2025.\n");
    }
    const int before = m_window->claimModel()->rowCount();
    QSignalSpy done(m_window, &MainWindow::loadingFinished);
    m_window->loadFiles({fresh, QStringLiteral(BILAN_SOURCE_DIR "/data/corpus/000_d473263ba26b2ed1.txt")});
    QVERIFY(done.wait(30000));
    QCOMPARE(m_window->document()->articles().size(), 6);
    QCOMPARE(m_window->claimModel()->rowCount(), before + 1);
    // The bundled article is already in the project: refused, by name.
    QCOMPARE(m_window->lastErrors().size(), 1);
    QVERIFY2(m_window->lastErrors().first().contains(
                 QStringLiteral("000_d473263ba26b2ed1.txt: already in the project")),
             qPrintable(m_window->lastErrors().first()));
}

void tst_VerificationWindow::droppedFiles()
{
    const QString fresh = m_dir.filePath(QStringLiteral("glissé.txt"));
    {
        QFile f(fresh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Tadamon\n\nL'AMO Tadamon compte 11,2 millions de bénéficiaires à fin 2024, selon l'ANAM.\n");
    }
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(fresh)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy done(m_window, &MainWindow::loadingFinished);
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(done.wait(30000));
    QCOMPARE(m_window->document()->articles().size(), 6);
    // Nothing remote is ever fetched: a web address is not accepted.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/article.html"))});
    QDragEnterEvent remoteEnter(centre, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    remoteEnter.setAccepted(false);
    QApplication::sendEvent(m_window, &remoteEnter);
    QVERIFY(!remoteEnter.isAccepted());
}

void tst_VerificationWindow::pastedArticle()
{
    const QString text = QStringLiteral(
        "Le budget de la santé atteint 32,6 milliards de dirhams en 2025, selon le ministre.\n");
    PasteArticleDialog dialog(text);
    dialog.titleEdit()->setText(QStringLiteral("Budget santé"));
    dialog.outletEdit()->setText(QStringLiteral("Médias24"));
    dialog.dateEdit()->setText(QStringLiteral("3 avril 2025"));
    dialog.urlEdit()->setText(QStringLiteral("javascript:alert(1)"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not a web address
    dialog.urlEdit()->setText(QStringLiteral("https://medias24.com/budget"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_window->addPastedArticle(dialog.text(), dialog.metadata()));
    const Article &added = m_window->document()->articles().last();
    QCOMPARE(added.title, QStringLiteral("Budget santé"));
    QCOMPARE(added.outlet, QStringLiteral("Médias24"));
    QCOMPARE(added.published.toIso(), QStringLiteral("2025-04-03"));
    QCOMPARE(added.url, QStringLiteral("https://medias24.com/budget"));
    QCOMPARE(added.claims.size(), 1);
    QCOMPARE(added.claims[0].value, 32.6e9);
    // Pasting it again is refused.
    QVERIFY(!m_window->addPastedArticle(dialog.text(), dialog.metadata()));
    QVERIFY(m_window->lastErrors().first().contains(QStringLiteral("already in the project")));
}

void tst_VerificationWindow::figureAddedFromTheExcerpt()
{
    ExcerptView *excerpt = m_window->excerptView();
    const Article *article = excerpt->article();
    QVERIFY(article);
    // "quatre" in a body paragraph of the first article is a figure the engine may leave: find
    // a word of a body paragraph that is not a claim and select it.
    qsizetype start = -1, end = -1;
    for (const Paragraph &p : article->paragraphs) {
        if (p.kind != ParagraphKind::Body || start >= 0)
            continue;
        const QString text = article->text.mid(p.start, p.length());
        const qsizetype at = text.indexOf(QStringLiteral("dossiers"));
        if (at < 0)
            continue;
        const qsizetype s = p.start + at;
        const bool free = std::none_of(article->claims.begin(), article->claims.end(),
                                       [&](const Claim &c) { return c.start < s + 8 && s < c.end; });
        if (free) {
            start = s;
            end = s + 8;
        }
    }
    QVERIFY(start >= 0);
    QTextCursor cursor(excerpt->document());
    cursor.setPosition(excerpt->documentPosition(start));
    cursor.setPosition(excerpt->documentPosition(end - 1) + 1, QTextCursor::KeepAnchor);
    excerpt->setTextCursor(cursor);
    QCOMPARE(excerpt->selectedRange(), std::make_pair(start, end));
    QVERIFY(excerpt->addClaimAction()->isEnabled());
    // An extracted claim cannot be removed: only one added by hand.
    QVERIFY(!m_window->claimModel()->claimIndex().claim(m_window->tableView()->currentClaimRow()).manual);
    QVERIFY(!action("removeManualClaim")->isEnabled());
    const int before = m_window->claimModel()->rowCount();
    // The dialog opens modal: fill it in and accept it when it shows.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ManualClaimDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->valueEdit()->setText(QStringLiteral("1 200"));
        dialog->unitEdit()->setText(QStringLiteral("dossiers"));
        dialog->accept();
    });
    excerpt->addClaimAction()->trigger();
    QCOMPARE(m_window->claimModel()->rowCount(), before + 1);
    const qsizetype row = m_window->tableView()->currentClaimRow();
    QVERIFY(m_window->claimModel()->claimIndex().claim(row).manual);
    QCOMPARE(m_window->claimModel()->claimIndex().claim(row).value, 1200.0);
    QCOMPARE(excerpt->highlightedRange(), std::make_pair(start, end));
    QVERIFY(action("removeManualClaim")->isEnabled());
    QVERIFY(action("undo")->text().startsWith(QStringLiteral("Undo Add ")));
    action("undo")->trigger();
    QCOMPARE(m_window->claimModel()->rowCount(), before);
}

void tst_VerificationWindow::exportOfTheCurrentFilter()
{
    m_window->searchField()->setText(QStringLiteral("beneficiaires"));
    const int shown = m_window->filterModel()->rowCount();
    QVERIFY(shown > 0 && shown < m_window->claimModel()->rowCount());
    // The second claim shown is verified.
    m_window->tableView()->setCurrentIndex(m_window->filterModel()->index(1, 0));
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_1, Qt::ControlModifier);
    const QString verified
        = m_window->filterModel()->index(1, 0).data(ClaimTableModel::ClaimIdRole).toString();
    QCOMPARE(m_window->filterModel()->rowCount(), shown);
    const QString filtered = m_dir.filePath(QStringLiteral("filtre.csv"));
    QVERIFY(m_window->exportClaims(filtered, MainWindow::ExportFormat::Csv, true));
    // Exactly the claims shown, in the table's order.
    QFile f(filtered);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QStringList ids;
    for (const QByteArray &line : lines.mid(1)) {
        if (!line.trimmed().isEmpty() && !line.startsWith(' '))
            ids << QString::fromUtf8(line.split(',').value(1));
    }
    QStringList shownIds;
    for (int r = 0; r < shown; ++r)
        shownIds << m_window->filterModel()->index(r, 0).data(ClaimTableModel::ClaimIdRole).toString();
    QCOMPARE(ids, shownIds);
    QVERIFY(ids.contains(verified));
    // Every claim in the JSON, the verified one with its status.
    const QString all = m_dir.filePath(QStringLiteral("tout.json"));
    QVERIFY(m_window->exportClaims(all, MainWindow::ExportFormat::Json, false));
    QFile j(all);
    QVERIFY(j.open(QIODevice::ReadOnly));
    int claims = 0;
    QString statusOfVerified;
    for (const QJsonValue &d :
         QJsonDocument::fromJson(j.readAll()).object().value(QStringLiteral("documents")).toArray()) {
        for (const QJsonValue &c : d.toObject().value(QStringLiteral("claims")).toArray()) {
            ++claims;
            if (c.toObject().value(QStringLiteral("id")).toString() == verified)
                statusOfVerified = c.toObject().value(QStringLiteral("status")).toString();
        }
    }
    QCOMPARE(claims, m_window->claimModel()->rowCount());
    QCOMPARE(statusOfVerified, QStringLiteral("verified"));
    // One review: the one claim with a verdict.
    const QString review = m_dir.filePath(QStringLiteral("verdicts.jsonld"));
    QVERIFY(m_window->exportClaims(review, MainWindow::ExportFormat::ClaimReview, false));
    QFile r(review);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QJsonArray reviews = QJsonDocument::fromJson(r.readAll()).array();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
    QCOMPARE(reviews[0]
                 .toObject()
                 .value(QStringLiteral("reviewRating"))
                 .toObject()
                 .value(QStringLiteral("ratingValue"))
                 .toInt(),
             5);
    QVERIFY(!m_window->exportClaims(m_dir.filePath(QStringLiteral("nulle/part/x.csv")),
                                    MainWindow::ExportFormat::Csv, false));
    QVERIFY(m_window->lastErrors().first().contains(QStringLiteral("x.csv")));
    // Never onto the project itself, whatever the format, nor the report.
    QFile project(m_window->document()->path());
    QVERIFY(project.open(QIODevice::ReadOnly));
    const QByteArray before = project.readAll();
    project.close();
    for (auto format : {MainWindow::ExportFormat::Csv, MainWindow::ExportFormat::Json,
                        MainWindow::ExportFormat::ClaimReview}) {
        QVERIFY(!m_window->exportClaims(m_window->document()->path(), format, false));
        QVERIFY2(m_window->lastErrors().first().contains(QStringLiteral("this is the project itself")),
                 qPrintable(m_window->lastErrors().first()));
    }
    QVERIFY(!m_window->exportReport(m_window->document()->path(), MainWindow::ReportClaims::All, {}));
    QVERIFY(m_window->lastErrors().first().contains(QStringLiteral("this is the project itself")));
    QVERIFY(project.open(QIODevice::ReadOnly));
    QCOMPARE(project.readAll(), before);
}

void tst_VerificationWindow::findingsInTheWindow()
{
    const QList<Finding> &findings = m_window->findings();
    QCOMPARE(m_window->findingsPanel()->list()->count(), findings.size());
    const int flags = int(
        std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return !f.informative; }));
    QCOMPARE(flags, 2);
    QVERIFY(!findings.first().informative); // flags come first
    // Clicking a finding selects its claims.
    QListWidget *list = m_window->findingsPanel()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    const QList<qsizetype> selected = m_window->tableView()->selectedClaimRows();
    QCOMPARE(selected.size(), findings.first().claims.size());
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    for (qsizetype row : selected)
        QCOMPARE(index.flag(row), 2);
    // The flag beside the value, its message in the tooltip.
    const QModelIndex value
        = m_window->claimModel()->index(int(selected.first()), ClaimTableModel::ValueColumn);
    QVERIFY(value.data(Qt::DecorationRole).canConvert<QImage>());
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(findings.first().message));
    // The Flags facet.
    ClaimFilterModel *filter = m_window->filterModel();
    filter->setFacet(ClaimIndex::FlagFacet, {2});
    int flagged = 0;
    for (qsizetype r = 0; r < index.size(); ++r)
        flagged += index.flag(r) == 2 && !index.isFurniture(r) ? 1 : 0;
    QCOMPARE(filter->rowCount(), flagged);
    filter->clearFilter();
    // "Not a claim" takes a figure out of the checks: its flag goes.
    m_window->tableView()->selectClaimRow(selected.first());
    action("statusNotAClaim")->trigger();
    QTRY_COMPARE(int(std::count_if(m_window->findings().begin(), m_window->findings().end(),
                                   [](const Finding &f) { return !f.informative; })),
                 1);
    action("undo")->trigger();
    QTRY_COMPARE(int(std::count_if(m_window->findings().begin(), m_window->findings().end(),
                                   [](const Finding &f) { return !f.informative; })),
                 2);
}

void tst_VerificationWindow::metricAssignedByHand()
{
    const qsizetype row = m_window->tableView()->currentClaimRow();
    const ClaimKey key = m_window->claimModel()->keyOf(row);
    VerificationPanel *panel = m_window->verificationPanel();
    panel->correctedMetricEdit()->setText(QStringLiteral("n'importe quoi"));
    QTest::mouseClick(panel->applyCorrectionButton(), Qt::LeftButton);
    QVERIFY(m_window->document()->annotation(key).correction.isEmpty());
    panel->correctedMetricEdit()->setText(QStringLiteral("tadamon.files_processed"));
    QTest::mouseClick(panel->applyCorrectionButton(), Qt::LeftButton);
    QCOMPARE(m_window->document()->annotation(key).correction.metric,
             QStringLiteral("tadamon.files_processed"));
    const qsizetype again = m_window->claimModel()->rowOf(key);
    QCOMPARE(m_window->claimModel()->claimIndex().claim(again).metric,
             QStringLiteral("tadamon.files_processed"));
    QCOMPARE(m_window->claimModel()->index(int(again), ClaimTableModel::MetricColumn).data().toString(),
             MetricTaxonomy::bundled().label(QStringLiteral("tadamon.files_processed")));
    QCOMPARE(m_window->tableView()->currentClaimRow(), again); // the selection stays on it
    action("undo")->trigger();
    QVERIFY(m_window->claimModel()->claimIndex().claim(m_window->claimModel()->rowOf(key)).metric
            != QStringLiteral("tadamon.files_processed"));
    // Saved with the project.
    action("redo")->trigger();
    auto reader = ProjectDocument::open(m_path, ProjectStore::Access::ReadOnly);
    QVERIFY(reader);
    QCOMPARE(reader.value()->annotation(key).correction.metric, QStringLiteral("tadamon.files_processed"));
    // The field shows the metric's name, never its id; a metric is picked by its name (accents
    // and case aside), the names of the bilan's discovered metrics offered as one types.
    const QString presetName = MetricTaxonomy::bundled().label(QStringLiteral("tadamon.files_processed"));
    QCOMPARE(panel->correctedMetricEdit()->text(), presetName);
    const MetricSet &metrics = m_window->document()->metrics();
    const auto discovered = std::find_if(metrics.metrics().cbegin(), metrics.metrics().cend(),
                                         [](const MetricSet::Metric &m) { return m.preset.isEmpty(); });
    QVERIFY(discovered != metrics.metrics().cend());
    // Copies: a change discovers the metrics again, and `metrics` with them.
    const QString discoveredName = metrics.label(discovered->id);
    const QString discoveredId = discovered->id;
    QVERIFY(panel->correctedMetricEdit()
                ->completer()
                ->model()
                ->match(panel->correctedMetricEdit()->completer()->model()->index(0, 0), Qt::DisplayRole,
                        discoveredName, 1, Qt::MatchExactly)
                .size()
            == 1);
    panel->correctedMetricEdit()->setText(discoveredName.toUpper());
    QTest::mouseClick(panel->applyCorrectionButton(), Qt::LeftButton);
    QCOMPARE(m_window->document()->annotation(key).correction.metric, discoveredId);
    QCOMPARE(panel->correctedMetricEdit()->text(), discoveredName);
}

// The Metrics view lists the document's metrics and edits them: a rename typed in place, a
// drag of one metric onto another, a nature, claims moved from the table to a new metric and
// left out of the comparisons. Each is one undo step and the view follows.
void tst_VerificationWindow::metricsViewOwnsTheTaxonomy()
{
    ProjectDocument *doc = m_window->document();
    MetricsPanel *panel = m_window->metricsPanel();
    MetricsModel *model = panel->model();
    QCOMPARE(model->rowCount(), int(doc->metrics().metrics().size()));
    QVERIFY(model->rowCount() > 2);
    // Each row: name, claims, sources, dates, unit, nature, and the figures over time.
    const QString first = model->idAt(0);
    // A copy: every change discovers the metrics again.
    const MetricSet::Metric m = *doc->metrics().metric(first);
    QCOMPARE(model->index(0, MetricsModel::NameColumn).data().toString(), doc->metricLabel(first));
    QCOMPARE(model->index(0, MetricsModel::ClaimsColumn).data().toInt(), int(m.claims.size()));
    QVERIFY(model->index(0, MetricsModel::SourcesColumn).data().toInt() >= 1);
    QCOMPARE(model->index(0, MetricsModel::NatureColumn).data().toString(),
             MetricTaxonomy::natureText(m.nature));

    // Clicking a metric shows its claims.
    panel->selectMetric(first);
    m_window->showMetric(first);
    QCOMPARE(m_window->filterModel()->rowCount(), int(m.claims.size()));
    m_window->filterModel()->clearFilter();

    // Rename in place.
    QVERIFY(model->setData(model->index(model->rowOf(first), MetricsModel::NameColumn),
                           QStringLiteral("Dossiers traités (tous régimes)"), Qt::EditRole));
    QTRY_COMPARE(doc->metricLabel(first), QStringLiteral("Dossiers traités (tous régimes)"));
    QCOMPARE(model->index(model->rowOf(first), MetricsModel::NameColumn).data().toString(),
             QStringLiteral("Dossiers traités (tous régimes)"));
    action("undo")->trigger();
    QVERIFY(doc->metricLabel(first) != QStringLiteral("Dossiers traités (tous régimes)"));

    // A drag of one metric onto another merges them.
    const QString from = model->idAt(1), into = model->idAt(2);
    const int total
        = int(doc->metrics().metric(from)->claims.size() + doc->metrics().metric(into)->claims.size());
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(1, 0)}));
    QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(2, 0)));
    QVERIFY(!model->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, QModelIndex())); // between rows
    model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(2, 0));
    QTRY_VERIFY(!doc->metrics().metric(from));
    QCOMPARE(int(doc->metrics().metric(into)->claims.size()), total);
    QCOMPARE(model->rowOf(from), -1);
    action("undo")->trigger();
    QVERIFY(doc->metrics().metric(from));
    QVERIFY(model->rowOf(from) >= 0);

    // The nature, from the view's menu.
    panel->view()->clearSelection();
    QVERIFY(panel->selectMetric(first));
    panel->setSelectedNature(MetricTaxonomy::Nature::OneOff);
    QCOMPARE(doc->metrics().metric(first)->nature, MetricTaxonomy::Nature::OneOff);
    action("undo")->trigger();

    // Claims selected in the table go to a new metric; the view lists it and selects it.
    const ClaimIndex &index = m_window->claimModel()->claimIndex();
    const qsizetype row = index.rowOf(m.claims.first().first, m.claims.first().second);
    QVERIFY(m_window->selectClaim(row));
    QVERIFY(action("moveToNewMetric")->isEnabled());
    QVERIFY(m_window->moveSelectedClaimsToNewMetric(QStringLiteral("Dossiers de la CNSS")));
    const QString fresh = doc->metricNamed(QStringLiteral("Dossiers de la CNSS"));
    QVERIFY(fresh.startsWith(QStringLiteral("journalist.")));
    QVERIFY(model->rowOf(fresh) >= 0);
    QCOMPARE(panel->selectedIds().value(0), fresh);
    QCOMPARE(
        m_window->claimModel()
            ->claimIndex()
            .claim(m_window->claimModel()->rowOf(doc->keyOf(m.claims.first().first, m.claims.first().second)))
            .metric,
        fresh);
    action("undo")->trigger();
    QCOMPARE(model->rowOf(fresh), -1);
    // An unknown name is refused with a message, nothing moved.
    QVERIFY(m_window->selectClaim(row));
    QVERIFY(!m_window->moveSelectedClaimsToMetric(QStringLiteral("pas une métrique")));

    // Left out of the comparisons: the menu's check follows the claim.
    const ClaimKey key = m_window->claimModel()->keyOf(m_window->tableView()->currentClaimRow());
    QCOMPARE(m_window->tableView()->selectedClaimRows().size(), 1);
    QVERIFY(m_window->excludeSelectedClaims(true));
    QVERIFY(doc->isExcludedFromComparisons(key));
    QVERIFY(action("excludeFromComparisons")->isChecked());
    // The value's tooltip says so.
    const qsizetype excludedRow = m_window->claimModel()->rowOf(key);
    QVERIFY(m_window->claimModel()
                ->index(int(excludedRow), ClaimTableModel::ValueColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Left out of the comparisons")));
    action("undo")->trigger();
    QVERIFY(!doc->isExcludedFromComparisons(key));

    // A preset saved from the window and refused when damaged, with a message.
    const QString preset = m_dir.filePath(QStringLiteral("preset.json"));
    QVERIFY(m_window->saveMetricPreset(preset));
    QVERIFY(QFileInfo::exists(preset));
    QVERIFY(!m_window->loadMetricPreset(m_dir.filePath(QStringLiteral("absent.json"))));
    QVERIFY(m_window->lastErrors().last().contains(QStringLiteral("absent.json")));
}

void tst_VerificationWindow::pdfReportFromTheWindow()
{
    ReportDialog dialog(QStringLiteral("Bilan — essai"), QStringLiteral("redaction"));
    QVERIFY(dialog.shownButton()->isChecked());
    QVERIFY(dialog.chartsBox()->isChecked());
    dialog.checkedButton()->setChecked(true);
    dialog.pageSizeBox()->setCurrentIndex(1);
    QCOMPARE(dialog.claims(), ReportDialog::Claims::VerifiedAndDisputed);
    QCOMPARE(dialog.options().pageSize, QPageSize::Letter);
    QCOMPARE(dialog.options().title, QStringLiteral("Bilan — essai"));
    QVERIFY(dialog.openBox()->isChecked()); // the report opens once written

    // A report is signed: no name, no report; the name given is remembered, and signs the
    // notes from then on rather than the computer's login.
    {
        const QString before = AppSettings().userName();
        AppSettings().setUserName(QString());
        ReportDialog unsigned_(QStringLiteral("Bilan — essai"), QString());
        unsigned_.show();
        unsigned_.accept();
        QVERIFY(unsigned_.isVisible());
        QVERIFY(unsigned_.result() != QDialog::Accepted);
        unsigned_.authorEdit()->setText(QStringLiteral("Karima Benali"));
        unsigned_.accept();
        QCOMPARE(unsigned_.result(), int(QDialog::Accepted));
        QCOMPARE(AppSettings().reportAuthor(), QStringLiteral("Karima Benali"));
        QCOMPARE(ProjectDocument::currentUser(), QStringLiteral("Karima Benali"));
        AppSettings().setUserName(before);
    }

    // Nothing verified yet: refused with a message rather than an empty report.
    const QString path = m_dir.filePath(QStringLiteral("rapport.pdf"));
    QVERIFY(!m_window->exportReport(path, MainWindow::ReportClaims::VerifiedAndDisputed, dialog.options()));
    QVERIFY(m_window->lastErrors().first().contains(QStringLiteral("empty")));
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(m_window->exportReport(path, MainWindow::ReportClaims::VerifiedAndDisputed, dialog.options()));
    // The report holds the one verified claim, with its sentence.
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    const qsizetype row = m_window->tableView()->currentClaimRow();
    const Claim &claim = m_window->claimModel()->claimIndex().claim(row);
    const Article &article = m_window->claimModel()->claimIndex().article(row);
    QVERIFY2(pdf.contains(QStringLiteral("1 claim(s) from 5 article(s)")), qPrintable(pdf.left(400)));
    QVERIFY(pdf.contains(QStringLiteral("Verified")));
    QVERIFY(pdf.contains(article.text.mid(claim.start, claim.end - claim.start).simplified()));
    QVERIFY(action("exportPdf"));
    QCOMPARE(action("exportPdf")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
}

void tst_VerificationWindow::untitledProjectSavedAs()
{
    QSignalSpy done(m_window, &MainWindow::loadingFinished);
    m_window->loadBundled();
    QVERIFY(done.wait(30000));
    QVERIFY(m_window->document()->isUntitled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled — Bilan"));
    QCOMPARE(m_window->document()->articles().size(), 5);
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_2, Qt::ControlModifier);
    const ClaimKey key = m_window->claimModel()->keyOf(m_window->tableView()->currentClaimRow());
    const QString target = m_dir.filePath(QStringLiteral("enregistré.bilan"));
    QVERIFY(m_window->saveProjectAs(target));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("enregistré — Bilan"));
    auto reader = ProjectDocument::open(target, ProjectStore::Access::ReadOnly);
    QVERIFY(reader);
    QCOMPARE(reader.value()->annotation(key).status, ClaimStatus::Disputed);
}

void tst_VerificationWindow::screenshot()
{
    m_window->resize(1500, 900);
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_2, Qt::ControlModifier);
    m_window->verificationPanel()->noteEdit()->setPlainText(
        QStringLiteral("La CNSS parle de dossiers déposés, pas de prises en charge."));
    m_window->verificationPanel()->commitPending();
    QTest::keyClick(m_window->tableView(), Qt::Key_Down);
    QTest::keyClick(m_window->tableView(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(m_window->tableView(), Qt::Key_Up);
    QApplication::processEvents();
    const QString dir = QStringLiteral(BILAN_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const QImage image = m_window->grab().toImage();
    QVERIFY(image.save(dir + QStringLiteral("/verification.png")));
    QVERIFY(image.width() >= 1200);
}

QTEST_MAIN(tst_VerificationWindow)
#include "tst_verificationwindow.moc"
