// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "charts/chartstyle.h"
#include "charts/timelinedata.h"
#include "display/claimtext.h"
#include "extraction/claimextractor.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "project/projectdocument.h"
#include "report/timelinepainter.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

// One TimelineData, built once in the core, drawn by the window's chart (Qt Charts) and by the
// report's painter: both must show what it holds.
class tst_TimelineData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupOfAMetric();
    void aYearIsAPeriod();
    void discoveredMetricOnANewTopic();
    void fallsAreDrawnBelowZero();
    void scaleAndAxes_data();
    void scaleAndAxes();
    void markerShapes_data();
    void markerShapes();
    void windowChartDrawsIt();
    void dateAxisReadsYears();
    void dateAxisReadsFrenchMonths();
    void periodsAreBars();
    void titleElidedWithTooltip();
    void legendOutsideThePlot();
    void exportsPngAndSvg();
    void emptyTimelineKeepsNothing();
    void correctionsAreDrawn();
    void reportPainterDrawsIt();

private:
    // The texts the chart draws (axis labels, titles), read from its scene once laid out.
    static QStringList drawnTexts(QChartView *view);
    std::pair<int, int> find(const QString &quote, const QString &articlePrefix) const;
    static Article article(const QString &id, const QString &outlet, const QString &body);
    // The timeline of "12 dossiers et 14 dossiers." in Le Matin: two counts of `unit` with the
    // values and dates (ISO) given.
    static TimelineData twoCounts(const QString &unit, double first, const char *firstDate, double second,
                                  const char *secondDate);
    std::unique_ptr<ProjectDocument> m_doc;
    TimelineData m_data;
    // Three sources, three dates a year apart, three values: what both renderers are given.
    std::unique_ptr<ProjectDocument> m_spreadDoc;
    TimelineData m_spread;
};

Article tst_TimelineData::article(const QString &id, const QString &outlet, const QString &body)
{
    Article a;
    a.id = id;
    a.outlet = outlet;
    a.sha256 = id;
    a.text = body;
    a.paragraphs = {Paragraph {0, body.size(), ParagraphKind::Body}};
    return a;
}

TimelineData tst_TimelineData::twoCounts(const QString &unit, double first, const char *firstDate,
                                         double second, const char *secondDate)
{
    Article a = article(QStringLiteral("a"), QStringLiteral("Le Matin"),
                        QStringLiteral("12 dossiers et 14 dossiers."));
    Claim one;
    one.start = 0;
    one.end = 2;
    one.paragraph = 0;
    one.value = first;
    one.kind = ClaimKind::Count;
    one.unit = unit;
    one.asOf = PartialDate::fromIso(QString::fromLatin1(firstDate));
    Claim two = one;
    two.start = 16;
    two.end = 18;
    two.value = second;
    two.asOf = PartialDate::fromIso(QString::fromLatin1(secondDate));
    a.claims = {one, two};
    const auto doc = ProjectDocument::fromArticles({a});
    return TimelineData::build(*doc, TimelineData::groupOf(*doc, 0, 0));
}

std::pair<int, int> tst_TimelineData::find(const QString &quote, const QString &articlePrefix) const
{
    const QList<Article> &articles = m_doc->articles();
    for (int a = 0; a < articles.size(); ++a) {
        if (!articles[a].id.startsWith(articlePrefix))
            continue;
        for (int c = 0; c < articles[a].claims.size(); ++c) {
            const Claim &claim = articles[a].claims[c];
            if (articles[a].text.mid(claim.start, claim.end - claim.start) == quote)
                return {a, c};
        }
    }
    return {-1, -1};
}

