"""Every store read of client data writes an audit entry.

Every guarded store operation is either in READS (called here with real
arguments over a demo database) or in WRITES (changes that audit themselves,
tested in their own modules). A new operation in neither fails, so a new read
cannot go unaudited. While each read runs, the SQL sent to the database is
watched: a read that selects from a client table must leave at least one new
audit entry, unless the operation declares why it needs none (``quiet=``, a
companion of a read that audits, e.g. the due dates beside the client list).
"""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import SQLModel, func, select

from tyokykytiimi import clock
from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store.errors import StoreError
from tyokykytiimi.store.unlock import open_store

from .test_permissions import store_operations

WRITES = {
    "audit.record", "backup.backup", "backup.auto_backup_if_due", "backup.rotate",
    "backup.pre_migration_backup", "clients.create_client", "clients.update_client",
    "consents.record_consent", "consents.update_consent", "consents.mark_signed",
    "consents.withdraw_consent", "consents.record_override", "erasure.compact",
    "erasure.erase_client", "feedback.save_feedback", "measures.save_answer_sets",
    "measures.save_answers", "measures.correct_answers", "measures.acknowledge_safety_flag",
    "meetings.save_meeting", "meetings.add_invitee", "meetings.set_invitee_status",
    "meetings.record_minutes", "meetings.cancel_meeting", "path.move_to_step",
    "path.close_client", "path.reopen_client", "plans.get_or_create_draft", "plans.save_draft",
    "plans.agree", "plans.record_plan_output", "screenings.record_screening",
    "servicemap.mark_checked", "servicemap.import_rows", "servicemap.import_file",
    "servicemap.import_sample", "servicemap.export_json", "servicemap.export_csv",
    "settings.save_team_settings", "settings.record_language_choice", "unlock.sign_out",
    "unlock.verify_password", "users.add_user", "users.deactivate_user",
    "users.reset_password", "users.change_own_password", "users.update_user",
    "users.new_recovery", "journal.add_entry", "journal.edit_entry", "path.undo_move",
    "plans.start_draft", "servicemap_edit.save_organisation", "servicemap_edit.save_service",
    "servicemap_edit.save_contact", "servicemap_edit.remove_organisation",
    "servicemap_edit.remove_service", "servicemap_edit.remove_contact",
    "clients.audit_client_list", "due_list.audit_home_lists", "contacts.save_team_contacts",
    "contacts.save_staff_contact", "sync.conflicts.decide", "sync.duplicates.merge_duplicate",
    "sync.stranded.place", "sync.duplicates.settle_late_edit",
    "sync.credentials.publish",
    "sync.devices.enable", "sync.devices.approve", "sync.devices.remove",
    "sync.exchange.sync_now", "sync.status.record_error",
}


def _client_tables() -> set[str]:
    import tyokykytiimi.store.team_report  # noqa: F401  (every model imported)
    return {t.name for t in SQLModel.metadata.sorted_tables
            if ("client_id" in t.c or t.name == "clients")
            and t.name not in ("audit_entries", "change_log")}


