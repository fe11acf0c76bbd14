"""Every text printed on a document has its Finnish and Swedish translation.

The documents hold the English source; the words come from the one gettext
catalogue. A missing translation would print English on a Finnish or Swedish
client's paper without anyone noticing; this finds it instead. Every module of
tyokykytiimi.reports is imported, so a new document's catalogue is checked
without anyone listing it here.
"""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import tyokykytiimi.reports as reports
from tyokykytiimi.reports.labels import COMMON, Labels


def catalogues() -> dict[str, Labels]:
    found: dict[int, tuple[str, Labels]] = {}
    names = [info.name for info in pkgutil.walk_packages(reports.__path__,
                                                         reports.__name__ + ".")]
    # labels.py first, so COMMON is named where it is defined, not where it is imported
    for module_name in sorted(names, key=lambda n: not n.endswith(".labels")):
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if isinstance(value, Labels) and id(value) not in found:
                found[id(value)] = (f"{module_name}.{name}", value)
    return dict(found.values())


CATALOGUES = catalogues()


def test_the_catalogues_are_found():
    assert any(labels is COMMON for labels in CATALOGUES.values())
    assert len(CATALOGUES) > 1, "no document catalogue found beside COMMON"


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_no_text_missing(name, lang):
    missing = CATALOGUES[name].missing(lang)
    assert not missing, f"{name} lacks {lang} for: {', '.join(missing)}"


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_placeholders_are_the_same_in_every_language(name):
    labels = CATALOGUES[name]
    for key in labels.own_keys():
        wanted = sorted(re.findall(r"{(\w+)}", labels.source(key)))
        for lang in ("fi", "sv"):
            text = labels.get(key, lang)
            assert sorted(re.findall(r"{(\w+)}", text)) == wanted, (name, key, lang)


def test_swedish_is_chosen_and_finnish_is_the_fallback():
    assert COMMON.get("confidential", "sv") == "Sekretessbelagd"
    assert COMMON.get("confidential", "sv_FI") == "Sekretessbelagd"
    assert COMMON.get("confidential", "de") == "Salassa pidettävä"
