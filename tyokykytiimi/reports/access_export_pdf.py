"""The client's own data (right of access) as one readable PDF.

Built from :func:`tyokykytiimi.store.access_export.collect`. One section per
kind of record, in the order a person reads them (basic data, path, screenings,
consents, meetings, the plan, measures, feedback), every stored row with its
fields under human labels and its codes in words; rows that belong to another
row follow it (a meeting's invitees, a plan version's goals and tasks, the
safety flag of an answer set). Then the change history (every write to their
data: when, by whom, what) and the audit trail (who viewed or changed their
data, and when). Technical identifiers are left out here and kept in the JSON
file written beside it.

The language is the UI's (``tyokykytiimi.language.current()``) unless one is
given; Finnish by default. Dates and times go through ``tyokykytiimi.formats``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .. import formats, language
from ..i18n import N_, _, pgettext
from ..models import feedback_form as ff
from ..models.field_words import CODES
from ..models.consents import purpose_label
from .document import Markup, build_pdf, markup, para, styles, table
from .labels import C_, COMMON, LANGS, Labels, normalize_lang


# --- texts -------------------------------------------------------------------------

TEXTS = {
    "title": C_("access export", "The client's data"),
    "subtitle": C_("access export", "Everything stored about the client (right of access)"),
    "intro": C_("access export", "This document holds all the data stored about the client in "
                                 "the work-ability team's client database, and the log of who "
                                 "viewed or changed the data and when. Technical identifiers "
                                 "and all the data in machine-readable form are in the JSON "
                                 "file made at the same time."),
    "client": C_("access export", "Client"),
    "identifier": C_("access export", "Personal identity code or identifier"),
    "exported": C_("access export", "Compiled"),
    "exported_by": C_("access export", "Compiled by"),
    "contents": C_("access export", "Contents"),
    "count": C_("access export", "Records"),
    "none": C_("access export", "Nothing stored."),
    "yes": C_("access export", "Yes"),
    "no": C_("access export", "No"),
    "unanswered": C_("access export", "no answer"),
    "history": C_("access export", "Change history"),
    "history_intro": C_("access export", "Every write to the client's data: when, by whom and "
                                         "what. Earlier versions of the data are in the JSON "
                                         "file."),
    "audit": C_("access export", "Audit trail: who handled the data"),
    "audit_intro": C_("access export", "Every time someone viewed, saved, changed, printed or "
                                       "exported the client's data, this compilation included."),
    "when": C_("access export", "Time"),
    "who": C_("access export", "Who"),
    "what": C_("access export", "What"),
    "action": C_("access export", "Action"),
    "record": C_("access export", "Record"),
    "record_created": C_("access export", "Recorded"),
    "record_updated": C_("access export", "Last changed"),
    "record_deleted": C_("access export", "Removed from view"),
    "by": C_("access export", "{when}, {who}"),
}

# One heading per kind of record (section) and the name of one row of it.
SECTIONS = {
    "clients": (C_("access export", "Basic data"),
                C_("access export", "Basic data")),
    "path_events": (C_("access export", "Service path"),
                    C_("access export", "Path event")),
    "screenings": (C_("access export", "Screenings"),
                   C_("access export", "Screening")),
    "consents": (C_("access export", "Consents"),
                 C_("access export", "Consent")),
    "consent_overrides": (
        C_("access export", "Action without consent (legal basis)"),
        C_("access export", "Basis")),
    "meetings": (C_("access export", "Network meetings"),
                 C_("access export", "Meeting")),
    "invitees": (C_("access export", "Invitees"),
                 C_("access export", "Invitee")),
    "plans": (C_("access export", "Client plan"),
              C_("access export", "Plan")),
    "plan_versions": (C_("access export", "Plan versions"),
                      C_("access export", "Version")),
    "plan_goals": (C_("access export", "Goals"), C_("access export", "Goal")),
    "plan_intermediate_goals": (C_("access export", "Intermediate goals"),
                                C_("access export", "Intermediate goal")),
    "plan_tasks": (C_("access export", "Tasks"), C_("access export", "Task")),
    "answer_sets": (C_("access export", "Measures and questionnaires"),
                    C_("access export", "Answers")),
    "safety_flags": (C_("access export", "Safety flags"),
                     C_("access export", "Safety flag")),
    "feedback": (C_("access export", "Feedback"), C_("access export: SECTIONS.feedback", "Feedback")),
    "journal_entries": (C_("access export", "Journal"), C_("access export", "Journal entry")),
}

# Labels of the stored fields; "table.field" overrides "field".
FIELDS = {
    "entry_on": C_("access export", "Date"),
    "statement_kind": C_("access export", "Statement"),
    "statement_state": C_("access export", "Statement state"),
    "delivered_to": C_("access export", "Delivered to"),
    "declined_reason": C_("access export", "Declined to answer: reason"),
    "ack_note": C_("access export", "What was done (acknowledgement)"),
    "first_name": C_("access export", "First name"),
    "last_name": C_("access export", "Last name"),
    "hetu": C_("access export", "Personal identity code"),
    "temporary_id": C_("access export", "Temporary identifier"),
    "birth_date": C_("access export", "Date of birth"),
    "sex": C_("access export", "Sex"),
    "phone": C_("access export", "Phone"),
    "email": C_("access export", "E-mail"),
    "address": C_("access export", "Address"),
    "municipality": C_("access export", "Municipality"),
    "language": C_("access export", "Language of service"),
    "interpreter_needed": C_("access export", "Needs an interpreter"),
    "referrer": C_("access export", "Referred by"),
    "referrer_detail": C_("access export", "Referrer's details"),
    "referral_date": C_("access export", "Referral date"),
    "family_notes": C_("access export", "Family and close network"),
    "peer_support": C_("access export", "Peer-support person"),
    "case_manager_user_id": C_("access export", "Case manager (team)"),
    "case_manager_contact_id": C_("access export", "Case manager (service map)"),
    "case_manager_text": C_("access export", "Case manager"),
    "path_step": C_("access export", "Step on the service path"),
    "status": C_("access export", "Status"),
    "started_on": C_("access export", "Client relationship began"),
    "closed_on": C_("access export", "Client relationship ended"),
    "outcome": C_("access export", "Outcome"),
    "closing_assessment": C_("access export", "Closing assessment"),
    "multisectoral": C_("access export", "Multisectoral joint service client"),
    "on": C_("access export", "Date"),
    "kind": C_("access export", "Kind"),
    "from_step": C_("access export", "From step"),
    "to_step": C_("access export", "To step"),
    "note": C_("access export", "Note"),
    "notes": C_("access export", "Notes"),
    "definition_id": C_("access export", "Form"),
    "screened_on": C_("access export", "Date of screening"),
    "answers": C_("access export", "Answers"),
    "subsidy_days": C_("access export", "Days of labour market subsidy"),
    "months_unemployed": C_("access export", "Months unemployed"),
    "suggestion": C_("access export", "The program's suggestion"),
    "decision": C_("access export", "Decision"),
    "guided_to": C_("access export", "Guided to"),
    "decision_reason": C_("access export", "Reason for the decision"),
    "decided_by": C_("access export", "Decided by"),
    "decided_at": C_("access export", "Decided"),
    "purposes": C_("access export", "Purposes"),
    "org_ids": C_("access export", "Organisations"),
    "party_names": C_("access export", "Other parties"),
    "given_on": C_("access export", "Given"),
    "method": C_("access export", "How"),
    "valid_until": C_("access export", "Valid until"),
    "signed": C_("access export", "Signed"),
    "signed_on": C_("access export", "Signed on"),
    "withdrawn_on": C_("access export", "Withdrawn"),
    "withdrawn_how": C_("access export", "How it was withdrawn"),
    "withdrawn_by": C_("access export", "Withdrawal recorded by"),
    "party": C_("access export", "Party"),
    "purpose": C_("access export", "Purpose"),
    "legal_basis": C_("access export", "Legal basis"),
    "reason": C_("access export", "Reason"),
    "state": C_("access export", "State"),
    "starts_at": C_("access export", "Starts"),
    "duration_minutes": C_("access export", "Length (min)"),
    "place": C_("access export", "Place"),
    "link": C_("access export", "Remote link"),
    "agenda": C_("access export", "Agenda"),
    "domains": C_("access export", "Domains"),
    "minutes": C_("access export", "Minutes"),
    "next_meeting_at": C_("access export", "Next meeting"),
    "user_id": C_("access export", "Team member"),
    "name": C_("access export", "Name"),
    "organisation_name": C_("access export", "Organisation"),
    "sector": C_("access export", "Sector"),
    "title": C_("access export", "Profession"),
    "role": C_("access export", "Role"),
    "pre_assessment_requested": C_("access export", "Pre-assessment requested"),
    "pre_assessment_received": C_("access export", "Pre-assessment received"),
    "number": C_("access export", "Version"),
    "agreed_on": C_("access export", "Agreed"),
    "agreed_by": C_("access export", "Agreement recorded by"),
    "participants": C_("access export", "Participants"),
    "client_role": C_("access export", "The client's own role"),
    "next_review": C_("access export", "Next review"),
    "review_reason": C_("access export", "Reason for more than 6 months"),
    "plan_versions.notes": C_("access export", "The team's internal notes"),
    "text": C_("access export", "Text"),
    "plan_goals.text": C_("access export", "Goal"),
    "plan_intermediate_goals.text": C_("access export", "Intermediate goal"),
    "target_date": C_("access export", "Target date"),
    "done": C_("access export", "Done"),
    "what": C_("access export", "Task"),
    "responsible_kind": C_("access export", "Kind of responsible party"),
    "responsible_text": C_("access export", "Responsible"),
    "due": C_("access export", "By"),
    "service": C_("access export", "Service"),
    "instrument_id": C_("access export", "Measure"),
    "time_point": C_("access export", "Time point"),
    "answered_on": C_("access export", "Answered on"),
    "total_only": C_("access export", "Total only"),
    "safety_answer": C_("access export", "Safety question"),
    "total": C_("access export", "Score"),
    "complete": C_("access export", "Complete"),
    "in_window": C_("access export", "On time"),
    "code": C_("access export", "Flag"),
    "raised_on": C_("access export", "Raised on"),
    "acknowledged_at": C_("access export", "Acknowledged"),
    "acknowledged_by": C_("access export", "Acknowledged by"),
    "ratings": C_("access export", "Ratings"),
    "free_text": C_("access export", "Free feedback"),
    "feedback.path_step": C_("access export", "Step on the service path when given"),
}

# Fields shown elsewhere (the stamp line, the row's place under its parent) or
# technical ones (kept in the JSON file).
HIDDEN = {"id", "client_id", "plan_id", "version_id", "goal_id", "meeting_id", "answer_set_id",
          "superseded_by", "corrects", "reverses_id", "entry_group", "based_on_id", "override_id",
          "organisation_id", "contact_id", "responsible_id", "key", "position", "revision",
          "ics_sequence", "purposes_version", "definition_version", "instrument_version",
          "form_id", "form_version", "created_at", "created_by", "updated_at", "updated_by",
          "deleted_at"}
# Fields that hold a team member's id: shown as the person's name.
PERSON_FIELDS = {"case_manager_user_id", "case_manager_contact_id", "decided_by",
                 "withdrawn_by", "agreed_by", "acknowledged_by", "user_id"}
STEPS = CODES["path_step"]
STEP_FIELDS = {"path_step", "from_step", "to_step"}

_OTHER = CODES["outcome"]["other"]
# Stored codes in words: "table.field" or "field" -> code -> text. Codes the
# history view words too take its words (models.field_words): one status, one
# name on the screens and on this paper.
_AS_HISTORY = {
    "sex": "clients.sex", "language": "clients.language", "referrer": "clients.referrer",
    "clients.status": "clients.status", "outcome": "outcome",
    "path_events.kind": "path_events.kind", "decision": "decision",
    "suggestion": "screenings.suggestion", "meetings.kind": "meetings.kind",
    "plan_versions.state": "plan_versions.state", "plan_goals.state": "plan_goals.state",
    "plan_tasks.state": "plan_tasks.state",
}
# Written in lower case in the history's sentences; a value of its own here.
CAPITALISED = {"meetings.kind", "plan_versions.state"}
VALUES = {
    **{field: CODES[key] for field, key in _AS_HISTORY.items()},
    "method": {"paper": C_("access export", "Signed on paper"),
               "verbal": C_("access export", "Verbally"),
               "electronic": C_("access export", "Electronically")},
    "meetings.state": {"planned": C_("access export", "Planned"),
                       "held": C_("access export", "Held"),
                       "cancelled": C_("access export", "Cancelled")},
    "invitees.kind": {
        "contact": C_("access export", "Contact on the service map"),
        "organisation": C_("access export", "Organisation on the service map"),
        "client": C_("access export", "The client"),
        "peer": C_("access export", "Peer-support person"),
        "case_manager": C_("access export", "Case manager"),
        "team": C_("access export", "Team member"),
        "other": C_("access export", "Other party")},
    "invitees.status": {"to_invite": C_("access export", "To be invited"),
                        "invited": C_("access export", "Invited"),
                        "accepted": C_("access export", "Accepted"),
                        "declined": C_("access export", "Declined"),
                        "attended": C_("access export", "Attended")},
    "sector": {
        "social_services": C_("access export", "Social services"),
        "health_services": C_("access export", "Health services"),
        "employment_services": C_("access export", "Employment services"),
        "kela": C_("access export", "Kela"),
        "municipality": C_("access export: sector.municipality", "Municipality"),
        "education": C_("access export", "Education"),
        "third_sector": C_("access export", "Third sector"), "other": _OTHER},
    "domains": {"social": C_("access export", "Social situation"),
                "health": C_("access export", "Health"),
                "work_capacity": C_("access export", "Work and functional capacity"),
                "skills_jobsearch": C_("access export", "Vocational skills and job search")},
    "responsible_kind": {"team": C_("access export", "The team"),
                         "contact": C_("access export", "Contact"),
                         "organisation": C_("access export", "Organisation"),
                         "client": C_("access export: responsible_kind.client", "The client"),
                         "other": _OTHER},
    "time_point": {"baseline": C_("access export", "Baseline"),
                   "followup": C_("access export", "Follow-up"),
                   "other": C_("access export", "Other")},
    "code": {"bdi_item9": C_("access export", "BDI item 9 (self-harm) needs attention"),
             "bdi_item9_unknown": C_("access export", "BDI item 9 unknown")},
    "answer": {"yes": C_("access export", "yes"), "no": C_("access export", "no"),
               "unknown": C_("access export", "unknown")},
    "situation": {"start": C_("access export", "At the start"),
                  "now": C_("access export", "Now"),
                  "target": C_("access export", "Target")},
}
VALUES["withdrawn_how"] = VALUES["method"]

ACTIONS = {
    "view": C_("access export", "Viewed"),
    "list": C_("access export", "Listed"),
    "create": C_("access export", "Saved"),
    "change": C_("access export", "Changed"),
    "export": C_("access export", "Exported"),
    "print": C_("access export", "Printed"),
    "screening": C_("access export", "Screening saved"),
    "path_step": C_("access export", "Path step changed"),
    "close": C_("access export", "Relationship closed"),
    "reopen": C_("access export", "Relationship reopened"),
    "consent_override": C_("access export", "Acted without consent"),
    "acknowledge": C_("access export", "Acknowledged"),
    "feedback": C_("access export", "Feedback saved"),
    "delete": C_("access export", "Removed from view"),
    "erase": C_("access export", "Erased"),
    "path_undo": C_("access export", "Path change undone"),
    "sync_decide": C_("access export", "Conflicting entries decided"),
    "sync_merge_duplicate": C_("access export", "Duplicate record merged"),
}
HISTORY_OPS = {
    "create": C_("access export", "Created"),
    "update": C_("access export", "Changed"),
    "delete": C_("access export", "Removed from view"),
    "erase": C_("access export", "Erased"),
}
TARGETS = {
    "client": C_("access export", "basic data"),
    "history": C_("access export", "change history"),
    "path": C_("access export", "service path"),
    "consent": C_("access export", "consent"),
    "consents": C_("access export", "consents"),
    "consent_override": C_("access export", "action without consent"),
    "meeting": C_("access export", "network meeting"),
    "meetings": C_("access export", "network meetings"),
    "plan_version": C_("access export", "client plan"),
    "plan_compare": C_("access export", "comparison of plan versions"),
    "answer_set": C_("access export", "measure answers"),
    "safety_flag": C_("access export", "safety flag"),
    "measures_summary": C_("access export", "summary of measures"),
    "feedback": C_("access export", "feedback"),
    "access_export": C_("access export", "compilation of the client's data"),
    "erasure": C_("access export", "preparing erasure"),
    "criteria": C_("access export", "client criteria"),
    "case_manager": C_("access export", "need of a case manager"),
    "typ_triggers": C_("access export", "multisectoral joint service"),
    "measures": C_("access export", "measures"),
    "answer_history": C_("access export", "earlier versions of measure answers"),
    "safety_flags": C_("access export", "safety flags"),
    "screenings": C_("access export", "screenings"),
    "closing": C_("access export", "closing the client relationship"),
    "plan": C_("access export", "client plan"),
    "plan_versions": C_("access export", "versions of the client plan"),
    "overview": C_("access export", "overview of the client"),
    "journal": C_("access export", "journal"),
    "journal_entry": C_("access export", "journal entry"),
    "journal_history": C_("access export", "earlier versions of a journal entry"),
    "shown_to_client": C_("access export", "shown to the client on screen"),
}

L = Labels({**TEXTS,
            **{f"section.{k}": v[0] for k, v in SECTIONS.items()},
            **{f"row.{k}": v[1] for k, v in SECTIONS.items()},
            **{f"field.{k}": v for k, v in FIELDS.items()},
            **{f"step.{k}": v for k, v in STEPS.items()},
            **{f"value.{f}.{c}": v for f, codes in VALUES.items() for c, v in codes.items()},
            **{f"action.{k}": v for k, v in ACTIONS.items()},
            **{f"op.{k}": v for k, v in HISTORY_OPS.items()},
            **{f"target.{k}": v for k, v in TARGETS.items()}},
           parent=COMMON)

# Rows shown under the row they belong to: child table, its column naming the parent.
CHILDREN = {
    "plans": [("plan_versions", "plan_id")],
    "plan_versions": [("plan_goals", "version_id"), ("plan_tasks", "version_id")],
    "plan_goals": [("plan_intermediate_goals", "goal_id")],
    "meetings": [("invitees", "meeting_id")],
    "answer_sets": [("safety_flags", "answer_set_id")],
}
# The field that names one row in its heading.
TITLE_FIELDS = {
    "path_events": "on", "screenings": "screened_on", "consents": "given_on",
    "consent_overrides": "on", "meetings": "starts_at", "plan_versions": "number",
    "plan_goals": "text", "plan_intermediate_goals": "text", "plan_tasks": "what",
    "answer_sets": "instrument_id", "safety_flags": "raised_on", "feedback": "given_on",
    "invitees": "name", "journal_entries": "entry_on",
}


def _label(key: str, lang: str, fallback: str) -> str:
    return L.get(key, lang) if key in L else fallback


def section_label(table: str, lang: str) -> str:
    return _label(f"section.{table}", lang, table)


# Field labels added since the catalogue moved to gettext (English source here).
MORE_FIELDS = {"plain_text": N_("In plain words for the client")}


def field_label(table: str, field: str, lang: str) -> str:
    for key in (f"field.{table}.{field}", f"field.{field}"):
        if key in L:
            return L.get(key, lang)
    if field in MORE_FIELDS:
        return _(MORE_FIELDS[field], lang=lang)
    return field.replace("_", " ").capitalize()


def visible_fields(table: str, row: dict) -> list[str]:
    return [f for f in row if f not in HIDDEN]


# --- values in words ----------------------------------------------------------------

class _Ctx:
    def __init__(self, data: dict, lang: str):
        self.lang = lang
        self.names: dict = data.get("names") or {}

    def name(self, ident) -> str:
        return self.names.get(ident, ident) if ident else ""


def _code(table: str, field: str, code, lang: str) -> str:
    for name in (f"{table}.{field}", field):
        if f"value.{name}.{code}" in L:
            text = L.get(f"value.{name}.{code}", lang)
            return text[:1].upper() + text[1:] if name in CAPITALISED else text
    return str(code)


def _def_title(loader, ident, version, lang) -> str:
    try:
        defn = loader(ident, version)
    except Exception:  # noqa: BLE001 (a definition file gone: print the code)
        return str(ident)
    return language.pick(dict(defn.title), lang)


def _screening_def(row):
    from ..models.screening import load_definition
    try:
        return load_definition(row.get("definition_id"), row.get("definition_version"))
    except Exception:  # noqa: BLE001
        return None


def _instrument_title(row, lang) -> str:
    from ..models.instruments import definition
    return _def_title(definition, row.get("instrument_id"), row.get("instrument_version"), lang)


def _feedback_def(row):
    try:
        return ff.definition(row.get("form_id") or ff.DEFAULT_FORM, row.get("form_version"))
    except Exception:  # noqa: BLE001
        return None


def _answers_list(values, lang) -> str:
    none = L.get("unanswered", lang)
    return ", ".join(none if v is None else formats.format_number(v, lang=lang)
                     if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v)
                     for v in values)


def value_text(table: str, field: str, value, row: dict, ctx: _Ctx) -> str:
    """A stored value in words for the reader; "" for nothing stored."""
    lang = ctx.lang
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return L.get("yes" if value else "no", lang)
    if isinstance(value, datetime):
        return formats.format_datetime(value, lang)
    if isinstance(value, date):
        return formats.format_date(value, lang)
    if field in STEP_FIELDS and value in STEPS:
        return L.get(f"step.{value}", lang)
    if field in PERSON_FIELDS:
        return ctx.name(value)
    if field == "org_ids":
        return ", ".join(ctx.name(v) for v in value)
    if field in ("purposes", "purpose") and table in ("consents", "consent_overrides"):
        codes = value if isinstance(value, list) else [value]
        return ", ".join(purpose_label(c, lang) for c in codes)
    if table == "screenings" and field == "definition_id":
        defn = _screening_def(row)
        return language.pick(dict(defn.title), lang) if defn else str(value)
    if table == "screenings" and field in ("answers", "notes") and isinstance(value, dict):
        defn = _screening_def(row)
        lines = []
        for item_id, v in value.items():
            try:
                text = language.pick(dict(defn.item(item_id).text), lang)
            except Exception:  # noqa: BLE001
                text = item_id
            shown = _code(table, "answer", v, lang) if field == "answers" else str(v)
            lines.append(f"{text}: {shown}")
        return "\n".join(lines)
    if table == "answer_sets" and field == "instrument_id":
        return _instrument_title(row, lang)
    if table == "answer_sets" and field == "answers":
        if isinstance(value, dict):
            return "\n".join(f"{_code(table, 'situation', k, lang)}: {_answers_list(v, lang)}"
                             for k, v in value.items())
        if isinstance(value, list):
            return _answers_list(value, lang)
    if table == "feedback" and field == "ratings" and isinstance(value, dict):
        defn = _feedback_def(row)
        lines = []
        for item_id, v in value.items():
            try:
                text = ff.pick(dict(defn.item(item_id).text), lang)
            except Exception:  # noqa: BLE001
                text = item_id
            lines.append(f"{text}: {L.get('unanswered', lang) if v is None else v}")
        return "\n".join(lines)
    if isinstance(value, list):
        return ", ".join(_code(table, field, v, lang) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, (int, float)):
        return formats.format_number(value, lang=lang)
    return _code(table, field, value, lang)


def row_title(table: str, row: dict, index: int, ctx: _Ctx) -> str:
    base = _label(f"row.{table}", ctx.lang, table)
    field = TITLE_FIELDS.get(table)
    if table in ("clients", "plans"):
        return base
    if table == "invitees" and not row.get("name") and row.get("kind"):
        return f"{base}: {value_text(table, 'kind', row['kind'], row, ctx)}"
    if field and row.get(field) not in (None, ""):
        text = value_text(table, field, row[field], row, ctx)
        text = " ".join(text.split())
        if len(text) > 70:
            text = text[:69] + "…"
        if table == "plan_versions":
            return f"{base} {text}"
        return f"{base}: {text}" if field in ("text", "what", "name", "instrument_id") else \
            f"{base} {text}"
    return f"{base} {index}"


# --- layout ------------------------------------------------------------------------

def _stamp(row: dict, ctx: _Ctx) -> list[list[str]]:
    lang = ctx.lang
    out = []
    if row.get("created_at"):
        out.append([L.get("record_created", lang), L.get(
            "by", lang, when=formats.format_datetime(row["created_at"], lang),
            who=ctx.name(row.get("created_by")) or "–")])
    if row.get("updated_at"):
        updated = L.get("by", lang, when=formats.format_datetime(row["updated_at"], lang),
                        who=ctx.name(row.get("updated_by")) or "–")
        if not out or updated != out[0][1]:
            out.append([L.get("record_updated", lang), updated])
    if row.get("deleted_at"):
        out.append([L.get("record_deleted", lang),
                    formats.format_datetime(row["deleted_at"], lang)])
    return out


def _row_table(table: str, row: dict, title: str, ctx: _Ctx):
    lines = [[Markup(f"<b>{markup(title)}</b>"), ""]]
    for field in visible_fields(table, row):
        text = value_text(table, field, row[field], row, ctx)
        if text:
            lines.append([field_label(table, field, ctx.lang), text])
    lines += _stamp(row, ctx)
    return table_flowable(lines)


def table_flowable(lines):
    t = table(lines, [0.32, 0.68], header=True)
    t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0))]))
    return t


def _children_of(table: str, row: dict, sections: dict) -> list[tuple[str, dict]]:
    out = []
    for child, column in CHILDREN.get(table, []):
        out += [(child, r) for r in sections.get(child, []) if r.get(column) == row["id"]]
    return out


def _render(table: str, row: dict, index: int, sections: dict, ctx: _Ctx, shown: set,
            prefix: str = "") -> list:
    shown.add(row["id"])
    title = prefix + row_title(table, row, index, ctx)
    story = [_row_table(table, row, title, ctx)]
    counts: dict[str, int] = {}
    for child, child_row in _children_of(table, row, sections):
        counts[child] = counts.get(child, 0) + 1
        story += _render(child, child_row, counts[child], sections, ctx, shown,
                         prefix=title + " › ")
    return story


def build_story(data: dict, lang: str) -> list:
    st = styles(False)
    ctx = _Ctx(data, lang)
    sections: dict = data.get("sections") or {}
    client = (sections.get("clients") or [{}])[0]
    story = [para(L.get("intro", lang), st["Body"])]
    name = f"{client.get('first_name', '')} {client.get('last_name', '')}"
    info = [[L.get("client", lang), name],
            [L.get("identifier", lang), client.get("hetu") or client.get("temporary_id") or "–"],
            [L.get("exported", lang), formats.format_datetime(data.get("exported_at"), lang)],
            [L.get("exported_by", lang), (data.get("exported_by") or {}).get("display_name", "")],
            [_("Times", lang=lang), zone_note(data, lang)]]
    story.append(table(info, [0.32, 0.68], header=False))
    rows = [[L.get("contents", lang), L.get("count", lang)]]
    rows += [[section_label(k, lang), str(len(v))] for k, v in sections.items()]
    rows += [[spec.contents(lang), str(len(data.get(spec.rows) or []))] for spec in LISTINGS]
    story.append(table(rows, [0.75, 0.25]))

    shown: set = set()
    for name, found in sections.items():
        left = [r for r in found if r["id"] not in shown]
        if not left:
            continue
        story.append(para(section_label(name, lang), st["H1"]))
        for i, row in enumerate(left, 1):
            if row["id"] in shown:
                continue
            story += _render(name, row, i, sections, ctx, shown)

    for spec in LISTINGS:
        story += listing_story(spec, data, ctx)
    return story


def zone_note(data: dict, lang: str) -> str:
    zone = data.get("time_zone") or "Europe/Helsinki"
    if zone == "Europe/Helsinki":
        return _("Finnish time (Europe/Helsinki)", lang=lang)
    return _("In the time zone {zone}", lang=lang).format(zone=zone)


def _parsed(value):
    """A snapshot's ISO date or time back as a date or datetime (else as it is)."""
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return datetime.fromisoformat(value) if len(value) > 10 else \
                date.fromisoformat(value)
        except ValueError:
            return value
    return value


