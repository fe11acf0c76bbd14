"""The audit trail and the change log.

The audit trail is a hash chain: each entry carries the hash of the previous
one, so altering or removing an entry breaks every hash after it.

An entry's hash is built in three layers so that a client's erasure can take
the client out of the trail without breaking it:

- ``subject_hash`` = sha256 over what names the client: ``client_id``,
  ``target`` and ``detail``. Stored with the entry.
- body = sha256 over who, when, where and what (``at``, ``device_id``,
  ``user_id``, ``username``, ``action``) and the subject hash.
- ``hash`` = sha256 over ``prev_hash``, ``seq`` and the body.

Erasing a client *redacts* their entries: ``client_id``, ``target`` and
``detail`` are blanked and ``redacted_by`` names the "erase" entry; the stored
``subject_hash`` stays. Verifying recomputes the subject hash of every
unredacted entry (and checks the stored one against it) and trusts the stored
one only for redacted entries, so the chain still verifies, while who/when/what
of a redacted entry and every other entry stay tamper-evident.
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
    # sha256 over (client_id, target, detail) as written; kept when they are redacted.
    subject_hash: str = Field(default="", max_length=64)
    # The id of the "erase" entry that blanked client_id, target and detail.
    redacted_by: Optional[str] = Field(default=None, max_length=36)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    # Who signed the entry (a user id or "recovery") and the Ed25519 signature over
    # ``hash`` (store/signing.py); empty on entries from before signing (0020).
    signer_id: Optional[str] = Field(default=None, max_length=36)
    signature: Optional[str] = Field(default=None, max_length=128)


REDACTED_DETAIL = "{}"


def _sha(parts: list) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def subject_hash(client_id, target, detail: str) -> str:
    """The hash of the part of an entry that names a client (removed by erasure)."""
    return _sha(["subject", client_id, target, detail])


def body_hash(*, at: datetime, device_id: str, user_id, username, action: str,
              subject: str) -> str:
    return _sha(["body", at.isoformat(), device_id, user_id, username, action, subject])


def chain_hash(prev_hash: str, seq: int, body: str) -> str:
    return _sha(["chain", prev_hash, seq, body])


def entry_hash(prev_hash: str, *, seq: int, at: datetime, device_id: str, user_id, username,
               action: str, client_id, target, detail: str) -> str:
    """The hash of a new (unredacted) entry."""
    return chain_hash(prev_hash, seq, body_hash(
        at=at, device_id=device_id, user_id=user_id, username=username, action=action,
        subject=subject_hash(client_id, target, detail)))


def legacy_entry_hash(prev_hash: str, *, seq: int, at: datetime, device_id: str, user_id,
                      username, action: str, client_id, target, detail: str) -> str:
    """The single-layer rule of files before migration 0007 (entries written just
    before that migration runs); the migration rehashes them."""
    body = json.dumps(
        [prev_hash, seq, at.isoformat(), device_id, user_id, username, action, client_id,
         target, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def is_redacted(entry: AuditEntry) -> bool:
    return entry.redacted_by is not None


def subject_sound(entry: AuditEntry) -> bool:
    """An unredacted entry's stored subject hash matches its content; a redacted
    entry's content is blank."""
    if is_redacted(entry):
        return (entry.client_id is None and entry.target is None
                and entry.detail == REDACTED_DETAIL and len(entry.subject_hash or "") == 64)
    return entry.subject_hash == subject_hash(entry.client_id, entry.target, entry.detail)


def hash_of(entry: AuditEntry) -> str:
    """The hash the entry should carry: over its content, or over the kept subject
    hash when the entry was redacted."""
    subject = (entry.subject_hash if is_redacted(entry)
               else subject_hash(entry.client_id, entry.target, entry.detail))
    return chain_hash(entry.prev_hash, entry.seq, body_hash(
        at=entry.at, device_id=entry.device_id, user_id=entry.user_id,
        username=entry.username, action=entry.action, subject=subject))


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
