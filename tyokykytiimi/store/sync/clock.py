"""Hybrid logical clock: breaks ties between concurrent versions, nothing more.

Order between changes comes from version vectors (``merge``); a wall clock a
year wrong only moves which of two concurrent values is shown provisionally,
and the same on every workstation. The clock value is ``(wall_ms, counter)``,
written as a fixed-width string so it also sorts as text.
"""
from __future__ import annotations

import time

SKEW_MS = 24 * 3600 * 1000  # a day: beyond this a workstation's clock is named in a notice


def now_ms() -> int:
    return int(time.time() * 1000)


def tick(wall: int, count: int, now: int | None = None) -> tuple[int, int]:
    """The clock after a local event."""
    now = now_ms() if now is None else now
    if now > wall:
        return now, 0
    return wall, count + 1


def receive(wall: int, count: int, remote: tuple[int, int], now: int | None = None
            ) -> tuple[int, int]:
    """The clock after seeing a remote value."""
    now = now_ms() if now is None else now
    top = max(wall, remote[0], now)
    if top == wall == remote[0]:
        return top, max(count, remote[1]) + 1
    if top == wall:
        return top, count + 1
    if top == remote[0]:
        return top, remote[1] + 1
    return top, 0


def encode(wall: int, count: int) -> str:
    return f"{wall:015d}.{count:06d}"


def decode(text: str) -> tuple[int, int]:
    wall, count = text.split(".")
    return int(wall), int(count)
