"""A ratchet on UI tests that call the program's slots directly instead of clicking.

A slot is a method the program connects to a button, action or shortcut
(``….connect(self.NAME)``, ``activated=self.NAME``) or a dialog's
``accept``/``reject``. A UI test calling one skips the control a person uses,
so a dead button passes. The count may only go down, and it is 0: click the
button or type the keys (tests/ui/drive.py helps). UI tests are tests/ui and any
other test module that builds the program's screens.
"""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# 26 when the ratchet came in; every one now clicks or types. It stays at 0.
CEILING = 0
# Qt's own widget methods and names the program also calls from signals that are
# not controls (a list's client_requested, the idle timer, a worker's run).
# "add" is every set's too (a meeting's "add" is reached by its buttons).
NOT_SLOTS = {"close", "clear", "show", "hide", "run", "open_client", "record_consent",
             "lock", "unlock", "add"}


# A call that only shares a slot's name (QImage.save) says so on its line.
NOT_A_SLOT = "# ratchet: not a slot"


def slot_names() -> set[str]:
    names = {"accept", "reject"}
    for f in (ROOT / "tyokykytiimi" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                args = list(node.args) + [k.value for k in node.keywords
                                          if k.arg in ("activated", "triggered", "clicked")]
                is_connect = isinstance(node.func, ast.Attribute) and node.func.attr == "connect"
                for a in (args if is_connect else [k.value for k in node.keywords
                                                  if k.arg in ("activated", "triggered",
                                                               "clicked")]):
                    if isinstance(a, ast.Lambda) and isinstance(a.body, ast.Call):
                        a = a.body.func  # ``lambda: self.save()`` connects save too
                    if isinstance(a, ast.Attribute) and isinstance(a.value, ast.Name) \
                            and a.value.id == "self":
                        names.add(a.attr)
    return names - NOT_SLOTS


def _module_names(tree: ast.AST) -> set[str]:
    """Names a file binds to modules (``import x.y``, ``from tests.ui import plan_steps``)."""
    names = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            names |= {(a.asname or a.name).split(".")[0] for a in n.names}
        elif isinstance(n, ast.ImportFrom) and n.module and not n.level:
            for a in n.names:
                try:
                    is_module = importlib.util.find_spec(f"{n.module}.{a.name}") is not None
                except ModuleNotFoundError:
                    is_module = False
                if is_module:
                    names.add(a.asname or a.name)
    return names


def ui_test_files() -> list[Path]:
    """tests/ui, and any other test module that builds the program's screens."""
    return sorted(f for f in (ROOT / "tests").rglob("test_*.py")
                  if f.parent.name == "ui" or ("tyokykytiimi.ui" in f.read_text("utf-8")
                                               and f.name != Path(__file__).name))


def direct_slot_calls() -> list[str]:
    slots = slot_names()
    out = []
    for f in ui_test_files():
        text = f.read_text("utf-8")
        tree = ast.parse(text)
        lines = text.splitlines()
        # ``step.save(qtbot, tab)``: a function of an imported (helper) module, not a slot.
        modules = _module_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in slots \
                    and not (isinstance(node.func.value, ast.Name)
                             and node.func.value.id in modules) \
                    and NOT_A_SLOT not in lines[node.lineno - 1]:
                out.append(f"{f.relative_to(ROOT / 'tests')}:{node.lineno} "
                           f".{node.func.attr}()")
    return out


def test_direct_slot_calls_in_ui_tests_do_not_rise():
    calls = direct_slot_calls()
    assert len(calls) <= CEILING, (
        f"{len(calls)} direct slot calls in UI tests (ceiling {CEILING}): click the button "
        "or type the keys instead (tests/ui/drive.py):\n  " + "\n  ".join(calls))
