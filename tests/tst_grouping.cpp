// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics discovered across a set of articles (MetricSet), scored against grouping gold written
// by hand before the engine ran: tests/data/eval/*/groups.json (bilan.groups-gold/1, claims
// named "document:quote:occurrence") and, for the bundled bilan, the metric of each claim in
// tests/data/metrics/bundled-gold.json. The score is B-cubed precision and recall: for each
// gold claim, the share of the claims in its discovered metric that are in its gold group
// (precision) and the share of its gold group found in its discovered metric (recall). A gold
// claim the engine did not find, or gave no metric, stands alone.
//
// tests/data/eval/grouping-floors.json holds, per set, the scores not to fall below.
// BILAN_GROUPING_PROBLEMS=1 prints each gold group with the metrics its claims got.
#include "checks/checkcontext_p.h"
#include "checks/consistencychecker.h"
#include "export/articlejson.h"
#include "extraction/claimextractor.h"
#include "metrics/countries.h"
#include "metrics/measurereader.h"
#include "metrics/metricset.h"
#include "metrics/metrictaxonomy.h"
#include "project/projectdocument.h"
#include "sources/articleloader.h"
#include "sources/corpus.h"
#include "testsupport.h"
#include "text/codepointmap.h"
#include "text/frenchlexicon.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_Grouping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bcubed();
    void measures_data();
    void events();
    void events_data();
    void measures();
    void singular_data();
    void singular();
    void breakdowns_data();
    void breakdowns();
    void breakdownLabels_data();
    void breakdownLabels();
    void metricNames_data();
    void metricNames();
    void homes();
    void titleRubric();
    void undatedSince();
    void relays();
    void repeats();
    void listGroups();
    void people();
    void sameMetric_data();
    void sameMetric();
    void capacityFalls();
    void periods_data();
    void periods();
    void deterministic();
    void discoveredAgain();
    void peopleWithRolesReadOnce();
    void set_data();
    void set();
    void findings_data();
    void findings();

private:
    QJsonObject m_floors;
};

