"""PySide6's import hook, answered without keeping every module's source in memory.

For every module imported after PySide6, PySide asks whether its source
mentions "PySide6" (to decide whether its ``__feature__`` switches apply),
using ``inspect.getsource``. That reads each file into ``linecache`` and keeps
it there for good: about 10 MiB of source text (SQLAlchemy, SQLModel, the
store, the UI) by the time the main window shows, and the time to read it.
The same question is answered here from the file's bytes, read and let go.
"""
from __future__ import annotations

import linecache
import sys


def lighten() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return  # another PySide6 version: left as it is

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            return original(module)

    uses_pyside.reads_bytes = True
    feature._mod_uses_pyside = uses_pyside
    linecache.clearcache()  # what PySide read of the modules imported before it


def settle_types() -> None:
    """Let PySide look up Qt's private classes now, while the password is typed.

    The first time a Python event filter on the whole application is handed an
    object of a class PySide has no wrapper for (Qt's gesture manager, made with
    the first scroll area), PySide sets up the rest of its lazily loaded classes
    looking for it: some 150 enum classes, 20–40 ms. The main window's idle
    watch is such a filter, so this happened while the home page was built,
    after Sign in. Done once (later calls cost nothing), on the UI thread.
    """
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QListView

    class _Passing(QObject):
        def eventFilter(self, obj, event) -> bool:
            return False

    app = QApplication.instance()
    if app is None or app.property("tyokykytiimiTypesSettled"):
        return
    passing = _Passing()
    app.installEventFilter(passing)
    try:
        QListView()  # its gesture set-up reaches the gesture manager through the filter
    finally:
        app.removeEventFilter(passing)
    app.setProperty("tyokykytiimiTypesSettled", True)
