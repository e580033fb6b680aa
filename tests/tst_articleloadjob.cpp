// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/articlejson.h"
#include "extraction/claimextractor.h"
#include "metrics/metricset.h"
#include "sources/articleloader.h"
#include "sources/articleloadjob.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cmath>

// Every load goes through ArticleLoadJob: on the thread pool, yet exactly what reading and
// extracting one article after the other gives, in the order of the sources, each failure one
// message naming its file.
class tst_ArticleLoadJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parallelIsSerial();
    void longArticleInParallelIsSerial_data();
    void longArticleInParallelIsSerial();
    void orderAndErrors();
    void longArticlesAtOnce();
    void inTheBackground();
    void cancelled();
    void manifestBesideTheFiles();

private:
    static QString claimsOf(const Article &a);
    // The bundled articles written one after the other until the text holds `lines` lines.
    static QString bundledText(qsizetype lines);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString tst_ArticleLoadJob::claimsOf(const Article &a)
{
    QStringList out;
    for (const Claim &c : a.claims)
        out << QStringLiteral("%1-%2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(c.start)
                   .arg(c.end)
                   .arg(c.value, 0, 'g', 17)
                   .arg(std::isnan(c.high) ? QStringLiteral("-") : QString::number(c.high, 'g', 17), c.unit,
                        qualifierName(c.qualifier), c.asOf.toIso(), c.speaker, c.metric);
    return out.join(u'\n');
}

QString tst_ArticleLoadJob::bundledText(qsizetype lines)
{
    const LoadReport bundled = Corpus::loadBundled();
    QString text;
    while (!bundled.articles.isEmpty() && text.count(u'\n') < lines) {
        for (const Article &a : bundled.articles)
            text += a.text + QStringLiteral("\n\n");
    }
    return text;
}

QString tst_ArticleLoadJob::write(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return f.fileName();
}

void tst_ArticleLoadJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ArticleLoadJob::parallelIsSerial()
{
    const auto sources = Corpus::bundledSources();
    QVERIFY(sources);
    // Many copies, so that several threads really run at once.
    QList<ArticleSource> many;
    for (int i = 0; i < 8; ++i)
        many += *sources;
    const LoadReport parallel = ArticleLoadJob::run(many);
    QVERIFY(parallel.errors.isEmpty());
    QCOMPARE(parallel.articles.size(), many.size());
    for (int i = 0; i < many.size(); ++i) {
        auto serial = Corpus::load(many[i]);
        QVERIFY(serial);
        ClaimExtractor::extractInto(*serial);
        const Article &p = parallel.articles[i];
        QCOMPARE(p.id, serial->id);
        QCOMPARE(p.file, serial->file);
        QCOMPARE(p.text, serial->text);
        QVERIFY(!p.claims.isEmpty());
        QCOMPARE(claimsOf(p), claimsOf(*serial));
    }
}

void tst_ArticleLoadJob::longArticleInParallelIsSerial_data()
{
    QTest::addColumn<bool>("dated");
    QTest::newRow("dated") << true; // its paragraphs' dates and numbers are read in parallel
    QTest::newRow("undated") << false; // read in order: the reference is the latest year written
}

// One long article: its paragraphs are classified, read and measured in ranges on several
// threads (Parallel::forRanges), and what comes out is what one thread gives, claim for claim,
// metric for metric, byte for byte in JSON (its claims are written in parallel too). Past 4,096
// paragraphs the extraction reads them in batches: the text is long enough for several.
void tst_ArticleLoadJob::longArticleInParallelIsSerial()
{
    QFETCH(bool, dated);
    QVERIFY(Corpus::loadBundled().errors.isEmpty());
    const QString text = bundledText(12000);
    const QString file = write(QStringLiteral("long.txt"), text.toUtf8());
    ArticleMetadata known;
    if (dated)
        known.published = PartialDate {2025, 3, 1};
    QByteArray json;
    auto readAll = [&](int threads) {
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
        auto loaded = ArticleLoader::loadFile(file, known);
        Article a = loaded ? *loaded : Article {};
        if (!dated)
            a.published = PartialDate {};
        ClaimExtractor::extractInto(a);
        QList<Article> articles {a};
        const MetricSet metrics = MetricSet::discover(articles);
        json = ArticleJson::document(articles, ArticleJson::Content::ParagraphsAndClaims, &metrics);
        return articles.first();
    };
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    const Article one = readAll(1);
    const QByteArray oneJson = json;
    const Article several = readAll(4);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    QVERIFY(one.paragraphs.size() > 4096);
    QCOMPARE(one.published.isNull(), !dated);
    QVERIFY(one.claims.size() > 1000);
    QCOMPARE(several.paragraphs.size(), one.paragraphs.size());
    for (qsizetype i = 0; i < one.paragraphs.size(); ++i)
        QCOMPARE(int(several.paragraphs[i].kind), int(one.paragraphs[i].kind));
    QCOMPARE(claimsOf(several), claimsOf(one));
    QVERIFY(json == oneJson);
    QVERIFY(json.count("\"id\": \"") > one.claims.size());
}

void tst_ArticleLoadJob::orderAndErrors()
{
    const QString a = write(QStringLiteral("a.txt"), "Titre A\n\nIl y a 12 dossiers en mars 2025.\n");
    const QString empty = write(QStringLiteral("vide.txt"), "");
    const QString b = write(QStringLiteral("b.txt"), "Titre B\n\n34 % des familles.\n");
    const QString missing = m_dir.filePath(QStringLiteral("absent.txt"));
    const LoadReport report = ArticleLoadJob::run(Corpus::fileSources({a, empty, b, missing}));
    QCOMPARE(report.articles.size(), 2);
    QCOMPARE(report.articles[0].file, a);
    QCOMPARE(report.articles[1].file, b);
    QCOMPARE(report.errors.size(), 2);
    QVERIFY2(report.errors[0].startsWith(empty), qPrintable(report.errors[0]));
    QVERIFY2(report.errors[1].startsWith(missing + QStringLiteral(": no such file")),
             qPrintable(report.errors[1]));
    // Without extraction, no claims.
    const LoadReport plain = ArticleLoadJob::run(Corpus::fileSources({a}), ArticleLoadJob::Extraction::None);
    QCOMPARE(plain.articles.size(), 1);
    QVERIFY(plain.articles[0].claims.isEmpty());
    QCOMPARE(report.articles[0].claims.size(), 1);
}

// Several long articles at once: each is read on a thread of the pool, and each reads its
// paragraphs in ranges (Parallel::forRanges) while no thread is idle. Every one comes out whole,
// as it does alone; before, each waited for ranges queued behind the others, forever.
void tst_ArticleLoadJob::longArticlesAtOnce()
{
    QVERIFY(Corpus::loadBundled().errors.isEmpty());
    const QString text = bundledText(1500);
    QVERIFY(text.size() > 100000); // several ranges of paragraphs per article
    QStringList files;
    for (int i = 0; i < 4; ++i)
        files << write(QStringLiteral("long%1.txt").arg(i), text.toUtf8());
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    const LoadReport alone = ArticleLoadJob::run(Corpus::fileSources({files.first()}));
    const LoadReport together = ArticleLoadJob::run(Corpus::fileSources(files));
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    QCOMPARE(alone.articles.size(), 1);
    QCOMPARE(together.articles.size(), 4);
    QVERIFY(together.errors.isEmpty());
    QVERIFY(alone.articles.first().claims.size() > 100);
    for (const Article &a : together.articles)
        QCOMPARE(claimsOf(a), claimsOf(alone.articles.first()));
}

void tst_ArticleLoadJob::inTheBackground()
{
    const auto sources = Corpus::bundledSources();
    QVERIFY(sources);
    QList<ArticleSource> withError = *sources;
    withError.append({QStringLiteral("/nulle/part.txt"), QStringLiteral("/nulle/part.txt"), {}});
    ArticleLoadJob job;
    QSignalSpy loaded(&job, &ArticleLoadJob::articleLoaded);
    QSignalSpy failed(&job, &ArticleLoadJob::failed);
    QSignalSpy progress(&job, &ArticleLoadJob::progressChanged);
    QSignalSpy finished(&job, &ArticleLoadJob::finished);
    job.start(withError);
    QVERIFY(finished.wait(60000));
    QCOMPARE(loaded.size(), sources->size());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nulle/part.txt")));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), int(withError.size()));
    QCOMPARE(progress.last().at(1).toInt(), int(withError.size()));
    QVERIFY(!job.wasCancelled());
    const LoadReport report = job.result();
    QCOMPARE(report.articles.size(), sources->size());
    QCOMPARE(report.errors.size(), 1);
    // The bundled files go by their path in the source tree.
    QVERIFY(report.articles.first().file.startsWith(QStringLiteral("data/corpus/")));
}

void tst_ArticleLoadJob::cancelled()
{
    const auto sources = Corpus::bundledSources();
    QVERIFY(sources);
    QList<ArticleSource> many;
    for (int i = 0; i < 200; ++i)
        many += *sources;
    ArticleLoadJob job;
    QSignalSpy finished(&job, &ArticleLoadJob::finished);
    job.start(many);
    job.cancel();
    QVERIFY(!job.isRunning());
    QVERIFY(finished.wait(30000) || finished.size() == 1);
    QVERIFY(job.wasCancelled());
    // A cancelled load gives nothing, rather than a part of it.
    QVERIFY(job.result().articles.isEmpty());
}

void tst_ArticleLoadJob::manifestBesideTheFiles()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("lot"));
    const QString article = write(QStringLiteral("lot/x.txt"), "Un titre\n\n5 agences.\n");
    write(QStringLiteral("lot/manifest.json"),
          R"({"schema": "bilan.manifest/1", "articles": [{"id": "x-id", "file": "x.txt", "outlet": "Le360",
              "published": "2024-05-02", "title": "Le titre du manifeste"}]})");
    const LoadReport report = ArticleLoadJob::run(Corpus::fileSources({article}));
    QCOMPARE(report.articles.size(), 1);
    QCOMPARE(report.articles[0].id, QStringLiteral("x-id"));
    QCOMPARE(report.articles[0].outlet, QStringLiteral("Le360"));
    QCOMPARE(report.articles[0].published.toIso(), QStringLiteral("2024-05-02"));
    QCOMPARE(report.articles[0].title, QStringLiteral("Le titre du manifeste"));
}

QTEST_GUILESS_MAIN(tst_ArticleLoadJob)
#include "tst_articleloadjob.moc"
