<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About micdesk</source>
        <translation>About micdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This installation signs final returns with key %1.</source>
        <translation>This installation signs final returns with key %1.</translation>
    </message>
</context>
<context>
    <name>AreaForm</name>
    <message>
        <source>Context of this work-plan row</source>
        <translation>Context of this work-plan row</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>UNIDO tools</source>
        <translation>UNIDO tools</translation>
    </message>
    <message>
        <source>Role of MIC governments</source>
        <translation>Role of MIC governments</translation>
    </message>
    <message>
        <source>Main outcomes</source>
        <translation>Main outcomes</translation>
    </message>
    <message>
        <source>UNIDO MIC-specific outputs</source>
        <translation>UNIDO MIC-specific outputs</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>Success indicators</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>%1: %2 of %3 cells filled, %4, %5</source>
        <translation>%1: %2 of %3 cells filled, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskContributorDialog</name>
    <message>
        <source>Ask a contributor</source>
        <translation>Ask a contributor</translation>
    </message>
    <message>
        <source>&amp;Whom to ask:</source>
        <translation>&amp;Whom to ask:</translation>
    </message>
    <message>
        <source>e.g. Ministry of Environment</source>
        <translation>e.g. Ministry of Environment</translation>
    </message>
    <message>
        <source>&amp;Indicators they report on:</source>
        <translation>&amp;Indicators they report on:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Contributor workbook</translation>
    </message>
    <message>
        <source>&amp;Write the workbook</source>
        <translation>&amp;Write the workbook</translation>
    </message>
    <message>
        <source>Say whom you ask (a ministry or office).</source>
        <translation>Say whom you ask (a ministry or office).</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>Tick at least one indicator.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Written: %1. Send it to %2; load it back when it returns.</source>
        <translation>Written: %1. Send it to %2; load it back when it returns.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong (%1). The details are in the log: Help → Open the log folder.</source>
        <translation>Something went wrong (%1). The details are in the log: Help → Open the log folder.</translation>
    </message>
