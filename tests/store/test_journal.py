"""The client's journal in the store: entries, edits with history, search, export, erasure."""
from datetime import timedelta

import pytest
from sqlmodel import select

from tyokykytiimi import clock
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.models.journal import JournalEntry
from tyokykytiimi.store import journal as j
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput


def client(store, first="Testi"):
    return create_client(store, first_name=first, last_name="Asiakas",
                         started_on=clock.today() - timedelta(days=30))


def test_entries_newest_first_search_and_history(store, today):
    c = client(store)
    j.add_entry(store, c.id, entry_on=today - timedelta(days=3), kind="phone",
                text="Soitin asiakkaalle, sovittiin käynti 3.12.")
    e = j.add_entry(store, c.id, entry_on=today, kind="visit", text="Käynti, verenpaine hyvä")
    j.add_entry(store, c.id, entry_on=today - timedelta(days=1), kind="statement", text="",
                statement_kind="B-lausunto", statement_state="requested")
    lines = j.list_entries(store, c.id)
    assert [line.entry.kind for line in lines] == ["visit", "statement", "phone"]
    assert [line.entry.kind for line in j.list_entries(store, c.id, search="KÄYNTI 3.12")] \
        == ["phone"]
    assert [line.entry.kind for line in j.list_entries(store, c.id, search="b-lausunto")] \
        == ["statement"]
    new = j.edit_entry(store, e.id, entry_on=today, kind="visit", text="Käynti, verenpaine 128/80")
    history = j.entry_history(store, new.id)
    assert [h.entry.text for h in history] == ["Käynti, verenpaine hyvä",
                                               "Käynti, verenpaine 128/80"]
    assert history[0].written_by == "Kaisa Koordinaattori"
    assert len(j.list_entries(store, c.id)) == 3  # the old version is history, not a line
    with pytest.raises(InvalidInput):
        j.edit_entry(store, e.id, entry_on=today, kind="visit", text="again")
    with store.session() as s:
        actions = [a.action for a in s.exec(select(AuditEntry).where(
            AuditEntry.target.in_(("journal_entry", "journal"))))]
    assert actions.count("create") == 3 and "change" in actions and "view" in actions


def test_rules_are_the_stores(store, today):
    c = client(store)
    with pytest.raises(InvalidInput) as exc:
        j.add_entry(store, c.id, entry_on=today, kind="phone", text="  ")
    assert exc.value.field == "text"
    with pytest.raises(InvalidInput) as exc:
        j.add_entry(store, c.id, entry_on=today + timedelta(days=1), kind="note", text="x")
    assert exc.value.field == "entry_on"
    with pytest.raises(InvalidInput) as exc:
        j.add_entry(store, c.id, entry_on=today, kind="statement", text="",
                    statement_state="lost")
    assert exc.value.field == "statement_state"
    with pytest.raises(InvalidInput):
        j.add_entry(store, c.id, entry_on=today, kind="gossip", text="x")


def test_last_entry_dates(store, today):
    a, b, quiet = client(store, "A"), client(store, "B"), client(store, "C")
    j.add_entry(store, a.id, entry_on=today - timedelta(days=40), kind="note", text="vanha")
    old = j.add_entry(store, a.id, entry_on=today - timedelta(days=10), kind="note", text="uusi")
    j.edit_entry(store, old.id, entry_on=today - timedelta(days=9), kind="note", text="uusi!")
    j.add_entry(store, b.id, entry_on=today - timedelta(days=2), kind="phone", text="soitto")
    dates = j.last_entry_dates(store)
    assert dates == {a.id: today - timedelta(days=9), b.id: today - timedelta(days=2)}
    assert j.last_entry_dates(store, [b.id, quiet.id]) == {b.id: today - timedelta(days=2)}


def test_in_access_export_and_gone_after_erasure(store, today):
    from tyokykytiimi.store.access_export import collect
    from tyokykytiimi.store.erasure import erase_client
    c = client(store)
    j.add_entry(store, c.id, entry_on=today, kind="phone", text="Soitin asiakkaalle")
    data = collect(store, c.id)
    rows = data["sections"]["journal_entries"]
    assert [r["text"] for r in rows] == ["Soitin asiakkaalle"]
    erase_client(store, c.id, confirm_name="Testi Asiakas", basis="client_request")
    with store.session() as s:
        assert list(s.exec(select(JournalEntry))) == []
