"""Demo contact details for the team and each staff member (fictitious, .example domain)."""
from __future__ import annotations

from ..store.contacts import save_staff_contact, save_team_contacts

TEAM_CONTACT = dict(phone="040 123 4500", email="tyokykytiimi@hyvinvointialue.example",
                    address="Terveystie 4 B, 00100 Helsinki")
STAFF = {  # username -> phone, e-mail local part
    "demo": ("040 123 4501", "demo.kayttaja"),
    "kaisa": ("040 123 4502", "kaisa.koordinaattori"),
    "hanna": ("040 123 4503", "hanna.hoitaja"),
    "lauri": ("040 123 4504", "lauri.laakari"),
}


def populate(ctx) -> None:
    save_team_contacts(ctx.store, **TEAM_CONTACT)
    for username, user_id in ctx.users.items():
        phone, local = STAFF.get(username, ("", ""))
        if phone:
            save_staff_contact(ctx.store, user_id, phone=phone,
                               email=f"{local}@hyvinvointialue.example",
                               address=TEAM_CONTACT["address"])