def history_record(h: dict, ctx: "_Ctx") -> str:
    """The history row's record named ("Tehtävä: Soittaa …", not only "Tehtävä")."""
    snapshot = h.get("snapshot")
    table_name = h["table"]
    if isinstance(snapshot, dict):
        row = {k: _parsed(v) for k, v in snapshot.items()}
        field = TITLE_FIELDS.get(table_name)
        if field and row.get(field) not in (None, ""):
            return row_title(table_name, row, 0, ctx)
    return _label(f"row.{table_name}", ctx.lang, table_name)


DOCUMENT_WORDS = {
    "parties": C_("disclosed document", "the shared client plan"),
    "ics": C_("disclosed document", "the meeting's calendar invitation"),
    "mail_draft": C_("disclosed document", "the meeting's invitation by e-mail"),
    "invitation_list": C_("disclosed document", "the meeting's invitation list"),
    "override": C_("disclosed document", "information without consent"),
}


def _disclosure_cells(d: dict, ctx: "_Ctx") -> list[str]:
    lang = ctx.lang
    at = d["at"]
    when = formats.format_datetime(at, lang) if isinstance(at, datetime) else \
        formats.format_date(_parsed(at), lang)
    doc = DOCUMENT_WORDS.get(d.get("document") or "")
    what = pgettext(*doc, lang=lang) if doc else d.get("document", "")
    if d["basis"] == "consent":
        basis = _("Consent given on {date}", lang=lang).format(
            date=formats.format_date(_parsed(d["basis_detail"]), lang))
    elif d["basis"] == "override":
        basis = _("Without consent, as the law allows: {basis}", lang=lang).format(
            basis=d["basis_detail"])
    else:
        basis = _("No consent or legal basis was recorded", lang=lang)
    return [when, d["recipient"], what, purpose_label(d["purpose"], lang), basis]


