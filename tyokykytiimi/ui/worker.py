"""Running a store operation off the UI thread with progress and Cancel.

``run_op(parent, title, fn, on_done)`` calls ``fn(progress)`` in a worker
thread; ``progress(done, total)`` updates the dialog and raises ``Cancelled``
once the person has pressed Cancel. Failures are shown in a dialog.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget


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


def run_op(parent: QWidget | None, title: str, fn: Callable, on_done: Callable,
           on_error: Callable | None = None) -> QThread:
    dialog = QProgressDialog(title, parent.tr("Cancel") if parent else "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    thread = QThread(parent)
    worker = _Worker(fn)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    dialog.canceled.connect(lambda: setattr(worker, "cancel_requested", True))

    def progressed(done, total):
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finished(result):
        dialog.reset()
        thread.quit()
        on_done(result)

    def failed(exc):
        dialog.reset()
        thread.quit()
        if isinstance(exc, Cancelled):
            return
        if on_error:
            on_error(exc)
        else:
            QMessageBox.warning(parent, title, getattr(exc, "message", None) or str(exc))

    worker.progressed.connect(progressed)
    worker.finished.connect(finished)
    worker.failed.connect(failed)
    thread.finished.connect(worker.deleteLater)
    thread._worker = worker  # keep it alive as long as the thread
    thread.start()
    return thread
