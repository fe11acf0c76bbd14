"""Atomic file writes: write beside the target, fsync, rename."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from .errors import DiskFull


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            raise DiskFull() from exc
        raise


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) owner-only, and make an existing one owner-only."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    _chmod(path, 0o700)
    return path


def tighten(data_dir: Path) -> None:
    """Owner-only modes on the data folder, its files and backups/ (0700 and 0600).

    Run at every start and after a restore: files that came out of a zip or a
    copy carry the umask's 0644, and a folder made by an installer 0755.
    """
    data_dir = Path(data_dir)
    if os.name != "posix" or not data_dir.is_dir():
        return
    _chmod(data_dir, 0o700)
    for entry in data_dir.iterdir():
        if entry.is_symlink():
            continue
        if entry.is_dir():
            if entry.name == "backups":
                _chmod(entry, 0o700)
                for item in entry.iterdir():
                    if item.is_file() and not item.is_symlink():
                        _chmod(item, 0o600)
        elif entry.is_file():
            _chmod(entry, 0o600)


def _chmod(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        if (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # someone else's file: opening it tells the person what is wrong


# Work folders of a backup or restore under way (store/backup.py); a killed process leaves them.
WORK_PREFIXES = (".backup-", ".restore-")


def remove_stale_work(folder: Path, older_than_s: float = 0) -> int:
    """Delete work folders a killed backup or restore left in ``folder``; returns how many.

    Only call where nothing of ours can be running: in the data folder while
    holding its instance lock, or with ``older_than_s`` in a shared folder.
    """
    import shutil
    import time
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    removed = 0
    now = time.time()
    for entry in folder.iterdir():
        if not entry.name.startswith(WORK_PREFIXES) or not entry.is_dir() or entry.is_symlink():
            continue
        try:
            if now - entry.stat().st_mtime < older_than_s:
                continue
        except OSError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed += not entry.exists()
    return removed