# name -> arguments built from the demo data (d: a dict of ids below)
READS = {
    "access_export.collect": lambda d: ((d["client"],), {}),
    "audit.verify_chain": lambda d: ((), {}),
    "audit.list_entries": lambda d: ((), {}),
    "audit.tamper_check": lambda d: ((), {}),
    "health.check_integrity": lambda d: ((), {}),
    "backup.backup_dir": lambda d: ((), {}),
    "backup.backup_heads": lambda d: ((), {}),
    "clients.get_client": lambda d: ((d["client"],), {}),
    "clients.client_rows": lambda d: ((), {}),
    "clients.case_manager_choices": lambda d: ((), {}),
    "clients.clients_past_retention": lambda d: ((), {}),
    "clients.client_history": lambda d: ((d["client"],), {}),
    "clients.path_events": lambda d: ((d["client"],), {}),
    "consents.list_consents": lambda d: ((d["client"],), {}),
    "consents.party_labels": lambda d: ((["client"],), {}),
    "consents.check_consent": lambda d: ((d["client"], ["client"], "plan"), {}),
    "consents.check_plan_recipients": lambda d: ((d["client"], ["client"]), {}),
    "consents.parties_with_plan_consent": lambda d: ((d["client"],), {}),
    "consents.consent_summary": lambda d: ((d["client"],), {}),
    "due_list.attach_due": lambda d: ((d["rows"], clock.today()), {}),
    "due_list.client_due": lambda d: ((d["client_row"],), {}),
    "due_list.home_lists": lambda d: ((), {}),
    "erasure.erasure_check": lambda d: ((d["client"],), {}),
    "feedback.feedback_context": lambda d: ((d["client"],), {}),
    "feedback.list_client_feedback": lambda d: ((d["client"],), {}),
    "feedback.feedback_summary": lambda d: ((), {}),
    "measures.list_answer_sets": lambda d: ((d["client"],), {}),
    "measures.answer_history": lambda d: ((d["answer_set"],), {}),
    "measures.prom_status": lambda d: (([d["client"]],), {}),
    "measures.client_prom_due": lambda d: ((d["client"], clock.today()), {}),
    "measures.suggested_time_point": lambda d: ((d["client"], clock.today()), {}),
    "measures.open_safety_flags": lambda d: ((d["client"],), {}),
    "measures.team_change_stats": lambda d: ((), {}),
    "measures.followups_due": lambda d: ((clock.today(),), {}),
    "meetings.invitee_from_contact": lambda d: ((d["contact"],), {}),
    "meetings.invitee_from_organisation": lambda d: ((d["organisation"],), {}),
    "meetings.list_meetings": lambda d: ((d["client"],), {}),
    "meetings.get_meeting": lambda d: ((d["meeting"],), {}),
    "meetings.network_counts": lambda d: ((clock.today() - timedelta(days=365), clock.today()), {}),
    "plans.current_draft": lambda d: ((d["client"],), {}),
    "plans.get_version": lambda d: ((d["version"],), {}),
    "plans.list_versions": lambda d: ((d["client"],), {}),
    "plans.compare_versions": lambda d: ((d["version"], d["version"]), {}),
    "plans.last_agreed": lambda d: (([d["client"]],), {}),
    "plans.responsible_options": lambda d: ((d["client"],), {}),
    "plans.meeting_options": lambda d: ((d["client"],), {}),
    "plans.plan_recipients": lambda d: ((d["client"],), {}),
    "plans.plan_document": lambda d: ((d["version"],), {}),
    "screenings.list_screenings": lambda d: ((d["client"],), {}),
    "servicemap.search_map": lambda d: ((), {}),
    "servicemap.areas": lambda d: ((), {}),
    "servicemap.list_organisations": lambda d: ((), {}),
    "servicemap.get_organisation": lambda d: ((d["organisation"],), {}),
    "servicemap.get_contact": lambda d: ((d["contact"],), {}),
    "servicemap.suggest": lambda d: ((["work"],), {}),
    "servicemap.export_data": lambda d: ((), {}),
    "settings.letterhead": lambda d: ((), {}),
    "team_report.team_report": lambda d: ((clock.today() - timedelta(days=365), clock.today()), {}),
    "users.list_team": lambda d: ((), {}),
    "audit_words.describe": lambda d: ((d["entries"],), {}),
    "client_view.client_view": lambda d: ((d["client"],), {}),
    "consents.get_consent": lambda d: ((d["consent"],), {}),
    "feedback_reading.feedback_answers": lambda d: ((), {}),
    "first_steps.first_steps": lambda d: ((), {}),
    "history.readable_history": lambda d: ((d["client"],), {}),
    "journal.list_entries": lambda d: ((d["client"],), {}),
    "journal.entry_history": lambda d: ((d["journal"],), {}),
    "journal.last_entry_dates": lambda d: ((), {}),
    "measures.clients_with_open_flags": lambda d: ((), {}),
    "measures.safety_flag_history": lambda d: ((d["client"],), {}),
    "overview.client_overview": lambda d: ((d["client"],), {}),
    "path.open_at_closing": lambda d: ((d["client"],), {}),
    "path.undoable_move": lambda d: ((d["client"],), {}),
    "plans.client_name": lambda d: ((d["client"],), {}),
    "plans.new_plan_content": lambda d: ((d["client"],), {}),
    "plans.open_plan": lambda d: ((d["client"],), {}),
    "contacts.own_reach": lambda d: ((), {}),
    "due_list.snapshot": lambda d: ((clock.today(),), {}),
    "due_list.home_lists": lambda d: ((), {}),
    "sync.capture.enabled": lambda d: ((d["conn"],), {}),
    "sync.conflicts.list_conflicts": lambda d: ((), {}),
    "sync.conflicts.conflict_count": lambda d: ((), {}),
    "sync.conflicts.client_conflict_count": lambda d: ((d["client"],), {}),
    "sync.devices.is_set_up": lambda d: ((), {}),
    "sync.devices.folder_of": lambda d: ((), {}),
    "sync.devices.list_devices": lambda d: ((), {}),
    "sync.devices.pending_requests": lambda d: ((), {}),
    "sync.devices.find_device": lambda d: (("x",), {}),
    "sync.digest.content_digest": lambda d: ((), {}),
    "sync.exchange.waiting_changes": lambda d: ((), {}),
    "sync.notices.texts": lambda d: ((), {}),
    "sync.status.status": lambda d: ((), {}),
}


