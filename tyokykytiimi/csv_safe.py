"""CSV cells a spreadsheet will not run as a formula (OWASP's CSV injection rule).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is a formula to Excel and LibreOffice (``=HYPERLINK(…)`` sends data away). Such
a text cell gets a leading apostrophe, which the spreadsheet shows as text; the
csv module quotes cells as needed. Numbers stay numbers. Every CSV the program
writes goes through ``writer``/``dict_writer``; ``restore`` undoes it for a CSV
the program reads back (the service map).

At the top of the package (like ``i18n``) because the store writes one CSV
(the service map export) and the reports the others; the store may not
import reports.
"""
from __future__ import annotations

import csv
from typing import Any, Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The cell as it was before ``neutralise`` (for our own CSV read back)."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and \
            value[1:].startswith(TRIGGERS):
        return value[1:]
    return value


class _Writer:
    def __init__(self, inner):
        self._inner = inner

    def writerow(self, row: Iterable[Any]):
        return self._inner.writerow([neutralise(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


class _DictWriter:
    def __init__(self, inner: csv.DictWriter):
        self._inner = inner

    def writeheader(self):
        return self._inner.writeheader()

    def writerow(self, row: dict):
        return self._inner.writerow({k: neutralise(v) for k, v in row.items()})

    def writerows(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.writerow(row)


def writer(fh, **kwargs) -> _Writer:
    return _Writer(csv.writer(fh, **kwargs))


def dict_writer(fh, fieldnames, **kwargs) -> _DictWriter:
    return _DictWriter(csv.DictWriter(fh, fieldnames=fieldnames, **kwargs))
