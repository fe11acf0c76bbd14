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
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.pool import QueuePool

from ..i18n import Message
from .errors import DamagedDatabase, DiskFull, NotWritable, SQLCipherMissing
from .keyslots import DB_FILE  # noqa: F401 - the file's one name, beside its key slots

CACHE_KIB = 4000  # page cache per connection


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    path = Path(path)
    if not create and not path.exists():
        raise DamagedDatabase(Message("The database file was not found."))
    if create and not path.exists():
        # Owner-only from the first byte; SQLite gives -wal/-shm the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher3.Error as exc:
        raise _mapped(exc, path) from exc
    try:
        # SQLCipher logs a failed page check to stderr itself; we report it in our words.
        conn.execute("PRAGMA cipher_log_level = NONE")
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
        # SQLCipher's default page cache is 8 MB per connection, and the pool and the
        # reading threads keep up to five. Half of it reads the home page's and the
        # client list's 10,000 rows nearly as fast (8 % more CPU in their thread);
        # 2 MB (SQLite's default) cost 15 %. bench_all: 234 → 191 MiB with the rest.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher3.Error as exc:
        conn.close()
        raise _mapped(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _mapped(exc: BaseException, path: Path) -> BaseException:
    mapped = translate_os_error(exc, path.parent)
    if mapped is exc and not os.access(path.parent, os.W_OK):
        return NotWritable.for_folder(path.parent)
    return mapped


class KeyedSQLCipherDialect(SQLiteDialect_pysqlcipher):
    """SQLAlchemy's SQLCipher dialect, for connections ``connect`` has already keyed.

    The dialect's DBAPI is ``sqlcipher3``, so SQLAlchemy wraps SQLCipher's
    errors (disk full, read-only, damaged file) in its own exception classes
    and the store's handlers see them; with the plain ``sqlite://`` dialect
    they passed through raw. The stock dialect would key each connection
    again from the URL's password (empty here), which SQLCipher refuses.
    """

    supports_statement_cache = True

    def on_connect_url(self, url):
        return SQLiteDialect_pysqlite.on_connect_url(self, url)


registry.register("sqlite.tkcipher", __name__, "KeyedSQLCipherDialect")
ENGINE_URL = "sqlite+tkcipher://"


# Execution option of a connection that will write: its transaction begins IMMEDIATE.
WRITING = "tk_writing"


def writing(engine: sa.Engine) -> sa.Engine:
    """``engine`` for a transaction that writes (``with writing(engine).begin()``)."""
    return engine.execution_options(**{WRITING: True})


def make_engine(path: Path, key: bytes, *, create: bool = False) -> sa.Engine:
    first = connect(path, key, create=create)  # fail early, with our message, before the pool
    first.close()
    engine = sa.create_engine(
        ENGINE_URL, creator=lambda: connect(path, key), poolclass=QueuePool,
        pool_size=2, max_overflow=2,
    )

    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy
    # then issues BEGIN itself so that every write is one real transaction.
    # A writing transaction (WRITING) begins IMMEDIATE, taking the write lock at
    # its start: a deferred one that reads and then writes (every audit entry
    # reads the chain's last hash first) fails at once with "database is locked"
    # when another thread wrote in between, and busy_timeout cannot help it.
    # Plain connections stay deferred, so a long read holds no lock.
    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        writing = conn.get_execution_options().get(WRITING, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


# SQLite's words for a file that is not what it should be.
_DAMAGED = ("malformed", "file is not a database", "file is encrypted or is not a database",
            "database corrupt")


def translate_os_error(exc: BaseException, folder: Path | None = None) -> BaseException:
    """Our error for a full disk, an unwritable folder or a damaged file; else ``exc``.

    Takes OSError, sqlcipher3's errors and SQLAlchemy's wrapped ones.
    """
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return NotWritable.for_folder(folder or _folder_of(exc))
        return exc
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return NotWritable.for_folder(folder)
    if any(word in text for word in _DAMAGED):
        return DamagedDatabase()
    return exc


def _folder_of(exc: OSError) -> Path | None:
    return Path(exc.filename).parent if exc.filename else None


def integrity_problems(conn) -> list[str]:
    """cipher_integrity_check and quick_check; empty when the file is sound.

    A file too damaged to check at all is reported as such, not raised.
    """
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        quick = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    if quick != ["ok"]:
        problems += quick
    return problems
