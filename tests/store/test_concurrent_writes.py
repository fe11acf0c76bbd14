"""Two threads writing at once both succeed: every audit entry reads the chain's
last hash and then writes, and a deferred transaction doing that fails at once
with "database is locked" when the other thread wrote in between (the home
page's audit entry and an export's met that way)."""
from __future__ import annotations

import threading

from sqlmodel import select

from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import audit


def test_audit_writes_from_two_threads_all_land(store):
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(n: int) -> None:
        start.wait()
        try:
            for _ in range(n):
                audit.record(store, "lock")
        except BaseException as exc:  # noqa: BLE001 - collected for the assert
            errors.append(exc)

    with store.session() as s:
        before = len(s.exec(select(AuditEntry.seq)).all())
    threads = [threading.Thread(target=write, args=(60,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.session() as s:
        seqs = s.exec(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
    assert len(seqs) == before + 120
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # one unbroken chain


def test_a_long_read_holds_no_write_lock(store):
    """A reading session (the home page's snapshot) lets a write through meanwhile."""
    with store.session(reading=True) as s:
        s.exec(select(AuditEntry.seq)).all()
        done = []
        t = threading.Thread(target=lambda: (audit.record(store, "lock"), done.append(1)))
        t.start()
        t.join(timeout=3)
        assert done == [1]
