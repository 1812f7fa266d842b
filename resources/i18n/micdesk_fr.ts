<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About micdesk</source>
        <translation>À propos de micdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Rapports sur le plan de travail de l’ONUDI avec les pays à revenu intermédiaire, hors ligne.&lt;/p&gt;&lt;p&gt;Dossier des données : %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This installation signs final returns with key %1.</source>
        <translation>Cette installation signe les rapports finaux avec la clé %1.</translation>
    </message>
</context>
<context>
    <name>AreaForm</name>
    <message>
        <source>Context of this work-plan row</source>
        <translation>Contexte de cette ligne du plan de travail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>UNIDO tools</source>
        <translation>Outils de l’ONUDI</translation>
    </message>
    <message>
        <source>Role of MIC governments</source>
        <translation>Rôle des gouvernements des PRI</translation>
    </message>
    <message>
        <source>Main outcomes</source>
        <translation>Principaux résultats</translation>
    </message>
    <message>
        <source>UNIDO MIC-specific outputs</source>
        <translation>Produits de l’ONUDI propres aux PRI</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>%1: %2 of %3 cells filled, %4, %5</source>
        <translation>%1 : %2 cellules remplies sur %3 ; %4 ; %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskContributorDialog</name>
    <message>
        <source>Ask a contributor</source>
        <translation>Solliciter un contributeur</translation>
    </message>
    <message>
        <source>&amp;Whom to ask:</source>
        <translation>&amp;À qui demander :</translation>
    </message>
    <message>
        <source>e.g. Ministry of Environment</source>
        <translation>p. ex. ministère de l’Environnement</translation>
    </message>
    <message>
        <source>&amp;Indicators they report on:</source>
        <translation>&amp;Indicateurs dont ils rendent compte :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Classeur du contributeur</translation>
    </message>
    <message>
        <source>&amp;Write the workbook</source>
        <translation>É&amp;crire le classeur</translation>
    </message>
    <message>
        <source>Say whom you ask (a ministry or office).</source>
        <translation>Indiquez à qui vous demandez (un ministère ou un bureau).</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>Cochez au moins un indicateur.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Written: %1. Send it to %2; load it back when it returns.</source>
        <translation>Écrit : %1. Envoyez-le à %2 ; chargez-le quand il revient.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong (%1). The details are in the log: Help → Open the log folder.</source>
        <translation>Une erreur s’est produite (%1). Les détails sont dans le journal : Aide → Ouvrir le dossier du journal.</translation>
    </message>
