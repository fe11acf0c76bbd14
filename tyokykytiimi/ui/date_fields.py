"""The one date field and the one time field every form uses.

People type Finnish dates (31.5.2027, 31.5.27, 31.5.) and times (9, 9.00,
0900, 9:00); an empty field is shown empty, the calendar opens at the date the
field is about (or today), and a half-typed or impossible date gets a message
next to the field instead of being silently dropped. Qt's QDateEdit did none
of these: its sections swallowed typed digits and an empty field showed 2000.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLineEdit, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget)

from .. import formats
from .field_error import FieldError
from .layout import chars_wide
from .. import clock


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("DateField", text)


def today() -> date:
    return clock.today()


def parse_date(text: str, *, base: date | None = None) -> date | None:
    """A typed date: 31.5.2027, 31.5.27, 31.5. (this year), 2027-05-31; empty: None.

    Raises ValueError with a message for the person when the text is not a date.
    """
    text = (text or "").strip()
    if not text:
        return None
    base = base or today()
    m = re.fullmatch(r"(\d{1,2})[.,/ -](\d{1,2})(?:[.,/ -](\d{2}|\d{4})?)?\.?", text)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        y, mo, d = int(iso[1]), int(iso[2]), int(iso[3])
    elif m:
        d, mo = int(m[1]), int(m[2])
        y = int(m[3]) if m[3] else base.year
        if m[3] and len(m[3]) == 2:
            y += 2000
            if y > base.year + 20:  # 31.5.58 is a birth date, not 2058
                y -= 100
    else:
        raise ValueError(tr("Type the date as day.month.year, e.g. 31.5.2027."))
    try:
        return date(y, mo, d)
    except ValueError:
        # "31.2." already ends in the sentence's full stop: never "31.2.."
        raise ValueError(tr("There is no such date: %1.").replace("%1", text.rstrip(".")))\
            from None


def parse_time(text: str) -> time | None:
    """A typed time: 9, 9.00, 9:00, 0900, 930, 9.30; empty: None. ValueError when not a time."""
    text = (text or "").strip().replace(" ", "")
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})(?:[.:,](\d{1,2}))?", text)
    if m:
        h, mi = int(m[1]), int(m[2] or 0)
        if m[2] is not None and len(m[2]) == 1:
            mi *= 10  # 9.3 is half past nine
    elif re.fullmatch(r"\d{3,4}", text):
        h, mi = int(text[:-2]), int(text[-2:])
    else:
        raise ValueError(tr("Type the time as hours.minutes, e.g. 9.30."))
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        raise ValueError(tr("There is no such time: %1.").replace("%1", text))
    return time(h, mi)


def show_date(d: date | None) -> str:
    """How a field shows a date: the Finnish 31.5.2027 in every language (it parses back)."""
    return f"{d.day}.{d.month}.{d.year}" if d else ""


def format_time(t: time | None) -> str:
    return f"{t.hour}.{t.minute:02d}" if t else ""


class _CalendarPopup(QCalendarWidget):
    picked = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlags(Qt.Popup)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def _pick(self, q: QDate) -> None:
        self.picked.emit(date(q.year(), q.month(), q.day()))
        self.close()


class DateField(QWidget):
    """A typed Finnish date with a calendar button and its own error line.

    ``value()`` returns the date or None and raises ValueError for text that is
    not a date (the message is already shown under the field); ``date()`` is the
    same without raising (None for empty or not a date).
    """

    dateChanged = Signal(object)

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *,
                 about: date | None = None, maximum: date | None = None,
                 minimum: date | None = None, optional: bool = True):
        super().__init__(parent)
        self.about, self.maximum, self.minimum, self.optional = about, maximum, minimum, optional
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("d.m.yyyy"))
        self.edit.setAccessibleName(tr("Date"))  # the form's own label replaces it
        self.edit.setMinimumWidth(chars_wide(self.edit, 12))
        self.edit.setMaximumWidth(chars_wide(self.edit, 18))
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.DownArrow)  # drawn by the style: no emoji font needed
        self.button.setToolTip(tr("Choose from the calendar (Alt+Down)"))
        self.button.setAccessibleName(tr("Calendar"))
        self.button.setFocusPolicy(Qt.NoFocus)  # Alt+Down opens it from the keyboard
        self.error = FieldError(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self._last: date | None = None
        self.setDate(value)
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(lambda _t: self.error.show_error(None))
        self.button.clicked.connect(lambda: self.open_calendar())
        self.edit.installEventFilter(self)

    # --- value -------------------------------------------------------------------------
    def value(self) -> date | None:
        try:
            d = parse_date(self.edit.text())
            if d is None and not self.optional:
                raise ValueError(tr("Enter a date."))
            if d is not None and self.maximum is not None and d > self.maximum:
                raise ValueError(tr("The date cannot be after %1.")
                                 .replace("%1", show_date(self.maximum)))
            if d is not None and self.minimum is not None and d < self.minimum:
                raise ValueError(tr("The date cannot be before %1.")
                                 .replace("%1", show_date(self.minimum)))
        except ValueError as exc:
            self.error.show_error(str(exc))
            raise
        self.error.show_error(None)
        return d

    def date(self) -> date | None:
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def setDate(self, d: date | None) -> None:
        self.edit.setText(show_date(d))
        self.error.show_error(None)
        self._emit_if_changed(d)

    def clear(self) -> None:
        self.setDate(None)

    def text(self) -> str:
        return self.edit.text()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _emit_if_changed(self, d) -> None:
        if d != self._last:
            self._last = d
            self.dateChanged.emit(d)

    def _finished(self) -> None:
        try:
            d = self.value()
        except ValueError:
            return
        if d is not None:
            self.edit.setText(show_date(d))  # 31.5.27 becomes 31.5.2027
        self._emit_if_changed(d)

    # --- calendar ----------------------------------------------------------------------
    def open_calendar(self) -> _CalendarPopup:
        start = self.date() or self.about or today()
        popup = _CalendarPopup(self)
        if self.maximum:
            popup.setMaximumDate(QDate(self.maximum.year, self.maximum.month, self.maximum.day))
        if self.minimum:
            popup.setMinimumDate(QDate(self.minimum.year, self.minimum.month, self.minimum.day))
        popup.setSelectedDate(QDate(start.year, start.month, start.day))
        popup.picked.connect(self._picked)
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        popup.show()
        popup.setFocus()
        self.popup = popup
        return popup

    def _picked(self, d: date) -> None:
        self.setDate(d)
        self.edit.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.KeyPress and \
                event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier:
            self.open_calendar()
            return True
        return False


class TimeField(QLineEdit):
    """A typed time: 9, 9.00, 9:00, 0900 all mean nine o'clock; shown as 9.00."""

    def __init__(self, value: time | None = None, parent: QWidget | None = None,
                 error: FieldError | None = None):
        super().__init__(parent)
        self.setPlaceholderText(tr("h.mm"))
        self.setAccessibleName(tr("Time"))
        self.setMinimumWidth(chars_wide(self, 7))
        self.setMaximumWidth(chars_wide(self, 10))
        self.error = error
        self.setTime(value)
        self.editingFinished.connect(self._finished)

    def value(self) -> time | None:
        try:
            t = parse_time(self.text())
        except ValueError as exc:
            if self.error is not None:
                self.error.show_error(str(exc))
            raise
        if self.error is not None:
            self.error.show_error(None)
        return t

    def setTime(self, t: time | None) -> None:
        self.setText(format_time(t))

    def _finished(self) -> None:
        try:
            t = self.value()
        except ValueError:
            return
        if t is not None:
            self.setText(format_time(t))


