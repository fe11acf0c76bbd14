<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>AccessActions</name>
    <message>
        <source>Erase client</source>
        <translation>Radera klient</translation>
    </message>
    <message>
        <source>Only an administrator can erase a client.</source>
        <translation>Endast en administratör kan radera en klient.</translation>
    </message>
    <message>
        <source>The client was erased. %1 records were removed and the audit trail records the erasure.</source>
        <translation>Klienten har raderats. %1 poster togs bort och raderingen har antecknats i loggen.</translation>
    </message>
    <message>
        <source>Erasing the client…</source>
        <translation>Klienten raderas…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Erase the selected client for real, after a confirmation that names them</source>
        <translation>Radera den valda klienten permanent efter en bekräftelse som namnger klienten</translation>
    </message>
    <message>
        <source>Choose a client in the list first.</source>
        <translation>Välj först en klient i listan.</translation>
    </message>
    <message>
        <source>%1 (%2) – closed %3, retention ended %4</source>
        <translation>%1 (%2) – klientrelationen avslutades %3, förvaringstiden gick ut %4</translation>
    </message>
</context>
<context>
    <name>ClientDataButton</name>
    <message>
        <source>Client's data…</source>
        <translation>Klientens uppgifter…</translation>
    </message>
    <message>
        <source>Everything stored about the client, for the client (right of access), and erasure</source>
        <translation>Alla uppgifter som sparats om klienten, för klienten (rätt till insyn), och radering</translation>
    </message>
    <message>
        <source>Export data (PDF + JSON)…</source>
        <translation>Exportera uppgifterna (PDF + JSON)…</translation>
    </message>
    <message>
        <source>Writes everything stored about the client, and who has handled it, as a readable PDF and a machine-readable JSON file into a folder you choose.</source>
        <translation>Sparar alla uppgifter om klienten och vem som har behandlat dem som en läsbar PDF-fil och en maskinläsbar JSON-fil i en mapp du väljer.</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Radera klient…</translation>
    </message>
    <message>
        <source>Erase the client and everything about them for real (administrators).</source>
        <translation>Radera klienten och alla uppgifter om hen permanent (administratörer).</translation>
    </message>
    <message>
        <source>Export the client's data</source>
        <translation>Exportera klientens uppgifter</translation>
    </message>
    <message>
        <source>The client's data was saved:
%1
%2

The files are not encrypted: hand them over safely and delete the copies that are no longer needed.</source>
        <translation>Klientens uppgifter sparades:
%1
%2

Filerna är inte krypterade: lämna över dem på ett säkert sätt och radera de kopior som inte längre behövs.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase client</source>
        <translation>Radera klient</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Radera %1 permanent?</translation>
    </message>
    <message>
        <source>Everything stored about the client is erased: basic data, screenings, consents, meetings, plan versions, measures, feedback and their change history (%1 records). The audit trail keeps only that an erasure happened, by whom and when. This cannot be undone.</source>
        <translation>Allt som sparats om klienten raderas: grunduppgifter, screeningar, samtycken, möten, planversioner, mätningar, respons och deras ändringshistorik (%1 poster). I loggen finns bara kvar att en radering gjordes, av vem och när. Raderingen kan inte ångras.</translation>
    </message>
    <message>
        <source>Basis for the erasure</source>
        <translation>Grund för raderingen</translation>
    </message>
    <message>
        <source>The client asked for erasure and the law allows it</source>
        <translation>Klienten bad om radering och lagen tillåter det</translation>
    </message>
    <message>
        <source>The record was entered in error (wrong person or a duplicate)</source>
        <translation>Uppgifterna antecknades felaktigt (fel person eller en dubblett)</translation>
    </message>
    <message>
        <source>The retention time has ended</source>
        <translation>Förvaringstiden har gått ut</translation>
    </message>
    <message>
        <source>Backups made before the erasure still hold the client until they rotate out of the backup folder; a backup kept anywhere else must be destroyed separately. Restoring an older backup brings the client back.</source>
        <translation>Säkerhetskopior som gjorts före raderingen innehåller klienten tills de i tur och ordning försvinner ur säkerhetskopiemappen; en säkerhetskopia som förvaras någon annanstans måste förstöras separat. Om en äldre säkerhetskopia återställs kommer klienten tillbaka.</translation>
    </message>
    <message>
        <source>To confirm, type the client's name (%1):</source>
        <translation>Bekräfta genom att skriva klientens namn (%1):</translation>
    </message>
    <message>
        <source>The client's name</source>
        <translation>Klientens namn</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>The retention time ended on %1.</source>
        <translation>Förvaringstiden gick ut %1.</translation>
    </message>
    <message>
        <source>The retention time has not ended: the record is kept until %1 (10 years after the client relationship closed). Erase now only when the client asked for it and the law allows it, or when the record was entered in error.</source>
        <translation>Förvaringstiden har inte gått ut: uppgifterna förvaras till %1 (10 år efter att klientrelationen avslutades). Radera nu bara om klienten har bett om det och lagen tillåter det, eller om uppgifterna antecknats felaktigt.</translation>
    </message>
    <message>
        <source>The client relationship is still open, so the retention time has not begun. Erase now only when the client asked for it and the law allows it, or when the record was entered in error.</source>
        <translation>Klientrelationen pågår fortfarande, så förvaringstiden har inte börjat. Radera nu bara om klienten har bett om det och lagen tillåter det, eller om uppgifterna antecknats felaktigt.</translation>
    </message>
</context>
</TS>