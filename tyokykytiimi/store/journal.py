"""The client's journal (kirjaukset): write, edit with history, list, search.

Any team member writes an entry. An edit writes a new row and points the old
one at it, so the earlier text stays readable in the entry's history. Every
read and write is audited; the rows carry ``client_id``, so the client's access
export and erasure find them without being told.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

import sqlalchemy as sa
from sqlmodel import select

from ..i18n import Message
from ..models.clients import Client
from ..models.journal import KINDS, STATEMENT_STATES, JournalEntry
from ..models.users import User
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from .permissions import operation
from .. import clock

MAX_TEXT = 10000


def _client(s, client_id: str) -> Client:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _check(entry_on: date, kind: str, text: str, statement_state: str | None,
           today: date | None) -> str:
    if kind not in KINDS:
        raise InvalidInput(Message("Choose the kind of entry."), "kind")
    if entry_on > (today or clock.today()):
        raise InvalidInput(Message("The entry's date cannot be in the future."), "entry_on")
    text = (text or "").strip()
    if not text and kind != "statement":
        raise InvalidInput(Message("Write the entry."), "text")
    if len(text) > MAX_TEXT:
        raise InvalidInput(Message("The entry is too long (at most {n} characters).",
                                   n=MAX_TEXT), "text")
    if kind == "statement" and statement_state not in STATEMENT_STATES:
        raise InvalidInput(Message("Choose the statement's state: requested, written or "
                                   "delivered."), "statement_state")
    return text


def _fields(kind: str, statement_kind, statement_state, delivered_to) -> dict:
    if kind != "statement":
        return dict(statement_kind=None, statement_state=None, delivered_to=None)
    return dict(statement_kind=(statement_kind or "").strip() or None,
                statement_state=statement_state,
                delivered_to=(delivered_to or "").strip() or None)


@operation("journal")
def add_entry(store: Store, client_id: str, *, entry_on: date, kind: str, text: str,
              statement_kind: str | None = None, statement_state: str | None = None,
              delivered_to: str | None = None, today: date | None = None) -> JournalEntry:
    text = _check(entry_on, kind, text, statement_state, today)
    with store.session() as s:
        _client(s, client_id)
        row = JournalEntry(client_id=client_id, entry_on=entry_on, kind=kind, text=text,
                           **_fields(kind, statement_kind, statement_state, delivered_to))
        s.add(row)
        s.flush()
        store.audit(s, "create", client_id=client_id, target="journal_entry", row_id=row.id,
                    kind=kind)
        return row


@operation("journal")
def edit_entry(store: Store, entry_id: str, *, entry_on: date, kind: str, text: str,
               statement_kind: str | None = None, statement_state: str | None = None,
               delivered_to: str | None = None, today: date | None = None) -> JournalEntry:
    """A new version of an entry; the earlier one stays in its history."""
    text = _check(entry_on, kind, text, statement_state, today)
    with store.session() as s:
        old = s.get(JournalEntry, entry_id)
        if old is None or old.deleted_at is not None:
            raise InvalidInput(Message("The entry was not found."))
        if old.superseded_by is not None:
            raise InvalidInput(Message("This entry has already been edited; edit the newest "
                                       "version."))
        row = JournalEntry(client_id=old.client_id, entry_on=entry_on, kind=kind, text=text,
                           corrects=old.id,
                           **_fields(kind, statement_kind, statement_state, delivered_to))
        s.add(row)
        s.flush()
        old.superseded_by = row.id
        s.add(old)
        store.audit(s, "change", client_id=old.client_id, target="journal_entry",
                    row_id=row.id, corrects=old.id)
        return row


@dataclass(frozen=True)
class JournalLine:
    entry: JournalEntry
    written_by: str  # display name of who wrote this version
    first_written_at: datetime  # when the first version was written
    edited: bool


def _haystack(row: JournalEntry) -> str:
    return " ".join(filter(None, (row.text, row.statement_kind, row.delivered_to))).casefold()


@operation("journal")
def list_entries(store: Store, client_id: str, *, search: str = "", limit: int | None = None,
                 audit_view: bool = True) -> list[JournalLine]:
    """The current entries, newest first; ``search`` matches words in the text,
    the statement's kind and to whom it was delivered."""
    with store.session() as s:
        _client(s, client_id)
        q = select(JournalEntry).where(JournalEntry.client_id == client_id,
                                       JournalEntry.deleted_at.is_(None),
                                       JournalEntry.superseded_by.is_(None))
        q = q.order_by(JournalEntry.entry_on.desc(), JournalEntry.created_at.desc())
        if limit and not search.strip():
            q = q.limit(limit)
        rows = list(s.exec(q))
        # Matched here, not in SQL: SQLite folds the case of ASCII letters only (Ä, Ö).
        words = search.casefold().split()
        if words:
            rows = [r for r in rows if all(w in _haystack(r) for w in words)][:limit or None]
        names = {u.id: u.display_name for u in s.exec(select(User))}
        firsts = {}
        for r in rows:
            first = r
            while first.corrects:
                first = s.get(JournalEntry, first.corrects)
            firsts[r.id] = first.created_at
        if audit_view:
            store.audit(s, "view", client_id=client_id, target="journal")
    return [JournalLine(r, names.get(r.created_by or "", "?"), firsts[r.id],
                        r.corrects is not None) for r in rows]


@operation("journal")
def entry_history(store: Store, entry_id: str) -> list[JournalLine]:
    """Every version of one entry, the first first, with who wrote each."""
    with store.session() as s:
        row = s.get(JournalEntry, entry_id)
        if row is None:
            raise InvalidInput(Message("The entry was not found."))
        while row.corrects:
            row = s.get(JournalEntry, row.corrects)
        chain = [row]
        while chain[-1].superseded_by:
            chain.append(s.get(JournalEntry, chain[-1].superseded_by))
        names = {u.id: u.display_name for u in s.exec(select(User))}
        store.audit(s, "view", client_id=row.client_id, target="journal_history",
                    row_id=entry_id)
    return [JournalLine(r, names.get(r.created_by or "", "?"), chain[0].created_at,
                        r.corrects is not None) for r in chain]


@operation("journal",
           quiet="dates beside the client list, which audits")
def last_entry_dates(store: Store, client_ids: Iterable[str] | None = None) -> dict[str, date]:
    """{client_id: date of the client's latest journal entry} (for "quiet clients").

    Clients without entries are absent. One grouped query; no audit entry (it
    reads no client's content).
    """
    q = (select(JournalEntry.client_id, sa.func.max(JournalEntry.entry_on))
         .where(JournalEntry.deleted_at.is_(None))
         .group_by(JournalEntry.client_id))
    ids = list(client_ids) if client_ids is not None else None
    out: dict[str, date] = {}
    with store.session() as s:
        if ids is None or len(ids) > 2000:
            rows = s.exec(q)
        else:
            rows = s.exec(q.where(JournalEntry.client_id.in_(ids)))
        for cid, day in rows:
            if ids is None or cid in ids:
                out[cid] = day
    if ids is not None and len(ids) > 2000:
        wanted = set(ids)
        out = {k: v for k, v in out.items() if k in wanted}
    return out
