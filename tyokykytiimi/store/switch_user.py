"""Another team member signs in on a workstation someone else left locked.

The locked user's session stays open underneath, with their unsaved input,
until they unlock it with their own password; the other member gets a store
of their own over the same database. The workstation's instance lock is held
by the first session, so the second borrows it (and releases nothing).
"""
from __future__ import annotations

from .session import Store
from .unlock import open_store


class _BorrowedLock:
    """The instance lock stays with the locked session that holds it."""

    def release(self) -> None:
        pass


def sign_in_other(locked: Store, username: str, password: str) -> Store:
    """Sign ``username`` in beside the locked session; raises WrongPassword etc."""
    other = open_store(locked.data_dir, username.strip(), password, lock=_BorrowedLock())
    with locked.session() as s:
        locked.audit(s, "switch_user", target="database", to_user=other.user.id)
    return other
