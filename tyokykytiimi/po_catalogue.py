"""A gettext ``.po`` catalogue read straight into Python's :mod:`gettext`.

Babel's reader and ``.mo`` writer took about a tenth of a second at every
start-up (most of it importing them), before the sign-in dialog could show.
This reads the same file the way Babel's ``read_po`` + ``write_mo(use_fuzzy=False)``
do: fuzzy, obsolete (``#~``) and untranslated entries are left out, the first
of two entries with the same id and context is kept (a flag on either
counts), an empty plural form falls back to the English one.
``tests/test_po_catalogue.py`` checks the result against Babel's for every
language.
"""
from __future__ import annotations

import gettext
import re
from pathlib import Path

_ESCAPE = re.compile(r'\\([\\trn"])')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")\s*$')


def _unquote(quoted: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), quoted[1:-1])


class _Entry:
    __slots__ = ("context", "msgid", "plural", "strings", "fuzzy", "field")

    def __init__(self) -> None:
        self.context: str | None = None
        self.msgid: str | None = None
        self.plural: str | None = None
        self.strings: dict[int, str] = {}
        self.fuzzy = False
        self.field: tuple[str, int] | None = None  # where a continuation line goes

    def add(self, field: str, index: int, text: str) -> None:
        self.field = (field, index)
        self._append(text, reset=True)

    def _append(self, text: str, reset: bool = False) -> None:
        field, index = self.field
        if field == "msgstr":
            self.strings[index] = ("" if reset else self.strings.get(index, "")) + text
        else:
            setattr(self, field, ("" if reset else getattr(self, field) or "") + text)

    def more(self, text: str) -> None:
        if self.field is not None:
            self._append(text)


def _entries(lines):
    entry, flags = _Entry(), False
    for raw in lines:
        line = raw.strip()
        if not line:
            if entry.msgid is not None:
                yield entry
            entry = _Entry()
            continue
        if line.startswith("#~"):  # obsolete: not part of the catalogue
            continue
        if line.startswith("#,"):
            if "fuzzy" in (f.strip() for f in line[2:].split(",")):
                entry.fuzzy = True
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            entry.more(_unquote(line))
            continue
        found = _KEYWORD.match(line)
        if found is None:
            raise ValueError(f"not a .po line: {line[:60]!r}")
        keyword, index, quoted = found.groups()
        text = _unquote(quoted)
        if keyword in ("msgctxt", "msgid") and entry.strings:  # next entry, no blank line
            yield entry
            entry = _Entry()
        if keyword.startswith("msgstr"):
            entry.add("msgstr", int(index or 0), text)
        elif keyword == "msgid_plural":
            entry.add("plural", 0, text)
        elif keyword == "msgid":
            entry.add("msgid", 0, text)
        else:
            entry.add("context", 0, text)
    if entry.msgid is not None:
        yield entry


def _plural_rule(header: str):
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "plural-forms":
            for part in value.split(";"):
                key, _, expr = part.partition("=")
                if key.strip() == "plural":
                    return gettext.c2py(expr.strip())
    return lambda n: int(n != 1)


def read(path: Path) -> gettext.GNUTranslations:
    """The catalogue at ``path`` as Python's gettext translations."""
    with open(path, encoding="utf-8") as handle:
        entries = list(_entries(handle))
    kept: dict[tuple[str | None, str], _Entry] = {}
    header = ""
    for entry in entries:
        if entry.msgid == "" and entry.context is None:
            header = entry.strings.get(0, "")
            continue
        key = (entry.context, entry.msgid)
        first = kept.setdefault(key, entry)
        if first is not entry:
            first.fuzzy = first.fuzzy or entry.fuzzy
    t = gettext.GNUTranslations()
    t._catalog = catalog = {}
    t.plural = _plural_rule(header)
    t._charset = "utf-8"
    for (context, msgid), entry in kept.items():
        if entry.fuzzy:
            continue
        key = msgid if context is None else f"{context}\x04{msgid}"
        if entry.plural is not None:
            if not entry.strings:
                continue
            english = (msgid, entry.plural)
            for i in range(max(entry.strings) + 1):
                catalog[(key, i)] = entry.strings.get(i) or english[min(i, 1)]
        elif entry.strings.get(0):
            catalog[key] = entry.strings[0]
    return t
