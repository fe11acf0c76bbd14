"""The client's journal (kirjaukset): dated entries the team writes about a client.

An entry is never edited in place: an edit writes a new row and points the old
one at it (``superseded_by``), so the earlier text stays readable in its
history. A doctor's statement (e.g. a B-statement for a rehabilitation
application) is tracked as an entry of kind "statement" with its state and to
whom it was delivered; the statement itself lives in the health record system.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from sqlmodel import Field

from .base import Record

KINDS: tuple[str, ...] = ("phone", "visit", "meeting", "message", "note", "statement")
STATEMENT_STATES: tuple[str, ...] = ("requested", "written", "delivered")


class JournalEntry(Record, table=True):
    __tablename__ = "journal_entries"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    entry_on: date
    kind: str = Field(max_length=20)
    text: str = Field(default="", max_length=10000)
    # Statements only: what kind (e.g. "B-lausunto"), its state, delivered to whom.
    statement_kind: Optional[str] = Field(default=None, max_length=200)
    statement_state: Optional[str] = Field(default=None, max_length=20)
    delivered_to: Optional[str] = Field(default=None, max_length=300)
    superseded_by: Optional[str] = Field(default=None, max_length=36)
    corrects: Optional[str] = Field(default=None, max_length=36)
