// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "domain/result.h"
#include "metrics/metrictaxonomy.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class ProjectDocument;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

// Every metric of the bilan, one row each: its name (edited in place: a rename), its claims,
// sources, the period its dated figures cover, its unit, nature and a sparkline of its figures
// over time. Dragging metrics onto another merges them into it. Reads the document and edits
// through it (each change one undo step).
class MetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ClaimsColumn,
        TrendColumn,
        SourcesColumn,
        PeriodColumn,
        UnitColumn,
        NatureColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    // The figures in date order, as a QList<double> (the sparkline's).
    static constexpr int TrendRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static inline const QString kMimeType = QStringLiteral("application/x-bilan-metric-ids");

    explicit MetricsModel(QObject *parent = nullptr);
    void setDocument(ProjectDocument *doc);
    // Reads the document's metrics again.
    void refresh();
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

Q_SIGNALS:
    // An edit the document refused.
    void problem(const QString &title, const QString &message);

private:
    // Runs `edit` once the view is done with its editor or drag (the document's change resets
    // this model); a refusal is reported with `failure` as its title.
    void editLater(const QString &failure, std::function<Result<void>(ProjectDocument &)> edit);

    struct Row
    {
        QString id;
        QString label;
        QString unit;
        MetricTaxonomy::Nature nature = MetricTaxonomy::Nature::Stock;
        bool natureSet = false; // by the journalist
        bool named = false;
        QString preset;
        int claims = 0;
        QStringList sources; // the first few, for the tooltip
        int sourceCount = 0;
        PartialDate from, to;
        QList<double> trend; // the figures in date order (at most a few hundred, evenly picked)
        int dated = 0; // dated figures
    };
    QPointer<ProjectDocument> m_doc;
    QList<Row> m_rows;
};

class MetricsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *doc);
    void refresh();

    MetricsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    // The metrics selected (ids), the current one first.
    QStringList selectedIds() const;
    // Selects a metric by its id; false when it is not listed.
    bool selectMetric(const QString &id);

    QAction *mergeAction() const { return m_merge; }
    QAction *renameAction() const { return m_rename; }
    QMenu *natureMenu() const { return m_natureMenu; }
    // Merges the selected metrics into the current one.
    void mergeSelected();
    // Sets the nature of the selected metrics (none: Bilan's).
    void setSelectedNature(std::optional<MetricTaxonomy::Nature> nature);

Q_SIGNALS:
    // A metric clicked: the window shows its claims.
    void metricActivated(const QString &id);
    void problem(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();

    QPointer<ProjectDocument> m_doc;
    MetricsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_view;
    QAction *m_merge;
    QAction *m_rename;
    QMenu *m_natureMenu;
};
