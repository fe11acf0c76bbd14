"""Consents, the service map and meetings through the store's public functions."""
from datetime import date, timedelta
from pathlib import Path

import pytest

from tyokykytiimi import clock
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput


def _soon():
    return clock.utcnow().replace(microsecond=0) + timedelta(days=7)


@pytest.fixture
def client(store):
    return create_client(store, first_name="Matti", last_name="Meikäläinen",
                         hetu="010180-1232")


@pytest.fixture
def mapped(store):
    sm.import_sample(store)
    org, _, contacts = sm.get_organisation(store, _org_id(store, "kela-koivula"))
    return org, contacts[0]


def _org_id(store, ref):
    return next(o.id for o in sm.list_organisations(store) if o.ref == ref)


def _meeting(store, client, invitees, **kw):
    return mt.save_meeting(store, client.id, kind=kw.pop("kind", "first"), starts_at=_soon(),
                           place="Koivulan terveysasema, neuvotteluhuone 2",
                           invitees=invitees, **kw)


def test_invitation_refused_without_consent_and_allowed_after(store, client, mapped, today):
    org, contact = mapped
    invitee = mt.invitee_from_contact(store, contact.id, role="etuuksien yhteensovitus")
    with pytest.raises(cs.ConsentMissing) as err:
        _meeting(store, client, [invitee])
    assert "Kela, Koivulan palvelupiste" in err.value.message
    assert err.value.field == "consent" and err.value.purpose == "network"
    assert isinstance(err.value, InvalidInput)
    assert mt.list_meetings(store, client.id) == []  # nothing saved

    cs.record_consent(store, client.id, purposes=["network", "disclosure"], org_ids=[org.id],
                      given_on=today, method="verbal")
    meeting = _meeting(store, client, [invitee, {"kind": "client"}])
    _, invitees = mt.get_meeting(store, meeting.id)
    assert {i.kind for i in invitees} == {"contact", "client"}

    # a consultation without the client is a different purpose
    with pytest.raises(cs.ConsentMissing):
        _meeting(store, client, [invitee], kind="consultation")


def test_free_text_party_and_override(store, client):
    other = {"kind": "other", "name": "Asianajaja Aalto", "role": "avustaja"}
    with pytest.raises(cs.ConsentMissing):
        _meeting(store, client, [other])
    with pytest.raises(InvalidInput) as err:
        cs.record_override(store, client.id, party="Asianajaja Aalto", purpose="network",
                           legal_basis="", reason="x")
    assert err.value.field == "legal_basis"
    cs.record_override(store, client.id, party="Asianajaja Aalto", purpose="network",
                       legal_basis="Laki X § 1", reason="Kiireellinen tilanne")
    _meeting(store, client, [other])
    with store.session() as s:
        from sqlmodel import select
        entries = s.exec(select(AuditEntry).where(AuditEntry.action == "consent_override")).all()
    assert len(entries) == 1 and "Kiireellinen" not in entries[0].detail


def test_withdrawal_flags_upcoming_meetings_and_parties(store, client, mapped, today):
    org, contact = mapped
    consent = cs.record_consent(store, client.id, purposes=["network"], org_ids=[org.id],
                                party_names=["Aino Vertainen"], given_on=today - timedelta(days=30),
                                method="paper", signed=True)
    meeting = _meeting(store, client, [mt.invitee_from_contact(store, contact.id)])
    impact = cs.withdraw_consent(store, consent.id, on=today, how="verbal")
    assert [m.id for m in impact.meetings] == [meeting.id]
    assert impact.parties == ["Kela, Koivulan palvelupiste", "Aino Vertainen"]
    summary = cs.consent_summary(store, client.id)
    assert not summary.any_valid and summary.withdrawn == 1
    assert "peruttuja 1" in summary.text("fi")


def test_consent_summary_and_plan_parties(store, client, mapped, today):
    org, _ = mapped
    cs.record_consent(store, client.id, purposes=["plan_recording", "disclosure"],
                      org_ids=[org.id], party_names=["Työterveys X"], given_on=today,
                      method="electronic")
    cs.record_consent(store, client.id, purposes=["network"], party_names=["Vanha taho"],
                      given_on=today - timedelta(days=400), method="verbal",
                      valid_until=today - timedelta(days=1))
    assert cs.parties_with_plan_consent(store, client.id) == [org.id, "Työterveys X"]
    cs.check_plan_recipients(store, client.id, [org.id])
    with pytest.raises(cs.ConsentMissing):
        cs.check_plan_recipients(store, client.id, ["Vanha taho"])
    summary = cs.consent_summary(store, client.id)
    assert summary.lapsed == 1 and summary.valid[0].party == org.name
    assert summary.text().startswith("Suostumus voimassa: Kela")


def test_consent_validation_messages(store, client, today):
    with pytest.raises(InvalidInput) as err:
        cs.record_consent(store, client.id, purposes=[], party_names=["A"], given_on=today,
                          method="verbal")
    assert err.value.field == "purposes"
    with pytest.raises(InvalidInput) as err:
        cs.record_consent(store, client.id, purposes=["network"], given_on=today,
                          method="verbal")
    assert err.value.field == "parties"
    with pytest.raises(InvalidInput) as err:
        cs.record_consent(store, client.id, purposes=["network"], party_names=["A"],
                          given_on=today, method="verbal", valid_until=today - timedelta(days=1))
    assert err.value.field == "valid_until"


