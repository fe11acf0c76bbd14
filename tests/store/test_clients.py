"""Client register, screenings, the service path, due lists and retention (real SQLCipher)."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlmodel import select

from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.clients import retention_ends
from tyokykytiimi.models.hetu import make_hetu
from tyokykytiimi.store import clients as cs
from tyokykytiimi.store import path, screenings
from tyokykytiimi.store.due_list import home_lists
from tyokykytiimi.store.errors import InvalidInput

HETU = make_hetu(date(1985, 3, 14), 246)  # even: female


def audits(store, action=None, client_id=None):
    with store.session() as s:
        q = select(AuditEntry)
        if action:
            q = q.where(AuditEntry.action == action)
        if client_id:
            q = q.where(AuditEntry.client_id == client_id)
        return list(s.exec(q).all())


def test_create_derives_birth_date_and_sex_and_records_start(store, today):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=f"  {HETU} ")
    assert c.hetu == HETU and c.birth_date == date(1985, 3, 14) and c.sex == "female"
    assert c.path_step == 1 and c.status == "active" and c.started_on == today
    events = cs.path_events(store, c.id)
    assert [(e.kind, e.to_step) for e in events] == [("start", 1)]
    assert audits(store, "create", c.id)


def test_sex_is_its_own_field(store):
    c = cs.create_client(store, first_name="Alex", last_name="Niemi", hetu=HETU, sex="other")
    assert c.sex == "other"


def test_invalid_hetu_refused_with_finnish_reason_on_field(store):
    bad = HETU[:-1] + ("A" if HETU[-1] != "A" else "B")
    with pytest.raises(InvalidInput) as e:
        cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=bad)
    assert e.value.field == "hetu" and "Tarkistemerkki ei täsmää" in e.value.message
    with pytest.raises(InvalidInput) as e:
        cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu="310285-123A")
    assert "Päivämäärää 31.02.1985 ei ole" in e.value.message


def test_duplicate_hetu_refused(store):
    cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    with pytest.raises(InvalidInput) as e:
        cs.create_client(store, first_name="Toinen", last_name="Henkilö", hetu=HETU)
    assert e.value.field == "hetu"
    other = cs.create_client(store, first_name="Eero", last_name="Aho")
    with pytest.raises(InvalidInput):
        cs.update_client(store, other.id, hetu=HETU)
    assert len(cs.client_rows(store)) == 2


def test_without_hetu_gets_temporary_identifier(store):
    a = cs.create_client(store, first_name="Eero", last_name="Aho")
    b = cs.create_client(store, first_name="Eeva", last_name="Aho")
    assert a.temporary_id and b.temporary_id and a.temporary_id != b.temporary_id
    assert a.hetu is None


def test_update_audits_field_names_only(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    cs.update_client(store, c.id, phone="040 123 4567", municipality="Kuopio")
    entry = audits(store, "change", c.id)[-1]
    assert json.loads(entry.detail)["fields"] == ["municipality", "phone"]
    assert "Kuopio" not in entry.detail and "040" not in entry.detail


def test_views_are_audited(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    before = len(audits(store, "view", c.id))
    cs.get_client(store, c.id)
    cs.client_history(store, c.id)
    assert len(audits(store, "view", c.id)) == before + 2


def test_list_search_and_filters(store):
    a = cs.create_client(store, first_name="Åsa", last_name="Öhman", phone="040-111 2222")
    cs.create_client(store, first_name="Aino", last_name="Aalto", hetu=HETU)
    cs.create_client(store, first_name="Zacharias", last_name="Zetterberg")
    rows = cs.client_rows(store)
    assert [r.last_name for r in rows] == ["Aalto", "Zetterberg", "Öhman"]  # ö after z
    assert [r.id for r in cs.filter_rows(rows, "öhm")] == [a.id]
    assert [r.id for r in cs.filter_rows(rows, "0401112222")] == [a.id]
    assert [r.last_name for r in cs.filter_rows(rows, HETU.lower())] == ["Aalto"]
    path.move_to_step(store, a.id, 3)
    rows = cs.client_rows(store)
    assert [r.id for r in cs.filter_rows(rows, step=3)] == [a.id]
    assert cs.filter_rows(rows, status="closed") == []
    # Started today: the baseline PROM is due today for every active client.
    assert len(cs.filter_rows(rows, due_only=True)) == 3


def test_path_transitions_close_and_reopen(store, today):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU,
                         started_on=today - timedelta(days=30))
    path.move_to_step(store, c.id, 2, on=today - timedelta(days=20))
    path.move_to_step(store, c.id, 4, on=today - timedelta(days=10))
    with pytest.raises(InvalidInput):
        path.move_to_step(store, c.id, 7)
    with pytest.raises(InvalidInput):  # before the previous move
        path.move_to_step(store, c.id, 5, on=today - timedelta(days=15))
    with pytest.raises(InvalidInput) as e:
        path.close_client(store, c.id, outcome="employed", assessment=" ")
    assert e.value.field == "assessment"
    path.close_client(store, c.id, outcome="employed", assessment="Tavoite saavutettu.")
    closed = cs.get_client(store, c.id)
    assert closed.status == "closed" and closed.outcome == "employed"
    assert closed.closed_on == today
    with pytest.raises(InvalidInput):
        path.move_to_step(store, c.id, 5)
    path.reopen_client(store, c.id, step=2, reason="Palasi tiimiin")
    again = cs.get_client(store, c.id)
    assert again.status == "active" and again.path_step == 2 and again.outcome is None
    kinds = [(e.kind, e.from_step, e.to_step, e.outcome) for e in cs.path_events(store, c.id)]
    assert kinds == [("start", None, 1, None), ("step", 1, 2, None), ("step", 2, 4, None),
                     ("close", 4, None, "employed"), ("reopen", 4, 2, None)]
    assert {a.action for a in audits(store, client_id=c.id)} >= {"path_step", "close", "reopen"}


def test_history_shows_changes_readably(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    cs.update_client(store, c.id, municipality="Kuopio")
    path.move_to_step(store, c.id, 2)
    hist = cs.client_history(store, c.id)
    change = next(h for h in hist if h.table == "clients" and h.op == "update"
                  and "municipality" in h.fields)
    assert change.fields["municipality"] == (None, "Kuopio")
    assert change.who == "Kaisa Koordinaattori"
    assert any(h.table == "path_events" for h in hist)


def test_screening_definitions_load():
    for def_id in screenings.DEFINITIONS:
        d = screenings.definition(def_id)
        assert d.version >= 1 and d.source
        assert d.items or d.triggers


def test_screening_recorded_and_versioned(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    d = screenings.definition("criteria")
    all_fit = {item.id: item.expected for item in d.items}
    first_item = d.items[0].id
    partial = dict(all_fit, **{first_item: "unknown"})
    s1 = screenings.record_screening(store, c.id, "criteria", answers=partial,
                                     notes={first_item: "Selvitetään lääkäriltä"},
                                     decision="more_info")
    assert s1.suggestion == "more_info"
    s2 = screenings.record_screening(store, c.id, "criteria", answers=all_fit,
                                     decision="accept")
    assert s2.suggestion == "accept" and s2.id != s1.id
    rows = screenings.list_screenings(store, c.id, "criteria")
    assert [r.id for r in rows] == [s2.id, s1.id]
    old = next(r for r in rows if r.id == s1.id)
    assert screenings.answers_of(old)[first_item] == "unknown"  # not overwritten
    assert screenings.notes_of(old)[first_item] == "Selvitetään lääkäriltä"
    assert old.decision == "more_info" and old.decided_by == store.user.id
    assert old.decided_at is not None and old.definition_version == d.version


def test_guide_elsewhere_needs_service_and_reason(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    with pytest.raises(InvalidInput) as e:
        screenings.record_screening(store, c.id, "criteria", answers={},
                                    decision="guide_elsewhere", reason="x")
    assert e.value.field == "guided_to"
    row = screenings.record_screening(store, c.id, "criteria", answers={},
                                      decision="guide_elsewhere", guided_to="Mielenterveyspalvelut",
                                      reason="Akuutti tilanne")
    assert row.guided_to == "Mielenterveyspalvelut"


def test_typ_screening_suggests_and_marks_multisectoral(store):
    c = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU)
    row = screenings.record_screening(store, c.id, "typ_triggers", answers={},
                                      subsidy_days=320, decision="assess_typ")
    assert row.suggestion == "assess_typ"
    assert cs.get_client(store, c.id).multisectoral is True


def test_home_lists_per_user(store, today):
    mine = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU,
                            case_manager_user_id=store.user.id,
                            started_on=today - timedelta(days=40))
    cs.create_client(store, first_name="Eero", last_name="Aho", started_on=today)
    team = home_lists(store, today)
    assert [line.client_id for line in team["overdue"]] == [mine.id]  # baseline past 14 days
    assert len(team["today"]) == 1
    own = home_lists(store, today, user_id=store.user.id)
    assert own["today"] == [] and [line.kind for line in own["overdue"]] == ["prom_baseline"]


def test_retention_list(store, today):
    old = cs.create_client(store, first_name="Aino", last_name="Mäkelä", hetu=HETU,
                           started_on=date(2012, 1, 1))
    path.close_client(store, old.id, outcome="employed", assessment="Työllistyi.",
                      on=date(2014, 5, 2))
    recent = cs.create_client(store, first_name="Eero", last_name="Aho")
    path.close_client(store, recent.id, outcome="studies", assessment="Opiskelemaan.")
    assert retention_ends(date(2014, 5, 2)) == date(2024, 5, 2)
    assert retention_ends(date(2016, 2, 29)) == date(2026, 2, 28)
    past = cs.clients_past_retention(store, today)
    assert [r.id for r in past] == [old.id]
    assert cs.clients_past_retention(store, date(2024, 5, 1)) == []


def test_client_name_not_in_plaintext_files(store):
    c = cs.create_client(store, first_name="Sigrid", last_name="Wäisälä-Qvarnström",
                         hetu=HETU, family_notes="Puoliso Ukko Wäisälä-Qvarnström")
    screenings.record_screening(store, c.id, "criteria", answers={},
                                notes={screenings.definition("criteria").items[0].id:
                                       "Qvarnströmin huomio"})
    cs.get_client(store, c.id)
    files = [p for p in store.data_dir.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    assert any(p.name == "keyslots.json" for p in files)
    for p in files:
        data = p.read_bytes()
        for secret in ("Qvarnstr", "Wäisälä", HETU):
            assert secret.encode() not in data, p.name
            assert secret.encode("utf-16-le") not in data, p.name