def _history_cells(h: dict, ctx: "_Ctx") -> list[str]:
    return [formats.format_datetime(h["at"], ctx.lang), ctx.name(h.get("user_id")),
            history_record(h, ctx), _label(f"op.{h['op']}", ctx.lang, h["op"])]


def _audit_cells(a: dict, ctx: "_Ctx") -> list[str]:
    return [formats.format_datetime(a["at"], ctx.lang),
            ctx.names.get(a.get("user_id")) or a.get("username") or "–",
            _label(f"action.{a['action']}", ctx.lang, a["action"]),
            target_text(a.get("target"), ctx.lang)]


def _own(key: str) -> Callable[[str], str]:
    """A text of this paper's own catalogue, in the language asked later."""
    return lambda lang: L.get(key, lang)


def _word(source: str) -> Callable[[str], str]:
    """A text of the common catalogue (no context), in the language asked later."""
    return lambda lang: _(source, lang=lang)


@dataclass(frozen=True)
class Listing:
    """One listing after the records: a heading, what it holds, a table of its rows."""
    rows: str  # its key in the collected data
    contents: Callable[[str], str]  # its line in the table of contents
    title: Callable[[str], str]
    intro: Callable[[str], str]
    empty: Callable[[str], str]
    columns: tuple[Callable[[str], str], ...]
    widths: tuple[float, ...]
    cells: Callable[[dict, "_Ctx"], list[str]]


