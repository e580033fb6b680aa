// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/countries.h"

#include "extraction/unitdetector.h"
#include "parallel/ranges.h"
#include "text/textutil.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

#include <algorithm>

namespace {

// French names of the world's countries, as written; matched folded, word by word ("Côte
// d'Ivoire" is "cote d ivoire"). Continents and first names that are also countries' are left
// out ("Afrique", "Maurice").
const char16_t *const kCountries[] = {
    u"Afghanistan",
    u"Afrique du Sud",
    u"Albanie",
    u"Algérie",
    u"Allemagne",
    u"Angola",
    u"Arabie saoudite",
    u"Argentine",
    u"Arménie",
    u"Australie",
    u"Autriche",
    u"Azerbaïdjan",
    u"Bahreïn",
    u"Bangladesh",
    u"Belgique",
    u"Bénin",
    u"Biélorussie",
    u"Birmanie",
    u"Bolivie",
    u"Bosnie-Herzégovine",
    u"Botswana",
    u"Brésil",
    u"Bulgarie",
    u"Burkina Faso",
    u"Burundi",
    u"Cambodge",
    u"Cameroun",
    u"Canada",
    u"Cap-Vert",
    u"Centrafrique",
    u"Chili",
    u"Chine",
    u"Chypre",
    u"Colombie",
    u"Comores",
    u"Congo",
    u"Corée du Nord",
    u"Corée du Sud",
    u"Costa Rica",
    u"Côte d'Ivoire",
    u"Croatie",
    u"Cuba",
    u"Danemark",
    u"Djibouti",
    u"Égypte",
    u"Émirats arabes unis",
    u"Équateur",
    u"Érythrée",
    u"Espagne",
    u"Estonie",
    u"États-Unis",
    u"Éthiopie",
    u"Finlande",
    u"France",
    u"Gabon",
    u"Gambie",
    u"Géorgie",
    u"Ghana",
    u"Grèce",
    u"Guatemala",
    u"Guinée",
    u"Guinée-Bissau",
    u"Guinée équatoriale",
    u"Haïti",
    u"Honduras",
    u"Hongrie",
    u"Inde",
    u"Indonésie",
    u"Irak",
    u"Iran",
    u"Irlande",
    u"Islande",
    u"Israël",
    u"Italie",
    u"Jamaïque",
    u"Japon",
    u"Jordanie",
    u"Kazakhstan",
    u"Kenya",
    u"Kirghizistan",
    u"Koweït",
    u"Laos",
    u"Lettonie",
    u"Liban",
    u"Liberia",
    u"Libye",
    u"Lituanie",
    u"Luxembourg",
    u"Macédoine du Nord",
    u"Madagascar",
    u"Malaisie",
    u"Malawi",
    u"Mali",
    u"Malte",
    u"Maroc",
    u"Mauritanie",
    u"Mexique",
    u"Moldavie",
    u"Monaco",
    u"Mongolie",
    u"Monténégro",
    u"Mozambique",
    u"Namibie",
    u"Népal",
    u"Nicaragua",
    u"Niger",
    u"Nigeria",
    u"Norvège",
    u"Nouvelle-Zélande",
    u"Oman",
    u"Ouganda",
    u"Ouzbékistan",
    u"Pakistan",
    u"Palestine",
    u"Panama",
    u"Paraguay",
    u"Pays-Bas",
    u"Pérou",
    u"Philippines",
    u"Pologne",
    u"Portugal",
    u"Qatar",
    u"République dominicaine",
    u"République tchèque",
    u"Roumanie",
    u"Royaume-Uni",
    u"Russie",
    u"Rwanda",
    u"Salvador",
    u"Sénégal",
    u"Serbie",
    u"Sierra Leone",
    u"Singapour",
    u"Slovaquie",
    u"Slovénie",
    u"Somalie",
    u"Soudan",
    u"Soudan du Sud",
    u"Sri Lanka",
    u"Suède",
    u"Suisse",
    u"Syrie",
    u"Tadjikistan",
    u"Taïwan",
    u"Tanzanie",
    u"Tchad",
    u"Tchéquie",
    u"Thaïlande",
    u"Togo",
    u"Tunisie",
    u"Turkménistan",
    u"Turquie",
    u"Ukraine",
    u"Uruguay",
    u"Venezuela",
    u"Vietnam",
    u"Yémen",
    u"Zambie",
    u"Zimbabwe",
};

// The country code that ends an outlet's address, for the countries whose code the web does not
// use for something else (".tv", ".io", ".co", ".me", ".ly", ".la", ".md", ".am" are left out):
// "reporters.dz", "realites.com.tn".
const struct
{
    const char *code;
    const char16_t *country;
} kDomains[] = {
    {"af", u"Afghanistan"},
    {"za", u"Afrique du Sud"},
    {"al", u"Albanie"},
    {"dz", u"Algérie"},
    {"de", u"Allemagne"},
    {"ao", u"Angola"},
    {"sa", u"Arabie saoudite"},
    {"ar", u"Argentine"},
    {"au", u"Australie"},
    {"at", u"Autriche"},
    {"az", u"Azerbaïdjan"},
    {"bh", u"Bahreïn"},
    {"bd", u"Bangladesh"},
    {"be", u"Belgique"},
    {"bj", u"Bénin"},
    {"by", u"Biélorussie"},
    {"mm", u"Birmanie"},
    {"bo", u"Bolivie"},
    {"ba", u"Bosnie-Herzégovine"},
    {"bw", u"Botswana"},
    {"br", u"Brésil"},
    {"bg", u"Bulgarie"},
    {"bf", u"Burkina Faso"},
    {"bi", u"Burundi"},
    {"kh", u"Cambodge"},
    {"cm", u"Cameroun"},
    {"ca", u"Canada"},
    {"cv", u"Cap-Vert"},
    {"cf", u"Centrafrique"},
    {"cl", u"Chili"},
    {"cn", u"Chine"},
    {"cy", u"Chypre"},
    {"km", u"Comores"},
    {"cg", u"Congo"},
    {"kp", u"Corée du Nord"},
    {"kr", u"Corée du Sud"},
    {"cr", u"Costa Rica"},
    {"ci", u"Côte d'Ivoire"},
    {"hr", u"Croatie"},
    {"cu", u"Cuba"},
    {"dk", u"Danemark"},
    {"dj", u"Djibouti"},
    {"eg", u"Égypte"},
    {"ae", u"Émirats arabes unis"},
    {"ec", u"Équateur"},
    {"er", u"Érythrée"},
    {"es", u"Espagne"},
    {"ee", u"Estonie"},
    {"us", u"États-Unis"},
    {"et", u"Éthiopie"},
    {"fi", u"Finlande"},
    {"fr", u"France"},
    {"ga", u"Gabon"},
    {"gm", u"Gambie"},
    {"ge", u"Géorgie"},
    {"gh", u"Ghana"},
    {"gr", u"Grèce"},
    {"gt", u"Guatemala"},
    {"gn", u"Guinée"},
    {"gw", u"Guinée-Bissau"},
    {"gq", u"Guinée équatoriale"},
    {"ht", u"Haïti"},
    {"hn", u"Honduras"},
    {"hu", u"Hongrie"},
    {"in", u"Inde"},
    {"id", u"Indonésie"},
    {"iq", u"Irak"},
    {"ir", u"Iran"},
    {"ie", u"Irlande"},
    {"is", u"Islande"},
    {"il", u"Israël"},
    {"it", u"Italie"},
    {"jm", u"Jamaïque"},
    {"jp", u"Japon"},
    {"jo", u"Jordanie"},
    {"kz", u"Kazakhstan"},
    {"ke", u"Kenya"},
    {"kg", u"Kirghizistan"},
    {"kw", u"Koweït"},
    {"lv", u"Lettonie"},
    {"lb", u"Liban"},
    {"lr", u"Liberia"},
    {"lt", u"Lituanie"},
    {"lu", u"Luxembourg"},
    {"mk", u"Macédoine du Nord"},
    {"mg", u"Madagascar"},
    {"my", u"Malaisie"},
    {"mw", u"Malawi"},
    {"ml", u"Mali"},
    {"mt", u"Malte"},
    {"ma", u"Maroc"},
    {"mr", u"Mauritanie"},
    {"mx", u"Mexique"},
    {"mc", u"Monaco"},
    {"mn", u"Mongolie"},
    {"mz", u"Mozambique"},
    {"na", u"Namibie"},
    {"np", u"Népal"},
    {"ni", u"Nicaragua"},
    {"ne", u"Niger"},
    {"ng", u"Nigeria"},
    {"no", u"Norvège"},
    {"nz", u"Nouvelle-Zélande"},
    {"om", u"Oman"},
    {"ug", u"Ouganda"},
    {"uz", u"Ouzbékistan"},
    {"pk", u"Pakistan"},
    {"ps", u"Palestine"},
    {"pa", u"Panama"},
    {"py", u"Paraguay"},
    {"nl", u"Pays-Bas"},
    {"pe", u"Pérou"},
    {"ph", u"Philippines"},
    {"pl", u"Pologne"},
    {"pt", u"Portugal"},
    {"qa", u"Qatar"},
    {"do", u"République dominicaine"},
    {"cz", u"Tchéquie"},
    {"ro", u"Roumanie"},
    {"uk", u"Royaume-Uni"},
    {"ru", u"Russie"},
    {"rw", u"Rwanda"},
    {"sv", u"Salvador"},
    {"sn", u"Sénégal"},
    {"rs", u"Serbie"},
    {"sl", u"Sierra Leone"},
    {"sg", u"Singapour"},
    {"sk", u"Slovaquie"},
    {"si", u"Slovénie"},
    {"so", u"Somalie"},
    {"sd", u"Soudan"},
    {"ss", u"Soudan du Sud"},
    {"lk", u"Sri Lanka"},
    {"se", u"Suède"},
    {"ch", u"Suisse"},
    {"sy", u"Syrie"},
    {"tj", u"Tadjikistan"},
    {"tw", u"Taïwan"},
    {"tz", u"Tanzanie"},
    {"td", u"Tchad"},
    {"th", u"Thaïlande"},
    {"tg", u"Togo"},
    {"tn", u"Tunisie"},
    {"tm", u"Turkménistan"},
    {"tr", u"Turquie"},
    {"ua", u"Ukraine"},
    {"uy", u"Uruguay"},
    {"ve", u"Venezuela"},
    {"vn", u"Vietnam"},
    {"ye", u"Yémen"},
    {"zm", u"Zambie"},
    {"zw", u"Zimbabwe"},
};

// Capitals, and the first economic city where it is not the capital ("Casablanca", "Abidjan",
// "Lagos"), of the countries above: a page that names no country but its cities is about the
// country they are in ("lâche aussi à Paris"). Not the capitals whose name is their country's, a
// common first name or a city's elsewhere ("Luxembourg", "Victoria", "Kingston", "Vienne").
const struct
{
    const char16_t *city;
    const char16_t *country;
} kCities[] = {
    {u"Kaboul", u"Afghanistan"},
    {u"Pretoria", u"Afrique du Sud"},
    {u"Johannesburg", u"Afrique du Sud"},
    {u"Tirana", u"Albanie"},
    {u"Alger", u"Algérie"},
    {u"Oran", u"Algérie"},
    {u"Berlin", u"Allemagne"},
    {u"Luanda", u"Angola"},
    {u"Riyad", u"Arabie saoudite"},
    {u"Buenos Aires", u"Argentine"},
    {u"Erevan", u"Arménie"},
    {u"Canberra", u"Australie"},
    {u"Bakou", u"Azerbaïdjan"},
    {u"Manama", u"Bahreïn"},
    {u"Dacca", u"Bangladesh"},
    {u"Bruxelles", u"Belgique"},
    {u"Porto-Novo", u"Bénin"},
    {u"Cotonou", u"Bénin"},
    {u"Minsk", u"Biélorussie"},
    {u"Naypyidaw", u"Birmanie"},
    {u"La Paz", u"Bolivie"},
    {u"Sarajevo", u"Bosnie-Herzégovine"},
    {u"Gaborone", u"Botswana"},
    {u"Brasilia", u"Brésil"},
    {u"Sofia", u"Bulgarie"},
    {u"Ouagadougou", u"Burkina Faso"},
    {u"Gitega", u"Burundi"},
    {u"Bujumbura", u"Burundi"},
    {u"Phnom Penh", u"Cambodge"},
    {u"Yaoundé", u"Cameroun"},
    {u"Douala", u"Cameroun"},
    {u"Ottawa", u"Canada"},
    {u"Praia", u"Cap-Vert"},
    {u"Bangui", u"Centrafrique"},
    {u"Pékin", u"Chine"},
    {u"Nicosie", u"Chypre"},
    {u"Bogota", u"Colombie"},
    {u"Moroni", u"Comores"},
    {u"Brazzaville", u"Congo"},
    {u"Kinshasa", u"Congo"},
    {u"Pyongyang", u"Corée du Nord"},
    {u"Séoul", u"Corée du Sud"},
    {u"San José", u"Costa Rica"},
    {u"Yamoussoukro", u"Côte d'Ivoire"},
    {u"Abidjan", u"Côte d'Ivoire"},
    {u"Zagreb", u"Croatie"},
    {u"La Havane", u"Cuba"},
    {u"Copenhague", u"Danemark"},
    {u"Le Caire", u"Égypte"},
    {u"Abou Dhabi", u"Émirats arabes unis"},
    {u"Dubaï", u"Émirats arabes unis"},
    {u"Quito", u"Équateur"},
    {u"Asmara", u"Érythrée"},
    {u"Madrid", u"Espagne"},
    {u"Tallinn", u"Estonie"},
    {u"Washington", u"États-Unis"},
    {u"Addis-Abeba", u"Éthiopie"},
    {u"Helsinki", u"Finlande"},
    {u"Paris", u"France"},
    {u"Libreville", u"Gabon"},
    {u"Banjul", u"Gambie"},
    {u"Tbilissi", u"Géorgie"},
    {u"Accra", u"Ghana"},
    {u"Athènes", u"Grèce"},
    {u"Conakry", u"Guinée"},
    {u"Bissau", u"Guinée-Bissau"},
    {u"Malabo", u"Guinée équatoriale"},
    {u"Port-au-Prince", u"Haïti"},
    {u"Tegucigalpa", u"Honduras"},
    {u"Budapest", u"Hongrie"},
    {u"New Delhi", u"Inde"},
    {u"Jakarta", u"Indonésie"},
    {u"Bagdad", u"Irak"},
    {u"Téhéran", u"Iran"},
    {u"Dublin", u"Irlande"},
    {u"Reykjavik", u"Islande"},
    {u"Rome", u"Italie"},
    {u"Tokyo", u"Japon"},
    {u"Amman", u"Jordanie"},
    {u"Astana", u"Kazakhstan"},
    {u"Nairobi", u"Kenya"},
    {u"Bichkek", u"Kirghizistan"},
    {u"Vientiane", u"Laos"},
    {u"Riga", u"Lettonie"},
    {u"Beyrouth", u"Liban"},
    {u"Monrovia", u"Liberia"},
    {u"Tripoli", u"Libye"},
    {u"Vilnius", u"Lituanie"},
    {u"Skopje", u"Macédoine du Nord"},
    {u"Antananarivo", u"Madagascar"},
    {u"Kuala Lumpur", u"Malaisie"},
    {u"Lilongwe", u"Malawi"},
    {u"Bamako", u"Mali"},
    {u"La Valette", u"Malte"},
    {u"Rabat", u"Maroc"},
    {u"Casablanca", u"Maroc"},
    {u"Nouakchott", u"Mauritanie"},
    {u"Chisinau", u"Moldavie"},
    {u"Oulan-Bator", u"Mongolie"},
    {u"Podgorica", u"Monténégro"},
    {u"Maputo", u"Mozambique"},
    {u"Windhoek", u"Namibie"},
    {u"Katmandou", u"Népal"},
    {u"Managua", u"Nicaragua"},
    {u"Niamey", u"Niger"},
    {u"Abuja", u"Nigeria"},
    {u"Lagos", u"Nigeria"},
    {u"Oslo", u"Norvège"},
    {u"Mascate", u"Oman"},
    {u"Kampala", u"Ouganda"},
    {u"Tachkent", u"Ouzbékistan"},
    {u"Islamabad", u"Pakistan"},
    {u"Karachi", u"Pakistan"},
    {u"Ramallah", u"Palestine"},
    {u"Asuncion", u"Paraguay"},
    {u"Amsterdam", u"Pays-Bas"},
    {u"La Haye", u"Pays-Bas"},
    {u"Manille", u"Philippines"},
    {u"Varsovie", u"Pologne"},
    {u"Lisbonne", u"Portugal"},
    {u"Doha", u"Qatar"},
    {u"Saint-Domingue", u"République dominicaine"},
    {u"Prague", u"Tchéquie"},
    {u"Bucarest", u"Roumanie"},
    {u"Londres", u"Royaume-Uni"},
    {u"Moscou", u"Russie"},
    {u"Kigali", u"Rwanda"},
    {u"San Salvador", u"Salvador"},
    {u"Dakar", u"Sénégal"},
    {u"Belgrade", u"Serbie"},
    {u"Freetown", u"Sierra Leone"},
    {u"Bratislava", u"Slovaquie"},
    {u"Ljubljana", u"Slovénie"},
    {u"Mogadiscio", u"Somalie"},
    {u"Khartoum", u"Soudan"},
    {u"Juba", u"Soudan du Sud"},
    {u"Colombo", u"Sri Lanka"},
    {u"Stockholm", u"Suède"},
    {u"Berne", u"Suisse"},
    {u"Damas", u"Syrie"},
    {u"Douchanbé", u"Tadjikistan"},
    {u"Taipei", u"Taïwan"},
    {u"Dodoma", u"Tanzanie"},
    {u"Dar es Salaam", u"Tanzanie"},
    {u"Ndjamena", u"Tchad"},
    {u"N'Djamena", u"Tchad"},
    {u"Bangkok", u"Thaïlande"},
    {u"Lomé", u"Togo"},
    {u"Tunis", u"Tunisie"},
    {u"Achgabat", u"Turkménistan"},
    {u"Ankara", u"Turquie"},
    {u"Istanbul", u"Turquie"},
    {u"Kiev", u"Ukraine"},
    {u"Kyiv", u"Ukraine"},
    {u"Montevideo", u"Uruguay"},
    {u"Caracas", u"Venezuela"},
    {u"Hanoï", u"Vietnam"},
    {u"Sanaa", u"Yémen"},
    {u"Lusaka", u"Zambie"},
    {u"Harare", u"Zimbabwe"},
};

// The adjectives of the countries the French-language press writes most, masculine singular,
// folded: "les aéroports tunisiens" names Tunisia as "en Tunisie" does.
const struct
{
    const char *adjective;
    const char16_t *country;
} kAdjectives[] = {
    {"marocain", u"Maroc"},
    {"tunisien", u"Tunisie"},
    {"algerien", u"Algérie"},
    {"senegalais", u"Sénégal"},
    {"francais", u"France"},
    {"malien", u"Mali"},
    {"mauritanien", u"Mauritanie"},
    {"ivoirien", u"Côte d'Ivoire"},
    {"camerounais", u"Cameroun"},
    {"egyptien", u"Égypte"},
    {"libyen", u"Libye"},
    {"espagnol", u"Espagne"},
    {"italien", u"Italie"},
    {"allemand", u"Allemagne"},
    {"belge", u"Belgique"},
    {"canadien", u"Canada"},
    {"chinois", u"Chine"},
    {"japonais", u"Japon"},
    {"indien", u"Inde"},
    {"russe", u"Russie"},
    {"britannique", u"Royaume-Uni"},
    {"portugais", u"Portugal"},
    {"nigerien", u"Niger"},
    {"burkinabe", u"Burkina Faso"},
    {"gabonais", u"Gabon"},
    {"beninois", u"Bénin"},
    {"togolais", u"Togo"},
    {"guineen", u"Guinée"},
    {"congolais", u"Congo"},
    {"malgache", u"Madagascar"},
    {"tchadien", u"Tchad"},
    {"ghaneen", u"Ghana"},
    {"bresilien", u"Brésil"},
    {"mexicain", u"Mexique"},
    {"saoudien", u"Arabie saoudite"},
    {"libanais", u"Liban"},
    {"jordanien", u"Jordanie"},
    {"iranien", u"Iran"},
    {"irakien", u"Irak"},
    {"syrien", u"Syrie"},
    {"israelien", u"Israël"},
    {"neerlandais", u"Pays-Bas"},
    {"grec", u"Grèce"},
    {"polonais", u"Pologne"},
    {"ukrainien", u"Ukraine"},
    {"roumain", u"Roumanie"},
    {"autrichien", u"Autriche"},
    {"suedois", u"Suède"},
    {"norvegien", u"Norvège"},
    {"danois", u"Danemark"},
    {"irlandais", u"Irlande"},
    {"argentin", u"Argentine"},
    {"chilien", u"Chili"},
    {"colombien", u"Colombie"},
    {"vietnamien", u"Vietnam"},
    {"indonesien", u"Indonésie"},
    {"australien", u"Australie"},
    {"pakistanais", u"Pakistan"},
    {"rwandais", u"Rwanda"},
    {"ethiopien", u"Éthiopie"},
    {"soudanais", u"Soudan"},
    {"angolais", u"Angola"},
    {"haitien", u"Haïti"},
    {"djiboutien", u"Djibouti"},
    {"comorien", u"Comores"},
    {"burundais", u"Burundi"},
    {"turc", u"Turquie"},
    {"suisse", u"Suisse"},
    {"kenyan", u"Kenya"},
};

// The folded words of a name: "Côte d'Ivoire" → "cote d ivoire".
QString foldedWords(QStringView name)
{
    QStringList words;
    TextUtil::forEachWord(name,
                          [&](qsizetype, qsizetype, QStringView folded) { words << folded.toString(); });
    return words.join(u' ');
}

struct Table
{
    // Every form of the adjectives ("tunisien", "tunisiens", "tunisienne"…), folded, by the hash
    // of its text: each lowercase word of a body is looked up without making a string of it.
    QHash<size_t, std::pair<QString, int>> byAdjective;
    QStringList names;
    QHash<QString, int> byWords; // folded words → index
    // First folded word → the names it starts: their folded words and indices.
    QHash<QString, QList<std::pair<QStringList, int>>> byFirst;
};

const Table &table()
{
    static const Table t = [] {
        Table t;
        for (const char16_t *name : kCountries) {
            const QString n = QString::fromUtf16(name);
            const QString w = foldedWords(n);
            t.byWords.insert(w, int(t.names.size()));
            const QStringList words = w.split(u' ');
            t.byFirst[words.first()].append({words, int(t.names.size())});
            t.names.append(n);
        }
        // The press's other name of a country, as an owner: "dans l'Hexagone" is in France. (Not
        // counted as a mention of the country: it makes no bilan French.)
        t.byWords.insert(QStringLiteral("hexagone"), t.byWords.value(QStringLiteral("france"), -1));
        for (const auto &a : kAdjectives) {
            const int i = t.byWords.value(foldedWords(QString::fromUtf16(a.country)), -1);
            Q_ASSERT(i >= 0);
            if (i < 0)
                continue;
            const QString adjective = QString::fromLatin1(a.adjective);
            for (const QStringView ending : {u"", u"s", u"e", u"es", u"ne", u"nes"}) {
                // ("grec" → "grecs"; "belge" → "belges"; "marocain" → "marocaine", "marocaines".)
                if (ending.startsWith(u'n') && !adjective.endsWith(u'n'))
                    continue;
                const QString form = adjective + ending.toString();
                t.byAdjective.insert(qHash(QStringView(form)), {form, i});
            }
        }
        return t;
    }();
    return t;
}

// The country an adjective names in any of its forms ("tunisiens", "marocaine", "françaises"), or -1.
int adjectiveCountry(const Table &t, QStringView folded)
{
    if (folded.size() < 4)
        return -1;
    const auto it = t.byAdjective.constFind(qHash(folded));
    return it != t.byAdjective.constEnd() && it->first == folded ? it->second : -1;
}

// The index of the longest of `names` (their words folded, the first already matched) whose
// other words follow the capitalised word ending at `end` in `text` (read a few words ahead:
// "Guinée-Bissau", not "Guinée"; "Dar es Salaam"), or -1.
int longestNameAt(QStringView text, qsizetype end, const QList<std::pair<QStringList, int>> &names)
{
    QStringList next; // the few words after it
    TextUtil::forEachWord(text.mid(end, qMin<qsizetype>(48, text.size() - end)),
                          [&](qsizetype, qsizetype, QStringView w) {
                              if (next.size() < 3)
                                  next << w.toString();
                          });
    int best = -1;
    qsizetype bestSize = 0;
    for (const auto &[words, index] : names) {
        bool match = words.size() - 1 <= next.size();
        for (qsizetype k = 1; k < words.size() && match; ++k)
            match = next[k - 1] == words[k];
        if (match && (best < 0 || words.size() > bestSize)) {
            best = index;
            bestSize = words.size();
        }
    }
    return best;
}

// How many times each country is named in `text` (a capitalised word starts each name; an
// adjective in lower case names its country too: "les aéroports tunisiens"). Only a capitalised
// word is looked up by name, and only a name's first word reads the words after it.
void count(QStringView text, QHash<int, int> &counts)
{
    const Table &t = table();
    TextUtil::forEachWord(text, [&](qsizetype start, qsizetype end, QStringView folded) {
        if (!text[start].isUpper()) {
            if (const int c = adjectiveCountry(t, folded); c >= 0)
                ++counts[c];
            return;
        }
        const auto it = t.byFirst.constFind(folded.toString());
        if (it == t.byFirst.constEnd())
            return;
        if (const int best = longestNameAt(text, end, *it); best >= 0)
            ++counts[best];
    });
}

// The country whose currency, of one country only, the article's amounts are in: -1 when they
// are in none, -2 when in a shared one (euros, francs CFA, dollars) or in several.
int currencyCountry(const Article &article)
{
    QString found;
    for (const Claim &c : article.claims) {
        if (c.kind != ClaimKind::Money || c.boilerplate || c.unit.isEmpty())
            continue;
        if (!found.isEmpty() && c.unit != found)
            return -2;
        found = c.unit;
    }
    if (found.isEmpty())
        return -1;
    const QString country = UnitDetector::currencyCountry(found);
    return country.isEmpty() ? -2 : table().byWords.value(foldedWords(country), -1);
}

// The country whose code ends the host of `url`, or -1.
int domainCountry(const QString &url)
{
    if (url.isEmpty())
        return -1;
    const QString host = QUrl(url).host().toLower();
    const qsizetype dot = host.lastIndexOf(u'.');
    if (dot < 0)
        return -1;
    const QStringView code = QStringView(host).mid(dot + 1);
    static const QHash<QString, int> byCode = [] {
        QHash<QString, int> out;
        const Table &t = table();
        for (const auto &d : kDomains) {
            const int i = t.byWords.value(foldedWords(QString::fromUtf16(d.country)), -1);
            Q_ASSERT(i >= 0);
            if (i >= 0)
                out.insert(QString::fromLatin1(d.code), i);
        }
        return out;
    }();
    return byCode.value(code.toString(), -1);
}

// The country whose cities (kCities) the article's text names, when it names one country's only;
// else -1.
int cityCountry(const Article &article)
{
    static const QHash<QString, QList<std::pair<QStringList, int>>> byFirst = [] {
        QHash<QString, QList<std::pair<QStringList, int>>> out;
        const Table &t = table();
        for (const auto &c : kCities) {
            const int i = t.byWords.value(foldedWords(QString::fromUtf16(c.country)), -1);
            Q_ASSERT(i >= 0);
            const QStringList words = foldedWords(QString::fromUtf16(c.city)).split(u' ');
            if (i >= 0)
                out[words.first()].append({words, i});
        }
        return out;
    }();
    int found = -1;
    bool several = false;
    auto read = [&](QStringView text) {
        TextUtil::forEachWord(text, [&](qsizetype start, qsizetype end, QStringView folded) {
            if (several || !text[start].isUpper())
                return;
            const auto it = byFirst.constFind(folded.toString());
            if (it == byFirst.constEnd())
                return;
            if (const int country = longestNameAt(text, end, *it); country >= 0) {
                several = several || (found >= 0 && found != country);
                found = country;
            }
        });
    };
    for (const Paragraph &p : article.paragraphs) {
        if (!p.isBoilerplate() && !several)
            read(QStringView(article.text).mid(p.start, p.length()));
    }
    return several ? -1 : found;
}

} // namespace

