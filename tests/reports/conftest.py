"""Every paper of a demo database, written once per test session in fi, sv and en."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.tool_scripts import load_tool


def _tool():
    return load_tool("papers")


def _flatten(value, out: list[str]) -> None:
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                return _flatten(json.loads(value), out)
            except ValueError:
                pass
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _flatten(k, out)
            _flatten(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _flatten(v, out)


def stored_texts(store) -> str:
    """Every text the database holds (names, notes, goals …), one per line.

    The demo's data is written in Finnish; a paper in English prints it as it
    is, so the language checks leave it out.
    """
    import sqlalchemy as sa
    from sqlmodel import SQLModel

    out: list[str] = []
    with store.session(reading=True) as s:
        conn = s.connection()
        for table in SQLModel.metadata.sorted_tables:
            try:
                rows = conn.execute(sa.select(table)).all()
            except sa.exc.OperationalError:  # a table this database does not have
                continue
            for row in rows:
                _flatten(list(row), out)
    return "\n".join(out)


@pytest.fixture(scope="session")
def paper_run(tmp_path_factory):
    from tyokykytiimi.demo.contacts import STAFF, TEAM_CONTACT
    from tyokykytiimi.demo.generator import create_demo

    base = tmp_path_factory.mktemp("papers")
    store = create_demo(base / "db", n_clients=24)
    try:
        files = _tool().write_all(store, base / "out", printed=dt.date(2026, 12, 14))
        data = stored_texts(store)
    finally:
        store.close()
    emails = [TEAM_CONTACT["email"]] + [f"{local}@hyvinvointialue.example"
                                        for _, local in STAFF.values()]
    return {"files": files, "emails": emails, "data": data}


@pytest.fixture(scope="session")
def demo_papers(paper_run):
    """(the PDFs written, the demo's e-mail addresses)"""
    return [f for f in paper_run["files"] if f.suffix == ".pdf"], paper_run["emails"]
