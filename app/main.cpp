// SPDX-License-Identifier: GPL-3.0-or-later
// bilan: the window.

#include "findingcomparison.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "metricspanel.h"
#include "project/projectstore.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <cstdio>

namespace {

// Installs the French translation when asked to, or when the system speaks French.
void installTranslators(QApplication &app, const QString &forced)
{
    const QString language = !forced.isEmpty() ? forced
        : !AppSettings().language().isEmpty()  ? AppSettings().language()
                                               : QLocale::system().name().section(u'_', 0, 0);
    if (language != u"fr")
        return;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *bilan = new QTranslator(&app);
    if (bilan->load(QStringLiteral(":/i18n/bilan_fr.qm")))
        QApplication::installTranslator(bilan);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// What the command line asks for.
struct Options
{
    QString language;
    QSize size;
    int finding = 0; // from 1; 0 when none
    QString screenshot; // the picture's path; empty when none
    QString claimId;
    bool page = false;
    bool charts = false;
    bool compare = false;
    QString metric; // the metric whose claims to show; "*" only the Metrics view
    QStringList files;
};

// The window's size from "WIDTHxHEIGHT"; prints what was expected and returns false when
// `value` is not one.
bool parseSize(const QString &value, QSize &size)
{
    const QStringList parts = value.split(u'x');
    bool okWidth = false;
    bool okHeight = false;
    if (parts.size() == 2)
        size = QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
    if (okWidth && okHeight && size.width() >= 320 && size.height() >= 240)
        return true;
    std::fprintf(stderr, "bilan: --size takes WIDTHxHEIGHT (at least 320x240), not \"%s\"\n",
                 qPrintable(value));
    return false;
}

// Parses the command line into `options`; false (after printing why) when it cannot be used.
bool parseOptions(const QApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bilan: extract, explore and verify the figures of news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Load, lay out, save a picture of the window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Force the interface language: fr or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Select the claim with this id (\"<document>#<start>\")."),
                                    QStringLiteral("CLAIM_ID"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Show the selected claim on its PDF page (PDF sources)."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("The window's size, as WIDTHxHEIGHT (e.g. 1280x720)."),
                                  QStringLiteral("SIZE"));
    const QCommandLineOption charts(QStringLiteral("charts"),
                                    QStringLiteral("Show the charts enlarged, in the whole window."));
    const QCommandLineOption finding(QStringLiteral("finding"),
                                     QStringLiteral("Select the claims of the finding number N (from 1)."),
                                     QStringLiteral("N"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral(
            "Open the comparison of the finding given by --finding (its picture, with --screenshot)."));
    const QCommandLineOption metric(
        QStringLiteral("metric"),
        QStringLiteral("Show the Metrics view, with the claims of the metric of this id (\"*\": none)."),
        QStringLiteral("ID"));
    parser.addOptions({screenshot, lang, select, page, size, charts, finding, compare, metric});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral(
            "A project (.bilan, or postgresql://…?project=NAME) to open, or articles to open in a new "
            "project, instead of the bundled bilan."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != u"fr" && options.language != u"en") {
        std::fprintf(stderr, "bilan: --lang takes fr or en, not \"%s\"\n", qPrintable(options.language));
        return false;
    }
    if (parser.isSet(size) && !parseSize(parser.value(size), options.size))
        return false;
    if (parser.isSet(finding)) {
        bool ok = false;
        options.finding = parser.value(finding).toInt(&ok);
        if (!ok || options.finding < 1) {
            std::fprintf(stderr, "bilan: --finding takes a number from 1, not \"%s\"\n",
                         qPrintable(parser.value(finding)));
            return false;
        }
    }
    options.screenshot = parser.value(screenshot);
    options.claimId = parser.value(select);
    options.page = parser.isSet(page);
    options.charts = parser.isSet(charts);
    options.compare = parser.isSet(compare);
    options.metric = parser.value(metric);
    options.files = parser.positionalArguments();
    return true;
}

// Once the bilan is loaded: the finding, claim, chart and page asked for, then the picture.
void showRequested(MainWindow &window, const Options &options)
{
    // A finding asked for in a project checked in the background: once the checks are done.
    if (options.finding > 0 && window.findingsPanel()->isChecking()) {
        QTimer::singleShot(100, &window, [&window, &options] { showRequested(window, options); });
        return;
    }
    QWidget *shown = &window;
    if (options.finding > 0) {
        if (options.finding > window.findings().size())
            std::fprintf(stderr, "bilan: no finding %d in this bilan\n", options.finding);
        else if (!options.compare)
            window.showFinding(options.finding - 1);
        else if (auto *dialog = window.compareFinding(options.finding - 1))
            shown = dialog;
    }
    if (!options.metric.isEmpty()) {
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("metrics"))) {
            dock->show();
            dock->raise();
        }
        if (options.metric != u"*") {
            if (!window.metricsPanel()->selectMetric(options.metric))
                std::fprintf(stderr, "bilan: no metric \"%s\" in this bilan\n", qPrintable(options.metric));
            else
                window.showMetric(options.metric);
        }
    }
    if (!options.claimId.isEmpty() && !window.selectClaimById(options.claimId))
        std::fprintf(stderr, "bilan: no claim \"%s\" in this bilan\n", qPrintable(options.claimId));
    if (auto *button = window.findChild<QToolButton *>(QStringLiteral("enlargeChart"));
        button && options.charts)
        button->setChecked(true);
    if (auto *toggle = window.findChild<QToolButton *>(QStringLiteral("pageToggle")); toggle && options.page)
        toggle->setChecked(toggle->isVisible());
    if (options.screenshot.isEmpty())
        return;
    // Let the layout, the charts and the excerpt settle before the picture.
    QTimer::singleShot(50, &window, [shown, path = options.screenshot] {
        QApplication::processEvents();
        const bool saved = shown->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "bilan: cannot write the screenshot to %s\n", qPrintable(path));
        QApplication::exit(saved ? 0 : 1);
    });
}

// A project (.bilan) opens as it is; articles go into a new untitled project; without either,
// the bundled bilan does. False when a project asked for a picture cannot be opened.
bool openInputs(MainWindow &window, const Options &options)
{
    QStringList files = options.files;
    QString project;
    // A shared project is named by its address (postgresql://…?project=NAME).
    auto isProject = [](const QString &f) {
        return f.endsWith(QStringLiteral(".bilan"), Qt::CaseInsensitive) || ProjectStore::isServer(f);
    };
    for (const QString &f : std::as_const(files)) {
        if (isProject(f))
            project = f;
    }
    files.removeIf(isProject);
    if (!project.isEmpty()) {
        if (!window.openProject(project) && !options.screenshot.isEmpty())
            return false;
        if (!files.isEmpty())
            window.loadFiles(files);
    } else if (files.isEmpty()) {
        window.loadBundled();
    } else {
        window.loadFiles(files);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bilan"));
    QApplication::setOrganizationName(QStringLiteral("Bilan"));
    QApplication::setApplicationVersion(QStringLiteral(BILAN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bilan.svg")));
    ProjectStore::setPasswordPrompt(MainWindow::askPassword);

    Options options;
    if (!parseOptions(app, options))
        return 2;
    installTranslators(app, options.language);

    MainWindow window;
    if (options.size.isValid())
        window.resize(options.size);
    window.setQuiet(!options.screenshot.isEmpty());
    QObject::connect(&window, &MainWindow::loadingFinished, &window,
                     [&window, &options] { showRequested(window, options); });
    window.show();
    if (!openInputs(window, options))
        return 1;
    return app.exec();
}
