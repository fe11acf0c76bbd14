<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>Administrator (manages users and backups)</source>
        <translation>Ylläpitäjä (hallitsee käyttäjiä ja varmuuskopioita)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Backups and settings</source>
        <translation>Varmuuskopiot ja asetukset</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytysaika</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Signed in</source>
        <translation>Kirjautui</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Epäonnistunut kirjautuminen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kirjautui ulos</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Avattu</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Katsottu</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listattu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Käyttäjä lisätty</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Käyttäjää muutettu</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Käyttäjä poistettu käytöstä</translation>
    </message>
    <message>
        <source>Password set by admin</source>
        <translation>Ylläpitäjä asetti salasanan</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Oma salasana vaihdettu</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Tietokanta päivitetty</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Poistettu pysyvästi</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Tietokanta luotu</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demotiedot luotu</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Palautusavain vaihdettu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV-tiedostoksi…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>(erased client)</source>
        <translation>(poistettu asiakas)</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 merkintää</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries verified.</source>
        <translation>Lokitiedot ovat eheät: %1 merkintää tarkistettu.</translation>
    </message>
    <message>
        <source>The audit trail has been altered at entry %1.</source>
        <translation>Lokitietoja on muutettu merkinnän %1 kohdalla.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups stay encrypted and open with the same passwords or the recovery key. An automatic backup is made once a day under the data folder.</source>
        <translation>Varmuuskopiot pysyvät salattuina ja aukeavat samoilla salasanoilla tai palautusavaimella. Automaattinen varmuuskopio tehdään kerran päivässä datakansioon.</translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation>Varmuuskopioi tiedostoon…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automaattiset varmuuskopiot</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopioi</translation>
    </message>
    <message>
        <source>Työkykytiimi backup (*.tkbackup)</source>
        <translation>Työkykytiimin varmuuskopio (*.tkbackup)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restoring replaces all current data with the backup. The current data are kept as a separate backup. Continue?</source>
        <translation>Palautus korvaa kaikki nykyiset tiedot varmuuskopion tiedoilla. Nykyiset tiedot säilytetään erillisenä varmuuskopiona. Jatketaanko?</translation>
    </message>
    <message>
        <source>Your password in the backup:</source>
        <translation>Salasanasi varmuuskopiossa:</translation>
    </message>
    <message>
        <source>The backup was restored. The program restarts its windows now.</source>
        <translation>Varmuuskopio palautettiin. Ohjelma avaa ikkunansa uudelleen.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Vaihda salasanasi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nykyinen salasana</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Uusi salasana uudelleen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Työkykytiimi is locked</source>
        <translation>Työkykytiimi on lukittu</translation>
    </message>
    <message>
        <source>Signed in: %1. Type your password to continue.</source>
        <translation>Kirjautunut: %1. Jatka kirjoittamalla salasanasi.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Salasana on väärä.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Työkykytiimi – %1</source>
        <translation>Työkykytiimi – %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>, ylläpitäjä</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2%3)</source>
        <translation>Kirjautunut: %1 (%2%3)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Service map</source>
        <translation>Palvelukartta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>This area is not available yet.</source>
        <translation>Tämä osio ei ole vielä käytettävissä.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>There are unsaved changes. Save them before closing?</source>
        <translation>Muutoksia ei ole tallennettu. Tallennetaanko ennen sulkemista?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lukitse nyt</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Vaihda &amp;salasana…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Kirjaudu &amp;ulos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Työkykytiimi</source>
        <translation>&amp;Tietoja Työkykytiimistä</translation>
    </message>
    <message>
        <source>About Työkykytiimi</source>
        <translation>Tietoja Työkykytiimistä</translation>
    </message>
    <message>
        <source>Työkykytiimi %1
The work-ability support team's client work in one encrypted file.</source>
        <translation>Työkykytiimi %1
Työkyvyn tuen tiimin asiakastyö yhdessä salatussa tiedostossa.</translation>
    </message>
</context>
<context>
    <name>PasswordWithStrength</name>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Salasanan vahvuus</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Hyvin heikko</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Vahvuus: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <source>This recovery key opens the database if every password is forgotten. It is shown only now. Print it or write it down and keep it locked away, apart from this computer.</source>
        <translation>Palautusavaimella tietokannan saa auki, vaikka kaikki salasanat unohtuisivat. Avain näytetään vain nyt. Tulosta se tai kirjoita se muistiin ja säilytä lukitussa paikassa erillään tästä tietokoneesta.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Olen tulostanut tai kirjoittanut palautusavaimen talteen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Tallenna palautusavain</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Tiedostoa ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mittarit</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Tiimiraportti</translation>
    </message>
    <message>
        <source>No reports are available yet.</source>
        <translation>Raportteja ei ole vielä saatavilla.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Uusi salasana: %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Aseta salasana</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Closed clients whose retention time (10 years after closing) has ended. Decide on each: erase or keep with a reason.</source>
        <translation>Päättyneet asiakkuudet, joiden säilytysaika (10 vuotta päättymisestä) on kulunut. Päätä kunkin kohdalla: poista tai säilytä perustellusta syystä.</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Säilytysajan ylittäneet asiakkaat</translation>
    </message>
    <message>
        <source>No clients past their retention time.</source>
        <translation>Ei säilytysajan ylittäneitä asiakkaita.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Automatic backup</source>
        <translation>Automaattinen varmuuskopio</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Automaattinen varmuuskopio epäonnistui: %1</translation>
    </message>
    <message>
        <source>Demo database with fictional clients. Sign in as user %1 with the password %2.</source>
        <translation>Demotietokanta kuvitteellisine asiakkaineen. Kirjaudu käyttäjänä %1 salasanalla %2.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Työkykytiimi – first start</source>
        <translation>Työkykytiimi – ensimmäinen käynnistys</translation>
    </message>
    <message>
        <source>Welcome. This creates the team's encrypted database on this computer and your user account. You will be the administrator and can add the rest of the team later.</source>
        <translation>Tervetuloa. Tämä luo tiimin salatun tietokannan tälle tietokoneelle ja käyttäjätunnuksesi. Sinusta tulee ylläpitäjä, ja voit lisätä muun tiimin myöhemmin.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Tiimin nimi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Luo tietokanta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Kirjoita nimesi.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Työkykytiimi – sign in</source>
        <translation>Työkykytiimi – kirjautuminen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Forgot password? Use the recovery key</source>
        <translation>Unohtuiko salasana? Käytä palautusavainta</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>Voit yrittää uudelleen %1 sekunnin kuluttua.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Lisää käyttäjä…</translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation>Aseta uusi salasana…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Change your password…</source>
        <translation>Vaihda salasanasi…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>, ylläpitäjä</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in. An administrator can restore them by setting a new password.</source>
        <translation>Poistetaanko %1 käytöstä? Hän ei voi enää kirjautua. Ylläpitäjä voi palauttaa tunnuksen asettamalla uuden salasanan.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Work-ability coordinator</source>
        <translation>Työkykykoordinaattori</translation>
    </message>
    <message>
        <source>Public-health nurse</source>
        <translation>Terveydenhoitaja</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Lääkäri</translation>
    </message>
</context>
</TS>