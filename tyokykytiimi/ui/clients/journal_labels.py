"""Words for the journal's kinds and a statement's states (shared by the tab and overview)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kinds() -> dict[str, str]:
    return {"phone": QCoreApplication.translate("Journal", "Phone call"), "visit": QCoreApplication.translate("Journal", "Visit"), "meeting": QCoreApplication.translate("Journal", "Meeting"),
            "message": QCoreApplication.translate("Journal", "Message"), "note": QCoreApplication.translate("Journal", "Memo"), "statement": QCoreApplication.translate("Journal", "Statement")}


def statement_states() -> dict[str, str]:
    return {"requested": QCoreApplication.translate("Journal", "requested"), "written": QCoreApplication.translate("Journal", "written"),
            "delivered": QCoreApplication.translate("Journal", "delivered")}


def summary(entry) -> str:
    """One line: the text, or for a statement its kind, state and recipient."""
    if entry.kind != "statement":
        return entry.text
    parts = [entry.statement_kind or kinds()["statement"],
             statement_states().get(entry.statement_state or "", "")]
    if entry.delivered_to:
        parts.append(QCoreApplication.translate("Journal", "to %1").replace("%1", entry.delivered_to))
    head = ", ".join(p for p in parts if p)
    return head + (": " + entry.text if entry.text else "")
