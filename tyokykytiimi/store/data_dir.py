"""What the sign-in screen reads from a data folder before the database is opened.

Whether a team database is there and who may sign in come from the key-slot
file alone. Kept apart from ``unlock`` so that the sign-in dialog shows
without importing SQLAlchemy, SQLModel and the models (they load while the
person types the password: ``tyokykytiimi.preload``).
"""
from __future__ import annotations

from pathlib import Path

from .keyslots import DB_FILE, SLOT_FILE, KeySlots


def exists(data_dir: Path) -> bool:
    return (Path(data_dir) / SLOT_FILE).exists() and (Path(data_dir) / DB_FILE).exists()


def list_users(data_dir: Path) -> list[tuple[str, str]]:
    """(username, display name) for the sign-in list, from the slot file alone."""
    try:
        slots = KeySlots.load(Path(data_dir) / SLOT_FILE)
    except FileNotFoundError:
        return []
    return sorted(((s.username, s.display_name or s.username) for s in slots.users()),
                  key=lambda u: u[1].casefold())
