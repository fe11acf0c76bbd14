import zipfile

import pytest
from sqlmodel import select

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.models.users import User
from tyokykytiimi.store import audit, backup, migrate, users
from tyokykytiimi.store.database import make_engine
from tyokykytiimi.store.errors import InvalidInput, NewerDatabase, WrongPassword
from tyokykytiimi.store.unlock import db_path, open_store


def _names(store):
    with store.session() as s:
        return sorted(u.display_name for u in s.exec(select(User)))


def test_backup_restore_round_trip(store, tmp_path):
    users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                   password="Sairaanhoidon-sana-42")
    before = _names(store)
    path = backup.backup(store, tmp_path / "out" / "varmuuskopio")
    assert path.name.endswith(".tkbackup") and path.exists()
    users.add_user(store, username="myohempi", display_name="Myöhempi Käyttäjä",
                   role="doctor", password="Lääkärin-salasana-1")
    data_dir = store.data_dir
    store.close()
    with pytest.raises(WrongPassword):
        backup.restore(data_dir, path, username=ADMIN, password="väärä-salasana-00")
    assert "Myöhempi Käyttäjä" in _names(s := open_store(data_dir, ADMIN, PASSWORD))
    s.close()
    restored = backup.restore(data_dir, path, username=ADMIN, password=PASSWORD)
    assert _names(restored) == before
    assert any(e.action == "restore" for e in audit.list_entries(restored))
    assert list((data_dir / "backups").glob("pre-restore-*.tkbackup"))
    restored.close()


def test_backup_opens_with_recovery_key(store_and_recovery, tmp_path):
    store, recovery = store_and_recovery
    path = backup.backup(store, tmp_path / "b.tkbackup")
    data_dir = store.data_dir
    store.close()
    restored = backup.restore(data_dir, path, username=ADMIN, recovery_key=recovery)
    assert restored.user.username == ADMIN
    restored.close()


def test_restore_refuses_non_backup(store, tmp_path):
    bogus = tmp_path / "x.tkbackup"
    bogus.write_bytes(b"not a zip")
    data_dir = store.data_dir
    store.close()
    with pytest.raises(InvalidInput):
        backup.restore(data_dir, bogus, username=ADMIN, password=PASSWORD)


def test_auto_backup_daily_and_rotated(store):
    from datetime import datetime, timedelta
    from tyokykytiimi.store.settings import set_setting
    with store.session() as s:
        set_setting(s, "backup_keep", "3")
    start = datetime(2026, 11, 1, 8, 0)
    for day in range(5):
        assert backup.auto_backup_if_due(store, start + timedelta(days=day)) is not None
        assert backup.auto_backup_if_due(store, start + timedelta(days=day, hours=2)) is None
    kept = sorted(p.name for p in (store.data_dir / "backups").glob("auto-*"))
    assert len(kept) == 3 and kept[0].startswith("auto-20261103")


def test_backup_contains_no_plaintext(store, tmp_path):
    users.add_user(store, username="selma", display_name="Selma Åkerblomqvist", role="nurse",
                   password="Sairaanhoidon-sana-42")
    path = backup.backup(store, tmp_path / "b.tkbackup")
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            assert "Åkerblomqvist".encode() not in data
            assert b"Sairaanhoidon-sana-42" not in data


def test_audit_chain_detects_altered_byte(store):
    users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                   password="Sairaanhoidon-sana-42")
    report = audit.verify_chain(store)
    assert report.sound and report.entries >= 3
    with store.session() as s:
        s.connection().exec_driver_sql(
            "UPDATE audit_entries SET detail = replace(detail, 'nurse', 'nursf') "
            "WHERE action = 'user_create' AND detail LIKE '%nurse%'")
    broken = audit.verify_chain(store)
    assert not broken.sound and broken.broken_at is not None


def test_audit_chain_detects_removed_entry(store):
    audit.record(store, "lock")
    audit.record(store, "unlock")
    with store.session() as s:
        s.connection().exec_driver_sql("DELETE FROM audit_entries WHERE action = 'lock'")
    assert not audit.verify_chain(store).sound


def test_migration_from_previous_revision(data_dir, tmp_path):
    """A database at the foundation revision, with data, is upgraded to all heads
    (after a backup) when this program signs in."""
    import os
    from tyokykytiimi.store.keyslots import KeySlots
    from tyokykytiimi.store.session import write_audit
    from tyokykytiimi.store.unlock import create_database
    store, _ = create_database(data_dir, team_name="T", username=ADMIN, display_name="K",
                               password=PASSWORD)
    key = store.key
    heads = migrate.head_revisions()
    store.close()
    engine = make_engine(db_path(data_dir), key)
    migrate.upgrade(engine, "0001_foundation")  # no-op; now step everything else down
    from alembic import command
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001_foundation")
    assert migrate.current_revisions(engine) == {"0001_foundation"}
    engine.dispose()
    backed_up = []
    s = open_store(data_dir, ADMIN, PASSWORD,
                   before_migration=lambda st: backed_up.append(backup.pre_migration_backup(st)))
    assert migrate.current_revisions(s.engine) == heads
    assert backed_up and backed_up[0].exists()
    assert s.user.username == ADMIN
    s.close()


def test_newer_database_refused_untouched(store):
    with store.session() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')")
    data_dir = store.data_dir
    store.close()
    before = db_path(data_dir).read_bytes()
    with pytest.raises(NewerDatabase) as exc:
        open_store(data_dir, ADMIN, PASSWORD)
    assert "uudemmalla versiolla" in exc.value.message
    assert db_path(data_dir).read_bytes() == before


def test_models_match_migrations(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel
    from tyokykytiimi.models import schema  # noqa: F401
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_files_hold_no_plaintext(store):
    users.add_user(store, username="selma", display_name="Selma Åkerblomqvist", role="nurse",
                   password="Sairaanhoidon-sana-42")
    from tyokykytiimi.store.settings import set_setting
    with store.session() as s:
        set_setting(s, "team_name", "Pohjoisen Työkykytiimi Ääkköset")
    files = [p for p in store.data_dir.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)  # the WAL is checked too
    for path in files:
        data = path.read_bytes()
        if path.name != "keyslots.json":  # staff names are listed there for sign-in, by design
            assert "Åkerblomqvist".encode() not in data, path.name
        assert "Ääkköset".encode() not in data, path.name
        assert b"Sairaanhoidon-sana-42" not in data, path.name
        assert PASSWORD.encode() not in data, path.name