</context>
<context>
    <name>BreakdownGrid</name>
    <message>
        <source>paste into the breakdown</source>
        <translation>paste into the breakdown</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) fell outside the breakdown and were left out</source>
        <translation>
            <numerusform>%Ln value fell outside the breakdown and was left out</numerusform>
            <numerusform>%Ln values fell outside the breakdown and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) could not be read as numbers</source>
        <translation>
            <numerusform>%Ln value could not be read as a number</numerusform>
            <numerusform>%Ln values could not be read as numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 of %Ln value(s): %2.</source>
        <translation>
            <numerusform>Pasted %1 of %Ln value: %2.</numerusform>
            <numerusform>Pasted %1 of %Ln values: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>The country you report on. Type part of its name, in this language or in English, or its ISO code.</source>
        <translation>The country you report on. Type part of its name, in this language or in English, or its ISO code.</translation>
    </message>
    <message>
        <source>No country matches: type part of its name or its code.</source>
        <translation>No country matches: type part of its name or its code.</translation>
    </message>
    <message>
        <source>Choose your country in the list to go on.</source>
        <translation>Choose your country in the list to go on.</translation>
    </message>
    <message>
        <source>e.g. %1, Kenya or KEN</source>
        <translation>e.g. %1, Kenya or KEN</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Search countries</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>micdesk: the data file is damaged</source>
        <translation>micdesk: the data file is damaged</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>The newest good backup is from %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>There is no good backup to restore.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</source>
        <translation>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</translation>
    </message>
    <message>
        <source>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</source>
        <translation>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restore the newest backup</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>DisaggregationModel</name>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</source>
        <translation>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>the data folder cannot be written to</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>the disk reported an error</translation>
    </message>
    <message>
        <source>the disk refused it (%1)</source>
        <translation>the disk refused it (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>Export %1 %2</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>&amp;Draft — can be written at any time; says DRAFT on its cover</source>
        <translation>&amp;Draft — can be written at any time; says DRAFT on its cover</translation>
    </message>
    <message>
        <source>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</source>
        <translation>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>Export submission</source>
        <translation>Export submission</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF of the exported workbook, to print and sign: the same rows and hash.</source>
        <translation>A PDF of the exported workbook, to print and sign: the same rows and hash.</translation>
    </message>
    <message>
        <source>Export first: the PDF shows the exported workbook, with its hash.</source>
        <translation>Export first: the PDF shows the exported workbook, with its hash.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>Cop&amp;y path</translation>
    </message>
    <message>
        <source>Open the por&amp;tal</source>
        <translation>Open the por&amp;tal</translation>
    </message>
    <message>
        <source>%1 of %2 values filled (%3%).</source>
        <translation>%1 of %2 values filled (%3%).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) to fix.</source>
        <translation>
            <numerusform>%Ln error to fix.</numerusform>
            <numerusform>%Ln errors to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain in a comment.</source>
        <translation>
            <numerusform>%Ln warning to explain in a comment.</numerusform>
            <numerusform>%Ln warnings to explain in a comment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill, or to explain for a final export.</source>
        <translation>
            <numerusform>%Ln required value to fill, or to explain for a final export.</numerusform>
            <numerusform>%Ln required values to fill, or to explain for a final export.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final export needs every error fixed and every warning explained: %1</source>
        <translation>A final export needs every error fixed and every warning explained: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) left.</source>
        <translation>
            <numerusform>%Ln error left.</numerusform>
            <numerusform>%Ln errors left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) left.</source>
        <translation>
            <numerusform>%Ln warning left.</numerusform>
            <numerusform>%Ln warnings left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>“%1” exists already in %2. Replace it?</source>
        <translation>“%1” exists already in %2. Replace it?</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>UNIDO&apos;s questions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</source>
        <translation>
            <numerusform>%Ln of UNIDO&apos;s questions about this return is not answered. Answer it beside its field first, or mark it “will answer later” and export now?</numerusform>
            <numerusform>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “will answer later” and export</source>
        <translation>Mark “will answer later” and export</translation>
    </message>
    <message>
        <source>Answer them first</source>
        <translation>Answer them first</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Exported revision %1 (%2) to %3.</source>
        <translation>Exported revision %1 (%2) to %3.</translation>
    </message>
    <message>
        <source>Removed characters that Excel cannot hold: %1</source>
        <translation>Removed characters that Excel cannot hold: %1</translation>
    </message>
    <message>
        <source>Next step: your file is “%1” in the folder %2.</source>
        <translation>Next step: your file is “%1” in the folder %2.</translation>
    </message>
    <message>
        <source>Upload this file to %1, as it is: do not open and re-save it in Excel.</source>
        <translation>Upload this file to %1, as it is: do not open and re-save it in Excel.</translation>
    </message>
    <message>
        <source>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</source>
        <translation>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Nothing was written. %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF (%Ln page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the PDF (%Ln page) to %1.</numerusform>
            <numerusform>Saved the PDF (%Ln pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFindingsModel</name>
    <message>
        <source>Error in %1: %2</source>
        <translation>Error in %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Warning in %1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Comment (explains a warning)</source>
        <translation>Comment (explains a warning)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To do in %1: enter the figure, or NA, NE or C.</source>
        <translation>To do in %1: enter the figure, or NA, NE or C.</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Error in %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Warning in %1: %2</translation>
    </message>
    <message>
        <source>Explained in %1: %2</source>
        <translation>Explained in %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to micdesk</source>
        <translation>Welcome to micdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FocalPointPage</name>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</source>
        <translation>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <source>Shown on the cover of every submission you export.</source>
        <translation>Shown on the cover of every submission you export.</translation>
    </message>
    <message>
        <source>Focal point na&amp;me:</source>
        <translation>Focal point na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Focal point name</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>FormatLocaleDialog</name>
    <message>
        <source>Number and date format</source>
        <translation>Number and date format</translation>
    </message>
    <message>
        <source>&amp;Write numbers and dates as in:</source>
        <translation>&amp;Write numbers and dates as in:</translation>
    </message>
    <message>
        <source>Automatic: as the system (%1)</source>
        <translation>Automatic: as the system (%1)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</source>
        <translation>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>micdesk user guide</source>
        <translation>micdesk user guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>&amp;Reword the reason of the latest changes…</source>
        <translation>&amp;Reword the reason of the latest changes…</translation>
    </message>
    <message>
        <source>Changes of %1, oldest first:</source>
        <translation>Changes of %1, oldest first:</translation>
    </message>
    <message>
        <source>%1 has not been changed yet.</source>
        <translation>%1 has not been changed yet.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <source>micdesk — UNIDO: consolidate returns</source>
        <translation>micdesk — UNIDO: consolidate returns</translation>
    </message>
    <message>
        <source>Returns &amp;folder:</source>
        <translation>Returns &amp;folder:</translation>
    </message>
    <message>
        <source>A folder of returns (.xlsx); you can drop it here</source>
        <translation>A folder of returns (.xlsx); you can drop it here</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Accept &amp;edited files</source>
        <translation>Accept &amp;edited files</translation>
    </message>
    <message>
        <source>Also consolidate files changed by hand after export (still marked edited)</source>
        <translation>Also consolidate files changed by hand after export (still marked edited)</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>&amp;Consolidate</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>&amp;Open the consolidated workbook</source>
        <translation>&amp;Open the consolidated workbook</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Check a template</source>
        <translation>Check a template</translation>
    </message>
    <message>
        <source>Filter by file, country, period or reason</source>
        <translation>Filter by file, country, period or reason</translation>
    </message>
    <message>
        <source>A template workbook an author is editing</source>
        <translation>A template workbook an author is editing</translation>
    </message>
    <message>
        <source>Check a &amp;template…</source>
        <translation>Check a &amp;template…</translation>
    </message>
    <message>
        <source>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</source>
        <translation>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>outdated</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>Folder of returns</source>
        <translation>Folder of returns</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder of returns.</source>
        <translation>“%1” is not a folder: choose the folder of returns.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Reading the returns…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>None of the files is a readable micdesk return; nothing was written.</source>
        <translation>None of the files is a readable micdesk return; nothing was written.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>The workbook could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.</source>
        <translation>
            <numerusform>%Ln file read, %1 consolidated, %2 not ok; written to %3.</numerusform>
            <numerusform>%Ln files read, %1 consolidated, %2 not ok; written to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: template “%1” version %2, %Ln indicator(s).</source>
        <translation>
            <numerusform>Valid: template “%1” version %2, %Ln indicator.</numerusform>
            <numerusform>Valid: template “%1” version %2, %Ln indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%1 of %2 yes</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Template workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>The workbook cannot be read: %1</translation>
    </message>
    <message>
        <source>Problems found: %1. The template cannot be imported as it is.</source>
        <translation>Problems found: %1. The template cannot be imported as it is.</translation>
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
        <translation>Value:</translation>
    </message>
    <message>
        <source>Hint, breakdown, comment, source, follow-up, trend and history</source>
        <translation>Hint, breakdown, comment, source, follow-up, trend and history</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>%1 details</translation>
    </message>
    <message>
        <source>Blank is not zero: choose NA, NE or C when there is no figure.</source>
        <translation>Blank is not zero: choose NA, NE or C when there is no figure.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</source>
        <translation>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 value</translation>
    </message>
    <message>
        <source>%1 notation key</source>
        <translation>%1 notation key</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>%1 comment</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 source</translation>
    </message>
    <message>
        <source>%1 follow up</source>
        <translation>%1 follow up</translation>
    </message>
    <message>
        <source>%1 breakdown</source>
        <translation>%1 breakdown</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Previous period (%1): %2</translation>
    </message>
    <message>
        <source>Prev. (%1): %2</source>
        <translation>Prev. (%1): %2</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>Baseline (%1): %2</translation>
    </message>
    <message>
        <source>Base. (%1): %2</source>
        <translation>Base. (%1): %2</translation>
    </message>
    <message>
        <source>Tgt. (%1): %2</source>
        <translation>Tgt. (%1): %2</translation>
    </message>
    <message>
        <source>Details •</source>
        <translation>Details •</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>To explain</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>Target (%1): %2</translation>
    </message>
    <message>
        <source>No figure?</source>
        <translation>No figure?</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (converted to this version)</source>
        <translation>Previous period (%1): %2 (converted to this version)</translation>
    </message>
    <message>
        <source>Enter the breakdown: the cells must add up to the total.</source>
        <translation>Enter the breakdown: the cells must add up to the total.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1: it does not match the total %2.</source>
        <translation>The breakdown adds up to %1: it does not match the total %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1.</source>
        <translation>The breakdown adds up to %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it like %2, or NA, NE or C.</source>
        <translation>“%1” is not a number. Type it like %2, or NA, NE or C.</translation>
    </message>
    <message>
        <source>Enter a whole number, not %1.</source>
        <translation>Enter a whole number, not %1.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language micdesk speaks and shows the work plan in.</source>
        <translation>The language micdesk speaks and shows the work plan in.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>LoadContributionDialog</name>
    <message>
        <source>Load a contributor&apos;s workbook</source>
        <translation>Load a contributor&apos;s workbook</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Contributor workbook</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Load the valid values</source>
        <translation>&amp;Load the valid values</translation>
    </message>
    <message>
        <source>Where a value differs from yours:</source>
        <translation>Where a value differs from yours:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: not back yet</source>
        <translation>Asked of %1 on %2: not back yet</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: back on %3</source>
        <translation>Asked of %1 on %2: back on %3</translation>
    </message>
    <message>
        <source>No contributor has been asked yet.</source>
        <translation>No contributor has been asked yet.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Nothing was loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.</source>
        <translation>
            <numerusform>From %1: %Ln value to load, %2 invalid, %3 differ from yours.</numerusform>
            <numerusform>From %1: %Ln values to load, %2 invalid, %3 differ from yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid cells (not loaded)</source>
        <translation>Invalid cells (not loaded)</translation>
    </message>
    <message>
        <source>Values that differ from yours</source>
        <translation>Values that differ from yours</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>New values</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) from %1.</source>
        <translation>
            <numerusform>Loaded %Ln value from %1.</numerusform>
            <numerusform>Loaded %Ln values from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Load a submission</source>
        <translation>Load a submission</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>Submission workbook</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <source>The file was edited after export. Load it anyway (every change is listed above).</source>
        <translation>The file was edited after export. Load it anyway (every change is listed above).</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Keep all mine</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>&amp;Take all theirs</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Changes and conflicts</translation>
    </message>
    <message>
        <source>Choose a submission workbook: nothing changes until you load it.</source>
        <translation>Choose a submission workbook: nothing changes until you load it.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.</source>
        <translation>
            <numerusform>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value, %7, %8.</numerusform>
            <numerusform>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new values, %7, %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already the same</source>
        <translation>
            <numerusform>%Ln already the same</numerusform>
            <numerusform>%Ln already the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) and %1; %2; %3.</source>
        <translation>
            <numerusform>Loaded %Ln value and %1; %2; %3.</numerusform>
            <numerusform>Loaded %Ln values and %1; %2; %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln narrative(s)</source>
        <translation>
            <numerusform>%Ln narrative</numerusform>
            <numerusform>%Ln narratives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln of yours</source>
        <translation>
            <numerusform>kept %Ln of yours</numerusform>
            <numerusform>kept %Ln of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln row could not be loaded</numerusform>
            <numerusform>%Ln rows could not be loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was exported on template version %1; version %2 is installed.</source>
        <translation>The file was exported on template version %1; version %2 is installed.</translation>
    </message>
    <message>
        <source>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</source>
        <translation>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Nothing was loaded: %1</translation>
    </message>
