// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clisupport.h"

#include "checks/consistencychecker.h"
#include "export/articlejson.h"
#include "export/claimscsv.h"
#include "export/jsonwriter.h"
#include "metrics/metricset.h"
#include "report/pdfreport.h"
#include "text/codepointmap.h"

#include <QTranslator>

using namespace CliSupport;

namespace {

void printParagraphsText(const Article &a, QTextStream &out)
{
    const CodePointMap map(a.text);
    int counts[3] = {0, 0, 0};
    for (const Paragraph &p : a.paragraphs)
        ++counts[int(p.kind)];
    out << a.id << QStringLiteral("  ") << a.file << u'\n' << QStringLiteral("  title:      ")
        << orDash(a.title) << u'\n' << QStringLiteral("  outlet:     ") << orDash(a.outlet) << u'\n'
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
                   .arg(c.boilerplate ? QStringLiteral("[furniture]")
                                      : QStringLiteral("§%1").arg(c.paragraph + 1));
    }
    out << u'\n';
}

void printFindingsText(const QList<Finding> &findings, QTextStream &out)
{
    int flagged = 0;
    for (const Finding &f : findings) {
        flagged += f.informative ? 0 : 1;
        out << (f.informative ? QStringLiteral("note  ") : QStringLiteral("FLAG  ")) << f.kind
            << QStringLiteral(": ") << f.message << u'\n';
    }
    out << QStringLiteral("%1 flag(s), %2 note(s)\n").arg(flagged).arg(findings.size() - flagged);
}

} // namespace

int CliCommands::paragraphs(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print each article's metadata and its paragraphs (index, start, end, kind), offsets in Unicode code "
        "points.\nWithout FILE, the bundled bilan."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (.txt, .md, .html)."),
                                 QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parse(parser, arguments, io, status))
        return status;
    const LoadReport report = load(parser.positionalArguments(), ArticleLoadJob::Extraction::None);
    if (parser.isSet(QStringLiteral("json"))) {
        ArticleJson::document(report.articles, ArticleJson::Content::Paragraphs, nullptr, utf8Sink(io));
    } else {
        for (const Article &a : report.articles)
            printParagraphsText(a, io.out);
    }
    io.out.flush();
    return reportErrors(report, io);
}

int CliCommands::extract(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Extract every numeric claim of the articles (the bilan.claims/1 schema).\nWithout "
                       "FILE, the bundled bilan."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the bilan.claims/1 JSON document.")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Print one CSV row per claim.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (.txt, .md, .html)."),
                                 QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parse(parser, arguments, io, status))
        return status;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        io.err << QStringLiteral("bilan-cli extract: --json and --csv cannot be used together") << Qt::endl;
        return 2;
    }
    LoadReport report = load(parser.positionalArguments());
    // Claims are grouped into metrics across all the files given.
    const MetricSet metrics = MetricSet::discover(report.articles);
    if (parser.isSet(QStringLiteral("json"))) {
        ArticleJson::document(report.articles, ArticleJson::Content::ParagraphsAndClaims, &metrics,
                              utf8Sink(io));
    } else if (parser.isSet(QStringLiteral("csv"))) {
        io.out << QString::fromUtf8(ClaimsCsv::header());
        for (const Article &a : report.articles)
            ClaimsCsv::rows(a, utf8Sink(io));
    } else {
        for (const Article &a : report.articles)
            printClaimsText(a, io.out);
    }
    io.out.flush();
    return reportErrors(report, io);
}

