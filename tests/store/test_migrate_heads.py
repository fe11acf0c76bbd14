"""The start-up's cheap schema check agrees with Alembic's own answer."""
from __future__ import annotations

import sys

from tyokykytiimi.store import migrate


def test_heads_read_from_the_files_match_alembic():
    assert set(migrate._known_heads()) == migrate.head_revisions()


def test_a_current_database_is_checked_without_alembic(store, monkeypatch):
    assert migrate.current_revisions(store.engine) == set(migrate._known_heads())
    # Alembic's modules cannot be imported now: the everyday check must not need them.
    for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "alembic", None)
    assert migrate.pending(store.engine) is False


def test_an_older_database_is_still_found_pending(store):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version WHERE version_num = "
                             "'0007_audit_redaction'")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001_foundation')")
    assert migrate.pending(store.engine) is True
