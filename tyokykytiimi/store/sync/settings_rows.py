"""Team-wide settings travel like rows; a workstation's own stay at home.

``settings`` is a key/value table, not a ``Record`` table, so capture, apply and
the digest name it here: each team-wide key is a row (id = the key) with one
field, ``value``, merged per field like any other (two administrators renaming
the team at once is a conflict a person decides). What only makes sense on one
machine (the backup folder is a path on its disk) never leaves it. Per-user
preferences are a table of their own and are never synced.
"""
from __future__ import annotations

from . import merge

TABLE = "settings"
FIELD = "value"
# Paths on this machine's disk: another workstation's would not exist there.
# WELCOME_SEEN: how far its welcome held each workstation's changes (``rights``).
WELCOME_SEEN = "sync_welcome_seen"
LOCAL_KEYS = frozenset({"backup_dir", WELCOME_SEEN})


def is_team_key(key: str) -> bool:
    return key not in LOCAL_KEYS


def fields(setting, user_id) -> dict:
    """What a local write of a Setting row carries (the stamps say who and when)."""
    return {FIELD: setting.value, **merge.stamps(user_id)}


def team_rows(conn) -> list[tuple[str, str]]:
    return [(k, v) for k, v in conn.exec_driver_sql(
        "SELECT key, value FROM settings ORDER BY key") if is_team_key(k)]


def materialize(conn, key: str, state: dict) -> bool:
    """Write a received team setting (a local key sent by mistake is ignored)."""
    if not is_team_key(key):
        return True
    values = merge.values(state)
    if values.get(merge.REMOVED):
        conn.exec_driver_sql("DELETE FROM settings WHERE key = ?", (key,))
    elif FIELD in values:
        write_value(conn, key, values[FIELD])
    return True


def write_value(conn, key: str, value) -> None:
    conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value",
                         (key, "" if value is None else str(value)))
