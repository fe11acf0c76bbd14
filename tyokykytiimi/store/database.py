"""Opening the SQLCipher file: key first, prove encryption, prove the key, then tune.

Never creates a fresh database because opening failed and never falls back to
plain SQLite (DESIGN.md, "Opening the database").
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import sqlalchemy as sa
import sqlcipher3
from sqlalchemy.pool import QueuePool

from .errors import DamagedDatabase, DiskFull, SQLCipherMissing

DB_FILE = "tyokykytiimi.db"


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    path = Path(path)
    if not create and not path.exists():
        raise DamagedDatabase("Tietokantatiedostoa ei löydy.")
    if create and not path.exists():
        # Owner-only from the first byte; SQLite gives -wal/-shm the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(key_pragma(key))
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise SQLCipherMissing()
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            # The key came out of an authenticated key slot, so a refusal here
            # means the file itself is damaged (or not ours).
            raise DamagedDatabase() from exc
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, key: bytes, *, create: bool = False) -> sa.Engine:
    first = connect(path, key, create=create)  # fail early, with our message, before the pool
    first.close()
    engine = sa.create_engine(
        "sqlite://", creator=lambda: connect(path, key), poolclass=QueuePool,
        pool_size=2, max_overflow=2,
    )

    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy
    # then issues BEGIN itself so that every write is one real transaction.
    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def translate_os_error(exc: BaseException) -> BaseException:
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return DiskFull()
    if "database or disk is full" in text or "disk i/o error" in text or "readonly" in text:
        return DiskFull()
    return exc


def integrity_problems(conn) -> list[str]:
    """cipher_integrity_check and quick_check; empty when the file is sound."""
    problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    quick = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    if quick != ["ok"]:
        problems += quick
    return problems
