// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class ClaimFilterModel;

// The claims table: sortable by any column, multi-select, a column chooser on the header's
// context menu, and "Copy value" / "Copy citation" on the rows'.
class ClaimTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ClaimTableView(QWidget *parent = nullptr);

    void setClaimModel(ClaimFilterModel *model);
    // The claim rows (ClaimIndex rows) selected, in view order; the current one first.
    QList<qsizetype> selectedClaimRows() const;
    qsizetype currentClaimRow() const;
    // Selects and shows the claim of ClaimIndex row `row`; false when it is filtered out.
    bool selectClaimRow(qsizetype row);

    QAction *copyValueAction() const { return m_copyValue; }
    QAction *copyCitationAction() const { return m_copyCitation; }

Q_SIGNALS:
    void currentClaimChanged(qsizetype row); // -1 when none

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void copy(bool citation);
    void showColumnMenu(const QPoint &pos);

    ClaimFilterModel *m_model = nullptr;
    QAction *m_copyValue = nullptr;
    QAction *m_copyCitation = nullptr;
};
