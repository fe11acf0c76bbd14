"""This workstation's own choices, kept beside the database in a small plain file.

The sign-in screen is shown before the encrypted database is open, so the
language it speaks cannot come from the database. It comes from
``<data_dir>/workstation.json`` (e.g. ``{"language": "sv"}``), which holds no
personal data and nothing secret; it is written atomically and a damaged or
missing file simply means "no choice made".

Start-up order for the language (app.run_gui): the ``--lang`` flag, then this
file, then the system locale (fi, sv, en; anything else is Finnish).
"""
from __future__ import annotations

import json
from pathlib import Path

from .. import language
from .atomic import private_dir, write_atomic
from .errors import InvalidInput
from ..i18n import _

FILE = "workstation.json"


def path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE


def read(data_dir: Path) -> dict:
    """The stored choices, or {} when the file is missing, unreadable or damaged."""
    try:
        data = json.loads(path(data_dir).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write(data_dir: Path, values: dict) -> None:
    """Merge ``values`` into the file (atomically; the folder is made if missing)."""
    data = read(data_dir)
    data.update(values)
    private_dir(Path(data_dir))
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(path(data_dir), text.encode("utf-8"), mode=0o644)


def stored_language(data_dir: Path) -> str | None:
    lang = read(data_dir).get("language")
    return lang if lang in language.LANGUAGES else None


def set_language(data_dir: Path, lang: str) -> None:
    if lang not in language.LANGUAGES:
        raise InvalidInput(_("Unknown language."), "language")
    write(data_dir, {"language": lang})


def system_language(locale_name: str | None) -> str:
    """fi, sv or en from a locale name such as "sv_FI" or "en-GB"; otherwise Finnish."""
    code = (locale_name or "").replace("-", "_").split("_")[0].lower()
    return code if code in language.LANGUAGES else language.DEFAULT


def choose_language(flag: str | None, data_dir: Path, locale_name: str | None) -> str:
    """The language to start in: the flag, this workstation's choice, the system locale."""
    if flag in language.LANGUAGES:
        return flag
    return stored_language(data_dir) or system_language(locale_name)
