"""What goes out when the coordinator convenes a network meeting.

- the invitation list as PDF: who, organisation, role, contact, status and
  the pre-assessment marks;
- an iCalendar (.ics) file of the meeting, built with ``icalendar``;
- a draft message for the default mail client (a ``mailto:`` address).

The outgoing invitation (.ics, e-mail) carries no henkilötunnus and names the
client only by initials; the list PDF stays with the team and is marked
confidential.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from tyokykytiimi import formats
from tyokykytiimi.i18n import _
from tyokykytiimi.models.clients import Client
from tyokykytiimi.models.meetings import Invitee, Meeting
from tyokykytiimi.reports.document import build_pdf, format_date, para, styles, table
from tyokykytiimi.reports.labels import C_, Labels, normalize_lang
from .. import clock

HELSINKI = ZoneInfo("Europe/Helsinki")  # the default of the team's time-zone setting

INVITE = Labels({
    "title": C_("invitation", "Invitation list: network meeting"),
    "kind.first": C_("invitation", "First network meeting"),
    "kind.follow_up": C_("invitation", "Follow-up meeting"),
    "kind.closing": C_("invitation", "Closing meeting"),
    "kind.consultation": C_("invitation", "Consultation (without the client)"),
    "meeting": C_("invitation", "Meeting"),
    "when": C_("invitation", "When"),
    "where": C_("invitation", "Where"),
    "link": C_("invitation", "Remote link"),
    "client": C_("invitation", "Client"),
    "agenda": C_("invitation", "Agenda"),
    "invitees": C_("invitation", "Invitees"),
    "who": C_("invitation", "Who"),
    "organisation": C_("invitation", "Organisation"),
    "role": C_("invitation", "Role"),
    "contact": C_("invitation", "Contact"),
    "status": C_("invitation", "Status"),
    "pre": C_("invitation", "Pre-assessment"),
    "pre.requested": C_("invitation", "requested"),
    "pre.received": C_("invitation", "received"),
    "status.to_invite": C_("invitation", "to invite"),
    "status.invited": C_("invitation", "invited"),
    "status.accepted": C_("invitation", "accepted"),
    "status.declined": C_("invitation", "declined"),
    "status.attended": C_("invitation", "attended"),
    "ik.client": C_("invitation", "Client"),
    "ik.peer": C_("invitation", "Peer-support person"),
    "ik.case_manager": C_("invitation", "Case manager"),
    "next": C_("invitation", "Next meeting"),
    "minutes_h": C_("invitation", "Minutes"),
    "pre_request": C_("invitation", "Please assess the client's overall situation from your "
                                    "point of view beforehand and send your assessment by "
                                    "secure e-mail before the meeting."),
    "summary": C_("invitation", "Network meeting ({initials})"),
    "greeting": C_("invitation", "Hello,"),
    "invite_text": C_("invitation", "We invite you to a network meeting for the client "
                                    "{initials} on {when}. The client has consented to the "
                                    "meeting. The calendar invitation is attached."),
    "regards": C_("invitation", "Kind regards"),
})


def initials(client: Client) -> str:
    return " ".join(f"{n.strip()[0]}." for n in (client.first_name, client.last_name)
                    if n and n.strip())


def local(when: dt.datetime) -> dt.datetime:
    """A meeting time in the team's time zone (a team setting; Helsinki by default)."""
    return formats.local_time(when)


def zone_text(when: dt.datetime, lang: str) -> str:
    """The time zone named for the reader, e.g. "Suomen aikaa (Europe/Helsinki)"."""
    zone = formats.time_zone()
    if getattr(zone, "key", "") == "Europe/Helsinki":
        return _("Finnish time", lang=lang)
    return getattr(zone, "key", "") or local(when).tzname() or ""


def when_text(meeting: Meeting, lang: str = "fi", *, zone: bool = False) -> str:
    """"1.12.2026 10.00–11.30", with ``zone`` followed by the time zone's name."""
    start = local(meeting.starts_at)
    end = start + dt.timedelta(minutes=meeting.duration_minutes)
    text = (f"{format_date(start.date(), lang)} {formats.format_time(start.time(), lang)}"
            f"–{formats.format_time(end.time(), lang)}")
    return f"{text} ({zone_text(meeting.starts_at, lang)})" if zone else text


