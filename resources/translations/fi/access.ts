<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccessActions</name>
    <message>
        <source>Erase client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Only an administrator can erase a client.</source>
        <translation>Vain ylläpitäjä voi poistaa asiakkaan.</translation>
    </message>
    <message>
        <source>The client was erased. %1 records were removed and the audit trail records the erasure.</source>
        <translation>Asiakas on poistettu. %1 kirjausta poistettiin, ja poistaminen on kirjattu lokitietoihin.</translation>
    </message>
    <message>
        <source>Erasing the client…</source>
        <translation>Asiakasta poistetaan…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Erase the selected client for real, after a confirmation that names them</source>
        <translation>Poista valittu asiakas pysyvästi vahvistuksen jälkeen, jossa asiakas nimetään</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Valitse ensin asiakas luettelosta.</translation>
    </message>
    <message>
        <source>%1 (%2) – closed %3, retention ended %4</source>
        <translation>%1 (%2) – asiakkuus päättyi %3, säilytysaika päättyi %4</translation>
    </message>
</context>
<context>
    <name>ClientDataButton</name>
    <message>
        <source>Client's data…</source>
        <translation>Asiakkaan tiedot…</translation>
    </message>
    <message>
        <source>Everything stored about the client, for the client (right of access), and erasure</source>
        <translation>Kaikki asiakkaasta tallennettu tieto asiakkaalle (tarkastusoikeus) sekä tietojen poistaminen</translation>
    </message>
    <message>
        <source>Export data (PDF + JSON)…</source>
        <translation>Vie tiedot (PDF + JSON)…</translation>
    </message>
    <message>
        <source>Writes everything stored about the client, and who has handled it, as a readable PDF and a machine-readable JSON file into a folder you choose.</source>
        <translation>Tallentaa kaiken asiakkaasta tallennetun tiedon ja sen, kuka tietoja on käsitellyt, luettavaksi PDF-tiedostoksi ja koneluettavaksi JSON-tiedostoksi valitsemaasi kansioon.</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Poista asiakas…</translation>
    </message>
    <message>
        <source>Erase the client and everything about them for real (administrators).</source>
        <translation>Poista asiakas ja kaikki hänen tietonsa pysyvästi (ylläpitäjät).</translation>
    </message>
    <message>
        <source>Export the client's data</source>
        <translation>Vie asiakkaan tiedot</translation>
    </message>
    <message>
        <source>The client's data was saved:
%1
%2

The files are not encrypted: hand them over safely and delete the copies that are no longer needed.</source>
        <translation>Asiakkaan tiedot tallennettiin:
%1
%2

Tiedostoja ei ole salattu: luovuta ne turvallisesti ja poista kopiot, joita ei enää tarvita.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Poistetaanko %1 pysyvästi?</translation>
    </message>
    <message>
        <source>Everything stored about the client is erased: basic data, screenings, consents, meetings, plan versions, measures, feedback and their change history (%1 records). The audit trail keeps only that an erasure happened, by whom and when. This cannot be undone.</source>
        <translation>Kaikki asiakkaasta tallennettu poistetaan: perustiedot, seulonnat, suostumukset, tapaamiset, suunnitelman versiot, mittaukset, palautteet ja niiden muutoshistoria (%1 kirjausta). Lokitietoihin jää vain tieto siitä, että poisto tehtiin, kuka sen teki ja milloin. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Basis for the erasure</source>
        <translation>Poistamisen peruste</translation>
    </message>
    <message>
        <source>The client asked for erasure and the law allows it</source>
        <translation>Asiakas pyysi poistamista, ja laki sallii sen</translation>
    </message>
    <message>
        <source>The record was entered in error (wrong person or a duplicate)</source>
        <translation>Tiedot kirjattiin virheellisesti (väärä henkilö tai kaksoiskappale)</translation>
    </message>
    <message>
        <source>The retention time has ended</source>
        <translation>Säilytysaika on päättynyt</translation>
    </message>
    <message>
        <source>Backups made before the erasure still hold the client until they rotate out of the backup folder; a backup kept anywhere else must be destroyed separately. Restoring an older backup brings the client back.</source>
        <translation>Ennen poistoa tehdyissä varmuuskopioissa asiakkaan tiedot säilyvät, kunnes kopiot poistuvat varmuuskopiokansiosta vuorollaan; muualla säilytetty varmuuskopio on hävitettävä erikseen. Vanhemman varmuuskopion palauttaminen tuo asiakkaan takaisin.</translation>
    </message>
    <message>
        <source>To confirm, type the client's name (%1):</source>
        <translation>Vahvista kirjoittamalla asiakkaan nimi (%1):</translation>
    </message>
    <message>
        <source>The client's name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <source>The retention time ended on %1.</source>
        <translation>Säilytysaika päättyi %1.</translation>
    </message>
    <message>
        <source>The retention time has not ended: the record is kept until %1 (10 years after the client relationship closed). Erase now only when the client asked for it and the law allows it, or when the record was entered in error.</source>
        <translation>Säilytysaika ei ole päättynyt: tiedot säilytetään %1 asti (10 vuotta asiakkuuden päättymisestä). Poista nyt vain, jos asiakas on pyytänyt sitä ja laki sallii sen, tai jos tiedot on kirjattu virheellisesti.</translation>
    </message>
    <message>
        <source>The client relationship is still open, so the retention time has not begun. Erase now only when the client asked for it and the law allows it, or when the record was entered in error.</source>
        <translation>Asiakkuus on yhä voimassa, joten säilytysaika ei ole vielä alkanut. Poista nyt vain, jos asiakas on pyytänyt sitä ja laki sallii sen, tai jos tiedot on kirjattu virheellisesti.</translation>
    </message>
</context>
</TS>