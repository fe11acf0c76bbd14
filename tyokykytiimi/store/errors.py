"""Failures a person can meet, each with its own plain message.

The message follows the language the person chose (``tyokykytiimi.language``,
Finnish by default) at the moment the error is raised. The UI and the command
line show ``message``; the English class name is for code and logs (which never
carry personal data).

A class names its texts in ``messages`` ({"fi": …, "sv": …, "en": …}); a caller
may pass its own text, either as a string already in the right language or as
such a dict (``InvalidInput({"fi": …, "sv": …, "en": …}, "field")``).
"""
from __future__ import annotations

from collections.abc import Mapping

from .. import language
from ..i18n import Message


class StoreError(Exception):
    messages: Mapping[str, str] = {
        "fi": "Tietokannan käsittely epäonnistui.",
        "sv": "Databasen kunde inte behandlas.",
        "en": "The database operation failed.",
    }
    exit_code = 1

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # A subclass written with one Finnish ``message`` string keeps working.
        legacy = cls.__dict__.get("message")
        if isinstance(legacy, str):
            cls.messages = {"fi": legacy}

    def __init__(self, message: "str | Message | Mapping[str, str] | None" = None):
        # A Message (tyokykytiimi.i18n) is the way forward: an id plus parameters
        # that the UI or CLI renders in the user's language; dicts are the old way.
        self.msg = message if isinstance(message, Message) else None
        if isinstance(message, Message):
            message = message.render()
        if isinstance(message, Mapping):
            message = language.pick(dict(message))
        text = message or language.pick(dict(self.messages))
        super().__init__(text)
        self.message = text

    def render(self, lang: str | None = None) -> str:
        """The message in ``lang`` (where it was raised with a Message)."""
        return self.msg.render(lang) if self.msg is not None else self.message


class WrongPassword(StoreError):
    messages = {
        "fi": "Salasana on väärä. Tarkista salasana ja yritä uudelleen.",
        "sv": "Lösenordet är fel. Kontrollera lösenordet och försök igen.",
        "en": "The password is wrong. Check it and try again.",
    }
    exit_code = 3


class UnknownUser(StoreError):
    messages = {
        "fi": "Käyttäjää ei löydy tästä tietokannasta.",
        "sv": "Användaren finns inte i den här databasen.",
        "en": "There is no such user in this database.",
    }
    exit_code = 3


class UserInactive(StoreError):
    messages = {
        "fi": "Käyttäjätunnus on poistettu käytöstä. Pyydä ylläpitäjää palauttamaan se.",
        "sv": "Användarkontot är inaktiverat. Be en administratör att återställa det.",
        "en": "This user account has been deactivated. Ask an administrator to restore it.",
    }
    exit_code = 3


class DatabaseMissing(StoreError):
    messages = {
        "fi": "Tietokantaa ei löydy tästä kansiosta.",
        "sv": "Det finns ingen databas i den här mappen.",
        "en": "There is no database in this folder.",
    }
    exit_code = 4


class AlreadyExists(StoreError):
    messages = {
        "fi": "Tässä kansiossa on jo tietokanta. Sitä ei korvata.",
        "sv": "Det finns redan en databas i den här mappen. Den ersätts inte.",
        "en": "This folder already has a database. It is not replaced.",
    }
    exit_code = 4


class AlreadyRunning(StoreError):
    messages = {
        "fi": ("Työkykytiimi on jo käynnissä tällä tietokannalla. Käytä avoinna olevaa "
               "ikkunaa tai sulje se ensin."),
        "sv": ("Työkykytiimi körs redan med den här databasen. Använd det öppna fönstret "
               "eller stäng det först."),
        "en": ("Työkykytiimi is already running on this database. Use the open window "
               "or close it first."),
    }
    exit_code = 5


class DamagedDatabase(StoreError):
    messages = {
        "fi": ("Tietokantatiedosto on vioittunut eikä sitä voi avata. Mitään ei ole muutettu. "
               "Palauta tiedot varmuuskopiosta."),
        "sv": ("Databasfilen är skadad och kan inte öppnas. Ingenting har ändrats. "
               "Återställ uppgifterna från en säkerhetskopia."),
        "en": ("The database file is damaged and cannot be opened. Nothing has been changed. "
               "Restore the data from a backup."),
    }
    exit_code = 6