namespace {

struct Score
{
    double precision = 0;
    double recall = 0;
    int claims = 0;
    double f1() const { return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0; }
};

// B-cubed over the gold items: `gold` and `got` give each item's cluster (an empty `got`
// cluster stands alone).
Score bcubed(const QStringList &gold, const QStringList &got)
{
    Score s;
    s.claims = int(gold.size());
    if (gold.isEmpty())
        return s;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        int same = 0, inGot = 0, inGold = 0;
        for (qsizetype j = 0; j < gold.size(); ++j) {
            const bool sameGot = i == j || (!got[i].isEmpty() && got[i] == got[j]);
            const bool sameGold = gold[i] == gold[j];
            inGot += sameGot ? 1 : 0;
            inGold += sameGold ? 1 : 0;
            same += (sameGot && sameGold) ? 1 : 0;
        }
        s.precision += double(same) / inGot;
        s.recall += double(same) / inGold;
    }
    s.precision /= gold.size();
    s.recall /= gold.size();
    return s;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString percent(double x)
{
    return QString::number(x * 100, 'f', 1);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The claim a gold name "document:quote:occurrence" designates: the body claim starting at the
// occurrence-th quote, or (-1, -1).
std::pair<int, int> findNamed(const QList<Article> &articles, const QHash<QString, int> &byId,
                              const QString &name)
{
    const qsizetype first = name.indexOf(u':');
    const qsizetype last = name.lastIndexOf(u':');
    if (first < 0 || last <= first)
        return {-1, -1};
    const int a = byId.value(name.left(first), -1);
    if (a < 0)
        return {-1, -1};
    const QString quote = name.mid(first + 1, last - first - 1);
    const int occurrence = name.mid(last + 1).toInt();
    qsizetype at = -1;
    for (int k = 0; k < occurrence; ++k) {
        at = articles[a].text.indexOf(quote, at + 1);
        if (at < 0)
            return {-1, -1};
    }
    for (int c = 0; c < articles[a].claims.size(); ++c) {
        const Claim &claim = articles[a].claims[c];
        if (!claim.boilerplate && claim.start == at)
            return {a, c};
    }
    return {-1, -1};
}

// `published`: the date of publication, none when empty.
Article article(const QString &text, const QString &published = QStringLiteral("2025-04-10"))
{
    ArticleMetadata m;
    m.outlet = QStringLiteral("Test");
    m.title = QStringLiteral("Le point");
    if (!published.isEmpty())
        m.published = PartialDate::fromIso(published);
    Article a = ArticleLoader::fromText(QStringLiteral("Le point\n\n") + text + u'\n',
                                        QStringLiteral("test.txt"), m);
    ClaimExtractor::extractInto(a);
    return a;
}

using TestSupport::claimQuoted;

QList<Article> extracted(LoadReport report)
{
    for (Article &a : report.articles)
        ClaimExtractor::extractInto(a);
    return report.articles;
}

} // namespace

void tst_Grouping::initTestCase()
{
    m_floors = readJson(QStringLiteral(BILAN_TEST_DATA "/eval/grouping-floors.json"));
    QVERIFY(!m_floors.isEmpty());
}

// The scorer itself, on clusters worked out by hand.
void tst_Grouping::bcubed()
{
    // Perfect.
    Score s = ::bcubed(list({"a", "a", "b"}), list({"x", "x", "y"}));
    QCOMPARE(s.precision, 1.0);
    QCOMPARE(s.recall, 1.0);
    // Everything in one metric: precision (2/3·2 + 1/3)/3 = 5/9, recall 1.
    s = ::bcubed(list({"a", "a", "b"}), list({"x", "x", "x"}));
    QVERIFY(qAbs(s.precision - 5.0 / 9) < 1e-9);
    QCOMPARE(s.recall, 1.0);
    // Nothing assigned: precision 1, recall (1/2 + 1/2 + 1)/3 = 2/3.
    s = ::bcubed(list({"a", "a", "b"}), list({"", "", ""}));
    QCOMPARE(s.precision, 1.0);
    QVERIFY(qAbs(s.recall - 2.0 / 3) < 1e-9);
}

void tst_Grouping::measures_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("noun");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("scope");
    QTest::newRow("rate, owner") << QStringLiteral(
        "À Marrakech, le taux d'occupation des hôtels classés s'est établi à 63 % en juin.")
                                 << QStringLiteral("63 %") << QStringLiteral("taux occupation hotel")
                                 << QStringLiteral("Marrakech") << QStringLiteral("whole");
    // (A party known by its symbol is the party named before: a common word, in the system's word
    // list.)
    QTest::newRow("a party's symbol") << QStringLiteral(
        "Le Parti de la justice et du développement (PJD) n'a obtenu que 13 sièges. Le parti "
        "de la Lampe a obtenu 777 sièges aux communales.")
                                      << QStringLiteral("777") << QStringLiteral("siege")
                                      << QStringLiteral("PJD") << QStringLiteral("whole");
    // Reading the data frames what they show; a verb ends the subject.
    // A category in quotation marks owns nothing, and the kind's noun is no part of the measure.
    QTest::newRow("quoted categories")
        << QStringLiteral(
               "Les écoulements des activités « Prefa », « Bâtiment » et « Infrastructures » se sont "
               "établis à respectivement 960.223 tonnes (-5,43%), 448.689 tonnes (-9%) et 488.438 "
               "tonnes (+6,53%).")
        << QStringLiteral("448.689") << QStringLiteral("ecoulement") << QString() << QStringLiteral("whole");
    // The names a source's phrase enumerates are sources too.
    QTest::newRow("a source's members")
        << QStringLiteral(
               "Les livraisons ont atteint 1,19 Mt, selon des données des membres de l’APC, à savoir "
               "Asment Temara, Ciments de l’Atlas et Ciments du Maroc. Les livraisons cumulées avaient "
               "atteint 2,05 Mt.")
        << QStringLiteral("2,05 Mt") << QStringLiteral("livraison") << QString() << QStringLiteral("whole");
    // What a loan finances, or whom it goes to, is part of it.
    QTest::newRow("a loan's purpose")
        << QStringLiteral("Les prêts à l'équipement ont progressé de 3,1 %.") << QStringLiteral("3,1 %")
        << QStringLiteral("pret equipement") << QString() << QStringLiteral("change");
    QTest::newRow("a loan's borrowers") << QStringLiteral(
        "Le crédit bancaire aux entreprises non financières privées a marqué une augmentation "
        "annuelle de 2 %.") << QStringLiteral("2 %")
                                        << QStringLiteral("credit bancaire entreprise") << QString()
                                        << QStringLiteral("change");
    QTest::newRow("a loan's purpose, with a demonstrative pronoun") << QStringLiteral(
        "Le crédit a marqué une hausse de 2 %, avec la progression des prêts à la promotion "
        "immobilière de 3,3 % et de ceux à l’équipement de 9,4 %.") << QStringLiteral("9,4 %")
                                                                    << QStringLiteral("pret equipement")
                                                                    << QString() << QStringLiteral("change");
    QTest::newRow("a stability is no measure")
        << QStringLiteral(
               "L'encours intègre une stabilité des crédits immobiliers à 267,3 milliards de dirhams.")
        << QStringLiteral("267,3 milliards") << QStringLiteral("credit immobilier") << QString()
        << QStringLiteral("whole");
    // A demonstrative subject names what the paragraph before measured with that head.
    QTest::newRow("a demonstrative subject, the paragraph before")
        << QStringLiteral("L'encours du crédit bancaire s'est établi à 1.137,1 milliards de dirhams.\n\nCet "
                          "encours se répartit sur les agents non financiers avec 945,9 MMDH et les agents "
                          "financiers (191,2 MMDH).")
        << QStringLiteral("191,2 MMDH") << QStringLiteral("credit bancaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an institution's name ends before its verb in -ique")
        << QStringLiteral(
               "L'Office des changes explique cette aggravation par l'importance des importations, qui "
               "ont atteint 136,53 MMDH.")
        << QStringLiteral("136,53 MMDH") << QString() << QString() << QStringLiteral("whole");
    // Compared with a noun that has no complement, a demonstrative pronoun's complement is what
    // changes.
    QTest::newRow("compared with a pronoun's complement")
        << QStringLiteral("Les recettes ont progressé de 5 %, plus que celles des dépenses (+3 %).")
        << QStringLiteral("+3 %") << QStringLiteral("depense") << QString() << QStringLiteral("change");
    QTest::newRow("an institution that points a finger reports") << QStringLiteral(
        "En ce sens, l'Office des changes pointe du doigt le déséquilibre. Les importations sont "
        "passées à 208,36 milliards de dirhams.") << QStringLiteral("208,36 milliards")
                                                                 << QStringLiteral("importation") << QString()
                                                                 << QStringLiteral("whole");
    QTest::newRow("what a change came to, past 'ne … que'") << QStringLiteral(
        "Les exportations n'ont progressé que de 4,7 % pour atteindre quelque 87 milliards de "
        "dirhams.") << QStringLiteral("87 milliards") << QStringLiteral("exportation")
                                                            << QString() << QStringLiteral("whole");
    QTest::newRow("an amount in parentheses, with its base, after a change's complement")
        << QStringLiteral(
               "Ce déficit s'explique par l'accroissement de 15,1 % des importations (181,8 milliards de "
               "dirhams au lieu de 157,9 milliards).")
        << QStringLiteral("181,8 milliards") << QStringLiteral("importation") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a good showing frames what it is of")
        << QStringLiteral(
               "Cet allègement s'explique par le bon comportement des exportations de marchandises qui "
               "ont progressé de 12,5 pc pour atteindre quelque 18,7 MMDH.")
        << QStringLiteral("18,7 MMDH") << QStringLiteral("exportation marchandise") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a participle past its agent")
        << QStringLiteral(
               "Les transactions commerciales se sont soldées par un déficit estimé par l'Office des "
               "changes à quelque 66 milliards de dirhams.")
        << QStringLiteral("66 milliards") << QStringLiteral("deficit") << QString()
        << QStringLiteral("whole");
    QTest::newRow("what a figure is compared with is no event") << QStringLiteral(
        "Les livraisons de ciment ont connu une croissance de 3,5 % comparée à la même période de "
        "2023.") << QStringLiteral("3,5 %") << QStringLiteral("livraison ciment")
                                                                << QString() << QStringLiteral("change");
    QTest::newRow("the examination of the data")
        << QStringLiteral("L'examen des données mensuelles met en lumière une progression des ventes pour le "
                          "seul mois d'avril, atteignant 867.743 tonnes.")
        << QStringLiteral("867.743") << QStringLiteral("vente") << QString() << QStringLiteral("whole");
    QTest::newRow("'suit' is a verb")
        << QStringLiteral("La commercialisation suit avec 21,89 millions de barils vendus.")
        << QStringLiteral("21,89 millions") << QStringLiteral("commercialisation") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a change that is the subject, past its complement")
        << QStringLiteral("La hausse des prix est de 5%.") << QStringLiteral("5%") << QStringLiteral("prix")
        << QString() << QStringLiteral("change");
    QTest::newRow("a rate of change measures what changes")
        << QStringLiteral("Le taux de croissance du trafic est de 32%.") << QStringLiteral("32%")
        << QStringLiteral("trafic") << QString() << QStringLiteral("change");
    QTest::newRow("a change in something")
        << QStringLiteral("Une croissance de 32% dans le trafic international a été enregistrée.")
        << QStringLiteral("32%") << QStringLiteral("trafic international") << QString()
        << QStringLiteral("change");
    QTest::newRow("not a change in a place")
        << QStringLiteral("Les ventes ont connu une hausse de 5 % dans la région.") << QStringLiteral("5 %")
        << QStringLiteral("vente") << QString() << QStringLiteral("change");
    QTest::newRow("percentages listed after names, in a sentence a change introduces")
        << QStringLiteral("Le trafic a progressé de 21 %. Les principaux aéroports ont "
                          "tous enregistré des taux de croissance à deux chiffres : Marrakech-Ménara ( 41%), "
                          "Rabat-Salé ( 38%).")
        << QStringLiteral("38%") << QStringLiteral("trafic") << QStringLiteral("Rabat-Salé")
        << QStringLiteral("change");
    QTest::newRow("percentages listed after names, no change named")
        << QStringLiteral("Le trafic a progressé de 21 %. Il se répartit ainsi : Marrakech ( 41%), Rabat "
                          "( 38%).")
        << QStringLiteral("38%") << QStringLiteral("trafic") << QStringLiteral("Rabat")
        << QStringLiteral("whole");
    const QString sites = QStringLiteral("La production atteint 394 902 véhicules en 2019, dont 303 558 "
                                         "véhicules à l'usine Renault de Tanger et "
                                         "91 344 à l'usine Renault de Casablanca-Somaca.");
    QTest::newRow("a site after the figure, by its place")
        << sites << QStringLiteral("303 558") << QStringLiteral("vehicule") << QStringLiteral("Tanger")
        << QStringLiteral("part");
    QTest::newRow("the next item of a dont list is a part too")
        << sites << QStringLiteral("91 344") << QStringLiteral("vehicule")
        << QStringLiteral("Casablanca-Somaca") << QStringLiteral("part");
    QTest::newRow("a pronoun after a sentence with no figure stands for its subject")
        << QStringLiteral(
               "Les prix à la consommation ont progressé de 6 %. En revanche, une bonne nouvelle se "
               "dégage : l'inflation des prix de l'énergie a légèrement reculé. Elle était de 16,3 % "
               "en janvier.")
        << QStringLiteral("16,3 %") << QStringLiteral("prix energie") << QString()
        << QStringLiteral("change");
    QTest::newRow("a place that names a war is no owner")
        << QStringLiteral(
               "Depuis le début de la guerre en Ukraine, les prix de l'énergie ont augmenté de 14 %.")
        << QStringLiteral("14 %") << QStringLiteral("prix energie") << QString() << QStringLiteral("change");
    QTest::newRow("a noun after a demonstrative names again the noun with its complement")
        << QStringLiteral(
               "La baisse des remboursements de la dette intérieure a contribué à une augmentation "
               "de l'encours total de cette dette, qui a atteint 813,1 MMDH.")
        << QStringLiteral("813,1 MMDH") << QStringLiteral("dette interieure") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a possessive's measure is of the thing its sentence named before")
        << QStringLiteral(
               "La valeur du poisson blanc a baissé de 1 %, tandis que son poids a régressé de 5 %.")
        << QStringLiteral("5 %") << QStringLiteral("poids poisson blanc") << QString()
        << QStringLiteral("change");
    QTest::newRow("after the figure, of the clause's subject")
        << QStringLiteral(
               "Les coquillages ont chuté de 25 %, en raison d'une nette baisse de 37 % de leur poids.")
        << QStringLiteral("37 %") << QStringLiteral("poids coquillage") << QString()
        << QStringLiteral("change");
    QTest::newRow("a figure before in the sentence measured the head, not the thing")
        << QStringLiteral(
               "Les recettes des comptes spéciaux ont atteint 54,9 MMDH et leurs dépenses 43,4 MMDH.")
        << QStringLiteral("43,4 MMDH") << QStringLiteral("depense compte special") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a company's kind adds nothing to what it possesses")
        << QStringLiteral("L'entreprise a vu son chiffre d'affaires progresser de 5 %.")
        << QStringLiteral("5 %") << QStringLiteral("chiffre affaire") << QString()
        << QStringLiteral("change");
    QTest::newRow("subscriptions are to what they subscribe to past a long aside") << QStringLiteral(
        "Le nombre d'abonnements aux réseaux téléphoniques mobiles (Tunisie Télécom, Ooredoo Tunisie, "
        "Orange Tunisie, Lycamobile et Cayon Cloud Communications 3C) a atteint 16,4 millions en "
        "2023.") << QStringLiteral("16,4 millions") << QStringLiteral("abonnement telephonie mobile")
                                                                                   << QString()
                                                                                   << QStringLiteral("whole");
    QTest::newRow("subscriptions of nothing named are to the sector the sentence before is about")
        << QStringLiteral("Le secteur de l'Internet fixe, comme l'internet mobile, a connu un développement "
                          "important. Le nombre "
                          "d'abonnements est passé de 0,6 million en 2013 à 1,7 million en 2022.")
        << QStringLiteral("1,7 million") << QStringLiteral("abonnement internet fixe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("subscriptions of nothing named are to the topic a sentence opens on")
        << QStringLiteral(
               "Pour l'internet fixe, le nombre d'abonnés enregistré s'est chiffré à 4,35 millions.")
        << QStringLiteral("4,35 millions") << QStringLiteral("abonne internet fixe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("or to what a relative pronoun stands for")
        << QStringLiteral(
               "Ce total est dominé par l'internet mobile, lequel totalisait 42,90 millions d'abonnés.")
        << QStringLiteral("42,90 millions") << QStringLiteral("abonne internet mobile") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a grade after a counted noun is part of it")
        << QStringLiteral("Les candidats ont obtenu 169 mentions très bien et 7 697 mentions assez bien.")
        << QStringLiteral("7 697") << QStringLiteral("mention assez bien") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a record of a measure is a value of it")
        << QStringLiteral("En 2020 et 2021, des records de réussite ont été atteints, avec 95,7 % et 93,8 %, "
                          "respectivement.")
        << QStringLiteral("95,7 %") << QStringLiteral("reussite") << QString() << QStringLiteral("whole");
    QTest::newRow("a place after the figure past the noun of its kind")
        << QStringLiteral(
               "Le taux de participation a atteint 66,94 % dans la région de Laâyoune-Sakia El Hamra.")
        << QStringLiteral("66,94 %") << QStringLiteral("taux participation")
        << QStringLiteral("Laâyoune-Sakia El Hamra") << QStringLiteral("whole");
    QTest::newRow("a change in parentheses after a change noun's complement is that complement's")
        << QStringLiteral(
               "Le déficit commercial s'est creusé de 17,7 %, en raison de l'accroissement des "
               "importations de biens (+9,2 % à plus de 605,35 MMDH) et des exportations (+3,6 %).")
        << QStringLiteral("+3,6 %") << QStringLiteral("exportation") << QString() << QStringLiteral("change");
    QTest::newRow("the level a change reaches measures what changed")
        << QStringLiteral(
               "Ce bulletin fait état d'une hausse du déficit commercial de 17,7 % à plus de 259 MMDH.")
        << QStringLiteral("259 MMDH") << QStringLiteral("deficit commercial") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a noun in -ent after its article is no verb")
        << QStringLiteral("On note un accroissement de l'excédent de la balance des services de 10,2 %.")
        << QStringLiteral("10,2 %") << QStringLiteral("excedent balance service") << QString()
        << QStringLiteral("change");
    QTest::newRow("a comparison's que opens no clause, the que before it does")
        << QStringLiteral("Ces indicateurs font ressortir que les recettes ont plus que doublé passant de "
                          "24,9 MMDH à 62,23 MMDH.")
        << QStringLiteral("24,9 MMDH") << QStringLiteral("recette") << QString() << QStringLiteral("whole");
    QTest::newRow("past the currency's abbreviation in parentheses")
        << QStringLiteral("L'Office fait état de 92,73 milliards de dirhams (MMDH) de transferts de fonds.")
        << QStringLiteral("92,73 milliards") << QStringLiteral("transfert") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a balance's sign is no increment")
        << QStringLiteral(
               "Le solde des voyages a triplé, se situant à +50,3 MMDH contre +17,36 MMDH un an plus tôt.")
        << QStringLiteral("+17,36 MMDH") << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("a flow's verb names it before what the paragraph measures")
        << QStringLiteral(
               "Le recours au marché des adjudications a atteint 8,2 milliards de dirhams. Si l'Etat a "
               "bien remboursé 3,7 milliards de dirhams, il a emprunté en retour 11,9 milliards.")
        << QStringLiteral("11,9 milliards") << QStringLiteral("emprunt") << QStringLiteral("Etat")
        << QStringLiteral("whole");
    QTest::newRow("an amount in parentheses measures the chain of complements they follow")
        << QStringLiteral("Cela résulte de la hausse de 7,2 % des intérêts de la dette (17,8 MMDH).")
        << QStringLiteral("17,8 MMDH") << QStringLiteral("interet dette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("after its article a word in -its is a noun")
        << QStringLiteral(
               "Les recettes fiscales atteindraient 320,1 MMDH, dont 139,3 MMDH des impôts directs, "
               "21,3 MMDH des droits de douane et 21,7 MMDH des droits d'enregistrement.")
        << QStringLiteral("21,3 MMDH") << QStringLiteral("droit douane") << QString()
        << QStringLiteral("whole");
    QTest::newRow("what a sum is for is its complement, not a period") << QStringLiteral(
        "Les dépenses émises au titre du budget général se sont élevées à 186,3 MMDH au titre "
        "des six premiers mois.") << QStringLiteral("186,3 MMDH") << QStringLiteral("depense budget")
                                                                       << QString()
                                                                       << QStringLiteral("whole");
    QTest::newRow("respective changes in pairs with the level reached")
        << QStringLiteral(
               "Les coquillages, les algues, les crustacés et les poissons pélagiques ont accusé des "
               "baisses respectives de 95 % à 56 t, 51 % à 21.186 t, 7 % à 7 365 t et 1 % à "
               "1.026.690 t.")
        << QStringLiteral("7 365") << QStringLiteral("crustace") << QString() << QStringLiteral("whole");
    QTest::newRow("respective changes in pairs: the change") << QStringLiteral(
        "Les coquillages, les algues, les crustacés et les poissons pélagiques ont accusé des "
        "baisses respectives de 95 % à 56 t, 51 % à 21.186 t, 7 % à 7 365 t et 1 % à "
        "1.026.690 t.") << QStringLiteral("95 %") << QStringLiteral("coquillage")
                                                             << QString() << QStringLiteral("change");
    QTest::newRow("a sentence opening on the whole country owns nothing, nor the next") << QStringLiteral(
        "En Méditerranée, les débarquements ont atteint 59 tonnes. Au niveau national, les "
        "débarquements ont atteint 1.233.568 tonnes. En valeur, ces débarquements ont enregistré "
        "une hausse de 6 %.") << QStringLiteral("6 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("a change after a figure measures its own coordinated clause's subject")
        << QStringLiteral(
               "Les recettes se sont améliorées de 43,4 % à 39,27 MMDH et les dépenses ont augmenté "
               "de 38 % à 16,31 MMDH.")
        << QStringLiteral("38 %") << QStringLiteral("depense") << QString() << QStringLiteral("change");
    QTest::newRow("a flow's complement past a neutral modifier")
        << QStringLiteral("Le flux net des investissements directs étrangers s'est établi à 23 milliards de "
                          "dirhams.")
        << QStringLiteral("23 milliards") << QStringLiteral("investissement direct etranger") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a demonstrative complement names its antecedent again")
        << QStringLiteral("Le flux net des investissements directs étrangers (IDE) a atteint 23 milliards de "
                          "dirhams.\n\nLes recettes de ces investissements se sont améliorées de 43,4 %.")
        << QStringLiteral("43,4 %") << QStringLiteral("recette investissement direct etranger") << QString()
        << QStringLiteral("change");
    QTest::newRow("an amount each one of a kind has is per one of them")
        << QStringLiteral(
               "La dette intérieure est passée à 435,8 milliards de dirhams. En moyenne chaque marocain "
               "a prêté à l'Etat quelque 13.000 dirhams.")
        << QStringLiteral("13.000") << QStringLiteral("dette interieure") << QStringLiteral("Etat")
        << QStringLiteral("per_period");
    QTest::newRow("an amount given for one of a kind is per one of them")
        << QStringLiteral(
               "La subvention moyenne pour une bonbonne de 12 kg de gaz butane s'est élevée à environ "
               "68 dirhams.")
        << QStringLiteral("68") << QStringLiteral("subvention") << QString() << QStringLiteral("per_period");
    QTest::newRow("an amount for one of what frames it is no rate")
        << QStringLiteral("Les écoles ont été reconstruites pour une enveloppe totale de 3,5 milliards de "
                          "dirhams.")
        << QStringLiteral("3,5 milliards") << QStringLiteral("enveloppe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("what was seen reached is no aim")
        << QStringLiteral("L'aéroport de Djerba-Zarzis a vu son trafic atteindre 2,00 millions de passagers.")
        << QStringLiteral("2,00 millions") << QStringLiteral("passager") << QStringLiteral("Djerba-Zarzis")
        << QStringLiteral("whole");
    QTest::newRow("an adjective in -ant before a change is no noun")
        << QStringLiteral("Le trafic à l'aéroport de Tozeur-Nefta a bondi à 24.239 passagers, affichant une "
                          "impressionnante augmentation de 113,1 %.")
        << QStringLiteral("113,1 %") << QStringLiteral("passager") << QStringLiteral("Tozeur-Nefta")
        << QStringLiteral("change");
    QTest::newRow("a clause whose subject is a forecast")
        << QStringLiteral("Et de noter que les prévisions de clôture pour l'année 2025 affichent un trafic "
                          "de 27 millions de passagers et un chiffre d'affaires de 4,6 MMDH.")
        << QStringLiteral("4,6 MMDH") << QStringLiteral("chiffre affaire") << QString()
        << QStringLiteral("target");
    QTest::newRow("whoever manages the sites counted owns their figures")
        << QStringLiteral("Dans les aéroports sous la gestion directe de l'OACA, 8,31 millions de passagers "
                          "ont été recensés.")
        << QStringLiteral("8,31 millions") << QStringLiteral("passager") << QStringLiteral("OACA")
        << QStringLiteral("whole");
    QTest::newRow("sites two manage together are no one's")
        << QStringLiteral("Les plateformes gérées par l'OACA et la Société TAV ont accueilli un total de "
                          "10,96 millions de passagers, marquant une hausse de 12,7 %.")
        << QStringLiteral("12,7 %") << QStringLiteral("passager") << QString() << QStringLiteral("change");
    QTest::newRow("a people is its country")
        << QStringLiteral("Selon l'Agence, à fin mars 2025, 18,3 millions de Tunisiens disposent d'un "
                          "abonnement internet, dont 16,7 millions sur les réseaux mobiles.")
        << QStringLiteral("16,7 millions") << QString() << QStringLiteral("Tunisie")
        << QStringLiteral("part");
    QTest::newRow("a name coordinated with the source is a source")
        << QStringLiteral(
               "L'indice des prix des actifs immobiliers a enregistré une hausse de 7,6 %, ont "
               "annoncé Bank Al-Maghrib (BAM) et l'Agence nationale de la conservation foncière "
               "(ANCFCC). Sur un an, l'indice des prix des actifs immobiliers s'est amélioré de 7,5 %.")
        << QStringLiteral("7,5 %") << QStringLiteral("prix actif immobilier") << QString()
        << QStringLiteral("change");
    QTest::newRow("the place of a figure is not the next sentence's")
        << QStringLiteral(
               "Les prix ont augmenté dans les principales villes, avec des taux allant de 2,7 % à "
               "Rabat à 6,1 % à Fès. Les ventes ont reculé de 10,4 %.")
        << QStringLiteral("10,4 %") << QStringLiteral("vente") << QString() << QStringLiteral("change");
    QTest::newRow("an acronym that shows its change is what is measured")
        << QStringLiteral("Dans la capitale, l'IPAI a affiché une nouvelle hausse de 3,8 %.")
        << QStringLiteral("3,8 %") << QStringLiteral("ipai") << QString() << QStringLiteral("change");
    QTest::newRow("a figure coordinated to the one before complements no noun")
        << QStringLiteral("Les prix ont augmenté de 7,9 % pour le foncier et de 11,7 % pour les biens.")
        << QStringLiteral("11,7 %") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("'au niveau de' is no measure")
        << QStringLiteral("Les ventes immatriculées au niveau de l'ANCFCC ont reculé de 8,1 %.")
        << QStringLiteral("8,1 %") << QStringLiteral("vente") << QString() << QStringLiteral("change");
    QTest::newRow("'au niveau de' a site names its owner")
        << QStringLiteral("Le taux de récupération est de 106 % au niveau de l'aéroport de Marrakech Menara.")
        << QStringLiteral("106 %") << QString() << QStringLiteral("Marrakech Menara")
        << QStringLiteral("whole");
    QTest::newRow("the span another figure is counted over measures nothing")
        << QStringLiteral("Le pays a recensé 11.358 nouvelles infections en 24 heures.")
        << QStringLiteral("24") << QString() << QString() << QStringLiteral("none");
    QTest::newRow("where a thing is sold owns its price")
        << QStringLiteral(
               "Le gasoil s'affiche désormais à 10,74 dirhams le litre à OLA, à 10,75 dirhams chez "
               "Winxo et à 10,78 dirhams à Afriquia.")
        << QStringLiteral("10,75 dirhams") << QStringLiteral("gasoil") << QStringLiteral("Winxo")
        << QStringLiteral("whole");
    QTest::newRow("a seller by its acronym, past what the price is per")
        << QStringLiteral("Le gasoil s'affiche désormais à 10,74 dirhams le litre à OLA.")
        << QStringLiteral("10,74 dirhams") << QStringLiteral("gasoil") << QStringLiteral("OLA")
        << QStringLiteral("whole");
    QTest::newRow("a price of nothing named is of the sentence's topic")
        << QStringLiteral(
               "Pour l'essence, les tarifs varient légèrement : 12,77 dirhams dans les stations OLA.")
        << QStringLiteral("12,77 dirhams") << QStringLiteral("essence") << QStringLiteral("OLA")
        << QStringLiteral("whole");
    QTest::newRow("a price per litre is the thing's")
        << QStringLiteral("Le prix du litre d'essence est maintenu à 14,29 dirhams chez Afriquia.")
        << QStringLiteral("14,29 dirhams") << QStringLiteral("essence") << QStringLiteral("Afriquia")
        << QStringLiteral("whole");
    QTest::newRow("a currency's hundredth counts nothing")
        << QStringLiteral("Le prix du litre de gazole a reculé de 68 centimes chez Vivo Energy.")
        << QStringLiteral("68 centimes") << QStringLiteral("prix gazole") << QStringLiteral("Vivo Energy")
        << QStringLiteral("increment");
    QTest::newRow("an account's result is a measure")
        << QStringLiteral("Le résultat d'exploitation augmente de 30,1 % pour s'établir à 5 milliards de "
                          "dirhams.")
        << QStringLiteral("5 milliards") << QStringLiteral("resultat exploitation") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the result's share of the group is no share")
        << QStringLiteral("La BCP, elle, a réalisé un résultat net part du groupe de 990 MDH (+2,5 %).")
        << QStringLiteral("990 MDH") << QStringLiteral("resultat part groupe") << QStringLiteral("BCP")
        << QStringLiteral("whole");
    QTest::newRow("a change in parentheses is of its figure's owner")
        << QStringLiteral("La BCP, elle, a réalisé un résultat net part du groupe de 990 MDH (+2,5 %).")
        << QStringLiteral("+2,5 %") << QStringLiteral("resultat part groupe") << QStringLiteral("BCP")
        << QStringLiteral("change");
    QTest::newRow("an acronym that records is a source, not an owner")
        << QStringLiteral("L'INS a enregistré une hausse des prix de l'alimentation de 5,6 %.")
        << QStringLiteral("5,6 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("a common noun written with a capital, and its acronym")
        << QStringLiteral("Le résultat net a progressé. Pour sa part, le Résultat net part du groupe (RNPG) "
                          "ressort à 2,6 milliards de dirhams.")
        << QStringLiteral("2,6 milliards") << QStringLiteral("resultat part groupe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("'s'accroître' is a change")
        << QStringLiteral("Le résultat d'exploitation s'accroît de 6,7 % à 5,4 milliards de dirhams.")
        << QStringLiteral("6,7 %") << QStringLiteral("resultat exploitation") << QString()
        << QStringLiteral("change");
    QTest::newRow("a change's verb past an aside with 'à'")
        << QStringLiteral("Le résultat d'exploitation a augmenté, quant à lui, de 30,1 % à 5 milliards de "
                          "dirhams.")
        << QStringLiteral("30,1 %") << QStringLiteral("resultat exploitation") << QString()
        << QStringLiteral("change");
    QTest::newRow("a unit a price is per is no name")
        << QStringLiteral("La production a progressé. Le prix d'achat est maintenu à 700 F/Kg, la filière "
                          "se remet difficilement. Les exportations ont atteint 1 926 371 tonnes.")
        << QStringLiteral("1 926 371") << QStringLiteral("exportation") << QString()
        << QStringLiteral("whole");
    QTest::newRow("places coordinated with their 'de' own nothing together")
        << QStringLiteral("Les ports de San Pedro et d'Abidjan ont reçu 1,6 million de tonnes de cacao.")
        << QStringLiteral("1,6 million") << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("where an event took place owns nothing after it")
        << QStringLiteral("Le congrès du secteur, qui se tenait ce week-end à Abidjan, a réuni les "
                          "producteurs. La production a atteint 2 015 113 tonnes.")
        << QStringLiteral("2 015 113") << QStringLiteral("production") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a count per one of what 'un' names")
        << QStringLiteral("Les données font état d'un ratio d'un médecin (public et privé) pour 1.156 "
                          "habitants.")
        << QStringLiteral("1.156") << QStringLiteral("habitant") << QString() << QStringLiteral("per_period");
    QTest::newRow("a topic opened by 'Côté' is no name")
        << QStringLiteral("Côté mouvements d'avions, l'augmentation est plus modérée avec un total de "
                          "67.729 vols.")
        << QStringLiteral("67.729") << QStringLiteral("vol") << QString() << QStringLiteral("whole");
    QTest::newRow("an index's level in points after its change")
        << QStringLiteral("Le MASI a progressé de 0,38 %, à 13.340,45 points.") << QStringLiteral("13.340,45")
        << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("an amount after a contrast measures its own clause's subject")
        << QStringLiteral("Le volume des échanges s'est élevé à 60,61 millions de dirhams, alors que la "
                          "capitalisation boursière s'est établie à près de 681,454 milliards de dirhams.")
        << QStringLiteral("681,454 milliards") << QStringLiteral("capitalisation boursiere") << QString()
        << QStringLiteral("whole");
    QTest::newRow("no one's after a sentence of names each given its figure")
        << QStringLiteral(
               "Par valeurs, BCP a drainé 16,85 MDH, Cosumar 14,45 MDH et Itissalat Al-Maghrib 8,27 "
               "MDH. La capitalisation boursière s'est établie à 687,85 milliards de dirhams.")
        << QStringLiteral("687,85 milliards") << QStringLiteral("capitalisation boursiere") << QString()
        << QStringLiteral("whole");
    QTest::newRow("nor after names each given its figure in parentheses")
        << QStringLiteral("L'Espagne est la principale destination avec 32,2 %, suivie par l'Italie (27,9 %) "
                          "et les Etats Unis (22,9 %). Durant la même période les exportations de l'huile "
                          "biologique ont atteint 35,308 mille tonnes d'une valeur de 954,6 Millions DT.")
        << QStringLiteral("954,6 Millions") << QStringLiteral("exportation huile biologique") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a flow's verb before a product in a unit of measure")
        << QStringLiteral("La Tunisie a exporté près de 173 900 tonnes d'huile d'olive.")
        << QStringLiteral("173 900") << QStringLiteral("exportation huile olive") << QStringLiteral("Tunisie")
        << QStringLiteral("whole");
    QTest::newRow("the value of the quantity right before it")
        << QStringLiteral("La Tunisie a exporté 87.470 tonnes d'huile d'olive, générant des recettes de 2,3 "
                          "milliards de dinars.")
        << QStringLiteral("2,3 milliards") << QStringLiteral("exportation huile olive")
        << QStringLiteral("Tunisie") << QStringLiteral("whole");
    QTest::newRow("the value of the quantity right before it, past a qualifier")
        << QStringLiteral("Les débarquements de céphalopodes ont enregistré une hausse de 22% à 4.730 T pour "
                          "des recettes de plus de 301,46 MDH (+28%).")
        << QStringLiteral("301,46 MDH") << QStringLiteral("debarquement cephalopode") << QString()
        << QStringLiteral("whole");
    QTest::newRow("not a topic before it")
        << QStringLiteral("Les nuitées ont atteint 24 millions. Côté recettes, elles ont atteint 69,7 "
                          "milliards de dirhams.")
        << QStringLiteral("69,7 milliards") << QStringLiteral("recette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a verb of making before a subject further back")
        << QStringLiteral(
               "La campagne ayant débuté le 1er novembre 2023 pour s'achever le 30 septembre 2024, "
               "la Tunisie a produit entre 210.000 et 220.000 tonnes.")
        << QStringLiteral("210.000") << QStringLiteral("production") << QStringLiteral("Tunisie")
        << QStringLiteral("whole");
    QTest::newRow("the two ends of a span of places own nothing") << QStringLiteral(
        "Les ports méditerranéens, de Tanger à Saïdia, ont enregistré une baisse de 17 % des "
        "débarquements.") << QStringLiteral("17 %") << QStringLiteral("debarquement")
                                                                  << QString() << QStringLiteral("change");
    QTest::newRow("what a change is measured in, fronted, is no measure")
        << QStringLiteral("En valeur, les débarquements ont progressé de 6 %.") << QStringLiteral("6 %")
        << QStringLiteral("debarquement") << QString() << QStringLiteral("change");
    QTest::newRow("a frame is no measure, a unit of weight measures a tonnage")
        << QStringLiteral("Tanger Med a franchi la barre des 50 millions de tonnes.")
        << QStringLiteral("50 millions") << QStringLiteral("tonnage") << QStringLiteral("Tanger Med")
        << QStringLiteral("whole");
    QTest::newRow("a unit of area measures a superficie")
        << QStringLiteral("Au total, 4,35 millions d'hectares ont été emblavés.")
        << QStringLiteral("4,35 millions") << QStringLiteral("superficie") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a complement that names the owner's kind is no part of the measure")
        << QStringLiteral("Les ventes de la marque Dacia sont en baisse de 20,9 %.")
        << QStringLiteral("20,9 %") << QStringLiteral("vente") << QStringLiteral("Dacia")
        << QStringLiteral("change");
    QTest::newRow("nor a place's kind with its name")
        << QStringLiteral("Les recettes de la ville de Fès ont augmenté de 5 %.") << QStringLiteral("5 %")
        << QStringLiteral("recette") << QStringLiteral("Fès") << QStringLiteral("change");
    QTest::newRow("what subscribers subscribe to, after the figure")
        << QStringLiteral("On compte 4,02 millions d'abonnés à l'internet fixe.")
        << QStringLiteral("4,02 millions") << QStringLiteral("abonne internet fixe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("fixed and mobile is the whole") << QStringLiteral(
        "Plus de 45,30 millions d'abonnés à l'internet fixe (ADSL, FTTH) et mobile (3G et 4G) "
        "ont été enregistrés.") << QStringLiteral("45,30 millions")
                                                   << QStringLiteral("abonne internet") << QString()
                                                   << QStringLiteral("whole");
    QTest::newRow("a comparison's base naming only the head measures the figure before's")
        << QStringLiteral(
               "On compte 45,30 millions d'abonnés à l'internet fixe et mobile, contre 43,92 millions "
               "d'abonnés un trimestre plus tôt.")
        << QStringLiteral("43,92 millions") << QStringLiteral("abonne internet") << QString()
        << QStringLiteral("whole");
    QTest::newRow("subscribers named in the sentence before a pronoun, to a network")
        << QStringLiteral(
               "Le nombre d'abonnés au réseau internet poursuit sa hausse. Il a atteint 47,25 millions.")
        << QStringLiteral("47,25 millions") << QStringLiteral("abonne internet") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a clause with its own verb between commas is no apposition of the person before")
        << QStringLiteral(
               "Selon les résultats communiqués par le ministre de l'Intérieur, Abdelouafi Laftit, le "
               "Rassemblement National des Indépendants (RNI) est arrivé en tête des élections, en "
               "remportant 97 sièges.")
        << QStringLiteral("97") << QStringLiteral("siege") << QStringLiteral("RNI")
        << QStringLiteral("whole");
    QTest::newRow("a name known by its acronym after a dateline's capitalised article")
        << QStringLiteral(
               "date 2021-09 Le Rassemblement National des Indépendants (RNI) est arrivé en tête des "
               "élections, en remportant 97 sièges.")
        << QStringLiteral("97") << QStringLiteral("siege") << QStringLiteral("RNI")
        << QStringLiteral("whole");
    QTest::newRow("a generic unit is no measure a paragraph goes on with")
        << QStringLiteral("En novembre, 54 503 unités ont été écoulées. La hausse atteint 7 %.")
        << QStringLiteral("7 %") << QString() << QString() << QStringLiteral("none");
    QTest::newRow("the last of a list of names the figure follows owns nothing")
        << QStringLiteral("Les livraisons des membres de l'APC, à savoir Asment Témara, Ciments de l'Atlas, "
                          "Ciments du Maroc et LafargeHolcim Maroc, ont progressé de 15,2 %.")
        << QStringLiteral("15,2 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("a name with its own et and acronym is no list")
        << QStringLiteral("Le PAM arrive deuxième, suivi du Mouvement Populaire (MP, 26 sièges), du Parti du "
                          "Progrès et du Socialisme (PPS, 20 sièges).")
        << QStringLiteral("20") << QStringLiteral("siege") << QStringLiteral("PPS")
        << QStringLiteral("whole");
    QTest::newRow("a unit's abbreviation in parentheses owns nothing")
        << QStringLiteral(
               "Les livraisons de ciment ont atteint 13,7 millions de tonnes (Mt), une augmentation "
               "de 9,45 % sur un an.")
        << QStringLiteral("9,45 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("an inverted verb opening a sentence is no name")
        << QStringLiteral("Viennent ensuite les volumes destinés au béton, qui ont totalisé 3,05 millions de "
                          "tonnes.")
        << QStringLiteral("3,05 millions") << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("to grow is a change")
        << QStringLiteral("Le bâtiment a vu sa consommation de ciment croître de 24,5 %.")
        << QStringLiteral("24,5 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("a cost in an amount stays a cost")
        << QStringLiteral("Le coût du programme a atteint 3 milliards de dirhams.")
        << QStringLiteral("3 milliards") << QStringLiteral("cout programme") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a figure after a fronted sur is a part of its whole")
        << QStringLiteral("Sur les 1 200 candidats inscrits, 800 ont été admis.") << QStringLiteral("800")
        << QStringLiteral("candidat") << QString() << QStringLiteral("part");
    QTest::newRow("a fronted sur without article")
        << QStringLiteral("En 2023, sur 155 109 candidats, 77 284 étaient admis.") << QStringLiteral("77 284")
        << QStringLiteral("candidat") << QString() << QStringLiteral("part");
    QTest::newRow("not a span of time")
        << QStringLiteral("Sur 12 mois, 1 200 emplois ont été créés.") << QStringLiteral("1 200")
        << QStringLiteral("emploi") << QString() << QStringLiteral("whole");
    QTest::newRow("so after the whole's noun alone")
        << QStringLiteral("Sur le nombre global d'abonnés, 3,94 millions étaient résidentiels.")
        << QStringLiteral("3,94 millions") << QString() << QString() << QStringLiteral("part");
    QTest::newRow("a figure in parentheses with nothing but when in them measures the one before")
        << QStringLiteral("Le nombre d'abonnés à l'internet fixe a dépassé les 4,02 millions (3,95 millions "
                          "au 30 juin 2021).")
        << QStringLiteral("3,95 millions") << QStringLiteral("abonne internet fixe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an item of a dont list with its own noun is a whole of it")
        << QStringLiteral(
               "Les recettes fiscales se situeraient à 320,1 MMDH, dont 139,3 MMDH des impôts directs "
               "et 137,8 MMDH des impôts indirects.")
        << QStringLiteral("137,8 MMDH") << QStringLiteral("impot indirect") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the energy sold is the energy consumed")
        << QStringLiteral("La consommation de basse tension a progressé de 5,9 %.") << QStringLiteral("5,9 %")
        << QStringLiteral("consommation basse tension") << QString() << QStringLiteral("change");
    QTest::newRow("the sales of a segment stay sales")
        << QStringLiteral("Les ventes du segment du câblage ont progressé de 20,8 %.")
        << QStringLiteral("20,8 %") << QStringLiteral("vente segment cablage") << QString()
        << QStringLiteral("change");
    QTest::newRow("taxes coming in") << QStringLiteral("Les rentrées fiscales ont progressé de 6,2 %.")
                                     << QStringLiteral("6,2 %") << QStringLiteral("recette fiscale")
                                     << QString() << QStringLiteral("change");
    QTest::newRow("a deficit is the State's")
        << QStringLiteral("Le déficit public a atteint 40,6 milliards de dirhams.")
        << QStringLiteral("40,6 milliards") << QStringLiteral("deficit") << QString()
        << QStringLiteral("whole");
    const QString aim = QStringLiteral(
        "Le déficit budgétaire devrait s'établir à 55,4 milliards de dirhams (MMDH) au titre de l'année "
        "prochaine, représentant 3% du produit intérieur brut (PIB).");
    QTest::newRow("an aim said again as a ratio to the GDP")
        << aim << QStringLiteral("3%") << QStringLiteral("deficit budgetaire") << QString()
        << QStringLiteral("target");
    QTest::newRow("a change said after an aim stays a change")
        << QStringLiteral(
               "En 2021/2022, le Maroc pourrait expédier 630 000 tonnes d'agrumes, soit une hausse "
               "d'environ 10 % par rapport à la saison précédente.")
        << QStringLiteral("10 %") << QStringLiteral("agrume") << QStringLiteral("Maroc")
        << QStringLiteral("change");
    QTest::newRow("a category in quotation marks owns nothing")
        << QStringLiteral("Les prix ont augmenté de 0,4% pour la « Santé » et de 8,3% pour le « Transport ».")
        << QStringLiteral("8,3%") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("inflation is the change of prices")
        << QStringLiteral("L'inflation a atteint 6,2 % sur un an en février.") << QStringLiteral("6,2 %")
        << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("a price in percent is its change")
        << QStringLiteral("Le coût de l'énergie ralentit en février (14 % sur un an après 16,3 %).")
        << QStringLiteral("14 %") << QStringLiteral("prix energie") << QString() << QStringLiteral("change");
    QTest::newRow("what becomes dearer has a price")
        << QStringLiteral("Les produits alimentaires se sont renchéris en février de 14,5 % sur un an.")
        << QStringLiteral("14,5 %") << QStringLiteral("prix alimentation") << QString()
        << QStringLiteral("change");
    QTest::newRow("a complement in quotation marks")
        << QStringLiteral("En revanche, les prix des « poissons et fruits de mer » ont diminué de 1 %.")
        << QStringLiteral("1 %") << QStringLiteral("prix poisson") << QString() << QStringLiteral("change");
    QTest::newRow("each item of a list of complements")
        << QStringLiteral(
               "La hausse concerne les prix des « légumes » (17,8 %), des « fruits » (5,7 %) et de "
               "la « viande » (4,3 %).")
        << QStringLiteral("5,7 %") << QStringLiteral("prix fruit") << QString() << QStringLiteral("change");
    QTest::newRow("the last item of a list of complements")
        << QStringLiteral("Elle est due à l'accélération des prix de l'alimentation (+14,8 % après +13,3 %), "
                          "des services (+3 % après +2,6 %) et des produits manufacturés (+4,7 %).")
        << QStringLiteral("+4,7 %") << QStringLiteral("prix produit manufacture") << QString()
        << QStringLiteral("change");
    QTest::newRow("the harmonised index is another index")
        << QStringLiteral("L'indice des prix à la consommation harmonisé a augmenté de 7,3 % sur un an.")
        << QStringLiteral("7,3 %") << QStringLiteral("prix harmonise") << QString()
        << QStringLiteral("change");
    QTest::newRow("an acronym the article defines stands for its phrase")
        << QStringLiteral(
               "L'indice des prix à la consommation (IPC) a augmenté de 7,1 % en février. Sur un an, "
               "l'IPC a augmenté de 10,1 %.")
        << QStringLiteral("10,1 %") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("not a source in parentheses")
        << QStringLiteral("Le taux de chômage a atteint 13 % (HCP). Le HCP compte 12 agents.")
        << QStringLiteral("12") << QStringLiteral("agent") << QString() << QStringLiteral("whole");
    QTest::newRow("a change listed after the names it is of, past a superlative")
        << QStringLiteral(
               "Au niveau des régions, le HCP a constaté que la plus forte augmentation de l'IPC a "
               "été enregistrée à Al-Hoceima (2,6 %), Safi (2,5 %) et Settat (2,3 %).")
        << QStringLiteral("2,5 %") << QStringLiteral("ipc") << QStringLiteral("Safi")
        << QStringLiteral("change");
    QTest::newRow("a count's base at another time counts what it counts")
        << QStringLiteral("Le marché a eu droit à une parenthèse enchantée, avec 1.751 ventes, contre 1.383 "
                          "transactions en novembre 2022.")
        << QStringLiteral("1.383") << QStringLiteral("vente") << QString() << QStringLiteral("whole");
    QTest::newRow("not a base that is no time")
        << QStringLiteral("Le pays a reçu 1.751 touristes, contre 1.383 croisiéristes à Tanger.")
        << QStringLiteral("1.383") << QStringLiteral("croisieriste") << QStringLiteral("Tanger")
        << QStringLiteral("whole");
    QTest::newRow("a party's acronym wins past an apposition")
        << QStringLiteral(
               "Le Parti du progrès et socialisme (PPS), allié des islamistes, a décroché 12 sièges.")
        << QStringLiteral("12") << QStringLiteral("siege") << QStringLiteral("PPS")
        << QStringLiteral("whole");
    QTest::newRow("a name's acronym past its capitals joined by et du")
        << QStringLiteral("Le RNI est suivi du Parti de la Justice et du Développement (PJD, 12 sièges).")
        << QStringLiteral("12") << QStringLiteral("siege") << QStringLiteral("PJD")
        << QStringLiteral("whole");
    QTest::newRow("a bare rate of a subject that is an execution")
        << QStringLiteral("La charge de compensation a baissé, notant que le rythme d'exécution des dépenses "
                          "d'investissement a ralenti avec un taux de 94 % contre 96 %.")
        << QStringLiteral("94 %") << QStringLiteral("realisation depense investissement") << QString()
        << QStringLiteral("whole");
    // Cases are a count of their own, of the article's topic whatever their complement.
    QTest::newRow("cases after a count of deaths") << QStringLiteral(
        "Dans la région de Casablanca-Settat, 624 cas et 1 décès ont été notifiés avec une "
        "baisse de 16,9 %. Au niveau de la région de Fès-Meknès, 713 cas ont été enregistrés.")
                                                   << QStringLiteral("713") << QStringLiteral("cas")
                                                   << QStringLiteral("Fès-Meknès") << QStringLiteral("whole");
    QTest::newRow("cases of a disease are cases")
        << QStringLiteral("Au total, 807 cas de rougeole ont été enregistrés dans la région de Rabat.")
        << QStringLiteral("807") << QStringLiteral("cas") << QStringLiteral("Rabat")
        << QStringLiteral("whole");
    QTest::newRow("a change of cases of a disease is of cases")
        << QStringLiteral(
               "Au total, 807 cas ont été enregistrés, soit une hausse de 2,2 % des cas de rougeole.")
        << QStringLiteral("2,2 %") << QStringLiteral("cas") << QString() << QStringLiteral("change");
    QTest::newRow("cases of a noun the article counts by are of it")
        << QStringLiteral("On compte 3 décès. Les données du ministère font état de 6 cas de décès "
                          "au niveau national.")
        << QStringLiteral("6") << QStringLiteral("mort") << QString() << QStringLiteral("whole");
    QTest::newRow("not cases when the sentence names the number of what they are")
        << QStringLiteral("Le nombre de blessés graves a tendance à se stabiliser avec 16 936 cas observés.")
        << QStringLiteral("16 936") << QStringLiteral("blesse grave") << QString() << QStringLiteral("whole");
    QTest::newRow("a change in parentheses before its complement is no share")
        << QStringLiteral("La région a enregistré la plus forte baisse (-35,2%) des cas qui se sont chiffrés "
                          "à 118.")
        << QStringLiteral("-35,2%") << QStringLiteral("cas") << QString() << QStringLiteral("change");
    QTest::newRow("new ones of a span of days are the span's count")
        << QStringLiteral("Selon le bilan couvrant la période du 17 au 23 février 2025, 2.863 nouvelles "
                          "infections ont été recensées.")
        << QStringLiteral("2.863") << QStringLiteral("cas") << QString() << QStringLiteral("whole");
    QTest::newRow("new cases are cases")
        << QStringLiteral("Covid-19 : 51 nouveaux cas et deux décès au Maroc.") << QStringLiteral("51")
        << QStringLiteral("cas") << QStringLiteral("Maroc") << QStringLiteral("whole");
    QTest::newRow("new members of a stock are an increment, whatever the span")
        << QStringLiteral("Au cours de la semaine, 12.000 nouveaux abonnés ont été enregistrés.")
        << QStringLiteral("12.000") << QStringLiteral("abonne") << QString() << QStringLiteral("increment");
    QTest::newRow("not an item of a dont list, a clause of its own")
        << QStringLiteral("En 2025, plus de 25 000 cas ont été signalés, dont 13 706 cas confirmés en "
                          "laboratoire, et 184 personnes sont décédées.")
        << QStringLiteral("184") << QStringLiteral("mort") << QString() << QStringLiteral("whole");
    QTest::newRow("an aim a plan reaches for, not a change's result")
        << QStringLiteral(
               "Ce plan comprend le renforcement de la vaccination pour atteindre une couverture de "
               "plus de 95 % avec deux doses.")
        << QStringLiteral("95 %") << QStringLiteral("couverture") << QString() << QStringLiteral("target");
    QTest::newRow("not a share of cases, how often")
        << QStringLiteral(
               "Dans les deux tiers des établissements visités, un complément est réclamé. Dans la "
               "moitié des cas, ce complément dépasse 3 000 dirhams.")
        << QStringLiteral("la moitié") << QStringLiteral("part etablissement") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a bare rate right after a sentence with no figure is of its subject")
        << QStringLiteral("L'inflation poursuit sa stabilisation en Tunisie. En octobre 2020, le taux a "
                          "atteint 5,4 %.")
        << QStringLiteral("5,4 %") << QStringLiteral("prix") << QStringLiteral("Tunisie")
        << QStringLiteral("change");
    // A rate of nothing named, in a sentence after a count's: the one rate the article named.
    QTest::newRow("a bare rate after a count is the one rate the article named") << QStringLiteral(
        "Le taux de réussite est de 55,88 %. Le nombre d'élèves était de 709 448, dont 40 % "
        "de candidats libres. Au classement, les mathématiques viennent en tête avec un taux de "
        "78,61 %.") << QStringLiteral("78,61 %") << QStringLiteral("taux reussite")
                                                                                 << QString()
                                                                                 << QStringLiteral("whole");
    QTest::newRow("not a bare rate a count gives in its sentence")
        << QStringLiteral("Le taux de réussite est de 55,88 %. Le pays compte 709 448 élèves, dont 40 % de "
                          "candidats libres. Le nombre d'élèves admis est de 300 000, soit un taux de 42 %.")
        << QStringLiteral("42 %") << QStringLiteral("part eleve admis") << QString()
        << QStringLiteral("whole");
    QTest::newRow("not a bare rate when the article named two")
        << QStringLiteral("Le taux de réussite est de 55,88 %. Le taux d'abandon est de 3 %.\n\nLe nombre "
                          "d'élèves était de 709 448, dont 40 % de candidats libres. Les filles arrivent en "
                          "tête avec un taux de 65 %.")
        << QStringLiteral("65 %") << QStringLiteral("eleve") << QString() << QStringLiteral("whole");
    QTest::newRow("a part of the world named with its direction")
        << QStringLiteral("Le trafic a progressé vers l'Amérique du Nord (+28 %).") << QStringLiteral("+28 %")
        << QStringLiteral("trafic") << QStringLiteral("Amérique du Nord") << QStringLiteral("change");
    QTest::newRow("a share of the votes is the one person's the sentence names")
        << QStringLiteral("Abdelmadjid Tebboune, président de la République, a prêté serment suite à sa "
                          "victoire avec 84,30 % des suffrages exprimés.")
        << QStringLiteral("84,30 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a percentage whose noun is a person's title measures the paragraph's")
        << QStringLiteral(
               "Abdelkader Bengrina est arrivé deuxième avec 17,38 % des suffrages. Le candidat du "
               "parti Talaie El Hourriyet, Ali Benflis, est arrivé troisième avec 10,55 %.")
        << QStringLiteral("10,55 %") << QStringLiteral("part voix") << QStringLiteral("Ali Benflis")
        << QStringLiteral("whole");
    QTest::newRow("values side by side in parentheses after coordinated items")
        << QStringLiteral("Les hausses concernaient les prix des « fruits » (5,7 %), du « lait » et des "
                          "« fromages et œufs » (2 %, 3 %).")
        << QStringLiteral("3 %") << QString() << QString() << QStringLiteral("none");
    QTest::newRow("not one value in parentheses")
        << QStringLiteral("Les recettes (+12 %) et les dépenses (+5 %) ont progressé.")
        << QStringLiteral("+5 %") << QStringLiteral("depense") << QString() << QStringLiteral("change");
    QTest::newRow("a change in a que clause after another figure is of its subject")
        << QStringLiteral(
               "Le taux d'inflation annuel moyen en 2022 est de +9,7 %, ajoute la source qui indique "
               "que « l'inflation sous-jacente s'est appréciée de 0,2 % en rythme mensuel ».")
        << QStringLiteral("0,2 %") << QStringLiteral("inflation sous-jacente") << QString()
        << QStringLiteral("change");
    QTest::newRow("respectively, coordinated complements of one head")
        << QStringLiteral("Les débarquements du thon et d'espadon ont augmenté respectivement de 6 % et 2 %.")
        << QStringLiteral("2 %") << QStringLiteral("debarquement espadon") << QString()
        << QStringLiteral("change");
    QTest::newRow("respectively, a list of complements of one head") << QStringLiteral(
        "Les exportations de phosphates, d'engrais et d'acide ont progressé respectivement de 5 "
        "%, 8 % et 3 %.") << QStringLiteral("8 %") << QStringLiteral("exportation engrais")
                                                                     << QString() << QStringLiteral("change");
    QTest::newRow("an acronym opening a contrast owns its clause's figure") << QStringLiteral(
        "En novembre, Citroën a marqué le pas, tandis que DS a conclu ce mois sur une hausse "
        "de 2,1 % des immatriculations.") << QStringLiteral("2,1 %") << QStringLiteral("immatriculation")
                                                                            << QStringLiteral("DS")
                                                                            << QStringLiteral("change");
    QTest::newRow("not an acronym that says")
        << QStringLiteral("À Casablanca, le chômage a reculé, alors que le HCP indique une hausse de 2 % du "
                          "chômage.")
        << QStringLiteral("2 %") << QStringLiteral("chomage") << QStringLiteral("Casablanca")
        << QStringLiteral("change");
    QTest::newRow("a demonstrative's bare head names its last phrase again")
        << QStringLiteral("La ministre a annoncé le taux de réussite au BAC pour cette année. Avec un léger "
                          "recul, ce taux est de 55,88% contre 56,07% en 2017.")
        << QStringLiteral("55,88%") << QStringLiteral("taux reussite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an adjective after the counted noun is part of it")
        << QStringLiteral("Les 40.628 bureaux de vote sont encadrés par 4000 bureaux centraux.")
        << QStringLiteral("4000") << QStringLiteral("bureau central") << QString() << QStringLiteral("whole");
    QTest::newRow("not a word that says it is more")
        << QStringLiteral("Le pays a ouvert 400 routes nouvelles en 2024.") << QStringLiteral("400")
        << QStringLiteral("route") << QString() << QStringLiteral("increment");
    QTest::newRow("a percentage in parentheses after a count is its share")
        << QStringLiteral("Le candidat Amadou Ba a obtenu 1.605.223 voix (35,79 %).")
        << QStringLiteral("35,79 %") << QStringLiteral("part voix") << QStringLiteral("Amadou Ba")
        << QStringLiteral("whole");
    QTest::newRow("a signed percentage in parentheses after a count is its change")
        << QStringLiteral("Marrakech a accueilli 2 millions de touristes (+12 %) en 2024.")
        << QStringLiteral("+12 %") << QStringLiteral("touriste") << QStringLiteral("Marrakech")
        << QStringLiteral("change");
    QTest::newRow("a percentage in parentheses with its own noun is not the count's")
        << QStringLiteral(
               "71,5 % des chômeurs sont dans cinq régions (24,4 % de chômeurs à Casablanca-Settat).")
        << QStringLiteral("24,4 %") << QStringLiteral("part chomeur") << QStringLiteral("Casablanca-Settat")
        << QStringLiteral("whole");
    QTest::newRow("a count said to represent a percentage")
        << QStringLiteral("Au total, 1 605 086 électeurs représentant un taux de 35,79 % ont voté pour lui.")
        << QStringLiteral("35,79 %") << QStringLiteral("part electeur") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a count said to correspond to a percentage, whatever the subject")
        << QStringLiteral("Le candidat du MSP, Hassani Cherif, a obtenu quelque 904642 voix, correspondant à "
                          "9,56 %.")
        << QStringLiteral("9,56 %") << QStringLiteral("part voix") << QStringLiteral("Hassani Cherif")
        << QStringLiteral("whole");
    QTest::newRow("each item of a list that repeats the change's complement is a change")
        << QStringLiteral(
               "Les recettes proviennent de l'augmentation des impôts directs de 4,7 %, des droits "
               "de douane de 9,6 % et des impôts indirects de 1,4 %.")
        << QStringLiteral("1,4 %") << QStringLiteral("impot indirect") << QString()
        << QStringLiteral("change");
    QTest::newRow("a list item with a verb is no item of the change")
        << QStringLiteral(
               "La hausse des impôts directs de 4,7 %, et les droits de douane représentent 9,6 %.")
        << QStringLiteral("9,6 %") << QStringLiteral("droit douane") << QString() << QStringLiteral("whole");
    QTest::newRow("'pour leur part' is an aside, not a share")
        << QStringLiteral("Le solde est ressorti à 2,1 milliards de dirhams. Pour leur part, les dépenses "
                          "d'investissement ont progressé de 16,7 %.")
        << QStringLiteral("16,7 %") << QStringLiteral("depense investissement") << QString()
        << QStringLiteral("change");
    QTest::newRow("a place whose name a speaker's word only begins owns its figure")
        << QStringLiteral("Le taux de participation à Dakar a atteint 61,3 %, a indiqué l'Observatoire "
                          "dakarois.")
        << QStringLiteral("61,3 %") << QStringLiteral("taux participation") << QStringLiteral("Dakar")
        << QStringLiteral("whole");
    QTest::newRow("what a person is at the head of owns nothing")
        << QStringLiteral("Le Conseil a confirmé l'élection de Diomaye Faye à la tête du Sénégal. Les "
                          "résultats publiés le confirment vainqueur de la présidentielle dès le premier "
                          "tour, avec 54,58 % des suffrages.")
        << QStringLiteral("54,58 %") << QString() << QStringLiteral("Diomaye Faye")
        << QStringLiteral("whole");
    QTest::newRow("complements coordinated after their head are all of the noun")
        << QStringLiteral(
               "Les recettes proviennent de l'augmentation des impôts directs de 4,7 % et des droits "
               "d'enregistrement et de timbre de 9,2 %.")
        << QStringLiteral("9,2 %") << QStringLiteral("droit enregistrement timbre") << QString()
        << QStringLiteral("change");
    QTest::newRow("a noun made on a reporting verb's stem is no verb")
        << QStringLiteral("La hausse des droits d'enregistrement de 9,6 % a surpris.")
        << QStringLiteral("9,6 %") << QStringLiteral("droit enregistrement") << QString()
        << QStringLiteral("change");
    QTest::newRow("a rate 'avec' after a change is no change") << QStringLiteral(
        "L'impôt sur les sociétés a enregistré une progression significative, avec un taux de "
        "réalisation de 92,1 %.") << QStringLiteral("92,1 %") << QString()
                                                               << QString() << QStringLiteral("whole");
    QTest::newRow("a relative's antecedent, past its acronym")
        << QStringLiteral("Les taxes ont progressé, à l'instar de la taxe sur la valeur ajoutée (TVA), qui a "
                          "progressé de 7,6 MMDH.")
        << QStringLiteral("7,6 MMDH") << QStringLiteral("taxe valeur ajoutee") << QString()
        << QStringLiteral("increment");
    QTest::newRow("not a time a relative follows")
        << QStringLiteral("Le flux net s'est établi à 5,5 MMDH, contre 30,9 MMDH l'année précédente, qui "
                          "comprenaient 25 MMDH d'emprunts extérieurs.")
        << QStringLiteral("25 MMDH") << QStringLiteral("emprunt exterieur") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a change a possessive points back with") << QStringLiteral(
        "Les dépenses ordinaires ont atteint 348,7 milliards de dirhams. Leur hausse de près "
        "de 40 milliards tient aux charges.") << QStringLiteral("40 milliards")
                                                            << QStringLiteral("depense ordinaire")
                                                            << QString() << QStringLiteral("increment");
    QTest::newRow("an adjective written before its noun in a complement")
        << QStringLiteral("Les ventes de l'énergie de basse tension ont progressé de 5,9 %.")
        << QStringLiteral("5,9 %") << QStringLiteral("consommation basse tension") << QString()
        << QStringLiteral("change");
    QTest::newRow("an amount's noun coordinated by 'ainsi que'")
        << QStringLiteral(
               "Les populations sinistrées bénéficient d'une aide mensuelle de 2.500 dirhams, ainsi que "
               "d'aides directes de l'État de 80.000 dirhams.")
        << QStringLiteral("80.000") << QStringLiteral("aide directe") << QStringLiteral("État")
        << QStringLiteral("whole");
    QTest::newRow("a list of ordinals before the noun is not its name") << QStringLiteral(
        "Les deuxième, troisième et quatrième versements ont totalisé plus de 2 milliards de "
        "dirhams.") << QStringLiteral("2 milliards") << QStringLiteral("versement")
                                                                        << QString()
                                                                        << QStringLiteral("whole");
    QTest::newRow("'la plupart des' names what it quantifies")
        << QStringLiteral("La plupart des marchés historiques ont atteint 12 millions de dirhams.")
        << QStringLiteral("12 millions") << QStringLiteral("marche historique") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a name that estimates a figure is its source")
        << QStringLiteral("L'Autorité l'estime à 6 millions, alors que la Cour constitutionnelle l'évalue à "
                          "plus de 11 millions de votants.")
        << QStringLiteral("11 millions") << QStringLiteral("votant") << QString() << QStringLiteral("whole");
    QTest::newRow("an adjective a sentence opens with is no place") << QStringLiteral(
        "Mauvaise nouvelle pour les ménages. Les prix de l'énergie ont augmenté de 16,3% sur "
        "un an.") << QStringLiteral("16,3%") << QStringLiteral("prix energie")
                                                                    << QString() << QStringLiteral("change");
    QTest::newRow("a participle a sentence opens with is no place")
        << QStringLiteral("Donnant plus de détails, le rapport note que les prix des fruits ont affiché une "
                          "hausse de 20%.")
        << QStringLiteral("20%") << QStringLiteral("prix fruit") << QString() << QStringLiteral("change");
    QTest::newRow("an imperative a sentence opens with is no place")
        << QStringLiteral("Soulignons que les exportations d'huile devraient rapporter 700 millions d'euros.")
        << QStringLiteral("700 millions") << QStringLiteral("exportation huile") << QString()
        << QStringLiteral("target");
    QTest::newRow("a capital after a possessive is a common noun")
        << QStringLiteral(
               "Par ailleurs, les candidats ont décroché leur Bac. Le taux de réussite est de 73%.")
        << QStringLiteral("73%") << QStringLiteral("taux reussite") << QString() << QStringLiteral("whole");
    QTest::newRow("a name after its reporting verb and a date is the source")
        << QStringLiteral(
               "La hausse des prix a atteint 6%, révèle dimanche 26 novembre l'Office national des "
               "statistiques (ONS).")
        << QStringLiteral("6%") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("an amount in parentheses after a list's item measures the item")
        << QStringLiteral(
               "La hausse résulte des ventes, des fonds de concours (1.929 MDH contre 1.496 MDH) et "
               "des recettes de monopoles (12.297 MDH contre 11.770 MDH).")
        << QStringLiteral("1.929 MDH") << QStringLiteral("fonds concours") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an amount in parentheses after a long item measures all its words")
        << QStringLiteral(
               "La hausse résulte des ventes, des recettes en atténuation des dépenses de la dette "
               "(1.421 MDH contre 379 MDH).")
        << QStringLiteral("1.421 MDH") << QStringLiteral("recette attenuation depense dette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a change whose clause names its subject is the subject's") << QStringLiteral(
        "Les tirages se sont élevés à 24,9 MMDH, tandis que les remboursements ont connu une "
        "forte augmentation de 86,2 %.") << QStringLiteral("86,2 %") << QStringLiteral("remboursement")
                                                                              << QString()
                                                                              << QStringLiteral("change");
    QTest::newRow("a change right after a figure, with no subject, is the figure's")
        << QStringLiteral("Le pays a reçu 11,35 millions de touristes, en hausse de 10 %.")
        << QStringLiteral("10 %") << QStringLiteral("touriste") << QString() << QStringLiteral("change");
    QTest::newRow("an acronym wins past the names of its own complement")
        << QStringLiteral("Le Parti justice et développement (PJD) du Premier ministre Abdelilah Benkirane a "
                          "obtenu 125 députés.")
        << QStringLiteral("125") << QStringLiteral("siege") << QStringLiteral("PJD")
        << QStringLiteral("whole");
    QTest::newRow("a candidate's party, in apposition, owns nothing")
        << QStringLiteral(
               "Aliou Mamadou Dia, candidat du parti de l'unité et du rassemblement (Pur) est arrivé "
               "en 3ème place avec 125 625 voix.")
        << QStringLiteral("125 625") << QStringLiteral("voix") << QStringLiteral("Aliou Mamadou Dia")
        << QStringLiteral("whole");
    QTest::newRow("a candidate's party, its acronym before a win, owns nothing")
        << QStringLiteral("Le vainqueur est suivi par Abdelaali Hassani Cherif, candidat du Mouvement de la "
                          "société pour la paix (MSP), qui a recueilli 940 642 voix.")
        << QStringLiteral("940 642") << QStringLiteral("voix") << QStringLiteral("Abdelaali Hassani Cherif")
        << QStringLiteral("whole");
    QTest::newRow("a title before the person it names owns nothing") << QStringLiteral(
        "Pour sa part, le candidat du Front des forces socialistes, Youcef Aouchiche, a obtenu "
        "122 146 voix.") << QStringLiteral("122 146") << QStringLiteral("voix")
                                                                     << QStringLiteral("Youcef Aouchiche")
                                                                     << QStringLiteral("whole");
    QTest::newRow("a person introduced with a role owns what they win")
        << QStringLiteral(
               "Abdelaali Hassani-Chérif, président du Mouvement de la Société pour la Paix (MSP), a "
               "ainsi obtenu 946.420 voix.")
        << QStringLiteral("946.420") << QStringLiteral("voix") << QStringLiteral("Abdelaali Hassani-Chérif")
        << QStringLiteral("whole");
    QTest::newRow("a place's change, naming nothing, opening a paragraph")
        << QStringLiteral("Marrakech et Agadir ont généré 60 % des nuitées totales.\n\nEn effet, Fès a "
                          "enregistré une baisse de 10 %, alors que Casablanca a connu une hausse de 5 %.")
        << QStringLiteral("10 %") << QStringLiteral("nuitee") << QStringLiteral("Fès")
        << QStringLiteral("change");
    QTest::newRow("a change that names no place nor noun measures nothing comparable")
        << QStringLiteral("Les arrivées ont atteint 2 millions.\n\nCes chiffres sont portés par une hausse "
                          "respective de 22 % et 16 %.")
        << QStringLiteral("22 %") << QString() << QString() << QStringLiteral("none");
    QTest::newRow("a name its acronym spells, though the article writes its word in lower case")
        << QStringLiteral("Son rival, le Parti authenticité et modernité (PAM, libéraux), qui a triplé son "
                          "score, a fini en obtenant 102 sièges.\n\nL'Istiqlal, le parti historique, a 46 "
                          "sièges.")
        << QStringLiteral("102") << QStringLiteral("siege") << QStringLiteral("PAM")
        << QStringLiteral("whole");
    QTest::newRow("the whole a part is set against is no one's")
        << QStringLiteral("Le PAM a obtenu 102 sièges sur un total de 395 sièges.") << QStringLiteral("395")
        << QStringLiteral("siege") << QString() << QStringLiteral("whole");
    QTest::newRow("an assembly the figure sits in owns nothing")
        << QStringLiteral("Le constat est terrible pour le Parti de la justice et du développement (PJD). Au "
                          "pouvoir depuis dix ans, cette formation a seulement douze députés dans la Chambre "
                          "des représentants.")
        << QStringLiteral("douze") << QStringLiteral("siege") << QStringLiteral("PJD")
        << QStringLiteral("whole");
    QTest::newRow("an acronym wins past an aside in parentheses")
        << QStringLiteral("Le PJD (qui dirige la coalition au pouvoir) a remporté 98 sièges.")
        << QStringLiteral("98") << QStringLiteral("siege") << QStringLiteral("PJD")
        << QStringLiteral("whole");
    QTest::newRow("whose figure 'pour' names after it")
        << QStringLiteral("Le PJD a eu 27 sièges contre 21 pour le PAM.") << QStringLiteral("21")
        << QStringLiteral("siege") << QStringLiteral("PAM") << QStringLiteral("whole");
    QTest::newRow("an acronym that 'has' the figure owns it")
        << QStringLiteral("Le PJD a eu 27 sièges contre 21 pour le PAM.") << QStringLiteral("27")
        << QStringLiteral("siege") << QStringLiteral("PJD") << QStringLiteral("whole");
    QTest::newRow("a coordinated clause after a figure has its own subject")
        << QStringLiteral("Les dépenses ordinaires ont été exécutées pour 92,1 % et les dépenses "
                          "d'investissement ont été émises pour 88,8 %.")
        << QStringLiteral("88,8 %") << QStringLiteral("realisation depense investissement") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a group's rate, named in the paragraph before")
        << QStringLiteral("Le taux d'activité a reculé à 43,5 % en 2024.\n\nLes jeunes ont perdu 2,3 points "
                          "(passant de 30,1 % à 27,8 %).")
        << QStringLiteral("30,1 %") << QStringLiteral("taux activite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("no rate named: what the subject is")
        << QStringLiteral("Les exportations ont progressé de 2,3 points en 2024.")
        << QStringLiteral("2,3 points") << QStringLiteral("exportation") << QString()
        << QStringLiteral("change");
    QTest::newRow("a change's comparison base, past an adverb")
        << QStringLiteral("Les ventes, dont la progression a atteint 12 %, contre seulement 3 % pour les "
                          "services, ont soutenu la croissance.")
        << QStringLiteral("3 %") << QStringLiteral("vente") << QString() << QStringLiteral("change");
    QTest::newRow("an acronym that wins the figure owns it")
        << QStringLiteral("Il est suivi du Parti Authenticité et Modernité (PAM) qui a obtenu 82 sièges.")
        << QStringLiteral("82") << QStringLiteral("siege") << QStringLiteral("PAM")
        << QStringLiteral("whole");
    QTest::newRow("a name's acronym right before the figure owns it")
        << QStringLiteral("Le PJD arrive en tête, suivi du Parti authenticité et modernité (PAM) 102 sièges.")
        << QStringLiteral("102") << QStringLiteral("siege") << QStringLiteral("PAM")
        << QStringLiteral("whole");
    QTest::newRow("a verb in the conditional projects its figure")
        << QStringLiteral("Les recettes fiscales se situeraient à 320,1 milliards de dirhams.")
        << QStringLiteral("320,1 milliards") << QStringLiteral("recette fiscale") << QString()
        << QStringLiteral("target");
    QTest::newRow("the press's hedge on a past figure is no aim")
        << QStringLiteral("Les recettes fiscales auraient atteint 320,1 milliards de dirhams.")
        << QStringLiteral("320,1 milliards") << QStringLiteral("recette fiscale") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a performance judged good is a change")
        << QStringLiteral("La hausse est portée par le bon comportement de la production de 10,3 %.")
        << QStringLiteral("10,3 %") << QStringLiteral("production") << QString() << QStringLiteral("change");
    QTest::newRow("a behaviour alone is no change")
        << QStringLiteral("Le comportement des ménages représente 40 % des achats.") << QStringLiteral("40 %")
        << QStringLiteral("comportement menage") << QString() << QStringLiteral("whole");
    QTest::newRow("a person's title names no owner")
        << QStringLiteral(
               "Les électeurs ont élu Abdelmadjid Tebboune, président de la République algérienne. "
               "Le taux de participation a atteint 46,10 %.")
        << QStringLiteral("46,10 %") << QStringLiteral("taux participation") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an acronym wins past a complement") << QStringLiteral(
        "Le Parti de la justice et du développement (PJD) a remporté les législatives au Maroc "
        "en obtenant 125 sièges au parlement.") << QStringLiteral("125")
                                                       << QStringLiteral("siege") << QStringLiteral("PJD")
                                                       << QStringLiteral("whole");
    QTest::newRow("the winner said with a noun")
        << QStringLiteral("Le PJD vainqueur avec 125 sièges.") << QStringLiteral("125")
        << QStringLiteral("siege") << QStringLiteral("PJD") << QStringLiteral("whole");
    QTest::newRow("a source's acronym wins nothing")
        << QStringLiteral(
               "Selon l'ANIE, Abdelmadjid Tebboune remporte le scrutin avec plus de 4 millions de voix.")
        << QStringLiteral("4 millions") << QStringLiteral("voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a name is known by its acronym")
        << QStringLiteral("Le Rassemblement National des Indépendants (RNI) est arrivé en tête des élections "
                          "organisées, mercredi, en remportant 97 sièges.")
        << QStringLiteral("97") << QStringLiteral("siege") << QStringLiteral("RNI")
        << QStringLiteral("whole");
    QTest::newRow("not the acronym of a longer name the name ends")
        << QStringLiteral("La situation des charges et ressources du Trésor (SCRT) dégage un déficit de 50,6 "
                          "milliards de dirhams.")
        << QStringLiteral("50,6 milliards") << QStringLiteral("deficit") << QStringLiteral("Trésor")
        << QStringLiteral("whole");
    QTest::newRow("a name of one capital before its figure in brackets, after a rank")
        << QStringLiteral("Le PJD a obtenu 46 sièges, suivi par le Rassemblement national des indépendants "
                          "(37 sièges).")
        << QStringLiteral("37") << QStringLiteral("siege")
        << QStringLiteral("Rassemblement national des indépendants") << QStringLiteral("whole");
    QTest::newRow("a verb ends a name before brackets")
        << QStringLiteral("Les villes du Royaume abritent environ les trois quarts (72,4 %) des actifs.")
        << QStringLiteral("72,4 %") << QStringLiteral("part actif") << QStringLiteral("Royaume")
        << QStringLiteral("whole");
    QTest::newRow("figures that rank a name are not its source")
        << QStringLiteral("Les chiffres annoncés placent Bassirou Diomaye Faye en tête avec 2 434 751 voix.")
        << QStringLiteral("2 434 751") << QStringLiteral("voix") << QStringLiteral("Bassirou Diomaye Faye")
        << QStringLiteral("whole");
    QTest::newRow("an acronym in parentheses after its figure owns nothing")
        << QStringLiteral("Le Maroc a attiré 14,5 millions de touristes (ONMT) en 2023.")
        << QStringLiteral("14,5 millions") << QStringLiteral("touriste") << QStringLiteral("Maroc")
        << QStringLiteral("whole");
    QTest::newRow("a name goes on past an elided de")
        << QStringLiteral("Les exportations de la Côte d'Ivoire ont atteint 12 milliards de dollars.")
        << QStringLiteral("12 milliards") << QStringLiteral("exportation") << QStringLiteral("Côte d'Ivoire")
        << QStringLiteral("whole");
    QTest::newRow("a dateline's city and country own nothing")
        << QStringLiteral("Abidjan, Côte d’Ivoire, le 25-3-2024 (crocinfos.net)—Dimanche, 7,3 millions "
                          "d’électeurs se sont rendus aux urnes.")
        << QStringLiteral("7,3 millions") << QStringLiteral("electeur") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a dateline's country before a dash owns nothing")
        << QStringLiteral("ABIDJAN, Côte d'Ivoire - La production de cacao a atteint 2,2 millions de tonnes.")
        << QStringLiteral("2,2 millions") << QStringLiteral("production cacao") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an amount is no length of time")
        << QStringLiteral("La durée des aides d'urgence de 2.500 dirhams a été prolongée de cinq mois.")
        << QStringLiteral("2.500") << QStringLiteral("aide urgence") << QString() << QStringLiteral("whole");
    QTest::newRow("a length of time is its head's")
        << QStringLiteral("Le délai de paiement des fournisseurs a atteint 60 jours.") << QStringLiteral("60")
        << QStringLiteral("delai paiement fournisseur") << QString() << QStringLiteral("whole");
    QTest::newRow("a weekday opening the sentence owns nothing")
        << QStringLiteral("Dimanche, 7,3 millions d'électeurs se sont rendus aux urnes.")
        << QStringLiteral("7,3 millions") << QStringLiteral("electeur") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a percentage restating a count after soit is its share")
        << QStringLiteral(
               "Serigne Mboup a obtenu 16 049 voix soit 0,36 %, Pape Djibril Fall 18 304 voix soit "
               "0,41 %.")
        << QStringLiteral("0,41 %") << QStringLiteral("part voix") << QStringLiteral("Pape Djibril Fall")
        << QStringLiteral("whole");
    QTest::newRow("a percentage after soit and a rate head is the count's share")
        << QStringLiteral("Abdelmadjid Tebboune a obtenu 7 976 291 voix, soit un taux de 84,3 %.")
        << QStringLiteral("84,3 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a bare rate naming its whole after the figure is that whole's share")
        << QStringLiteral("Abdelmadjid Tebboune l'emporte avec un taux de 58,15 % des suffrages exprimés.")
        << QStringLiteral("58,15 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a title in Title Case reads its common words in lower case")
        << QStringLiteral("Tebboune Réélu Avec 84,30 % Des Voix. Tebboune a obtenu plus de voix que prévu, "
                          "avec une avance sur ses concurrents.")
        << QStringLiteral("84,30 %") << QStringLiteral("part voix") << QStringLiteral("Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a bare rate a verb of winning gives is a share of the votes")
        << QStringLiteral("Ainsi, c'est le candidat Abdelmadjid Tebboune qui a remporté ce scrutin avec un "
                          "taux de 58 %.")
        << QStringLiteral("58 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a bare score a ranked candidate is given is a share of the votes")
        << QStringLiteral("Amadou Ba, arrivé deuxième (2e) à l'issue de ce scrutin avec un score de 35,79 %.")
        << QStringLiteral("35,79 %") << QStringLiteral("part voix") << QStringLiteral("Amadou Ba")
        << QStringLiteral("whole");
    QTest::newRow("a share is the one proclaimed's, not the proclaimer's")
        << QStringLiteral("La Cour constitutionnelle vient de proclamer officiellement, samedi, Abdelmadjid "
                          "Tebboune, président de la République, pour un second mandat avec 84,30 % des "
                          "suffrages exprimés.")
        << QStringLiteral("84,30 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a share is the person's a passive of winning names after it")
        << QStringLiteral("Le taux (84,30 %) des suffrages exprimés obtenus par le candidat libre, "
                          "Abdelmadjid Tebboune, confirme sa victoire.")
        << QStringLiteral("84,30 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("a share of a person's title is the person's the sentence before names")
        << QStringLiteral("L'institution a proclamé Abdelmadjid Tebboune président. Le chef de l'Etat "
                          "sortant est réélu pour un second mandat avec un score de 84,3 % des suffrages "
                          "exprimés.")
        << QStringLiteral("84,3 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("the votes won are the one person's the sentence names")
        << QStringLiteral("Les résultats confirment la victoire de Abdelmadjid Tebboune, président de la "
                          "République, mais cette fois avec plus de voix (7 776 291 voix) que lors du "
                          "premier comptage.")
        << QStringLiteral("7 776 291") << QStringLiteral("voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("an estimate measures what the paragraph measures") << QStringLiteral(
        "Sur un mois, le taux de chômage a été revu à la hausse, à 13 %, contre une première "
        "estimation de 12,9 %.") << QStringLiteral("12,9 %") << QStringLiteral("taux chomage")
                                                                      << QString() << QStringLiteral("whole");
    QTest::newRow("subscribers count with what they subscribe to")
        << QStringLiteral(
               "Au 30 septembre, le nombre d'abonnés à l'internet fixe a dépassé les 4,02 millions.")
        << QStringLiteral("4,02 millions") << QStringLiteral("abonne internet fixe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a verb in the future ends the noun")
        << QStringLiteral("Il est prévu que le nombre d'abonnements atteindra 2 millions en 2023.")
        << QStringLiteral("2 millions") << QStringLiteral("abonnement") << QString()
        << QStringLiteral("target");
    QTest::newRow("the last of a title's coordinated complements owns nothing")
        << QStringLiteral(
               "Ce chiffre est en deçà des attentes d'Abdourahmane Diouf, ministre de l'Enseignement "
               "supérieur, de la Recherche et de l'Innovation, qui espérait 80 000 admis.")
        << QStringLiteral("80 000") << QStringLiteral("admis") << QString() << QStringLiteral("target");
    QTest::newRow("a subject's title's complements own nothing")
        << QStringLiteral("La ministre de la Solidarité, de l'Insertion sociale et de la Famille, Naïma Ben "
                          "Yahia, a indiqué que 3,9 millions de ménages bénéficient de l'aide.")
        << QStringLiteral("3,9 millions") << QStringLiteral("menage") << QString() << QStringLiteral("whole");
    QTest::newRow("names coordinated in a list lend no owner to the sentences after")
        << QStringLiteral(
               "Les académies de Toulouse, Rennes et Martinique se démarquent. En 2022, le taux de "
               "réussite a légèrement diminué à 91,1 %.")
        << QStringLiteral("91,1 %") << QStringLiteral("taux reussite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the first of the names the sentence before lists")
        << QStringLiteral("Les villes de Marrakech, Agadir et Casablanca arrivent en tête. « La première va "
                          "terminer l'année en dépassant les deux millions de visiteurs », a-t-il affirmé.")
        << QStringLiteral("deux millions") << QStringLiteral("visiteur") << QStringLiteral("Marrakech")
        << QStringLiteral("target");
    QTest::newRow("a count in units counts its subject")
        << QStringLiteral("Les ventes de voitures ont atteint 160.000 unités en 2023.")
        << QStringLiteral("160.000") << QStringLiteral("vente voiture") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the state of progress of the works is their progress")
        << QStringLiteral("L'état d'avancement des travaux a atteint 91,33 %.") << QStringLiteral("91,33 %")
        << QStringLiteral("avancement") << QString() << QStringLiteral("whole");
    QTest::newRow("a share restating a count is the count's owner's")
        << QStringLiteral(
               "Abdelaali Hassani-Chérif, président du Mouvement de la Société pour la Paix (MSP), a "
               "ainsi obtenu 946.420 voix, soit 9,56 %.")
        << QStringLiteral("9,56 %") << QStringLiteral("part voix")
        << QStringLiteral("Abdelaali Hassani-Chérif") << QStringLiteral("whole");
    QTest::newRow("respectively, figures given in pairs of a count and its share")
        << QStringLiteral(
               "Khalifa Ababacar Sall et Idrissa Seck arrivent respectivement à la 4ème et 5ème places "
               "avec respectivement 69 760 voix soit 1,56% et 40 286 voix soit 0,90%.")
        << QStringLiteral("1,56%") << QStringLiteral("part voix") << QStringLiteral("Khalifa Ababacar Sall")
        << QStringLiteral("whole");
    QTest::newRow("respectively, names listed in order past an apposition")
        << QStringLiteral("L’Istiqlal, le parti historique de la lutte pour l’indépendance, puis le "
                          "Rassemblement national des indépendants (RNI), arrivent en troisième et "
                          "quatrième position avec respectivement 45 et 37 députés.")
        << QStringLiteral("45") << QStringLiteral("siege") << QStringLiteral("Istiqlal")
        << QStringLiteral("whole");
    QTest::newRow("respectively, a plural pronoun for the names the sentence before ends on")
        << QStringLiteral("Selon les résultats provisoires, le Rassemblement national des indépendants (RNI) "
                          "arrive en tête, suivi du Parti Authenticité et modernité (PAM) et du Parti de "
                          "l'Istiqlal (PI). Les deux premiers appartiennent à la tendance libérale, le "
                          "troisième au centre droit. Ils obtiennent respectivement 97, 82 et 78 sièges.")
        << QStringLiteral("82") << QStringLiteral("siege") << QStringLiteral("PAM")
        << QStringLiteral("whole");
    QTest::newRow("a name whose capitals come back before its acronym is known by it")
        << QStringLiteral("Le Parti de l’Union socialiste des Forces populaires (USFP, opposition de gauche) "
                          "a remporté 20 sièges.")
        << QStringLiteral("20") << QStringLiteral("siege") << QStringLiteral("USFP")
        << QStringLiteral("whole");
    QTest::newRow("an institution's adjectives in -iste and in the plural are its name's")
        << QStringLiteral("Suivent le Mouvement populaire (27 sièges) et l’Union socialiste des forces "
                          "populaires (20 sièges).")
        << QStringLiteral("20") << QStringLiteral("siege")
        << QStringLiteral("Union socialiste des forces populaires") << QStringLiteral("whole");
    QTest::newRow("core inflation is its own measure, its base no frame")
        << QStringLiteral("L’inflation de base a augmenté de 0,8% au cours du même mois, selon le HCP.")
        << QStringLiteral("0,8%") << QStringLiteral("inflation base") << QString()
        << QStringLiteral("change");
    QTest::newRow("a participle in -tant after the noun is no part of it")
        << QStringLiteral(
               "Le trafic transitant par les ports a atteint 31,3 millions de tonnes à fin avril 2020.")
        << QStringLiteral("31,3 millions") << QStringLiteral("trafic") << QString()
        << QStringLiteral("whole");
    QTest::newRow("ce dernier wins, past an incise that ends on another name")
        << QStringLiteral("Le poulain du leader du parti Pastef largue à la deuxième place le candidat de la "
                          "coalition présidentielle, Amadou Ba. Ce dernier obtient, comme dans les résultats "
                          "provisoires proclamés par la Commission, présidée par le Premier président de la "
                          "Cour d’appel de Dakar, Amady Diouf, 1 605 086 voix, soit 35,79%.")
        << QStringLiteral("35,79%") << QStringLiteral("part voix") << QStringLiteral("Amadou Ba")
        << QStringLiteral("whole");
    QTest::newRow("cette dernière, past an auxiliary, wins")
        << QStringLiteral("La candidate du parti, Aminata Touré, est deuxième. Cette dernière a ainsi obtenu "
                          "1 605 086 voix, soit 35,79%.")
        << QStringLiteral("35,79%") << QStringLiteral("part voix") << QStringLiteral("Aminata Touré")
        << QStringLiteral("whole");
    QTest::newRow("a percentage right after avec that a winner is given is a share of the votes")
        << QStringLiteral("Au Sénégal, l'opposant Bassirou Diomaye Faye est sorti vainqueur du scrutin avec "
                          "54,28 %, suivi du candidat Amadou Ba avec 35,79 %.")
        << QStringLiteral("35,79 %") << QStringLiteral("part voix") << QStringLiteral("Amadou Ba")
        << QStringLiteral("whole");
    QTest::newRow("what was invested, not its currency")
        << QStringLiteral("OCP a investi 9,23 milliards de dirhams au deuxième trimestre.")
        << QStringLiteral("9,23 milliards") << QStringLiteral("investissement") << QStringLiteral("OCP")
        << QStringLiteral("whole");
    QTest::newRow("a change's result past its own figure is no aim") << QStringLiteral(
        "Les exportations ont augmenté de près de 21 pour cent pour atteindre 55,18 milliards de "
        "dirhams au cours des sept premiers mois de 2025.") << QStringLiteral("55,18 milliards")
                                                                     << QStringLiteral("exportation")
                                                                     << QString() << QStringLiteral("whole");
    QTest::newRow("countries listed with their articles lend no owner")
        << QStringLiteral(
               "La demande croît dans des pays comme le Brésil et l'Argentine. Le groupe a enregistré "
               "un chiffre d'affaires de 30,57 milliards de dirhams.")
        << QStringLiteral("30,57 milliards") << QStringLiteral("chiffre affaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a pronoun stands for the rubric before its sentence's colon")
        << QStringLiteral(
               "Chômage : au troisième trimestre, il recule à 13,2 %. Le chômage touche les jeunes.")
        << QStringLiteral("13,2 %") << QStringLiteral("chomage") << QString() << QStringLiteral("whole");
    QTest::newRow("a pronoun past a date that opens its clause")
        << QStringLiteral("Inflation : en février 2023 elle grimpe finalement à 6,3 %. L'inflation pèse.")
        << QStringLiteral("6,3 %") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("a person's coalition owns nothing of the person's figure")
        << QStringLiteral(
               "Au Sénégal, l'opposant Bassirou Diomaye Diakhar Faye de la coalition Diomaye Président "
               "est sorti vainqueur du scrutin avec 54,28 %, suivi du candidat Amadou Ba avec "
               "35,79 %.")
        << QStringLiteral("54,28 %") << QStringLiteral("part voix")
        << QStringLiteral("Bassirou Diomaye Diakhar Faye") << QStringLiteral("whole");
    QTest::newRow("suffrages are counted as voix")
        << QStringLiteral("Abdelmadjid Tebboune a recueilli 94,65 % des suffrages.")
        << QStringLiteral("94,65 %") << QStringLiteral("part voix") << QStringLiteral("Abdelmadjid Tebboune")
        << QStringLiteral("whole");
    QTest::newRow("an age is no part of what is counted")
        << QStringLiteral("Cinq régions abritent 72,8 % de l'ensemble des actifs âgés de 15 ans et plus.")
        << QStringLiteral("72,8 %") << QStringLiteral("part actif") << QString() << QStringLiteral("whole");
    QTest::newRow("an evolution's start towards an aim is no target")
        << QStringLiteral(
               "Le plan vise à faire passer le taux d'activité de 43,5 % en 2024 à 48 % d'ici 2030.")
        << QStringLiteral("43,5 %") << QStringLiteral("taux activite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the evolution's end is the target")
        << QStringLiteral(
               "Le plan vise à faire passer le taux d'activité de 43,5 % en 2024 à 48 % d'ici 2030.")
        << QStringLiteral("48 %") << QStringLiteral("taux activite") << QString() << QStringLiteral("target");
    QTest::newRow("a name that reports is a source, not an owner")
        << QStringLiteral("Le Quotidien Eco en fait le constat dans son édition du vendredi. « La perte de "
                          "86.000 postes de travail est inquiétante », indique le journal.")
        << QStringLiteral("86.000") << QStringLiteral("poste travail") << QString()
        << QStringLiteral("increment");
    QTest::newRow("the speaker's acronym is a source, not an owner")
        << QStringLiteral(
               "Selon l'Agence nationale de la statistique et de la démographie (Ansd), les prix à "
               "la consommation ont baissé de 1,0% en décembre 2022.")
        << QStringLiteral("1,0%") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("the agent of handling owns what it handles")
        << QStringLiteral(
               "Selon le bilan de l'autorité portuaire, le tonnage global traité par Tanger Med en "
               "2017 s'est établi à 51,3 millions de tonnes.")
        << QStringLiteral("51,3 millions") << QStringLiteral("tonnage") << QStringLiteral("Tanger Med")
        << QStringLiteral("whole");
    QTest::newRow("an institution named with its complement in lower case")
        << QStringLiteral("Les trains de l'Office national des chemins de fer ont transporté 45 millions de "
                          "voyageurs en 2022.")
        << QStringLiteral("45 millions") << QStringLiteral("voyageur")
        << QStringLiteral("Office national des chemins de fer") << QStringLiteral("whole");
    QTest::newRow("ressort ends a noun phrase")
        << QStringLiteral("Le chiffre d'affaires ressort en hausse de 9,9 % au premier trimestre.")
        << QStringLiteral("9,9 %") << QStringLiteral("chiffre affaire") << QString()
        << QStringLiteral("change");
    QTest::newRow("a name of a list in parentheses owns nothing") << QStringLiteral(
        "Le nombre des abonnements, tous opérateurs confondus (Tunisie Télécom, Ooredoo Tunisie, "
        "Orange Tunisie et Lycamobile) a atteint 16,4 millions.") << QStringLiteral("16,4 millions")
                                                                  << QStringLiteral("abonnement") << QString()
                                                                  << QStringLiteral("whole");
    QTest::newRow("what corresponds to the noun measured before") << QStringLiteral(
        "Le nombre de conteneurs traités a dépassé 3,3 millions d'EVP. Le tonnage correspondant "
        "est en évolution de 19 %.") << QStringLiteral("19 %") << QStringLiteral("tonnage conteneur")
                                                                  << QString() << QStringLiteral("change");
    QTest::newRow("the agent in an incise does not")
        << QStringLiteral("Le régime AMO Tadamon, financé par l'Etat, coûte 9,5 milliards de dirhams par an.")
        << QStringLiteral("9,5 milliards") << QStringLiteral("regime") << QStringLiteral("AMO Tadamon")
        << QStringLiteral("per_period");
    QTest::newRow("a name deep in the phrase selon opens is a source")
        << QStringLiteral("Selon une note de l'institution de Lahlimi, les prix ont augmenté de 1,7% en "
                          "février.")
        << QStringLiteral("1,7%") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("a demonstrative pronoun's complement, in parentheses")
        << QStringLiteral(
               "Cette hausse a concerné les ventes du segment de la construction (+56,2%) et celles "
               "du segment du câblage (+20,8%).")
        << QStringLiteral("+20,8%") << QStringLiteral("vente segment cablage") << QString()
        << QStringLiteral("change");
    QTest::newRow("a pronoun that does not agree with the noun before is not its")
        << QStringLiteral(
               "Cet allègement tient à la progression des recettes (+41,6 MMDH), plus importante que "
               "celle des dépenses globales (+40,8 MMDH).")
        << QStringLiteral("+40,8 MMDH") << QStringLiteral("depense") << QString()
        << QStringLiteral("increment");
    QTest::newRow("respectively, the second of the nouns coordinated")
        << QStringLiteral(
               "Les exportations et les importations ont progressé respectivement de 5,2% et 3,1% en "
               "2024.")
        << QStringLiteral("3,1%") << QStringLiteral("importation") << QString() << QStringLiteral("change");
    QTest::newRow("respectively, the first of the nouns coordinated") << QStringLiteral(
        "Le trafic du fret aérien et le mouvement aéroportuaire se sont accrus respectivement "
        "de 22,3% et 15,1%.") << QStringLiteral("22,3%") << QStringLiteral("trafic fret aerien")
                                                                      << QString()
                                                                      << QStringLiteral("change");
    QTest::newRow("respectively, a complement coordinated") << QStringLiteral(
        "Concernant le trafic du fret aérien et du mouvement aéroportuaire, ils se sont accrus "
        "respectivement de 22,3% et 15,1%.") << QStringLiteral("15,1%")
                                                            << QStringLiteral("mouvement aeroportuaire")
                                                            << QString() << QStringLiteral("change");
    QTest::newRow("\"Tel est\" opens a sentence, no owner")
        << QStringLiteral(
               "Tel est le bilan dressé après les quelque 2518 accidents survenus sur le territoire.")
        << QStringLiteral("2518") << QStringLiteral("accident") << QString() << QStringLiteral("whole");
    QTest::newRow("a sentence's connective adverb is no owner")
        << QStringLiteral("Néanmoins, le taux de réussite a atteint 51,54 % cette année.")
        << QStringLiteral("51,54 %") << QStringLiteral("taux reussite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a participle opening the sentence is no owner")
        << QStringLiteral("Citant, à ce propos, les taux de réussite de l'année 2015 (51,36%), la ministre "
                          "estime que c'est un bon taux.")
        << QStringLiteral("51,36%") << QStringLiteral("taux reussite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a name followed by a year is an edition's, no owner")
        << QStringLiteral("Le Bac 2023 enregistre un taux de réussite de 51,54 %.")
        << QStringLiteral("51,54 %") << QStringLiteral("taux reussite") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an average per year is a rate per period")
        << QStringLiteral("L'économie a connu une création annuelle moyenne de 60.000 emplois.")
        << QStringLiteral("60.000") << QString() << QString() << QStringLiteral("per_period");
    QTest::newRow("a title of the press is a source, not an owner")
        << QStringLiteral("Parmi les mesures, rappelle le magazine Challenge, se trouve une enveloppe de 12 "
                          "milliards de dirhams.")
        << QStringLiteral("12") << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("a coordination that leaves out its verb")
        << QStringLiteral("Les arrivées ont atteint 5,2 millions et les nuitées 12,4 millions en 2019.")
        << QStringLiteral("12,4 millions") << QStringLiteral("nuitee") << QString()
        << QStringLiteral("whole");
    QTest::newRow("its first figure")
        << QStringLiteral("Les arrivées ont atteint 5,2 millions et les nuitées 12,4 millions en 2019.")
        << QStringLiteral("5,2 millions") << QStringLiteral("arrivee") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a word the page shouts is no part of a name")
        << QStringLiteral("PARTAGER Casablanca-Settat rassemble 22,4 % des actifs en 2018.")
        << QStringLiteral("22,4 %") << QStringLiteral("part actif") << QStringLiteral("Casablanca-Settat")
        << QStringLiteral("whole");
    QTest::newRow("a flow's verb names it")
        << QStringLiteral("Le Maroc a importé pour près de 300 milliards de dirhams en 2016.")
        << QStringLiteral("300 milliards") << QStringLiteral("importation") << QStringLiteral("Maroc")
        << QStringLiteral("whole");
    QTest::newRow("a comparative in percent is a change")
        << QStringLiteral(
               "Les recettes ont atteint 70 milliards de dirhams en 2017, soit 8 % de moins qu'en 2016.")
        << QStringLiteral("8 %") << QStringLiteral("recette") << QString() << QStringLiteral("change");
    QTest::newRow("an acronym that changes is measured")
        << QStringLiteral("Le PIB a progressé de 3,2 % en 2023, après 1,3 % en 2022, selon Bank Al-Maghrib.")
        << QStringLiteral("3,2 %") << QStringLiteral("pib") << QString() << QStringLiteral("change");
    QTest::newRow("change of a count")
        << QStringLiteral("Les nuitées totales réalisées à Agadir ont enregistré une hausse de 8 % en 2019.")
        << QStringLiteral("8 %") << QStringLiteral("nuitee") << QStringLiteral("Agadir")
        << QStringLiteral("change");
    QTest::newRow("part") << QStringLiteral(
        "Le barrage Al Wahda retient 1,2 milliard de m³, dont 300 millions de m³ pour l'irrigation.")
                          << QStringLiteral("300 millions") << QString() << QStringLiteral("Al Wahda")
                          << QStringLiteral("part");
    QTest::newRow("respectively: the list's place")
        << QStringLiteral("Les arrivées en provenance de Rabat, de Fès et de Tanger ont connu des hausses de "
                          "8 %, 6 % et 15 % respectivement.")
        << QStringLiteral("6 %") << QString() << QStringLiteral("Fès") << QStringLiteral("change");
    QTest::newRow("respectively: the last of the list")
        << QStringLiteral("Les villes de Rabat et Fès ont respectivement accueilli 1,2 million et 900.000 "
                          "visiteurs.")
        << QStringLiteral("900.000") << QStringLiteral("visiteur") << QStringLiteral("Fès")
        << QStringLiteral("whole");
    QTest::newRow("no respectively: the nearest name")
        << QStringLiteral("Les arrivées de Rabat, de Fès et de Tanger ont progressé de 8 %, 6 % et 15 %.")
        << QStringLiteral("6 %") << QString() << QStringLiteral("Tanger") << QStringLiteral("change");
    QTest::newRow("an adjective in -ée before its complement")
        << QStringLiteral("La production privée d'énergie électrique s'est renforcée de 3,3 % à fin avril.")
        << QStringLiteral("3,3 %") << QStringLiteral("production privee electricite") << QString()
        << QStringLiteral("change");
    QTest::newRow("an adjective in -ée before the figure's parentheses")
        << QStringLiteral("La dynamique tient à la bonne tenue de la production privée (+52,5 %).")
        << QStringLiteral("+52,5 %") << QStringLiteral("production privee") << QString()
        << QStringLiteral("change");
    QTest::newRow("the change's own complement") << QStringLiteral(
        "La consommation a progressé de 0,9 %, grâce à une hausse des ventes de l'énergie de "
        "basse tension de 3,4 %.") << QStringLiteral("3,4 %")
                                                 << QStringLiteral("consommation basse tension") << QString()
                                                 << QStringLiteral("change");
    QTest::newRow("a change coordinated to the one before") << QStringLiteral(
        "La production intègre une hausse de 12,6 % de celle de l'opérateur public, de 37,8 % de celle "
        "des projets privés et de 3,3 % de la production concessionnelle.")
                                                            << QStringLiteral("3,3 %") << QString()
                                                            << QString() << QStringLiteral("change");
    QTest::newRow("de plus: an increment")
        << QStringLiteral("Cela équivaut à environ 33.000 chômeurs de plus au niveau national.")
        << QStringLiteral("33.000") << QStringLiteral("chomeur") << QString() << QStringLiteral("increment");
    QTest::newRow("de plus en plus: no increment")
        << QStringLiteral("Le pays compte 33.000 chômeurs de plus en plus jeunes.")
        << QStringLiteral("33.000") << QStringLiteral("chomeur") << QString() << QStringLiteral("whole");
    QTest::newRow("an elliptic increment")
        << QStringLiteral("Le nombre de chômeurs a augmenté de 156.000 personnes, 92.000 en milieu urbain et "
                          "64.000 en milieu rural.")
        << QStringLiteral("64.000") << QString() << QString() << QStringLiteral("increment");
    QTest::newRow("a change of only")
        << QStringLiteral(
               "L'année 2016 a connu une hausse annuelle de seulement 1,5% du nombre de touristes.")
        << QStringLiteral("1,5%") << QStringLiteral("touriste") << QString() << QStringLiteral("change");
    QTest::newRow("a place right after the figure")
        << QStringLiteral(
               "Les chômeurs sont concentrés dans cinq régions (24,4 % de chômeurs à Casablanca-Settat, "
               "16,1 % à Rabat-Salé-Kénitra, 10,2 % à Fès-Meknès).")
        << QStringLiteral("10,2 %") << QStringLiteral("part chomeur") << QStringLiteral("Fès-Meknès")
        << QStringLiteral("whole");
    QTest::newRow("sous emploi without its hyphen")
        << QStringLiteral("Le taux de sous emploi a atteint 9,7 % au niveau national.")
        << QStringLiteral("9,7 %") << QStringLiteral("taux sous-emploi") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a forecast frame")
        << QStringLiteral("Selon nos prévisions, nous allons dépasser la barre des 22 millions de nuitées et "
                          "générer des recettes en devise de 68 milliards de dirhams, contre 64,2 milliards.")
        << QStringLiteral("68 milliards") << QStringLiteral("recette") << QString()
        << QStringLiteral("target");
    QTest::newRow("a forecast's comparison base")
        << QStringLiteral(
               "Selon nos prévisions, nous allons générer des recettes en devise de 68 milliards de "
               "dirhams, contre 64,2 milliards l'an passé.")
        << QStringLiteral("64,2 milliards") << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("an increment coordinated past its qualifier")
        << QStringLiteral(
               "La ville a gagné plus de 763 224 visiteurs et plus de 2 817 431 nuitées en trois ans.")
        << QStringLiteral("2 817 431") << QStringLiteral("nuitee") << QString()
        << QStringLiteral("increment");
    QTest::newRow("a pronoun's antecedent in the sentence before")
        << QStringLiteral(
               "La situation s'est dégradée, le taux de chômage étant reparti à la hausse. Selon des "
               "chiffres rendus publics par le HCP, il est passé de 9,1 % à 9,3 %.")
        << QStringLiteral("9,3 %") << QStringLiteral("taux chomage") << QString() << QStringLiteral("whole");
    QTest::newRow("a change participle with its complement is no change")
        << QStringLiteral("Le contrôle renforcé des arrêts de travail de plus de 30 jours a rapporté gros.")
        << QStringLiteral("30 jours") << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("a unit is no owner")
        << QStringLiteral("La consommation a atteint 9 720 GWh, soit une hausse de 0,9 %.")
        << QStringLiteral("0,9 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("an adjective in -ique is no participle")
        << QStringLiteral("Elle intègre une hausse de 12,6% de la production de l’ONEE (+12,3% de la "
                          "production thermique à 2 712 GWh).")
        << QStringLiteral("+12,3%") << QStringLiteral("production thermique") << QString()
        << QStringLiteral("change");
    QTest::newRow("a unit of measure is not what is measured")
        << QStringLiteral("Concrètement, la récolte a atteint 50,6 millions de quintaux de blé tendre.")
        << QStringLiteral("50,6 millions") << QStringLiteral("ble tendre") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the source's department is no owner")
        << QStringLiteral("La production a progressé de 6,5%, selon la Direction des études, relevant du "
                          "ministère de l’Économie et des finances.")
        << QStringLiteral("6,5%") << QStringLiteral("production") << QString() << QStringLiteral("change");
    QTest::newRow("a rate of nothing named measures nothing")
        << QStringLiteral("Dans la région, le taux a atteint 9,7 % en 2018.") << QStringLiteral("9,7 %")
        << QString() << QString() << QStringLiteral("none");
    QTest::newRow("a share named by a demonstrative is the paragraph's")
        << QStringLiteral("Aujourd'hui, 92 % des dossiers sont remboursés en moins de 30 jours. En 2023, "
                          "cette proportion n'était que de 61 %.")
        << QStringLiteral("61 %") << QStringLiteral("dossier") << QString() << QStringLiteral("whole");
    QTest::newRow("a figure in parentheses measures what they follow")
        << QStringLiteral(
               "Le taux de réalisation atteint 61,8 %, en raison de la baisse des dépenses liées au "
               "gaz butane (8,3 MMDH).")
        << QStringLiteral("8,3 MMDH") << QStringLiteral("gaz butane") << QString() << QStringLiteral("whole");
    QTest::newRow("growth as the subject, a topic before a comma")
        << QStringLiteral("Côté croissance, la croissance du PIB est attendue à 5 % en 2025.")
        << QStringLiteral("5 %") << QStringLiteral("croissance") << QString() << QStringLiteral("target");
    QTest::newRow("increment") << QStringLiteral("La région a accueilli 12 000 nouveaux électeurs en 2021.")
                               << QStringLiteral("12 000") << QStringLiteral("electeur") << QString()
                               << QStringLiteral("increment");
    QTest::newRow("target") << QStringLiteral(
        "L'objectif est d'atteindre 52 % d'énergies renouvelables dans le mix électrique.")
                            << QStringLiteral("52 %") << QString() << QString() << QStringLiteral("target");
    QTest::newRow("per day") << QStringLiteral("La caisse traite 1 500 dossiers par jour.")
                             << QStringLiteral("1 500") << QStringLiteral("dossier") << QString()
                             << QStringLiteral("per_period");
    QTest::newRow("a topic opened by quant à, a change as a verb")
        << QStringLiteral("Quant à la consommation de l’énergie électrique, elle s’est appréciée de 0,9% à "
                          "fin avril 2018.")
        << QStringLiteral("0,9%") << QStringLiteral("consommation electricite") << QString()
        << QStringLiteral("change");
    QTest::newRow("a topic opened by pour ce qui est de")
        << QStringLiteral("Pour ce qui est de la production de ciment, elle a reculé de 3,2% en 2019.")
        << QStringLiteral("3,2%") << QStringLiteral("production ciment") << QString()
        << QStringLiteral("change");
    QTest::newRow("an adjective before a change noun")
        << QStringLiteral("Quant aux ventes de ciment, elles ont affiché une légère reprise de 0,2% en mai.")
        << QStringLiteral("0,2%") << QStringLiteral("vente ciment") << QString() << QStringLiteral("change");
    QTest::newRow("a change and the level it reached")
        << QStringLiteral("La consommation d’électricité ressort en légère amélioration de 0,9% à 9 720 GWh.")
        << QStringLiteral("0,9%") << QStringLiteral("consommation electricite") << QString()
        << QStringLiteral("change");
    QTest::newRow("a symbol's complement is what is measured")
        << QStringLiteral("En 2018, le pays a produit 1 215 GWh d'énergie éolienne et 1 770 GWh d’énergie "
                          "hydroélectrique.")
        << QStringLiteral("1 770 GWh") << QStringLiteral("energie hydroelectrique") << QString()
        << QStringLiteral("whole");
    // A unit of power measures a capacity, whatever the text calls it.
    // An amount's complement after its currency is what it measures.
    QTest::newRow("an amount of something") << QStringLiteral(
        "Elles se répartissent en 367,8 milliards de dirhams de recettes ordinaires et 158,2 milliards de "
        "dirhams de recettes d'emprunts.") << QStringLiteral("158,2 milliards")
                                            << QStringLiteral("recette emprunt") << QString()
                                            << QStringLiteral("whole");
    QTest::newRow("an amount for something")
        << QStringLiteral("Ces dépenses incluent 333,3 milliards de dirhams pour les dépenses ordinaires.")
        << QStringLiteral("333,3 milliards") << QStringLiteral("depense ordinaire") << QString()
        << QStringLiteral("whole");
    // A figure a participle introduces measures what the participle is said of, past an incise.
    QTest::newRow("a participle's antecedent")
        << QStringLiteral(
               "Ce déficit découle de ressources ordinaires, hors recettes d'emprunts, s'élevant à "
               "564 milliards de dirhams, contre des charges totalisant 628 milliards de dirhams.")
        << QStringLiteral("564 milliards") << QStringLiteral("ressource ordinaire hors emprunt") << QString()
        << QStringLiteral("whole");
    // The noun a figure complements, after a verb and without its article, past an aside; and
    // the one coordinated to it.
    const QString resulting
        = QStringLiteral("Ce déficit résulte de ressources ordinaires (hors recettes d'emprunts) de 524,4 "
                         "milliards de DH et de "
                         "charges (hors amortissements de la dette) de 598 milliards de DH.");
    QTest::newRow("a verb's complement without its article")
        << resulting << QStringLiteral("524,4 milliards")
        << QStringLiteral("ressource ordinaire hors emprunt") << QString() << QStringLiteral("whole");
    QTest::newRow("a complement coordinated to it")
        << resulting << QStringLiteral("598 milliards") << QStringLiteral("charge hors dette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a participle's antecedent, next to it")
        << QStringLiteral(
               "Ce déficit découle de ressources ordinaires, hors recettes d'emprunts, s'élevant à "
               "564 milliards de dirhams, contre des charges totalisant 628 milliards de dirhams.")
        << QStringLiteral("628 milliards") << QStringLiteral("charge") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate after a contrast is its clause's")
        << QStringLiteral(
               "Les recettes ordinaires affichent un taux de réalisation de 88 %, tandis que les dépenses "
               "ordinaires ont été exécutées à hauteur de 90,2 %.")
        << QStringLiteral("90,2 %") << QStringLiteral("realisation depense ordinaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate of achievement is of its subject")
        << QStringLiteral("Les recettes ordinaires affichent un taux de réalisation de 88 %.")
        << QStringLiteral("88 %") << QStringLiteral("realisation recette ordinaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate of achievement is no target, after its forecast")
        << QStringLiteral("Les recettes ordinaires ont été réalisées à hauteur de 97,3 % des prévisions.")
        << QStringLiteral("97,3 %") << QStringLiteral("realisation recette ordinaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate of achievement, with an adjective, after 'soit'")
        << QStringLiteral("Les ressources globales se sont établies à 722 MMDH, soit un taux de réalisation "
                          "remarquable de 125,7 % par rapport aux prévisions.")
        << QStringLiteral("125,7 %") << QStringLiteral("realisation ressource") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate of achievement in a clause opened by 'que'")
        << QStringLiteral("Les évolutions révèlent que les droits de douane ont enregistré un taux de "
                          "réalisation de 92,1 %.")
        << QStringLiteral("92,1 %") << QStringLiteral("realisation droit douane") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate of achievement of a demonstrative's antecedent")
        << QStringLiteral("Les recettes fiscales ont atteint 224 milliards de dirhams. Ces recettes ont "
                          "affiché un taux de réalisation de 82,8 %.")
        << QStringLiteral("82,8 %") << QStringLiteral("realisation recette fiscale") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate of what is named after it is that rate")
        << QStringLiteral("Le taux de réalisation des travaux atteint 64 %.") << QStringLiteral("64 %")
        << QStringLiteral("taux realisation travail") << QString() << QStringLiteral("whole");
    QTest::newRow("a balance's sign is its value's")
        << QStringLiteral("Le Trésor a dégagé un solde ordinaire négatif de 7,4 milliards de dirhams.")
        << QStringLiteral("7,4 milliards") << QStringLiteral("solde ordinaire") << QStringLiteral("Trésor")
        << QStringLiteral("whole");
    QTest::newRow("a participle's percentage is the rate of its action named before")
        << QStringLiteral("À Marrakech, le taux d'occupation des hôtels atteint 63 %, tandis que ceux "
                          "d'Agadir sont occupés à 58 %.")
        << QStringLiteral("58 %") << QStringLiteral("taux occupation") << QStringLiteral("Agadir")
        << QStringLiteral("whole");
    QTest::newRow("a participle's percentage with no rate named before")
        << QStringLiteral("Les chambres sont occupées à 58 %.") << QStringLiteral("58 %")
        << QStringLiteral("chambre") << QString() << QStringLiteral("whole");
    QTest::newRow("a prepositional phrase's complement without its article")
        << QStringLiteral("Compte tenu de recettes d'emprunts de 146,9 milliards de DH, le Trésor dégage un "
                          "excédent.")
        << QStringLiteral("146,9 milliards") << QStringLiteral("recette emprunt") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a past participle before 'à' is said of the noun before it")
        << QStringLiteral("Les recettes ordinaires devraient s'élever à 395,1 MMDH, avec des recettes "
                          "fiscales projetées à 320,1 MMDH.")
        << QStringLiteral("320,1 MMDH") << QStringLiteral("recette fiscale") << QString()
        << QStringLiteral("target");
    QTest::newRow("a reflexive verb before 'à' is no participle")
        << QStringLiteral("L'enveloppe consacrée au programme s'élève à 26,5 milliards de dirhams.")
        << QStringLiteral("26,5 milliards") << QStringLiteral("enveloppe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the subject of the clause 'que' opens") << QStringLiteral(
        "Les principales évolutions révèlent que l'impôt sur les sociétés a augmenté de 6,2 "
        "milliards de dirhams.") << QStringLiteral("6,2 milliards")
                                                           << QStringLiteral("impot societe") << QString()
                                                           << QStringLiteral("increment");
    QTest::newRow("a pronoun after 'que': the topic")
        << QStringLiteral("Quant à la population active, la même source a indiqué qu'elle s'est établie à "
                          "4084,2 mille au deuxième trimestre.")
        << QStringLiteral("4084,2 mille") << QStringLiteral("population active") << QString()
        << QStringLiteral("whole");
    QTest::newRow("what a tax is levied on")
        << QStringLiteral("L'impôt sur le revenu a enregistré une hausse de 4,3 milliards de dirhams.")
        << QStringLiteral("4,3 milliards") << QStringLiteral("impot revenu") << QString()
        << QStringLiteral("increment");
    QTest::newRow("the value added is no measure head")
        << QStringLiteral(
               "La taxe sur la valeur ajoutée a enregistré une hausse de 4,3 milliards de dirhams.")
        << QStringLiteral("4,3 milliards") << QStringLiteral("taxe valeur ajoutee") << QString()
        << QStringLiteral("increment");
    QTest::newRow("the value added, measured")
        << QStringLiteral("La valeur ajoutée agricole a progressé de 4,3 %.") << QStringLiteral("4,3 %")
        << QStringLiteral("valeur ajoutee agricole") << QString() << QStringLiteral("change");
    QTest::newRow("a rate measures no amount")
        << QStringLiteral(
               "Les recettes de l'impôt sur le revenu ont atteint un taux de réalisation de 83 % et "
               "ont affiché une hausse de 5,1 milliards de dirhams.")
        << QStringLiteral("5,1 milliards") << QStringLiteral("recette impot") << QString()
        << QStringLiteral("increment");
    QTest::newRow("a place that names an event owns nothing")
        << QStringLiteral("Les familles touchées par le séisme d'Al Haouz ont reçu 2.500 dirhams par mois.")
        << QStringLiteral("2.500 dirhams") << QStringLiteral("famille") << QString()
        << QStringLiteral("per_period");
    QTest::newRow("a person introduced with a role owns nothing")
        << QStringLiteral("Le Chef du gouvernement, Aziz Akhannouch, a présidé la réunion. Sous la conduite "
                          "d'Akhannouch, 56.095 autorisations ont été délivrées.")
        << QStringLiteral("56.095") << QStringLiteral("autorisation") << QString() << QStringLiteral("whole");
    QTest::newRow("a monthly amount is per month")
        << QStringLiteral("Les sinistrés bénéficient d'une aide financière mensuelle de 2.500 dirhams.")
        << QStringLiteral("2.500 dirhams") << QStringLiteral("aide financiere") << QString()
        << QStringLiteral("per_period");
    QTest::newRow("an amount's noun, not who it is for") << QStringLiteral(
        "Le gouvernement a annoncé la prolongation de cinq mois des aides d'urgence de 2.500 "
        "dirhams pour les familles.") << QStringLiteral("2.500 dirhams")
                                                         << QStringLiteral("aide urgence") << QString()
                                                         << QStringLiteral("whole");
    QTest::newRow("an amount restated in another currency") << QStringLiteral(
        "Le cabinet royal annonce une aide financière directe de 140.000 dirhams (8.400.000 "
        "Fcfa).") << QStringLiteral("8.400.000") << QStringLiteral("aide financiere directe")
                                                            << QString() << QStringLiteral("whole");
    QTest::newRow("an amount coordinated by 'et de'")
        << QStringLiteral("Une aide financière directe de 140.000 dirhams pour les logements totalement "
                          "effondrés et de 80.000 dirhams pour couvrir les travaux.")
        << QStringLiteral("80.000") << QStringLiteral("aide financiere directe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a complement past a qualifier")
        << QStringLiteral("Le comité a également alloué un budget d'environ 2,5 milliards de dirhams.")
        << QStringLiteral("2,5 milliards") << QStringLiteral("budget") << QString()
        << QStringLiteral("whole");
    QTest::newRow("what an aside excludes")
        << QStringLiteral(
               "Ce déficit découle de charges, hors amortissements de la dette, totalisant 628 MMDH.")
        << QStringLiteral("628 MMDH") << QStringLiteral("charge hors dette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("what an aside in parentheses excludes")
        << QStringLiteral(
               "Il résulte de ressources ordinaires (hors recettes d'emprunts) de 524,4 milliards.")
        << QStringLiteral("524,4 milliards") << QStringLiteral("ressource ordinaire hors emprunt")
        << QString() << QStringLiteral("whole");
    QTest::newRow("the subject of a clause 'tandis que' opens") << QStringLiteral(
        "Les arriérés ont atteint 33 MMDH, tandis que les demandes de restitution de l'impôt se "
        "sont élevées à 4,7 MMDH.") << QStringLiteral("4,7 MMDH")
                                                                << QStringLiteral("demande restitution impot")
                                                                << QString() << QStringLiteral("whole");
    QTest::newRow("an amount for a budget line")
        << QStringLiteral("Ces dépenses incluent 333,3 milliards de dirhams pour les dépenses ordinaires.")
        << QStringLiteral("333,3 milliards") << QStringLiteral("depense ordinaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a daily allowance is a kind, not a rate per day")
        << QStringLiteral("Les indemnités journalières ont coûté 10 milliards d'euros.")
        << QStringLiteral("10 milliards") << QStringLiteral("indemnite journaliere") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a dateline names no owner")
        << QStringLiteral("Rabat - Le taux de chômage a atteint 13 % en 2024, selon le HCP.")
        << QStringLiteral("13 %") << QStringLiteral("taux chomage") << QString() << QStringLiteral("whole");
    QTest::newRow("a dispatch's dateline names no owner")
        << QStringLiteral("Casablanca, 3 mars (MAP) - Le nombre de touristes a atteint 5 millions en 2024.")
        << QStringLiteral("5 millions") << QStringLiteral("touriste") << QString() << QStringLiteral("whole");
    QTest::newRow("a dated dateline names no owner")
        << QStringLiteral("Fès, le 3 mars 2024. Les recettes ont atteint 5 milliards de dirhams en 2024.")
        << QStringLiteral("5 milliards") << QStringLiteral("recette") << QString() << QStringLiteral("whole");
    QTest::newRow("a place before its figure's verb still owns it")
        << QStringLiteral("Marrakech a accueilli 3 millions de touristes en 2024.")
        << QStringLiteral("3 millions") << QStringLiteral("touriste") << QStringLiteral("Marrakech")
        << QStringLiteral("whole");
    QTest::newRow("what is outstanding of a debt is the debt")
        << QStringLiteral("L'encours total de la dette intérieure est de 471,7 milliards de dirhams.")
        << QStringLiteral("471,7 milliards") << QStringLiteral("dette interieure") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a comparison is never measured") << QStringLiteral(
        "À fin juin 2021, la comparaison avec la même période de 2020 fait ressortir des dépenses en hausse "
        "de 4,1 %.") << QStringLiteral("4,1 %") << QStringLiteral("depense")
                                                    << QString() << QStringLiteral("change");
    const QString report = QStringLiteral(
        "La Trésorerie Générale du Royaume a publié son rapport à fin décembre. Celui-ci révèle un déficit "
        "de "
        "64,4 milliards de dirhams, résultant de ressources ordinaires (hors emprunts) de 563,9 milliards de "
        "dirhams et de charges (hors amortissements de la dette) atteignant 628,3 milliards de dirhams.");
    QTest::newRow("who publishes owns nothing")
        << report << QStringLiteral("64,4 milliards") << QStringLiteral("deficit") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a participle's complement without its article")
        << report << QStringLiteral("563,9 milliards") << QStringLiteral("ressource ordinaire hors emprunt")
        << QString() << QStringLiteral("whole");
    QTest::newRow("a participle's antecedent, past parentheses")
        << report << QStringLiteral("628,3 milliards") << QStringLiteral("charge hors dette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a noun's complement in sur") << QStringLiteral(
        "L'exécution a permis de dégager un excédent des ressources sur les charges de 30 milliards de "
        "dirhams.") << QStringLiteral("30 milliards")
                                                << QStringLiteral("excedent ressource") << QString()
                                                << QStringLiteral("whole");
    QTest::newRow("a power is a capacity")
        << QStringLiteral(
               "Fin 2018, le pays avait installé 1 215 MW d'énergie éolienne et 1 770 MW d’énergie "
               "hydroélectrique.")
        << QStringLiteral("1 770 MW") << QStringLiteral("capacite") << QString() << QStringLiteral("whole");
    QTest::newRow("an installed power is a capacity")
        << QStringLiteral("La puissance installée du parc a atteint 10.968 MW en 2021.")
        << QStringLiteral("10.968 MW") << QStringLiteral("capacite") << QString() << QStringLiteral("whole");
    QTest::newRow("a bare figure in parentheses measures what they follow")
        << QStringLiteral(
               "Le nombre de chômeurs est estimé à 626 100 du total de la population active (4,084 "
               "millions), soit un taux de chômage de 15,3%.")
        << QStringLiteral("4,084 millions") << QStringLiteral("population active") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a topic opened by côté")
        << QStringLiteral("Côté recettes, elles ont atteint 69,7 milliards de dirhams en 2017.")
        << QStringLiteral("69,7 milliards") << QStringLiteral("recette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the noun a figure complements") << QStringLiteral(
        "Nous allons dépasser la barre des 22 millions de nuitées et générer des recettes en "
        "devise de 68 milliards de dirhams.") << QStringLiteral("68 milliards")
                                                   << QStringLiteral("recette") << QString()
                                                   << QStringLiteral("whole");
    QTest::newRow("the noun a figure complements, not a frame")
        << QStringLiteral("Les recettes ont été de l'ordre de 25 milliards de dirhams.")
        << QStringLiteral("25 milliards") << QStringLiteral("recette") << QString()
        << QStringLiteral("whole");
    QTest::newRow("arrivals count what arrives")
        << QStringLiteral("Les arrivées de touristes ont progressé de 14 % en octobre.")
        << QStringLiteral("14 %") << QStringLiteral("touriste") << QString() << QStringLiteral("change");
    QTest::newRow("a change heading a long phrase")
        << QStringLiteral("Cette évolution provient d’une hausse des ventes de l’énergie de haute et moyenne "
                          "tension de 0,1% à fin avril.")
        << QStringLiteral("0,1%") << QStringLiteral("consommation haute") << QString()
        << QStringLiteral("change");
    QTest::newRow("a change in parentheses measures the figure before") << QStringLiteral(
        "Elle recouvre une hausse des ventes de l’énergie de basse tension de 5,9% (après +3% à "
        "fin mai 2018).") << QStringLiteral("+3%") << QString() << QString()
                                                                        << QStringLiteral("change");
    QTest::newRow("a number word opening a sentence is no owner")
        << QStringLiteral("Quatre régions affichent un taux d’activité de 45 % en 2018.")
        << QStringLiteral("45 %") << QStringLiteral("taux activite") << QString() << QStringLiteral("whole");
    QTest::newRow("a sentence's first word before a participle is no owner")
        << QStringLiteral(
               "Compte tenu de ces évolutions, l’énergie nette appelée a augmenté de 5,2 % à fin mai.")
        << QStringLiteral("5,2 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("an institution's name goes on past au")
        << QStringLiteral(
               "Selon les chiffres publiés par le Haut Commissariat au Plan, le nombre de chômeurs a "
               "atteint 1,2 million en 2017.")
        << QStringLiteral("1,2 million") << QStringLiteral("chomeur") << QString() << QStringLiteral("whole");
    QTest::newRow("an active verb with its object is no event")
        << QStringLiteral(
               "Un total de 8,9 millions de touristes ont visité le Maroc durant les dix premiers mois.")
        << QStringLiteral("8,9 millions") << QStringLiteral("touriste") << QStringLiteral("Maroc")
        << QStringLiteral("whole");
    QTest::newRow("counting head") << QStringLiteral("Le nombre de chômeurs a atteint 1,58 million en 2023.")
                                   << QStringLiteral("1,58 million") << QStringLiteral("chomeur") << QString()
                                   << QStringLiteral("whole");
    // A verbless figure named by the next sentence; "peu" is no noun.
    QTest::newRow("named by the next sentence")
        << QStringLiteral("Un peu moins de 40 milliards de dirhams. C'est le montant de la facture "
                          "énergétique depuis le début de l'année.")
        << QStringLiteral("40 milliards") << QStringLiteral("facture energetique") << QString()
        << QStringLiteral("whole");
    QTest::newRow("named by the next sentence: il s'agit")
        << QStringLiteral("Près de 1,2 million. Il s'agit du nombre de ménages raccordés au réseau.")
        << QStringLiteral("1,2 million") << QStringLiteral("menage") << QString() << QStringLiteral("whole");
    // A comparison's base measures what the figure before it measured.
    QTest::newRow("after a change: the base")
        << QStringLiteral(
               "La hausse de la production privée de 2,4 %, après un recul de 0,9 % à fin mai 2017, "
               "a porté la production d'origine thermique.")
        << QStringLiteral("0,9 %") << QStringLiteral("production privee") << QString()
        << QStringLiteral("change");
    QTest::newRow("the base a figure replaces")
        << QStringLiteral("Il a été réélu avec 84,30 % des voix, au lieu de 94,65 % annoncés la "
                          "veille.")
        << QStringLiteral("94,65 %") << QStringLiteral("part voix") << QString() << QStringLiteral("whole");
    // A percentage in parentheses right after an increment is that change in percent.
    QTest::newRow("increment, then its percentage")
        << QStringLiteral("Le pays a enregistré une hausse de 2,3 millions (19 %) en glissement annuel des "
                          "arrivées de touristes.")
        << QStringLiteral("19 %") << QString() << QString() << QStringLiteral("change");
    // "est de": the verb's complement, not the noun before the verb.
    QTest::newRow("a verb between noun and figure")
        << QStringLiteral("Le taux de chômage au sens du BIT est de 9,1 % de la population active.")
        << QStringLiteral("9,1 %") << QStringLiteral("taux chomage") << QString() << QStringLiteral("whole");
    QTest::newRow("a place left out") << QStringLiteral(
        "Le taux de chômage est de 9,1 % en France (hors Mayotte), après 9,2 % au trimestre "
        "précédent.") << QStringLiteral("9,2 %")
                                      << QStringLiteral("taux chomage") << QStringLiteral("France")
                                      << QStringLiteral("whole");
    // A capitalised common noun with its complement is no owner; an institution is.
    QTest::newRow("a capitalised common noun")
        << QStringLiteral("La réduction des approvisionnements en Gaz de pétrole atteint 16,2 %.")
        << QStringLiteral("16,2 %") << QString() << QString() << QStringLiteral("whole");
    // After a determiner a word in -ent is a noun; "pour atteindre" after a change is what it came
    // to, not an aim.
    QTest::newRow("a noun in -ent, a result")
        << QStringLiteral("Cet excédent a progressé pour atteindre 17,62 milliards de dirhams.")
        << QStringLiteral("17,62 milliards") << QStringLiteral("excedent") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an aim") << QStringLiteral("Le pays vise à atteindre 26 millions de touristes.")
                            << QStringLiteral("26 millions") << QStringLiteral("touriste") << QString()
                            << QStringLiteral("target");
    // A subject pronoun stands for the subject of the sentence before.
    QTest::newRow("a subject pronoun")
        << QStringLiteral("Les dépenses liées aux voyages ont connu une augmentation. Elles sont passées de "
                          "6,68 milliards de dirhams à 7 milliards.")
        << QStringLiteral("6,68 milliards") << QStringLiteral("depense") << QString()
        << QStringLiteral("whole");
    // A hyphen written as a minus sign; "retrait" is a noun, the change heading a long phrase.
    QTest::newRow("a hyphen as minus")
        << QStringLiteral("La consommation d'électricité est restée quasiment inchangée (-0,2 %).")
        << QStringLiteral("-0,2 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("retrait heading a long phrase")
        << QStringLiteral(
               "La DEPF explique cette baisse par le retrait de la consommation de l'énergie de très "
               "haute, haute et moyenne tension de 1,1 %.")
        << QStringLiteral("1,1 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("an age bracket is no sign")
        << QStringLiteral("Le taux de chômage des 15-24 ans atteint 35,8 %.") << QStringLiteral("35,8 %")
        << QStringLiteral("taux chomage") << QString() << QStringLiteral("whole");
    // A relative's antecedent, a change as the subject.
    QTest::newRow("dont: the antecedent") << QStringLiteral(
        "Une performance rendue possible grâce aux touristes étrangers, dont la progression "
        "a atteint 15 %.") << QStringLiteral("15 %")
                                          << QStringLiteral("touriste etranger") << QString()
                                          << QStringLiteral("change");
    // "nationale" says whose: the country's, not the region named before.
    QTest::newRow("the national average") << QStringLiteral(
        "Le taux de chômage atteint 16,3 % dans l'Oriental. Quatre autres régions dépassent "
        "la moyenne nationale (9,8 %).") << QStringLiteral("9,8 %")
                                          << QString() << QString() << QStringLiteral("whole");
    // A share of "l'ensemble des …" is of them; a fraction is no group.
    QTest::newRow("a share of the whole of")
        << QStringLiteral("Cinq régions abritent 72,8 % de l'ensemble des actifs.")
        << QStringLiteral("72,8 %") << QStringLiteral("part actif") << QString() << QStringLiteral("whole");
    QTest::newRow("a share in parentheses after a fraction")
        << QStringLiteral("Cinq régions abritent environ les trois quarts (72,4 %) de l'ensemble des actifs.")
        << QStringLiteral("72,4 %") << QStringLiteral("part actif") << QString() << QStringLiteral("whole");
    // "cet objectif": the measure the paragraph named.
    QTest::newRow("this aim") << QStringLiteral(
        "L'objectif était d'assurer 42 % de la production électrique en 2020, cet objectif a "
        "été revu à 52 % à l'horizon 2030.")
                              << QStringLiteral("52 %") << QStringLiteral("part production electrique")
                              << QString() << QStringLiteral("target");
    // A people is no owner, nor is its place.
    QTest::newRow("a people in title case is no owner")
        << QStringLiteral("Les arrivées des Marocains Résidant à l'Étranger ont augmenté de 17 %.")
        << QStringLiteral("17 %") << QString() << QString() << QStringLiteral("change");
    QTest::newRow("a people is no owner")
        << QStringLiteral("Les arrivées des Marocains résidant à l'étranger ont augmenté de 2 %.")
        << QStringLiteral("2 %") << QString() << QString() << QStringLiteral("change");
    // "dépasse" is a verb: the noun stops before it.
    QTest::newRow("dépasser") << QStringLiteral(
        "Le nombre de touristes dépasse la barre des 11 millions de personnes.")
                              << QStringLiteral("11 millions") << QStringLiteral("touriste") << QString()
                              << QStringLiteral("whole");
    // What a subject opening on a name's complement, an aside in parentheses or a reporting
    // source stands for.
    QTest::newRow("a name's complement is no subject") << QStringLiteral(
        "Selon l'Office des changes, les transferts des Marocains résidant à l'étranger (MRE) "
        "ont atteint plus de 22,91 milliards de DH.") << QStringLiteral("22,91 milliards")
                                                       << QStringLiteral("transfert") << QString()
                                                       << QStringLiteral("whole");
    QTest::newRow("a source that reports, past the name it is of")
        << QStringLiteral(
               "Le bulletin de l'Office des changes fait aussi état d'un excédent de la balance de "
               "services en baisse de 5,8 % à 58,45 MMDH.")
        << QStringLiteral("5,8 %") << QStringLiteral("excedent balance service") << QString()
        << QStringLiteral("change");
    QTest::newRow("an aside in parentheses after the subject")
        << QStringLiteral("Les recettes (cessions de ces investissements) ont progressé de 12,9 %.")
        << QStringLiteral("12,9 %") << QStringLiteral("recette") << QString() << QStringLiteral("change");
    QTest::newRow("a source that reports is not what it reports on") << QStringLiteral(
        "Ce bulletin fait aussi état d'un excédent de la balance de services en légère baisse "
        "de 0,5 % à 123,28 MMDH.") << QStringLiteral("0,5 %") << QStringLiteral("excedent balance service")
                                                                     << QString() << QStringLiteral("change");
    QTest::newRow("the change the figure is, past its qualifier") << QStringLiteral(
        "Les exportations maintiennent leur dynamique, enregistrant une progression de près de "
        "20 %.") << QStringLiteral("20 %") << QStringLiteral("exportation")
                                                                  << QString() << QStringLiteral("change");
    QTest::newRow("what a change came to, past a comma")
        << QStringLiteral(
               "Les dépenses ont enregistré une progression de 20 % à fin septembre 2024 par rapport à "
               "la même période de 2023, pour atteindre 22,31 milliards de dirhams.")
        << QStringLiteral("22,31 milliards") << QStringLiteral("depense") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an aim past a comma is still an aim") << QStringLiteral(
        "Les transferts devraient augmenter d'environ 3 %, pour atteindre 121,8 milliards de "
        "dirhams en 2025.") << QStringLiteral("121,8 milliards")
                                                         << QStringLiteral("transfert") << QString()
                                                         << QStringLiteral("target");
    QTest::newRow("a possessive opening a paragraph")
        << QStringLiteral("Les transferts ont atteint 58,23 milliards de dirhams.\n\nComparativement à leur "
                          "niveau de 2018 (37,76 MMDH), ils ont grimpé.")
        << QStringLiteral("37,76 MMDH") << QStringLiteral("transfert") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a threshold not reached")
        << QStringLiteral("Nous n'avons pas atteint les 40 millions d'habitants mais nous sommes 36.828.330.")
        << QStringLiteral("40 millions") << QString() << QString() << QStringLiteral("none");
    QTest::newRow("a change after the parts is the whole's")
        << QStringLiteral(
               "Le Maroc compte 36,8 millions d'habitants, dont 36,68 millions de Marocains et 148.152 "
               "étrangers, soit une augmentation de près de 3 millions depuis 2014.")
        << QStringLiteral("3 millions") << QStringLiteral("habitant") << QStringLiteral("Maroc")
        << QStringLiteral("increment");
    QTest::newRow("a restatement is no aim") << QStringLiteral(
        "La population a connu un accroissement de 13,2 % en 2014, ce qui voudrait dire un taux "
        "annuel qui avoisine les 1,25 %.") << QStringLiteral("1,25 %")
                                             << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("a count whose unit is named before it, with its adjective")
        << QStringLiteral("Le nombre de blessés graves est lui resté stable, à environ 16 000.")
        << QStringLiteral("16 000") << QStringLiteral("blesse grave") << QString() << QStringLiteral("whole");
    // The company the article tells of, named elsewhere, is no part of the measure (the article
    // gives its owner), and its currency is no owner; the group's share of a result is a part.
    QTest::newRow("the group the article tells of")
        << QStringLiteral("Le groupe Sonatel a publié ses comptes. Le chiffre d'affaires du groupe était de "
                          "314,20 milliards F Cfa contre 274,10 milliards F Cfa en 2020.")
        << QStringLiteral("314,20 milliards") << QStringLiteral("chiffre affaire") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a noun that introduces the next figure is no product")
        << QStringLiteral("Les exportations d'huile d'olive ont atteint 165,2 mille tonnes d'une valeur de "
                          "4391,9 millions de dinars.")
        << QStringLiteral("165,2 mille") << QStringLiteral("exportation huile olive") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the value it introduces")
        << QStringLiteral("Les exportations d'huile d'olive ont atteint 165,2 mille tonnes d'une valeur de "
                          "4391,9 millions de dinars.")
        << QStringLiteral("4391,9 millions") << QStringLiteral("exportation huile olive") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a part of the whole in its unit, past a figure in another")
        << QStringLiteral("La Tunisie a exporté 173 900 tonnes d'huile d'olive, avec un prix moyen de 26,5 "
                          "dinars, dont 22 300 tonnes étaient emballées.")
        << QStringLiteral("22 300") << QStringLiteral("exportation huile olive") << QStringLiteral("Tunisie")
        << QStringLiteral("whole");
    QTest::newRow("the audience one speaks before is no owner")
        << QStringLiteral("Devant la commission des finances de la Chambre des représentants, le ministre a "
                          "indiqué que la masse salariale progresserait de 1,6 milliard de dirhams.")
        << QStringLiteral("1,6 milliard") << QStringLiteral("masse salariale") << QString()
        << QStringLiteral("target");
    QTest::newRow("a change coordinated to a change, in another dimension")
        << QStringLiteral("Les exportations ont enregistré une hausse en volume de 9,5 %, ainsi qu'en valeur "
                          "de 79,9 %.")
        << QStringLiteral("79,9 %") << QStringLiteral("exportation") << QString() << QStringLiteral("change");
    QTest::newRow("a change in parentheses is of the clause they close")
        << QStringLiteral("Le volume des exportations a atteint 148 700 tonnes; de même, le prix moyen est "
                          "orienté à la hausse (+68,2 %).")
        << QStringLiteral("+68,2 %") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("the 'de' of 'plus de' is the qualifier's")
        << QStringLiteral(
               "Les exportations devraient rapporter à l'économie plus de deux milliards de dinars.")
        << QStringLiteral("deux milliards") << QStringLiteral("exportation") << QString()
        << QStringLiteral("target");
    QTest::newRow("an amount restated in another currency, after a figure in words")
        << QStringLiteral("Les revenus de l'exportation devraient dépasser les deux milliards de dinars "
                          "(environ 700 millions d'euros).")
        << QStringLiteral("700 millions") << QStringLiteral("exportation") << QString()
        << QStringLiteral("target");
    QTest::newRow("a pronoun of two words is no owner")
        << QStringLiteral("Ceux-ci sont arrivés à bord de 212 navires.") << QStringLiteral("212")
        << QStringLiteral("navire") << QString() << QStringLiteral("whole");
    QTest::newRow("nor an adverb of two words")
        << QStringLiteral("Entre-temps, 2 590 migrants sont arrivés par voie maritime.")
        << QStringLiteral("2 590") << QStringLiteral("migrant") << QString() << QStringLiteral("whole");
    QTest::newRow("the meeting one speaks at is no owner")
        << QStringLiteral(
               "Le directeur a indiqué lors d'une réunion mardi à la Chambre des représentants que "
               "222 incendies ont été déclarés depuis le début de l'année.")
        << QStringLiteral("222") << QStringLiteral("incendie") << QString() << QStringLiteral("whole");
    QTest::newRow("a participle after a time or a frame is of the clause's subject")
        << QStringLiteral("Depuis le début de l'année 2023, 222 incendies ont été déclarés à l'échelle "
                          "nationale ravageant 3.900 hectares.")
        << QStringLiteral("3.900") << QStringLiteral("superficie") << QString() << QStringLiteral("whole");
    QTest::newRow("the group's share of a result")
        << QStringLiteral("Le résultat net part du groupe de la banque a atteint 2,6 milliards de dirhams.")
        << QStringLiteral("2,6 milliards") << QStringLiteral("resultat part groupe") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a verb in the future projects")
        << QStringLiteral("La production sera de 30 millions de tonnes de blé.")
        << QStringLiteral("30 millions") << QStringLiteral("ble") << QString() << QStringLiteral("target");
    QTest::newRow("a base after 'après' is no projection")
        << QStringLiteral(
               "L'Insee précise que sur un mois, les prix à la consommation augmenteraient de 0,9%, "
               "après +0,4% en janvier.")
        << QStringLiteral("+0,4%") << QStringLiteral("prix") << QString() << QStringLiteral("change");
    QTest::newRow("the near future projects")
        << QStringLiteral("La production de blé va dépasser 30 millions de tonnes.")
        << QStringLiteral("30 millions") << QStringLiteral("production ble") << QString()
        << QStringLiteral("target");
    QTest::newRow("a comparison's base is no projection")
        << QStringLiteral("La production de blé va varier entre 26 et 28 millions de tonnes contre 10 "
                          "millions de tonnes lors de la saison précédente.")
        << QStringLiteral("10 millions") << QStringLiteral("production ble") << QString()
        << QStringLiteral("whole");
    QTest::newRow("il va de soi is no future")
        << QStringLiteral("Il va de soi que 500 personnes ont manifesté.") << QStringLiteral("500")
        << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("a flow's average is another measure")
        << QStringLiteral("La production moyenne de blé s'élève sur les dix dernières années à 5 millions "
                          "de tonnes.")
        << QStringLiteral("5 millions") << QStringLiteral("production moyenne ble") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a rate's average is the rate")
        << QStringLiteral("La durée moyenne du séjour est de 5 nuits.") << QStringLiteral("5")
        << QStringLiteral("duree sejour") << QString() << QStringLiteral("whole");
    QTest::newRow("the level a change reaches, past its complement and a comma")
        << QStringLiteral("Les ports ont enregistré une baisse de 17% des débarquements de sardines à fin "
                          "novembre 2024, avec un total de 13.461 tonnes.")
        << QStringLiteral("13.461") << QStringLiteral("debarquement sardine") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the level a change reaches, to attain it")
        << QStringLiteral("Le port a enregistré une hausse de 17% des débarquements de sardines, pour "
                          "atteindre 13.461 tonnes.")
        << QStringLiteral("13.461") << QStringLiteral("debarquement sardine") << QString()
        << QStringLiteral("whole");
    QTest::newRow("crû is a change") << QStringLiteral(
        "Cette performance est due au trafic international, qui a crû de 32% par rapport "
        "à 2022.") << QStringLiteral("32%")
                                     << QStringLiteral("trafic international") << QString()
                                     << QStringLiteral("change");
    QTest::newRow("a relative's antecedent past a prepositional locution")
        << QStringLiteral("Cette performance est à mettre à l'actif du trafic international, qui a crû de "
                          "32%.")
        << QStringLiteral("32%") << QStringLiteral("trafic international") << QString()
        << QStringLiteral("change");
    QTest::newRow("a list after a change noun that points back")
        << QStringLiteral("Le trafic international a crû de 32%. Tous les faisceaux géographiques ont "
                          "contribué à cette croissance: l'Europe (+32%), le Moyen-Orient et "
                          "l'Extrême-Orient (+30%), l'Afrique (+45%).")
        << QStringLiteral("+45%") << QStringLiteral("trafic international") << QStringLiteral("Afrique")
        << QStringLiteral("change");
    QTest::newRow("quantities count their complement")
        << QStringLiteral("Les quantités de poissons pélagiques débarquées ont atteint 5.083 tonnes.")
        << QStringLiteral("5.083") << QStringLiteral("poisson pelagique") << QString()
        << QStringLiteral("whole");
    QTest::newRow("quantities of a flow are the flow")
        << QStringLiteral("Les quantités exportées en vrac ont procuré 1,128 milliard de dinars.")
        << QStringLiteral("1,128 milliard") << QStringLiteral("exportation") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a colour qualifies its noun")
        << QStringLiteral("Les débarquements de poissons blancs ont atteint 2.288 tonnes.")
        << QStringLiteral("2.288") << QStringLiteral("debarquement poisson blanc") << QString()
        << QStringLiteral("whole");
    QTest::newRow("the ends of a span after a common noun own nothing")
        << QStringLiteral(
               "Les débarquements dans les ports situés sur la côte de Tanger à Saïdia ont atteint "
               "5.083 tonnes.")
        << QStringLiteral("5.083") << QStringLiteral("debarquement") << QString() << QStringLiteral("whole");
    QTest::newRow("complements coordinated after their head") << QStringLiteral(
        "La charge de la subvention du gaz butane et du sucre a diminué à 2,38 milliards de "
        "dirhams.") << QStringLiteral("2,38 milliards") << QStringLiteral("charge subvention gaz sucre")
                                                              << QString() << QStringLiteral("whole");
    QTest::newRow("an amount in parentheses after a change is the level of what changed")
        << QStringLiteral(
               "Le document note une baisse de 9 % de la subvention du gaz butane entre janvier et "
               "août 2024 (10,45 milliards de dirhams) par rapport à la même période de l'année "
               "précédente (11,48 milliards de dirhams).")
        << QStringLiteral("11,48 milliards") << QStringLiteral("subvention gaz") << QString()
        << QStringLiteral("whole");
    QTest::newRow("an average that is the subject measures what is averaged, per its period")
        << QStringLiteral("La moyenne mensuelle de la subvention est de 1,306 milliard de dirhams.")
        << QStringLiteral("1,306 milliard") << QStringLiteral("subvention") << QString()
        << QStringLiteral("per_period");
    QTest::newRow("the noun an amount complements, past a neutral adjective") << QStringLiteral(
        "Le constructeur veut doubler sa capacité de production avec un investissement total "
        "de 300 millions d'euros.") << QStringLiteral("300 millions") << QStringLiteral("investissement")
                                                                              << QString()
                                                                              << QStringLiteral("whole");
    QTest::newRow("the noun an amount complements, past an adjective in -ent")
        << QStringLiteral("Stellantis renforce sa présence avec l'extension de son usine, après un "
                          "investissement conséquent de 300 millions d'euros.")
        << QStringLiteral("300 millions") << QStringLiteral("investissement") << QStringLiteral("Stellantis")
        << QStringLiteral("whole");
    QTest::newRow("a season is a time, no measure")
        << QStringLiteral(
               "Les exportations d'agrumes ont atteint un volume record durant cette saison (du 1er "
               "septembre 2021 au 31 août 2022) de 766.500 tonnes.")
        << QStringLiteral("766.500") << QStringLiteral("exportation agrume") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a fronted topic is what a flow alone is of")
        << QStringLiteral("En ce qui concerne les oranges, les exportations ont atteint 100.000 tonnes.")
        << QStringLiteral("100.000") << QStringLiteral("exportation orange") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a fronted name is no topic of the flow")
        << QStringLiteral("Quant au Maroc, ses exportations ont atteint 100.000 tonnes.")
        << QStringLiteral("100.000") << QStringLiteral("exportation") << QStringLiteral("Maroc")
        << QStringLiteral("whole");
    QTest::newRow("people counted in a passenger traffic are passengers")
        << QStringLiteral("Pour ce qui est du trafic passagers, il a atteint 2,82 millions de personnes.")
        << QStringLiteral("2,82 millions") << QStringLiteral("passager") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a site is no quantity")
        << QStringLiteral("Le complexe portuaire dépasse ainsi la barre des 50 millions de tonnes.")
        << QStringLiteral("50 millions") << QStringLiteral("tonnage") << QString() << QStringLiteral("whole");
    QTest::newRow("people who found death are the dead")
        << QStringLiteral("Vingt-neuf personnes ont trouvé la mort et 2.962 autres ont été blessées dans "
                          "2.200 accidents.")
        << QStringLiteral("Vingt-neuf") << QStringLiteral("mort") << QString() << QStringLiteral("whole");
    QTest::newRow("the others who were injured are the injured")
        << QStringLiteral("Vingt-neuf personnes ont trouvé la mort et 2.962 autres ont été blessées dans "
                          "2.200 accidents.")
        << QStringLiteral("2.962") << QStringLiteral("blesse") << QString() << QStringLiteral("whole");
    QTest::newRow("a part of the injured")
        << QStringLiteral("3059 personnes ont été blessées, parmi lesquelles 138 ont subi des blessures "
                          "graves.")
        << QStringLiteral("138") << QStringLiteral("blesse") << QString() << QStringLiteral("part");
    QTest::newRow("people who lost their lives are the dead")
        << QStringLiteral("33 personnes ont perdu la vie sur les routes.") << QStringLiteral("33")
        << QStringLiteral("mort") << QString() << QStringLiteral("whole");
    QTest::newRow("deaths are the dead")
        << QStringLiteral("Au total, 6 décès ont été enregistrés.") << QStringLiteral("6")
        << QStringLiteral("mort") << QString() << QStringLiteral("whole");
    QTest::newRow("people who succumbed are the dead, past an apposition")
        << QStringLiteral("Au moins 120 personnes, enfants et adultes, ont succombé à la maladie.")
        << QStringLiteral("120") << QStringLiteral("mort") << QString() << QStringLiteral("whole");
    QTest::newRow("not a network a page invites to follow")
        << QStringLiteral("Suivez La Vie éco sur Telegram Pour la troisième semaine, le nombre de cas est en "
                          "diminution. Selon le dernier bilan, 2.863 cas ont été recensés.")
        << QStringLiteral("2.863") << QStringLiteral("cas") << QString() << QStringLiteral("whole");
    QTest::newRow("an acronym that does the figure in its trade owns it")
        << QStringLiteral("En 2024, l'ONCF a transporté 55 millions de voyageurs.")
        << QStringLiteral("55 millions") << QStringLiteral("voyageur") << QStringLiteral("ONCF")
        << QStringLiteral("whole");
    QTest::newRow("not an acronym that records")
        << QStringLiteral("En 2024, le HCP a enregistré 1,6 million de chômeurs.")
        << QStringLiteral("1,6 million") << QStringLiteral("chomeur") << QString() << QStringLiteral("whole");
    QTest::newRow("an account's acronym owns nothing")
        << QStringLiteral(
               "Le groupe Sonatel a publié ses comptes. L'Ebidta ressort à 132,2 milliards de F.CFA.")
        << QStringLiteral("132,2 milliards") << QStringLiteral("ebidta") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a number in words owns nothing")
        << QStringLiteral("Vingt-neuf personnes ont trouvé la mort dans 2.200 accidents.")
        << QStringLiteral("2.200") << QStringLiteral("accident") << QString() << QStringLiteral("whole");
    QTest::newRow("aux environs de names no measure")
        << QStringLiteral("Le taux de participation est aux environs de 22 %.") << QStringLiteral("22 %")
        << QStringLiteral("taux participation") << QString() << QStringLiteral("whole");
    QTest::newRow("aux environs de is no future")
        << QStringLiteral("Aux environs de 500 personnes ont manifesté.") << QStringLiteral("500")
        << QString() << QString() << QStringLiteral("whole");
    QTest::newRow("an answer is no owner")
        << QStringLiteral("Nadia Bensaïd : Non. Le taux de cotisation reste fixé à 5 % du salaire.")
        << QStringLiteral("5 %") << QStringLiteral("taux cotisation") << QString() << QStringLiteral("whole");
    QTest::newRow("not an increment's word")
        << QStringLiteral(
               "Nous avons recruté 850 agents supplémentaires et nous en recruterons encore 3 500.")
        << QStringLiteral("3 500") << QStringLiteral("agent") << QString() << QStringLiteral("target");
    // Oil in barrels, as wheat in tonnes: the unit says how much, the flow and the product what.
    QTest::newRow("a flow other than the making, of a product in a unit of measure")
        << QStringLiteral("Les exportations ont atteint 5 millions de tonnes de blé.")
        << QStringLiteral("5 millions") << QStringLiteral("exportation ble") << QString()
        << QStringLiteral("whole");
    QTest::newRow("barrels are a unit of measure")
        << QStringLiteral("Ce surplus de 5,2 millions de barils témoigne de la réussite des opérations.")
        << QStringLiteral("5,2 millions") << QStringLiteral("surplus") << QString()
        << QStringLiteral("whole");
    QTest::newRow("a ministry's portfolio is no owner") << QStringLiteral(
        "Un rapport du ministère de l'Énergie, du Pétrole et des Mines indique que la production a "
        "atteint 2 millions de tonnes de phosphate.") << QStringLiteral("2 millions")
                                                        << QStringLiteral("phosphate") << QString()
                                                        << QStringLiteral("whole");
    QTest::newRow("a participle a comma sets apart from its noun") << QStringLiteral(
        "Pendant cette période, pas moins de trois cargaisons, totalisant 2,94 millions de barils, "
        "ont été commercialisées.") << QStringLiteral("2,94 millions")
                                                                   << QStringLiteral("cargaison") << QString()
                                                                   << QStringLiteral("whole");
    QTest::newRow("a word of discourse before a colon owns nothing")
        << QStringLiteral(
               "55 000 billets avaient été vendus. Problème : 36 000 spectateurs étaient bien présents.")
        << QStringLiteral("36 000") << QStringLiteral("spectateur") << QString() << QStringLiteral("whole");
    QTest::newRow("the main ones") << QStringLiteral(
        "Les principaux marchés émetteurs ont connu une hausse de 8 %.")
                                   << QStringLiteral("8 %") << QStringLiteral("marche emetteur") << QString()
                                   << QStringLiteral("change");
}

void tst_Grouping::measures()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(QString, noun);
    QFETCH(QString, owner);
    QFETCH(QString, scope);
    Article a = article(sentence);
    const int found = claimQuoted(a, quote);
    QVERIFY2(found >= 0, qPrintable(quote));
    const MeasureReader::Measure m = MeasureReader::read(a)[found];
    if (scope == u"none") {
        QVERIFY2(m.isEmpty(), qPrintable(m.noun));
        return;
    }
    if (!noun.isEmpty())
        QCOMPARE(m.noun, noun);
    if (QByteArray(QTest::currentDataTag()).startsWith("an active verb"))
        QCOMPARE(m.event, QString());
    QCOMPARE(m.owner, owner);
    QCOMPARE(MeasureReader::scopeName(m.scope), scope);
}

void tst_Grouping::events_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("event");
    QTest::newRow("in a relative clause")
        << QStringLiteral("On compte 38.463 candidats qui ont été ajournés.") << QStringLiteral("38.463")
        << QStringLiteral("ajourne");
    QTest::newRow("not what the figure is compared with") << QStringLiteral(
        "Cette performance affiche une croissance de 3,5 % comparée à la même période de 2023.")
                                                          << QStringLiteral("3,5 %") << QString();
    QTest::newRow("the flow the noun names already")
        << QStringLiteral("La production est similaire à celle de 2023 avec 217.000 tonnes produites.")
        << QStringLiteral("217.000") << QString();
    QTest::newRow("work under way") << QStringLiteral(
        "Les travaux sont finalisés pour 165 établissements scolaires, tandis que 763 autres sont "
        "en cours de réhabilitation.")
                                    << QStringLiteral("763") << QStringLiteral("en cours rehabilitation");
    // What those counted have: a state, named by the thing had.
    QTest::newRow("a thing had, after disposer de")
        << QStringLiteral("À fin mars 2017, 18,3 millions de Marocains disposent d'un abonnement internet.")
        << QStringLiteral("18,3 millions") << QStringLiteral("avec abonnement internet");
    QTest::newRow("a thing had, after posséder")
        << QStringLiteral("L'ANRT précise que 18,3 millions de Marocains possèdent un abonnement internet.")
        << QStringLiteral("18,3 millions") << QStringLiteral("avec abonnement internet");
    QTest::newRow("a thing had, a noun in -ait")
        << QStringLiteral("Ainsi, 16,97 millions de Marocains disposent d'un forfait mobile internet.")
        << QStringLiteral("16,97 millions") << QStringLiteral("avec forfait mobile internet");
    QTest::newRow("not a thing a demonstrative points back to")
        << QStringLiteral("Les abonnements postpayés progressent : 3,1 millions de clients possèdent ces "
                          "abonnements.")
        << QStringLiteral("3,1 millions") << QString();
    QTest::newRow("a diploma won is a success")
        << QStringLiteral("Cette année, 245.109 candidats ont décroché leur Bac.")
        << QStringLiteral("245.109") << QStringLiteral("reussi");
    QTest::newRow("passed with success is a success")
        << QStringLiteral("Au total, 245.109 candidats ont passé avec succès la session normale.")
        << QStringLiteral("245.109") << QStringLiteral("reussi");
    QTest::newRow("not an exam taken") << QStringLiteral("Au total, 80.615 candidats ont passé l'examen.")
                                       << QStringLiteral("80.615") << QStringLiteral("passe");
    QTest::newRow("in a reflexive relative clause")
        << QStringLiteral("Sur les 134.965 candidats qui se sont présentés, le tiers a réussi.")
        << QStringLiteral("134.965") << QStringLiteral("presente");
    QTest::newRow("the others in a relative clause")
        << QStringLiteral("On compte 38.463 candidats ajournés et 38.961 autres qui ont été recalés.")
        << QStringLiteral("38.961") << QStringLiteral("recale");
    QTest::newRow("a reflexive right after the counted noun")
        << QStringLiteral("Cette année, 92 880 filles se sont présentées à l'examen.")
        << QStringLiteral("92 880") << QStringLiteral("presente");
    QTest::newRow("after an auxiliary in the past")
        << QStringLiteral("En 2023, 77 284 candidats avaient obtenu leur diplôme.")
        << QStringLiteral("77 284") << QStringLiteral("obtenu");
    QTest::newRow("past an aside after the auxiliary")
        << QStringLiteral("On compte 38.961 candidats qui ont, tout simplement, été recalés.")
        << QStringLiteral("38.961") << QStringLiteral("recale");
    QTest::newRow("past a short complement of the counted noun")
        << QStringLiteral("Par ailleurs, 838 candidats en situation de handicap ont décroché leur Bac.")
        << QStringLiteral("838") << QStringLiteral("reussi");
    QTest::newRow("what they could do")
        << QStringLiteral("Sur les 134.965 candidats présents, 48.178 ont pu décrocher le sésame.")
        << QStringLiteral("48.178") << QStringLiteral("reussi");
    QTest::newRow("a masculine in é is no feminine")
        << QStringLiteral("En tout, 40.000 têtes de bétail ont été distribués.") << QStringLiteral("40.000")
        << QStringLiteral("distribue");
    QTest::newRow("nor is its feminine")
        << QStringLiteral("En tout, 40.000 têtes de bétail ont été distribuées.") << QStringLiteral("40.000")
        << QStringLiteral("distribue");
    QTest::newRow("after the figure")
        << QStringLiteral("La caisse a reçu 14 millions de dossiers déposés en 2024.")
        << QStringLiteral("14 millions") << QStringLiteral("depose");
    QTest::newRow("in the masculine")
        << QStringLiteral("Près de 24.000 habitations reconstruites ont été livrées en 2025.")
        << QStringLiteral("24.000") << QStringLiteral("reconstruit");
    QTest::newRow("after the counted noun, before the figure")
        << QStringLiteral("Le nombre de dossiers déposés a atteint 14 millions en 2024.")
        << QStringLiteral("14 millions") << QStringLiteral("depose");
    QTest::newRow("words between the participle and the figure")
        << QStringLiteral("Le nombre de suffrages exprimés lors du scrutin du 7 septembre est de 11 226 065.")
        << QStringLiteral("11 226 065") << QStringLiteral("exprime");
    QTest::newRow("what they did to a thing")
        << QStringLiteral("Au total, 80.615 candidats ont passé l'examen.") << QStringLiteral("80.615")
        << QStringLiteral("passe");
    QTest::newRow("an active participle in -i")
        << QStringLiteral("Au total, 21.289 candidats ont réussi l'examen.") << QStringLiteral("21.289")
        << QStringLiteral("reussi");
    QTest::newRow("ayant and its participle, past an adjective")
        << QStringLiteral("Le nombre des candidats libres ayant réussi l'examen est de 21.289.")
        << QStringLiteral("21.289") << QStringLiteral("reussi");
    QTest::newRow("ayant and its participle, past an aside") << QStringLiteral(
        "Le nombre des candidats ayant obtenu une mention, parmi les scolarisés et les libres, "
        "a atteint 127.338.") << QStringLiteral("127.338") << QStringLiteral("obtenu");
    QTest::newRow("not a place they visited")
        << QStringLiteral("Au total, 8,9 millions de touristes ont visité le Maroc.")
        << QStringLiteral("8,9 millions") << QString();
    QTest::newRow("no participle") << QStringLiteral("Le nombre de dossiers a atteint 14 millions.")
                                   << QStringLiteral("14 millions") << QString();
    QTest::newRow("an adjective of a rate's noun is no event")
        << QStringLiteral("La production privée a progressé de 52,5 %.") << QStringLiteral("52,5 %")
        << QString();
    QTest::newRow("the counted noun in another clause")
        << QStringLiteral("Les dossiers déposés sont nombreux, et 14 millions de dossiers ont été payés.")
        << QStringLiteral("14 millions") << QStringLiteral("paye");
}

// The state or event of what a figure counts ("déposés", "traités", "exprimés"), before or after it.
void tst_Grouping::events()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(QString, event);
    Article a = article(sentence);
    const int found = claimQuoted(a, quote);
    QVERIFY2(found >= 0, qPrintable(quote));
    QCOMPARE(MeasureReader::read(a)[found].event, event);
}

void tst_Grouping::singular_data()
{
    QTest::addColumn<QString>("plural");
    QTest::addColumn<QString>("expected");
    const std::pair<const char *, const char *> rows[] = {
        {"bureaux", "bureau"},     {"niveaux", "niveau"},   {"reseaux", "reseau"},
        {"regionaux", "regional"}, {"journaux", "journal"}, {"taux", "taux"},
        {"travaux", "travail"},    {"lieux", "lieu"},       {"dossiers", "dossier"},
        {"pays", "pays"},          {"recours", "recours"},  {"prix", "prix"},
        {"assures", "assure"},     {"bus", "bus"},          {"eaux", "eau"},
        {"emplois", "emploi"},     {"lois", "loi"},         {"mois", "mois"},
        {"chinois", "chinois"},    {"jeux", "jeu"},         {"contentieux", "contentieux"},
        {"nombreux", "nombreux"},
    };
    for (const auto &[plural, expected] : rows)
        QTest::newRow(plural) << QString::fromLatin1(plural) << QString::fromLatin1(expected);
}

// A measured noun's lemma, folded: the plural's singular.
void tst_Grouping::singular()
{
    QFETCH(QString, plural);
    QFETCH(QString, expected);
    QCOMPARE(MeasureReader::singular(plural), expected);
}

void tst_Grouping::breakdowns_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("breakdown");
    const QString evolution = QStringLiteral(
        "Le taux de chômage est passé de 5,2% à 6,3% (+1,1 point) en milieu rural et de 15,8% à "
        "16,8% en milieu urbain (+1 point).");
    QTest::newRow("after the figure") << evolution << QStringLiteral("5,2%") << QStringLiteral("rural");
    // Where a flow goes (not what a sum is meant to do).
    const QString segments = QStringLiteral(
        "Par segment, les livraisons destinées à la distribution se sont situées à 2,37 Mt, suivies de "
        "celles adressées au BPE avec 897.792 tonnes.");
    QTest::newRow("destined to") << segments << QStringLiteral("2,37") << QStringLiteral("distribution");
    QTest::newRow("sent to") << segments << QStringLiteral("897.792") << QStringLiteral("bpe");
    // With "respectivement", the categories a kind's noun lists in quotation marks, in order; a
    // change in parentheses is its level's.
    const QString quoted = QStringLiteral(
        "Les livraisons destinées aux segments « Distribution » et « Béton prêt à l’emploi » se sont situées "
        "respectivement à 6,47 Mt (-14,01%) et à 2,05 Mt (+3,29%).");
    QTest::newRow("quoted categories, first")
        << quoted << QStringLiteral("6,47") << QStringLiteral("distribution");
    QTest::newRow("quoted categories, second")
        << quoted << QStringLiteral("2,05") << QStringLiteral("beton pret emploi");
    QTest::newRow("quoted categories, a change in parentheses")
        << quoted << QStringLiteral("+3,29%") << QStringLiteral("beton pret emploi");
    // The groups a whole is split into, each right before its figure.
    QTest::newRow("split into, with 'avec'")
        << QStringLiteral("L'encours du crédit a atteint 1.137 MMDH. Cet encours se répartit sur les agents "
                          "non financiers avec 945,9 MMDH et les agents "
                          "financiers (191,2 MMDH).")
        << QStringLiteral("945,9 MMDH") << QStringLiteral("agent non financier");
    QTest::newRow("split into, in parentheses")
        << QStringLiteral("L'encours du crédit a atteint 1.137 MMDH. Cet encours se répartit sur les agents "
                          "non financiers avec 945,9 MMDH et les agents "
                          "financiers (191,2 MMDH).")
        << QStringLiteral("191,2 MMDH") << QStringLiteral("agent financier");
    QTest::newRow("going to, right after")
        << QStringLiteral("Les livraisons au bâtiment ont atteint 130.372 tonnes.")
        << QStringLiteral("130.372") << QStringLiteral("batiment");
    QTest::newRow("the subject's, completed after 'avec'")
        << QStringLiteral(
               "Les livraisons au bâtiment, bien que représentant une part importante, n'affichent pas "
               "la même croissance, avec seulement 130.372 tonnes enregistrées.")
        << QStringLiteral("130.372") << QStringLiteral("batiment");
    QTest::newRow("not a time right after")
        << QStringLiteral("Les ventes au cours du mois de mars ont atteint 5 000 tonnes.")
        << QStringLiteral("5 000") << QString();
    QTest::newRow("not meant to do") << QStringLiteral(
        "Les aides destinées à reconstruire les maisons ont atteint 2 milliards de dirhams.")
                                     << QStringLiteral("2 milliards") << QString();
    // A share in volume and one in value are two; a quantity is a volume; a dimension may come
    // before the figure.
    const QString shares = QStringLiteral(
        "La part de l'huile biologique dans les exportations est de 21,9 % en quantité et de 22,2 % en "
        "valeur.");
    QTest::newRow("a share in quantity") << shares << QStringLiteral("21,9 %") << QStringLiteral("volume");
    QTest::newRow("a share in value") << shares << QStringLiteral("22,2 %") << QStringLiteral("valeur");
    QTest::newRow("a dimension set apart before the clause")
        << QStringLiteral("Les débarquements ont baissé de 17 %. Toutefois, en valeur, ces débarquements ont "
                          "progressé de 9%.")
        << QStringLiteral("9%") << QStringLiteral("valeur");
    QTest::newRow("a level in a unit says its dimension by its unit") << QStringLiteral(
        "Les poissons blancs affichent une diminution de 14% en volume (2.288 tonnes) et de "
        "4% en valeur (94,33 MDH).") << QStringLiteral("2.288") << QString();
    QTest::newRow("a business line named by its noun")
        << QStringLiteral("L'activité marchandises a bouclé l'année avec un chiffre d'affaires de 1,692 "
                          "MMDH.")
        << QStringLiteral("1,692 MMDH") << QStringLiteral("marchandise");
    QTest::newRow("not an activity named by its adjective")
        << QStringLiteral("L'activité économique a progressé de 3 %.") << QStringLiteral("3 %") << QString();
    QTest::newRow("a dimension said once after two figures") << QStringLiteral(
        "Les céphalopodes et crustacés ont enregistré des hausses respectives de 22% et 12% "
        "en volume.") << QStringLiteral("22%") << QStringLiteral("volume");
    QTest::newRow("money is no volume") << QStringLiteral(
        "Les céphalopodes ont enregistré une hausse de 22% en volume, générant des recettes "
        "en progression de 28%.") << QStringLiteral("28%")
                                        << QString();
    QTest::newRow("the change of a value, in parentheses after it")
        << QStringLiteral("Les débarquements de céphalopodes ont enregistré une hausse de 22% à 4.730 T pour "
                          "des recettes de plus de 301,46 MDH (+28%).")
        << QStringLiteral("+28%") << QStringLiteral("valeur");
    QTest::newRow("a dimension before the figure")
        << QStringLiteral("Les exportations ont enregistré une hausse en volume de 9,5 %, ainsi qu'en valeur "
                          "de 79,9 %.")
        << QStringLiteral("79,9 %") << QStringLiteral("valeur");
    QTest::newRow("a sentence that opens on its group, past a clause with no figure")
        << QStringLiteral("En milieu rural, la croissance est plus modeste, avec une augmentation de 302.419 "
                          "habitants.")
        << QStringLiteral("302.419") << QStringLiteral("rural");
    const QString compared = QStringLiteral(
        "Cet allègement tient à la progression des recettes (+41,6 MMDH), plus importante que celle des "
        "dépenses globales (+40,8 MMDH).");
    QTest::newRow("not the other term of a comparison")
        << compared << QStringLiteral("+41,6 MMDH") << QString();
    QTest::newRow("never the measured noun itself") << compared << QStringLiteral("+40,8 MMDH") << QString();
    QTest::newRow("not the class a named subject is one of")
        << QStringLiteral("Parmi les sites les plus fréquentés, l'aéroport Tunis-Carthage a accueilli 6,15 "
                          "millions de voyageurs.")
        << QStringLiteral("6,15 millions") << QString();
    QTest::newRow("not the site an elliptic clause names, its owner")
        << QStringLiteral("Le trafic à l'aéroport de Tozeur-Nefta a bondi de 113,1 %, tandis que celui de "
                          "l'aéroport de Tabarka-Aïn Drahem s'est accru de 7,4 %.")
        << QStringLiteral("7,4 %") << QString();
    QTest::newRow("people in a condition")
        << QStringLiteral("Au total, 838 candidats en situation de handicap ont décroché leur Bac.")
        << QStringLiteral("838") << QStringLiteral("handicap");
    QTest::newRow("the part a share says its whole's members are")
        << QStringLiteral("En 2023, 60 % des étudiants sont des femmes.") << QStringLiteral("60 %")
        << QStringLiteral("femme");
    QTest::newRow("the part a share says its whole's members are, the whole's head left out")
        << QStringLiteral(
               "Ainsi, 91,08 % du total des abonnés de l'internet en Algérie sont des abonnés de la "
               "téléphonie mobile.")
        << QStringLiteral("91,08 %") << QStringLiteral("telephonie mobile");
    QTest::newRow("a category in the singular right after a rate")
        << QStringLiteral("Les prix ont progressé de 7,1 % pour le résidentiel et de 7,9 % pour le foncier.")
        << QStringLiteral("7,9 %") << QStringLiteral("foncier");
    QTest::newRow("not a time after a rate")
        << QStringLiteral("Les prix ont progressé de 7,1 % pour le mois de mars.") << QStringLiteral("7,1 %")
        << QString();
    QTest::newRow("the private sector named alone")
        << QStringLiteral("Le nombre total de médecins dans le privé s'élève à 17.213.")
        << QStringLiteral("17.213") << QStringLiteral("prive");
    QTest::newRow("never a rank alone")
        << QStringLiteral("Paris occupe la première place avec 70,3 millions de passagers.")
        << QStringLiteral("70,3 millions") << QString();
    QTest::newRow("a sentence that opens on what its figures are split by")
        << QStringLiteral("Sur les listes locales, le PJD a remporté 98 sièges contre 81 pour le PAM.")
        << QStringLiteral("81") << QStringLiteral("liste locale");
    QTest::newRow("a topic before a named subject")
        << QStringLiteral(
               "Quant aux listes nationales dédiées aux femmes et aux jeunes, le PJD a eu 27 sièges.")
        << QStringLiteral("27") << QStringLiteral("liste nationale");
    // An item of a ranking: the lower-case phrase before "avec", past its verb of rank.
    const QString ranking = QStringLiteral(
        "La ministre a précisé que la filière des mathématiques vient en tête du classement avec un taux de "
        "réussite de 78,61%, suivie de la branche des sciences expérimentales avec 59,40%, des lettres et "
        "langues étrangères avec 56,06% et enfin de la branche économie avec 47,18%.");
    QTest::newRow("a ranking's first item, past its verb of rank")
        << ranking << QStringLiteral("78,61%") << QStringLiteral("mathematique");
    QTest::newRow("a ranking's item after suivi de, without its classifier")
        << ranking << QStringLiteral("59,40%") << QStringLiteral("science experimentale");
    QTest::newRow("a ranking's item coordinated within")
        << ranking << QStringLiteral("56,06%") << QStringLiteral("lettre langue etrangere");
    QTest::newRow("a ranking's last item")
        << ranking << QStringLiteral("47,18%") << QStringLiteral("economie");
    QTest::newRow("a ranking's first item, past its verb of rank and a year")
        << QStringLiteral("Le taux de réussite est de 55,88 %. Au classement des filières, les mathématiques "
                          "viennent en tête de cette session 2018 du bac avec un taux de 78,61%, suivies des "
                          "sciences expérimentales avec 59,06 %.")
        << QStringLiteral("78,61%") << QStringLiteral("mathematique");
    QTest::newRow("no item in a place whose name ends like a verb")
        << QStringLiteral("Ainsi, la région de Rabat-Salé-Kénitra arrive toujours en tête avec 395 cas.")
        << QStringLiteral("395") << QString();
    QTest::newRow("no item where nothing ranks") << QStringLiteral(
        "Au pouvoir depuis dix ans, cette formation se retrouve avec seulement douze députés, loin "
        "derrière le RNI qui arrive en tête.") << QStringLiteral("douze")
                                                 << QString();
    QTest::newRow("no item in a fronted clause")
        << QStringLiteral("Les filles arrivent en tête, avec un taux de réussite de 65,29%.")
        << QStringLiteral("65,29%") << QString();
    // A category a statistics office names in quotation marks, after "pour": not a place.
    const QString headings = QStringLiteral(
        "L'indice des prix a augmenté de 0,4% pour la « Santé » et de 8,3% pour le «Transport».");
    QTest::newRow("a category in quotation marks")
        << headings << QStringLiteral("0,4%") << QStringLiteral("sante");
    QTest::newRow("a category in quotation marks, without spaces")
        << headings << QStringLiteral("8,3%") << QStringLiteral("transport");
    QTest::newRow("not a period a sentence opens on")
        << QStringLiteral("Sur les dix premiers mois, le pays a reçu 10 millions de touristes.")
        << QStringLiteral("10 millions") << QString();
    QTest::newRow("not a topic that names what is measured")
        << QStringLiteral("Quant aux recettes, elles ont progressé de 3 %.") << QStringLiteral("3 %")
        << QString();
    const QString respectively = QStringLiteral(
        "La production d'origine thermique et hydraulique a progressé de 10,3 % et 18,9 % respectivement.");
    QTest::newRow("groups listed respectively, first")
        << respectively << QStringLiteral("10,3 %") << QStringLiteral("thermique");
    QTest::newRow("groups listed respectively, second")
        << respectively << QStringLiteral("18,9 %") << QStringLiteral("hydraulique");
    // A people doing something is a group, named by its initials whichever way it is written.
    const QString people = QStringLiteral(
        "Le nombre des touristes étrangers (TES) a diminué de 3,3 %, alors que les arrivées des Marocains "
        "résidant à l'étranger (MRE) ont enregistré une hausse de 4 %. Les touristes étrangers ont "
        "progressé de 15 %, contre seulement 2 % pour les Marocains résidant à l'étranger, et de 6 % "
        "parmi les MRE.");
    QTest::newRow("a people before the figure") << people << QStringLiteral("4 %") << QStringLiteral("mre");
    QTest::newRow("a people after a trigger") << people << QStringLiteral("2 %") << QStringLiteral("mre");
    QTest::newRow("a people by its acronym") << people << QStringLiteral("6 %") << QStringLiteral("mre");
    QTest::newRow("no people before the figure") << people << QStringLiteral("3,3 %") << QString();
    // An adjective made a noun, that a figure comes "with", is its group; an energy in a unit of
    // power is the group of the capacity.
    const QString sources = QStringLiteral(
        "La capacité installée montre une prépondérance de l'éolien, avec 2.010 MW, suivi de "
        "l'hydroélectrique et ses 1.770 MW, alors que le solaire ferme la marche avec 827 MW. Le pays "
        "avait installé 1 215 MW d'énergie éolienne.");
    QTest::newRow("a category with its figure")
        << sources << QStringLiteral("2.010 MW") << QStringLiteral("eolien");
    QTest::newRow("a category and its figure")
        << sources << QStringLiteral("1.770 MW") << QStringLiteral("hydroelectrique");
    QTest::newRow("a category subject of the verb with the figure")
        << sources << QStringLiteral("827 MW") << QStringLiteral("solaire");
    QTest::newRow("an energy in a unit of power, in the masculine")
        << sources << QStringLiteral("1 215 MW") << QStringLiteral("eolien");
    QTest::newRow("a noun with its figure is no category")
        << QStringLiteral("Le Maroc arrive en tête avec 2.010 MW.") << QStringLiteral("2.010 MW")
        << QString();
    // A people named as such is a group, and so are the comparison, the change and the list that
    // follow its figure.
    const QString markets = QStringLiteral(
        "Les Britanniques arrivent en tête avec 505.884 nuitées contre 495.825 durant le premier semestre "
        "2017 (+2 %), suivis des Espagnols avec 136.935 nuitées, ce qui représente un bond de 41 % par "
        "rapport à la même période de 2017 qui a enregistré 97.439 nuitées. Le ministère des Finances a "
        "compté 12.000 nuitées. Les pertes ont atteint 175.000 postes dans le secteur de l'agriculture en "
        "2016, 58.000 en 2015 et de 7.000 en 2014.");
    QTest::newRow("a people named as such")
        << markets << QStringLiteral("505.884") << QStringLiteral("britannique");
    QTest::newRow("its comparison") << markets << QStringLiteral("495.825") << QStringLiteral("britannique");
    QTest::newRow("its change") << markets << QStringLiteral("+2 %") << QStringLiteral("britannique");
    QTest::newRow("suivis des") << markets << QStringLiteral("136.935") << QStringLiteral("espagnol");
    QTest::newRow("a change said of it") << markets << QStringLiteral("41 %") << QStringLiteral("espagnol");
    QTest::newRow("the base compared") << markets << QStringLiteral("97.439") << QStringLiteral("espagnol");
    QTest::newRow("a name's plural is no people") << markets << QStringLiteral("12.000") << QString();
    QTest::newRow("the next of a list")
        << markets << QStringLiteral("58.000") << QStringLiteral("agriculture");
    QTest::newRow("a people a change is of, in title case")
        << QStringLiteral("Les arrivées ont connu une croissance robuste de 17 % des Marocains Résidant à "
                          "l'Étranger (MRE).")
        << QStringLiteral("17 %") << QStringLiteral("mre");
    // A sector with its complement after "de", an elliptic "celui des", an origin; not a
    // comparison's reference.
    const QString sectors = QStringLiteral(
        "Le secteur de l'agriculture, de la forêt et de la pêche a créé 52.000 emplois, celui des services "
        "19.000. L'électricité d'origine solaire a atteint 1.466 MW, celle de l'éolien 831 MW. Les arrivées "
        "ont connu une hausse de 10,4 % par rapport à celui de 2017.");
    QTest::newRow("a sector after de l'")
        << sectors << QStringLiteral("52.000") << QStringLiteral("agriculture");
    QTest::newRow("celui des") << sectors << QStringLiteral("19.000") << QStringLiteral("service");
    QTest::newRow("d'origine") << sectors << QStringLiteral("1.466 MW") << QStringLiteral("solaire");
    QTest::newRow("celle de l'") << sectors << QStringLiteral("831 MW") << QStringLiteral("eolien");
    QTest::newRow("celui de: a reference") << sectors << QStringLiteral("10,4 %") << QString();
    QTest::newRow("a group's name between quotation marks")
        << QStringLiteral("Le secteur des \"services\" a enregistré une création nette de 19.000 emplois.")
        << QStringLiteral("19.000") << QStringLiteral("service");
    QTest::newRow("a group ends at its verb")
        << QStringLiteral("Le secteur des services a partiellement sauvé la mise en créant 103.000 emplois.")
        << QStringLiteral("103.000") << QStringLiteral("service");
    QTest::newRow("the people having something are those who have it") << QStringLiteral(
        "Les taux de chômage les plus élevés ont été enregistrés parmi les personnes ayant un "
        "diplôme (16,3 % à 17 %).") << QStringLiteral("16,3 %") << QStringLiteral("diplome");
    QTest::newRow("after the figure, its end")
        << evolution << QStringLiteral("6,3%") << QStringLiteral("rural");
    QTest::newRow("after the parentheses")
        << evolution << QStringLiteral("+1,1 point") << QStringLiteral("rural");
    QTest::newRow("the next evolution's own")
        << evolution << QStringLiteral("15,8%") << QStringLiteral("urbain");
    QTest::newRow("in parentheses after the breakdown")
        << evolution << QStringLiteral("+1 point") << QStringLiteral("urbain");
    const QString ages = QStringLiteral(
        "Le taux de chômage est passé à 35,8% (+3,1 points) parmi les jeunes de 15 à 24 ans, à 20,6% "
        "pour les personnes âgées de 25 à 34 ans, à 7,4% pour celles de 35 à 44 ans, et à 3,7% pour "
        "celles de 45 ans et plus.");
    QTest::newRow("an age bracket") << ages << QStringLiteral("35,8%") << QStringLiteral("15-24 ans");
    QTest::newRow("an age bracket, another noun")
        << ages << QStringLiteral("20,6%") << QStringLiteral("25-34 ans");
    QTest::newRow("an age bracket, a pronoun")
        << ages << QStringLiteral("7,4%") << QStringLiteral("35-44 ans");
    QTest::newRow("an open age bracket") << ages << QStringLiteral("3,7%") << QStringLiteral("45-plus ans");
    const QString coordinated
        = QStringLiteral("Le taux de chômage a atteint 13 % en 2023. Il a augmenté de 1,2 point parmi les "
                         "hommes, passant à 11,5% et de 1,1 point parmi les femmes, "
                         "passant à 18,3%.");
    QTest::newRow("a participle continues the clause")
        << coordinated << QStringLiteral("11,5%") << QStringLiteral("homme");
    QTest::newRow("not past a coordination")
        << coordinated << QStringLiteral("1,2 point") << QStringLiteral("homme");
    QTest::newRow("the second group") << coordinated << QStringLiteral("18,3%") << QStringLiteral("femme");
    const QString listed = QStringLiteral("Le taux de chômage reste élevé parmi les jeunes âgés de 15 à 24 "
                                          "ans (27,5%), les femmes (13,8%) et les "
                                          "diplômés (17,1%).");
    QTest::newRow("a rate after its group") << listed << QStringLiteral("13,8%") << QStringLiteral("femme");
    QTest::newRow("a rate after its group, coordinated")
        << listed << QStringLiteral("17,1%") << QStringLiteral("diplome");
    QTest::newRow("a rate after a trigger's group")
        << listed << QStringLiteral("27,5%") << QStringLiteral("15-24 ans");
    QTest::newRow("a sector") << QStringLiteral("Le secteur des services a créé 19.000 postes en 2017.")
                              << QStringLiteral("19.000") << QStringLiteral("service");
    QTest::newRow("an acronym") << QStringLiteral(
        "Les arrivées ont progressé de 2 % parmi les MRE en octobre.")
                                << QStringLiteral("2 %") << QStringLiteral("mre");
    QTest::newRow("fronted") << QStringLiteral("Chez les femmes, le taux de chômage atteint 13 %.")
                             << QStringLiteral("13 %") << QStringLiteral("femme");
    QTest::newRow("no group: a place in parentheses' way is their owner")
        << QStringLiteral("Les taux d'activité les plus bas sont enregistrés dans les régions de "
                          "Drâa-Tafilalet (38,3%) et de Laayoune (37,9%).")
        << QStringLiteral("38,3%") << QString();
    QTest::newRow("no group: what is counted")
        << QStringLiteral("Parmi les chômeurs, 1 million déclarent chercher un emploi depuis un an.")
        << QStringLiteral("1 million") << QString();
    QTest::newRow("no group: the measured noun is no breakdown")
        << QStringLiteral("La part des exportations (35 %) recule.") << QStringLiteral("35 %") << QString();
    QTest::newRow("no group: an amount")
        << QStringLiteral("Les recettes ont atteint 2,5 milliards de dirhams (+3 %) en 2023.")
        << QStringLiteral("+3 %") << QString();
    // A group as the subject of a rate the paragraph before named, changing by points; the
    // next group after a coordination without its verb; the figures in parentheses and the end
    // of an evolution are their host's.
    const QString subjects = QStringLiteral(
        "Le taux d'activité a reculé à 43,5 % en 2024.\n\nLes jeunes ont perdu 2,3 points (passant de 30,1 % "
        "à 27,8 %), et les ruraux, un recul de 0,8 point (de 50,2 % à 49,4 %).");
    QTest::newRow("a group subject of a rate")
        << subjects << QStringLiteral("2,3 points") << QStringLiteral("jeune");
    QTest::newRow("its evolution") << subjects << QStringLiteral("27,8 %") << QStringLiteral("jeune");
    QTest::newRow("the next group, its verb left out")
        << subjects << QStringLiteral("0,8 point") << QStringLiteral("rural");
    QTest::newRow("in parentheses after it")
        << subjects << QStringLiteral("50,2 %") << QStringLiteral("rural");
    const QString pronoun = QStringLiteral(
        "Le taux d'activité en milieu rural a baissé de 50,1% à 49,2%, mais il est resté élevé parmi les "
        "hommes. En effet, il est passé de 66,1% à 66,4%. Il a ensuite atteint 67 % en 2024.");
    QTest::newRow("a pronoun's group, after the sentence's last figure")
        << pronoun << QStringLiteral("66,1%") << QStringLiteral("homme");
    QTest::newRow("a group of the figures before it")
        << pronoun << QStringLiteral("49,2%") << QStringLiteral("rural");
    QTest::newRow("no group: the sentence before names none")
        << pronoun << QStringLiteral("67 %") << QString();
    QTest::newRow("no group: a subject before its verb") << QStringLiteral(
        "Quelques régions, dont les plaines et les oasis, concentrent plus de 70 % des pertes.")
                                                         << QStringLiteral("70 %") << QString();
    QTest::newRow("an evolution's end") << subjects << QStringLiteral("49,4 %") << QStringLiteral("rural");
}

void tst_Grouping::breakdowns()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(QString, breakdown);
    Article a = article(sentence);
    const int found = claimQuoted(a, quote);
    QVERIFY2(found >= 0, qPrintable(quote));
    QCOMPARE(MeasureReader::read(a)[found].breakdown, breakdown);
}

// A figure no place owns is its article's country's: the articles that name the country and
// those that take it for granted give one metric; an article on another country keeps its own.
// How a group is named in a metric's label.
void tst_Grouping::breakdownLabels_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("label");
    QTest::newRow("an elliptic celui des: the group it names")
        << QStringLiteral("Le secteur de l'agriculture a créé 52.000 emplois, celui des services 19.000.")
        << QStringLiteral("19.000") << QStringLiteral("des services");
    QTest::newRow("quotation marks around the name")
        << QStringLiteral("Le secteur des \"services\" a enregistré une création nette de 19.000 emplois.")
        << QStringLiteral("19.000") << QStringLiteral("secteur des services");
}

void tst_Grouping::breakdownLabels()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(QString, label);
    Article a = article(sentence);
    const int found = claimQuoted(a, quote);
    QVERIFY2(found >= 0, qPrintable(quote));
    QCOMPARE(MeasureReader::read(a)[found].breakdownLabel, label);
}

// A discovered metric's name reads as French: its group as the noun's complement.
void tst_Grouping::metricNames_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("name");
    QTest::newRow("en milieu") << QStringLiteral(
        "Le taux de chômage en milieu rural a atteint 5,1 % en 2023.")
                               << QStringLiteral("5,1 %")
                               << QStringLiteral("Taux de chômage en milieu rural");
    QTest::newRow("an item of a list of complements, with its own connector")
        << QStringLiteral("Elle est due aux prix de l'alimentation (+14,8 %), des services (+3 %) et de la "
                          "« viande » (+4,7 %) en 2023.")
        << QStringLiteral("+4,7 %") << QStringLiteral("Prix de la viande (change in %)");
    QTest::newRow("no stray quotation mark")
        << QStringLiteral("La hausse des prix des services de « santé » a atteint 0,7 % en 2023.")
        << QStringLiteral("0,7 %") << QStringLiteral("Prix des services de santé (change in %)");
    QTest::newRow("du secteur") << QStringLiteral("Le secteur des services a créé 98.000 emplois en 2018.")
                                << QStringLiteral("98.000")
                                << QStringLiteral("Emplois du secteur des services");
    QTest::newRow("a share, its connector as written")
        << QStringLiteral("L'objectif était d'assurer 42 % de la production électrique en 2020.")
        << QStringLiteral("42 %") << QStringLiteral("Part de la production électrique (target or forecast)");
    QTest::newRow("d'origine") << QStringLiteral(
        "La puissance installée pour l'électricité d'origine solaire a atteint 1.466 MW en 2021.")
                               << QStringLiteral("1.466 MW")
                               << QStringLiteral("Capacité d'origine solaire (MW)");
    QTest::newRow("a people in parentheses")
        << QStringLiteral("La baisse du taux de chômage a concerné les jeunes (-0,7 point) en 2018.")
        << QStringLiteral("-0,7 point")
        << QStringLiteral("Taux de chômage pour les jeunes (change in points)");
}

void tst_Grouping::metricNames()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(QString, name);
    QList<Article> articles {article(sentence)};
    const int found = claimQuoted(articles[0], quote);
    QVERIFY2(found >= 0, qPrintable(quote));
    const MetricSet set = MetricSet::discover(articles);
    const MetricSet::Metric *metric = set.metric(articles[0].claims[found].metric);
    QVERIFY(metric);
    QCOMPARE(metric->label, name);
}

void tst_Grouping::homes()
{
    QList<Article> articles {
        article(QStringLiteral("Au Maroc, le taux de chômage a atteint 13 % en 2023.")),
        article(QStringLiteral("Le taux de chômage a atteint 13 % en 2023, contre 11,8 % en 2022.")),
        article(QStringLiteral("Le Maroc a accueilli des touristes de France, d'Espagne et d'Allemagne.")),
        article(QStringLiteral("En Tunisie, le taux de chômage a atteint 15,3 % au deuxième trimestre.")),
        article(QStringLiteral("Les arrivées de France, d'Espagne et d'Allemagne ont progressé de 10 %.")),
        article(QStringLiteral("Le Ghana et la Côte d'Ivoire. La Côte d'Ivoire.")),
        article(QStringLiteral("Le Maroc compte 37 millions d'habitants.")),
        // A country's adjective names it: "les aéroports tunisiens".
        article(QStringLiteral("Les aéroports tunisiens ont accueilli 10,96 millions de passagers.")),
        // One that names the bilan's country in passing is about the one it names three times as
        // often, three times or more; not twice.
        article(QStringLiteral("La Tunisie produira 220.000 tonnes. L'huile tunisienne s'exporte. La récolte "
                               "tunisienne est exceptionnelle, au Maroc avec 140.000 tonnes.")),
        article(
            QStringLiteral("Le Maroc a accueilli des touristes de France. La France reste le premier marché, "
                           "devant l'Espagne.")),
    };
    const Countries::Homes homes = Countries::homes(articles);
    QCOMPARE(homes.bilan, QStringLiteral("Maroc"));
    QCOMPARE(homes.articles,
             (QStringList {QString(), QString(), QString(), QStringLiteral("Tunisie"), QString(),
                           QStringLiteral("Côte d'Ivoire"), QString(), QStringLiteral("Tunisie"),
                           QStringLiteral("Tunisie"), QString()}));
    QCOMPARE(Countries::named(u"Etats-Unis"), QStringLiteral("États-Unis"));
    QCOMPARE(Countries::named(u"Marrakech"), QString());
    // One article on France among articles that name no country: no bilan's country, and every
    // article national.
    const Countries::Homes one = Countries::homes(
        {article(QStringLiteral("Le taux a atteint 13 %.")),
         article(
             QStringLiteral("En France, le taux a atteint 7 %. La France compte 68 millions d'habitants.")),
         article(QStringLiteral("Le taux a atteint 12 % en 2024."))});
    QCOMPARE(one.bilan, QString());
    QCOMPARE(one.articles, (QStringList {QString(), QString(), QString()}));

    // An article that names no country is its outlet's, by its amounts' currency first, else by
    // the country code its address ends on (not a code the web uses for something else).
    auto from = [](const QString &url, const QString &text) {
        Article a = article(text);
        a.url = url;
        return a;
    };
    const Countries::Homes outlets = Countries::homes(
        {article(QStringLiteral("Au Maroc, le taux a atteint 13 %.")),
         article(QStringLiteral("Le Maroc compte 37 millions d'habitants.")),
         from(QStringLiteral("https://www.reporters.dz/bac"),
              QStringLiteral("Le taux de réussite a atteint 58 %.")),
         from(QStringLiteral("https://onemedia.fr/?p=1"),
              QStringLiteral("La dette a atteint 258,4 milliards de dirhams.")),
         from(QStringLiteral("https://realites.com.tn/x"), QStringLiteral("Le taux a atteint 5,4 %.")),
         from(QStringLiteral("https://example.tv/x"), QStringLiteral("Le taux a atteint 5,4 %.")),
         from(QStringLiteral("https://www.lesiteinfo.com/x"), QStringLiteral("Le taux a atteint 5,4 %."))});
    QCOMPARE(outlets.bilan, QStringLiteral("Maroc"));
    QCOMPARE(outlets.articles,
             (QStringList {QString(), QString(), QStringLiteral("Algérie"), QString(),
                           QStringLiteral("Tunisie"), QString(), QString()}));
    // Before its address, the country its outlet's name holds: "Le Courrier d'Algérie".
    Article courrier = from(QStringLiteral("http://lecourrier-dalgerie.com/bac"),
                            QStringLiteral("Le taux de réussite est de 55,88 %."));
    courrier.outlet = QStringLiteral("Le Courrier d’Algérie");
    Article matin = from(QStringLiteral("https://lematin.ma/x"), QStringLiteral("Le taux est de 5 %."));
    matin.outlet = QStringLiteral("Le Matin");
    const Countries::Homes named = Countries::homes(
        {article(QStringLiteral("Au Maroc, le taux a atteint 13 %.")),
         article(QStringLiteral("Le Maroc compte 37 millions d'habitants.")), courrier, matin});
    QCOMPARE(named.articles, (QStringList {QString(), QString(), QStringLiteral("Algérie"), QString()}));
    // Nor its address: the one country whose capital or first city it names (not cities of two
    // countries, nor one that names the bilan's).
    const Countries::Homes cities = Countries::homes(
        {article(QStringLiteral("Au Maroc, le taux a atteint 13 %.")),
         article(QStringLiteral("Le Maroc compte 37 millions d'habitants.")),
         from(QStringLiteral("https://imazpress.com/x"),
              QStringLiteral("Le taux de réussite est de 85,5 %. « C'est un gros poids en moins », lâche "
                             "aussi à Paris un lycéen.")),
         from(QStringLiteral("https://exemple.com/x"),
              QStringLiteral("Le taux est de 5 %, à Paris comme à Dakar.")),
         from(QStringLiteral("https://exemple.com/y"),
              QStringLiteral("Le taux est de 5 % à Casablanca et de 6 % à Rabat."))});
    QCOMPARE(cities.articles,
             (QStringList {QString(), QString(), QStringLiteral("France"), QString(), QString()}));
    // An article that names no country, nor does its outlet, is about the country of the
    // articles it shares two precise values with.
    QList<Article> relayed {
        article(QStringLiteral("Au Maroc, le taux de réussite au bac a atteint 66,8 %.")),
        article(QStringLiteral("Le Maroc compte 37 millions d'habitants.")),
        article(QStringLiteral("En Algérie, le taux de réussite est de 55,88 %, contre 56,07 % en 2017.")),
        from(QStringLiteral("http://www.depechedekabylie.com/national/1"),
             QStringLiteral("Le taux de réussite au BAC est de 55,88 %, en léger recul par rapport à 2017 "
                            "(56,07 %).")),
        from(QStringLiteral("http://www.exemple.com/1"),
             QStringLiteral("Le taux de réussite au bac est de 61,2 %, contre 56,07 % en 2017."))};
    MetricSet::discover(relayed);
    QVERIFY(relayed[3].claims[0].metric.startsWith(QStringLiteral("algerie.")));
    QCOMPARE(relayed[3].claims[0].metric, relayed[2].claims[0].metric);
    // (One shared value is no relay.)
    QVERIFY(relayed[4].claims[0].metric.startsWith(QStringLiteral("national.")));

    // The first two articles' rates are one metric, national; Tunisia's is its own.
    MetricSet::discover(articles);
    QCOMPARE(articles[0].claims[0].metric, articles[1].claims[0].metric);
    QVERIFY(articles[0].claims[0].metric.startsWith(QStringLiteral("national.")));
    QVERIFY(articles[3].claims[0].metric.startsWith(QStringLiteral("tunisie.")));
    // In an article of the bilan's country, another country is a group of its figures (the
    // market tourists come from), not their owner.
    QCOMPARE(articles[4].claims[0].metric, QStringLiteral("national.arrivee.allemagne.change.pct"));

    // An owner whose name ends on "National" is no fuller name of the whole country's figures.
    QList<Article> offices {
        article(QStringLiteral("Les aéroports de l'Office National ont accueilli 27 millions de passagers.")),
        article(QStringLiteral("Le taux de chômage a atteint 13 % en 2023.")),
    };
    MetricSet::discover(offices);
    QVERIFY2(offices[1].claims[0].metric.startsWith(QStringLiteral("national.")),
             qPrintable(offices[1].claims[0].metric));
}

// "Emploi : le Maroc perd du terrain": the rubric before the colon is no owner when the title
// names another; "Marrakech : les nuitées en hausse" keeps its place.
void tst_Grouping::titleRubric()
{
    auto ownerOf = [](const QString &title) {
        ArticleMetadata m;
        m.title = title;
        Article a = ArticleLoader::fromText(
            title + QStringLiteral("\n\nLe nombre de chômeurs a atteint 1,5 million.\n"),
            QStringLiteral("t.txt"), m);
        ClaimExtractor::extractInto(a);
        return MeasureReader::read(a).constLast().owner; // the body's figure
    };
    QCOMPARE(ownerOf(QStringLiteral("Emploi : le Maroc perd du terrain")), QStringLiteral("Maroc"));
    QCOMPARE(ownerOf(QStringLiteral("Marrakech : les nuitées en hausse")), QStringLiteral("Marrakech"));
    QCOMPARE(ownerOf(QStringLiteral("Tunisie : le chômage en hausse")), QStringLiteral("Tunisie"));
    // A common word as a rubric, which the body never writes with its capital, is the title's
    // topic (the common words are the system's French word list).
    if (!FrenchLexicon::system().isEmpty()) {
        QCOMPARE(ownerOf(QStringLiteral("Automobile : les statistiques du mois en 5 points clés")),
                 QString());
        QCOMPARE(ownerOf(QStringLiteral("Économie : le chômage en hausse")), QString());
    }
    // A person the title elects or names with a role owns nothing.
    QCOMPARE(ownerOf(QStringLiteral("Abdelmadjid Tebboune proclamé président")), QString());
    QCOMPARE(ownerOf(QStringLiteral("Abdelmadjid Tebboune réélu avec 84,30 % des voix")), QString());
    // A name that opens on an event's noun names the event.
    QCOMPARE(ownerOf(QStringLiteral("Séisme Al Haouz : la reconstruction entre dans sa phase finale")),
             QString());
    // Nor one the title says wins.
    QCOMPARE(ownerOf(QStringLiteral("Sénégal : la victoire de Bassirou Diomaye Faye confirmée")),
             QStringLiteral("Sénégal"));
    QCOMPARE(ownerOf(QStringLiteral("Abdelmadjid Tebboune remporte le scrutin")), QString());
    // A title's first word, capitalised as any sentence's, that the body never writes.
    QCOMPARE(ownerOf(QStringLiteral("Forte baisse du chômage")), QString());
    // A name alone in parentheses is the title's source.
    QCOMPARE(ownerOf(QStringLiteral("Sénégal : les prix se sont repliés de 1,0 % (Ansd)")),
             QStringLiteral("Sénégal"));
    // A rubric the body writes only as what a disaster or its repair is of names the disaster.
    auto withBody = [](const QString &title, const QString &body) {
        ArticleMetadata m;
        m.title = title;
        Article a = ArticleLoader::fromText(title + QStringLiteral("\n\n") + body + u'\n',
                                            QStringLiteral("t.txt"), m);
        ClaimExtractor::extractInto(a);
        return MeasureReader::read(a).constLast().owner;
    };
    QCOMPARE(withBody(QStringLiteral("Al Haouz : la commission fait le point"),
                      QStringLiteral(
                          "La commission chargée de la reconstruction d'Al Haouz a fait le point.\n\nAu "
                          "total, 56.095 autorisations de reconstruction ont été émises.")),
             QString());
    // Nor the title's own figures (a common word written nowhere else; a place written again owns).
    if (!FrenchLexicon::system().isEmpty()) {
        ArticleMetadata m;
        m.title = QStringLiteral("Banques : hausse annuelle de 9 % des crédits aux entreprises");
        Article a = ArticleLoader::fromText(
            m.title + QStringLiteral("\n\nL'encours a atteint 1.014 milliards de DH.\n"),
            QStringLiteral("t.txt"), m);
        ClaimExtractor::extractInto(a);
        QCOMPARE(MeasureReader::read(a).constFirst().owner, QString());
        m.title = QStringLiteral("Rabat : hausse annuelle de 9 % des nuitées");
        Article b = ArticleLoader::fromText(
            m.title + QStringLiteral("\n\nLes hôtels de Rabat ont enregistré 1,2 million de nuitées.\n"),
            QStringLiteral("t.txt"), m);
        ClaimExtractor::extractInto(b);
        QCOMPARE(MeasureReader::read(b).constFirst().owner, QStringLiteral("Rabat"));
    }
    // A common word the body writes as a name stays the title's owner ("Rabat :"); the page's
    // furniture is no body ("Santé publique : …" a teaser under "Santé : …").
    if (!FrenchLexicon::system().isEmpty()) {
        QCOMPARE(withBody(QStringLiteral("Rabat : les nuitées en hausse"),
                          QStringLiteral("Rabat reste une destination prisée.\n\nLes hôtels classés ont "
                                         "enregistré 1,2 million de nuitées en 2024.")),
                 QStringLiteral("Rabat"));
    }
    // The title found in the text though its metadata writes its apostrophes otherwise: the
    // title's own rubric is not the body's.
    {
        ArticleMetadata m;
        m.title = QStringLiteral("Automobile : les statistiques de l'AIVAM en 5 points clés");
        Article a = ArticleLoader::fromText(
            QStringLiteral("Automobile : les statistiques de l\u2019AIVAM en 5 points clés\n\nLes ventes de "
                           "voitures neuves se sont établies à 145.289 unités à fin novembre 2022.\n"),
            QStringLiteral("t.txt"), m);
        ClaimExtractor::extractInto(a);
        if (!FrenchLexicon::system().isEmpty())
            QCOMPARE(MeasureReader::read(a).constLast().owner, QString());
    }
    // (Not one the body writes as a place too.)
    QCOMPARE(
        withBody(QStringLiteral("Al Haouz : la commission fait le point"),
                 QStringLiteral("La reconstruction d'Al Haouz avance.\n\nAu total, 56.095 autorisations de "
                                "reconstruction ont été émises. Les travaux se poursuivent à Al Haouz.")),
        QStringLiteral("Al Haouz"));
}

// On an undated page, a count the text calls cumulated since a date runs from that date, not from
// January: its metric is since-YEAR, a running total.
void tst_Grouping::undatedSince()
{
    Article a = article(QStringLiteral("Le nombre cumulé de cas de rougeole enregistrés depuis octobre 2023 "
                                       "s'élève à 19.515."),
                        QString());
    const int found = claimQuoted(a, QStringLiteral("19.515"));
    QVERIFY(found >= 0);
    const MeasureReader::Measure m = MeasureReader::read(a)[found];
    QCOMPARE(m.since, 2023);
    QCOMPARE(int(m.period), int(MeasureReader::Period::Unspecified));
    // (Nor a count the text does not call cumulated: an undated page has no year of its own.)
    Article b
        = article(QStringLiteral("Le nombre de cas de rougeole enregistrés depuis octobre 2023 s'élève à "
                                 "19.515."),
                  QString());
    QCOMPARE(MeasureReader::read(b)[claimQuoted(b, QStringLiteral("19.515"))].since, 0);
}

void tst_Grouping::periods_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("period");
    const int running = int(MeasureReader::Period::RunningTotal);
    const int none = int(MeasureReader::Period::Unspecified);
    QTest::newRow("a stock's level in a month is no month's flow")
        << QStringLiteral("La dette intérieure est passée à 435,8 milliards de dirhams en janvier 2015.")
        << QStringLiteral("435,8 milliards") << none;
    QTest::newRow("the holders of a thing at the end of a month are no running total")
        << QStringLiteral("À fin mars 2017, 18,3 millions de Marocains disposent d'un abonnement internet.")
        << QStringLiteral("18,3 millions") << none;
    QTest::newRow("a price's change in a month is a point of its series")
        << QStringLiteral("Les prix ont augmenté de 0,8 % en octobre 2020.") << QStringLiteral("0,8 %")
        << none;
    QTest::newRow("a stock's change at the end of a month is no running total's")
        << QStringLiteral("À fin mars 2017, les abonnements internet s'établissent à 16,7 millions, soit une "
                          "croissance annuelle de 27,5 %.")
        << QStringLiteral("27,5 %") << none;
    QTest::newRow("a price's change at the end of a month is no running total's")
        << QStringLiteral("Sur un an, l'indice des prix des actifs immobiliers s'est amélioré de 7,6 % à fin "
                          "mars 2017.")
        << QStringLiteral("7,6 %") << none;
    QTest::newRow("first months") << QStringLiteral(
        "Le pays a accueilli 8,9 millions de touristes durant les dix "
        "premiers mois.") << QStringLiteral("8,9 millions")
                                  << running;
    QTest::newRow("a lead with no figure of its own names the first figure's running total")
        << QStringLiteral("Les aéroports montrent un fort dynamisme, avec une nette augmentation du trafic "
                          "sur les dix premiers mois de l'année.\n\nLes plateformes ont accueilli 10,96 "
                          "millions de passagers.\n\nL'aéroport Tunis-Carthage reste le plus fréquenté avec "
                          "6,15 millions de voyageurs (+8,5 %).")
        << QStringLiteral("+8,5 %") << running;
    QTest::newRow("this period is the one named before")
        << QStringLiteral("Le port a traité 20 millions de tonnes durant les six premiers mois.\n\nIl a "
                          "accueilli 581.393 passagers au cours de cette période.")
        << QStringLiteral("581.393") << running;
    const int month = int(MeasureReader::Period::SingleMonth);
    QTest::newRow("not the month of a sentence before one of a whole year")
        << QStringLiteral("Malgré une légère reprise observée en décembre, les statistiques révèlent une "
                          "baisse. Le nombre de passagers a diminué de 0,6 % par rapport à 2023, passant de "
                          "2.942.594 à 2.926.090 voyageurs.")
        << QStringLiteral("2.926.090") << none;
    QTest::newRow("the month of a month")
        << QStringLiteral("Les arrivées ont atteint 1,2 million au cours du mois de juin.")
        << QStringLiteral("1,2 million") << month;
    QTest::newRow("first months, 'mois' left out after a number")
        << QStringLiteral("La facture pétrolière durant les 9 premiers de l'année s'est établie à 39,442 "
                          "milliards de dirhams.")
        << QStringLiteral("39,442 milliards") << running;
    QTest::newRow("a ranking's first of the year is no period")
        << QStringLiteral("Les premiers de l'année ont reçu 3 000 dirhams.")
        << QStringLiteral("3 000 dirhams") << none;
    QTest::newRow("a cumulative capacity is no running total") << QStringLiteral(
        "Le programme comprend six centrales solaires, pour une capacité installée cumulée de "
        "305 MW.") << QStringLiteral("six") << none;
    QTest::newRow("cumulated receipts are a running total")
        << QStringLiteral("Les recettes cumulées à fin juin ont atteint 120 milliards de dirhams.")
        << QStringLiteral("120 milliards") << running;
    QTest::newRow("not a document's month")
        << QStringLiteral("Selon son bulletin mensuel des statistiques du mois de juin, les dépenses ont "
                          "progressé de 4,1 %.")
        << QStringLiteral("4,1 %") << none;
    QTest::newRow("a rate of achievement is the year's to date")
        << QStringLiteral("Le taux de réalisation des recettes ordinaires atteint 88 % à fin novembre.")
        << QStringLiteral("88 %") << none;
    QTest::newRow("a rate of achievement, in a month")
        << QStringLiteral("Les dépenses ordinaires ont été exécutées à hauteur de 90,2 % en novembre 2023.")
        << QStringLiteral("90,2 %") << none;
    QTest::newRow("published at the end of a month is no running total")
        << QStringLiteral("Les données provisoires publiées fin février par l'Institut faisaient état d'une "
                          "hausse de 6,2 % sur un an des prix à la consommation.")
        << QStringLiteral("6,2 %") << none;
    QTest::newRow("the end of a month, without a publication, is")
        << QStringLiteral("Les recettes enregistrées fin février ont atteint 52 milliards de dirhams.")
        << QStringLiteral("52 milliards") << running;
    QTest::newRow("a stock at the end of a month is no running total")
        << QStringLiteral("La dette du Trésor a atteint 1.071,5 milliards de dirhams à fin octobre 2024.")
        << QStringLiteral("1.071,5 milliards") << none;
    QTest::newRow("the members of a population at the end of a month are no running total") << QStringLiteral(
        "La France comptait fin juin 18,67 millions d'abonnés à l'internet haut débit, dont "
        "17,62 millions via l'ADSL.") << QStringLiteral("18,67 millions") << none;
    QTest::newRow("nor a part of them") << QStringLiteral(
        "La France comptait fin juin 18,67 millions d'abonnés à l'internet haut débit, dont "
        "17,62 millions via l'ADSL.") << QStringLiteral("17,62 millions")
                                        << none;
    QTest::newRow("the end of a month, written out, is the same")
        << QStringLiteral("A la fin du mois de mars 2021, le chiffre d'affaires du groupe était de 314,20 "
                          "milliards F Cfa.")
        << QStringLiteral("314,20 milliards") << running;
    QTest::newRow("receipts at the end of a month are")
        << QStringLiteral("Les recettes ordinaires ont atteint 320 milliards de dirhams à fin octobre 2024.")
        << QStringLiteral("320 milliards") << running;
    QTest::newRow("between January and a month")
        << QStringLiteral("11,3 millions de touristes ont été accueillis entre janvier et novembre 2018.")
        << QStringLiteral("11,3 millions") << running;
    QTest::newRow("from January to a month")
        << QStringLiteral("Les recettes ont atteint 3,2 milliards de dirhams de janvier à mars.")
        << QStringLiteral("3,2 milliards") << running;
    QTest::newRow("in ten months") << QStringLiteral(
        "Le pays dépasse la barre des 10 millions de touristes en dix "
        "mois.") << QStringLiteral("10 millions")
                                   << running;
    QTest::newRow("the whole year") << QStringLiteral(
        "Les arrivées ont atteint 14,5 millions entre janvier et "
        "décembre.") << QStringLiteral("14,5 millions")
                                    << none;
    // A paragraph opening on an anaphor continues the period of the one before.
    QTest::newRow("the paragraph before: an anaphor")
        << QStringLiteral("La production a augmenté de 27,4 % à fin mai 2019.\n\nCette dynamique s'est "
                          "nourrie de la production privée (+52,5 %).")
        << QStringLiteral("+52,5 %") << running;
    QTest::newRow("the paragraph before: the same period")
        << QStringLiteral("Les recettes ont progressé de 9,3 % de janvier à octobre 2024.\n\nA la même "
                          "période, le pays a accueilli 14,6 millions de touristes.")
        << QStringLiteral("14,6 millions") << running;
    QTest::newRow("the paragraph before: an anaphor after a preposition")
        << QStringLiteral("Les recettes ont progressé de 9,3 % à fin octobre 2024.\n\nDans cette évolution, "
                          "les tirages se sont établis à 24,9 MMDH.")
        << QStringLiteral("24,9 MMDH") << running;
    QTest::newRow("the paragraph before: no anaphor")
        << QStringLiteral("Les recettes ont progressé de 9,3 % de janvier à octobre 2024.\n\nLe pays a "
                          "accueilli 14,6 millions de touristes.")
        << QStringLiteral("14,6 millions") << none;
    QTest::newRow("the paragraph before: this year")
        << QStringLiteral("Les recettes ont progressé de 9,3 % de janvier à octobre 2024.\n\nCette année, "
                          "le pays a accueilli 14,6 millions de touristes.")
        << QStringLiteral("14,6 millions") << none;
    QTest::newRow("named by the next sentence")
        << QStringLiteral("Un peu moins de 40 milliards de dirhams. C'est le montant de la facture "
                          "énergétique depuis le début de l'année.")
        << QStringLiteral("40 milliards") << running;
    // An aim is not of the month an earlier sentence tells of.
    QTest::newRow("an aim after a month")
        << QStringLiteral("En mai dernier, l'agence a attribué la centrale. Le pays prévoit de dépasser 52 % "
                          "d'énergies renouvelables d'ici 2030.")
        << QStringLiteral("52 %") << none;
    // A change dated to the month of the lead's running total is of it.
    QTest::newRow("the lead's running total") << QStringLiteral(
        "Le pays a accueilli 8,9 millions de touristes durant les dix premiers mois de "
        "2016.\n\nLe nombre des touristes étrangers a diminué de 3,3 %, selon la note d'octobre 2016.")
                                              << QStringLiteral("3,3 %") << running;
    // Published in April: a change the text does not date follows the lead's March running total.
    QTest::newRow("the lead's running total of the month before publication") << QStringLiteral(
        "Le Trésor dégage à fin mars un déficit de 20,5 milliards de dirhams.\n\nLes recettes "
        "ordinaires sont en hausse de 8,6 %.") << QStringLiteral("8,6 %") << running;
    QTest::newRow("not of two months before")
        << QStringLiteral("Le Trésor dégage à fin février un déficit de 20,5 milliards de dirhams.\n\nLes "
                          "recettes ordinaires sont en hausse de 8,6 %.")
        << QStringLiteral("8,6 %") << none;
    QTest::newRow("twelve months") << QStringLiteral(
        "Le pays a accueilli 14,5 millions de touristes sur douze "
        "mois.") << QStringLiteral("14,5 millions")
                                   << none;
}

void tst_Grouping::periods()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(int, period);
    Article a = article(sentence);
    const int found = claimQuoted(a, quote);
    QVERIFY2(found >= 0, qPrintable(quote));
    QCOMPARE(int(MeasureReader::read(a)[found].period), period);
}

// Two outlets giving one precise value for one date measure one thing, whatever their words;
// not a round value, another date, another group or another owner.
// A person named in full, by a shorter name or by the surname alone is one owner; two people of
// one surname stay two, and a country is no one's surname.
void tst_Grouping::people()
{
    QList<Article> articles {
        article(QStringLiteral(
            "Abdelmadjid Tebboune a obtenu 7.976.291 voix. Khalifa Ababacar Sall a obtenu 1,56 % "
            "des voix et Macky Sall a obtenu 14.000 voix.")),
        article(QStringLiteral("Tebboune a obtenu 5.329.253 voix. Sall a obtenu 15.000 voix.")),
        article(
            QStringLiteral("Bassirou Diomaye a obtenu 2.434.751 voix. Bassirou Diomaye Faye a obtenu 54,28 % "
                           "des voix, Diomaye Bassirou Faye 2.434.000 voix.")),
    };
    MetricSet::discover(articles);
    auto metricOf = [&](int a, const QString &quote) {
        const int c = claimQuoted(articles[a], quote);
        return c >= 0 ? articles[a].claims[c].metric : QString();
    };
    const QString tebboune = metricOf(0, QStringLiteral("7.976.291"));
    QVERIFY(tebboune.startsWith(u"abdelmadjid-tebboune."));
    QCOMPARE(metricOf(1, QStringLiteral("5.329.253")), tebboune);
    // "Sall" alone could be either Sall: it stays apart from both.
    QVERIFY(metricOf(1, QStringLiteral("15.000")) != metricOf(0, QStringLiteral("14.000")));
    QCOMPARE(metricOf(2, QStringLiteral("2.434.751")), metricOf(2, QStringLiteral("2.434.000")));
    QVERIFY(metricOf(2, QStringLiteral("2.434.751")).startsWith(u"bassirou-diomaye-faye."));
}

// In a list of figures each followed by "aux"/"au" and a group, each figure is of its own group;
// not a time or a frame ("au deuxième trimestre", "au niveau national").
void tst_Grouping::listGroups()
{
    QList<Article> articles {article(QStringLiteral(
        "Le parti a remporté 102 sièges aux législatives, 9.995 aux élections des conseils des communes et "
        "196 aux élections des conseils des régions. Le nombre de diplômés chômeurs a été de 250.600 au "
        "deuxième trimestre et de 259.600 au premier trimestre 2017."))};
    MetricSet::discover(articles);
    const Article &a = articles.first();
    auto metricOf = [&](const QString &quote) {
        const int c = claimQuoted(a, quote);
        return c >= 0 ? a.claims[c].metric : QString();
    };
    const QString legislative = metricOf(QStringLiteral("102"));
    const QString communal = metricOf(QStringLiteral("9.995"));
    const QString regional = metricOf(QStringLiteral("196"));
    QVERIFY(!legislative.isEmpty() && !communal.isEmpty() && !regional.isEmpty());
    QVERIFY(legislative != communal);
    QVERIFY(communal != regional);
    QVERIFY(legislative != regional);
    QVERIFY(!metricOf(QStringLiteral("250.600")).isEmpty());
    QCOMPARE(metricOf(QStringLiteral("259.600")), metricOf(QStringLiteral("250.600")));
}

// The same figure at another date or said of another place: one measure when it is not round,
// reads the same event and its nouns share a word; not a percentage, nor another event.
void tst_Grouping::repeats()
{
    QList<Article> articles {
        article(
            QStringLiteral("Au Haouz, les familles ont reçu une aide d'urgence de 2.500 dirhams par mois "
                           "en 2023. Le taux de croissance des recettes a atteint 12,5 % en 2016. Au total, "
                           "12.300 dossiers ont été déposés en 2023.")),
        article(
            QStringLiteral("La durée de l'aide d'urgence de 2.500 dirhams par mois a été prolongée en 2025. "
                           "Le taux de croissance des nuitées a atteint 12,5 % en 2019. Au total, 12.300 "
                           "dossiers ont été remboursés en 2024.")),
    };
    MetricSet::discover(articles);
    auto claimOf = [&](int a, const QString &quote) -> const Claim & {
        const int c = claimQuoted(articles[a], quote);
        static const Claim none;
        return c >= 0 ? articles[a].claims[c] : none;
    };
    const QString aid = QStringLiteral("2.500");
    QVERIFY(!claimOf(0, aid).metric.isEmpty());
    QCOMPARE(claimOf(1, aid).metric, claimOf(0, aid).metric);
    const QString rate = QStringLiteral("12,5 %");
    QVERIFY(!claimOf(0, rate).metric.isEmpty());
    QVERIFY(claimOf(1, rate).metric != claimOf(0, rate).metric);
    const QString files = QStringLiteral("12.300");
    QVERIFY(!claimOf(0, files).metric.isEmpty());
    QVERIFY(claimOf(1, files).metric != claimOf(0, files).metric);
}

void tst_Grouping::relays()
{
    QList<Article> articles {
        article(QStringLiteral(
            "Le pays a accueilli 11,35 millions de visiteurs en 2017. Il a reçu 10 millions "
            "de croisiéristes en 2016. Chez les femmes, le chômage a atteint 13,2 % en 2017.")),
        article(QStringLiteral("Les arrivées ont atteint 11,35 millions en 2017. Les nuitées ont atteint 10 "
                               "millions en 2016. Le taux de chômage a atteint 13,2 % en 2017.")),
        article(QStringLiteral("Les arrivées ont atteint 11,2 millions en 2016.")),
        article(QStringLiteral("A Marrakech, les nuitées ont atteint 11,35 millions en 2017.")),
        article(QStringLiteral("Les entrées ont atteint 11,35 millions en 2018.")),
        article(QStringLiteral("Le pays a accueilli 10,33 millions de visiteurs en 2016.")),
        article(QStringLiteral("Les recettes ont atteint 64,2 milliards de dirhams à fin décembre 2016.")),
        article(QStringLiteral("Les recettes touristiques ont atteint 64,2 milliards de dirhams en 2016.")),
    };
    MetricSet::discover(articles);
    auto metricOf = [&](int a, int c) {
        return articles[a].claims[c].metric;
    };
    // The relay: "visiteurs" and "arrivées" are one metric, which the other year's figure joins.
    QCOMPARE(metricOf(0, 0), metricOf(1, 0));
    QCOMPARE(metricOf(2, 0), metricOf(1, 0));
    // The words the relay showed to be one are one in another article.
    QCOMPARE(metricOf(5, 0), metricOf(1, 0));
    // A year's figure is its figure at the end of December.
    QCOMPARE(metricOf(6, 0), metricOf(7, 0));
    // A relay that calls a figure otherwise does not join two metrics its source tells apart: the
    // note gives the production and the energy called for at the same date, an outlet relaying it
    // calls the second production.
    QList<Article> mislabel {
        article(
            QStringLiteral("La production d'électricité a progressé de 6,5 % à fin avril 2018. L'énergie "
                           "appelée a progressé de 2,2 % à fin avril 2018. Les importations ont progressé "
                           "de 20,7 % à fin avril 2018.")),
        article(QStringLiteral("La production d'électricité a progressé de 2,2 % à fin avril 2018. Les "
                               "importations ont progressé de 20,7 % à fin avril 2018.")),
    };
    MetricSet::discover(mislabel);
    QVERIFY(mislabel[0].claims[0].metric != mislabel[0].claims[1].metric);
    QCOMPARE(mislabel[1].claims[0].metric, mislabel[0].claims[0].metric);
    QCOMPARE(mislabel[1].claims[1].metric, mislabel[0].claims[2].metric);
    // A round value is no evidence; a group ("des femmes") is another metric; another owner, or
    // another date, is no relay.
    QVERIFY(metricOf(0, 1) != metricOf(1, 1));
    QVERIFY(metricOf(0, 2) != metricOf(1, 2));
    QVERIFY(metricOf(3, 0) != metricOf(1, 0));
    QVERIFY(metricOf(4, 0) != metricOf(1, 0));

    // Relays that went both ways between two wordings: every figure takes one of them.
    QList<Article> both {
        article(QStringLiteral("Les recettes ont atteint 55,4 milliards de dirhams en 2016. Les recettes "
                               "touristiques ont atteint 71,2 milliards de dirhams en 2018.")),
        article(QStringLiteral("Les recettes touristiques ont atteint 55,4 milliards de dirhams en 2016. "
                               "Les recettes ont atteint 71,2 milliards de dirhams en 2018.")),
        article(QStringLiteral("Les recettes touristiques ont atteint 64,2 milliards de dirhams en 2017.")),
        article(QStringLiteral("Les recettes ont atteint 69,7 milliards de dirhams en 2019.")),
    };
    MetricSet::discover(both);
    for (const Article &a : std::as_const(both))
        QCOMPARE(a.claims.value(0).metric, both[0].claims[0].metric);
    QCOMPARE(both[0].claims[1].metric, both[0].claims[0].metric);

    // A restatement ("soit") shows two nouns one, in the other articles too; not a noun and a
    // kind of it: the foreign tourists' increment stays theirs.
    QList<Article> restated {
        article(QStringLiteral(
            "Le pays a enregistré 15,9 millions de touristes, représentant une croissance de 20 %, soit "
            "2,6 millions de visiteurs supplémentaires. Les touristes étrangers ont augmenté de 23 %, "
            "soit 1,5 million de visiteurs supplémentaires.")),
        article(QStringLiteral("Le pays a reçu 12 millions de visiteurs en 2019.")),
        article(QStringLiteral("Le pays a reçu 13 millions de touristes en 2018.")),
    };
    MetricSet::discover(restated);
    const QString increment = restated[0].claims[2].metric;
    QVERIFY2(increment.startsWith(QStringLiteral("national.touriste.increment")), qPrintable(increment));
    QCOMPARE(restated[1].claims[0].metric, restated[2].claims[0].metric);

    // A relay between a noun the set writes with several kinds and one of them ("les prix", "les
    // prix de l'énergie") makes no other energy price all prices.
    QList<Article> kinds {
        article(QStringLiteral("La progression des prix de l'énergie a ralenti (+14,1 % après +16,3 %). Les "
                               "prix des services ont augmenté de 3 %.")),
        article(QStringLiteral("Les prix ont augmenté de 14,1 %.")),
        article(QStringLiteral(
            "En février 2023, les prix de l'énergie ont augmenté de 14 % sur un an. En février "
            "2023, les prix ont augmenté de 6,2 % sur un an.")),
    };
    MetricSet::discover(kinds);
    QCOMPARE(kinds[1].claims[0].metric, kinds[0].claims[0].metric);
    // …and when the article of the general noun gives it another value, the relay is of the
    // relayed figure alone: that article's other prices stay prices.
    QList<Article> alone {
        article(QStringLiteral("La progression des prix de l'énergie a ralenti (+14,1 % après +16,3 %). Les "
                               "prix des services ont augmenté de 3 %.")),
        article(QStringLiteral("Pour l'énergie, les prix ont augmenté de 14,1 %. Hors loyers, la hausse des "
                               "prix affiche alors 6,7 %.")),
    };
    MetricSet::discover(alone);
    QCOMPARE(alone[1].claims[0].metric, alone[0].claims[0].metric);
    QVERIFY2(alone[1].claims[1].metric != alone[0].claims[0].metric, qPrintable(alone[1].claims[1].metric));

    // Figures an article dates to nothing are at one date, the article's: two values it gives
    // there are two metrics, whatever repeats in other articles chain them.
    QList<Article> undated {
        article(QStringLiteral("Le PJD a remporté 125 sièges. Le PAM a obtenu 102 sièges."), QString()),
        article(QStringLiteral("Les islamistes ont obtenu 125 sièges. Les libéraux ont obtenu 102 sièges."),
                QString()),
    };
    MetricSet::discover(undated);
    QVERIFY2(undated[0].claims[0].metric != undated[0].claims[1].metric,
             qPrintable(undated[0].claims[0].metric));
    QVERIFY2(kinds[2].claims[0].metric != kinds[2].claims[1].metric, qPrintable(kinds[2].claims[0].metric));
    const QString foreign = restated[0].claims[4].metric;
    QVERIFY2(foreign.startsWith(QStringLiteral("national.touriste-etranger.increment")), qPrintable(foreign));
    QVERIFY(restated[0].claims[3].metric != restated[0].claims[1].metric);
}

// Two articles, a figure quoted in each: one metric or two.
void tst_Grouping::sameMetric_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstQuote");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("secondQuote");
    QTest::addColumn<bool>("same");
    QTest::newRow("inflation and the rise of prices")
        << QStringLiteral("L'inflation a atteint 6,2 % sur un an en février 2023.") << QStringLiteral("6,2 %")
        << QStringLiteral("En février 2023, les prix à la consommation ont augmenté de 6,3 % sur un an.")
        << QStringLiteral("6,3 %") << true;
    QTest::newRow("the prices of the country are the country's prices")
        << QStringLiteral(
               "Au Maroc, le HCP a publié sa mise à jour de l'indice des prix à la consommation du "
               "pays : en février 2023, il a augmenté de 1,7 % par rapport au mois précédent.")
        << QStringLiteral("1,7 %")
        << QStringLiteral("Au Maroc, l'indice des prix à la consommation a augmenté de 0,3 % en mars 2023 "
                          "par rapport au mois précédent.")
        << QStringLiteral("0,3 %") << true;
    QTest::newRow("a relay whose owner is written in another case")
        << QStringLiteral("Les aéroports sous la gestion de l'OACA ont accueilli 8,31 millions de passagers "
                          "en octobre 2024.")
        << QStringLiteral("8,31 millions")
        << QStringLiteral("Selon l'Oaca, les aéroports sous sa gestion ont comptabilisé 8,31 millions de "
                          "passagers durant les dix premiers mois de 2024, à fin octobre 2024.")
        << QStringLiteral("8,31 millions") << true;
    QTest::newRow("a profit is a result")
        << QStringLiteral("Le groupe Sonatel a réalisé un résultat net de 55 milliards FCFA au premier "
                          "trimestre 2021.")
        << QStringLiteral("55 milliards")
        << QStringLiteral("Au premier trimestre 2021, le groupe Sonatel affiche un bénéfice net de 55 "
                          "milliards de F.CFA.")
        << QStringLiteral("55 milliards") << true;
    // A change counted from a year well before its own is another figure.
    QTest::newRow("a change since 1960")
        << QStringLiteral(
               "La population urbaine a augmenté au rythme de 3,04 % par an depuis 1960, pour atteindre "
               "23,1 millions d'habitants en 2024.")
        << QStringLiteral("3,04 %")
        << QStringLiteral("La population urbaine a augmenté de 1,24 % par an en 2024.")
        << QStringLiteral("1,24 %") << false;
    QTest::newRow("a change since the year before")
        << QStringLiteral("En 2024, les recettes ont augmenté de 11 % par rapport à 2023.")
        << QStringLiteral("11 %") << QStringLiteral("En 2022, les recettes ont augmenté de 7 %.")
        << QStringLiteral("7 %") << true;
    // A count run from an earlier year is another figure than a week's.
    QTest::newRow("a count over more than a year")
        << QStringLiteral("Du 1er octobre 2023 au 13 avril 2025, plus de 25 000 cas de rougeole ont été "
                          "signalés.")
        << QStringLiteral("25 000")
        << QStringLiteral("Durant la semaine du 7 au 13 avril 2025, 1 200 cas de rougeole ont été signalés.")
        << QStringLiteral("1 200") << false;
    QTest::newRow("a count since an earlier year")
        << QStringLiteral(
               "En décembre 2024, le nombre de cas enregistrés depuis octobre 2023 s'élève à 19.515.")
        << QStringLiteral("19.515")
        << QStringLiteral("En décembre 2024, 1 200 cas ont été enregistrés en une semaine.")
        << QStringLiteral("1 200") << false;
    QTest::newRow("a span of dates opening the sentence dates its later figures")
        << QStringLiteral(
               "Du 1er octobre 2023 au 13 avril 2025, plus de 25 000 cas suspects ont été signalés "
               "dans les régions, dont 13 706 cas confirmés en laboratoire, et 184 personnes sont "
               "décédées.")
        << QStringLiteral("184")
        << QStringLiteral("Au cours de la semaine du 7 au 13 avril 2025, 6 personnes sont décédées.")
        << QStringLiteral("6") << false;
    QTest::newRow("not a season's count")
        << QStringLiteral("Les exportations ont atteint 629.300 tonnes durant cette saison (du 1er septembre "
                          "2021 au 31 août 2022).")
        << QStringLiteral("629.300")
        << QStringLiteral("En 2022, les exportations ont atteint 600.000 tonnes.")
        << QStringLiteral("600.000") << true;
    QTest::newRow("cases written as the subject, without unit")
        << QStringLiteral("Les cas de rougeole dans la région de Béni Mellal Khénifra ont atteint 58 en mars "
                          "2025.")
        << QStringLiteral("58")
        << QStringLiteral(
               "En février 2025, 80 cas ont été enregistrés dans la région de Béni Mellal Khénifra.")
        << QStringLiteral("80") << true;
    QTest::newRow("not a record's since")
        << QStringLiteral(
               "En juin 2024, la subvention est tombée à 909 millions de dirhams, son niveau le plus "
               "bas depuis février 2021.")
        << QStringLiteral("909 millions")
        << QStringLiteral("En juillet 2024, la subvention est montée à 1,1 milliard de dirhams.")
        << QStringLiteral("1,1 milliard") << true;
    // A compound name with one of its words written short is that name.
    QTest::newRow("a region's name written short")
        << QStringLiteral(
               "En février 2025, les cas se sont chiffrés à 624 dans la région de Casablanca-Settat.")
        << QStringLiteral("624")
        << QStringLiteral("En mars 2025, les nouvelles infections se sont chiffrées à 350 dans la région de "
                          "Casa-Settat.")
        << QStringLiteral("350") << true;
    // A name of several words is the acronym its initials spell.
    QTest::newRow("a name and its acronym")
        << QStringLiteral(
               "En 2023, l'Office national des chemins de fer a transporté 52 millions de voyageurs.")
        << QStringLiteral("52 millions")
        << QStringLiteral("En 2024, l'ONCF a transporté 55 millions de voyageurs.")
        << QStringLiteral("55 millions") << true;
    QTest::newRow("not another acronym")
        << QStringLiteral("En 2023, l'Office national des aéroports a accueilli 2,4 millions de passagers.")
        << QStringLiteral("2,4 millions")
        << QStringLiteral("En 2024, l'ONCF a accueilli 3,1 millions de passagers.")
        << QStringLiteral("3,1 millions") << false;
    // The first aim is neither the aim revised since nor a forecast.
    QTest::newRow("an initial aim")
        << QStringLiteral("En 2024, l'objectif initial était fixé à 11,7 millions de barils.")
        << QStringLiteral("11,7 millions")
        << QStringLiteral("En 2024, la production devrait s'établir autour de 15,5 millions de barils.")
        << QStringLiteral("15,5 millions") << false;
    // A single month's flow repeated at another month is another month's figure.
    QTest::newRow("one value, two months")
        << QStringLiteral(
               "En novembre 2024, la production de pétrole brut s'est élevée à 2,94 millions de barils.")
        << QStringLiteral("2,94 millions")
        << QStringLiteral(
               "En décembre 2024, les ventes de pétrole brut ont porté sur 2,94 millions de barils.")
        << QStringLiteral("2,94 millions") << false;
    // The whole year of a flow is its total's change; of prices, their average change.
    QTest::newRow("the whole year of a flow")
        << QStringLiteral("En 2023, sur l'ensemble de l'année, les transferts ont augmenté de 4 %.")
        << QStringLiteral("4 %") << QStringLiteral("En 2022, les transferts ont augmenté de 5 %.")
        << QStringLiteral("5 %") << true;
    QTest::newRow("the whole year of prices")
        << QStringLiteral("En 2023, sur l'ensemble de l'année, les prix ont augmenté de 4 %.")
        << QStringLiteral("4 %") << QStringLiteral("En 2022, les prix ont augmenté de 5 %.")
        << QStringLiteral("5 %") << false;
    QTest::newRow("a company with or without its kind, in either case")
        << QStringLiteral(
               "Le produit net bancaire d'Attijariwafa bank s'élève à 12,5 milliards de dirhams au "
               "premier semestre 2021.")
        << QStringLiteral("12,5 milliards")
        << QStringLiteral(
               "Le produit net bancaire d'Attijariwafa Bank s'est élevé à 12,4 milliards de dirhams "
               "au premier semestre 2021.")
        << QStringLiteral("12,4 milliards") << true;
    QTest::newRow("the Hexagone is France")
        << QStringLiteral("En France, l'inflation a atteint 6,2 % en février 2023.")
        << QStringLiteral("6,2 %")
        << QStringLiteral("Dans l'Hexagone, la hausse des prix a atteint 6,3 % sur un an en février 2023.")
        << QStringLiteral("6,3 %") << true;
    QTest::newRow("a change over a quarter is not the change over a year")
        << QStringLiteral("En glissement trimestriel, l'indice des prix des actifs immobiliers a augmenté de "
                          "2,2 % au quatrième trimestre 2016.")
        << QStringLiteral("2,2 %")
        << QStringLiteral(
               "En glissement annuel, l'indice des prix des actifs immobiliers a augmenté de 4,6 % "
               "au quatrième trimestre 2016.")
        << QStringLiteral("4,6 %") << false;
    QTest::newRow("a change from one quarter to the other, however it is said")
        << QStringLiteral(
               "Les ventes ont reculé de 6,7 % d'un trimestre à l'autre au premier trimestre 2013.")
        << QStringLiteral("6,7 %")
        << QStringLiteral("Par rapport au trimestre précédent, les ventes ont baissé de 6,5 % au premier "
                          "trimestre 2013.")
        << QStringLiteral("6,5 %") << true;
    QTest::newRow("a change over a month is not the change over a year")
        << QStringLiteral("Sur un mois, les prix ont augmenté de 1 % en février 2023.")
        << QStringLiteral("1 %")
        << QStringLiteral("En février 2023, les prix ont augmenté de 6,3 % sur un an.")
        << QStringLiteral("6,3 %") << false;
    QTest::newRow("an average over the year is not the change from a month a year before")
        << QStringLiteral("Le taux d'inflation annuel moyen en 2022 est de 9,7 %.") << QStringLiteral("9,7 %")
        << QStringLiteral(
               "Par rapport au mois de décembre 2021, les prix à la consommation se sont accrus de "
               "12,8 % en décembre 2022.")
        << QStringLiteral("12,8 %") << false;
    QTest::newRow("an average over the year, however it is said")
        << QStringLiteral("L'inflation annuelle moyenne est évaluée à 9,7 % en 2022.")
        << QStringLiteral("9,7 %")
        << QStringLiteral("Le taux d'inflation, calculé sur toute l'année 2023, est ressorti à +5,9 %.")
        << QStringLiteral("+5,9 %") << true;
    QTest::newRow("the headline's figure an article says elsewhere is an average")
        << QStringLiteral(
               "L'inflation a ralenti à 5,9 % en 2023. Le taux d'inflation, calculé sur toute l'année "
               "2023, est ressorti à +5,9 %.")
        << QStringLiteral("5,9 %")
        << QStringLiteral("L'inflation annuelle moyenne est évaluée à 9,7 % en 2022.")
        << QStringLiteral("9,7 %") << true;
    QTest::newRow("a price's change dated to a month is a point of its series")
        << QStringLiteral("Les prix des produits alimentaires ont augmenté de 5,6 % en octobre 2020.")
        << QStringLiteral("5,6 %")
        << QStringLiteral("Les prix des produits alimentaires ont augmenté de 4,3 % sur un an.")
        << QStringLiteral("4,3 %") << true;
    QTest::newRow("a flow's change in a single month is not its change over the year")
        << QStringLiteral("Les arrivées de touristes ont augmenté de 31 % en janvier 2024.")
        << QStringLiteral("31 %") << QStringLiteral("Les arrivées de touristes ont augmenté de 10 % en 2023.")
        << QStringLiteral("10 %") << false;
    QTest::newRow("the change of what energy costs is the change of its price")
        << QStringLiteral("En février 2023, la croissance du coût de l'énergie ralentit (14 % sur un an).")
        << QStringLiteral("14 %")
        << QStringLiteral("En février 2023, les prix de l'énergie ont augmenté de 16,3 % sur un an.")
        << QStringLiteral("16,3 %") << true;
    QTest::newRow("over a month, however it is said")
        << QStringLiteral("L'indice des prix a augmenté de 1,7 % par rapport au mois précédent, en février "
                          "2023.")
        << QStringLiteral("1,7 %")
        << QStringLiteral(
               "Les prix se sont repliés de 1 % en février 2023, comparés à ceux du mois précédent.")
        << QStringLiteral("1 %") << true;
    QTest::newRow("compared with the month before, named without its year")
        << QStringLiteral(
               "À fin janvier 2019, l'encours des crédits bancaires ressort en baisse de 2 % à 852,8 "
               "milliards de dirhams comparativement à décembre.")
        << QStringLiteral("2 %")
        << QStringLiteral(
               "À fin janvier 2019, l'encours des crédits bancaires s'améliore de 3,2 % en glissement "
               "annuel.")
        << QStringLiteral("3,2 %") << false;
    QTest::newRow("the figure after a yearly base is over a year")
        << QStringLiteral("En février 2023, les prix ont augmenté de 1,7 % par rapport au mois précédent, et "
                          "de 10,1 % d'une année sur l'autre.")
        << QStringLiteral("10,1 %")
        << QStringLiteral("En février 2023, les prix ont augmenté de 6,3 % sur un an.")
        << QStringLiteral("6,3 %") << true;
    QTest::newRow("between two months that follow each other")
        << QStringLiteral(
               "Les hausses entre janvier et février 2023 concernent les prix des légumes (17,8 %).")
        << QStringLiteral("17,8 %")
        << QStringLiteral("Sur un mois, les prix des légumes ont augmenté de 3 % en février 2023.")
        << QStringLiteral("3 %") << true;
    QTest::newRow("seats and members elected")
        << QStringLiteral("Le PJD a obtenu 125 sièges en 2016.") << QStringLiteral("125")
        << QStringLiteral("Le PJD a remporté 102 députés en 2011.") << QStringLiteral("102") << true;
    QTest::newRow("votes cast are ballots cast")
        << QStringLiteral("Le nombre de votes exprimés a été de 9 461 428 en 2024.")
        << QStringLiteral("9 461 428")
        << QStringLiteral("Le nombre de suffrages exprimés est de 8 504 346 en 2019.")
        << QStringLiteral("8 504 346") << true;
    QTest::newRow("a share of the votes is a share of the ballots")
        << QStringLiteral("Il a obtenu 58,13 % des votes en 2019.") << QStringLiteral("58,13 %")
        << QStringLiteral("Il a obtenu 84,30 % des voix en 2024.") << QStringLiteral("84,30 %") << true;
    QTest::newRow("a change in value is not a change in weight")
        << QStringLiteral(
               "Les débarquements ont diminué de 13 % en terme de valeur en 2016, et de 16 % en poids.")
        << QStringLiteral("16 %")
        << QStringLiteral("Les débarquements ont diminué de 13 % en valeur en 2016.")
        << QStringLiteral("13 %") << false;
    QTest::newRow("a change in value, however it is said")
        << QStringLiteral("Les débarquements ont diminué de 13 % en terme de valeur en 2016.")
        << QStringLiteral("13 %")
        << QStringLiteral("Les débarquements ont diminué de 13 % en valeur en 2016.")
        << QStringLiteral("13 %") << true;
    QTest::newRow("a bare number of a plural noun counts it")
        << QStringLiteral("Les chômeurs sont en augmentation de 33.000 sur le marché du travail en 2017.")
        << QStringLiteral("33.000")
        << QStringLiteral("Le nombre de chômeurs a augmenté de 138.000 personnes en 2023.")
        << QStringLiteral("138.000") << true;
    QTest::newRow("a group written into the noun, as another figure gives it")
        << QStringLiteral("La production d'origine thermique a progressé de 10,3 % en 2018.")
        << QStringLiteral("10,3 %")
        << QStringLiteral("La production thermique a progressé de 12,3 % en 2019.")
        << QStringLiteral("12,3 %") << true;
    QTest::newRow("the set's topic, written after every noun, is no complement")
        << QStringLiteral("La production privée d'énergie électrique s'est renforcée de 3,3 % à fin avril "
                          "2018. Les importations d'énergie électrique ont reculé de 17,7 % à fin avril "
                          "2018. La consommation d'énergie électrique a progressé de 0,9 % à fin avril 2018.")
        << QStringLiteral("3,3 %")
        << QStringLiteral("La hausse de la production privée de 2,4 % à fin mai 2018 a aidé.")
        << QStringLiteral("2,4 %") << true;
    QTest::newRow("a complement written once may tell a figure apart")
        << QStringLiteral(
               "La production privée d'énergie électrique s'est renforcée de 3,3 % à fin avril 2018.")
        << QStringLiteral("3,3 %")
        << QStringLiteral("La hausse de la production privée de 2,4 % à fin mai 2018 a aidé.")
        << QStringLiteral("2,4 %") << false;
    QTest::newRow("a complement that tells figures apart stays")
        << QStringLiteral("Les ventes d'énergie de basse tension ont progressé de 5,9 % à fin mai 2019. Les "
                          "ventes d'énergie de haute tension ont reculé de 1,5 % à fin mai 2019. Les ventes "
                          "d'énergie de moyenne tension ont reculé de 0,5 % à fin mai 2019.")
        << QStringLiteral("5,9 %")
        << QStringLiteral("Les ventes d'énergie ont reculé de 1,5 % à fin mai 2018.")
        << QStringLiteral("1,5 %") << false;
    QTest::newRow("a place with or without its Arabic article")
        << QStringLiteral("À Al Hoceima, le nombre de touristes a atteint 120.000 en 2023.")
        << QStringLiteral("120.000")
        << QStringLiteral("À Hoceima, le nombre de touristes a atteint 135.000 en 2024.")
        << QStringLiteral("135.000") << true;
    QTest::newRow("a loss is not a gain")
        << QStringLiteral("Le nombre de chômeurs a baissé de 64.000 personnes en 2018.")
        << QStringLiteral("64.000")
        << QStringLiteral("Le nombre de chômeurs a augmenté de 138.000 personnes en 2023.")
        << QStringLiteral("138.000") << false;
    QTest::newRow("losses are one")
        << QStringLiteral("Le nombre de chômeurs a reculé de 64.000 personnes en 2018.")
        << QStringLiteral("64.000")
        << QStringLiteral(
               "Le nombre de chômeurs est en baisse de 12.000 personnes, 9.000 en 2017 et 3.000 en "
               "2016.")
        << QStringLiteral("9.000") << true;
    QTest::newRow("new ones are no loss")
        << QStringLiteral("Le chômage a baissé en 2018, mais 33.000 nouveaux chômeurs sont apparus en 2017.")
        << QStringLiteral("33.000")
        << QStringLiteral("Le nombre de chômeurs a augmenté de 138.000 personnes en 2023.")
        << QStringLiteral("138.000") << true;
    QTest::newRow("a noun and its flow's participle name the flow")
        << QStringLiteral("L'énergie produite par l'ONEE a reculé de 23,2 % à fin mai 2019.")
        << QStringLiteral("23,2 %")
        << QStringLiteral("La production de l'ONEE a progressé de 12,6 % à fin mai 2018.")
        << QStringLiteral("12,6 %") << true;
    QTest::newRow("a power installed is the capacity installed")
        << QStringLiteral("La puissance installée d'origine solaire s'est établie à 1.466 MW en 2021.")
        << QStringLiteral("1.466 MW")
        << QStringLiteral("Fin 2018, le pays avait installé 700 MW d'énergie solaire.")
        << QStringLiteral("700 MW") << true;
    QTest::newRow("a wind capacity is not a solar one")
        << QStringLiteral("La puissance installée d'origine solaire s'est établie à 1.466 MW en 2021.")
        << QStringLiteral("1.466 MW")
        << QStringLiteral("Fin 2018, le pays avait installé 1 215 MW d'énergie éolienne.")
        << QStringLiteral("1 215 MW") << false;
    QTest::newRow("the Treasury's accounts are the country's")
        << QStringLiteral("La situation des charges et ressources du Trésor dégage un déficit budgétaire de "
                          "27,4 milliards de dirhams à fin juin 2021.")
        << QStringLiteral("27,4 milliards")
        << QStringLiteral("Le déficit budgétaire s'est établi à 28,7 milliards de dirhams à fin juin 2020.")
        << QStringLiteral("28,7 milliards") << true;
    QTest::newRow("this figure is the one before")
        << QStringLiteral("Le déficit budgétaire atteindrait 3,5 % du PIB en 2025. Ce chiffre marque une "
                          "diminution de 0,5 point.")
        << QStringLiteral("0,5 point")
        << QStringLiteral("Le déficit budgétaire a reculé de 0,3 point en 2024.")
        << QStringLiteral("0,3 point") << true;
    QTest::newRow("not another participle")
        << QStringLiteral("L'énergie appelée a reculé de 3,2 % à fin mai 2019.") << QStringLiteral("3,2 %")
        << QStringLiteral("La production de l'ONEE a progressé de 12,6 % à fin mai 2018.")
        << QStringLiteral("12,6 %") << false;
    QTest::newRow("énergie électrique is électricité")
        << QStringLiteral(
               "La production nationale de l'énergie électrique a progressé de 6,5 % à fin avril 2018.")
        << QStringLiteral("6,5 %")
        << QStringLiteral("La production nationale d'électricité a progressé de 5,8 % à fin mai 2019.")
        << QStringLiteral("5,8 %") << true;
    // What exports bring in is their value; the adjective of the exporter's own country adds
    // nothing to a product (it does to a head: "les touristes marocains" are a group).
    QTest::newRow("export receipts are the exports' value, the country's product is its product")
        << QStringLiteral(
               "Les recettes des exportations d'huile d'olive ont atteint 3 963 millions de dinars à "
               "fin mai 2024 en Tunisie.")
        << QStringLiteral("3 963 millions")
        << QStringLiteral(
               "En Tunisie, les exportations d'huile d'olive tunisienne ont totalisé 2865,7 millions "
               "de dinars à la fin de mars 2024.")
        << QStringLiteral("2865,7 millions") << true;
    QTest::newRow("not the country's people")
        << QStringLiteral("Les nuitées des touristes marocains ont atteint 8 millions en 2023 au Maroc.")
        << QStringLiteral("8 millions")
        << QStringLiteral("Au Maroc, les nuitées des touristes ont atteint 25 millions en 2022.")
        << QStringLiteral("25 millions") << false;
    QTest::newRow("a bare number of a rate does not")
        << QStringLiteral("L'indice des prix a atteint 105 en 2017.") << QStringLiteral("105")
        << QStringLiteral("Le nombre de prix a atteint 138 en 2023.") << QStringLiteral("138") << false;
}

void tst_Grouping::sameMetric()
{
    QFETCH(QString, first);
    QFETCH(QString, firstQuote);
    QFETCH(QString, second);
    QFETCH(QString, secondQuote);
    QFETCH(bool, same);
    QList<Article> articles {article(first), article(second)};
    const int a = claimQuoted(articles[0], firstQuote);
    const int b = claimQuoted(articles[1], secondQuote);
    QVERIFY2(a >= 0, qPrintable(firstQuote));
    QVERIFY2(b >= 0, qPrintable(secondQuote));
    MetricSet::discover(articles);
    const QString x = articles[0].claims[a].metric;
    const QString y = articles[1].claims[b].metric;
    QVERIFY2(!x.isEmpty() && !y.isEmpty(), qPrintable(x + u" / " + y));
    QVERIFY2((x == y) == same, qPrintable(x + u" / " + y));
}

// An installed capacity adds up: a figure below one of an earlier date is flagged, a year alone
// being before every date of a later year; one that grows is not.
void tst_Grouping::capacityFalls()
{
    auto decreases = [](QList<Article> articles) {
        const MetricSet set = MetricSet::discover(articles);
        QStringList quoted;
        for (const Finding &f : ConsistencyChecker::check(articles, MetricTaxonomy::bundled(), {}, &set)) {
            if (f.kind != QLatin1String("decrease"))
                continue;
            for (const auto &[a, c] : f.claims)
                quoted << articles[a].text.mid(articles[a].claims[c].start,
                                               articles[a].claims[c].end - articles[a].claims[c].start);
        }
        quoted.sort();
        return quoted;
    };
    const QString before = QStringLiteral("Fin 2018, le pays avait installé 1 215 MW d'énergie éolienne.");
    const QString after = QStringLiteral("A fin 2023, la capacité installée de l'éolien atteint 2.010 MW.");
    QCOMPARE(decreases({article(before),
                        article(QStringLiteral("En 2021, la puissance installée de l'éolien s'est établie à "
                                               "831 MW.")),
                        article(after)}),
             QStringList({QStringLiteral("1 215"), QStringLiteral("831")}));
    QCOMPARE(decreases({article(before),
                        article(QStringLiteral("En 2021, la puissance installée de l'éolien s'est établie à "
                                               "1.831 MW.")),
                        article(after)}),
             QStringList());
    // Another energy is another capacity.
    QCOMPARE(decreases({article(before),
                        article(QStringLiteral("En 2021, la puissance installée d'origine solaire s'est "
                                               "établie à 831 MW."))}),
             QStringList());
}

// The same articles in another order: the same metrics, the same ids.
void tst_Grouping::deterministic()
{
    QList<Article> articles
        = extracted(Corpus::loadManifest(QStringLiteral(BILAN_TEST_DATA "/eval/tourisme/manifest.json")));
    QVERIFY(articles.size() > 3);
    QList<Article> reversed(articles.rbegin(), articles.rend());
    const MetricSet one = MetricSet::discover(articles);
    const MetricSet two = MetricSet::discover(reversed);
    QCOMPARE(one.metrics().size(), two.metrics().size());
    for (const MetricSet::Metric &m : one.metrics()) {
        const MetricSet::Metric *other = two.metric(m.id);
        QVERIFY2(other, qPrintable(m.id));
        QCOMPARE(other->claims.size(), m.claims.size());
        QCOMPARE(other->label, m.label);
    }
    // Every claim given a metric names one of the set.
    for (const Article &a : articles) {
        for (const Claim &c : a.claims) {
            if (!c.metric.isEmpty())
                QVERIFY2(one.metric(c.metric), qPrintable(c.metric));
        }
    }
}

// Discovery reads the presets extraction gave fresh claims without assigning them again; once the
// claims carry discovered metrics (or come from a project's store), it assigns them itself. Both
// give the same metrics.
void tst_Grouping::discoveredAgain()
{
    QList<Article> articles = TestSupport::bundledExtracted();
    for (const Article &a : std::as_const(articles))
        QVERIFY(a.presetsAssigned == &MetricTaxonomy::bundled());
    const MetricSet fresh = MetricSet::discover(articles);
    QStringList first;
    for (const Article &a : std::as_const(articles)) {
        QVERIFY(!a.presetsAssigned); // the claims now carry the discovered metrics
        for (const Claim &c : a.claims)
            first << c.metric;
    }
    QVERIFY(std::any_of(first.cbegin(), first.cend(), [&](const QString &id) {
        return fresh.metric(id) && !fresh.metric(id)->preset.isEmpty();
    }));
    MetricSet::discover(articles);
    QStringList again;
    for (const Article &a : std::as_const(articles))
        for (const Claim &c : a.claims)
            again << c.metric;
    QCOMPARE(again, first);
}

// The people the body introduces with a role are read by extraction and kept for metric
// discovery; an article whose claims come from elsewhere (a project's store) has them read again,
// with the same metrics.
void tst_Grouping::peopleWithRolesReadOnce()
{
    const Article extracted = article(QStringLiteral(
        "Le Chef du gouvernement, Aziz Akhannouch, a présidé la réunion du comité. Akhannouch a "
        "inauguré hier 3.000 logements reconstruits."));
    QVERIFY(extracted.peopleWithRoles);
    QVERIFY(extracted.peopleWithRoles->contains(QStringLiteral("Aziz Akhannouch")));
    QList<Article> kept {extracted};
    Article stored = extracted;
    stored.peopleWithRoles.reset();
    QList<Article> again {stored};
    MetricSet::discover(kept);
    MetricSet::discover(again);
    const int homes = claimQuoted(kept.first(), QStringLiteral("3.000"));
    QVERIFY(homes >= 0);
    const QString metric = kept.first().claims[homes].metric;
    QVERIFY(!metric.isEmpty());
    QVERIFY(!metric.contains(u"akhannouch"));
    QCOMPARE(again.first().claims[homes].metric, metric);
}

void tst_Grouping::set_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("bundled") << QStringLiteral("bundled");
    const QDir eval(QStringLiteral(BILAN_TEST_DATA "/eval"));
    for (const QString &name : eval.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(eval.filePath(name + QStringLiteral("/groups.json"))))
            QTest::addRow("%s", qPrintable(name)) << name;
    }
}

