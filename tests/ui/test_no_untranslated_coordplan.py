"""The plan's dialogs, the feedback comments, the F1 guide and the start panel speak
Finnish and Swedish: no English source with a translation of its own shows."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTextBrowser

from tests.plan_data import saved_draft
from tests.ui.test_no_untranslated import translated_sources, visible_texts
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.feedback import save_feedback
from tyokykytiimi.ui import i18n


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_coordplan_dialogs_speak_the_language(qtbot, store, lang):
    from tyokykytiimi.ui.feedback.reading import FeedbackReadingDialog
    from tyokykytiimi.ui.help import HelpDialog, StartHere
    from tyokykytiimi.ui.plan.dialogs import AgreeDialog, VersionsDialog
    client = create_client(store, first_name="Aino", last_name="Kieli")
    draft = saved_draft(store, client.id, "Tavoite", review_days=30)
    save_feedback(store, {"heard": 4}, "Hyvä.", client_id=client.id)
    i18n.install(lang)
    try:
        sources = {s.replace("&", "").strip() for s in translated_sources(lang)}
        widgets = [AgreeDialog(store, plans.get_version(store, draft.id)),
                   VersionsDialog(store, client.id), FeedbackReadingDialog(store),
                   HelpDialog("nurse"), StartHere()]
        shown = {}
        for w in widgets:
            qtbot.addWidget(w)
            w.show()
            texts = visible_texts(w)
            for browser in w.findChildren(QTextBrowser):
                texts.update(line.strip() for line in browser.toPlainText().splitlines())
            shown[type(w).__name__] = texts
        untranslated = sorted(f"{where}: {text!r}" for where, texts in shown.items()
                              for text in texts if text in sources)
        assert not untranslated, f"English on the {lang} screens:\n" + "\n".join(untranslated)
    finally:
        i18n.install("en")