def _short(name: str) -> str:
    return name.removeprefix("tyokykytiimi.store.")


def test_every_operation_is_a_read_or_a_write():
    names = {_short(n) for n in store_operations()}
    unknown = sorted(names - set(READS) - WRITES)
    assert unknown == [], f"add to READS (with arguments) or WRITES: {unknown}"
    assert not (set(READS) & WRITES)
    assert set(READS) | WRITES <= names  # no stale names


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from tyokykytiimi.models.clients import Client
    from tyokykytiimi.models.measures import AnswerSet
    from tyokykytiimi.models.meetings import Meeting
    from tyokykytiimi.models.plans import PlanVersion
    from tyokykytiimi.models.servicemap import Contact
    from tyokykytiimi.store.clients import client_rows
    data_dir = tmp_path_factory.mktemp("reads") / "demo"
    create_demo(data_dir, n_clients=12).close()
    store = open_store(data_dir, DEMO_USER, DEMO_PASSWORD)
    with store.session() as s:
        version = s.exec(select(PlanVersion).where(PlanVersion.state == "agreed")).first()
        client = version.client_id
        answer = s.exec(select(AnswerSet).where(AnswerSet.client_id == client)).first() or \
            s.exec(select(AnswerSet)).first()
        meeting = s.exec(select(Meeting)).first()
        contact = s.exec(select(Contact)).first()
    rows = client_rows(store, audit=False)
    from tyokykytiimi.models.consents import Consent
    from tyokykytiimi.store.journal import add_entry
    note = add_entry(store, client, entry_on=clock.today(), kind="phone", text="Soitto asiakkaalle")
    with store.session() as s:
        consent = s.exec(select(Consent)).first()
    from tyokykytiimi.store.audit import list_entries
    conn = store.engine.connect()
    ids = {"journal": note.id, "consent": consent.id, "entries": list_entries(store),
           "conn": conn,"client": client, "version": version.id, "answer_set": answer.id,
           "meeting": meeting.id, "contact": contact.id, "organisation": contact.organisation_id,
           "rows": rows, "client_row": next(r for r in rows if r.id == client)}
    yield store, ids
    conn.close()
    store.close()


def _count(store) -> int:
    with store.session() as s:
        return s.exec(select(func.count()).select_from(AuditEntry)).one()


@pytest.mark.parametrize("name", sorted(READS))
def test_read_of_client_data_is_audited(demo, name):
    store, ids = demo
    func_ = {_short(n): f for n, f in store_operations().items()}[name]
    tables = _client_tables()
    touched: set[str] = set()

    def watch(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            for table in re.findall(r'(?:FROM|JOIN)\s+"?(\w+)"?', statement, re.I):
                if table in tables:
                    touched.add(table)

    args, kwargs = READS[name](ids)
    before = _count(store)
    event.listen(store.engine, "before_cursor_execute", watch)
    try:
        func_(store, *args, **kwargs)
    except StoreError:
        pass  # a check that refuses (no consent) has still read
    finally:
        event.remove(store.engine, "before_cursor_execute", watch)
    wrote = _count(store) - before
    quiet = getattr(func_, "__quiet__", None)
    if touched and not quiet:
        assert wrote >= 1, f"{name} read {sorted(touched)} and wrote no audit entry"
    if quiet:
        assert touched, f"{name} says it is quiet but reads no client data: drop quiet="