class DamagedKeySlots(StoreError):
    """keyslots.json cannot be used; ``what`` says which part is wrong."""

    exit_code = 6

    def __init__(self, what: "Message | None" = None):
        self.what = what
        if what is None:
            super().__init__(Message("The key file keyslots.json is damaged. Restore it from a "
                                     "backup together with the database."))
        else:
            super().__init__(Message("The key file keyslots.json is damaged ({what}). Restore "
                                     "it from a backup together with the database.", what=what))


class ForeignKeySlots(StoreError):
    """The slot file opens, but its key is not this database's: it belongs elsewhere."""

    exit_code = 6

    def __init__(self, database_id: str = ""):
        super().__init__(Message(
            "The key file keyslots.json belongs to another database (id {id}), so this "
            "database cannot be opened with it. Put back this database's own key file, or "
            "restore the database and its key file from one backup.", id=database_id[:8]))


class RewrittenSlot(StoreError):
    """A key slot whose signing key is not the one registered for its holder."""

    exit_code = 6

    def __init__(self, username: str = ""):
        super().__init__(Message(
            "The key slot of {username} was changed outside the program, so it is not used. "
            "An administrator sets a new password for {username} (Administration → Users).",
            username=username))


class NewerDatabase(StoreError):
    messages = {
        "fi": ("Tietokanta on tehty ohjelman uudemmalla versiolla. Päivitä ohjelma; "
               "tietokantaan ei ole koskettu."),
        "sv": ("Databasen har skapats med en nyare version av programmet. Uppdatera "
               "programmet; databasen har inte rörts."),
        "en": ("The database was made by a newer version of the program. Update the "
               "program; the database has not been touched."),
    }
    exit_code = 6


class SQLCipherMissing(StoreError):
    messages = {
        "fi": ("Salauskirjasto SQLCipher puuttuu, joten tietokantaa ei avata. "
               "Asenna ohjelma uudelleen."),
        "sv": ("Krypteringsbiblioteket SQLCipher saknas, så databasen öppnas inte. "
               "Installera om programmet."),
        "en": ("The SQLCipher encryption library is missing, so the database is not "
               "opened. Reinstall the program."),
    }
    exit_code = 6


class DiskFull(StoreError):
    messages = {
        "fi": ("Levy on täynnä tai siihen ei voi kirjoittaa. Tallennus peruttiin, eikä "
               "aiemmin tallennettua menetetty. Vapauta tilaa ja yritä uudelleen."),
        "sv": ("Disken är full eller går inte att skriva till. Sparandet avbröts och inget "
               "som sparats tidigare gick förlorat. Frigör utrymme och försök igen."),
        "en": ("The disk is full or cannot be written to. Saving was cancelled and nothing "
               "saved earlier was lost. Free some space and try again."),
    }
    exit_code = 7


class NotWritable(StoreError):
    """The data or backup folder is read-only or belongs to someone else."""

    exit_code = 7

    def __init__(self, message=None):
        super().__init__(message or Message(
            "The folder cannot be written to (it is read-only or you lack the permission). "
            "Nothing was changed."))

    @classmethod
    def for_folder(cls, folder) -> "NotWritable":
        if folder is None:
            return cls()
        return cls(Message("The folder {folder} cannot be written to (it is read-only or you "
                           "lack the permission). Nothing was changed.", folder=str(folder)))


class PermissionDenied(StoreError):
    messages = {
        "fi": "Sinulla ei ole oikeutta tähän toimintoon.",
        "sv": "Du har inte rätt att göra det här.",
        "en": "You do not have the right to do this.",
    }
    exit_code = 8


class InvalidInput(StoreError):
    """A value a person typed is not acceptable; ``field`` names where to show it."""

    exit_code = 2

    def __init__(self, message: str | Mapping[str, str], field: str | None = None):
        super().__init__(message)
        self.field = field


# Texts several store modules raise with InvalidInput.
CLIENT_NOT_FOUND = {"fi": "Asiakasta ei löydy.", "sv": "Klienten hittas inte.",
                    "en": "The client was not found."}
ORGANISATION_NOT_FOUND = {"fi": "Organisaatiota ei löydy palvelukartalta.",
                          "sv": "Organisationen finns inte på servicekartan.",
                          "en": "The organisation is not on the service map."}
CONTACT_NOT_FOUND = {"fi": "Yhteyshenkilöä ei löydy palvelukartalta.",
                     "sv": "Kontaktpersonen finns inte på servicekartan.",
                     "en": "The contact person is not on the service map."}
