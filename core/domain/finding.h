// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

// Something in the bilan that does not add up, explained in a sentence and naming its claims
// (as (article, claim) indexes into the bilan's articles). Made by the consistency checks;
// shown in the window, the report and `bilan-cli check`.
struct Finding
{
    QString kind; // "contradiction", "decrease", "date_mismatch", "ratio", "repeated"
    QString metric; // the metric's key, or empty
    QString message; // one plain sentence
    QList<std::pair<int, int>> claims;
    bool informative = false; // worth knowing, not a problem ("repeated word for word")
};

// What the journalist made of a finding: still open, resolved (the figures were checked and
// the difference explained) or dismissed (not a problem), with a note; who and when.
struct FindingReview
{
    enum class State : quint8 { Open, Resolved, Dismissed };
    State state = State::Open;
    QString note;
    QString updatedBy;
    QDateTime updatedAt;

    bool isDefault() const { return state == State::Open && note.isEmpty(); }
    // "open", "resolved", "dismissed": in the project file and the exports.
    static QString stateName(State state)
    {
        switch (state) {
        case State::Resolved:
            return QStringLiteral("resolved");
        case State::Dismissed:
            return QStringLiteral("dismissed");
        case State::Open:
            break;
        }
        return QStringLiteral("open");
    }
    static State stateFromName(QStringView name)
    {
        if (name == u"resolved")
            return State::Resolved;
        if (name == u"dismissed")
            return State::Dismissed;
        return State::Open;
    }
};
