"""The client page's first tab: the client's picture on one screen, read only.

Who and where on the path are in the header above; here: the next meeting,
what is due, open safety flags, the plan's goals and intermediate goals with
their state, the latest measures against the baseline, and the newest journal
entries. Editing stays in the other tabs.
"""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ...formats import format_date, format_datetime
from ...store.clients import get_client
from ...store.due_list import client_due
from ...store.overview import client_overview
from ..events import bus
from ..measures.common import short_title
from ..measures.flags import flag_text, history_line
from . import journal_labels, labels
from ... import clock


def _box(title: str) -> tuple[QGroupBox, QLabel]:
    box = QGroupBox(title)
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
    QVBoxLayout(box).addWidget(label)
    return box, label


class OverviewTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("OverviewTab", "Overview")

    def __init__(self, store, client_id: str, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.today = today or clock.today()
        grid = QGridLayout(self)
        box, self.now_label = _box(self.tr("Now"))
        grid.addWidget(box, 0, 0)
        box, self.plan_label = _box(self.tr("Plan: goals and intermediate goals"))
        grid.addWidget(box, 0, 1, 2, 1)
        box, self.measures_label = _box(self.tr("Measures: latest against the baseline"))
        grid.addWidget(box, 1, 0)
        self.journal_box, self.journal_label = _box(self.tr("Journal (newest first)"))
        buttons = QHBoxLayout()
        self.journal_button = QPushButton(self.tr("New journal entry… (Ctrl+J)"))
        self.journal_button.clicked.connect(lambda: self.new_journal_entry())
        buttons.addWidget(self.journal_button)
        buttons.addStretch(1)
        self.journal_box.layout().addLayout(buttons)
        grid.addWidget(self.journal_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _area: str, client_id: str) -> None:
        if client_id == self.client_id:
            self.refresh()

    def new_journal_entry(self) -> None:
        from .journal_tab import EntryDialog
        EntryDialog(self.store, self.client_id, self).exec()

    def refresh(self) -> None:
        ov = client_overview(self.store, self.client_id, self.today)
        client = get_client(self.store, self.client_id, audit_view=False)
        self.now_label.setText(self._now_html(ov, client))
        self.plan_label.setText(self._plan_html(ov))
        self.measures_label.setText(self._measures_html(ov))
        self.journal_label.setText(self._journal_html(ov))

    def _now_html(self, ov, client) -> str:
        rows = []
        for f in ov.open_flags:
            rows.append("<b>⚠ " + escape(flag_text(f)) + "</b>")
        for h in ov.handled_flags:  # who acknowledged, when, what was done — in words
            rows.append(escape(history_line(h)))
        rows.append(self.tr("Next meeting: %1").replace(
            "%1", format_datetime(ov.next_meeting) if ov.next_meeting else self.tr("none planned")))
        items = client_due(self.store, client, self.today)
        if items:
            states = labels.due_states()
            for it in items:
                state = states.get(it.state(self.today), "")
                text = f"{labels.due_kinds().get(it.kind, it.kind)} {format_date(it.due_date)}"
                if it.window_start and it.window_end:
                    text += " (" + self.tr("window %1–%2").replace(
                        "%1", format_date(it.window_start)).replace(
                        "%2", format_date(it.window_end)) + ")"
                if state:
                    text += f" – {state}"
                rows.append(escape(self.tr("Due: %1").replace("%1", text)))
        else:
            rows.append(escape(self.tr("Nothing due.")))
        return "<br>".join(rows)

    def _plan_html(self, ov) -> str:
        if ov.plan_state is None:
            return escape(self.tr("No plan yet."))
        states = {"open": self.tr("open"), "in_progress": self.tr("in progress"),
                  "reached": self.tr("reached"), "changed": self.tr("changed"),
                  "dropped": self.tr("dropped")}
        head = (self.tr("Agreed %1").replace("%1", format_date(ov.plan_agreed_on))
                if ov.plan_state == "agreed" else self.tr("Draft, not agreed yet"))
        if ov.next_review:
            head += " · " + self.tr("next review %1").replace("%1", format_date(ov.next_review))
        parts = [escape(head)]
        if not ov.goals:
            parts.append(escape(self.tr("No goals written.")))
        for g in ov.goals:
            steps = "".join(f"<li>{'☑' if done else '☐'} {escape(text)}</li>"
                            for text, done in g.steps)
            parts.append(f"<b>{escape(g.text)}</b> – {escape(states.get(g.state, g.state))}"
                         + (f"<ul style='margin:0'>{steps}</ul>" if steps else ""))
        return "<br>".join(parts)

    def _measures_html(self, ov) -> str:
        if not ov.measures:
            return escape(self.tr("No measures yet. Ctrl+E enters them."))
        words = {"better": self.tr("better"), "same": self.tr("no clear change"),
                 "worse": self.tr("weaker")}
        rows = []
        for m in ov.measures:
            if m.baseline is None:  # no baseline: the latest alone
                text = self.tr("%1: %2 (%3)").replace("%1", short_title(m.instrument_id)).replace(
                    "%2", m.latest or "–").replace("%3", format_date(m.latest_on))
            elif m.latest is None:  # only the baseline so far
                text = self.tr("%1: baseline %2 (%3)").replace(
                    "%1", short_title(m.instrument_id)).replace("%2", m.baseline or "–").replace(
                    "%3", format_date(m.latest_on))
            else:
                text = self.tr("%1: baseline %2 → %3 (%4)").replace(
                    "%1", short_title(m.instrument_id)).replace("%2", m.baseline or "–").replace(
                    "%3", m.latest).replace("%4", format_date(m.latest_on))
                if m.direction:
                    text += " – " + words.get(m.direction, "")
            rows.append(escape(text))
        return "<br>".join(rows)

    def _journal_html(self, ov) -> str:
        if not ov.journal:
            return escape(self.tr("No entries yet."))
        kinds = journal_labels.kinds()
        return "<br>".join(
            f"<b>{format_date(line.entry.entry_on)} {escape(kinds.get(line.entry.kind, ''))}"
            f"</b> ({escape(line.written_by)}): {escape(journal_labels.summary(line.entry))}"
            for line in ov.journal)
