"""Which of the program's buttons, actions and shortcuts the suite presses.

Every place in ``tyokykytiimi/ui`` that creates a push/tool button, an action,
a shortcut or a dialog button box is a *site* (found by scanning the source).
While the tests run, each control the program creates is tagged with its site
(the ``__init__``/``addAction`` of the Qt classes are wrapped once per session),
and pressing it (``clicked``, ``triggered``, ``activated``) marks the site.

``TYOKYKYTIIMI_CONTROLS_REPORT=FILE pytest`` writes the sites never pressed to
FILE (JSON); tests/ui/test_press_everything.py uses ``pressed()`` directly.
"""
from __future__ import annotations

import ast
import json
import sys
from functools import lru_cache, partial
from pathlib import Path

import tyokykytiimi

PACKAGE = Path(tyokykytiimi.__file__).resolve().parent
UI = PACKAGE / "ui"
CREATORS = {"QPushButton", "QToolButton", "QCommandLinkButton", "QAction", "QShortcut",
            "addAction", "addButton", "QDialogButtonBox"}
ADDERS = {"addAction", "addButton"}

_pressed: set[tuple[str, int]] = set()
_installed = False


@lru_cache(maxsize=None)
def _creators() -> frozenset[str]:
    """CREATORS and the program's own subclasses of them (a FeedbackButton is a button)."""
    bases: dict[str, set[str]] = {}
    for f in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                                    for b in node.bases}
    names = set(CREATORS)
    while True:
        more = {name for name, of in bases.items() if of & names} - names
        if not more:
            return frozenset(names)
        names |= more


def _adds_existing(node: ast.Call) -> bool:
    """``menu.addAction(action)``, ``group.addButton(radio)``, ``box.addButton(self.ok, role)``:
    an action or button made elsewhere (its own site) is put somewhere; nothing is created.
    ``box.addButton(QMessageBox.Cancel)`` and ``addAction(self.tr("…"))`` do create one."""
    if not node.args:
        return False
    first = node.args[0]
    root = first
    while isinstance(root, ast.Attribute):
        root = root.value
    return isinstance(first, ast.Name) or (
        isinstance(first, ast.Attribute) and isinstance(root, ast.Name)
        and not root.id[:1].isupper())


@lru_cache(maxsize=None)
def _calls(path: str) -> tuple[tuple[int, int, int], ...]:
    """(first line, last line, start line) of every creating call in one file."""
    out = []
    creators = _creators()
    for node in ast.walk(ast.parse(Path(path).read_text("utf-8"))):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", None)
            if name == "QDialogButtonBox" and not node.args and not any(
                    k.arg == "standardButtons" for k in node.keywords):
                continue  # an empty box: its buttons are added (and counted) one by one
            if name in creators and not (name in ADDERS and _adds_existing(node)):
                out.append((node.lineno, node.end_lineno, node.lineno))
    return tuple(out)


def sites() -> set[tuple[str, int]]:
    """Every creating call in tyokykytiimi/ui as (path relative to the package, line)."""
    out = set()
    for f in sorted(UI.rglob("*.py")):
        for first, _last, start in _calls(str(f)):
            out.add((str(f.relative_to(PACKAGE)), start))
    return out


def _site_of_caller() -> tuple[str, int] | None:
    frame = sys._getframe(2)
    while frame is not None:
        path = frame.f_code.co_filename
        if path.startswith(str(UI)):
            line = frame.f_lineno
            spans = [c for c in _calls(path) if c[0] <= line <= c[1]]
            if spans:  # else a subclass's super().__init__: its creator is further up
                start = max(spans)[2]  # the innermost call on that line
                return (str(Path(path).relative_to(PACKAGE)), start)
        frame = frame.f_back
    return None


def _mark(site, *_args) -> None:
    _pressed.add(site)


def _tag(obj, site) -> None:
    if site is None or obj.property("_tk_site"):
        return
    obj.setProperty("_tk_site", f"{site[0]}:{site[1]}")
    for signal in ("clicked", "triggered", "activated", "activatedAmbiguously"):
        sig = getattr(obj, signal, None)
        if sig is not None and hasattr(sig, "connect"):
            sig.connect(partial(_mark, site))
            break


def install() -> None:
    """Wrap the Qt constructors once; cheap enough to run for every session."""
    global _installed
    if _installed:
        return
    _installed = True
    from PySide6.QtGui import QAction, QShortcut
    from PySide6.QtWidgets import (QCommandLinkButton, QDialogButtonBox, QMenu, QMenuBar,
                                   QMessageBox, QPushButton, QToolBar, QToolButton)

    def wrap_init(cls):
        original = cls.__init__

        def __init__(self, *args, **kwargs):
            original(self, *args, **kwargs)
            _tag(self, _site_of_caller())
        cls.__init__ = __init__

    def wrap_adder(cls, name):
        original = getattr(cls, name)

        def adder(self, *args, **kwargs):
            result = original(self, *args, **kwargs)
            site = _site_of_caller()
            if isinstance(result, (QAction, QPushButton)):
                _tag(result, site)
            if isinstance(self, QDialogButtonBox):
                for b in self.buttons():
                    _tag(b, site)
            return result
        setattr(cls, name, adder)

    for cls in (QPushButton, QToolButton, QCommandLinkButton, QAction, QShortcut):
        wrap_init(cls)
    for cls in (QMenu, QMenuBar, QToolBar):
        wrap_adder(cls, "addAction")
    wrap_adder(QDialogButtonBox, "addButton")
    wrap_adder(QMessageBox, "addButton")  # a question's own buttons ("Close the client…")
    wrap_adder(QDialogButtonBox, "setStandardButtons")
    original_box = QDialogButtonBox.__init__

    def box_init(self, *args, **kwargs):
        original_box(self, *args, **kwargs)
        site = _site_of_caller()
        for b in self.buttons():
            _tag(b, site)
    QDialogButtonBox.__init__ = box_init


def pressed() -> set[tuple[str, int]]:
    return set(_pressed)


def report(path: Path) -> dict:
    every = sites()
    never = sorted(every - _pressed)
    data = {"sites": len(every), "pressed": len(every & _pressed), "never_pressed": len(never),
            "never": [f"{p}:{n}" for p, n in never]}
    Path(path).write_text(json.dumps(data, indent=1), "utf-8")
    return data
