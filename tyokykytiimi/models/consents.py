"""The client's consents and the pure rules of when a consent is valid.

A consent names its purposes (versioned codes from
``resources/consent/purposes.v<N>.json``), the parties it covers
(organisations of the service map by id, or named free-text parties), when and
how it was given, until when it is valid, and its withdrawal. Validity is
computed, never stored:

- it starts on ``given_on``;
- it is valid through ``valid_until`` inclusive (no date: until withdrawn);
- a withdrawal takes effect on ``withdrawn_on`` itself (withdrawn today: no
  longer valid today);
- a consent on paper counts once the signed form is back (``signed``);
  a verbal or electronic consent counts when recorded.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from sqlmodel import Field

from tyokykytiimi.paths import resource_path

from .base import Record

METHODS = ("paper", "verbal", "electronic")
PURPOSES_VERSION = 1
STATES = ("valid", "unsigned", "not_yet", "lapsed", "withdrawn")


# --- the versioned purpose definition ------------------------------------------

@dataclass(frozen=True)
class Purpose:
    code: str
    label: dict
    text: dict

    def label_in(self, lang: str) -> str:
        return self.label.get(lang) or self.label["fi"]

    def text_in(self, lang: str) -> str:
        return self.text.get(lang) or self.text["fi"]


@lru_cache(maxsize=4)
def load_purposes(version: int = PURPOSES_VERSION) -> tuple[Purpose, ...]:
    path = resource_path("consent", f"purposes.v{version}.json")
    data = json.loads(path.read_text("utf-8"))
    if data.get("version") != version:
        raise ValueError(f"{path.name}: version {data.get('version')} != {version}")
    out = []
    for p in data["purposes"]:
        for lang in ("fi", "sv", "en"):
            if not p["label"].get(lang) or not p["text"].get(lang):
                raise ValueError(f"{path.name}: purpose {p['code']} lacks {lang}")
        out.append(Purpose(p["code"], dict(p["label"]), dict(p["text"])))
    return tuple(out)


def purpose_codes(version: int = PURPOSES_VERSION) -> tuple[str, ...]:
    return tuple(p.code for p in load_purposes(version))


def purpose_label(code: str, lang: str = "fi", version: int = PURPOSES_VERSION) -> str:
    for p in load_purposes(version):
        if p.code == code:
            return p.label_in(lang)
    return code


# --- the table -------------------------------------------------------------------

def _split(text: Optional[str]) -> list[str]:
    return json.loads(text) if text else []


def _join(items: Iterable[str]) -> str:
    return json.dumps([i for i in items if i], ensure_ascii=False)


class Consent(Record, table=True):
    __tablename__ = "consents"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    purposes_version: int = PURPOSES_VERSION
    purposes: str = Field(default="[]")  # JSON list of purpose codes
    org_ids: str = Field(default="[]")  # JSON list of service-map organisation ids
    party_names: str = Field(default="[]")  # JSON list of free-text parties
    given_on: date
    method: str = Field(max_length=20)  # METHODS
    valid_until: Optional[date] = None
    signed: bool = False
    signed_on: Optional[date] = None
    withdrawn_on: Optional[date] = None
    withdrawn_how: Optional[str] = Field(default=None, max_length=20)  # METHODS
    withdrawn_by: Optional[str] = Field(default=None, max_length=36)  # user id who recorded it
    notes: Optional[str] = None

    @property
    def purpose_list(self) -> list[str]:
        return _split(self.purposes)

    @property
    def org_id_list(self) -> list[str]:
        return _split(self.org_ids)

    @property
    def party_name_list(self) -> list[str]:
        return _split(self.party_names)


class ConsentOverride(Record, table=True):
    """Disclosure or invitation without consent where the law allows it: who, why, on what basis."""

    __tablename__ = "consent_overrides"

    client_id: str = Field(foreign_key="clients.id", index=True, max_length=36)
    party: str = Field(max_length=200)  # organisation id or free-text name
    purpose: str = Field(max_length=40)
    legal_basis: str = Field(max_length=300)
    reason: str
    on: date


# --- pure rules --------------------------------------------------------------------

def state_on(consent: Consent, day: date) -> str:
    """One of STATES for ``day``."""
    if consent.withdrawn_on is not None and day >= consent.withdrawn_on:
        return "withdrawn"
    if day < consent.given_on:
        return "not_yet"
    if consent.valid_until is not None and day > consent.valid_until:
        return "lapsed"
    if consent.method == "paper" and not consent.signed:
        return "unsigned"
    return "valid"


def is_valid_on(consent: Consent, day: date) -> bool:
    if getattr(consent, "deleted_at", None) is not None:
        return False
    return state_on(consent, day) == "valid"


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def names_party(consent: Consent, party: str) -> bool:
    """Whether ``party`` (an organisation id or a free-text name) is among the consent's parties."""
    if party in consent.org_id_list:
        return True
    wanted = _norm(party)
    return any(_norm(n) == wanted for n in consent.party_name_list)


def covers(consents: Iterable[Consent], party: str, purpose: str, day: date) -> bool:
    """True when some consent valid on ``day`` names ``party`` for ``purpose``."""
    return any(is_valid_on(c, day) and purpose in c.purpose_list and names_party(c, party)
               for c in consents)


def missing(consents: Iterable[Consent], parties: Iterable[str], purpose: str,
            day: date) -> list[str]:
    """The parties of ``parties`` not covered for ``purpose`` on ``day`` (in order)."""
    consents = list(consents)
    return [p for p in parties if not covers(consents, p, purpose, day)]
