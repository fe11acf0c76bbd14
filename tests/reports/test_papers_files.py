"""Issue 17 point 9: files for staff open right in Finnish Excel and keep nothing from the auditor."""
from __future__ import annotations

import csv
import os
import stat

import pytest

from tests.store.team_report_data import END, START, build
from tyokykytiimi.reports.audit_csv import export_audit_csv
from tyokykytiimi.reports.team_report_csv import write_team_report_csv
from tyokykytiimi.reports.team_report_pdf import cell_text
from tyokykytiimi.store import audit, team_report as tr
from tyokykytiimi.store.clients import create_client


def test_finnish_excel_variant_has_bom_semicolons_and_the_pdfs_rounding(store, tmp_path):
    build(store)
    report = tr.team_report(store, START, END, lang="fi")
    folder = write_team_report_csv(store, report, tmp_path, name="minun-raporttini",
                                   excel_fi=True)
    assert folder.name == "minun-raporttini"
    raw = (folder / "referrals.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    assert "sarakkeet puolipisteellä erotettuina" in (folder / "README.txt").read_text("utf-8-sig")


def test_csv_rounds_like_the_pdf(store, tmp_path):
    from datetime import date
    cols = [tr.Column("question", "Kysymys", "label", coded=True),
            tr.Column("answers", "Vastauksia", "count"),
            tr.Column("mean", "Keskiarvo", "stat", "answers", 1)]
    table = tr.Table("feedback_items", "Kysymykset", "Määritelmä", cols,
                     [tr.Row("a", ["A", 40, 2.25]), tr.Row("b", ["B", 41, 3.35]),
                      tr.Row("c", ["C", 42, 4.05])])
    report = tr.TeamReport(START, END, "fi", date(2026, 7, 1), [table])
    marks = tr.suppressed_cells(table)
    for excel_fi, lang, delimiter in ((True, "fi", ";"), (False, "en", ",")):
        folder = write_team_report_csv(store, report, tmp_path, excel_fi=excel_fi)
        with open(folder / "feedback_items.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter=delimiter))
        for row, r in zip(rows, table.rows):
            assert row["mean"] == cell_text(table, r, cols[2], marks, lang)


def test_plain_variant_keeps_commas_and_points_with_a_bom(store, tmp_path):
    build(store)
    report = tr.team_report(store, START, END, lang="en")
    folder = write_team_report_csv(store, report, tmp_path)
    assert (folder / "referrals.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(folder / "referrals.csv", encoding="utf-8-sig", newline="") as fh:
        assert "," in fh.readline()


def test_audit_csv_is_private_whole_and_names_the_client(store, tmp_path):
    client = create_client(store, first_name="Ville", last_name="Virtanen")
    for _ in range(5):
        audit.record(store, "view", client_id=client.id, target="client")
    entries = audit.list_entries(store, limit=None)
    assert len(audit.list_entries(store, limit=3)) == 3  # the screen's cut is not the file's
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "loki.csv"
    export_audit_csv(store, out, entries)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(entries)
    assert {r["client"] for r in rows if r["client_id"] == client.id} == {"Ville Virtanen"}
    assert [p.name for p in out.parent.iterdir()] == ["loki.csv"]  # no temporary left
