"""The shared client plan as a PDF for the parties (each records it in its own system).

Built from :class:`tyokykytiimi.store.plans.PlanDocument`; the caller records
the export or print with ``store.plans.record_plan_output``.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from reportlab.platypus import KeepTogether

from .document import Markup, build_pdf, format_date, markup, para, styles, table
from .labels import COMMON, Labels, normalize_lang

GOAL_STATE = {
    "open": {"fi": "avoin", "sv": "öppen", "en": "open"},
    "in_progress": {"fi": "käynnissä", "sv": "pågår", "en": "in progress"},
    "reached": {"fi": "saavutettu", "sv": "uppnådd", "en": "reached"},
    "changed": {"fi": "muuttunut", "sv": "ändrad", "en": "changed"},
    "dropped": {"fi": "luovuttu", "sv": "avstådd", "en": "dropped"},
}
TASK_STATE = {
    "planned": {"fi": "suunniteltu", "sv": "planerad", "en": "planned"},
    "in_progress": {"fi": "käynnissä", "sv": "pågår", "en": "in progress"},
    "done": {"fi": "tehty", "sv": "klar", "en": "done"},
    "cancelled": {"fi": "peruttu", "sv": "inställd", "en": "cancelled"},
}

L = Labels({
    "title": {"fi": "Asiakassuunnitelma", "sv": "Klientplan", "en": "Client plan"},
    "version": {"fi": "Versio {n}", "sv": "Version {n}", "en": "Version {n}"},
    "agreed": {"fi": "sovittu {d}", "sv": "överenskommen {d}", "en": "agreed {d}"},
    "draft": {"fi": "LUONNOS – ei vielä sovittu", "sv": "UTKAST – ännu inte överenskommen",
              "en": "DRAFT – not yet agreed"},
    "client": {"fi": "Asiakas", "sv": "Klient", "en": "Client"},
    "ident": {"fi": "Henkilötunnus / syntymäaika", "sv": "Personbeteckning / födelsedatum",
              "en": "Personal identity code / date of birth"},
    "case_manager": {"fi": "Asiakasvastaava", "sv": "Klientansvarig", "en": "Case manager"},
    "next_review": {"fi": "Seuraava tapaaminen / arviointi", "sv": "Nästa möte / uppföljning",
                    "en": "Next meeting / review"},
    "review_reason": {"fi": "Syy yli 6 kuukauden väliin", "sv": "Orsak till intervall på över 6 månader",
                      "en": "Reason for more than 6 months"},
    "participants": {"fi": "Suunnitelman sopimiseen osallistuneet",
                     "sv": "Deltog när planen gjordes upp",
                     "en": "Taking part in agreeing the plan"},
    "goals": {"fi": "Tavoitteet (asiakkaan omin sanoin)", "sv": "Mål (med klientens egna ord)",
              "en": "Goals (in the client's own words)"},
    "goal": {"fi": "Tavoite", "sv": "Mål", "en": "Goal"},
    "steps": {"fi": "Välitavoitteet", "sv": "Delmål", "en": "Intermediate goals"},
    "target": {"fi": "Tavoitepäivä", "sv": "Måldatum", "en": "Target date"},
    "state": {"fi": "Tila", "sv": "Status", "en": "State"},
    "done_mark": {"fi": "valmis", "sv": "klart", "en": "done"},
    "tasks": {"fi": "Tehtävät, vastuut ja aikataulu", "sv": "Uppgifter, ansvar och tidtabell",
              "en": "Tasks, responsibilities and schedule"},
    "what": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "responsible": {"fi": "Vastuutaho", "sv": "Ansvarig", "en": "Responsible"},
    "role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "by": {"fi": "Mihin mennessä", "sv": "Senast", "en": "By"},
    "service": {"fi": "Palvelu", "sv": "Tjänst", "en": "Service"},
    "client_role": {"fi": "Asiakkaan oma rooli", "sv": "Klientens egen roll",
                    "en": "The client's own role"},
    "notes": {"fi": "Lisätiedot", "sv": "Tilläggsuppgifter", "en": "Further notes"},
    "recipients": {"fi": "Vastaanottajat (suostumus suunnitelman kirjaamiseen)",
                   "sv": "Mottagare (samtycke till att registrera planen)",
                   "en": "Recipients (consent to record the plan)"},
    "none": {"fi": "ei kirjattu", "sv": "inte antecknat", "en": "not recorded"},
}, parent=COMMON)


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
        [L.get("case_manager", lang), c.case_manager_text or L.get("none", lang)],
        [L.get("next_review", lang), _d(c.next_review, lang)],
    ]
    if c.review_reason:
        info.append([L.get("review_reason", lang), c.review_reason])
    if v.participants:
        info.append([L.get("participants", lang), ", ".join(v.participants)])
    if doc.recipients:
        info.append([L.get("recipients", lang), ", ".join(doc.recipients)])
    story.append(table(info, [0.34, 0.66], header=False))

    story.append(para(L.get("goals", lang), st["H1"]))
    if not c.goals:
        story.append(para(L.get("none", lang), st["Body"]))
    for i, g in enumerate(c.goals, 1):
        head = para(Markup(f"{i}. " + markup(g.text)), st["H2"])
        meta = para(f"{L.get('state', lang)}: {GOAL_STATE.get(g.state, {}).get(lang, g.state)}"
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
            rows.append([what, t.responsible_text or "–", t.role or "", _d(t.due, lang),
                         TASK_STATE.get(t.state, {}).get(lang, t.state)])
        story.append(table(rows, [0.33, 0.22, 0.2, 0.12, 0.13]))
    else:
        story.append(para(L.get("none", lang), st["Body"]))

    story.append(para(L.get("client_role", lang), st["H2"]))
    story.append(para(c.client_role or L.get("none", lang), st["Body"]))
    if c.notes:
        story.append(para(L.get("notes", lang), st["H2"]))
        story.append(para(c.notes, st["Body"]))
    build_pdf(target, story, title=L.get("title", lang), team_name=doc.team_name, lang=lang,
              subtitle=sub, printed=printed)
