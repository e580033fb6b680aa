// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include "charts/chartstyle.h"
#include "display/claimtext.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "text/claimcontext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <QDir>

#include <cmath>

namespace {

int shapeOf(Qualifier q)
{
    switch (ChartStyle::marker(q)) {
    case ChartStyle::Marker::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case ChartStyle::Marker::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case ChartStyle::Marker::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case ChartStyle::Marker::Circle:
        break;
    }
    return QScatterSeries::MarkerShapeCircle;
}

qreal msecs(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

qreal startOf(QDate date)
{
    return qreal(QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch());
}

// At most this many periods are drawn as bars: beyond, the markers alone.
constexpr int kMaxPeriodBars = 400;

// A step of 1, 2 or 5 times a power of ten (whole numbers only) giving at most `ticks`
// intervals up to `top`.
int integerStep(int top, int ticks)
{
    for (int power = 1;; power *= 10) {
        for (int m : {1, 2, 5}) {
            if (m * power * ticks >= top || power > 100000000)
                return m * power;
        }
    }
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    createTimelineChart();
    createBarChart();
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Timeline note"));
    QWidget *tools = createTools();

    // The timeline and the counts each in a tab of their own: the timeline has the whole
    // width for its dates.
    auto *timeline = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_timelineView, 1);
    timelineLayout->addWidget(m_note);
    auto *counts = new QWidget;
    auto *countsLayout = new QVBoxLayout(counts);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    countsLayout->addWidget(m_barFacet);
    countsLayout->addWidget(m_barView, 1);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(timeline, QString());
    m_tabs->addTab(counts, QString());
    m_tabs->setCornerWidget(tools, Qt::TopRightCorner);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
    showTimeline({});
}

void ChartPanel::createTimelineChart()
{
    m_timeline = new QChart;
    m_timeline->setAnimationOptions(QChart::NoAnimation);
    m_timeline->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_timeline->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_timeline->legend()->setFont(legendFont);
    m_timeline->setMargins(QMargins(4, 4, 4, 4));
    // Month names and decimal commas in the interface's language.
    m_timeline->setLocale(QLocale());
    m_timeline->setLocalizeNumbers(true);
    m_timeline->legend()->setShowToolTips(true);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_timeline->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeline->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timelineView = new QChartView(m_timeline);
    m_timelineView->setRenderHint(QPainter::Antialiasing);
    m_timelineView->setAccessibleName(tr("Timeline of the selected claim's figure"));
    m_timelineView->setMinimumSize(240, 200);
    m_timelineView->installEventFilter(this);
    m_timelineView->viewport()->installEventFilter(this);
}

void ChartPanel::createBarChart()
{
    m_bars = new QChart;
    m_bars->setAnimationOptions(QChart::NoAnimation);
    m_bars->legend()->hide();
    m_bars->setMargins(QMargins(4, 4, 4, 4));
    m_barView = new QChartView(m_bars);
    m_barView->setRenderHint(QPainter::Antialiasing);
    m_barView->setAccessibleName(tr("Claims per source"));
    m_barView->viewport()->installEventFilter(this);
    m_barFacet = new QComboBox;
    m_barFacet->setAccessibleName(tr("Count claims per"));
    m_barFacet->addItem(tr("Claims per source"), ClaimIndex::SourceFacet);
    m_barFacet->addItem(tr("Claims per metric"), ClaimIndex::MetricFacet);
    m_barFacet->addItem(tr("Claims per unit"), ClaimIndex::UnitFacet);
    m_barFacet->addItem(tr("Claims per speaker"), ClaimIndex::SpeakerFacet);
    connect(m_barFacet, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuildBars);
}

// The Enlarge and Export buttons, in the corner of the tabs.
QWidget *ChartPanel::createTools()
{
    m_enlarge = new QToolButton;
    m_enlarge->setObjectName(QStringLiteral("enlargeChart"));
    m_enlarge->setCheckable(true);
    m_enlarge->setAutoRaise(true);
    connect(m_enlarge, &QToolButton::toggled, this, &ChartPanel::enlargeToggled);
    connect(m_enlarge, &QToolButton::toggled, this, &ChartPanel::retranslate);
    m_export = new QToolButton;
    m_export->setObjectName(QStringLiteral("exportChart"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, &ChartPanel::chooseExportFile);
    auto *tools = new QWidget;
    auto *toolsLayout = new QHBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    toolsLayout->addWidget(m_enlarge);
    toolsLayout->addWidget(m_export);
    return tools;
}

void ChartPanel::retranslate()
{
    m_enlarge->setText(m_enlarge->isChecked() ? tr("Restore") : tr("Enlarge"));
    m_enlarge->setToolTip(m_enlarge->isChecked() ? tr("Give the table and the excerpt their place back")
                                                 : tr("Show the charts in the whole window"));
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Counts"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the timeline as a picture (PNG or SVG)"));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showTimeline(m_data);
        rebuildBars();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::fitTimeTicks()
{
    if (m_data.isEmpty())
        return;
    // As many of the data's ticks as their labels have room for: every one, every second…,
    // always a whole number of intervals so that each tick stays on the first of its month.
    const int intervals = qMax(1, m_data.tickCount() - 1);
    const QFontMetrics metrics(m_timeAxis->labelsFont());
    const QString widest = QLocale().toString(QDate(2025, 9, 30), m_timeAxis->format());
    const int label = metrics.horizontalAdvance(widest) + 16;
    const int width = qMax(80, m_timelineView->width() - 110);
    int shown = intervals;
    for (int every = 1; every <= intervals; ++every) {
        if (intervals % every != 0)
            continue;
        // Qt gives each label the plot's width divided by the number of ticks.
        shown = intervals / every;
        if (width / (shown + 1) >= label)
            break;
    }
    m_timeAxis->setTickCount(shown + 1);
}

void ChartPanel::elideTitle()
{
    const QFontMetrics metrics(m_timeline->titleFont());
    const int width = qMax(60, m_timelineView->width() - 28);
    m_timeline->setTitle(metrics.elidedText(m_title, Qt::ElideRight, width));
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timelineView && event->type() == QEvent::Resize) {
        elideTitle();
        fitTimeTicks();
    }
    if (event->type() != QEvent::ToolTip)
        return QWidget::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    if (watched == m_timelineView->viewport()) {
        // The claim under the pointer: its citation. Asked of the event, not of the cursor,
        // which some window managers do not report.
        qsizetype nearest = -1;
        int best = 12;
        for (qsizetype row : plottedRows()) {
            const int d = (viewPositionOf(row) - help->pos()).manhattanLength();
            if (d < best) {
                best = d;
                nearest = row;
            }
        }
        const ClaimIndex *index
            = m_model && m_model->claimModel() ? &m_model->claimModel()->claimIndex() : nullptr;
        if (nearest >= 0 && index) {
            QToolTip::showText(
                help->globalPos(),
                QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                    .arg(ClaimText::citation(index->article(nearest), index->claim(nearest)).toHtmlEscaped()),
                m_timelineView->viewport());
        } else if (m_timeline->title() != m_title && help->pos().y() < 40) {
            QToolTip::showText(help->globalPos(), m_title, m_timelineView->viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (watched == m_barView->viewport()) {
        // The bar under the pointer: its full label and count.
        auto *series = m_bars->series().isEmpty()
            ? nullptr
            : qobject_cast<QHorizontalBarSeries *>(m_bars->series().constFirst());
        const auto *axis = m_bars->axes(Qt::Vertical).isEmpty()
            ? nullptr
            : qobject_cast<QBarCategoryAxis *>(m_bars->axes(Qt::Vertical).constFirst());
        if (series && axis && !series->barSets().isEmpty()) {
            const QPointF value = m_bars->mapToValue(m_barView->mapToScene(help->pos()), series);
            const int i = int(std::lround(value.y()));
            const QStringList full = axis->property("fullLabels").toStringList();
            if (i >= 0 && i < full.size()) {
                QToolTip::showText(
                    help->globalPos(),
                    tr("%1: %n claim(s)", nullptr, int(series->barSets().constFirst()->at(i))).arg(full[i]),
                    m_barView->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::setModel(ClaimFilterModel *model)
{
    m_model = model;
    connect(model, &ClaimFilterModel::filterChanged, this, &ChartPanel::rebuildBars);
    connect(model, &ClaimFilterModel::modelReset, this, [this] {
        if (m_model->totalCount() == 0)
            showClaim(-1);
    });
    rebuildBars();
}

void ChartPanel::showClaim(qsizetype row)
{
    m_row = row;
    rebuildTimeline();
}

QScatterSeries *ChartPanel::seriesFor(const QString &source, int shape, const QColor &color)
{
    for (auto it = m_pointRows.cbegin(); it != m_pointRows.cend(); ++it) {
        QScatterSeries *s = it.key();
        if (s->property("source").toString() == source && s->markerShape() == shape)
            return s;
    }
    auto *s = new QScatterSeries;
    s->setProperty("source", source);
    s->setMarkerShape(QScatterSeries::MarkerShape(shape));
    s->setMarkerSize(11);
    s->setColor(color);
    s->setBorderColor(color.darker(140));
    s->setName(source.size() > 28 ? source.left(27) + u'…' : source);
    m_timeline->addSeries(s);
    s->attachAxis(m_timeAxis);
    s->attachAxis(m_valueAxis);
    m_pointRows.insert(s, {});
    connect(s, &QScatterSeries::clicked, this, [this, s](const QPointF &point) {
        const QList<qsizetype> &rows = m_pointRows.value(s);
        const QList<QPointF> points = s->points();
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::abs(points[i].x() - point.x()) + std::abs(points[i].y() - point.y()) * 1e-3;
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0 && best < rows.size())
            Q_EMIT claimActivated(rows[best]);
    });
    return s;
}

QScatterSeries *ChartPanel::addRing(const QString &name, const QColor &color, qreal size, int width,
                                    const QList<QPointF> &points)
{
    auto *ring = new QScatterSeries;
    ring->setName(name);
    ring->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    ring->setMarkerSize(size);
    ring->setColor(Qt::transparent);
    ring->setBorderColor(color);
    QPen pen(color);
    pen.setWidth(width);
    ring->setPen(pen);
    ring->append(points);
    m_timeline->addSeries(ring);
    ring->attachAxis(m_timeAxis);
    ring->attachAxis(m_valueAxis);
    return ring;
}

void ChartPanel::rebuildTimeline()
{
    const ClaimTableModel *claims = m_model ? m_model->claimModel() : nullptr;
    const ProjectDocument *doc = claims ? claims->document() : nullptr;
    if (!doc || m_row < 0 || m_row >= m_model->totalCount()) {
        showTimeline({});
        return;
    }
    const ClaimIndex &index = doc->index();
    const int article = index.articleIndex(m_row);
    const int claim = index.claimIndex(m_row);
    showTimeline(TimelineData::build(*doc, TimelineData::groupOf(*doc, article, claim), {article, claim}));
}

void ChartPanel::showTimeline(const TimelineData &data)
{
    m_data = data;
    m_timeline->removeAllSeries();
    m_pointRows.clear();
    m_selected = nullptr;
    m_timeline->setLocale(QLocale());
    if (data.title.isEmpty() || data.isEmpty()) {
        showNoTimeline(data);
        return;
    }
    m_timeAxis->setVisible(true);
    m_valueAxis->setVisible(true);
    addPeriodBars(data);
    addPoints(data);
    // The ticks fall on the first of a month or of a year; Qt spaces them evenly, so the
    // axis starts two days in, where every tick still reads its own month.
    m_timeAxis->setRange(QDateTime(data.from.addDays(2), QTime(0, 0)),
                         QDateTime(data.to.addDays(2), QTime(0, 0)));
    m_timeAxis->setFormat(data.tickMonths % 12 == 0 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
    fitTimeTicks();
    m_valueAxis->setRange(data.minValue, data.maxValue);
    m_valueAxis->setTickCount(int(std::round((data.maxValue - data.minValue) / data.step)) + 1);
    m_title = tr("%1 over time").arg(data.title);
    elideTitle();
    m_valueAxis->setTitleText(data.valueLabel);
    m_note->setText(timelineNote(data));
}

// Nothing of the previous claim stays: no title, no scale, no dates.
void ChartPanel::showNoTimeline(const TimelineData &data)
{
    m_title = data.title.isEmpty() ? tr("Select a claim to see its figure over time")
                                   : tr("%1: no dated figure to draw").arg(data.title);
    elideTitle();
    m_timeAxis->setVisible(false);
    m_valueAxis->setVisible(false);
    m_valueAxis->setTitleText(QString());
    m_note->setText(data.undated > 0 ? tr("%n without a date (not shown)", nullptr, data.undated)
                                     : QString());
}

// A month or a year is a period: a bar across it, under the marker drawn in its middle.
void ChartPanel::addPeriodBars(const TimelineData &data)
{
    int bars = 0;
    for (const TimelineData::Point &p : data.points) {
        if (p.from >= p.to || ++bars > kMaxPeriodBars)
            continue;
        auto *period = new QLineSeries;
        period->setProperty("period", true);
        QColor color = data.series[p.series].color;
        color.setAlphaF(0.5);
        QPen pen(color);
        pen.setWidthF(4);
        pen.setCapStyle(Qt::FlatCap);
        period->setPen(pen);
        period->append(startOf(p.from), p.value / data.scale);
        period->append(startOf(p.to.addDays(1)), p.value / data.scale);
        m_timeline->addSeries(period);
        period->attachAxis(m_timeAxis);
        period->attachAxis(m_valueAxis);
        for (QLegendMarker *marker : m_timeline->legend()->markers(period))
            marker->setVisible(false);
    }
}

// The markers, one series per source and qualifier, between the ring of the flagged points
// and the ring of the selected one.
void ChartPanel::addPoints(const TimelineData &data)
{
    const ClaimIndex *index
        = m_model && m_model->claimModel() ? &m_model->claimModel()->claimIndex() : nullptr;
    // Points the consistency checks flag: a red ring, added first so that it lies under the
    // points (and never takes their clicks), and named in the legend.
    QList<QPointF> flaggedPoints;
    QPointF selectedPoint;
    bool hasSelected = false;
    for (const TimelineData::Point &p : data.points) {
        const QPointF at(msecs(p.middle()), p.value / data.scale);
        if (p.flag >= 2)
            flaggedPoints.append(at);
        if (p.selected) {
            selectedPoint = at;
            hasSelected = true;
        }
    }
    if (!flaggedPoints.isEmpty())
        addRing(tr("flagged"), ChartStyle::flagColor(), 19, 2, flaggedPoints);
    for (const TimelineData::Point &p : data.points) {
        const TimelineData::Series &series = data.series[p.series];
        QScatterSeries *s = seriesFor(series.source, shapeOf(p.qualifier), series.color);
        s->append(msecs(p.middle()), p.value / data.scale);
        m_pointRows[s].append(index ? index->rowOf(p.article, p.claim) : -1);
    }
    // One legend entry per source, whatever the markers.
    QSet<QString> named;
    for (auto it = m_pointRows.cbegin(); it != m_pointRows.cend(); ++it) {
        const QString source = it.key()->property("source").toString();
        const bool first = !named.contains(source);
        named.insert(source);
        for (QLegendMarker *marker : m_timeline->legend()->markers(it.key()))
            marker->setVisible(first);
    }
    if (hasSelected) {
        m_selected = addRing(tr("selected"), palette().color(QPalette::Highlight), 22, 3, {selectedPoint});
        for (QLegendMarker *marker : m_timeline->legend()->markers(m_selected))
            marker->setVisible(false);
    }
}

QString ChartPanel::timelineNote(const TimelineData &data) const
{
    QString note = tr("%n claim(s) plotted", nullptr, int(data.points.size()));
    if (data.omitted > 0)
        note += QStringLiteral(" ")
            + tr("(first %1 of %2)").arg(data.points.size()).arg(data.points.size() + data.omitted);
    if (data.undated)
        note += QStringLiteral(", ") + tr("%n without a date (not shown)", nullptr, data.undated);
    note += QStringLiteral(". ") + tr("A bar spans the month or year a figure refers to.") + u' '
        + ChartStyle::markerLegend();
    return note;
}

QString ChartPanel::exportTimeline(const QString &path, QSize size) const
{
    if (m_data.isEmpty())
        return tr("%1: there is no timeline to export; select a dated claim first.")
            .arg(QDir::toNativeSeparators(path));
    if (size.isEmpty())
        size = m_timelineView->size().expandedTo(QSize(960, 540));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1: cannot write the picture (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    // The chart laid out at the picture's size with its whole title, then given back.
    const QSizeF before = m_timeline->size();
    const QString shown = m_timeline->title();
    m_timeline->setTitle(m_title);
    m_timeline->resize(size);
    const QRectF source(m_timeline->pos(), QSizeF(size));
    bool written = false;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_title);
        svg.setDescription(m_note->text());
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        m_timeline->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        written = painter.end();
    } else {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            m_timeline->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        }
        written = image.save(&file, "PNG");
    }
    m_timeline->resize(before);
    m_timeline->setTitle(shown);
    if (!written || file.error() != QFileDevice::NoError)
        return tr("%1: the picture could not be written (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void ChartPanel::chooseExportFile()
{
    QString selected;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the Timeline"), QString(),
                                       tr("PNG picture (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QStringLiteral("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    Q_EMIT exported(file, exportTimeline(file));
}

void ChartPanel::rebuildBars()
{
    m_bars->removeAllSeries();
    // removeAxis() gives the axis back to us: delete it.
    for (QAbstractAxis *axis : m_bars->axes()) {
        m_bars->removeAxis(axis);
        delete axis;
    }
    if (!m_model || !m_model->claimModel())
        return;
    const auto facet = ClaimIndex::Facet(m_barFacet->currentData().toInt());
    const ClaimIndex &index = m_model->claimModel()->claimIndex();
    std::vector<int> counts(size_t(index.facetValues(facet).size()), 0);
    for (int r : m_model->shownRows())
        ++counts[size_t(index.facet(facet, r))];
    QList<int> ids;
    for (int id = 0; id < int(counts.size()); ++id) {
        if (counts[size_t(id)] > 0)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end(), [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
    if (ids.size() > 12)
        ids.resize(12);
    std::reverse(ids.begin(), ids.end()); // the largest on top
    auto *set = new QBarSet(m_barFacet->currentText());
    QStringList categories;
    QStringList fullLabels;
    for (int id : ids) {
        QString label = index.facetValues(facet).value(id);
        if (label.isEmpty())
            label = tr("(none)");
        fullLabels << label;
        // Two bars elided alike would be one category: a number keeps them apart.
        QString shown = label.size() > 34 ? label.left(33) + u'…' : label;
        while (categories.contains(shown))
            shown += u'\u200B';
        categories << shown;
        *set << counts[size_t(id)];
    }
    set->setColor(palette().color(QPalette::Highlight));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    m_bars->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setProperty("fullLabels", fullLabels);
    // Counts are whole numbers: ticks 1, 2 or 5 times a power of ten apart, with room for the
    // largest bar's label.
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    int top = 1;
    for (int id : ids)
        top = qMax(top, counts[size_t(id)]);
    const int step = integerStep(top + 1, 5);
    const int end = (top / step + 1) * step;
    countAxis->setRange(0, end);
    countAxis->setTickCount(end / step + 1);
    countAxis->setMinorTickCount(0);
    m_bars->addAxis(categoryAxis, Qt::AlignLeft);
    m_bars->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(countAxis);
    m_bars->setTitle(tr("%1 — %n claim(s) shown", nullptr, int(m_model->shownRows().size()))
                         .arg(m_barFacet->currentText()));
}

QPoint ChartPanel::viewPositionOf(qsizetype row) const
{
    for (auto it = m_pointRows.cbegin(); it != m_pointRows.cend(); ++it) {
        const int i = int(it.value().indexOf(row));
        if (i >= 0) {
            const QPointF scene = m_timeline->mapToPosition(it.key()->at(i), it.key());
            return m_timelineView->mapFromScene(m_timeline->mapToScene(scene));
        }
    }
    return {};
}

QList<qsizetype> ChartPanel::plottedRows() const
{
    QList<qsizetype> rows;
    for (auto it = m_pointRows.cbegin(); it != m_pointRows.cend(); ++it)
        rows += it.value();
    std::sort(rows.begin(), rows.end());
    return rows;
}
