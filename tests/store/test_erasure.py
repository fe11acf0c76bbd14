"""Erasing a client for real: no trace left in the decrypted database, the audit
trail still verifies and records the erasure, other clients untouched."""
import json
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlmodel import select

from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import audit, erasure, migrate, users
from tyokykytiimi.store.access_export import client_rows, client_tables, collect
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.database import DB_FILE, connect, make_engine
from tyokykytiimi.store.errors import InvalidInput, PermissionDenied
from tyokykytiimi.store.path import close_client
from tyokykytiimi.store.plans import PlanFrozen, get_or_create_draft, save_draft
from tyokykytiimi.store.unlock import open_store

from ..conftest import ADMIN, PASSWORD
from .access_data import build_both

PAGE = 4096  # SQLCipher 4 defaults: 4096-byte pages, 80 bytes reserved (IV 16 + HMAC 64)
RESERVE = 80


def exported_plaintext(db: Path, key: bytes, tmp: Path) -> bytes:
    """The whole database decrypted into a plain SQLite file with sqlcipher_export."""
    target = tmp / f"plain-{len(list(tmp.iterdir()))}.db"
    conn = connect(db, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    data = target.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")
    return data


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the file decrypted as it lies on disk, free pages and the
    unused space inside pages included (what sqlcipher_export would not show)."""
    raw = path.read_bytes() if path.exists() else b""
    out = []
    for i in range(len(raw) // PAGE):
        page = raw[i * PAGE:(i + 1) * PAGE]
        start = 16 if i == 0 else 0  # page 1 begins with the salt
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(page[start:PAGE - RESERVE]) + dec.finalize())
    return b"".join(out)


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every frame of the write-ahead log decrypted (pages not yet checkpointed)."""
    raw = path.read_bytes() if path.exists() else b""
    out = []
    for pos in range(32, len(raw) - 24 - PAGE + 1, 24 + PAGE):
        number = int.from_bytes(raw[pos:pos + 4], "big")
        page = raw[pos + 24:pos + 24 + PAGE]
        start = 16 if number == 1 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(page[start:PAGE - RESERVE]) + dec.finalize())
    return b"".join(out)


def everything_decrypted(data_dir: Path, key: bytes, tmp: Path) -> bytes:
    db = data_dir / DB_FILE
    plain = exported_plaintext(db, key, tmp)
    pages = decrypted_pages(db, key) + decrypted_wal(data_dir / (DB_FILE + "-wal"), key)
    assert b"SQLite format 3" not in db.read_bytes()[:16]  # the file itself is encrypted
    assert b"CREATE TABLE" in pages  # the decryption above really decrypts
    return plain + pages


def traces(data: bytes, person) -> list[str]:
    values = dict(person.marks)
    values["birth_date"] = "1952-10-13" if person.hetu.startswith("131052") else "1990-07-24"
    return sorted(label for label, value in values.items() if value.encode("utf-8") in data)


@pytest.fixture
def scratch(tmp_path):
    d = tmp_path / "scratch"
    d.mkdir()
    return d


def test_erasure_leaves_no_trace_and_keeps_the_other_client(store, scratch):
    a, b = build_both(store)
    collect(store, a.id)  # an export, too, is in the trail and must go
    data_dir, key = store.data_dir, store.key
    before = everything_decrypted(data_dir, key, scratch)
    assert traces(before, a) == sorted(list(a.marks) + ["birth_date"])  # the search works

    check = erasure.erasure_check(store, a.id)
    assert check.name == f"{a.first} {a.last}" and check.rows > 20
    assert not check.retention_ended
    result = erasure.erase_client(store, a.id, confirm_name=f"  {a.last.upper()}  {a.first} ",
                                  basis="client_request")
    assert result.rows == check.rows and result.redacted > 10 and result.history > 10
    assert result.compacted
    # while the program is still open: the file and its write-ahead log
    assert traces(everything_decrypted(data_dir, key, scratch), a) == []
    store.close()

    after = everything_decrypted(data_dir, key, scratch)
    assert traces(after, a) == []
    assert traces(after, b) == sorted(list(b.marks) + ["birth_date"])
    assert "sitruuna".encode() in after  # the anonymous feedback stays

    s = open_store(data_dir, ADMIN, PASSWORD)
    try:
        report = audit.verify_chain(s)
        assert report.sound, report
        with s.session() as ses:
            erase = ses.exec(select(AuditEntry).where(AuditEntry.action == "erase")).one()
            redacted = ses.exec(select(AuditEntry).where(
                AuditEntry.redacted_by == erase.id)).all()
        assert erase.username == ADMIN and erase.client_id is None
        assert json.loads(erase.detail) == {"basis": "client_request", "rows": result.rows,
                                            "history": result.history,
                                            "redacted": result.redacted}
        assert len(redacted) == result.redacted
        assert all(e.client_id is None and e.target is None and e.detail == "{}"
                   for e in redacted)
        assert {e.action for e in redacted} >= {"create", "view", "export", "screening"}
        with s.engine.connect() as conn:
            assert not any(client_rows(conn, a.id).values())
        # the other client's record is whole
        other = collect(s, b.id)
        assert all(other["sections"][ct.name] for ct in client_tables())
    finally:
        s.close()


