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

import sqlcipher3

from .. import __version__
from . import migrate
from .atomic import WORK_PREFIXES, fsync_dir, private_dir, remove_stale_work, tighten
from .database import DB_FILE, connect, integrity_problems, make_engine, \
    translate_os_error
from .errors import (DamagedDatabase, InvalidInput, PermissionDenied, StoreError, UnknownUser,
                     WrongPassword)
from .instance import InstanceLock
from .keyslots import SLOT_FILE, KeySlots, database_salt
from .session import Store
from .settings import get_setting
from ..i18n import Message
from .permissions import allowed, operation, reason
from .unlock import _find_user, db_path, exists, open_store, slot_path
from .. import clock

SUFFIX = ".tkbackup"
AUTO_PREFIX = "auto-"
WORK_PREFIX, RESTORE_PREFIX = WORK_PREFIXES


def _export(source: Path, key: bytes, target: Path) -> dict | None:
    """Copy, verify, and return the copy's audit head ({"seq", "hash"}) for the manifest."""
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
        last = check.execute("SELECT seq, hash FROM audit_entries ORDER BY seq DESC "
                             "LIMIT 1").fetchone()
        check.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        check.close()
    if problems:
        detail = "; ".join(problems[:3])
        raise DamagedDatabase(Message("The backup failed its check: {detail}", detail=detail))
    return {"seq": last[0], "hash": last[1]} if last else None


def write_backup(data_dir: Path, key: bytes, target: Path) -> Path:
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    work = None
    try:
        if not target.parent.exists():
            private_dir(target.parent)
        work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=target.parent))
        exported = work / DB_FILE
        head = _export(db_path(data_dir), key, exported)
        partial = work / "backup.zip"
        # The audit chain's head, kept outside the database: check compares it later.
        manifest = {"program_version": __version__, "format": 1,
                    "created_at": clock.utcnow().isoformat(), "audit_head": head}
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as z:
            z.write(exported, DB_FILE)
            slots = KeySlots.load(slot_path(data_dir))
            slots.database_salt = database_salt(exported)  # the copy's own salt
            z.writestr(SLOT_FILE, json.dumps(slots.as_data(), indent=1))
            z.writestr("manifest.json", json.dumps(manifest))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        fsync_dir(target.parent)
        return target
    except (OSError, sqlcipher3.Error) as exc:
        raise translate_os_error(exc, target.parent) from exc
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


@operation("backup_to_file")
def backup(store: Store, target: Path) -> Path:
    """A backup to a file the person chose; a folder gets a dated file inside it."""
    target = Path(target)
    if target.is_dir():
        target = dated_name(target, "tyokykytiimi-")
    return _backup(store, target, automatic=False)


def dated_name(folder: Path, prefix: str) -> Path:
    """``folder/<prefix><date-time><SUFFIX>``, numbered when that name is taken: two
    backups in the same second must not overwrite each other."""
    stem = f"{prefix}{clock.now().strftime('%Y%m%d-%H%M%S')}"
    path, n = folder / f"{stem}{SUFFIX}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{SUFFIX}"
    return path


def _backup(store: Store, target: Path, *, automatic: bool) -> Path:
    path = write_backup(store.data_dir, store.key, target)
    with store.session() as s:
        # The file name is the person's choice and may say anything: log only that it happened.
        store.audit(s, "backup", target="database", automatic=automatic)
    return path


@operation("session")
def backup_dir(store: Store) -> Path:
    with store.session() as s:
        configured = get_setting(s, "backup_dir")
    return Path(configured) if configured else store.data_dir / "backups"


@operation("session")
def auto_backup_if_due(store: Store, today: datetime | None = None) -> Path | None:
    """The daily automatic backup: one a day, the newest ``backup_keep`` kept."""
    today = today or clock.now()
    folder = backup_dir(store)
    # A folder of one's own choosing may be shared: only clearly abandoned work goes.
    remove_stale_work(folder, older_than_s=12 * 3600)
    stamp = today.strftime("%Y%m%d")
    if folder.exists() and any(p.name.startswith(AUTO_PREFIX + stamp)
                               for p in folder.glob(f"*{SUFFIX}")):
        return None
    path = _backup(store, folder / f"{AUTO_PREFIX}{today.strftime('%Y%m%d-%H%M%S')}{SUFFIX}",
                   automatic=True)
    rotate(store, folder)
    return path


