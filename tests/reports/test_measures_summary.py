"""The client's measures summary PDF, read back as text."""
from datetime import date

from sqlmodel import select

from tests.pdftext import pdf_text
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.reports.measures_summary import (build_measures_summary,
                                                   build_team_measures_summary)
from tyokykytiimi.store import measures as m
from tyokykytiimi.store.clients import create_client


def test_summary_pdf_text(store, tmp_path):
    c = create_client(store, first_name="Aino", last_name="Äijälä", started_on=date(2025, 1, 15))
    for tp, on, was, inc, d in (("baseline", date(2025, 1, 15), 4, 3, 4),
                                ("followup", date(2025, 7, 14), 7, 4, 6)):
        m.save_answer_sets(store, c.id, [m.Entry("was", [was]), m.Entry("inclusion", [inc] * 10),
                                         m.Entry("3x10d", [d] * 10)],
                           time_point=tp, answered_on=on)
    m.save_answers(store, c.id, "situation", {"start": [1] * 12, "now": [3] * 12,
                                              "target": [4] * 12},
                   time_point="other", answered_on=date(2025, 7, 14))
    out = tmp_path / "yhteenveto.pdf"
    build_measures_summary(store, c.id, out)
    text = pdf_text(out)
    for expected in ("Mittarien yhteenveto", "Aino Äijälä", "Työkykypistemäärä",
                     "15.1.2025", "14.7.2025", "+3 (parempi)", "Terveys"):
        assert expected in text, expected
    # The client's copy: the follow-up measures only, numbers without bands (issue 17).
    for absent in ("Alentunut", "keskiarvo", "Monialainen tilannekuva"):
        assert absent not in text, absent
    team = tmp_path / "tiimi.pdf"
    build_team_measures_summary(store, c.id, team)
    text = " ".join(pdf_text(team).split())  # a narrow table cell wraps
    for expected in ("tiimin asiakirja", "Alentunut", "keskiarvo 4,0",
                     "Monialainen tilannekuva", "Tavoitetila"):
        assert expected in text, expected
    # Inclusion is shown as neutral numbers: no band words next to it.
    assert "Osallisuusindikaattori" in text
    with store.session() as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.target == "measures_summary")).first()


def test_team_copy_says_the_bdi_bands_are_not_verified(store, tmp_path):
    c = create_client(store, first_name="Aino", last_name="Beck", started_on=date(2025, 1, 15))
    m.save_answers(store, c.id, "bdi", [1] * 21, time_point="baseline",
                   answered_on=date(2025, 1, 15))
    team = tmp_path / "tiimi.pdf"
    build_team_measures_summary(store, c.id, team)
    text = " ".join(pdf_text(team).split())
    assert "21 – Keskivaikea (rajat tarkistamatta)" in text
