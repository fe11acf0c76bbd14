"""Consent operations, and consent as a store rule.

Inviting an outside party to the client's network, or naming it as a
recipient of the plan, goes through :func:`require_consent`, which raises
:class:`ConsentMissing` (an ``InvalidInput``) naming what is missing — the UI
shows the message and offers to record or extend the consent. Where the law
allows disclosure without consent, :func:`record_override` records the legal
basis and reason and writes a ``consent_override`` audit entry; the override
then counts for that party and purpose on that day.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlmodel import Session, select

from .. import language
from ..models import consents as rules
from ..models.clients import Client
from ..models.consents import METHODS, Consent, ConsentOverride, purpose_codes, purpose_label
from ..models.meetings import Invitee, Meeting
from ..models.servicemap import Organisation
from .errors import CLIENT_NOT_FOUND, InvalidInput
from .session import Store
from .. import clock


class ConsentMissing(InvalidInput):
    """An outside party is not covered by a valid consent for a purpose."""

    def __init__(self, client_id: str, purpose: str, parties: list[str], labels: list[str]):
        self.client_id = client_id
        self.purpose = purpose
        self.parties = parties  # organisation ids or free-text names
        self.labels = labels  # readable names, same order
        what = purpose_label(purpose, language.current()).lower()
        who = ", ".join(labels)
        super().__init__({
            "fi": f"Asiakkaalta ei ole voimassa olevaa suostumusta ({what}) seuraaville: {who}. "
                  "Kirjaa uusi suostumus tai laajenna nykyistä, tai kirjaa lakiperusteinen "
                  "poikkeus.",
            "sv": f"Klienten har inte gett något giltigt samtycke ({what}) för: {who}. "
                  "Anteckna ett nytt samtycke eller utvidga det nuvarande, eller anteckna ett "
                  "undantag med stöd i lag.",
            "en": f"The client has no valid consent ({what}) for: {who}. Record a new consent "
                  "or extend the current one, or record an exception based on the law.",
        }, "consent")


@dataclass
class WithdrawalImpact:
    consent: Consent
    meetings: list[Meeting] = field(default_factory=list)  # upcoming, planned
    parties: list[str] = field(default_factory=list)  # readable names no longer covered


@dataclass
class SummaryLine:
    party: str  # readable name
    purposes: list[str]  # purpose codes valid today


@dataclass
class ConsentSummary:
    valid: list[SummaryLine]
    lapsed: int
    withdrawn: int
    unsigned: int

    @property
    def any_valid(self) -> bool:
        return bool(self.valid)

    def text(self, lang: str = "fi") -> str:
        """One line for the client header, e.g. "Suostumus voimassa: Kela (4), …"."""
        if not self.valid:
            head = {"fi": "Ei voimassa olevaa suostumusta", "sv": "Inget giltigt samtycke",
                    "en": "No valid consent"}[lang]
        else:
            parties = ", ".join(f"{line.party} ({len(line.purposes)})" for line in self.valid)
            head = {"fi": "Suostumus voimassa: ", "sv": "Giltigt samtycke: ",
                    "en": "Consent valid: "}[lang] + parties
        extra = []
        if self.unsigned:
            extra.append({"fi": f"allekirjoittamatta {self.unsigned}",
                          "sv": f"osignerade {self.unsigned}",
                          "en": f"unsigned {self.unsigned}"}[lang])
        if self.lapsed:
            extra.append({"fi": f"päättyneitä {self.lapsed}", "sv": f"utgångna {self.lapsed}",
                          "en": f"lapsed {self.lapsed}"}[lang])
        if self.withdrawn:
            extra.append({"fi": f"peruttuja {self.withdrawn}", "sv": f"återkallade {self.withdrawn}",
                          "en": f"withdrawn {self.withdrawn}"}[lang])
        return head + (" · " + ", ".join(extra) if extra else "")


# --- helpers ---------------------------------------------------------------------

def _today() -> date:
    return clock.today()


def _client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise InvalidInput(CLIENT_NOT_FOUND)
    return client


def _consents(session: Session, client_id: str) -> list[Consent]:
    return list(session.exec(select(Consent).where(Consent.client_id == client_id,
                                                   Consent.deleted_at.is_(None))
                             .order_by(Consent.given_on.desc())))


def party_label(session: Session, party: str) -> str:
    """The organisation's name for an id, the free text otherwise."""
    org = session.get(Organisation, party) if len(party) == 36 else None
    return org.name if org else party


