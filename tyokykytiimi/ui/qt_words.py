"""Words of Qt's own dialogs that Qt's Finnish and Swedish catalogues lack.

Qt asks every installed translator; the program's (``ui.i18n``) answers from
the one .po catalogue, so listing the source texts here puts them there. The
file dialog came up half in English without them ("&Look in:", "Files of
&type:", the "Folder" type of its rows).
"""
from ..i18n import N_

QT_DIALOG_WORDS = (
    N_("&Look in:"),
    N_("Files of &type:"),
    N_("Folder"),
)
