"""The stored tables, columns and codes in the words the forms use.

One vocabulary for every view of the change history (the client's history
tab, the audit view, the client's access export): a person reads "Suljettu
31.5.2027", never "closed_on: 2027-05-31". Texts are English msgids for the
one gettext catalogue (translate with :func:`tyokykytiimi.i18n.gettext`).

- ``TABLES``: what a row of the table is called ("Plan task").
- ``FIELDS``: {table: {column: label}}; a column not listed is program
  bookkeeping (ids, positions, keys, revisions, stamps) and is not shown.
- ``CODES``: {column or "table.column": {code: word}} for stored codes.
- ``REFERENCES``: columns holding the id of a user, contact, organisation,
  meeting or plan version: shown as that thing's name.
- ``ITEM_TEXT``: the column that names one row ("Soittaa Kelaan").

A table another area adds later and has not listed here is still shown,
with its column names made readable (see :func:`field_label`).
"""
from __future__ import annotations

from ..i18n import N_, gettext, pgettext

TABLES = {
    "clients": N_("Basic data"),
    "screenings": N_("Screening"),
    "path_events": N_("Service path"),
    "plans": N_("Plan"),
    "plan_versions": N_("Plan version"),
    "plan_goals": N_("Plan goal"),
    "plan_intermediate_goals": N_("Intermediate goal"),
    "plan_tasks": N_("Plan task"),
    "consents": N_("Consent"),
    "consent_overrides": N_("Disclosure without consent"),
    "meetings": N_("Network meeting"),
    "invitees": N_("Meeting invitee"),
    "answer_sets": N_("Measurement"),
    "safety_flags": N_("Doctor's attention"),
    "feedback": N_("Client feedback"),
}

