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
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

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

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_timeline = new QChart;
    m_timeline->setAnimationOptions(QChart::NoAnimation);
    m_timeline->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_timeline->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_timeline->legend()->setFont(legendFont);
    m_timeline->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_timeline->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeline->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timelineView = new QChartView(m_timeline);
    m_timelineView->setRenderHint(QPainter::Antialiasing);
    m_timelineView->setAccessibleName(tr("Timeline of the selected claim's figure"));

    m_bars = new QChart;
    m_bars->setAnimationOptions(QChart::NoAnimation);
    m_bars->legend()->hide();
    m_bars->setMargins(QMargins(4, 4, 4, 4));
    m_barView = new QChartView(m_bars);
    m_barView->setRenderHint(QPainter::Antialiasing);
    m_barView->setAccessibleName(tr("Claims per source"));
    m_barFacet = new QComboBox;
    m_barFacet->setAccessibleName(tr("Count claims per"));
    m_barFacet->addItem(tr("Claims per source"), ClaimIndex::SourceFacet);
    m_barFacet->addItem(tr("Claims per metric"), ClaimIndex::MetricFacet);
    m_barFacet->addItem(tr("Claims per unit"), ClaimIndex::UnitFacet);
    m_barFacet->addItem(tr("Claims per speaker"), ClaimIndex::SpeakerFacet);
    connect(m_barFacet, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuildBars);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Timeline note"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_timelineView, 1);
    leftLayout->addWidget(m_note);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_barFacet);
    rightLayout->addWidget(m_barView, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 300});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
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
    connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QList<qsizetype> &rows = m_pointRows.value(s);
        const QList<QPointF> points = s->points();
        for (int i = 0; i < points.size(); ++i) {
            if (points[i] == point && i < rows.size()) {
                const ClaimIndex &index = m_model->claimModel()->claimIndex();
                QToolTip::showText(QCursor::pos(),
                                   ClaimText::citation(index.article(rows[i]), index.claim(rows[i])), this);
                return;
            }
        }
    });
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
    if (data.title.isEmpty()) {
        m_timeline->setTitle(tr("Select a claim to see its figure over time"));
        m_note->clear();
        return;
    }
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
    if (!data.isEmpty()) {
        m_timeAxis->setRange(QDateTime(data.from, QTime(0, 0)), QDateTime(data.to, QTime(0, 0)));
        m_timeAxis->setFormat(data.years ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
        m_valueAxis->setRange(data.minValue, data.maxValue);
        m_valueAxis->setTickCount(int(std::round((data.maxValue - data.minValue) / data.step)) + 1);
    }
    m_timeline->setTitle(tr("%1 over time").arg(data.title));
    m_valueAxis->setTitleText(data.valueLabel);
    QString note = tr("%n claim(s) plotted", nullptr, int(data.points.size()));
    if (data.omitted > 0)
        note += QStringLiteral(" ")
            + tr("(first %1 of %2)").arg(data.points.size()).arg(data.points.size() + data.omitted);
    if (data.undated)
        note += QStringLiteral(", ") + tr("%n without a date (not shown)", nullptr, data.undated);
    note += QStringLiteral(". ") + ChartStyle::markerLegend();
    m_note->setText(note);
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
    for (int id : ids) {
        QString label = index.facetValues(facet).value(id);
        if (label.isEmpty())
            label = tr("(none)");
        if (label.size() > 34)
            label = label.left(33) + u'…';
        categories << label;
        *set << counts[size_t(id)];
    }
    set->setColor(palette().color(QPalette::Highlight));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    m_bars->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    int top = 1;
    for (int id : ids)
        top = qMax(top, counts[size_t(id)]);
    countAxis->setRange(0, top * 1.15);
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
