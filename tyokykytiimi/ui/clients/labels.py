"""Translated names of the codes stored for clients (steps, referrers, outcomes…)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from ...formats import format_date
from ...models.field_words import CODES


def steps() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("ClientLabels", "1 Referral"),
        2: QCoreApplication.translate("ClientLabels", "2 Needs assessment and goals"),
        3: QCoreApplication.translate("ClientLabels", "3 Planning and coordination"),
        4: QCoreApplication.translate("ClientLabels", "4 Means and methods"),
        5: QCoreApplication.translate("ClientLabels", "5 Onward referral and follow-up"),
        6: QCoreApplication.translate("ClientLabels", "6 Reaching the goal"),
    }


def statuses() -> dict[str, str]:
    return {"active": QCoreApplication.translate("ClientLabels", "Active"),
            "closed": QCoreApplication.translate("ClientLabels", "Closed")}


def referrers() -> dict[str, str]:
    return {
        "employment_services": QCoreApplication.translate("ClientLabels", "Employment services"),
        "social_services": QCoreApplication.translate("ClientLabels", "Social services"),
        "health_centre": QCoreApplication.translate("ClientLabels", "Health centre"),
        "third_sector": QCoreApplication.translate("ClientLabels", "Third-sector organisation"),
        "kela": QCoreApplication.translate("ClientLabels", "Kela"),
        "own_initiative": QCoreApplication.translate("ClientLabels", "Own initiative"),
        "other": QCoreApplication.translate("ClientLabels", "Other"),
    }


def outcomes() -> dict[str, str]:
    return {
        "employed": QCoreApplication.translate("ClientLabels", "Employed"),
        "studies": QCoreApplication.translate("ClientLabels", "Studies"),
        "vocational_rehabilitation": QCoreApplication.translate("ClientLabels",
                                                                "Vocational rehabilitation"),
        "other_service": QCoreApplication.translate("ClientLabels", "Other service"),
        "pension": QCoreApplication.translate("ClientLabels", "Pension"),
        "moved_away": QCoreApplication.translate("ClientLabels", "Moved away"),
        "stopped": QCoreApplication.translate("ClientLabels", "Stopped"),
        "other": QCoreApplication.translate("ClientLabels", "Other"),
    }


def sexes() -> dict[str, str]:
    return {"female": QCoreApplication.translate("ClientLabels", "Female"),
            "male": QCoreApplication.translate("ClientLabels", "Male"),
            "other": QCoreApplication.translate("ClientLabels", "Other / not stated")}


def languages() -> dict[str, str]:
    """A client's language of service by its stored code (English sources in field_words)."""
    return {code: QCoreApplication.translate("ClientLabels", text)
            for code, text in CODES["clients.language"].items()}


def due_kinds() -> dict[str, str]:
    return {
        "prom_baseline": QCoreApplication.translate("ClientLabels", "Baseline PROM"),
        "prom_followup": QCoreApplication.translate("ClientLabels", "Follow-up PROM"),
        "plan_review": QCoreApplication.translate("ClientLabels", "Plan review"),
        "needs_mapping": QCoreApplication.translate("ClientLabels", "Needs mapping (TYP)"),
    }


def due_states() -> dict[str, str]:
    return {"upcoming": "", "due": QCoreApplication.translate("ClientLabels", "due"),
            "in_window": QCoreApplication.translate("ClientLabels", "due"),
            "overdue": QCoreApplication.translate("ClientLabels", "overdue")}


def decisions() -> dict[str, str]:
    return {
        "accept": QCoreApplication.translate("ClientLabels", "Accept as client"),
        "guide_elsewhere": QCoreApplication.translate("ClientLabels", "Guide elsewhere"),
        "more_info": QCoreApplication.translate("ClientLabels", "More information needed"),
        "coordinator": QCoreApplication.translate("ClientLabels", "Coordinator is case manager"),
        "consult": QCoreApplication.translate("ClientLabels", "Team consults only"),
        "unclear": QCoreApplication.translate("ClientLabels", "Unclear: weigh it"),
        "assess_typ": QCoreApplication.translate("ClientLabels", "Assess multisectoral service"),
        "not_typ": QCoreApplication.translate("ClientLabels", "No multisectoral trigger"),
    }


def path_kinds() -> dict[str, str]:
    return {"start": QCoreApplication.translate("ClientLabels", "Client relationship started"),
            "step": QCoreApplication.translate("ClientLabels", "Moved on the path"),
            "close": QCoreApplication.translate("ClientLabels", "Client relationship closed"),
            "reopen": QCoreApplication.translate("ClientLabels", "Client relationship reopened")}


def fmt_date(d: date | None) -> str:
    return format_date(d, empty="–")


def ui_language() -> str:
    name = QLocale().name()[:2]
    return name if name in ("fi", "sv") else "en"
