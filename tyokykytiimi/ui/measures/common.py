"""Texts shared by the measures widgets: language, titles, bands, time points."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from tyokykytiimi.models.instruments import definition
from ...formats import format_date


def lang() -> str:
    code = QLocale().name()[:2]
    return code if code in ("fi", "sv", "en") else "fi"


def title(instrument_id: str) -> str:
    return definition(instrument_id).title[lang()]


def short_title(instrument_id: str) -> str:
    d = definition(instrument_id)
    return d.raw.get("abbreviation") or d.title[lang()]


def band_label(instrument_id: str, code: str | None) -> str:
    if not code:
        return ""
    d = definition(instrument_id)
    for b in d.bands:
        if b.code == code:
            return d.band_text(b, lang())
    return code


def time_point_label(tp: str) -> str:
    if tp == "baseline":
        return QCoreApplication.translate("Measures", "Baseline")
    if tp == "followup":
        return QCoreApplication.translate("Measures", "6-month follow-up")
    if tp == "other":
        return QCoreApplication.translate("Measures", "Other")
    return tp


def due_state_label(state: str) -> str:
    texts = {"done": QCoreApplication.translate("Measures", "done"),
             "upcoming": QCoreApplication.translate("Measures", "not yet due"),
             "due": QCoreApplication.translate("Measures", "due"),
             "in_window": QCoreApplication.translate("Measures", "in window"),
             "overdue": QCoreApplication.translate("Measures", "overdue")}
    return texts.get(state, state)


def fmt_date(d: date | None) -> str:
    return format_date(d)


def fmt_num(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "–"
    text = f"{x:.{digits}f}"
    return text.replace(".", ",") if lang() != "en" else text