FIELDS: dict[str, dict[str, str]] = {
    "clients": {
        "first_name": N_("First name"), "last_name": N_("Last name"),
        "hetu": N_("Henkilötunnus"), "temporary_id": N_("Temporary identifier"),
        "birth_date": N_("Date of birth"), "sex": N_("Sex"), "phone": N_("Phone"),
        "email": N_("E-mail"), "address": N_("Address"), "municipality": N_("Municipality"),
        "language": N_("Language"), "interpreter_needed": N_("Interpreter needed"),
        "referrer": N_("Referrer"), "referrer_detail": N_("Referrer, details"),
        "referral_date": N_("Referral date"), "family_notes": N_("Family situation"),
        "peer_support": N_("Peer-support person"),
        "case_manager_user_id": N_("Case manager"),
        "case_manager_contact_id": N_("Case manager outside the team"),
        "case_manager_text": N_("Case manager outside the team"),
        "path_step": N_("Step on the path"), "status": N_("Status"),
        "started_on": N_("Client since"), "closed_on": N_("Closed on"),
        "outcome": N_("Outcome"), "closing_assessment": N_("Closing assessment"),
        "multisectoral": N_("Multisectoral service"),
    },
    "screenings": {
        "screened_on": N_("Screened on"), "subsidy_days": N_("Labour market subsidy days"),
        "months_unemployed": N_("Months unemployed"), "suggestion": N_("Suggestion"),
        "decision": N_("Decision"), "guided_to": N_("Guided to"),
        "decision_reason": N_("Reason"), "decided_by": N_("Decided by"),
        "decided_at": N_("Decided at"),
    },
    "path_events": {
        "on": N_("Date"), "kind": N_("Event"), "from_step": N_("From step"),
        "to_step": N_("To step"), "outcome": N_("Outcome"), "note": N_("Note"),
    },
    "plan_versions": {
        "number": N_("Version"), "based_on_id": N_("Based on"), "state": N_("State"),
        "agreed_on": N_("Agreed on"),
        "agreed_by": N_("Agreement recorded by"), "meeting_id": N_("Meeting"),
        "participants": N_("Participants"), "case_manager_text": N_("Case manager"),
        "client_role": N_("The client's own role"),
        "next_review": N_("Next meeting or review"),
        "review_reason": N_("Reason for a later review"), "notes": N_("Notes"),
    },
    "plan_goals": {"text": N_("Goal"), "target_date": N_("Target date"), "state": N_("State")},
    "plan_intermediate_goals": {"text": N_("Intermediate goal"),
                                "target_date": N_("Target date"), "done": N_("Done")},
    "plan_tasks": {
        "what": N_("What"), "responsible_text": N_("Responsible"), "role": N_("Role"),
        "due": N_("By when"), "state": N_("State"), "service": N_("Service used"),
    },
    "consents": {
        "purposes": N_("Purposes"), "org_ids": N_("Organisations"),
        "party_names": N_("Other parties"), "given_on": N_("Given on"),
        "method": N_("How given"), "valid_until": N_("Valid until"), "signed": N_("Signed"),
        "signed_on": N_("Signed on"), "withdrawn_on": N_("Withdrawn on"),
        "withdrawn_how": N_("How withdrawn"), "withdrawn_by": N_("Withdrawal recorded by"),
        "notes": N_("Notes"),
    },
    "consent_overrides": {"party": N_("Party"), "purpose": N_("Purpose"),
                          "legal_basis": N_("Legal basis")},
    "meetings": {
        "kind": N_("Kind of meeting"), "state": N_("State"), "starts_at": N_("Starts"),
        "duration_minutes": N_("Duration (minutes)"), "place": N_("Place"),
        "link": N_("Remote link"), "agenda": N_("Agenda"), "domains": N_("Topics"),
        "minutes": N_("Minutes"), "next_meeting_at": N_("Next meeting"),
    },
    "invitees": {
        "name": N_("Name"), "organisation_name": N_("Organisation"), "title": N_("Profession"),
        "role": N_("Role in the meeting"), "phone": N_("Phone"), "email": N_("E-mail"),
        "status": N_("Invitation"), "user_id": N_("Team member"),
        "pre_assessment_requested": N_("Pre-assessment requested"),
        "pre_assessment_received": N_("Pre-assessment received"),
    },
    "answer_sets": {
        "instrument_id": N_("Questionnaire"), "time_point": N_("Time point"),
        "answered_on": N_("Answered on"), "total": N_("Total"), "complete": N_("Complete"),
        "superseded_by": N_("Corrected later"),
    },
    "safety_flags": {"raised_on": N_("Raised on"), "acknowledged_at": N_("Acknowledged"),
                     "acknowledged_by": N_("Acknowledged by"), "ack_note": N_("What was done")},
    "feedback": {"given_on": N_("Given on"), "free_text": N_("Comment")},
}

_COMMON_STATES = {"in_progress": N_("in progress")}

