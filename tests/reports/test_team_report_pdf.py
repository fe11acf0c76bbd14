"""The team report PDF, read back: figures, hidden small numbers, no names, audit."""
from __future__ import annotations

import re

from sqlmodel import select

from tests.pdftext import embedded_fonts, pdf_text
from tests.store.team_report_data import END, SECRET_TEXT, START
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.reports.team_report_pdf import cell_text, write_team_report_pdf
from tyokykytiimi.store import team_report as tr


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_pdf_text_has_the_figures_with_small_numbers_hidden(team_store, tmp_path):
    store = team_store
    report = tr.team_report(store, START, END, lang="fi")
    path = tmp_path / "tiimiraportti.pdf"
    write_team_report_pdf(store, report, path)
    text = _flat(pdf_text(path))
    assert "Tiimiraportti" in text and "Jakso 1.3.2026–30.6.2026" in text
    assert "Salassa pidettävä" in text and "1 / " in text
    assert "Miten luvut on laskettu" in text
    for t in report.tables:
        assert t.title in text
    # referrer, referred, accepted, guided elsewhere, more information
    assert "Työllisyyspalvelut 6 × < 5 0" in text  # 5 accepted hidden: 7 - 5 = kela's 2
    assert "Kela < 5 < 5 0 0" in text
    assert "Ei kirjattu < 5 0 0 0" in text
    assert "Yhteensä 10 7 < 5 0" in text
    # active at the end of the period: 15 at step 1, total 18
    assert "1 Ohjautuminen 15" in text and "Yhteensä 18" in text
    assert "Tekemättä jakson lopussa < 5" in text and "Yhteensä 6" in text
    # the work-ability score: 4 clients, means hidden (fewer than five answers)
    assert "Työkykypistemäärä (työkykyjana) < 5 × × ×" in text
    assert "Palautelomakkeita < 5" in text
    # nothing that names anyone
    assert SECRET_TEXT not in text and "Kaisa" not in text and "Testinen" not in text
    assert "DejaVuSans" in embedded_fonts(path)


def test_pdf_in_swedish(team_store, tmp_path):
    store = team_store
    path = tmp_path / "teamrapport.pdf"
    write_team_report_pdf(store, tr.team_report(store, START, END, lang="sv"), path)
    text = _flat(pdf_text(path))
    assert "Teamrapport" in text and "Period 1.3.2026–30.6.2026" in text
    assert "Sekretessbelagd" in text and "FPA < 5 < 5 0 0" in text
    assert "Hur talen har räknats" in text


def test_pdf_of_an_empty_period(store, tmp_path):
    path = tmp_path / "tyhja.pdf"
    write_team_report_pdf(store, tr.team_report(store, START, END, lang="fi"), path)
    text = _flat(pdf_text(path))
    assert "Kela 0 0 0 0" in text and "Yhteensä 0 0 0 0" in text
    assert "× " not in text.split("Ohjautuneet ja seulontapäätökset")[1]
    assert "Ei tapahtumia tällä jaksolla." in text  # no professions took part


def test_export_is_audited_without_personal_data(team_store, tmp_path):
    store = team_store
    report = tr.team_report(store, START, END)
    write_team_report_pdf(store, report, tmp_path / "r.pdf")
    with store.session() as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "export",
                                                AuditEntry.target == "team_report")).one()
    assert entry.client_id is None and '"pdf"' in entry.detail
    assert "2026-06-30" in entry.detail and "Testinen" not in entry.detail


def test_cells_as_printed():
    col = tr.Column("mean", "Mean", "stat", "n", 2)
    cols = [tr.Column("q", "Q", "label"), tr.Column("n", "n", "count"), col,
            tr.Column("mean_change", "Change", "stat", "n", 1)]
    t = tr.Table("x", "X", "", cols, [tr.Row("a", ["A", 12, 4.5, 0.26]),
                                      tr.Row("b", ["B", 3, 2.0, -1.0]),
                                      tr.Row("c", ["C", 0, None, None])])
    marks = tr.suppressed_cells(t)
    row = {r.key: r for r in t.rows}
    assert cell_text(t, row["a"], col, marks, "fi") == "4,50"
    assert cell_text(t, row["a"], col, marks, "en") == "4.50"
    assert cell_text(t, row["a"], cols[3], marks, "fi") == "+0,3"  # sign on a change
    assert cell_text(t, row["b"], cols[1], marks, "fi") == "< 5"
    assert cell_text(t, row["b"], col, marks, "fi") == "×"
    assert cell_text(t, row["c"], cols[1], marks, "fi") == "0"
    assert cell_text(t, row["c"], col, marks, "fi") == "–"
