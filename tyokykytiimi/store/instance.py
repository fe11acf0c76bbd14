"""One program per database: a lock file beside it, released when the process ends.

The operating system's own advisory lock on ``tyokykytiimi.lock`` (``flock`` on
Linux and macOS, ``msvcrt.locking`` on Windows): the kernel drops it when the
process ends, however it ends, so a crash never leaves a stale lock behind. The
file itself stays in place (a second program waits on the same file).

Written on the standard library: the ``filelock`` package did the same, but
importing it (it loads its asyncio and settings machinery) took a tenth of the
time before the sign-in dialog could show.
"""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from .atomic import private_dir
from .errors import AlreadyRunning, NotWritable

LOCK_FILE = "tyokykytiimi.lock"

# Another process holds the lock (EACCES: some file systems, and Windows, say so).
_HELD_ELSEWHERE = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK,
                             getattr(errno, "EDEADLOCK", errno.EDEADLK)})
# This file system has no flock (some network shares): POSIX record locks instead.
_NO_FLOCK = frozenset({errno.ENOSYS, errno.ENOLCK, errno.EOPNOTSUPP})

if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in _NO_FLOCK:
                raise
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> "InstanceLock":
        if self._fd is not None:
            return self
        try:
            private_dir(self.data_dir)  # a restore may go to a folder not made yet
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # A read-only or someone else's folder: say so before any password is tried.
            raise NotWritable.for_folder(self.data_dir) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _HELD_ELSEWHERE:
                raise AlreadyRunning() from None
            raise NotWritable.for_folder(self.data_dir) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file below drops the lock all the same
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
