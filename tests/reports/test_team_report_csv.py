"""The team report's CSV files, read back with the csv module."""
from __future__ import annotations

import csv
from datetime import date

from sqlmodel import select

from tests.store.team_report_data import END, SECRET_TEXT, START
from tyokykytiimi.models.audit import AuditEntry
from tyokykytiimi.reports.team_report_csv import write_team_report_csv
from tyokykytiimi.store import team_report as tr


def _read(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _by_key(rows, key):
    return {r[key]: r for r in rows}


def test_one_file_per_table_with_the_expected_numbers(team_store, tmp_path):
    store = team_store
    report = tr.team_report(store, START, END, lang="fi")
    folder = write_team_report_csv(store, report, tmp_path)
    assert folder.parent == tmp_path and folder.name == "tiimiraportti_2026-03-01_2026-06-30"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"{t.id}.csv" for t in report.tables] + ["README.txt",
                                                                       "columns.csv"])

    referrals = _by_key(_read(folder / "referrals.csv"), "referrer")
    emp = referrals["employment_services"]
    assert int(emp["referred"]) == 6 and emp["referred_suppressed"] == ""
    assert emp["referrer_name"] == "Työllisyyspalvelut"
    assert emp["accepted"] == "" and emp["accepted_suppressed"] == "complementary"
    kela = referrals["kela"]
    assert (kela["referred"], kela["referred_suppressed"]) == ("", "small")
    assert (kela["more_info"], kela["more_info_suppressed"]) == ("0", "")
    total = referrals["total"]
    assert int(total["referred"]) == 10 and int(total["accepted"]) == 7

    steps = _by_key(_read(folder / "active_by_step.csv"), "step")
    assert int(steps["1"]["clients"]) == 15 and int(steps["total"]["clients"]) == 18
    assert steps["2"]["clients"] == "" and steps["2"]["clients_suppressed"] == "small"
    assert (steps["4"]["clients"], steps["4"]["clients_suppressed"]) == ("0", "")

    prom = _by_key(_read(folder / "prom_change.csv"), "measure")
    assert prom["was"]["mean_baseline"] == "" and prom["was"]["mean_baseline_suppressed"] \
        == "small_base"
    assert prom["inclusion"]["mean_baseline"] == "" and \
        prom["inclusion"]["mean_baseline_suppressed"] == ""  # nobody: no data
    assert "3x10d.health" in prom

    followups = _by_key(_read(folder / "followups.csv"), "timing")
    assert int(followups["total"]["clients"]) == 6

    professions = _by_key(_read(folder / "professions.csv"), "profession")
    assert professions["työkykykoordinaattori"]["attendances_suppressed"] == "small"

    everything = "".join(p.read_text("utf-8") for p in folder.iterdir())
    assert SECRET_TEXT not in everything and "Testinen" not in everything


def test_numbers_are_plain_integers_and_point_decimals(store, tmp_path):
    cols = [tr.Column("question", "Kysymys", "label", coded=True),
            tr.Column("answers", "Vastauksia", "count"),
            tr.Column("mean", "Keskiarvo", "stat", "answers", 2)]
    table = tr.Table("feedback_items", "Kysymykset", "Määritelmä", cols,
                     [tr.Row("heard", ["Minua kuunneltiin", 1234, 4.5]),
                      tr.Row("overall", ["Tyytyväisyys", 3, 3.0])])
    report = tr.TeamReport(START, END, "fi", date(2026, 7, 1), [table])
    folder = write_team_report_csv(store, report, tmp_path)
    rows = _by_key(_read(folder / "feedback_items.csv"), "question")
    assert rows["heard"]["answers"] == "1234" and int(rows["heard"]["answers"]) == 1234
    assert rows["heard"]["mean"] == "4.50" and float(rows["heard"]["mean"]) == 4.5
    assert rows["overall"]["answers"] == "" and rows["overall"]["answers_suppressed"] == "small"
    assert rows["overall"]["mean_suppressed"] == "small_base"
    assert list(rows["heard"]) == ["question", "question_name", "answers",
                                   "answers_suppressed", "mean", "mean_suppressed"]


def test_every_column_is_documented(team_store, tmp_path):
    store = team_store
    report = tr.team_report(store, START, END, lang="sv")
    folder = write_team_report_csv(store, report, tmp_path)
    documented = {(r["file"], r["column"]): r for r in _read(folder / "columns.csv")}
    readme = (folder / "README.txt").read_text("utf-8")
    assert "Period: 1.3.2026–30.6.2026" in readme and "Sekretessbelagd" in readme
    for t in report.tables:
        with open(folder / f"{t.id}.csv", encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh))
        assert f"{t.id}.csv: {t.title}" in readme
        for column in header:
            doc = documented[(f"{t.id}.csv", column)]
            assert doc["description"].strip() and doc["type"] in (
                "code", "text", "integer", "decimal", "flag")
            assert f"- {column} (" in readme


def test_a_second_export_does_not_overwrite_and_both_are_audited(store, tmp_path):
    report = tr.team_report(store, START, END, lang="en")
    first = write_team_report_csv(store, report, tmp_path)
    second = write_team_report_csv(store, report, tmp_path)
    assert first.name == "team_report_2026-03-01_2026-06-30"
    assert second.name == first.name + "_2"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers
    with store.session() as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(entries) == 2 and all('"csv"' in e.detail and e.client_id is None
                                     for e in entries)