LISTINGS = (
    # To whom the data was disclosed: when, what, the purpose and the legal basis.
    Listing("disclosures", _word(N_("Disclosures")), _word(N_("To whom my data was disclosed")),
            _word(N_("Every time the team gave the client's data to someone outside the "
                     "team: to whom, what, for what purpose and on what legal basis.")),
            _word(N_("The data has not been disclosed outside the team.")),
            (_own("when"), _word(N_("To whom")), _own("what"), _word(N_("Purpose")),
             _word(N_("Legal basis"))),
            (0.16, 0.22, 0.2, 0.18, 0.24), _disclosure_cells),
    Listing("history", _own("history"), _own("history"), _own("history_intro"), _own("none"),
            (_own("when"), _own("who"), _own("record"), _own("action")),
            (0.2, 0.2, 0.44, 0.16), _history_cells),
    Listing("audit", _own("audit"), _own("audit"), _own("audit_intro"), _own("none"),
            (_own("when"), _own("who"), _own("action"), _own("what")),
            (0.22, 0.24, 0.24, 0.30), _audit_cells),
)


def listing_story(spec: Listing, data: dict, ctx: "_Ctx") -> list:
    lang = ctx.lang
    st = styles(False)
    # An intro under a heading stays with the heading and the table's start.
    intro = ParagraphStyle("intro", parent=st["Small"], keepWithNext=1)
    out = [para(spec.title(lang), st["H1"]), para(spec.intro(lang), intro)]
    found = data.get(spec.rows) or []
    if not found:
        return out + [para(spec.empty(lang), st["Body"])]
    rows = [[column(lang) for column in spec.columns]] + [spec.cells(r, ctx) for r in found]
    return out + [table(rows, list(spec.widths))]


def target_text(target: str | None, lang: str) -> str:
    if not target:
        return ""
    kind = target.split(":", 1)[0].split(".v", 1)[0]
    return _label(f"target.{kind}", lang, kind)


def write_access_pdf(data: dict, target, *, lang: str | None = None,
                     printed: date | None = None) -> None:
    """Write the readable PDF of ``data`` (from ``store.access_export.collect``)."""
    if lang is None:  # the client's paper: in the language the client reads
        client = ((data.get("sections") or {}).get("clients") or [{}])[0]
        lang = client.get("language") or language.current()
    lang = normalize_lang(lang)
    build_pdf(target, build_story(data, lang), title=L.get("title", lang),
              team_name=data.get("team_name") or "", lang=lang,
              subtitle=L.get("subtitle", lang), printed=printed)


def missing_labels() -> list[str]:
    """Label keys lacking a Swedish or English text (for tests)."""
    return sorted({k for lang in LANGS for k in L.missing(lang)})


__all__ = ["FIELDS", "HIDDEN", "L", "SECTIONS", "field_label", "missing_labels",
           "section_label", "value_text", "visible_fields", "write_access_pdf"]
