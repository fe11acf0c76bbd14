<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Filtrera organisationer</translation>
    </message>
    <message>
        <source>Other parties, separated by semicolons</source>
        <translation>Andra parter, åtskilda med semikolon</translation>
    </message>
    <message>
        <source>Valid until withdrawn</source>
        <translation>Gäller tills vidare</translation>
    </message>
    <message>
        <source>The signed form has been received</source>
        <translation>Den undertecknade blanketten har kommit in</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Syften</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>Andra parter</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Hur givet</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Syften</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>New consent…</source>
        <translation>Nytt samtycke…</translation>
    </message>
    <message>
        <source>Extend or correct…</source>
        <translation>Utvidga eller korrigera…</translation>
    </message>
    <message>
        <source>Mark signed</source>
        <translation>Markera som undertecknat</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Återkalla…</translation>
    </message>
    <message>
        <source>Consent form PDF…</source>
        <translation>Samtyckesblankett som PDF…</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>No longer covered:</source>
        <translation>Samtycket omfattar inte längre:</translation>
    </message>
    <message>
        <source>Upcoming meetings affected:</source>
        <translation>Kommande möten som berörs:</translation>
    </message>
    <message>
        <source>Check the invitations of these meetings.</source>
        <translation>Kontrollera inbjudningarna till dessa möten.</translation>
    </message>
    <message>
        <source>Save consent form</source>
        <translation>Spara samtyckesblanketten</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation>Föreslagna tjänster</translation>
    </message>
    <message>
        <source>Invite selected</source>
        <translation>Bjud in den valda</translation>
    </message>
    <message>
        <source>Add the client</source>
        <translation>Lägg till klienten</translation>
    </message>
    <message>
        <source>Add peer-support person</source>
        <translation>Lägg till kamratstödjare</translation>
    </message>
    <message>
        <source>Add case manager</source>
        <translation>Lägg till klientansvarig</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Anteckna samtycke…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pre-assessment requested</source>
        <translation>Förhandsbedömning begärd</translation>
    </message>
    <message>
        <source>Pre-assessment received</source>
        <translation>Förhandsbedömning mottagen</translation>
    </message>
    <message>
        <source>Remove invitee</source>
        <translation>Ta bort inbjuden</translation>
    </message>
    <message>
        <source>The meeting has been held</source>
        <translation>Mötet har hållits</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Remote link</source>
        <translation>Distansförbindelse</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>The client's domains: services are suggested from the service map</source>
        <translation>Klientens stödområden: lämpliga tjänster föreslås från servicekartan</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Efter mötet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>Peer-support person</source>
        <translation>Kamratstödjare</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Nätverksmöten</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <source>Invitation list PDF…</source>
        <translation>Inbjudningslista som PDF…</translation>
    </message>
    <message>
        <source>Calendar file (.ics)…</source>
        <translation>Kalenderfil (.ics)…</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>Utkast till e-post</translation>
    </message>
    <message>
        <source>Save invitation list</source>
        <translation>Spara inbjudningslistan</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Spara kalenderfilen</translation>
    </message>
</context>
<context>
    <name>ServiceMapPage</name>
    <message>
        <source>Service map</source>
        <translation>Servicekarta</translation>
    </message>
    <message>
        <source>Search by name, service, person or area</source>
        <translation>Sök med namn, tjänst, person eller område</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alla sektorer</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alla stödområden</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>Only entries unchecked for over 12 months</source>
        <translation>Endast de som inte kontrollerats på över 12 månader</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Mark as checked today</source>
        <translation>Markera som kontrollerad i dag</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera som CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportera som JSON…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>⚠ over 12 months</source>
        <translation>⚠ över 12 mån. sedan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Not checked for over 12 months: confirm the details with the provider.</source>
        <translation>Inte kontrollerad på över 12 månader: bekräfta uppgifterna hos serviceproducenten.</translation>
    </message>
    <message>
        <source>Entries: %1 · unchecked for over 12 months: %2</source>
        <translation>Poster: %1 · inte kontrollerade på över 12 mån.: %2</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>För vem</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Hur man hänvisar</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Stödområden</translation>
    </message>
    <message>
        <source>Path phases</source>
        <translation>Faser på stigen</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Import service map</source>
        <translation>Importera servicekarta</translation>
    </message>
    <message>
        <source>Service map (*.csv *.json)</source>
        <translation>Servicekarta (*.csv *.json)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importerat: %1 nya, %2 uppdaterade, %3 oförändrade.</translation>
    </message>
    <message>
        <source>Export service map</source>
        <translation>Exportera servicekartan</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>Social services (wellbeing county)</source>
        <translation>Socialtjänster (välfärdsområdet)</translation>
    </message>
    <message>
        <source>Health services (wellbeing county)</source>
        <translation>Hälsotjänster (välfärdsområdet)</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Sysselsättningstjänster</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Third sector</source>
        <translation>Tredje sektorn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Social situation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Work and functional capacity</source>
        <translation>Arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <source>Skills and job search</source>
        <translation>Kompetens och jobbsökning</translation>
    </message>
    <message>
        <source>Developing work and functional capacity</source>
        <translation>Utveckling av arbets- och funktionsförmågan</translation>
    </message>
    <message>
        <source>Developing skills</source>
        <translation>Utveckling av kompetensen</translation>
    </message>
    <message>
        <source>Moving into work</source>
        <translation>Övergång till arbete</translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation>Öppna arbetsmarknaden</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Undertecknat på papper</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Waiting for signature</source>
        <translation>Väntar på underskrift</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Gäller inte ännu</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Har upphört</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Uppföljningsmöte</translation>
    </message>
    <message>
        <source>Closing meeting</source>
        <translation>Avslutande möte</translation>
    </message>
    <message>
        <source>Consultation without the client</source>
        <translation>Konsultation utan klienten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hållet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Yrkesperson</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Peer-support person</source>
        <translation>Kamratstödjare</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Annan part</translation>
    </message>
    <message>
        <source>To invite</source>
        <translation>Ska bjudas in</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kommer</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Förhindrad</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
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
</context>
</TS>