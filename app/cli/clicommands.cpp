#include "clicommands.h"

#include "articlejson.h"
#include "claimcontext.h"
#include "claimextractor.h"
#include "claimscsv.h"
#include "corpus.h"
#include "textutil.h"

#include <QCommandLineParser>
#include <QtConcurrent>

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
        io.out << QString::fromUtf8(ArticleJson::document(report.articles, ArticleJson::Content::Paragraphs));
    } else {
        for (const Article &a : report.articles)
            printParagraphsText(a, io.out);
    }
    io.out.flush();
    return reportErrors(report, io);
}

namespace {

QString formatValue(const Claim &c)
{
    if (!c.isReadable())
        return QStringLiteral("(unreadable)");
    QString s = QString::fromLatin1(JsonWriter::number(c.value));
    if (c.isRange())
        s += QStringLiteral("..") + QString::fromLatin1(JsonWriter::number(c.high));
    return s;
}

void printClaimsText(const Article &a, QTextStream &out)
{
    const CodePointMap map(a.text);
    int body = 0;
    for (const Claim &c : a.claims)
        body += !c.boilerplate;
    out << a.id << QStringLiteral("  ") << orDash(a.title) << u'\n'
        << QStringLiteral("  %1 claims (%2 in furniture)\n").arg(a.claims.size()).arg(a.claims.size() - body);
    for (const Claim &c : a.claims) {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(map.toCodePoint(c.start), 6)
                   .arg(preview(QStringView(a.text).mid(c.start, c.end - c.start), 18), -18)
                   .arg(formatValue(c), -14)
                   .arg(qualifierName(c.qualifier), -9)
                   .arg(c.unit.isEmpty() ? QStringLiteral("—") : c.unit, -14)
                   .arg(c.asOf.isNull() ? QStringLiteral("—") : c.asOf.toIso(), -10)
                   .arg(c.speaker.isEmpty() ? QStringLiteral("—") : c.speaker, -18)
                   .arg(c.boilerplate ? QStringLiteral("[furniture]") : QStringLiteral("§%1").arg(c.paragraph + 1));
    }
    out << u'\n';
}

} // namespace

int CliCommands::extract(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Extract every numeric claim of the articles (the bilan.claims/1 schema).\nWithout FILE, the bundled bilan."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the bilan.claims/1 JSON document.")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Print one CSV row per claim.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (.txt, .md, .html)."), QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parseOrReport(parser, arguments, io, status))
        return status;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        io.err << QStringLiteral("bilan-cli extract: --json and --csv cannot be used together") << Qt::endl;
        return 2;
    }
    LoadReport report = loadArticles(parser.positionalArguments());
    QtConcurrent::blockingMap(report.articles, [](Article &a) { ClaimExtractor::extractInto(a); });
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(ArticleJson::document(report.articles, ArticleJson::Content::ParagraphsAndClaims));
    } else if (parser.isSet(QStringLiteral("csv"))) {
        QByteArray csv = ClaimsCsv::header();
        for (const Article &a : report.articles)
            csv += ClaimsCsv::rows(a);
        io.out << QString::fromUtf8(csv);
    } else {
        for (const Article &a : report.articles)
            printClaimsText(a, io.out);
    }
    io.out.flush();
    return reportErrors(report, io);
}
