"""Dates, times and numbers follow the chosen language."""
import datetime as dt

import pytest

from tyokykytiimi import formats


@pytest.mark.parametrize("lang, day, time, number", [
    ("fi", "1.12.2026", "14.30", "3,5"),
    ("sv", "1.12.2026", "14.30", "3,5"),
    ("en", "01/12/2026", "14:30", "3.5"),
])
def test_each_language_writes_its_own_way(lang, day, time, number):
    assert formats.format_date(dt.date(2026, 12, 1), lang) == day
    assert formats.format_time(dt.time(14, 30), lang) == time
    assert formats.format_number(3.5, 1, lang) == number


def test_default_language_follows_set_language():
    try:
        formats.set_language("en")
        assert formats.format_date(dt.date(2026, 1, 5)) == "05/01/2026"
        formats.set_language("xx")  # unknown falls back to Finnish
        assert formats.format_date(dt.date(2026, 1, 5)) == "5.1.2026"
    finally:
        formats.set_language("fi")


def test_empty_values():
    assert formats.format_date(None, "fi", empty="–") == "–"
    assert formats.format_number(None) == ""
    assert formats.format_number(12, 0, "fi") == "12"


@pytest.mark.parametrize("lang, text", [("fi", "1.12.2026 14.05.09"), ("sv", "1.12.2026 14.05.09"),
                                        ("en", "01/12/2026 14:05:09")])
def test_audit_times_with_seconds(lang, text):
    # Shown in the team's time zone (a team setting), whatever the computer's zone.
    moment = dt.datetime(2026, 12, 1, 14, 5, 9, tzinfo=formats.time_zone())
    assert formats.format_datetime(moment, lang, seconds=True) == text


def test_one_library_for_every_layer_no_qt_needed():
    """formats imports no Qt: the store and reports layers format with it too."""
    import ast
    from pathlib import Path

    import tyokykytiimi.formats as formats
    tree = ast.parse(Path(formats.__file__).read_text("utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(m.startswith("PySide6") for m in imported)


def test_numbers_round_half_up_in_every_language():
    from tyokykytiimi.formats import format_number
    assert format_number(2.345, 2, "fi") == "2,35"
    assert format_number(2.345, 2, "en") == "2.35"
    assert format_number(0.05, 1, "sv") == "0,1"