</context>
<context>
    <name>BreakdownGrid</name>
    <message>
        <source>paste into the breakdown</source>
        <translation>coller dans la ventilation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) fell outside the breakdown and were left out</source>
        <translation>
            <numerusform>%Ln valeur dépassait la ventilation et a été ignorée</numerusform>
            <numerusform>%Ln valeurs dépassaient la ventilation et ont été ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) could not be read as numbers</source>
        <translation>
            <numerusform>%Ln valeur n’a pas pu être lue comme un nombre</numerusform>
            <numerusform>%Ln valeurs n’ont pas pu être lues comme des nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 of %Ln value(s): %2.</source>
        <translation>
            <numerusform>Collées : %1 sur %Ln valeur : %2.</numerusform>
            <numerusform>Collées : %1 sur %Ln valeurs : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>The country you report on. Type part of its name, in this language or in English, or its ISO code.</source>
        <translation>Le pays sur lequel vous faites rapport. Tapez une partie de son nom, dans cette langue ou en anglais, ou son code ISO.</translation>
    </message>
    <message>
        <source>No country matches: type part of its name or its code.</source>
        <translation>Aucun pays ne correspond : tapez une partie de son nom ou son code.</translation>
    </message>
    <message>
        <source>Choose your country in the list to go on.</source>
        <translation>Choisissez votre pays dans la liste pour continuer.</translation>
    </message>
    <message>
        <source>e.g. %1, Kenya or KEN</source>
        <translation>p. ex. %1, Kenya ou KEN</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>micdesk: the data file is damaged</source>
        <translation>micdesk : le fichier de données est endommagé</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>La sauvegarde intacte la plus récente date du %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Aucune sauvegarde intacte à restaurer.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</source>
        <translation>La vérification de SQLite a trouvé des dommages dans %1. Vous pouvez restaurer la sauvegarde intacte la plus récente (le fichier endommagé est conservé dans le dossier des sauvegardes), ou ouvrir les données en lecture seule et exporter ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</source>
        <translation>Le fichier de données %1 est vide ou absent, mais le dossier des sauvegardes contient des données antérieures. Restaurez la sauvegarde saine la plus récente pour continuer ; aucune sauvegarde n’a été supprimée.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>DisaggregationModel</name>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</source>
        <translation>Votre modification de %1 n’a pas été enregistrée : %2. Le formulaire affiche ce qui est enregistré ; saisissez la modification à nouveau quand le disque sera prêt.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>le dossier de données n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>the disk refused it (%1)</source>
        <translation>le disque l’a refusée (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>Exporter %1 %2</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’exportation</translation>
    </message>
    <message>
        <source>&amp;Draft — can be written at any time; says DRAFT on its cover</source>
        <translation>&amp;Projet — possible à tout moment ; porte la mention DRAFT (projet) sur sa couverture</translation>
    </message>
    <message>
        <source>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</source>
        <translation>&amp;Soumettre à l’ONUDI — version finale : aucune erreur et un commentaire sur chaque avertissement</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
    <message>
        <source>Export submission</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enre&amp;gistrer en PDF…</translation>
    </message>
    <message>
        <source>A PDF of the exported workbook, to print and sign: the same rows and hash.</source>
        <translation>Un PDF du classeur exporté, à imprimer et à signer : les mêmes lignes et la même empreinte.</translation>
    </message>
    <message>
        <source>Export first: the PDF shows the exported workbook, with its hash.</source>
        <translation>Exportez d’abord : le PDF montre le classeur exporté, avec son empreinte.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>Cop&amp;ier le chemin</translation>
    </message>
    <message>
        <source>Open the por&amp;tal</source>
        <translation>Ouvrir le por&amp;tail</translation>
    </message>
    <message>
        <source>%1 of %2 values filled (%3%).</source>
        <translation>%1 valeurs saisies sur %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) to fix.</source>
        <translation>
            <numerusform>%Ln erreur à corriger.</numerusform>
            <numerusform>%Ln erreurs à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain in a comment.</source>
        <translation>
            <numerusform>%Ln avertissement à expliquer dans un commentaire.</numerusform>
            <numerusform>%Ln avertissements à expliquer dans un commentaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill, or to explain for a final export.</source>
        <translation>
            <numerusform>%Ln valeur obligatoire à saisir, ou à expliquer pour une exportation finale.</numerusform>
            <numerusform>%Ln valeurs obligatoires à saisir, ou à expliquer pour une exportation finale.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final export needs every error fixed and every warning explained: %1</source>
        <translation>Une exportation finale exige que chaque erreur soit corrigée et chaque avertissement expliqué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) left.</source>
        <translation>
            <numerusform>il reste %Ln erreur.</numerusform>
            <numerusform>il reste %Ln erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) left.</source>
        <translation>
            <numerusform>il reste %Ln avertissement.</numerusform>
            <numerusform>il reste %Ln avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>“%1” exists already in %2. Replace it?</source>
        <translation>« %1 » existe déjà dans %2. Le remplacer ?</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>Questions de l’ONUDI</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</source>
        <translation>
            <numerusform>%Ln question de l’ONUDI sur ce rapport est sans réponse. Y répondre d’abord à côté de son champ, ou la marquer « réponse plus tard » et exporter maintenant ?</numerusform>
            <numerusform>%Ln questions de l’ONUDI sur ce rapport sont sans réponse. Y répondre d’abord à côté de leurs champs, ou les marquer « réponse plus tard » et exporter maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “will answer later” and export</source>
        <translation>Marquer « réponse plus tard » et exporter</translation>
    </message>
    <message>
        <source>Answer them first</source>
        <translation>Y répondre d’abord</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>final</source>
        <translation>version finale</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Exported revision %1 (%2) to %3.</source>
        <translation>Révision %1 (%2) exportée dans %3.</translation>
    </message>
    <message>
        <source>Removed characters that Excel cannot hold: %1</source>
        <translation>Caractères qu’Excel ne peut pas contenir, retirés : %1</translation>
    </message>
    <message>
        <source>Next step: your file is “%1” in the folder %2.</source>
        <translation>Étape suivante : votre fichier est « %1 », dans le dossier %2.</translation>
    </message>
    <message>
        <source>Upload this file to %1, as it is: do not open and re-save it in Excel.</source>
        <translation>Déposez ce fichier tel quel sur %1 : ne l’ouvrez pas pour l’enregistrer à nouveau dans Excel.</translation>
    </message>
    <message>
        <source>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</source>
        <translation>Envoyez ce fichier à l’ONUDI tel quel : ne l’ouvrez pas pour l’enregistrer à nouveau dans Excel.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Rien n’a été écrit. %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Le PDF n’a pas été enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF (%Ln page(s)) to %1.</source>
        <translation>
            <numerusform>PDF enregistré (%Ln page) dans %1.</numerusform>
            <numerusform>PDF enregistré (%Ln pages) dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFindingsModel</name>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1 : %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Avertissement dans %1 : %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Comment (explains a warning)</source>
        <translation>Commentaire (explique un avertissement)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To do in %1: enter the figure, or NA, NE or C.</source>
        <translation>À faire dans %1 : saisissez le chiffre, ou NA, NE ou C.</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1 : %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Avertissement dans %1 : %2</translation>
    </message>
    <message>
        <source>Explained in %1: %2</source>
        <translation>Expliqué dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to micdesk</source>
        <translation>Bienvenue dans micdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FocalPointPage</name>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</source>
        <translation>L’adresse électronique est incomplète : il faut un nom, @ et un domaine, comme nom@ministere.go.ke. Ou laissez-la vide et ajoutez-la plus tard.</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Shown on the cover of every submission you export.</source>
        <translation>Figure sur la couverture de chaque rapport que vous exportez.</translation>
    </message>
    <message>
        <source>Focal point na&amp;me:</source>
        <translation>&amp;Nom du point focal :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Nom du point focal</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>FormatLocaleDialog</name>
    <message>
        <source>Number and date format</source>
        <translation>Format des nombres et des dates</translation>
    </message>
    <message>
        <source>&amp;Write numbers and dates as in:</source>
        <translation>Écrire les nombres et les dates &amp;comme en :</translation>
    </message>
    <message>
        <source>Automatic: as the system (%1)</source>
        <translation>Automatique : comme le système (%1)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</source>
        <translation>Cela ne change que la façon d’afficher et de saisir les nombres et les dates, pas la langue de l’interface. Ce que vous avez saisi est conservé exactement, quel que soit le format.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>micdesk user guide</source>
        <translation>Guide de l’utilisateur de micdesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;Reword the reason of the latest changes…</source>
        <translation>&amp;Reformuler le motif des dernières modifications…</translation>
    </message>
    <message>
        <source>Changes of %1, oldest first:</source>
        <translation>Modifications de %1, de la plus ancienne à la plus récente :</translation>
    </message>
    <message>
        <source>%1 has not been changed yet.</source>
        <translation>%1 n’a pas encore été modifié.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <source>micdesk — UNIDO: consolidate returns</source>
        <translation>micdesk — ONUDI : consolider les rapports</translation>
    </message>
    <message>
        <source>Returns &amp;folder:</source>
        <translation>&amp;Dossier des rapports :</translation>
    </message>
    <message>
        <source>A folder of returns (.xlsx); you can drop it here</source>
        <translation>Un dossier de rapports (.xlsx) ; vous pouvez le déposer ici</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Accept &amp;edited files</source>
        <translation>Accepter les fichiers &amp;modifiés</translation>
    </message>
    <message>
        <source>Also consolidate files changed by hand after export (still marked edited)</source>
        <translation>Consolider aussi les fichiers modifiés à la main après l’exportation (toujours signalés comme modifiés)</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>&amp;Consolider</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Open the consolidated workbook</source>
        <translation>&amp;Ouvrir le classeur consolidé</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Check a template</source>
        <translation>Vérifier un modèle</translation>
    </message>
    <message>
        <source>Filter by file, country, period or reason</source>
        <translation>Filtrer par fichier, pays, période ou motif</translation>
    </message>
    <message>
        <source>A template workbook an author is editing</source>
        <translation>Un classeur de modèle en cours de rédaction</translation>
    </message>
    <message>
        <source>Check a &amp;template…</source>
        <translation>Vérifier un &amp;modèle…</translation>
    </message>
    <message>
        <source>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</source>
        <translation>Oui/non : pays répondant oui. Nombres : la somme sur les pays. Cumulatifs : la somme du dernier chiffre de chaque pays, jamais une somme sur plusieurs périodes. Les pourcentages ne sont pas additionnés. NA, NE et C sont listés, jamais comptés comme zéro.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Folder of returns</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder of returns.</source>
        <translation>« %1 » n’est pas un dossier : choisissez le dossier des rapports.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Lecture des rapports…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 sur %Ln fichier</numerusform>
            <numerusform>%1 sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>None of the files is a readable micdesk return; nothing was written.</source>
        <translation>Aucun des fichiers n’est un rapport micdesk lisible ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Le classeur n’a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.</source>
        <translation>
            <numerusform>%Ln fichier lu ; consolidés : %1, non conformes : %2 ; écrit dans %3.</numerusform>
            <numerusform>%Ln fichiers lus ; consolidés : %1, non conformes : %2 ; écrit dans %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: template “%1” version %2, %Ln indicator(s).</source>
        <translation>
            <numerusform>Valide : modèle « %1 » version %2, %Ln indicateur.</numerusform>
            <numerusform>Valide : modèle « %1 » version %2, %Ln indicateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%1 oui sur %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Classeur de modèle</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>Le classeur ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Problems found: %1. The template cannot be imported as it is.</source>
        <translation>Problèmes trouvés : %1. Le modèle ne peut pas être importé tel quel.</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Hint, breakdown, comment, source, follow-up, trend and history</source>
        <translation>Aide, ventilation, commentaire, source, suivi, tendance et historique</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Blank is not zero: choose NA, NE or C when there is no figure.</source>
        <translation>Vide ne veut pas dire zéro : choisissez NA, NE ou C s’il n’y a pas de chiffre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</source>
        <translation>&lt;b&gt;Code de notation&lt;/b&gt; : ce qu’il faut indiquer quand il n’y a pas de chiffre (une case vide n’est pas un zéro).&lt;br&gt;&lt;b&gt;NA — sans objet&lt;/b&gt; : l’indicateur ne s’applique pas à votre pays pour cette période.&lt;br&gt;&lt;b&gt;NE — non estimé&lt;/b&gt; : il s’applique, mais aucun chiffre n’existe ou n’a pu être estimé.&lt;br&gt;&lt;b&gt;C — confidentiel&lt;/b&gt; : un chiffre existe mais ne peut pas être communiqué.&lt;br&gt;Une cellule contient une valeur ou un code, jamais les deux.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>%1 notation key</source>
        <translation>Code de notation de %1</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>Commentaire de %1</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>Source de %1</translation>
    </message>
    <message>
        <source>%1 follow up</source>
        <translation>%1 à suivre</translation>
    </message>
    <message>
        <source>%1 breakdown</source>
        <translation>Ventilation de %1</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Période précédente (%1) : %2</translation>
    </message>
    <message>
        <source>Prev. (%1): %2</source>
        <translation>Préc. (%1) : %2</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>Référence (%1) : %2</translation>
    </message>
    <message>
        <source>Base. (%1): %2</source>
        <translation>Réf. (%1) : %2</translation>
    </message>
    <message>
        <source>Tgt. (%1): %2</source>
        <translation>Cible (%1) : %2</translation>
    </message>
    <message>
        <source>Details •</source>
        <translation>Détails •</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>À expliquer</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Expliqué</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>Cible (%1) : %2</translation>
    </message>
    <message>
        <source>No figure?</source>
        <translation>Pas de chiffre ?</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (converted to this version)</source>
        <translation>Période précédente (%1) : %2 (convertie à cette version)</translation>
    </message>
    <message>
        <source>Enter the breakdown: the cells must add up to the total.</source>
        <translation>Saisissez la ventilation : la somme des cellules doit être égale au total.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1: it does not match the total %2.</source>
        <translation>La ventilation donne une somme de %1, qui ne correspond pas au total %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1.</source>
        <translation>La ventilation donne une somme de %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it like %2, or NA, NE or C.</source>
        <translation>« %1 » n’est pas un nombre. Tapez-le comme %2, ou NA, NE ou C.</translation>
    </message>
    <message>
        <source>Enter a whole number, not %1.</source>
        <translation>Saisissez un nombre entier, pas %1.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language micdesk speaks and shows the work plan in.</source>
        <translation>La langue de micdesk et du plan de travail.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>LoadContributionDialog</name>
    <message>
        <source>Load a contributor&apos;s workbook</source>
        <translation>Charger le classeur d’un contributeur</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Classeur :</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Classeur du contributeur</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Load the valid values</source>
        <translation>&amp;Charger les valeurs valides</translation>
    </message>
    <message>
        <source>Where a value differs from yours:</source>
        <translation>Quand une valeur diffère de la vôtre :</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: not back yet</source>
        <translation>Demandé à %1 le %2 : pas encore revenu</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: back on %3</source>
        <translation>Demandé à %1 le %2 : revenu le %3</translation>
    </message>
    <message>
        <source>No contributor has been asked yet.</source>
        <translation>Aucun contributeur n’a encore été sollicité.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Rien n’a été chargé : %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.</source>
        <translation>
            <numerusform>De %1 : %Ln valeur à charger ; non valides : %2 ; différentes des vôtres : %3.</numerusform>
            <numerusform>De %1 : %Ln valeurs à charger ; non valides : %2 ; différentes des vôtres : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid cells (not loaded)</source>
        <translation>Cellules non valides (non chargées)</translation>
    </message>
    <message>
        <source>Values that differ from yours</source>
        <translation>Valeurs différentes des vôtres</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Nouvelles valeurs</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) from %1.</source>
        <translation>
            <numerusform>%Ln valeur chargée depuis %1.</numerusform>
            <numerusform>%Ln valeurs chargées depuis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Load a submission</source>
        <translation>Charger un rapport</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>Cl&amp;asseur :</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>Classeur du rapport</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>The file was edited after export. Load it anyway (every change is listed above).</source>
        <translation>Le fichier a été modifié après l’exportation. Le charger quand même (chaque modification est indiquée ci-dessus).</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Garder toutes les miennes</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>&amp;Prendre toutes celles du fichier</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Modifications et conflits</translation>
    </message>
    <message>
        <source>Choose a submission workbook: nothing changes until you load it.</source>
        <translation>Choisissez un classeur de rapport : rien ne change tant que vous ne l’avez pas chargé.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>version finale</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.</source>
        <translation>
            <numerusform>%1 (%2), période %3, révision %4 (%5), exporté le %6 : %Ln nouvelle valeur, %7, %8.</numerusform>
            <numerusform>%1 (%2), période %3, révision %4 (%5), exporté le %6 : %Ln nouvelles valeurs, %7, %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already the same</source>
        <translation>
            <numerusform>%Ln déjà identique</numerusform>
            <numerusform>%Ln déjà identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) and %1; %2; %3.</source>
        <translation>
            <numerusform>Chargé : %Ln valeur et %1 ; %2 ; %3.</numerusform>
            <numerusform>Chargé : %Ln valeurs et %1 ; %2 ; %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln narrative(s)</source>
        <translation>
            <numerusform>%Ln récit</numerusform>
            <numerusform>%Ln récits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln of yours</source>
        <translation>
            <numerusform>%Ln des vôtres conservée</numerusform>
            <numerusform>%Ln des vôtres conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln ligne n’a pas pu être chargée</numerusform>
            <numerusform>%Ln lignes n’ont pas pu être chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was exported on template version %1; version %2 is installed.</source>
        <translation>Le fichier a été exporté sur la version %1 du modèle ; la version %2 est installée.</translation>
    </message>
    <message>
        <source>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</source>
        <translation>Ce fichier ne peut pas être lu comme un rapport micdesk ; rien n’a été chargé. Détails : %1</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Rien n’a été chargé : %1</translation>
    </message>
