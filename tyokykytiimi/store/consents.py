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
from ..i18n import _, N_, Message
from .permissions import operation
from .. import clock


# Why a party is not covered, and what the person can do about it.
REASONS = ("none", "unsigned", "lapsed", "withdrawn", "purpose", "party")
ACTIONS = {"none": "record", "unsigned": "mark_signed", "lapsed": "extend",
           "withdrawn": "record", "purpose": "extend", "party": "extend"}


class ConsentMissing(InvalidInput):
    """An outside party is not covered by a valid consent for a purpose.

    ``reason`` (one of REASONS) names why, ``consent_id`` the consent the
    matching action (``action``: record, mark_signed, extend) works on.
    """

    def __init__(self, client_id: str, purpose: str, parties: list[str], labels: list[str],
                 reason: str = "none", consent_id: str | None = None):
        self.client_id = client_id
        self.purpose = purpose
        self.parties = parties  # organisation ids or free-text names
        self.labels = labels  # readable names, same order
        self.reason = reason
        self.consent_id = consent_id
        self.action = ACTIONS[reason]
        texts = {
            "none": N_("The client has no consent ({what}) for: {who}. Record the consent, or "
                    "record an exception based on the law."),
            "unsigned": N_("The consent for {who} ({what}) was given on paper and has not been "
                        "marked signed yet. Mark it signed when the signed form is back."),
            "lapsed": N_("The consent for {who} ({what}) has expired. Extend it if the client "
                      "agrees, or record a new one."),
            "withdrawn": N_("The client has withdrawn the consent for {who} ({what}). Record a "
                         "new consent only if the client gives it again."),
            "purpose": N_("The client's consent for {who} does not cover this purpose ({what}). "
                       "Extend the consent if the client agrees."),
            "party": N_("The client's consent ({what}) does not name {who}. Extend the consent "
                     "to this party if the client agrees."),
        }
        super().__init__(Message(texts[reason], what=_PurposeText(purpose),
                                 who=", ".join(labels)), "consent")


class _PurposeText(Message):
    """A purpose's label, lower-cased, in the language the message is rendered in."""

    def __init__(self, code: str):
        super().__init__(code)

    def render(self, lang: str | None = None) -> str:
        return purpose_label(self.msgid, lang or language.current()).lower()


def diagnose(consents: list[Consent], party: str, purpose: str,
             day: date) -> tuple[str, str | None]:
    """Why ``party`` is not covered for ``purpose`` on ``day``: (reason, consent id)."""
    live = [c for c in consents if c.deleted_at is None]
    names = [c for c in live if rules.names_party(c, party)]
    exact = [c for c in names if purpose in c.purpose_list]
    for state in ("unsigned", "lapsed", "withdrawn"):
        hit = next((c for c in exact if rules.state_on(c, day) == state), None)
        if hit is not None:
            return state, hit.id
    valid = [c for c in live if rules.state_on(c, day) == "valid"]
    hit = next((c for c in valid if rules.names_party(c, party)), None)
    if hit is not None:
        return "purpose", hit.id
    hit = next((c for c in valid if purpose in c.purpose_list), None)
    if hit is not None:
        return "party", hit.id
    return "none", None


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
            head = _("No valid consent", lang)
        else:
            parties = ", ".join(f"{line.party} ({len(line.purposes)})" for line in self.valid)
            head = _("Consent valid: ", lang) + parties
        extra = []
        if self.unsigned:
            extra.append(_("unsigned {unsigned}", lang).format(unsigned=self.unsigned))
        if self.lapsed:
            extra.append(_("lapsed {lapsed}", lang).format(lapsed=self.lapsed))
        if self.withdrawn:
            extra.append(_("withdrawn {withdrawn}", lang).format(withdrawn=self.withdrawn))
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
        raise InvalidInput(Message("Choose at least one purpose of the consent."), "purposes")
    unknown = [p for p in purposes if p not in purpose_codes()]
    if unknown:
        raise InvalidInput(Message("Unknown purpose of consent: {value}.", value=', '.join(unknown)), "purposes")
    if not (fields.get("org_ids") or [n for n in fields.get("party_names") or [] if n.strip()]):
        raise InvalidInput(Message("Name at least one party the consent covers."), "parties")
    given = fields.get("given_on")
    if not isinstance(given, date):
        raise InvalidInput(Message("Enter the date the consent was given."), "given_on")
    if given > _today():
        raise InvalidInput(Message("The date the consent was given cannot be in the future."), "given_on")
    if fields.get("method") not in METHODS:
        raise InvalidInput(Message("Choose how the consent was given."), "method")
    until = fields.get("valid_until")
    if until is not None and until < given:
        raise InvalidInput(Message("The validity cannot end before the consent was given."), "valid_until")


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

