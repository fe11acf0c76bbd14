"""Whether a team has just started: no clients and no service map yet."""
from __future__ import annotations

import sqlalchemy as sa

from ..models.clients import Client
from ..models.servicemap import Organisation
from .session import Store
from .permissions import operation


@operation("session", quiet="whether any client exists, for the start panel: names no one")
def first_steps(store: Store) -> dict[str, bool]:
    """{"service_map": has one, "clients": has any}: what a new team has done so far."""
    with store.session() as s:
        conn = s.connection()

        def any_row(model) -> bool:
            t = model.__table__
            return conn.execute(sa.select(t.c.id).where(t.c.deleted_at.is_(None)).limit(1)
                                ).first() is not None
        return {"service_map": any_row(Organisation), "clients": any_row(Client)}
