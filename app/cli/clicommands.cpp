#include "clicommands.h"

#include "articlejson.h"
#include "corpus.h"
#include "textutil.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Parses `arguments` (the subcommand's name first); on a usage error prints it and returns false.
bool parseOrReport(QCommandLineParser &parser, const QStringList &arguments, CliCommands::Io io, int &status)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl << parser.helpText();
        status = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        status = 0;
        return false;
    }
    return true;
}

LoadReport loadArticles(const QStringList &files)
{
    return files.isEmpty() ? Corpus::loadBundled() : Corpus::loadFiles(files);
}

int reportErrors(const LoadReport &report, CliCommands::Io io)
{
    for (const QString &e : report.errors)
        io.err << QStringLiteral("bilan-cli: ") << e << Qt::endl;
    return report.errors.isEmpty() ? 0 : 1;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString preview(QStringView text, int width)
{
    QString s = TextUtil::simplified(text);
    if (s.size() > width)
        s = s.left(width - 1) + u'…';
    return s;
}

void printParagraphsText(const Article &a, QTextStream &out)
{
    const CodePointMap map(a.text);
    int counts[3] = {0, 0, 0};
    for (const Paragraph &p : a.paragraphs)
        ++counts[int(p.kind)];
    out << a.id << QStringLiteral("  ") << a.file << u'\n'
        << QStringLiteral("  title:      ") << orDash(a.title) << u'\n'
        << QStringLiteral("  outlet:     ") << orDash(a.outlet) << u'\n'
        << QStringLiteral("  published:  ") << orDash(a.published.toIso()) << u'\n'
        << QStringLiteral("  language:   ") << orDash(a.language) << u'\n'
        << QStringLiteral("  paragraphs: %1 (%2 body, %3 heading, %4 boilerplate)\n")
               .arg(a.paragraphs.size())
               .arg(counts[int(ParagraphKind::Body)])
               .arg(counts[int(ParagraphKind::Heading)])
               .arg(counts[int(ParagraphKind::Boilerplate)]);
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        const Paragraph &p = a.paragraphs[i];
        out << QStringLiteral("  %1 %2 %3  %4  %5\n")
                   .arg(i, 4)
                   .arg(map.toCodePoint(p.start), 7)
                   .arg(map.toCodePoint(p.end), 7)
                   .arg(paragraphKindName(p.kind), -11)
                   .arg(preview(a.paragraphText(i), 70));
    }
    out << u'\n';
}

} // namespace

int CliCommands::paragraphs(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print each article's metadata and its paragraphs (index, start, end, kind), offsets in Unicode code points.\n"
        "Without FILE, the bundled bilan."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (.txt, .md, .html)."), QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parseOrReport(parser, arguments, io, status))
        return status;
    const LoadReport report = loadArticles(parser.positionalArguments());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray documents;
        for (const Article &a : report.articles)
            documents.append(ArticleJson::document(a, CodePointMap(a.text)));
        const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("bilan.paragraphs/1")},
                               {QStringLiteral("documents"), documents}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Article &a : report.articles)
            printParagraphsText(a, io.out);
    }
    io.out.flush();
    return reportErrors(report, io);
}
