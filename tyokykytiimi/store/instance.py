"""One program per database: a lock file beside it, released when the process ends."""
from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from .errors import AlreadyRunning

LOCK_FILE = "tyokykytiimi.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self._lock = FileLock(str(Path(data_dir) / LOCK_FILE), timeout=0)

    def acquire(self) -> "InstanceLock":
        try:
            self._lock.acquire()
        except Timeout:
            raise AlreadyRunning() from None
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked
