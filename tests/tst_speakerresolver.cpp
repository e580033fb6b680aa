// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/speakerresolver.h"

#include <QRegularExpression>
#include <QTest>

// Who each sentence attributes its figures to: names, roles and institutions as the text
// names them, never a run of words from the sentence.
class tst_SpeakerResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void attribution_data();
    void attribution();
};

void tst_SpeakerResolver::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_SpeakerResolver::attribution_data()
{
    QTest::addColumn<QStringList>("sentences"); // read in order, after learning them all
    QTest::addColumn<QStringList>("speakers"); // one per sentence
    auto row = [](const char *name, const QStringList &sentences, const QStringList &speakers) {
        QTest::addRow("%s", name) << sentences << speakers;
    };
    row("institution with its complement",
        {QStringLiteral("Le taux atteint 9%, indique le ministère de la Santé et de la Protection sociale.")},
        {QStringLiteral("ministère de la Santé et de la Protection sociale")});
    row("a government department's name with commas",
        {QStringLiteral("Le Maroc a reçu 15,9 millions de touristes, indique le ministère du Tourisme, de "
                        "l'Artisanat et de l'Économie Sociale et Solidaire.")},
        {QStringLiteral("ministère du Tourisme, de l'Artisanat et de l'Économie Sociale et Solidaire")});
    row("a department's name enumerated in lower case",
        {QStringLiteral("Au total, 245.109 candidats ont réussi, indique un communiqué du ministère de "
                        "l'Éducation nationale, du préscolaire et des sports.")},
        {QStringLiteral("ministère de l'Éducation nationale, du préscolaire et des sports")});
    row("a department's name enumerated with several words an item",
        {QStringLiteral(
            "Les exportations ont atteint 766.500 tonnes, selon le ministère de l'Agriculture, de la "
            "pêche maritime, du développement rural et des eaux et forêts.")},
        {QStringLiteral(
            "ministère de l'Agriculture, de la pêche maritime, du développement rural et des eaux et "
            "forêts")});
    row("not a list after the department",
        {QStringLiteral(
            "Les exportations ont atteint 766.500 tonnes, selon le ministère de l'Agriculture, de la "
            "même manière que l'an dernier.")},
        {QStringLiteral("ministère de l'Agriculture")});
    row("comme l'a indiqué",
        {QStringLiteral("684 200 étudiants ont été admis, comme l'a indiqué le ministère de l'éducation "
                        "nationale le vendredi 12 juillet."),
         QStringLiteral("Le taux atteint 91,4 %, comme le souligne le HCP.")},
        {QStringLiteral("ministère de l'éducation nationale"), QStringLiteral("HCP")});
    row("a body named by one word after its article",
        {QStringLiteral("Les prix de l'énergie ont ralenti (+14,1%), a précisé l'Insee dans un communiqué.")},
        {QStringLiteral("Insee")});
    row("a document published on a given day",
        {QStringLiteral("Les prix ont augmenté de 6,3%, selon les données définitives publiées mercredi par "
                        "l'Institut national de la statistique et des études économiques (Insee)."),
         QStringLiteral("Le taux a atteint 5,4%, selon les chiffres publiés ce jeudi 5 novembre 2020 par "
                        "l'INS.")},
        {QStringLiteral("Institut national de la statistique et des études économiques"),
         QStringLiteral("INS")});
    row("an acronym between the institution and its verb",
        {QStringLiteral("L'Agence nationale de la statistique et de la démographie (Ansd) renseigne que "
                        "l'inflation est évaluée à 9,7% en 2022.")},
        {QStringLiteral("Agence nationale de la statistique et de la démographie")});
    row("an aside between the auxiliary and the participle",
        {QStringLiteral("L'INS a, par ailleurs, souligné qu'en novembre 2020, les prix se sont stabilisés, "
                        "après des hausses de 0,8% et de 0,6%.")},
        {QStringLiteral("INS")});
    row("ce qu'a indiqué, past a date",
        {QStringLiteral("Le taux est passé de 5,4% à 4,9%, c'est ce qu'a indiqué, ce samedi, 5 décembre "
                        "2020, l'Institut national de la statistique (INS).")},
        {QStringLiteral("Institut national de la statistique")});
    row("an elided article before a common noun is no name",
        {QStringLiteral("L'inflation poursuit sa stabilisation. En octobre 2020, le taux a atteint 5,4%.")},
        {QString()});
    row("the institution a person runs is the one named before",
        {QStringLiteral("Le Haut-Commissariat au Plan (HCP) a révélé que l'indice a augmenté de 7,1%."),
         QStringLiteral("Selon une note de l'institution de Lahlimi, les prix des légumes ont augmenté de "
                        "17,8 %.")},
        {QStringLiteral("Haut-Commissariat au Plan"), QStringLiteral("Haut-Commissariat au Plan")});
    row("an institution that has just published",
        {QStringLiteral("L'Office national de l'électricité et de l'eau potable (ONEE) vient de publier son "
                        "bilan. On apprend ainsi que la part des renouvelables s'est élevée à 17,1%.")},
        {QStringLiteral("Office national de l'électricité et de l'eau potable")});
    row("an institution's results as the subject",
        {QStringLiteral("Et les résultats de l'Office du Baccalauréat montrent que le total des admis est de "
                        "72 041."),
         QStringLiteral("Les chiffres du chômage ont atteint 13 %.")},
        {QStringLiteral("Office du Baccalauréat"), QString()});
    row("a review drawn up by an institution known by its acronym",
        {QStringLiteral(
            "Selon le bilan établi par l'autorité portuaire TMPA, le tonnage a atteint 51,3 millions "
            "de tonnes.")},
        {QStringLiteral("TMPA")});
    row("an airport announces, and is named by its kind after",
        {QStringLiteral(
             "L'aéroport international Blaise Diagne (AIBD) a enregistré 581.393 passagers, annonce "
             "l'aéroport sur son compte twitter."),
         QStringLiteral("Selon le gestionnaire aéroportuaire, la plateforme a accueilli 6 372 mouvements.")},
        {QStringLiteral("aéroport international Blaise Diagne"),
         QStringLiteral("gestionnaire aéroportuaire")});
    row("ce qu'indique, in the present",
        {QStringLiteral(
            "Ils ont accueilli 27,091 millions de passagers, c'est ce qu'indique l'Office national des "
            "aéroports (ONDA) dans un communiqué.")},
        {QStringLiteral("Office national des aéroports")});
    row("the communiqué as the subject is its author again",
        {QStringLiteral(
             "La Direction générale de la sûreté nationale a précisé dans un communiqué que les causes "
             "étaient nombreuses."),
         QStringLiteral("Le communiqué a souligné que la police avait enregistré 39 772 infractions.")},
        {QStringLiteral("Direction générale de la sûreté nationale"),
         QStringLiteral("Direction générale de la sûreté nationale")});
    // "assurer" says with "que", not with a thing for object.
    row("ensuring a thing is no statement",
        {QStringLiteral(
             "Les ports de Casablanca, Mohammedia et Jorf Lasfar ont assuré le transit de 24,8 MT."),
         QStringLiteral("Le ministre a assuré que le taux atteindra 12 % en 2025.")},
        {QString(), QStringLiteral("ministre")});
    // (Not a site nor a company, whose count is its own activity.)
    row("an institution that counts is the source of its count",
        {QStringLiteral(
             "Le nombre d'abonnés atteint 45,30 millions, selon le dernier rapport de l'Autorité de "
             "régulation de la Poste et des communications électroniques (ARPCE)."),
         QStringLiteral("Laquelle a recensé plus de 41,26 millions d'abonnés, alors que pour le fixe, "
                        "l'Autorité a enregistré 4,02 millions de souscripteurs."),
         QStringLiteral("Les aéroports gérés par l'Office et la Société TAV ont enregistré 10,96 millions de "
                        "passagers."),
         QStringLiteral("Le Maroc a enregistré 14 millions de touristes."),
         QStringLiteral("Représentant 33,7 % du trafic global, le port de Casablanca a enregistré un trafic "
                        "d'environ 10,4 MT, porté par les importations des céréales (+23,5 %).")},
        {QStringLiteral("Autorité de régulation de la Poste et des communications électroniques"),
         QStringLiteral("Autorité de régulation de la Poste et des communications électroniques"), QString(),
         QString(), QString()});
    row("a company claims its clients",
        {QStringLiteral("A propos de la clientèle, Sonatel revendique 13,2 millions de clients.")},
        {QStringLiteral("Sonatel")});
    row("data published, recently, by an institution",
        {QStringLiteral(
            "Le nombre a atteint 16,4 millions en 2023, d'après des données, publiées récemment, par "
            "l'Institut National de la Statistique (INS).")},
        {QStringLiteral("Institut National de la Statistique")});
    row("a verb that reports, with a thing owned, reports nothing",
        {QStringLiteral(
            "Durant l'exercice écoulé, le port a également confirmé son rang de première plateforme, "
            "avec plus de 88 milliards de dirhams de produits exportés.")},
        {QString()});
    row("a role nobody was introduced with is kept",
        {QStringLiteral("Le ministre a indiqué que 3 000 postes seront créés."),
         QStringLiteral(
             "« Nous avons recruté 850 agents », a indiqué le directeur général de la CNSS lors d'une "
             "conférence.")},
        {QStringLiteral("ministre"), QStringLiteral("directeur général de la CNSS")});
    row("an estimate's author",
        {QStringLiteral("Selon une estimation provisoire de l'Insee, la hausse atteint 6,2%.")},
        {QStringLiteral("Insee")});
    row("the document the outlet read is the source before",
        {QStringLiteral("Selon l'Agence nationale de la statistique et de la démographie (Ansd), les prix "
                        "ont baissé de 1,0%."),
         QStringLiteral("D'après le document consulté par PressAfrik, cette évolution résulte de la baisse "
                        "des prix alimentaires (-2,1%).")},
        {QStringLiteral("Agence nationale de la statistique et de la démographie"),
         QStringLiteral("Agence nationale de la statistique et de la démographie")});
    row("an institution named by its kind is the one named before",
        {QStringLiteral("Le Maroc n'en a pas fini avec l'inflation, si l'on en croit le Haut-commissariat "
                        "au plan (HCP)."),
         QStringLiteral("Selon l'organisme public, l'indice a augmenté de 8,2%.")},
        {QString(), QStringLiteral("Haut-commissariat au plan")});
    row("never a run of words",
        {QStringLiteral("Les arrivées ont baissé de 3,3%, indique l'Observatoire du tourisme dans une "
                        "publication des statistiques.")},
        {QStringLiteral("Observatoire du tourisme")});
    row("a verb a figure follows ends the institution's name",
        {QStringLiteral("Le nombre de visiteurs annoncé par le ministère atteint 2 millions."),
         QStringLiteral(
             "Le chiffre communiqué par la Direction générale des impôts dépasse plus de 2 millions.")},
        {QStringLiteral("ministère"), QStringLiteral("Direction générale des impôts")});
    row("a complement a figure follows stays in the name",
        {QStringLiteral("Selon le ministère de la Santé 2,3 millions de personnes sont couvertes.")},
        {QStringLiteral("ministère de la Santé")});
    row("the author of a document",
        {QStringLiteral(
            "Selon la dernière note de conjoncture du ministère de l’Economie et des Finances, la "
            "production augmente de 2,2%.")},
        {QStringLiteral("ministère de l’Economie et des Finances")});
    row("figures made public by",
        {QStringLiteral(
            "Selon des chiffres rendus publics récemment par le Haut-commissariat au plan (HCP), il "
            "est passé de 9,1% à 9,3%.")},
        {QStringLiteral("Haut-commissariat au plan")});
    row("figures made public or corrected by, with an adjective before",
        {QStringLiteral("Amadou Ba arrive deuxième avec 35,79 %, selon ces chiffres provisoires rendus "
                        "publics par la Commission nationale de recensement des votes."),
         QStringLiteral(
             "Selon les chiffres réajustés par la Cour constitutionnelle, le nombre de votants est "
             "de 9.461.468.")},
        {QStringLiteral("Commission nationale de recensement des votes"),
         QStringLiteral("Cour constitutionnelle")});
    row("data collected somewhere by someone",
        {QStringLiteral("Selon les données recueillies sur le terrain par Alphonse Diombo Thiakane, "
                        "statisticien de la RFM, Bassirou Diomaye Faye mène avec 56,13% des voix.")},
        {QStringLiteral("Alphonse Diombo Thiakane")});
    row("an institution never ends on a time",
        {QStringLiteral(
            "Selon les résultats annoncés par le ministère de l’Intérieur au lendemain du scrutin, "
            "le PJD a obtenu 125 sièges.")},
        {QStringLiteral("ministère de l’Intérieur")});
    row("after its figure, a document and its author",
        {QStringLiteral("L'IPC a connu une baisse de 0,1% par rapport au mois précédent, indique une note "
                        "d'information du Haut-commissariat au plan (HCP).")},
        {QStringLiteral("Haut-commissariat au plan")});
    row("faire observer, remarquer, valoir",
        {QStringLiteral("Quatre régions affichent des taux plus élevés (46,2%), fait observer le HCP, notant "
                        "que les taux les plus bas sont de 41,3%."),
         QStringLiteral("Les recettes progressent de 4%, a fait remarquer le ministre Fouzi Lekjaa."),
         QStringLiteral("Le déficit recule à 3,5%, fait valoir la Banque centrale."),
         QStringLiteral("Il a fait le point : 12 projets sont achevés.")},
        {QStringLiteral("HCP"), QStringLiteral("Fouzi Lekjaa"), QStringLiteral("Banque centrale"),
         QString()});
    row("a study reported, the latest report, a communiqué between verb and speaker",
        {QStringLiteral("L'économie a créé 122.000 postes, rapporte une étude du HCP."),
         QStringLiteral("Selon le dernier rapport de l'INS, le nombre de chômeurs est de 626 100."),
         QStringLiteral("Le pays a reçu 11,35 millions de visiteurs, a précisé dans un communiqué le "
                        "ministère du Tourisme."),
         QStringLiteral("Le tourisme rapporte 80 milliards de dirhams.")},
        {QStringLiteral("HCP"), QStringLiteral("INS"), QStringLiteral("ministère du Tourisme"), QString()});
    row("a document named without its author, then the same one",
        {QStringLiteral("Le déficit devrait s'établir à 58,2 milliards en 2025, selon le rapport économique "
                        "et financier accompagnant le projet de loi de finances."),
         QStringLiteral(
             "Il tient compte des recettes (432,8 MMDH), fait savoir ce rapport publié sur le site "
             "du ministère."),
         QStringLiteral("La part atteindra 56%, révèle le rapport sur les établissements et entreprises "
                        "publics (EEP)."),
         QStringLiteral("Selon le dernier rapport annuel, le taux est de 12%.")},
        {QStringLiteral("rapport économique et financier"), QStringLiteral("rapport économique et financier"),
         QStringLiteral("rapport sur les établissements et entreprises publics"), QString()});
    row("a role as subject of a present verb, the person it was given to",
        {QStringLiteral(
             "Selon Hassan Ighighi, coordinateur du programme de reconstruction, 24.000 habitations "
             "sont reconstruites."),
         QStringLiteral("Le coordinateur prévoit que le taux atteindra 93% d'ici fin septembre."),
         QStringLiteral("Le coordinateur souligne que 4% des sinistrés attendent.")},
        {QStringLiteral("Hassan Ighighi"), QStringLiteral("Hassan Ighighi"),
         QStringLiteral("Hassan Ighighi")});
    row("a day, a place or an agency between the verb and the speaker",
        {QStringLiteral("Quelque 51.154 habitations ont été reconstruites, a indiqué, mercredi à Rabat, le "
                        "directeur général de l'Agence de développement du Haut Atlas, Said Laith."),
         QStringLiteral(
             "« La ville dépassera les deux millions de visiteurs », a affirmé à l'AFP le directeur "
             "du Conseil régional du tourisme (CRT) de Marrakech, Abderrahim Bentbib.")},
        {QStringLiteral("Said Laith"), QStringLiteral("Abderrahim Bentbib")});
    row("who published a report, then the report",
        {QStringLiteral("La Trésorerie Générale du Royaume a publié son rapport sur l'exécution de la loi de "
                        "finances."),
         QStringLiteral("Celui-ci révèle un déficit budgétaire de 64,4 milliards de dirhams.")},
        {QStringLiteral("Trésorerie Générale du Royaume"), QStringLiteral("Trésorerie Générale du Royaume")});
    row("a pronominal verb's speaker after it",
        {QStringLiteral("Le Maroc atteint 12 millions de touristes, s'est félicité le ministère, dans un "
                        "communiqué relayé par l'agence MAP.")},
        {QStringLiteral("ministère")});
    row("titles of the press",
        {QStringLiteral("Parmi les mesures phares, rappelle le magazine Challenge, se trouve la création de "
                        "1,45 million d'emplois."),
         QStringLiteral("La dette atteint 23 milliards, rapporte le quotidien Le Matin."),
         QStringLiteral("Le chômage touche 13% des actifs, selon Les Inspirations Eco."),
         QStringLiteral(
             "Les Inspirations Eco en fait le constat. « La perte de 86.000 postes est inquiétante », "
             "indique le quotidien."),
         QStringLiteral("Le Trésor a levé 22,7 milliards, a indiqué l'État.")},
        {QStringLiteral("Challenge"), QStringLiteral("Le Matin"), QStringLiteral("Les Inspirations Eco"),
         QStringLiteral("Les Inspirations Eco"), QString()});
    row("the article's title of the press, named in another paragraph",
        {QStringLiteral("Le quotidien Le Matin, dans son supplément économique, cite le bulletin de la TGR."),
         QStringLiteral(
             "Le quotidien rappelle que les charges de la dette devraient atteindre 23 milliards.")},
        {QString(), QStringLiteral("Le Matin")});
    row("a confirmation", {QStringLiteral("Si l'Insee a confirmé les taux, le chiffre a été révisé à 8,9%.")},
        {QStringLiteral("Insee")});
    row("an institution's capitalised head is no person's name",
        {QStringLiteral("C'est ce qui ressort des derniers chiffres publiés par le Haut Commissariat au Plan "
                        "(HCP), soit 1,123 million de chômeurs."),
         QStringLiteral("L'encours atteint 1.071,5 milliards, selon la Direction du Trésor et des Finances "
                        "Extérieures.")},
        {QStringLiteral("Haut Commissariat au Plan"),
         QStringLiteral("Direction du Trésor et des Finances Extérieures")});
    row("a forecast's author after its figure",
        {QStringLiteral("La valeur ajoutée s'élève à 130 milliards de dirhams, prévoit le ministère de "
                        "l'Agriculture dans un communiqué.")},
        {QStringLiteral("ministère de l'Agriculture")});
    row("a communiqué of the head of government's office",
        {QStringLiteral(
            "Selon un communiqué de la présidence du gouvernement paru lundi, 1 000 écoles seront "
            "reconstruites.")},
        {QStringLiteral("présidence du gouvernement")});
    row("what comes out of a document",
        {QStringLiteral("C'est ce qui ressort d'un communiqué du Cabinet royal, qui évoque 4,2 millions de "
                        "personnes."),
         QStringLiteral("Il ressort des données du HCP que 12 % des ménages sont touchés.")},
        {QStringLiteral("Cabinet royal"), QStringLiteral("HCP")});
    row("a forecast's author before 'que'",
        {QStringLiteral("La province compte 24.000 logements reconstruits."),
         QStringLiteral("Hassan Ighighi prévoit que le taux atteindra 93 % fin septembre.")},
        {QString(), QStringLiteral("Hassan Ighighi")});
    row("an event before a colon is no speaker",
        {QStringLiteral("Séisme Al Haouz : 91 % des logements reconstruits, la phase finale en cours")},
        {QString()});
    row("a text that provides for is no speaker",
        {QStringLiteral("Le PLF prévoit par ailleurs la création de 6 500 postes budgétaires.")},
        {QString()});
    row("a minister's department is not his first name",
        {QStringLiteral(
            "Il y a 3.406 candidates élues, a noté le ministre de l'Intérieur Chakib Benmoussa.")},
        {QStringLiteral("Chakib Benmoussa")});
    row("la même source",
        {QStringLiteral("Les nuitées ont progressé de 12%, selon l'Observatoire du tourisme."),
         QStringLiteral("Le taux d'occupation est de 56%, ajoute la même source.")},
        {QStringLiteral("Observatoire du tourisme"), QStringLiteral("Observatoire du tourisme")});
    row("a document alone",
        {QStringLiteral("Environ 11,35 millions de visiteurs, selon un communiqué du ministère du Tourisme."),
         QStringLiteral("D’après le communiqué, la plupart des marchés sont en hausse.")},
        {QStringLiteral("ministère du Tourisme"), QStringLiteral("ministère du Tourisme")});
    row("an institution by its kind",
        {QStringLiteral("Selon un communiqué du ministère du Tourisme, 11 millions de touristes sont venus."),
         QStringLiteral("Le taux d'occupation est de 43%, a ajouté le ministère marocain.")},
        {QStringLiteral("ministère du Tourisme"), QStringLiteral("ministère du Tourisme")});
    row("a news agency relays",
        {QStringLiteral(
            "Les nuitées ont augmenté de 2%, rapporte la MAP, fait savoir l'Observatoire du tourisme.")},
        {QStringLiteral("Observatoire du tourisme")});
    row("a ministry not named in full stays as written",
        {QStringLiteral("Le ministre Amine Tahraoui a ouvert la séance."),
         QStringLiteral(
             "Les dépenses ont atteint 3,2 milliards, selon les chiffres présentés par le ministère.")},
        {QString(), QStringLiteral("ministère")});
    row("an acronym that starts like a role",
        {QStringLiteral("La police a enregistré 1.234 accidents, selon la DGSN."),
         QStringLiteral("Les recettes ont atteint 45 milliards de DH, selon la DGI.")},
        {QStringLiteral("DGSN"), QStringLiteral("DGI")});
    row("no attribution", {QStringLiteral("Le réseau compte 186 agences.")}, {QString()});
}

