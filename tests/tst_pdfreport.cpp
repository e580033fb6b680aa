// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report, read back as a reader would: pdftotext gives every sentence, value, note and
// source back with its accents; pdfinfo finds a sane page count and the page size asked for;
// pdftoppm renders every page; the outline and the links are there.
#include "display/claimtext.h"
#include "extraction/claimextractor.h"
#include "index/claimindex.h"
#include "pdfmaker.h"
#include "project/projectdocument.h"
#include "report/pdfreport.h"
#include "sources/articleloader.h"
#include "sources/corpus.h"
#include "testsupport.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    // The child's settings in a throwaway folder, not the real home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/bilan-test-config"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Text compared without its white space: line breaks fall where the page wants them.
QString squeezed(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

// The article's own text around a figure (up to 60 characters each side, within its
// paragraph): what the report must show of it, read from the article rather than from the
// code that builds the report.
QString around(const Article &article, const Claim &claim)
{
    const Paragraph &p = article.paragraphs[claim.paragraph];
    const qsizetype from = qMax(p.start, qsizetype(claim.start) - 60);
    const qsizetype to = qMin(p.end, qsizetype(claim.end) + 60);
    return article.text.mid(from, to - from);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_PdfReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportGivesEverythingBack();
    void letterAndNoCharts();
    void onlyTheChosenStatuses();
    void cliReportOnTheBundledBilan();
    void badOutputPath();
    void longReportNeedsConsent();
    void progressAndCancel();
    void longParagraphQuotedAroundItsFigure();
    void symbolsDrawnWithAFallbackFont();
    void pdfSourceShowsTheFigureOnItsPage();
    void discoveredMetricsOnANewTopic();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    QList<std::pair<int, int>> m_body;
    QString m_longNote;
};

void tst_PdfReport::initTestCase()
{
    // Settings (user name, recent projects, window state) go to a test folder, never the real home.
    QStandardPaths::setTestModeEnabled(true);
    for (const char *t : {"pdftotext", "pdfinfo", "pdftoppm", "pdffonts", "pdfimages"})
        QVERIFY2(!tool(t).isEmpty(), "poppler-utils is needed (the set-up command installs it)");
    QVERIFY(m_dir.isValid());
    qputenv("USER", "karima");
    QList<Article> articles = TestSupport::bundledExtracted();
    auto doc = ProjectDocument::create(m_dir.filePath(QStringLiteral("ProjetTestAMO.bilan")), articles);
    QVERIFY(doc);
    m_doc = std::move(doc).value();
    for (int a = 0; a < m_doc->articles().size(); ++a) {
        for (int c = 0; c < m_doc->articles()[a].claims.size(); ++c) {
            if (!m_doc->articles()[a].claims[c].boilerplate)
                m_body.append({a, c});
        }
    }
    QVERIFY(m_body.size() > 50);
    // Known statuses and notes; one note long enough to run over a page break.
    m_longNote = QStringLiteral("Recoupé avec le rapport annuel de l’ANAM et le communiqué de la CNSS. ")
                     .repeated(60)
                     .trimmed();
    QVERIFY(m_doc->setStatus({m_doc->keyOf(m_body[0].first, m_body[0].second)}, ClaimStatus::Verified));
    QVERIFY(m_doc->setNote(m_doc->keyOf(m_body[0].first, m_body[0].second),
                           QStringLiteral("Vérifié auprès du ministère : « chiffre exact »")));
    QVERIFY(m_doc->setStatus({m_doc->keyOf(m_body[1].first, m_body[1].second)}, ClaimStatus::Disputed));
    QVERIFY(m_doc->setNote(m_doc->keyOf(m_body[1].first, m_body[1].second), m_longNote));
    QVERIFY(m_doc->setStatus({m_doc->keyOf(m_body[2].first, m_body[2].second)}, ClaimStatus::Wrong));
    ClaimCorrection correction;
    correction.value = 3.6e6;
    QVERIFY(m_doc->setCorrection(m_doc->keyOf(m_body[2].first, m_body[2].second), correction));
    QVERIFY(m_doc->setReferences(m_doc->keyOf(m_body[2].first, m_body[2].second),
                                 {QStringLiteral("https://www.cnss.ma/fr/actualites")}));
}

void tst_PdfReport::reportGivesEverythingBack()
{
    const QString path = m_dir.filePath(QStringLiteral("rapport.pdf"));
    PdfReport::Options options;
    options.title = QStringLiteral("Généralisation de l’AMO : le bilan vérifié");
    options.author = QStringLiteral("Karima Benali");
    const QString project = m_doc->displayName();
    const PdfReport::Input input {*m_doc, {m_body}, false};
    const auto stats = PdfReport::write(path, input, options);
    QVERIFY2(stats, qPrintable(stats.error()));
    QCOMPARE(stats->claims, int(m_body.size()));

    const Run info = run(tool("pdfinfo"), {path});
    QCOMPARE(info.status, 0);
    QVERIFY2(info.err.isEmpty(), qPrintable(info.err)); // no syntax error in the update we append
    QVERIFY(info.out.contains(QStringLiteral("Title:           Généralisation de l’AMO : le bilan vérifié")));
    QVERIFY(info.out.contains(QStringLiteral("Author:          Karima Benali")));
    // The Subject counts what the report holds, status by status.
    const QString subject
        = QRegularExpression(QStringLiteral("Subject:\\s+([^\\n]+)")).match(info.out).captured(1);
    QVERIFY2(subject.startsWith(QStringLiteral("Figures of the bilan: %1 claim(s)").arg(m_body.size())),
             qPrintable(subject));
    QVERIFY2(subject.contains(
                 QStringLiteral("(%1 to check, 1 verified, 1 disputed, 1 wrong)").arg(m_body.size() - 3)),
             qPrintable(subject));
    QVERIFY(info.out.contains(QStringLiteral("(A4)")));
    const int pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
    QCOMPARE(pages, stats->pages);
    // A cover, the contents, the sections and an entry per claim: not one page per claim, not
    // everything crammed onto a few.
    QVERIFY2(pages >= 8 && pages <= int(m_body.size()), qPrintable(QString::number(pages)));

    const Run text = run(tool("pdftotext"),
                         {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QCOMPARE(text.status, 0);
    QVERIFY(squeezed(text.out).contains(squeezed(options.title)));
    // Text running over a page break is interrupted by the running header and footer: the
    // reader skips them, and so does the comparison.
    QString body = text.out;
    body.remove(QRegularExpression(QStringLiteral("Page \\d+ of \\d+")))
        .remove(options.title)
        .remove(project);
    const QString all = squeezed(body);
    QVERIFY(all.contains(squeezed(QStringLiteral("Vérifié auprès du ministère : « chiffre exact »"))));
    QVERIFY2(all.contains(squeezed(m_longNote)), "the long note is cut");
    QVERIFY(all.contains(QStringLiteral("https://www.cnss.ma/fr/actualites")));
    QVERIFY(all.contains(squeezed(QStringLiteral("3,6 millions"))));
    // The section's table gives the corrected figure, the article's under it (the entry's
    // "Correction:" line gives it once, the table again).
    QVERIFY2(all.count(squeezed(QStringLiteral("3,6 millions"))) >= 2, "no corrected value in the table");
    QVERIFY2(all.contains(squeezed(QStringLiteral("article: "))), "no original value in the table");
    for (const char *label : {"Verified", "Disputed", "Wrong", "To check"})
        QVERIFY2(all.contains(squeezed(QLatin1String(label))), label);
    for (const auto &[a, c] : std::as_const(m_body)) {
        const Article &article = m_doc->articles()[a];
        const QString sentence = around(article, article.claims[c]);
        QVERIFY2(all.contains(squeezed(sentence)), qPrintable(sentence));
        QVERIFY2(all.contains(squeezed(ClaimText::source(article))), qPrintable(ClaimText::source(article)));
    }
    // Page furniture: running header and page numbers.
    QVERIFY(text.out.contains(QStringLiteral("Page 2 of %1").arg(pages)));

    // Every page renders.
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    const Run rendered = run(
        tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"), path, prefix});
    QCOMPARE(rendered.status, 0);
    QVERIFY2(rendered.err.isEmpty(), qPrintable(rendered.err));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}).size(), pages);

    // Bookmarks and clickable contents, added by our incremental update.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("/Type /Outlines"));
    QVERIFY(bytes.contains("/PageMode /UseOutlines"));
    QVERIFY(bytes.count("/Subtype /Link") >= int(m_body.size())); // table rows and contents lines
    QVERIFY(bytes.endsWith("%%EOF\n"));
}

void tst_PdfReport::letterAndNoCharts()
{
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    PdfReport::Options options;
    options.pageSize = QPageSize::Letter;
    options.charts = false;
    const PdfReport::Input input {*m_doc, {m_body.mid(0, 10)}, false};
    QVERIFY(PdfReport::write(path, input, options));
    const Run info = run(tool("pdfinfo"), {path});
    QVERIFY2(info.out.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info.out));
}

