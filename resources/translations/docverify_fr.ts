<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="67" />
        <source>Batch progress</source>
        <translation>Avancement du lot</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="68" />
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="69" />
        <source>Open a folder (Ctrl+Shift+O) to verify every document in it.</source>
        <translation>Ouvrez un dossier (Ctrl+Maj+O) pour vérifier tous ses documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="72" />
        <source>&amp;Cancel batch</source>
        <translation>A&amp;nnuler le lot</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="75" />
        <source>&amp;Export results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="76" />
        <source>Save this table as a CSV file</source>
        <translation>Enregistrer ce tableau en fichier CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="81" />
        <source>Batch results</source>
        <translation>Résultats du lot</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="82" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="82" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="83" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="83" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="84" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="132" />
        <source>Verifying %1 (%2 of %3)…</source>
        <translation>Vérification de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="149" />
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="215" />
        <source>Batch cancelled</source>
        <translation>Lot annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="215" />
        <source>Batch finished</source>
        <translation>Lot terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="216" />
        <source>%1: %2 verified (%3)</source>
        <translation>%1 : %2 vérifiés (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/batch_view.py" line="219" />
        <source>%n file(s) could not be verified.</source>
        <translation><numerusform>%n fichier n’a pas pu être vérifié.</numerusform><numerusform>%n fichiers n’ont pas pu être vérifiés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="256" />
        <source>Export batch results</source>
        <translation>Exporter les résultats du lot</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="258" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/batch_view.py" line="266" />
        <source>%n row(s) exported to %1</source>
        <translation><numerusform>%n ligne exportée vers %1</numerusform><numerusform>%n lignes exportées vers %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="48" />
        <source>Capture from camera</source>
        <translation>Capture par caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="53" />
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="54" />
        <source>Hold the document flat inside the frame, machine-readable zone at the bottom.</source>
        <translation>Tenez le document à plat dans le cadre, la zone de lecture automatique en bas.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="58" />
        <source>Capture &amp;automatically when the MRZ reads the same twice</source>
        <translation>Capturer &amp;automatiquement quand la ZLA est lue deux fois à l’identique</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="60" />
        <source>&amp;Capture now</source>
        <translation>&amp;Capturer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="65" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="140" />
        <source>No machine-readable zone seen yet.</source>
        <translation>Aucune zone de lecture automatique vue pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="144" />
        <source>The MRZ is blurred: hold still or move closer.</source>
        <translation>La ZLA est floue : ne bougez plus ou rapprochez-vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="147" />
        <source>MRZ seen but not read cleanly yet: hold still.</source>
        <translation>ZLA vue mais pas encore lue proprement : ne bougez plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="151" />
        <source>Read twice the same: captured.</source>
        <translation>Lue deux fois à l’identique : capturée.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="155" />
        <source>MRZ read; checking it once more…</source>
        <translation>ZLA lue ; nouvelle lecture de contrôle…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="159" />
        <source>No picture from the camera yet.</source>
        <translation>Pas encore d’image de la caméra.</translation>
    </message>
</context>
<context>
    <name>ChipDialog</name>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="85" />
        <source>Verify the chip</source>
        <translation>Vérifier la puce</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="92" />
        <source>EF.SOD file</source>
        <translation>Fichier EF.SOD</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="95" />
        <source>Data group files</source>
        <translation>Fichiers des groupes de données</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="97" />
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="226" />
        <source>Master lists and CSCA certificates</source>
        <translation>Listes maîtresses et certificats CSCA</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="98" />
        <source>None: the CSCAs imported with `docverify masterlists import` are used.</source>
        <translation>Aucun : les CSCA importés avec `docverify masterlists import` sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="107" />
        <source>EF.&amp;SOD:</source>
        <translation>EF.&amp;SOD :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="108" />
        <source>&amp;Data groups:</source>
        <translation>&amp;Groupes de données :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="109" />
        <source>&amp;Trust anchors:</source>
        <translation>&amp;Ancres de confiance :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="114" />
        <source>Choose EF.SOD and the data groups, then Verify.</source>
        <translation>Choisissez EF.SOD et les groupes de données, puis Vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="124" />
        <source>Chip findings</source>
        <translation>Constats de la puce</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="127" />
        <source>Chip photo (DG2)</source>
        <translation>Photo de la puce (DG2)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="128" />
        <source>Printed photo</source>
        <translation>Photo imprimée</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="134" />
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="149" />
        <source>No printed photo on the page shown.</source>
        <translation>Pas de photo imprimée sur la page affichée.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="160" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="166" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="167" />
        <source>Remove the selected files from the list (Delete)</source>
        <translation>Retirer de la liste les fichiers sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="214" />
        <source>EF.SOD</source>
        <translation>EF.SOD</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="215" />
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="221" />
        <source>Chip files (*.bin *.der);;All files (*)</source>
        <translation>Fichiers de puce (*.bin *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="220" />
        <source>Data groups</source>
        <translation>Groupes de données</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="227" />
        <source>Master lists and certificates (*.ml *.cer *.der *.crt *.pem)</source>
        <translation>Listes maîtresses et certificats (*.ml *.cer *.der *.crt *.pem)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="236" />
        <source>Choose the EF.SOD file first.</source>
        <translation>Choisissez d’abord le fichier EF.SOD.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="245" />
        <source>Verify the document first: its chip is opened with the MRZ.</source>
        <translation>Vérifiez d’abord le document : sa puce s’ouvre avec la ZLA.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="265" />
        <source>Verifying the chip data…</source>
        <translation>Vérification des données de la puce…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="284" />
        <source>Passive Authentication passed: the chip data are signed by a trusted issuer and unaltered.</source>
        <translation>Authentification passive réussie : les données de la puce sont signées par un émetteur de confiance et intactes.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="288" />
        <source>The SOD is signed by a trusted issuer; no data group was given, so the chip data were not compared.</source>
        <translation>Le SOD est signé par un émetteur de confiance ; aucun groupe de données n’a été fourni, les données de la puce n’ont donc pas été comparées.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="292" />
        <source>Passive Authentication FAILED: do not rely on the chip data.</source>
        <translation>Authentification passive ÉCHOUÉE : ne vous fiez pas aux données de la puce.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="296" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="296" />
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="299" />
        <source>Signature valid: %1</source>
        <translation>Signature valide : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="300" />
        <source>Issuer trusted: %1</source>
        <translation>Émetteur de confiance : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="302" />
        <source>Data groups: %1</source>
        <translation>Groupes de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="303" />
        <source>Read from: %1</source>
        <translation>Lu depuis : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="303" />
        <source>files</source>
        <translation>des fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="304" />
        <source>the chip (%1)</source>
        <translation>la puce (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="316" />
        <source>No face image in DG2.</source>
        <translation>Pas d’image du visage dans DG2.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="320" />
        <source>matches</source>
        <translation>concorde</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="320" />
        <source>ALTERED</source>
        <translation>ALTÉRÉ</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="321" />
        <source>not read</source>
        <translation>non lu</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="35" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="35" />
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="36" />
        <source>Issuing state</source>
        <translation>État émetteur</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="37" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="37" />
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="38" />
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="38" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="39" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="39" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="40" />
        <source>Date of expiry</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="40" />
        <source>Optional data</source>
        <translation>Données facultatives</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="42" />
        <source>Document fields</source>
        <translation>Champs du document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="54" />
        <source>Machine-readable zone</source>
        <translation>Zone de lecture automatique</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="63" />
        <source>MRZ text</source>
        <translation>Texte de la ZLA</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="65" />
        <source>Edit the MRZ to correct a misread character, then re-check.</source>
        <translation>Corrigez un caractère mal lu dans la ZLA, puis relancez les contrôles.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="72" />
        <source>&amp;Re-check corrected MRZ</source>
        <translation>&amp;Recontrôler la ZLA corrigée</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="74" />
        <source>Re-run the checks on the MRZ as typed (Ctrl+Enter)</source>
        <translation>Relancer les contrôles sur la ZLA saisie (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/fields_panel.py" line="106" />
        <source>%n doubtful character(s) marked: check them against the document.</source>
        <translation><numerusform>%n caractère douteux marqué : vérifiez-le sur le document.</numerusform><numerusform>%n caractères douteux marqués : vérifiez-les sur le document.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="109" />
        <source>No doubtful character.</source>
        <translation>Aucun caractère douteux.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="111" />
        <source>No MRZ was read. You can type it here and re-check.</source>
        <translation>Aucune ZLA lue. Vous pouvez la saisir ici et relancer les contrôles.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="116" />
        <source>Corrected by hand: %1</source>
        <translation>Corrigé à la main : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="122" />
        <source>line %1 retyped</source>
        <translation>ligne %1 ressaisie</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="22" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="34" />
        <source>No check was made: the document could not be read.</source>
        <translation>Aucun contrôle n’a été fait : le document n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="35" />
        <source>No finding: every check passed.</source>
        <translation>Aucun constat : tous les contrôles sont passés.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="42" />
        <source>(MRZ line %1, column %2)</source>
        <translation>(ZLA ligne %1, colonne %2)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="125" />
        <source>Search name, number, file, finding…</source>
        <translation>Chercher un nom, un numéro, un fichier, un constat…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="126" />
        <source>Search history</source>
        <translation>Chercher dans l’historique</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="129" />
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="130" />
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="134" />
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="135" />
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="135" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="136" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="136" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="139" />
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="140" />
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="141" />
        <source>&amp;Print record…</source>
        <translation>&amp;Imprimer l’enregistrement…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="142" />
        <source>Save record as P&amp;DF…</source>
        <translation>Exporter l’enregistrement en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="146" />
        <source>Selected record</source>
        <translation>Enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="148" />
        <source>Select a record to see what was found and why.</source>
        <translation>Sélectionnez un enregistrement pour voir ce qui a été relevé et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="152" />
        <source>Checking the audit trail…</source>
        <translation>Vérification de la piste d’audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="158" />
        <source>Verification history</source>
        <translation>Historique des vérifications</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Operator</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="161" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="161" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="161" />
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="162" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="162" />
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="170" />
        <source>&amp;Search:</source>
        <translation>C&amp;hercher :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="269" />
        <source>%1 shown of %2 records</source>
        <translation>%1 affichés sur %2 enregistrements</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="277" />
        <source>(redacted)</source>
        <translation>(caviardé)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="283" />
        <source>(screened by hand)</source>
        <translation>(comparé à la main)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="290" />
        <source>MRZ corrected by hand</source>
        <translation>ZLA corrigée à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="293" />
        <source>No finding</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="323" />
        <source>Save record as PDF</source>
        <translation>Exporter l’enregistrement en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="325" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/history_view.py" line="342" />
        <source>Audit trail intact: %n record(s)</source>
        <translation><numerusform>Piste d’audit intacte : %n enregistrement</numerusform><numerusform>Piste d’audit intacte : %n enregistrements</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="345" />
        <source>Audit trail broken at record #%1: %2. The %3 records before it are intact.</source>
        <translation>Piste d’audit rompue à l’enregistrement n° %1 : %2. Les %3 enregistrements précédents sont intacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="370" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="370" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="371" />
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
</context>
<context>
    <name>HitsPanel</name>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="36" />
        <source>Watchlist hits</source>
        <translation>Correspondances sur les listes</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="37" />
        <source>Listed name</source>
        <translation>Nom inscrit</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="37" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="37" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="38" />
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="43" />
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="43" />
        <source>Review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="44" />
        <source>Namesake</source>
        <translation>Homonyme</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="59" />
        <source>Not screened: no watchlist is loaded or screening is off.</source>
        <translation>Non filtré : aucune liste chargée ou filtrage désactivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="63" />
        <source>No watchlist hit.</source>
        <translation>Aucune correspondance sur les listes.</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="36" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="41" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="42" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="42" />
        <source>Fit to the pane (Ctrl+0)</source>
        <translation>Ajuster au panneau (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="43" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="44" />
        <source>Rotate right (Ctrl+R)</source>
        <translation>Pivoter à droite (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../desktop/docverify/app/image_view.py" line="34" />
        <source>Document image</source>
        <translation>Image du document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/image_view.py" line="52" />
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/image_view.py" line="61" />
        <source>MRZ</source>
        <translation>ZLA</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/image_view.py" line="66" />
        <source>%n region(s) marked</source>
        <translation><numerusform>%n zone marquée</numerusform><numerusform>%n zones marquées</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="42" />
        <source>docverify: document verification</source>
        <translation>docverify : vérification de documents</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="54" />
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="55" />
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="56" />
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="57" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="58" />
        <source>Watchlists</source>
        <translation>Listes de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="59" />
        <source>Screen a name</source>
        <translation>Vérifier un nom</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="72" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="76" />
        <source>Ready. Open (Ctrl+O), drop or paste (Ctrl+V) a document.</source>
        <translation>Prêt. Ouvrez (Ctrl+O), déposez ou collez (Ctrl+V) un document.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="99" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="100" />
        <source>&amp;Open document…</source>
        <translation>&amp;Ouvrir un document…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="101" />
        <source>Open &amp;folder as batch…</source>
        <translation>Ouvrir un &amp;dossier en lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="103" />
        <source>&amp;Paste image or MRZ</source>
        <translation>&amp;Coller une image ou une ZLA</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="104" />
        <source>Capture from &amp;camera…</source>
        <translation>Capturer avec la ca&amp;méra…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="108" />
        <source>Save &amp;JSON report…</source>
        <translation>Enregistrer le rapport &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="110" />
        <source>P&amp;rint report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="112" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="116" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="118" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="119" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="120" />
        <source>&amp;Fit to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="121" />
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="122" />
        <source>Rotate &amp;right</source>
        <translation>Pivoter à &amp;droite</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="123" />
        <source>Rotate &amp;left</source>
        <translation>Pivoter à &amp;gauche</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="126" />
        <source>Edit the &amp;MRZ</source>
        <translation>Modifier la &amp;ZLA</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="127" />
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="131" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="132" />
        <source>&amp;Import watchlist…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="134" />
        <source>&amp;Screen a name…</source>
        <translation>&amp;Vérifier un nom…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="137" />
        <source>&amp;Read the chip…</source>
        <translation>&amp;Lire la puce…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="139" />
        <source>Verify chip &amp;files…</source>
        <translation>Vérifier des &amp;fichiers de puce…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="142" />
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="143" />
        <source>Find in &amp;history</source>
        <translation>Chercher dans l’&amp;historique</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="144" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="145" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="147" />
        <source>&amp;About docverify</source>
        <translation>À &amp;propos de docverify</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="155" />
        <source>Open documents</source>
        <translation>Ouvrir des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="156" />
        <source>Documents (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif *.pdf)</source>
        <translation>Documents (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="176" />
        <source>Open a folder as a batch</source>
        <translation>Ouvrir un dossier en lot</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="182" />
        <source>No document files (images or PDF) were found there.</source>
        <translation>Aucun document (image ou PDF) trouvé à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="193" />
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="200" />
        <source>The clipboard holds no image, file or MRZ text.</source>
        <translation>Le presse-papiers ne contient ni image, ni fichier, ni texte de ZLA.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="218" />
        <source>dropped image</source>
        <translation>image déposée</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="220" />
        <source>Only files on this computer can be verified: docverify never goes on the network.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être vérifiés : docverify ne va jamais sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="228" />
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="234" />
        <source>camera capture</source>
        <translation>capture caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="245" />
        <source>Looking for a card reader…</source>
        <translation>Recherche d’un lecteur de cartes…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="253" />
        <source>Read the chip on the card reader with the MRZ shown, and verify it (Ctrl+Shift+H)</source>
        <translation>Lire la puce sur le lecteur avec la ZLA affichée, et la vérifier (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="276" />
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="281" />
        <source>Verified: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="290" />
        <source>Not recorded in the audit trail: %1</source>
        <translation>Non enregistré dans la piste d’audit : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="294" />
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="328" />
        <source>Verify a document first.</source>
        <translation>Vérifiez d’abord un document.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="332" />
        <source>Save PDF report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="332" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="356" />
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="338" />
        <source>Report sent to the printer.</source>
        <translation>Rapport envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="107" />
        <source>Sa&amp;ve PDF report…</source>
        <translation>&amp;Enregistrer le rapport PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="341" />
        <source>Save JSON report</source>
        <translation>Enregistrer le rapport JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="341" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="376" />
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="405" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="408" />
        <source>About docverify</source>
        <translation>À propos de docverify</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="409" />
        <source>docverify checks passports, ID cards and visas offline: it reads the machine-readable zone, checks it, and screens the holder against watchlists.</source>
        <translation>docverify contrôle hors ligne les passeports, cartes d’identité et visas : il lit la zone de lecture automatique, la contrôle et compare le titulaire aux listes de surveillance.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="84" />
        <source>F&amp;indings</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="85" />
        <source>&amp;Watchlist hits</source>
        <translation>&amp;Correspondances</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="124" />
        <source>&amp;Watchlist hits (%1)</source>
        <translation>&amp;Correspondances (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="125" />
        <source>F&amp;indings (%1)</source>
        <translation>Cons&amp;tats (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="126" />
        <source>MRZ text</source>
        <translation>Texte de la ZLA</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="127" />
        <source>read by %1 in %2 s</source>
        <translation>lu par %1 en %2 s</translation>
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="38" />
        <source>Name of a person or a company</source>
        <translation>Nom d’une personne ou d’une société</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="39" />
        <source>Name to screen</source>
        <translation>Nom à comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="41" />
        <source>YYYY-MM-DD or YYYY (optional)</source>
        <translation>AAAA-MM-JJ ou AAAA (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="42" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="44" />
        <source>e.g. PRK (optional)</source>
        <translation>ex. PRK (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="45" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="48" />
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="49" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="52" />
        <source>&amp;Screen</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="54" />
        <source>C&amp;lear</source>
        <translation>Efface&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="55" />
        <location filename="../../desktop/docverify/app/screen_view.py" line="136" />
        <source>Type a name, or a document number, and press Enter.</source>
        <translation>Saisissez un nom, ou un numéro de document, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="60" />
        <source>N&amp;ame:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="61" />
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="62" />
        <source>Nati&amp;onality:</source>
        <translation>Nationali&amp;té :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="63" />
        <source>Doc&amp;ument number:</source>
        <translation>N&amp;uméro de document :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="89" />
        <source>Type a name, or a document number, to screen.</source>
        <translation>Saisissez un nom, ou un numéro de document, à comparer.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="95" />
        <source>Screening…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="108" />
        <source>No watchlist is loaded: import one in Watchlists (Ctrl+I).</source>
        <translation>Aucune liste de surveillance n’est chargée : importez-en une dans Listes de surveillance (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="113" />
        <source>%1; %2. Screened against %3.</source>
        <translation>%1 ; %2. Comparé à %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/screen_view.py" line="114" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n correspondance</numerusform><numerusform>%n correspondances</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/screen_view.py" line="115" />
        <source>%n alert(s)</source>
        <translation><numerusform>%n alerte</numerusform><numerusform>%n alertes</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="118" />
        <source>Recorded in the history as #%1.</source>
        <translation>Enregistré dans l’historique sous le n° %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="121" />
        <source>Not recorded in the history: %1</source>
        <translation>Non enregistré dans l’historique : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="38" />
        <source>Operator name</source>
        <translation>Nom de l’agent</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="40" />
        <source>OCR engine</source>
        <translation>Moteur de lecture (OCR)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="41" />
        <source>docverify model (recommended)</source>
        <translation>modèle docverify (recommandé)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="42" />
        <source>tesseract (stock)</source>
        <translation>tesseract (standard)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="47" />
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="107" />
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="48" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="55" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="56" />
        <source>never warn</source>
        <translation>jamais d’avertissement</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="58" />
        <source>Warn when a watchlist is older than</source>
        <translation>Avertir quand une liste a plus de</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="59" />
        <source>Screen against the &amp;watchlists</source>
        <translation>Comparer aux listes de &amp;surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="61" />
        <source>Run the &amp;image checks (slower)</source>
        <translation>Lancer les contrôles d’&amp;image (plus lent)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="64" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="65" />
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="70" />
        <source>&amp;Operator name:</source>
        <translation>&amp;Nom de l’agent :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="71" />
        <source>OCR &amp;engine:</source>
        <translation>&amp;Moteur OCR :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="72" />
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier des données :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="75" />
        <source>Warn when a list is older than:</source>
        <translation>Avertir quand une liste a plus de :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="76" />
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Langue (après redémarrage) :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="80" />
        <source>Thresholds (set by the administrator in config.py)</source>
        <translation>Seuils (fixés par l’administrateur dans config.py)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="83" />
        <source>Watchlist alert score</source>
        <translation>Score d’alerte (listes)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="84" />
        <source>Watchlist review score</source>
        <translation>Score d’examen (listes)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="85" />
        <source>Doubtful character below confidence</source>
        <translation>Caractère douteux sous la confiance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="86" />
        <source>Longest passport validity (years)</source>
        <translation>Validité maximale d’un passeport (ans)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="87" />
        <source>Oldest plausible holder (years)</source>
        <translation>Âge maximal plausible du titulaire (ans)</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="19" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="37" />
        <source>Open, drop or paste a document to verify it.</source>
        <translation>Ouvrez, déposez ou collez un document pour le vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="42" />
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="47" />
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="48" />
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="55" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="59" />
        <source>Reading problem: %1</source>
        <translation>Problème de lecture : %1</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../../desktop/docverify/app/verifier.py" line="45" />
        <source>corrected MRZ</source>
        <translation>ZLA corrigée</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verifier.py" line="62" />
        <source>MRZ text</source>
        <translation>Texte de la ZLA</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verifier.py" line="75" />
        <source>sample document</source>
        <translation>document d’exemple</translation>
    </message>
</context>
<context>
    <name>WatchlistsView</name>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="73" />
        <source>Loaded watchlists</source>
        <translation>Listes chargées</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>List date</source>
        <translation>Date de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="76" />
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="76" />
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="76" />
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="84" />
        <source>&amp;Import list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="85" />
        <source>&amp;Enable/disable</source>
        <translation>Acti&amp;ver/désactiver</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="86" />
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="87" />
        <source>&amp;Cancel import</source>
        <translation>A&amp;nnuler l’import</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="90" />
        <source>Import progress</source>
        <translation>Avancement de l’import</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="137" />
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="137" />
        <source>off</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="141" />
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="144" />
        <source>%n day(s): too old</source>
        <translation><numerusform>%n jour : trop ancienne</numerusform><numerusform>%n jours : trop ancienne</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="147" />
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="154" />
        <source>No watchlist loaded: documents are not screened. Import a list (Ctrl+I).</source>
        <translation>Aucune liste chargée : les documents ne sont pas filtrés. Importez une liste (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="157" />
        <source>Warning: older than %1 days: %2. Import a current version.</source>
        <translation>Attention, plus de %1 jours : %2. Importez une version à jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="161" />
        <source>%n list(s) loaded.</source>
        <translation><numerusform>%n liste chargée.</numerusform><numerusform>%n listes chargées.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="193" />
        <source>Select a list first.</source>
        <translation>Sélectionnez d’abord une liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="195" />
        <source>Remove the list %1 (%2)? Documents will no longer be screened against it.</source>
        <translation>Supprimer la liste %1 (%2) ? Les documents ne lui seront plus comparés.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="207" />
        <source>Remove watchlist</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="215" />
        <source>Import a watchlist</source>
        <translation>Importer une liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="216" />
        <source>Watchlists (*.xml *.csv *.tsv *.txt *.json *.jsonl *.gz);;All files (*)</source>
        <translation>Listes (*.xml *.csv *.tsv *.txt *.json *.jsonl *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="226" />
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="234" />
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="244" />
        <source>Cancelling the import…</source>
        <translation>Annulation de l’import…</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="260" />
        <source>%1 is already up to date (%2).</source>
        <translation>%1 est déjà à jour (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="262" />
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="280" />
        <source>Imported %1, version %2: %3 entries.</source>
        <translation>%1 importée, version %2 : %3 entrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="270" />
        <source>Import failed: %1</source>
        <translation>Échec de l’import : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="285" />
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="32" />
        <source>Camera capture needs the Qt Multimedia module (package pyside6-addons), which is not installed. Scan or photograph the document and open the file.</source>
        <translation>La capture par caméra demande le module Qt Multimedia (paquet pyside6-addons), qui n’est pas installé. Numérisez ou photographiez le document et ouvrez le fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="36" />
        <source>No camera detected. Connect a camera, or open a scanned file instead.</source>
        <translation>Aucune caméra détectée. Branchez une caméra ou ouvrez un fichier numérisé.</translation>
    </message>
</context>
<context>
    <name>chip</name>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="48" />
        <source>Reading a chip needs the PC/SC support (pyscard, the 'chip' extra) and a card reader; see docs/chip.md.</source>
        <translation>La lecture d’une puce demande la prise en charge PC/SC (pyscard, l’extra « chip ») et un lecteur de cartes ; voir docs/chip.md.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="51" />
        <source>The PC/SC service is not running (pcscd), so no card reader can be used.</source>
        <translation>Le service PC/SC (pcscd) ne tourne pas : aucun lecteur de cartes n’est utilisable.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="53" />
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de cartes n’est branché.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="43" />
        <source>A file could not be found: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="45" />
        <source>Permission denied: %1</source>
        <translation>Accès refusé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="47" />
        <source>The computer ran out of memory. Try a smaller image.</source>
        <translation>L’ordinateur manque de mémoire. Essayez une image plus petite.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="49" />
        <source>The details were written to %1.</source>
        <translation>Les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="50" />
        <source>Something went wrong inside docverify and this action was stopped.</source>
        <translation>Une erreur interne de docverify a interrompu cette action.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="66" />
        <source>docverify</source>
        <translation>docverify</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="67" />
        <source>You can keep working; if it happens again, restart docverify.</source>
        <translation>Vous pouvez continuer ; si cela se reproduit, redémarrez docverify.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../desktop/docverify/app/finding_text.py" line="76" />
        <source>name {name!r}:</source>
        <translation>nom {name!r} :</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/finding_text.py" line="77" />
        <source>'{query}' ~ '{listed}' ({how}, {similarity:.2f})</source>
        <translation>'{query}' ~ '{listed}' ({how}, {similarity:.2f})</translation>
    </message>
<message><source>A digital seal was found but does not decode.</source><translation>Un cachet électronique a été trouvé mais ne peut pas être décodé.</translation></message><message><source>A {symbol} barcode holds neither AAMVA data nor a digital seal.</source><translation>Un code-barres {symbol} ne contient ni données AAMVA ni cachet électronique.</translation></message><message><source>A {symbol} barcode was found but could not be decoded.</source><translation>Un code-barres {symbol} a été trouvé mais n’a pas pu être décodé.</translation></message><message><source>AAMVA barcode decoded (issuer {iin}, version {version}).</source><translation>Code-barres AAMVA décodé (émetteur {iin}, version {version}).</translation></message><message><source>Active Authentication failed: the chip may be a clone</source><translation>Authentification active échouée : la puce est peut-être un clone</translation></message><message><source>Active Authentication passed: the chip holds the key of DG15</source><translation>Authentification active réussie : la puce détient la clé du DG15</translation></message><message><source>An ID card's MRZ side usually carries no photo: the photo zone was not checked (check the portrait on the card's other side).</source><translation>Le côté ZLA d’une carte d’identité ne porte généralement pas de photo : la zone de la photo n’a pas été contrôlée (contrôlez la photo du titulaire sur l’autre face de la carte).</translation></message><message><source>Character {character!r} at line {line}, column {column} is not in the MRZ alphabet.</source><translation>Le caractère {character!r} (ligne {line}, colonne {column}) n’appartient pas à l’alphabet de la ZLA.</translation></message><message><source>Chip Authentication failed: the chip may be a clone ({detail})</source><translation>Authentification de la puce échouée : la puce est peut-être un clone ({detail})</translation></message><message><source>Chip Authentication not run: {detail}</source><translation>Authentification de la puce non effectuée : {detail}</translation></message><message><source>Chip Authentication passed: the chip holds the key of DG14 ({detail})</source><translation>Authentification de la puce réussie : la puce détient la clé du DG14 ({detail})</translation></message><message><source>DG{group} could not be read: {why}</source><translation>Le DG{group} n’a pas pu être lu : {why}</translation></message><message><source>DG{group} does not match its hash in the signed EF.SOD: the data group was altered</source><translation>Le DG{group} ne correspond pas à son empreinte dans l’EF.SOD signé : le groupe de données a été modifié</translation></message><message><source>DG{group} was read but EF.SOD holds no hash for it</source><translation>Le DG{group} a été lu mais l’EF.SOD ne contient pas son empreinte</translation></message><message><source>Document code {document_code!r} is not valid for a {format} document (expected it to start with {allowed_or}).</source><translation>Le code de document {document_code!r} n’est pas valable pour un document {format} (il devrait commencer par {allowed}).</translation></message><message><source>Document number {document_number} does not follow the format of {state} passports ({format}) (a format not yet confirmed by a public source).</source><translation>Le numéro de document {document_number} ne suit pas le format des passeports de l’État {state} ({format} ; format pas encore confirmé par une source publique).</translation></message><message><source>Document number {document_number} does not follow the format of {state} passports ({format}).</source><translation>Le numéro de document {document_number} ne suit pas le format des passeports de l’État {state} ({format}).</translation></message><message><source>Document number {document_number} is the number of a published specimen ({origin}).</source><translation>Le numéro de document {document_number} est celui d’un spécimen publié ({origin}).</translation></message><message><source>EF.DG1: damaged or truncated data group; the MRZ it holds cannot be read</source><translation>EF.DG1 : groupe de données endommagé ou tronqué ; la ZLA qu’il contient est illisible</translation></message><message><source>EF.SOD carries no document signer certificate</source><translation>L’EF.SOD ne contient aucun certificat de signataire du document</translation></message><message><source>Hint: part of the image has a different compression history from the rest; it may have been edited or pasted in.</source><translation>Indice : une partie de l’image n’a pas le même historique de compression que le reste ; elle a pu être retouchée ou collée.</translation></message><message><source>Hint: part of the image has a different compression history from the rest; it may have been edited or pasted in. The file was also saved by {editors}.</source><translation>Indice : une partie de l’image n’a pas le même historique de compression que le reste ; elle a pu être retouchée ou collée. Le fichier a en outre été enregistré par {editors}.</translation></message><message><source>Hint: the image shows a screen's moiré pattern; it may be a photo of a screen rather than of the document.</source><translation>Indice : l’image présente le moiré d’un écran ; il peut s’agir de la photo d’un écran plutôt que du document lui-même.</translation></message><message><source>Hint: the portrait carries a JPEG block grid the page around it lacks; the photo may have been pasted in from another image.</source><translation>Indice : la photo du titulaire porte une grille de blocs JPEG absente de la page qui l’entoure ; elle a pu être collée depuis une autre image.</translation></message><message><source>Hint: the portrait does not share the page's compression history; the photo may have been pasted in from another image.</source><translation>Indice : la photo du titulaire n’a pas le même historique de compression que la page ; elle a pu être collée depuis une autre image.</translation></message><message><source>ICAO Visible Digital Seal (document type {document_type}) issued by {country} (signer {signer}, certificate {certificate}); its signature is not verified.</source><translation>Cachet électronique visible OACI (type de document {document_type}) émis par {country} (signataire {signer}, certificat {certificate}) ; sa signature n’est pas vérifiée.</translation></message><message><source>ICAO Visible Digital Seal (visa) issued by {country} (signer {signer}, certificate {certificate}); its signature is not verified.</source><translation>Cachet électronique visible OACI (visa) émis par {country} (signataire {signer}, certificat {certificate}) ; sa signature n’est pas vérifiée.</translation></message><message><source>Issued {issue_date} and expiring {expiry_date}: {span:.1f} years, more than the {limit:g} years such a document is valid for.</source><translation>Délivré le {issue_date}, expire le {expiry_date} : {span:.1f} ans, plus que les {limit:g} ans de validité d’un tel document.</translation></message><message><source>Issuing state {value!r} is neither an ISO 3166 code nor an ICAO code.</source><translation>L’État émetteur {value!r} n’est ni un code ISO 3166 ni un code OACI.</translation></message><message><source>Line {line} has {length} characters; {format} lines have {expected}.</source><translation>La ligne {line} compte {length} caractères ; les lignes d’un {format} en ont {expected}.</translation></message><message><source>MRZ line {line} is too uneven to judge its characters one by one ({flagged} of {count} stand out).</source><translation>La ligne {line} de la ZLA est trop irrégulière pour juger ses caractères un par un ({flagged} sur {count} sortent du lot).</translation></message><message><source>Nationality {value!r} is neither an ISO 3166 code nor an ICAO code.</source><translation>La nationalité {value!r} n’est ni un code ISO 3166 ni un code OACI.</translation></message><message><source>No CSCA certificates are loaded: the document signer cannot be traced to a state. Import a master list.</source><translation>Aucun certificat CSCA n’est chargé : le signataire du document ne peut être rattaché à aucun État. Importez une liste maîtresse.</translation></message><message><source>No CSCA of the issuing state is loaded: the document signer is of an untrusted issuer</source><translation>Aucun CSCA de l’État émetteur n’est chargé : le signataire du document relève d’un émetteur non approuvé</translation></message><message><source>No CSCA of {country} is loaded: the document signer is of an untrusted issuer</source><translation>Aucun CSCA pour {country} n’est chargé : le signataire du document relève d’un émetteur non approuvé</translation></message><message><source>No MRZ text was given: an MRZ is 3×30 (TD1), 2×36 (TD2, MRV-B) or 2×44 (TD3, MRV-A) characters.</source><translation>Aucun texte de ZLA n’a été donné : une ZLA compte 3×30 (TD1), 2×36 (TD2, MRV-B) ou 2×44 (TD3, MRV-A) caractères.</translation></message><message><source>No data group was compared with EF.SOD: its signature was checked, not the chip data</source><translation>Aucun groupe de données n’a été comparé à EF.SOD : sa signature a été vérifiée, pas les données de la puce</translation></message><message><source>No face was found in the photo zone: the portrait may have been removed or covered.</source><translation>Aucun visage n’a été trouvé dans la zone de la photo : la photo du titulaire a pu être retirée ou masquée.</translation></message><message><source>No machine-readable zone could be decoded: the data checks did not run.</source><translation>Aucune zone de lecture automatique n’a pu être décodée : les contrôles des données n’ont pas été effectués.</translation></message><message><source>No printed text was found above the MRZ; the visual zone was not compared.</source><translation>Aucun texte imprimé n’a été trouvé au-dessus de la ZLA ; la zone visuelle n’a pas été comparée.</translation></message><message><source>Passport issued by {state_name} ({state}) to a holder of {nationality_name} ({nationality}) nationality: check the document type.</source><translation>Passeport délivré par l’État {state} à un titulaire de nationalité {nationality} : vérifiez le type de document.</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (character class).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (classe de caractères de la colonne).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (check digit).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (chiffre de contrôle).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (composite check digit).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (chiffre de contrôle composite).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (document code).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (code du document).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (known state code).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (code d’État connu).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (name separator).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (séparateur de noms).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (name spelling).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (orthographe du nom).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (visual zone).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} (zone visuelle).</translation></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} ({why}).</source><translation>Caractère {read!r} de la ligne {line}, colonne {column}, lu comme {corrected!r} ({why}).</translation></message><message><source>Sex {value!r} is not M, F, X or '&lt;'.</source><translation>Le sexe {value!r} n’est ni M, ni F, ni X, ni '&lt;'.</translation></message><message><source>Similarity hint, chip face (DG2) against the printed photo: {score:.2f} (low: compare the two pictures). A grey-level comparison of the framed portraits, not face recognition: the officer compares the faces</source><translation>Indice de ressemblance entre le visage de la puce (DG2) et la photo imprimée : {score:.2f} (faible : comparez les deux images). Comparaison en niveaux de gris des portraits cadrés, et non reconnaissance faciale : c’est l’agent qui compare les visages</translation></message><message><source>Similarity hint, chip face (DG2) against the printed photo: {score:.2f}. A grey-level comparison of the framed portraits, not face recognition: the officer compares the faces</source><translation>Indice de ressemblance entre le visage de la puce (DG2) et la photo imprimée : {score:.2f}. Comparaison en niveaux de gris des portraits cadrés, et non reconnaissance faciale : c’est l’agent qui compare les visages</translation></message><message><source>The CSCA is not valid on {date}</source><translation>Le certificat CSCA n’est pas valide à la date du {date}</translation></message><message><source>The EF.SOD signature is not valid: {reason}</source><translation>La signature de l’EF.SOD n’est pas valide : {reason}</translation></message><message><source>The MRZ character {character!r} at line {line}, position {column} {what}: it may have been pasted in or retyped.</source><translation>Le caractère {character!r} de la ZLA, ligne {line}, position {column}, {what} : il a pu être collé ou retapé.</translation></message><message><source>The MRZ characters could not be separated; their typography was not checked.</source><translation>Les caractères de la ZLA n’ont pas pu être séparés ; leur typographie n’a pas été contrôlée.</translation></message><message><source>The MRZ typography was not checked: the OCR-B font is not installed.</source><translation>La typographie de la ZLA n’a pas été contrôlée : la police OCR-B n’est pas installée.</translation></message><message><source>The MRZ typography was not checked: {error}.</source><translation>La typographie de la ZLA n’a pas été contrôlée : {error}.</translation></message><message><source>The MRZ typography was not checked: {font} is missing: install the fonts-ocr-b package.</source><translation>La typographie de la ZLA n’a pas été contrôlée : {font} est introuvable ; installez le paquet fonts-ocr-b.</translation></message><message><source>The barcode holds the {field_label} {value}, the MRZ {other}.</source><translation>Le code-barres et la ZLA diffèrent ({field_label}) : {value} dans le code-barres, {other} dans la ZLA.</translation></message><message><source>The barcode holds the {field_label} {value}, the printed {other}.</source><translation>Le code-barres et la zone visuelle diffèrent ({field_label}) : {value} dans le code-barres, {other} dans la zone visuelle.</translation></message><message><source>The birth date {birth_date} is in the future.</source><translation>La date de naissance ({birth_date}) est dans le futur.</translation></message><message><source>The check {rule} failed and was skipped ({error}).</source><translation>Le contrôle {rule} a échoué et a été ignoré ({error}).</translation></message><message><source>The check {rule} returned something that is not a finding.</source><translation>Le contrôle {rule} a renvoyé autre chose qu’un constat.</translation></message><message><source>The chip did not answer ({why}) although {state} has issued only ePassports since {since:%B %Y}; this passport expires {expiry}, so it was issued after that: check that the document lies on the reader and that the MRZ is right; a passport whose chip stays silent may have a damaged or replaced chip</source><translation>La puce n’a pas répondu ({why}) alors que {state} ne délivre que des passeports électroniques depuis {since:%m/%Y} ; ce passeport expire le {expiry}, il a donc été délivré après cette date : vérifiez que le document est bien posé sur le lecteur et que la ZLA est exacte ; la puce d’un passeport qui reste muette peut avoir été endommagée ou remplacée</translation></message><message><source>The chip's MRZ (DG1) differs from the printed MRZ</source><translation>La ZLA de la puce (DG1) diffère de la ZLA imprimée</translation></message><message><source>The chip's MRZ (DG1) differs in length from the printed MRZ</source><translation>La ZLA de la puce (DG1) n’a pas la même longueur que la ZLA imprimée</translation></message><message><source>The chip's MRZ (DG1) equals the printed MRZ</source><translation>La ZLA de la puce (DG1) est identique à la ZLA imprimée</translation></message><message><source>The compression-history map is uneven all over (a re-scaled or heavily compressed image); the largest uneven area is shown, but on its own it means little.</source><translation>La carte de l’historique de compression est irrégulière sur toute l’image (image redimensionnée ou fortement compressée) ; la plus grande zone irrégulière est affichée, mais à elle seule elle ne prouve pas grand-chose.</translation></message><message><source>The document expired on {expiry_date}, {ago} ago.</source><translation>Le document a expiré le {expiry_date}, il y a {ago}.</translation></message><message><source>The document expires ({expiry_date}) before the holder was born ({birth_date}).</source><translation>Le document expire ({expiry_date}) avant la naissance du titulaire ({birth_date}).</translation></message><message><source>The document expires {ahead:.1f} years from today; a {document_code} document is valid for at most {limit:g} years.</source><translation>Le document expire dans {ahead:.1f} ans ; un document {document_code} est valable {limit:g} ans au plus.</translation></message><message><source>The document expires {ahead:.1f} years from today; a {document_code} document of {state} is valid for at most {limit:g} years.</source><translation>Le document expire dans {ahead:.1f} ans ; un document {document_code} de l’État {state} est valable {limit:g} ans au plus.</translation></message><message><source>The document expires {ahead:.1f} years from today; a {document_code} document of {state} issued to a holder under {minor_under} is valid for at most {limit:g} years.</source><translation>Le document expire dans {ahead:.1f} ans ; un document {document_code} de l’État {state} délivré à un titulaire de moins de {minor_under} ans est valable {limit:g} ans au plus.</translation></message><message><source>The document signer certificate is not valid on {date}</source><translation>Le certificat du signataire du document n’est pas valide à la date du {date}</translation></message><message><source>The document signer was not issued by any known CSCA of {country}</source><translation>Le certificat du signataire du document n’a été émis par aucun CSCA connu pour {country}</translation></message><message><source>The document signer's country differs from its CSCA's</source><translation>Le pays du signataire du document diffère de celui de son CSCA</translation></message><message><source>The file could not be read.</source><translation>Le fichier n’a pas pu être lu.</translation></message><message><source>The file was saved by image-editing software ({software}).</source><translation>Le fichier a été enregistré par un logiciel de retouche d’image ({software}).</translation></message><message><source>The holder is {age}; a {document_code} document is issued from age {min_age}.</source><translation>Le titulaire a {age} ans ; un document {document_code} est délivré à partir de {min_age} ans.</translation></message><message><source>The holder was not screened: the MRZ gives neither a name nor a document number.</source><translation>Le titulaire n’a pas été comparé aux listes : la ZLA ne donne ni nom ni numéro de document.</translation></message><message><source>The holder would be {age} years old (born {birth_date}).</source><translation>Le titulaire aurait {age} ans (né le {birth_date}).</translation></message><message><source>The holder's name {surname} {given_names} is a specimen name: this is a specimen, not a real document.</source><translation>Le nom du titulaire, {surname} {given_names}, est un nom de spécimen : c’est un spécimen, pas un vrai document.</translation></message><message><source>The image is greyscale: a photocopy or grey scan, not the document itself.</source><translation>L’image est en niveaux de gris : c’est une photocopie ou une numérisation en gris, pas le document lui-même.</translation></message><message><source>The name field has {fillers} fillers inside the name: {name!r}.</source><translation>Le champ du nom contient {fillers} caractères de remplissage au milieu du nom : {name!r}.</translation></message><message><source>The name field holds the digit {character!r} at column {column}: names have no digits.</source><translation>Le champ du nom contient le chiffre {character!r} en colonne {column} : un nom n’a pas de chiffres.</translation></message><message><source>The name field starts with a filler: {name!r}.</source><translation>Le champ du nom commence par un caractère de remplissage : {name!r}.</translation></message><message><source>The name fills the whole field as if truncated, but leaves unused fillers inside.</source><translation>Le nom remplit tout le champ comme s’il était tronqué, mais laisse des caractères de remplissage inutilisés au milieu.</translation></message><message><source>The name fills the whole name field and was probably truncated.</source><translation>Le nom remplit tout son champ et a probablement été tronqué.</translation></message><message><source>The photo zone could not be located (no MRZ position).</source><translation>La zone de la photo n’a pas pu être localisée (position de la ZLA inconnue).</translation></message><message><source>The photo zone was not checked: the image is too small to find a face.</source><translation>La zone de la photo n’a pas été contrôlée : l’image est trop petite pour y trouver un visage.</translation></message><message><source>The photo zone was not checked: the photo zone lies mostly outside the image.</source><translation>La zone de la photo n’a pas été contrôlée : elle se trouve en grande partie hors de l’image.</translation></message><message><source>The printed issue date {issue_date} is before the birth date {birth_date}.</source><translation>La date de délivrance imprimée ({issue_date}) précède la date de naissance ({birth_date}).</translation></message><message><source>The printed issue date {issue_date} is in the future.</source><translation>La date de délivrance imprimée ({issue_date}) est dans le futur.</translation></message><message><source>The printed issue date {issue_date} is not before the expiry date {expiry_date}.</source><translation>La date de délivrance imprimée ({issue_date}) n’est pas antérieure à la date d’expiration ({expiry_date}).</translation></message><message><source>The printed {field_label} {printed!r} differs from the MRZ {mrz!r}.</source><translation>Champ imprimé ({field_label}) : {printed!r} diffère de la ZLA {mrz!r}.</translation></message><message><source>The same {what_label} was verified before (record #{record}, {date}) as {name}, born {birth}, {nationality}: {differ}.</source><translation>Le même {what_label} a déjà été vérifié (enregistrement n° {record}, {date}) au nom de {name}, date de naissance {birth}, nationalité {nationality} ; {differ}.</translation></message><message><source>The seal's MRZ holds the name field {value!r}, the printed MRZ {other!r}.</source><translation>La ZLA du cachet et la ZLA imprimée diffèrent (champ du nom) : {value!r} dans le cachet, {other!r} dans la ZLA imprimée.</translation></message><message><source>The seal's MRZ holds the {field_label} {value!r}, the printed MRZ {other!r}.</source><translation>La ZLA du cachet et la ZLA imprimée diffèrent ({field_label}) : {value!r} dans le cachet, {other!r} dans la ZLA imprimée.</translation></message><message><source>The text is {total} characters long; an MRZ has at most 90.</source><translation>Le texte compte {total} caractères ; une ZLA en a 90 au plus.</translation></message><message><source>The visual zone was not compared: the MRZ itself already alerts.</source><translation>La zone visuelle n’a pas été comparée : la ZLA elle-même donne déjà l’alerte.</translation></message><message><source>The visual zone was not compared: {reason}.</source><translation>La zone visuelle n’a pas été comparée : {reason}.</translation></message><message><source>The {field_label} check digit is {digit!r} but the data give {expected!r}.</source><translation>Chiffre de contrôle ({field_label}) : {digit!r}, alors que les données donnent {expected!r}.</translation></message><message><source>The {field_label} check digit {digit!r} cannot be verified: its data hold a character outside the MRZ alphabet.</source><translation>Chiffre de contrôle ({field_label}) : {digit!r} ne peut être vérifié, ses données contiennent un caractère hors de l’alphabet de la ZLA.</translation></message><message><source>The {field_label} is {value!r}, the specimen state of ICAO Doc 9303: this is a specimen, not a real document.</source><translation>{field_label} : {value!r}, l’État des spécimens du Doc 9303 de l’OACI : c’est un spécimen, pas un vrai document.</translation></message><message><source>The {field_label} {value!r} is not a calendar date.</source><translation>{field_label} : {value!r} n’est pas une date du calendrier.</translation></message><message><source>The {field_label} {value!r} is only partly known.</source><translation>{field_label} : {value!r} n’est connue qu’en partie.</translation></message><message><source>This is not an MRZ: {lines} line(s) of {shape} characters; expected 3×30 (TD1), 2×36 (TD2, MRV-B) or 2×44 (TD3, MRV-A).</source><translation>Ce n’est pas une ZLA : {lines} ligne(s) de {shape} caractères ; attendu 3×30 (TD1), 2×36 (TD2, MRV-B) ou 2×44 (TD3, MRV-A).</translation></message><message><source>Watchlist ({band_label}): {name}.</source><translation>Liste de surveillance ({band_label}) : {name}.</translation></message><message><source>Watchlist screening failed: {error}</source><translation>La comparaison aux listes de surveillance a échoué : {error}</translation></message><message><source>a weak alias alone, no exact birth date or document number confirming it: at most a review</source><translation>un alias faible seul, sans date de naissance exacte ni numéro de document pour le confirmer : examen au plus</translation></message><message><source>about {year}</source><translation>vers {year}</translation></message><message><source>alert</source><translation>alerte</translation></message><message><source>birth date '{value}' is not a calendar date</source><translation>date de naissance « {value} » : ce n’est pas une date du calendrier</translation></message><message><source>birth date '{value}': use YYYY-MM-DD or YYYY</source><translation>date de naissance « {value} » : utilisez AAAA-MM-JJ ou AAAA</translation></message><message><source>birth date {query} conflicts with the listed {listed}: possible namesake</source><translation>la date de naissance {query} contredit celle de la liste ({listed}) : homonyme possible</translation></message><message><source>birth date {query} matches the listed {listed} exactly</source><translation>la date de naissance {query} correspond exactement à celle de la liste ({listed})</translation></message><message><source>birth year {year} is within the listed {listed}</source><translation>l’année de naissance {year} entre dans celle de la liste ({listed})</translation></message><message><source>birth year {year} matches the listed {listed}</source><translation>l’année de naissance {year} correspond à celle de la liste ({listed})</translation></message><message><source>birth year {year} matches the listed {listed}; {query} is the listed date with day and month swapped</source><translation>l’année de naissance {year} correspond à celle de la liste ({listed}) ; {query} est la date de la liste, jour et mois inversés</translation></message><message><source>close Korean reading</source><translation>lecture coréenne proche</translation></message><message><source>document number {number} matches the listed {listed} exactly: alert whatever the name</source><translation>le numéro de document {number} correspond exactement à celui de la liste ({listed}) : alerte quel que soit le nom</translation></message><message><source>does not have the shape of the OCR-B character</source><translation>n’a pas la forme du caractère OCR-B</translation></message><message><source>exact</source><translation>identique</translation></message><message><source>give a name or a document number to screen</source><translation>donnez un nom ou un numéro de document à comparer</translation></message><message><source>initial</source><translation>initiale</translation></message><message><source>is not the size of the other characters</source><translation>n’a pas la taille des autres caractères</translation></message><message><source>is off the line's fixed pitch</source><translation>est décalé par rapport à l’espacement fixe de la ligne</translation></message><message><source>joined/split given names</source><translation>prénoms attachés ou séparés</translation></message><message><source>listed parts not in the query (a company's words count in full): {parts}</source><translation>éléments de la liste absents de la recherche (les mots d’une société comptent pleinement) : {parts}</translation></message><message><source>listed parts not in the query (cost little): {parts}</source><translation>éléments de la liste absents de la recherche (comptent peu) : {parts}</translation></message><message><source>name {name!r}: {matches}</source><translation>nom {name!r} : {matches}</translation></message><message><source>namesake</source><translation>homonyme</translation></message><message><source>nationality '{value}': use an ISO 3166 alpha-3 code such as PRK</source><translation>nationalité « {value} » : utilisez un code ISO 3166 alpha-3, par exemple PRK</translation></message><message><source>nationality {query} differs from the listed {listed}</source><translation>la nationalité {query} diffère de celle de la liste ({listed})</translation></message><message><source>nationality {query} matches</source><translation>la nationalité {query} correspond</translation></message><message><source>no birth date given</source><translation>aucune date de naissance donnée</translation></message><message><source>no birth date on the list: birth date not checked</source><translation>aucune date de naissance sur la liste : date de naissance non vérifiée</translation></message><message><source>only a common name part matches: at most a review</source><translation>seul un élément de nom courant correspond : examen au plus</translation></message><message><source>only one or two short name parts match and no birth date agrees: at most a review</source><translation>seuls un ou deux éléments courts du nom correspondent et aucune date de naissance ne concorde : examen au plus</translation></message><message><source>query parts not in this name: {parts}</source><translation>éléments de la recherche absents de ce nom : {parts}</translation></message><message><source>review</source><translation>examen</translation></message><message><source>runs into its neighbour, which fixed-pitch OCR-B never does</source><translation>touche son voisin, ce qui n’arrive jamais avec l’OCR-B à chasse fixe</translation></message><message><source>same Abd name, shortened to the name of God it holds (Abdelkader ~ Kader)</source><translation>même nom en Abd, réduit au nom de Dieu qu’il contient (Abdelkader ~ Kader)</translation></message><message><source>same Arabic letter written j or g (Egyptian usage)</source><translation>même lettre arabe écrite j ou g (usage égyptien)</translation></message><message><source>same Arabic letter written th/s, dh/z or d/z</source><translation>même lettre arabe écrite th/s, dh/z ou d/z</translation></message><message><source>same Korean reading</source><translation>même lecture coréenne</translation></message><message><source>same consonants</source><translation>mêmes consonnes</translation></message><message><source>same consonants as Arabic writes them</source><translation>mêmes consonnes que l’écriture arabe</translation></message><message><source>same consonants, one short vowel written another way</source><translation>mêmes consonnes, une voyelle brève écrite autrement</translation></message><message><source>same family name, with the Hadrami prefix Ba- (Ba'abud ~ Abud)</source><translation>même nom de famille, avec le préfixe hadrami Ba- (Ba'abud ~ Abud)</translation></message><message><source>same name in Belarusian and Russian romanisation</source><translation>même nom en romanisation biélorusse et russe</translation></message><message><source>same name in Somali spelling (c for ayn, x for h)</source><translation>même nom en orthographe somalie (c pour ayn, x pour h)</translation></message><message><source>same name in another Slavic romanisation</source><translation>même nom dans une autre romanisation slave</translation></message><message><source>same name, Abd/Abu written another way</source><translation>même nom, Abd/Abu écrit autrement</translation></message><message><source>same name, the diminutive written the colloquial way (Sweid, Hemaida, Grein)</source><translation>même nom, le diminutif écrit à la manière parlée (Sweid, Hemaida, Grein)</translation></message><message><source>same name, voweled the regional way (Yusuf, Youssef, Yusif, Youcef)</source><translation>même nom, vocalisé à la manière régionale (Yusuf, Youssef, Yusif, Youcef)</translation></message><message><source>same name, vowels written e/i, e/a, o/u, ai/ay/ei or aw/au/o</source><translation>même nom, voyelles écrites e/i, e/a, o/u, ai/ay/ei ou aw/au/o</translation></message><message><source>same sound</source><translation>même son</translation></message><message><source>short form of the same given name</source><translation>forme courte du même prénom</translation></message><message><source>sits off the line's baseline</source><translation>est décalé par rapport à la ligne de base</translation></message><message><source>spelling variant</source><translation>variante d’orthographe</translation></message><message><source>spelling variant (Slavic romanisations)</source><translation>variante d’orthographe (romanisations slaves)</translation></message><message><source>the article al- written joined</source><translation>l’article al- écrit attaché</translation></message><message><source>the birth date agrees and the name is the head of the listed one (given, father's, grandfather's names): the rest cost little</source><translation>la date de naissance concorde et le nom est le début de celui de la liste (prénom, nom du père, du grand-père) : le reste compte peu</translation></message><message><source>the birth date agrees: the name parts in common count without the others</source><translation>la date de naissance concorde : les éléments du nom en commun comptent sans les autres</translation></message><message><source>the name after Abd/Abu</source><translation>le nom après Abd/Abu</translation></message><message><source>the watchlists changed during the screening (an import or a removal); screen again</source><translation>les listes de surveillance ont changé pendant la comparaison (un import ou une suppression) ; relancez-la</translation></message><message><source>the {first_label} differs</source><translation>différence : {first_label}</translation></message><message><source>the {first_label}, {second_label} differ</source><translation>différences : {first_label}, {second_label}</translation></message><message><source>the {first_label}, {second_label}, {third_label} differ</source><translation>différences : {first_label}, {second_label}, {third_label}</translation></message><message><source>weak alias: the list marks this name low quality</source><translation>alias faible : la liste juge ce nom de faible qualité</translation></message><message><source>{days} day</source><translation>{days} jour</translation></message><message><source>{days} days</source><translation>{days} jours</translation></message><message><source>{error}</source><translation>{error}</translation></message><message><source>{faces} portrait-sized faces on the document where one belongs: a photo may have been pasted on.</source><translation>{faces} visages de la taille d’une photo d’identité sur le document, là où un seul est attendu : une photo a pu être collée par-dessus.</translation></message><message><source>{file}: not a CSCA master list (damaged or another kind of file)</source><translation>{file} : ce n’est pas une liste maîtresse CSCA (endommagée ou fichier d’un autre type)</translation></message><message><source>{file}: not an EF.SOD file (damaged or another kind of file)</source><translation>{file} : ce n’est pas un fichier EF.SOD (endommagé ou d’un autre type)</translation></message><message><source>{file}: not an LDS data group (it does not start as one); if it is one, rename the file EF_DGn.bin, n being its number, and add it again</source><translation>{file} : ce n’est pas un groupe de données LDS (il ne commence pas comme tel) ; si c’en est un, renommez le fichier EF_DGn.bin, n étant son numéro, et ajoutez-le de nouveau</translation></message><message><source>{file}: not an X.509 certificate (damaged or another kind of file)</source><translation>{file} : ce n’est pas un certificat X.509 (endommagé ou fichier d’un autre type)</translation></message><message><source>{file}: the file is empty, not a data group</source><translation>{file} : le fichier est vide, ce n’est pas un groupe de données</translation></message><message><source>{file}: the master list's own signature does not verify</source><translation>{file} : la signature de la liste maîtresse elle-même n’est pas valide</translation></message><message><source>{first} and {second}</source><translation>{first} et {second}</translation></message><message><source>{months} months</source><translation>{months} mois</translation></message><message><source>{path}: a PDF page could not be rendered ({error})</source><translation>{path} : une page du PDF n’a pas pu être rendue ({error})</translation></message><message><source>{path}: cannot be read ({error})</source><translation>{path} : illisible ({error})</translation></message><message><source>{path}: is a folder, not a file</source><translation>{path} : c’est un dossier, pas un fichier</translation></message><message><source>{path}: no such file</source><translation>{path} : fichier introuvable</translation></message><message><source>{path}: not a regular file (a pipe or a device)</source><translation>{path} : ce n’est pas un fichier ordinaire (un tube ou un périphérique)</translation></message><message><source>{path}: not an image or PDF file (JPEG, PNG, TIFF, BMP, WebP, HEIC or PDF)</source><translation>{path} : ni une image ni un PDF (JPEG, PNG, TIFF, BMP, WebP, HEIC ou PDF)</translation></message><message><source>{path}: refused as a possible decompression bomb ({error})</source><translation>{path} : refusé comme bombe de décompression possible ({error})</translation></message><message><source>{path}: the PDF file is damaged or truncated ({error})</source><translation>{path} : le fichier PDF est endommagé ou tronqué ({error})</translation></message><message><source>{path}: the PDF has no pages</source><translation>{path} : le PDF n’a aucune page</translation></message><message><source>{path}: the file is empty</source><translation>{path} : le fichier est vide</translation></message><message><source>{path}: the {kind} file holds no image</source><translation>{path} : le fichier {kind} ne contient aucune image</translation></message><message><source>{path}: the {kind} file is damaged or truncated ({error})</source><translation>{path} : le fichier {kind} est endommagé ou tronqué ({error})</translation></message><message><source>{path}: the {kind} file needs more memory than there is</source><translation>{path} : le fichier {kind} demande plus de mémoire qu’il n’y en a</translation></message><message><source>{path}: {mb} MB is more than the {limit} MB limit</source><translation>{path} : {mb} Mo, au-delà de la limite de {limit} Mo</translation></message><message><source>{path}: {width}×{height} pixels is more than the {limit} megapixel limit (refused unread, as a possible decompression bomb)</source><translation>{path} : {width}×{height} pixels, au-delà de la limite de {limit} mégapixels (refusé sans être lu : bombe de décompression possible)</translation></message><message><source>{path}: {width}×{height} pixels is too small to hold a document</source><translation>{path} : {width}×{height} pixels, trop petit pour contenir un document</translation></message><message><source>{source}: no machine-readable zone found</source><translation>{source} : aucune zone de lecture automatique trouvée</translation></message><message><source>{source}: no machine-readable zone found in the first {read} of its {total} pages (docverify reads at most {read} pages of a file: give the page with the MRZ on its own)</source><translation>{source} : aucune zone de lecture automatique trouvée dans les {read} premières de ses {total} pages (docverify lit au plus {read} pages d’un fichier : donnez seule la page qui porte la ZLA)</translation></message><message><source>{years} years</source><translation>{years} ans</translation></message><message><source>{years} years {months} months</source><translation>{years} ans et {months} mois</translation></message><message><source>composite</source><translation>composite</translation></message><message><source>date of birth</source><translation>date de naissance</translation></message><message><source>date of expiry</source><translation>date d’expiration</translation></message><message><source>date of issue</source><translation>date de délivrance</translation></message><message><source>document code</source><translation>code du document</translation></message><message><source>document number</source><translation>numéro du document</translation></message><message><source>given names</source><translation>prénoms</translation></message><message><source>issuing state</source><translation>État émetteur</translation></message><message><source>name</source><translation>nom</translation></message><message><source>nationality</source><translation>nationalité</translation></message><message><source>optional data</source><translation>données facultatives</translation></message><message><source>portrait</source><translation>portrait</translation></message><message><source>sex</source><translation>sexe</translation></message><message><source>surname</source><translation>nom</translation></message></context>
<context>
    <name>history</name>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="45" />
        <source>Screening record #%1</source>
        <translation>Enregistrement de comparaison n° %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="46" />
        <source>Verification record #%1</source>
        <translation>Enregistrement de vérification n° %1</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="53" />
        <source>Personal data redacted on %1; the record keeps only codes.</source>
        <translation>Données personnelles effacées le %1 ; l’enregistrement ne garde que les codes.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="66" />
        <source>This record was altered: some of its fields cannot be read (the audit trail's status below the list names the first broken record).</source>
        <translation>Cet enregistrement a été modifié : certains de ses champs sont illisibles (l’état de la piste d’audit, sous la liste, nomme le premier enregistrement rompu).</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="73" />
        <source>Screened by hand: %1</source>
        <translation>Comparé à la main : %1</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../desktop/docverify/app/jobs.py" line="75" />
        <source>The docverify OCR model is missing; tesseract was used instead.</source>
        <translation>Le modèle OCR de docverify est absent ; tesseract a été utilisé.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="95" />
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="96" />
        <source>Issuing state</source>
        <translation>État émetteur</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="97" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="98" />
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="99" />
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="100" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="101" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="102" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="103" />
        <source>Date of expiry</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="111" />
        <source>more in the JSON report</source>
        <translation>de plus dans le rapport JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="119" />
        <location filename="../../desktop/docverify/app/report.py" line="180" />
        <source>docverify verification report</source>
        <translation>Rapport de vérification docverify</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="120" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="121" />
        <source>Operator</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="122" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="123" />
        <source>OCR engine</source>
        <translation>Moteur de lecture (OCR)</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="124" />
        <source>Watchlists</source>
        <translation>Listes de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="125" />
        <source>Corrected by hand</source>
        <translation>Corrigé à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="126" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="127" />
        <source>Watchlist hits</source>
        <translation>Correspondances sur les listes</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="128" />
        <source>Reading problem</source>
        <translation>Problème de lecture</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="46" />
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="47" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="48" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="54" />
        <source>CLEAR</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="55" />
        <source>REVIEW</source>
        <translation>À EXAMINER</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="56" />
        <source>ALERT</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="62" />
        <source>No problem found. The document can be accepted.</source>
        <translation>Aucun problème trouvé. Le document peut être accepté.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="63" />
        <source>Something needs a closer look before the document is accepted.</source>
        <translation>Un point demande un examen avant d’accepter le document.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="64" />
        <source>Do not accept the document; follow the alert procedure.</source>
        <translation>N’acceptez pas le document ; suivez la procédure d’alerte.</translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="70" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>