void tst_Grouping::set()
{
    QFETCH(QString, name);
    QList<Article> articles;
    QStringList gold, got, names;
    if (name == u"bundled") {
        articles = TestSupport::bundledExtracted();
        MetricSet::discover(articles);
        const QJsonObject claims = readJson(QStringLiteral(BILAN_TEST_DATA "/metrics/bundled-gold.json"))
                                       .value(QStringLiteral("claims"))
                                       .toObject();
        QVERIFY(!claims.isEmpty());
        QHash<QString, std::pair<int, int>> byClaimId;
        for (int a = 0; a < articles.size(); ++a) {
            const CodePointMap map(articles[a].text);
            for (int c = 0; c < articles[a].claims.size(); ++c)
                byClaimId.insert(ArticleJson::claimId(articles[a], articles[a].claims[c], map), {a, c});
        }
        for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
            if (!it.value().isString())
                continue;
            const auto [a, c] = byClaimId.value(it.key(), {-1, -1});
            gold << it.value().toString();
            got << (a >= 0 ? articles[a].claims[c].metric : QString());
            names << it.key();
        }
    } else {
        const QString dir = QStringLiteral(BILAN_TEST_DATA "/eval/") + name;
        LoadReport report = Corpus::loadManifest(dir + QStringLiteral("/manifest.json"));
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        articles = extracted(report);
        MetricSet::discover(articles);
        QHash<QString, int> byId;
        for (int a = 0; a < articles.size(); ++a)
            byId.insert(articles[a].id, a);
        const QJsonArray groups
            = readJson(dir + QStringLiteral("/groups.json")).value(QStringLiteral("groups")).toArray();
        QVERIFY(!groups.isEmpty());
        for (const QJsonValue &g : groups) {
            const QString key = g.toObject().value(QStringLiteral("key")).toString();
            for (const QJsonValue &claim : g.toObject().value(QStringLiteral("claims")).toArray()) {
                const auto [a, c] = findNamed(articles, byId, claim.toString());
                gold << key;
                got << (a >= 0 ? articles[a].claims[c].metric : QString());
                names << claim.toString();
            }
        }
    }
    const Score s = ::bcubed(gold, got);
    qInfo("| set | claims | B-cubed precision | recall | F1 |");
    qInfo("| %s | %d | %s | %s | %s |", qPrintable(name), s.claims, qPrintable(percent(s.precision)),
          qPrintable(percent(s.recall)), qPrintable(percent(s.f1())));
    if (qEnvironmentVariableIsSet("BILAN_GROUPING_PROBLEMS")) {
        QMap<QString, QStringList> byGold;
        for (qsizetype i = 0; i < gold.size(); ++i)
            byGold[gold[i]] << QStringLiteral("%1 → %2").arg(names[i],
                                                             got[i].isEmpty() ? QStringLiteral("-") : got[i]);
        for (auto it = byGold.constBegin(); it != byGold.constEnd(); ++it) {
            qInfo("%s", qPrintable(it.key()));
            for (const QString &line : it.value())
                qInfo("    %s", qPrintable(line));
        }
    }
    const QJsonObject floors = m_floors.value(name).toObject();
    QVERIFY2(!floors.isEmpty(),
             qPrintable(QStringLiteral("grouping-floors.json has no entry for %1").arg(name)));
    for (const auto &[key, value] :
         {std::pair {"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1()}}) {
        const double floor = floors.value(QLatin1String(key)).toDouble(1.0);
        QVERIFY2(value + 1e-9 >= floor,
                 qPrintable(QStringLiteral("%1: %2 %3% is below its floor %4%")
                                .arg(name, QLatin1String(key), percent(value), percent(floor))));
    }
}

void tst_Grouping::findings_data()
{
    QTest::addColumn<QString>("name");
    const QDir eval(QStringLiteral(BILAN_TEST_DATA "/eval"));
    for (const QString &name : eval.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(eval.filePath(name + QStringLiteral("/findings.json"))))
            QTest::addRow("%s", qPrintable(name)) << name;
    }
}