void tst_PdfReport::onlyTheChosenStatuses()
{
    // What the window asks for "verified and disputed": only those entries, in article order.
    const ClaimSelection chosen = m_doc->select(PdfReport::claimsOf(PdfReport::Scope::Verdicts));
    QCOMPARE(chosen.claims, (QList<std::pair<int, int>> {m_body[0], m_body[1]}));
    const QString path = m_dir.filePath(QStringLiteral("choisis.pdf"));
    QVERIFY(PdfReport::write(path, {*m_doc, chosen, false}, {}));
    const QString text
        = run(tool("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
              .out;
    QVERIFY(text.contains(QStringLiteral("2 claim(s) from 5 article(s)")));
    QVERIFY(!squeezed(text).contains(QStringLiteral("3,6millions(thearticlesays")));
}

void tst_PdfReport::cliReportOnTheBundledBilan()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QString project = m_doc->path();
    const Run cli = run(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"),
                        {QStringLiteral("export"), QStringLiteral("--pdf"), path});
    QVERIFY2(cli.status == 0, qPrintable(cli.err));
    QVERIFY(cli.out.contains(QStringLiteral("claim(s)")));
    const QString all = squeezed(
        run(tool("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
            .out);
    for (const auto &[a, c] : std::as_const(m_body)) {
        const Article &article = m_doc->articles()[a];
        QVERIFY2(all.contains(squeezed(around(article, article.claims[c]))),
                 "a body claim's sentence is missing");
    }
    // The findings of the consistency checks have their section.
    QVERIFY(all.contains(squeezed(QStringLiteral("Flags and contradictions"))));
    QVERIFY(all.contains(squeezed(QStringLiteral("is a running total, yet it falls from"))));
    // With a project and a status filter.
    const QString narrowed = m_dir.filePath(QStringLiteral("cli-verified.pdf"));
    const Run filtered
        = run(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"),
              {QStringLiteral("export"), QStringLiteral("--pdf"), narrowed, QStringLiteral("--project"),
               project, QStringLiteral("--status"), QStringLiteral("verified")});
    QVERIFY2(filtered.status == 0, qPrintable(filtered.err));
    QVERIFY(filtered.out.contains(QStringLiteral("1 claim(s)")));
    QCOMPARE(run(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"), {QStringLiteral("export")}).status, 2);
    QCOMPARE(run(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"),
                 {QStringLiteral("export"), QStringLiteral("--pdf"), path, QStringLiteral("--page-size"),
                  QStringLiteral("A3")})
                 .status,
             2);
}

void tst_PdfReport::badOutputPath()
{
    const QString path = m_dir.filePath(QStringLiteral("nulle/part/rapport.pdf"));
    const auto written = PdfReport::write(path, {*m_doc, {m_body.mid(0, 2)}, false}, {});
    QVERIFY(!written);
    QVERIFY(written.error().contains(path));
}

void tst_PdfReport::longReportNeedsConsent()
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    const PdfReport::Input input {*m_doc, {m_body}, false};
    PdfReport::Options options;
    options.pageLimit = 3;
    int asked = 0;
    options.confirmLength = [&asked](int pages) {
        ++asked;
        return pages < 0; // refuse
    };
    // Refused once past the limit, not after laying out the whole report: fewer entries laid out
    // than the report holds, and the length told as an estimate.
    int laidOut = 0;
    options.progress = [&laidOut](int, int) {
        ++laidOut;
        return true;
    };
    const auto refused = PdfReport::write(path, input, options);
    QVERIFY(!refused);
    QCOMPARE(asked, 1);
    QVERIFY2(refused.error().contains(QStringLiteral("about")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("more than 3")), qPrintable(refused.error()));
    QVERIFY2(laidOut < m_body.size(), qPrintable(QString::number(laidOut)));
    options.progress = {};
    QVERIFY(!QFile::exists(path));
    // Without anyone to ask, refused the same; with consent, written.
    options.confirmLength = {};
    QVERIFY(!PdfReport::write(path, input, options));
    options.confirmLength = [](int pages) {
        return pages > 3;
    };
    const auto written = PdfReport::write(path, input, options);
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(written->pages > 3);
    // The command line refuses past --max-pages, and says how to get a shorter one.
    const Run cli = run(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"),
                        {QStringLiteral("export"), QStringLiteral("--pdf"), path, QStringLiteral("--project"),
                         m_doc->path(), QStringLiteral("--max-pages"), QStringLiteral("2")});
    QCOMPARE(cli.status, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("report fewer claims")), qPrintable(cli.err));
    QCOMPARE(run(QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli"),
                 {QStringLiteral("export"), QStringLiteral("--pdf"), path, QStringLiteral("--max-pages"),
                  QStringLiteral("beaucoup")})
                 .status,
             2);
}

void tst_PdfReport::progressAndCancel()
{
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    const PdfReport::Input input {*m_doc, {m_body.mid(0, 20)}, false};
    PdfReport::Options options;
    QList<int> seen;
    int total = 0;
    options.progress = [&](int done, int of) {
        seen.append(done);
        total = of;
        return true;
    };
    QVERIFY(PdfReport::write(path, input, options));
    QCOMPARE(total, 40); // two passes of 20 entries
    QCOMPARE(seen.size(), 40);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), total);
    // Cancelled half-way through the second pass: nothing written, the old file kept.
    const QByteArray before = readAll(path);
    options.progress = [](int done, int) {
        return done < 30;
    };
    const auto cancelled = PdfReport::write(path, input, options);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")), qPrintable(cancelled.error()));
    QCOMPARE(readAll(path), before);
}

void tst_PdfReport::longParagraphQuotedAroundItsFigure()
{
    // A 40,000-character paragraph of 600 figures: each entry quotes about 1,500 characters
    // around its own figure, not the whole paragraph (which made a 120,000-page report).
    QString body;
    for (int i = 0; i < 600; ++i)
        body += QStringLiteral("La région numéro %1 compte %2 habitants inscrits au registre. ")
                    .arg(i)
                    .arg(1000 + i);
    Article a = ArticleLoader::fromText(QStringLiteral("Un long rapport régional\n\n") + body.trimmed(),
                                        QStringLiteral("long.txt"));
    ClaimExtractor::extractInto(a);
    QVERIFY(a.claims.size() >= 600);
    QTemporaryDir dir;
    auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("long.bilan")), {a});
    QVERIFY2(doc, qPrintable(doc.error()));
    QList<std::pair<int, int>> all;
    for (int c = 0; c < doc.value()->articles().first().claims.size(); ++c)
        all.append({0, c});
    PdfReport::Stats stats;
    const auto pdf = PdfReport::render({*doc.value(), {all}, false}, {}, &stats);
    QVERIFY2(pdf, qPrintable(pdf.error()));
    // Under a page per entry, not the 15 pages the whole paragraph takes each time.
    QVERIFY2(stats.pages < int(all.size()), qPrintable(QString::number(stats.pages)));
}

