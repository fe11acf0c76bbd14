"""Where the frame opens client feedback.

* File menu: "Client feedback (anonymous)…" — the form with no client at all.
* Client page header: "Feedback" — the form tied to that client and their
  current path step (the client can still tick "answer anonymously"); its
  menu arrow opens a read-only list of the feedback this client has given.

Both lock the program before the form is shown (``mode.start_feedback``).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMenu, QMessageBox, QTextBrowser,
                               QToolButton, QVBoxLayout)

from ... import formats, language
from ..clients import labels


# The form, its definitions and its store load when feedback is first given or
# read, not with the File menu at every start.
def start_feedback(window, client_id=None):
    from .mode import start_feedback as start
    return start(window, client_id)


class _Launcher(QObject):
    """Holds the window for the File-menu action (slots are bound methods, not lambdas)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def open_anonymous(self) -> None:
        start_feedback(self.window)


def add_window_actions(window, menus) -> None:
    launcher = _Launcher(window)
    file_menu = menus["file"]
    action = window.add_action(
        file_menu, QCoreApplication.translate("FeedbackActions", "Client &feedback (anonymous)…"),
        launcher.open_anonymous)
    action.setObjectName("clientFeedbackAction")
    action.setStatusTip(QCoreApplication.translate(
        "FeedbackActions", "Locks the program and lets a client give anonymous feedback "
        "on a full screen."))
    before = getattr(window, "lock_action", None)
    if before is not None:  # beside "Lock now", not after "Quit"
        file_menu.insertAction(before, action)


class FeedbackButton(QToolButton):
    """The client page's "Feedback" button; its arrow lists the feedback given."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.setObjectName("clientFeedbackButton")
        self.open_action = QAction(self.tr("Feedback…"), self)
        self.open_action.setToolTip(self.tr(
            "Let the client give feedback on a full screen. The program is locked first; "
            "afterwards your password is needed to continue."))
        self.open_action.triggered.connect(self.open_mode)
        self.list_action = QAction(self.tr("Feedback given…"), self)
        self.list_action.triggered.connect(self.show_list)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.list_action)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.MenuButtonPopup)
        self.setDefaultAction(self.open_action)

    def open_mode(self) -> None:
        window = self.window()
        if not hasattr(window, "lock") or getattr(window, "store", None) is None:
            # The form is never shown over a window that cannot be locked.
            QMessageBox.information(self, self.tr("Client feedback"), self.tr(
                "The feedback form opens from the main window only, which is locked first."))
            return
        start_feedback(window, self.page.client_id)

    def show_list(self) -> None:
        dialog = FeedbackListDialog(self.page.store, self.page.client_id, self)
        dialog.exec()


def client_buttons(page) -> list:
    return [FeedbackButton(page)]


class FeedbackListDialog(QDialog):
    """Read-only: the feedback one client has given (anonymous feedback names no one)."""

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback given"))
        from ...store.feedback import list_client_feedback
        self.rows = list_client_feedback(store, client_id)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setHtml(self.render_html())
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def render_html(self) -> str:
        if not self.rows:
            return "<p>" + html.escape(self.tr(
                "No feedback from this client yet. Anonymous feedback is not listed here.")) \
                + "</p>"
        from ...models import feedback_form as ff
        lang = language.current()
        steps = labels.steps()
        not_answered = self.tr("not answered")
        own_words = self.tr("In their own words:")
        version_text = self.tr("Form version %1")
        parts = []
        for row in self.rows:
            defn = ff.definition(row.form_id, row.form_version)
            head = formats.format_date(row.given_on)
            if row.path_step is not None:
                head += " · " + steps.get(row.path_step, str(row.path_step))
            parts.append(f"<h3>{html.escape(head)}</h3><table cellpadding='3'>")
            values = row.rating_values()
            for item in defn.items:
                value = values.get(item.id)
                answer = (f"<b>{value}</b> {html.escape(ff.pick(item.anchor(value).label, lang))}"
                          if value is not None else
                          f"<i>{html.escape(not_answered)}</i>")
                parts.append(f"<tr><td>{html.escape(ff.pick(item.text, lang))}</td>"
                             f"<td>{answer}</td></tr>")
            parts.append("</table>")
            if row.free_text:
                text = html.escape(row.free_text).replace("\n", "<br>")
                parts.append(f"<p><b>{html.escape(own_words)}</b> {text}</p>")
            version = version_text.replace("%1", str(row.form_version))
            parts.append(f"<p style='color:#555'>{html.escape(version)}</p>")
        return "".join(parts)
