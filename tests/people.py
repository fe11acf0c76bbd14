"""Team members for tests: a nurse and a doctor signed in on the same database."""
from __future__ import annotations

from tyokykytiimi.store import users
from tyokykytiimi.store.unlock import open_store

DOCTOR = ("lauri", "Lauri Lääkäri", "doctor", "Laakarin-oma-sana-31")
NURSE = ("terhi", "Terhi Terveydenhoitaja", "nurse", "Hoitajan-oma-sana-42")


class SharedLock:
    """The admin's window holds the instance lock; a second sign-in in the same
    test shares it (as the lock screen's switch of user does)."""

    def release(self) -> None:
        pass


def sign_in_as(admin_store, data_dir, who):
    """Add ``who`` (if not there yet) with the admin's store and sign them in."""
    username, display_name, role, password = who
    if username not in {u.username for u in users.list_team(admin_store)}:
        users.add_user(admin_store, username=username, display_name=display_name, role=role,
                       password=password)
    return open_store(data_dir, username, password, lock=SharedLock())