void tst_PdfReport::symbolsDrawnWithAFallbackFont()
{
    // An emoji and a pictograph in a note: DejaVu has neither, Symbola (fonts-symbola) has both.
    QTemporaryDir dir;
    auto doc
        = ProjectDocument::create(dir.filePath(QStringLiteral("emoji.bilan")), {m_doc->articles().first()});
    QVERIFY(doc);
    QVERIFY(doc.value()->setNote(doc.value()->keyOf(0, 0), QStringLiteral("Confirmé 🚑 ☎ par téléphone")));
    const QString path = dir.filePath(QStringLiteral("emoji.pdf"));
    QVERIFY(PdfReport::write(path, {*doc.value(), {{{0, 0}}}, false}, {}));
    const Run fonts = run(tool("pdffonts"), {path});
    QCOMPARE(fonts.status, 0);
    QVERIFY2(fonts.out.contains(QStringLiteral("Symbola")), qPrintable(fonts.out));
    QVERIFY(fonts.out.contains(QStringLiteral("DejaVu")));
}

void tst_PdfReport::pdfSourceShowsTheFigureOnItsPage()
{
    // A PDF source: each entry shows the band of its page that holds the figure, an image the
    // report embeds; a text source's entries have none.
    const QByteArray bytes = PdfMaker::make(
        {QStringLiteral("Rapport annuel"),
         QStringLiteral("Le nombre de dossiers traités a atteint 734.000 à fin mars 2025, contre 512.000 un "
                        "an plus tôt."),
         QStringLiteral("Les dépenses ont atteint 9,5 milliards de dirhams, selon la Caisse.")});
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("rapport.pdf"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    auto loaded = ArticleLoader::loadFile(source);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    Article a = loaded.value();
    ClaimExtractor::extractInto(a);
    QList<std::pair<int, int>> figures;
    for (int c = 0; c < a.claims.size(); ++c) {
        if (!a.claims[c].boilerplate && a.claims[c].page > 0)
            figures.append({0, c});
    }
    QVERIFY(figures.size() >= 3);
    auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("pdf.bilan")), {a});
    QVERIFY2(doc, qPrintable(doc.error()));
    const QString path = dir.filePath(QStringLiteral("crops.pdf"));
    PdfReport::Options options;
    options.charts = false;
    QVERIFY(PdfReport::write(path, {*doc.value(), {figures}, false}, options));
    // pdfimages -list: two header lines, then a line per image ("page num type …").
    auto imagesIn = [&path] {
        const Run list = run(tool("pdfimages"), {QStringLiteral("-list"), path});
        int count = 0;
        for (const QString &line : list.out.split(u'\n').mid(2)) {
            const QStringList columns = line.simplified().split(u' ');
            count += columns.size() > 2 && columns[2] == u"image";
        }
        return list.status == 0 ? count : -1;
    };
    QCOMPARE(imagesIn(), int(figures.size()));
    // Without crops, no image.
    options.pageCrops = false;
    QVERIFY(PdfReport::write(path, {*doc.value(), {figures}, false}, options));
    QCOMPARE(imagesIn(), 0);
}

