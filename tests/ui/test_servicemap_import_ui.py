"""Importing a service map from the page: in the background, a report for a bad file."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tyokykytiimi.paths import resource_path
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage


def _import(qtbot, store, monkeypatch, path, box: str) -> list[str]:
    """Click Import, choose ``path``; the text of the message box ``box`` that follows."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, box, lambda parent, title, text: shown.append(text))
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.import_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    return shown


def test_bad_file_gets_a_report_and_nothing_imported(qtbot, store, tmp_path, monkeypatch):
    bad = tmp_path / "kartta.json"
    bad.write_bytes(b'{"format": "tyokykytiimi-servicemap", "organisations": "kela"}')
    shown = _import(qtbot, store, monkeypatch, bad, "warning")
    assert "organisations" in shown[0] and "mitään ei tuotu" in shown[0]
    assert sm.list_organisations(store) == []


def test_good_file_imports_in_the_background(qtbot, store, monkeypatch):
    sample = resource_path("servicemap", "sample.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample), ""))
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.import_btn, Qt.LeftButton)
    # The result stays on the page, no box to answer: the person may have gone on.
    qtbot.waitUntil(lambda: page.import_result.isVisible(), timeout=20000)
    count = len(json.loads(sample.read_text("utf-8"))["organisations"])
    assert page.import_result.text().endswith("new, 0 updated, 0 unchanged.")
    assert QApplication.activeModalWidget() is None
    assert len(sm.list_organisations(store)) == count
