<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>FeedbackActions</name>
    <message>
        <source>Client &amp;feedback (anonymous)…</source>
        <translation>Klient&amp;respons (anonym)…</translation>
    </message>
    <message>
        <source>Locks the program and lets a client give anonymous feedback on a full screen.</source>
        <translation>Låser programmet och öppnar ett anonymt responsformulär för klienten på hela skärmen.</translation>
    </message>
</context>
<context>
    <name>FeedbackButton</name>
    <message>
        <source>Feedback…</source>
        <translation>Respons…</translation>
    </message>
    <message>
        <source>Let the client give feedback on a full screen. The program is locked first; afterwards your password is needed to continue.</source>
        <translation>Klienten ger respons i ett formulär på hela skärmen. Programmet låses först; därefter fortsätter du genom att skriva ditt lösenord.</translation>
    </message>
    <message>
        <source>Feedback given…</source>
        <translation>Given respons…</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Klientrespons</translation>
    </message>
    <message>
        <source>The feedback form opens from the main window only, which is locked first.</source>
        <translation>Responsformuläret öppnas bara från huvudfönstret, som låses först.</translation>
    </message>
</context>
<context>
    <name>FeedbackListDialog</name>
    <message>
        <source>Feedback given</source>
        <translation>Given respons</translation>
    </message>
    <message>
        <source>No feedback from this client yet. Anonymous feedback is not listed here.</source>
        <translation>Klienten har inte gett någon respons ännu. Anonym respons visas inte här.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>In their own words:</source>
        <translation>Med egna ord:</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>Formulärversion %1</translation>
    </message>
</context>
</TS>