void tst_TimelineData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_doc = ProjectDocument::fromArticles(TestSupport::bundledExtracted());
    // "plus de 14 millions de dossiers … jusqu'en mars 2025" (004): AMO Tadamon files submitted.
    const auto selected = find(QStringLiteral("14 millions"), QStringLiteral("004"));
    QVERIFY(selected.first >= 0);
    m_data = TimelineData::build(*m_doc, TimelineData::groupOf(*m_doc, selected.first, selected.second),
                                 selected);

    QList<Article> spread;
    const QList<std::tuple<QString, double, QString, Qualifier>> figures = {
        {QStringLiteral("Hespress"), 2e6, QStringLiteral("2022-06"), Qualifier::Exact},
        {QStringLiteral("Le360"), 5e6, QStringLiteral("2023-06"), Qualifier::MoreThan},
        {QStringLiteral("Médias24"), 9e6, QStringLiteral("2024-06"), Qualifier::About},
    };
    for (const auto &[outlet, value, date, qualifier] : figures) {
        Article a = article(outlet, outlet, QStringLiteral("x dossiers"));
        Claim c;
        c.start = 0;
        c.end = 1;
        c.paragraph = 0;
        c.value = value;
        c.kind = ClaimKind::Count;
        c.unit = QStringLiteral("dossiers");
        c.qualifier = qualifier;
        c.asOf = PartialDate::fromIso(date);
        a.claims = {c};
        spread.append(a);
    }
    m_spreadDoc = ProjectDocument::fromArticles(spread);
    m_spread = TimelineData::build(*m_spreadDoc, TimelineData::groupOf(*m_spreadDoc, 0, 0), {1, 0});
    QCOMPARE(m_spread.points.size(), 3);
    QCOMPARE(m_spread.series.size(), 3);
}

void tst_TimelineData::groupOfAMetric()
{
    QCOMPARE(m_data.title, m_doc->metricLabel(QStringLiteral("tadamon.files_submitted")));
    QVERIFY(m_data.points.size() >= 3);
    int selected = 0;
    for (const TimelineData::Point &p : m_data.points) {
        const Claim &c = m_doc->articles()[p.article].claims[p.claim];
        QCOMPARE(c.metric, QStringLiteral("tadamon.files_submitted"));
        QCOMPARE(p.value, c.value);
        QCOMPARE(p.date, c.asOf);
        QCOMPARE(m_data.series[p.series].source, ClaimText::source(m_doc->articles()[p.article]));
        QCOMPARE(m_data.series[p.series].color, ChartStyle::sourceColor(p.series));
        selected += p.selected;
    }
    QCOMPARE(selected, 1);
    // One series per source, in the order they first appear.
    QVERIFY(m_data.series.size() >= 2);
}

void tst_TimelineData::aYearIsAPeriod()
{
    const TimelineData data = twoCounts(QStringLiteral("dossiers"), 12, "2024", 14, "2025-02");
    QCOMPARE(data.points.size(), 2);
    // The year covers the whole of 2024, drawn in its middle: before February 2025, not on 1 January.
    QCOMPARE(data.points[0].from, QDate(2024, 1, 1));
    QCOMPARE(data.points[0].to, QDate(2024, 12, 31));
    QCOMPARE(data.points[0].middle(), QDate(2024, 7, 1));
    QCOMPARE(data.points[1].from, QDate(2025, 2, 1));
    QCOMPARE(data.points[1].to, QDate(2025, 2, 28));
    QVERIFY(data.from < QDate(2024, 1, 1) && data.to > QDate(2025, 2, 28));
    // Both figures count dossiers: one discovered metric, named from what it counts.
    QCOMPARE(data.title, QStringLiteral("Dossiers"));
}

// A set no preset knows (tourism): the timeline of a claim is its discovered metric, named
// from the articles' words, with the figures of every source.
void tst_TimelineData::discoveredMetricOnANewTopic()
{
    LoadReport report = Corpus::loadManifest(QStringLiteral(BILAN_TEST_DATA "/eval/tourisme/manifest.json"));
    QVERIFY(report.errors.isEmpty());
    for (Article &a : report.articles)
        ClaimExtractor::extractInto(a);
    const auto doc = ProjectDocument::fromArticles(report.articles);
    int article = -1, claim = -1;
    for (int a = 0; a < doc->articles().size() && article < 0; ++a) {
        for (int c = 0; c < doc->articles()[a].claims.size(); ++c) {
            const QString &metric = doc->articles()[a].claims[c].metric;
            if (!metric.isEmpty()
                && doc->metricLabel(metric).startsWith(QStringLiteral("Marrakech — nuitées (running"))) {
                article = a;
                claim = c;
                break;
            }
        }
    }
    QVERIFY(article >= 0);
    const TimelineData data = TimelineData::build(*doc, TimelineData::groupOf(*doc, article, claim));
    QVERIFY2(data.title.startsWith(QStringLiteral("Marrakech — nuitées")), qPrintable(data.title));
    QVERIFY(data.points.size() >= 4);
    QSet<int> sources;
    for (const auto &p : data.points)
        sources.insert(p.article);
    QVERIFY(sources.size() >= 3);
    // The findings panel has findings on this set too.
    QVERIFY(!doc->findings().isEmpty());
}

