"""Team-wide settings and per-user preferences."""
from __future__ import annotations

from sqlmodel import Session

from ..models.users import Preference, Setting

DEFAULTS = {
    "team_name": "Työkyvyn tuen tiimi",
    "idle_lock_minutes": "10",
    "backup_keep": "14",
    "backup_dir": "",
}


def get_setting(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row else DEFAULTS.get(key, "")


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = value
    session.add(row)


def get_preference(session: Session, user_id: str, key: str) -> str | None:
    row = session.get(Preference, (user_id, key))
    return row.value if row else None


def set_preference(session: Session, user_id: str, key: str, value: str | None) -> None:
    row = session.get(Preference, (user_id, key)) or Preference(user_id=user_id, key=key)
    row.value = value
    session.add(row)
