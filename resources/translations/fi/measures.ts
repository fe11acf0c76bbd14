<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>AnswerGrid</name>
    <message>
        <source>Item</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>1 = yes, 0 = no</source>
        <translation>1 = kyllä, 0 = ei</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>vastaamatta</translation>
    </message>
    <message>
        <source>answered %1 / %2</source>
        <translation>vastattu %1 / %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>yhteensä %1</translation>
    </message>
    <message>
        <source>(mean %1)</source>
        <translation>(keskiarvo %1)</translation>
    </message>
    <message>
        <source>so far %1 (%2 of %3 answered)</source>
        <translation>tähän asti %1 (vastattu %2 / %3)</translation>
    </message>
    <message>
        <source>incomplete: no total</source>
        <translation>kesken: ei kokonaispisteitä</translation>
    </message>
    <message>
        <source>The total must be %1–%2.</source>
        <translation>Kokonaispisteiden pitää olla %1–%2.</translation>
    </message>
    <message>
        <source>Item %1: allowed answers are %2.</source>
        <translation>Kysymys %1: sallitut vastaukset ovat %2.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Enter measures</source>
        <translation>Kirjaa mittarit</translation>
    </message>
    <message>
        <source>Correct answers</source>
        <translation>Korjaa vastauksia</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>PROM follow-up set (work ability, inclusion, 3X10D)</source>
        <translation>PROM-seuranta (työkyky, osallisuus, 3X10D)</translation>
    </message>
    <message>
        <source>BDI: enter the total only (with the item-9 box)</source>
        <translation>BDI: kirjaa vain kokonaispisteet (ja kysymyksen 9 ruutu)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mittari</translation>
    </message>
    <message>
        <source>&amp;Time point</source>
        <translation>&amp;Mittauskerta</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Vastattu &amp;pvm</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Keys: 0–9 answer and move on · + = 10 (or 1 then 0) · Space = unanswered · Backspace = back · Ctrl+S = save</source>
        <translation>Näppäimet: 0–9 vastaa ja siirtyy eteenpäin · + = 10 (tai 1 ja heti 0) · välilyönti = jätetty vastaamatta · askelpalautin = takaisin · Ctrl+S = tallenna</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Kokonaispisteet</translation>
    </message>
    <message>
        <source>Item %1 (suicidal thoughts): any other answer than the first option?</source>
        <translation>Kysymys %1 (itsetuhoiset ajatukset): jokin muu kuin ensimmäinen vaihtoehto?</translation>
    </message>
    <message>
        <source>Follow-up window %1–%2 (target %3).</source>
        <translation>Seurannan ikkuna %1–%2 (tavoitepäivä %3).</translation>
    </message>
    <message>
        <source>This date is outside the window: the follow-up is saved and marked as outside the window.</source>
        <translation>Päivä on ikkunan ulkopuolella: seuranta tallennetaan ja merkitään ikkunan ulkopuoliseksi.</translation>
    </message>
</context>
<context>
    <name>MeasureCharts</name>
    <message>
        <source>change not known (answers missing)</source>
        <translation>muutosta ei voi laskea (vastauksia puuttuu)</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>muutos %1</translation>
    </message>
    <message>
        <source>change %1: no clear change</source>
        <translation>muutos %1: ei selvää muutosta</translation>
    </message>
    <message>
        <source>change %1: better</source>
        <translation>muutos %1: parempi</translation>
    </message>
    <message>
        <source>change %1: weaker</source>
        <translation>muutos %1: heikompi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Baseline</source>
        <translation>Alkumittaus</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>6 kk seuranta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>ei vielä ajankohtainen</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ajankohtainen</translation>
    </message>
    <message>
        <source>in window</source>
        <translation>ikkunassa</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Measures</source>
        <translation>Mittarit</translation>
    </message>
    <message>
        <source>&amp;Acknowledge (seen)</source>
        <translation>&amp;Kuittaa nähdyksi</translation>
    </message>
    <message>
        <source>&amp;New entry (Ctrl+N)</source>
        <translation>&amp;Uusi kirjaus (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct selected</source>
        <translation>&amp;Korjaa valittu</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Yhteenveto-&amp;PDF…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Mittauskerta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message>
        <source>BDI %1: item 9 (suicidal thoughts) was not answered. Ask it.</source>
        <translation>BDI %1: kysymykseen 9 (itsetuhoiset ajatukset) ei ole vastausta. Kysy se.</translation>
    </message>
    <message>
        <source>BDI %1: item 9 (suicidal thoughts) is not zero.</source>
        <translation>BDI %1: kysymys 9 (itsetuhoiset ajatukset) ei ole nolla.</translation>
    </message>
    <message>
        <source>For the doctor's attention:</source>
        <translation>Lääkärin huomioon:</translation>
    </message>
    <message>
        <source>Baseline PROM: %1</source>
        <translation>Alkumittaus: %1</translation>
    </message>
    <message>
        <source>Follow-up PROM (window %1–%2): %3</source>
        <translation>Seurantamittaus (ikkuna %1–%2): %3</translation>
    </message>
    <message>
        <source>No start date: no PROM schedule.</source>
        <translation>Asiakkuuden alkupäivä puuttuu, joten mittausaikataulua ei ole.</translation>
    </message>
    <message>
        <source>start / now / target</source>
        <translation>lähtö / nyt / tavoite</translation>
    </message>
    <message>
        <source>incomplete: no total</source>
        <translation>kesken: ei kokonaispisteitä</translation>
    </message>
    <message>
        <source>(mean %1)</source>
        <translation>(keskiarvo %1)</translation>
    </message>
    <message>
        <source>outside the follow-up window</source>
        <translation>seurannan ikkunan ulkopuolella</translation>
    </message>
    <message>
        <source>unanswered items</source>
        <translation>vastaamattomia kohtia</translation>
    </message>
    <message>
        <source>total only</source>
        <translation>vain kokonaispisteet</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korjattu</translation>
    </message>
    <message>
        <source>No measures yet. Press Ctrl+N to enter answers.</source>
        <translation>Mittareita ei vielä ole. Kirjaa vastaukset painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Tallenna yhteenveto</translation>
    </message>
</context>
<context>
    <name>TeamMeasuresView</name>
    <message>
        <source>Change from baseline to the 6-month follow-up, clients with both</source>
        <translation>Muutos alkumittauksesta 6 kk seurantaan (asiakkaat, joilla molemmat)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean at start</source>
        <translation>Keskiarvo alussa</translation>
    </message>
    <message>
        <source>Mean at follow-up</source>
        <translation>Keskiarvo seurannassa</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Muutoksen keskiarvo</translation>
    </message>
    <message>
        <source>Median change</source>
        <translation>Muutoksen mediaani</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Parani</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Heikkeni</translation>
    </message>
    <message>
        <source>Only complete answers count. A change of less than 2 points in the work-ability score is shown as the same.</source>
        <translation>Mukana vain täydelliset vastaukset. Alle 2 pisteen muutos työkykypistemäärässä lasketaan ennallaan pysyneeksi.</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>Ajankohtaiset ja myöhässä olevat seurannat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ikkuna</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilanne</translation>
    </message>
</context>
</TS>