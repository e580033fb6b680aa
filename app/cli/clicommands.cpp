// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "checks/consistencychecker.h"
#include "export/articlejson.h"
#include "export/claimscsv.h"
#include "export/projectexport.h"
#include "extraction/claimextractor.h"
#include "project/projectdocument.h"
#include "report/pdfreport.h"
#include "sources/corpus.h"
#include "text/claimcontext.h"
#include "text/textutil.h"

#include <QCommandLineParser>
#include <QTranslator>
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

} // namespace

int CliCommands::paragraphs(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print each article's metadata and its paragraphs (index, start, end, kind), offsets "
                       "in Unicode code points.\n"
                       "Without FILE, the bundled bilan."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (.txt, .md, .html)."),
                                 QStringLiteral("[FILE...]"));
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
                   .arg(c.boilerplate ? QStringLiteral("[furniture]")
                                      : QStringLiteral("§%1").arg(c.paragraph + 1));
    }
    out << u'\n';
}

} // namespace

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
    if (!parseOrReport(parser, arguments, io, status))
        return status;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        io.err << QStringLiteral("bilan-cli extract: --json and --csv cannot be used together") << Qt::endl;
        return 2;
    }
    LoadReport report = loadArticles(parser.positionalArguments());
    QtConcurrent::blockingMap(report.articles, [](Article &a) { ClaimExtractor::extractInto(a); });
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(
            ArticleJson::document(report.articles, ArticleJson::Content::ParagraphsAndClaims));
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

namespace {

struct ProjectClaim
{
    int article = -1;
    int claim = -1;
};

// "<document id>#<start in code points>" → the claim in the project's articles.
ProjectClaim findClaim(const QList<Article> &articles, const QString &id)
{
    const QString doc = id.section(u'#', 0, -2);
    bool ok = false;
    const qsizetype start = id.section(u'#', -1).toLongLong(&ok);
    if (!ok)
        return {};
    for (int a = 0; a < articles.size(); ++a) {
        if (articles[a].id != doc)
            continue;
        const CodePointMap map(articles[a].text);
        for (int c = 0; c < articles[a].claims.size(); ++c) {
            if (map.toCodePoint(articles[a].claims[c].start) == start)
                return {a, c};
        }
    }
    return {};
}

LoadReport loadAndExtract(const QStringList &files)
{
    LoadReport report = loadArticles(files);
    QtConcurrent::blockingMap(report.articles, [](Article &a) { ClaimExtractor::extractInto(a); });
    return report;
}

int projectUsage(CliCommands::Io io, const QString &message)
{
    io.err << QStringLiteral("bilan-cli project: ") << message << Qt::endl
           << QStringLiteral("usage: bilan-cli project new P.bilan [FILE...]\n"
                             "       bilan-cli project add P.bilan FILE...\n"
                             "       bilan-cli project show P.bilan [--json]\n"
                             "       bilan-cli project status P.bilan CLAIM_ID STATUS [--note TEXT]\n"
                             "       bilan-cli project export P.bilan (--csv OUT | --json OUT | "
                             "--claimreview OUT) [--status S,S]\n"
                             "STATUS: to_check, verified, disputed, wrong, not_a_claim\n");
    return 2;
}

} // namespace

