"""Qt translations read straight from the .ts sources in resources/translations.

Each program area keeps its own file (``resources/translations/<lang>/<area>.ts``)
so areas can change their strings independently; no compiled .qm is committed.
The program's own strings are looked up in Python (see ``_patch``); Qt's own
dialog strings come from the qtbase translations PySide6 ships.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from .. import formats, i18n
from ..paths import resource_path

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = node.text or ""
            if text:
                table[(name, source)] = text
    return table


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    folder = resource_path("translations", lang)
    for ts in sorted(folder.glob("*.ts")) if folder.is_dir() else []:
        table.update(read_ts(ts))
    return table


class Catalogue:
    """Lookups by (class, source) along the class's MRO, then by source alone.

    PySide's ``tr()`` takes its context from the runtime class, so a string
    written in a base class is asked for under a subclass's name; lupdate
    records the class it was written in. Walking the MRO joins the two.
    """

    def __init__(self, lang: str):
        self.lang = lang
        self.exact = catalogue(lang) if lang != "en" else {}
        self.by_source = {src: text for (_, src), text in self.exact.items()}

    def lookup(self, contexts, source: str, disambiguation: str | None = None) -> str | None:
        for context in contexts:
            text = self.exact.get((context, source))
            if text:
                return text
        text = self.by_source.get(source)
        if text:
            return text
        # The one gettext catalogue (tyokykytiimi.i18n) that replaces the .ts files.
        if self.lang == "en":
            return None
        if disambiguation:
            found = i18n.pgettext(disambiguation, source, self.lang)
        else:
            found = i18n.gettext(source, self.lang)
        return found if found != source else None


_current = Catalogue("en")
_original_translate = QCoreApplication.translate
_qt_translator: QTranslator | None = None


def _tr(self, source, disambiguation=None, n=-1):
    text = _current.lookup([c.__name__ for c in type(self).__mro__], source, disambiguation)
    return text if text is not None else source


def _translate(context, source, disambiguation=None, n=-1):
    text = _current.lookup([context], source, disambiguation)
    return text if text is not None else source


def _patch() -> None:
    # A QTranslator subclass overriding translate() in Python would be simpler, but
    # PySide6 drops a reference to None on every such call until the interpreter
    # aborts; routing our own tr() here avoids calling back into Python from Qt.
    QObject.tr = _tr
    QCoreApplication.translate = staticmethod(_translate)


def install(lang: str | None = None) -> str:
    """Use ``lang`` (default Finnish) for our strings and Qt's own dialogs."""
    global _current, _qt_translator
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _patch()
    _current = Catalogue(lang)
    app = QCoreApplication.instance()
    if app is not None:
        if _qt_translator is not None:
            app.removeTranslator(_qt_translator)
            _qt_translator = None
        if lang != "en":
            qt = QTranslator(app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
                app.installTranslator(qt)
                _qt_translator = qt
    QLocale.setDefault(formats.locale(lang))
    formats.set_language(lang)
    from . import file_dialogs
    file_dialogs.install(lang)
    return lang


def current_language() -> str:
    return _current.lang


def tr(context: str, text: str) -> str:
    return _translate(context, text)