CODES: dict[str, dict[str, str]] = {
    "clients.status": {"active": N_("Active"), "closed": N_("Closed")},
    "clients.sex": {"female": N_("Female"), "male": N_("Male"),
                    "other": N_("Other / not stated")},
    # the client's language of service, stored as a language code (or "other")
    "clients.language": dict(fi=N_("Finnish"), sv=N_("Swedish"), en=N_("English"),
                             other=N_("Other language")),
    "clients.referrer": {
        "employment_services": N_("Employment services"),
        "social_services": N_("Social services"), "health_centre": N_("Health centre"),
        "third_sector": N_("Third-sector organisation"), "kela": N_("Kela"),
        "own_initiative": N_("Own initiative"), "other": N_("Other")},
    "outcome": {
        "employed": N_("Employed"), "studies": N_("Studies"),
        "vocational_rehabilitation": N_("Vocational rehabilitation"),
        "other_service": N_("Other service"), "pension": N_("Pension"),
        "moved_away": N_("Moved away"), "stopped": N_("Stopped"), "other": N_("Other")},
    "path_step": {1: N_("1 Referral"), 2: N_("2 Needs assessment and goals"),
                  3: N_("3 Planning and coordination"), 4: N_("4 Means and methods"),
                  5: N_("5 Onward referral and follow-up"), 6: N_("6 Reaching the goal")},
    "path_events.kind": {"start": N_("Client relationship started"),
                         "step": N_("Moved on the path"),
                         "close": N_("Client relationship closed"),
                         "reopen": N_("Client relationship reopened")},
    "decision": {"accept": N_("Accept as client"), "guide_elsewhere": N_("Guide elsewhere"),
                 "more_info": N_("More information needed"),
                 "coordinator": N_("Coordinator is case manager"),
                 "consult": N_("Team consults only"), "unclear": N_("Unclear: weigh it"),
                 "assess_typ": N_("Assess multisectoral service"),
                 "not_typ": N_("No multisectoral trigger")},
    "plan_versions.state": {"draft": N_("draft"), "agreed": N_("agreed")},
    "plan_goals.state": {"open": N_("open"), "reached": N_("reached"),
                         "changed": N_("changed"), "dropped": N_("dropped"),
                         **_COMMON_STATES},
    "plan_tasks.state": {"planned": N_("planned"), "done": N_("done"),
                         "cancelled": N_("cancelled"), **_COMMON_STATES},
    "meetings.state": {"planned": N_("planned"), "held": N_("held"),
                       "cancelled": N_("cancelled")},
    "invitees.status": {"to_invite": N_("to invite"), "invited": N_("invited"),
                        "accepted": N_("accepted"), "declined": N_("declined"),
                        "attended": N_("attended")},
    "answer_sets.time_point": {"baseline": N_("baseline"), "followup": N_("follow-up"),
                               "other": N_("other")},
    "meetings.kind": {"first": N_("first network meeting"), "follow_up": N_("follow-up meeting"),
                      "closing": N_("closing meeting"), "consultation": N_("consultation")},
    "consents.method": {"paper": N_("on paper"), "verbal": N_("orally"),
                        "electronic": N_("electronically")},
}
CODES["from_step"] = CODES["to_step"] = CODES["path_step"]
CODES["screenings.suggestion"] = CODES["decision"]
CODES["screenings.decision"] = CODES["decision"]

# column -> what kind of thing its id names
REFERENCES = {
    "case_manager_user_id": "user", "agreed_by": "user", "decided_by": "user",
    "withdrawn_by": "user", "acknowledged_by": "user", "user_id": "user",
    "case_manager_contact_id": "contact", "contact_id": "contact",
    "organisation_id": "organisation", "meeting_id": "meeting", "superseded_by": "yes",
    "based_on_id": "version",
}

# columns holding a JSON list shown as a comma-separated list
LISTS = {"participants", "purposes", "org_ids", "party_names", "domains"}

ITEM_TEXT = {"plan_goals": "text", "plan_intermediate_goals": "text", "plan_tasks": "what",
             "plan_versions": "number", "invitees": "name", "meetings": "starts_at",
             "consents": "given_on", "answer_sets": "instrument_id"}



def table_label(table: str, lang: str | None = None) -> str:
    text = TABLES.get(table)
    return gettext(text, lang) if text else _readable(table)


def field_label(table: str, column: str, lang: str | None = None) -> str | None:
    """The form's word for a column; None for bookkeeping columns of known tables."""
    known = FIELDS.get(table)
    if known is None:
        return None if column in _BOOKKEEPING or column.endswith("_id") else _readable(column)
    text = known.get(column)
    return gettext(text, lang) if text else None


def code_word(table: str, column: str, code, lang: str | None = None) -> str | None:
    for key in (f"{table}.{column}", column):
        words = CODES.get(key)
        if words is not None and code in words:
            return gettext(words[code], lang)
    return None


def operation_word(op: str, lang: str | None = None) -> str:
    # A context of its own: a goal's state "changed" is another word in Finnish.
    words = {"create": pgettext("history", "added", lang),
             "update": pgettext("history", "changed", lang),
             "delete": pgettext("history", "removed", lang),
             "erase": pgettext("history", "erased", lang)}
    return words.get(op, op)


_BOOKKEEPING = {"id", "key", "position", "revision", "created_at", "created_by", "updated_at",
                "updated_by", "deleted_at", "ics_sequence", "form_version",
                "definition_version", "instrument_version", "purposes_version"}


def _readable(name: str) -> str:
    return name.replace("_", " ").strip().capitalize()
