// SPDX-License-Identifier: GPL-3.0-or-later
// bilan: the window.

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

    MainWindow window;
    const bool shooting = parser.isSet(screenshot);
    window.setQuiet(shooting);
    const QString path = parser.value(screenshot);
    const QString claimId = parser.value(select);
    const bool showPage = parser.isSet(page);
    QObject::connect(
        &window, &MainWindow::loadingFinished, &window, [&window, shooting, path, claimId, showPage] {
            if (!claimId.isEmpty() && !window.selectClaimById(claimId))
                std::fprintf(stderr, "bilan: no claim \"%s\" in this bilan\n", qPrintable(claimId));
            if (auto *toggle = window.findChild<QToolButton *>(QStringLiteral("pageToggle"));
                toggle && showPage)
                toggle->setChecked(toggle->isVisible());
            if (!shooting)
                return;
            // Let the layout, the charts and the excerpt settle before the picture.
            QTimer::singleShot(50, &window, [&window, path] {
                QApplication::processEvents();
                const bool saved = window.grab().save(path);
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
