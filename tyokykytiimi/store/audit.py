"""Reading and verifying the audit trail (writing lives with the session)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from ..models.audit import GENESIS, AuditEntry, hash_of, subject_sound
from .session import Store
from .permissions import operation


@dataclass
class ChainReport:
    entries: int
    broken_at: int | None  # seq of the first entry that does not verify

    @property
    def sound(self) -> bool:
        return self.broken_at is None


def _redaction_problems(entries: list[AuditEntry]) -> set[int]:
    """Seqs of entries whose redaction is not one an erasure made.

    A redacted entry must name an "erase" entry that comes after it, and each
    erase entry must have redacted exactly as many entries as it says it did
    (its own hashed detail), so redacting one more entry is caught too.
    """
    erasures = {e.id: e for e in entries if e.action == "erase" and e.redacted_by is None}
    counted: dict[str, int] = {}
    bad: set[int] = set()
    for e in entries:
        if e.redacted_by is None:
            continue
        eraser = erasures.get(e.redacted_by)
        if eraser is None or eraser.seq <= e.seq:
            bad.add(e.seq)
        else:
            counted[eraser.id] = counted.get(eraser.id, 0) + 1
    for eraser in erasures.values():
        try:
            said = int(json.loads(eraser.detail or "{}").get("redacted", 0))
        except (ValueError, TypeError, AttributeError):
            said = -1
        if counted.get(eraser.id, 0) != said:
            bad.add(eraser.seq)
    return bad


@operation("audit_export")
def verify_chain(store: Store) -> ChainReport:
    prev, expected_seq = GENESIS, 1
    with store.session() as s:
        entries = list(s.exec(select(AuditEntry).order_by(AuditEntry.seq)))
    bad = _redaction_problems(entries)
    for count, entry in enumerate(entries, 1):
        if (entry.seq != expected_seq or entry.prev_hash != prev or not subject_sound(entry)
                or hash_of(entry) != entry.hash or entry.seq in bad):
            return ChainReport(count, entry.seq)
        prev, expected_seq = entry.hash, expected_seq + 1
    return ChainReport(len(entries), None)


@operation("audit_export")
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


def head_holds(session, head: dict | None) -> bool:
    """Whether this chain still holds ``head`` ({"seq", "hash"}: a backup's, a key slot's or
    another workstation's record of ``chain_head``): False when it was cut below that
    entry, rewritten, or rolled back."""
    if not head or not isinstance(head.get("seq"), int):
        return True
    row = session.exec(select(AuditEntry.hash).where(AuditEntry.seq == head["seq"])).first()
    return row is not None and row == head.get("hash")


@operation("audit_export")
def tamper_check(store: Store) -> "TamperReport":
    """Signatures, users' rights, key slots and the heads kept outside (store/signing.py)."""
    from ..models.users import User
    from .backup import backup_heads
    from .keyslots import KeySlots
    from .signing import tamper_report
    from .unlock import shares_slots, slot_path
    with store.session() as s:
        entries = list(s.exec(select(AuditEntry).order_by(AuditEntry.seq)))
        users = list(s.exec(select(User)))
        shared = shares_slots(s.connection())
    return tamper_report(entries, users, KeySlots.load(slot_path(store.data_dir)),
                         backup_heads(store), shared_slots=shared)


@operation("session")
def record(store: Store, action: str, *, client_id: str | None = None,
           target: str | None = None, **detail) -> None:
    """An audit entry on its own (lock, unlock, print): its own small transaction."""
    with store.session() as s:
        store.audit(s, action, client_id=client_id, target=target, **detail)


def chain_head(conn) -> tuple[int, str]:
    """(count, hash) of the newest entry: what this workstation's trail has reached.

    ``conn`` is a SQLAlchemy connection; sync states it to the other workstations,
    which flag a head that went back or changed (rolled back, cut or rewritten).
    """
    row = conn.exec_driver_sql(
        "SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1").first()
    return (row[0], row[1]) if row else (0, GENESIS)
