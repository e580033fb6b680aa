// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QAbstractTableModel>

// The articles of the open bilan: title, outlet, publication date.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, IdRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    const QList<Article> &articles() const { return m_articles; }
    const Article &article(int row) const { return m_articles.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Article> m_articles;
};