def is_held(meeting: Meeting, now: dt.datetime | None = None) -> bool:
    """Held (or over): no pre-assessment is asked "beforehand" any more."""
    now = now or clock.utcnow()
    return meeting.state in ("held", "cancelled") or meeting.starts_at <= now


@dataclass
class _Loaded:
    meeting: Meeting
    invitees: list
    client: Client
    team: str
    organiser: object  # store.contacts.Reach of the coordinator
    team_reach: object  # store.contacts.Reach of the team


def _load(store, meeting_id: str):
    from tyokykytiimi.store.contacts import coordinator, staff_reach, team_reach, team_zone
    from tyokykytiimi.store.meetings import _invitees, _meeting
    from tyokykytiimi.store.settings import get_setting
    from tyokykytiimi.models.users import User

    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        formats.set_time_zone(team_zone(s))
        creator = s.get(User, meeting.created_by) if meeting.created_by else None
        organiser = (staff_reach(s, creator.id) if creator is not None
                     and creator.role == "coordinator" else coordinator(s))
        return _Loaded(meeting, _invitees(s, meeting.id), s.get(Client, meeting.client_id),
                       get_setting(s, "team_name"), organiser, team_reach(s))


def reader_language(store, meeting_id: str) -> str:
    """The client's recorded language: the default of every paper about their meeting."""
    from tyokykytiimi.store.meetings import _meeting
    with store.session() as s:
        client = s.get(Client, _meeting(s, meeting_id).client_id)
        return normalize_lang(client.language if client else None)


def pre_request_text(loaded: "_Loaded", code: str) -> str:
    """Where to send the pre-assessment (the organiser's, else the team's e-mail)."""
    email = loaded.organiser.email or loaded.team_reach.email
    if email:
        return _("Please assess the client's overall situation from your point of view "
                 "beforehand and send your assessment by secure e-mail to {email} before "
                 "the meeting.", lang=code).format(email=email)
    return INVITE.get("pre_request", code)


def organiser_text(loaded: "_Loaded", code: str, sep: str = ", ") -> str:
    reach = loaded.organiser if not loaded.organiser.empty else loaded.team_reach
    name = loaded.organiser.name or loaded.team
    return sep.join([name] + [p.replace("\n", ", ") for p in reach.parts()])


def _who(inv: Invitee, client: Client, code: str) -> str:
    if inv.kind == "client":
        return f"{INVITE.get('ik.client', code)} {initials(client)}"
    if inv.kind in ("peer", "case_manager") and not inv.name:
        return INVITE.get(f"ik.{inv.kind}", code)
    return inv.name or inv.organisation_name or ""


def write_invitation_list(target, *, meeting: Meeting, invitees: list[Invitee],
                          client: Client, team_name: str, lang: str = "fi",
                          printed: dt.date | None = None, loaded: "_Loaded | None" = None
                          ) -> None:
    code = normalize_lang(lang)

    def t(key: str, **fmt) -> str:
        return INVITE.get(key, code, **fmt)

    st = styles()
    facts = [[t("meeting"), t(f"kind.{meeting.kind}")],
             [t("when"), when_text(meeting, code, zone=True)]]
    if meeting.place:
        facts.append([t("where"), meeting.place])
    if meeting.link:
        facts.append([t("link"), meeting.link])
    facts.append([t("client"), initials(client)])
    if loaded is not None:
        facts.append([_("Organiser", lang=code), organiser_text(loaded, code)])
    story = [table(facts, col_widths=[0.25, 0.75], header=False)]
    if meeting.agenda:
        story += [para(t("agenda"), st["H2"]), para(meeting.agenda, st["Body"])]
    rows = [[t("who"), t("organisation"), t("role"), t("contact"), t("status")]]
    for inv in invitees:
        role = inv.role or inv.title or ""
        if inv.kind in ("peer", "case_manager") and inv.name:
            role = role or t(f"ik.{inv.kind}")
        contact = "\n".join(x for x in (inv.phone, inv.email) if x)
        pre = ", ".join(t(k) for k, on in (("pre.requested", inv.pre_assessment_requested),
                                           ("pre.received", inv.pre_assessment_received)) if on)
        status = t(f"status.{inv.status}") + (f"\n{t('pre')}: {pre}" if pre else "")
        rows.append([_who(inv, client, code), inv.organisation_name or "", role, contact,
                     status])
    story += [para(t("invitees"), st["H2"]),
              table(rows, col_widths=[0.17, 0.19, 0.15, 0.31, 0.18])]
    if not is_held(meeting):
        text = pre_request_text(loaded, code) if loaded is not None else t("pre_request")
        story += [Spacer(1, 2 * mm), para(text, st["Small"])]
    if meeting.minutes:
        story += [para(t("minutes_h"), st["H2"]), para(meeting.minutes, st["Body"])]
    if meeting.next_meeting_at:
        nxt = local(meeting.next_meeting_at)
        story.append(para(f"{t('next')}: {format_date(nxt.date(), code)} "
                          f"{formats.format_time(nxt.time(), code)} "
                          f"({zone_text(nxt, code)})", st["Body"]))
    # The kind is in the facts table; the subtitle gives only the time.
    build_pdf(target, story, title=t("title"), subtitle=when_text(meeting, code, zone=True),
              team_name=team_name, lang=code, printed=printed)


