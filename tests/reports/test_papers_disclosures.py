"""Issue 17 points 3 and 4: the client's copy of their data names every disclosure;
the consent form says in text which purposes were agreed and whose form it is."""

import pytest

from tests.pdftext import pdf_pages, pdf_text
from tyokykytiimi import clock
from tyokykytiimi.reports.access_export_pdf import write_access_pdf
from tyokykytiimi.reports.consent_form import export_consent_form
from tyokykytiimi.reports.invitation import export_ics, mail_draft
from tyokykytiimi.store import access_export, plans
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.models.plans import TaskData

HETU = "010180-1232"


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def given(store, tmp_path):
    client = create_client(store, first_name="Matti", last_name="Meikäläinen", hetu=HETU)
    sm.import_sample(store)
    kela = next(o for o in sm.list_organisations(store) if o.ref == "kela-koivula")
    other = next(o for o in sm.list_organisations(store) if o.id != kela.id)
    _, _, people = sm.get_organisation(store, kela.id)
    consent = cs.record_consent(store, client.id, purposes=["network", "plan_recording"],
                                org_ids=[kela.id], given_on=clock.today(), method="paper",
                                signed=True)
    cs.record_override(store, client.id, party=other.id, purpose="disclosure",
                       legal_basis="Sosiaalihuoltolaki 41 §", reason="Kiireellinen tarve")
    meeting = mt.save_meeting(
        store, client.id, kind="first", starts_at=mt_start(), duration_minutes=60, place="Huone 1",
        invitees=[{**mt.invitee_from_contact(store, people[0].id), "status": "invited"}])
    export_ics(store, meeting.id, tmp_path / "m.ics")
    mail_draft(store, meeting.id)
    d = plans.get_or_create_draft(store, client.id)
    d.content.tasks = [TaskData("Tehtävä", responsible_text="Kela")]
    d = plans.save_draft(store, d.id, d.content, d.revision)
    plans.record_plan_output(store, d.id, action="export", document="parties", lang="fi",
                             recipients=[kela.id])
    return dict(client=client, consent=consent, kela=kela, other=other)


def mt_start():
    from datetime import timedelta
    return clock.utcnow().replace(microsecond=0) + timedelta(days=10)


@pytest.mark.parametrize("lang, heading, consent_words, override_words", [
    ("fi", "Kenelle tietojani on luovutettu", "Suostumus annettu", "Ilman suostumusta"),
    ("sv", "Till vem mina uppgifter har lämnats ut", "Samtycke givet", "Utan samtycke"),
    ("en", "To whom my data was disclosed", "Consent given on", "Without consent"),
])
def test_access_export_names_every_disclosure(store, given, tmp_path, lang, heading,
                                              consent_words, override_words):
    data = access_export.collect(store, given["client"].id)
    documents = sorted({d["document"] for d in data["disclosures"]})
    assert documents == ["ics", "mail_draft", "override", "parties"]
    out = tmp_path / f"access-{lang}.pdf"
    write_access_pdf(data, out, lang=lang)
    text = flat(out)
    section = text[text.index(heading):]
    assert given["kela"].name in section and given["other"].name in section
    assert consent_words in section
    assert override_words in section and "Sosiaalihuoltolaki 41 §" in section
    # Times are in the team's zone and the paper says which.
    assert {"fi": "Suomen aikaa (Europe/Helsinki)", "sv": "Finsk tid (Europe/Helsinki)",
            "en": "Finnish time (Europe/Helsinki)"}[lang] in text


def test_history_rows_name_their_record(store, given, tmp_path):
    data = access_export.collect(store, given["client"].id)
    out = tmp_path / "access.pdf"
    write_access_pdf(data, out, lang="fi")
    text = flat(out)
    history = text[text.index("Muutoshistoria Jokainen"):]
    assert "Tehtävä: Tehtävä" in history  # not only "Tehtävä · Luotu"


def test_access_export_defaults_to_the_clients_language(store, tmp_path):
    client = create_client(store, first_name="Åsa", last_name="Berg", language="sv")
    out = tmp_path / "a.pdf"
    write_access_pdf(access_export.collect(store, client.id), out)
    assert "Klientens uppgifter" in flat(out)


@pytest.mark.parametrize("lang, yes, no", [("fi", "Kyllä", "Ei"), ("sv", "Ja", "Nej"),
                                           ("en", "Yes", "No")])
def test_consent_form_ticks_in_text_and_name_on_every_page(store, given, tmp_path, lang,
                                                           yes, no):
    out = tmp_path / f"consent-{lang}.pdf"
    export_consent_form(store, given["consent"].id, out, lang=lang)
    text = flat(out)
    assert "☒" in text and "☐" in text
    assert f": {yes}" in text and f": {no}" in text
    pages = pdf_pages(out)
    for page in pages:
        assert "Matti Meikäläinen" in page and HETU in page
    # The signature lines are on the page that says what is being signed.
    signs = {"fi": "Asiakkaan allekirjoitus", "sv": "Klientens underskrift",
             "en": "Client's signature"}[lang]
    what = {"fi": "Mitä allekirjoitan", "sv": "Vad jag undertecknar", "en": "What I sign"}[lang]
    page = next(p for p in pages if signs in p)
    assert what in page
    # Who holds the data, for how long, how to withdraw.
    for words in {"fi": ["Kuka tietojani säilyttää", "10 vuotta", "Näin perun"],
                  "sv": ["Vem som förvarar", "10 år", "Så återkallar"],
                  "en": ["Who holds my data", "10 years", "How to withdraw"]}[lang]:
        assert words in text, words
