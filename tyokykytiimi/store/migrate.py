"""Schema migrations with Alembic, run in code at start-up.

Each area of the program keeps its own branch of revisions (branch_labels),
starting from the foundation; the database is upgraded to all heads. A
revision the program does not know means a newer program wrote the file: it
is refused and never modified.
"""
from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa

from .database import writing
from .errors import NewerDatabase

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Alembic (with Mako and Pygments) takes about half a second to import: it is
# loaded only when the file's revisions differ from this program's heads.
_ASSIGNED = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M)


def alembic_config(connection=None):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script():
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config())


def current_revisions(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return set()
        return {r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


@lru_cache(maxsize=1)
def _known_heads() -> frozenset[str]:
    """This program's heads, read from the revision files' own assignments (no Alembic)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(m.groups() for m in _ASSIGNED.finditer(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(ast.literal_eval(found["revision"]))
        down = ast.literal_eval(found.get("down_revision", "None"))
        parents.update(down if isinstance(down, (tuple, list)) else [down] if down else [])
    return frozenset(revisions - parents)


def head_revisions() -> set[str]:
    return set(script().get_heads())


def pending(engine: sa.Engine) -> bool:
    """True when the file is older than this program; raises NewerDatabase when newer."""
    current = current_revisions(engine)
    if current and current == _known_heads():
        return False  # the everyday case, answered without loading Alembic
    from alembic.util.exc import CommandError
    known = script()
    for rev in current:
        try:
            if known.get_revision(rev) is None:
                raise NewerDatabase()
        except CommandError:
            raise NewerDatabase() from None
    return current != head_revisions()


def upgrade(engine: sa.Engine, target: str = "heads") -> None:
    from alembic import command
    with writing(engine).begin() as conn:
        command.upgrade(alembic_config(conn), target)
