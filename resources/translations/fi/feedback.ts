<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>FeedbackActions</name>
    <message>
        <source>Client &amp;feedback (anonymous)…</source>
        <translation>Asiakas&amp;palaute (nimetön)…</translation>
    </message>
    <message>
        <source>Locks the program and lets a client give anonymous feedback on a full screen.</source>
        <translation>Lukitsee ohjelman ja avaa asiakkaalle nimettömän palautelomakkeen koko näytölle.</translation>
    </message>
</context>
<context>
    <name>FeedbackButton</name>
    <message>
        <source>Feedback…</source>
        <translation>Palaute…</translation>
    </message>
    <message>
        <source>Let the client give feedback on a full screen. The program is locked first; afterwards your password is needed to continue.</source>
        <translation>Asiakas antaa palautteen koko näytön lomakkeella. Ohjelma lukitaan ensin; sen jälkeen jatkat kirjoittamalla salasanasi.</translation>
    </message>
    <message>
        <source>Feedback given…</source>
        <translation>Annetut palautteet…</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Asiakaspalaute</translation>
    </message>
    <message>
        <source>The feedback form opens from the main window only, which is locked first.</source>
        <translation>Palautelomake avautuu vain pääikkunasta, joka lukitaan ensin.</translation>
    </message>
</context>
<context>
    <name>FeedbackListDialog</name>
    <message>
        <source>Feedback given</source>
        <translation>Annetut palautteet</translation>
    </message>
    <message>
        <source>No feedback from this client yet. Anonymous feedback is not listed here.</source>
        <translation>Asiakas ei ole vielä antanut palautetta. Nimettömät palautteet eivät näy tässä.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <source>In their own words:</source>
        <translation>Omin sanoin:</translation>
    </message>
    <message>
        <source>Form version %1</source>
        <translation>Lomakkeen versio %1</translation>
    </message>
</context>
</TS>