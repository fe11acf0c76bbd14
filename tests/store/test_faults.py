"""Faults a person can meet: each ends in one clear message and an exit code, nothing lost."""
from __future__ import annotations

import contextlib
import os
import subprocess

import pytest
import sqlalchemy as sa
from sqlmodel import func, select

from tyokykytiimi.cli import main
from tyokykytiimi.models.clients import Client
from tyokykytiimi.store import health
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import DiskFull, NotWritable
from tyokykytiimi.store.unlock import db_path, open_store

from ..conftest import ADMIN, PASSWORD


@contextlib.contextmanager
def read_only(folder):
    """The folder can be read but nothing created in it (also for root: chattr +i)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)


@pytest.fixture
def env_password(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", PASSWORD)


def _clients(store) -> int:
    with store.session() as s:
        return s.exec(select(func.count()).select_from(Client)).one()


def test_disk_full_is_our_error_and_nothing_is_lost(store):
    create_client(store, first_name="Ulla", last_name="Salminen")

    # SQLite's own "database or disk is full" (SQLITE_FULL): the file may not grow.
    @sa.event.listens_for(store.engine, "connect")
    def _cap(dbapi_conn, record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    with pytest.raises(DiskFull) as caught:
        for n in range(50):
            create_client(store, first_name="Iso", last_name="Tiedosto", family_notes="x" * 200_000)
    assert caught.value.exit_code == 7
    sa.event.remove(store.engine, "connect", _cap)
    store.engine.dispose()
    assert _clients(store) >= 1  # what was saved before is there


def _flip_byte(path, offset):
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0xFF]))


def test_check_reports_a_flipped_byte(store, env_password, capsys):
    data_dir = store.data_dir
    # Long notes written last fill the file's last ~100 pages (the client row's and its
    # change-log snapshot's overflow pages), which signing in never reads.
    create_client(store, first_name="Asiakas", last_name="Testinen", family_notes="y" * 200_000)
    with store.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # outside any transaction
    path = db_path(data_dir)
    store.close()
    _flip_byte(path, path.stat().st_size - 30 * 4096 + 100)
    # A normal sign-in still works (the damaged page is not read); the background
    # check after sign-in finds the damage.
    again = open_store(data_dir, ADMIN, PASSWORD)
    try:
        assert health.check_integrity(again) != []
    finally:
        again.close()
    code = main(["check", "--data-dir", str(data_dir), "--user", ADMIN])
    err = capsys.readouterr().err
    assert code == 6
    assert err.strip().count("\n") == 0 and "varmuuskopiosta" in err


def test_sound_file_passes_the_background_check(store):
    assert health.check_integrity(store) == []


def test_read_only_data_folder(store, env_password, capsys, monkeypatch):
    data_dir = store.data_dir
    store.close()
    (data_dir / "tyokykytiimi.lock").unlink(missing_ok=True)
    with read_only(data_dir):
        with pytest.raises(NotWritable) as caught:
            open_store(data_dir, ADMIN, "väärä-salasana-1")
        assert str(data_dir) in caught.value.render("fi")
        assert main(["check", "--data-dir", str(data_dir), "--user", ADMIN]) == 7
        err = capsys.readouterr().err
        assert err.strip().count("\n") == 0 and "ei voi kirjoittaa" in err


def test_read_only_backup_folder(store, tmp_path):
    from tyokykytiimi.store.backup import backup
    folder = tmp_path / "kopiot"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(NotWritable):
            backup(store, folder / "b.tkbackup")


# --- the key-slot file ------------------------------------------------------------

def _slot_data(data_dir):
    import json
    return json.loads((data_dir / "keyslots.json").read_text("utf-8"))


def _write_slots(data_dir, data):
    import json
    (data_dir / "keyslots.json").write_text(json.dumps(data), "utf-8")


@pytest.mark.parametrize("damage, words", [
    (lambda d: d["slots"][0]["kdf"].pop("time_cost"), "time_cost"),
    (lambda d: d["slots"][0].__setitem__("salt", "%%%not base64%%%"), "salt"),
    (lambda d: d["slots"][0].__setitem__("nonce", "ääkköset"), "nonce"),
    (lambda d: d["slots"][0].__setitem__("kdf", "argon2id"), "avainten"),
    (lambda d: d["slots"][0]["kdf"].__setitem__("memory_cost", 10 ** 12), "memory_cost"),
    (lambda d: d.pop("slots"), "avainpaikkojen"),
    (lambda d: d["slots"].append(7), "paikka 3"),
    (lambda d: d.__setitem__("failed", [7, "x"]), None),
])
def test_damaged_slot_fields_get_one_line(store, env_password, capsys, damage, words):
    data_dir = store.data_dir
    store.close()
    data = _slot_data(data_dir)
    damage(data)
    _write_slots(data_dir, data)
    code = main(["check", "--data-dir", str(data_dir), "--user", ADMIN])
    err = capsys.readouterr().err.strip()
    if words is None:  # harmless damage (the list of failed sign-ins) is dropped
        assert code == 0, err
        return
    assert code == 6
    assert err.count("\n") == 0 and "keyslots.json" in err and words in err, err


def test_slot_file_from_another_database(store, tmp_path, env_password, capsys):
    from tyokykytiimi.store.unlock import create_database
    other, _ = create_database(tmp_path / "other", team_name="Toinen", username=ADMIN,
                               display_name="Toinen", password=PASSWORD)
    other.close()
    data_dir = store.data_dir
    store.close()
    (data_dir / "keyslots.json").write_bytes((tmp_path / "other" / "keyslots.json").read_bytes())
    assert main(["check", "--data-dir", str(data_dir), "--user", ADMIN]) == 6
    err = capsys.readouterr().err.strip()
    assert "toiseen tietokantaan" in err and err.count("\n") == 0


def test_backup_and_restore_keep_the_slot_file_matching(store, tmp_path):
    from tyokykytiimi.store.backup import backup, restore
    path = backup(store, tmp_path / "b.tkbackup")
    store.close()
    restored = restore(store.data_dir, path, username=ADMIN, password=PASSWORD)
    restored.close()
    again = open_store(store.data_dir, ADMIN, PASSWORD)
    again.close()


# --- modes, leftovers, small ones --------------------------------------------------

def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_owner_only_modes_also_after_restore(store, tmp_path, env_password):
    from tyokykytiimi.store.backup import backup, restore
    data_dir = store.data_dir
    path = backup(store, tmp_path / "b.tkbackup")
    store.close()
    os.chmod(data_dir, 0o755)  # e.g. made by an installer
    restored = restore(data_dir, path, username=ADMIN, password=PASSWORD)
    restored.close()
    assert _mode(data_dir) == 0o700 and _mode(data_dir / "backups") == 0o700
    for f in [data_dir / "tyokykytiimi.db", data_dir / "keyslots.json",
              *(data_dir / "backups").iterdir()]:
        assert _mode(f) == 0o600, f
    assert [p for p in (data_dir / "backups").iterdir() if p.name.startswith("pre-restore-")]


def test_first_start_makes_an_owner_only_folder(tmp_path):
    from tyokykytiimi.store.unlock import create_database
    s, _ = create_database(tmp_path / "uusi" / "data", team_name="T", username=ADMIN,
                           display_name="K", password=PASSWORD)
    s.close()
    assert _mode(tmp_path / "uusi" / "data") == 0o700
    assert all(_mode(f) == 0o600 for f in (tmp_path / "uusi" / "data").iterdir() if f.is_file())


def test_killed_backups_leave_nothing_after_the_next_start(store):
    data_dir = store.data_dir
    store.close()
    for folder in (data_dir, data_dir / "backups"):
        (folder / ".backup-abc123").mkdir(parents=True)
        (folder / ".backup-abc123" / "tyokykytiimi.db").write_bytes(b"x" * 1000)
    (data_dir / ".restore-xyz").mkdir()
    (data_dir / "backups" / "keep-me.tkbackup").write_bytes(b"x")
    open_store(data_dir, ADMIN, PASSWORD).close()
    left = sorted(p.name for p in [*data_dir.iterdir(), *(data_dir / "backups").iterdir()])
    assert not [n for n in left if n.startswith((".backup-", ".restore-"))]
    assert "keep-me.tkbackup" in left


def test_parse_hetu_none():
    from tyokykytiimi.models.hetu import InvalidHetu, parse_hetu
    with pytest.raises(InvalidHetu):
        parse_hetu(None)


def test_backup_to_a_folder_goes_inside(store, tmp_path, env_password):
    data_dir = store.data_dir
    store.close()
    target = tmp_path / "kopiot"
    assert main(["backup", "--data-dir", str(data_dir), "--user", ADMIN,
                 "--to", str(target) + "/"]) == 0
    made = list(target.iterdir())
    assert len(made) == 1 and made[0].suffix == ".tkbackup"
    assert not list(tmp_path.glob("kopiot*.tkbackup"))  # not beside the folder
    assert main(["backup", "--data-dir", str(data_dir), "--user", ADMIN,
                 "--to", str(target)]) == 0  # an existing folder, without the slash
    assert len(list(target.iterdir())) == 2  # also within the same second


def test_readme_lists_every_exit_code():
    from pathlib import Path

    from tyokykytiimi.store import errors
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    codes = {cls.exit_code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.StoreError)}
    from tyokykytiimi.app import NO_DISPLAY_EXIT
    for code in sorted(codes | {NO_DISPLAY_EXIT}):
        assert f" {code} " in readme.split("Exit codes:")[1].split("\n\n")[0], code


def test_any_slot_file_gives_our_error_or_opens(store):
    """Arbitrary JSON in any field of keyslots.json: our error with an exit code, never a crash."""
    import json

    from hypothesis import HealthCheck, given, settings, strategies as st

    from tyokykytiimi.store.errors import StoreError
    from tyokykytiimi.store.keyslots import KeySlots
    data_dir = store.data_dir
    store.close()
    original = _slot_data(data_dir)
    values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                          lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                          max_leaves=8)
    fields = st.sampled_from(["id", "kind", "user_id", "username", "kdf", "salt", "nonce",
                              "wrapped", "public_key", "signing_nonce", "signing_wrapped",
                              "created_at", "heads"])

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(field=fields, value=values, top=st.booleans())
    def one(field, value, top):
        data = json.loads(json.dumps(original))
        if top:
            data[field] = value
        else:
            data["slots"][0][field] = value
        _write_slots(data_dir, data)
        try:
            slots = KeySlots.load(data_dir / "keyslots.json")
            slots.unwrap_user(ADMIN, PASSWORD)
        except StoreError as exc:
            assert exc.exit_code in (3, 6) and exc.message

    one()


def _full_disk_command(mount_point) -> list[str] | None:
    """A command prefix that runs in a mount namespace of its own with a tiny real file
    system (64 KiB) at ``mount_point``, gone when the command ends; None where this
    machine allows no mount namespace."""
    import shutil
    if not shutil.which("unshare"):
        return None
    tiny = f"mount -t tmpfs -o size=64k tmpfs {mount_point}"
    for prefix in (["unshare", "-m"], ["unshare", "-rm"]):  # root; a user namespace
        if subprocess.run(prefix + ["sh", "-c", tiny], capture_output=True).returncode == 0:
            return prefix + ["sh", "-c", f'{tiny} && exec "$@"', "sh"]
    return None


def test_backup_on_a_full_disk_says_so_and_leaves_nothing(store, tmp_path):
    """A real full file system (a 64 KiB tmpfs) as the backup's target: exit code 7,
    our one line, no traceback, no half-written work folder, the data untouched."""
    import sys
    create_client(store, first_name="Ulla", last_name="Salminen", family_notes="x" * 100_000)
    data_dir = store.data_dir
    store.close()
    target = tmp_path / "muistitikku"
    target.mkdir()
    prefix = _full_disk_command(target)
    if prefix is None:
        pytest.skip("this machine lets no test mount a small file system (root or unshare)")
    script = (f"import os, sys; os.listdir({str(target)!r}); "
              f"from tyokykytiimi.cli import main; "
              f"code = main(['backup', '--data-dir', {str(data_dir)!r}, '--user', {ADMIN!r}, "
              f"'--to', {str(target) + '/'!r}]); "
              f"print('LEFT', os.listdir({str(target)!r})); sys.exit(code)")
    env = dict(os.environ, TYOKYKYTIIMI_PASSWORD=PASSWORD, LANG="fi_FI.UTF-8")
    done = subprocess.run(prefix + [sys.executable, "-c", script], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 7, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    assert "LEFT []" in done.stdout  # neither a partial backup nor a .backup-* folder
    message = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(message) == 1 and "levy" in message[0].lower(), message
    reopened = open_store(data_dir, ADMIN, PASSWORD)
    try:
        assert _clients(reopened) == 1
    finally:
        reopened.close()
