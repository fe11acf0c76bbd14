"""Failures a person can meet, each with its own plain message.

The message follows the language the person chose (``tyokykytiimi.language``,
Finnish by default) at the moment the error is raised. The UI and the command
line show ``message``; the English class name is for code and logs (which never
carry personal data).

A class names its text in ``messages``: the English source, translated through
the one catalogue (``tyokykytiimi.i18n``) when shown. A caller passes a
``Message`` (an id plus parameters, rendered in the user's language by the UI
or CLI through ``render(lang)``), or a string already in the right language.
"""
from __future__ import annotations

from collections.abc import Mapping

from .. import language
from ..i18n import N_, Message


class StoreError(Exception):
    # The English source of the class's own message (translated when shown).
    messages: str = N_("The database operation failed.")
    exit_code = 1

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # A subclass written with one Finnish ``message`` string keeps working.
        legacy = cls.__dict__.get("message")
        if isinstance(legacy, str):
            cls.messages = legacy

    def __init__(self, message: "str | Message | Mapping[str, str] | None" = None):
        # A Message (tyokykytiimi.i18n) is the way forward: an id plus parameters
        # that the UI or CLI renders in the user's language; dicts are the old way.
        if message is None:
            message = Message(self.messages)
        self.msg = message if isinstance(message, Message) else None
        if isinstance(message, Message):
            message = message.render()
        if isinstance(message, Mapping):
            message = language.pick(dict(message))
        text = message
        super().__init__(text)
        self.message = text

    def render(self, lang: str | None = None) -> str:
        """The message in ``lang`` (where it was raised with a Message)."""
        return self.msg.render(lang) if self.msg is not None else self.message


class WrongPassword(StoreError):
    messages = N_("The password is wrong. Check it and try again.")
    exit_code = 3


class UnknownUser(StoreError):
    messages = N_("There is no such user in this database.")
    exit_code = 3


class UserInactive(StoreError):
    messages = N_("This user account has been deactivated. Ask an administrator to restore it.")
    exit_code = 3


class DatabaseMissing(StoreError):
    messages = N_("There is no database in this folder.")
    exit_code = 4


class AlreadyExists(StoreError):
    messages = N_("This folder already has a database. It is not replaced.")
    exit_code = 4


class AlreadyRunning(StoreError):
    messages = N_("Työkykytiimi is already running on this database. Use the open window or close it first.")
    exit_code = 5


class DamagedDatabase(StoreError):
    messages = N_("The database file is damaged and cannot be opened. Nothing has been changed. Restore the data from a backup.")
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
    messages = N_("The database was made by a newer version of the program. Update the program; the database has not been touched.")
    exit_code = 6


class SQLCipherMissing(StoreError):
    messages = N_("The SQLCipher encryption library is missing, so the database is not opened. Reinstall the program.")
    exit_code = 6


class DiskFull(StoreError):
    messages = N_("The disk is full or cannot be written to. Saving was cancelled and nothing saved earlier was lost. Free some space and try again.")
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
    messages = N_("You do not have the right to do this.")
    exit_code = 8


class InvalidInput(StoreError):
    """A value a person typed is not acceptable; ``field`` names where to show it."""

    exit_code = 2

    def __init__(self, message: str | Mapping[str, str], field: str | None = None):
        super().__init__(message)
        self.field = field


# Texts several store modules raise with InvalidInput.
CLIENT_NOT_FOUND = Message("The client was not found.")
ORGANISATION_NOT_FOUND = Message("The organisation is not on the service map.")
CONTACT_NOT_FOUND = Message("The contact person is not on the service map.")
