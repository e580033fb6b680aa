// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/timelinedata.h"

#include <QHash>
#include <QWidget>

class ClaimFilterModel;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTabWidget;
class QToolButton;
class QValueAxis;

// The charts beside the table. The timeline shows, for the selected claim's metric (or its
// unit and counted noun while no metric is assigned), every value by the date it refers to,
// one colour per source, the marker telling the qualifier (▲ "plus de", ◆ "près de",
// ● exact); a month or a year is a bar across its period with the marker in its middle; a
// tooltip gives the sentence and a click selects the claim. The time axis reads months or
// years in the interface's language, the value axis its scale and unit ("millions de
// dossiers"). The bars count the claims of the current filter per source, metric, unit or
// speaker, on whole-number ticks. The timeline can be enlarged and exported (PNG, SVG).
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setModel(ClaimFilterModel *model);
    // Shows the timeline of the claim of a ClaimIndex row (-1: none).
    void showClaim(qsizetype row);
    // Draws a timeline (what the PDF report draws too); an empty one asks for a selection.
    void showTimeline(const TimelineData &data);
    const TimelineData &timeline() const { return m_data; }
    QChartView *timelineView() const { return m_timelineView; }
    QChartView *barView() const { return m_barView; }
    // Where the point of claim `row` is drawn in the timeline view, or an invalid point.
    QPoint viewPositionOf(qsizetype row) const;
    // The rows plotted on the timeline.
    QList<qsizetype> plottedRows() const;
    // The full title of the timeline (the chart shows it elided to its width).
    QString timelineTitle() const { return m_title; }
    // Saves the timeline as a picture: SVG for a .svg path, else PNG at twice the screen's
    // resolution. Returns an empty string, or what went wrong with the file's name.
    QString exportTimeline(const QString &path, QSize size = {}) const;
    QToolButton *enlargeButton() const { return m_enlarge; }
    QToolButton *exportButton() const { return m_export; }
    // The tabs: the timeline (0) and the counts (1).
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void claimActivated(qsizetype row);
    // The Enlarge button: the window gives the charts its whole central area, or takes it back.
    void enlargeToggled(bool enlarged);
    // A chart export went wrong (`message` names the file) or went well (empty).
    void exported(const QString &path, const QString &problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createTimelineChart();
    void createBarChart();
    QWidget *createTools();
    void retranslate();
    void elideTitle();
    void fitTimeTicks();
    void chooseExportFile();
    void rebuildTimeline();
    void showNoTimeline(const TimelineData &data);
    void addPeriodBars(const TimelineData &data);
    void addPoints(const TimelineData &data);
    // Below the timeline: how many claims are plotted, left out or undated, and the markers.
    QString timelineNote(const TimelineData &data) const;
    void rebuildBars();
    QScatterSeries *seriesFor(const QString &source, int shape, const QColor &color);
    // A ring of transparent markers around `points` (the selection, the flagged figures).
    QScatterSeries *addRing(const QString &name, const QColor &color, qreal size, int width,
                            const QList<QPointF> &points);

    ClaimFilterModel *m_model = nullptr;
    qsizetype m_row = -1;
    QChart *m_timeline = nullptr;
    QChartView *m_timelineView = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QScatterSeries *m_selected = nullptr;
    QHash<QScatterSeries *, QList<qsizetype>> m_pointRows; // series -> the claim of each point
    TimelineData m_data;
    QChart *m_bars = nullptr;
    QChartView *m_barView = nullptr;
    QComboBox *m_barFacet = nullptr;
    QLabel *m_note = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_enlarge = nullptr;
    QToolButton *m_export = nullptr;
    QString m_title;
};
