"""Ctrl+PgDown / Ctrl+PgUp switch tabs wherever the focus is.

A drop-down (QComboBox) and a spin box take PgDown for themselves, with or without
Ctrl, so a nurse in a combo box on a client tab could not move to the next tab.
One application-wide filter hands the keys to the nearest tab widget first.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


def _tabs_around(w: QWidget | None) -> QTabWidget | None:
    while w is not None:
        w = w.parentWidget()
        if isinstance(w, QTabWidget) and w.isVisible():
            return w
    return None


_MARK = "tyokykytiimiTabKeys"


class TabKeys(QObject):
    KEYS = {Qt.Key_PageDown: 1, Qt.Key_PageUp: -1}

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.KeyPress or not isinstance(obj, QWidget):
            return False
        step = self.KEYS.get(event.key())
        if step is None or event.modifiers() != Qt.ControlModifier:
            return False
        tabs = _tabs_around(obj)
        if tabs is None or tabs.count() < 2:
            return False
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        return True


def install_tab_keys(app: QApplication) -> None:
    # A mark on the application, not a look through app.children(): wrapping each
    # child for Python made PySide set up a hundred enum classes of every Qt module
    # (a fifth of the main window's start).
    if not app.property(_MARK):
        app.installEventFilter(TabKeys(app))
        app.setProperty(_MARK, True)
