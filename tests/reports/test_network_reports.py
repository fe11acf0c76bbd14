"""Consent form, invitation list, .ics and mail draft read back."""
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from tests.pdftext import pdf_text
from tyokykytiimi.reports.consent_form import export_consent_form
from tyokykytiimi.reports.invitation import export_ics, export_invitation_list, mail_draft
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client

HETU = "010180-1232"


@pytest.fixture
def start(today):
    """14 March next year, 10.00 UTC (12.00 in Helsinki): always ahead of the clock."""
    return datetime(today.year + 1, 3, 14, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def setup(store, today, start):
    client = create_client(store, first_name="Matti", last_name="Meikäläinen", hetu=HETU)
    sm.import_sample(store)
    org = next(o for o in sm.list_organisations(store) if o.ref == "kela-koivula")
    _, _, contacts = sm.get_organisation(store, org.id)
    consent = cs.record_consent(store, client.id, purposes=["network", "disclosure"],
                                org_ids=[org.id], party_names=["Aino Vertainen"],
                                given_on=today, method="paper", signed=True,
                                valid_until=date(start.year, 12, 31))
    meeting = mt.save_meeting(
        store, client.id, kind="first", starts_at=start, duration_minutes=90,
        place="Koivulan terveysasema, neuvotteluhuone 2", link="https://meet.example/abc",
        agenda="Tilanteen kartoitus ja tavoitteet",
        invitees=[{**mt.invitee_from_contact(store, contacts[0].id), "role": "etuudet",
                   "status": "invited", "pre_assessment_requested": True},
                  {"kind": "client", "status": "accepted"},
                  {"kind": "peer", "name": "Aino Vertainen", "status": "to_invite"}])
    return client, consent, meeting, contacts[0]


@pytest.mark.parametrize("lang, words", [
    ("fi", ["Suostumus tietojen luovuttamiseen", "Henkilötunnus", "Asiakkaan allekirjoitus",
            "Verkostotapaamiseen kutsuminen", "31.12.{next_year}", "Voin perua"]),
    ("sv", ["Samtycke till utlämnande", "Personbeteckning", "Klientens underskrift"]),
    ("en", ["Consent to disclosure", "Personal identity code", "Client's signature"]),
])
def test_consent_form_text(store, setup, start, tmp_path, lang, words):
    client, consent, _, _ = setup
    words = [w.format(next_year=start.year) for w in words]
    out = tmp_path / f"consent-{lang}.pdf"
    export_consent_form(store, consent.id, out, lang=lang)
    text = " ".join(pdf_text(out).split())
    for w in words + ["Matti Meikäläinen", HETU, "Kela, Koivulan palvelupiste", "Aino Vertainen"]:
        assert w in text, w


def test_invitation_list_text_has_no_hetu(store, setup, start, tmp_path):
    client, _, meeting, contact = setup
    out = tmp_path / "invitation.pdf"
    export_invitation_list(store, meeting.id, out)
    text = " ".join(pdf_text(out).split())
    for w in ["Kutsulista", "Ensimmäinen verkostotapaaminen", f"14.3.{start.year} 12.00–13.30",
              contact.name, "Kela, Koivulan palvelupiste", "etuudet", contact.email,
              "kutsuttu", "Ennakkoarvio: pyydetty", "Asiakas M. M.", "Aino Vertainen"]:
        assert w in text, w
    assert HETU not in text and "Meikäläinen" not in text


def test_ics_parses_back(store, setup, start, tmp_path):
    client, _, meeting, contact = setup
    out = tmp_path / "meeting.ics"
    export_ics(store, meeting.id, out)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    ev = events[0]
    assert ev.decoded("dtstart") == start
    assert ev.decoded("dtend") == start + timedelta(minutes=90)
    assert str(ev["uid"]) == f"{meeting.id}@tyokykytiimi"
    assert str(ev["summary"]) == "Verkostotapaaminen (M. M.)"
    assert str(ev["location"]).startswith("Koivulan terveysasema")
    attendees = ev.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == [f"mailto:{contact.email}"]
    raw = out.read_text("utf-8")
    assert HETU not in raw and "Meikäläinen" not in raw and "Matti" not in raw


def test_mail_draft(store, setup):
    _, _, meeting, contact = setup
    draft = mail_draft(store, meeting.id)
    # Invitees are blind copies: a partner never learns who else is involved.
    assert draft.to == [] and draft.bcc == [contact.email]
    assert "M. M." in draft.body and "Meikäläinen" not in draft.body + draft.subject
    assert draft.url.startswith(f"mailto:?bcc={contact.email}&subject=")
