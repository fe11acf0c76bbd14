"""Both plan PDFs, read back: goals, tasks, responsible parties, next review, markings."""
from datetime import timedelta

import pytest

from tests.pdftext import embedded_fonts, pdf_pages, pdf_text
from tyokykytiimi.models.plans import GoalData, StepData, TaskData
from tyokykytiimi.reports.client_plan_pdf import write_client_plan_pdf
from tyokykytiimi.reports.plan_pdf import write_plan_pdf
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client

REVIEW_DAYS = 90


def fi(d):
    return f"{d.day}.{d.month}.{d.year}"


@pytest.fixture
def doc(store, today):
    client = create_client(store, first_name="Åsa", last_name="Öhman-Mäkelä")
    d = plans.get_or_create_draft(store, client.id)
    c = d.content
    c.goals = [GoalData("Pääsen työkokeiluun Åbon kahvilaan", target_date=today + timedelta(100),
                        steps=[StepData("Käyn tutustumassa kahvilassa", done=True),
                               StepData("Jaksan olla töissä neljä tuntia päivässä")])]
    c.goals += [GoalData(f"Tavoite numero {i}: liikun säännöllisesti ja nukun hyvin",
                         steps=[StepData(f"Välitavoite {i}.{j}") for j in range(3)])
                for i in range(2, 9)]
    c.tasks = [TaskData("Soitan työkokeilupaikkaan", responsible_kind="client",
                        responsible_text="Åsa itse", due=today + timedelta(14)),
               TaskData("Selvittää ammatillisen kuntoutuksen", responsible_kind="organisation",
                        responsible_text="Kela, Österbotten", role="Kuntoutuksen päätös",
                        due=today + timedelta(60), service="Ammatillinen kuntoutus")]
    c.tasks += [TaskData(f"Tehtävä {i}", responsible_text="Hanna Hoitaja",
                         role="Terveystarkastus") for i in range(12)]
    c.case_manager_text = "Kaisa Koordinaattori"
    c.client_role = "Kerron avoimesti, miten jaksan."
    c.next_review = today + timedelta(REVIEW_DAYS)
    c.notes = "SISÄINEN-MUISTIINPANO"
    d = plans.save_draft(store, d.id, c, d.revision)
    plans.agree(store, d.id, agreed_on=today, participants=["Åsa Öhman-Mäkelä", "Kaisa K."])
    return plans.plan_document(store, d.id)


def test_parties_plan_pdf(doc, tmp_path, today):
    out = tmp_path / "plan.pdf"
    write_plan_pdf(doc, out)
    text = " ".join(pdf_text(out).split())  # table cells wrap
    pages = pdf_pages(out)
    assert len(pages) >= 2
    for needle in ("Testitiimi", "Asiakassuunnitelma", "Åsa Öhman-Mäkelä",
                   "Pääsen työkokeiluun Åbon kahvilaan", "Käyn tutustumassa kahvilassa",
                   "Selvittää ammatillisen kuntoutuksen", "Kela, Österbotten",
                   "Kuntoutuksen päätös", "Kaisa Koordinaattori", fi(today + timedelta(REVIEW_DAYS)),
                   "Versio 1, sovittu " + fi(today), "Kaisa K."):
        assert needle in text, needle
    for i, page in enumerate(pages, 1):
        assert "Salassa pidettävä" in page
        assert f"{i} / {len(pages)}" in page
    assert any("DejaVu" in f for f in embedded_fonts(out))


def test_client_plan_pdf_plain_and_without_internal_notes(doc, tmp_path, today):
    out = tmp_path / "oma.pdf"
    write_client_plan_pdf(doc, out)
    text = " ".join(pdf_text(out).split())
    pages = pdf_pages(out)
    for needle in ("Minun suunnitelmani", "Minun tavoitteeni", "Pääsen työkokeiluun Åbon kahvilaan",
                   "Soitan työkokeilupaikkaan", "Kuka auttaa minua", "Kela, Österbotten",
                   "Kaisa Koordinaattori", fi(today + timedelta(REVIEW_DAYS))):
        assert needle in text, needle
    assert "SISÄINEN-MUISTIINPANO" not in text
    for i, page in enumerate(pages, 1):
        assert "Salassa pidettävä" in page and f"{i} / {len(pages)}" in page


def test_client_plan_in_swedish(doc, tmp_path):
    out = tmp_path / "min.pdf"
    write_client_plan_pdf(doc, out, lang="sv")
    text = " ".join(pdf_text(out).split())
    assert "Min plan" in text and "Vem hjälper mig" in text and "Åbon kahvilaan" in text