</context>
<context>
    <name>LoadPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (comment: %2)</source>
        <translation>%1 (comment: %2)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>%1 narrative: %2</source>
        <translation>%1 narrative: %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Mine (this computer)</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>Theirs (the file)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>LoadReviewDialog</name>
    <message>
        <source>Load a UNIDO review</source>
        <translation>Load a UNIDO review</translation>
    </message>
    <message>
        <source>&amp;Review workbook:</source>
        <translation>&amp;Review workbook:</translation>
    </message>
    <message>
        <source>UNIDO review workbook</source>
        <translation>UNIDO review workbook</translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>Review workbook</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Kee&amp;p the questions to answer</source>
        <translation>Kee&amp;p the questions to answer</translation>
    </message>
    <message>
        <source>The review was edited after UNIDO wrote it: &amp;load it anyway</source>
        <translation>The review was edited after UNIDO wrote it: &amp;load it anyway</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>UNIDO&apos;s questions</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Nothing was loaded: %1</translation>
    </message>
    <message>
        <source>Keep the questions to answer them beside their fields.</source>
        <translation>Keep the questions to answer them beside their fields.</translation>
    </message>
    <message numerus="yes">
        <source>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question(s).</source>
        <translation>
            <numerusform>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question.</numerusform>
            <numerusform>UNIDO&apos;s questions about %1 %2, revision %3: %Ln questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) from UNIDO to answer in %1 %2.</source>
        <translation>
            <numerusform>%Ln question from UNIDO to answer in %1 %2.</numerusform>
            <numerusform>%Ln questions from UNIDO to answer in %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Number and &amp;date format…</source>
        <translation>Number and &amp;date format…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>What&apos;s &amp;this?</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>&amp;Problems panel</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>&amp;Country: </source>
        <translation>&amp;Country: </translation>
    </message>
    <message>
        <source> &amp;Period: </source>
        <translation> &amp;Period: </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Work-plan rows</source>
        <translation>Work-plan rows</translation>
    </message>
    <message>
        <source>Read-only: the data file is damaged. Export what you need, then restore a backup.</source>
        <translation>Read-only: the data file is damaged. Export what you need, then restore a backup.</translation>
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
        <translation>%1 is outside the periods you can start: from %2 to %3.</translation>
    </message>
    <message>
        <source>There is no submission for %1 %2 yet. Start an empty one?</source>
        <translation>There is no submission for %1 %2 yet. Start an empty one?</translation>
    </message>
    <message>
        <source>Start a new period?</source>
        <translation>Start a new period?</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave a field.</source>
        <translation>Every change is saved as soon as you leave a field.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled (%3%)</source>
        <translation>%1 of %2 cells filled (%3%)</translation>
    </message>
    <message>
        <source>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</source>
        <translation>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Changes saved by another program were loaded.</source>
        <translation>Changes saved by another program were loaded.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Pro&amp;gress made in the period</source>
        <translation>Pro&amp;gress made in the period</translation>
    </message>
    <message>
        <source>Ch&amp;allenges met</source>
        <translation>Ch&amp;allenges met</translation>
    </message>
    <message>
        <source>Support &amp;needed from UNIDO</source>
        <translation>Support &amp;needed from UNIDO</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>At most %1 characters: shorten the text to save it.</source>
        <translation>At most %1 characters: shorten the text to save it.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>The period you report on now; you can switch periods later.</source>
        <translation>The period you report on now; you can switch periods later.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
