"""The client's own data as one machine-readable JSON file.

Written from :func:`tyokykytiimi.store.access_export.collect`: the same
sections as the PDF, every column of every row, dates and times in ISO 8601
(times in UTC with their offset), UTF-8 without escaping (ä stays ä). The
top level names the format and its version (``schema``, ``schema_version``)
so a reader can tell future versions apart. Written atomically: a failed
export leaves no half file.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime, time
from pathlib import Path


def _default(value):
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def write_access_json(data: dict, target) -> Path:
    """Write ``data`` (from ``store.access_export.collect``) to ``target`` as UTF-8 JSON."""
    target = Path(target)
    payload = (dumps(data) + "\n").encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                               dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target
