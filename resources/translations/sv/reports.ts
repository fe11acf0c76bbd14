<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>TeamReportView</name>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Quick choice of period</source>
        <translation>Snabbval av period</translation>
    </message>
    <message>
        <source>Quick choice…</source>
        <translation>Snabbval…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjol</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>De senaste 12 månaderna</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Förra kvartalet</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Gör rapporten</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera som &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera som &amp;CSV…</translation>
    </message>
    <message>
        <source>On screen every number is shown. Exported PDF and CSV files hide numbers under 5 so that no client can be recognised; cells in italics on a shaded background are hidden in exports.</source>
        <translation>På skärmen visas alla tal. I exporterade PDF- och CSV-filer döljs tal under 5 så att ingen enskild klient kan kännas igen; kursiva tal på grå bakgrund döljs i filerna.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Den första dagen kan inte ligga efter den sista dagen.</translation>
    </message>
    <message>
        <source>Making the team report…</source>
        <translation>Teamrapporten görs…</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Teamrapport</translation>
    </message>
    <message>
        <source>The data have changed since the report was made. Run it again to see the changes.</source>
        <translation>Uppgifterna har ändrats sedan rapporten gjordes. Gör rapporten på nytt för att se ändringarna.</translation>
    </message>
    <message>
        <source>Choose the period and press Run report.</source>
        <translation>Välj period och tryck på Gör rapporten.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Inga händelser under perioden.</translation>
    </message>
    <message>
        <source>Hidden in exports: a number under 5, a mean of fewer than 5 answers, or a number that would let a hidden one be worked out.</source>
        <translation>Döljs i filerna: ett tal under 5, ett medelvärde av färre än 5 svar eller ett tal som skulle låta ett dolt tal räknas ut.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF-filen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF-filen sparad: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Välj en mapp för CSV-filerna</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera som CSV</translation>
    </message>
    <message>
        <source>The files could not be saved: %1</source>
        <translation>Filerna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>CSV files saved in %1</source>
        <translation>CSV-filerna sparade i %1</translation>
    </message>
</context>
</TS>