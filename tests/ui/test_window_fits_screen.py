"""The main window opens within the screen: at first start, and when the size it was
left at came from a larger screen (or a smaller scale)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tyokykytiimi.ui.main_window import MainWindow


def _room():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_first_start_fits_the_screen(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    room = _room()
    assert window.width() <= room.width() and window.height() <= room.height()


def test_a_size_left_on_a_larger_screen_is_fitted_to_this_one(qtbot, store):
    room = _room()
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.setGeometry(0, 0, room.width() * 2, room.height() * 2)
    first.close()  # closing saves the size, as when the person quits
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert room.contains(again.geometry()), (room, again.geometry())