def test_tampering_after_an_erasure_is_still_detected(store):
    a, b = build_both(store)
    erasure.erase_client(store, a.id, confirm_name=f"{a.first} {a.last}",
                         basis="entered_in_error")
    assert audit.verify_chain(store).sound

    def tamper(sql):
        with store.session() as s:
            s.connection().exec_driver_sql(sql)

    def restore(rows):
        with store.session() as s:
            for r in rows:
                s.connection().execute(sa.update(AuditEntry.__table__)
                                       .where(AuditEntry.__table__.c.id == r["id"]).values(**r))

    with store.session() as s:
        saved = [dict(r) for r in s.connection().execute(
            sa.select(AuditEntry.__table__)).mappings()]

    # an ordinary (unredacted) entry of the other client
    tamper(f"UPDATE audit_entries SET detail = '{{}}' WHERE client_id = '{b.id}' "
           "AND action = 'screening'")
    assert not audit.verify_chain(store).sound
    restore(saved)
    assert audit.verify_chain(store).sound
    # who did a redacted entry
    tamper("UPDATE audit_entries SET username = 'joku' WHERE id = (SELECT min(id) FROM "
           "audit_entries WHERE redacted_by IS NOT NULL)")
    assert not audit.verify_chain(store).sound
    restore(saved)
    # the kept subject hash of a redacted entry
    tamper("UPDATE audit_entries SET subject_hash = replace(subject_hash, substr(subject_hash, "
           "1, 1), 'x') WHERE redacted_by IS NOT NULL")
    assert not audit.verify_chain(store).sound
    restore(saved)
    # hiding one more entry as if the erasure had redacted it
    tamper(f"UPDATE audit_entries SET client_id = NULL, target = NULL, detail = '{{}}', "
           f"redacted_by = (SELECT id FROM audit_entries WHERE action = 'erase') "
           f"WHERE id = (SELECT min(id) FROM audit_entries WHERE client_id = '{b.id}')")
    assert not audit.verify_chain(store).sound
    restore(saved)
    # the erase entry's own record of what it did
    tamper("UPDATE audit_entries SET detail = replace(detail, '\"basis\": \"entered_in_error\"',"
           " '\"basis\": \"retention_ended\"') WHERE action = 'erase'")
    assert not audit.verify_chain(store).sound
    restore(saved)
    assert audit.verify_chain(store).sound


def test_erasure_needs_an_admin_the_right_name_and_a_basis(store):
    a, _ = build_both(store)
    with pytest.raises(InvalidInput) as err:
        erasure.erase_client(store, a.id, confirm_name="Aino Väärä", basis="client_request")
    assert err.value.field == "confirm_name"
    with pytest.raises(InvalidInput) as err:
        erasure.erase_client(store, a.id, confirm_name=f"{a.first} {a.last}", basis="because")
    assert err.value.field == "basis"
    with pytest.raises(InvalidInput) as err:  # retention has not ended for an active client
        erasure.erase_client(store, a.id, confirm_name=f"{a.first} {a.last}",
                             basis="retention_ended")
    assert err.value.field == "basis"
    users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                   password="Sairaanhoidon-sana-42")
    data_dir = store.data_dir
    store.close()
    nurse = open_store(data_dir, "hoitaja", "Sairaanhoidon-sana-42")
    try:
        with pytest.raises(PermissionDenied):
            erasure.erase_client(nurse, a.id, confirm_name=f"{a.first} {a.last}",
                                 basis="client_request")
        with pytest.raises(PermissionDenied):
            erasure.erasure_check(nurse, a.id)
        with nurse.engine.connect() as conn:
            assert client_rows(conn, a.id)["clients"]  # nothing erased
        with nurse.session() as s:
            assert not s.exec(select(AuditEntry).where(AuditEntry.action == "erase")).all()
    finally:
        nurse.close()


def test_retention_ended_basis(store, today):
    long_ago = today - timedelta(days=365 * 13)
    c = create_client(store, first_name="Vanha", last_name="Asiakas", started_on=long_ago)
    close_client(store, c.id, outcome="employed", assessment="Työllistyi hyvin",
                 on=long_ago + timedelta(days=200))
    check = erasure.erasure_check(store, c.id)
    assert check.retention_ended and check.retention_ends < today
    erasure.erase_client(store, c.id, confirm_name="asiakas vanha", basis="retention_ended")
    with store.engine.connect() as conn:
        assert not any(client_rows(conn, c.id).values())
    assert audit.verify_chain(store).sound


