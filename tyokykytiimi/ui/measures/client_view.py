""""Show to client": a full-screen view of the client's own measures and goals.

Large type and nothing else: no safety flags, no AUDIT/GAD-7/BDI, no staff
notes, no other client's name. Esc ends it, and so does the idle lock (the
view is closed, never shown again at unlock): the staff view or the lock
screen is what comes back.
"""
from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from tyokykytiimi.store.client_view import client_view
from tyokykytiimi.ui.measures import charts
from tyokykytiimi.ui.measures.common import fmt_date, fmt_num
from tyokykytiimi.ui.layout import emphasise, show_full_screen


class ShowToClient(QWidget):
    def __init__(self, store, client_id: str, parent=None):
        # Its own window, shown full screen. Not deleted on close: the lock keeps a
        # reference to the windows it hid and would show a deleted one at unlock.
        super().__init__(None, Qt.Window)
        self.ended = False
        self.setWindowTitle(self.tr("Your own follow-up"))
        data = client_view(store, client_id)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Hello %1 – your own follow-up").replace("%1", data.first_name))
        emphasise(heading, 2.0)
        top.addWidget(heading, 1)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        emphasise(self.close_button, 1.3, bold=False)
        self.close_button.clicked.connect(lambda: self.close())
        top.addWidget(self.close_button)
        outer.addLayout(top)
        body = QWidget()
        lay = QVBoxLayout(body)
        self.chart_views = []
        if data.was:
            view = charts.trend_chart("was", data.was)
            self.chart_views.append(view)
            lay.addWidget(view)
        if data.inclusion:
            mean_text = self.tr("mean %1")
            text = self.tr("Inclusion indicator (10–50): %1").replace("%1", "   ·   ".join(
                f"{fmt_date(day)}: {total} ({mean_text.replace('%1', fmt_num(mean))})"
                for day, total, mean in data.inclusion))
            self.inclusion_label = QLabel(text)
            self.inclusion_label.setWordWrap(True)
            emphasise(self.inclusion_label, 1.5, bold=False)
            lay.addWidget(self.inclusion_label)
        if data.profiles:
            view = charts.area_bars_chart("3x10d", [(tp, p) for tp, _day, p in data.profiles])
            self.chart_views.append(view)
            lay.addWidget(view)
        goals = QLabel(self._goals_html(data.goals))
        goals.setTextFormat(Qt.RichText)
        goals.setWordWrap(True)
        emphasise(goals, 1.5, bold=False)
        lay.addWidget(goals)
        if not (data.was or data.inclusion or data.profiles):
            empty = QLabel(self.tr("No answers yet."))
            emphasise(empty, 1.5, bold=False)
            lay.addWidget(empty)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=lambda: self.close())

    def _goals_html(self, goals) -> str:
        if not goals:
            return ""
        heading = self.tr("Your goals")
        parts = [f"<b>{escape(heading)}</b>"]
        for g in goals:
            steps = "".join(f"<li>{'☑' if done else '☐'} {escape(text)}</li>"
                            for text, done in g.steps)
            parts.append(f"<p><b>{escape(g.text)}</b>"
                         + (f"<ul>{steps}</ul>" if steps else "") + "</p>")
        return "".join(parts)

    def end(self) -> None:
        """Closed for good (the lock): an unlock must not bring it back."""
        self.ended = True
        self.close()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        if visible and self.ended:
            return
        super().setVisible(visible)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.ended = True
        super().closeEvent(event)

    @classmethod
    def open_for(cls, store, client_id: str, page: QWidget) -> "ShowToClient":
        view = cls(store, client_id)
        window = page.window()
        locked = getattr(window, "locked_changed", None)
        if locked is not None:
            def on_lock(is_locked: bool) -> None:
                if is_locked and shiboken6.isValid(view):
                    view.end()
            locked.connect(on_lock)
        page._shown_to_client = view  # kept for tests and so it is not collected
        show_full_screen(view, window)
        view.activateWindow()
        return view
