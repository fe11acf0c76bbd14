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

from .document import build_pdf, format_date, para, styles, table
from .labels import COMMON, Labels, normalize_lang

L = Labels({
    "title": {"fi": "Minun suunnitelmani", "sv": "Min plan", "en": "My plan"},
    "for": {"fi": "{name} · sovittu yhdessä {d}", "sv": "{name} · överenskommen tillsammans {d}",
            "en": "{name} · agreed together on {d}"},
    "for_draft": {"fi": "{name} · luonnos, ei vielä sovittu",
                  "sv": "{name} · utkast, ännu inte överenskommen",
                  "en": "{name} · draft, not agreed yet"},
    "goals": {"fi": "Minun tavoitteeni", "sv": "Mina mål", "en": "My goals"},
    "steps": {"fi": "Pienet askeleet:", "sv": "Små steg:", "en": "Small steps:"},
    "by": {"fi": "{d} mennessä", "sv": "senast {d}", "en": "by {d}"},
    "reached": {"fi": "Tämä on saavutettu!", "sv": "Det här har jag nått!",
                "en": "I have reached this!"},
    "step_done": {"fi": "tehty", "sv": "klart", "en": "done"},
    "my_next": {"fi": "Mitä teen seuraavaksi", "sv": "Vad jag gör härnäst",
                "en": "What I do next"},
    "my_role": {"fi": "Oma osuuteni", "sv": "Min egen del", "en": "My part"},
    "helpers": {"fi": "Kuka auttaa minua", "sv": "Vem hjälper mig", "en": "Who helps me"},
    "who": {"fi": "Kuka", "sv": "Vem", "en": "Who"},
    "helps": {"fi": "Auttaa minua", "sv": "Hjälper mig med", "en": "Helps me with"},
    "reach": {"fi": "Näin tavoitan", "sv": "Så når jag", "en": "How I reach them"},
    "main_contact": {"fi": "Yhteyshenkilöni", "sv": "Min kontaktperson",
                     "en": "My main contact"},
    "main_contact_text": {"fi": "Yhteyshenkilöni on {name}. Häneltä voin aina kysyä, jos jokin "
                                "mietityttää.",
                          "sv": "Min kontaktperson är {name}. Jag kan alltid fråga hen om "
                                "något känns oklart.",
                          "en": "My main contact is {name}. I can always ask them if something "
                                "is on my mind."},
    "next_meeting": {"fi": "Milloin tapaamme seuraavan kerran",
                     "sv": "När vi träffas nästa gång", "en": "When we meet next"},
    "next_meeting_text": {"fi": "Tapaamme seuraavan kerran viimeistään {d}. Silloin katsomme "
                                "yhdessä, miten olen edennyt.",
                          "sv": "Vi träffas nästa gång senast {d}. Då ser vi tillsammans hur "
                                "det har gått.",
                          "en": "We meet again by {d} at the latest. Then we look together at "
                                "how things have gone."},
    "not_set": {"fi": "Sovimme seuraavan tapaamisen yhdessä.",
                "sv": "Vi kommer överens om nästa möte tillsammans.",
                "en": "We will agree on the next meeting together."},
    "nothing_yet": {"fi": "Ei vielä kirjattu.", "sv": "Inte antecknat ännu.",
                    "en": "Nothing written yet."},
    "me": {"fi": "Minä itse", "sv": "Jag själv", "en": "Me"},
}, parent=COMMON)


def _d(day: Optional[date], lang: str) -> str:
    return format_date(day, lang) if day else ""


def write_client_plan_pdf(doc, target, *, lang: str = "fi",
                          printed: Optional[date] = None) -> None:
    """Write "Minun suunnitelmani" for ``doc`` (a store.plans.PlanDocument) to ``target``."""
    lang = normalize_lang(lang)
    st = styles(True)
    v = doc.version
    c = v.content
    if v.state == "agreed":
        sub = L.get("for", lang, name=doc.client_name, d=_d(v.agreed_on, lang))
    else:
        sub = L.get("for_draft", lang, name=doc.client_name)
    story = []

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
            for s in g.steps:
                line = ("✓ " if s.done else "–  ") + s.text
                if s.target_date and not s.done:
                    line += f" ({L.get('by', lang, d=_d(s.target_date, lang))})"
                elif s.done:
                    line += f" ({L.get('step_done', lang)})"
                block.append(para(line, st["Body"]))
        story.append(KeepTogether(block))

    open_tasks = [t for t in c.tasks if t.state in ("planned", "in_progress")]
    mine = [t for t in open_tasks if t.responsible_kind == "client"]
    story.append(para(L.get("my_next", lang), st["H1"]))
    if mine:
        for t in mine:
            by = f" ({L.get('by', lang, d=_d(t.due, lang))})" if t.due else ""
            line = "–  " + t.what + by
            story.append(para(line, st["Body"]))
    if c.client_role:
        story.append(para(L.get("my_role", lang), st["H2"]))
        story.append(para(c.client_role, st["Body"]))
    if not mine and not c.client_role:
        story.append(para(L.get("nothing_yet", lang), st["Body"]))

    story.append(para(L.get("helpers", lang), st["H1"]))
    if c.case_manager_text:
        contact = L.get("main_contact_text", lang, name=c.case_manager_text)
        if doc.case_manager_reach:
            contact += " " + doc.case_manager_reach
        story.append(para(contact, st["Body"]))
    others = [t for t in open_tasks if t.responsible_kind != "client"]
    if others:
        rows = [[L.get("who", lang), L.get("helps", lang), L.get("reach", lang)]]
        for t in others:
            helps = t.what + (f" ({L.get('by', lang, d=_d(t.due, lang))})" if t.due else "")
            rows.append([t.responsible_text, helps, doc.reach.get(t.responsible_text, "")])
        story.append(table(rows, [0.3, 0.45, 0.25], large_type=True))
    elif not c.case_manager_text:
        story.append(para(L.get("nothing_yet", lang), st["Body"]))

    story.append(para(L.get("next_meeting", lang), st["H1"]))
    if c.next_review:
        story.append(para(L.get("next_meeting_text", lang, d=_d(c.next_review, lang)), st["Body"]))
    else:
        story.append(para(L.get("not_set", lang), st["Body"]))
    story.append(Spacer(1, 6 * mm))
    build_pdf(target, story, title=L.get("title", lang), team_name=doc.team_name, lang=lang,
              large_type=True, subtitle=sub, printed=printed)
