// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/pdfreport.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QMenu;
class QWidget;

// File › Export: the claims as CSV, JSON or ClaimReview JSON-LD, and the PDF report, each
// from a dialog asking where. The claims come from the document: those the table shows (in
// its order), or those the core selects. Problems and results are reported through signals.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json, ClaimReview };
    enum class ReportClaims { Shown, VerifiedAndDisputed, All };

    // `shownRows` gives the rows the table shows, in its order.
    ExportActions(QWidget *window, std::function<std::vector<int>()> shownRows);

    void setDocument(const ProjectDocument *document) { m_doc = document; }
    // Adds the export actions to `menu`.
    void addTo(QMenu *menu);
    void retranslate();
    QAction *shownOnlyAction() const { return m_shownOnly; }

    bool exportClaims(const QString &path, Format format, bool onlyShown);
    bool exportReport(const QString &path, ReportClaims which, const PdfReport::Options &options);
    // Asked before a report longer than its page limit is rendered; by default a question to the
    // user (tests answer without a dialog).
    void setConfirmLongReport(std::function<bool(int pages)> confirm)
    {
        m_confirmLongReport = std::move(confirm);
    }

Q_SIGNALS:
    // Before an export: edits still being typed are saved.
    void aboutToExport();
    void problem(const QString &title, const QString &message);
    void done(const QString &message);

private:
    void chooseExport(Format format);
    void chooseReport();

    QWidget *m_window;
    std::function<std::vector<int>()> m_shownRows;
    const ProjectDocument *m_doc = nullptr;
    QList<QAction *> m_actions;
    QAction *m_shownOnly = nullptr;
    std::function<bool(int pages)> m_confirmLongReport;
};
