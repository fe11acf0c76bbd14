"""Issue 17: every paper says how to reach the team, in the reader's language.

Contacts (team and staff) are stored and checked by the store, then read back
from the PDFs, the .ics and the mail draft: the client's plan ("Näin tavoitan",
the case manager first), the parties' plan, the consent form (where to
withdraw), the invitation list, the .ics ORGANIZER and the mail draft.
"""
from datetime import timedelta

import icalendar
import pytest

from tests.pdftext import pdf_pages, pdf_text
from tyokykytiimi import clock
from tyokykytiimi.models.plans import GoalData, TaskData
from tyokykytiimi.reports.client_plan_pdf import write_client_plan_pdf
from tyokykytiimi.reports.consent_form import export_consent_form
from tyokykytiimi.reports.invitation import (export_ics, export_invitation_list, mail_draft,
                                             mail_drafts)
from tyokykytiimi.reports.plan_pdf import write_plan_pdf
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import contacts
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import plans
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput

TEAM_EMAIL = "tyokykytiimi@hyvinvointialue.example"
OWN_EMAIL = "kaisa.koordinaattori@hyvinvointialue.example"


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def world(store, today):
    # Twenty days ahead of the program's clock (moved in CI's shifted runs), on the hour.
    start = clock.utcnow().replace(microsecond=0, second=0, minute=0) + timedelta(days=20)
    contacts.save_team_contacts(store, phone="040 123 4500", email=TEAM_EMAIL,
                                address="Terveystie 4 B, 00100 Helsinki")
    contacts.save_staff_contact(store, store.user.id, phone="040 123 4502", email=OWN_EMAIL,
                                address="")
    sm.import_sample(store)
    org = next(o for o in sm.list_organisations(store) if o.ref == "kela-koivula")
    _, _, people = sm.get_organisation(store, org.id)
    out = {}
    for lang, first in (("fi", "Matti"), ("sv", "Åsa")):
        client = create_client(store, first_name=first, last_name="Esimerkki", language=lang)
        consent = cs.record_consent(store, client.id, purposes=["network", "plan_recording"],
                                    org_ids=[org.id], given_on=today, method="paper",
                                    signed=True)
        meeting = mt.save_meeting(
            store, client.id, kind="follow_up", starts_at=start, duration_minutes=60,
            place="Neuvotteluhuone 2",
            invitees=[{**mt.invitee_from_contact(store, people[0].id), "status": "invited"},
                      {"kind": "client", "status": "accepted"}])
        d = plans.get_or_create_draft(store, client.id)
        c = d.content
        c.goals = [GoalData("Pääsen työkokeiluun")]
        c.tasks = [TaskData("Soitan työkokeilupaikkaan", responsible_kind="client",
                            responsible_text=first),
                   TaskData("Kirjoittaa B-lausunnon", responsible_kind="team",
                            responsible_id=store.user.id,
                            responsible_text=store.user.display_name,
                            plain_text="Lääkäri kirjoittaa lausunnon Kelaa varten")]
        c.case_manager_text = store.user.display_name
        d = plans.save_draft(store, d.id, c, d.revision)
        out[lang] = dict(client=client, consent=consent, meeting=meeting, version=d,
                         contact=people[0])
    return out


def test_store_checks_contact_details(store):
    with pytest.raises(InvalidInput) as bad:
        contacts.save_staff_contact(store, store.user.id, phone="soita", email="", address="")
    assert bad.value.field == "phone"
    with pytest.raises(InvalidInput) as bad:
        contacts.save_team_contacts(store, phone="", email="ei-osoite", address="")
    assert bad.value.field == "team_email"
    with pytest.raises(InvalidInput) as bad:
        contacts.save_team_contacts(store, phone="", email="", address="", time_zone="Mars/Base")
    assert bad.value.field == "time_zone"
    contacts.save_staff_contact(store, store.user.id, phone=" 040  123 4502 ", email=OWN_EMAIL,
                                address="Terveystie 4")
    reach = contacts.own_reach(store)
    assert (reach.phone, reach.email, reach.address) == ("040 123 4502", OWN_EMAIL,
                                                         "Terveystie 4")


@pytest.mark.parametrize("lang, heading, plain", [
    ("fi", "Näin tavoitan", "Lääkäri kirjoittaa lausunnon Kelaa varten"),
    ("sv", "Så når jag", "Lääkäri kirjoittaa lausunnon Kelaa varten"),
    ("en", "How I reach them", "Lääkäri kirjoittaa lausunnon Kelaa varten"),
])
def test_client_plan_reach_case_manager_first(store, world, tmp_path, lang, heading, plain):
    w = world["fi"]
    doc = plans.plan_document(store, w["version"].id)
    out = tmp_path / f"client-plan-{lang}.pdf"
    write_client_plan_pdf(doc, out, lang=lang)
    text = flat(out)
    reach = text[text.index(heading):]
    # The case manager comes first, with their own phone and e-mail, then the team.
    assert reach.index("040 123 4502") < reach.index("040 123 4500")
    assert OWN_EMAIL in reach and TEAM_EMAIL in reach
    # Others' tasks in the plain words the editor asked for, never the staff wording.
    assert plain in text and "B-lausunnon" not in text
    # The next meeting with its date, time and place.
    assert "Neuvotteluhuone 2" in text
    # A service word is explained (glossary kept as data in resources/).
    assert {"fi": "Työkokeilu", "sv": "Arbetsprövning", "en": "Work trial"}[lang] in text


