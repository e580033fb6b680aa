// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QList>
#include <QString>

// What a claim measures, read from its own words (docs/metrics.md, "Measures read from the
// text"), for any topic: the measured noun phrase, lemmatised ("taux de chômage", "nuitées",
// "recettes touristiques"); the event or state after it ("créés", "déposés"); what it belongs
// to (a place, a scheme, an institution or an object named by a proper noun: "Marrakech", "AMO
// Tadamon", "Noor Midelt"; empty when the text names none, i.e. national); its scope (the whole,
// a part, an increment, a target, a rate per period, or the change of a level in % or points);
// its period (a running total since January, a single month) and its unit.
//
// Nothing here knows a topic: the words it reads are French grammar (determiners,
// prepositions, auxiliaries), the general vocabulary of statistics ("taux", "part", "nombre",
// "hausse", "objectif", "dont", "premiers mois") and a rule that makes French nouns singular.
namespace MeasureReader {

enum class Scope : quint8 {
    Whole, // the figure itself
    Part, // "dont 2,4 millions", "parmi lesquels", "soit 43 % du total"
    Increment, // "nouveaux", "supplémentaires", "hausse de 138.000"
    Target, // "objectif", "cible", "prévu", "d'ici 2030"
    PerPeriod, // "1 500 dossiers par jour"
    Change, // a level's change in % or points: "en hausse de 8 %", "+1,1 point"
};
enum class Period : quint8 {
    Unspecified,
    RunningTotal, // "durant les six premiers mois", "à fin juin", "depuis le début de l'année"
    SingleMonth, // "au cours du mois de juin", "durant le seul mois de juin"
};

struct Measure
{
    QString noun; // folded and singular, connectors dropped: "taux chomage", "nuitee"
    QString nounLabel; // as written: "taux de chômage", "nuitées"
    QString event; // folded and singular: "cree"
    QString eventLabel; // as written: "créés"
    QString owner; // as written: "Marrakech"; empty when none is named
    // The population or category the figure is about, folded: "femme" in "parmi les femmes",
    // "urbain" in "en milieu urbain"; empty for the whole.
    QString breakdown;
    QString breakdownLabel; // as written: "parmi les femmes"
    Scope scope = Scope::Whole;
    bool decrease = false; // an increment that is a loss: "en baisse de 64.000", "une perte de 266.000"
    Period period = Period::Unspecified;
    // A change over one month, not over a year: "sur un mois", "par rapport au mois précédent".
    bool overMonth = false;
    // A change over one quarter: "en glissement trimestriel", "d'un trimestre à l'autre".
    bool overQuarter = false;
    // A change averaged over a year, not from one month to the same month a year before: "le
    // taux d'inflation annuel moyen", "en moyenne annuelle".
    bool annualAverage = false;
    // The year a change or an increment is counted from, when the text names one earlier than the
    // year before its own: "19,7 millions de plus qu'en 1960", "0,85 % entre 2014 et 2024",
    // "depuis 2014"; 0 when it names none (the change over a year, or over the text's period).
    int since = 0;
    QString unit; // the claim's canonical unit, "%" for percentages, "points", or its kind
    QString per; // "jour" for a rate per day
    // The noun of the figure this one restates, when it names it otherwise: "une croissance de
    // 20 % (of touristes), soit 2,6 millions de visiteurs supplémentaires" gives "touriste".
    QString sameAs;

    bool isEmpty() const { return noun.isEmpty(); }
};

// The measures of an article's claims (in the order of Article::claims); furniture and
// unreadable claims get an empty measure.
QList<Measure> read(const Article &article);

// "whole", "part", "increment", "target", "per_period", "change".
QString scopeName(Scope scope);
// Whether an event is a thing those counted have ("18,3 millions de Marocains disposent d'un
// abonnement internet"): a state, counted at a date, not an event of a period.
bool holdingEvent(const QString &event);
// Whether a measured noun's head names what is held at a date rather than what flows over a
// period: "dette", "encours", "crédit", "dépôt", "stock", "abonné".
bool stockHead(const QString &noun);
// A folded French word made singular ("nuitees" → "nuitee", "taux" stays, "regionaux" →
// "regional", "travaux" → "travail" is not attempted).
QString singular(QStringView foldedWord);

} // namespace MeasureReader
