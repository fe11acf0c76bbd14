"""How a staff member is reached: printed on the papers that leave the team."""
from __future__ import annotations

from typing import Optional

from sqlmodel import Field

from .base import Record


class StaffContact(Record, table=True):
    """One row per user: work phone, work e-mail and postal/visiting address."""

    __tablename__ = "staff_contacts"

    user_id: str = Field(foreign_key="users.id", index=True, unique=True, max_length=36)
    phone: Optional[str] = Field(default=None, max_length=40)
    email: Optional[str] = Field(default=None, max_length=200)
    address: Optional[str] = Field(default=None, max_length=300)
