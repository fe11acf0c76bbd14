"""Extract every translatable string from the source into the one catalogue.

    python tools/i18n_extract.py            update fi and sv .po from the source
    python tools/i18n_extract.py --check    report missing / obsolete / mismatched
                                            entries and exit 1 if there are any
    python tools/i18n_extract.py --normalise  tidy the .po files (after a merge)

Babel's Python extractor reads the source with these keywords (KEYWORDS):
``_``/``gettext``/``N_``/``Message`` (the English source; a Message's
``context=`` and ``plural=`` are read too), ``pgettext``/``tr``
with a context, ``ngettext`` with a plural, and Qt's ``self.tr(source,
disambiguation)`` and ``QCoreApplication.translate(context, source)``: the Qt
class context is not kept, only an explicit disambiguation, so one English
string has one translation unless the code says otherwise. Existing
translations are kept; entries the code no longer uses are dropped (``--check``
names them first).
"""
from __future__ import annotations

import argparse
import ast
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tyokykytiimi"
LOCALE = ROOT / "resources" / "locale"
LANGS = ("fi", "sv")
DOMAIN = "tyokykytiimi"

KEYWORDS = {
    "_": None,
    "gettext": None,
    "N_": None,
    "Message": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    # reports.labels.C_(context, source): a document's text under its own context
    "C_": ((1, "c"), 2),
    # Qt: tr(source[, disambiguation[, n]]); translate(context, source[, disambiguation[, n]])
    "tr": {None: (1,), 2: (1, (2, "c")), 3: (1, (2, "c"))},
    "translate": {None: (2,), 3: (2, (3, "c")), 4: (2, (3, "c"))},
}
# Placeholders that must survive translation: {name}, %1, %n; and the one & of
# a menu or button accelerator.
PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*(?:[:!][^}]*)?\}|%\d|%n")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def message_calls(path: Path) -> list[tuple[int, int, str, str | None, str | None]]:
    """``Message("…", context="…", plural="…")`` calls in one file.

    Babel's extractor reads only positional arguments, so a Message's context
    and plural (keyword arguments) are read here: (first line, last line,
    msgid, context, plural) of each call that has either.
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if not (isinstance(node, ast.Call) and node.args
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Message"):
            continue
        words = {k.arg: k.value.value for k in node.keywords
                 if k.arg in ("context", "plural") and isinstance(k.value, ast.Constant)}
        first = node.args[0]
        if words and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((node.lineno, node.end_lineno, first.value, words.get("context"),
                          words.get("plural")))
    return found


def template() -> Catalog:
    catalog = Catalog(domain=DOMAIN, project="tyokykytiimi", fuzzy=False)
    method_map = [("**.py", "python")]
    keyword_calls: dict[str, list] = {}
    for filename, lineno, message, comments, context in extract_from_dir(
            str(SOURCE), method_map, keywords=KEYWORDS, comment_tags=("Translators:",),
            strip_comment_tags=True):
        if isinstance(message, tuple) and not message[0]:
            continue
        if not message:
            continue
        if filename not in keyword_calls:
            keyword_calls[filename] = message_calls(SOURCE / filename)
        calls = [c for c in keyword_calls[filename]
                 if c[0] <= lineno <= c[1] and c[2] == message]
        if calls:  # a Message with a context or plural: added below, as it is meant
            continue
        catalog.add(message, locations=[(f"tyokykytiimi/{filename}", lineno)],
                    auto_comments=comments, context=context)
    for filename, calls in sorted(keyword_calls.items()):
        for lineno, _end, msgid, context, plural in calls:
            catalog.add((msgid, plural) if plural else msgid, context=context,
                        locations=[(f"tyokykytiimi/{filename}", lineno)])
    return catalog


def read(lang: str) -> Catalog:
    with open(po_path(lang), "rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def write(lang: str, catalog: Catalog) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, sort_output=True, omit_header=False,
             include_previous=False, no_location=True, ignore_obsolete=True)
    po_path(lang).write_bytes(buffer.getvalue())


def key(message) -> tuple:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return (message.context, msgid)


def problems(lang: str, tmpl: Catalog, catalog: Catalog) -> list[str]:
    found = []
    wanted = {key(m) for m in tmpl if m.id}
    have = {key(m): m for m in catalog if m.id}
    for k in sorted(wanted - set(have), key=str):
        found.append(f"{lang}: missing translation: {k[1]!r}" + (f" [{k[0]}]" if k[0] else ""))
    for k, m in have.items():
        if k not in wanted:
            found.append(f"{lang}: no longer used: {k[1]!r}" + (f" [{k[0]}]" if k[0] else ""))
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if not all(strings):
            found.append(f"{lang}: empty translation: {k[1]!r}")
            continue
        source = m.id[0] if isinstance(m.id, tuple) else m.id
        for text in strings:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                found.append(f"{lang}: placeholders differ: {source!r} -> {text!r}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                found.append(f"{lang}: accelerator differs: {source!r} -> {text!r}")
    return found


def update(lang: str, tmpl: Catalog) -> Catalog:
    catalog = read(lang)
    catalog.update(tmpl, no_fuzzy_matching=True, update_header_comment=False)
    return catalog


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--normalise", action="store_true")
    args = ap.parse_args(argv)
    if args.normalise:
        for lang in LANGS:
            write(lang, read(lang))
        return 0
    tmpl = template()
    if args.check:
        found = [p for lang in LANGS for p in problems(lang, tmpl, read(lang))]
        for line in found:
            print(line)
        return 1 if found else 0
    for lang in LANGS:
        # A fresh template per language: Babel's update shares message objects.
        write(lang, update(lang, template()))
    for lang in LANGS:
        for line in problems(lang, tmpl, read(lang)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
