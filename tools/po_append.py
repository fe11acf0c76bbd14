"""Append translations to the fi and sv catalogues (skipping ids already there).

    .venv/bin/python tools/po_append.py TRANSLATIONS.py

TRANSLATIONS.py defines ENTRIES = [(context or None, "English", "suomi", "svenska"), ...].
Entries go at the end of each .po file (other branches append too; git merges
.po files with the union driver).
"""
from __future__ import annotations

import io
import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent / "resources" / "locale"


def append(entries, langs=("fi", "sv")) -> None:
    for i, lang in enumerate(langs):
        path = ROOT / lang / "LC_MESSAGES" / "tyokykytiimi.po"
        with open(path, "rb") as fh:
            have = read_po(fh, locale=lang)
        new = Catalog(locale=lang)
        for ctx, msgid, *texts in entries:
            if have.get(msgid, context=ctx) is not None:
                continue
            new.add(msgid, texts[i], context=ctx)
        if not len(new):
            continue
        buf = io.BytesIO()
        write_po(buf, new, width=0, omit_header=True, no_location=True)
        text = buf.getvalue().decode("utf-8").strip("\n")
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\n" + text + "\n")


if __name__ == "__main__":
    append(runpy.run_path(sys.argv[1])["ENTRIES"])
