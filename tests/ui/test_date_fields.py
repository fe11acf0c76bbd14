"""The one date field and time field: typed Finnish dates and times, empty is empty."""
from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from tyokykytiimi import clock
from tyokykytiimi.ui.date_fields import DateField, DateTimeField, TimeField, parse_time


@pytest.mark.parametrize("typed, expected", [("31.5.2027", date(2027, 5, 31)),
                                             ("31.5.27", date(2027, 5, 31)),
                                             ("1.2.1960", date(1960, 2, 1))])
def test_typed_finnish_dates(qtbot, typed, expected):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key_Return)
    assert field.value() == expected and field.text() == \
        f"{expected.day}.{expected.month}.{expected.year}"


@pytest.mark.parametrize("typed", ["9", "9.00", "0900", "9:00"])
def test_typed_times(qtbot, typed):
    field = TimeField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.value() == time(9, 0) and field.text() == "9.00"
    assert parse_time("14.5") == time(14, 50)


def test_empty_is_empty_and_the_calendar_opens_at_today(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.text() == "" and field.value() is None
    qtbot.mouseClick(field.button, Qt.LeftButton)
    shown = field.popup.selectedDate()
    assert shown.toPython() == clock.today()
    about = DateField(about=date(2027, 3, 1))
    qtbot.addWidget(about)
    about.show()
    qtbot.keyClick(about.edit, Qt.Key_Down, Qt.AltModifier)
    assert about.popup.selectedDate().toPython() == date(2027, 3, 1)


def test_half_typed_or_impossible_date_says_so_next_to_the_field(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "31.2.2027")
    qtbot.keyClick(field.edit, Qt.Key_Return)
    assert field.error.isVisible() and "31.2.2027" in field.error.text()
    with pytest.raises(ValueError):
        field.value()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "31.")
    qtbot.keyClick(field.edit, Qt.Key_Return)
    assert field.error.isVisible()


def test_date_and_time_together(qtbot):
    field = DateTimeField(optional=False)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.date_field.edit, "3.6.2027")
    qtbot.keyClicks(field.time_field, "0930")
    when = field.value()
    assert (when.date(), when.hour, when.minute) == (date(2027, 6, 3), 9, 30)


def test_every_date_input_is_the_one_date_field():
    """Qt's QDateEdit showed 1.1.2000 for an empty field and dropped typed dates."""
    from pathlib import Path

    import tyokykytiimi.ui
    ui = Path(tyokykytiimi.ui.__file__).parent
    found = [f"{p.relative_to(ui)}:{n}" for p in sorted(ui.rglob("*.py"))
             if p.name != "date_fields.py"
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if any(f"{w}(" in line for w in ("QDateEdit", "QDateTimeEdit", "QTimeEdit"))]
    assert found == []
