"""One client: a header that says where they stand, and the area tabs."""
from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from ...models.clients import retention_ends
from ...store.clients import age_of, case_manager_choices, get_client
from ...store.due_list import client_due
from .. import areas
from ..events import bus
from ..widgets import emphasise, set_state_colour
from . import labels
from ... import clock


def consent_text(store, client_id: str) -> str:
    try:
        module = importlib.import_module("tyokykytiimi.store.consents")
    except ModuleNotFoundError:
        return "–"
    summary_fn = getattr(module, "consent_summary", None)
    if summary_fn is None:
        return "–"
    summary = summary_fn(store, client_id)
    return summary.text(labels.ui_language()) if hasattr(summary, "text") else str(summary)


class ClientPage(QWidget):
    back_requested = Signal()

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        layout = QVBoxLayout(self)
        top = QGridLayout()
        self.back = QPushButton(self.tr("← Client list"))
        self.back.clicked.connect(self.back_requested)
        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        emphasise(self.name_label, 1.8)
        self.name_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        top.addWidget(self.name_label, 0, 0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for spec in areas.CLIENT_ACTIONS:
            fn = areas.load(spec)
            for widget in (fn(self) if fn is not None else []):
                buttons.addWidget(widget)
        buttons.addWidget(self.back)
        top.addLayout(buttons, 0, 1, Qt.AlignRight)
        top.addWidget(self.facts, 1, 0, 1, 2)
        top.addWidget(self.consent_label, 2, 0, 1, 2)
        top.addWidget(self.due_label, 3, 0, 1, 2)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        # On a short screen (200 % on a laptop) the tabs scroll instead of pushing
        # the window taller than the screen; with room they fill it as before.
        self.tab_scroll = QScrollArea()
        self.tab_scroll.setWidgetResizable(True)
        self.tab_scroll.setFrameShape(QFrame.NoFrame)
        self.tab_scroll.setFocusPolicy(Qt.NoFocus)
        self.tab_scroll.setWidget(self.tabs)
        layout.addWidget(self.tab_scroll, 1)
        client = get_client(store, client_id)  # the one audited view of opening the page
        self.tab_widgets: dict[str, QWidget] = {}
        for key, spec in areas.CLIENT_TABS:
            cls = areas.load(spec)
            if cls is None:
                continue
            widget = cls(store, client_id, self)
            self.tab_widgets[key] = widget
            self.tabs.addTab(widget, cls.page_title())
        self._show_header(client)
        bus.changed.connect(self._on_changed)

    def refresh_header(self) -> None:
        self._show_header(get_client(self.store, self.client_id, audit_view=False))

    def _show_header(self, c) -> None:
        today = clock.today()
        self.name_label.setText(f"{c.first_name} {c.last_name}")
        age = age_of(c, today)
        cms = dict(case_manager_choices(self.store))
        cm = cms.get(c.case_manager_user_id) or c.case_manager_text or self.tr("not named")
        parts = [c.identifier or "–",
                 self.tr("age %1").replace("%1", str(age)) if age is not None else self.tr("age –"),
                 labels.steps()[c.path_step],
                 self.tr("case manager: %1").replace("%1", cm)]
        if c.status == "closed":
            parts.append(self.tr("closed %1 (%2), retention ends %3")
                         .replace("%1", labels.fmt_date(c.closed_on))
                         .replace("%2", labels.outcomes().get(c.outcome or "", "–"))
                         .replace("%3", labels.fmt_date(retention_ends(c.closed_on))))
        self.facts.setText("   ·   ".join(parts))
        self.consent_label.setText(self.tr("Consent: %1").replace(
            "%1", consent_text(self.store, c.id)))
        items = client_due(self.store, c, today)
        if items:
            first = items[0]
            state = labels.due_states().get(first.state(today), "")
            text = f"{labels.due_kinds()[first.kind]} {labels.fmt_date(first.due_date)}"
            if state:
                text += f" ({state})"
            overdue = first.state(today) == "overdue"
            self.due_label.setText(("⚠ " if overdue else "")
                                   + self.tr("Next due: %1").replace("%1", text))
            set_state_colour(self.due_label, "overdue" if overdue else None)
        else:
            self.due_label.setText(self.tr("Next due: nothing"))
            set_state_colour(self.due_label, None)

    def _on_changed(self, _area: str, client_id: str) -> None:
        if client_id == self.client_id:
            self.refresh_header()
