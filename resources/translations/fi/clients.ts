<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>BasicTab</name>
    <message>
        <source>Basic data</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>New path step</source>
        <translation>Uusi palvelupolun vaihe</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Siirron päivä</translation>
    </message>
    <message>
        <source>Move to this step</source>
        <translation>Siirrä tähän vaiheeseen</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Siirrä vaiheeseen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Close the client relationship</source>
        <translation>Päätä asiakkuus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Closing assessment</source>
        <translation>Loppuarvio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Päätä asiakkuus</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Reopen the client relationship</source>
        <translation>Avaa asiakkuus uudelleen</translation>
    </message>
    <message>
        <source>At step</source>
        <translation>Vaiheeseen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>Päättynyt %1: %2</translation>
    </message>
    <message>
        <source>The record is kept until %1 (10 years after closing).</source>
        <translation>Tiedot säilytetään %1 asti (10 vuotta asiakkuuden päättymisestä).</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, %2 alkaen</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Valitse asiakkuuden päättymisen syy.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Henkilötunnus</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>e.g. 131052-308T; leave empty if not known yet</source>
        <translation>esim. 131052-308T; jätä tyhjäksi, jos ei vielä tiedossa</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Väliaikainen tunniste</translation>
    </message>
    <message>
        <source>Given automatically when left empty</source>
        <translation>Annetaan automaattisesti, jos jätät tyhjäksi</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Lähettävä taho</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Referrer, details</source>
        <translation>Lähettäjän tarkennus</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Lähetteen päivä</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>Ei vielä nimetty</translation>
    </message>
    <message>
        <source>Case manager outside the team</source>
        <translation>Asiakasvastaava tiimin ulkopuolelta</translation>
    </message>
    <message>
        <source>Name and organisation, from the service map</source>
        <translation>Nimi ja organisaatio palvelukartalta</translation>
    </message>
    <message>
        <source>Peer-support person</source>
        <translation>Vertaistukihenkilö</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Läheisverkosto ja perhetilanne</translation>
    </message>
    <message>
        <source>Born %1, age %2</source>
        <translation>Syntynyt %1, ikä %2</translation>
    </message>
    <message>
        <source>temporary identifier (individual number 900–999)</source>
        <translation>väliaikainen tunnus (yksilönumero 900–999)</translation>
    </message>
    <message>
        <source>note: outside the team's age range 18–65</source>
        <translation>huom. tiimin ikäryhmä on 18–65 vuotta</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>1 Referral</source>
        <translation>1 Ohjautuminen</translation>
    </message>
    <message>
        <source>2 Needs assessment and goals</source>
        <translation>2 Tarpeen selvittäminen ja tavoitteet</translation>
    </message>
    <message>
        <source>3 Planning and coordination</source>
        <translation>3 Suunnittelu ja koordinointi</translation>
    </message>
    <message>
        <source>4 Means and methods</source>
        <translation>4 Työkykyä tukevat keinot</translation>
    </message>
    <message>
        <source>5 Onward referral and follow-up</source>
        <translation>5 Palveluihin ohjaus ja seuranta</translation>
    </message>
    <message>
        <source>6 Reaching the goal</source>
        <translation>6 Tavoitteen saavuttaminen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Työllisyyspalvelut</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Terveysasema</translation>
    </message>
    <message>
        <source>Third-sector organisation</source>
        <translation>Järjestö (kolmas sektori)</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation>Oma yhteydenotto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Työllistyi</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Opiskelu</translation>
    </message>
    <message>
        <source>Vocational rehabilitation</source>
        <translation>Ammatillinen kuntoutus</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Muu palvelu</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Eläke</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Muutti pois</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Keskeytyi</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mies</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation>Muu / ei ilmoitettu</translation>
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
    <message>
        <source>Other language</source>
        <translation>muu kieli</translation>
    </message>
    <message>
        <source>Baseline PROM</source>
        <translation>Alkumittaus (PROM)</translation>
    </message>
    <message>
        <source>Follow-up PROM</source>
        <translation>Seurantamittaus (PROM)</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Suunnitelman päivitys</translation>
    </message>
    <message>
        <source>Needs mapping (TYP)</source>
        <translation>Palvelutarpeen kartoitus (TYP)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ajankohtainen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>Accept as client</source>
        <translation>Otetaan asiakkaaksi</translation>
    </message>
    <message>
        <source>Guide elsewhere</source>
        <translation>Ohjataan muualle</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>Tarvitaan lisätietoa</translation>
    </message>
    <message>
        <source>Coordinator is case manager</source>
        <translation>Koordinaattori on asiakasvastaava</translation>
    </message>
    <message>
        <source>Team consults only</source>
        <translation>Tiimi konsultoi</translation>
    </message>
    <message>
        <source>Unclear: weigh it</source>
        <translation>Epäselvä: harkitse</translation>
    </message>
    <message>
        <source>Assess multisectoral service</source>
        <translation>Arvioi monialaisen yhteispalvelun tarve</translation>
    </message>
    <message>
        <source>No multisectoral trigger</source>
        <translation>Monialaisen yhteispalvelun rajat eivät täyty</translation>
    </message>
    <message>
        <source>Client relationship started</source>
        <translation>Asiakkuus alkoi</translation>
    </message>
    <message>
        <source>Moved on the path</source>
        <translation>Siirtyi palvelupolulla</translation>
    </message>
    <message>
        <source>Client relationship closed</source>
        <translation>Asiakkuus päättyi</translation>
    </message>
    <message>
        <source>Client relationship reopened</source>
        <translation>Asiakkuus avattiin uudelleen</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Search by name, henkilötunnus or phone (Ctrl+F)</source>
        <translation>Hae nimellä, henkilötunnuksella tai puhelinnumerolla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>Uusi asiakas (Ctrl+N)</translation>
    </message>
    <message>
        <source>All path steps</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Voimassa ja päättyneet</translation>
    </message>
    <message>
        <source>All case managers</source>
        <translation>Kaikki asiakasvastaavat</translation>
    </message>
    <message>
        <source>Only due or overdue</source>
        <translation>Vain ajankohtaiset ja myöhässä olevat</translation>
    </message>
    <message>
        <source>Path step</source>
        <translation>Palvelupolun vaihe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 / %2 asiakasta</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← Client list</source>
        <translation>← Asiakaslista</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ei nimetty</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>ikä %1</translation>
    </message>
    <message>
        <source>age –</source>
        <translation>ikä –</translation>
    </message>
    <message>
        <source>case manager: %1</source>
        <translation>asiakasvastaava: %1</translation>
    </message>
    <message>
        <source>closed %1 (%2), retention ends %3</source>
        <translation>päättynyt %1 (%2), säilytys päättyy %3</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Suostumus: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Seuraavaksi: %1</translation>
    </message>
    <message>
        <source>Next due: nothing</source>
        <translation>Seuraavaksi: ei avoimia tehtäviä</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Henkilötunnus</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Path step</source>
        <translation>Palvelupolun vaihe</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Seuraavaksi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Saved changes (newest first)</source>
        <translation>Tallennetut muutokset (uusin ensin)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Alkuarvio</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>hävitetty</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>Due items</source>
        <translation>Ajankohtaiset tehtävät</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Omat asiakkaat</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Koko tiimi</translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation>Kenen asiakkaat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <source>Screening</source>
        <translation>Alkuarvio</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <source>Decision (made by a person)</source>
        <translation>Päätös (ihmisen tekemä)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Which service, e.g. mental-health services</source>
        <translation>Mihin palveluun, esim. mielenterveyspalvelut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <source>Guided to</source>
        <translation>Ohjattu palveluun</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Save screening (Ctrl+S)</source>
        <translation>Tallenna arvio (Ctrl+S)</translation>
    </message>
    <message>
        <source>Earlier screenings (kept as they were)</source>
        <translation>Aiemmat arviot (säilyvät sellaisinaan)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Guided to / reason</source>
        <translation>Ohjaus / perustelu</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Source: %1. Valid from %2.</source>
        <translation>Lähde: %1. Voimassa %2 alkaen.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Voimassa %1 asti.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Days of labour market subsidy</source>
        <translation>Työmarkkinatukipäivät</translation>
    </message>
    <message>
        <source>Months continuously unemployed</source>
        <translation>Yhtäjaksoinen työttömyys, kuukautta</translation>
    </message>
    <message>
        <source>Age from the henkilötunnus: %1</source>
        <translation>Ikä henkilötunnuksesta: %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ei vielä päätetty</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>The answers point to: %1</source>
        <translation>Vastausten perusteella: %1</translation>
    </message>
    <message>
        <source>%1 items unanswered or not known.</source>
        <translation>%1 kohtaa vastaamatta tai ei tiedossa.</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ei päätetty</translation>
    </message>
</context>
</TS>