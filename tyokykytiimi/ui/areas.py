"""The main window's areas and the client page's tabs, in display order.

Entries name their class as "module:Class" so that an area is loaded only when
shown and the frame does not depend on every area at import time. A page
class takes ``(store, parent=None)``; a client tab takes ``(store, client_id,
parent=None)``; both have a classmethod ``page_title()`` returning translated text.
"""
from __future__ import annotations

import importlib

AREAS = [
    ("home", "tyokykytiimi.ui.home:HomePage"),
    ("clients", "tyokykytiimi.ui.clients.list_page:ClientListPage"),
    ("servicemap", "tyokykytiimi.ui.network.servicemap_page:ServiceMapPage"),
    ("reports", "tyokykytiimi.ui.reports_page:ReportsPage"),
    ("admin", "tyokykytiimi.ui.admin.admin_page:AdminPage"),
]

CLIENT_TABS = [
    ("overview", "tyokykytiimi.ui.clients.overview_tab:OverviewTab"),
    ("basic", "tyokykytiimi.ui.clients.basic_tab:BasicTab"),
    ("screening", "tyokykytiimi.ui.clients.screening_tab:ScreeningTab"),
    ("consents", "tyokykytiimi.ui.network.consents_tab:ConsentsTab"),
    ("network", "tyokykytiimi.ui.network.meetings_tab:MeetingsTab"),
    ("plan", "tyokykytiimi.ui.plan.plan_tab:PlanTab"),
    ("measures", "tyokykytiimi.ui.measures.measures_tab:MeasuresTab"),
    ("journal", "tyokykytiimi.ui.clients.journal_tab:JournalTab"),
    ("history", "tyokykytiimi.ui.clients.history_tab:HistoryTab"),
]


# Extensions that areas hang on the frame without the frame knowing them:
# a window action is ``fn(window, menus)`` where menus maps "file", "go",
# "help" to the QMenu; it adds its QActions itself (window.add_action helps).
# A client action is ``fn(page) -> list[QWidget]``: buttons for the client
# page's header, next to "← Client list".
WINDOW_ACTIONS: list[str] = [
    "tyokykytiimi.ui.feedback.actions:add_window_actions",
    "tyokykytiimi.ui.feedback.reading:add_window_actions",
    "tyokykytiimi.ui.help:add_window_actions",
    "tyokykytiimi.ui.sync.status_bar:add_window_actions",
]
CLIENT_ACTIONS: list[str] = [
    "tyokykytiimi.ui.feedback.actions:client_buttons",
    "tyokykytiimi.ui.access.actions:client_actions",
    "tyokykytiimi.ui.sync.client_badge:client_buttons",
]


def load(spec: str):
    """The class named by "module:Class", or None while that area is not built yet."""
    module_name, _, cls_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None
        raise
    return getattr(module, cls_name)
