<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Timeline of the selected claim's figure</source>
        <translation>Évolution du chiffre sélectionné</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>Affirmations par source</translation>
    </message>
    <message>
        <source>Count claims per</source>
        <translation>Compter les affirmations par</translation>
    </message>
    <message>
        <source>Claims per metric</source>
        <translation>Affirmations par indicateur</translation>
    </message>
    <message>
        <source>Claims per unit</source>
        <translation>Affirmations par unité</translation>
    </message>
    <message>
        <source>Claims per speaker</source>
        <translation>Affirmations par auteur</translation>
    </message>
    <message>
        <source>Timeline note</source>
        <translation>Note de la chronologie</translation>
    </message>
    <message>
        <source>Select a claim to see its figure over time</source>
        <translation>Sélectionnez une affirmation pour voir son chiffre dans le temps</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélection</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 dans le temps</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted</source>
        <translation><numerusform>%n affirmation affichée</numerusform><numerusform>%n affirmations affichées</numerusform></translation>
    </message>
    <message>
        <source>(first %1 of %2)</source>
        <translation>(les %1 premières sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (not shown)</source>
        <translation><numerusform>%n sans date (non affichée)</numerusform><numerusform>%n sans date (non affichées)</numerusform></translation>
    </message>
    <message>
        <source>▲ more than, ◆ about, ■ less than or up to, ● exact.</source>
        <translation>▲ plus de, ◆ environ, ■ moins de ou jusqu’à, ● exact.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n claim(s) shown</source>
        <translation><numerusform>%1 — %n affirmation affichée</numerusform><numerusform>%1 — %n affirmations affichées</numerusform></translation>
    </message>
</context>
<context>
    <name>ClaimIndex</name>
    <message>
        <source>count</source>
        <translation>décompte</translation>
    </message>
    <message>
        <source>money</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>about</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>jusqu’à</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Not a claim</source>
        <translation>Pas une affirmation</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
</context>
<context>
    <name>ClaimTableView</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>ExcerptView</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Website furniture</source>
        <translation>Habillage du site</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Show website furniture</source>
        <translation>Afficher l’habillage du site</translation>
    </message>
    <message>
        <source>Also list the figures of menus, headlines of other articles, counters and footers</source>
        <translation>Lister aussi les chiffres des menus, des titres d’autres articles, des compteurs et des pieds de page</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>Dates à partir de</translation>
    </message>
    <message>
        <source>Dates to</source>
        <translation>Dates jusqu’à</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Minimum value</source>
        <translation>Valeur minimale</translation>
    </message>
    <message>
        <source>Maximum value</source>
        <translation>Valeur maximale</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Date du</translation>
    </message>
    <message>
        <source>Date to</source>
        <translation>Date au</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valeur de</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Valeur à</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search claims</source>
        <translation>Rechercher des affirmations</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Bilan</source>
        <translation>À propos de Bilan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bilan&lt;/b&gt; %1&lt;br&gt;Extract, explore and verify the figures of news articles.</source>
        <translation>&lt;b&gt;Bilan&lt;/b&gt; %1&lt;br&gt;Extraire, explorer et vérifier les chiffres des articles de presse.</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Search claims (Ctrl+F) — text, source, speaker, unit; accents and case ignored</source>
        <translation>Rechercher (Ctrl+F) — texte, source, auteur, unité ; sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Articles…</source>
        <translation>&amp;Ouvrir des articles…</translation>
    </message>
    <message>
        <source>Open the &amp;Bundled Bilan</source>
        <translation>Ouvrir le bilan &amp;fourni</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find Claims</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Effacer tous les filtres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Website Furniture</source>
        <translation>Afficher l’&amp;habillage du site</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Bilan</source>
        <translation>À &amp;propos de Bilan</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n article(s)…</source>
        <translation><numerusform>Lecture de %n article…</numerusform><numerusform>Lecture de %n articles…</numerusform></translation>
    </message>
    <message>
        <source>Loading cancelled: the bilan is unchanged.</source>
        <translation>Chargement annulé : le bilan est inchangé.</translation>
    </message>
    <message>
        <source>Some articles could not be opened</source>
        <translation>Certains articles n’ont pas pu être ouverts</translation>
    </message>
    <message>
        <source>Filters changed to show the claim.</source>
        <translation>Filtres modifiés pour afficher l’affirmation.</translation>
    </message>
    <message>
        <source>%1 claims shown of %2</source>
        <translation>%1 affirmations affichées sur %2</translation>
    </message>
</context>
</TS>