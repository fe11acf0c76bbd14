"""Files in the shared folder: names, the signed envelope, writing once.

Layout (every file is written by one workstation only, never modified)::

    <folder>/<device>/0000000001-0000000042.bundle   changes 1..42, to the members
    <folder>/<device>/0000000001-0000000042.1a2b3c4d.bundle   the same, re-sent to a newcomer
    <folder>/<device>/state-0000000007.state         what it has applied (older ones deleted)
    <folder>/join/<device>.request                   a join request: public keys only
    <folder>/join/<device>.welcome                   the team's data for an approved newcomer

Envelope: ``MAGIC | header length | header (JSON: kind, device, range, schema)
| body length | body | Ed25519 signature over all before it``. Bodies are
age-encrypted except a join request's, which holds public keys only.
Readers skip names that do not match exactly: temporary names (leading dot)
and the conflict copies sync tools leave (``*.sync-conflict-*``,
``* (conflicted copy)*``).
"""
from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..atomic import fsync_dir
from ..errors import DiskFull
from . import crypto

MAGIC = b"TKTSYNC1"
FORMAT = 1
JOIN_DIR = "join"
BUNDLE_RE = re.compile(r"^(\d{10})-(\d{10})(?:\.([0-9a-f]{8}))?\.bundle$")
STATE_RE = re.compile(r"^state-(\d{10})\.state$")
DEVICE_RE = re.compile(r"^[0-9a-f-]{36}$")


class Damaged(Exception):
    """A file that is not a whole, authentic sync file."""


def bundle_name(first: int, last: int, tag: str | None = None) -> str:
    middle = f".{tag}" if tag else ""
    return f"{first:010d}-{last:010d}{middle}.bundle"


def state_name(number: int) -> str:
    return f"state-{number:010d}.state"


def pack(payload: dict, level: int = 6) -> bytes:
    return zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":"),
                                    default=str).encode("utf-8"), level)


def unpack(data: bytes) -> dict:
    try:
        return json.loads(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError) as exc:
        raise Damaged() from exc


def seal(header: dict, body: bytes, sign_secret: str) -> bytes:
    head = json.dumps({"format": FORMAT, **header}, sort_keys=True).encode("utf-8")
    signed = (MAGIC + len(head).to_bytes(4, "big") + head + len(body).to_bytes(8, "big")
              + body)
    return signed + crypto.sign(signed, sign_secret)


@dataclass
class Envelope:
    header: dict
    body: bytes
    signed: bytes
    signature: bytes

    def verified_by(self, sign_public: str) -> bool:
        return crypto.verify(self.signed, self.signature, sign_public)


def open_envelope(data: bytes) -> Envelope:
    """The parts of a file; Damaged when it is cut, empty or not ours."""
    try:
        if not data.startswith(MAGIC):
            raise Damaged()
        at = len(MAGIC)
        hlen = int.from_bytes(data[at:at + 4], "big")
        header = json.loads(data[at + 4:at + 4 + hlen].decode("utf-8"))
        at += 4 + hlen
        blen = int.from_bytes(data[at:at + 8], "big")
        at += 8
        body = data[at:at + blen]
        end = at + blen
        signature = data[end:]
        if len(body) != blen or len(signature) != crypto.SIGNATURE_BYTES:
            raise Damaged()
        if not isinstance(header, dict):
            raise Damaged()
        return Envelope(header, body, data[:end], signature)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Damaged() from exc


def write_once(path: Path, data: bytes) -> bool:
    """Temporary name → flush → link to the final name; False if the name is taken
    (a file is never replaced: two writers of one name means a restored workstation)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:
            # Some shares have no hard links: rename, after making sure the name is free.
            if path.exists():
                return False
            os.replace(tmp, path)
        fsync_dir(path.parent)
        return True
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            raise DiskFull() from exc
        raise
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def device_dirs(folder: Path) -> list[str]:
    try:
        return sorted(p.name for p in Path(folder).iterdir()
                      if p.is_dir() and DEVICE_RE.match(p.name))
    except OSError:
        return []


def _matching(folder: Path, device: str, pattern: re.Pattern) -> list[tuple[re.Match, Path]]:
    try:
        names = os.listdir(Path(folder) / device)
    except OSError:
        return []
    return [(m, Path(folder) / device / name) for name in names
            if (m := pattern.match(name))]


def bundles(folder: Path, device: str) -> list[tuple[int, int, Path]]:
    """(first, last, path) of a device's bundles, by first sequence number."""
    return sorted((int(m.group(1)), int(m.group(2)), p)
                  for m, p in _matching(folder, device, BUNDLE_RE))


def states(folder: Path, device: str) -> list[tuple[int, Path]]:
    return sorted((int(m.group(1)), p) for m, p in _matching(folder, device, STATE_RE))


def read(path: Path) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None