namespace Countries {

QString named(QStringView owner)
{
    const Table &t = table();
    const int i = t.byWords.value(foldedWords(owner), -1);
    return i < 0 ? QString() : t.names[i];
}

QString ofPeople(QStringView word)
{
    const Table &t = table();
    const int i = adjectiveCountry(t, foldedWords(word));
    return i < 0 ? QString() : t.names[i];
}

Homes homes(const QList<Article> &articles)
{
    QList<QHash<int, int>> counts(articles.size());
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const Article &article = articles[a];
        count(article.title, counts[a]);
        QMutex mutex;
        Parallel::forWeightedRanges(
            article.paragraphs.size(), [&article](qsizetype p) { return article.paragraphs[p].length(); },
            Parallel::kMinimumText,
            [&](qsizetype begin, qsizetype end) {
                QHash<int, int> local;
                for (qsizetype p = begin; p < end; ++p) {
                    const Paragraph &paragraph = article.paragraphs[p];
                    if (!paragraph.isBoilerplate())
                        count(QStringView(article.text).mid(paragraph.start, paragraph.length()), local);
                }
                const QMutexLocker lock(&mutex);
                for (auto it = local.constBegin(); it != local.constEnd(); ++it)
                    counts[a][it.key()] += it.value();
            });
    }
    // The bilan's country: named by more articles than any other, and by two at least (one
    // article on France among articles on Morocco that take their country for granted does not
    // make a bilan on France).
    QHash<int, int> presence; // country → articles that name it
    for (const QHash<int, int> &c : std::as_const(counts)) {
        for (auto it = c.constBegin(); it != c.constEnd(); ++it)
            ++presence[it.key()];
    }
    const auto most = standsOut(presence);
    const int bilan = most && most->second >= 2 ? most->first : -1;
    Homes out;
    out.bilan = bilan < 0 ? QString() : table().names[bilan];
    for (const QHash<int, int> &c : std::as_const(counts)) {
        // An article that does not name the bilan's country is about the one it names most, when
        // one stands out ("Tunisie" in a dispatch of the Tunisian institute; not "France, Espagne,
        // Allemagne" once each, the markets of an article on Moroccan tourism). Without a
        // country of the bilan, every article is national: one that names its country cannot be
        // told from the others that take theirs for granted.
        int own = -1;
        // An article that names no country at all is about its outlet's: its amounts' currency
        // says so first (dirhams are Moroccan whatever the address: "onemedia.fr"), else the
        // country the outlet's name holds ("Le Courrier d'Algérie"), else the country code its
        // outlet's address ends on ("reporters.dz", "aujourdhui.ma"), else the one country whose
        // capital or first city it names. The press takes its own country for granted. (It does
        // not make the bilan's country.)
        if (bilan >= 0 && c.isEmpty()) {
            const Article &article = articles[out.articles.size()];
            own = currencyCountry(article);
            // (Then the country its outlet's name says: "Le Courrier d'Algérie".)
            if (own == -1) {
                QHash<int, int> named;
                count(article.outlet, named);
                own = named.size() == 1 ? named.constBegin().key() : -1;
            }
            if (own == -1)
                own = domainCountry(article.url);
            // (Else the one country whose cities it names: "à Paris", "Dakar".)
            if (own == -1)
                own = cityCountry(article);
            if (own == bilan || own < 0)
                own = -1;
        } else if (bilan >= 0 && !c.contains(bilan)) {
            if (const auto named = standsOut(c))
                own = named->first;
        } else if (bilan >= 0) {
            // One that names the bilan's country in passing is about the one it names at least
            // three times as often, three times or more: a Moroccan weekly's piece on the Tunisian
            // olive harvest, which sets Morocco's 140.000 t among the other producers, is Tunisia's.
            if (const auto named = standsOut(c);
                named && named->first != bilan && named->second >= 3 && named->second >= 3 * c.value(bilan))
                own = named->first;
        }
        out.articles << (own < 0 ? QString() : table().names[own]);
        out.unnamed << c.isEmpty();
    }
    return out;
}

} // namespace Countries
