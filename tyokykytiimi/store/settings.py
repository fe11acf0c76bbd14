"""Team-wide settings and per-user preferences.

Team-wide values (team name, idle-lock minutes, backup folder and retention,
the letterhead logo) are Setting rows in the encrypted database; the language
is per workstation (store.workstation), because the sign-in screen needs it.
"""
from __future__ import annotations

import base64
import binascii
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from ..models.users import Preference, Setting
from .errors import InvalidInput
from ..i18n import Message
from .permissions import operation

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


# --- the settings dialog's team-wide values ----------------------------------
# Validated here, so the command line and any later screen keep the same rules;
# messages follow the chosen language (tyokykytiimi.language) and name the field.

IDLE_MINUTES = (1, 120)
BACKUP_KEEP = (1, 365)
TEAM_NAME_MAX = 100
LOGO_KEY = "team_logo"
LOGO_MAX_BYTES = 512 * 1024  # a scaled letterhead logo is far smaller
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass(frozen=True)
class TeamSettings:
    team_name: str
    idle_lock_minutes: int
    backup_dir: str  # "" = the default folder under the data folder
    backup_keep: int
    logo: bytes | None  # PNG or JPEG bytes


def _int(text: str, default: int) -> int:
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return default


def logo_bytes(session: Session) -> bytes | None:
    value = get_setting(session, LOGO_KEY)
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def team_settings(session: Session) -> TeamSettings:
    return TeamSettings(
        team_name=get_setting(session, "team_name"),
        idle_lock_minutes=_int(get_setting(session, "idle_lock_minutes"), 10),
        backup_dir=get_setting(session, "backup_dir"),
        backup_keep=_int(get_setting(session, "backup_keep"), 14),
        logo=logo_bytes(session))


@operation("session")
def letterhead(store) -> tuple[str, bytes | None]:
    """The team's name and logo for the header of every PDF."""
    with store.session() as s:
        return get_setting(s, "team_name"), logo_bytes(s)


def check_idle_minutes(value) -> int:
    low, high = IDLE_MINUTES
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = None
    if minutes is None or not low <= minutes <= high:
        raise InvalidInput(Message("Give the lock time in whole minutes from {low} to {high}.", low=low, high=high), "idle_lock_minutes")
    return minutes


def check_backup_keep(value) -> int:
    low, high = BACKUP_KEEP
    try:
        keep = int(str(value).strip())
    except ValueError:
        keep = None
    if keep is None or not low <= keep <= high:
        raise InvalidInput(Message("Keep from {low} to {high} backups.", low=low, high=high), "backup_keep")
    return keep


def check_team_name(value: str) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise InvalidInput(Message("Give the team's name."), "team_name")
    if len(name) > TEAM_NAME_MAX:
        raise InvalidInput(Message("The team's name is too long (at most {TEAM_NAME_MAX} characters).", TEAM_NAME_MAX=TEAM_NAME_MAX), "team_name")
    return name


def check_backup_dir(value: str) -> str:
    """"" (the default folder) or an existing folder this program can write in."""
    text = (value or "").strip()
    if not text:
        return ""
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        raise InvalidInput(Message("Choose the backup folder with its full path."), "backup_dir")
    if not folder.is_dir():
        raise InvalidInput(Message("The folder does not exist. Choose an existing folder."), "backup_dir")
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".tyokykytiimi-check-"):
            pass
    except OSError:
        raise InvalidInput(Message("This folder cannot be written to. Choose a folder you can write in."),
            "backup_dir") from None
    return str(folder)


def check_logo(data: bytes | None) -> bytes | None:
    """PNG or JPEG bytes of a sane size (the UI has scaled the picture already)."""
    if not data:
        return None
    if not (data.startswith(PNG_MAGIC) or data.startswith(JPEG_MAGIC)):
        raise InvalidInput(Message("The logo must be a PNG or JPEG image."), "logo")
    if len(data) > LOGO_MAX_BYTES:
        raise InvalidInput(Message("The logo image is too large."), "logo")
    return data


@operation("settings")
def save_team_settings(store, *, team_name: str, idle_lock_minutes, backup_dir: str,
                       backup_keep, logo: bytes | None) -> list[str]:
    """Check every value, then write the changed ones and one audit entry together.

    Administrators only. Returns the keys that changed (nothing is written when
    none did). Raises InvalidInput naming the first field that is not acceptable.
    """
    new = {
        "team_name": check_team_name(team_name),
        "idle_lock_minutes": str(check_idle_minutes(idle_lock_minutes)),
        "backup_dir": check_backup_dir(backup_dir),
        "backup_keep": str(check_backup_keep(backup_keep)),
    }
    logo = check_logo(logo)
    new[LOGO_KEY] = base64.b64encode(logo).decode("ascii") if logo else ""
    with store.session() as s:
        changed = [k for k, v in new.items() if get_setting(s, k) != v]
        for key in changed:
            set_setting(s, key, new[key])
        if changed:
            # Keys only: the values (a folder path, a picture) stay out of the trail.
            store.audit(s, "change", target="settings", keys=changed)
    return changed


@operation("own_account")
def record_language_choice(store, lang: str) -> None:
    """Audit that this workstation's language was changed (the choice is no personal data)."""
    with store.session() as s:
        store.audit(s, "change", target="settings", keys=["language"], language=lang)

