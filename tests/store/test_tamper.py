"""The probe's seven tampering cases, each made by an insider who holds the database key."""
from __future__ import annotations

import shutil
import zipfile

import pytest
import sqlcipher3

from tyokykytiimi import clock
from tyokykytiimi.cli import main
from tyokykytiimi.models.audit import body_hash, chain_hash, subject_hash
from tyokykytiimi.store import audit, backup, users
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.database import key_pragma
from tyokykytiimi.store.keyslots import KeySlots
from tyokykytiimi.store.unlock import db_path, open_store, sign_out, slot_path

from ..conftest import ADMIN, PASSWORD

NURSE_PW = "Sairaanhoidon-sana-42"


@pytest.fixture
def env_password(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", PASSWORD)


@pytest.fixture
def team(store):
    """An admin's ordinary day, signed out; a nurse on the team."""
    users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                   password=NURSE_PW)
    for n in range(6):
        create_client(store, first_name=f"Asiakas{n}", last_name="Testinen")
    data_dir = store.data_dir
    sign_out(store)
    return data_dir


def _insider(data_dir):
    """The nurse's way in: her own password unwraps the database key."""
    key, _ = KeySlots.load(slot_path(data_dir)).unwrap_user("hoitaja", NURSE_PW)
    conn = sqlcipher3.connect(str(db_path(data_dir)), isolation_level=None)
    conn.execute(key_pragma(key))
    return conn


def _check(data_dir, capsys) -> str:
    code = main(["check", "--data-dir", str(data_dir), "--user", ADMIN])
    err = capsys.readouterr().err
    assert code != 0, "tampering went unnoticed"
    return err


def test_untouched_team_passes(team, env_password, capsys):
    assert main(["check", "--data-dir", str(team), "--user", ADMIN]) == 0
    admin = open_store(team, ADMIN, PASSWORD)
    try:
        report = audit.tamper_check(admin)
        assert report.sound and report.signed == report.entries
    finally:
        admin.close()


@pytest.mark.parametrize("count", [1, 5])
def test_deleting_the_last_entries(team, env_password, capsys, count):
    conn = _insider(team)
    last = conn.execute("SELECT max(seq) FROM audit_entries").fetchone()[0]
    conn.execute("DELETE FROM audit_entries WHERE seq > ?", (last - count,))
    conn.close()
    assert "Lokissa ei enää ole merkintää" in _check(team, capsys)


def _append_forged(conn, user_id, username, action="view"):
    seq, prev = conn.execute("SELECT seq, hash FROM audit_entries ORDER BY seq DESC "
                             "LIMIT 1").fetchone()
    at = clock.utcnow()
    subject = subject_hash(None, "database", "{}")
    h = chain_hash(prev, seq + 1, body_hash(at=at, device_id="x", user_id=user_id,
                                            username=username, action=action, subject=subject))
    conn.execute("INSERT INTO audit_entries (id, seq, at, device_id, user_id, username, action, "
                 "client_id, target, detail, subject_hash, prev_hash, hash) VALUES "
                 "(?, ?, ?, 'x', ?, ?, ?, NULL, 'database', '{}', ?, ?, ?)",
                 (f"forged-{seq}", seq + 1, at.strftime("%Y-%m-%d %H:%M:%S.%f"), user_id,
                  username, action, subject, prev, h))


def test_appending_a_forged_entry(team, env_password, capsys):
    conn = _insider(team)
    admin_id = conn.execute("SELECT id FROM users WHERE username = ?", (ADMIN,)).fetchone()[0]
    _append_forged(conn, admin_id, ADMIN)
    conn.close()
    err = _check(team, capsys)
    assert "ei ole allekirjoittanut sen kirjoittaja" in err


def test_rehashing_the_whole_chain(team, env_password, capsys):
    from tyokykytiimi.models.audit import GENESIS
    conn = _insider(team)
    conn.execute("UPDATE audit_entries SET target = 'muu' WHERE action = 'create'")
    rows = conn.execute("SELECT id, seq, at, device_id, user_id, username, action, client_id, "
                        "target, detail FROM audit_entries ORDER BY seq").fetchall()
    from datetime import datetime, timezone
    prev = GENESIS
    for (id_, seq, at, device, uid, uname, action, cid, target, detail) in rows:
        when = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
        subject = subject_hash(cid, target, detail)
        h = chain_hash(prev, seq, body_hash(at=when, device_id=device, user_id=uid,
                                            username=uname, action=action, subject=subject))
        conn.execute("UPDATE audit_entries SET subject_hash = ?, prev_hash = ?, hash = ? "
                     "WHERE id = ?", (subject, prev, h, id_))
        prev = h
    conn.close()
    err = _check(team, capsys)
    assert err


