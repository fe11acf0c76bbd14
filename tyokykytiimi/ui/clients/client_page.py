"""One client: a header that says where they stand, and the area tabs.

The page opens on the overview; the other tabs are built when first shown, so
opening a client stays quick whatever the tabs hold. Each tab has a key
(Alt+1 … Alt+9: the main window's areas use Ctrl+1 … Ctrl+5), and Ctrl+E
opens the measures entry from any tab: from the client list, Enter then
Ctrl+E is the follow-up form.
"""
from __future__ import annotations

import importlib
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from ...models.clients import retention_ends
from ...store.clients import age_of, case_manager_choices, get_client
from ...store.due_list import client_due
from .. import areas
from ..events import bus
from ..colours import set_state_colour
from ..layout import emphasise
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


class LazyTabs(Mapping):
    """The page's tabs by key; a tab is built the first time it is asked for."""

    def __init__(self, page: "ClientPage"):
        self.page = page
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        return self.page.tab(key)

    def __iter__(self):
        return iter(self.page.tab_keys)

    def __len__(self) -> int:
        return len(self.page.tab_keys)


class ClientTabs(QTabWidget):
    """Tabs whose pages are holders filled on first show; a built tab widget may be
    named in place of its holder."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.holder_of: dict[QWidget, QWidget] = {}

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setCurrentWidget(self.holder_of.get(widget, widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt's name
        return super().indexOf(self.holder_of.get(widget, widget))


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
        self.show_client_button = QPushButton(self.tr("Show to client…"))
        self.show_client_button.setToolTip(self.tr("A full-screen view of the client's own "
                                                   "measures and goals (F11)"))
        self.show_client_button.clicked.connect(lambda: self.show_to_client())
        buttons.addWidget(self.show_client_button)
        buttons.addWidget(self.back)
        top.addLayout(buttons, 0, 1, Qt.AlignRight)
        top.addWidget(self.facts, 1, 0, 1, 2)
        top.addWidget(self.consent_label, 2, 0, 1, 2)
        top.addWidget(self.due_label, 3, 0, 1, 2)
        layout.addLayout(top)
        from ..measures.flags import FlagBanner
        self.flag_banner = FlagBanner(store, client_id, self)
        layout.addWidget(self.flag_banner)
        self.tabs = ClientTabs()
        # On a short screen (200 % on a laptop) the tabs scroll instead of pushing
        # the window taller than the screen; with room they fill it as before.
        self.tab_scroll = QScrollArea()
        self.tab_scroll.setWidgetResizable(True)
        self.tab_scroll.setFrameShape(QFrame.NoFrame)
        self.tab_scroll.setFocusPolicy(Qt.NoFocus)
        self.tab_scroll.setWidget(self.tabs)
        layout.addWidget(self.tab_scroll, 1)
        client = get_client(store, client_id)  # the one audited view of opening the page
        self.tab_widgets = LazyTabs(self)
        self.tab_keys: list[str] = []
        self._specs: dict[str, str] = {}
        self._holders: dict[str, QWidget] = {}
        for key, spec in areas.CLIENT_TABS:
            cls = areas.load(spec)
            if cls is None:
                continue
            n = len(self.tab_keys) + 1
            self.tab_keys.append(key)
            self._specs[key] = spec
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            index = self.tabs.addTab(holder, cls.page_title())
            if n <= 9:
                self.tabs.setTabToolTip(index, f"Alt+{n}")
                QShortcut(QKeySequence(f"Alt+{n}"), self, context=Qt.WidgetWithChildrenShortcut,
                          activated=lambda k=key: self.show_tab(k))
        QShortcut(QKeySequence("Ctrl+E"), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=lambda: self.enter_measures())
        QShortcut(QKeySequence("Ctrl+J"), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=lambda: self.new_journal_entry())
        QShortcut(QKeySequence("F11"), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=lambda: self.show_to_client())
        self.tabs.currentChanged.connect(self._build_current)
        self._build_current(self.tabs.currentIndex())
        self._show_header(client)
        bus.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Keys work at once: the tab keys and Ctrl+E need the focus inside the page
        # (opened from the list, it was on the list's table, now hidden).
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.tabs.tabBar().setFocus()

    # -- tabs ------------------------------------------------------------
    def tab(self, key: str) -> QWidget:
        """The tab widget of ``key``, built now if it was not shown yet."""
        built = self.tab_widgets.built
        if key not in built:
            cls = areas.load(self._specs[key])
            widget = cls(self.store, self.client_id, self)
            self._holders[key].layout().addWidget(widget)
            self.tabs.holder_of[widget] = self._holders[key]
            built[key] = widget
        return built[key]

    def _build_current(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            self.tab(self.tab_keys[index])

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab(key)
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()
        return widget

    def enter_measures(self) -> None:
        if "measures" in self._specs:
            self.show_tab("measures").new_entry()

    def new_journal_entry(self) -> None:
        from .journal_tab import EntryDialog
        EntryDialog(self.store, self.client_id, self).exec()

    def show_to_client(self) -> None:
        from ..measures.client_view import ShowToClient
        ShowToClient.open_for(self.store, self.client_id, self)

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
            self.flag_banner.refresh()
