"""One program per database: a lock file beside it, released when the process ends."""
from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from .errors import AlreadyRunning, NotWritable

LOCK_FILE = "tyokykytiimi.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self._lock = FileLock(str(self.data_dir / LOCK_FILE), timeout=0, mode=0o600)

    def acquire(self) -> "InstanceLock":
        try:
            self._lock.acquire()
        except Timeout:
            raise AlreadyRunning() from None
        except OSError as exc:
            # A read-only or someone else's folder: say so before any password is tried.
            raise NotWritable.for_folder(self.data_dir) from exc
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked
