"""PySide6's import hook still tells modules that use PySide6 from those that do not,
without keeping their source in linecache."""
from __future__ import annotations

import importlib
import linecache
import sys

import pytest

from tyokykytiimi.ui import pyside_hook


@pytest.fixture
def modules(tmp_path, monkeypatch):
    (tmp_path / "perf_uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "perf_no_qt.py").write_text("ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    for name in ("perf_uses_qt", "perf_no_qt"):
        sys.modules.pop(name, None)


def test_modules_imported_after_it_are_told_apart_from_their_bytes(modules):
    feature = sys.modules["shibokensupport.feature"]
    pyside_hook.lighten()
    pyside_hook.lighten()  # twice is once
    assert feature._mod_uses_pyside.reads_bytes
    uses, plain = (importlib.import_module(n) for n in ("perf_uses_qt", "perf_no_qt"))
    assert feature._mod_uses_pyside(uses) is True
    assert feature._mod_uses_pyside(plain) is False
    assert feature._mod_uses_pyside(sys) is False  # no source file: PySide's own answer
    assert uses.__file__ not in linecache.cache and plain.__file__ not in linecache.cache
