<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>Administrator (manages users and backups)</source>
        <translation>Administratör (hanterar användare och säkerhetskopior)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Backups and settings</source>
        <translation>Säkerhetskopior och inställningar</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Förvaringstid</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visad</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställning</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Användare tillagd</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Användare ändrad</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Användare inaktiverad</translation>
    </message>
    <message>
        <source>Password set by admin</source>
        <translation>Lösenord angivet av administratör</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eget lösenord bytt</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Databasen uppgraderad</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad permanent</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Databasen skapad</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demodata skapade</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Återställningsnyckeln bytt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera som CSV…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>(erased client)</source>
        <translation>(raderad klient)</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries verified.</source>
        <translation>Loggen är oförändrad: %1 poster kontrollerade.</translation>
    </message>
    <message>
        <source>The audit trail has been altered at entry %1.</source>
        <translation>Loggen har ändrats vid post %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups stay encrypted and open with the same passwords or the recovery key. An automatic backup is made once a day under the data folder.</source>
        <translation>Säkerhetskopiorna förblir krypterade och öppnas med samma lösenord eller med återställningsnyckeln. En automatisk säkerhetskopia görs en gång om dagen i datamappen.</translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation>Säkerhetskopiera till en fil…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>Työkykytiimi backup (*.tkbackup)</source>
        <translation>Säkerhetskopia av Työkykytiimi (*.tkbackup)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopian sparad: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställning</translation>
    </message>
    <message>
        <source>Restoring replaces all current data with the backup. The current data are kept as a separate backup. Continue?</source>
        <translation>Återställningen ersätter alla nuvarande uppgifter med uppgifterna i säkerhetskopian. De nuvarande uppgifterna sparas som en separat säkerhetskopia. Vill du fortsätta?</translation>
    </message>
    <message>
        <source>Your password in the backup:</source>
        <translation>Ditt lösenord i säkerhetskopian:</translation>
    </message>
    <message>
        <source>The backup was restored. The program restarts its windows now.</source>
        <translation>Säkerhetskopian har återställts. Programmet öppnar nu sina fönster på nytt.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Byt ditt lösenord</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nytt lösenord igen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Työkykytiimi is locked</source>
        <translation>Työkykytiimi är låst</translation>
    </message>
    <message>
        <source>Signed in: %1. Type your password to continue.</source>
        <translation>Inloggad: %1. Skriv ditt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Lösenordet är fel.</translation>
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
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>, administratör</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2%3)</source>
        <translation>Inloggad: %1 (%2%3)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Service map</source>
        <translation>Servicekarta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>This area is not available yet.</source>
        <translation>Det här avsnittet är inte tillgängligt ännu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>There are unsaved changes. Save them before closing?</source>
        <translation>Det finns osparade ändringar. Vill du spara dem innan du stänger?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Byt lösenord…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Sök klient</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Ny klient</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Työkykytiimi</source>
        <translation>&amp;Om Työkykytiimi</translation>
    </message>
    <message>
        <source>About Työkykytiimi</source>
        <translation>Om Työkykytiimi</translation>
    </message>
    <message>
        <source>Työkykytiimi %1
The work-ability support team's client work in one encrypted file.</source>
        <translation>Työkykytiimi %1
Klientarbetet i teamet för arbetsförmågestöd i en enda krypterad fil.</translation>
    </message>
</context>
<context>
    <name>PasswordWithStrength</name>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Lösenordets styrka</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Mycket svagt</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svagt</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbart</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Starkt</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Styrka: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>This recovery key opens the database if every password is forgotten. It is shown only now. Print it or write it down and keep it locked away, apart from this computer.</source>
        <translation>Med den här återställningsnyckeln går databasen att öppna även om alla lösenord har glömts bort. Nyckeln visas bara nu. Skriv ut den eller skriv upp den och förvara den inlåst, skilt från den här datorn.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Jag har skrivit ut eller skrivit upp återställningsnyckeln</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Spara återställningsnyckeln</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Teamrapport</translation>
    </message>
    <message>
        <source>No reports are available yet.</source>
        <translation>Det finns inga rapporter ännu.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nytt lösenord för %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Ange lösenord</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Closed clients whose retention time (10 years after closing) has ended. Decide on each: erase or keep with a reason.</source>
        <translation>Avslutade klientrelationer vars förvaringstid (10 år efter avslutandet) har gått ut. Besluta om var och en: radera eller bevara med motivering.</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Klienter vars förvaringstid har gått ut</translation>
    </message>
    <message>
        <source>No clients past their retention time.</source>
        <translation>Inga klienter vars förvaringstid har gått ut.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Automatic backup</source>
        <translation>Automatisk säkerhetskopia</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Demo database with fictional clients. Sign in as user %1 with the password %2.</source>
        <translation>Demodatabas med påhittade klienter. Logga in som användaren %1 med lösenordet %2.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Työkykytiimi – first start</source>
        <translation>Työkykytiimi – första start</translation>
    </message>
    <message>
        <source>Welcome. This creates the team's encrypted database on this computer and your user account. You will be the administrator and can add the rest of the team later.</source>
        <translation>Välkommen. Här skapas teamets krypterade databas på den här datorn och ditt användarkonto. Du blir administratör och kan lägga till resten av teamet senare.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamets namn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Lösenordet igen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Skapa databas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Skriv ditt namn.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Työkykytiimi – sign in</source>
        <translation>Työkykytiimi – inloggning</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Forgot password? Use the recovery key</source>
        <translation>Glömt lösenordet? Använd återställningsnyckeln</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>Du kan försöka igen om %1 s.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Lägg till användare…</translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation>Ange nytt lösenord…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Change your password…</source>
        <translation>Byt ditt lösenord…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>, administrator</source>
        <translation>, administratör</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in. An administrator can restore them by setting a new password.</source>
        <translation>Vill du inaktivera %1? Personen kan inte längre logga in. En administratör kan återställa kontot genom att ange ett nytt lösenord.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Work-ability coordinator</source>
        <translation>Koordinator för arbetsförmåga</translation>
    </message>
    <message>
        <source>Public-health nurse</source>
        <translation>Hälsovårdare</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Läkare</translation>
    </message>
</context>
</TS>