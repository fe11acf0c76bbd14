"""Words for the journal's kinds and a statement's states (shared by the tab and overview)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


def kinds() -> dict[str, str]:
    return {"phone": _t("Phone call"), "visit": _t("Visit"), "meeting": _t("Meeting"),
            "message": _t("Message"), "note": _t("Memo"), "statement": _t("Statement")}


def statement_states() -> dict[str, str]:
    return {"requested": _t("requested"), "written": _t("written"),
            "delivered": _t("delivered")}


def summary(entry) -> str:
    """One line: the text, or for a statement its kind, state and recipient."""
    if entry.kind != "statement":
        return entry.text
    parts = [entry.statement_kind or kinds()["statement"],
             statement_states().get(entry.statement_state or "", "")]
    if entry.delivered_to:
        parts.append(_t("to %1").replace("%1", entry.delivered_to))
    head = ", ".join(p for p in parts if p)
    return head + (": " + entry.text if entry.text else "")
