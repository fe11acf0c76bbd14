"""Build a release's upgrade fixture: a small team database written by that release.

Run it with the release's code first on the path, e.g. for 0.1.0 (commit 002670a):

    git worktree add /tmp/landed 002670a
    .venv/bin/python tools/make_upgrade_fixture.py /tmp/landed tests/fixtures/upgrade/0.1.0
    git worktree remove /tmp/landed

It writes the data folder (database, key slots) and ``expected.json`` (row
counts per table, audit entries, the chain's head) that the upgrade test
compares against. Besides the demo generator's data it makes the edge cases
an upgrade must keep: an erased client, a withdrawn consent, an agreed plan
with a draft on top, a corrected (superseded) answer set.
"""
from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

PASSWORD = "Kokeilu-2026-tiimi"  # the demo password, in the fixture's README too


def main(code: str, out: str) -> None:
    # The release's code, not the checkout's editable install.
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, code)
    import tyokykytiimi
    assert Path(tyokykytiimi.__file__).is_relative_to(Path(code)), tyokykytiimi.__file__
    from sqlmodel import select

    from tyokykytiimi.demo.generator import DEMO_USER, create_demo
    from tyokykytiimi.models.audit import AuditEntry
    from tyokykytiimi.models.consents import Consent
    from tyokykytiimi.models.measures import AnswerSet
    from tyokykytiimi.models.plans import PlanVersion
    from tyokykytiimi.store import consents, erasure, keyslots, measures, plans
    from tyokykytiimi.store.clients import client_rows

    # Cheap key derivation: the parameters live in each slot, so the program opens it.
    keyslots.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                            "parallelism": 1}
    out_dir = Path(out)
    store = create_demo(out_dir, n_clients=8, today=date(2026, 11, 30))
    rows = client_rows(store, audit=False)
    # An erased client.
    victim = rows[-1]
    erasure.erase_client(store, victim.id, confirm_name=f"{victim.first_name} {victim.last_name}",
                         basis="client_request")
    with store.session() as s:
        consent = s.exec(select(Consent).where(Consent.withdrawn_on.is_(None))).first()
        answer = s.exec(select(AnswerSet).where(AnswerSet.superseded_by.is_(None),
                                                AnswerSet.instrument_id == "was")).first()
        agreed = s.exec(select(PlanVersion).where(PlanVersion.state == "agreed")).first()
    # A withdrawn consent.
    consents.withdraw_consent(store, consent.id, on=consent.given_on, how="verbal")
    # A superseded answer set.
    corrected = [(json.loads(answer.answers)[0] + 1) % 11]
    measures.correct_answers(store, answer.id, corrected)
    # An agreed plan with a draft on top.
    draft = plans.get_or_create_draft(store, agreed.client_id)
    assert draft.state == "draft"
    with store.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        counts = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar()
                  for t in sorted(tables)}
        revisions = sorted(r[0] for r in conn.exec_driver_sql(
            "SELECT version_num FROM alembic_version"))
    with store.session() as s:
        last = s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    expected = {"program_version": tyokykytiimi.__version__, "user": DEMO_USER,
                "password": PASSWORD, "rows": counts, "revisions": revisions,
                "audit_head": {"seq": last.seq, "hash": last.hash},
                "edge_cases": {"erased_client": victim.id, "withdrawn_consent": consent.id,
                               "superseded_answer_set": answer.id,
                               "draft_over_agreed": draft.id}}
    with store.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # outside any transaction
    store.close()
    for extra in ("workstation.json", "tyokykytiimi.lock", "tyokykytiimi.db-wal",
                  "tyokykytiimi.db-shm"):
        (out_dir / extra).unlink(missing_ok=True)
    import shutil
    shutil.rmtree(out_dir / "backups", ignore_errors=True)
    (out_dir / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", "utf-8")
    print(json.dumps(expected["rows"]), (out_dir / "tyokykytiimi.db").stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
