<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add from URL</source>
        <translation>Ajouter depuis une URL</translation>
    </message>
    <message>
        <source>The page is fetched once and kept in the project as it is now, with its address and the time it was read. Nothing on it is run and nothing else is fetched.</source>
        <translation>La page est récupérée une fois et gardée dans le projet telle qu’elle est maintenant, avec son adresse et l’heure où elle a été lue. Rien n’y est exécuté et rien d’autre n’est récupéré.</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Address of a web page or a PDF:</source>
        <translation>Adresse d’une page web ou d’un PDF :</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Article Details</source>
        <translation>Fiche de l’article</translation>
    </message>
    <message>
        <source>e.g. Le Monde, Hespress, Ouest-France</source>
        <translation>p. ex. Le Monde, Hespress, Ouest-France</translation>
    </message>
    <message>
        <source>e.g. 21 mars 2025 or 2025-03-21</source>
        <translation>p. ex. 21 mars 2025 ou 2025-03-21</translation>
    </message>
    <message>
        <source>The journalist who signs it</source>
        <translation>Le ou la journaliste qui le signe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>“%1” is not a date Bilan can read.</source>
        <translation>« %1 » n’est pas une date que Bilan sait lire.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>« %1 » n’est pas une adresse web (http:// ou https://).</translation>
    </message>
</context>
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
        <source>Timeline of the selected claim&apos;s figure</source>
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
        <source>selected</source>
        <translation>sélection</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 dans le temps</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted</source>
        <translation>
            <numerusform>%n affirmation affichée</numerusform>
            <numerusform>%n affirmations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>(first %1 of %2)</source>
        <translation>(les %1 premières sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (not shown)</source>
        <translation>
            <numerusform>%n sans date (non affichée)</numerusform>
            <numerusform>%n sans date (non affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n claim(s) shown</source>
        <translation>
            <numerusform>%1 — %n affirmation affichée</numerusform>
            <numerusform>%1 — %n affirmations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Give the table and the excerpt their place back</source>
        <translation>Rendre sa place au tableau et à l’extrait</translation>
    </message>
    <message>
        <source>Show the charts in the whole window</source>
        <translation>Afficher les graphiques dans toute la fenêtre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the timeline as a picture (PNG or SVG)</source>
        <translation>Enregistrer la chronologie comme image (PNG ou SVG)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s)</source>
        <translation>
            <numerusform>%1 : %n affirmation</numerusform>
            <numerusform>%1 : %n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no dated figure to draw</source>
        <translation>%1 : aucun chiffre daté à tracer</translation>
    </message>
    <message>
        <source>A bar spans the month or year a figure refers to.</source>
        <translation>Une barre couvre le mois ou l’année auxquels un chiffre se rapporte.</translation>
    </message>
    <message>
        <source>%1: there is no timeline to export; select a dated claim first.</source>
        <translation>%1 : aucune chronologie à exporter ; sélectionnez d’abord une affirmation datée.</translation>
    </message>
    <message>
        <source>%1: cannot write the picture (%2).</source>
        <translation>%1 : impossible d’écrire l’image (%2).</translation>
    </message>
    <message>
        <source>%1: the picture could not be written (%2).</source>
        <translation>%1 : l’image n’a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <source>Export the Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>▲ more than, ◆ about, ■ less than or up to, ● exact.</source>
        <translation>▲ plus de, ◆ environ, ■ moins de ou jusqu’à, ● exact.</translation>
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
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (article: %2)</source>
        <translation>%1 (article : %2)</translation>
    </message>
    <message>
        <source>Checked by %1, %2</source>
        <translation>Vérifié par %1, %2</translation>
    </message>
    <message>
        <source>Left out of the comparisons: the consistency checks do not read this figure.</source>
        <translation>Exclu des comparaisons : les contrôles de cohérence ne lisent pas ce chiffre.</translation>
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
    <name>ClaimText</name>
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
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Read by OCR with %1 % confidence: check the figure on the page.</source>
        <translation>Lu par OCR avec %1 % de confiance : vérifiez le chiffre sur la page.</translation>
    </message>
    <message>
        <source>Read by OCR (%1 % confidence).</source>
        <translation>Lu par OCR (%1 % de confiance).</translation>
    </message>
</context>
<context>
    <name>ConsistencyText</name>
    <message>
        <source>%1 gives %2 with %3, which implies %4 where every other source implies %5: one of its two figures is likely wrong.</source>
        <translation>%1 donne %2 avec %3, ce qui implique %4 alors que toutes les autres sources impliquent %5 : l’un de ses deux chiffres est probablement faux.</translation>
    </message>
    <message>
        <source>%1: %2 and %3 give the same figure for two dates, yet %4 lies between them: the later figure is likely copied from the earlier date.</source>
        <translation>%1 : %2 et %3 donnent le même chiffre pour deux dates, alors que %4 se situe entre les deux : le chiffre le plus récent est probablement recopié de la date antérieure.</translation>
    </message>
    <message>
        <source>%1 at the same date (%2): %3 cannot all be right, whatever their qualifiers.</source>
        <translation>%1 à la même date (%2) : %3 ne peuvent pas être tous justes, quels que soient leurs qualificatifs.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 is a running total, yet it falls from %2 to %3: one of the counts is wrong or counts something else.</source>
        <translation>%1 est un cumul, et pourtant il passe de %2 à %3 : l’un des deux chiffres est faux ou compte autre chose.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 selon %2</translation>
    </message>
    <message>
        <source>%1: the same figure, %2, is dated %3; a later article may repeat an older figure.</source>
        <translation>%1 : le même chiffre, %2, est daté %3 ; un article plus récent reprend peut-être un chiffre ancien.</translation>
    </message>
    <message>
        <source>%1 gives %2 for %3 %4, about %5 each: %6 times the %7 that %8 imply. One of its two figures is likely off by a factor of ten.</source>
        <translation>%1 donne %2 pour %3 %4, soit environ %5 chacun : %6 fois les %7 qu’impliquent %8. L’un de ses deux chiffres est probablement faux d’un facteur dix.</translation>
    </message>
    <message>
        <source>%1 and %2 give the same %3 figures (%4…): they relay one source and do not confirm each other.</source>
        <translation>%1 et %2 donnent les mêmes %3 chiffres (%4…) : ils relaient une même source et ne se confirment pas l’un l’autre.</translation>
    </message>
    <message>
        <source>%1: %2 appears in %3 articles (%4), which share one source.</source>
        <translation>%1 : %2 figure dans %3 articles (%4), qui partagent une même source.</translation>
    </message>
    <message>
        <source>%1: %2 appears in %3 articles (%4), rounded in some, which share one source.</source>
        <translation>%1 : %2 figure dans %3 articles (%4), arrondi dans certains, qui partagent une même source.</translation>
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
    <message>
        <source>&amp;Add Selection as a Claim</source>
        <translation>&amp;Ajouter la sélection comme affirmation</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Claims as &amp;CSV…</source>
        <translation>Affirmations en &amp;CSV…</translation>
    </message>
    <message>
        <source>Claims as &amp;JSON…</source>
        <translation>Affirmations en &amp;JSON…</translation>
    </message>
    <message>
        <source>Verdicts as Schema.org Claim&amp;Review…</source>
        <translation>Verdicts en Claim&amp;Review (Schema.org)…</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Only the Claims &amp;Shown (Current Filter)</source>
        <translation>Seulement les affirmations &amp;affichées (filtre actuel)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>bilan</source>
        <translation>bilan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n claim(s) to %1.</source>
        <translation>
            <numerusform>%n affirmation exportée dans %1.</numerusform>
            <numerusform>%n affirmations exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bilan — %1</source>
        <translation>Bilan — %1</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No claim matches: the report would be empty.</source>
        <translation>Aucune affirmation ne correspond : le rapport serait vide.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1: %n page(s).</source>
        <translation>
            <numerusform>Rapport écrit dans %1 : %n page.</numerusform>
            <numerusform>Rapport écrit dans %1 : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A Long Report</source>
        <translation>Un long rapport</translation>
    </message>
    <message>
        <source>The report would run to about %1 pages. Export it all the same, or cancel and report fewer claims (the verified and disputed ones, or the claims a filter shows)?</source>
        <translation>Le rapport ferait environ %1 pages. L’exporter quand même, ou annuler et rapporter moins d’affirmations (les vérifiées et contestées, ou celles qu’un filtre affiche) ?</translation>
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
        <translation>(aucune)</translation>
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
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Informative note</source>
        <translation>Remarque informative</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Aucune remarque</translation>
    </message>
</context>
<context>
    <name>FindingComparison</name>
    <message>
        <source>Compare the Claims of a Finding</source>
        <translation>Comparer les affirmations d’un constat</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>(differs)</source>
        <translation>(diffère)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <source>Qualifier: %1</source>
        <translation>Qualificatif : %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>Said by: %1</source>
        <translation>Dit par : %1</translation>
    </message>
    <message>
        <source>Why it is resolved or dismissed: what you checked, whom you asked</source>
        <translation>Pourquoi il est résolu ou écarté : ce que vous avez vérifié, qui vous avez interrogé</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>The figures were checked and the difference is explained</source>
        <translation>Les chiffres ont été vérifiés et l’écart est expliqué</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Not a problem: the figures do not measure the same thing</source>
        <translation>Pas un problème : les chiffres ne mesurent pas la même chose</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <source>Resolved by %1, %2.</source>
        <translation>Résolu par %1, %2.</translation>
    </message>
    <message>
        <source>Dismissed by %1, %2.</source>
        <translation>Écarté par %1, %2.</translation>
    </message>
    <message>
        <source>Open: resolve it once the figures are explained, or dismiss it.</source>
        <translation>Ouvert : résolvez-le une fois les chiffres expliqués, ou écartez-le.</translation>
    </message>
    <message>
        <source>Reopened by %1, %2.</source>
        <translation>Rouvert par %1, %2.</translation>
    </message>
    <message>
        <source>This project cannot be changed here.</source>
        <translation>Ce projet ne peut pas être modifié ici.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The consistency checks found nothing to flag.</source>
        <translation>Les contrôles de cohérence n’ont rien relevé.</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n informative note(s)</source>
        <translation>
            <numerusform>%n remarque informative</numerusform>
            <numerusform>%n remarques informatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Click one to select its claims.</source>
        <translation>Cliquez sur l’une d’elles pour sélectionner ses affirmations.</translation>
    </message>
    <message>
        <source>Informative: worth knowing, not an error</source>
        <translation>Informatif : bon à savoir, pas une erreur</translation>
    </message>
    <message>
        <source>Flag: these figures do not add up</source>
        <translation>Alerte : ces chiffres ne concordent pas</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation>Constats résolus</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>Constats écartés</translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation>Constats affichés</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>The finding&apos;s claims side by side, to resolve or dismiss it</source>
        <translation>Les affirmations du constat côte à côte, pour le résoudre ou l’écarter</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Checking the figures across sources…</source>
        <translation>Vérification des chiffres entre les sources…</translation>
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
        <translation>
            <numerusform>Lecture de %n article…</numerusform>
            <numerusform>Lecture de %n articles…</numerusform>
        </translation>
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
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Bilan projects (*.bilan);;All files (*)</source>
        <translation>Projets Bilan (*.bilan);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Bilan projects (*.bilan)</source>
        <translation>Projets Bilan (*.bilan)</translation>
    </message>
    <message>
        <source>Add Articles</source>
        <translation>Ajouter des articles</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The name recorded with each verification:</source>
        <translation>Le nom enregistré avec chaque vérification :</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>New Project from the &amp;Bundled Bilan</source>
        <translation>Nouveau projet avec le &amp;bilan fourni</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>A&amp;dd Articles…</source>
        <translation>A&amp;jouter des articles…</translation>
    </message>
    <message>
        <source>&amp;Paste Article…</source>
        <translation>&amp;Coller un article…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <source>&amp;Remove Added Claim</source>
        <translation>&amp;Retirer l’affirmation ajoutée</translation>
    </message>
    <message>
        <source>&amp;Orphaned Annotations…</source>
        <translation>Annotations &amp;orphelines…</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>%1 (read-only) — Bilan</source>
        <translation>%1 (lecture seule) — Bilan</translation>
    </message>
    <message>
        <source>%1 — Bilan</source>
        <translation>%1 — Bilan</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Keep your verification?</source>
        <translation>Garder votre vérification ?</translation>
    </message>
    <message>
        <source>This project has not been saved under a name. Save it before it is closed?</source>
        <translation>Ce projet n’a pas été enregistré sous un nom. L’enregistrer avant de le fermer ?</translation>
    </message>
    <message>
        <source>Cannot create a project</source>
        <translation>Impossible de créer un projet</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened read-only: %1.</source>
        <translation>Ouvert en lecture seule : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Claims extracted again by this version of Bilan: %n annotation(s) re-attached or listed.</source>
        <translation>
            <numerusform>Affirmations extraites à nouveau par cette version de Bilan : %n annotation rattachée ou listée.</numerusform>
            <numerusform>Affirmations extraites à nouveau par cette version de Bilan : %n annotations rattachées ou listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved as %1. Every change is now saved in it as you go.</source>
        <translation>Enregistré sous %1. Chaque modification y est désormais enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Article collé</translation>
    </message>
    <message>
        <source>The article was not added</source>
        <translation>L’article n’a pas été ajouté</translation>
    </message>
    <message numerus="yes">
        <source>Article added: %n claim(s) found.</source>
        <translation>
            <numerusform>Article ajouté : %n affirmation trouvée.</numerusform>
            <numerusform>Article ajouté : %n affirmations trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The claim was not added</source>
        <translation>L’affirmation n’a pas été ajoutée</translation>
    </message>
    <message>
        <source>Orphaned Annotations</source>
        <translation>Annotations orphelines</translation>
    </message>
    <message>
        <source>Every annotation is attached to its claim.</source>
        <translation>Chaque annotation est rattachée à son affirmation.</translation>
    </message>
    <message>
        <source>« %1 » — %2%3</source>
        <translation>« %1 » — %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) no longer match a claim of this version of Bilan. They are kept in the project and in the JSON export; check these figures again.</source>
        <translation>
            <numerusform>%n annotation ne correspond plus à aucune affirmation de cette version de Bilan. Elle est conservée dans le projet et dans l’export JSON ; vérifiez de nouveau ce chiffre.</numerusform>
            <numerusform>%n annotations ne correspondent plus à aucune affirmation de cette version de Bilan. Elles sont conservées dans le projet et dans l’export JSON ; vérifiez de nouveau ces chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The claim was not removed</source>
        <translation>L’affirmation n’a pas été retirée</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Show the claim on its page of the PDF</source>
        <translation>Afficher le chiffre sur sa page du PDF</translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation>Ajouter depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The page was not added</source>
        <translation>La page n’a pas été ajoutée</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translation>Le graphique n’a pas été exporté</translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation>Graphique enregistré sous %1.</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>Modifier la &amp;fiche de l’article…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Filters cleared to show every claim of this finding. %1</source>
        <translation>Filtres effacés pour afficher toutes les affirmations de ce constat. %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>The article&apos;s details were not changed</source>
        <translation>La fiche de l’article n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Search claims (Ctrl+F) — sentence, speaker, unit, metric; accents and case ignored</source>
        <translation>Rechercher (Ctrl+F) — phrase, auteur, unité, indicateur ; sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <source>Open &amp;Shared Project…</source>
        <translation>Ouvrir un projet &amp;partagé…</translation>
    </message>
    <message>
        <source>%1 changed %2 after you: their change stands.</source>
        <translation>%1 a modifié %2 après vous : sa modification l’emporte.</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 a modifié %2.</translation>
    </message>
    <message>
        <source>Checking the figures across sources…</source>
        <translation>Vérification des chiffres entre les sources…</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (partagé)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server of %1 asks for a password (%2).
Password:</source>
        <translation>Le serveur de %1 demande un mot de passe (%2).
Mot de passe :</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>Move Claims to &amp;New Metric…</source>
        <translation>Déplacer vers un &amp;nouvel indicateur…</translation>
    </message>
    <message>
        <source>Move Claims to Metric…</source>
        <translation>Déplacer vers l’indicateur…</translation>
    </message>
    <message>
        <source>&amp;Leave Out of the Comparisons</source>
        <translation>&amp;Exclure des comparaisons</translation>
    </message>
    <message>
        <source>&amp;Save Taxonomy as Preset…</source>
        <translation>&amp;Enregistrer la taxonomie comme préréglage…</translation>
    </message>
    <message>
        <source>&amp;Load Preset…</source>
        <translation>&amp;Charger un préréglage…</translation>
    </message>
    <message>
        <source>Move to New Metric</source>
        <translation>Déplacer vers un nouvel indicateur</translation>
    </message>
    <message>
        <source>The name of the new metric for the selected claims:</source>
        <translation>Le nom du nouvel indicateur des affirmations sélectionnées :</translation>
    </message>
    <message>
        <source>Move to Metric</source>
        <translation>Déplacer vers l’indicateur</translation>
    </message>
    <message>
        <source>The metric the selected claims belong to:</source>
        <translation>L’indicateur auquel appartiennent les affirmations sélectionnées :</translation>
    </message>
    <message>
        <source>Save Taxonomy as Preset</source>
        <translation>Enregistrer la taxonomie comme préréglage</translation>
    </message>
    <message>
        <source>Taxonomy presets (*.json)</source>
        <translation>Préréglages de taxonomie (*.json)</translation>
    </message>
    <message>
        <source>Load Preset</source>
        <translation>Charger un préréglage</translation>
    </message>
    <message>
        <source>Taxonomy presets (*.json);;All files (*)</source>
        <translation>Préréglages de taxonomie (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The claims were not moved</source>
        <translation>Les affirmations n’ont pas été déplacées</translation>
    </message>
    <message>
        <source>“%1” is not a metric of this bilan: pick one of the list, or use Move to New Metric.</source>
        <translation>« %1 » n’est pas un indicateur de ce bilan : choisissez-en un dans la liste, ou utilisez « Déplacer vers un nouvel indicateur ».</translation>
    </message>
    <message>
        <source>The claims were not changed</source>
        <translation>Les affirmations n’ont pas été modifiées</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>Le préréglage n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Taxonomy saved as %1.</source>
        <translation>Taxonomie enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The preset was not loaded</source>
        <translation>Le préréglage n’a pas été chargé</translation>
    </message>
</context>
<context>
    <name>ManualClaimDialog</name>
    <message>
        <source>Add as a Claim</source>
        <translation>Ajouter comme affirmation</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Locuteur :</translation>
    </message>
    <message>
        <source>e.g. MAD, %, bénéficiaires</source>
        <translation>p. ex. MAD, %, bénéficiaires</translation>
    </message>
    <message>
        <source>e.g. mars 2025 or 2025-03-31</source>
        <translation>p. ex. mars 2025 ou 2025-03-31</translation>
    </message>
    <message>
        <source>&amp;Add Claim</source>
        <translation>&amp;Ajouter l’affirmation</translation>
    </message>
    <message>
        <source>“%1” is not a number Bilan can read.</source>
        <translation>« %1 » n’est pas un nombre que Bilan sait lire.</translation>
    </message>
    <message>
        <source>“%1” is not a date Bilan can read.</source>
        <translation>« %1 » n’est pas une date que Bilan sait lire.</translation>
    </message>
</context>
<context>
    <name>MetricRules</name>
    <message>
        <source>%1 is not a taxonomy preset: %2 at byte %3</source>
        <translation>%1 n’est pas un préréglage de taxonomie : %2 à l’octet %3</translation>
    </message>
    <message>
        <source>%1 is not a taxonomy preset (it does not say &quot;schema&quot;: &quot;%2&quot;)</source>
        <translation>%1 n’est pas un préréglage de taxonomie (il n’indique pas &quot;schema&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map metric ids to non-empty texts</source>
        <translation>%1 : &quot;%2&quot; doit associer des identifiants d’indicateurs à des textes non vides</translation>
    </message>
    <message>
        <source>%1: metric %2 has an unknown nature &quot;%3&quot; (stock, running_total, flow, one_off or rate)</source>
        <translation>%1 : l’indicateur %2 a une nature inconnue &quot;%3&quot; (stock, running_total, flow, one_off ou rate)</translation>
    </message>
    <message>
        <source>%1: &quot;excluded&quot; must be a list of claims</source>
        <translation>%1 : &quot;excluded&quot; doit être une liste d’affirmations</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a taxonomy preset (%2 MB)</source>
        <translation>%1 est trop gros pour un préréglage de taxonomie (%2 Mo)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>MetricSet</name>
    <message>
        <source>part</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>hausse</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>baisse</translation>
    </message>
    <message>
        <source>target or forecast</source>
        <translation>objectif ou prévision</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>change in points</source>
        <translation>variation en points</translation>
    </message>
    <message>
        <source>change in %</source>
        <translation>variation en %</translation>
    </message>
    <message>
        <source>running total since January</source>
        <translation>cumul depuis janvier</translation>
    </message>
    <message>
        <source>a single month</source>
        <translation>un seul mois</translation>
    </message>
    <message>
        <source>over one month</source>
        <translation>sur un mois</translation>
    </message>
    <message>
        <source>annual average</source>
        <translation>moyenne annuelle</translation>
    </message>
    <message>
        <source>over one quarter</source>
        <translation>sur un trimestre</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
</context>
<context>
    <name>MetricTaxonomy</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Flow per period</source>
        <translation>Flux par période</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <source>From the preset taxonomy</source>
        <translation>Issu de la taxonomie préréglée</translation>
    </message>
    <message>
        <source>Named by the journalist</source>
        <translation>Nommé par le ou la journaliste</translation>
    </message>
    <message>
        <source>Double-click to rename; drag onto another metric to merge them.</source>
        <translation>Double-cliquez pour renommer ; glissez sur un autre indicateur pour les fusionner.</translation>
    </message>
    <message>
        <source>Set by the journalist</source>
        <translation>Fixée par le ou la journaliste</translation>
    </message>
    <message>
        <source>Given by Bilan from the claims&apos; words</source>
        <translation>Déduite par Bilan des mots des affirmations</translation>
    </message>
    <message>
        <source>No dated figure</source>
        <translation>Aucun chiffre daté</translation>
    </message>
    <message numerus="yes">
        <source>%n dated figure(s), %1</source>
        <translation>
            <numerusform>%n chiffre daté, %1</numerusform>
            <numerusform>%n chiffres datés, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>The metric was not renamed</source>
        <translation>L’indicateur n’a pas été renommé</translation>
    </message>
    <message>
        <source>The metrics were not merged</source>
        <translation>Les indicateurs n’ont pas été fusionnés</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>The metrics were not merged</source>
        <translation>Les indicateurs n’ont pas été fusionnés</translation>
    </message>
    <message>
        <source>The nature was not changed</source>
        <translation>La nature n’a pas été modifiée</translation>
    </message>
    <message>
        <source>No metric: no claim measures something Bilan could name.</source>
        <translation>Aucun indicateur : aucune affirmation ne mesure quelque chose que Bilan sache nommer.</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s). Drag a metric onto another to merge them.</source>
        <translation>
            <numerusform>%n indicateur. Glissez un indicateur sur un autre pour les fusionner.</numerusform>
            <numerusform>%n indicateurs. Glissez un indicateur sur un autre pour les fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter metrics by name</source>
        <translation>Filtrer les indicateurs par nom</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Metrics</source>
        <translation>&amp;Fusionner les indicateurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Rename Metric…</source>
        <translation>&amp;Renommer l’indicateur…</translation>
    </message>
    <message>
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>As Bilan Reads It</source>
        <translation>Telle que Bilan la lit</translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message>
        <source>OCR is not available (Tesseract and its French data, tesseract-ocr-fra, are needed)</source>
        <translation>l’OCR n’est pas disponible (il faut Tesseract et ses données françaises, tesseract-ocr-fra)</translation>
    </message>
    <message>
        <source>OCR failed on page %1</source>
        <translation>l’OCR a échoué sur la page %1</translation>
    </message>
</context>
<context>
    <name>PasteArticleDialog</name>
    <message>
        <source>Paste Article</source>
        <translation>Coller un article</translation>
    </message>
    <message>
        <source>Detected from the text when left empty</source>
        <translation>Détecté dans le texte si laissé vide</translation>
    </message>
    <message>
        <source>e.g. Le360, Hespress, Médias24</source>
        <translation>p. ex. Le360, Hespress, Médias24</translation>
    </message>
    <message>
        <source>e.g. 21 mars 2025 or 2025-03-21</source>
        <translation>p. ex. 21 mars 2025 ou 2025-03-21</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Add Article</source>
        <translation>&amp;Ajouter l’article</translation>
    </message>
    <message>
        <source>The text is empty: copy an article, then paste it here.</source>
        <translation>Le texte est vide : copiez un article, puis collez-le ici.</translation>
    </message>
    <message>
        <source>“%1” is not a date Bilan can read.</source>
        <translation>« %1 » n’est pas une date que Bilan sait lire.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>« %1 » n’est pas une adresse web (http:// ou https://).</translation>
    </message>
</context>
<context>
    <name>PdfLoader</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>not a valid PDF document (damaged or truncated)</source>
        <translation>pas un document PDF valide (endommagé ou tronqué)</translation>
    </message>
    <message>
        <source>the PDF has no page</source>
        <translation>le PDF n’a aucune page</translation>
    </message>
    <message>
        <source>the PDF has no text layer and %1</source>
        <translation>le PDF n’a pas de couche de texte et %1</translation>
    </message>
    <message>
        <source>the PDF has no text layer and OCR read no text in it</source>
        <translation>le PDF n’a pas de couche de texte et l’OCR n’y a lu aucun texte</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>No page to show: the claim is not from a PDF.</source>
        <translation>Aucune page à afficher : ce chiffre ne vient pas d’un PDF.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Figures by metric</source>
        <translation>Chiffres par indicateur</translation>
    </message>
    <message>
        <source>Flags and contradictions</source>
        <translation>Alertes et contradictions</translation>
    </message>
    <message>
        <source>Bilan of the figures</source>
        <translation>Bilan des chiffres</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) from %1 article(s)</source>
        <translation>
            <numerusform>%n affirmation tirée de %1 article(s)</numerusform>
            <numerusform>%n affirmations tirées de %1 article(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>Média inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n claim(s)</source>
        <translation>
            <numerusform>%1 — %n affirmation</numerusform>
            <numerusform>%1 — %n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) without a date are not plotted.</source>
        <translation>
            <numerusform>%n affirmation sans date n’est pas tracée.</numerusform>
            <numerusform>%n affirmations sans date ne sont pas tracées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>The consistency checks found nothing to flag among these claims.</source>
        <translation>Les contrôles de cohérence n’ont rien relevé parmi ces affirmations.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Affirmations : %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>selon %1</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>%1 (the article says %2)</source>
        <translation>%1 (l’article dit %2)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Références :</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Citation :</translation>
    </message>
    <message>
        <source>the report names a claim that is not in the bilan</source>
        <translation>le rapport cite une affirmation absente du bilan</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A ring gives the status.</source>
        <translation>Un anneau indique le statut.</translation>
    </message>
    <message numerus="yes">
        <source>Figures of the bilan: %n claim(s)</source>
        <translation>
            <numerusform>Chiffres du bilan : %n affirmation</numerusform>
            <numerusform>Chiffres du bilan : %n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>Review (%1): </source>
        <translation>Examen (%1) : </translation>
    </message>
    <message>
        <source>article: %1</source>
        <translation>article : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the report would run to about %1 pages (more than %2): report fewer claims, by their status or a filter, or allow a longer report</source>
        <translation>le rapport ferait environ %1 pages (plus de %2) : rapportez moins d’affirmations, par leur statut ou un filtre, ou autorisez un rapport plus long</translation>
    </message>
    <message>
        <source>%1: this file exists and is not a PDF; choose another file for the report (Bilan replaces only an earlier PDF)</source>
        <translation>%1 : ce fichier existe et n’est pas un PDF ; choisissez un autre fichier pour le rapport (Bilan ne remplace qu’un PDF antérieur)</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1: the project is read-only (%2)</source>
        <translation>%1 : le projet est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marquer %1 comme « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n claim(s) as %1</source>
        <translation>
            <numerusform>Marquer %n affirmation comme « %1 »</numerusform>
            <numerusform>Marquer %n affirmations comme « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the note of %1</source>
        <translation>Modifier la note de %1</translation>
    </message>
    <message>
        <source>Edit the references of %1</source>
        <translation>Modifier les références de %1</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <source>no such article</source>
        <translation>article introuvable</translation>
    </message>
    <message>
        <source>the selection is not inside a paragraph of the article</source>
        <translation>la sélection n’est pas dans un paragraphe de l’article</translation>
    </message>
    <message>
        <source>“%1” is already a claim</source>
        <translation>« %1 » est déjà une affirmation</translation>
    </message>
    <message>
        <source>Add %1 as a claim</source>
        <translation>Ajouter %1 comme affirmation</translation>
    </message>
    <message>
        <source>Remove the claim %1</source>
        <translation>Retirer l’affirmation %1</translation>
    </message>
    <message>
        <source>cannot create a temporary project (%1)</source>
        <translation>impossible de créer un projet temporaire (%1)</translation>
    </message>
    <message>
        <source>articles read from files, not a project</source>
        <translation>articles lus dans des fichiers, pas un projet</translation>
    </message>
    <message>
        <source>%1 is not a project: open or create a project to verify claims</source>
        <translation>%1 n’est pas un projet : ouvrez ou créez un projet pour vérifier des affirmations</translation>
    </message>
    <message>
        <source>This bilan</source>
        <translation>Ce bilan</translation>
    </message>
    <message>
        <source>no claim is selected</source>
        <translation>aucune affirmation n’est sélectionnée</translation>
    </message>
    <message>
        <source>%1 was found by Bilan, not added by hand: mark it “Not a claim” instead</source>
        <translation>%1 a été trouvée par Bilan, pas ajoutée à la main : marquez-la plutôt « Pas une affirmation »</translation>
    </message>
    <message>
        <source>%1 is not a project</source>
        <translation>%1 n’est pas un projet</translation>
    </message>
    <message>
        <source>“%1” is not a metric of the taxonomy (data/metrics.json).</source>
        <translation>« %1 » n’est pas un indicateur de la taxonomie (data/metrics.json).</translation>
    </message>
    <message>
        <source>%1: this is the project itself (%2); choose another file for the export</source>
        <translation>%1 : c’est le projet lui-même (%2) ; choisissez un autre fichier pour l’export</translation>
    </message>
    <message>
        <source>%1: this is the article %2 was read from; choose another file for the export</source>
        <translation>%1 : c’est le fichier d’où l’article %2 a été lu ; choisissez un autre fichier pour l’export</translation>
    </message>
    <message>
        <source>Resolve the finding</source>
        <translation>Résoudre le constat</translation>
    </message>
    <message>
        <source>Dismiss the finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Note on the finding</source>
        <translation>Note sur le constat</translation>
    </message>
    <message>
        <source>Reopen the finding</source>
        <translation>Rouvrir le constat</translation>
    </message>
    <message>
        <source>There is no article %1 in the project.</source>
        <translation>Il n’y a pas d’article %1 dans le projet.</translation>
    </message>
    <message>
        <source>Edit the details of “%1”</source>
        <translation>Modifier la fiche de « %1 »</translation>
    </message>
    <message>
        <source>The article is no longer in the project.</source>
        <translation>L’article n’est plus dans le projet.</translation>
    </message>
    <message>
        <source>%1 was changed since by %2: your change is not undone</source>
        <translation>%1 a été modifié depuis par %2 : votre modification n’est pas annulée</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1: the decisions on metrics are damaged (%2)</source>
        <translation>%1 : les décisions sur les indicateurs sont endommagées (%2)</translation>
    </message>
    <message>
        <source>There is no metric “%1” in this bilan.</source>
        <translation>Il n’y a pas d’indicateur « %1 » dans ce bilan.</translation>
    </message>
    <message>
        <source>Rename the metric %1 to %2</source>
        <translation>Renommer l’indicateur %1 en %2</translation>
    </message>
    <message>
        <source>Select at least two metrics to merge.</source>
        <translation>Sélectionnez au moins deux indicateurs à fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n metric(s) into %1</source>
        <translation>
            <numerusform>Fusionner %n indicateur dans %1</numerusform>
            <numerusform>Fusionner %n indicateurs dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the nature of %1 to %2</source>
        <translation>Donner à %1 la nature %2</translation>
    </message>
    <message>
        <source>Let Bilan give the nature of %1</source>
        <translation>Laisser Bilan déduire la nature de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave %1 out of the comparisons</source>
        <translation>Exclure %1 des comparaisons</translation>
    </message>
    <message>
        <source>Compare %1 again</source>
        <translation>Comparer de nouveau %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n claim(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n affirmation vers %1</numerusform>
            <numerusform>Déplacer %n affirmations vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A new metric needs a name.</source>
        <translation>Un nouvel indicateur doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n claim(s) to the new metric %1</source>
        <translation>
            <numerusform>Déplacer %n affirmation vers le nouvel indicateur %1</numerusform>
            <numerusform>Déplacer %n affirmations vers le nouvel indicateur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer in the project</source>
        <translation>%1 n’est plus dans le projet</translation>
    </message>
    <message>
        <source>%1 changes nothing in this bilan&apos;s metrics.</source>
        <translation>%1 ne change rien aux indicateurs de ce bilan.</translation>
    </message>
    <message>
        <source>Load the preset %1</source>
        <translation>Charger le préréglage %1</translation>
    </message>
    <message>
        <source>Another metric is already named “%1”: merge the two instead, or choose another name.</source>
        <translation>Un autre indicateur s’appelle déjà « %1 » : fusionnez plutôt les deux, ou choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ProjectExportText</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>the disk is full: %1 KB needed</source>
        <translation>le disque est plein : %1 Ko nécessaires</translation>
    </message>
    <message>
        <source>a symbolic link that leads to itself or to nothing</source>
        <translation>un lien symbolique qui mène à lui-même ou à rien</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: a file with this name exists already; Bilan does not overwrite it</source>
        <translation>%1 : un fichier de ce nom existe déjà ; Bilan ne l’écrase pas</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: cannot create the project (%2)</source>
        <translation>%1 : impossible de créer le projet (%2)</translation>
    </message>
    <message>
        <source>%1: a change to the project was interrupted and must be rolled back first; open it for writing once (close the other window that has it open)</source>
        <translation>%1 : une modification du projet a été interrompue et doit d’abord être annulée ; ouvrez-le une fois en écriture (fermez l’autre fenêtre qui l’a ouvert)</translation>
    </message>
    <message>
        <source>%1: cannot open the project (%2)</source>
        <translation>%1 : impossible d’ouvrir le projet (%2)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1 : le fichier du projet est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: not a Bilan project (an SQLite database without Bilan&apos;s tables)</source>
        <translation>%1 : ce n’est pas un projet Bilan (une base SQLite sans les tables de Bilan)</translation>
    </message>
    <message>
        <source>%1: not a Bilan project (no schema version)</source>
        <translation>%1 : ce n’est pas un projet Bilan (pas de version de schéma)</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Bilan (project format %2; this version reads up to %3). Open it with a newer Bilan.</source>
        <translation>%1 : créé par une version plus récente de Bilan (format de projet %2 ; cette version lit jusqu’au format %3). Ouvrez-le avec un Bilan plus récent.</translation>
    </message>
    <message>
        <source>cannot write the project (%1)</source>
        <translation>impossible d’écrire dans le projet (%1)</translation>
    </message>
    <message>
        <source>cannot read the articles (%1)</source>
        <translation>impossible de lire les articles (%1)</translation>
    </message>
    <message>
        <source>the project file is damaged (paragraphs of %1 out of its text)</source>
        <translation>le fichier du projet est endommagé (des paragraphes de %1 sortent de son texte)</translation>
    </message>
    <message>
        <source>cannot read the claims (%1)</source>
        <translation>impossible de lire les affirmations (%1)</translation>
    </message>
    <message>
        <source>the project file is damaged (a claim of %1 out of its text)</source>
        <translation>le fichier du projet est endommagé (une affirmation de %1 sort de son texte)</translation>
    </message>
    <message>
        <source>the project is read-only (%1)</source>
        <translation>le projet est en lecture seule (%1)</translation>
    </message>
    <message>
        <source>%1: already in the project (same content, SHA-256 %2…)</source>
        <translation>%1 : déjà dans le projet (même contenu, SHA-256 %2…)</translation>
    </message>
    <message>
        <source>cannot add %1 (%2)</source>
        <translation>impossible d’ajouter %1 (%2)</translation>
    </message>
    <message>
        <source>cannot store the new claims (%1)</source>
        <translation>impossible d’enregistrer les nouvelles affirmations (%1)</translation>
    </message>
    <message>
        <source>cannot read the annotations (%1)</source>
        <translation>impossible de lire les annotations (%1)</translation>
    </message>
    <message>
        <source>cannot save the change (%1)</source>
        <translation>impossible d’enregistrer la modification (%1)</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1 : impossible de remplacer le fichier</translation>
    </message>
    <message>
        <source>%1: cannot write the copy (%2)</source>
        <translation>%1 : impossible d’écrire la copie (%2)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>the rename failed</source>
        <translation>le renommage a échoué</translation>
    </message>
    <message>
        <source>%1: %2; Bilan waited %3 s for it to finish</source>
        <translation>%1 : %2 ; Bilan a attendu %3 s qu’il finisse</translation>
    </message>
    <message>
        <source>%1: not a Bilan project (schema version %2)</source>
        <translation>%1 : ce n’est pas un projet Bilan (version de schéma %2)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (its format says both %2 and %3)</source>
        <translation>%1 : le fichier du projet est endommagé (son format indique à la fois %2 et %3)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2 is missing)</source>
        <translation>%1 : le fichier du projet est endommagé (il manque %2)</translation>
    </message>
    <message>
        <source>%1: already in the project (same address)</source>
        <translation>%1 : déjà dans le projet (même adresse)</translation>
    </message>
    <message>
        <source>%1: already in the project (same text as %2)</source>
        <translation>%1 : déjà dans le projet (même texte que %2)</translation>
    </message>
    <message>
        <source>no article with SHA-256 %1… in the project</source>
        <translation>aucun article de SHA-256 %1… dans le projet</translation>
    </message>
    <message>
        <source>cannot read the findings&apos; reviews (%1)</source>
        <translation>impossible de lire l’examen des constats (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>la connexion au serveur a été perdue : %1</translation>
    </message>
    <message>
        <source>your role on the server may not change this project (%1)</source>
        <translation>votre rôle sur le serveur ne permet pas de modifier ce projet (%1)</translation>
    </message>
    <message>
        <source>another change to the same rows came first; try again (%1)</source>
        <translation>une autre modification des mêmes lignes est passée avant ; réessayez (%1)</translation>
    </message>
    <message>
        <source>%1: not a Bilan project (the schema %2 has no Bilan tables)</source>
        <translation>%1 : pas un projet Bilan (le schéma %2 n’a pas les tables de Bilan)</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>%1 : le pilote PostgreSQL de Qt manque (installez libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: cannot reach the server (%2)</source>
        <translation>%1 : le serveur est injoignable (%2)</translation>
    </message>
    <message>
        <source>%1: a project with this name exists already in the database; Bilan does not overwrite it</source>
        <translation>%1 : un projet de ce nom existe déjà dans la base ; Bilan ne l’écrase pas</translation>
    </message>
    <message>
        <source>%1: no project “%2” in the database %3</source>
        <translation>%1 : pas de projet « %2 » dans la base %3</translation>
    </message>
    <message>
        <source>the role %1 may only read this project on the server</source>
        <translation>le rôle %1 ne peut que lire ce projet sur le serveur</translation>
    </message>
    <message>
        <source>cannot copy %1 (%2)</source>
        <translation>impossible de copier %1 (%2)</translation>
    </message>
    <message>
        <source>%1: not a Bilan project</source>
        <translation>%1 : pas un projet Bilan</translation>
    </message>
    <message>
        <source>%1: a project file has no roles; share it on a server first (bilan-cli project push)</source>
        <translation>%1 : un fichier de projet n’a pas de rôles ; partagez-le d’abord sur un serveur (bilan-cli project push)</translation>
    </message>
    <message>
        <source>“%1” is not a role name</source>
        <translation>« %1 » n’est pas un nom de rôle</translation>
    </message>
    <message>
        <source>cannot grant %1 to %2 (%3)</source>
        <translation>impossible d’accorder %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>cannot read the decisions on metrics (%1)</source>
        <translation>impossible de lire les décisions sur les indicateurs (%1)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The claims &amp;shown (current filter)</source>
        <translation>Les affirmations &amp;affichées (filtre actuel)</translation>
    </message>
    <message>
        <source>The &amp;verified and disputed claims</source>
        <translation>Les affirmations &amp;vérifiées et contestées</translation>
    </message>
    <message>
        <source>&amp;All claims (website furniture excepted)</source>
        <translation>&amp;Toutes les affirmations (hors habillage du site)</translation>
    </message>
    <message>
        <source>Include the &amp;charts</source>
        <translation>Inclure les &amp;graphiques</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Open the report once written</source>
        <translation>&amp;Ouvrir le rapport une fois écrit</translation>
    </message>
    <message>
        <source>Your name: it signs the report and your notes</source>
        <translation>Votre nom : il signe le rapport et vos notes</translation>
    </message>
    <message>
        <source>Type your name: it signs the report and your notes.</source>
        <translation>Tapez votre nom : il signe le rapport et vos notes.</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1: not a PostgreSQL address (postgresql://user@host:port/database?project=NAME)</source>
        <translation>%1 : pas une adresse PostgreSQL (postgresql://utilisateur@hôte:port/base?project=NOM)</translation>
    </message>
    <message>
        <source>%1: not a valid address (%2)</source>
        <translation>%1 : adresse non valide (%2)</translation>
    </message>
    <message>
        <source>%1: unknown option “%2” (known: project, %3)</source>
        <translation>%1 : option inconnue « %2 » (connues : project, %3)</translation>
    </message>
    <message>
        <source>%1: the address names no database (…:5432/DATABASE?project=NAME)</source>
        <translation>%1 : l’adresse ne nomme pas de base (…:5432/BASE?project=NOM)</translation>
    </message>
    <message>
        <source>%1: the address names no project (add ?project=NAME)</source>
        <translation>%1 : l’adresse ne nomme pas de projet (ajoutez ?project=NOM)</translation>
    </message>
    <message>
        <source>%1: “%2” cannot name a project (letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, at most 48, not public or pg_…)</source>
        <translation>%1 : « %2 » ne peut pas nommer un projet (lettres, chiffres, « _ », « - » et « . », 48 au plus, ni public ni pg_…)</translation>
    </message>
</context>
<context>
    <name>SharedProjectDialog</name>
    <message>
        <source>Open Shared Project</source>
        <translation>Ouvrir un projet partagé</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>votre identifiant sur le serveur</translation>
    </message>
    <message>
        <source>e.g. amo-2025</source>
        <translation>p. ex. amo-2025</translation>
    </message>
    <message>
        <source>As the server prefers</source>
        <translation>Comme le serveur le préfère</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffré</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Jamais chiffré</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Name the server (its address, or localhost).</source>
        <translation>Nommez le serveur (son adresse, ou localhost).</translation>
    </message>
    <message>
        <source>Name the database the desk&apos;s projects are in.</source>
        <translation>Nommez la base qui contient les projets de la rédaction.</translation>
    </message>
    <message>
        <source>“%1” cannot name a project: letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, at most 48.</source>
        <translation>« %1 » ne peut pas nommer un projet : lettres, chiffres, « _ », « - » et « . », 48 au plus.</translation>
    </message>
</context>
<context>
    <name>SqliteFile::Text</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>%1: a symbolic link that leads to itself or to nothing, not a project</source>
        <translation>%1 : un lien symbolique qui mène à lui-même ou à rien, pas un projet</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a directory, not a project</source>
        <translation>%1 : c’est un dossier, pas un projet</translation>
    </message>
    <message>
        <source>%1: you may not read this file (its permissions)</source>
        <translation>%1 : vous n’avez pas le droit de lire ce fichier (ses permissions)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: file is empty, not a Bilan project</source>
        <translation>%1 : le fichier est vide, ce n’est pas un projet Bilan</translation>
    </message>
    <message>
        <source>%1: not a Bilan project (not an SQLite database)</source>
        <translation>%1 : ce n’est pas un projet Bilan (pas une base SQLite)</translation>
    </message>
    <message>
        <source>%1: the project file is truncated or damaged (%2 bytes, not the %3 its pages make)</source>
        <translation>%1 : le fichier du projet est tronqué ou endommagé (%2 octets, au lieu des %3 que font ses pages)</translation>
    </message>
    <message>
        <source>the file is read-only (its permissions)</source>
        <translation>le fichier est en lecture seule (ses permissions)</translation>
    </message>
    <message>
        <source>the project is open in another window or program (%1, process %2 on %3)</source>
        <translation>le projet est ouvert dans une autre fenêtre ou un autre programme (%1, processus %2 sur %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the project is open in another window or program</source>
        <translation>le projet est ouvert dans une autre fenêtre ou un autre programme</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to (its permissions)</source>
        <translation>le dossier %1 n’est pas accessible en écriture (ses permissions)</translation>
    </message>
    <message>
        <source>its lock file cannot be made</source>
        <translation>son fichier de verrou ne peut pas être créé</translation>
    </message>
    <message>
        <source>another program is writing the project; Bilan waited 5 s for it</source>
        <translation>un autre programme écrit dans le projet ; Bilan l’a attendu 5 s</translation>
    </message>
    <message>
        <source>the folder cannot be written to (its permissions)</source>
        <translation>le dossier n’est pas accessible en écriture (ses permissions)</translation>
    </message>
    <message>
        <source>the disk refused to write (%1)</source>
        <translation>le disque a refusé l’écriture (%1)</translation>
    </message>
    <message>
        <source>the project file is damaged (%1)</source>
        <translation>le fichier du projet est endommagé (%1)</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>cannot update the project format (%1)</source>
        <translation>impossible de mettre à jour le format du projet (%1)</translation>
    </message>
    <message>
        <source>cannot write the project (%1)</source>
        <translation>impossible d’écrire dans le projet (%1)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>la table %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>la colonne %1.%2</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: cannot read the manifest (%2)</source>
        <translation>%1 : impossible de lire le manifeste (%2)</translation>
    </message>
    <message>
        <source>%1: the manifest is not valid JSON (%2 at byte %3)</source>
        <translation>%1 : le manifeste n’est pas du JSON valide (%2 à l’octet %3)</translation>
    </message>
    <message>
        <source>%1: the manifest has no &quot;articles&quot; list</source>
        <translation>%1 : le manifeste n’a pas de liste « articles »</translation>
    </message>
    <message>
        <source>%1: the manifest&apos;s schema is &quot;%2&quot;, not &quot;bilan.manifest/1&quot;; its entries are read as that schema&apos;s</source>
        <translation>%1 : le schéma du manifeste est « %2 », pas « bilan.manifest/1 » ; ses entrées sont lues comme celles de ce schéma</translation>
    </message>
    <message>
        <source>%1: article %2 has no valid &quot;file&quot; (&quot;%3&quot;): left out</source>
        <translation>%1 : l’article %2 n’a pas de « file » valide (« %3 ») : laissé de côté</translation>
    </message>
    <message>
        <source>%1: %2: &quot;published&quot; is not a date (&quot;%3&quot;): left out</source>
        <translation>%1 : %2 : « published » n’est pas une date (« %3 ») : laissé de côté</translation>
    </message>
    <message>
        <source>%1: %2: &quot;url&quot; is not an http or https address (&quot;%3&quot;): left out</source>
        <translation>%1 : %2 : « url » n’est pas une adresse http ou https (« %3 ») : laissée de côté</translation>
    </message>
    <message>
        <source>: ignored</source>
        <translation> : ignoré</translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>Amounts in dirhams</source>
        <translation>Montants en dirhams</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Autres chiffres</translation>
    </message>
    <message>
        <source>Figures in “%1”</source>
        <translation>Chiffres en « %1 »</translation>
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
        <source>%1 of %2</source>
        <comment>a value axis: &quot;millions of dossiers&quot;</comment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>UrlFetcher</name>
    <message>
        <source>%1: no complete answer within %2 s (timed out)</source>
        <translation>%1 : pas de réponse complète en %2 s (délai dépassé)</translation>
    </message>
    <message>
        <source>%1: not a web address Bilan fetches (only http:// and https:// pages)</source>
        <translation>%1 : pas une adresse web que Bilan récupère (seulement les pages http:// et https://)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 (%3)</source>
        <translation>%1 : le serveur a répondu HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>%1: server not found (DNS: no such host &quot;%2&quot;)</source>
        <translation>%1 : serveur introuvable (DNS : aucun hôte « %2 »)</translation>
    </message>
    <message>
        <source>%1: the server refused the connection</source>
        <translation>%1 : le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>%1: secure connection failed (TLS: %2)</source>
        <translation>%1 : échec de la connexion sécurisée (TLS : %2)</translation>
    </message>
    <message>
        <source>%1: timed out</source>
        <translation>%1 : délai dépassé</translation>
    </message>
    <message>
        <source>%1: cannot be fetched (%2)</source>
        <translation>%1 : impossible à récupérer (%2)</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 : trop volumineux (%2 Mo ; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <source>%1: too large (over the %2 MB limit)</source>
        <translation>%1 : trop volumineux (au-delà de la limite de %2 Mo)</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation>%1 : plus de %2 redirections</translation>
    </message>
    <message>
        <source>%1: redirected to %2, which is not an http or https address</source>
        <translation>%1 : redirigé vers %2, qui n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>%1: not a web page or a PDF (the server sent &quot;%2&quot;)</source>
        <translation>%1 : ni une page web ni un PDF (le serveur a envoyé « %2 »)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>%1: the server sent an empty page</source>
        <translation>%1 : le serveur a envoyé une page vide</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide is missing from this build of Bilan (%1).</source>
        <translation>Le guide de l’utilisateur manque dans cette version de Bilan (%1).</translation>
    </message>
    <message>
        <source>Bilan User Guide</source>
        <translation>Guide de l’utilisateur de Bilan</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>To &amp;check</source>
        <translation>À &amp;vérifier</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>V&amp;érifié</translation>
    </message>
    <message>
        <source>&amp;Disputed</source>
        <translation>&amp;Contesté</translation>
    </message>
    <message>
        <source>&amp;Wrong</source>
        <translation>&amp;Faux</translation>
    </message>
    <message>
        <source>&amp;Not a claim</source>
        <translation>&amp;Pas une affirmation</translation>
    </message>
    <message>
        <source>Mark as to check</source>
        <translation>Marquer à vérifier</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Mark as disputed</source>
        <translation>Marquer comme contesté</translation>
    </message>
    <message>
        <source>Mark as wrong</source>
        <translation>Marquer comme faux</translation>
    </message>
    <message>
        <source>Mark as not a claim</source>
        <translation>Marquer comme n’étant pas une affirmation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>How the figure was checked, with whom, what remains open…</source>
        <translation>Comment le chiffre a été vérifié, avec qui, ce qui reste ouvert…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>&amp;Références</translation>
    </message>
    <message>
        <source>One per line: the URL or document the figure was checked against</source>
        <translation>Une par ligne : l’URL ou le document qui a servi à vérifier le chiffre</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;leur :</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>U&amp;nité :</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>e.g. 3,6 millions</source>
        <translation>p. ex. 3,6 millions</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Valeur corrigée</translation>
    </message>
    <message>
        <source>e.g. MAD, %, bénéficiaires</source>
        <translation>p. ex. MAD, %, bénéficiaires</translation>
    </message>
    <message>
        <source>Corrected unit</source>
        <translation>Unité corrigée</translation>
    </message>
    <message>
        <source>e.g. mars 2025 or 2025-03-31</source>
        <translation>p. ex. mars 2025 ou 2025-03-31</translation>
    </message>
    <message>
        <source>Corrected date</source>
        <translation>Date corrigée</translation>
    </message>
    <message>
        <source>Corrected metric</source>
        <translation>Indicateur corrigé</translation>
    </message>
    <message>
        <source>&amp;Apply Correction</source>
        <translation>&amp;Appliquer la correction</translation>
    </message>
    <message>
        <source>Remove Correction</source>
        <translation>Retirer la correction</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>History of the claim</source>
        <translation>Historique de l’affirmation</translation>
    </message>
    <message>
        <source>Read-only: %1. Changes cannot be saved.</source>
        <translation>Lecture seule : %1. Les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Select a claim to verify it.</source>
        <translation>Sélectionnez une affirmation pour la vérifier.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected: a status applies to all of them.</source>
        <translation>
            <numerusform>%n affirmation sélectionnée : un statut s’applique à toutes.</numerusform>
            <numerusform>%n affirmations sélectionnées : un statut s’applique à toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Ajoutée à la main.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>The article says: %1%2</source>
        <translation>L’article dit : %1%2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références : %1</translation>
    </message>
    <message>
        <source>Correction: %1 → %2</source>
        <translation>Correction : %1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajoutée à la main</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Re-attached after a new extraction</source>
        <translation>Rattachée après une nouvelle extraction</translation>
    </message>
    <message>
        <source>“%1” is not a number Bilan can read.</source>
        <translation>« %1 » n’est pas un nombre que Bilan sait lire.</translation>
    </message>
    <message>
        <source>“%1” is not a date Bilan can read.</source>
        <translation>« %1 » n’est pas une date que Bilan sait lire.</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>a metric&apos;s name</source>
        <translation>le nom d’un indicateur</translation>
    </message>
    <message>
        <source>No metric: this figure takes part in no consistency check. Type a metric&apos;s name to compare it with that metric&apos;s figures.</source>
        <translation>Aucun indicateur : ce chiffre ne participe à aucune vérification de cohérence. Tapez le nom d’un indicateur pour le comparer aux chiffres de celui-ci.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a metric of this bilan: pick one of the names offered as you type.</source>
        <translation>« %1 » n’est le nom d’aucun indicateur de ce bilan : choisissez l’un des noms proposés pendant la saisie.</translation>
    </message>
</context>
</TS>
