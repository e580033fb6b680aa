// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "export/projectexport.h"
#include "reportdialog.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

ExportActions::ExportActions(QWidget *window, std::function<std::vector<int>()> shownRows)
    : QObject(window)
    , m_window(window)
    , m_shownRows(std::move(shownRows))
{ }

void ExportActions::addTo(QMenu *menu)
{
    const QList<std::pair<const char *, std::function<void()>>> actions = {
        {"exportCsv",
         [this] {
             chooseExport(Format::Csv);
         }},
        {"exportJson",
         [this] {
             chooseExport(Format::Json);
         }},
        {"exportClaimReview",
         [this] {
             chooseExport(Format::ClaimReview);
         }},
        {"exportPdf",
         [this] {
             chooseReport();
         }},
    };
    for (const auto &[name, run] : actions) {
        QAction *a = menu->addAction(QString(), this, run);
        a->setObjectName(QLatin1String(name));
        m_actions.append(a);
    }
    m_actions.last()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    menu->addSeparator();
    m_shownOnly = menu->addAction(QString());
    m_shownOnly->setObjectName(QStringLiteral("exportShownOnly"));
    m_shownOnly->setCheckable(true);
    retranslate();
}

void ExportActions::retranslate()
{
    const QStringList texts = {tr("Claims as &CSV…"), tr("Claims as &JSON…"),
                               tr("Verdicts as Schema.org Claim&Review…"), tr("&PDF Report…")};
    for (int i = 0; i < m_actions.size() && i < texts.size(); ++i)
        m_actions[i]->setText(texts[i]);
    if (m_shownOnly)
        m_shownOnly->setText(tr("Only the Claims &Shown (Current Filter)"));
}

void ExportActions::chooseExport(Format format)
{
    static const char *const suffixes[] = {".csv", ".json", ".jsonld"};
    const QString filters[] = {tr("CSV (*.csv)"), tr("JSON (*.json)"), tr("JSON-LD (*.jsonld *.json)")};
    const QString suffix = QLatin1String(suffixes[int(format)]);
    const QString base = m_doc ? m_doc->displayName() : tr("bilan");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), base + suffix, filters[int(format)]);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    exportClaims(path, format, m_shownOnly && m_shownOnly->isChecked());
}

bool ExportActions::exportClaims(const QString &path, Format format, bool onlyShown)
{
    if (!m_doc) {
        Q_EMIT problem(tr("Nothing to export"), tr("No project is open."));
        return false;
    }
    Q_EMIT aboutToExport();
    const ClaimSelection claims
        = onlyShown ? m_doc->selectRows(m_shownRows()) : m_doc->select(ClaimFilter::ofStatuses({}, true));
    // Streamed into the file: a whole desk's project never sits in memory twice.
    const auto written = ProjectExport::write(*m_doc, path, [&](const ProjectExport::Sink &sink) {
        switch (format) {
        case Format::Csv:
            return ProjectExport::csv(*m_doc, claims, sink);
        case Format::Json:
            return ProjectExport::json(*m_doc, claims, sink);
        case Format::ClaimReview:
            return ProjectExport::claimReview(*m_doc, claims, sink);
        }
        return false;
    });
    if (!written) {
        Q_EMIT problem(tr("Export failed"), written.error());
        return false;
    }
    Q_EMIT done(
        tr("Exported %n claim(s) to %1.", nullptr, int(claims.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportActions::chooseReport()
{
    if (!m_doc || m_doc->articles().isEmpty()) {
        Q_EMIT problem(tr("Nothing to export"), tr("No project is open."));
        return;
    }
    // The title and author given last time; a name typed by the journalist, never the login.
    AppSettings settings;
    const QString remembered = settings.reportTitle(m_doc->path());
    const QString author = !settings.reportAuthor().isEmpty() ? settings.reportAuthor() : settings.userName();
    ReportDialog dialog(remembered.isEmpty() ? tr("Bilan — %1").arg(m_doc->displayName()) : remembered,
                        author, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setReportTitle(m_doc->path(), dialog.options().title);
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export PDF Report"), m_doc->displayName() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (exportReport(path, ReportClaims(int(dialog.claims())), dialog.options()) && dialog.openAfterExport())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
}

bool ExportActions::exportReport(const QString &path, ReportClaims which, const PdfReport::Options &options)
{
    if (!m_doc) {
        Q_EMIT problem(tr("Nothing to export"), tr("No project is open."));
        return false;
    }
    Q_EMIT aboutToExport();
    const ClaimSelection claims = which == ReportClaims::Shown
        ? m_doc->selectRows(m_shownRows())
        : m_doc->select(PdfReport::claimsOf(which == ReportClaims::VerifiedAndDisputed
                                                ? PdfReport::Scope::Verdicts
                                                : PdfReport::Scope::AllBody));
    if (claims.isEmpty()) {
        Q_EMIT problem(tr("Nothing to export"), tr("No claim matches: the report would be empty."));
        return false;
    }
    // Progress with Cancel; a report longer than the limit is confirmed first, with the
    // proposal of a filtered one.
    QProgressDialog progress(tr("Rendering the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(tr("Export PDF Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    PdfReport::Options withProgress = options;
    withProgress.progress = [&progress](int done, int total) {
        progress.setValue(total > 0 ? 100 * done / total : 100);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    };
    if (withProgress.pageLimit == 0)
        withProgress.pageLimit = PdfReport::kDefaultPageLimit;
    withProgress.confirmLength = [this, &progress](int pages) {
        if (m_confirmLongReport)
            return m_confirmLongReport(pages);
        progress.hide();
        const auto answer
            = QMessageBox::question(m_window, tr("A Long Report"),
                                    tr("The report would run to about %1 pages. Export it all the same, or "
                                       "cancel and report fewer claims "
                                       "(the verified and disputed ones, or the claims a filter shows)?")
                                        .arg(pages),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        progress.show();
        return answer == QMessageBox::Yes;
    };
    const auto written = PdfReport::write(path, {*m_doc, claims}, withProgress);
    progress.reset();
    if (!written) {
        Q_EMIT problem(tr("Export failed"), written.error());
        return false;
    }
    Q_EMIT done(
        tr("Report written to %1: %n page(s).", nullptr, written->pages).arg(QDir::toNativeSeparators(path)));
    return true;
}
