"""Issue 17 point 10: the papers a client receives can be read by assistive technology.

ReportLab writes no tagged PDF (no structure tree; its catalogue only passes
through a StructTreeRoot someone else built). What the client's papers carry
instead, checked here: the document language (/Lang), the title shown in the
window (/Title with DisplayDocTitle), real text in embedded fonts (nothing as a
picture of text), ticks as characters (☒/☐), and every chart followed by its
content in words (the alternative text, printed).
"""
from datetime import date

import pytest
from pypdf import PdfReader

from tests.pdftext import embedded_fonts, pdf_text
from tyokykytiimi.models.plans import GoalData
from tyokykytiimi.reports.access_export_pdf import write_access_pdf
from tyokykytiimi.reports.client_plan_pdf import write_client_plan_pdf
from tyokykytiimi.reports.consent_form import write_consent_form
from tyokykytiimi.reports.measures_summary import build_measures_summary
from tyokykytiimi.store import access_export, plans
from tyokykytiimi.store import measures as ops
from tyokykytiimi.store.clients import create_client

LANG = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}


def papers(store, tmp_path, lang):
    client = create_client(store, first_name="Aino", last_name="Ahola")
    ops.save_answers(store, client.id, "was", [5], time_point="baseline",
                     answered_on=date(2026, 1, 5))
    d = plans.get_or_create_draft(store, client.id)
    d.content.goals = [GoalData("Pääsen työkokeiluun")]
    d = plans.save_draft(store, d.id, d.content, d.revision)
    out = {name: tmp_path / f"{name}-{lang}.pdf" for name in
           ("consent", "plan", "measures", "access")}
    write_consent_form(out["consent"], team_name="Tiimi", client_name="Aino Ahola",
                       hetu=None, phone=None, purposes=["network"], parties=[],
                       given_on=date(2026, 1, 5), valid_until=None, lang=lang)
    write_client_plan_pdf(plans.plan_document(store, d.id), out["plan"], lang=lang)
    build_measures_summary(store, client.id, out["measures"], lang=lang)
    write_access_pdf(access_export.collect(store, client.id), out["access"], lang=lang)
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_client_papers_state_language_and_title_in_real_text(store, tmp_path, lang):
    for name, path in papers(store, tmp_path, lang).items():
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        assert root["/Lang"] == LANG[lang], name
        assert root["/ViewerPreferences"]["/DisplayDocTitle"], name
        assert reader.metadata.title and reader.metadata.title in pdf_text(path), name
        assert embedded_fonts(path), name
    text = pdf_text(tmp_path / f"measures-{lang}.pdf")
    chart = {"fi": "Kaavio:", "sv": "Diagram:", "en": "Chart:"}[lang]
    assert chart in text and "5" in text.split(chart, 1)[1]
