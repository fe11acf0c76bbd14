"""Every screen, rendered in Finnish and in Swedish, shows no English source string.

The screens are walked over a small demo database (every area, every client
tab, the settings dialog); every visible text is compared with the catalogue:
a text that is an English source with a translation of its own means some code
path shows the source instead of asking the catalogue.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QTabBar, QTabWidget, QWidget)

from tests.ui import drive
from tyokykytiimi import i18n as catalogue
from tyokykytiimi.ui import i18n


def translated_sources(lang: str) -> set[str]:
    """English sources whose translation differs from them (and so must never show)."""
    cat = catalogue.translations(lang)
    found = set()
    # GNUTranslations keeps its table in _catalog: msgid (or ctx\x04msgid) -> text.
    for key, text in cat._catalog.items():
        if isinstance(key, tuple) or not key or "\x04" in key:
            continue
        if text and text != key and not re.search(r"%\d|\{\w*\}", key) and len(key) > 3:
            found.add(key)
    return found


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            texts.add(w.text())
        elif isinstance(w, QAbstractButton):
            texts.add(w.text())
            texts.add(w.toolTip())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QTabBar):
            texts.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            columns = header().count() if header is not None else 1
            texts.update(str(model.headerData(c, Qt.Horizontal) or "") for c in range(columns))
    for action in root.findChildren(QAction):
        texts.add(action.text())
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from tyokykytiimi.demo.generator import create_demo
    folder = tmp_path_factory.mktemp("demo")
    store = create_demo(folder / "demo", n_clients=25)
    data_dir = store.data_dir
    store.close()
    return data_dir


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_screen_speaks_the_language(qtbot, demo_dir, lang):
    from sqlmodel import select

    from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER
    from tyokykytiimi.models.clients import Client
    from tyokykytiimi.store.unlock import open_store
    from tyokykytiimi.ui.main_window import MainWindow
    from tyokykytiimi.ui.settings_dialog import SettingsDialog

    i18n.install(lang)
    store = open_store(demo_dir, DEMO_USER, DEMO_PASSWORD)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.resize(1280, 820)
        window.show()
        # The language picker names each language in its own words, on purpose.
        sources = {s.replace("&", "").strip() for s in translated_sources(lang)} - {"English"}
        shown: dict[str, set[str]] = {}
        for area in ("home", "clients", "servicemap", "reports", "admin"):
            drive.go_to(qtbot, window, area)
            qtbot.wait(20)
            shown[area] = visible_texts(window)
            for tab_widget in window.page(area).findChildren(QTabWidget):
                for i in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(i)
                    qtbot.wait(10)
                    shown[f"{area}/{tab_widget.tabText(i)}"] = visible_texts(window)
        with store.session() as s:
            client = s.exec(select(Client).where(Client.path_step >= 3).limit(1)).first()
        page = window.open_client(client.id)
        tabs = page.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(20)
            shown[f"client/{tabs.tabText(i)}"] = visible_texts(window)
        settings = SettingsDialog(store, window)
        qtbot.addWidget(settings)
        settings.show()
        shown["settings"] = visible_texts(settings)
        settings.close()
        untranslated = sorted({f"{where}: {text!r}" for where, texts in shown.items()
                               for text in texts if text in sources})
        assert not untranslated, f"English on the {lang} screens:\n" + "\n".join(untranslated)
        window.close()
    finally:
        store.close()