</context>
<context>
    <name>LoadPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (comment: %2)</source>
        <translation>%1 (commentaire : %2)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre celle du fichier</translation>
    </message>
    <message>
        <source>%1 narrative: %2</source>
        <translation>Récit %1 : %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>La mienne (cet ordinateur)</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>Celle du fichier</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>LoadReviewDialog</name>
    <message>
        <source>Load a UNIDO review</source>
        <translation>Charger une revue de l’ONUDI</translation>
    </message>
    <message>
        <source>&amp;Review workbook:</source>
        <translation>Classeur de &amp;revue :</translation>
    </message>
    <message>
        <source>UNIDO review workbook</source>
        <translation>Classeur de revue de l’ONUDI</translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>Classeur de revue</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Kee&amp;p the questions to answer</source>
        <translation>&amp;Garder les questions pour y répondre</translation>
    </message>
    <message>
        <source>The review was edited after UNIDO wrote it: &amp;load it anyway</source>
        <translation>La revue a été modifiée après sa rédaction par l’ONUDI : &amp;la charger quand même</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>Questions de l’ONUDI</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Rien n’a été chargé : %1</translation>
    </message>
    <message>
        <source>Keep the questions to answer them beside their fields.</source>
        <translation>Gardez les questions pour y répondre à côté de leurs champs.</translation>
    </message>
    <message numerus="yes">
        <source>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question(s).</source>
        <translation>
            <numerusform>Questions de l’ONUDI sur %1 %2, révision %3 : %Ln question.</numerusform>
            <numerusform>Questions de l’ONUDI sur %1 %2, révision %3 : %Ln questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) from UNIDO to answer in %1 %2.</source>
        <translation>
            <numerusform>%Ln question de l’ONUDI à traiter dans %1 %2.</numerusform>
            <numerusform>%Ln questions de l’ONUDI à traiter dans %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Number and &amp;date format…</source>
        <translation>Format des nombres et des &amp;dates…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>&amp;Qu’est-ce que c’est ?</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>Panneau des &amp;problèmes</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Country: </source>
        <translation>&amp;Pays : </translation>
    </message>
    <message>
        <source> &amp;Period: </source>
        <translation> Pé&amp;riode : </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période de rapport</translation>
    </message>
    <message>
        <source>Work-plan rows</source>
        <translation>Lignes du plan de travail</translation>
    </message>
    <message>
        <source>Read-only: the data file is damaged. Export what you need, then restore a backup.</source>
        <translation>Lecture seule : le fichier de données est endommagé. Exportez ce dont vous avez besoin, puis restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>%1 %2 — %3 — micdesk</source>
        <translation>%1 %2 — %3 — micdesk</translation>
    </message>
    <message>
        <source>%1 is outside the periods you can start: from %2 to %3.</source>
        <translation>%1 est hors des périodes que vous pouvez commencer : de %2 à %3.</translation>
    </message>
    <message>
        <source>There is no submission for %1 %2 yet. Start an empty one?</source>
        <translation>Il n’y a pas encore de rapport pour %1 %2. En commencer un vide ?</translation>
    </message>
    <message>
        <source>Start a new period?</source>
        <translation>Commencer une nouvelle période ?</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave a field.</source>
        <translation>Chaque modification est enregistrée dès que vous quittez un champ.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled (%3%)</source>
        <translation>%1 cellules remplies sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</source>
        <translation>Le motif est actuellement « %1 ». Saisissez la nouvelle formulation : elle remplace l’ancienne pour chaque modification depuis la dernière exportation.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Changes saved by another program were loaded.</source>
        <translation>Les modifications enregistrées par un autre programme ont été chargées.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Pro&amp;gress made in the period</source>
        <translation>Pro&amp;grès accomplis pendant la période</translation>
    </message>
    <message>
        <source>Ch&amp;allenges met</source>
        <translation>Diffi&amp;cultés rencontrées</translation>
    </message>
    <message>
        <source>Support &amp;needed from UNIDO</source>
        <translation>Appui &amp;nécessaire de l’ONUDI</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>At most %1 characters: shorten the text to save it.</source>
        <translation>%1 caractères au plus : raccourcissez le texte pour l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Période de rapport</translation>
    </message>
    <message>
        <source>The period you report on now; you can switch periods later.</source>
        <translation>La période sur laquelle vous faites rapport maintenant ; vous pourrez changer de période plus tard.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Période de &amp;rapport :</translation>
    </message>