@operation("session")
def rotate(store: Store, folder: Path) -> None:
    with store.session() as s:
        keep = max(1, int(get_setting(s, "backup_keep") or 14))
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"))
    for old in autos[:-keep]:
        old.unlink(missing_ok=True)


@operation("session")
def pre_migration_backup(store: Store) -> Path:
    return _backup(store, dated_name(store.data_dir / "backups", "pre-migration-"),
                   automatic=True)


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


def _require_restore_right(data_dir: Path, backup_engine, user_id: str, username: str,
                           password: str) -> None:
    """The store's guard for restore, which runs before anyone is signed in.

    The person must hold ``restore`` in the backup and, where the same password
    opens the current database, there too (so no one restores a backup from a
    time they still were an administrator). The recovery key, the team's
    printed last resort, may always restore.
    """
    users = [_find_user(backup_engine, user_id, username)]
    if exists(data_dir):
        try:
            current_key, slot = KeySlots.load(slot_path(data_dir)).unwrap_user(username, password)
        except (WrongPassword, UnknownUser):
            current_key = None
        if current_key is not None:
            current = make_engine(db_path(data_dir), current_key)
            try:
                users.append(_find_user(current, slot.user_id, username))
            finally:
                current.dispose()
    for user in users:
        if user is None:
            raise UnknownUser()
        if not allowed(user, "restore"):
            raise PermissionDenied(reason(user, "restore"))


def _current_head(data_dir: Path, username: str, password: str | None,
                  recovery_key: str | None) -> dict | None:
    """The head of the chain a restore replaces (recorded, so check can tell a restore
    an administrator made from an old backup put in place by hand)."""
    if not exists(data_dir):
        return None
    try:
        slots = KeySlots.load(slot_path(data_dir))
        key = (slots.unwrap_recovery(recovery_key) if recovery_key is not None
               else slots.unwrap_user(username, password or "")[0])
        engine = make_engine(db_path(data_dir), key)
    except StoreError:
        return None
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT seq, hash FROM audit_entries ORDER BY seq DESC "
                                       "LIMIT 1").first()
    finally:
        engine.dispose()
    return {"seq": row[0], "hash": row[1]} if row else None


@operation("audit_export")
def backup_heads(store: Store) -> list[tuple[str, dict]]:
    """(file name, audit head) from the manifest of every backup in the backup folders."""
    heads = []
    folders = {backup_dir(store), store.data_dir / "backups"}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            try:
                with zipfile.ZipFile(path) as z:
                    manifest = json.loads(z.read("manifest.json"))
            except (OSError, KeyError, ValueError, zipfile.BadZipFile):
                continue
            head = manifest.get("audit_head") if isinstance(manifest, dict) else None
            if isinstance(head, dict):
                heads.append((path.name, head))
    return heads


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
    work = Path(tempfile.mkdtemp(prefix=RESTORE_PREFIX, dir=data_dir))
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
            if recovery_key is None:
                _require_restore_right(data_dir, engine, slots.user_slot(username).user_id,
                                       username, password or "")
            with engine.connect() as conn:
                problems = integrity_problems(conn.connection.dbapi_connection)
        finally:
            engine.dispose()
        if problems:
            raise DamagedDatabase(Message("The backup is damaged; the current data were not touched."))
        replaced = _current_head(data_dir, username, password, recovery_key)
        if db_path(data_dir).exists():
            keep = data_dir / "backups"
            private_dir(keep)
            # The current database is already encrypted: a plain copy is a safe keepsake.
            with zipfile.ZipFile(dated_name(keep, "pre-restore-"), "w") as z:
                z.write(db_path(data_dir), DB_FILE)
                wal = Path(str(db_path(data_dir)) + "-wal")
                if wal.exists():
                    z.write(wal, DB_FILE + "-wal")
                z.write(slot_path(data_dir), SLOT_FILE)
        for companion in ("-wal", "-shm"):
            Path(str(db_path(data_dir)) + companion).unlink(missing_ok=True)
        os.replace(work / DB_FILE, db_path(data_dir))
        os.replace(work / SLOT_FILE, slot_path(data_dir))
        KeySlots.load(slot_path(data_dir)).save()  # names the restored file's salt
        tighten(data_dir)
        fsync_dir(data_dir)
        store = open_store(data_dir, username, password, recovery_key=recovery_key, lock=lock)
        with store.session() as s:
            store.audit(s, "restore", target="database", replaced_head=replaced)
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
