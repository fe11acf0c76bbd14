"""Basic data tab: the register form and the client's place on the service path."""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ...i18n import ngettext
from ...models.clients import retention_ends
from ...store.clients import get_client, path_events
from ...store.errors import InvalidInput
from ...store.path import (close_client, move_to_step, open_at_closing, reopen_client,
                           undo_move, undoable_move)
from ..date_fields import DateField
from ..events import announce
from ..saved import tell_saved
from ..field_error import FieldError
from ..layout import chars_wide, lines_high
from . import labels
from .client_form import ClientForm
from ... import clock


def _date_edit() -> DateField:
    return DateField(clock.today(), maximum=clock.today(), optional=False)


class _Cancelled(Exception):
    pass


class BasicTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("BasicTab", "Basic data")

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        outer = self._outer = QHBoxLayout(self)
        client = get_client(store, client_id, audit_view=False)

        left = QVBoxLayout()
        self.form = ClientForm(store, client)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.NoFocus)  # the fields inside take the focus
        scroll.setWidget(self.form)
        self._scroll = scroll
        left.addWidget(scroll, 1)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        left.addLayout(row)
        outer.addLayout(left, 3)
        QShortcut(QKeySequence.Save, self, self.save, context=Qt.WidgetWithChildrenShortcut)

        right = self._right = QVBoxLayout()
        self.path_box = QGroupBox(self.tr("Service path"))
        pf = QFormLayout(self.path_box)
        self.current = QLabel()
        self.current.setWordWrap(True)
        pf.addRow(self.tr("Now"), self.current)
        self.step = QComboBox()
        for step, text in labels.steps().items():
            self.step.addItem(text, step)
        self.step.setAccessibleName(self.tr("New path step"))
        self.step_date = _date_edit()
        self.step_date.setAccessibleName(self.tr("Date of the move"))
        self.move_button = QPushButton(self.tr("Move to this step"))
        self.move_button.clicked.connect(self._move)
        self.step_error = FieldError()
        pf.addRow(self.tr("Move to"), self.step)
        pf.addRow(self.tr("On"), self.step_date)
        pf.addRow("", self.move_button)
        pf.addRow("", self.step_error)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._undo)
        self.undo_error = FieldError()
        pf.addRow("", self.undo_button)
        pf.addRow("", self.undo_error)
        right.addWidget(self.path_box)

        self.close_box = QGroupBox(self.tr("Close the client relationship"))
        cf = QFormLayout(self.close_box)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Choose…"), None)
        for code, text in labels.outcomes().items():
            self.outcome.addItem(text, code)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.assessment = QPlainTextEdit()
        self.assessment.setTabChangesFocus(True)
        self.assessment.setFixedHeight(lines_high(self.assessment, 5))
        self.assessment.setAccessibleName(self.tr("Closing assessment"))
        self.close_date = _date_edit()
        self.close_date.setAccessibleName(self.tr("Closing date"))
        self.close_button = QPushButton(self.tr("Close", "client relationship"))
        self.close_button.clicked.connect(self._close)
        self.close_error = FieldError()
        cf.addRow(self.tr("Outcome"), self.outcome)
        cf.addRow(self.tr("Closing assessment"), self.assessment)
        cf.addRow(self.tr("On"), self.close_date)
        cf.addRow("", self.close_button)
        cf.addRow("", self.close_error)
        right.addWidget(self.close_box)

        self.reopen_box = QGroupBox(self.tr("Reopen"))
        rf = QFormLayout(self.reopen_box)
        self.retention = QLabel()
        self.retention.setWordWrap(True)
        self.reopen_step = QComboBox()
        for step, text in labels.steps().items():
            self.reopen_step.addItem(text, step)
        self.reopen_date = _date_edit()
        self.reopen_date.setAccessibleName(self.tr("Reopening date"))
        self.reopen_button = QPushButton(self.tr("Reopen the client relationship"))
        self.reopen_button.clicked.connect(self._reopen)
        self.reopen_error = FieldError()
        rf.addRow(self.retention)
        rf.addRow(self.tr("At step"), self.reopen_step)
        rf.addRow(self.tr("On"), self.reopen_date)
        rf.addRow("", self.reopen_button)
        rf.addRow("", self.reopen_error)
        right.addWidget(self.reopen_box)
        right.addStretch(1)
        outer.addLayout(right, 2)
        self._show_path()

    def resizeEvent(self, event) -> None:
        self._fit()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        # Narrow (200 %: 960 points): the path and closing panels go under the
        # client's fields; side by side they left the fields no room at all.
        # Side by side only when the fields get all the width they need (at 1280 px
        # a fixed 50 characters left them cut at the right, behind a scroll bar).
        fields = max(self.form.minimumSizeHint().width(), chars_wide(self, 50)) \
            + self._scroll.verticalScrollBar().sizeHint().width() + 2 * self._scroll.frameWidth()
        narrow = self.width() < self._right.minimumSize().width() + fields + 24
        direction = QBoxLayout.TopToBottom if narrow else QBoxLayout.LeftToRight
        if self._outer.direction() != direction:
            self._outer.setDirection(direction)
            # Stacked, the page scrolls as one: the fields at their full height, then
            # the panels (a short inner scroll area inside the outer one was cramped).
            self._scroll.setMinimumHeight(
                self.form.sizeHint().height() + 2 * self._scroll.frameWidth() if narrow else 0)

    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes()

    def save(self) -> bool:
        ok = self.form.save()
        self.saved_label.setText(self.tr("Saved.") if ok else "")
        return ok

    def _show_path(self) -> None:
        c = get_client(self.store, self.client_id, audit_view=False)
        events = path_events(self.store, self.client_id)
        since = next((e.on for e in reversed(events) if e.to_step == c.path_step), c.started_on)
        closed = c.status == "closed"
        if closed:
            self.current.setText(self.tr("Closed %1: %2")
                                 .replace("%1", labels.fmt_date(c.closed_on))
                                 .replace("%2", labels.outcomes().get(c.outcome or "", "–")))
            self.retention.setText(self.tr("The record is kept until %1 (10 years after closing).")
                                   .replace("%1", labels.fmt_date(retention_ends(c.closed_on))))
        else:
            self.current.setText(self.tr("%1, since %2").replace("%1", labels.steps()[c.path_step])
                                 .replace("%2", labels.fmt_date(since)))
            self.step.setCurrentIndex(min(c.path_step, 5))  # suggest the next step
        self.step.setEnabled(not closed)
        self.step_date.setEnabled(not closed)
        self.move_button.setEnabled(not closed)
        self.close_box.setVisible(not closed)
        self.reopen_box.setVisible(closed)
        self._undoable = undoable_move(self.store, self.client_id)
        if self._undoable is not None:
            e = self._undoable
            what = (self.tr("Undo the closing of %1").replace("%1", labels.fmt_date(e.on))
                    if e.kind == "close" else
                    self.tr("Undo the move to %1").replace("%1", labels.steps()[e.to_step]))
            self.undo_button.setText(what)
        self.undo_button.setVisible(self._undoable is not None)
        self.undo_error.show_error(None)

    def _run(self, fn, error: FieldError) -> bool:
        error.show_error(None)
        try:
            fn()
        except (ValueError, _Cancelled):
            return False  # a date field shows what is wrong with it; or the person said no
        except InvalidInput as exc:
            error.show_error(exc.message)
            return False
        announce("path", self.client_id)
        self._show_path()
        tell_saved(self)
        return True

    def _move(self) -> None:
        self._run(lambda: move_to_step(self.store, self.client_id, self.step.currentData(),
                                       self.step_date.value()), self.step_error)

    def _undo(self) -> None:
        if self._undoable is not None:
            self._run(lambda: undo_move(self.store, self.client_id, self._undoable.id),
                      self.undo_error)

    def _close(self) -> None:
        def go():
            outcome = self.outcome.currentData()
            if outcome is None:
                raise InvalidInput(self.tr("Choose the outcome."), "outcome")
            on = self.close_date.value()
            # Without an assessment the store says what is missing; no question first.
            if self.assessment.toPlainText().strip() and not self.confirm_close():
                raise _Cancelled()
            close_client(self.store, self.client_id, outcome=outcome,
                         assessment=self.assessment.toPlainText(), on=on)
        self._run(go, self.close_error)

    def confirm_close(self) -> bool:
        """Say what is still open and ask; the safe answer is the default."""
        left = open_at_closing(self.store, self.client_id)
        lines = []
        for m in left.meetings:
            local = m.starts_at.astimezone()
            lines.append(self.tr("a network meeting is planned for %1")
                         .replace("%1", f"{labels.fmt_date(local.date())} {local:%H.%M}"))
        if left.valid_consents:
            lines.append(ngettext("{n} consent still valid", "{n} consents still valid",
                                  left.valid_consents, labels.ui_language())
                         .format(n=left.valid_consents))
        for what in left.open_tasks:
            lines.append(self.tr("open plan task: %1").replace("%1", what))
        if left.followup_missing:
            lines.append(self.tr("the six-month follow-up measurement has not been recorded"))
        text = self.tr("Close the client relationship?")
        if lines:
            text += "\n\n" + self.tr("Still open:") + "\n" + "\n".join(f"• {x}" for x in lines)
        box = QMessageBox(QMessageBox.Warning if lines else QMessageBox.Question,
                          self.tr("Close the client relationship"), text, parent=self)
        close = box.addButton(self.tr("Close the client relationship"),
                              QMessageBox.DestructiveRole)
        cancel = box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is close

    def _reopen(self) -> None:
        self._run(lambda: reopen_client(self.store, self.client_id,
                                        step=self.reopen_step.currentData(),
                                        on=self.reopen_date.value()),
                  self.reopen_error)