namespace {

// The options of `export --pdf`.
void addReportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Write the annotated PDF report: a cover, contents, one section per metric with its "
                       "chart and table, and an "
                       "entry per\nclaim with its highlighted paragraph, status, note, correction, "
                       "references and citation.\n"
                       "Without --project: the bundled bilan (or the FILEs), every claim to check."));
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("The PDF to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("project"), QStringLiteral("The project (.bilan) to report on."),
                      QStringLiteral("P.bilan")});
    parser.addOption({QStringLiteral("status"),
                      QStringLiteral("Only claims with these statuses (comma-separated)."),
                      QStringLiteral("S,S")});
    parser.addOption(
        {QStringLiteral("title"), QStringLiteral("The report's title."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("author"), QStringLiteral("The report's author."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("page-size"), QStringLiteral("A4 (default) or Letter."), QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("no-charts"), QStringLiteral("Leave the charts out.")});
    parser.addOption(
        {QStringLiteral("with-furniture"), QStringLiteral("Include the figures of website furniture.")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("The report's language: en (default) or fr."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("max-pages"),
                      QStringLiteral("Refuse a report longer than N pages (default %1; 0: no limit).")
                          .arg(PdfReport::kDefaultPageLimit),
                      QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (without --project)."),
                                 QStringLiteral("[FILE...]"));
}

} // namespace

int CliCommands::exportReport(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    addReportOptions(parser);
    int status = 0;
    if (!parse(parser, arguments, io, status))
        return status;
    auto usage = [&](const QString &message) {
        io.err << QStringLiteral("bilan-cli export: ") << message << Qt::endl
               << QStringLiteral(
                      "usage: bilan-cli export --pdf OUT [--project P.bilan] [--status S,S] [--title T] "
                      "[--author A] [--page-size A4|Letter]\n");
        return 2;
    };
    if (!parser.isSet(QStringLiteral("pdf")))
        return usage(QStringLiteral("--pdf OUT is needed"));
    const QString sizeName = parser.value(QStringLiteral("page-size")).toLower();
    if (!sizeName.isEmpty() && sizeName != u"a4" && sizeName != u"letter")
        return usage(QStringLiteral("--page-size takes A4 or Letter, not \"%1\"")
                         .arg(parser.value(QStringLiteral("page-size"))));
    const auto wanted = statuses(parser.value(QStringLiteral("status")), io, QStringLiteral("export"));
    if (!wanted)
        return 2;
    bool limitRead = true;
    const int pageLimit = parser.isSet(QStringLiteral("max-pages"))
        ? parser.value(QStringLiteral("max-pages")).toInt(&limitRead)
        : PdfReport::kDefaultPageLimit;
    if (!limitRead || pageLimit < 0)
        return usage(QStringLiteral("--max-pages takes a number of pages, not \"%1\"")
                         .arg(parser.value(QStringLiteral("max-pages"))));
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && language != u"fr" && language != u"en")
        return usage(QStringLiteral("--lang takes fr or en, not \"%1\"").arg(language));
    QTranslator french;
    if (language == u"fr" && french.load(QStringLiteral(":/i18n/bilan_fr.qm"))) {
        QCoreApplication::installTranslator(&french);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    const Opened opened = openDocument(parser, io, QStringLiteral("export"));
    if (!opened.doc)
        return opened.status;
    const ProjectDocument &doc = *opened.doc;
    const PdfReport::Input input {
        doc, doc.select(ClaimFilter::ofStatuses(*wanted, parser.isSet(QStringLiteral("with-furniture"))))};
    PdfReport::Options options;
    options.title = parser.value(QStringLiteral("title"));
    options.author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author"))
                                                            : ProjectDocument::currentUser();
    options.pageSize = sizeName == u"letter" ? QPageSize::Letter : QPageSize::A4;
    options.charts = !parser.isSet(QStringLiteral("no-charts"));
    options.pageLimit = pageLimit;
    options.progress = terminalProgress(io, QStringLiteral("export"));
    const QString out = parser.value(QStringLiteral("pdf"));
    const auto written = PdfReport::write(out, input, options);
    if (!written)
        return fail(io, written.error());
    io.out << QStringLiteral("%1: %2 claim(s), %3 page(s), %4 KB\n")
                  .arg(out)
                  .arg(written->claims)
                  .arg(written->pages)
                  .arg((written->bytes + 1023) / 1024);
    io.out.flush();
    return reportErrors(opened.loaded, io);
}

int CliCommands::check(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cross-source consistency: contradictions at one date, running totals that go down, one figure with "
        "different dates,\namounts per file an order of magnitude apart, outlets relaying the same figures. "
        "Without FILE or --project: the\nbundled bilan. A project's corrections (value, unit, date, metric) "
        "count; "
        "claims marked \"not a claim\" do not."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print bilan.findings/1 JSON.")});
    parser.addOption(
        {QStringLiteral("project"), QStringLiteral("Check a project (.bilan)."), QStringLiteral("P.bilan")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles to check."),
                                 QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parse(parser, arguments, io, status))
        return status;
    const Opened opened = openDocument(parser, io, QStringLiteral("check"));
    if (!opened.doc)
        return opened.status;
    const QList<Finding> &findings = opened.doc->findings();
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(ConsistencyChecker::toJson(opened.doc->effectiveArticles(), findings));
    else
        printFindingsText(findings, io.out);
    io.out.flush();
    return reportErrors(opened.loaded, io);
}

int CliCommands::metrics(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The metrics the claims are grouped into across the articles: id, name, unit, nature (stock, "
        "running_total, flow, rate), the preset metric matched, and the claims of each.\nWithout FILE or "
        "--project: the bundled bilan."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print bilan.metrics-list/1 JSON.")});
    parser.addOption({QStringLiteral("project"), QStringLiteral("The metrics of a project (.bilan)."),
                      QStringLiteral("P.bilan")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (.txt, .md, .html)."),
                                 QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parse(parser, arguments, io, status))
        return status;
    const Opened opened = openDocument(parser, io, QStringLiteral("metrics"));
    if (!opened.doc)
        return opened.status;
    const QList<Article> &articles = opened.doc->articles();
    const MetricSet &metrics = opened.doc->metrics();
    if (parser.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("schema").value("bilan.metrics-list/1");
        w.key("metrics");
        metrics.writeJson(w, articles, true);
        w.endObject();
        io.out << QString::fromUtf8(w.data());
    } else {
        for (const MetricSet::Metric &m : metrics.metrics()) {
            io.out << m.id << QStringLiteral("  ") << metrics.label(m.id) << QStringLiteral("  [")
                   << MetricTaxonomy::natureName(m.nature)
                   << (m.unit.isEmpty() ? QString() : QStringLiteral(", ") + m.unit)
                   << (m.preset.isEmpty() ? QString() : QStringLiteral(", preset")) << QStringLiteral("]\n");
            for (const auto &[a, c] : m.claims) {
                const Article &article = articles[a];
                const Claim &claim = article.claims[c];
                io.out << QStringLiteral("    ")
                       << QStringView(article.text).mid(claim.start, claim.end - claim.start).toString()
                       << QStringLiteral("  (")
                       << orDash(article.outlet.isEmpty() ? article.id : article.outlet)
                       << QStringLiteral(", ") << orDash(claim.asOf.toIso()) << QStringLiteral(")\n");
            }
        }
        io.out << QStringLiteral("%1 metric(s)\n").arg(metrics.metrics().size());
    }
    io.out.flush();
    return reportErrors(opened.loaded, io);
}