// A change the text calls a fall, written without its sign, is drawn below zero; one written with
// its sign or called a rise is drawn as written; the table keeps the value as written.
void tst_TimelineData::fallsAreDrawnBelowZero()
{
    const QString body = QStringLiteral(
        "Les ventes de voitures neuves ont atteint 11.288 unités en novembre 2022, en baisse de 12,85 %. "
        "En décembre 2022, les ventes de voitures neuves ont atteint 13.772 unités, en hausse de 22,01 %. "
        "En janvier 2023, les ventes de voitures neuves ont atteint 10.100 unités (-26,66 %).");
    Article a = article(QStringLiteral("a"), QStringLiteral("Le Matin"), body);
    ClaimExtractor::extractInto(a);
    const auto doc = ProjectDocument::fromArticles({a});
    QHash<QString, int> claimOf;
    for (int c = 0; c < doc->articles()[0].claims.size(); ++c) {
        const Claim &claim = doc->articles()[0].claims[c];
        claimOf.insert(body.mid(claim.start, claim.end - claim.start), c);
    }
    QVERIFY(claimOf.contains(QStringLiteral("12,85 %")));
    QCOMPARE(doc->articles()[0].claims[claimOf[QStringLiteral("12,85 %")]].value, 12.85);
    const TimelineData data
        = TimelineData::build(*doc, TimelineData::groupOf(*doc, 0, claimOf[QStringLiteral("12,85 %")]));
    QMap<QString, double> drawn; // by date
    for (const TimelineData::Point &p : data.points)
        drawn.insert(p.date.toIso(), p.value);
    QCOMPARE(drawn.value(QStringLiteral("2022-11")), -12.85);
    QCOMPARE(drawn.value(QStringLiteral("2022-12")), 22.01);
    QCOMPARE(drawn.value(QStringLiteral("2023-01")), -26.66);
    QCOMPARE(data.points.size(), 3);
    // The value axis reaches below zero.
    QVERIFY(data.minValue <= -26.66);
    QVERIFY(!doc->metrics().falls(0, claimOf[QStringLiteral("11.288")]));
}

void tst_TimelineData::scaleAndAxes_data()
{
    QTest::addColumn<double>("largest");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("word");
    QTest::addColumn<double>("top");
    QTest::addRow("units") << 734.0 << 1.0 << QString() << 800.0;
    QTest::addRow("thousands") << 734000.0 << 1e3 << QStringLiteral("thousands") << 800.0;
    QTest::addRow("millions") << 14e6 << 1e6 << QStringLiteral("millions") << 15.0;
    QTest::addRow("billions") << 9.5e9 << 1e9 << QStringLiteral("billions") << 10.0;
    // A largest value on a tick gets a step above it: its marker is not cut by the plot's edge.
    QTest::addRow("on a tick") << 6.0 << 1.0 << QString() << 8.0;
}

void tst_TimelineData::scaleAndAxes()
{
    QFETCH(double, largest);
    QFETCH(double, scale);
    QFETCH(QString, word);
    QFETCH(double, top);
    const TimelineData data
        = twoCounts(QStringLiteral("dossiers"), largest, "2025-03", largest / 2, "2025-03");
    QCOMPARE(data.scale, scale);
    QCOMPARE(data.scaleWord, word);
    QCOMPARE(data.minValue, 0.0);
    QCOMPARE(data.maxValue, top);
    QVERIFY(data.step > 0 && data.maxValue / data.step <= 8);
    // The scale and the unit: "millions of dossiers" ("millions de dossiers" in French).
    QCOMPARE(data.valueLabel,
             word.isEmpty() ? QStringLiteral("dossiers") : word + QStringLiteral(" of dossiers"));
}