</context>
<context>
    <name>QueryItem</name>
    <message>
        <source>UNIDO asks: %1</source>
        <translation>L’ONUDI demande : %1</translation>
    </message>
    <message>
        <source>UNIDO saw: %1</source>
        <translation>Valeur vue par l’ONUDI : %1</translation>
    </message>
    <message>
        <source>changed since: now %1</source>
        <translation>modifiée depuis : maintenant %1</translation>
    </message>
    <message>
        <source>Your answer (or correct the value and press Answer)</source>
        <translation>Votre réponse (ou corrigez la valeur et cliquez sur Répondre)</translation>
    </message>
    <message>
        <source>Answer to UNIDO</source>
        <translation>Réponse à l’ONUDI</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Modifier la réponse</translation>
    </message>
    <message>
        <source>Will answer later</source>
        <translation>Répondra plus tard</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history, where you can reword it):</source>
        <translation>&amp;Motif (conservé dans l’historique, où vous pouvez le reformuler) :</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>made by a micdesk whose data format is version %1</source>
        <translation>faite par un micdesk dont le format de données est la version %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</source>
        <translation>Remplacer les données actuelles par la sauvegarde du %1 ? Ce que vous avez saisi depuis est conservé dans une nouvelle sauvegarde, pas dans les données sur lesquelles vous allez travailler.</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</source>
        <translation>&amp;Sauvegardes de %1, la plus récente en premier. micdesk en fait une chaque jour, avant chaque mise à niveau du schéma et avant chaque restauration.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%1 of %Ln country(ies) reported (%2 %)</source>
        <translation>
            <numerusform>Ont répondu : %1 sur %Ln pays (%2 %)</numerusform>
            <numerusform>Ont répondu : %1 sur %Ln pays (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Enregistrer ma clé publique…</translation>
    </message>
    <message>
        <source>&amp;Make a new key pair…</source>
        <translation>&amp;Créer une nouvelle paire de clés…</translation>
    </message>
    <message>
        <source>UNIDO template keys trusted here</source>
        <translation>Clés de modèle de l’ONUDI approuvées ici</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>&amp;Approuver un fichier de clé…</translation>
    </message>
    <message>
        <source>&amp;Accept only templates signed by UNIDO</source>
        <translation>N’accepter &amp;que les modèles signés par l’ONUDI</translation>
    </message>
    <message>
        <source>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</source>
        <translation>Les rapports finaux exportés ici sont signés avec la clé %1. Envoyez une fois votre clé publique à l’ONUDI, pour qu’elle puisse distinguer vos rapports des contrefaçons.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (révoquée)</translation>
    </message>
    <message>
        <source>None: templates are checked for changes, not for who signed them.</source>
        <translation>Aucune : les modèles sont vérifiés pour les modifications, pas pour leur signataire.</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>Enregistrer ma clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>La clé n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved your public key to %1.</source>
        <translation>Votre clé publique a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Make a new key pair</source>
        <translation>Créer une nouvelle paire de clés</translation>
    </message>
    <message>
        <source>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</source>
        <translation>Les rapports exportés désormais seront signés avec une nouvelle clé, que l’ONUDI doit enregistrer avant de les reconnaître. Les rapports déjà envoyés restent vérifiables. Créer une nouvelle paire de clés ?</translation>
    </message>
    <message>
        <source>New key pair made: save your new public key for UNIDO.</source>
        <translation>Nouvelle paire de clés créée : enregistrez votre nouvelle clé publique pour l’ONUDI.</translation>
    </message>
    <message>
        <source>Trust a UNIDO key</source>
        <translation>Approuver une clé de l’ONUDI</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key; nothing was changed.</source>
        <translation>%1 n’est pas une clé publique Ed25519 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Templates signed by key %1 are now trusted.</source>
        <translation>Les modèles signés par la clé %1 sont désormais approuvés.</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Ouverture du fichier de données…</translation>
    </message>
</context>
<context>
    <name>SubmissionPdf</name>
    <message>
        <source>FINAL — submitted to UNIDO</source>
        <translation>DÉFINITIF — soumis à l’ONUDI</translation>
    </message>
    <message>
        <source>DRAFT — work in progress, not a submission to UNIDO</source>
        <translation>PROJET — travail en cours, pas une soumission à l’ONUDI</translation>
    </message>
    <message>
        <source>UNIDO–MIC work plan submission</source>
        <translation>Rapport sur le plan de travail ONUDI–PRI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>final</source>
        <translation>version finale</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cells)</source>
        <translation>%1 % (%2 cellules sur %3)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exporté le (UTC)</translation>
    </message>
    <message>
        <source>Submission UUID</source>
        <translation>UUID du rapport</translation>
    </message>
    <message>
        <source>micdesk version</source>
        <translation>Version de micdesk</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 des données</translation>
    </message>
    <message>
        <source>Signed by installation key</source>
        <translation>Signé par la clé de l’installation</translation>
    </message>
    <message>
        <source>Notation keys: %1. A blank cell was not reported.</source>
        <translation>Codes de notation : %1. Une cellule vide n’a pas été renseignée.</translation>
    </message>
    <message>
        <source>Approved for submission to UNIDO</source>
        <translation>Approuvé pour soumission à l’ONUDI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3 cells)</source>
        <translation>Complétude : %1 % (%2 cellules sur %3)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Appui nécessaire de l’ONUDI</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Open problems (%1)</source>
        <translation>Problèmes en suspens (%1)</translation>
    </message>
    <message>
        <source>Open problems: none</source>
        <translation>Problèmes en suspens : aucun</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>DÉFINITIF</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusLine</name>
    <message>
        <source>Reword…</source>
        <translation>Reformuler…</translation>
    </message>
    <message>
        <source>Reword the reason given for the changes since the export</source>
        <translation>Reformuler le motif donné pour les modifications depuis l’exportation</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>Pas encore exporté</translation>
    </message>
    <message>
        <source>Final r%1, exported %2</source>
        <translation>Final r%1, exporté le %2</translation>
    </message>
    <message>
        <source>Draft r%1, exported %2</source>
        <translation>Brouillon r%1, exporté le %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since</source>
        <translation>
            <numerusform>%Ln modification depuis</numerusform>
            <numerusform>%Ln modifications depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since</source>
        <translation>aucune modification depuis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln avertissement à expliquer</numerusform>
            <numerusform>%Ln avertissements à expliquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill</source>
        <translation>
            <numerusform>%Ln valeur obligatoire à saisir</numerusform>
            <numerusform>%Ln valeurs obligatoires à saisir</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>plus rien à corriger</translation>
    </message>
    <message>
        <source>Reason: “%1”</source>
        <translation>Motif : « %1 »</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a template update</source>
        <translation>Importer une mise à jour du modèle</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>Cl&amp;asseur :</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Classeur du modèle</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Apply the update</source>
        <translation>Appli&amp;quer la mise à jour</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</source>
        <translation>Choisissez le classeur de modèle que l’ONUDI vous a envoyé ; rien ne change tant que vous ne l’avez pas appliqué.</translation>
    </message>
    <message>
        <source>Signed by UNIDO key %1.</source>
        <translation>Signé par la clé de l’ONUDI %1.</translation>
    </message>
    <message>
        <source>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</source>
        <translation>Non signé : rien ne prouve que ce modèle vient de l’ONUDI. Ne l’appliquez que si vous avez confiance en sa provenance.</translation>
    </message>
    <message>
        <source>“%1” version %2 is a new template; it will be installed beside yours.</source>
        <translation>« %1 » version %2 est un nouveau modèle ; il sera installé à côté du vôtre.</translation>
    </message>
    <message>
        <source>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</source>
        <translation>« %1 » : version %2 → %3. Voici les modifications ; les valeurs saisies ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>Areas added</source>
        <translation>Domaines ajoutés</translation>
    </message>
    <message>
        <source>Areas removed</source>
        <translation>Domaines retirés</translation>
    </message>
    <message>
        <source>Areas relabelled</source>
        <translation>Domaines renommés</translation>
    </message>
    <message>
        <source>Indicators added</source>
        <translation>Indicateurs ajoutés</translation>
    </message>
    <message>
        <source>Indicators removed (their values are archived, not deleted)</source>
        <translation>Indicateurs retirés (leurs valeurs sont archivées, pas supprimées)</translation>
    </message>
    <message>
        <source>Indicators replaced (their values move)</source>
        <translation>Indicateurs remplacés (leurs valeurs sont transférées)</translation>
    </message>
    <message>
        <source>Indicators relabelled</source>
        <translation>Indicateurs renommés</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>Indicateurs modifiés</translation>
    </message>
    <message>
        <source>Template settings changed</source>
        <translation>Paramètres du modèle modifiés</translation>
    </message>
    <message>
        <source>Choice lists changed</source>
        <translation>Listes de choix modifiées</translation>
    </message>
    <message>
        <source>Disaggregations changed</source>
        <translation>Ventilations modifiées</translation>
    </message>
    <message>
        <source>Your entered values (%1)</source>
        <translation>Vos valeurs saisies (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Why values are flagged for review</source>
        <translation>Pourquoi des valeurs sont signalées pour vérification</translation>
    </message>
    <message>
        <source>No changes to areas, indicators or lists.</source>
        <translation>Aucune modification des domaines, indicateurs ou listes.</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacée : %1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>Convertie : %1</translation>
    </message>
    <message>
        <source>Summed: %1</source>
        <translation>Additionnée : %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Répartie : %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message>
        <source>(crosswalk row %1)</source>
        <translation>(ligne %1 de la table de correspondance)</translation>
    </message>
    <message>
        <source>(crosswalk rows %1)</source>
        <translation>(lignes %1 de la table de correspondance)</translation>
    </message>
    <message>
        <source>%1: values carried by the crosswalk</source>
        <translation>%1 : valeurs reprises par la table de correspondance</translation>
    </message>
    <message>
        <source>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</source>
        <translation>Version %1 installée. Valeurs : %2 avant, %3 après (transférées : %4 ; archivées : %5 ; restaurées : %6 ; à vérifier : %7) ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The workbook cannot be read; nothing was changed. Details: %1</source>
        <translation>Le classeur ne peut pas être lu ; rien n’a été modifié. Détails : %1</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>Problèmes trouvés (%1)</translation>
    </message>
    <message>
        <source>The workbook has problems; nothing was changed.</source>
        <translation>Le classeur présente des problèmes ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) move to a replacing indicator</source>
        <translation>
            <numerusform>%Ln valeur est transférée vers un indicateur de remplacement</numerusform>
            <numerusform>%Ln valeurs sont transférées vers un indicateur de remplacement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are archived (kept, not deleted)</source>
        <translation>
            <numerusform>%Ln valeur est archivée (conservée, pas supprimée)</numerusform>
            <numerusform>%Ln valeurs sont archivées (conservées, pas supprimées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) come back from the archive</source>
        <translation>
            <numerusform>%Ln valeur revient de l’archive</numerusform>
            <numerusform>%Ln valeurs reviennent de l’archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are flagged for review</source>
        <translation>
            <numerusform>%Ln valeur est signalée pour vérification</numerusform>
            <numerusform>%Ln valeurs sont signalées pour vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>Values before the import: %1; after it: %2 (nothing deleted)</source>
        <translation>Valeurs avant l’import : %1 ; après : %2 (rien n’est supprimé)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 (converted)</source>
        <translation>%1 (convertie)</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln avertissement à expliquer</numerusform>
            <numerusform>%Ln avertissements à expliquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln explained</source>
        <translation>
            <numerusform>%Ln expliqué</numerusform>
            <numerusform>%Ln expliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) to fill</source>
        <translation>
            <numerusform>%Ln valeur à saisir</numerusform>
            <numerusform>%Ln valeurs à saisir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UNIDO question(s) to answer</source>
        <translation>
            <numerusform>%Ln question de l’ONUDI à traiter</numerusform>
            <numerusform>%Ln questions de l’ONUDI à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every value passes the checks.</source>
        <translation>Aucun problème : toutes les valeurs passent les contrôles.</translation>
    </message>
    <message>
        <source>%1. Click one to go to its field.</source>
        <translation>%1. Cliquez sur un élément pour aller à son champ.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>Textes non enregistrés</translation>
    </message>
    <message>
        <source>UNIDO asks</source>
        <translation>L’ONUDI demande</translation>
    </message>
    <message>
        <source>UNIDO asks about %1: %2</source>
        <translation>L’ONUDI demande à propos de %1 : %2</translation>
    </message>
    <message>
        <source>will answer later</source>
        <translation>réponse plus tard</translation>
    </message>
    <message>
        <source>Not saved in %1: “%2” is not a number. Correct or clear it.</source>
        <translation>Non enregistré dans %1 : « %2 » n’est pas un nombre. Corrigez-le ou effacez-le.</translation>
    </message>