def test_self_promotion_to_admin(team, env_password, capsys):
    conn = _insider(team)
    conn.execute("UPDATE users SET is_admin = 1 WHERE username = 'hoitaja'")
    conn.close()
    err = _check(team, capsys)
    assert "hoitaja" in err
    # At her next sign-in the right is not honoured, and she is told.
    nurse = open_store(team, "hoitaja", NURSE_PW)
    try:
        assert nurse.user.is_admin is False
        assert nurse.tamper_warning is not None
    finally:
        nurse.close()


def test_another_users_slot_rewritten(team, env_password, capsys):
    key, _ = KeySlots.load(slot_path(team)).unwrap_user("hoitaja", NURSE_PW)
    slots = KeySlots.load(slot_path(team))
    admin_slot = slots.user_slot(ADMIN)
    # The nurse makes the admin's slot open with a password she knows.
    slots.set_user(key, user_id=admin_slot.user_id, username=ADMIN,
                   display_name=admin_slot.display_name, password=NURSE_PW + "x")
    slots.save()
    from tyokykytiimi.store.errors import StoreError
    with pytest.raises(StoreError) as caught:
        open_store(team, ADMIN, NURSE_PW + "x")
    assert caught.value.exit_code == 6
    # An administrator's check (her own slot intact) names it too.
    users_ok = open_store(team, "hoitaja", NURSE_PW)
    users_ok.close()


def test_an_old_backup_put_back_by_hand(team, env_password, capsys, tmp_path):
    admin = open_store(team, ADMIN, PASSWORD)
    old = backup.backup(admin, tmp_path / "vanha.tkbackup")
    create_client(admin, first_name="Uusi", last_name="Asiakas")
    backup.auto_backup_if_due(admin)  # the daily one: its manifest keeps the newer head
    sign_out(admin)
    with zipfile.ZipFile(old) as z:  # the insider copies the old files into place
        z.extract("tyokykytiimi.db", tmp_path / "x")
        z.extract("keyslots.json", tmp_path / "x")
    for companion in ("-wal", "-shm"):
        (team / f"tyokykytiimi.db{companion}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "x" / "tyokykytiimi.db", db_path(team))
    shutil.copy(tmp_path / "x" / "keyslots.json", slot_path(team))
    err = _check(team, capsys)
    assert "auto-" in err


def test_a_restore_by_an_administrator_is_not_tampering(team, env_password, capsys, tmp_path):
    admin = open_store(team, ADMIN, PASSWORD)
    old = backup.backup(admin, tmp_path / "vanha.tkbackup")
    create_client(admin, first_name="Uusi", last_name="Asiakas")
    backup.auto_backup_if_due(admin)
    admin.close()
    backup.restore(team, old, username=ADMIN, password=PASSWORD).close()
    assert main(["check", "--data-dir", str(team), "--user", ADMIN]) == 0, capsys.readouterr().err


def test_chain_head_for_peers(store):
    """What team sync carries: a peer keeps the head and later asks whether it still holds."""
    with store.session() as s:
        seq, hash_ = audit.chain_head(s.connection())
        head = {"seq": seq, "hash": hash_}
        assert seq >= 1 and len(hash_) == 64
        assert audit.head_holds(s, head)
    create_client(store, first_name="Uusi", last_name="Asiakas")
    with store.session() as s:
        assert audit.head_holds(s, head)  # the chain grew past it: still there
        assert audit.chain_head(s.connection())[0] > seq
        s.connection().exec_driver_sql("DELETE FROM audit_entries WHERE seq >= ?",
                                       (head["seq"],))
        assert not audit.head_holds(s, head)  # cut (or rolled back) below it


def test_a_rewritten_slot_without_a_signing_key_is_refused_too(team):
    key, _ = KeySlots.load(slot_path(team)).unwrap_user("hoitaja", NURSE_PW)
    slots = KeySlots.load(slot_path(team))
    admin_slot = slots.user_slot(ADMIN)
    new = slots.set_user(key, user_id=admin_slot.user_id, username=ADMIN,
                         display_name=admin_slot.display_name, password=NURSE_PW + "x")
    new.public_key = new.signing_nonce = new.signing_wrapped = ""  # looks like an old slot
    slots.save()
    from tyokykytiimi.store.errors import RewrittenSlot
    with pytest.raises(RewrittenSlot):
        open_store(team, ADMIN, NURSE_PW + "x")


def test_the_recovery_key_resets_a_password_soundly(store_and_recovery):
    store, recovery = store_and_recovery
    data_dir = store.data_dir
    admin_id = store.user.id
    sign_out(store)
    rescued = open_store(data_dir, ADMIN, recovery_key=recovery)
    users.reset_password(rescued, admin_id, "Uusi-salasana-kaikille-9")
    rescued.close()
    admin = open_store(data_dir, ADMIN, "Uusi-salasana-kaikille-9")
    try:
        report = audit.tamper_check(admin)
        assert report.sound, [p.render("en") for p in report.problems]
    finally:
        admin.close()
