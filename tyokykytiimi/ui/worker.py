"""Running a store operation off the UI thread with progress and Cancel.

``run_op(parent, title, fn, on_done)`` calls ``fn(progress)`` in a worker
thread; ``progress(done, total)`` updates the dialog and raises ``Cancelled``
once the person has pressed Cancel. ``on_done`` and ``on_error`` run on the
UI thread. Failures are shown in a dialog.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import Shiboken


class Cancelled(Exception):
    pass


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, fn: Callable):
        super().__init__()
        self._fn = fn
        self.cancel_requested = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested:
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self.finished.emit(self._fn(self._progress))
        except Cancelled:
            self.failed.emit(Cancelled())
        except Exception as exc:  # shown to the person, not swallowed
            self.failed.emit(exc)


class _Relay(QObject):
    """Lives on the UI thread, so the worker's signals reach it queued.

    A signal connected to a plain function runs that function in the thread
    that emits it — the worker's — where widgets must not be touched.
    """

    def __init__(self, progressed, finished, failed, parent=None):
        super().__init__(parent)
        self._progressed, self._finished, self._failed = progressed, finished, failed
        self.thread_ref: QThread | None = None

    @Slot()
    def ended(self) -> None:
        # Queued here after the thread has really stopped: only now may the last
        # reference to it (and to this relay) go.
        _running.pop(self.thread_ref, None)

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._progressed(done, total)

    @Slot(object)
    def finished(self, result) -> None:
        self._finished(result)

    @Slot(object)
    def failed(self, exc) -> None:
        self._failed(exc)


# Running threads with their worker and relay. Nothing else is relied on to keep
# them alive: a QThread collected while running aborts the process, and a relay
# collected early would leave its thread running forever.
_running: dict[QThread, tuple[QObject, QObject]] = {}


def _alive(callback: Callable | None) -> bool:
    """False for a bound method of a widget deleted meanwhile (e.g. rebuilt in a new language)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or Shiboken.isValid(owner)


def run_op(parent: QWidget | None, title: str, fn: Callable, on_done: Callable,
           on_error: Callable | None = None) -> QThread:
    dialog = QProgressDialog(title, parent.tr("Cancel") if parent else "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    # Not parented: a window closed or rebuilt meanwhile must not destroy a running
    # thread (Qt aborts the process); it lives in _running until it ends.
    thread = QThread()
    worker = _Worker(fn)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    dialog.canceled.connect(lambda: setattr(worker, "cancel_requested", True))

    def progressed(done, total):
        if Shiboken.isValid(dialog):
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finished(result):
        if Shiboken.isValid(dialog):
            dialog.reset()
        thread.quit()
        if _alive(on_done):
            on_done(result)

    def failed(exc):
        if Shiboken.isValid(dialog):
            dialog.reset()
        thread.quit()
        if isinstance(exc, Cancelled):
            return
        if on_error:
            if _alive(on_error):
                on_error(exc)
        else:
            QMessageBox.warning(parent, title, getattr(exc, "message", None) or str(exc))

    relay = _Relay(progressed, finished, failed)
    relay.thread_ref = thread
    _running[thread] = (worker, relay)
    worker.progressed.connect(relay.progressed)
    worker.finished.connect(relay.finished)
    worker.failed.connect(relay.failed)
    thread.finished.connect(relay.ended)
    thread.start()
    return thread
