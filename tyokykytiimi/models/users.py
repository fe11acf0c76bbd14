"""Team members, team-wide settings and each user's own preferences."""
from __future__ import annotations

from enum import Enum
from typing import Optional

from sqlmodel import Field, SQLModel

from .base import Record


class Role(str, Enum):
    coordinator = "coordinator"
    nurse = "nurse"
    doctor = "doctor"


class User(Record, table=True):
    __tablename__ = "users"

    username: str = Field(index=True, unique=True, max_length=64)
    display_name: str = Field(max_length=200)
    role: str = Field(default=Role.coordinator.value, max_length=20)
    is_admin: bool = False
    active: bool = True


class Setting(SQLModel, table=True):
    """Team-wide settings (team name, idle-lock minutes, backup retention)."""

    __tablename__ = "settings"

    key: str = Field(primary_key=True, max_length=100)
    value: str = ""


class Preference(SQLModel, table=True):
    """Per-user preferences such as window geometry; kept inside the encrypted file."""

    __tablename__ = "preferences"

    user_id: str = Field(primary_key=True, max_length=36)
    key: str = Field(primary_key=True, max_length=100)
    value: Optional[str] = None