void tst_TimelineData::markerShapes_data()
{
    QTest::addColumn<Qualifier>("qualifier");
    QTest::addColumn<ChartStyle::Marker>("marker");
    QTest::addRow("exact") << Qualifier::Exact << ChartStyle::Marker::Circle;
    QTest::addRow("more than") << Qualifier::MoreThan << ChartStyle::Marker::Triangle;
    QTest::addRow("at least") << Qualifier::AtLeast << ChartStyle::Marker::Triangle;
    QTest::addRow("about") << Qualifier::About << ChartStyle::Marker::Diamond;
    QTest::addRow("less than") << Qualifier::LessThan << ChartStyle::Marker::Square;
    QTest::addRow("up to") << Qualifier::UpTo << ChartStyle::Marker::Square;
}

void tst_TimelineData::markerShapes()
{
    QFETCH(Qualifier, qualifier);
    QFETCH(ChartStyle::Marker, marker);
    QCOMPARE(ChartStyle::marker(qualifier), marker);
}

void tst_TimelineData::windowChartDrawsIt()
{
    ChartPanel panel;
    panel.resize(900, 500);
    panel.showTimeline(m_spread);
    QChart *chart = panel.timelineView()->chart();
    // Every point in a scatter series of its source's colour, at its date and scaled value.
    int points = 0;
    for (QAbstractSeries *s : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (!scatter || scatter->color() == Qt::transparent)
            continue; // the rings of the selection and the flags
        for (const QPointF &p : scatter->points()) {
            ++points;
            bool found = false;
            for (const TimelineData::Point &d : m_spread.points) {
                found |= QDateTime(d.middle(), QTime(12, 0)).toMSecsSinceEpoch() == qint64(p.x())
                    && qFuzzyCompare(d.value / m_spread.scale, p.y())
                    && scatter->color() == m_spread.series[d.series].color;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1, %2").arg(p.x()).arg(p.y())));
        }
    }
    QCOMPARE(points, m_spread.points.size());
    auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    auto *dates = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(values && dates);
    QCOMPARE(values->min(), m_spread.minValue);
    QCOMPARE(values->max(), m_spread.maxValue);
    QCOMPARE(values->titleText(), m_spread.valueLabel);
    // The axis starts two days into its first month, so that evenly spaced ticks each read
    // their own month or year.
    QCOMPARE(dates->min().date(), m_spread.from.addDays(2));
    QCOMPARE(dates->max().date(), m_spread.to.addDays(2));
    // The data's ticks, or every second, third… of them when the labels lack room.
    QVERIFY(dates->tickCount() >= 2 && dates->tickCount() <= m_spread.tickCount());
    QCOMPARE((m_spread.tickCount() - 1) % (dates->tickCount() - 1), 0);
    QVERIFY(chart->title().contains(m_spread.title));
}

QStringList tst_TimelineData::drawnTexts(QChartView *view)
{
    QApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

void tst_TimelineData::dateAxisReadsYears()
{
    // 2022-06, 2023-06, 2024-06: three years, a tick on each first of January.
    QCOMPARE(m_spread.from, QDate(2022, 1, 1));
    QCOMPARE(m_spread.to, QDate(2025, 1, 1));
    QCOMPARE(m_spread.tickMonths, 12);
    QCOMPARE(m_spread.tickCount(), 4);
    ChartPanel panel;
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showTimeline(m_spread);
    const QStringList texts = drawnTexts(panel.timelineView());
    for (const char *year : {"2022", "2023", "2024", "2025"})
        QVERIFY2(texts.contains(QLatin1String(year)), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("millions of dossiers")), qPrintable(texts.join(u'|')));
}

void tst_TimelineData::dateAxisReadsFrenchMonths()
{
    const TimelineData data = twoCounts(QStringLiteral("habitants"), 1.2e6, "2025-01-15", 1.4e6, "2025-04");
    QVERIFY(!data.years);
    QCOMPARE(data.from.day(), 1);
    QCOMPARE(data.to.day(), 1);
    QVERIFY(data.tickMonths >= 1 && data.tickMonths < 12);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ChartPanel panel;
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showTimeline(data);
    const QStringList texts = drawnTexts(panel.timelineView());
    QLocale::setDefault(before);
    // French month names on the first of each month shown, whatever the ticks' even spacing.
    QStringList wanted;
    for (QDate d = data.from; d <= data.to; d = d.addMonths(data.tickMonths))
        wanted << QLocale(QLocale::French, QLocale::France).toString(d, QStringLiteral("MMM yyyy"));
    QVERIFY(wanted.contains(QStringLiteral("janv. 2025")) || wanted.contains(QStringLiteral("déc. 2024")));
    for (const QString &month : std::as_const(wanted))
        QVERIFY2(texts.contains(month), qPrintable(month + QStringLiteral(" in ") + texts.join(u'|')));
    // The French scale, elided before a vowel.
    QCOMPARE(data.valueLabel, QStringLiteral("millions of habitants"));
}

void tst_TimelineData::periodsAreBars()
{
    // A year and a month: each a bar from its first day to the day after its last.
    ChartPanel panel;
    panel.resize(900, 500);
    panel.showTimeline(m_spread);
    int bars = 0;
    for (QAbstractSeries *s : panel.timelineView()->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || qobject_cast<QScatterSeries *>(s))
            continue;
        ++bars;
        QCOMPARE(line->count(), 2);
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(qint64(line->at(0).x()));
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(qint64(line->at(1).x()));
        QCOMPARE(from.date().day(), 1);
        QCOMPARE(to.date().day(), 1);
        QCOMPARE(from.date().addMonths(1), to.date()); // each a month: June
        QCOMPARE(line->at(0).y(), line->at(1).y());
    }
    QCOMPARE(bars, 3);
}

