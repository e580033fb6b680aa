// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/finding.h"
#include "models/claimindex.h"

#include <QAbstractTableModel>

#include <memory>

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

    // `annotations`: the verification of a project's claims (status, note, correction).
    void setArticles(QList<Article> articles, const QHash<ClaimKey, Annotation> &annotations = {});
    const ClaimIndex &claimIndex() const { return *m_index; }
    void setStatus(qsizetype row, ClaimStatus status);
    // A claim's verification changed: its row shows it (status, note, corrected value).
    void setAnnotation(const Annotation &annotation);
    const Annotation *annotation(qsizetype row) const;
    ClaimKey keyOf(qsizetype row) const;
    // The row of a claim key, or -1.
    qsizetype rowOf(const ClaimKey &key) const;
    // The findings of the consistency checks (claims as (article, claim) of the articles set):
    // a flag icon beside the value, their messages in its tooltip, the Flags facet.
    void setFindings(const QList<Finding> &findings);
    QStringList findingMessages(qsizetype row) const { return m_findingMessages.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text a column shows for a row (also what the CSV of the current view writes).
    QString displayText(qsizetype row, int column) const;
    static QString columnTitle(int column);

private:
    std::unique_ptr<ClaimIndex> m_index;
    QHash<ClaimKey, Annotation> m_annotations;
    QHash<QString, int> m_articleOfSha;
    QHash<qsizetype, QStringList> m_findingMessages;
};
