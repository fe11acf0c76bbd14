"""How the team and each staff member are reached, and the team's time zone.

Every paper that leaves the team says how to reach it: the client's plan (the
case manager first), the parties' plan, the consent form (where to withdraw),
the invitation list, the mail draft and the .ics (the coordinator organises).
The team's phone, e-mail and address are Setting rows (an administrator edits
them in the settings); each user edits their own (File → My contact details).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, select

from ..i18n import Message
from ..models.contacts import StaffContact
from ..models.users import User
from .errors import InvalidInput
from .settings import get_setting, set_setting
from .permissions import operation

TEAM_KEYS = ("team_phone", "team_email", "team_address")
ZONE_KEY = "time_zone"
DEFAULT_ZONE = "Europe/Helsinki"
PHONE_MAX, EMAIL_MAX, ADDRESS_MAX = 40, 200, 300
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,}$")


@dataclass(frozen=True)
class Reach:
    """Who and how: a name (may be empty for the team) and the ways to reach them."""

    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    @property
    def empty(self) -> bool:
        return not (self.phone or self.email or self.address)

    def parts(self, address: bool = True) -> list[str]:
        return [x for x in (self.phone, self.email, self.address if address else "") if x]

    def text(self, sep: str = ", ", address: bool = True) -> str:
        return sep.join(self.parts(address))


# --- checking ---------------------------------------------------------------

def check_phone(value: str | None, field: str = "phone") -> str:
    text = " ".join((value or "").split())
    if text and (len(text) > PHONE_MAX or not _PHONE.match(text)):
        raise InvalidInput(Message(
            "Give the phone number in digits, for example 040 123 4567 or +358 40 123 4567."),
            field)
    return text


def check_email(value: str | None, field: str = "email") -> str:
    text = (value or "").strip()
    if text and (len(text) > EMAIL_MAX or not _EMAIL.match(text)):
        raise InvalidInput(Message(
            "Give the e-mail address in the form name@example.fi."), field)
    return text


def check_address(value: str | None, field: str = "address") -> str:
    lines = [" ".join(line.split()) for line in (value or "").splitlines()]
    text = "\n".join(line for line in lines if line)
    if len(text) > ADDRESS_MAX:
        raise InvalidInput(Message("The address is too long (at most {n} characters).",
                                   n=ADDRESS_MAX), field)
    return text


def check_zone(value: str | None) -> str:
    text = (value or "").strip() or DEFAULT_ZONE
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(Message(
            "Unknown time zone. Give it as Region/City, for example Europe/Helsinki."),
            "time_zone") from None
    return text


# --- the team ---------------------------------------------------------------

def team_reach(session: Session) -> Reach:
    return Reach(get_setting(session, "team_name"), get_setting(session, "team_phone"),
                 get_setting(session, "team_email"), get_setting(session, "team_address"))


def team_zone(session: Session) -> str:
    return get_setting(session, ZONE_KEY) or DEFAULT_ZONE


@operation("settings")
def save_team_contacts(store, *, phone: str, email: str, address: str,
                       time_zone: str = DEFAULT_ZONE) -> list[str]:
    """Check and store the team's contact details and time zone (administrators only)."""
    store.require_admin()
    new = {"team_phone": check_phone(phone, "team_phone"),
           "team_email": check_email(email, "team_email"),
           "team_address": check_address(address, "team_address"),
           ZONE_KEY: check_zone(time_zone)}
    with store.session() as s:
        # An unset time zone is the default one: saving the default changes nothing.
        now = {k: (team_zone(s) if k == ZONE_KEY else get_setting(s, k)) for k in new}
        changed = [k for k, v in new.items() if now[k] != v]
        for key in changed:
            set_setting(s, key, new[key])
        if changed:
            store.audit(s, "change", target="settings", keys=changed)
    return changed


# --- each staff member ------------------------------------------------------

def _row(session: Session, user_id: str) -> StaffContact | None:
    return session.exec(select(StaffContact).where(StaffContact.user_id == user_id,
                                                   StaffContact.deleted_at.is_(None))).first()


def staff_reach(session: Session, user_id: str | None) -> Reach:
    """The user's name and contact details ("" where none is recorded)."""
    if not user_id:
        return Reach()
    user = session.get(User, user_id)
    row = _row(session, user_id)
    name = user.display_name if user else ""
    if row is None:
        return Reach(name)
    return Reach(name, row.phone or "", row.email or "", row.address or "")


@operation("own_account")
def own_reach(store) -> Reach:
    with store.session() as s:
        return staff_reach(s, store.user.id)


@operation("own_account")
def save_staff_contact(store, user_id: str, *, phone: str, email: str, address: str) -> bool:
    """Store a user's contact details: their own, or anyone's by an administrator."""
    if user_id != store.user.id:
        store.require_admin()
    values = {"phone": check_phone(phone), "email": check_email(email),
              "address": check_address(address)}
    with store.session() as s:
        if s.get(User, user_id) is None:
            raise InvalidInput(Message("The user was not found."))
        row = _row(s, user_id) or StaffContact(user_id=user_id)
        if all((getattr(row, k) or "") == v for k, v in values.items()) and row.id and \
                s.get(StaffContact, row.id) is not None:
            return False
        for k, v in values.items():
            setattr(row, k, v or None)
        s.add(row)
        store.audit(s, "change", target=f"user:{user_id}", keys=["contact"])
    return True


def coordinator(session: Session) -> Reach:
    """The team's coordinator (first active one by name): organiser of meetings."""
    user = session.exec(select(User).where(User.role == "coordinator", User.active.is_(True),
                                           User.deleted_at.is_(None))
                        .order_by(User.display_name)).first()
    return staff_reach(session, user.id) if user else Reach()
