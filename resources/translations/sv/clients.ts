<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>BasicTab</name>
    <message>
        <source>Basic data</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>New path step</source>
        <translation>Nytt steg på servicestigen</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Datum för övergången</translation>
    </message>
    <message>
        <source>Move to this step</source>
        <translation>Flytta till det här steget</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flytta till steg</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Close the client relationship</source>
        <translation>Avsluta klientrelationen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Orsak till avslutandet</translation>
    </message>
    <message>
        <source>Closing assessment</source>
        <translation>Slutbedömning</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Avsluta klientrelationen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna på nytt</translation>
    </message>
    <message>
        <source>Reopen the client relationship</source>
        <translation>Öppna klientrelationen på nytt</translation>
    </message>
    <message>
        <source>At step</source>
        <translation>Till steg</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>Avslutad %1: %2</translation>
    </message>
    <message>
        <source>The record is kept until %1 (10 years after closing).</source>
        <translation>Uppgifterna förvaras till %1 (10 år efter att klientrelationen avslutades).</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, sedan %2</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Välj orsak till avslutandet.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Henkilötunnus</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>e.g. 131052-308T; leave empty if not known yet</source>
        <translation>t.ex. 131052-308T; lämna tomt om den inte är känd ännu</translation>
    </message>
    <message>
        <source>Temporary identifier</source>
        <translation>Tillfällig beteckning</translation>
    </message>
    <message>
        <source>Given automatically when left empty</source>
        <translation>Ges automatiskt om fältet lämnas tomt</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Hänvisande part</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>Referrer, details</source>
        <translation>Hänvisande part, precisering</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Hänvisningsdatum</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>Inte utsedd ännu</translation>
    </message>
    <message>
        <source>Case manager outside the team</source>
        <translation>Klientansvarig utanför teamet</translation>
    </message>
    <message>
        <source>Name and organisation, from the service map</source>
        <translation>Namn och organisation, från servicekartan</translation>
    </message>
    <message>
        <source>Peer-support person</source>
        <translation>Kamratstödjare</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Närstående och familjesituation</translation>
    </message>
    <message>
        <source>Born %1, age %2</source>
        <translation>Född %1, ålder %2</translation>
    </message>
    <message>
        <source>temporary identifier (individual number 900–999)</source>
        <translation>tillfällig beteckning (individnummer 900–999)</translation>
    </message>
    <message>
        <source>note: outside the team's age range 18–65</source>
        <translation>obs! utanför teamets åldersgrupp 18–65 år</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>1 Referral</source>
        <translation>1 Hänvisning</translation>
    </message>
    <message>
        <source>2 Needs assessment and goals</source>
        <translation>2 Utredning av behov och mål</translation>
    </message>
    <message>
        <source>3 Planning and coordination</source>
        <translation>3 Planering och samordning</translation>
    </message>
    <message>
        <source>4 Means and methods</source>
        <translation>4 Metoder som stöder arbetsförmågan</translation>
    </message>
    <message>
        <source>5 Onward referral and follow-up</source>
        <translation>5 Hänvisning till tjänster och uppföljning</translation>
    </message>
    <message>
        <source>6 Reaching the goal</source>
        <translation>6 Målet uppnås</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Sysselsättningstjänster</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänster</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Hälsostation</translation>
    </message>
    <message>
        <source>Third-sector organisation</source>
        <translation>Organisation (tredje sektorn)</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation>Eget initiativ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Fick arbete</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Vocational rehabilitation</source>
        <translation>Yrkesinriktad rehabilitering</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Annan tjänst</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttade bort</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Avbröts</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation>Annat / inte angivet</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>annat språk</translation>
    </message>
    <message>
        <source>Baseline PROM</source>
        <translation>Startmätning (PROM)</translation>
    </message>
    <message>
        <source>Follow-up PROM</source>
        <translation>Uppföljningsmätning (PROM)</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Uppdatering av planen</translation>
    </message>
    <message>
        <source>Needs mapping (TYP)</source>
        <translation>Kartläggning av servicebehovet (TYP)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Accept as client</source>
        <translation>Tas emot som klient</translation>
    </message>
    <message>
        <source>Guide elsewhere</source>
        <translation>Hänvisas till annan tjänst</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>Mer information behövs</translation>
    </message>
    <message>
        <source>Coordinator is case manager</source>
        <translation>Koordinatorn är klientansvarig</translation>
    </message>
    <message>
        <source>Team consults only</source>
        <translation>Teamet konsulterar</translation>
    </message>
    <message>
        <source>Unclear: weigh it</source>
        <translation>Oklart: överväg</translation>
    </message>
    <message>
        <source>Assess multisectoral service</source>
        <translation>Bedöm behovet av sektorsövergripande samservice</translation>
    </message>
    <message>
        <source>No multisectoral trigger</source>
        <translation>Villkoren för sektorsövergripande samservice uppfylls inte</translation>
    </message>
    <message>
        <source>Client relationship started</source>
        <translation>Klientrelationen inleddes</translation>
    </message>
    <message>
        <source>Moved on the path</source>
        <translation>Gick vidare på servicestigen</translation>
    </message>
    <message>
        <source>Client relationship closed</source>
        <translation>Klientrelationen avslutades</translation>
    </message>
    <message>
        <source>Client relationship reopened</source>
        <translation>Klientrelationen öppnades på nytt</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Search by name, henkilötunnus or phone (Ctrl+F)</source>
        <translation>Sök med namn, personbeteckning eller telefonnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>Ny klient (Ctrl+N)</translation>
    </message>
    <message>
        <source>All path steps</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Pågående och avslutade</translation>
    </message>
    <message>
        <source>All case managers</source>
        <translation>Alla klientansvariga</translation>
    </message>
    <message>
        <source>Only due or overdue</source>
        <translation>Endast aktuella och försenade</translation>
    </message>
    <message>
        <source>Path step</source>
        <translation>Steg på servicestigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 av %2 klienter</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← Client list</source>
        <translation>← Klientlista</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>inte utsedd</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>ålder %1</translation>
    </message>
    <message>
        <source>age –</source>
        <translation>ålder –</translation>
    </message>
    <message>
        <source>case manager: %1</source>
        <translation>klientansvarig: %1</translation>
    </message>
    <message>
        <source>closed %1 (%2), retention ends %3</source>
        <translation>avslutad %1 (%2), förvaringen upphör %3</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Samtycke: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Härnäst: %1</translation>
    </message>
    <message>
        <source>Next due: nothing</source>
        <translation>Härnäst: inga öppna uppgifter</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Henkilötunnus</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Path step</source>
        <translation>Steg på servicestigen</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Härnäst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Saved changes (newest first)</source>
        <translation>Sparade ändringar (nyaste först)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Utförd av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Inledande bedömning</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>raderad</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Due items</source>
        <translation>Aktuella uppgifter</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Hela teamet</translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation>Vems klienter</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <source>Screening</source>
        <translation>Inledande bedömning</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Decision (made by a person)</source>
        <translation>Beslut (fattat av en person)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Which service, e.g. mental-health services</source>
        <translation>Vilken tjänst, t.ex. mentalvårdstjänster</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Guided to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Save screening (Ctrl+S)</source>
        <translation>Spara bedömningen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Earlier screenings (kept as they were)</source>
        <translation>Tidigare bedömningar (sparas oförändrade)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Guided to / reason</source>
        <translation>Hänvisning / motivering</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Source: %1. Valid from %2.</source>
        <translation>Källa: %1. Gäller från %2.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gäller till %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inte känt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Days of labour market subsidy</source>
        <translation>Dagar med arbetsmarknadsstöd</translation>
    </message>
    <message>
        <source>Months continuously unemployed</source>
        <translation>Oavbrutet arbetslös, månader</translation>
    </message>
    <message>
        <source>Age from the henkilötunnus: %1</source>
        <translation>Ålder enligt personbeteckningen: %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte beslutat ännu</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <source>The answers point to: %1</source>
        <translation>Svaren tyder på: %1</translation>
    </message>
    <message>
        <source>%1 items unanswered or not known.</source>
        <translation>%1 punkter obesvarade eller inte kända.</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>inte beslutat</translation>
    </message>
</context>
</TS>