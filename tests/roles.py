"""Signing in as a team member of a given role, for tests of what a role may do."""
from __future__ import annotations

from tyokykytiimi.store import users
from tyokykytiimi.store.session import Store
from tyokykytiimi.store.unlock import open_store

from .conftest import PASSWORD


def sign_in_as(store: Store, role: str, *, admin: bool = False, username: str | None = None
               ) -> Store:
    """Add a real user of ``role`` with ``store`` (an admin's), close it, sign in as them.

    The returned store holds the data folder's lock; close it at the end.
    """
    username = username or f"{role}{'-admin' if admin else ''}"
    users.add_user(store, username=username, display_name=username.title(), role=role,
                   password=PASSWORD, is_admin=admin)
    store.close()
    return open_store(store.data_dir, username, PASSWORD)
