"""The shared-folder field: a line to type in and "Choose…" beside it."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton


def folder_row(owner, text: str = "") -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    edit = QLineEdit(text, owner)
    edit.setAccessibleName(owner.tr("Shared folder"))
    choose = QPushButton(owner.tr("Choose…"), owner)

    def pick() -> None:
        path = QFileDialog.getExistingDirectory(owner, owner.tr("Shared folder"), edit.text())
        if path:
            edit.setText(path)

    choose.clicked.connect(lambda: pick())
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return edit, choose, row
