// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clisupport.h"

#include "export/articlejson.h"
#include "export/projectexport.h"
#include "text/codepointmap.h"

#include <QElapsedTimer>
#include <QFile>

using namespace CliSupport;

namespace {

// How long a script waits for another window or script that writes the project.
constexpr int kWaitForWriterMs = 10000;

int projectUsage(CliCommands::Io io, const QString &message)
{
    io.err << QStringLiteral("bilan-cli project: ") << message << Qt::endl
           << QStringLiteral(
                  "usage: bilan-cli project new P.bilan [FILE...]\n"
                  "       bilan-cli project add P.bilan FILE...\n"
                  "       bilan-cli project show P.bilan [--json]\n"
                  "       bilan-cli project status P.bilan CLAIM_ID STATUS [--note TEXT]\n"
                  "       bilan-cli project status P.bilan --batch FILE\n"
                  "       bilan-cli project export P.bilan (--csv OUT | --json OUT | --claimreview OUT) "
                  "[--status S,S]\n"
                  "       bilan-cli project preset-save P.bilan OUT.json\n"
                  "       bilan-cli project preset-load P.bilan PRESET.json\n"
                  "       bilan-cli project push P.bilan postgresql://USER@HOST:PORT/DB?project=NAME\n"
                  "       bilan-cli project pull postgresql://…?project=NAME P.bilan\n"
                  "       bilan-cli project grant postgresql://…?project=NAME ROLE (editor | reader)\n"
                  "P.bilan may be a postgresql://… address wherever a project is named.\n"
                  "STATUS: to_check, verified, disputed, wrong, not_a_claim\n");
    return 2;
}

int create(const QString &path, const QStringList &files, CliCommands::Io io)
{
    const LoadReport report = load(files);
    auto doc = ProjectDocument::create(path, report.articles);
    if (!doc)
        return fail(io, doc.error());
    io.out
        << QStringLiteral("%1: created with %2 article(s)\n").arg(path).arg(doc.value()->articles().size());
    io.out.flush();
    return reportErrors(report, io);
}

int add(ProjectDocument &doc, const QStringList &files, CliCommands::Io io)
{
    const LoadReport report = load(files);
    const auto added = doc.addArticles(report.articles);
    if (!added)
        return fail(io, added.error());
    for (const QString &r : added->refused)
        fail(io, r);
    io.out << QStringLiteral("%1: %2 article(s) added\n").arg(doc.path()).arg(added->added);
    io.out.flush();
    return reportErrors(report, io) || !added->refused.isEmpty() ? 1 : 0;
}

int setStatus(ProjectDocument &doc, const QString &id, const QString &statusName,
              const QCommandLineParser &parser, CliCommands::Io io)
{
    bool ok = false;
    const ClaimStatus status = ClaimStatusText::fromName(statusName, &ok);
    if (!ok)
        return projectUsage(io, QStringLiteral("unknown status \"%1\"").arg(statusName));
    const auto [article, claim] = doc.findById(id);
    if (article < 0)
        return fail(io, QStringLiteral("%1: no claim \"%2\" in the project").arg(doc.path(), id));
    const ClaimKey key = doc.keyOf(article, claim);
    Result<void> done = doc.setStatus({key}, status);
    if (done && parser.isSet(QStringLiteral("note")))
        done = doc.setNote(key, parser.value(QStringLiteral("note")));
    if (!done)
        return fail(io, done.error());
    io.out << id << QStringLiteral(": ") << ClaimStatusText::name(status) << u'\n';
    io.out.flush();
    return 0;
}

// Many status changes in one run (a script, the desk's load benchmark): FILE has one
// "CLAIM_ID STATUS" a line; each change is its own transaction, printed once saved with the
// time it took.
int setStatuses(ProjectDocument &doc, const QString &file, CliCommands::Io io)
{
    QFile in(file);
    if (file == u"-" ? !in.open(stdin, QIODevice::ReadOnly) : !in.open(QIODevice::ReadOnly))
        return fail(io, QStringLiteral("%1: cannot be read (%2)").arg(file, in.errorString()));
    int failures = 0;
    int lineNumber = 0;
    while (!in.atEnd()) {
        ++lineNumber;
        const QStringList parts
            = QString::fromUtf8(in.readLine()).simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        bool ok = false;
        const ClaimStatus status = ClaimStatusText::fromName(parts.value(1), &ok);
        const auto [article, claim] = doc.findById(parts[0]);
        if (parts.size() != 2 || !ok || article < 0) {
            fail(io,
                 QStringLiteral("%1:%2: expected “CLAIM_ID STATUS” with a claim of the project, not “%3”")
                     .arg(file)
                     .arg(lineNumber)
                     .arg(parts.join(u' ')));
            ++failures;
            continue;
        }
        QElapsedTimer took;
        took.start();
        const Result<void> done = doc.setStatus({doc.keyOf(article, claim)}, status);
        if (!done) {
            fail(io, done.error());
            ++failures;
            continue;
        }
        io.out << parts[0] << QStringLiteral(": ") << ClaimStatusText::name(status) << u'\t'
               << QString::number(took.nsecsElapsed() / 1e6, 'f', 2) << QStringLiteral(" ms\n");
        io.out.flush();
    }
    return failures ? 1 : 0;
}

int show(const ProjectDocument &doc, const ClaimSelection &selection, bool json, CliCommands::Io io)
{
    if (json) {
        // Streamed to standard output an article at a time: 10,000 articles in bounded memory.
        io.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(io, QStringLiteral("cannot write to the standard output"));
        const bool written = ProjectExport::json(
            doc, selection, [&out](const QByteArray &piece) { return out.write(piece) == piece.size(); });
        out.flush();
        return written
            ? 0
            : fail(io, QStringLiteral("cannot write to the standard output (%1)").arg(out.errorString()));
    } else {
        // One code-point map per article, not per claim: a long article's thousands of claims.
        int mapped = -1;
        CodePointMap map;
        for (const auto &[a, c] : selection.claims) {
            const Article &article = doc.articles()[a];
            const Claim &claim = article.claims[c];
            const Annotation an = doc.annotation(doc.keyOf(a, c));
            if (a != mapped) {
                map = CodePointMap(article.text);
                mapped = a;
            }
            io.out << QStringLiteral("%1  %2  %3  %4\n")
                          .arg(ArticleJson::claimId(article, claim, map), -28)
                          .arg(preview(QStringView(article.text).mid(claim.start, claim.end - claim.start),
                                       18),
                               -18)
                          .arg(ClaimStatusText::name(an.status), -12)
                          .arg(an.note);
        }
    }
    io.out.flush();
    return 0;
}

int exportTo(const ProjectDocument &doc, const ClaimSelection &selection, const QCommandLineParser &parser,
             CliCommands::Io io)
{
    int reviews = 0;
    using Produce = std::function<bool(const ProjectExport::Sink &)>;
    const QList<std::pair<const char *, Produce>> formats = {
        {"csv",
         [&](const ProjectExport::Sink &sink) {
             return ProjectExport::csv(doc, selection, sink);
         }},
        {"json",
         [&](const ProjectExport::Sink &sink) {
             return ProjectExport::json(doc, selection, sink);
         }},
        {"claimreview",
         [&](const ProjectExport::Sink &sink) {
             return ProjectExport::claimReview(doc, selection, sink, &reviews);
         }},
    };
    int written = 0;
    for (const auto &[option, produce] : formats) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        const QString out = parser.value(QLatin1String(option));
        const auto saved = ProjectExport::write(doc, out, produce);
        if (!saved)
            return fail(io, saved.error());
        if (qstrcmp(option, "claimreview") == 0)
            io.out << QStringLiteral("%1: %2 review(s) of %3 claim(s)\n")
                          .arg(out)
                          .arg(reviews)
                          .arg(selection.size());
        else
            io.out << QStringLiteral("%1: %2 claim(s)\n").arg(out).arg(selection.size());
        ++written;
    }
    io.out.flush();
    return written ? 0 : projectUsage(io, QStringLiteral("export needs --csv, --json or --claimreview"));
}