def export_invitation_list(store, meeting_id: str, target, *, lang: str | None = None,
                           printed: dt.date | None = None) -> None:
    """The list in ``lang``; by default in the client's recorded language."""
    code = normalize_lang(lang or reader_language(store, meeting_id))
    ld = _load(store, meeting_id)
    write_invitation_list(target, meeting=ld.meeting, invitees=ld.invitees, client=ld.client,
                          team_name=ld.team, lang=code, printed=printed, loaded=ld)
    with store.session() as s:
        store.audit(s, "export", client_id=ld.client.id, target=f"meeting:{ld.meeting.id}",
                    document="invitation_list", lang=code)


def ics_recipients(invitees) -> list[str]:
    return [i.email for i in invitees if i.email and i.kind not in ("client",)]


def meeting_ics(store, meeting_id: str, *, lang: str | None = None) -> bytes:
    """The meeting as an iCalendar file (RFC 5545) every calendar accepts.

    Times are UTC instants (every calendar shows them in its own zone); the
    description names the time in the team's zone too. ORGANIZER is the
    coordinator, where the pre-assessments are sent.
    """
    from icalendar import Calendar, Event, vCalAddress, vText

    code = normalize_lang(lang or reader_language(store, meeting_id))
    ld = _load(store, meeting_id)
    meeting, invitees, client, team = ld.meeting, ld.invitees, ld.client, ld.team
    cal = Calendar()
    cal.add("prodid", "-//Tyokykytiimi//Network meeting//FI")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    ev = Event()
    ev.add("uid", f"{meeting.id}@tyokykytiimi")
    ev.add("dtstamp", clock.utcnow().replace(microsecond=0))
    ev.add("dtstart", meeting.starts_at.astimezone(dt.timezone.utc))
    ev.add("dtend", (meeting.starts_at + dt.timedelta(minutes=meeting.duration_minutes))
           .astimezone(dt.timezone.utc))
    ev.add("sequence", meeting.ics_sequence)
    ev.add("status", "CANCELLED" if meeting.state == "cancelled" else "CONFIRMED")
    ev.add("summary", INVITE.get("summary", code, initials=initials(client)))
    if meeting.place or meeting.link:
        ev.add("location", meeting.place or meeting.link)
    if meeting.link:
        ev.add("url", meeting.link)
    parts = [INVITE.get(f"kind.{meeting.kind}", code) + ", " + when_text(meeting, code, zone=True),
             _("Organiser", lang=code) + ": " + organiser_text(ld, code)]
    if meeting.link:
        parts.append(f"{INVITE.get('link', code)}: {meeting.link}")
    if meeting.agenda:
        parts.append(f"{INVITE.get('agenda', code)}:\n{meeting.agenda}")
    if not is_held(meeting):
        parts.append(pre_request_text(ld, code))
    ev.add("description", "\n\n".join(parts))
    org_email = ld.organiser.email or ld.team_reach.email
    if org_email:
        organizer = vCalAddress(f"mailto:{org_email}")
        organizer.params["cn"] = vText(ld.organiser.name or team)
        ev.add("organizer", organizer, encode=0)
    for inv in invitees:
        if inv.email and inv.kind not in ("client",):
            who = vCalAddress(f"mailto:{inv.email}")
            who.params["cn"] = vText(inv.name or inv.organisation_name or inv.email)
            who.params["role"] = vText("REQ-PARTICIPANT")
            ev.add("attendee", who, encode=0)
    cal.add_component(ev)
    return cal.to_ical()


