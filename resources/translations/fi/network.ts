<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Rajaa organisaatioita</translation>
    </message>
    <message>
        <source>Other parties, separated by semicolons</source>
        <translation>Muut osapuolet puolipisteillä erotettuina</translation>
    </message>
    <message>
        <source>Valid until withdrawn</source>
        <translation>Voimassa toistaiseksi</translation>
    </message>
    <message>
        <source>The signed form has been received</source>
        <translation>Allekirjoitettu lomake on palautettu</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tarkoitukset</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaatiot</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>Muut osapuolet</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Miten annettu</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tarkoitukset</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>New consent…</source>
        <translation>Uusi suostumus…</translation>
    </message>
    <message>
        <source>Extend or correct…</source>
        <translation>Laajenna tai korjaa…</translation>
    </message>
    <message>
        <source>Mark signed</source>
        <translation>Merkitse allekirjoitetuksi</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Peru…</translation>
    </message>
    <message>
        <source>Consent form PDF…</source>
        <translation>Suostumuslomake PDF…</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Lomakkeen kieli</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Suostumuksen peruminen</translation>
    </message>
    <message>
        <source>No longer covered:</source>
        <translation>Suostumus ei enää kata:</translation>
    </message>
    <message>
        <source>Upcoming meetings affected:</source>
        <translation>Tulevat tapaamiset, joita peruminen koskee:</translation>
    </message>
    <message>
        <source>Check the invitations of these meetings.</source>
        <translation>Tarkista näiden tapaamisten kutsut.</translation>
    </message>
    <message>
        <source>Save consent form</source>
        <translation>Tallenna suostumuslomake</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Network meeting</source>
        <translation>Verkostotapaaminen</translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation>Ehdotetut palvelut</translation>
    </message>
    <message>
        <source>Invite selected</source>
        <translation>Kutsu valittu</translation>
    </message>
    <message>
        <source>Add the client</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>Add peer-support person</source>
        <translation>Lisää vertaistukihenkilö</translation>
    </message>
    <message>
        <source>Add case manager</source>
        <translation>Lisää asiakasvastaava</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Kirjaa suostumus…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Pre-assessment requested</source>
        <translation>Ennakkoarvio pyydetty</translation>
    </message>
    <message>
        <source>Pre-assessment received</source>
        <translation>Ennakkoarvio saatu</translation>
    </message>
    <message>
        <source>Remove invitee</source>
        <translation>Poista kutsuttava</translation>
    </message>
    <message>
        <source>The meeting has been held</source>
        <translation>Tapaaminen on pidetty</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Remote link</source>
        <translation>Etäyhteys</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Kutsutut</translation>
    </message>
    <message>
        <source>The client's domains: services are suggested from the service map</source>
        <translation>Asiakkaan tuen osa-alueet: palvelukartalta ehdotetaan niihin sopivia palveluja</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Tapaamisen jälkeen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Peer-support person</source>
        <translation>Vertaistukihenkilö</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Kutsutut</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Verkostotapaamiset</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Uusi tapaaminen…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Avaa…</translation>
    </message>
    <message>
        <source>Invitation list PDF…</source>
        <translation>Kutsulista PDF…</translation>
    </message>
    <message>
        <source>Calendar file (.ics)…</source>
        <translation>Kalenteritiedosto (.ics)…</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>Sähköpostiluonnos</translation>
    </message>
    <message>
        <source>Save invitation list</source>
        <translation>Tallenna kutsulista</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Tallenna kalenteritiedosto</translation>
    </message>
</context>
<context>
    <name>ServiceMapPage</name>
    <message>
        <source>Service map</source>
        <translation>Palvelukartta</translation>
    </message>
    <message>
        <source>Search by name, service, person or area</source>
        <translation>Hae nimellä, palvelulla, henkilöllä tai alueella</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Kaikki sektorit</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Kaikki osa-alueet</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Kaikki polun vaiheet</translation>
    </message>
    <message>
        <source>Only entries unchecked for over 12 months</source>
        <translation>Vain yli 12 kuukautta tarkistamatta olleet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektori</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Tarkistettu viimeksi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Mark as checked today</source>
        <translation>Merkitse tarkistetuksi tänään</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV-tiedostoksi…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Vie JSON-tiedostoksi…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>⚠ over 12 months</source>
        <translation>⚠ yli 12 kk sitten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Not checked for over 12 months: confirm the details with the provider.</source>
        <translation>Tarkistamatta yli 12 kuukautta: varmista tiedot palveluntuottajalta.</translation>
    </message>
    <message>
        <source>Entries: %1 · unchecked for over 12 months: %2</source>
        <translation>Kohteita: %1 · yli 12 kk tarkistamatta: %2</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Miten ohjataan</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Osa-alueet</translation>
    </message>
    <message>
        <source>Path phases</source>
        <translation>Polun vaiheet</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Import service map</source>
        <translation>Palvelukartan tuonti</translation>
    </message>
    <message>
        <source>Service map (*.csv *.json)</source>
        <translation>Palvelukartta (*.csv *.json)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Tuotu: %1 uutta, %2 päivitetty, %3 ennallaan.</translation>
    </message>
    <message>
        <source>Export service map</source>
        <translation>Palvelukartan vienti</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Suostumuksen peruminen</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>Social services (wellbeing county)</source>
        <translation>Sosiaalipalvelut (hyvinvointialue)</translation>
    </message>
    <message>
        <source>Health services (wellbeing county)</source>
        <translation>Terveyspalvelut (hyvinvointialue)</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Työllisyyspalvelut</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Third sector</source>
        <translation>Kolmas sektori</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Sosiaalinen tilanne</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <source>Work and functional capacity</source>
        <translation>Työ- ja toimintakyky</translation>
    </message>
    <message>
        <source>Skills and job search</source>
        <translation>Osaaminen ja työnhaku</translation>
    </message>
    <message>
        <source>Developing work and functional capacity</source>
        <translation>Työ- ja toimintakyvyn kehittäminen</translation>
    </message>
    <message>
        <source>Developing skills</source>
        <translation>Osaamisen kehittäminen</translation>
    </message>
    <message>
        <source>Moving into work</source>
        <translation>Työhön siirtyminen</translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation>Avoimet työmarkkinat</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Allekirjoitettu paperilla</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Suullisesti</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Waiting for signature</source>
        <translation>Odottaa allekirjoitusta</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ei vielä voimassa</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Ensimmäinen tapaaminen</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Seurantatapaaminen</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <translation>Päätöstapaaminen</translation>
    </message>
    <message>
        <source>Consultation without the client</source>
        <translation>Konsultaatio ilman asiakasta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Peer-support person</source>
        <translation>Vertaistukihenkilö</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Tiimin jäsen</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Muu osapuoli</translation>
    </message>
    <message>
        <source>To invite</source>
        <translation>Kutsuttava</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Kutsuttu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tulossa</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ei pääse</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Osallistui</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
</TS>