def test_a_failed_erasure_changes_nothing_and_keeps_the_plan_guards(store, monkeypatch):
    a, b = build_both(store)
    with store.engine.connect() as conn:
        before = {k: len(v) for k, v in client_rows(conn, a.id).items()}
        triggers = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
    assert triggers  # migration 0005's guards of agreed plan versions
    calls = []
    real = erasure._delete_ids

    def failing(conn, table, ids):
        calls.append(table.name)
        if len(calls) == 3:
            raise RuntimeError("disk pulled out")
        real(conn, table, ids)

    monkeypatch.setattr(erasure, "_delete_ids", failing)
    with pytest.raises(RuntimeError):
        erasure.erase_client(store, a.id, confirm_name=f"{a.first} {a.last}",
                             basis="client_request")
    monkeypatch.undo()
    with store.engine.connect() as conn:
        assert {k: len(v) for k, v in client_rows(conn, a.id).items()} == before
        assert conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() \
            == triggers
    assert audit.verify_chain(store).sound
    with store.session() as s:
        assert not s.exec(select(AuditEntry).where(AuditEntry.action == "erase")).all()

    # after a real erasure the guards are back and still refuse changing an agreed version
    erasure.erase_client(store, a.id, confirm_name=f"{a.first} {a.last}",
                         basis="client_request")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() \
            == triggers
    with pytest.raises(sa.exc.IntegrityError, match="agreed plan version is frozen"):
        with store.session() as s:
            s.connection().exec_driver_sql(
                f"UPDATE plan_versions SET notes = 'x' WHERE id = '{b.ids['version']}'")
    draft = get_or_create_draft(store, b.id)
    with pytest.raises(PlanFrozen):
        save_draft(store, b.ids["version"], draft.content, 0)


# --- migration 0007 ----------------------------------------------------------------

def _at_foundation_audit(store):
    """The file as it was before migration 0007 (the older, single-layer hashes)."""
    data_dir, key = store.data_dir, store.key
    store.close()
    engine = make_engine(data_dir / DB_FILE, key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "audit_redaction@-1")
    revisions = migrate.current_revisions(engine)
    assert "0007_audit_redaction" not in revisions
    return data_dir, engine


def _legacy_sound(engine) -> bool:
    """The older verify_chain, over the older table."""
    from tyokykytiimi.models.audit import GENESIS, legacy_entry_hash
    from tyokykytiimi.models.base import UTCDateTime
    names = ("seq", "device_id", "user_id", "username", "action", "client_id", "target",
             "detail", "prev_hash", "hash")
    t = sa.table("audit_entries", sa.column("at", UTCDateTime()), *map(sa.column, names))
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t).order_by(t.c.seq)).all()
    prev = GENESIS
    for i, r in enumerate(rows, 1):
        if r.seq != i or r.prev_hash != prev or legacy_entry_hash(
                prev, seq=r.seq, at=r.at, device_id=r.device_id, user_id=r.user_id,
                username=r.username, action=r.action, client_id=r.client_id, target=r.target,
                detail=r.detail) != r.hash:
            return False
        prev = r.hash
    return True


def test_migration_rehashes_a_sound_older_trail(store):
    build_both(store)
    entries = audit.verify_chain(store).entries
    data_dir, engine = _at_foundation_audit(store)
    assert _legacy_sound(engine)  # the downgrade wrote the older rule back
    engine.dispose()
    s = open_store(data_dir, ADMIN, PASSWORD)  # upgrades again
    try:
        report = audit.verify_chain(s)
        assert report.sound and report.entries > entries
    finally:
        s.close()


def test_migration_keeps_an_earlier_break_at_the_same_entry(store):
    build_both(store)
    data_dir, engine = _at_foundation_audit(store)
    with engine.begin() as conn:
        seq = conn.exec_driver_sql(
            "SELECT min(seq) FROM audit_entries WHERE action = 'screening'").scalar()
        conn.exec_driver_sql(f"UPDATE audit_entries SET detail = '{{}}' WHERE seq = {seq}")
    assert not _legacy_sound(engine)
    engine.dispose()
    s = open_store(data_dir, ADMIN, PASSWORD)
    try:
        assert audit.verify_chain(s).broken_at == seq
    finally:
        s.close()


def test_migration_keeps_a_removed_entry_visible(store):
    build_both(store)
    data_dir, engine = _at_foundation_audit(store)
    with engine.begin() as conn:
        seq = conn.exec_driver_sql(
            "SELECT min(seq) FROM audit_entries WHERE action = 'view'").scalar()
        conn.exec_driver_sql(f"DELETE FROM audit_entries WHERE seq = {seq}")
    engine.dispose()
    s = open_store(data_dir, ADMIN, PASSWORD)
    try:
        assert audit.verify_chain(s).broken_at == seq + 1
    finally:
        s.close()
