// SPDX-License-Identifier: GPL-3.0-or-later
// bilan: the window.

#include "findingcomparison.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bilan"));
    QApplication::setOrganizationName(QStringLiteral("Bilan"));
    QApplication::setApplicationVersion(QStringLiteral(BILAN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bilan.svg")));
    ProjectStore::setPasswordPrompt(MainWindow::askPassword);

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
    parser.addOption(screenshot);
    parser.addOption(lang);
    parser.addOption(select);
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Show the selected claim on its PDF page (PDF sources)."));
    parser.addOption(page);
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("The window's size, as WIDTHxHEIGHT (e.g. 1280x720)."),
                                  QStringLiteral("SIZE"));
    parser.addOption(size);
    const QCommandLineOption charts(QStringLiteral("charts"),
                                    QStringLiteral("Show the charts enlarged, in the whole window."));
    parser.addOption(charts);
    const QCommandLineOption finding(QStringLiteral("finding"),
                                     QStringLiteral("Select the claims of the finding number N (from 1)."),
                                     QStringLiteral("N"));
    parser.addOption(finding);
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral(
            "Open the comparison of the finding given by --finding (its picture, with --screenshot)."));
    parser.addOption(compare);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral(
            "A project (.bilan, or postgresql://…?project=NAME) to open, or articles to open in a new "
            "project, instead of the bundled bilan."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != u"fr" && language != u"en") {
        std::fprintf(stderr, "bilan: --lang takes fr or en, not \"%s\"\n", qPrintable(language));
        return 2;
    }
    installTranslators(app, language);

    QSize windowSize;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        bool okWidth = false;
        bool okHeight = false;
        if (parts.size() == 2)
            windowSize = QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
        if (!okWidth || !okHeight || windowSize.width() < 320 || windowSize.height() < 240) {
            std::fprintf(stderr, "bilan: --size takes WIDTHxHEIGHT (at least 320x240), not \"%s\"\n",
                         qPrintable(parser.value(size)));
            return 2;
        }
    }
    int findingNumber = 0;
    if (parser.isSet(finding)) {
        bool ok = false;
        findingNumber = parser.value(finding).toInt(&ok);
        if (!ok || findingNumber < 1) {
            std::fprintf(stderr, "bilan: --finding takes a number from 1, not \"%s\"\n",
                         qPrintable(parser.value(finding)));
            return 2;
        }
    }

    MainWindow window;
    if (windowSize.isValid())
        window.resize(windowSize);
    const bool shooting = parser.isSet(screenshot);
    window.setQuiet(shooting);
    const QString path = parser.value(screenshot);
    const QString claimId = parser.value(select);
    const bool showPage = parser.isSet(page);
    const bool enlarge = parser.isSet(charts);
    const bool comparing = parser.isSet(compare);
    QObject::connect(
        &window, &MainWindow::loadingFinished, &window,
        [&window, shooting, path, claimId, showPage, enlarge, findingNumber, comparing] {
            QWidget *shown = &window;
            if (findingNumber > 0) {
                if (findingNumber > window.findings().size())
                    std::fprintf(stderr, "bilan: no finding %d in this bilan\n", findingNumber);
                else if (!comparing)
                    window.showFinding(findingNumber - 1);
                else if (auto *dialog = window.compareFinding(findingNumber - 1))
                    shown = dialog;
            }
            if (!claimId.isEmpty() && !window.selectClaimById(claimId))
                std::fprintf(stderr, "bilan: no claim \"%s\" in this bilan\n", qPrintable(claimId));
            if (auto *button = window.findChild<QToolButton *>(QStringLiteral("enlargeChart"));
                button && enlarge)
                button->setChecked(true);
            if (auto *toggle = window.findChild<QToolButton *>(QStringLiteral("pageToggle"));
                toggle && showPage)
                toggle->setChecked(toggle->isVisible());
            if (!shooting)
                return;
            // Let the layout, the charts and the excerpt settle before the picture.
            QTimer::singleShot(50, &window, [shown, path] {
                QApplication::processEvents();
                const bool saved = shown->grab().save(path);
                if (!saved)
                    std::fprintf(stderr, "bilan: cannot write the screenshot to %s\n", qPrintable(path));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    window.show();
    // A project (.bilan) opens as it is; articles go into a new untitled project; without
    // either, the bundled bilan does.
    QStringList files = parser.positionalArguments();
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
        if (!window.openProject(project) && shooting)
            return 1;
        if (!files.isEmpty())
            window.loadFiles(files);
    } else if (files.isEmpty()) {
        window.loadBundled();
    } else {
        window.loadFiles(files);
    }
    return app.exec();
}
