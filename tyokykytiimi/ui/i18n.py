"""Qt translations read straight from the .ts sources in resources/translations.

Each program area keeps its own file (``resources/translations/<lang>/<area>.ts``)
so areas can change their strings independently; no compiled .qm is committed.
Lookups prefer the exact context and fall back to the source text alone,
because PySide's ``tr()`` takes its context from the runtime class, which may
be a subclass of the class the string was written in.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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


class TsTranslator(QTranslator):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self._exact = catalogue(lang)
        self._by_source = {src: text for (_, src), text in self._exact.items()}

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self._exact.get((context, source)) or self._by_source.get(source)
        return text or ""

    def isEmpty(self):
        return not self._exact


_installed: TsTranslator | None = None


def install(lang: str | None = None) -> str:
    """Install the translator for ``lang`` (default Finnish); English needs none."""
    global _installed
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang != "en":
        _installed = TsTranslator(lang, app)
        app.installTranslator(_installed)
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[lang]))
    return lang


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
