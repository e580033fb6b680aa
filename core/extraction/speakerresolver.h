// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/sentencesplitter.h"
#include "text/textutil.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

// Finds who an article attributes its figures to. A first pass over the whole article learns
// the people it names and their roles ("Mustapha Baitas, ministre délégué …", "le Chef du
// gouvernement, Aziz Akhannouch"); then each sentence's attribution ("selon X", "a précisé X",
// "M. Baitas a souligné", "souligne-t-il", "communiqué par X", a heading "Akhannouch : …") is
// resolved to a full name: a surname, "M. X", a role ("le ministre", "le chef de l'Exécutif")
// or a pronoun becomes the person it designates.
class SpeakerResolver
{
public:
    explicit SpeakerResolver(QStringView text = {});

    // Learns the people a text names and their roles (call it on every body paragraph first:
    // a surname may come before the full name).
    void learn(QStringView text);
    // The same with the text's words already read.
    void learn(QStringView text, const FoldedWords &words);
    // learn() on each text in turn, the texts read on every core (with their words when given).
    void learnAll(const QList<QStringView> &texts, const QList<const FoldedWords *> &words = {});

    // The people learnt with a role ("le Chef du gouvernement, Aziz Akhannouch"): persons for
    // sure, who own no figure.
    QStringList peopleWithRoles() const;
    // Whether a folded word heads a person's role: "ministre", "president", "porte-parole".
    static bool isRoleHead(QStringView folded);

    // Whether `text` names a person the article knows (a word of a known name).
    bool namesSomeone(QStringView text) const;
    // Whether the part [from, to) of `text`, whose words are `words`, names such a person.
    bool namesSomeone(QStringView text, const FoldedWords &words, qsizetype from, qsizetype to) const;

    // The speaker a sentence names, resolved; empty when it names none. Call in reading order:
    // pronouns refer to the last speaker found.
    // `context` is the paragraph's text before the sentence (pronouns look there first).
    QString attributionIn(QStringView sentence, QStringView context = {}, bool heading = false);
    // The same for the sentence `sentence` of `paragraph`, whose words are `words`.
    QString attributionIn(QStringView paragraph, const FoldedWords &words, TextSpan sentence,
                          QStringView context, bool heading);

    // A long article's sentences are read ahead, in parallel, each range by a copy of the
    // resolver that has learnt the article: what a sentence gives without the last speaker.
    struct Ahead
    {
        QString speaker;
        bool needsLast = false; // it read the last speaker: it is read again in order
        bool setsLast = false; // it becomes the last speaker
    };
    Ahead readAhead(QStringView paragraph, const FoldedWords &words, TextSpan sentence, QStringView context,
                    bool heading);
    // attributionIn() in reading order, from what was read ahead: the same speaker, the work
    // done again only for a sentence that needs the last speaker.
    QString attributionIn(const Ahead &ahead, QStringView paragraph, const FoldedWords &words,
                          TextSpan sentence, QStringView context, bool heading);

private:
    struct Person
    {
        QString name; // full name as written
        QString surname; // its last word
        QStringList roles; // role heads: "ministre", "chef", "porte-parole", ...
    };

    struct Search;
    struct TriggerForms;

    // `triggers`: where the words that may announce an attribution stand in the sentence.
    QString attributionIn(QStringView sentence, const QList<std::pair<qsizetype, qsizetype>> &triggers,
                          QStringView context, bool heading);
    static TriggerForms formsOf(QStringView sentence, const QList<std::pair<qsizetype, qsizetype>> &triggers,
                                qsizetype windowStart);
    QString colonSpeaker(QStringView sentence);
    // The first attribution `re` finds in the search's window from `from` on.
    void take(Search &search, const QRegularExpression &re, QStringView group, qsizetype from = 0);
    void findAfterTriggers(Search &search, const TriggerForms &forms);
    void findSubject(Search &search, const QList<std::pair<qsizetype, qsizetype>> &triggers);
    void addPerson(const QString &name);
    // The words of a possible name, as views into the text being learnt.
    using NameRun = QVarLengthArray<QStringView, 8>;
    // What a text teaches, in its order, read without the resolver's state (scan()) and then
    // learnt (apply()): names, titles of the press, institutions, roles.
    struct Lesson
    {
        enum Kind : quint8 { Name, Press, Institution, Role };
        struct Event
        {
            Kind kind;
            QString first; // a name, a press title's words, an institution's folded head
            QString second; // an institution's full name, a role's words
        };
        QList<Event> events;
        QSet<QString> names; // the names already noted
    };
    static void keepName(NameRun &run, Lesson &lesson);
    static Lesson scan(QStringView text, const FoldedWords &words);
    void apply(const Lesson &lesson);
    Person *personNamed(const QString &nameOrSurname);
    QString resolve(QStringView phrase, QStringView context);
    QString lastMentioned(QStringView before);
    static QString lastInstitutionIn(QStringView before);
    QString resolveRole(const QString &head);
    void linkRole(const QString &name, QStringView roleText);

    QList<Person> m_people;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_bySurname;
    FoldedWordSet m_nameWords;
    QHash<QString, QString> m_institutions; // folded head word -> the full name last seen
    QStringList m_pressTitles; // the titles of the press the article names ("Le Matin")
    // The last speaker found; read and written through these, which note it (readAhead()).
    const QString &last()
    {
        m_readLast = true;
        return m_last;
    }
    const QString &setLast(const QString &who)
    {
        m_setLast = true;
        return m_last = who;
    }
    QString m_last;
    bool m_readLast = false;
    bool m_setLast = false;
};
