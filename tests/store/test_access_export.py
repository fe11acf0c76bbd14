"""The client's own data (right of access): everything about one client, nothing of another."""
import json

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from tyokykytiimi.models import schema  # noqa: F401
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.reports.access_export_json import write_access_json
from tyokykytiimi.store.access_export import (LOG_TABLES, SCHEMA, SCHEMA_VERSION, client_rows,
                                              client_tables, collect)
from tyokykytiimi.store.errors import InvalidInput

from .access_data import build_both


@pytest.fixture
def two(store):
    return build_both(store)


def _client_data_tables() -> set[str]:
    """Tables that hold client data by the schema's own account: a client_id
    column, or a foreign key (however deep) to such a table or to clients."""
    tables = {t.name: t for t in SQLModel.metadata.sorted_tables if t.name not in LOG_TABLES}
    found = {"clients"} | {n for n, t in tables.items() if "client_id" in t.c}
    grew = True
    while grew:
        grew = False
        for name, t in tables.items():
            if name not in found and any(fk.column.table.name in found for fk in t.foreign_keys):
                found.add(name)
                grew = True
    return found


def test_every_client_table_is_covered_and_filled_by_the_tests(store, two):
    """Fails when a table of client data appears that the export and erasure do
    not walk, or that these tests do not fill: add its rows to
    tests/store/access_data.py and its labels to reports/access_export_pdf.py."""
    from tyokykytiimi.reports.access_export_pdf import SECTIONS
    expected = _client_data_tables()
    covered = {ct.name for ct in client_tables()}
    assert expected == covered
    a, _ = two
    with store.engine.connect() as conn:
        rows = client_rows(conn, a.id)
    empty = sorted(name for name in covered if not rows.get(name))
    assert not empty, f"the test data writes no rows to {empty}"
    unlabelled = sorted(covered - set(SECTIONS))
    assert not unlabelled, f"no PDF section label for {unlabelled}"


def test_export_holds_every_kind_of_record_and_nothing_of_another(store, two):
    a, b = two
    data = collect(store, a.id)
    assert data["schema"] == SCHEMA and data["schema_version"] == SCHEMA_VERSION
    assert data["client_id"] == a.id
    for name in (ct.name for ct in client_tables()):
        assert data["sections"][name], name
    text = json.dumps(data, ensure_ascii=False, default=str)
    for label, value in a.marks.items():
        assert value in text, label
    for label, value in b.marks.items():
        assert value not in text, label
    assert "sitruuna" not in text  # the anonymous feedback belongs to no one
    # the rows that name the client by foreign key only are there too
    meeting = data["sections"]["meetings"][0]
    assert {i["meeting_id"] for i in data["sections"]["invitees"]} == {meeting["id"]}
    assert {i["name"] for i in data["sections"]["invitees"]} == {a.invitee, None}
    # JSON columns are decoded, not JSON inside JSON
    assert data["sections"]["consents"][0]["purposes"] == ["network", "plan_recording"]
    assert data["sections"]["screenings"][0]["notes"] == {"motivated": a.screening_note}


def test_history_and_audit_sections(store, two):
    a, b = two
    data = collect(store, a.id)
    tables = {h["table"] for h in data["history"]}
    assert {"clients", "invitees", "plan_goals", "safety_flags", "feedback"} <= tables
    snapshots = json.dumps([h["snapshot"] for h in data["history"]], ensure_ascii=False)
    assert a.family in snapshots and b.family not in snapshots
    actions = [(e["action"], (e["target"] or "").split(":")[0]) for e in data["audit"]]
    for expected in [("create", "client"), ("view", "client"), ("screening", "criteria.v1"),
                     ("create", "consent"), ("create", "meeting"), ("create", "plan_version"),
                     ("feedback", "feedback"), ("export", "access_export")]:
        assert expected in actions
    # the export lists itself, last
    assert data["audit"][-1]["action"] == "export"
    assert all(e["username"] for e in data["audit"])
    assert data["names"][store.user.id] == "Kaisa Koordinaattori"


def test_export_is_audited_by_client_id_only(store, two):
    a, _ = two
    collect(store, a.id)
    with store.session() as s:
        last = s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.client_id, last.target) == ("export", a.id, "access_export")
    row = f"{last.target} {last.detail}"
    for value in (a.first, a.last, a.hetu):
        assert value not in row


def test_unknown_client_refused_and_not_audited(store):
    with store.session() as s:
        before = s.exec(sa.select(sa.func.count()).select_from(AuditEntry)).one()[0]
    with pytest.raises(InvalidInput):
        collect(store, "00000000-0000-0000-0000-000000000000")
    with store.session() as s:
        assert s.exec(sa.select(sa.func.count()).select_from(AuditEntry)).one()[0] == before


def test_json_file_is_utf8_iso_dates_and_versioned(store, two, tmp_path):
    a, _ = two
    data = collect(store, a.id)
    out = tmp_path / "out"
    out.mkdir()
    path = write_access_json(data, out / "tiedot.json")
    raw = path.read_bytes()
    assert a.last.encode("utf-8") in raw  # ä and ö as themselves, not \u escapes
    loaded = json.loads(raw.decode("utf-8"))
    assert loaded["schema_version"] == SCHEMA_VERSION
    client = loaded["sections"]["clients"][0]
    assert client["birth_date"] == "1952-10-13"
    assert client["created_at"].endswith("+00:00") and "T" in client["created_at"]
    assert loaded["exported_at"].endswith("+00:00")
    assert [p.name for p in out.iterdir()] == ["tiedot.json"]  # no temporary left
