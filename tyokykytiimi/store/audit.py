"""Reading and verifying the audit trail (writing lives with the session)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from ..models.audit import GENESIS, AuditEntry, hash_of
from .session import Store


@dataclass
class ChainReport:
    entries: int
    broken_at: int | None  # seq of the first entry that does not verify

    @property
    def sound(self) -> bool:
        return self.broken_at is None


def verify_chain(store: Store) -> ChainReport:
    prev, count, expected_seq = GENESIS, 0, 1
    with store.session() as s:
        for entry in s.exec(select(AuditEntry).order_by(AuditEntry.seq)):
            count += 1
            if entry.seq != expected_seq or entry.prev_hash != prev or hash_of(entry) != entry.hash:
                return ChainReport(count, entry.seq)
            prev, expected_seq = entry.hash, expected_seq + 1
    return ChainReport(count, None)


def list_entries(store: Store, *, action: str | None = None, username: str | None = None,
                 client_id: str | None = None, since: datetime | None = None,
                 until: datetime | None = None, limit: int = 5000) -> list[AuditEntry]:
    with store.session() as s:
        q = select(AuditEntry)
        if action:
            q = q.where(AuditEntry.action == action)
        if username:
            q = q.where(AuditEntry.username == username)
        if client_id:
            q = q.where(AuditEntry.client_id == client_id)
        if since:
            q = q.where(AuditEntry.at >= since)
        if until:
            q = q.where(AuditEntry.at < until)
        return list(s.exec(q.order_by(AuditEntry.seq.desc()).limit(limit)))


def record(store: Store, action: str, *, client_id: str | None = None,
           target: str | None = None, **detail) -> None:
    """An audit entry on its own (lock, unlock, print): its own small transaction."""
    with store.session() as s:
        store.audit(s, action, client_id=client_id, target=target, **detail)
