<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="67" />
        <source>Batch progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="68" />
        <source>%v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="69" />
        <source>Open a folder (Ctrl+Shift+O) to verify every document in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="72" />
        <source>&amp;Cancel batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="75" />
        <source>&amp;Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="76" />
        <source>Save this table as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="81" />
        <source>Batch results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="82" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="82" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="83" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="83" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="84" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="132" />
        <source>Verifying %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="149" />
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="215" />
        <source>Batch cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="215" />
        <source>Batch finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="216" />
        <source>%1: %2 verified (%3)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/batch_view.py" line="219" />
        <source>%n file(s) could not be verified.</source>
        <translation><numerusform>%n file could not be verified.</numerusform><numerusform>%n files could not be verified.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="256" />
        <source>Export batch results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/batch_view.py" line="258" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/batch_view.py" line="266" />
        <source>%n row(s) exported to %1</source>
        <translation><numerusform>%n row exported to %1</numerusform><numerusform>%n rows exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="48" />
        <source>Capture from camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="53" />
        <source>Camera preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="54" />
        <source>Hold the document flat inside the frame, machine-readable zone at the bottom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="58" />
        <source>Capture &amp;automatically when the MRZ reads the same twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="60" />
        <source>&amp;Capture now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="65" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="140" />
        <source>No machine-readable zone seen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="144" />
        <source>The MRZ is blurred: hold still or move closer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="147" />
        <source>MRZ seen but not read cleanly yet: hold still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="151" />
        <source>Read twice the same: captured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="155" />
        <source>MRZ read; checking it once more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="159" />
        <source>No picture from the camera yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChipDialog</name>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="85" />
        <source>Verify the chip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="92" />
        <source>EF.SOD file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="95" />
        <source>Data group files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="97" />
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="226" />
        <source>Master lists and CSCA certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="98" />
        <source>None: the CSCAs imported with `docverify masterlists import` are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="107" />
        <source>EF.&amp;SOD:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="108" />
        <source>&amp;Data groups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="109" />
        <source>&amp;Trust anchors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="114" />
        <source>Choose EF.SOD and the data groups, then Verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="124" />
        <source>Chip findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="127" />
        <source>Chip photo (DG2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="128" />
        <source>Printed photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="134" />
        <source>&amp;Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="149" />
        <source>No printed photo on the page shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="160" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="166" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="167" />
        <source>Remove the selected files from the list (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="214" />
        <source>EF.SOD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="215" />
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="221" />
        <source>Chip files (*.bin *.der);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="220" />
        <source>Data groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="227" />
        <source>Master lists and certificates (*.ml *.cer *.der *.crt *.pem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="236" />
        <source>Choose the EF.SOD file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="245" />
        <source>Verify the document first: its chip is opened with the MRZ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="265" />
        <source>Verifying the chip data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="284" />
        <source>Passive Authentication passed: the chip data are signed by a trusted issuer and unaltered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="288" />
        <source>The SOD is signed by a trusted issuer; no data group was given, so the chip data were not compared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="292" />
        <source>Passive Authentication FAILED: do not rely on the chip data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="296" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="296" />
        <source>NO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="299" />
        <source>Signature valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="300" />
        <source>Issuer trusted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="302" />
        <source>Data groups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="303" />
        <source>Read from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="303" />
        <source>files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="304" />
        <source>the chip (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="316" />
        <source>No face image in DG2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="320" />
        <source>matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="320" />
        <source>ALTERED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="321" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="35" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="35" />
        <source>Document type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="36" />
        <source>Issuing state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="37" />
        <source>Document number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="37" />
        <source>Surname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="38" />
        <source>Given names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="38" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="39" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="39" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="40" />
        <source>Date of expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="40" />
        <source>Optional data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="42" />
        <source>Document fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="54" />
        <source>Machine-readable zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="63" />
        <source>MRZ text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="65" />
        <source>Edit the MRZ to correct a misread character, then re-check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="72" />
        <source>&amp;Re-check corrected MRZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="74" />
        <source>Re-run the checks on the MRZ as typed (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/fields_panel.py" line="106" />
        <source>%n doubtful character(s) marked: check them against the document.</source>
        <translation><numerusform>%n doubtful character marked: check them against the document.</numerusform><numerusform>%n doubtful characters marked: check them against the document.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="109" />
        <source>No doubtful character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="111" />
        <source>No MRZ was read. You can type it here and re-check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="116" />
        <source>Corrected by hand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/fields_panel.py" line="122" />
        <source>line %1 retyped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="22" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="34" />
        <source>No check was made: the document could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="35" />
        <source>No finding: every check passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/findings_list.py" line="42" />
        <source>(MRZ line %1, column %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="125" />
        <source>Search name, number, file, finding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="126" />
        <source>Search history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="129" />
        <source>Filter by verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="130" />
        <source>All verdicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="134" />
        <source>Filter by date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="135" />
        <source>All dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="135" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="136" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="136" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="139" />
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="140" />
        <source>Export &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="141" />
        <source>&amp;Print record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="142" />
        <source>Save record as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="146" />
        <source>Selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="148" />
        <source>Select a record to see what was found and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="152" />
        <source>Checking the audit trail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="158" />
        <source>Verification history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="160" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="161" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="161" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="161" />
        <source>Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="162" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="162" />
        <source>Corrections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="170" />
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="269" />
        <source>%1 shown of %2 records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="277" />
        <source>(redacted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="283" />
        <source>(screened by hand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="290" />
        <source>MRZ corrected by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="293" />
        <source>No finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="323" />
        <source>Save record as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="325" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/history_view.py" line="342" />
        <source>Audit trail intact: %n record(s)</source>
        <translation><numerusform>Audit trail intact: %n record</numerusform><numerusform>Audit trail intact: %n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="345" />
        <source>Audit trail broken at record #%1: %2. The %3 records before it are intact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="370" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="370" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/history_view.py" line="371" />
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HitsPanel</name>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="36" />
        <source>Watchlist hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="37" />
        <source>Listed name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="37" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="37" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="38" />
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="43" />
        <source>Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="43" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="44" />
        <source>Namesake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="59" />
        <source>Not screened: no watchlist is loaded or screening is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/hits_panel.py" line="63" />
        <source>No watchlist hit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="36" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="41" />
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="42" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="42" />
        <source>Fit to the pane (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="43" />
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="44" />
        <source>Rotate right (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../desktop/docverify/app/image_view.py" line="34" />
        <source>Document image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/image_view.py" line="52" />
        <source>No image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/image_view.py" line="61" />
        <source>MRZ</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/image_view.py" line="66" />
        <source>%n region(s) marked</source>
        <translation><numerusform>%n region marked</numerusform><numerusform>%n regions marked</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="42" />
        <source>docverify: document verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="54" />
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="55" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="56" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="57" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="58" />
        <source>Watchlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="59" />
        <source>Screen a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="72" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="76" />
        <source>Ready. Open (Ctrl+O), drop or paste (Ctrl+V) a document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="99" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="100" />
        <source>&amp;Open document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="101" />
        <source>Open &amp;folder as batch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="103" />
        <source>&amp;Paste image or MRZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="104" />
        <source>Capture from &amp;camera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="108" />
        <source>Save &amp;JSON report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="110" />
        <source>P&amp;rint report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="112" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="116" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="118" />
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="119" />
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="120" />
        <source>&amp;Fit to window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="121" />
        <source>&amp;Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="122" />
        <source>Rotate &amp;right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="123" />
        <source>Rotate &amp;left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="126" />
        <source>Edit the &amp;MRZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="127" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="131" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="132" />
        <source>&amp;Import watchlist…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="134" />
        <source>&amp;Screen a name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="137" />
        <source>&amp;Read the chip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="139" />
        <source>Verify chip &amp;files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="142" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="143" />
        <source>Find in &amp;history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="144" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="145" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="147" />
        <source>&amp;About docverify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="155" />
        <source>Open documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="156" />
        <source>Documents (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif *.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="176" />
        <source>Open a folder as a batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="182" />
        <source>No document files (images or PDF) were found there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="193" />
        <source>pasted image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="200" />
        <source>The clipboard holds no image, file or MRZ text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="218" />
        <source>dropped image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="220" />
        <source>Only files on this computer can be verified: docverify never goes on the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="228" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="234" />
        <source>camera capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="245" />
        <source>Looking for a card reader…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="253" />
        <source>Read the chip on the card reader with the MRZ shown, and verify it (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="276" />
        <source>Verifying %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="281" />
        <source>Verified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="290" />
        <source>Not recorded in the audit trail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="294" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="328" />
        <source>Verify a document first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="332" />
        <source>Save PDF report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="332" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="356" />
        <source>Report saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="338" />
        <source>Report sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="107" />
        <source>Sa&amp;ve PDF report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="341" />
        <source>Save JSON report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="341" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="376" />
        <source>Settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="405" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="408" />
        <source>About docverify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/main_window.py" line="409" />
        <source>docverify checks passports, ID cards and visas offline: it reads the machine-readable zone, checks it, and screens the holder against watchlists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="84" />
        <source>F&amp;indings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="85" />
        <source>&amp;Watchlist hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="124" />
        <source>&amp;Watchlist hits (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="125" />
        <source>F&amp;indings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="126" />
        <source>MRZ text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/result_view.py" line="127" />
        <source>read by %1 in %2 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="38" />
        <source>Name of a person or a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="39" />
        <source>Name to screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="41" />
        <source>YYYY-MM-DD or YYYY (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="42" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="44" />
        <source>e.g. PRK (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="45" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="48" />
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="49" />
        <source>Document number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="52" />
        <source>&amp;Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="54" />
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="55" />
        <location filename="../../desktop/docverify/app/screen_view.py" line="136" />
        <source>Type a name, or a document number, and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="60" />
        <source>N&amp;ame:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="61" />
        <source>Date of &amp;birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="62" />
        <source>Nati&amp;onality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="63" />
        <source>Doc&amp;ument number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="89" />
        <source>Type a name, or a document number, to screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="95" />
        <source>Screening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="108" />
        <source>No watchlist is loaded: import one in Watchlists (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="113" />
        <source>%1; %2. Screened against %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/screen_view.py" line="114" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n hit</numerusform><numerusform>%n hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/screen_view.py" line="115" />
        <source>%n alert(s)</source>
        <translation><numerusform>%n alert</numerusform><numerusform>%n alerts</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="118" />
        <source>Recorded in the history as #%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/screen_view.py" line="121" />
        <source>Not recorded in the history: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="38" />
        <source>Operator name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="40" />
        <source>OCR engine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="41" />
        <source>docverify model (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="42" />
        <source>tesseract (stock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="47" />
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="107" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="48" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="55" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="56" />
        <source>never warn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="58" />
        <source>Warn when a watchlist is older than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="59" />
        <source>Screen against the &amp;watchlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="61" />
        <source>Run the &amp;image checks (slower)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="64" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="65" />
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="70" />
        <source>&amp;Operator name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="71" />
        <source>OCR &amp;engine:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="72" />
        <source>&amp;Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="75" />
        <source>Warn when a list is older than:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="76" />
        <source>&amp;Language (after restart):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="80" />
        <source>Thresholds (set by the administrator in config.py)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="83" />
        <source>Watchlist alert score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="84" />
        <source>Watchlist review score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="85" />
        <source>Doubtful character below confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="86" />
        <source>Longest passport validity (years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/settings_dialog.py" line="87" />
        <source>Oldest plausible holder (years)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="19" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="37" />
        <source>Open, drop or paste a document to verify it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="42" />
        <source>No document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="47" />
        <source>Verifying %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="48" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="55" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verdict_banner.py" line="59" />
        <source>Reading problem: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../../desktop/docverify/app/verifier.py" line="45" />
        <source>corrected MRZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verifier.py" line="62" />
        <source>MRZ text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/verifier.py" line="75" />
        <source>sample document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WatchlistsView</name>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="73" />
        <source>Loaded watchlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="75" />
        <source>List date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="76" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="76" />
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="76" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="84" />
        <source>&amp;Import list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="85" />
        <source>&amp;Enable/disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="86" />
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="87" />
        <source>&amp;Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="90" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="137" />
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="137" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="141" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="144" />
        <source>%n day(s): too old</source>
        <translation><numerusform>%n day: too old</numerusform><numerusform>%n days: too old</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="147" />
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="154" />
        <source>No watchlist loaded: documents are not screened. Import a list (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="157" />
        <source>Warning: older than %1 days: %2. Import a current version.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="161" />
        <source>%n list(s) loaded.</source>
        <translation><numerusform>%n list loaded.</numerusform><numerusform>%n lists loaded.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="193" />
        <source>Select a list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="195" />
        <source>Remove the list %1 (%2)? Documents will no longer be screened against it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="207" />
        <source>Remove watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="215" />
        <source>Import a watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="216" />
        <source>Watchlists (*.xml *.csv *.tsv *.txt *.json *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="226" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="234" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="244" />
        <source>Cancelling the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="260" />
        <source>%1 is already up to date (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="262" />
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="280" />
        <source>Imported %1, version %2: %3 entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="270" />
        <source>Import failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/watchlists_view.py" line="285" />
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="32" />
        <source>Camera capture needs the Qt Multimedia module (package pyside6-addons), which is not installed. Scan or photograph the document and open the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/camera.py" line="36" />
        <source>No camera detected. Connect a camera, or open a scanned file instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>chip</name>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="48" />
        <source>Reading a chip needs the PC/SC support (pyscard, the 'chip' extra) and a card reader; see docs/chip.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="51" />
        <source>The PC/SC service is not running (pcscd), so no card reader can be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/chip_dialog.py" line="53" />
        <source>No card reader is connected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="43" />
        <source>A file could not be found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="45" />
        <source>Permission denied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="47" />
        <source>The computer ran out of memory. Try a smaller image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="49" />
        <source>The details were written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="50" />
        <source>Something went wrong inside docverify and this action was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="66" />
        <source>docverify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/crash.py" line="67" />
        <source>You can keep working; if it happens again, restart docverify.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../desktop/docverify/app/finding_text.py" line="76" />
        <source>name {name!r}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/finding_text.py" line="77" />
        <source>'{query}' ~ '{listed}' ({how}, {similarity:.2f})</source>
        <translation type="unfinished" />
    </message>
<message><source>A digital seal was found but does not decode.</source><translation type="unfinished" /></message><message><source>A {symbol} barcode holds neither AAMVA data nor a digital seal.</source><translation type="unfinished" /></message><message><source>A {symbol} barcode was found but could not be decoded.</source><translation type="unfinished" /></message><message><source>AAMVA barcode decoded (issuer {iin}, version {version}).</source><translation type="unfinished" /></message><message><source>Active Authentication failed: the chip may be a clone</source><translation type="unfinished" /></message><message><source>Active Authentication passed: the chip holds the key of DG15</source><translation type="unfinished" /></message><message><source>An ID card's MRZ side usually carries no photo: the photo zone was not checked (check the portrait on the card's other side).</source><translation type="unfinished" /></message><message><source>Character {character!r} at line {line}, column {column} is not in the MRZ alphabet.</source><translation type="unfinished" /></message><message><source>Chip Authentication failed: the chip may be a clone ({detail})</source><translation type="unfinished" /></message><message><source>Chip Authentication not run: {detail}</source><translation type="unfinished" /></message><message><source>Chip Authentication passed: the chip holds the key of DG14 ({detail})</source><translation type="unfinished" /></message><message><source>DG{group} could not be read: {why}</source><translation type="unfinished" /></message><message><source>DG{group} does not match its hash in the signed EF.SOD: the data group was altered</source><translation type="unfinished" /></message><message><source>DG{group} was read but EF.SOD holds no hash for it</source><translation type="unfinished" /></message><message><source>Document code {document_code!r} is not valid for a {format} document (expected it to start with {allowed_or}).</source><translation type="unfinished" /></message><message><source>Document number {document_number} does not follow the format of {state} passports ({format}) (a format not yet confirmed by a public source).</source><translation type="unfinished" /></message><message><source>Document number {document_number} does not follow the format of {state} passports ({format}).</source><translation type="unfinished" /></message><message><source>Document number {document_number} is the number of a published specimen ({origin}).</source><translation type="unfinished" /></message><message><source>EF.DG1: damaged or truncated data group; the MRZ it holds cannot be read</source><translation type="unfinished" /></message><message><source>EF.SOD carries no document signer certificate</source><translation type="unfinished" /></message><message><source>Hint: part of the image has a different compression history from the rest; it may have been edited or pasted in.</source><translation type="unfinished" /></message><message><source>Hint: part of the image has a different compression history from the rest; it may have been edited or pasted in. The file was also saved by {editors}.</source><translation type="unfinished" /></message><message><source>Hint: the image shows a screen's moiré pattern; it may be a photo of a screen rather than of the document.</source><translation type="unfinished" /></message><message><source>Hint: the portrait carries a JPEG block grid the page around it lacks; the photo may have been pasted in from another image.</source><translation type="unfinished" /></message><message><source>Hint: the portrait does not share the page's compression history; the photo may have been pasted in from another image.</source><translation type="unfinished" /></message><message><source>ICAO Visible Digital Seal (document type {document_type}) issued by {country} (signer {signer}, certificate {certificate}); its signature is not verified.</source><translation type="unfinished" /></message><message><source>ICAO Visible Digital Seal (visa) issued by {country} (signer {signer}, certificate {certificate}); its signature is not verified.</source><translation type="unfinished" /></message><message><source>Issued {issue_date} and expiring {expiry_date}: {span:.1f} years, more than the {limit:g} years such a document is valid for.</source><translation type="unfinished" /></message><message><source>Issuing state {value!r} is neither an ISO 3166 code nor an ICAO code.</source><translation type="unfinished" /></message><message><source>Line {line} has {length} characters; {format} lines have {expected}.</source><translation type="unfinished" /></message><message><source>MRZ line {line} is too uneven to judge its characters one by one ({flagged} of {count} stand out).</source><translation type="unfinished" /></message><message><source>Nationality {value!r} is neither an ISO 3166 code nor an ICAO code.</source><translation type="unfinished" /></message><message><source>No CSCA certificates are loaded: the document signer cannot be traced to a state. Import a master list.</source><translation type="unfinished" /></message><message><source>No CSCA of the issuing state is loaded: the document signer is of an untrusted issuer</source><translation type="unfinished" /></message><message><source>No CSCA of {country} is loaded: the document signer is of an untrusted issuer</source><translation type="unfinished" /></message><message><source>No MRZ text was given: an MRZ is 3×30 (TD1), 2×36 (TD2, MRV-B) or 2×44 (TD3, MRV-A) characters.</source><translation type="unfinished" /></message><message><source>No data group was compared with EF.SOD: its signature was checked, not the chip data</source><translation type="unfinished" /></message><message><source>No face was found in the photo zone: the portrait may have been removed or covered.</source><translation type="unfinished" /></message><message><source>No machine-readable zone could be decoded: the data checks did not run.</source><translation type="unfinished" /></message><message><source>No printed text was found above the MRZ; the visual zone was not compared.</source><translation type="unfinished" /></message><message><source>Passport issued by {state_name} ({state}) to a holder of {nationality_name} ({nationality}) nationality: check the document type.</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (character class).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (check digit).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (composite check digit).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (document code).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (known state code).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (name separator).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (name spelling).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} (visual zone).</source><translation type="unfinished" /></message><message><source>Read {read!r} at line {line}, column {column} as {corrected!r} ({why}).</source><translation type="unfinished" /></message><message><source>Sex {value!r} is not M, F, X or '&lt;'.</source><translation type="unfinished" /></message><message><source>Similarity hint, chip face (DG2) against the printed photo: {score:.2f} (low: compare the two pictures). A grey-level comparison of the framed portraits, not face recognition: the officer compares the faces</source><translation type="unfinished" /></message><message><source>Similarity hint, chip face (DG2) against the printed photo: {score:.2f}. A grey-level comparison of the framed portraits, not face recognition: the officer compares the faces</source><translation type="unfinished" /></message><message><source>The CSCA is not valid on {date}</source><translation type="unfinished" /></message><message><source>The EF.SOD signature is not valid: {reason}</source><translation type="unfinished" /></message><message><source>The MRZ character {character!r} at line {line}, position {column} {what}: it may have been pasted in or retyped.</source><translation type="unfinished" /></message><message><source>The MRZ characters could not be separated; their typography was not checked.</source><translation type="unfinished" /></message><message><source>The MRZ typography was not checked: the OCR-B font is not installed.</source><translation type="unfinished" /></message><message><source>The MRZ typography was not checked: {error}.</source><translation type="unfinished" /></message><message><source>The MRZ typography was not checked: {font} is missing: install the fonts-ocr-b package.</source><translation type="unfinished" /></message><message><source>The barcode holds the {field_label} {value}, the MRZ {other}.</source><translation type="unfinished" /></message><message><source>The barcode holds the {field_label} {value}, the printed {other}.</source><translation type="unfinished" /></message><message><source>The birth date {birth_date} is in the future.</source><translation type="unfinished" /></message><message><source>The check {rule} failed and was skipped ({error}).</source><translation type="unfinished" /></message><message><source>The check {rule} returned something that is not a finding.</source><translation type="unfinished" /></message><message><source>The chip did not answer ({why}) although {state} has issued only ePassports since {since:%B %Y}; this passport expires {expiry}, so it was issued after that: check that the document lies on the reader and that the MRZ is right; a passport whose chip stays silent may have a damaged or replaced chip</source><translation type="unfinished" /></message><message><source>The chip's MRZ (DG1) differs from the printed MRZ</source><translation type="unfinished" /></message><message><source>The chip's MRZ (DG1) differs in length from the printed MRZ</source><translation type="unfinished" /></message><message><source>The chip's MRZ (DG1) equals the printed MRZ</source><translation type="unfinished" /></message><message><source>The compression-history map is uneven all over (a re-scaled or heavily compressed image); the largest uneven area is shown, but on its own it means little.</source><translation type="unfinished" /></message><message><source>The document expired on {expiry_date}, {ago} ago.</source><translation type="unfinished" /></message><message><source>The document expires ({expiry_date}) before the holder was born ({birth_date}).</source><translation type="unfinished" /></message><message><source>The document expires {ahead:.1f} years from today; a {document_code} document is valid for at most {limit:g} years.</source><translation type="unfinished" /></message><message><source>The document expires {ahead:.1f} years from today; a {document_code} document of {state} is valid for at most {limit:g} years.</source><translation type="unfinished" /></message><message><source>The document expires {ahead:.1f} years from today; a {document_code} document of {state} issued to a holder under {minor_under} is valid for at most {limit:g} years.</source><translation type="unfinished" /></message><message><source>The document signer certificate is not valid on {date}</source><translation type="unfinished" /></message><message><source>The document signer was not issued by any known CSCA of {country}</source><translation type="unfinished" /></message><message><source>The document signer's country differs from its CSCA's</source><translation type="unfinished" /></message><message><source>The file could not be read.</source><translation type="unfinished" /></message><message><source>The file was saved by image-editing software ({software}).</source><translation type="unfinished" /></message><message><source>The holder is {age}; a {document_code} document is issued from age {min_age}.</source><translation type="unfinished" /></message><message><source>The holder was not screened: the MRZ gives neither a name nor a document number.</source><translation type="unfinished" /></message><message><source>The holder would be {age} years old (born {birth_date}).</source><translation type="unfinished" /></message><message><source>The holder's name {surname} {given_names} is a specimen name: this is a specimen, not a real document.</source><translation type="unfinished" /></message><message><source>The image is greyscale: a photocopy or grey scan, not the document itself.</source><translation type="unfinished" /></message><message><source>The name field has {fillers} fillers inside the name: {name!r}.</source><translation type="unfinished" /></message><message><source>The name field holds the digit {character!r} at column {column}: names have no digits.</source><translation type="unfinished" /></message><message><source>The name field starts with a filler: {name!r}.</source><translation type="unfinished" /></message><message><source>The name fills the whole field as if truncated, but leaves unused fillers inside.</source><translation type="unfinished" /></message><message><source>The name fills the whole name field and was probably truncated.</source><translation type="unfinished" /></message><message><source>The photo zone could not be located (no MRZ position).</source><translation type="unfinished" /></message><message><source>The photo zone was not checked: the image is too small to find a face.</source><translation type="unfinished" /></message><message><source>The photo zone was not checked: the photo zone lies mostly outside the image.</source><translation type="unfinished" /></message><message><source>The printed issue date {issue_date} is before the birth date {birth_date}.</source><translation type="unfinished" /></message><message><source>The printed issue date {issue_date} is in the future.</source><translation type="unfinished" /></message><message><source>The printed issue date {issue_date} is not before the expiry date {expiry_date}.</source><translation type="unfinished" /></message><message><source>The printed {field_label} {printed!r} differs from the MRZ {mrz!r}.</source><translation type="unfinished" /></message><message><source>The same {what_label} was verified before (record #{record}, {date}) as {name}, born {birth}, {nationality}: {differ}.</source><translation type="unfinished" /></message><message><source>The seal's MRZ holds the name field {value!r}, the printed MRZ {other!r}.</source><translation type="unfinished" /></message><message><source>The seal's MRZ holds the {field_label} {value!r}, the printed MRZ {other!r}.</source><translation type="unfinished" /></message><message><source>The text is {total} characters long; an MRZ has at most 90.</source><translation type="unfinished" /></message><message><source>The visual zone was not compared: the MRZ itself already alerts.</source><translation type="unfinished" /></message><message><source>The visual zone was not compared: {reason}.</source><translation type="unfinished" /></message><message><source>The {field_label} check digit is {digit!r} but the data give {expected!r}.</source><translation type="unfinished" /></message><message><source>The {field_label} check digit {digit!r} cannot be verified: its data hold a character outside the MRZ alphabet.</source><translation type="unfinished" /></message><message><source>The {field_label} is {value!r}, the specimen state of ICAO Doc 9303: this is a specimen, not a real document.</source><translation type="unfinished" /></message><message><source>The {field_label} {value!r} is not a calendar date.</source><translation type="unfinished" /></message><message><source>The {field_label} {value!r} is only partly known.</source><translation type="unfinished" /></message><message><source>This is not an MRZ: {lines} line(s) of {shape} characters; expected 3×30 (TD1), 2×36 (TD2, MRV-B) or 2×44 (TD3, MRV-A).</source><translation type="unfinished" /></message><message><source>Watchlist ({band_label}): {name}.</source><translation type="unfinished" /></message><message><source>Watchlist screening failed: {error}</source><translation type="unfinished" /></message><message><source>a weak alias alone, no exact birth date or document number confirming it: at most a review</source><translation type="unfinished" /></message><message><source>about {year}</source><translation type="unfinished" /></message><message><source>alert</source><translation type="unfinished" /></message><message><source>birth date '{value}' is not a calendar date</source><translation type="unfinished" /></message><message><source>birth date '{value}': use YYYY-MM-DD or YYYY</source><translation type="unfinished" /></message><message><source>birth date {query} conflicts with the listed {listed}: possible namesake</source><translation type="unfinished" /></message><message><source>birth date {query} matches the listed {listed} exactly</source><translation type="unfinished" /></message><message><source>birth year {year} is within the listed {listed}</source><translation type="unfinished" /></message><message><source>birth year {year} matches the listed {listed}</source><translation type="unfinished" /></message><message><source>birth year {year} matches the listed {listed}; {query} is the listed date with day and month swapped</source><translation type="unfinished" /></message><message><source>close Korean reading</source><translation type="unfinished" /></message><message><source>document number {number} matches the listed {listed} exactly: alert whatever the name</source><translation type="unfinished" /></message><message><source>does not have the shape of the OCR-B character</source><translation type="unfinished" /></message><message><source>exact</source><translation type="unfinished" /></message><message><source>give a name or a document number to screen</source><translation type="unfinished" /></message><message><source>initial</source><translation type="unfinished" /></message><message><source>is not the size of the other characters</source><translation type="unfinished" /></message><message><source>is off the line's fixed pitch</source><translation type="unfinished" /></message><message><source>joined/split given names</source><translation type="unfinished" /></message><message><source>listed parts not in the query (a company's words count in full): {parts}</source><translation type="unfinished" /></message><message><source>listed parts not in the query (cost little): {parts}</source><translation type="unfinished" /></message><message><source>name {name!r}: {matches}</source><translation type="unfinished" /></message><message><source>namesake</source><translation type="unfinished" /></message><message><source>nationality '{value}': use an ISO 3166 alpha-3 code such as PRK</source><translation type="unfinished" /></message><message><source>nationality {query} differs from the listed {listed}</source><translation type="unfinished" /></message><message><source>nationality {query} matches</source><translation type="unfinished" /></message><message><source>no birth date given</source><translation type="unfinished" /></message><message><source>no birth date on the list: birth date not checked</source><translation type="unfinished" /></message><message><source>only a common name part matches: at most a review</source><translation type="unfinished" /></message><message><source>only one or two short name parts match and no birth date agrees: at most a review</source><translation type="unfinished" /></message><message><source>query parts not in this name: {parts}</source><translation type="unfinished" /></message><message><source>review</source><translation type="unfinished" /></message><message><source>runs into its neighbour, which fixed-pitch OCR-B never does</source><translation type="unfinished" /></message><message><source>same Abd name, shortened to the name of God it holds (Abdelkader ~ Kader)</source><translation type="unfinished" /></message><message><source>same Arabic letter written j or g (Egyptian usage)</source><translation type="unfinished" /></message><message><source>same Arabic letter written th/s, dh/z or d/z</source><translation type="unfinished" /></message><message><source>same Korean reading</source><translation type="unfinished" /></message><message><source>same consonants</source><translation type="unfinished" /></message><message><source>same consonants as Arabic writes them</source><translation type="unfinished" /></message><message><source>same consonants, one short vowel written another way</source><translation type="unfinished" /></message><message><source>same family name, with the Hadrami prefix Ba- (Ba'abud ~ Abud)</source><translation type="unfinished" /></message><message><source>same name in Belarusian and Russian romanisation</source><translation type="unfinished" /></message><message><source>same name in Somali spelling (c for ayn, x for h)</source><translation type="unfinished" /></message><message><source>same name in another Slavic romanisation</source><translation type="unfinished" /></message><message><source>same name, Abd/Abu written another way</source><translation type="unfinished" /></message><message><source>same name, the diminutive written the colloquial way (Sweid, Hemaida, Grein)</source><translation type="unfinished" /></message><message><source>same name, voweled the regional way (Yusuf, Youssef, Yusif, Youcef)</source><translation type="unfinished" /></message><message><source>same name, vowels written e/i, e/a, o/u, ai/ay/ei or aw/au/o</source><translation type="unfinished" /></message><message><source>same sound</source><translation type="unfinished" /></message><message><source>short form of the same given name</source><translation type="unfinished" /></message><message><source>sits off the line's baseline</source><translation type="unfinished" /></message><message><source>spelling variant</source><translation type="unfinished" /></message><message><source>spelling variant (Slavic romanisations)</source><translation type="unfinished" /></message><message><source>the article al- written joined</source><translation type="unfinished" /></message><message><source>the birth date agrees and the name is the head of the listed one (given, father's, grandfather's names): the rest cost little</source><translation type="unfinished" /></message><message><source>the birth date agrees: the name parts in common count without the others</source><translation type="unfinished" /></message><message><source>the name after Abd/Abu</source><translation type="unfinished" /></message><message><source>the watchlists changed during the screening (an import or a removal); screen again</source><translation type="unfinished" /></message><message><source>the {first_label} differs</source><translation type="unfinished" /></message><message><source>the {first_label}, {second_label} differ</source><translation type="unfinished" /></message><message><source>the {first_label}, {second_label}, {third_label} differ</source><translation type="unfinished" /></message><message><source>weak alias: the list marks this name low quality</source><translation type="unfinished" /></message><message><source>{days} day</source><translation type="unfinished" /></message><message><source>{days} days</source><translation type="unfinished" /></message><message><source>{error}</source><translation type="unfinished" /></message><message><source>{faces} portrait-sized faces on the document where one belongs: a photo may have been pasted on.</source><translation type="unfinished" /></message><message><source>{file}: not a CSCA master list (damaged or another kind of file)</source><translation type="unfinished" /></message><message><source>{file}: not an EF.SOD file (damaged or another kind of file)</source><translation type="unfinished" /></message><message><source>{file}: not an LDS data group (it does not start as one); if it is one, rename the file EF_DGn.bin, n being its number, and add it again</source><translation type="unfinished" /></message><message><source>{file}: not an X.509 certificate (damaged or another kind of file)</source><translation type="unfinished" /></message><message><source>{file}: the file is empty, not a data group</source><translation type="unfinished" /></message><message><source>{file}: the master list's own signature does not verify</source><translation type="unfinished" /></message><message><source>{first} and {second}</source><translation type="unfinished" /></message><message><source>{months} months</source><translation type="unfinished" /></message><message><source>{path}: a PDF page could not be rendered ({error})</source><translation type="unfinished" /></message><message><source>{path}: cannot be read ({error})</source><translation type="unfinished" /></message><message><source>{path}: is a folder, not a file</source><translation type="unfinished" /></message><message><source>{path}: no such file</source><translation type="unfinished" /></message><message><source>{path}: not a regular file (a pipe or a device)</source><translation type="unfinished" /></message><message><source>{path}: not an image or PDF file (JPEG, PNG, TIFF, BMP, WebP, HEIC or PDF)</source><translation type="unfinished" /></message><message><source>{path}: refused as a possible decompression bomb ({error})</source><translation type="unfinished" /></message><message><source>{path}: the PDF file is damaged or truncated ({error})</source><translation type="unfinished" /></message><message><source>{path}: the PDF has no pages</source><translation type="unfinished" /></message><message><source>{path}: the file is empty</source><translation type="unfinished" /></message><message><source>{path}: the {kind} file holds no image</source><translation type="unfinished" /></message><message><source>{path}: the {kind} file is damaged or truncated ({error})</source><translation type="unfinished" /></message><message><source>{path}: the {kind} file needs more memory than there is</source><translation type="unfinished" /></message><message><source>{path}: {mb} MB is more than the {limit} MB limit</source><translation type="unfinished" /></message><message><source>{path}: {width}×{height} pixels is more than the {limit} megapixel limit (refused unread, as a possible decompression bomb)</source><translation type="unfinished" /></message><message><source>{path}: {width}×{height} pixels is too small to hold a document</source><translation type="unfinished" /></message><message><source>{source}: no machine-readable zone found</source><translation type="unfinished" /></message><message><source>{source}: no machine-readable zone found in the first {read} of its {total} pages (docverify reads at most {read} pages of a file: give the page with the MRZ on its own)</source><translation type="unfinished" /></message><message><source>{years} years</source><translation type="unfinished" /></message><message><source>{years} years {months} months</source><translation type="unfinished" /></message><message><source>composite</source><translation type="unfinished" /></message><message><source>date of birth</source><translation type="unfinished" /></message><message><source>date of expiry</source><translation type="unfinished" /></message><message><source>date of issue</source><translation type="unfinished" /></message><message><source>document code</source><translation type="unfinished" /></message><message><source>document number</source><translation type="unfinished" /></message><message><source>given names</source><translation type="unfinished" /></message><message><source>issuing state</source><translation type="unfinished" /></message><message><source>name</source><translation type="unfinished" /></message><message><source>nationality</source><translation type="unfinished" /></message><message><source>optional data</source><translation type="unfinished" /></message><message><source>portrait</source><translation type="unfinished" /></message><message><source>sex</source><translation type="unfinished" /></message><message><source>surname</source><translation type="unfinished" /></message></context>
<context>
    <name>history</name>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="45" />
        <source>Screening record #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="46" />
        <source>Verification record #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="53" />
        <source>Personal data redacted on %1; the record keeps only codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="66" />
        <source>This record was altered: some of its fields cannot be read (the audit trail's status below the list names the first broken record).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/record_report.py" line="73" />
        <source>Screened by hand: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../desktop/docverify/app/jobs.py" line="75" />
        <source>The docverify OCR model is missing; tesseract was used instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="95" />
        <source>Document type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="96" />
        <source>Issuing state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="97" />
        <source>Document number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="98" />
        <source>Surname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="99" />
        <source>Given names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="100" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="101" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="102" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="103" />
        <source>Date of expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="111" />
        <source>more in the JSON report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="119" />
        <location filename="../../desktop/docverify/app/report.py" line="180" />
        <source>docverify verification report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="120" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="121" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="122" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="123" />
        <source>OCR engine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="124" />
        <source>Watchlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="125" />
        <source>Corrected by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="126" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="127" />
        <source>Watchlist hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/report.py" line="128" />
        <source>Reading problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="46" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="47" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="48" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="54" />
        <source>CLEAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="55" />
        <source>REVIEW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="56" />
        <source>ALERT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="62" />
        <source>No problem found. The document can be accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="63" />
        <source>Something needs a closer look before the document is accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="64" />
        <source>Do not accept the document; follow the alert procedure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/docverify/app/style.py" line="70" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>