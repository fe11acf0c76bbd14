"""F1: a short guide to each role's day, in the user's language.

The guides are data (``resources/help/<lang>/<role>.md``, Markdown shown in a
QTextBrowser), so the team can read and correct them without the code. The
guide of the signed-in user's role opens first.

:class:`StartHere` is a small self-contained panel for the home page of a new
team (no service map, no clients): where to start, with buttons that do it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout,
                               QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget)

from .. import language
from ..paths import resource_path
from .layout import emphasise, fit_on_screen

ROLES = ("coordinator", "nurse", "doctor")


def role_titles() -> dict[str, str]:
    tr = lambda text: QCoreApplication.translate("HelpDialog", text)  # noqa: E731
    return {"coordinator": tr("Coordinator's day"), "nurse": tr("Public-health nurse's day"),
            "doctor": tr("Doctor's day")}


def guide_text(role: str, lang: str | None = None) -> str:
    """The guide in ``lang`` (the program's language), Finnish when it has none."""
    lang = lang or language.current()
    for code in (lang, "fi"):
        path = resource_path("help", code, f"{role}.md")
        if path.is_file():
            return path.read_text("utf-8")
    return ""


class HelpDialog(QDialog):
    def __init__(self, role: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        fit_on_screen(self, 760, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Guide for"))
        self.role = QComboBox()
        for code, title in role_titles().items():
            self.role.addItem(title, code)
        label.setBuddy(self.role)
        top.addWidget(label)
        top.addWidget(self.role)
        top.addStretch(1)
        layout.addLayout(top)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(self.tr("Guide"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._show)
        self.role.setCurrentIndex(max(0, self.role.findData(role if role in ROLES
                                                             else "coordinator")))
        self._show()

    def _show(self, *_):
        self.view.setMarkdown(guide_text(self.role.currentData()))


def add_window_actions(window, menus) -> None:
    def open_help():
        user = getattr(getattr(window, "store", None), "user", None)
        HelpDialog(getattr(user, "role", None), window).exec()
    action = window.add_action(menus["help"], QCoreApplication.translate(
        "HelpDialog", "&Guide for your day"), lambda: open_help(), QKeySequence.HelpContents)
    action.setObjectName("helpGuideAction")
    help_menu = menus["help"]
    first = help_menu.actions()[0] if help_menu.actions() else None
    if first is not None and first is not action:  # the guide first, "About" after it
        help_menu.insertAction(first, action)


class StartHere(QFrame):
    """For the home page of a new team: where to start, each step one click.

    The home page places it and connects the signals to what the window does
    (e.g. ``start.new_client.connect(window._new_client)``); ``update_steps``
    takes :func:`tyokykytiimi.store.first_steps.first_steps` and hides the
    panel once both are done.
    """

    open_service_map = Signal()
    new_client = Signal()
    open_help = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("startHere")
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Where to start"))
        emphasise(title, 1.3)
        layout.addWidget(title)
        self.map_text = QLabel(self.tr("1. Bring in the local services: import the service "
                                       "map from a file, or add organisations by hand."))
        self.client_text = QLabel(self.tr("2. Add the first client: their name and "
                                          "henkilötunnus are enough to begin."))
        self.help_text = QLabel(self.tr("F1 opens a short guide to each role's day."))
        for w in (self.map_text, self.client_text, self.help_text):
            w.setWordWrap(True)
        row = QHBoxLayout()
        self.map_button = QPushButton(self.tr("Open the service &map"))
        self.client_button = QPushButton(self.tr("Add the first &client"))
        self.help_button = QPushButton(self.tr("Guide (F1)"))
        self.map_button.clicked.connect(lambda: self.open_service_map.emit())
        self.client_button.clicked.connect(lambda: self.new_client.emit())
        self.help_button.clicked.connect(lambda: self.open_help.emit())
        for b in (self.map_button, self.client_button, self.help_button):
            row.addWidget(b)
        row.addStretch(1)
        for w in (self.map_text, self.client_text, self.help_text):
            layout.addWidget(w)
        layout.addLayout(row)

    def update_steps(self, done: dict[str, bool]) -> None:
        self.map_text.setText(("✓ " if done.get("service_map") else "") + self.map_text.text()
                              .lstrip("✓ "))
        self.client_text.setText(("✓ " if done.get("clients") else "") + self.client_text.text()
                                 .lstrip("✓ "))
        self.setVisible(not all(done.get(k) for k in ("service_map", "clients")))
