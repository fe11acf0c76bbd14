"""The UI's language: Qt's standard translator API over the one gettext catalogue.

Widgets keep Qt's own API (``self.tr("Save")``, ``QCoreApplication.translate``);
a ``QTranslator`` installed on the application answers from
``tyokykytiimi.i18n`` — the same .po catalogue the store, models and reports use
(see docs/architecture.md, "Translation"). Qt's own dialogs (file dialogs,
message-box buttons) get their words from the qtbase translations PySide6 ships.
Nothing in Qt is patched.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Not formats (Babel's CLDR data): the sign-in dialog shows before anything formats a date.
from .. import i18n, language

LANGUAGES = language.LANGUAGES
DEFAULT_LANGUAGE = language.DEFAULT


class CatalogueTranslator(QTranslator):
    """Looks Qt's strings up in the gettext catalogue of one language.

    Qt's class context is not part of the lookup (gettext has one translation
    per source string); an explicit disambiguation (``tr(source, "context")``)
    is the gettext context.
    """

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self._translations = i18n.translations(lang)

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return None
        if disambiguation:
            text = self._translations.pgettext(disambiguation, source)
            if text != source:
                return text
        text = self._translations.gettext(source)
        # None: "not mine" — Qt then shows the source (and substitutes %n itself).
        return text if text != source else None

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self.lang


_lang = i18n.SOURCE_LANGUAGE  # until install(): Qt shows the English source
_translator: CatalogueTranslator | None = None
_qt_translator: QTranslator | None = None


def install(lang: str | None = None) -> str:
    """Use ``lang`` (default Finnish) for our strings and Qt's own dialogs."""
    global _lang, _translator, _qt_translator
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _lang = lang
    app = QCoreApplication.instance()
    if app is not None:
        for old in (_translator, _qt_translator):
            if old is not None:
                app.removeTranslator(old)
        _translator = _qt_translator = None
        if lang != i18n.SOURCE_LANGUAGE:
            _translator = CatalogueTranslator(lang, app)
            app.installTranslator(_translator)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
                app.installTranslator(qt)
                _qt_translator = qt
    QLocale.setDefault(QLocale(language.locale_name(lang)))
    language.set_language(lang)
    return lang


def current_language() -> str:
    return _lang


def tr(context: str, text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)