void tst_TimelineData::titleElidedWithTooltip()
{
    TimelineData data = m_spread;
    data.title = QStringLiteral("Nombre de dossiers d'inscription déposés auprès des caisses régionales "
                                "d'assurance maladie et de la protection sociale");
    ChartPanel panel;
    panel.resize(420, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showTimeline(data);
    QChart *chart = panel.timelineView()->chart();
    QVERIFY(panel.timelineTitle().contains(data.title));
    QVERIFY2(chart->title().endsWith(u'…'), qPrintable(chart->title()));
    QVERIFY(QFontMetrics(chart->titleFont()).horizontalAdvance(chart->title())
            <= panel.timelineView()->width());
    // Wider, the whole title shows.
    panel.resize(1900, 400);
    QApplication::processEvents();
    QCOMPARE(chart->title(), panel.timelineTitle());
}

void tst_TimelineData::legendOutsideThePlot()
{
    ChartPanel panel;
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showTimeline(m_spread);
    QApplication::processEvents();
    QChart *chart = panel.timelineView()->chart();
    QVERIFY(chart->legend()->isVisible());
    QVERIFY(chart->legend()->isAttachedToChart());
    QVERIFY(chart->legend()->showToolTips());
    QVERIFY2(!chart->legend()->geometry().intersects(chart->plotArea()), "the legend covers the plot");
}

void tst_TimelineData::exportsPngAndSvg()
{
    QTemporaryDir dir;
    ChartPanel panel;
    panel.resize(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Nothing to export yet: said, with the file's name.
    QVERIFY(
        panel.exportTimeline(dir.filePath(QStringLiteral("none.png"))).contains(QStringLiteral("none.png")));
    panel.showTimeline(m_spread);
    QCOMPARE(panel.exportTimeline(dir.filePath(QStringLiteral("t.png")), QSize(1000, 560)), QString());
    const QImage png(dir.filePath(QStringLiteral("t.png")));
    QCOMPARE(png.size(), QSize(2000, 1120));
    QSet<QRgb> colours;
    for (int y = 0; y < png.height(); y += 9) {
        for (int x = 0; x < png.width(); x += 9)
            colours.insert(png.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
    QCOMPARE(panel.exportTimeline(dir.filePath(QStringLiteral("t.svg")), QSize(1000, 560)), QString());
    QFile svg(dir.filePath(QStringLiteral("t.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("2023"));
    QVERIFY(text.contains("millions of dossiers"));
    // The panel's own chart is given back its size.
    QVERIFY(panel.timelineView()->chart()->size().width() < 400);
    // A folder that does not exist: named.
    const QString bad = dir.filePath(QStringLiteral("missing/t.svg"));
    QVERIFY(panel.exportTimeline(bad).contains(QStringLiteral("missing")));
}

void tst_TimelineData::emptyTimelineKeepsNothing()
{
    ChartPanel panel;
    panel.resize(900, 500);
    panel.showTimeline(m_spread);
    panel.showTimeline({});
    QChart *chart = panel.timelineView()->chart();
    QVERIFY(chart->series().isEmpty());
    QVERIFY(!chart->title().contains(m_spread.title));
    for (QAbstractAxis *axis : chart->axes()) {
        QVERIFY(!axis->isVisible());
        QVERIFY(axis->titleText().isEmpty());
    }
}

void tst_TimelineData::correctionsAreDrawn()
{
    QList<Article> articles;
    for (const auto &[outlet, value] :
         {std::pair {QStringLiteral("Ouest-France"), 2.0e6}, std::pair {QStringLiteral("Le Monde"), 3.0e6}}) {
        Article a = article(outlet, outlet, QStringLiteral("x visiteurs"));
        Claim c;
        c.start = 0;
        c.end = 1;
        c.paragraph = 0;
        c.value = value;
        c.kind = ClaimKind::Count;
        c.unit = QStringLiteral("visiteurs");
        c.asOf = PartialDate::fromIso(QStringLiteral("2023"));
        a.claims = {c};
        articles.append(a);
    }
    auto doc = ProjectDocument::createUntitled(articles);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error()));
    ProjectDocument &d = *doc.value();
    ClaimCorrection correction;
    correction.value = 2.5e6;
    correction.asOf = PartialDate::fromIso(QStringLiteral("2024-06"));
    QVERIFY(d.setCorrection(d.keyOf(0, 0), correction));
    const TimelineData data = TimelineData::build(d, TimelineData::groupOf(d, 0, 0));
    QCOMPARE(data.points.size(), 2);
    for (const TimelineData::Point &p : data.points) {
        if (p.article == 0) {
            QVERIFY(p.corrected);
            QCOMPARE(p.value, 2.5e6);
            QCOMPARE(p.original, 2.0e6);
            QCOMPARE(p.from, QDate(2024, 6, 1));
        } else {
            QVERIFY(!p.corrected);
            QCOMPARE(p.value, 3.0e6);
        }
    }
}

void tst_TimelineData::reportPainterDrawsIt()
{
    QImage image(700, 320, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QRectF area(60, 30, 600, 200);
    {
        QPainter painter(&image);
        TimelinePainter::paint(&painter, &image, area, m_spread);
    }
    // Each point stands apart from the others is drawn in its source's colour where the data
    // puts it (the marker's centre).
    int checked = 0;
    for (const TimelineData::Point &p : m_spread.points) {
        const QPoint at
            = TimelinePainter::position(area, m_spread, p.middle(), p.value / m_spread.scale).toPoint();
        bool alone = true;
        for (const TimelineData::Point &q : m_spread.points) {
            const QPoint other
                = TimelinePainter::position(area, m_spread, q.middle(), q.value / m_spread.scale).toPoint();
            alone &= &q == &p || (other - at).manhattanLength() > 24;
        }
        if (!alone)
            continue;
        ++checked;
        const QColor drawn = image.pixelColor(at);
        const QColor wanted = m_spread.series[p.series].color;
        QVERIFY2(qAbs(drawn.red() - wanted.red()) < 40 && qAbs(drawn.green() - wanted.green()) < 40
                     && qAbs(drawn.blue() - wanted.blue()) < 40,
                 qPrintable(QStringLiteral("%1 at %2,%3 for %4")
                                .arg(drawn.name())
                                .arg(at.x())
                                .arg(at.y())
                                .arg(wanted.name())));
    }
    QCOMPARE(checked, 3);
    // An empty timeline draws nothing.
    QImage blank(100, 100, QImage::Format_ARGB32);
    blank.fill(Qt::white);
    QImage same = blank;
    {
        QPainter painter(&same);
        TimelinePainter::paint(&painter, &same, QRectF(10, 10, 80, 80), TimelineData {});
    }
    QCOMPARE(same, blank);
}

QTEST_MAIN(tst_TimelineData)
#include "tst_timelinedata.moc"