int CliCommands::project(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bilan projects (.bilan) for scripts:\n"
        "  new P.bilan [FILE...]        create a project (without FILE, with the bundled bilan)\n"
        "  add P.bilan FILE...          add articles (those already in it are refused)\n"
        "  show P.bilan [--json]        list the claims and their statuses\n"
        "  status P.bilan CLAIM_ID STATUS [--note TEXT]\n"
        "                               set a claim's status (to_check, verified, disputed, wrong, "
        "not_a_claim)\n"
        "  export P.bilan --csv OUT | --json OUT | --claimreview OUT [--status S,S]\n"
        "                               export the claims and their verification"));
    parser.addOption(
        {QStringLiteral("note"), QStringLiteral("With status: the note to record."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("With export: write CSV to OUT."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("With export: write JSON to OUT; with show: print JSON."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("claimreview"),
                      QStringLiteral("With export: write schema.org ClaimReview JSON-LD to OUT."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("status"),
                      QStringLiteral("With export: only claims with these statuses (comma-separated)."),
                      QStringLiteral("S,S")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("new, add, show, status or export."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .bilan file."));
    // "--json" takes a value for export but not for show: let show's bare --json through.
    QStringList args = arguments;
    if (args.size() > 1 && args.value(1) == u"show" && args.last() == u"--json")
        args.last() = QStringLiteral("--json=-");
    int status = 0;
    if (!parseOrReport(parser, args, io, status))
        return status;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2)
        return projectUsage(io, QStringLiteral("an action and a project file are needed"));
    const QString action = pos[0];
    const QString path = pos[1];

    if (action == u"new") {
        const LoadReport report = loadAndExtract(pos.mid(2));
        auto doc = ProjectDocument::create(path, report.articles);
        if (!doc) {
            io.err << QStringLiteral("bilan-cli: ") << doc.error() << Qt::endl;
            return 1;
        }
        io.out << QStringLiteral("%1: created with %2 article(s)\n")
                      .arg(path)
                      .arg(doc.value()->articles().size());
        io.out.flush();
        return reportErrors(report, io);
    }
    auto opened = ProjectDocument::open(path);
    if (!opened) {
        io.err << QStringLiteral("bilan-cli: ") << opened.error() << Qt::endl;
        return 1;
    }
    ProjectDocument &doc = *opened.value();
    if (action != u"show" && action != u"export" && doc.isReadOnly()) {
        io.err << QStringLiteral("bilan-cli: %1: read-only (%2)").arg(path, doc.readOnlyReason()) << Qt::endl;
        return 1;
    }
    if (action == u"add") {
        if (pos.size() < 3)
            return projectUsage(io, QStringLiteral("add needs at least one FILE"));
        const LoadReport report = loadAndExtract(pos.mid(2));
        const QStringList refused = doc.addArticles(report.articles);
        for (const QString &r : refused)
            io.err << QStringLiteral("bilan-cli: ") << r << Qt::endl;
        io.out << QStringLiteral("%1: %2 article(s) added\n")
                      .arg(path)
                      .arg(report.articles.size() - refused.size());
        io.out.flush();
        return reportErrors(report, io) || !refused.isEmpty() ? 1 : 0;
    }
    if (action == u"status") {
        if (pos.size() != 4)
            return projectUsage(io, QStringLiteral("status needs CLAIM_ID and STATUS"));
        bool ok = false;
        const ClaimStatus newStatus = ClaimStatusText::fromName(pos[3], &ok);
        if (!ok)
            return projectUsage(io, QStringLiteral("unknown status \"%1\"").arg(pos[3]));
        const ProjectClaim found = findClaim(doc.articles(), pos[2]);
        if (found.article < 0) {
            io.err << QStringLiteral("bilan-cli: %1: no claim \"%2\" in the project").arg(path, pos[2])
                   << Qt::endl;
            return 1;
        }
        const ClaimKey key = doc.keyOf(found.article, found.claim);
        if (!doc.setStatus({key}, newStatus)
            || (parser.isSet(QStringLiteral("note"))
                && !doc.setNote(key, parser.value(QStringLiteral("note"))))) {
            io.err << QStringLiteral("bilan-cli: ") << doc.lastError() << Qt::endl;
            return 1;
        }
        io.out << pos[2] << QStringLiteral(": ") << ClaimStatusText::name(newStatus) << u'\n';
        io.out.flush();
        return 0;
    }
    QList<std::pair<int, int>> claims = ProjectExport::allClaims(doc.articles());
    if (parser.isSet(QStringLiteral("status"))) {
        QSet<ClaimStatus> wanted;
        for (const QString &name : parser.value(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            wanted.insert(ClaimStatusText::fromName(name.trimmed(), &ok));
            if (!ok)
                return projectUsage(io, QStringLiteral("unknown status \"%1\"").arg(name));
        }
        claims.removeIf([&](const std::pair<int, int> &c) {
            return !wanted.contains(doc.annotation(doc.keyOf(c.first, c.second)).status);
        });
    }
    const ProjectExport::Selection selection {doc.articles(), claims, doc.annotations(), doc.orphans()};
    if (action == u"show") {
        if (parser.value(QStringLiteral("json")) == u"-") {
            io.out << QString::fromUtf8(ProjectExport::json(selection));
        } else {
            for (const auto &[a, c] : claims) {
                const Article &article = doc.articles()[a];
                const Claim &claim = article.claims[c];
                const Annotation an = doc.annotation(doc.keyOf(a, c));
                io.out << QStringLiteral("%1  %2  %3  %4\n")
                              .arg(ArticleJson::claimId(article, claim, CodePointMap(article.text)), -28)
                              .arg(
                                  preview(QStringView(article.text).mid(claim.start, claim.end - claim.start),
                                          18),
                                  -18)
                              .arg(ClaimStatusText::name(an.status), -12)
                              .arg(an.note);
            }
        }
        io.out.flush();
        return 0;
    }
    if (action == u"export") {
        const QList<std::pair<const char *, std::function<QByteArray()>>> formats = {
            {"csv",
             [&] {
                 return ProjectExport::csv(selection);
             }},
            {"json",
             [&] {
                 return ProjectExport::json(selection);
             }},
            {"claimreview",
             [&] {
                 return ProjectExport::claimReview(selection);
             }},
        };
        int written = 0;
        for (const auto &[option, produce] : formats) {
            if (!parser.isSet(QLatin1String(option)))
                continue;
            const QString out = parser.value(QLatin1String(option));
            const auto saved = ProjectExport::write(out, produce());
            if (!saved) {
                io.err << QStringLiteral("bilan-cli: ") << saved.error() << Qt::endl;
                return 1;
            }
            io.out << QStringLiteral("%1: %2 claim(s)\n").arg(out).arg(claims.size());
            ++written;
        }
        io.out.flush();
        return written ? 0 : projectUsage(io, QStringLiteral("export needs --csv, --json or --claimreview"));
    }
    return projectUsage(io, QStringLiteral("unknown action \"%1\"").arg(action));
}

int CliCommands::exportReport(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the annotated PDF report: a cover, contents, one section per metric with its chart and table, "
        "and an entry per\n"
        "claim with its highlighted paragraph, status, note, correction, references and citation.\n"
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
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles (without --project)."),
                                 QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parseOrReport(parser, arguments, io, status))
        return status;
    auto usage = [&](const QString &message) {
        io.err << QStringLiteral("bilan-cli export: ") << message << Qt::endl
               << QStringLiteral("usage: bilan-cli export --pdf OUT [--project P.bilan] [--status S,S] "
                                 "[--title T] [--author A] [--page-size A4|Letter]\n");
        return 2;
    };
    if (!parser.isSet(QStringLiteral("pdf")))
        return usage(QStringLiteral("--pdf OUT is needed"));
    const QString sizeName = parser.value(QStringLiteral("page-size")).toLower();
    if (!sizeName.isEmpty() && sizeName != u"a4" && sizeName != u"letter")
        return usage(QStringLiteral("--page-size takes A4 or Letter, not \"%1\"")
                         .arg(parser.value(QStringLiteral("page-size"))));
    QSet<ClaimStatus> wanted;
    for (const QString &name : parser.value(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        wanted.insert(ClaimStatusText::fromName(name.trimmed(), &ok));
        if (!ok)
            return usage(QStringLiteral("unknown status \"%1\"").arg(name));
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && language != u"fr" && language != u"en")
        return usage(QStringLiteral("--lang takes fr or en, not \"%1\"").arg(language));
    QTranslator french;
    if (language == u"fr" && french.load(QStringLiteral(":/i18n/bilan_fr.qm"))) {
        QCoreApplication::installTranslator(&french);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    std::unique_ptr<ProjectDocument> doc;
    LoadReport report;
    QList<Article> articles;
    const QHash<ClaimKey, Annotation> none;
    QString projectName;
    if (parser.isSet(QStringLiteral("project"))) {
        if (!parser.positionalArguments().isEmpty())
            return usage(QStringLiteral("give either --project or FILEs"));
        auto opened = ProjectDocument::open(parser.value(QStringLiteral("project")), true);
        if (!opened) {
            io.err << QStringLiteral("bilan-cli: ") << opened.error() << Qt::endl;
            return 1;
        }
        doc = std::move(opened).value();
        articles = doc->articles();
        projectName = doc->displayName();
    } else {
        report = loadAndExtract(parser.positionalArguments());
        articles = report.articles;
        projectName = parser.positionalArguments().isEmpty() ? QStringLiteral("Bilan AMO") : QString();
    }
    const QHash<ClaimKey, Annotation> &annotations = doc ? doc->annotations() : none;
    QList<std::pair<int, int>> claims;
    const bool furniture = parser.isSet(QStringLiteral("with-furniture"));
    for (int a = 0; a < articles.size(); ++a) {
        for (int c = 0; c < articles[a].claims.size(); ++c) {
            const Claim &claim = articles[a].claims[c];
            if (claim.boilerplate && !furniture)
                continue;
            const ClaimStatus s
                = annotations.value(ClaimKey {articles[a].sha256, claim.start, claim.end}).status;
            if (!wanted.isEmpty() && !wanted.contains(s))
                continue;
            claims.append({a, c});
        }
    }
    // The findings of the consistency checks get their section.
    const QList<Article> effective = doc ? doc->effectiveArticles() : articles;
    const QList<Finding> findings
        = ConsistencyChecker::check(effective, MetricTaxonomy::bundled(), [&](int a, int c) {
              return !doc || doc->annotation(doc->keyOf(a, c)).status != ClaimStatus::NotAClaim;
          });
    PdfReport::Input input {
        projectName, articles, claims, annotations, findings, true, [](const QString &key) {
            return MetricTaxonomy::bundled().label(key);
        }};
    PdfReport::Options options;
    options.title = parser.value(QStringLiteral("title"));
    options.author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author"))
                                                            : ProjectDocument::currentUser();
    options.pageSize = sizeName == u"letter" ? QPageSize::Letter : QPageSize::A4;
    options.charts = !parser.isSet(QStringLiteral("no-charts"));
    const QString out = parser.value(QStringLiteral("pdf"));
    const auto written = PdfReport::write(out, input, options);
    if (!written) {
        io.err << QStringLiteral("bilan-cli: ") << written.error() << Qt::endl;
        return 1;
    }
    io.out << QStringLiteral("%1: %2 claim(s), %3 page(s), %4 KB\n")
                  .arg(out)
                  .arg(written->claims)
                  .arg(written->pages)
                  .arg((written->bytes + 1023) / 1024);
    io.out.flush();
    return reportErrors(report, io);
}

int CliCommands::check(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cross-source consistency: contradictions at one date, running totals that go down, "
                       "one figure with different dates,\n"
                       "amounts per file an order of magnitude apart, outlets relaying the same figures. "
                       "Without FILE or --project: the\n"
                       "bundled bilan. A project's corrections (value, unit, date, metric) count; claims "
                       "marked \"not a claim\" do not."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print bilan.findings/1 JSON.")});
    parser.addOption(
        {QStringLiteral("project"), QStringLiteral("Check a project (.bilan)."), QStringLiteral("P.bilan")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles to check."),
                                 QStringLiteral("[FILE...]"));
    int status = 0;
    if (!parseOrReport(parser, arguments, io, status))
        return status;
    LoadReport report;
    QList<Article> articles;
    std::function<bool(int, int)> include;
    std::unique_ptr<ProjectDocument> doc;
    if (parser.isSet(QStringLiteral("project"))) {
        if (!parser.positionalArguments().isEmpty()) {
            io.err << QStringLiteral("bilan-cli check: give either --project or FILEs") << Qt::endl;
            return 2;
        }
        auto opened = ProjectDocument::open(parser.value(QStringLiteral("project")), true);
        if (!opened) {
            io.err << QStringLiteral("bilan-cli: ") << opened.error() << Qt::endl;
            return 1;
        }
        doc = std::move(opened).value();
        articles = doc->effectiveArticles();
        include = [&](int a, int c) {
            return doc->annotation(doc->keyOf(a, c)).status != ClaimStatus::NotAClaim;
        };
    } else {
        report = loadAndExtract(parser.positionalArguments());
        articles = report.articles;
    }
    const QList<Finding> findings = ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), include);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(ConsistencyChecker::toJson(articles, findings));
    } else {
        int flagged = 0;
        for (const Finding &f : findings) {
            flagged += f.informative ? 0 : 1;
            io.out << (f.informative ? QStringLiteral("note  ") : QStringLiteral("FLAG  ")) << f.kind
                   << QStringLiteral(": ") << f.message << u'\n';
        }
        io.out << QStringLiteral("%1 flag(s), %2 note(s)\n").arg(flagged).arg(findings.size() - flagged);
    }
    io.out.flush();
    return reportErrors(report, io);
}
