"""The plan part of the coordinator's day, driven by clicks and keys only:
plan written, agreed, revised, agreed again, compared, both PDFs exported.
Each step ends in a read-back from the store (or the PDF's text)."""
from datetime import timedelta

import sqlalchemy as sa

from tests.pdftext import pdf_text
from tests.ui import plan_steps as step
from tyokykytiimi import clock
from tyokykytiimi.models.plans import review_default
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.meetings import save_meeting
from tyokykytiimi.ui.clients.client_page import ClientPage


def test_plan_written_agreed_revised_compared_exported(qtbot, store, tmp_path, monkeypatch):
    client = create_client(store, first_name="Aino", last_name="Asiakas")
    meeting = save_meeting(store, client.id, kind="first", place="Työkykytiimi",
                           starts_at=clock.utcnow() - timedelta(hours=2))
    page = ClientPage(store, client.id)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    tab = step.open_tab(qtbot, page)
    assert plans.list_versions(store, client.id) == []  # opening wrote nothing

    # Written: a goal, an intermediate goal and a task, saved with Ctrl+S.
    step.write_plan(qtbot, tab, "Paasen tyokokeiluun kevaalla",
                    "Kayn kuntosalilla kahdesti viikossa", "Hakee ammatillista kuntoutusta",
                    "Kela")
    draft = plans.open_plan(store, client.id)
    assert draft.state == "draft" and draft.number == 1
    assert [g.text for g in draft.content.goals] == ["Paasen tyokokeiluun kevaalla"]
    assert draft.content.goals[0].steps[0].text == "Kayn kuntosalilla kahdesti viikossa"
    assert draft.content.tasks[0].responsible_text == "Kela"

    # Agreed: the dialog lists the client first and asks for the review date itself.
    seen = step.agree(qtbot, tab)
    assert seen["people"][0].startswith("Aino Asiakas")  # the client first
    assert seen["people"][1] == "Kaisa Koordinaattori"  # then who records it
    assert seen["meeting"] == meeting.id
    v1 = plans.open_plan(store, client.id)
    assert (v1.state, v1.number, v1.meeting_id) == ("agreed", 1, meeting.id)
    assert v1.content.next_review == review_default(clock.today())
    assert v1.participants[0].startswith("Aino Asiakas")
    assert tab.status.text().startswith(tab.tr("Agreed, version %1 (%2)").split("%1")[0])
    assert not tab.has_unsaved_changes()
    assert not tab.agree_button.isEnabled()
    assert [v.state for v in plans.list_versions(store, client.id)] == ["agreed"]

    # Revised: a second goal; the save starts draft 2 (not before).
    step.add_goal(qtbot, tab, "Nukun paremmin")
    assert [v.state for v in plans.list_versions(store, client.id)] == ["agreed"]
    step.save(qtbot, tab)
    v2 = plans.open_plan(store, client.id)
    assert (v2.state, v2.number, v2.based_on_id) == ("draft", 2, v1.id)
    assert [g.text for g in v2.content.goals] == ["Paasen tyokokeiluun kevaalla",
                                                  "Nukun paremmin"]

    # Agreed again, without a meeting this time (chosen with the keyboard).
    assert step.agree(qtbot, tab, meeting=False)["meeting"] is None
    assert [(v.number, v.state) for v in plans.list_versions(store, client.id)] == [
        (2, "agreed"), (1, "agreed")]

    # Compared: version 2 against version 1 in the versions dialog.
    assert "Nukun paremmin" in step.compare(qtbot, tab)

    # Both PDFs exported: the parties' plan and the client's own plan.
    step.export_pdfs(qtbot, tab, monkeypatch, tmp_path / "suunnitelma.pdf", tmp_path / "oma.pdf")
    parties = pdf_text(tmp_path / "suunnitelma.pdf")
    own = pdf_text(tmp_path / "oma.pdf")
    for text in (parties, own):
        assert "Nukun paremmin" in text and "tyokokeiluun" in text
    assert "Kela" in parties
    with store.session() as s:
        exports = s.connection().execute(sa.text(
            "SELECT count(*) FROM audit_entries WHERE action = 'export'")).scalar()
    assert exports == 2
