"""Reading a service-map file for import: any file becomes rows or a list of problems.

Whatever the file holds (another encoding, a binary, a field of 100,000
characters, JSON nested ten thousand deep, a 5,000-digit number, a lone
surrogate, the wrong JSON types) the person gets a report of what is wrong
where, and nothing is imported. A file over MAX_BYTES (far above any team's
service map: the sample's 32 organisations take 37 kB) is refused before it is
read, so memory stays bounded; a CSV is read line by line, with a limit on
the length of a line.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Callable, Iterator

from ..i18n import _
from .servicemap import Problem, parse_csv, parse_json

MAX_BYTES = 10 * 1024 * 1024
MAX_LINE = 20_000  # characters in one CSV line; a service card's texts fit many times
MAX_PROBLEMS = 200

Progress = Callable[[int, int], None]


class _Stop(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


class _Lines:
    """The text lines of a binary stream, counted, length-checked, with progress."""

    def __init__(self, raw, total: int, progress: Progress | None):
        self.raw, self.total, self.progress = raw, total, progress
        self.line = 0

    def __iter__(self) -> Iterator[str]:
        text = io.TextIOWrapper(self.raw, encoding="utf-8-sig", newline="")
        while True:
            try:
                line = text.readline(MAX_LINE + 1)
            except UnicodeDecodeError:
                raise _Stop(Problem(self.line + 1, _not_utf8())) from None
            if not line:
                return
            self.line += 1
            if len(line) > MAX_LINE and not line.endswith("\n"):
                raise _Stop(Problem(self.line, _("the line is too long (over {n} characters)").format(n=MAX_LINE)))
            if "\x00" in line:
                raise _Stop(Problem(self.line, _not_text()))
            if self.progress and self.line % 200 == 0:
                self.progress(self.raw.tell(), self.total)
            yield line


def _not_utf8() -> str:
    return _("the file is not UTF-8 text; save it as UTF-8")


def _not_text() -> str:
    return _("the file contains characters that are not text")


def read_map(path: Path, progress: Progress | None = None) -> tuple[list, list[Problem]]:
    path = Path(path)
    total = path.stat().st_size
    if total > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        return [], [Problem(_("file"), _(
            "the file is too large for a service map (over {mb} MB)").format(mb=mb))]
    if path.suffix.lower() == ".json":
        rows, problems = _read_json(path, total)
    else:
        rows, problems = _read_csv(path, total, progress)
    if progress:
        progress(total, total)
    return rows, problems[:MAX_PROBLEMS]


def _read_csv(path: Path, total: int, progress: Progress | None):
    import csv
    with open(path, "rb") as raw:
        lines = _Lines(raw, total, progress)
        try:
            return parse_csv(lines)
        except _Stop as stop:
            return [], [stop.problem]
        except csv.Error as exc:
            return [], [Problem(max(lines.line, 1), _(
                "the line cannot be read as CSV ({error})").format(error=exc))]


def _read_json(path: Path, total: int):
    where = _("file")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [Problem(data.count(b"\n", 0, exc.start) + 1, _not_utf8())]
    if "\x00" in text:
        return [], [Problem(where, _not_text())]
    try:
        return parse_json(text)
    except RecursionError:
        return [], [Problem(where, _("the JSON is nested too deeply"))]
    except ValueError as exc:  # e.g. Python's limit on digits in an integer
        return [], [Problem(where, _("not valid JSON: {msg}").format(msg=exc))]