</context>
<context>
    <name>QueryItem</name>
    <message>
        <source>UNIDO asks: %1</source>
        <translation>UNIDO asks: %1</translation>
    </message>
    <message>
        <source>UNIDO saw: %1</source>
        <translation>UNIDO saw: %1</translation>
    </message>
    <message>
        <source>changed since: now %1</source>
        <translation>changed since: now %1</translation>
    </message>
    <message>
        <source>Your answer (or correct the value and press Answer)</source>
        <translation>Your answer (or correct the value and press Answer)</translation>
    </message>
    <message>
        <source>Answer to UNIDO</source>
        <translation>Answer to UNIDO</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Change answer</translation>
    </message>
    <message>
        <source>Will answer later</source>
        <translation>Will answer later</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history, where you can reword it):</source>
        <translation>&amp;Reason (kept in the history, where you can reword it):</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>made by a micdesk whose data format is version %1</source>
        <translation>made by a micdesk whose data format is version %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</source>
        <translation>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</source>
        <translation>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%1 of %Ln country(ies) reported (%2 %)</source>
        <translation>
            <numerusform>%1 of %Ln country reported (%2 %)</numerusform>
            <numerusform>%1 of %Ln countries reported (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Save my public key…</translation>
    </message>
    <message>
        <source>&amp;Make a new key pair…</source>
        <translation>&amp;Make a new key pair…</translation>
    </message>
    <message>
        <source>UNIDO template keys trusted here</source>
        <translation>UNIDO template keys trusted here</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>&amp;Trust a key file…</translation>
    </message>
    <message>
        <source>&amp;Accept only templates signed by UNIDO</source>
        <translation>&amp;Accept only templates signed by UNIDO</translation>
    </message>
    <message>
        <source>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</source>
        <translation>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (revoked)</translation>
    </message>
    <message>
        <source>None: templates are checked for changes, not for who signed them.</source>
        <translation>None: templates are checked for changes, not for who signed them.</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>Save my public key</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>The key was not saved: %1</translation>
    </message>
    <message>
        <source>Saved your public key to %1.</source>
        <translation>Saved your public key to %1.</translation>
    </message>
    <message>
        <source>Make a new key pair</source>
        <translation>Make a new key pair</translation>
    </message>
    <message>
        <source>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</source>
        <translation>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</translation>
    </message>
    <message>
        <source>New key pair made: save your new public key for UNIDO.</source>
        <translation>New key pair made: save your new public key for UNIDO.</translation>
    </message>
    <message>
        <source>Trust a UNIDO key</source>
        <translation>Trust a UNIDO key</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key; nothing was changed.</source>
        <translation>%1 is not an Ed25519 public key; nothing was changed.</translation>
    </message>
    <message>
        <source>Templates signed by key %1 are now trusted.</source>
        <translation>Templates signed by key %1 are now trusted.</translation>
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
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Opening the data file…</translation>
    </message>
</context>
<context>
    <name>SubmissionPdf</name>
    <message>
        <source>FINAL — submitted to UNIDO</source>
        <translation>FINAL — submitted to UNIDO</translation>
    </message>
    <message>
        <source>DRAFT — work in progress, not a submission to UNIDO</source>
        <translation>DRAFT — work in progress, not a submission to UNIDO</translation>
    </message>
    <message>
        <source>UNIDO–MIC work plan submission</source>
        <translation>UNIDO–MIC work plan submission</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cells)</source>
        <translation>%1% (%2 of %3 cells)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exported at (UTC)</translation>
    </message>
    <message>
        <source>Submission UUID</source>
        <translation>Submission UUID</translation>
    </message>
    <message>
        <source>micdesk version</source>
        <translation>micdesk version</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 of the data</translation>
    </message>
    <message>
        <source>Signed by installation key</source>
        <translation>Signed by installation key</translation>
    </message>
    <message>
        <source>Notation keys: %1. A blank cell was not reported.</source>
        <translation>Notation keys: %1. A blank cell was not reported.</translation>
    </message>
    <message>
        <source>Approved for submission to UNIDO</source>
        <translation>Approved for submission to UNIDO</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Completeness: %1% (%2 of %3 cells)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Support needed from UNIDO</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Open problems (%1)</source>
        <translation>Open problems (%1)</translation>
    </message>
    <message>
        <source>Open problems: none</source>
        <translation>Open problems: none</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusLine</name>
    <message>
        <source>Reword…</source>
        <translation>Reword…</translation>
    </message>
    <message>
        <source>Reword the reason given for the changes since the export</source>
        <translation>Reword the reason given for the changes since the export</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>Not exported yet</translation>
    </message>
    <message>
        <source>Final r%1, exported %2</source>
        <translation>Final r%1, exported %2</translation>
    </message>
    <message>
        <source>Draft r%1, exported %2</source>
        <translation>Draft r%1, exported %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since</source>
        <translation>
            <numerusform>%Ln change since</numerusform>
            <numerusform>%Ln changes since</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since</source>
        <translation>no change since</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln warning to explain</numerusform>
            <numerusform>%Ln warnings to explain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill</source>
        <translation>
            <numerusform>%Ln required value to fill</numerusform>
            <numerusform>%Ln required values to fill</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>nothing left to fix</translation>
    </message>
    <message>
        <source>Reason: “%1”</source>
        <translation>Reason: “%1”</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a template update</source>
        <translation>Import a template update</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Template workbook</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Apply the update</source>
        <translation>&amp;Apply the update</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</source>
        <translation>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</translation>
    </message>
    <message>
        <source>Signed by UNIDO key %1.</source>
        <translation>Signed by UNIDO key %1.</translation>
    </message>
    <message>
        <source>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</source>
        <translation>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</translation>
    </message>
    <message>
        <source>“%1” version %2 is a new template; it will be installed beside yours.</source>
        <translation>“%1” version %2 is a new template; it will be installed beside yours.</translation>
    </message>
    <message>
        <source>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</source>
        <translation>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</translation>
    </message>
    <message>
        <source>Areas added</source>
        <translation>Areas added</translation>
    </message>
    <message>
        <source>Areas removed</source>
        <translation>Areas removed</translation>
    </message>
    <message>
        <source>Areas relabelled</source>
        <translation>Areas relabelled</translation>
    </message>
    <message>
        <source>Indicators added</source>
        <translation>Indicators added</translation>
    </message>
    <message>
        <source>Indicators removed (their values are archived, not deleted)</source>
        <translation>Indicators removed (their values are archived, not deleted)</translation>
    </message>
    <message>
        <source>Indicators replaced (their values move)</source>
        <translation>Indicators replaced (their values move)</translation>
    </message>
    <message>
        <source>Indicators relabelled</source>
        <translation>Indicators relabelled</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>Indicators changed</translation>
    </message>
    <message>
        <source>Template settings changed</source>
        <translation>Template settings changed</translation>
    </message>
    <message>
        <source>Choice lists changed</source>
        <translation>Choice lists changed</translation>
    </message>
    <message>
        <source>Disaggregations changed</source>
        <translation>Disaggregations changed</translation>
    </message>
    <message>
        <source>Your entered values (%1)</source>
        <translation>Your entered values (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Why values are flagged for review</source>
        <translation>Why values are flagged for review</translation>
    </message>
    <message>
        <source>No changes to areas, indicators or lists.</source>
        <translation>No changes to areas, indicators or lists.</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Moved: %1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>Converted: %1</translation>
    </message>
    <message>
        <source>Summed: %1</source>
        <translation>Summed: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Split: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>To review: %1</translation>
    </message>
    <message>
        <source>(crosswalk row %1)</source>
        <translation>(crosswalk row %1)</translation>
    </message>
    <message>
        <source>(crosswalk rows %1)</source>
        <translation>(crosswalk rows %1)</translation>
    </message>
    <message>
        <source>%1: values carried by the crosswalk</source>
        <translation>%1: values carried by the crosswalk</translation>
    </message>
    <message>
        <source>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</source>
        <translation>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</translation>
    </message>
    <message>
        <source>The workbook cannot be read; nothing was changed. Details: %1</source>
        <translation>The workbook cannot be read; nothing was changed. Details: %1</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>Problems found (%1)</translation>
    </message>
    <message>
        <source>The workbook has problems; nothing was changed.</source>
        <translation>The workbook has problems; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) move to a replacing indicator</source>
        <translation>
            <numerusform>%Ln value moves to a replacing indicator</numerusform>
            <numerusform>%Ln values move to a replacing indicator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are archived (kept, not deleted)</source>
        <translation>
            <numerusform>%Ln value is archived (kept, not deleted)</numerusform>
            <numerusform>%Ln values are archived (kept, not deleted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) come back from the archive</source>
        <translation>
            <numerusform>%Ln value comes back from the archive</numerusform>
            <numerusform>%Ln values come back from the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are flagged for review</source>
        <translation>
            <numerusform>%Ln value is flagged for review</numerusform>
            <numerusform>%Ln values are flagged for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Values before the import: %1; after it: %2 (nothing deleted)</source>
        <translation>Values before the import: %1; after it: %2 (nothing deleted)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 (converted)</source>
        <translation>%1 (converted)</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln warning to explain</numerusform>
            <numerusform>%Ln warnings to explain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln explained</source>
        <translation>
            <numerusform>%Ln explained</numerusform>
            <numerusform>%Ln explained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) to fill</source>
        <translation>
            <numerusform>%Ln value to fill</numerusform>
            <numerusform>%Ln values to fill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UNIDO question(s) to answer</source>
        <translation>
            <numerusform>%Ln UNIDO question to answer</numerusform>
            <numerusform>%Ln UNIDO questions to answer</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every value passes the checks.</source>
        <translation>No problems: every value passes the checks.</translation>
    </message>
    <message>
        <source>%1. Click one to go to its field.</source>
        <translation>%1. Click one to go to its field.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>Texts not saved</translation>
    </message>
    <message>
        <source>UNIDO asks</source>
        <translation>UNIDO asks</translation>
    </message>
    <message>
        <source>UNIDO asks about %1: %2</source>
        <translation>UNIDO asks about %1: %2</translation>
    </message>
    <message>
        <source>will answer later</source>
        <translation>will answer later</translation>
    </message>
    <message>
        <source>Not saved in %1: “%2” is not a number. Correct or clear it.</source>
        <translation>Not saved in %1: “%2” is not a number. Correct or clear it.</translation>
    </message>