class DateTimeField(QWidget):
    """A date and a time side by side; ``value()`` is a timezone-aware datetime.

    Times are the team's wall-clock time (a team setting, Europe/Helsinki by
    default; formats.time_zone), whatever the computer's own zone: the same
    time the PDFs, the .ics and the mail show.
    """

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None, *,
                 optional: bool = True):
        super().__init__(parent)
        local = formats.local_time(value) if value else None
        self.date_field = DateField(local.date() if local else None, self, optional=optional)
        self.time_field = TimeField(local.time() if local else None, self,
                                    error=self.date_field.error)
        self.optional = optional
        # The time sits on the date's row, before the date's error line.
        row = self.date_field.layout().itemAt(0).layout()
        row.insertWidget(2, self.time_field)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.date_field)
        self.setFocusProxy(self.date_field)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)

    def value(self) -> datetime | None:
        d = self.date_field.value()
        t = self.time_field.value()
        if d is None and t is None:
            if not self.optional:
                self.date_field.error.show_error(tr("Enter a date."))
                raise ValueError(tr("Enter a date."))
            return None
        if d is None or t is None:
            message = tr("Enter both the date and the time.")
            self.date_field.error.show_error(message)
            raise ValueError(message)
        return datetime.combine(d, t, tzinfo=formats.time_zone())

    def setDateTime(self, when: datetime | None) -> None:
        local = formats.local_time(when) if when else None
        self.date_field.setDate(local.date() if local else None)
        self.time_field.setTime(local.time() if local else None)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_field.setAccessibleName(name)
        self.time_field.setAccessibleName(name + ", " + tr("time"))
