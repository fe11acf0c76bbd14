"""Every user-visible string in the program has a Finnish and a Swedish translation."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tyokykytiimi.ui.i18n import catalogue, read_ts

ROOT = Path(__file__).resolve().parents[2]


def extracted(tmp_path) -> dict:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    files = [str(p) for p in sorted((ROOT / "tyokykytiimi").rglob("*.py"))]
    out = tmp_path / "all.ts"
    subprocess.run([lupdate, "-locations", "none", *files, "-ts", str(out)], check=True,
                   capture_output=True)
    root = __import__("xml.etree.ElementTree").etree.ElementTree.parse(out).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_string_translated(tmp_path, lang):
    strings = extracted(tmp_path)
    assert strings, "lupdate found no strings: the extraction itself is broken"
    table = catalogue(lang)
    by_source = {src for (_, src) in table}
    from tyokykytiimi import i18n as catalogue_po  # the one .po catalogue new strings go to
    missing = sorted(f"{ctx}: {src}" for ctx, src in strings
                     if (ctx, src) not in table and src not in by_source
                     and catalogue_po.gettext(src, lang) == src)
    assert not missing, f"{len(missing)} strings lack a {lang} translation:\n" + "\n".join(missing[:50])


def test_ts_files_parse():
    for ts in (ROOT / "resources" / "translations").rglob("*.ts"):
        read_ts(ts)


def test_translations_keep_placeholders_and_accelerators():
    """%1… and the one & of a menu or button survive translation, in every language."""
    problems = []
    for ts in sorted((ROOT / "resources" / "translations").rglob("*.ts")):
        for (ctx, source), text in read_ts(ts).items():
            if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
                problems.append(f"{ts.parent.name}/{ts.name} {ctx}: {source!r} -> {text!r}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"{ts.parent.name}/{ts.name} {ctx}: & in {source!r} -> {text!r}")
    assert not problems, "\n".join(problems[:50])


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
    assert buttons == ["Lås upp"]
    assert "Työkykytiimi är låst" in labels
    assert "Inloggad: Kaisa. Skriv ditt lösenord för att fortsätta." in labels
    buttons, labels = shown("fi")
    assert buttons == ["Avaa"]
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