</context>
<context>
    <name>WorkbookPathRow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export submission…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Write the submission workbook for UNIDO (draft or final)</source>
        <translation>Écrire le classeur du rapport pour l’ONUDI (projet ou version finale)</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>Install a new work-plan template version from UNIDO</source>
        <translation>Installer une nouvelle version du modèle de plan de travail envoyée par l’ONUDI</translation>
    </message>
    <message>
        <source>&amp;Load submission…</source>
        <translation>&amp;Charger un rapport…</translation>
    </message>
    <message>
        <source>Merge the values of a submission workbook into this store</source>
        <translation>Fusionner les valeurs d’un classeur de rapport dans ces données</translation>
    </message>
    <message>
        <source>Add a &amp;country…</source>
        <translation>Ajouter un &amp;pays…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the data with one of the automatic backups</source>
        <translation>Remplacer les données par l’une des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Ask a contri&amp;butor…</source>
        <translation>Solliciter un contri&amp;buteur…</translation>
    </message>
    <message>
        <source>Write a workbook for another ministry with just the indicators it owns</source>
        <translation>Écrire un classeur pour un autre ministère avec seulement les indicateurs dont il est responsable</translation>
    </message>
    <message>
        <source>Load a con&amp;tributor&apos;s workbook…</source>
        <translation>Charger le classeur d’un con&amp;tributeur…</translation>
    </message>
    <message>
        <source>Check a returned contributor workbook and load it</source>
        <translation>Vérifier le classeur renvoyé par un contributeur et le charger</translation>
    </message>
    <message>
        <source>Load a UNIDO re&amp;view…</source>
        <translation>Charger une re&amp;vue de l’ONUDI…</translation>
    </message>
    <message>
        <source>Read UNIDO&apos;s questions about a return, to answer them beside their fields</source>
        <translation>Lire les questions de l’ONUDI sur un rapport, pour y répondre à côté de leurs champs</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Clés de &amp;signature…</translation>
    </message>
    <message>
        <source>This installation&apos;s key for returns, and the UNIDO keys trusted here</source>
        <translation>La clé de cette installation pour les rapports, et les clés de l’ONUDI approuvées ici</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>Aller au &amp;problème suivant</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>The log of what went wrong, to send to whoever supports you</source>
        <translation>Le journal de ce qui s’est mal passé, à envoyer à qui vous assiste</translation>
    </message>
    <message>
        <source>&amp;About micdesk</source>
        <translation>&amp;À propos de micdesk</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>change %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>change the narrative “%1” of %2</source>
        <translation>modifier le récit « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 est inférieur au minimum %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 est supérieur au maximum %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, but the total is %2.</source>
        <translation>La ventilation donne une somme de %1, mais le total est %2.</translation>
    </message>
    <message>
        <source>The stored value “%1” does not fit this indicator any more.</source>
        <translation>La valeur enregistrée « %1 » ne convient plus à cet indicateur.</translation>
    </message>
    <message>
        <source>Required: enter the figure, or NA, NE or C if there is none.</source>
        <translation>Obligatoire : saisissez le chiffre, ou NA, NE ou C s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</source>
        <translation>La valeur cumulée %1 est inférieure à celle de la période précédente (%2) : expliquez-le dans un commentaire.</translation>
    </message>
    <message>
        <source>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</source>
        <translation>%1 dépasse le triple de la valeur de la période précédente (%2) : confirmez-le dans un commentaire.</translation>
    </message>
    <message>
        <source>To review after a template update: %1</source>
        <translation>À vérifier après une mise à jour du modèle : %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Notation key</source>
        <translation>Code de notation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Follow-up flag</source>
        <translation>Marque « à suivre »</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Code de l’indicateur</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>Fichier chargé</translation>
    </message>
    <message>
        <source>Template update</source>
        <translation>Mise à jour du modèle</translation>
    </message>
    <message>
        <source>Template update (crosswalk)</source>
        <translation>Mise à jour du modèle (table de correspondance)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>Not loadable: %1 row %2 (%3): %4</source>
        <translation>Non chargeable : %1, ligne %2 (%3) : %4</translation>
    </message>
