// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlelistmodel.h"
#include "sources/corpus.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class tst_ArticleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelContract();
    void columns();
};

void tst_ArticleListModel::modelContract()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ArticleListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(Corpus::loadBundled().articles);
    QCOMPARE(model.rowCount(), 5);
    proxy.sort(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ArticleListModel::TitleColumn).data().toString(),
             QStringLiteral("AMO: plus de 24,7 millions de bénéficiaires depuis son lancement"));
    model.setArticles({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ArticleListModel::columns()
{
    ArticleListModel model;
    model.setArticles(Corpus::loadBundled().articles);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    QCOMPARE(model.index(3, ArticleListModel::OutletColumn).data().toString(), QStringLiteral("Hespress"));
    QCOMPARE(model.index(0, ArticleListModel::OutletColumn).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model.index(3, ArticleListModel::PublishedColumn).data(ArticleListModel::SortRole).toInt(),
             20250217);
    QCOMPARE(model.index(1, 0).data(ArticleListModel::IdRole).toString(),
             QStringLiteral("001_ef2eaf0469eb97a0"));
    QVERIFY(!model.index(0, 0).parent().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

QTEST_GUILESS_MAIN(tst_ArticleListModel)
#include "tst_articlelistmodel.moc"
