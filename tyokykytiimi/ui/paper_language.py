"""The language a paper for the client is written in: a chooser beside its button.

Every paper the client or their network reads defaults to the client's recorded
language (issue 17); the person exporting may still choose another.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from ..store.clients import get_client
from .network.texts import languages


def paper_language_row(store, client_id: str, label: str) -> tuple[QComboBox, QHBoxLayout]:
    """A labelled chooser set to the client's language, in a row of its own (one long
    row of buttons would not fit at 200 %)."""
    combo = QComboBox()
    for code, text in languages().items():
        combo.addItem(text, code)
    client = get_client(store, client_id, audit_view=False)
    combo.setCurrentIndex(max(0, combo.findData(client.language or "fi")))
    caption = QLabel(label)
    caption.setBuddy(combo)
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(caption)
    row.addWidget(combo)
    return combo, row
