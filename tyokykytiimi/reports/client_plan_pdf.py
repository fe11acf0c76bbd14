"""The client's own plan, "Minun suunnitelmani": plain words, large type.

What the client takes home: my goals and the small steps towards them, what I
do next, who helps me and how I reach them, when we meet next. No service
jargon, no internal notes, no states in the team's vocabulary.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from .. import formats
from ..i18n import _
from .document import Markup, build_pdf, format_date, markup, para, styles, table
from .glossary import used_terms
from .labels import C_, COMMON, Labels, normalize_lang

L = Labels({
    "title": C_("client plan", "My plan"),
    "for": C_("client plan", "{name} · agreed together on {d}"),
    "for_draft": C_("client plan", "{name} · draft, not agreed yet"),
    "goals": C_("client plan", "My goals"),
    "steps": C_("client plan", "Small steps:"),
    "by": C_("client plan", "by {d}"),
    "reached": C_("client plan", "I have reached this!"),
    "step_done": C_("client plan", "done"),
    "my_next": C_("client plan", "What I do next"),
    "my_role": C_("client plan", "My part"),
    "helpers": C_("client plan", "Who helps me"),
    "who": C_("client plan", "Who"),
    "helps": C_("client plan", "Helps me with"),
    "reach": C_("client plan", "How I reach them"),
    "main_contact": C_("client plan", "My main contact"),
    "main_contact_text": C_("client plan", "My main contact is {name}. I can always ask them if "
                                           "something is on my mind."),
    "next_meeting": C_("client plan", "When we meet next"),
    "next_meeting_text": C_("client plan", "We meet again by {d} at the latest. Then we look "
                                           "together at how things have gone."),
    "not_set": C_("client plan", "We will agree on the next meeting together."),
    "nothing_yet": C_("client plan", "Nothing written yet."),
    "me": C_("client plan", "Me"),
}, parent=COMMON)


def _d(day: Optional[date], lang: str) -> str:
    return format_date(day, lang) if day else ""


def _task_words(t) -> str:
    """The task in the client's words: the plain-words version the editor asked for."""
    return (t.plain_text or "").strip() or t.what


