"""The shared client plan as a PDF for the parties (each records it in its own system).

Built from :class:`tyokykytiimi.store.plans.PlanDocument`; the caller records
the export or print with ``store.plans.record_plan_output``.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from reportlab.platypus import KeepTogether

from .document import Markup, build_pdf, format_date, markup, para, styles, table
from ..i18n import N_, _, pgettext
from .labels import COMMON, Labels, normalize_lang

GOAL_STATE = {
    "open": N_("open"),
    "in_progress": N_("in progress"),
    "reached": N_("reached"),
    "changed": N_("changed"),
    "dropped": N_("dropped"),
}
TASK_STATE = {
    "planned": N_("planned"),
    "in_progress": N_("in progress"),
    "done": N_("done"),
    "cancelled": N_("cancelled"),
}

L = Labels({
    "title": N_("Client plan"),
    "version": N_("Version {n}"),
    "agreed": N_("agreed {d}"),
    "draft": N_("DRAFT – not yet agreed"),
    "client": N_("Client"),
    "ident": N_("Personal identity code / date of birth"),
    "case_manager": N_("Case manager"),
    "next_review": N_("Next meeting / review"),
    "review_reason": N_("Reason for more than 6 months"),
    "participants": N_("Taking part in agreeing the plan"),
    "goals": N_("Goals (in the client's own words)"),
    "goal": N_("Goal"),
    "steps": N_("Intermediate goals"),
    "target": N_("Target date"),
    "state": N_("State"),
    "done_mark": N_("done"),
    "tasks": N_("Tasks, responsibilities and schedule"),
    "what": N_("Task"),
    "responsible": N_("Responsible"),
    "role": N_("Role"),
    "by": N_("By"),
    "service": N_("Service"),
    "client_role": N_("The client's own role"),
    "notes": N_("Further notes"),
    "recipients": N_("Recipients (consent to record the plan)"),
    "none": N_("not recorded"),
}, parent=COMMON, context="plan")


def _state(context: str, table: dict, code: str, lang: str) -> str:
    return pgettext(context, table[code], lang) if code in table else code


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
        meta = para(f"{L.get('state', lang)}: {_state('goal state', GOAL_STATE, g.state, lang)}"
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
                         _state("task state", TASK_STATE, t.state, lang)])
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
