"""Columns every stored row shares, and the UTC time type they use.

UUID keys keep databases from several workstations mergeable; the stamps and
soft deletion keep the history a person and a later sync can read.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel
from .. import clock


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return clock.utcnow()


class UTCDateTime(TypeDecorator):
    """Stores UTC and hands back timezone-aware datetimes (SQLite keeps none)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def utc_field(**kw):
    return Field(sa_type=UTCDateTime, **kw)


class Record(SQLModel):
    """Base of every table of team data: stamped by the store on each write."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = utc_field(default_factory=utcnow)
    updated_at: datetime = utc_field(default_factory=utcnow)
    created_by: Optional[str] = Field(default=None, max_length=36)
    updated_by: Optional[str] = Field(default=None, max_length=36)
    deleted_at: Optional[datetime] = utc_field(default=None)
