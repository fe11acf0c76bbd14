"""The main window's areas and the client page's tabs, in display order.

Each entry is a function that imports its class (or action) directly, so a
reader and a tool see every import, while an area still loads only when it is
first shown (start-up stays fast). A page class takes ``(store, parent=None)``;
a client tab takes ``(store, client_id, parent=None)``; both have a classmethod
``page_title()`` returning translated text.
"""
from __future__ import annotations


def _home_page():
    from .home import HomePage
    return HomePage


def _client_list_page():
    from .clients.list_page import ClientListPage
    return ClientListPage


def _service_map_page():
    from .network.servicemap_page import ServiceMapPage
    return ServiceMapPage


def _reports_page():
    from .reports_page import ReportsPage
    return ReportsPage


def _admin_page():
    from .admin.admin_page import AdminPage
    return AdminPage


def _overview_tab():
    from .clients.overview_tab import OverviewTab
    return OverviewTab


def _basic_tab():
    from .clients.basic_tab import BasicTab
    return BasicTab


def _screening_tab():
    from .clients.screening_tab import ScreeningTab
    return ScreeningTab


def _consents_tab():
    from .network.consents_tab import ConsentsTab
    return ConsentsTab


def _meetings_tab():
    from .network.meetings_tab import MeetingsTab
    return MeetingsTab


def _plan_tab():
    from .plan.plan_tab import PlanTab
    return PlanTab


def _measures_tab():
    from .measures.measures_tab import MeasuresTab
    return MeasuresTab


def _journal_tab():
    from .clients.journal_tab import JournalTab
    return JournalTab


def _history_tab():
    from .clients.history_tab import HistoryTab
    return HistoryTab


def _feedback_actions_add_window_actions():
    from .feedback.actions import add_window_actions
    return add_window_actions


def _feedback_reading_add_window_actions():
    from .feedback.reading import add_window_actions
    return add_window_actions


def _help_add_window_actions():
    from .help import add_window_actions
    return add_window_actions


def _sync_status_bar_add_window_actions():
    from .sync.status_bar import add_window_actions
    return add_window_actions


def _feedback_actions_client_buttons():
    from .feedback.actions import client_buttons
    return client_buttons


def _access_actions_client_actions():
    from .access.actions import client_actions
    return client_actions


def _sync_client_badge_client_buttons():
    from .sync.client_badge import client_buttons
    return client_buttons


AREAS = [
    ("home", _home_page),
    ("clients", _client_list_page),
    ("servicemap", _service_map_page),
    ("reports", _reports_page),
    ("admin", _admin_page),
]

CLIENT_TABS = [
    ("overview", _overview_tab),
    ("basic", _basic_tab),
    ("screening", _screening_tab),
    ("consents", _consents_tab),
    ("network", _meetings_tab),
    ("plan", _plan_tab),
    ("measures", _measures_tab),
    ("journal", _journal_tab),
    ("history", _history_tab),
]


# Extensions that areas hang on the frame without the frame knowing them:
# a window action is ``fn(window, menus)`` where menus maps "file", "go",
# "help" to the QMenu; it adds its QActions itself (window.add_action helps).
# A client action is ``fn(page) -> list[QWidget]``: buttons for the client
# page's header, next to "← Client list".
WINDOW_ACTIONS = [
    _feedback_actions_add_window_actions,
    _feedback_reading_add_window_actions,
    _help_add_window_actions,
    _sync_status_bar_add_window_actions,
]
CLIENT_ACTIONS = [
    _feedback_actions_client_buttons,
    _access_actions_client_actions,
    _sync_client_badge_client_buttons,
]


def load(entry):
    """The class (or function) an entry names, imported on first use."""
    return entry()
