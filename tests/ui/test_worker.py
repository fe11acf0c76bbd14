"""run_op: the work runs off the UI thread, its answers come back on it."""
import gc
import threading

from PySide6.QtWidgets import QWidget

from tyokykytiimi.ui import worker as worker_module
from tyokykytiimi.ui.worker import run_op


def test_work_runs_in_a_worker_and_answers_on_the_ui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work(progress):
        seen["work"] = threading.get_ident()
        progress(1, 2)
        return 42

    def done(result):
        seen["done"] = threading.get_ident()
        seen["result"] = result

    thread = run_op(parent, "Working", work, done)
    qtbot.waitUntil(lambda: "result" in seen and not thread.isRunning(), timeout=5000)
    ui = threading.get_ident()
    assert seen["work"] != ui
    assert seen["done"] == ui and seen["result"] == 42


def test_failure_is_reported_on_the_ui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work(progress):
        raise ValueError("levy täynnä")

    def failed(exc):
        seen["thread"] = threading.get_ident()
        seen["exc"] = exc

    thread = run_op(parent, "Working", work, lambda _: None, on_error=failed)
    qtbot.waitUntil(lambda: "exc" in seen and not thread.isRunning(), timeout=5000)
    assert seen["thread"] == threading.get_ident()
    assert str(seen["exc"]) == "levy täynnä"


def test_cancel_stops_the_work_quietly(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {"steps": 0}
    gate = threading.Event()

    def work(progress):
        for i in range(1000):
            gate.wait(5)
            seen["steps"] += 1
            progress(i, 1000)
        return "all"

    def failed(exc):
        seen["error"] = exc

    results = []
    thread = run_op(parent, "Working", work, results.append, on_error=failed)
    worker, _relay = worker_module._running[thread]
    worker.cancel_requested = True  # what the dialog's Cancel sets
    gate.set()
    qtbot.waitUntil(lambda: not thread.isRunning(), timeout=5000)
    assert results == [] and "error" not in seen and seen["steps"] == 1


def test_nobody_needs_to_keep_the_thread(qtbot):
    """Callers often drop run_op's answer; the work still finishes and is then let go."""
    parent = QWidget()
    qtbot.addWidget(parent)
    results = []
    run_op(parent, "Working", lambda progress: "done", results.append)
    gc.collect()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: not worker_module._running, timeout=5000)
