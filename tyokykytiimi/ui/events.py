"""One application-wide signal that says what changed, so open views refresh."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventBus(QObject):
    # (area, client_id or ""): area is e.g. "clients", "consents", "network", "plan", "measures"
    changed = Signal(str, str)


bus = EventBus()


def announce(area: str, client_id: str | None = None) -> None:
    bus.changed.emit(area, client_id or "")