def export_ics(store, meeting_id: str, target, *, lang: str | None = None) -> None:
    """Write the .ics; the audit entry names its recipients (a disclosure)."""
    from tyokykytiimi.store.atomic import write_atomic
    from pathlib import Path

    code = normalize_lang(lang or reader_language(store, meeting_id))
    data = meeting_ics(store, meeting_id, lang=code)
    write_atomic(Path(target), data, mode=0o644)
    ld = _load(store, meeting_id)
    with store.session() as s:
        store.audit(s, "export", client_id=ld.client.id, target=f"meeting:{ld.meeting.id}",
                    document="ics", lang=code, recipients=_recipient_parties(ld.invitees))


def _recipient_parties(invitees) -> list[str]:
    """Who received it, as the audit names them: organisation or person, never an address."""
    out = []
    for i in invitees:
        if i.email and i.kind not in ("client",):
            out.append(i.organisation_id or i.contact_id or i.user_id or i.name or "")
    return sorted(x for x in out if x)


@dataclass
class MailDraft:
    """One message: ``to`` sees every address in it; ``bcc`` nobody sees."""

    to: list[str]
    subject: str
    body: str
    bcc: list[str] = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.bcc is None:
            self.bcc = []

    @property
    def url(self) -> str:
        query = f"subject={quote(self.subject)}&body={quote(self.body)}"
        if self.bcc:
            query = f"bcc={','.join(quote(a, safe='@') for a in self.bcc)}&" + query
        return f"mailto:{','.join(quote(a, safe='@') for a in self.to)}?{query}"


MAIL_MODES = ("bcc", "separate")


def mail_drafts(store, meeting_id: str, *, lang: str | None = None,
                mode: str = "bcc") -> list[MailDraft]:
    """Drafts that never show one recipient to another.

    ``bcc``: one message to the organiser with every invitee as a blind copy;
    ``separate``: one message per invitee. The body says which, and the drafts
    are audited with their recipients (a disclosure of the meeting).
    """
    if mode not in MAIL_MODES:
        raise ValueError(mode)
    code = normalize_lang(lang or reader_language(store, meeting_id))
    ld = _load(store, meeting_id)
    recipients = ics_recipients(ld.invitees)
    own = ld.organiser.email or ld.team_reach.email
    if mode == "separate":
        note = _("Each invitee receives this message separately; the other recipients are "
                 "not shown.", lang=code)
        drafts = [_draft(ld, code, [r], [], note) for r in recipients]
    else:
        note = _("This message is sent to every invitee as a blind copy: the recipients do "
                 "not see each other.", lang=code)
        drafts = [_draft(ld, code, [own] if own else [], recipients, note)]
    with store.session() as s:
        store.audit(s, "export", client_id=ld.client.id, target=f"meeting:{ld.meeting.id}",
                    document="mail_draft", lang=code, mode=mode,
                    recipients=_recipient_parties(ld.invitees))
    return drafts


def mail_draft(store, meeting_id: str, *, lang: str | None = None) -> MailDraft:
    """The invitation as one message with the invitees as blind copies (see mail_drafts)."""
    return mail_drafts(store, meeting_id, lang=lang, mode="bcc")[0]


def _draft(ld: "_Loaded", code: str, to: list[str], bcc: list[str], note: str) -> MailDraft:
    """A draft for the mail client: subject and body, the client by initials only."""
    meeting, invitees, client, team = ld.meeting, ld.invitees, ld.client, ld.team
    ini = initials(client)
    lines = [INVITE.get("greeting", code), "",
             INVITE.get("invite_text", code, initials=ini,
                        when=when_text(meeting, code, zone=True)), ""]
    if meeting.place:
        lines.append(f"{INVITE.get('where', code)}: {meeting.place}")
    if meeting.link:
        lines.append(f"{INVITE.get('link', code)}: {meeting.link}")
    if meeting.agenda:
        lines += ["", f"{INVITE.get('agenda', code)}:", meeting.agenda]
    if not is_held(meeting):
        lines += ["", pre_request_text(ld, code)]
    lines += ["", INVITE.get("regards", code), organiser_text(ld, code, sep="\n"), team,
              "", note]
    return MailDraft(to=to, bcc=bcc, subject=INVITE.get("summary", code, initials=ini) + " "
                     + when_text(meeting, code), body="\n".join(lines))
