<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name />
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava arviointi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree on the plan</source>
        <translation>Sovi suunnitelma</translation>
    </message>
    <message>
        <source>An agreed version can no longer be changed. Later changes start a new draft.</source>
        <translation>Sovittua versiota ei voi enää muuttaa. Myöhemmät muutokset aloittavat uuden luonnoksen.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <source>Not at a network meeting</source>
        <translation>Ei verkostotapaamisessa</translation>
    </message>
    <message>
        <source>Network meeting %1</source>
        <translation>Verkostotapaaminen %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>One participant per line</source>
        <translation>Yksi osallistuja riville</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Agree and freeze</source>
        <translation>Sovi ja lukitse</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved the plan</source>
        <translation>Joku muu tallensi suunnitelman</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Hänen muutoksensa</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Sinun muutoksesi</translation>
    </message>
    <message>
        <source>When combined</source>
        <translation>Yhdistettäessä</translation>
    </message>
    <message>
        <source>Combine both (recommended)</source>
        <translation>Yhdistä molemmat (suositus)</translation>
    </message>
    <message>
        <source>Keep only my version</source>
        <translation>Säilytä vain oma versioni</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Takaisin muokkaamaan</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Print the plan</source>
        <translation>Tulosta suunnitelma</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Tallenna suunnitelma PDF:nä</translation>
    </message>
    <message>
        <source>The plan for the parties</source>
        <translation>Suunnitelma osapuolille</translation>
    </message>
    <message>
        <source>The client's own plan (large type)</source>
        <translation>Asiakkaan oma suunnitelma (isokirjaiminen)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Asiakirja</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>Consents are not available in this version of the program, so no outside recipient can be offered.</source>
        <translation>Suostumukset eivät ole käytettävissä tässä ohjelman versiossa, joten ulkopuolisia vastaanottajia ei voi valita.</translation>
    </message>
    <message>
        <source>No party has the client's consent to receive the plan.</source>
        <translation>Kenelläkään ei ole asiakkaan suostumusta vastaanottaa suunnitelmaa.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Tallenna…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Sovi…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiot…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna P&amp;DF:nä…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Goals in the client's own words</source>
        <translation>Tavoitteet asiakkaan omin sanoin</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Lisää &amp;tavoite</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>saavutettu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muuttunut</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>luovuttu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>One intermediate goal per line; start a line with + when it is done</source>
        <translation>Yksi välitavoite riville; aloita rivi +-merkillä, kun se on saavutettu</translation>
    </message>
    <message>
        <source>Intermediate goals</source>
        <translation>Välitavoitteet</translation>
    </message>
    <message>
        <source>Tasks, responsibilities and schedule</source>
        <translation>Tehtävät, vastuut ja aikataulu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Lisää t&amp;ehtävä</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Poista tehtävä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>Service used</source>
        <translation>Käytettävä palvelu</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>The client's own role</source>
        <translation>Asiakkaan oma rooli</translation>
    </message>
    <message>
        <source>Next meeting or review</source>
        <translation>Seuraava tapaaminen tai arviointi</translation>
    </message>
    <message>
        <source>Reason for a later review</source>
        <translation>Syy myöhäisempään arviointiin</translation>
    </message>
    <message>
        <source>Internal notes: not on the client's own plan</source>
        <translation>Sisäiset muistiinpanot: eivät tulostu asiakkaan omaan suunnitelmaan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>(new goal)</source>
        <translation>(uusi tavoite)</translation>
    </message>
    <message>
        <source>(new task)</source>
        <translation>(uusi tehtävä)</translation>
    </message>
    <message>
        <source>Draft, version %1</source>
        <translation>Luonnos, versio %1</translation>
    </message>
    <message>
        <source>based on the previous agreed version</source>
        <translation>pohjana edellinen sovittu versio</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>At the latest %1 (6 months)</source>
        <translation>Viimeistään %1 (6 kuukautta)</translation>
    </message>
    <message>
        <source>More than 6 months ahead: write down why.</source>
        <translation>Yli 6 kuukauden päässä: kirjaa syy.</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Ei tallennettu: kirjoittamasi teksti on tallella.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Plan versions</source>
        <translation>Suunnitelman versiot</translation>
    </message>
    <message>
        <source>Version %1, agreed %2</source>
        <translation>Versio %1, sovittu %2</translation>
    </message>
    <message>
        <source>Version %1, draft</source>
        <translation>Versio %1, luonnos</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiot</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vertaa versioon</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vertaa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Valittu versio</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Muutokset versiosta %1 versioon %2</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Ei muutoksia</translation>
    </message>
</context>
</TS>