</context>
<context>
    <name>WorkbookPathRow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export submission…</source>
        <translation>&amp;Export submission…</translation>
    </message>
    <message>
        <source>Write the submission workbook for UNIDO (draft or final)</source>
        <translation>Write the submission workbook for UNIDO (draft or final)</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>&amp;Import template…</translation>
    </message>
    <message>
        <source>Install a new work-plan template version from UNIDO</source>
        <translation>Install a new work-plan template version from UNIDO</translation>
    </message>
    <message>
        <source>&amp;Load submission…</source>
        <translation>&amp;Load submission…</translation>
    </message>
    <message>
        <source>Merge the values of a submission workbook into this store</source>
        <translation>Merge the values of a submission workbook into this store</translation>
    </message>
    <message>
        <source>Add a &amp;country…</source>
        <translation>Add a &amp;country…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Replace the data with one of the automatic backups</source>
        <translation>Replace the data with one of the automatic backups</translation>
    </message>
    <message>
        <source>Ask a contri&amp;butor…</source>
        <translation>Ask a contri&amp;butor…</translation>
    </message>
    <message>
        <source>Write a workbook for another ministry with just the indicators it owns</source>
        <translation>Write a workbook for another ministry with just the indicators it owns</translation>
    </message>
    <message>
        <source>Load a con&amp;tributor&apos;s workbook…</source>
        <translation>Load a con&amp;tributor&apos;s workbook…</translation>
    </message>
    <message>
        <source>Check a returned contributor workbook and load it</source>
        <translation>Check a returned contributor workbook and load it</translation>
    </message>
    <message>
        <source>Load a UNIDO re&amp;view…</source>
        <translation>Load a UNIDO re&amp;view…</translation>
    </message>
    <message>
        <source>Read UNIDO&apos;s questions about a return, to answer them beside their fields</source>
        <translation>Read UNIDO&apos;s questions about a return, to answer them beside their fields</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Signing &amp;keys…</translation>
    </message>
    <message>
        <source>This installation&apos;s key for returns, and the UNIDO keys trusted here</source>
        <translation>This installation&apos;s key for returns, and the UNIDO keys trusted here</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>Go to the next &amp;problem</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>The log of what went wrong, to send to whoever supports you</source>
        <translation>The log of what went wrong, to send to whoever supports you</translation>
    </message>
    <message>
        <source>&amp;About micdesk</source>
        <translation>&amp;About micdesk</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>change the narrative “%1” of %2</source>
        <translation>change the narrative “%1” of %2</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 is below the minimum %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 is above the maximum %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, but the total is %2.</source>
        <translation>The breakdown adds up to %1, but the total is %2.</translation>
    </message>
    <message>
        <source>The stored value “%1” does not fit this indicator any more.</source>
        <translation>The stored value “%1” does not fit this indicator any more.</translation>
    </message>
    <message>
        <source>Required: enter the figure, or NA, NE or C if there is none.</source>
        <translation>Required: enter the figure, or NA, NE or C if there is none.</translation>
    </message>
    <message>
        <source>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</source>
        <translation>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</translation>
    </message>
    <message>
        <source>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</source>
        <translation>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</translation>
    </message>
    <message>
        <source>To review after a template update: %1</source>
        <translation>To review after a template update: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Notation key</source>
        <translation>Notation key</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Follow-up flag</source>
        <translation>Follow-up flag</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>Loaded file</translation>
    </message>
    <message>
        <source>Template update</source>
        <translation>Template update</translation>
    </message>
    <message>
        <source>Template update (crosswalk)</source>
        <translation>Template update (crosswalk)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>Not loadable: %1 row %2 (%3): %4</source>
        <translation>Not loadable: %1 row %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>narrative</name>
    <message>
        <source>Progress made in the period</source>
        <translation>Progress made in the period</translation>
    </message>
    <message>
        <source>Challenges met</source>
        <translation>Challenges met</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Support needed from UNIDO</translation>
    </message>
