"""Client feedback: one filled feedback form, anonymous or tied to a client.

The form itself is versioned data (``resources/feedback/<form id>.v<N>.json``);
a row records which version it answered. Anonymous feedback keeps no client
and no path step, so it can never be traced back through this row.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Optional

from sqlmodel import Field

from .base import Record


class Feedback(Record, table=True):
    __tablename__ = "feedback"

    form_id: str = Field(max_length=40)          # "client_feedback"
    form_version: int
    given_on: date
    # Null when the client chose to answer anonymously.
    client_id: Optional[str] = Field(default=None, foreign_key="clients.id", index=True,
                                     max_length=36)
    # The client's path step (models.clients.PATH_STEPS) when given; null when anonymous.
    path_step: Optional[int] = None
    # JSON {"item id": rating int or None}; ratings 1..5 unless the form says otherwise.
    ratings: str = "{}"
    free_text: str = ""

    def rating_values(self) -> dict[str, Optional[int]]:
        return json.loads(self.ratings)
