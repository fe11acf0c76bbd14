"""Reading off the UI thread, quietly: for lists that take longer than a frame to gather.

``load(fn, on_done, on_error)`` runs ``fn()`` in a daemon thread and calls
``on_done(result)`` (or ``on_error(exc)``) on the UI thread. Unlike
``worker.run_op`` there is no dialog and no Cancel: the page shows what it has
and fills in when the result arrives. ``fn`` only reads (audit entries and
every write stay on the UI thread, so the audit chain is written in order).
If the receiving widget is gone by then, the result is dropped.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import Shiboken

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Created on the UI thread, so a signal emitted from the worker reaches it queued."""

    arrived = Signal(object, object)

    def __init__(self, on_done: Callable, on_error: Callable | None, owner: QObject | None):
        super().__init__()
        self._on_done, self._on_error, self._owner = on_done, on_error, owner
        self.arrived.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result, exc) -> None:
        _pending.discard(self)
        callback = self._on_done if exc is None else self._on_error
        owner = self._owner or getattr(callback, "__self__", None)
        if callback is None or (isinstance(owner, QObject) and not Shiboken.isValid(owner)):
            if exc is not None:
                log.warning("background read failed: %s", type(exc).__name__)
            return
        callback(result if exc is None else exc)


_pending: set[_Relay] = set()  # keeps each relay alive until its result is delivered
_threads: list[threading.Thread] = []


def load(fn: Callable[[], object], on_done: Callable[[object], None],
         on_error: Callable[[BaseException], None] | None = None, *,
         owner: QObject | None = None) -> threading.Thread:
    """``owner``: the widget the callbacks belong to; once it is deleted they are not called."""
    relay = _Relay(on_done, on_error, owner)
    _pending.add(relay)

    def run() -> None:
        try:
            result, exc = fn(), None
        except Exception as error:  # handed to the UI thread, never lost in the thread
            result, exc = None, error
        if Shiboken.isValid(relay):
            relay.arrived.emit(result, exc)

    thread = threading.Thread(target=run, name="background-read", daemon=True)
    _threads[:] = [t for t in _threads if t.is_alive()] + [thread]
    thread.start()
    return thread


class ReloadWhenShown:
    """For a page that reads again after a change: at once if shown, else when next shown.

    Put it before the Qt base class (``class Page(ReloadWhenShown, QWidget)``);
    the page has ``reload()``. Saves elsewhere then cost a hidden page nothing.
    """

    _stale = False

    def reload_when_shown(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


def wait_all(timeout: float = 30.0) -> None:
    """Wait for the running reads (before a store closes under them)."""
    for thread in list(_threads):
        thread.join(timeout)