</context>
<context>
    <name>notation</name>
    <message>
        <source>NA — not applicable</source>
        <translation>NA — not applicable</translation>
    </message>
    <message>
        <source>NE — not estimated</source>
        <translation>NE — not estimated</translation>
    </message>
    <message>
        <source>C — confidential</source>
        <translation>C — confidential</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>“%1” is not an annual reporting period such as %2.</source>
        <translation>“%1” is not an annual reporting period such as %2.</translation>
    </message>
    <message>
        <source>“%1” is not a half-yearly reporting period such as %2.</source>
        <translation>“%1” is not a half-yearly reporting period such as %2.</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 is not a finite number.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 takes a whole number, not “%2”.</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>%1 takes a number, not “%2”.</translation>
    </message>
    <message>
        <source>%1 takes a finite number, not “%2”.</source>
        <translation>%1 takes a finite number, not “%2”.</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>%1 takes yes or no, not “%2”.</translation>
    </message>
    <message>
        <source>%1 takes text, not “%2”.</source>
        <translation>%1 takes text, not “%2”.</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not “%3”.</source>
        <translation>%1 takes one of %2, not “%3”.</translation>
    </message>
    <message>
        <source>%1 takes some of %2, not “%3”.</source>
        <translation>%1 takes some of %2, not “%3”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: “%2” is not yes or no.</translation>
    </message>
    <message>
        <source>There is no indicator %1 in template %2, version %3.</source>
        <translation>There is no indicator %1 in template %2, version %3.</translation>
    </message>
    <message>
        <source>Indicator %1 has no cell “%2”.</source>
        <translation>Indicator %1 has no cell “%2”.</translation>
    </message>
    <message>
        <source>%1: a cell holds a value or a notation key, not both.</source>
        <translation>%1: a cell holds a value or a notation key, not both.</translation>
    </message>
    <message>
        <source>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</source>
        <translation>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</source>
        <translation>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</translation>
    </message>
    <message>
        <source>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</source>
        <translation>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</source>
        <translation>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</translation>
    </message>
    <message>
        <source>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</source>
        <translation>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</translation>
    </message>
    <message>
        <source>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</source>
        <translation>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</translation>
    </message>
    <message>
        <source>%1 conflicts need a choice: keep yours or take theirs.</source>
        <translation>%1 conflicts need a choice: keep yours or take theirs.</translation>
    </message>
    <message>
        <source>The submission was removed since the file was read; read it again.</source>
        <translation>The submission was removed since the file was read; read it again.</translation>
    </message>
    <message>
        <source>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</source>
        <translation>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</translation>
    </message>
    <message>
        <source>The data changed since the file was read; read it again.</source>
        <translation>The data changed since the file was read; read it again.</translation>
    </message>
    <message>
        <source>%1 changed since the file was read; read it again.</source>
        <translation>%1 changed since the file was read; read it again.</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 changed since the file was read; read it again.</source>
        <translation>The narrative “%1” of %2 changed since the file was read; read it again.</translation>
    </message>
    <message>
        <source>There is no area %1 in version %2 of the template.</source>
        <translation>There is no area %1 in version %2 of the template.</translation>
    </message>
    <message>
        <source>“%1” is not a narrative field (%2).</source>
        <translation>“%1” is not a narrative field (%2).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</source>
        <translation>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</source>
        <translation>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</source>
        <translation>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</source>
        <translation>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</translation>
    </message>
    <message>
        <source>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</source>
        <translation>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: there is no such file.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: the file cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 is a folder, not a workbook file.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only workbook files are read.</source>
        <translation>%1 is not a regular file; only workbook files are read.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the %3 MB limit.</source>
        <translation>%1: the file is %2 MB, more than the %3 MB limit.</translation>
    </message>
    <message>
        <source>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</source>
        <translation>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package).</source>
        <translation>%1 is not an .xlsx workbook (it is not a zip package).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2).</source>
        <translation>%1 is damaged or truncated (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it has an unreadable name.</source>
        <translation>%1 is damaged: a part of it has an unreadable name.</translation>
    </message>
    <message>
        <source>%1 has %2 parts, too many for a workbook.</source>
        <translation>%1 has %2 parts, too many for a workbook.</translation>
    </message>
    <message>
        <source>%1: the part %2 is encrypted; save the workbook without a password.</source>
        <translation>%1: the part %2 is encrypted; save the workbook without a password.</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</source>
        <translation>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</translation>
    </message>
    <message>
        <source>%1: the part %2 expands %3 times (a zip bomb?); refused.</source>
        <translation>%1: the part %2 expands %3 times (a zip bomb?); refused.</translation>
    </message>
    <message>
        <source>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</source>
        <translation>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</translation>
    </message>
    <message>
        <source>%1 expands to %2 MB, more than the %3 MB limit.</source>
        <translation>%1 expands to %2 MB, more than the %3 MB limit.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (there is no workbook inside).</source>
        <translation>%1 is not an .xlsx workbook (there is no workbook inside).</translation>
    </message>
    <message>
        <source>%1 contains macros: save it as a plain .xlsx workbook without macros.</source>
        <translation>%1 contains macros: save it as a plain .xlsx workbook without macros.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; refused.</source>
        <translation>%1: the sheet %2 has more than %3 rows; refused.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells beyond column %3; refused.</source>
        <translation>%1 has more than %2 cells beyond column %3; refused.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</source>
        <translation>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</translation>
    </message>
    <message>
        <source>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</source>
        <translation>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</translation>
    </message>
    <message>
        <source>%1 has more than %2 different texts; refused.</source>
        <translation>%1 has more than %2 different texts; refused.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cell formats; refused.</source>
        <translation>%1 has more than %2 cell formats; refused.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</source>
        <translation>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1: the sheet %2 cannot be read (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</source>
        <translation>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not above the installed version %3; nothing was changed.</source>
        <translation>Version %1 of “%2” is not above the installed version %3; nothing was changed.</translation>
    </message>
    <message>
        <source>The import would change the number of values (%1 → %2); nothing was changed.</source>
        <translation>The import would change the number of values (%1 → %2); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2.</source>
        <translation>The cell “%1” is no longer part of the breakdown of %2.</translation>
    </message>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</source>
        <translation>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the choice list “%2”.</source>
        <translation>“%1” is no longer in the choice list “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number, which %2 now takes.</source>
        <translation>“%1” is not a whole number, which %2 now takes.</translation>
    </message>
    <message>
        <source>“%1” is not a number, which %2 now takes.</source>
        <translation>“%1” is not a number, which %2 now takes.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage, which %2 now takes.</source>
        <translation>“%1” is not a percentage, which %2 now takes.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no, which %2 now takes.</source>
        <translation>“%1” is not yes or no, which %2 now takes.</translation>
    </message>
    <message>
        <source>“%1” is not of the kind %2, which %3 now takes.</source>
        <translation>“%1” is not of the kind %2, which %3 now takes.</translation>
    </message>
    <message>
        <source>%1 is below the new minimum %2.</source>
        <translation>%1 is below the new minimum %2.</translation>
    </message>
    <message>
        <source>%1 is above the new maximum %2.</source>
        <translation>%1 is above the new maximum %2.</translation>
    </message>
    <message>
        <source>Not moved to %1, which replaces %2: %1 already has a value here.</source>
        <translation>Not moved to %1, which replaces %2: %1 already has a value here.</translation>
    </message>
    <message>
        <source>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</source>
        <translation>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</translation>
    </message>
    <message>
        <source>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</source>
        <translation>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</translation>
    </message>
    <message>
        <source>%1 was %2: split it by hand between %3.</source>
        <translation>%1 was %2: split it by hand between %3.</translation>
    </message>
    <message>
        <source>The crosswalk would write %1 here, but %2 already has a value of its own.</source>
        <translation>The crosswalk would write %1 here, but %2 already has a value of its own.</translation>
    </message>
    <message>
        <source>The data are open read-only: nothing was recorded.</source>
        <translation>The data are open read-only: nothing was recorded.</translation>
    </message>
    <message>
        <source>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</source>
        <translation>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</translation>
    </message>
    <message>
        <source>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</source>
        <translation>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</translation>
    </message>
    <message>
        <source>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</source>
        <translation>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</source>
        <translation>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</source>
        <translation>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</translation>
    </message>
    <message>
        <source>The queries of %1 are loaded already; your answers are kept.</source>
        <translation>The queries of %1 are loaded already; your answers are kept.</translation>
    </message>
    <message>
        <source>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</source>
        <translation>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</translation>
    </message>
    <message>
        <source>%1: %2 is not a field of the installed template. Nothing was loaded.</source>
        <translation>%1: %2 is not a field of the installed template. Nothing was loaded.</translation>
    </message>
    <message>
        <source>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</source>
        <translation>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</translation>
    </message>
    <message>
        <source>%1 holds no query. Nothing was loaded.</source>
        <translation>%1 holds no query. Nothing was loaded.</translation>
    </message>
    <message>
        <source>UNIDO asked no query “%1” about this return.</source>
        <translation>UNIDO asked no query “%1” about this return.</translation>
    </message>
    <message>
        <source>Write an answer, or change the value UNIDO asked about.</source>
        <translation>Write an answer, or change the value UNIDO asked about.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>The answer is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>daily backup</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>before micdesk updated the data file</source>
        <translation>before micdesk updated the data file</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>damaged data, kept before a restore</source>
        <translation>damaged data, kept before a restore</translation>
    </message>
    <message>
        <source>after an export</source>
        <translation>after an export</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>made on request</translation>
    </message>
    <message>
        <source>A micdesk command (%1) is writing to this data folder:
%2</source>
        <translation>A micdesk command (%1) is writing to this data folder:
%2</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>Try again when it has finished.</translation>
    </message>
    <message>
        <source>micdesk is already open on this data folder:
%1</source>
        <translation>micdesk is already open on this data folder:
%1</translation>
    </message>
    <message>
        <source>It runs as process %1 on %2.</source>
        <translation>It runs as process %1 on %2.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>There is no good backup to restore.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>count</source>
        <translation>count</translation>
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