@operation("consents")
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


@operation("consents")
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


@operation("consents")
def mark_signed(store: Store, consent_id: str, signed_on: date | None = None) -> Consent:
    signed_on = signed_on or _today()
    if signed_on > _today():
        raise InvalidInput(Message("The signing date cannot be in the future."), "signed_on")
    with store.session() as s:
        consent = get_consent_in(s, consent_id)
        if signed_on < consent.given_on:
            given = consent.given_on
            day = "{}.{}.{}".format(given.day, given.month, given.year)
            raise InvalidInput(Message("The form cannot be signed before the consent was "
                                       "given ({day}).", day=day), "signed_on")
        consent.signed = True
        consent.signed_on = signed_on
        s.add(consent)
        store.audit(s, "change", client_id=consent.client_id, target=f"consent:{consent.id}",
                    fields=["signed"])
        return consent


def get_consent_in(session: Session, consent_id: str) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted_at is not None:
        raise InvalidInput(Message("The consent was not found."))
    return consent


@operation("consents", quiet="the consent being edited, from the consents tab that audited "
                             "the list")
def get_consent(store: Store, consent_id: str) -> Consent:
    with store.session() as s:
        return get_consent_in(s, consent_id)


@operation("consents")
def list_consents(store: Store, client_id: str) -> list[Consent]:
    with store.session() as s:
        _client(s, client_id)
        store.audit(s, "view", client_id=client_id, target="consents")
        return _consents(s, client_id)


@operation("consents")
def party_labels(store: Store, parties: list[str]) -> dict[str, str]:
    with store.session() as s:
        return {p: party_label(s, p) for p in parties}


def upcoming_meetings(session: Session, client_id: str, day: date) -> list[Meeting]:
    start = datetime.combine(day, time.min).astimezone(timezone.utc)
    return list(session.exec(select(Meeting).where(
        Meeting.client_id == client_id, Meeting.deleted_at.is_(None),
        Meeting.state == "planned", Meeting.starts_at >= start).order_by(Meeting.starts_at)))


@operation("consents")
def withdraw_consent(store: Store, consent_id: str, *, on: date, how: str,
                     notes: str | None = None) -> WithdrawalImpact:
    """Record a withdrawal; returns the upcoming meetings and the parties it affects."""
    if how not in METHODS:
        raise InvalidInput(Message("Choose how the consent was withdrawn."), "withdrawn_how")
    if on > _today():
        raise InvalidInput(Message("The date of withdrawal cannot be in the future."), "withdrawn_on")
    with store.session() as s:
        consent = get_consent_in(s, consent_id)
        if consent.withdrawn_on is not None:
            raise InvalidInput(Message("The consent has already been withdrawn."), "withdrawn_on")
        if on < consent.given_on:
            raise InvalidInput(Message("The withdrawal cannot be before the consent was given."),
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


@operation("consents")
def record_override(store: Store, client_id: str, *, party: str, purpose: str,
                    legal_basis: str, reason: str, on: date | None = None) -> ConsentOverride:
    """Proceed without consent where the law allows it: recorded and audited."""
    if purpose not in purpose_codes():
        raise InvalidInput(Message("Unknown purpose of consent."), "purpose")
    if not (legal_basis or "").strip():
        raise InvalidInput(Message("Record the legal basis (act and section)."), "legal_basis")
    if not (reason or "").strip():
        raise InvalidInput(Message("Record why this is done without consent."), "reason")
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
        reason, consent_id = diagnose(consents, lacking[0], purpose, day)
        raise ConsentMissing(client_id, purpose, lacking,
                             [party_label(session, p) for p in lacking], reason, consent_id)


@operation("consents",
           quiet="a yes/no check inside an operation that audits")
def check_consent(store: Store, client_id: str, parties: list[str], purpose: str,
                  day: date | None = None) -> None:
    """The same rule for a form that wants to warn before saving."""
    with store.session() as s:
        require_consent(s, client_id, parties, purpose, day or _today())


@operation("consents",
           quiet="a yes/no check inside sending the plan, which audits")
def check_plan_recipients(store: Store, client_id: str, parties: list[str],
                          day: date | None = None) -> None:
    """Raise ConsentMissing unless each party may receive and record the plan."""
    check_consent(store, client_id, parties, "plan_recording", day)


@operation("consents",
           quiet="which parties may receive a plan: part of sending the plan, which audits")
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


@operation("consents",
           quiet="shown in the consents tab beside list_consents, which audits")
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