def test_sample_map_round_trip_csv_and_json(store, tmp_path):
    first = sm.import_sample(store)
    assert first.created >= 30 + 30 and first.updated == 0
    sectors = {e.organisation.sector for e in sm.search_map(store)}
    assert sectors == set(__import__("tyokykytiimi.models.servicemap", fromlist=["x"]).SECTORS)
    assert len(sm.list_organisations(store)) >= 30
    original = sm.export_data(store)
    sm.export_csv(store, tmp_path / "map.csv")
    sm.export_json(store, tmp_path / "map.json")
    again = sm.import_file(store, tmp_path / "map.csv")
    assert (again.created, again.updated) == (0, 0) and again.unchanged == first.created
    again = sm.import_file(store, tmp_path / "map.json")
    assert (again.created, again.updated) == (0, 0)
    assert sm.import_sample(store).updated == 0  # re-importing the same file changes nothing
    assert sm.export_data(store) == original


def test_round_trip_into_an_empty_map(store, tmp_path, data_dir):
    sm.import_sample(store)
    sm.export_csv(store, tmp_path / "map.csv")
    original = sm.export_data(store)
    from sqlmodel import select
    from tyokykytiimi.models.servicemap import Contact, Organisation, ServiceCard
    with store.session() as s:  # empty the map for real to import into a clean one
        for model in (Contact, ServiceCard, Organisation):
            for row in s.exec(select(model)):
                s.delete(row)
    assert sm.list_organisations(store) == []
    sm.import_file(store, tmp_path / "map.csv")
    assert sm.export_data(store) == original


BROKEN = """record,ref,organisation_ref,name,sector,area,address,phone,email,title,offers,for_whom,domains,phases,how_to_refer,last_checked
organisation,org-a,,Järjestö A,third_sector,Koivula,,,,,,,,,,2026-01-01
organisation,org-b,,Virasto B,ministry,Koivula,,,,,,,,,,2026-01-01
contact,c-1,org-a,Anna A,,,,040,anna(at)example.org,ohjaaja,,,,,,
organisation,org-a,,Järjestö A uudestaan,third_sector,,,,,,,,,,,
service,s-1,org-x,Palvelu,,,,,,,,,health;magic,capacity,,
contact,c-2,org-a,Bertta B,,,,,bertta@example.org,ohjaaja,,,,,,
"""


def test_broken_csv_reported_row_by_row_nothing_imported(store, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(BROKEN, "utf-8")
    with pytest.raises(sm.ImportRejected) as err:
        sm.import_file(store, path)
    problems = [(p.line, p.reason) for p in err.value.problems]
    lines = {line for line, _ in problems}
    assert lines == {3, 4, 5, 6}
    text = "\n".join(f"{line}: {r}" for line, r in problems)
    assert "tuntematon sektori 'ministry'" in text
    assert "sähköpostiosoite 'anna(at)example.org' ei kelpaa" in text
    assert "kaksoiskappale" in text
    assert "organisaatiota 'org-x'" in text and "magic" in text
    assert sm.list_organisations(store) == []

    missing_col = tmp_path / "missing.csv"
    missing_col.write_text(BROKEN.replace(",email", "", 1), "utf-8")
    with pytest.raises(sm.ImportRejected) as err:
        sm.import_file(store, missing_col)
    assert [(p.line, p.reason) for p in err.value.problems] == [(1, "sarake puuttuu: email")]
    assert sm.list_organisations(store) == []


def test_search_filters_and_stale_entries(store):
    sm.import_sample(store)
    today = date(2026, 11, 24)
    third = sm.search_map(store, sector="third_sector", today=today)
    assert third and all(e.organisation.sector == "third_sector" for e in third)
    health = sm.search_map(store, domain="health", phase="capacity", today=today)
    assert all("health" in e.service.domain_list for e in health)
    assert [e.service.name for e in sm.search_map(store, "PSYKOTERAPIA", today=today)] == [
        "Kuntoutuspsykoterapia"]
    stale = sm.search_map(store, stale_only=True, today=today)
    assert stale and all(e.stale for e in stale)
    sm.mark_checked(store, stale[0].organisation.id, today)
    assert stale[0].organisation.id not in {e.organisation.id for e in
                                            sm.search_map(store, stale_only=True, today=today)}
    assert "Koivula" in sm.areas(store)
    sugg = sm.suggest(store, ["health", "work_capacity"], today=today)
    assert len(sugg[0].matched) == 2


def test_minutes_and_team_counts(store, client, mapped, today):
    org, contact = mapped
    cs.record_consent(store, client.id, purposes=["network"], org_ids=[org.id],
                      given_on=today, method="verbal")
    meeting = _meeting(store, client, [mt.invitee_from_contact(store, contact.id),
                                       {"kind": "client"},
                                       {"kind": "team", "name": "Kaisa K", "title": "työkykykoordinaattori"}])
    _, invitees = mt.get_meeting(store, meeting.id)
    mt.set_invitee_status(store, invitees[0].id, "accepted", pre_assessment_requested=True)
    nxt = meeting.starts_at + timedelta(days=60)
    mt.record_minutes(store, meeting.id, minutes="Sovittiin kuntoutusselvityksen hausta.",
                      attended=[i.id for i in invitees], next_meeting_at=nxt)
    m, invitees = mt.get_meeting(store, meeting.id)
    assert m.state == "held" and m.next_meeting_at == nxt
    assert all(i.status == "attended" for i in invitees)
    counts = mt.network_counts(store, today, today + timedelta(days=30))
    assert counts.meetings_held == 1 and counts.networks_convened == 1
    assert counts.professions == {"kuntoutuksen asiantuntija": 1, "työkykykoordinaattori": 1}
    assert counts.sectors == {"kela": 1}
    assert mt.network_counts(store, today - timedelta(days=90), today - timedelta(days=1)
                             ).meetings_held == 0