def test_client_plan_defaults_to_the_clients_language(store, world, tmp_path):
    doc = plans.plan_document(store, world["sv"]["version"].id)
    out = tmp_path / "sv.pdf"
    write_client_plan_pdf(doc, out)
    assert "Min plan" in flat(out)


def test_parties_plan_prints_case_manager_and_team_contacts(store, world, tmp_path):
    doc = plans.plan_document(store, world["fi"]["version"].id)
    out = tmp_path / "parties.pdf"
    write_plan_pdf(doc, out, lang="fi")
    text = flat(out)
    assert "040 123 4502" in text and OWN_EMAIL in text  # the case manager
    assert "Tiimin yhteystiedot" in text and TEAM_EMAIL in text


@pytest.mark.parametrize("lang, withdraw", [("fi", "Näin perun suostumuksen"),
                                            ("sv", "Så återkallar jag samtycket"),
                                            ("en", "How to withdraw")])
def test_consent_form_says_where_to_withdraw(store, world, tmp_path, lang, withdraw):
    out = tmp_path / f"consent-{lang}.pdf"
    export_consent_form(store, world["fi"]["consent"].id, out, lang=lang)
    text = flat(out)
    assert withdraw in text
    after = text[text.index(withdraw):]
    assert TEAM_EMAIL in after and "040 123 4500" in after


def test_invitation_list_ics_and_mail_name_the_organiser(store, world, tmp_path):
    w = world["fi"]
    out = tmp_path / "invitation.pdf"
    export_invitation_list(store, w["meeting"].id, out)
    text = flat(out)
    assert "Järjestäjä" in text and OWN_EMAIL in text
    # The pre-assessment goes to the organiser's address.
    assert f"suojatulla sähköpostilla osoitteeseen {OWN_EMAIL}" in text
    ics = tmp_path / "m.ics"
    export_ics(store, w["meeting"].id, ics)
    ev = next(iter(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")))
    assert str(ev["organizer"]) == f"mailto:{OWN_EMAIL}"
    draft = mail_draft(store, w["meeting"].id)
    assert draft.to == [OWN_EMAIL] and draft.bcc == [w["contact"].email]
    assert "040 123 4502" in draft.body
    assert "piilokopiona" in draft.body  # the mail says how it is sent


def test_separate_mails_show_one_recipient_each(store, world):
    drafts = mail_drafts(store, world["fi"]["meeting"].id, mode="separate")
    assert [d.to for d in drafts] == [[world["fi"]["contact"].email]]
    assert all(not d.bcc for d in drafts)
    assert "erikseen" in drafts[0].body


def test_papers_about_a_swedish_speaking_client_default_to_swedish(store, world, tmp_path):
    w = world["sv"]
    inv, con = tmp_path / "inv.pdf", tmp_path / "con.pdf"
    export_invitation_list(store, w["meeting"].id, inv)
    export_consent_form(store, w["consent"].id, con)
    assert "Inbjudningslista" in flat(inv)
    assert "Samtycke till utlämnande" in flat(con)
    assert "Nätverksmöte" in mail_draft(store, w["meeting"].id).subject
    # ... and the person exporting may still choose.
    export_invitation_list(store, w["meeting"].id, inv, lang="fi")
    assert "Kutsulista" in flat(inv)


def test_invitation_prints_the_kind_once_and_the_time_zone(store, world, tmp_path):
    out = tmp_path / "inv.pdf"
    export_invitation_list(store, world["fi"]["meeting"].id, out, lang="fi")
    text = flat(out)
    assert text.count("Seurantatapaaminen") == 1
    assert "Suomen aikaa" in text


def test_held_meeting_asks_for_no_pre_assessment(store, world, tmp_path):
    w = world["fi"]
    mt.record_minutes(store, w["meeting"].id, minutes="Sovittiin jatkosta.", attended=[])
    out = tmp_path / "held.pdf"
    export_invitation_list(store, w["meeting"].id, out, lang="fi")
    assert "etukäteen" not in flat(out)
    assert "etukäteen" not in mail_draft(store, w["meeting"].id).body


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_client_plan_is_easy_to_read(store, world, tmp_path, lang):
    """Selkokeskus: 14 pt body, lines of at most about 60 characters, no all-caps headings."""
    doc = plans.plan_document(store, world["fi"]["version"].id)
    out = tmp_path / f"easy-{lang}.pdf"
    write_client_plan_pdf(doc, out, lang=lang)
    furniture = (doc.team_name, "Tulostettu", "Utskriven", "Printed", "Salassa", "Sekretess",
                 "Confidential")
    lines = [line.strip() for page in pdf_pages(out) for line in page.splitlines()
             if line.strip() and not any(f in line for f in furniture)]
    assert max(len(line) for line in lines) <= 64, max(lines, key=len)
    assert not [line for line in lines if len(line) > 3 and line.isupper()]
    from pypdf import PdfReader
    sizes = set()

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.add(round(size * tm[0], 1))
    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert 14.0 in sizes  # the body text
