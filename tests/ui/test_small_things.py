"""The small things a coordinator notices (issue 15.12)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTabWidget, QVBoxLayout, QWidget

import tyokykytiimi

ROOT = Path(tyokykytiimi.__file__).resolve().parents[1]


def test_demo_with_a_data_dir_opens_its_demo_folder(monkeypatch, tmp_path):
    import tyokykytiimi.app as app
    from tyokykytiimi import cli
    seen = {}
    monkeypatch.setattr(app, "run_gui", lambda d, **kw: seen.setdefault("dir", d) and 0)
    cli.main(["--data-dir", str(tmp_path / "D"), "--demo"])
    assert seen["dir"] == tmp_path / "D" / "demo"


def test_first_demo_is_built_off_the_ui_thread_behind_a_progress_dialog(qtbot):
    import threading

    from tyokykytiimi.app import build_with_progress
    seen = {}

    def build():
        seen["thread"] = threading.current_thread()

    build_with_progress(QApplication.instance(), build)
    assert seen["thread"] is not threading.main_thread()


def test_strength_meter_is_silent_before_typing(qtbot):
    from tyokykytiimi.ui.password_field import PasswordWithStrength
    field = PasswordWithStrength()
    qtbot.addWidget(field)
    assert field.meter.format() == "" and field.meter.value() == 0
    qtbot.keyClicks(field.edit, "abc")
    assert field.meter.format() != ""


def test_no_three_dots_where_an_ellipsis_belongs():
    offenders = []
    for path in list((ROOT / "tyokykytiimi").rglob("*.py")) + \
            list((ROOT / "resources").rglob("*.ts")) + list((ROOT / "resources").rglob("*.po")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(r"""\w\.\.\.["'<]""", line):
                offenders.append(f"{path.name}:{n}")
    assert offenders == []


def test_ctrl_pgdown_switches_tabs_even_from_a_drop_down(qtbot, store):
    from tyokykytiimi.ui.main_window import MainWindow
    window = MainWindow(store)
    qtbot.addWidget(window)
    tabs = QTabWidget()
    first = QWidget()
    combo = QComboBox(first)
    combo.addItems(["a", "b", "c"])
    QVBoxLayout(first).addWidget(combo)
    tabs.addTab(first, "1")
    tabs.addTab(QWidget(), "2")
    window.pages.addWidget(tabs)
    window.pages.setCurrentWidget(tabs)
    window.show()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_PageDown, Qt.ControlModifier)
    assert tabs.currentIndex() == 1 and combo.currentIndex() == 0


def test_an_admin_cannot_start_deactivating_themselves(qtbot, store):
    from tyokykytiimi.ui.admin.users_page import UsersPage
    page = UsersPage(store)
    qtbot.addWidget(page)
    page.show()
    me = next(i for i, u in enumerate(page._users) if u.id == store.user.id)
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton,
                     pos=page.table.visualRect(page.table.model().index(me, 0)).center())
    assert not page.deactivate_button.isEnabled()


def test_recovery_link_looks_and_works_like_a_link(qtbot, store):
    from tyokykytiimi.ui.sign_in import SignInDialog
    dialog = SignInDialog(store.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    link = dialog.use_recovery
    assert link.cursor().shape() == Qt.PointingHandCursor and link.font().underline()
    assert link.isFlat()
    qtbot.mouseClick(link, Qt.LeftButton)
    assert dialog.recovery.isVisible()