def _validate(fields: dict) -> None:
    purposes = fields.get("purposes") or []
    if not purposes:
        raise InvalidInput({"fi": "Valitse vähintään yksi suostumuksen tarkoitus.",
                            "sv": "Välj minst ett syfte med samtycket.",
                            "en": "Choose at least one purpose of the consent."}, "purposes")
    unknown = [p for p in purposes if p not in purpose_codes()]
    if unknown:
        raise InvalidInput({"fi": f"Tuntematon suostumuksen tarkoitus: {', '.join(unknown)}.",
                            "sv": f"Okänt syfte med samtycket: {', '.join(unknown)}.",
                            "en": f"Unknown purpose of consent: {', '.join(unknown)}."}, "purposes")
    if not (fields.get("org_ids") or [n for n in fields.get("party_names") or [] if n.strip()]):
        raise InvalidInput({"fi": "Nimeä vähintään yksi osapuoli, jota suostumus koskee.",
                            "sv": "Ange minst en part som samtycket gäller.",
                            "en": "Name at least one party the consent covers."}, "parties")
    given = fields.get("given_on")
    if not isinstance(given, date):
        raise InvalidInput({"fi": "Anna päivä, jona suostumus annettiin.",
                            "sv": "Ange datum då samtycket gavs.",
                            "en": "Enter the date the consent was given."}, "given_on")
    if given > _today():
        raise InvalidInput({"fi": "Suostumuksen antopäivä ei voi olla tulevaisuudessa.",
                            "sv": "Datumet då samtycket gavs kan inte ligga i framtiden.",
                            "en": "The date the consent was given cannot be in the future."}, "given_on")
    if fields.get("method") not in METHODS:
        raise InvalidInput({"fi": "Valitse, miten suostumus annettiin.",
                            "sv": "Välj hur samtycket gavs.",
                            "en": "Choose how the consent was given."}, "method")
    until = fields.get("valid_until")
    if until is not None and until < given:
        raise InvalidInput({"fi": "Voimassaolo ei voi päättyä ennen antopäivää.",
                            "sv": "Giltigheten kan inte upphöra innan samtycket gavs.",
                            "en": "The validity cannot end before the consent was given."}, "valid_until")


def _apply(consent: Consent, fields: dict) -> None:
    consent.purposes = rules._join(fields["purposes"])
    consent.org_ids = rules._join(fields.get("org_ids") or [])
    consent.party_names = rules._join(n.strip() for n in fields.get("party_names") or [])
    consent.given_on = fields["given_on"]
    consent.method = fields["method"]
    consent.valid_until = fields.get("valid_until")
    consent.signed = bool(fields.get("signed"))
    if consent.signed:
        consent.signed = True
        consent.signed_on = fields.get("signed_on") or consent.signed_on or _today()
    consent.notes = fields.get("notes")


# --- operations ------------------------------------------------------------------

def record_consent(store: Store, client_id: str, *, purposes: list[str], given_on: date,
                   method: str, org_ids: list[str] = (), party_names: list[str] = (),
                   valid_until: date | None = None, signed: bool = False,
                   signed_on: date | None = None, notes: str | None = None) -> Consent:
    fields = dict(purposes=list(purposes), org_ids=list(org_ids), party_names=list(party_names),
                  given_on=given_on, method=method, valid_until=valid_until, signed=signed,
                  signed_on=signed_on, notes=notes)
    _validate(fields)
    with store.session() as s:
        _client(s, client_id)
        consent = Consent(client_id=client_id, given_on=given_on, method=method)
        _apply(consent, fields)
        s.add(consent)
        s.flush()
        store.audit(s, "create", client_id=client_id, target=f"consent:{consent.id}",
                    purposes=fields["purposes"], parties=len(fields["org_ids"]) + len(
                        [n for n in fields["party_names"] if n]))
        return consent


