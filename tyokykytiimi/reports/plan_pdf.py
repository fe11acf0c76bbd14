"""The shared client plan as a PDF for the parties (each records it in its own system).

Built from :class:`tyokykytiimi.store.plans.PlanDocument`; the caller records
the export or print with ``store.plans.record_plan_output``.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from reportlab.platypus import KeepTogether

from .document import Markup, build_pdf, format_date, markup, para, styles, table
from ..i18n import _, pgettext
from .labels import C_, COMMON, Labels, normalize_lang

GOAL_STATE = {
    "open": C_("goal state", "open"),
    "in_progress": C_("goal state", "in progress"),
    "reached": C_("goal state", "reached"),
    "changed": C_("goal state", "changed"),
    "dropped": C_("goal state", "dropped"),
}
TASK_STATE = {
    "planned": C_("task state", "planned"),
    "in_progress": C_("task state", "in progress"),
    "done": C_("task state", "done"),
    "cancelled": C_("task state", "cancelled"),
}

L = Labels({
    "title": C_("plan", "Client plan"),
    "version": C_("plan", "Version {n}"),
    "agreed": C_("plan", "agreed {d}"),
    "draft": C_("plan", "DRAFT – not yet agreed"),
    "client": C_("plan", "Client"),
    "ident": C_("plan", "Personal identity code / date of birth"),
    "case_manager": C_("plan", "Case manager"),
    "next_review": C_("plan", "Next meeting / review"),
    "review_reason": C_("plan", "Reason for more than 6 months"),
    "participants": C_("plan", "Taking part in agreeing the plan"),
    "goals": C_("plan", "Goals (in the client's own words)"),
    "goal": C_("plan", "Goal"),
    "steps": C_("plan", "Intermediate goals"),
    "target": C_("plan", "Target date"),
    "state": C_("plan", "State"),
    "done_mark": C_("plan", "done"),
    "tasks": C_("plan", "Tasks, responsibilities and schedule"),
    "what": C_("plan", "Task"),
    "responsible": C_("plan", "Responsible"),
    "role": C_("plan", "Role"),
    "by": C_("plan", "By"),
    "service": C_("plan", "Service"),
    "client_role": C_("plan", "The client's own role"),
    "notes": C_("plan", "Further notes"),
    "recipients": C_("plan", "Recipients (consent to record the plan)"),
    "none": C_("plan", "not recorded"),
}, parent=COMMON)


def _state(table: dict, code: str, lang: str) -> str:
    return pgettext(*table[code], lang) if code in table else code


def _d(day: Optional[date], lang: str) -> str:
    return format_date(day, lang) if day else "–"


def write_plan_pdf(doc, target, *, lang: str = "fi", printed: Optional[date] = None) -> None:
    """Write the parties' plan for ``doc`` (a store.plans.PlanDocument) to ``target``."""
    lang = normalize_lang(lang)
    st = styles(False)
    v = doc.version
    c = v.content
    if v.state == "agreed":
        sub = L.get("version", lang, n=v.number) + ", " + L.get("agreed", lang,
                                                                 d=_d(v.agreed_on, lang))
    else:
        sub = L.get("version", lang, n=v.number) + " – " + L.get("draft", lang)
    story = []
    info = [
        [L.get("client", lang), doc.client_name],
        [L.get("ident", lang), doc.client_id_text or "–"],
        [L.get("case_manager", lang), (c.case_manager_text or L.get("none", lang))
         + (f"\n{doc.case_manager_reach}" if c.case_manager_text and doc.case_manager_reach
            else "")],
        [L.get("next_review", lang), _d(c.next_review, lang)],
    ]
    if c.review_reason:
        info.append([L.get("review_reason", lang), c.review_reason])
    if v.participants:
        info.append([L.get("participants", lang), ", ".join(v.participants)])
    if doc.recipients:
        info.append([L.get("recipients", lang), ", ".join(doc.recipients)])
    if getattr(doc, "team_reach", ""):
        info.append([_("The team's contact details", lang=lang),
                     f"{doc.team_name}\n{doc.team_reach}"])
    story.append(table(info, [0.34, 0.66], header=False))

    story.append(para(L.get("goals", lang), st["H1"]))
    if not c.goals:
        story.append(para(L.get("none", lang), st["Body"]))
    for i, g in enumerate(c.goals, 1):
        head = para(Markup(f"{i}. " + markup(g.text)), st["H2"])
        meta = para(f"{L.get('state', lang)}: {_state(GOAL_STATE, g.state, lang)}"
                    f" · {L.get('target', lang)}: {_d(g.target_date, lang)}", st["Small"])
        block = [head, meta]
        if g.steps:
            rows = [[L.get("steps", lang), L.get("target", lang), L.get("state", lang)]]
            for s in g.steps:
                rows.append([s.text, _d(s.target_date, lang),
                             L.get("done_mark", lang) if s.done else ""])
            block.append(table(rows, [0.64, 0.18, 0.18]))
        story.append(KeepTogether(block))

    story.append(para(L.get("tasks", lang), st["H1"]))
    if c.tasks:
        rows = [[L.get("what", lang), L.get("responsible", lang), L.get("role", lang),
                 L.get("by", lang), L.get("state", lang)]]
        for t in c.tasks:
            what = t.what + (f"\n{L.get('service', lang)}: {t.service}" if t.service else "")
            contact = doc.reach.get(t.responsible_text, "")
            who = (t.responsible_text or "–") + (f"\n{contact}" if contact else "")
            rows.append([what, who, t.role or "", _d(t.due, lang),
                         _state(TASK_STATE, t.state, lang)])
        widths = [0.30, 0.27, 0.18, 0.12, 0.13]
        if not any(t.role for t in c.tasks):  # an empty column is left out
            rows = [r[:2] + r[3:] for r in rows]
            widths = [0.40, 0.35, 0.12, 0.13]
        story.append(table(rows, widths))
    else:
        story.append(para(L.get("none", lang), st["Body"]))

    story.append(para(L.get("client_role", lang), st["H2"]))
    story.append(para(c.client_role or L.get("none", lang), st["Body"]))
    if c.notes:
        story.append(para(L.get("notes", lang), st["H2"]))
        story.append(para(c.notes, st["Body"]))
    build_pdf(target, story, title=L.get("title", lang), team_name=doc.team_name, lang=lang,
              subtitle=sub, printed=printed)
