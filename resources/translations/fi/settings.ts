<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <source>The backup folder and how many automatic backups are kept are chosen in the settings.</source>
        <translation>Varmuuskopiokansio ja säilytettävien automaattisten varmuuskopioiden määrä valitaan asetuksissa.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language is chosen for this workstation and is used on the sign-in screen too.</source>
        <translation>Kieli valitaan tälle työasemalle, ja sitä käytetään myös kirjautumisikkunassa.</translation>
    </message>
    <message>
        <source>A new language takes effect at once.</source>
        <translation>Uusi kieli tulee käyttöön heti.</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Uusi kieli tulee käyttöön, kun ohjelma käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Tämä työasema</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Tiimin nimi</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Valitse logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Poista logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed before the team's name at the top of every PDF.</source>
        <translation>PNG- tai JPEG-kuva, joka tulostuu tiimin nimen eteen jokaisen PDF-tiedoston yläreunaan.</translation>
    </message>
    <message>
        <source>Lock after idle time, minutes</source>
        <translation>Lukitus käyttämättömyyden jälkeen, minuuttia</translation>
    </message>
    <message>
        <source>minutes (%1–%2)</source>
        <translation>minuuttia (%1–%2)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Oletus: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Varmuuskopiokansio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Säilytettävät päivittäiset varmuuskopiot</translation>
    </message>
    <message>
        <source>The team (all workstations)</source>
        <translation>Tiimi (kaikki työasemat)</translation>
    </message>
    <message>
        <source>Only an administrator can change the team's settings. They are shown here for your information.</source>
        <translation>Vain ylläpitäjä voi muuttaa tiimin asetuksia. Ne näytetään tässä tiedoksi.</translation>
    </message>
    <message>
        <source>Logo for PDFs</source>
        <translation>Logo PDF-tiedostoihin</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lukitus käyttämättömyyden jälkeen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture. Choose another file.</source>
        <translation>Tiedosto ei ole PNG- tai JPEG-kuva. Valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>The language could not be saved on this workstation.</source>
        <translation>Kielivalintaa ei voitu tallentaa tälle työasemalle.</translation>
    </message>
</context>
</TS>