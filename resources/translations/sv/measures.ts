<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>AnswerGrid</name>
    <message>
        <source>Item</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>1 = yes, 0 = no</source>
        <translation>1 = ja, 0 = nej</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>obesvarad</translation>
    </message>
    <message>
        <source>answered %1 / %2</source>
        <translation>besvarat %1 / %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>totalt %1</translation>
    </message>
    <message>
        <source>(mean %1)</source>
        <translation>(medelvärde %1)</translation>
    </message>
    <message>
        <source>so far %1 (%2 of %3 answered)</source>
        <translation>hittills %1 (%2 av %3 besvarade)</translation>
    </message>
    <message>
        <source>incomplete: no total</source>
        <translation>ofullständigt: ingen totalpoäng</translation>
    </message>
    <message>
        <source>The total must be %1–%2.</source>
        <translation>Totalpoängen ska vara %1–%2.</translation>
    </message>
    <message>
        <source>Item %1: allowed answers are %2.</source>
        <translation>Fråga %1: tillåtna svar är %2.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Enter measures</source>
        <translation>Registrera mätresultat</translation>
    </message>
    <message>
        <source>Correct answers</source>
        <translation>Korrigera svar</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>PROM follow-up set (work ability, inclusion, 3X10D)</source>
        <translation>PROM-uppföljning (arbetsförmåga, delaktighet, 3X10D)</translation>
    </message>
    <message>
        <source>BDI: enter the total only (with the item-9 box)</source>
        <translation>BDI: registrera bara totalpoängen (och rutan för fråga 9)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mätare</translation>
    </message>
    <message>
        <source>&amp;Time point</source>
        <translation>Mät&amp;tillfälle</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Besvarat &amp;den</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Keys: 0–9 answer and move on · + = 10 (or 1 then 0) · Space = unanswered · Backspace = back · Ctrl+S = save</source>
        <translation>Tangenter: 0–9 svarar och går vidare · + = 10 (eller 1 och genast 0) · mellanslag = obesvarad · backsteg = tillbaka · Ctrl+S = spara</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Item %1 (suicidal thoughts): any other answer than the first option?</source>
        <translation>Fråga %1 (självmordstankar): något annat svar än det första alternativet?</translation>
    </message>
    <message>
        <source>Follow-up window %1–%2 (target %3).</source>
        <translation>Uppföljningsfönster %1–%2 (måldatum %3).</translation>
    </message>
    <message>
        <source>This date is outside the window: the follow-up is saved and marked as outside the window.</source>
        <translation>Datumet ligger utanför fönstret: uppföljningen sparas och märks som utanför fönstret.</translation>
    </message>
</context>
<context>
    <name>MeasureCharts</name>
    <message>
        <source>change not known (answers missing)</source>
        <translation>förändringen kan inte räknas ut (svar saknas)</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>förändring %1</translation>
    </message>
    <message>
        <source>change %1: no clear change</source>
        <translation>förändring %1: ingen tydlig förändring</translation>
    </message>
    <message>
        <source>change %1: better</source>
        <translation>förändring %1: bättre</translation>
    </message>
    <message>
        <source>change %1: weaker</source>
        <translation>förändring %1: svagare</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Baseline</source>
        <translation>Startmätning</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>Uppföljning 6 mån</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjord</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>inte aktuell ännu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>in window</source>
        <translation>i fönstret</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Measures</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>&amp;Acknowledge (seen)</source>
        <translation>&amp;Kvittera som sedd</translation>
    </message>
    <message>
        <source>&amp;New entry (Ctrl+N)</source>
        <translation>&amp;Ny registrering (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct selected</source>
        <translation>K&amp;orrigera vald</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Sammanfattning som &amp;PDF…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Mättillfälle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>BDI %1: item 9 (suicidal thoughts) was not answered. Ask it.</source>
        <translation>BDI %1: fråga 9 (självmordstankar) är obesvarad. Ställ frågan.</translation>
    </message>
    <message>
        <source>BDI %1: item 9 (suicidal thoughts) is not zero.</source>
        <translation>BDI %1: fråga 9 (självmordstankar) är inte noll.</translation>
    </message>
    <message>
        <source>For the doctor's attention:</source>
        <translation>Till läkarens kännedom:</translation>
    </message>
    <message>
        <source>Baseline PROM: %1</source>
        <translation>Startmätning: %1</translation>
    </message>
    <message>
        <source>Follow-up PROM (window %1–%2): %3</source>
        <translation>Uppföljningsmätning (fönster %1–%2): %3</translation>
    </message>
    <message>
        <source>No start date: no PROM schedule.</source>
        <translation>Startdatum saknas, så det finns inget mätschema.</translation>
    </message>
    <message>
        <source>start / now / target</source>
        <translation>start / nu / mål</translation>
    </message>
    <message>
        <source>incomplete: no total</source>
        <translation>ofullständigt: ingen totalpoäng</translation>
    </message>
    <message>
        <source>(mean %1)</source>
        <translation>(medelvärde %1)</translation>
    </message>
    <message>
        <source>outside the follow-up window</source>
        <translation>utanför uppföljningsfönstret</translation>
    </message>
    <message>
        <source>unanswered items</source>
        <translation>obesvarade frågor</translation>
    </message>
    <message>
        <source>total only</source>
        <translation>endast totalpoäng</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigerad</translation>
    </message>
    <message>
        <source>No measures yet. Press Ctrl+N to enter answers.</source>
        <translation>Inga mätresultat ännu. Tryck på Ctrl+N för att registrera svar.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Spara sammanfattningen</translation>
    </message>
</context>
<context>
    <name>TeamMeasuresView</name>
    <message>
        <source>Change from baseline to the 6-month follow-up, clients with both</source>
        <translation>Förändring från startmätningen till uppföljningen efter 6 mån (klienter med båda)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean at start</source>
        <translation>Medelvärde i början</translation>
    </message>
    <message>
        <source>Mean at follow-up</source>
        <translation>Medelvärde vid uppföljningen</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Förändringens medelvärde</translation>
    </message>
    <message>
        <source>Median change</source>
        <translation>Förändringens median</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Förbättrades</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Försämrades</translation>
    </message>
    <message>
        <source>Only complete answers count. A change of less than 2 points in the work-ability score is shown as the same.</source>
        <translation>Endast fullständiga svar räknas. En förändring på mindre än 2 poäng i arbetsförmågepoängen visas som oförändrad.</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>Aktuella och försenade uppföljningar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
</context>
</TS>