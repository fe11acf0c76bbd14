"""A database written by an earlier release opens, is backed up, migrates and keeps everything."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.consents import Consent
from tyokykytiimi.models.measures import AnswerSet
from tyokykytiimi.models.plans import PlanVersion
from tyokykytiimi.store import audit, migrate
from tyokykytiimi.store.backup import pre_migration_backup, restore
from tyokykytiimi.store.unlock import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "upgrade"
RELEASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").is_file())
# Tables a sign-in itself writes to.
GROWING = {"audit_entries", "change_log", "preferences", "settings"}


@pytest.fixture(params=RELEASES)
def old(request, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(FIXTURES / request.param, data_dir,
                    ignore=shutil.ignore_patterns("expected.json"))
    expected = json.loads((FIXTURES / request.param / "expected.json").read_text("utf-8"))
    return data_dir, expected


def _counts(store, tables) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}


def test_upgrade_keeps_every_row_and_the_trail(old, tmp_path):
    data_dir, expected = old
    store = open_store(data_dir, expected["user"], expected["password"],
                       before_migration=pre_migration_backup)
    try:
        assert not migrate.pending(store.engine)
        backups = list((data_dir / "backups").glob("pre-migration-*.tkbackup"))
        assert len(backups) == 1  # taken before anything was changed
        counts = _counts(store, expected["rows"])
        for table, before in expected["rows"].items():
            if table in GROWING:
                assert counts[table] >= before, table
            else:
                assert counts[table] == before, table
        chain = audit.verify_chain(store)
        assert chain.sound and chain.entries > expected["rows"]["audit_entries"]
        head = expected["audit_head"]
        with store.session() as s:
            kept = s.exec(select(AuditEntry).where(AuditEntry.seq == head["seq"])).one()
            edge = expected["edge_cases"]
            consent = s.get(Consent, edge["withdrawn_consent"])
            answer = s.get(AnswerSet, edge["superseded_answer_set"])
            draft = s.get(PlanVersion, edge["draft_over_agreed"])
            agreed = s.exec(select(PlanVersion).where(PlanVersion.plan_id == draft.plan_id,
                                                      PlanVersion.state == "agreed")).all()
            erased = s.exec(select(AuditEntry).where(AuditEntry.client_id ==
                                                     edge["erased_client"])).all()
        assert kept.hash == head["hash"]  # the old entries' hashes are untouched
        assert consent.withdrawn_on is not None
        assert answer.superseded_by is not None
        assert draft.state == "draft" and agreed
        assert erased == []  # the erased client stays out of the trail
        report = audit.tamper_check(store)
        assert report.sound, [p.render("en") for p in report.problems]
    finally:
        store.close()
    # The backup taken before the migration opens as the old release left it.
    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    again = restore(restored_dir, backups[0], username=expected["user"],
                    password=expected["password"])
    try:
        assert _counts(again, ["clients"])["clients"] == expected["rows"]["clients"]
    finally:
        again.close()


def test_a_second_user_signs_after_the_upgrade(old):
    """The first sign-in after the upgrade starts signing; another user's first sign-in later
    registers their own key, and the chain stays sound."""
    data_dir, expected = old
    open_store(data_dir, expected["user"], expected["password"]).close()
    other = open_store(data_dir, "hanna", expected["password"])  # the demo's nurse
    other.close()
    admin = open_store(data_dir, expected["user"], expected["password"])
    try:
        report = audit.tamper_check(admin)
        assert report.sound, [p.render("en") for p in report.problems]
        assert report.signed > 0
    finally:
        admin.close()