// The checks on the discovered metrics against tests/data/eval/*/findings.json
// (bilan.findings-gold/1): a real finding is reported when one finding names two of its
// claims or more; a decoy is flagged when a flag (not a note) names two of its claims or more
// (for a contradiction, two that disagree, and that no real finding names together).
// Floors: "findings_found" (at least) and "decoys_flagged" (at most) in grouping-floors.json.
void tst_Grouping::findings()
{
    QFETCH(QString, name);
    const QString dir = QStringLiteral(BILAN_TEST_DATA "/eval/") + name;
    LoadReport report = Corpus::loadManifest(dir + QStringLiteral("/manifest.json"));
    QVERIFY(report.errors.isEmpty());
    const auto doc = ProjectDocument::fromArticles(extracted(report));
    const QList<Article> &articles = doc->articles();
    QHash<QString, int> byId;
    for (int a = 0; a < articles.size(); ++a)
        byId.insert(articles[a].id, a);
    const QList<Finding> &found = doc->findings();
    const QJsonObject gold = readJson(dir + QStringLiteral("/findings.json"));
    // The claims of each real finding: two figures a real finding sets against each other are
    // no decoy's, whatever decoy also names them (a decoy "2024 against 2023" may list the two
    // 2023 figures a real finding contradicts).
    QList<QSet<std::pair<int, int>>> realClaims;
    for (const QJsonValue &g : gold.value(QStringLiteral("findings")).toArray()) {
        QSet<std::pair<int, int>> claims;
        for (const QJsonValue &n : g.toObject().value(QStringLiteral("claims")).toArray())
            claims.insert(findNamed(articles, byId, n.toString()));
        claims.remove({-1, -1});
        realClaims << claims;
    }
    auto realPair = [&](const std::pair<int, int> &a, const std::pair<int, int> &b) {
        return std::any_of(realClaims.cbegin(), realClaims.cend(), [&](const QSet<std::pair<int, int>> &r) {
            return r.contains(a) && r.contains(b);
        });
    };
    auto matches = [&](const QJsonValue &g, bool flagsOnly) {
        QSet<std::pair<int, int>> claims;
        for (const QJsonValue &n : g.toObject().value(QStringLiteral("claims")).toArray())
            claims.insert(findNamed(articles, byId, n.toString()));
        claims.remove({-1, -1});
        return std::any_of(found.begin(), found.end(), [&](const Finding &f) {
            QList<std::pair<int, int>> shared;
            for (const auto &c : f.claims) {
                if (claims.contains(c))
                    shared << c;
            }
            if (shared.size() < 2 || (flagsOnly && f.informative))
                return false;
            // A contradiction sets figures against each other: it goes against a decoy ("one
            // figure written two ways") only when it names two of its figures that disagree,
            // not when both stand on the same side against a third one.
            if (!flagsOnly || f.kind != u"contradiction")
                return true;
            for (qsizetype i = 0; i < shared.size(); ++i) {
                for (qsizetype j = i + 1; j < shared.size(); ++j) {
                    if (realPair(shared[i], shared[j]))
                        continue;
                    const auto a = ConsistencyChecker::interval(
                        articles[shared[i].first], articles[shared[i].first].claims[shared[i].second]);
                    const auto b = ConsistencyChecker::interval(
                        articles[shared[j].first], articles[shared[j].first].claims[shared[j].second]);
                    if (!CheckDetail::compatible(a, b))
                        return true;
                }
            }
            return false;
        });
    };
    int reported = 0, flagged = 0;
    const QJsonArray real = gold.value(QStringLiteral("findings")).toArray();
    const QJsonArray decoys = gold.value(QStringLiteral("decoys")).toArray();
    const bool problems = qEnvironmentVariableIsSet("BILAN_GROUPING_PROBLEMS");
    for (const QJsonValue &g : real) {
        const bool hit = matches(g, false);
        reported += hit ? 1 : 0;
        if (!hit && problems)
            qInfo("finding missed: %s",
                  qPrintable(QString::fromUtf8(QJsonDocument(g.toObject()).toJson(QJsonDocument::Compact))));
    }
    for (const QJsonValue &g : decoys) {
        const bool hit = matches(g, true);
        flagged += hit ? 1 : 0;
        if (hit && problems)
            qInfo("decoy flagged: %s",
                  qPrintable(QString::fromUtf8(QJsonDocument(g.toObject()).toJson(QJsonDocument::Compact))));
    }
    if (problems) {
        for (const Finding &f : found)
            qInfo("finding: %s%s", f.informative ? "(informative) " : "", qPrintable(f.message));
    }
    qInfo("| %s | real findings reported %d of %d | decoys flagged %d of %d |", qPrintable(name), reported,
          int(real.size()), flagged, int(decoys.size()));
    const QJsonObject floors = m_floors.value(name).toObject();
    QVERIFY(reported >= floors.value(QStringLiteral("findings_found")).toInt(int(real.size())));
    QVERIFY(flagged <= floors.value(QStringLiteral("decoys_flagged")).toInt(0));
}

QTEST_GUILESS_MAIN(tst_Grouping)
#include "tst_grouping.moc"
