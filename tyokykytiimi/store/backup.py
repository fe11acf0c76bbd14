"""Backups and restore.

A backup file (``.tkbackup``) is a zip of an encrypted copy of the database
made with ``sqlcipher_export`` and verified, plus the key-slot file, so it
opens with the same passwords or the recovery key. Nothing in it is plaintext.
Restore verifies the backup with the person's password before it replaces
anything, and keeps the replaced database as a backup of its own.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from .. import __version__
from . import migrate
from .atomic import fsync_dir
from .database import DB_FILE, connect, integrity_problems, make_engine, \
    translate_os_error
from .errors import DamagedDatabase, InvalidInput
from .instance import InstanceLock
from .keyslots import SLOT_FILE, KeySlots
from .session import Store
from .settings import get_setting
from .unlock import db_path, open_store, slot_path
from ..i18n import Message
from .. import clock

SUFFIX = ".tkbackup"
AUTO_PREFIX = "auto-"


def _export(source: Path, key: bytes, target: Path) -> None:
    conn = connect(source, key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('backup')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(version)}")
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
    check = connect(target, key)
    try:
        problems = integrity_problems(check)
        check.execute("SELECT count(*) FROM users").fetchone()
        check.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        check.close()
    if problems:
        detail = "; ".join(problems[:3])
        raise DamagedDatabase(Message("The backup failed its check: {detail}", detail=detail))


def write_backup(data_dir: Path, key: bytes, target: Path) -> Path:
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=target.parent))
    try:
        exported = work / DB_FILE
        _export(db_path(data_dir), key, exported)
        partial = work / "backup.zip"
        manifest = {"program_version": __version__, "format": 1,
                    "created_at": clock.utcnow().isoformat()}
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as z:
            z.write(exported, DB_FILE)
            z.write(slot_path(data_dir), SLOT_FILE)
            z.writestr("manifest.json", json.dumps(manifest))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        fsync_dir(target.parent)
        return target
    except OSError as exc:
        raise translate_os_error(exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def backup(store: Store, target: Path, *, automatic: bool = False) -> Path:
    path = write_backup(store.data_dir, store.key, target)
    with store.session() as s:
        # The file name is the person's choice and may say anything: log only that it happened.
        store.audit(s, "backup", target="database", automatic=automatic)
    return path


def backup_dir(store: Store) -> Path:
    with store.session() as s:
        configured = get_setting(s, "backup_dir")
    return Path(configured) if configured else store.data_dir / "backups"


def auto_backup_if_due(store: Store, today: datetime | None = None) -> Path | None:
    """The daily automatic backup: one a day, the newest ``backup_keep`` kept."""
    today = today or clock.now()
    folder = backup_dir(store)
    stamp = today.strftime("%Y%m%d")
    if folder.exists() and any(p.name.startswith(AUTO_PREFIX + stamp)
                               for p in folder.glob(f"*{SUFFIX}")):
        return None
    path = backup(store, folder / f"{AUTO_PREFIX}{today.strftime('%Y%m%d-%H%M%S')}{SUFFIX}",
                  automatic=True)
    rotate(store, folder)
    return path


def rotate(store: Store, folder: Path) -> None:
    with store.session() as s:
        keep = max(1, int(get_setting(s, "backup_keep") or 14))
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"))
    for old in autos[:-keep]:
        old.unlink(missing_ok=True)


def pre_migration_backup(store: Store) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return backup(store, store.data_dir / "backups" / f"pre-migration-{stamp}{SUFFIX}")


def _unpack(source: Path, into: Path) -> None:
    try:
        with zipfile.ZipFile(source) as z:
            names = set(z.namelist())
            if not {DB_FILE, SLOT_FILE} <= names:
                raise InvalidInput(Message("The file is not a Työkykytiimi backup."), "file")
            for name in (DB_FILE, SLOT_FILE):
                z.extract(name, into)
    except zipfile.BadZipFile:
        raise InvalidInput(Message("The file is not a Työkykytiimi backup, or it is damaged."),
                           "file") from None


def restore(data_dir: Path, source: Path, *, username: str, password: str | None = None,
            recovery_key: str | None = None, lock: InstanceLock | None = None) -> Store:
    """Replace the database with a backup; returns the store signed in to the restored data.

    The backup is unlocked with the person's password (as valid in the backup)
    and verified before the current files are touched; the current files are
    kept as ``backups/pre-restore-*``.
    """
    data_dir = Path(data_dir)
    source = Path(source)
    if not source.is_file():
        raise InvalidInput(Message("The backup file was not found."), "file")
    own_lock = lock is None
    lock = lock or InstanceLock(data_dir).acquire()
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    try:
        _unpack(source, work)
        slots = KeySlots.load(work / SLOT_FILE)
        if recovery_key is not None:
            key = slots.unwrap_recovery(recovery_key)
        else:
            key, _ = slots.unwrap_user(username, password or "")
        engine = make_engine(work / DB_FILE, key)
        try:
            migrate.pending(engine)  # refuses a backup from a newer program
            with engine.connect() as conn:
                problems = integrity_problems(conn.connection.dbapi_connection)
        finally:
            engine.dispose()
        if problems:
            raise DamagedDatabase(Message("The backup is damaged; the current data were not touched."))
        if db_path(data_dir).exists():
            keep = data_dir / "backups"
            keep.mkdir(exist_ok=True)
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            # The current database is already encrypted: a plain copy is a safe keepsake.
            with zipfile.ZipFile(keep / f"pre-restore-{stamp}{SUFFIX}", "w") as z:
                z.write(db_path(data_dir), DB_FILE)
                wal = Path(str(db_path(data_dir)) + "-wal")
                if wal.exists():
                    z.write(wal, DB_FILE + "-wal")
                z.write(slot_path(data_dir), SLOT_FILE)
        for companion in ("-wal", "-shm"):
            Path(str(db_path(data_dir)) + companion).unlink(missing_ok=True)
        os.replace(work / DB_FILE, db_path(data_dir))
        os.replace(work / SLOT_FILE, slot_path(data_dir))
        fsync_dir(data_dir)
        store = open_store(data_dir, username, password, recovery_key=recovery_key, lock=lock)
        with store.session() as s:
            store.audit(s, "restore", target="database")
        return store
    except OSError as exc:
        if own_lock:
            lock.release()
        raise translate_os_error(exc) from exc
    except BaseException:
        if own_lock:
            lock.release()
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