def _blocks(doc, lang: str, compact: bool) -> list:
    """The story; ``compact`` tightens the spacing (build_pdf's orphan-page retry)."""
    st = styles(True, compact=compact, easy=True)
    v = doc.version
    c = v.content
    story = []

    # When we meet next: the first thing a client looks for.
    story.append(para(L.get("next_meeting", lang), st["H1"]))
    if doc.next_meeting_at:
        at = formats.local_time(doc.next_meeting_at)
        story.append(para(_("Our next meeting is on {date} at {time}.", lang=lang).format(
            date=format_date(at.date(), lang), time=formats.format_time(at.time(), lang)),
            st["Body"]))
        if doc.next_meeting_place:
            story.append(para(_("Place: {place}.", lang=lang).format(
                place=doc.next_meeting_place), st["Body"]))
    elif c.next_review:
        story.append(para(L.get("next_meeting_text", lang, d=_d(c.next_review, lang)),
                          st["Body"]))
    else:
        story.append(para(L.get("not_set", lang), st["Body"]))

    story.append(para(L.get("goals", lang), st["H1"]))
    goals = [g for g in c.goals if g.state != "dropped"]
    if not goals:
        story.append(para(L.get("nothing_yet", lang), st["Body"]))
    for i, g in enumerate(goals, 1):
        text = f"{i}. {g.text}"
        if g.target_date:
            text += f" ({L.get('by', lang, d=_d(g.target_date, lang))})"
        block = [para(text, st["H2"])]
        if g.state == "reached":
            block.append(para("✓ " + L.get("reached", lang), st["Body"]))
        if g.steps:
            block.append(para(L.get("steps", lang), st["Body"]))
            for s_ in g.steps:
                line = ("✓ " if s_.done else "–  ") + s_.text
                if s_.target_date and not s_.done:
                    line += f" ({L.get('by', lang, d=_d(s_.target_date, lang))})"
                elif s_.done:
                    line += f" ({L.get('step_done', lang)})"
                block.append(para(line, st["Body"]))
        story.append(KeepTogether(block))

    open_tasks = [t for t in c.tasks if t.state in ("planned", "in_progress")]
    mine = [t for t in open_tasks if t.responsible_kind == "client"]
    story.append(para(L.get("my_next", lang), st["H1"]))
    for t in mine:
        by = f" ({L.get('by', lang, d=_d(t.due, lang))})" if t.due else ""
        story.append(para("–  " + _task_words(t) + by, st["Body"]))
    if c.client_role:
        story.append(para(L.get("my_role", lang), st["H2"]))
        story.append(para(c.client_role, st["Body"]))
    if not mine and not c.client_role:
        story.append(para(L.get("nothing_yet", lang), st["Body"]))

    others = [t for t in open_tasks if t.responsible_kind != "client"]
    story.append(para(L.get("helpers", lang), st["H1"]))
    if c.case_manager_text:
        story.append(para(L.get("main_contact_text", lang, name=c.case_manager_text),
                          st["Body"]))
    if others:
        rows = [[L.get("who", lang), L.get("helps", lang)]]
        for t in others:
            helps = _task_words(t) + (f" ({L.get('by', lang, d=_d(t.due, lang))})"
                                      if t.due else "")
            rows.append([t.responsible_text, helps])
        story.append(table(rows, [0.32, 0.68], large_type=True))
    elif not c.case_manager_text:
        story.append(para(L.get("nothing_yet", lang), st["Body"]))

    # How I reach them: my main contact first, then the others, then the team.
    reach_rows = []
    if c.case_manager_text and doc.case_manager_reach:
        reach_rows.append((c.case_manager_text + " – " + L.get("main_contact", lang).lower(),
                           doc.case_manager_reach))
    seen = {c.case_manager_text}
    for t in others:
        contact = doc.reach.get(t.responsible_text, "")
        if contact and t.responsible_text not in seen:
            seen.add(t.responsible_text)
            reach_rows.append((t.responsible_text, contact))
    if doc.team_reach:
        reach_rows.append((doc.team_name, doc.team_reach))
    if reach_rows:
        block = [para(L.get("reach", lang), st["H1"])]
        for who, how in reach_rows:
            block.append(para(Markup(f"<b>{markup(who)}</b><br/>{markup(how)}"), st["Body"]))
        story.append(KeepTogether(block))

    words = used_terms([g.text for g in goals] + [_task_words(t) for t in open_tasks]
                       + [t.responsible_text for t in others] + [c.client_role or ""], lang)
    if words:
        block = [para(_("Words used in this plan", lang=lang), st["H1"])]
        for term, explain in words:
            block.append(para(Markup(f"<b>{markup(term)}</b><br/>{markup(explain)}"),
                              st["Body"]))
        story.append(KeepTogether(block))
    story.append(Spacer(1, 6 * mm))
    return story


def write_client_plan_pdf(doc, target, *, lang: str | None = None,
                          printed: Optional[date] = None) -> None:
    """Write "Minun suunnitelmani" for ``doc`` (a store.plans.PlanDocument) to ``target``.

    In the client's recorded language unless ``lang`` is given; large type,
    ragged right, lines of about 60 characters (Selkokeskus), no orphan page.
    """
    lang = normalize_lang(lang or getattr(doc, "client_language", None))
    v = doc.version
    if v.state == "agreed":
        sub = L.get("for", lang, name=doc.client_name, d=_d(v.agreed_on, lang))
    else:
        sub = L.get("for_draft", lang, name=doc.client_name)
    build_pdf(target, lambda compact: _blocks(doc, lang, compact), title=L.get("title", lang),
              team_name=doc.team_name, lang=lang, large_type=True, subtitle=sub,
              printed=printed, easy=True)
