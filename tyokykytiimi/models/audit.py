"""The audit trail and the change log.

The audit trail is a hash chain: each entry carries the hash of the previous
one, so altering or removing an entry breaks every hash after it.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from .base import new_id, utc_field, utcnow

GENESIS = "0" * 64


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entries"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    seq: int = Field(index=True, unique=True)
    at: datetime = utc_field(default_factory=utcnow)
    device_id: str = Field(max_length=36)
    user_id: Optional[str] = Field(default=None, max_length=36)
    username: Optional[str] = Field(default=None, max_length=64)
    action: str = Field(index=True, max_length=40)
    client_id: Optional[str] = Field(default=None, index=True, max_length=36)
    target: Optional[str] = Field(default=None, max_length=100)
    detail: str = "{}"
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


def entry_hash(prev_hash: str, *, seq: int, at: datetime, device_id: str, user_id, username,
               action: str, client_id, target, detail: str) -> str:
    body = json.dumps(
        [prev_hash, seq, at.isoformat(), device_id, user_id, username, action, client_id,
         target, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    return entry_hash(entry.prev_hash, seq=entry.seq, at=entry.at, device_id=entry.device_id,
                      user_id=entry.user_id, username=entry.username, action=entry.action,
                      client_id=entry.client_id, target=entry.target, detail=entry.detail)


class ChangeLog(SQLModel, table=True):
    """A JSON snapshot of a row after each write: the readable history and future sync."""

    __tablename__ = "change_log"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    at: datetime = utc_field(default_factory=utcnow)
    user_id: Optional[str] = Field(default=None, max_length=36)
    device_id: str = Field(max_length=36)
    program_version: str = Field(max_length=20)
    table_name: str = Field(index=True, max_length=64)
    row_id: str = Field(index=True, max_length=36)
    client_id: Optional[str] = Field(default=None, index=True, max_length=36)
    op: str = Field(max_length=10)
    snapshot: str = "{}"
