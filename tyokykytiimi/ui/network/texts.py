"""Translated names of the network area's codes (sectors, domains, statuses …)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from ...formats import format_date
from ...language import LANGUAGES
from ...models.field_words import CODES


def _t(text: str) -> str:
    return QCoreApplication.translate("network", text)


def sectors() -> dict[str, str]:
    return {
        "social_services": QCoreApplication.translate("network", "Social services (wellbeing county)"),
        "health_services": QCoreApplication.translate("network", "Health services (wellbeing county)"),
        "employment_services": QCoreApplication.translate("network", "Employment services"),
        "kela": QCoreApplication.translate("network", "Kela"),
        "municipality": QCoreApplication.translate("network", "Municipality"),
        "education": QCoreApplication.translate("network", "Education"),
        "third_sector": QCoreApplication.translate("network", "Third sector"),
        "other": QCoreApplication.translate("network", "Other"),
    }


def domains() -> dict[str, str]:
    return {
        "social": QCoreApplication.translate("network", "Social situation"),
        "health": QCoreApplication.translate("network", "Health"),
        "work_capacity": QCoreApplication.translate("network", "Work and functional capacity"),
        "skills_jobsearch": QCoreApplication.translate("network", "Skills and job search"),
    }


def phases() -> dict[str, str]:
    return {
        "capacity": QCoreApplication.translate("network", "Developing work and functional capacity"),
        "skills": QCoreApplication.translate("network", "Developing skills"),
        "into_work": QCoreApplication.translate("network", "Moving into work"),
        "open_market": QCoreApplication.translate("network", "Open labour market"),
    }


def methods() -> dict[str, str]:
    return {"paper": QCoreApplication.translate("network", "Signed on paper"), "verbal": QCoreApplication.translate("network", "Verbally"),
            "electronic": QCoreApplication.translate("network", "Electronically")}


def consent_states() -> dict[str, str]:
    return {"valid": QCoreApplication.translate("network", "Valid"), "unsigned": QCoreApplication.translate("network", "Waiting for signature"),
            "not_yet": QCoreApplication.translate("network", "Not yet valid"), "lapsed": QCoreApplication.translate("network", "Lapsed"),
            "withdrawn": QCoreApplication.translate("network", "Withdrawn")}


def meeting_kinds() -> dict[str, str]:
    return {"first": QCoreApplication.translate("network", "First meeting"), "follow_up": QCoreApplication.translate("network", "Follow-up meeting"),
            "closing": QCoreApplication.translate("network", "Closing meeting"),
            "consultation": QCoreApplication.translate("network", "Consultation without the client")}


def meeting_states() -> dict[str, str]:
    return {"planned": QCoreApplication.translate("network", "Planned"), "held": QCoreApplication.translate("network", "Held"), "cancelled": QCoreApplication.translate("network", "Cancelled")}


def invitee_kinds() -> dict[str, str]:
    return {"contact": QCoreApplication.translate("network", "Professional"), "organisation": QCoreApplication.translate("network", "Organisation"),
            "client": QCoreApplication.translate("network", "Client"), "peer": QCoreApplication.translate("network", "Peer-support person"),
            "case_manager": QCoreApplication.translate("network", "Case manager"), "team": QCoreApplication.translate("network", "Team member"),
            "other": QCoreApplication.translate("network", "Other party")}


def statuses() -> dict[str, str]:
    return {"to_invite": QCoreApplication.translate("network", "To invite"), "invited": QCoreApplication.translate("network", "Invited"),
            "accepted": QCoreApplication.translate("network", "Accepted"), "declined": QCoreApplication.translate("network", "Declined"),
            "attended": QCoreApplication.translate("network", "Attended")}


def languages() -> dict[str, str]:
    """The languages a paper can be printed in, by code, named in the UI's language."""
    names = CODES["clients.language"]
    return {code: _t(names[code]) for code in LANGUAGES}


def fi_date(d) -> str:
    return format_date(d)
