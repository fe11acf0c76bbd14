"""Client operations. Every view and change is written to the audit trail."""
from __future__ import annotations

from sqlmodel import select

from ..models.clients import Client
from .errors import InvalidInput
from .session import Store


def create_client(store: Store, **fields) -> Client:
    if not fields.get("first_name", "").strip() or not fields.get("last_name", "").strip():
        raise InvalidInput("Anna asiakkaan etu- ja sukunimi.", "last_name")
    with store.session() as s:
        hetu = fields.get("hetu")
        if hetu and s.exec(select(Client).where(Client.hetu == hetu)).first():
            raise InvalidInput("Tällä henkilötunnuksella on jo asiakas.", "hetu")
        client = Client(**fields)
        s.add(client)
        s.flush()
        store.audit(s, "create", client_id=client.id, target="client")
        return client


def get_client(store: Store, client_id: str, *, audit_view: bool = True) -> Client:
    with store.session() as s:
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise InvalidInput("Asiakasta ei löydy.")
        if audit_view:
            store.audit(s, "view", client_id=client.id, target="client")
        return client
