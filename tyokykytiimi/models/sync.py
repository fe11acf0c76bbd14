"""Tables of team sync (see ``store/sync``).

Two kinds: team data that itself syncs (``Record`` subclasses: the member
workstations and the team's key slots), and this workstation's own book-keeping
(``sync_*`` tables that never leave it: its private keys, its outgoing changes,
the merge state of each row, what it has applied, what it has noticed).
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from .base import Record, utc_field, utcnow


class SyncDevice(Record, table=True):
    """A member workstation of the team (id = its device id). Syncs."""

    __tablename__ = "sync_devices"

    name: str = Field(default="", max_length=100)
    box_public: str = Field(max_length=200)  # age X25519 recipient
    sign_public: str = Field(max_length=100)  # Ed25519, base64
    state: str = Field(default="member", max_length=10)  # member | removed
    # Changes of a removed workstation up to this sequence number are still taken.
    accepted_until: Optional[int] = None
    # JSON {device: seq}: what its welcome already held of each sender's changes, so
    # every writer knows from where this member needs its files (clean-up).
    starts: Optional[str] = None


class TeamKeySlot(Record, table=True):
    """A user's (or the recovery key's) slot over the team's database key. Syncs,
    so that a user added, deactivated or given a new password is so everywhere."""

    __tablename__ = "team_keyslots"

    slot: Optional[str] = None  # the keyslots.json entry as JSON; None: no slot (deactivated)


class SyncSelf(SQLModel, table=True):
    """This workstation's identity and counters (one row). Private keys live here,
    inside the encrypted database."""

    __tablename__ = "sync_self"

    id: int = Field(default=1, primary_key=True)
    device_id: str = Field(max_length=36)
    box_secret: str = Field(max_length=200)
    sign_secret: str = Field(max_length=100)
    team_secret: str = Field(max_length=100)  # keyed hashes of erased clients
    folder: str = ""
    seq: int = 0  # last sequence number given to a change of this workstation
    sent: int = 0  # last sequence number written to the folder
    hlc_wall: int = 0
    hlc_count: int = 0
    state_no: int = 0
    last_sync: Optional[datetime] = utc_field(default=None)
    last_error: str = ""


class SyncChange(SQLModel, table=True):
    """One row change of this workstation, numbered without gaps."""

    __tablename__ = "sync_changes"

    seq: int = Field(primary_key=True)
    hlc: str = Field(max_length=30)
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=100)
    client_id: Optional[str] = Field(default=None, index=True, max_length=36)
    op: str = Field(max_length=12)
    vv: str = "{}"
    fields: str = "{}"


class SyncRow(SQLModel, table=True):
    """The merge state of one row: per field, the concurrent versions (heads)."""

    __tablename__ = "sync_rows"

    table_name: str = Field(primary_key=True, max_length=64)
    row_id: str = Field(primary_key=True, max_length=100)
    client_id: Optional[str] = Field(default=None, index=True, max_length=36)
    state: str = "{}"
    pending: bool = False  # not yet in its table (waits for a parent row)
    conflict: bool = Field(default=False, index=True)


class SyncApplied(SQLModel, table=True):
    """How far the changes of each other workstation have been applied."""

    __tablename__ = "sync_applied"

    device_id: str = Field(primary_key=True, max_length=36)
    seq: int = 0
    audit_seq: int = 0
    audit_hash: str = Field(default="", max_length=64)
    last_seen: Optional[datetime] = utc_field(default=None)
    acks: str = "{}"  # what that workstation has applied, from its state file


class SyncErased(SQLModel, table=True):
    """Keyed hashes of erased clients: late changes about them are dropped."""

    __tablename__ = "sync_erased"

    key: str = Field(primary_key=True, max_length=64)
    at: datetime = utc_field(default_factory=utcnow)


class SyncRemoteAudit(SQLModel, table=True):
    """Other workstations' audit entries, as received (their chains are checked)."""

    __tablename__ = "sync_remote_audit"

    device_id: str = Field(primary_key=True, max_length=36)
    seq: int = Field(primary_key=True)
    client_id: Optional[str] = Field(default=None, index=True, max_length=36)
    entry: str = "{}"


class SyncNotice(SQLModel, table=True):
    """Something sync noticed that a person should read (clock, chain, dropped)."""

    __tablename__ = "sync_notices"

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = utc_field(default_factory=utcnow)
    device_id: str = Field(default="", max_length=36)
    kind: str = Field(max_length=30)
    detail: str = ""
