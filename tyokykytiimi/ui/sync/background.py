"""Sync off the UI thread, one at a time, with no dialog: it never blocks typing."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable, signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # reported on the UI thread
            result, error = None, exc
        self.signals.done.emit(result, error)


class Runner(QObject):
    """Runs ``fn`` in the pool; ``finished(result, error)`` on the UI thread."""

    finished = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.busy = False
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)

    def start(self, fn: Callable) -> bool:
        if self.busy:
            return False
        self.busy = True
        QThreadPool.globalInstance().start(_Job(fn, self._signals))
        return True

    @Slot(object, object)
    def _done(self, result, error) -> None:
        self.busy = False
        self.finished.emit(result, error)

    def wait(self, ms: int = 30000) -> None:
        QThreadPool.globalInstance().waitForDone(ms)
