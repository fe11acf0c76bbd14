"""The program's own .po reader gives exactly what Babel's reader and .mo writer give."""
from __future__ import annotations

import gettext
import io

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tyokykytiimi import po_catalogue
from tyokykytiimi.i18n import DOMAIN, catalogue_path


def _babel(path, lang: str) -> dict:
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return {k: v for k, v in gettext.GNUTranslations(buffer)._catalog.items() if k != ""}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_shipped_catalogues_read_as_babel_reads_them(lang):
    path = catalogue_path(lang)
    assert po_catalogue.read(path)._catalog == _babel(path, lang)


TRICKY = r'''# a header comment
msgid ""
msgstr ""
"Language: fi\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Save"
msgstr "Tallenna"

#, fuzzy
msgid "Guess"
msgstr "Arvaus"

msgid "Empty"
msgstr ""

#, python-brace-format
msgid ""
"Two lines "
"with \"quotes\"\tand\n"
"a break"
msgstr ""
"Kaksi riviä "
"\"lainauksin\"\tja\n"
"rivinvaihdolla"

msgctxt "verb"
msgid "Open"
msgstr "Avaa"

msgctxt "state"
msgid "Open"
msgstr "Avoin"

msgid "{n} client"
msgid_plural "{n} clients"
msgstr[0] "{n} asiakas"
msgstr[1] ""

msgid "Save"
msgstr "Tallenna toinen"

#~ msgid "Gone"
#~ msgstr "Poissa"
msgid "No blank line before"
msgstr "Ei tyhjää riviä"
'''


def test_edge_cases_read_as_babel_reads_them(tmp_path):
    path = tmp_path / "tricky.po"
    path.write_text(TRICKY, encoding="utf-8")
    ours = po_catalogue.read(path)
    assert ours._catalog == _babel(path, "fi")
    assert ours.gettext("Save") == "Tallenna"  # the first of two entries
    assert ours.gettext("Guess") == "Guess"  # fuzzy: not shown
    assert ours.pgettext("state", "Open") == "Avoin"
    assert ours.ngettext("{n} client", "{n} clients", 3) == "{n} clients"  # empty form
    assert ours.ngettext("{n} client", "{n} clients", 1) == "{n} asiakas"