def update_consent(store: Store, consent_id: str, **changes) -> Consent:
    """Extend or correct a consent (purposes, parties, validity, signing)."""
    with store.session() as s:
        consent = get_consent_in(s, consent_id)
        fields = dict(purposes=consent.purpose_list, org_ids=consent.org_id_list,
                      party_names=consent.party_name_list, given_on=consent.given_on,
                      method=consent.method, valid_until=consent.valid_until,
                      signed=consent.signed, signed_on=consent.signed_on, notes=consent.notes)
        fields.update(changes)
        _validate(fields)
        _apply(consent, fields)
        s.add(consent)
        store.audit(s, "change", client_id=consent.client_id, target=f"consent:{consent.id}",
                    fields=sorted(changes))
        return consent


def mark_signed(store: Store, consent_id: str, signed_on: date | None = None) -> Consent:
    with store.session() as s:
        consent = get_consent_in(s, consent_id)
        consent.signed = True
        consent.signed_on = signed_on or _today()
        s.add(consent)
        store.audit(s, "change", client_id=consent.client_id, target=f"consent:{consent.id}",
                    fields=["signed"])
        return consent


def get_consent_in(session: Session, consent_id: str) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted_at is not None:
        raise InvalidInput({"fi": "Suostumusta ei löydy.",
                            "sv": "Samtycket hittas inte.",
                            "en": "The consent was not found."})
    return consent


def list_consents(store: Store, client_id: str) -> list[Consent]:
    with store.session() as s:
        _client(s, client_id)
        store.audit(s, "view", client_id=client_id, target="consents")
        return _consents(s, client_id)


def party_labels(store: Store, parties: list[str]) -> dict[str, str]:
    with store.session() as s:
        return {p: party_label(s, p) for p in parties}


def upcoming_meetings(session: Session, client_id: str, day: date) -> list[Meeting]:
    start = datetime.combine(day, time.min).astimezone(timezone.utc)
    return list(session.exec(select(Meeting).where(
        Meeting.client_id == client_id, Meeting.deleted_at.is_(None),
        Meeting.state == "planned", Meeting.starts_at >= start).order_by(Meeting.starts_at)))


def withdraw_consent(store: Store, consent_id: str, *, on: date, how: str,
                     notes: str | None = None) -> WithdrawalImpact:
    """Record a withdrawal; returns the upcoming meetings and the parties it affects."""
    if how not in METHODS:
        raise InvalidInput({"fi": "Valitse, miten suostumus peruttiin.",
                            "sv": "Välj hur samtycket återkallades.",
                            "en": "Choose how the consent was withdrawn."}, "withdrawn_how")
    if on > _today():
        raise InvalidInput({"fi": "Peruutuspäivä ei voi olla tulevaisuudessa.",
                            "sv": "Datumet för återkallelsen kan inte ligga i framtiden.",
                            "en": "The date of withdrawal cannot be in the future."}, "withdrawn_on")
    with store.session() as s:
        consent = get_consent_in(s, consent_id)
        if consent.withdrawn_on is not None:
            raise InvalidInput({"fi": "Suostumus on jo peruttu.",
                                "sv": "Samtycket har redan återkallats.",
                                "en": "The consent has already been withdrawn."}, "withdrawn_on")
        if on < consent.given_on:
            raise InvalidInput({"fi": "Peruutus ei voi olla ennen suostumuksen antopäivää.",
                                "sv": "Återkallelsen kan inte ske innan samtycket gavs.",
                                "en": "The withdrawal cannot be before the consent was given."},
                               "withdrawn_on")
        consent.withdrawn_on = on
        consent.withdrawn_how = how
        consent.withdrawn_by = store.user.id
        if notes:
            consent.notes = ((consent.notes + "\n") if consent.notes else "") + notes
        s.add(consent)
        s.flush()
        others = [c for c in _consents(s, consent.client_id) if c.id != consent.id]
        lost = [p for p in consent.org_id_list + consent.party_name_list
                if any(not rules.covers(others, p, purpose, on)
                       for purpose in consent.purpose_list)]
        impact = WithdrawalImpact(consent=consent,
                                  parties=[party_label(s, p) for p in lost])
        lost_set = set(lost)
        for meeting in upcoming_meetings(s, consent.client_id, on):
            invitees = s.exec(select(Invitee).where(Invitee.meeting_id == meeting.id,
                                                    Invitee.deleted_at.is_(None))).all()
            if any(i.party() is not None and (i.party() in lost_set or any(
                    rules._norm(i.party()) == rules._norm(p) for p in lost_set))
                   for i in invitees):
                impact.meetings.append(meeting)
        store.audit(s, "change", client_id=consent.client_id, target=f"consent:{consent.id}",
                    fields=["withdrawn_on"], meetings_affected=len(impact.meetings))
        return impact