// Articles on a topic no preset knows (tourism, tests/data/eval/tourisme): the report's sections
// are the metrics discovered in them, by the names `bilan-cli metrics` gives, and its findings
// are those of `bilan-cli check` on the same files.
void tst_PdfReport::discoveredMetricsOnANewTopic()
{
    const QString cli = QStringLiteral(BILAN_BINARY_DIR "/bin/bilan-cli");
    QStringList files;
    const QDir set(QStringLiteral(BILAN_TEST_DATA "/eval/tourisme"));
    for (const QString &f : set.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << set.filePath(f);
    QVERIFY(files.size() >= 5);
    const Run metrics = run(cli, QStringList {QStringLiteral("metrics"), QStringLiteral("--json")} + files);
    QCOMPARE(metrics.status, 0);
    QStringList named; // metrics of three claims or more, none from a preset
    for (const QJsonValue &m :
         QJsonDocument::fromJson(metrics.out.toUtf8()).object().value(u"metrics").toArray()) {
        const QJsonObject o = m.toObject();
        QVERIFY(o.value(u"preset").isNull());
        if (o.value(u"claims").toArray().size() >= 3)
            named << o.value(u"label").toString();
    }
    QVERIFY2(named.size() >= 3, qPrintable(named.join(u'|')));
    const QString path = m_dir.filePath(QStringLiteral("tourisme.pdf"));
    const Run pdf = run(cli, QStringList {QStringLiteral("export"), QStringLiteral("--pdf"), path} + files);
    QVERIFY2(pdf.status == 0, qPrintable(pdf.err));
    const QString all = squeezed(
        run(tool("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
            .out);
    QVERIFY(all.contains(squeezed(QStringLiteral("Figures by metric"))));
    for (const QString &label : std::as_const(named))
        QVERIFY2(all.contains(squeezed(label)), qPrintable(label));
    const Run check = run(cli, QStringList {QStringLiteral("check"), QStringLiteral("--json")} + files);
    const QJsonArray findings
        = QJsonDocument::fromJson(check.out.toUtf8()).object().value(u"findings").toArray();
    QVERIFY(!findings.isEmpty());
    QVERIFY(all.contains(squeezed(QStringLiteral("Flags and contradictions"))));
    const QString first = findings.first().toObject().value(u"message").toString();
    QVERIFY2(all.contains(squeezed(first.left(60))), qPrintable(first));

    // The journalist's taxonomy reaches the report: a metric renamed, another merged into it.
    const QString project = m_dir.filePath(QStringLiteral("tourisme.bilan"));
    QCOMPARE(run(cli, QStringList {QStringLiteral("project"), QStringLiteral("new"), project} + files).status,
             0);
    QStringList ids;
    for (const QJsonValue &m :
         QJsonDocument::fromJson(metrics.out.toUtf8()).object().value(u"metrics").toArray()) {
        if (m.toObject().value(u"claims").toArray().size() >= 3)
            ids << m.toObject().value(u"id").toString();
    }
    const QString preset = m_dir.filePath(QStringLiteral("rename.json"));
    QFile file(preset);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"schema": "bilan.taxonomy/1", "merges": {"%1": "%2"},
                                  "names": {"%2": "Indicateur renommé par la rédaction"}})")
                   .arg(ids[1], ids[0])
                   .toUtf8());
    file.close();
    QCOMPARE(run(cli, {QStringLiteral("project"), QStringLiteral("preset-load"), project, preset}).status, 0);
    const QString owned = m_dir.filePath(QStringLiteral("tourisme-owned.pdf"));
    const Run ownedPdf
        = run(cli,
              {QStringLiteral("export"), QStringLiteral("--pdf"), owned, QStringLiteral("--project"), project,
               QStringLiteral("--status"), QStringLiteral("to_check")});
    QVERIFY2(ownedPdf.status == 0, qPrintable(ownedPdf.err));
    const QString ownedText = squeezed(
        run(tool("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), owned, QStringLiteral("-")})
            .out);
    QVERIFY(ownedText.contains(squeezed(QStringLiteral("Indicateur renommé par la rédaction"))));
}

QTEST_MAIN(tst_PdfReport)
#include "tst_pdfreport.moc"