// The sub-commands and their options, for --help.
void addProjectOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Bilan projects (.bilan) for scripts:\n"
        "  new P.bilan [FILE...]        create a project (without FILE, with the bundled bilan)\n"
        "  add P.bilan FILE...          add articles (those already in it are refused)\n"
        "  show P.bilan [--json]        list the claims and their statuses\n"
        "  status P.bilan CLAIM_ID STATUS [--note TEXT]\n"
        "  status P.bilan --batch FILE  set many (\"CLAIM_ID STATUS\" a line), each with its time\n"
        "                               set a claim's status (to_check, verified, disputed, wrong, "
        "not_a_claim)\n"
        "  export P.bilan --csv OUT | --json OUT | --claimreview OUT [--status S,S]\n"
        "                               export the claims and their verification\n"
        "  preset-save P.bilan OUT.json the journalists' decisions on metrics (merges, names, natures)\n"
        "                               as a taxonomy preset (bilan.taxonomy/1)\n"
        "  preset-load P.bilan IN.json  apply a taxonomy preset to the project's metrics\n"
        "  push P.bilan URL             copy a project file to a PostgreSQL server (a desk shares it)\n"
        "  pull URL P.bilan             copy a project from a server to a new file\n"
        "  grant URL ROLE editor|reader let a server role edit, or only read, the project\n"
        "A project on a server is named by its address, wherever a file could be:\n"
        "  postgresql://USER@HOST:PORT/DATABASE?project=NAME[&sslmode=require]\n"
        "(the password from ~/.pgpass, PGPASSWORD, or asked on the terminal)."));
    parser.addOption(
        {QStringLiteral("note"), QStringLiteral("With status: the note to record."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("batch"),
         QStringLiteral("With status: the changes in FILE (\"CLAIM_ID STATUS\" a line; - for the "
                        "standard input), each saved and printed with its time."),
         QStringLiteral("FILE")});
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
                                 QStringLiteral("new, add, show, status, export, push, pull or grant."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .bilan file."));
}

// "--json" takes a value for export but not for show: let show's bare --json through.
QStringList withBareJson(QStringList args)
{
    if (args.size() > 1 && args.value(1) == u"show") {
        for (QString &arg : args) {
            if (arg == u"--json")
                arg = QStringLiteral("--json=-");
        }
    }
    return args;
}

// push and pull: a project copied between a file and a server, either way.
int copyProject(const QStringList &pos, CliCommands::Io io)
{
    const QString &action = pos[0];
    if (pos.size() != 3)
        return projectUsage(io, QStringLiteral("%1 needs a project and where to copy it").arg(action));
    if (action == u"push" && (ProjectStore::isServer(pos[1]) || !ProjectStore::isServer(pos[2])))
        return projectUsage(io, QStringLiteral("push copies a file to a postgresql:// address"));
    if (action == u"pull" && (!ProjectStore::isServer(pos[1]) || ProjectStore::isServer(pos[2])))
        return projectUsage(io, QStringLiteral("pull copies a postgresql:// project to a file"));
    const auto copied = ProjectStore::copy(pos[1], pos[2]);
    if (!copied)
        return fail(io, copied.error());
    io.out << QStringLiteral("%1: copied to %2\n").arg(pos[1], pos[2]);
    io.out.flush();
    return 0;
}

int grant(const QStringList &pos, CliCommands::Io io)
{
    const QString &path = pos[1];
    if (pos.size() != 4 || (pos[3] != u"editor" && pos[3] != u"reader"))
        return projectUsage(io, QStringLiteral("grant needs a project address, a ROLE and editor or reader"));
    auto store = ProjectStore::open(path);
    if (!store)
        return fail(io, store.error());
    const auto granted = store.value()->grant(pos[2], pos[3] == u"editor");
    if (!granted)
        return fail(io, granted.error());
    io.out << QStringLiteral("%1: %2 is now %3\n")
                  .arg(path, pos[2],
                       pos[3] == u"editor" ? QStringLiteral("an editor") : QStringLiteral("a reader"));
    io.out.flush();
    return 0;
}

// add, status, show and export: the project opened, for writing only when the action writes.
int onOpenProject(const QStringList &pos, const QCommandLineParser &parser, CliCommands::Io io)
{
    const QString &action = pos[0];
    const QString &path = pos[1];
    // A script that changes the project waits for another writer to finish rather than fail.
    const bool writes = action == u"add" || action == u"status" || action == u"preset-load";
    auto opened = ProjectDocument::open(
        path, writes ? ProjectStore::Access::ReadWrite : ProjectStore::Access::ReadOnly,
        writes ? kWaitForWriterMs : 0);
    if (!opened)
        return fail(io, opened.error());
    ProjectDocument &doc = *opened.value();
    if (action != u"show" && action != u"export" && action != u"preset-save" && doc.isReadOnly())
        return fail(io, QStringLiteral("%1: read-only (%2)").arg(path, doc.readOnlyReason()));
    if (action == u"add")
        return pos.size() < 3 ? projectUsage(io, QStringLiteral("add needs at least one FILE"))
                              : add(doc, pos.mid(2), io);
    if (action == u"status" && parser.isSet(QStringLiteral("batch")))
        return pos.size() != 2 ? projectUsage(io, QStringLiteral("status --batch FILE takes no CLAIM_ID"))
                               : setStatuses(doc, parser.value(QStringLiteral("batch")), io);
    if (action == u"status")
        return pos.size() != 4 ? projectUsage(io, QStringLiteral("status needs CLAIM_ID and STATUS"))
                               : setStatus(doc, pos[2], pos[3], parser, io);
    if (action == u"preset-save" || action == u"preset-load") {
        if (pos.size() != 3)
            return projectUsage(io, QStringLiteral("%1 needs a project and a preset file").arg(action));
        const auto done
            = action == u"preset-save" ? doc.saveMetricPreset(pos[2]) : doc.loadMetricPreset(pos[2]);
        if (!done)
            return fail(io, done.error());
        io.out << (action == u"preset-save" ? QStringLiteral("%1: taxonomy preset written\n").arg(pos[2])
                                            : QStringLiteral("%1: %2 applied (%3 metrics)\n")
                                                  .arg(path, pos[2])
                                                  .arg(doc.metrics().metrics().size()));
        io.out.flush();
        return 0;
    }
    const auto wanted = statuses(parser.value(QStringLiteral("status")), io, QStringLiteral("project"));
    if (!wanted)
        return 2;
    const ClaimSelection selection = doc.select(ClaimFilter::ofStatuses(*wanted, true));
    if (action == u"show")
        return show(doc, selection, parser.value(QStringLiteral("json")) == u"-", io);
    return exportTo(doc, selection, parser, io);
}

} // namespace

int CliCommands::project(const QStringList &arguments, Io io)
{
    QCommandLineParser parser;
    addProjectOptions(parser);
    int status = 0;
    if (!parse(parser, withBareJson(arguments), io, status))
        return status;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2)
        return projectUsage(io, QStringLiteral("an action and a project file are needed"));
    const QString action = pos[0];
    if (action == u"new")
        return create(pos[1], pos.mid(2), io);
    if (action == u"push" || action == u"pull")
        return copyProject(pos, io);
    if (action == u"grant")
        return grant(pos, io);
    if (!QStringList {QStringLiteral("add"), QStringLiteral("status"), QStringLiteral("show"),
                      QStringLiteral("export"), QStringLiteral("preset-save"), QStringLiteral("preset-load")}
             .contains(action))
        return projectUsage(io, QStringLiteral("unknown action \"%1\"").arg(action));
    return onOpenProject(pos, parser, io);
}
