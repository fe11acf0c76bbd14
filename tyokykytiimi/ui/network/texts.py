"""Translated names of the network area's codes (sectors, domains, statuses …)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("network", text)


def sectors() -> dict[str, str]:
    return {
        "social_services": _t("Social services (wellbeing county)"),
        "health_services": _t("Health services (wellbeing county)"),
        "employment_services": _t("Employment services"),
        "kela": _t("Kela"),
        "municipality": _t("Municipality"),
        "education": _t("Education"),
        "third_sector": _t("Third sector"),
        "other": _t("Other"),
    }


def domains() -> dict[str, str]:
    return {
        "social": _t("Social situation"),
        "health": _t("Health"),
        "work_capacity": _t("Work and functional capacity"),
        "skills_jobsearch": _t("Skills and job search"),
    }


def phases() -> dict[str, str]:
    return {
        "capacity": _t("Developing work and functional capacity"),
        "skills": _t("Developing skills"),
        "into_work": _t("Moving into work"),
        "open_market": _t("Open labour market"),
    }


def methods() -> dict[str, str]:
    return {"paper": _t("Signed on paper"), "verbal": _t("Verbally"),
            "electronic": _t("Electronically")}


def consent_states() -> dict[str, str]:
    return {"valid": _t("Valid"), "unsigned": _t("Waiting for signature"),
            "not_yet": _t("Not yet valid"), "lapsed": _t("Lapsed"),
            "withdrawn": _t("Withdrawn")}


def meeting_kinds() -> dict[str, str]:
    return {"first": _t("First meeting"), "follow_up": _t("Follow-up meeting"),
            "closing": _t("Closing meeting"),
            "consultation": _t("Consultation without the client")}


def meeting_states() -> dict[str, str]:
    return {"planned": _t("Planned"), "held": _t("Held"), "cancelled": _t("Cancelled")}


def invitee_kinds() -> dict[str, str]:
    return {"contact": _t("Professional"), "organisation": _t("Organisation"),
            "client": _t("Client"), "peer": _t("Peer-support person"),
            "case_manager": _t("Case manager"), "team": _t("Team member"),
            "other": _t("Other party")}


def statuses() -> dict[str, str]:
    return {"to_invite": _t("To invite"), "invited": _t("Invited"),
            "accepted": _t("Accepted"), "declined": _t("Declined"),
            "attended": _t("Attended")}


def languages() -> dict[str, str]:
    return {"fi": _t("Finnish"), "sv": _t("Swedish"), "en": _t("English")}


def fi_date(d) -> str:
    return f"{d.day}.{d.month}.{d.year}" if d else ""
