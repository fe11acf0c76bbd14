<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>TeamReportView</name>
    <message>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Jakson ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Jakson viimeinen päivä</translation>
    </message>
    <message>
        <source>Quick choice of period</source>
        <translation>Jakson pikavalinta</translation>
    </message>
    <message>
        <source>Quick choice…</source>
        <translation>Pikavalinta…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viime vuosi</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Tämä vuosineljännes</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Edellinen vuosineljännes</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Tee raportti</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie &amp;PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV-tiedostoiksi…</translation>
    </message>
    <message>
        <source>On screen every number is shown. Exported PDF and CSV files hide numbers under 5 so that no client can be recognised; cells in italics on a shaded background are hidden in exports.</source>
        <translation>Näytöllä näkyvät kaikki luvut. PDF- ja CSV-tiedostoiksi viedyistä raporteista alle viiden suuruiset luvut piilotetaan, jotta yksittäistä asiakasta ei voi tunnistaa; kursivoidut luvut harmaalla pohjalla piilotetaan tiedostoissa.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Ensimmäinen päivä ei voi olla viimeisen päivän jälkeen.</translation>
    </message>
    <message>
        <source>Making the team report…</source>
        <translation>Tiimiraporttia tehdään…</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Tiimiraportti</translation>
    </message>
    <message>
        <source>The data have changed since the report was made. Run it again to see the changes.</source>
        <translation>Tietoja on muutettu raportin tekemisen jälkeen. Tee raportti uudelleen, niin muutokset näkyvät.</translation>
    </message>
    <message>
        <source>Choose the period and press Run report.</source>
        <translation>Valitse jakso ja paina Tee raportti.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Ei tapahtumia tällä jaksolla.</translation>
    </message>
    <message>
        <source>Hidden in exports: a number under 5, a mean of fewer than 5 answers, or a number that would let a hidden one be worked out.</source>
        <translation>Piilotetaan tiedostoissa: alle viiden suuruinen luku, alle viiden vastauksen keskiarvo tai luku, josta piilotetun luvun voisi laskea.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF-tiedostoa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF tallennettu: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Valitse kansio CSV-tiedostoille</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV-tiedostoiksi</translation>
    </message>
    <message>
        <source>The files could not be saved: %1</source>
        <translation>Tiedostoja ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>CSV files saved in %1</source>
        <translation>CSV-tiedostot tallennettu kansioon %1</translation>
    </message>
</context>
</TS>