<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>The backup folder and how many automatic backups are kept are chosen in the settings.</source>
        <translation>Mappen för säkerhetskopior och hur många automatiska säkerhetskopior som sparas väljs i inställningarna.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language is chosen for this workstation and is used on the sign-in screen too.</source>
        <translation>Språket väljs för den här arbetsstationen och används också i inloggningsfönstret.</translation>
    </message>
    <message>
        <source>A new language takes effect at once.</source>
        <translation>Ett nytt språk tas i bruk genast.</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Ett nytt språk tas i bruk när programmet startas om.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Den här arbetsstationen</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamets namn</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed before the team's name at the top of every PDF.</source>
        <translation>En PNG- eller JPEG-bild som skrivs ut före teamets namn överst i varje PDF-fil.</translation>
    </message>
    <message>
        <source>Lock after idle time, minutes</source>
        <translation>Lås efter inaktivitet, minuter</translation>
    </message>
    <message>
        <source>minutes (%1–%2)</source>
        <translation>minuter (%1–%2)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>The team (all workstations)</source>
        <translation>Teamet (alla arbetsstationer)</translation>
    </message>
    <message>
        <source>Only an administrator can change the team's settings. They are shown here for your information.</source>
        <translation>Endast en administratör kan ändra teamets inställningar. De visas här för kännedom.</translation>
    </message>
    <message>
        <source>Logo for PDFs</source>
        <translation>Logotyp för PDF-filer</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture. Choose another file.</source>
        <translation>Filen är inte en PNG- eller JPEG-bild. Välj en annan fil.</translation>
    </message>
    <message>
        <source>The language could not be saved on this workstation.</source>
        <translation>Språkvalet kunde inte sparas på den här arbetsstationen.</translation>
    </message>
</context>
</TS>