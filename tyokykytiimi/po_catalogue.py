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
    inner = quoted[1:-1]
    if "\\" not in inner:  # most strings: nothing to unescape
        return inner
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), inner)


_KEYWORDS = frozenset({"msgctxt", "msgid", "msgid_plural", "msgstr"})


def _keyword_line(line: str) -> tuple[str, int, str]:
    """(keyword, plural index, text) of a line that starts with a keyword."""
    keyword, space, quoted = line.partition(" ")
    quoted = quoted.lstrip()
    if space and keyword in _KEYWORDS and len(quoted) > 1 and quoted[0] == quoted[-1] == '"':
        return keyword, 0, _unquote(quoted)
    found = _KEYWORD.match(line)  # msgstr[1], a tab after the keyword …
    if found is None:
        raise ValueError(f"not a .po line: {line[:60]!r}")
    keyword, index, quoted = found.groups()
    return keyword.partition("[")[0], int(index or 0), _unquote(quoted)


class _Entry:
    __slots__ = ("context", "msgid", "plural", "strings", "fuzzy")

    def __init__(self) -> None:
        self.context: str | None = None
        self.msgid: str | None = None
        self.plural: str | None = None
        self.strings: dict[int, str] = {}
        self.fuzzy = False


# One pass, no call per line but for keyword lines: this runs before the sign-in
# dialog shows (about 4 ms for the Finnish catalogue; the first version took 10).
def _entries(lines):
    entry = _Entry()
    field: str | None = None  # where a continuation line goes
    index = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            if entry.msgid is not None:
                yield entry
            entry, field = _Entry(), None
            continue
        first = line[0]
        if first == "#":  # a comment; "#~" is obsolete, not part of the catalogue
            if line.startswith("#,") and "fuzzy" in (f.strip() for f in line[2:].split(",")):
                entry.fuzzy = True
            continue
        if first == '"':
            if field == "msgstr":
                entry.strings[index] = entry.strings.get(index, "") + _unquote(line)
            elif field is not None:
                setattr(entry, field, (getattr(entry, field) or "") + _unquote(line))
            continue
        keyword, index, text = _keyword_line(line)
        if keyword == "msgstr":
            entry.strings[index] = text
            field = "msgstr"
            continue
        if entry.strings:  # msgctxt or msgid: the next entry, without a blank line
            yield entry
            entry = _Entry()
        field = {"msgid": "msgid", "msgid_plural": "plural", "msgctxt": "context"}[keyword]
        setattr(entry, field, text)
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