def _overrides(session: Session, client_id: str, purpose: str, day: date) -> list[ConsentOverride]:
    return list(session.exec(select(ConsentOverride).where(
        ConsentOverride.client_id == client_id, ConsentOverride.purpose == purpose,
        ConsentOverride.on == day, ConsentOverride.deleted_at.is_(None))))


def record_override(store: Store, client_id: str, *, party: str, purpose: str,
                    legal_basis: str, reason: str, on: date | None = None) -> ConsentOverride:
    """Proceed without consent where the law allows it: recorded and audited."""
    if purpose not in purpose_codes():
        raise InvalidInput({"fi": "Tuntematon suostumuksen tarkoitus.",
                            "sv": "Okänt syfte med samtycket.",
                            "en": "Unknown purpose of consent."}, "purpose")
    if not (legal_basis or "").strip():
        raise InvalidInput({"fi": "Kirjaa lakiperuste (laki ja pykälä).",
                            "sv": "Anteckna den rättsliga grunden (lag och paragraf).",
                            "en": "Record the legal basis (act and section)."}, "legal_basis")
    if not (reason or "").strip():
        raise InvalidInput({"fi": "Kirjaa peruste, miksi toimitaan ilman suostumusta.",
                            "sv": "Anteckna motiveringen till att man agerar utan samtycke.",
                            "en": "Record why this is done without consent."}, "reason")
    with store.session() as s:
        _client(s, client_id)
        row = ConsentOverride(client_id=client_id, party=party, purpose=purpose,
                              legal_basis=legal_basis.strip(), reason=reason.strip(),
                              on=on or _today())
        s.add(row)
        s.flush()
        # The reason is free text: it stays in the row, not in the audit detail.
        store.audit(s, "consent_override", client_id=client_id,
                    target=f"consent_override:{row.id}", purpose=purpose)
        return row


def require_consent(session: Session, client_id: str, parties: list[str], purpose: str,
                    day: date) -> None:
    """Raise ConsentMissing unless every party is covered (or overridden) on ``day``."""
    consents = _consents(session, client_id)
    lacking = rules.missing(consents, parties, purpose, day)
    if lacking:
        overridden = {o.party for o in _overrides(session, client_id, purpose, day)}
        lacking = [p for p in lacking if p not in overridden]
    if lacking:
        raise ConsentMissing(client_id, purpose, lacking,
                             [party_label(session, p) for p in lacking])


def check_consent(store: Store, client_id: str, parties: list[str], purpose: str,
                  day: date | None = None) -> None:
    """The same rule for a form that wants to warn before saving."""
    with store.session() as s:
        require_consent(s, client_id, parties, purpose, day or _today())


def check_plan_recipients(store: Store, client_id: str, parties: list[str],
                          day: date | None = None) -> None:
    """Raise ConsentMissing unless each party may receive and record the plan."""
    check_consent(store, client_id, parties, "plan_recording", day)


def parties_with_plan_consent(store: Store, client_id: str, day: date | None = None) -> list[str]:
    """Organisation ids and free-text names that may receive the plan on ``day``."""
    day = day or _today()
    with store.session() as s:
        out: list[str] = []
        for c in _consents(s, client_id):
            if rules.is_valid_on(c, day) and "plan_recording" in c.purpose_list:
                for p in c.org_id_list + c.party_name_list:
                    if p not in out:
                        out.append(p)
        return out


def consent_summary(store: Store, client_id: str, day: date | None = None) -> ConsentSummary:
    """What is consented to whom today, and how many consents have lapsed or been withdrawn."""
    day = day or _today()
    with store.session() as s:
        consents = _consents(s, client_id)
        by_party: dict[str, list[str]] = {}
        counts = {"lapsed": 0, "withdrawn": 0, "unsigned": 0}
        for c in consents:
            state = rules.state_on(c, day)
            if state == "valid":
                for p in c.org_id_list + c.party_name_list:
                    have = by_party.setdefault(p, [])
                    have += [x for x in c.purpose_list if x not in have]
            elif state in counts:
                counts[state] += 1
        lines = [SummaryLine(party_label(s, p), purposes) for p, purposes in by_party.items()]
        return ConsentSummary(valid=lines, **counts)