</context>
<context>
    <name>narrative</name>
    <message>
        <source>Progress made in the period</source>
        <translation>Progrès accomplis pendant la période</translation>
    </message>
    <message>
        <source>Challenges met</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Appui nécessaire de l’ONUDI</translation>
    </message>
</context>
<context>
    <name>notation</name>
    <message>
        <source>NA — not applicable</source>
        <translation>NA — sans objet</translation>
    </message>
    <message>
        <source>NE — not estimated</source>
        <translation>NE — non estimé</translation>
    </message>
    <message>
        <source>C — confidential</source>
        <translation>C — confidentiel</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>“%1” is not an annual reporting period such as %2.</source>
        <translation>« %1 » n’est pas une période de rapport annuelle telle que %2.</translation>
    </message>
    <message>
        <source>“%1” is not a half-yearly reporting period such as %2.</source>
        <translation>« %1 » n’est pas une période de rapport semestrielle telle que %2.</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 n’est pas un nombre fini.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 attend un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>%1 attend un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes a finite number, not “%2”.</source>
        <translation>%1 attend un nombre fini, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>%1 attend oui ou non, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes text, not “%2”.</source>
        <translation>%1 attend du texte, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not “%3”.</source>
        <translation>%1 attend l’une des valeurs %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>%1 takes some of %2, not “%3”.</source>
        <translation>%1 attend certaines des valeurs %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1 : « %2 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>There is no indicator %1 in template %2, version %3.</source>
        <translation>Il n’y a pas d’indicateur %1 dans le modèle %2, version %3.</translation>
    </message>
    <message>
        <source>Indicator %1 has no cell “%2”.</source>
        <translation>L’indicateur %1 n’a pas de cellule « %2 ».</translation>
    </message>
    <message>
        <source>%1: a cell holds a value or a notation key, not both.</source>
        <translation>%1 : une cellule contient une valeur ou un code de notation, pas les deux.</translation>
    </message>
    <message>
        <source>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</source>
        <translation>Ces données sont ouvertes en lecture seule, car le fichier de données est endommagé : exportez ce dont vous avez besoin, puis restaurez une sauvegarde (Fichier → Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</source>
        <translation>Le récit « %1 » de %2 compte %3 caractères ; %4 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</source>
        <translation>L’ONUDI a reçu %1 dans la révision finale %2. Dites pourquoi cela change : un seul motif couvre toutes les modifications jusqu’à votre prochaine exportation.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</source>
        <translation>« %1 » n’est pas un code de pays ISO 3166-1 alpha-3 tel que KEN.</translation>
    </message>
    <message>
        <source>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</source>
        <translation>%1 repose sur le modèle « %2 », qui n’est pas installé : importez-le d’abord (Fichier → Importer un modèle…).</translation>
    </message>
    <message>
        <source>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</source>
        <translation>%1 a été modifié après son exportation ; rien n’a été chargé. Vérifiez les modifications indiquées et acceptez le fichier modifié pour le charger.</translation>
    </message>
    <message>
        <source>%1 conflicts need a choice: keep yours or take theirs.</source>
        <translation>Conflits à trancher : %1 (garder la vôtre ou prendre celle du fichier).</translation>
    </message>
    <message>
        <source>The submission was removed since the file was read; read it again.</source>
        <translation>Le rapport a été supprimé depuis la lecture du fichier ; relisez-le.</translation>
    </message>
    <message>
        <source>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</source>
        <translation>Aucune des valeurs de %1 ne peut entrer dans le modèle installé (%2 non chargeables) ; rien n’a été chargé.</translation>
    </message>
    <message>
        <source>The data changed since the file was read; read it again.</source>
        <translation>Les données ont changé depuis la lecture du fichier ; relisez-le.</translation>
    </message>
    <message>
        <source>%1 changed since the file was read; read it again.</source>
        <translation>%1 a changé depuis la lecture du fichier ; relisez-le.</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 changed since the file was read; read it again.</source>
        <translation>Le récit « %1 » de %2 a changé depuis la lecture du fichier ; relisez-le.</translation>
    </message>
    <message>
        <source>There is no area %1 in version %2 of the template.</source>
        <translation>Il n’y a pas de domaine %1 dans la version %2 du modèle.</translation>
    </message>
    <message>
        <source>“%1” is not a narrative field (%2).</source>
        <translation>« %1 » n’est pas un champ de récit (%2).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</source>
        <translation>%1 : la signature ne correspond pas : le modèle a été modifié après sa signature. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</source>
        <translation>%1 est signé par la clé %2, qui n’est pas une clé approuvée de l’ONUDI. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</source>
        <translation>%1 est signé par la clé %2, que l’ONUDI a révoquée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</source>
        <translation>%1 n’est pas signé, et cette installation n’accepte que les modèles signés par l’ONUDI. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</source>
        <translation>defusedxml n’est pas installé : les classeurs ne peuvent pas être lus en sécurité ; réinstallez micdesk.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1 : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1 : le fichier ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 est un dossier, pas un fichier de classeur.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only workbook files are read.</source>
        <translation>%1 n’est pas un fichier ordinaire ; seuls les fichiers de classeur sont lus.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the %3 MB limit.</source>
        <translation>%1 : le fichier fait %2 Mo, plus que la limite de %3 Mo.</translation>
    </message>
    <message>
        <source>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</source>
        <translation>%1 est protégé par mot de passe (chiffré) ou est un ancien fichier .xls : enregistrez-le comme classeur .xlsx non protégé.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package).</source>
        <translation>%1 n’est pas un classeur .xlsx (ce n’est pas un paquet zip).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2).</source>
        <translation>%1 est endommagé ou tronqué (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it has an unreadable name.</source>
        <translation>%1 est endommagé : une de ses parties a un nom illisible.</translation>
    </message>
    <message>
        <source>%1 has %2 parts, too many for a workbook.</source>
        <translation>%1 compte %2 parties, trop pour un classeur.</translation>
    </message>
    <message>
        <source>%1: the part %2 is encrypted; save the workbook without a password.</source>
        <translation>%1 : la partie %2 est chiffrée ; enregistrez le classeur sans mot de passe.</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</source>
        <translation>%1 : la partie %2 est compressée d’une façon que micdesk ne lit pas (%3) ; enregistrez-le de nouveau depuis Excel ou LibreOffice.</translation>
    </message>
    <message>
        <source>%1: the part %2 expands %3 times (a zip bomb?); refused.</source>
        <translation>%1 : la partie %2 se décompresse %3 fois plus grande (une bombe zip ?) ; refusé.</translation>
    </message>
    <message>
        <source>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</source>
        <translation>%1 : la partie %2 fait %3 Mo décompressée, plus que la limite de %4 Mo.</translation>
    </message>
    <message>
        <source>%1 expands to %2 MB, more than the %3 MB limit.</source>
        <translation>%1 fait %2 Mo décompressé, plus que la limite de %3 Mo.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (there is no workbook inside).</source>
        <translation>%1 n’est pas un classeur .xlsx (il ne contient pas de classeur).</translation>
    </message>
    <message>
        <source>%1 contains macros: save it as a plain .xlsx workbook without macros.</source>
        <translation>%1 contient des macros : enregistrez-le comme simple classeur .xlsx sans macros.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; refused.</source>
        <translation>%1 : la feuille %2 a plus de %3 lignes ; refusé.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells beyond column %3; refused.</source>
        <translation>%1 a plus de %2 cellules au-delà de la colonne %3 ; refusé.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</source>
        <translation>%1 : la feuille %2 a une cellule en %3, au-delà des %4 colonnes que lit micdesk ; refusé.</translation>
    </message>
    <message>
        <source>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</source>
        <translation>%1 a plus de %2 cellules mises en forme au-delà des colonnes que lit micdesk : effacez leur mise en forme.</translation>
    </message>
    <message>
        <source>%1 has more than %2 different texts; refused.</source>
        <translation>%1 contient plus de %2 textes différents ; refusé.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cell formats; refused.</source>
        <translation>%1 a plus de %2 formats de cellule ; refusé.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</source>
        <translation>%1 déclare des entités XML, une attaque possible contre le programme qui le lit ; refusé (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1 : la feuille %2 ne peut pas être lue (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</source>
        <translation>Le modèle « %1 » a changé depuis la vérification (version %2 désormais) : vérifiez de nouveau le classeur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not above the installed version %3; nothing was changed.</source>
        <translation>La version %1 de « %2 » n’est pas supérieure à la version installée %3 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The import would change the number of values (%1 → %2); nothing was changed.</source>
        <translation>L’importation modifierait le nombre de valeurs (%1 → %2) ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2.</source>
        <translation>La cellule « %1 » ne fait plus partie de la ventilation de %2.</translation>
    </message>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</source>
        <translation>La cellule « %1 » ne fait plus partie de la ventilation de %2 (« %3 »).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the choice list “%2”.</source>
        <translation>« %1 » ne figure plus dans la liste de choix « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is not a whole number, which %2 now takes.</source>
        <translation>« %1 » n’est pas un nombre entier, ce que %2 attend désormais.</translation>
    </message>
    <message>
        <source>“%1” is not a number, which %2 now takes.</source>
        <translation>« %1 » n’est pas un nombre, ce que %2 attend désormais.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage, which %2 now takes.</source>
        <translation>« %1 » n’est pas un pourcentage, ce que %2 attend désormais.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no, which %2 now takes.</source>
        <translation>« %1 » n’est ni oui ni non, ce que %2 attend désormais.</translation>
    </message>
    <message>
        <source>“%1” is not of the kind %2, which %3 now takes.</source>
        <translation>« %1 » n’est pas du type %2, que %3 attend désormais.</translation>
    </message>
    <message>
        <source>%1 is below the new minimum %2.</source>
        <translation>%1 est inférieur au nouveau minimum %2.</translation>
    </message>
    <message>
        <source>%1 is above the new maximum %2.</source>
        <translation>%1 est supérieur au nouveau maximum %2.</translation>
    </message>
    <message>
        <source>Not moved to %1, which replaces %2: %1 already has a value here.</source>
        <translation>Non déplacée vers %1, qui remplace %2 : %1 a déjà une valeur ici.</translation>
    </message>
    <message>
        <source>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</source>
        <translation>Arrondi à %1 : %2 n’accepte que des nombres entiers ; la valeur convertie exacte est %3.</translation>
    </message>
    <message>
        <source>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</source>
        <translation>Non additionné : une partie manque ou est un code de notation (%1). Saisissez %2 à la main.</translation>
    </message>
    <message>
        <source>%1 was %2: split it by hand between %3.</source>
        <translation>%1 valait %2 : répartissez-le à la main entre %3.</translation>
    </message>
    <message>
        <source>The crosswalk would write %1 here, but %2 already has a value of its own.</source>
        <translation>La table de correspondance écrirait %1 ici, mais %2 a déjà sa propre valeur.</translation>
    </message>
    <message>
        <source>The data are open read-only: nothing was recorded.</source>
        <translation>Les données sont ouvertes en lecture seule : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</source>
        <translation>%1 est la revue de l’ONUDI pour %2 ; ces données rendent compte pour %3. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</source>
        <translation>%1 porte sur le rapport %2 %3, révision %4, qui n’a pas été exporté depuis ces données. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</source>
        <translation>%1 indique un autre pays ou une autre période que le rapport concerné (%2 %3). Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</source>
        <translation>%1 porte sur la révision %2, mais ce rapport est ici la révision %3 ou contient d’autres données. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</source>
        <translation>%1 porte sur la révision %2 ; la revue de l’ONUDI de la révision %3 est déjà chargée. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>The queries of %1 are loaded already; your answers are kept.</source>
        <translation>Les questions de %1 sont déjà chargées ; vos réponses sont conservées.</translation>
    </message>
    <message>
        <source>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</source>
        <translation>%1 a été modifié après sa rédaction par l’ONUDI (son empreinte ne correspond plus). Ne le chargez que si vous faites confiance à la modification.</translation>
    </message>
    <message>
        <source>%1: %2 is not a field of the installed template. Nothing was loaded.</source>
        <translation>%1 : %2 n’est pas un champ du modèle installé. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</source>
        <translation>%1 : l’identifiant de question « %2 » est vide, trop long ou utilisé deux fois. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>%1 holds no query. Nothing was loaded.</source>
        <translation>%1 ne contient aucune question. Rien n’a été chargé.</translation>
    </message>
    <message>
        <source>UNIDO asked no query “%1” about this return.</source>
        <translation>L’ONUDI n’a posé aucune question « %1 » sur ce rapport.</translation>
    </message>
    <message>
        <source>Write an answer, or change the value UNIDO asked about.</source>
        <translation>Écrivez une réponse ou modifiez la valeur sur laquelle porte la question de l’ONUDI.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>La réponse dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>daily backup</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>before micdesk updated the data file</source>
        <translation>avant que micdesk ne mette à jour le fichier de données</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>damaged data, kept before a restore</source>
        <translation>données endommagées, gardées avant une restauration</translation>
    </message>
    <message>
        <source>after an export</source>
        <translation>après une exportation</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>faite à la demande</translation>
    </message>
    <message>
        <source>A micdesk command (%1) is writing to this data folder:
%2</source>
        <translation>Une commande micdesk (%1) écrit dans ce dossier de données :
%2</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>Réessayez lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <source>micdesk is already open on this data folder:
%1</source>
        <translation>micdesk est déjà ouvert sur ce dossier de données :
%1</translation>
    </message>
    <message>
        <source>It runs as process %1 on %2.</source>
        <translation>Il s’exécute sous le processus %1 sur %2.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Aucune sauvegarde intacte à restaurer.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
</TS>
