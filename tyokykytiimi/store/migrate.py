"""Schema migrations with Alembic, run in code at start-up.

Each area of the program keeps its own branch of revisions (branch_labels),
starting from the foundation; the database is upgraded to all heads. A
revision the program does not know means a newer program wrote the file: it
is refused and never modified.
"""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from .errors import NewerDatabase

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revisions(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def head_revisions() -> set[str]:
    return set(script().get_heads())


def pending(engine: sa.Engine) -> bool:
    """True when the file is older than this program; raises NewerDatabase when newer."""
    current = current_revisions(engine)
    known = script()
    for rev in current:
        try:
            if known.get_revision(rev) is None:
                raise NewerDatabase()
        except CommandError:
            raise NewerDatabase() from None
    return current != head_revisions()


def upgrade(engine: sa.Engine, target: str = "heads") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
