"""The open store: who is signed in, transactions, stamping and the change log.

Every write goes through ``Store.session()``; a flush listener stamps
``created_by``/``updated_by``/``updated_at`` and writes a JSON snapshot of the
row to the change log in the same transaction, so no operation can forget to.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy import event
import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from .. import __version__
from ..models.audit import (GENESIS, AuditEntry, ChangeLog, body_hash, chain_hash,
                            legacy_entry_hash, subject_hash)
from ..models.base import Record, utcnow
from .database import translate_os_error, writing
from .errors import PermissionDenied


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    display_name: str
    role: str
    is_admin: bool


class Store:
    def __init__(self, data_dir: Path, engine: sa.Engine, key: bytes, user: CurrentUser,
                 device_id: str, lock=None):
        self.data_dir = Path(data_dir)
        self.engine = engine
        self._key = key
        self.user = user
        self.device_id = device_id
        self._lock = lock
        # Signs every audit entry this session writes (store/signing.py); set at sign-in.
        self.signer = None
        # Set at sign-in when something was changed outside the program (a Message).
        self.tamper_warning = None

    @contextmanager
    def session(self, *, reading: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        It holds the write lock from its start (store/database.py ``make_engine``);
        ``reading=True`` is for a block that only reads, possibly for long, off the
        UI thread: it takes no lock, and a write inside it may be refused.
        """
        bind = self.engine if reading else writing(self.engine)
        session = Session(bind, expire_on_commit=False)
        session.info["store"] = self
        try:
            yield session
            session.commit()
        except (DBAPIError, sqlcipher3.Error) as exc:
            session.rollback()
            mapped = translate_os_error(exc, self.data_dir)
            if mapped is not exc:
                raise mapped from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def audit(self, session: Session, action: str, *, client_id: str | None = None,
              target: str | None = None, **detail) -> AuditEntry:
        return write_audit(session, device_id=self.device_id, user_id=self.user.id,
                           username=self.user.username, action=action, client_id=client_id,
                           target=target, detail=detail, signer=self.signer)

    def require_admin(self) -> None:
        """The administrator right, through the one guard (``permissions.require``)."""
        from .permissions import require
        require(self, "users")

    @property
    def key(self) -> bytes:
        return self._key

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _audit_columns(session: Session) -> set[str]:
    """The columns the file's audit table has now.

    Before a migration runs (the backup taken just before it writes an entry)
    the file may still have an older table: without the redaction columns
    (migration 0007) entries are written the older way and that migration
    rehashes them; without the signature columns (0020) they go unsigned.
    """
    return {row[1] for row in session.connection().exec_driver_sql(
        "PRAGMA table_info(audit_entries)")}


def _insert_older(session: Session, entry: AuditEntry, columns: set[str]) -> None:
    kept = [c for c in AuditEntry.__table__.c if c.name in columns]
    older = sa.table("audit_entries", *(sa.column(c.name, c.type) for c in kept))
    session.execute(sa.insert(older).values({c.name: getattr(entry, c.name) for c in kept}))


def write_audit(session: Session, *, device_id: str, user_id, username, action: str,
                client_id=None, target=None, detail: dict | None = None,
                at=None, signer=None) -> AuditEntry:
    last = session.exec(select(AuditEntry.seq, AuditEntry.hash)
                        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    at = at or utcnow()
    # Stored at microsecond precision in UTC: hash exactly what reads back.
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    fields = dict(seq=seq, at=at, device_id=device_id, user_id=user_id, username=username,
                  action=action, client_id=client_id, target=target, detail=detail_text)
    columns = _audit_columns(session)
    if "subject_hash" not in columns:
        entry = AuditEntry(**fields, prev_hash=prev, hash=legacy_entry_hash(prev, **fields))
        _insert_older(session, entry, columns)
        return entry
    subject = subject_hash(client_id, target, detail_text)
    entry = AuditEntry(**fields, subject_hash=subject, prev_hash=prev, hash="")
    entry.hash = chain_hash(prev, seq, body_hash(at=at, device_id=device_id, user_id=user_id,
                                                 username=username, action=action,
                                                 subject=subject))
    if "signature" not in columns:
        _insert_older(session, entry, columns)
        return entry
    if signer is not None:
        from .signing import sign
        entry.signer_id = signer.id
        entry.signature = sign(signer.private, entry.hash)
    session.add(entry)
    session.flush()
    return entry


def _client_id_of(obj: Record) -> str | None:
    if getattr(obj, "__tablename__", "") == "clients":
        return obj.id
    return getattr(obj, "client_id", None)


@event.listens_for(Session, "before_flush")
def _stamp_and_log(session: Session, flush_context, instances) -> None:
    store: Store | None = session.info.get("store")
    user_id = store.user.id if store else None
    device_id = store.device_id if store else "unknown"
    now = utcnow()
    entries = []
    for obj in list(session.new):
        if isinstance(obj, Record):
            obj.created_by = obj.created_by or user_id
            obj.updated_by = obj.updated_by or user_id
            entries.append((obj, "create"))
    for obj in list(session.dirty):
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = user_id
            entries.append((obj, "delete" if obj.deleted_at else "update"))
    for obj in list(session.deleted):
        if isinstance(obj, Record):
            entries.append((obj, "erase"))
    for obj, op in entries:
        snapshot = "{}" if op == "erase" else json.dumps(
            obj.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
        session.add(ChangeLog(at=now, user_id=user_id, device_id=device_id,
                              program_version=__version__, table_name=obj.__tablename__,
                              row_id=obj.id, client_id=_client_id_of(obj), op=op,
                              snapshot=snapshot))
