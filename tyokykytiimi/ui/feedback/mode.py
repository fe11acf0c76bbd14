"""The client feedback mode: a full-screen form the client fills on the workstation.

Privacy, decided here:

* Keystrokes never reach a staff field: Space does not press Send (a client
  tabbing out of the comment box kept typing into it), and after the form the
  lock screen's password field stays closed until a staff member opens it.
* The program is locked *before* the form is shown (``start_feedback``); the
  form is its own top-level window over the locked main window, so nothing
  of the program is reachable from it. Send, "I don't want to answer",
  closing the window and leaving the form untouched for ``IDLE_MINUTES`` all
  end the same way: the form closes and the main window's lock screen, which
  asks for the staff member's password, is what remains. Esc does nothing.
* The form shows no name, no henkilötunnus, no other detail of any client —
  not even of the client giving the feedback. It is given only a client id
  (never shown), the path step (shown as the plain-language name of that stage
  so the client knows what they are asked about) and the client's language.
  The client knows who they are; a name on the screen would only be read by
  whoever walks past.
* Every word the client reads comes from the versioned form definition in
  the language chosen on the form (fi/sv/en), not from the staff's UI
  language; nothing here goes through ``tr()``.
"""
from __future__ import annotations

import itertools
import textwrap

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (QApplication, QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from ... import language
from ...models import feedback_form as ff
from ...store.errors import StoreError
from ...store.feedback import feedback_context, save_feedback
from ..events import announce
from ..idle import IdleWatcher
from ..layout import show_full_screen

STYLE = """
QFrame#ratingRow { background: #f4f6f8; border: 3px solid #f4f6f8; border-radius: 12px; }
QFrame#ratingRow:focus { border: 3px solid #c77700; background: #fff8ec; }
QLabel#question { font-size: 19pt; font-weight: bold; }
QLabel#hint { color: #444; font-size: 14pt; }
QLabel#keyboardHint { color: #555; font-size: 12pt; }
QLabel#title { font-size: 28pt; font-weight: bold; }
QLabel#intro, QLabel#aboutStep, QLabel#anonymousNote { font-size: 17pt; }
QLabel#error { color: #a40000; font-size: 17pt; font-weight: bold; }
QLabel#thanksTitle { font-size: 36pt; font-weight: bold; }
QLabel#thanksBody { font-size: 20pt; }
QPushButton#tile { font-size: 15pt; padding: 10px 6px; border: 2px solid #7a8590;
                   border-radius: 10px; background: white; color: black; }
QPushButton#tile:hover { border-color: #1d5fa7; }
QPushButton#tile:checked { background: #1d5fa7; color: white; border: 3px solid #0b3160;
                           font-weight: bold; }
QPushButton#clear { font-size: 13pt; border: none; color: #1d5fa7; text-decoration: underline;
                    padding: 4px; background: transparent; }
QPushButton#language { font-size: 15pt; padding: 8px 16px; border: 2px solid #7a8590;
                       border-radius: 8px; background: white; color: black; }
QPushButton#language:checked { background: #1d5fa7; color: white; border-color: #0b3160; }
QPushButton#send { font-size: 19pt; font-weight: bold; padding: 14px 48px; border-radius: 10px;
                   background: #1f7a3a; color: white; border: 3px solid #145227; }
QPushButton#send:focus, QPushButton#decline:focus, QPushButton#done:focus,
QPushButton#language:focus { border: 3px solid #c77700; }
QPushButton#decline, QPushButton#done { font-size: 17pt; padding: 14px 32px; border-radius: 10px;
                   background: white; color: black; border: 2px solid #7a8590; }
QCheckBox#anonymous { font-size: 18pt; spacing: 14px; }
QCheckBox#anonymous::indicator { width: 34px; height: 34px; }
QPlainTextEdit#freeText { font-size: 16pt; border: 2px solid #7a8590; border-radius: 8px;
                          background: white; color: black; }
QPlainTextEdit#freeText:focus { border: 3px solid #c77700; }
"""


class EnterButton(QPushButton):
    """A button of the client's form that Space never presses.

    A client typing a comment who tabs out of the box lands on Send; their next
    space must not send the form (and hand the rest of their typing to the lock
    screen). Enter or a click presses it; other typing goes back to the comment.
    """

    def __init__(self, parent=None, *, type_into=None):
        super().__init__(parent)
        self.type_into = type_into

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.click()
            return
        if event.key() == Qt.Key_Space or (event.text().isprintable() and event.text()):
            event.accept()
            target = self.type_into() if callable(self.type_into) else None
            if target is not None:
                target.setFocus(Qt.OtherFocusReason)
                target.insertPlainText(event.text())
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key_Space:
            event.accept()
            return
        super().keyReleaseEvent(event)


def _wrap(text: str, width: int = 16) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


class RatingRow(QFrame):
    """One question: big tiles for the scale, usable by mouse, touch and keyboard.

    The row itself takes keyboard focus (Tab moves row to row); the number
    keys choose a value, Left/Right move the choice, Delete clears it.
    """

    changed = Signal()

    def __init__(self, item: ff.RatingItem, lang: str, parent=None):
        super().__init__(parent)
        self.item = item
        self.lang = lang
        self.setObjectName("ratingRow")
        self.setFocusPolicy(Qt.StrongFocus)
        self.question = QLabel(self)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(item.hint is not None)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.tiles: dict[int, QPushButton] = {}
        for value in item.values:
            tile = QPushButton(self)
            tile.setObjectName("tile")
            tile.setCheckable(True)
            tile.setFocusPolicy(Qt.NoFocus)  # the row takes the keyboard
            tile.setMinimumHeight(96)
            tile.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            self.group.addButton(tile, value)
            tiles.addWidget(tile, 1)
            self.tiles[value] = tile
        self.group.idClicked.connect(self._clicked)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear")
        self.clear_button.setFocusPolicy(Qt.NoFocus)
        self.clear_button.setCursor(Qt.PointingHandCursor)
        self.clear_button.clicked.connect(self.clear)
        keep = self.clear_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the row does not jump when an answer is chosen
        self.clear_button.setSizePolicy(keep)
        head = QHBoxLayout()
        head.addWidget(self.question, 1)
        head.addWidget(self.clear_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addLayout(tiles)
        self.set_language(lang)
        self._update()

    # --- value -------------------------------------------------------------
    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.clear()
            return
        self.tiles[value].setChecked(True)
        self._update()
        self.changed.emit()

    def clear(self) -> None:
        button = self.group.checkedButton()
        if button is not None:
            self.group.setExclusive(False)  # an exclusive group cannot be emptied
            button.setChecked(False)
            self.group.setExclusive(True)
            self.changed.emit()
        self._update()
        self.setFocus(Qt.OtherFocusReason)

    def _clicked(self, _value: int) -> None:
        self._update()
        self.setFocus(Qt.MouseFocusReason)
        self.changed.emit()

    def _update(self) -> None:
        value = self.value()
        self.clear_button.setVisible(value is not None)
        for v, tile in self.tiles.items():  # a mark besides the colour
            label = _wrap(ff.pick(self.item.anchor(v).label, self.lang))
            tile.setText(f"{'✓ ' if v == value else ''}{v}\n{label}")
        desc = (f"{value} {ff.pick(self.item.anchor(value).label, self.lang)}"
                if value is not None else "")
        self.setAccessibleDescription(desc)

    # --- language ----------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        text = ff.pick(self.item.text, lang)
        self.question.setText(text)
        self.setAccessibleName(text)
        if self.item.hint is not None:
            self.hint.setText(ff.pick(self.item.hint, lang))
        for anchor in self.item.anchors:
            label = ff.pick(anchor.label, lang)
            self.tiles[anchor.value].setAccessibleName(f"{anchor.value} {label}")
        self._update()

    def set_clear_text(self, text: str) -> None:
        self.clear_button.setText(text)

    # --- keyboard ----------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        values = self.item.values
        if text and text.isdigit() and int(text) in values:
            self.set_value(int(text))
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            self.clear()
        elif key in (Qt.Key_Left, Qt.Key_Right):
            current = self.value()
            if current is None:
                new = values[0] if key == Qt.Key_Right else values[-1]
            else:
                i = values.index(current) + (1 if key == Qt.Key_Right else -1)
                new = values[max(0, min(len(values) - 1, i))]
            self.set_value(new)
        else:
            super().keyPressEvent(event)


class FeedbackMode(QWidget):
    """The full-screen feedback form; ``finished`` says "sent", "declined" or "idle"."""

    finished = Signal(str)
    THANKS_MS = 5000
    IDLE_MINUTES = 15.0

    def __init__(self, store, *, client_id: str | None = None, path_step: int | None = None,
                 lang: str | None = None, return_to: QWidget | None = None,
                 form: ff.FormDefinition | None = None):
        # Its own top-level window; parented to the main window only for its lifetime.
        super().__init__(return_to, Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.store = store
        self.client_id = client_id
        self.path_step = path_step if client_id is not None else None
        self.form = form or ff.definition()
        self.lang = lang if lang in ff.LANGUAGES else language.current()
        self._return_to = return_to
        self.outcome: str | None = None
        self.saved = None
        self._error_key = ""
        font = QFont(self.font())
        font.setPointSize(16)
        self.setFont(font)
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_thanks())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.close)
        # A form left alone (the client walked away) closes into the lock.
        self.idle = IdleWatcher(self.IDLE_MINUTES, self)
        self.idle.idle.connect(self._abandoned)
        QApplication.instance().installEventFilter(self.idle)
        self.set_language(self.lang)
        if self.rows:
            self.setFocusProxy(self.rows[0])
        # A tab cycle keeps the question in focus on the screen.
        QApplication.instance().focusChanged.connect(self._keep_in_view)

    def _keep_in_view(self, _old, new) -> None:
        body = self.scroll.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 20, 40)

    # --- building ----------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        self.title = QLabel(page)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.language_label = QLabel(page)
        self.language_buttons: dict[str, QPushButton] = {}
        self.language_group = QButtonGroup(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language_label)
        for lang in ff.LANGUAGES:
            button = QPushButton(self.form.language_names[lang], page)
            button.setObjectName("language")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.TabFocus)
            button.setProperty("lang", lang)
            self.language_group.addButton(button)
            self.language_buttons[lang] = button
            top.addWidget(button)
        self.language_group.buttonClicked.connect(self._language_clicked)
        self.intro = QLabel(page)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.about_step = QLabel(page)
        self.about_step.setObjectName("aboutStep")
        self.about_step.setWordWrap(True)
        self.anonymous = QCheckBox(page)
        self.anonymous.setObjectName("anonymous")
        self.anonymous.setVisible(self.client_id is not None)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.anonymous_note = QLabel(page)
        self.anonymous_note.setObjectName("anonymousNote")
        self.anonymous_note.setWordWrap(True)
        self.keyboard_hint = QLabel(page)
        self.keyboard_hint.setObjectName("keyboardHint")
        self.keyboard_hint.setWordWrap(True)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setSpacing(16)
        body_layout.setContentsMargins(0, 0, 12, 0)
        self.rows: list[RatingRow] = []
        for item in self.form.items:
            row = RatingRow(item, self.lang, body)
            row.changed.connect(self._answer_changed)
            self.rows.append(row)
            body_layout.addWidget(row)
        self.free_text_label = QLabel(body)
        self.free_text_label.setObjectName("question")
        self.free_text_label.setWordWrap(True)
        self.free_text_hint = QLabel(body)
        self.free_text_hint.setObjectName("hint")
        self.free_text_hint.setWordWrap(True)
        self.free_text = QPlainTextEdit(body)
        self.free_text.setObjectName("freeText")
        self.free_text.setTabChangesFocus(True)
        self.free_text.setMinimumHeight(150)
        self.free_text.textChanged.connect(self._text_changed)
        self.free_text_label.setBuddy(self.free_text)
        body_layout.addWidget(self.free_text_label)
        body_layout.addWidget(self.free_text_hint)
        body_layout.addWidget(self.free_text)
        body_layout.addStretch(1)
        self.scroll = QScrollArea(page)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)

        self.error = QLabel(page)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.decline_button = EnterButton(page, type_into=lambda: self.free_text)
        self.decline_button.setObjectName("decline")
        self.decline_button.clicked.connect(self.decline)
        self.send_button = EnterButton(page, type_into=lambda: self.free_text)
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self.send)
        bottom = QHBoxLayout()
        bottom.addWidget(self.decline_button)
        bottom.addSpacing(24)
        bottom.addWidget(self.keyboard_hint, 1)
        bottom.addSpacing(24)
        bottom.addWidget(self.send_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.about_step)
        layout.addWidget(self.anonymous)
        layout.addWidget(self.anonymous_note)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        # Tab order: questions first (the form opens on the first), then the text,
        # the buttons, the anonymous choice and the languages.
        chain = [*self.rows, self.free_text, self.send_button, self.decline_button,
                 self.anonymous, *self.language_buttons.values()]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget(self)
        self.thanks_title = QLabel(page)
        self.thanks_title.setObjectName("thanksTitle")
        self.thanks_title.setAlignment(Qt.AlignCenter)
        self.thanks_title.setWordWrap(True)
        self.thanks_body = QLabel(page)
        self.thanks_body.setObjectName("thanksBody")
        self.thanks_body.setAlignment(Qt.AlignCenter)
        self.thanks_body.setWordWrap(True)
        self.done_button = EnterButton(page)
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.close)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.thanks_title)
        layout.addSpacing(24)
        layout.addWidget(self.thanks_body)
        layout.addSpacing(40)
        layout.addWidget(self.done_button, 0, Qt.AlignHCenter)
        layout.addStretch(3)
        return page

    # --- language ----------------------------------------------------------
    def _language_clicked(self, button) -> None:
        self.set_language(button.property("lang"))

    def set_language(self, lang: str) -> None:
        self.lang = lang if lang in ff.LANGUAGES else "fi"
        f, t = self.form, (lambda key: self.form.text(key, self.lang))
        self.language_buttons[self.lang].setChecked(True)
        self.setWindowTitle(ff.pick(f.title, self.lang))
        self.title.setText(ff.pick(f.title, self.lang))
        self.language_label.setText(t("language") + ":")
        self.intro.setText(ff.pick(f.intro, self.lang))
        self.keyboard_hint.setText(t("keyboard_hint"))
        self.anonymous.setText(t("anonymous_label"))
        for row in self.rows:
            row.set_language(self.lang)
            row.set_clear_text(t("clear"))
        self.free_text_label.setText(ff.pick(f.free_text.text, self.lang))
        self.free_text.setAccessibleName(ff.pick(f.free_text.text, self.lang))
        self.free_text_hint.setVisible(f.free_text.hint is not None)
        if f.free_text.hint is not None:
            self.free_text_hint.setText(ff.pick(f.free_text.hint, self.lang))
        self.send_button.setText(t("send"))
        self.decline_button.setText(t("decline"))
        self.thanks_title.setText(t("thanks_title"))
        self.thanks_body.setText(t("thanks_body"))
        self.done_button.setText(t("done"))
        if self.error.isVisible():
            self.error.setText("⚠ " + t(self._error_key))
        self._anonymous_toggled(self.anonymous.isChecked())

    def _anonymous_toggled(self, checked: bool) -> None:
        t = (lambda key: self.form.text(key, self.lang))
        if self.client_id is None:
            note = t("anonymous_only_note")
        else:
            note = t("anonymous_note") if checked else t("tied_note")
        self.anonymous_note.setText(note)
        step = self.form.step_name(self.path_step, self.lang)
        show_step = bool(step) and self.client_id is not None and not checked
        self.about_step.setVisible(show_step)
        self.about_step.setText(t("about_step").replace("%1", step or ""))

    # --- answering ---------------------------------------------------------
    def ratings(self) -> dict[str, int | None]:
        return {row.item.id: row.value() for row in self.rows}

    def is_anonymous(self) -> bool:
        return self.client_id is None or self.anonymous.isChecked()

    def _answer_changed(self) -> None:
        if self.error.isVisible() and self._error_key == "nothing_answered":
            self.error.hide()

    def _text_changed(self) -> None:
        limit = self.form.free_text.max_length
        text = self.free_text.toPlainText()
        if len(text) > limit:
            self.free_text.setPlainText(text[:limit])
            self.free_text.moveCursor(QTextCursor.End)
        self._answer_changed()

    def _show_error(self, key: str) -> None:
        self._error_key = key
        self.error.setText("⚠ " + self.form.text(key, self.lang))
        self.error.setAccessibleName(self.form.text(key, self.lang))
        self.error.show()

    def send(self) -> None:
        ratings, text = self.ratings(), self.free_text.toPlainText()
        if ff.is_empty(ratings, text):
            self._show_error("nothing_answered")
            return
        anonymous = self.is_anonymous()
        try:
            self.saved = save_feedback(
                self.store, ratings, text,
                client_id=None if anonymous else self.client_id,
                path_step=None if anonymous else self.path_step,
                form_id=self.form.id, form_version=self.form.version)
        except StoreError:
            self._show_error("save_failed")
            return
        self.outcome = "sent"
        announce("feedback", None if anonymous else self.client_id)
        self.stack.setCurrentIndex(1)
        self.done_button.setFocus()
        self._thanks_timer.start(self.THANKS_MS)

    def decline(self) -> None:
        self.outcome = self.outcome or "declined"
        self.close()

    def _abandoned(self) -> None:
        self.outcome = self.outcome or "idle"
        self.close()

    # --- leaving -----------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            event.accept()  # Esc never leaves the mode; the buttons do, into the lock
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._thanks_timer.stop()
        self.idle.stop()
        QApplication.instance().removeEventFilter(self.idle)
        try:
            QApplication.instance().focusChanged.disconnect(self._keep_in_view)
        except (RuntimeError, TypeError):
            pass
        self.outcome = self.outcome or "declined"
        super().closeEvent(event)
        self.hide()  # gone before any new lock, which would otherwise keep it to show again
        self._back_to_lock()
        self.finished.emit(self.outcome)

    def _back_to_lock(self) -> None:
        window = self._return_to
        if window is None:
            return
        if hasattr(window, "locked") and not window.locked and hasattr(window, "lock"):
            window.lock()  # never hand back an open program
        window.raise_()
        window.activateWindow()
        screen = getattr(window, "lock_screen", None)
        if screen is not None and getattr(window, "locked", False):
            # The client may still be typing: no keystroke reaches a staff field
            # until a staff member asks for it (a click, or Ctrl+Enter).
            screen.guard()


def start_feedback(window, client_id: str | None = None) -> FeedbackMode | None:
    """Lock ``window``, then show the feedback form full screen over it.

    ``client_id`` ties the feedback to that client and their current path
    step (the client may still choose to answer anonymously); without it the
    feedback is anonymous. Returns None, showing nothing, if the window
    could not be locked.
    """
    path_step = lang = None
    if client_id is not None:
        ctx = feedback_context(window.store, client_id)
        path_step, lang = ctx.path_step, ctx.language
    window.lock()
    if not getattr(window, "locked", False):
        return None
    mode = FeedbackMode(window.store, client_id=client_id, path_step=path_step, lang=lang,
                        return_to=window)
    show_full_screen(mode, window)
    mode.raise_()
    mode.activateWindow()
    if mode.rows:
        mode.rows[0].setFocus(Qt.OtherFocusReason)
    return mode
