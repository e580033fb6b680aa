// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/finding.h"
#include "index/claimindex.h"
#include "project/projectdocument.h"
#include "text/codepointmap.h"

#include <QAbstractTableModel>

// Every claim of the open bilan, one row each, in the order of the articles. Values are
// displayed the French way ("24,7 millions", "9,5 milliards DH") and sorted by the number
// (SortRole); the filter and the sort live in ClaimFilterModel.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ValueColumn,
        QualifierColumn,
        UnitColumn,
        KindColumn,
        MetricColumn,
        DateColumn,
        SourceColumn,
        SpeakerColumn,
        StatusColumn,
        NoteColumn,
        SentenceColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1, // the raw number, date key or text to sort on
        RowRole, // the row in the ClaimIndex
        ClaimIdRole, // "<document id>#<start>"
        FurnitureRole,
    };

    explicit ClaimTableModel(QObject *parent = nullptr);
    ~ClaimTableModel() override;

    // The document whose claims the table shows; it follows the document's changes (claims
    // added or regrouped, annotations edited) until another is set. Null shows nothing.
    void setDocument(const ProjectDocument *document);
    const ProjectDocument *document() const { return m_doc; }
    const ClaimIndex &claimIndex() const;
    const Annotation *annotation(qsizetype row) const;
    ClaimKey keyOf(qsizetype row) const;
    // The row of a claim key, or -1.
    qsizetype rowOf(const ClaimKey &key) const;
    // Shows the document's findings: a flag icon beside the value, their messages in its
    // tooltip, the Flags facet. (The checks run when the window asks for them.)
    void showFindings();
    QStringList findingMessages(qsizetype row) const { return m_findingMessages.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text a column shows for a row (also what the CSV of the current view writes).
    QString displayText(qsizetype row, int column) const;
    static QString columnTitle(int column);

private:
    void reset();
    void annotationChanged(const ClaimKey &key);
    QVariant toolTip(qsizetype row, int column) const;

    const ProjectDocument *m_doc = nullptr;
    ClaimIndex m_empty;
    QHash<qsizetype, QStringList> m_findingMessages;
    // The code-point map of the article whose claim ids were asked last: one per article, not
    // one per claim (selecting by id reads every row's).
    mutable int m_mappedArticle = -1;
    mutable CodePointMap m_map;
};
