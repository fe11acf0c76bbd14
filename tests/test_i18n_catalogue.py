"""The one gettext catalogue: lookups, contexts, plurals and deferred messages."""
from __future__ import annotations

from tyokykytiimi import i18n, language


def test_english_is_the_source_and_unknown_ids_pass_through():
    assert i18n.gettext("A text no catalogue holds", "fi") == "A text no catalogue holds"
    assert i18n.gettext("Save", "en") == "Save"


def test_catalogues_parse_with_plural_rules():
    for lang in ("fi", "sv"):
        assert i18n.catalogue_path(lang).is_file()
        t = i18n.translations(lang)
        assert t.ngettext("{n} client", "{n} clients", 1) == "{n} client"
        assert t.ngettext("{n} client", "{n} clients", 2) == "{n} clients"


def test_message_renders_in_the_language_asked_and_nested():
    inner = i18n.Message("Unknown text {x}", x=1)
    outer = i18n.Message("Outer {inner}", inner=inner)
    assert outer.render("sv") == "Outer Unknown text 1"
    language.set_language("fi")
    assert str(i18n.Message("{n} clients", plural="{n} clients", n=2)) == "2 clients"
