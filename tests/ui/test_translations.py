"""Every user-visible string in the program has a Finnish and a Swedish translation.

The one catalogue (resources/locale/<lang>/LC_MESSAGES/tyokykytiimi.po) is
checked against what tools/i18n_extract.py finds in the source: nothing
missing, nothing the code no longer uses, placeholders and accelerators alike.
"""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n_extract  # noqa: E402


@pytest.fixture(scope="module")
def template():
    tmpl = i18n_extract.template()
    assert len([m for m in tmpl if m.id]) > 500, "the extraction itself is broken"
    return tmpl


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_catalogue_matches_the_source(template, lang):
    problems = i18n_extract.problems(lang, template, i18n_extract.read(lang))
    assert not problems, f"{len(problems)} problems in the {lang} catalogue " \
        "(fix with tools/i18n_extract.py):\n" + "\n".join(problems[:60])


def test_no_qt_class_is_patched():
    from PySide6.QtCore import QCoreApplication, QObject

    import tyokykytiimi.ui.i18n  # noqa: F401
    # Qt's own methods are built-ins; a Python function here would be a patch.
    for method in (QObject.tr, QCoreApplication.translate):
        assert "tyokykytiimi" not in (getattr(method, "__module__", None) or "")
        assert not hasattr(method, "__code__")
    assert not (ROOT / "resources" / "translations").exists(), "the old .ts files are back"


def test_one_english_word_two_meanings_by_context(qtbot, restore_language):
    from PySide6.QtWidgets import QWidget

    from tyokykytiimi.ui import i18n
    i18n.install("fi")
    w = QWidget()
    qtbot.addWidget(w)
    assert w.tr("Close") == "Sulje"
    assert w.tr("Close", "client relationship") == "Päätä asiakkuus"
    i18n.install("sv")
    assert w.tr("Close", "client relationship") == "Avsluta klientrelationen"


@pytest.fixture
def restore_language():
    """Leave the program's language as the test found it (store messages read it too)."""
    from tyokykytiimi import language
    from tyokykytiimi.ui import i18n
    ui_lang, store_lang = i18n.current_language(), language.current()
    yield
    i18n.install(ui_lang)
    language.set_language(store_lang)


def test_installed_finnish_reaches_widgets_and_subclasses(qtbot):
    from tyokykytiimi import language
    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.admin.users_page import ResetPasswordDialog, _FormDialog  # noqa: F401
    from tyokykytiimi.ui.lock_screen import LockScreen
    i18n.install("fi")
    try:
        class Store:  # LockScreen reads only the user's display name
            class user:
                display_name = "Kaisa"
        screen = LockScreen(Store())
        qtbot.addWidget(screen)
        labels = [w.text() for w in screen.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)]
        assert "Työkykytiimi on lukittu" in labels
        # a string written in a base class, asked for under the subclass's name
        class Sub(LockScreen):
            pass
        assert Sub(Store()).tr("Unlock") == "Avaa"
    finally:
        i18n.install("en")
    assert LockScreen(Store()).tr("Unlock") == "Unlock"
    language.set_language(language.DEFAULT)  # install("en") also set the store's language


def test_switching_to_swedish_and_back_changes_a_real_widget(qtbot, restore_language):
    from PySide6.QtWidgets import QLabel, QPushButton

    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.lock_screen import LockScreen

    class Store:  # LockScreen reads only the user's display name
        class user:
            display_name = "Kaisa"

    def shown(lang):
        assert i18n.install(lang) == lang
        screen = LockScreen(Store())
        qtbot.addWidget(screen)
        return ([b.text() for b in screen.findChildren(QPushButton)],
                [w.text() for w in screen.findChildren(QLabel)])

    buttons, labels = shown("sv")
    assert buttons[0] == "Lås upp" and "&Byt användare…" in buttons
    assert "Työkykytiimi är låst" in labels
    assert "Inloggad: Kaisa. Skriv ditt lösenord för att fortsätta." in labels
    buttons, labels = shown("fi")
    assert buttons[0] == "Avaa" and "&Vaihda käyttäjää…" in buttons
    assert "Työkykytiimi on lukittu" in labels


