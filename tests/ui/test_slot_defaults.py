"""No slot with default arguments hangs on a signal that passes a value it does not expect.

``clicked`` and ``triggered`` pass ``checked`` (a bool) and ``doubleClicked`` an index:
connected to ``def new_consent(self, parties=())`` the value lands in ``parties`` and the
slot fails (only in the log). This scans every module of the UI.
"""
from __future__ import annotations

import ast
from pathlib import Path

import tyokykytiimi.ui

UI = Path(tyokykytiimi.ui.__file__).parent
SIGNALS = {"clicked", "triggered", "toggled", "doubleClicked", "activated", "pressed",
           "released", "itemActivated", "itemClicked", "itemDoubleClicked"}


def _takes_defaults(fn: ast.FunctionDef) -> bool:
    args = fn.args
    return bool(args.defaults) or any(d is not None for d in args.kw_defaults)


def offenders() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            body = cls.body
            methods = {f.name: f for f in body if isinstance(f, ast.FunctionDef)}
            for call in ast.walk(cls):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "connect" and call.args
                        and isinstance(call.func.value, ast.Attribute)
                        and call.func.value.attr in SIGNALS):
                    continue
                target = call.args[0]
                name = None
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == "self":
                    name = target.attr
                elif isinstance(target, ast.Name) and cls is tree:
                    name = target.id
                fn = methods.get(name) if name else None
                if fn is not None and _takes_defaults(fn):
                    found.append(f"{path.relative_to(UI)}:{call.lineno} "
                                 f"{call.func.value.attr} -> {name}")
    return sorted(set(found))


def test_scan_finds_the_pattern(tmp_path, monkeypatch):
    bad = tmp_path / "bad.py"
    bad.write_text("class T:\n    def __init__(self):\n        self.b.clicked.connect(self.go)\n"
                   "    def go(self, parties=()):\n        pass\n")
    import sys
    monkeypatch.setattr(sys.modules[__name__], "UI", tmp_path)
    assert offenders() == ["bad.py:3 clicked -> go"]


def test_no_slot_with_defaults_on_a_signal_that_passes_a_value():
    assert offenders() == []
