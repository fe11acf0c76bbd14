<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name />
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa utvärdering</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree on the plan</source>
        <translation>Kom överens om planen</translation>
    </message>
    <message>
        <source>An agreed version can no longer be changed. Later changes start a new draft.</source>
        <translation>En överenskommen version kan inte längre ändras. Senare ändringar inleder ett nytt utkast.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <source>Not at a network meeting</source>
        <translation>Inte vid ett nätverksmöte</translation>
    </message>
    <message>
        <source>Network meeting %1</source>
        <translation>Nätverksmöte %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>One participant per line</source>
        <translation>En deltagare per rad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Agree and freeze</source>
        <translation>Godkänn och lås</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved the plan</source>
        <translation>Någon annan har sparat planen</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Den andras ändringar</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Dina ändringar</translation>
    </message>
    <message>
        <source>When combined</source>
        <translation>Sammanslaget</translation>
    </message>
    <message>
        <source>Combine both (recommended)</source>
        <translation>Slå ihop båda (rekommenderas)</translation>
    </message>
    <message>
        <source>Keep only my version</source>
        <translation>Behåll bara min version</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Tillbaka till redigeringen</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Print the plan</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Spara planen som PDF</translation>
    </message>
    <message>
        <source>The plan for the parties</source>
        <translation>Planen för parterna</translation>
    </message>
    <message>
        <source>The client's own plan (large type)</source>
        <translation>Klientens egen plan (stor stil)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Consents are not available in this version of the program, so no outside recipient can be offered.</source>
        <translation>Samtycken finns inte i den här versionen av programmet, så inga utomstående mottagare kan väljas.</translation>
    </message>
    <message>
        <source>No party has the client's consent to receive the plan.</source>
        <translation>Ingen part har klientens samtycke att ta emot planen.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Kom överens…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Goals in the client's own words</source>
        <translation>Målen med klientens egna ord</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Lägg till &amp;mål</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>uppnått</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>slopat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>One intermediate goal per line; start a line with + when it is done</source>
        <translation>Ett delmål per rad; börja raden med + när delmålet är uppnått</translation>
    </message>
    <message>
        <source>Intermediate goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Tasks, responsibilities and schedule</source>
        <translation>Uppgifter, ansvar och tidtabell</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Lägg till upp&amp;gift</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Ta bort uppgift</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjord</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>Service used</source>
        <translation>Tjänst som används</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Klientansvarig</translation>
    </message>
    <message>
        <source>The client's own role</source>
        <translation>Klientens egen roll</translation>
    </message>
    <message>
        <source>Next meeting or review</source>
        <translation>Nästa möte eller uppföljning</translation>
    </message>
    <message>
        <source>Reason for a later review</source>
        <translation>Orsak till senare uppföljning</translation>
    </message>
    <message>
        <source>Internal notes: not on the client's own plan</source>
        <translation>Interna anteckningar: skrivs inte ut på klientens egen plan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>(new goal)</source>
        <translation>(nytt mål)</translation>
    </message>
    <message>
        <source>(new task)</source>
        <translation>(ny uppgift)</translation>
    </message>
    <message>
        <source>Draft, version %1</source>
        <translation>Utkast, version %1</translation>
    </message>
    <message>
        <source>based on the previous agreed version</source>
        <translation>baserat på den förra överenskomna versionen</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>osparade ändringar</translation>
    </message>
    <message>
        <source>At the latest %1 (6 months)</source>
        <translation>Senast %1 (6 månader)</translation>
    </message>
    <message>
        <source>More than 6 months ahead: write down why.</source>
        <translation>Mer än 6 månader framåt: skriv ner varför.</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Inte sparat: din text finns kvar.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Plan versions</source>
        <translation>Planens versioner</translation>
    </message>
    <message>
        <source>Version %1, agreed %2</source>
        <translation>Version %1, överenskommen %2</translation>
    </message>
    <message>
        <source>Version %1, draft</source>
        <translation>Version %1, utkast</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Vald version</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Ändringar från version %1 till version %2</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Inga ändringar</translation>
    </message>
</context>
</TS>