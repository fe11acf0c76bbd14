"""The client's change history in the user's words (no table, column or id).

Built on :func:`store.clients.client_history` (which writes the audit view
entry) and the vocabulary in :mod:`models.field_words`. Values come back as
text, or as ``date``/``datetime`` for the caller to format the way its
screen or paper shows dates.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Optional, Union

import sqlalchemy as sa

from .. import language
from ..i18n import gettext, pgettext
from ..models import field_words as words
from ..models.consents import purpose_label
from ..models.meetings import Meeting
from ..models.plans import PlanVersion
from ..models.servicemap import Contact, Organisation
from ..models.users import User
from .clients import client_history
from .session import Store
from .permissions import operation

Value = Union[str, date, datetime, None]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


@dataclass
class Change:
    label: str
    old: Value
    new: Value


@dataclass
class HistoryLine:
    at: datetime
    who: str
    subject: str  # "Plan task"
    item: Value  # what names the row ("Soittaa Kelaan"), or None
    action: str  # "added", "changed" … in words
    changes: list[Change] = field(default_factory=list)
    table: str = ""
    op: str = ""
    # A safety flag acknowledged: (who, when, what was done), for one sentence
    # ("Lauri Lääkäri acknowledged 30.11.2026: called the client") instead of fields.
    acknowledgement: Optional[tuple[Value, Value, Value]] = None


class _Names:
    """Ids of users, contacts, organisations and meetings -> what a person calls them."""

    def __init__(self, store: Store):
        with store.session() as s:
            conn = s.connection()

            def table(model, *cols):
                t = model.__table__
                return {r[0]: r[1:] for r in conn.execute(sa.select(t.c.id, *[t.c[c] for c in cols]))}
            self.user = {k: v[0] for k, v in table(User, "display_name").items()}
            self.contact = {k: v[0] for k, v in table(Contact, "name").items()}
            self.organisation = {k: v[0] for k, v in table(Organisation, "name").items()}
            self.meeting = {k: _as_utc(v[0]) for k, v in table(Meeting, "starts_at").items()}
            label = words.table_label("plan_versions")
            self.version = {k: f"{label} {v[0]}" for k, v in table(PlanVersion, "number").items()}

    def of(self, kind: str, ident: str) -> Value:
        if kind == "yes":
            return gettext("yes")
        found = getattr(self, kind, {}).get(ident)
        return found if found is not None else gettext("(removed)")


def _as_utc(value):
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def _parse_scalar(raw) -> Value:
    if isinstance(raw, str):
        if _DAY.match(raw):
            return date.fromisoformat(raw)
        if _MOMENT.match(raw):
            try:
                return _as_utc(datetime.fromisoformat(raw.replace("Z", "+00:00")))
            except ValueError:
                return raw
    return raw


def value_text(table: str, column: str, raw, names: "_Names", lang: Optional[str] = None
               ) -> Value:
    """A stored value as the forms show it (None when empty)."""
    if raw is None or raw == "" or raw == "[]":
        return None
    if column in words.LISTS:
        try:
            items = json.loads(raw) if isinstance(raw, str) else list(raw)
        except ValueError:
            items = [raw]
        if column == "purposes":
            items = [purpose_label(x, lang or language.current()) for x in items]
        elif column == "org_ids":
            items = [names.of("organisation", x) for x in items]
        return ", ".join(str(x) for x in items) or None
    kind = words.REFERENCES.get(column)
    if kind:
        return names.of(kind, raw)
    if column == "instrument_id":
        return _instrument_title(raw, lang)
    word = words.code_word(table, column, raw, lang)
    if word is not None:
        return word
    if isinstance(raw, bool):
        return gettext("yes", lang) if raw else gettext("no", lang)
    return _parse_scalar(raw)


def _instrument_title(code: str, lang: Optional[str]) -> str:
    try:
        from ..models.instruments import definition
        title = definition(code).title
        return title.get(lang or language.current()) or title.get("fi") or code
    except Exception:  # an instrument no longer shipped still shows its code
        return code.upper()


_SILENT = {"plans"}
_PLAN_ITEMS = ("plan_goals", "plan_intermediate_goals", "plan_tasks")


def _copied_rows(entries) -> tuple[set[int], dict[int, dict]]:
    """Plan items a new draft copied from the version before it.

    The new version's own line says it was added; listing every copied goal and
    task again as "added" would bury what someone actually changed. Returns the
    unchanged copies (not listed) and, for changed copies, the item as it was
    (listed as a change from it).
    """
    last: dict[tuple[str, str], dict] = {}
    out: set[int] = set()
    before: dict[int, dict] = {}
    for h in reversed(entries):  # oldest first
        if h.table not in _PLAN_ITEMS:
            continue
        shown = {k: v for k, v in h.snapshot.items() if k in words.FIELDS[h.table]}
        key = (h.table, h.snapshot.get("key", ""))
        if h.op == "create" and key in last:
            if last[key] == shown:
                out.add(id(h))
            else:
                before[id(h)] = last[key]
        if h.op != "erase":
            last[key] = shown
    return out, before  # a container row: its versions carry what a person reads


@operation("client_work")
def readable_history(store: Store, client_id: str, lang: Optional[str] = None
                     ) -> list[HistoryLine]:
    """The client's saved changes, newest first, in words (audited as one view)."""
    entries = client_history(store, client_id)
    names = _Names(store)
    copied, changed_copies = _copied_rows(entries)
    out = []
    for h in entries:
        table = h.table
        if id(h) in copied:
            continue
        op = h.op
        if id(h) in changed_copies:  # an item of the new draft changed from its copy
            old = changed_copies[id(h)]
            op = "update"
            pairs = ((k, (old.get(k), v)) for k, v in h.snapshot.items() if old.get(k) != v)
        elif h.op == "update":
            pairs = h.fields.items()
        elif h.op == "create":
            pairs = ((k, (None, v)) for k, v in h.snapshot.items())
        else:
            pairs = ()
        if table in _SILENT:
            continue
        order = list(words.FIELDS.get(table, {}))
        changes = []
        for column, (old, new) in sorted(pairs, key=lambda p: (
                order.index(p[0]) if p[0] in order else len(order), p[0])):
            label = words.field_label(table, column, lang)
            if label is None:
                continue
            o, n = (value_text(table, column, old, names, lang),
                    value_text(table, column, new, names, lang))
            if o != n:
                changes.append(Change(label, o, n))
        item_col = words.ITEM_TEXT.get(table)
        item = (value_text(table, item_col, h.snapshot.get(item_col), names, lang)
                if item_col else None)
        if op == "update" and not changes:
            continue  # only bookkeeping changed (a revision number, a position)
        action, acknowledgement = words.operation_word(op, lang), None
        if (table == "safety_flags" and op == "update"
                and h.fields.get("acknowledged_at", (None, None))[1] is not None):
            action = pgettext("history", "acknowledged", lang)
            acknowledgement = tuple(
                value_text(table, c, h.snapshot.get(c), names, lang)
                for c in ("acknowledged_by", "acknowledged_at", "ack_note"))
        out.append(HistoryLine(at=h.at, who=h.who, subject=words.table_label(table, lang),
                               item=item, action=action, changes=changes, table=table,
                               op=op, acknowledgement=acknowledgement))
    return out
