"""The main window: areas on the left, the signed-in user below, the idle lock over all."""
from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget)

from ..store import audit
from ..store.session import Store
from ..store.settings import get_preference, get_setting, logo_bytes, set_preference
from . import areas
from .idle import IdleWatcher
from .layout import fit_on_screen
from .lock_screen import LockScreen
from .permissions import guard

ROLE_NAMES = {"coordinator": "Work-ability coordinator", "nurse": "Public-health nurse",
              "doctor": "Doctor"}


def set_letterhead_logo(logo: bytes | None) -> None:
    """Hand the logo to the PDF layer; ReportLab loads only with a logo or a first document."""
    import sys
    if logo or "tyokykytiimi.reports.document" in sys.modules:
        from ..reports.document import set_letterhead_logo as set_logo
        set_logo(logo)  # else the module, when it loads, starts without a logo


class Placeholder(QLabel):
    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)
    sign_out_requested = Signal()
    store_replaced = Signal(object)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.locked = False
        # Set by the session (app.py): rebuilds the window, e.g. in a new language.
        self.rebuild_hook = None
        self._leaving = False  # unsaved work was already asked about (rebuild)
        self._hidden_windows: list[QWidget] = []
        team, minutes = self._read_team_settings()
        self._set_title(team)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setMaximumWidth(230)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px 10px; }")
        self.pages = QStackedWidget(self)
        self._page_index: dict[str, int] = {}
        self._client_page = None
        for key, spec in areas.AREAS:
            item = QListWidgetItem(self._area_title(key, spec))
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
            self._page_index[key] = self.pages.addWidget(QWidget())  # built when first shown
        self.nav.currentRowChanged.connect(self._show_row)
        # A client page keeps "Clients" selected; clicking it again returns to the list.
        self.nav.itemClicked.connect(self._nav_clicked)
        # The area names always fit: a wide page (a row of buttons at 200 %) squeezed
        # the list to a few letters.
        self.nav.ensurePolished()  # the style sheet's larger font, before measuring
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                     for i in range(self.nav.count()))
        self.nav.setMinimumWidth(min(widest + 2 * 10 + 2 * self.nav.frameWidth() + 12, 230))
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        # The areas start as wide as their names need: at 1280 px every column of the
        # client list is worth more than empty space beside "Ylläpito".
        self.splitter.setSizes([self.nav.minimumWidth() + 16, 10_000])
        self.lock_screen = LockScreen(store, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.other_signed_in.connect(self._open_for_other)
        self.other_window = None
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)
        self._build_menus()
        role = self.tr(ROLE_NAMES.get(store.user.role, store.user.role))
        admin = self.tr(", administrator") if store.user.is_admin else ""
        self.user_label = QLabel(self.tr("Signed in: %1 (%2%3)").replace(
            "%1", store.user.display_name).replace("%2", role).replace("%3", admin))
        self.statusBar().addPermanentWidget(self.user_label)
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        fit_on_screen(self, 1280, 820)
        self._restore_geometry()
        self.nav.setCurrentRow(0)
        # The application-wide filters last: every event of building the window and
        # its home page (some two thousand) would pass through both in Python.
        QApplication.instance().installEventFilter(self.idle)
        from .tab_keys import install_tab_keys
        install_tab_keys(QApplication.instance())

    def _set_title(self, team: str) -> None:
        self.setWindowTitle(self.tr("Työkykytiimi – %1").replace("%1", team))

    # --- areas -------------------------------------------------------------
    def _area_title(self, key: str, spec: str) -> str:
        names = {"home": self.tr("Home"), "clients": self.tr("Clients"),
                 "servicemap": self.tr("Service map"), "reports": self.tr("Reports"),
                 "admin": self.tr("Administration")}
        return names.get(key, key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.UserRole)
        self.show_area(key)

    def _nav_clicked(self, item) -> None:
        key = item.data(Qt.UserRole)
        if self.pages.currentWidget() is not self.pages.widget(self._page_index[key]):
            self.show_area(key)

    def page(self, key: str) -> QWidget:
        index = self._page_index[key]
        widget = self.pages.widget(index)
        if not getattr(widget, "_is_area_page", False):
            spec = dict(areas.AREAS)[key]
            cls = areas.load(spec)
            if cls is None:
                new = Placeholder(self.tr("This area is not available yet."))
            else:
                new = cls(self.store, self)
                if hasattr(new, "client_requested"):
                    new.client_requested.connect(self.open_client)
            new._is_area_page = True
            self.pages.removeWidget(widget)
            widget.deleteLater()
            self.pages.insertWidget(index, new)
            widget = new
        return widget

    def show_area(self, key: str) -> QWidget:
        widget = self.page(key)
        self.pages.setCurrentWidget(widget)
        self._select_nav(key)
        return widget

    def _select_nav(self, key: str) -> None:
        row = [self.nav.item(i).data(Qt.UserRole) for i in range(self.nav.count())].index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)

    def open_client(self, client_id: str) -> QWidget | None:
        from .clients.client_page import ClientPage as cls
        if self._client_page is not None:
            if not self._confirm_leave(self._client_page):
                return self._client_page
            self.pages.removeWidget(self._client_page)
            self._client_page.deleteLater()
        self._client_page = cls(self.store, client_id, self)
        if hasattr(self._client_page, "back_requested"):
            self._client_page.back_requested.connect(lambda: self.show_area("clients"))
        self.pages.addWidget(self._client_page)
        self.pages.setCurrentWidget(self._client_page)
        self._select_nav("clients")
        return self._client_page

    def release_client_page(self, page) -> None:
        """Forget ``page`` as the open client page (its client was erased; the caller closes it)."""
        if self._client_page is page:
            self._client_page = None

    def _confirm_leave(self, widget) -> bool:
        """Ask before unsaved work on a page is dropped; Save keeps it."""
        pending = [w for w in [widget, *widget.findChildren(QWidget)]
                   if hasattr(w, "has_unsaved_changes") and w.has_unsaved_changes()]
        if not pending:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("There are unsaved changes. Save them before closing?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Cancel:
            return False
        if answer == QMessageBox.Save:
            for w in pending:
                if hasattr(w, "save") and w.save() is False:
                    return False
        return True

    # --- menus -------------------------------------------------------------
    def add_action(self, menu, text, slot, shortcut=None) -> QAction:
        return self._action(menu, text, slot, shortcut)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work while the menu bar is hidden too
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = self._action(file_menu, self.tr("&Back up now…"), self._backup)
        file_menu.setToolTipsVisible(True)
        guard(self.backup_action, self.store, "backup_to_file")
        from .settings_dialog import SettingsDialog
        self.settings_action = self._action(file_menu, SettingsDialog.menu_text(),
                                            self.open_settings, QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("&Lock now"), self.lock,
                                        QKeySequence("Ctrl+L"))
        self._action(file_menu, self.tr("Change &password…"), self._change_password)
        self.contact_action = self._action(file_menu, self.tr("My &contact details…"),
                                           self.open_own_contact)
        self._action(file_menu, self.tr("Sign &out"), self._sign_out)
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for n, (key, spec) in enumerate(areas.AREAS, start=1):
            self._action(go, self._area_title(key, spec), lambda _=False, k=key: self.show_area(k),
                         QKeySequence(f"Ctrl+{n}"))
        # One action per key: Ctrl+F and Ctrl+N act on what is shown (a consents tab
        # makes a new consent, the service map searches the map), else on clients.
        self.find_action = self._action(go, self.tr("&Find client"), self._find_client,
                                        QKeySequence.Find)
        self.new_action = self._action(go, self.tr("&New client"), self._new_client,
                                       QKeySequence.New)
        go.aboutToShow.connect(self._name_context_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Työkykytiimi"), self._about)
        menus = {"file": file_menu, "go": go, "help": help_menu}
        for spec in areas.WINDOW_ACTIONS:
            fn = areas.load(spec)
            if fn is not None:
                fn(self, menus)

    def in_context(self, name: str):
        """The shown widget's ``name`` handler (``context_new``, ``context_find``), nearest
        the keyboard focus first; None when the page shown has none."""
        page = self.pages.currentWidget()
        if page is None or self.central.currentWidget() is not self.splitter:
            return None
        w = QApplication.focusWidget()
        while w is not None and w is not self:
            if callable(getattr(w, name, None)) and w.isVisible() and page.isAncestorOf(w):
                return getattr(w, name)
            w = w.parentWidget()
        for w in [page, *page.findChildren(QWidget)]:
            if callable(getattr(w, name, None)) and w.isVisible():
                return getattr(w, name)
        return None

    def _name_context_actions(self) -> None:
        for action, name, default in ((self.new_action, "context_new", self.tr("&New client")),
                                      (self.find_action, "context_find",
                                       self.tr("&Find client"))):
            handler = self.in_context(name)
            owner = getattr(handler, "__self__", None)
            action.setText(getattr(owner, name + "_text", None) or default)

    def _find_client(self) -> None:
        handler = self.in_context("context_find")
        if handler is not None:
            handler()
            return
        page = self.show_area("clients")
        if hasattr(page, "focus_search"):
            page.focus_search()

    def _new_client(self) -> None:
        handler = self.in_context("context_new")
        if handler is not None:
            handler()
            return
        page = self.show_area("clients")
        if hasattr(page, "new_client"):
            page.new_client()

    def _backup(self) -> None:
        admin = self.show_area("admin")
        if hasattr(admin, "backup_now"):
            admin.backup_now()

    # --- settings ----------------------------------------------------------
    def make_settings_dialog(self):
        from .settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.store, self)
        dialog.settings_saved.connect(self.apply_settings)
        return dialog

    def open_settings(self) -> None:
        dialog = self.make_settings_dialog()
        dialog.exec()
        changed = dialog.language_changed
        dialog.deleteLater()
        if changed and self.rebuild_hook is not None:
            self.rebuild_hook()

    def open_own_contact(self) -> None:
        from .contact_dialog import ContactDialog
        dialog = ContactDialog(self.store, self.store.user.id, self)
        dialog.exec()
        dialog.deleteLater()

    def _read_team_settings(self) -> tuple[str, float]:
        """The team's name and idle-lock minutes; the logo and time zone are set."""
        with self.store.session() as s:
            team = get_setting(s, "team_name")
            minutes = float(get_setting(s, "idle_lock_minutes") or 10)
            set_letterhead_logo(logo_bytes(s))
            from .. import formats
            from ..store.contacts import team_zone
            formats.set_time_zone(team_zone(s))
        return team, minutes

    def team_settings_arrived(self) -> None:
        """Team settings may have come from another workstation (sync): use them now."""
        team, minutes = self._read_team_settings()
        self._set_title(team)
        self.idle.set_minutes(minutes)

    def apply_settings(self, settings) -> None:
        """Team settings just saved (store.settings.TeamSettings): use them at once."""
        self.idle.set_minutes(settings.idle_lock_minutes)
        set_letterhead_logo(settings.logo)
        self._set_title(settings.team_name)
        admin = self.pages.widget(self._page_index["admin"])
        backups = getattr(admin, "backups", None)
        if hasattr(backups, "refresh"):
            backups.refresh()

    def view_state(self) -> dict:
        """What is on screen, so a rebuilt window can show the same."""
        state = {"area": None, "client_id": None}
        current = self.pages.currentWidget()
        if current is not None and current is self._client_page:
            state["client_id"] = getattr(current, "client_id", None)
        row = self.nav.currentRow()
        if row >= 0:
            state["area"] = self.nav.item(row).data(Qt.UserRole)
        return state

    def restore_view(self, state: dict) -> None:
        if state.get("area") in self._page_index:
            self.show_area(state["area"])
        if state.get("client_id"):
            self.open_client(state["client_id"])

    def prepare_to_leave(self) -> bool:
        """Ask about unsaved work once; True when the window may close without asking again."""
        if self.locked:
            return False
        if self._client_page is not None and not self._confirm_leave(self._client_page):
            return False
        self._leaving = True
        return True

    def _change_password(self) -> None:
        from .admin.users_page import ChangePasswordDialog
        ChangePasswordDialog(self.store, self).exec()

    def _about(self) -> None:
        from .. import __version__
        QMessageBox.about(self, self.tr("About Työkykytiimi"), self.tr(
            "Työkykytiimi %1\nThe work-ability support team's client work in one encrypted "
            "file.").replace("%1", __version__))

    def _sign_out(self) -> None:
        if self._client_page is not None and not self._confirm_leave(self._client_page):
            return
        self.sign_out_requested.emit()
        self.close()

    # --- idle lock ---------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        for w in QApplication.topLevelWidgets():
            if w is not self and w.isVisible():
                self._hidden_windows.append(w)
                w.hide()
        self.menuBar().setEnabled(False)
        self.central.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        audit.record(self.store, "lock")
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.central.setCurrentWidget(self.splitter)
        self.menuBar().setEnabled(True)
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows.clear()
        self.idle.restart()
        audit.record(self.store, "unlock")
        self.locked_changed.emit(False)

    def _open_for_other(self, store: Store) -> None:
        """Another member's own window over this locked one, which keeps its state.

        Closing it signs them out; this window's lock screen is what remains.
        """
        from ..store.unlock import sign_out
        other = MainWindow(store)
        other.setAttribute(Qt.WA_DeleteOnClose)
        self.other_window = other

        def gone(_obj=None) -> None:
            try:
                sign_out(store)
            except Exception:  # a full disk must not keep a closed session open
                store.close()
            if self.other_window is other:
                self.other_window = None
        other.destroyed.connect(gone)
        other.resize(self.size())
        other.show()
        other.raise_()
        other.activateWindow()

    def replace_store(self, store: Store) -> None:
        """After a restore: the app opens a fresh window on the restored data."""
        self._client_page = None
        self.store_replaced.emit(store)
        self.close()

    # --- state -------------------------------------------------------------
    def _restore_geometry(self) -> None:
        with self.store.session() as s:
            geometry = get_preference(s, self.store.user.id, "window_geometry")
            state = get_preference(s, self.store.user.id, "window_state")
        if geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            # Saved on a larger screen (or at a smaller scale): never larger than this one.
            screen = self.screen() or QGuiApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            if room is not None and not room.contains(self.geometry()):
                fit_on_screen(self, self.width(), self.height())
                self.move(room.topLeft())
        if state:
            self.restoreState(QByteArray(base64.b64decode(state)))

    def save_geometry(self) -> None:
        with self.store.session() as s:
            set_preference(s, self.store.user.id, "window_geometry",
                           base64.b64encode(bytes(self.saveGeometry())).decode())
            set_preference(s, self.store.user.id, "window_state",
                           base64.b64encode(bytes(self.saveState())).decode())

    def closeEvent(self, event) -> None:
        if self.locked:
            event.ignore()  # unlock first: closing must not skip the password
            return
        if (self._client_page is not None and not self._leaving
                and not self._confirm_leave(self._client_page)):
            event.ignore()
            return
        try:
            self.save_geometry()
        except Exception:  # a full disk must not keep the window open
            pass
        QApplication.instance().removeEventFilter(self.idle)
        self.idle.stop()
        super().closeEvent(event)
