// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlelistmodel.h"

#include <QLocale>

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArticleListModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &a = m_articles.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole)
        return a.file;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return a.title.isEmpty() ? a.id : a.title;
    case OutletColumn:
        return a.outlet.isEmpty() && role == Qt::DisplayRole ? tr("unknown") : a.outlet;
    case PublishedColumn:
        if (role == SortRole)
            return a.published.sortKey();
        if (a.published.isNull())
            return tr("unknown");
        if (a.published.hasDay())
            return QLocale().toString(a.published.firstDay(), QLocale::ShortFormat);
        return a.published.toIso();
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}