def test_store_messages_follow_the_chosen_language(restore_language):
    from tyokykytiimi import language
    from tyokykytiimi.models.hetu import InvalidHetu, parse_hetu
    from tyokykytiimi.store.errors import CLIENT_NOT_FOUND, DiskFull, InvalidInput, WrongPassword

    def hetu_message(text):
        with pytest.raises(InvalidHetu) as caught:
            parse_hetu(text)
        return caught.value.message

    language.set_language("fi")
    assert WrongPassword().message.startswith("Salasana on väärä")
    assert InvalidInput(CLIENT_NOT_FOUND).message == "Asiakasta ei löydy."
    assert hetu_message("131052-308U") == "Tarkistemerkki ei täsmää"
    language.set_language("sv")
    assert WrongPassword().message.startswith("Lösenordet är fel")
    assert "Disken är full" in DiskFull().message
    assert InvalidInput(CLIENT_NOT_FOUND, "x").message == "Klienten hittas inte."
    assert hetu_message("131052-308U") == "Kontrolltecknet stämmer inte"
    # a caller's own text is kept as given
    assert InvalidInput("Oma viesti.").message == "Oma viesti."
    language.set_language("en")
    assert WrongPassword().message.startswith("The password is wrong")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_catalogue_opens_in_translators_tools(lang):
    """No message defined twice (Poedit and msgfmt refuse such a file); valid header."""
    import re
    from collections import Counter

    text = i18n_extract.po_path(lang).read_text("utf-8")
    assert f'"Language: {lang}\\n"' in text and '"Plural-Forms: nplurals=2;' in text
    keys = Counter()
    for block in text.split("\n\n"):
        ctx = re.search(r'^msgctxt "(.*)"$', block, re.M)
        mid = re.search(r'^msgid "(.*)"\n((?:".*"\n?)*)', block, re.M)
        if mid and (mid.group(1) or mid.group(2)):
            keys[(ctx.group(1) if ctx else None, mid.group(1) + mid.group(2))] += 1
    twice = [k for k, n in keys.items() if n > 1]
    assert not twice, f"defined twice in {lang}: {twice[:10]}"


# A language tag or locale ("fi", "sv-FI", "en_GB") is not a translation.
_LOCALE_TAG = __import__("re").compile(r"^[a-z]{2}(?:[_-][A-Z]{2})?$")
_LANG_KEYS = {"fi", "sv", "en"}


def _translation_dicts_and_triplets(tree, filename):
    """Places in one module that keep a translation in code instead of the catalogue."""
    import ast

    def prose(node) -> bool:
        if isinstance(node, (ast.JoinedStr, ast.Name)):  # a text, or one passed in
            return True
        return (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and not _LOCALE_TAG.match(node.value))

    found = []
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Dict):
            pairs = [(k.value, v) for k, v in zip(node.keys, node.values)
                     if isinstance(k, ast.Constant) and k.value in _LANG_KEYS]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "dict":
            pairs = [(kw.arg, kw.value) for kw in node.keywords if kw.arg in _LANG_KEYS]
        else:
            pairs = []
        if len(pairs) >= 2 and any(prose(v) for _, v in pairs):
            found.append(f"{where}: a {{'fi': …, 'sv': …}} translation dict")
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in ("_t", "_say") and len(node.args) >= 3:
                found.append(f"{where}: a {name}(fi, sv, en) triplet")
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            params = [a.arg for a in node.args.args]
            if {"fi", "sv"} <= set(params):
                found.append(f"{where}: a function taking a text per language")
    return found


def test_no_translations_kept_in_code():
    """Code holds the English source; fi and sv live only in the catalogue (issue 19)."""
    import ast

    found = []
    for path in sorted((ROOT / "tyokykytiimi").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found += _translation_dicts_and_triplets(ast.parse(path.read_text("utf-8")), rel)
    assert not found, "translations kept in code (move them to the .po files):\n" + \
        "\n".join(found)


def test_the_translation_dict_check_can_fail():
    import ast

    bad = '''
OTHER = _t("Muu", "Annat", "Other")
X = {"fi": "Kyllä", "sv": "Ja", "en": "Yes"}
Y = dict(fi=f"{n} asiakasta", sv="klienter")
def _say(fi, sv, en):
    return language.pick({"fi": fi, "sv": sv, "en": en})
'''
    good = '''
LOCALES = dict(fi="fi_FI", sv="sv_FI", en="en_GB")
TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}
NAMES = dict(fi=N_("Finnish"), sv=N_("Swedish"))
'''
    assert len(_translation_dicts_and_triplets(ast.parse(bad), "bad.py")) == 5
    assert _translation_dicts_and_triplets(ast.parse(good), "good.py") == []


def test_a_message_with_a_context_is_extracted_and_shown_with_it(template, restore_language):
    """Message(…, context=…) is a keyword call Babel alone reads without its context."""
    from tyokykytiimi import language
    from tyokykytiimi.i18n import Message
    from tyokykytiimi.store.team_report import text

    assert template.get("Accepted", context="team report") is not None
    assert template.get("The service path has six steps (1–6).", context="path") is not None
    assert text("col.accepted", "fi") == "Otettu asiakkaaksi"
    language.set_language("sv")
    assert str(Message("The service path has six steps (1–6).", context="path")) == \
        "Servicestigen har sex skeden (1–6)."
