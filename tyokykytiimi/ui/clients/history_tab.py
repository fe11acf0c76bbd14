"""History tab: every path step and every saved change of the client, readable."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...formats import format_date, format_datetime
from ...store.clients import path_events
from ...store.history import readable_history
from ..events import bus
from . import labels


class HistoryTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("HistoryTab", "History")

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        layout = QVBoxLayout(self)
        path_label = QLabel(self.tr("Service path"))
        layout.addWidget(path_label)
        self.path = QTableWidget(0, 3)
        path_label.setBuddy(self.path)
        self.path.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Details")])
        layout.addWidget(self.path, 1)
        changes_label = QLabel(self.tr("Saved changes (newest first)"))
        layout.addWidget(changes_label)
        self.changes = QTableWidget(0, 4)
        changes_label.setBuddy(self.changes)
        self.changes.setHorizontalHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("What"),
                                                self.tr("Changes")])
        layout.addWidget(self.changes, 2)
        for t in (self.path, self.changes):
            t.setEditTriggers(QTableWidget.NoEditTriggers)
            t.setTabKeyNavigation(False)
            t.verticalHeader().hide()
            t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            t.horizontalHeader().setStretchLastSection(True)
            t.setWordWrap(True)
        self._loaded = False
        bus.changed.connect(self._on_changed)

    def showEvent(self, event):
        # Loaded when first shown: reading the history is its own audited view.
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def _on_changed(self, _area, client_id):
        if client_id == self.client_id and self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        steps, outcomes, kinds = labels.steps(), labels.outcomes(), labels.path_kinds()
        events = path_events(self.store, self.client_id)
        self.path.setRowCount(len(events))
        for i, e in enumerate(reversed(events)):
            if e.kind == "close":
                detail = f"{outcomes.get(e.outcome, e.outcome)}: {e.note or ''}"
            elif e.to_step:
                detail = steps[e.to_step]
                if e.from_step:
                    detail = f"{steps[e.from_step]} → {detail}"
                if e.note:
                    detail += f" ({e.note})"
            else:
                detail = e.note or ""
            kind = kinds.get(e.kind, e.kind)
            if getattr(e, "reverses_id", None):  # an undone move or closing
                kind = self.tr("Undone: %1").replace("%1", kind)
            for j, v in enumerate((labels.fmt_date(e.on), kind, detail)):
                self.path.setItem(i, j, QTableWidgetItem(v))
        entries = readable_history(self.store, self.client_id)
        self.changes.setRowCount(len(entries))
        for i, h in enumerate(entries):
            when = format_datetime(h.at)
            detail = "; ".join(
                f"{c.label}: {self._v(c.old)} → {self._v(c.new)}" if h.op == "update"
                else f"{c.label}: {self._v(c.new)}" for c in h.changes)
            if h.acknowledgement:
                who, at, note = h.acknowledgement
                day = format_date(at.astimezone().date()) if isinstance(at, datetime) else self._v(at)
                detail = self.tr("%1 acknowledged %2: %3").replace("%1", self._v(who)).replace(
                    "%2", day).replace("%3", note or "–")
            for j, v in enumerate((when, h.who, self._what(h), detail)):
                self.changes.setItem(i, j, QTableWidgetItem(v))
        self.path.resizeRowsToContents()
        self.changes.resizeRowsToContents()

    @classmethod
    def _what(cls, h) -> str:
        if isinstance(h.item, int):
            subject = f"{h.subject} {h.item}"
        elif h.item is not None:
            subject = f"{h.subject} “{cls._v(h.item)}”"
        else:
            subject = h.subject
        return f"{subject}: {h.action}"

    @staticmethod
    def _v(value) -> str:
        if value is None or value == "":
            return "–"
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, date):
            return format_date(value)
        text = str(value)
        return text if len(text) <= 60 else text[:57] + "…"