void tst_SpeakerResolver::attribution()
{
    QFETCH(QStringList, sentences);
    QFETCH(QStringList, speakers);
    SpeakerResolver resolver;
    for (const QString &s : sentences)
        resolver.learn(s);
    QStringList got;
    QString context;
    for (const QString &s : sentences) {
        got << resolver.attributionIn(s, context);
        context += s + u' ';
    }
    QCOMPARE(got, speakers);

    // Read ahead (a long article's paragraphs are, in parallel) by a copy that does not know
    // who spoke last, then in order: the same speakers.
    QList<SpeakerResolver::Ahead> ahead;
    SpeakerResolver copy = resolver;
    context.clear();
    for (const QString &s : sentences) {
        ahead << copy.readAhead(s, FoldedWords(s), TextSpan {0, s.size()}, context, false);
        context += s + u' ';
    }
    SpeakerResolver inOrder;
    for (const QString &s : sentences)
        inOrder.learn(s);
    got.clear();
    context.clear();
    for (qsizetype k = 0; k < sentences.size(); ++k) {
        const QString &s = sentences[k];
        got << inOrder.attributionIn(ahead[k], s, FoldedWords(s), TextSpan {0, s.size()}, context, false);
        context += s + u' ';
    }
    QCOMPARE(got, speakers);
}

QTEST_GUILESS_MAIN(tst_SpeakerResolver)
#include "tst_speakerresolver.moc"
