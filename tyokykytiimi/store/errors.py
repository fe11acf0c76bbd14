"""Failures a person can meet, each with its own plain Finnish message.

The UI and the command line show ``message``; the English class name is for
code and logs (which never carry personal data).
"""
from __future__ import annotations


class StoreError(Exception):
    message = "Tietokannan käsittely epäonnistui."
    exit_code = 1

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)
        if message:
            self.message = message


class WrongPassword(StoreError):
    message = "Salasana on väärä. Tarkista salasana ja yritä uudelleen."
    exit_code = 3


class UnknownUser(StoreError):
    message = "Käyttäjää ei löydy tästä tietokannasta."
    exit_code = 3


class UserInactive(StoreError):
    message = "Käyttäjätunnus on poistettu käytöstä. Pyydä ylläpitäjää palauttamaan se."
    exit_code = 3


class DatabaseMissing(StoreError):
    message = "Tietokantaa ei löydy tästä kansiosta."
    exit_code = 4


class AlreadyExists(StoreError):
    message = "Tässä kansiossa on jo tietokanta. Sitä ei korvata."
    exit_code = 4


class AlreadyRunning(StoreError):
    message = ("Työkykytiimi on jo käynnissä tällä tietokannalla. Käytä avoinna olevaa "
               "ikkunaa tai sulje se ensin.")
    exit_code = 5


class DamagedDatabase(StoreError):
    message = ("Tietokantatiedosto on vioittunut eikä sitä voi avata. Mitään ei ole muutettu. "
               "Palauta tiedot varmuuskopiosta.")
    exit_code = 6


class NewerDatabase(StoreError):
    message = ("Tietokanta on tehty ohjelman uudemmalla versiolla. Päivitä ohjelma; "
               "tietokantaan ei ole koskettu.")
    exit_code = 6


class SQLCipherMissing(StoreError):
    message = ("Salauskirjasto SQLCipher puuttuu, joten tietokantaa ei avata. "
               "Asenna ohjelma uudelleen.")
    exit_code = 6


class DiskFull(StoreError):
    message = ("Levy on täynnä tai siihen ei voi kirjoittaa. Tallennus peruttiin, eikä "
               "aiemmin tallennettua menetetty. Vapauta tilaa ja yritä uudelleen.")
    exit_code = 7


class PermissionDenied(StoreError):
    message = "Sinulla ei ole oikeutta tähän toimintoon."
    exit_code = 8


class InvalidInput(StoreError):
    """A value a person typed is not acceptable; ``field`` names where to show it."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field
