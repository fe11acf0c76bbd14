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
from tyokykytiimi.models.clients import Client
from tyokykytiimi.models.meetings import Invitee, Meeting
from tyokykytiimi.reports.document import build_pdf, format_date, para, styles, table
from tyokykytiimi.reports.labels import Labels, normalize_lang
from .. import clock

HELSINKI = ZoneInfo("Europe/Helsinki")

INVITE = Labels({
    "title": {"fi": "Kutsulista: verkostotapaaminen", "sv": "Inbjudningslista: nätverksmöte",
              "en": "Invitation list: network meeting"},
    "kind.first": {"fi": "Ensimmäinen verkostotapaaminen", "sv": "Första nätverksmötet",
                   "en": "First network meeting"},
    "kind.follow_up": {"fi": "Seurantatapaaminen", "sv": "Uppföljningsmöte",
                       "en": "Follow-up meeting"},
    "kind.closing": {"fi": "Päätöstapaaminen", "sv": "Avslutande möte", "en": "Closing meeting"},
    "kind.consultation": {"fi": "Konsultaatio (ilman asiakasta)",
                          "sv": "Konsultation (utan klienten)",
                          "en": "Consultation (without the client)"},
    "meeting": {"fi": "Tapaaminen", "sv": "Möte", "en": "Meeting"},
    "when": {"fi": "Aika", "sv": "Tid", "en": "When"},
    "where": {"fi": "Paikka", "sv": "Plats", "en": "Where"},
    "link": {"fi": "Etäyhteys", "sv": "Distansförbindelse", "en": "Remote link"},
    "client": {"fi": "Asiakas", "sv": "Klient", "en": "Client"},
    "agenda": {"fi": "Asialista", "sv": "Dagordning", "en": "Agenda"},
    "invitees": {"fi": "Kutsutut", "sv": "Inbjudna", "en": "Invitees"},
    "who": {"fi": "Kuka", "sv": "Vem", "en": "Who"},
    "organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "contact": {"fi": "Yhteystiedot", "sv": "Kontaktuppgifter", "en": "Contact"},
    "status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "pre": {"fi": "Ennakkoarvio", "sv": "Förhandsbedömning", "en": "Pre-assessment"},
    "pre.requested": {"fi": "pyydetty", "sv": "begärd", "en": "requested"},
    "pre.received": {"fi": "saatu", "sv": "mottagen", "en": "received"},
    "status.to_invite": {"fi": "kutsuttava", "sv": "ska bjudas in", "en": "to invite"},
    "status.invited": {"fi": "kutsuttu", "sv": "inbjuden", "en": "invited"},
    "status.accepted": {"fi": "tulossa", "sv": "kommer", "en": "accepted"},
    "status.declined": {"fi": "ei pääse", "sv": "förhindrad", "en": "declined"},
    "status.attended": {"fi": "osallistui", "sv": "deltog", "en": "attended"},
    "ik.client": {"fi": "Asiakas", "sv": "Klient", "en": "Client"},
    "ik.peer": {"fi": "Vertaistukihenkilö", "sv": "Kamratstödjare", "en": "Peer-support person"},
    "ik.case_manager": {"fi": "Asiakasvastaava", "sv": "Klientansvarig", "en": "Case manager"},
    "next": {"fi": "Seuraava tapaaminen", "sv": "Nästa möte", "en": "Next meeting"},
    "minutes_h": {"fi": "Muistio", "sv": "Minnesanteckningar", "en": "Minutes"},
    "pre_request": {
        "fi": "Pyydämme teitä arvioimaan etukäteen asiakkaan kokonaistilanteen omasta "
              "näkökulmastanne ja lähettämään arvionne suojatulla sähköpostilla ennen tapaamista.",
        "sv": "Vi ber er i förväg bedöma klientens helhetssituation ur ert perspektiv och skicka "
              "bedömningen med skyddad e-post före mötet.",
        "en": "Please assess the client's overall situation from your point of view beforehand "
              "and send your assessment by secure e-mail before the meeting."},
    "summary": {"fi": "Verkostotapaaminen ({initials})", "sv": "Nätverksmöte ({initials})",
                "en": "Network meeting ({initials})"},
    "greeting": {"fi": "Hei,", "sv": "Hej,", "en": "Hello,"},
    "invite_text": {
        "fi": "Kutsumme teidät asiakkaan {initials} verkostotapaamiseen {when}. Asiakas on "
              "antanut suostumuksensa tapaamiseen. Kalenterikutsu on liitteenä.",
        "sv": "Vi bjuder in er till ett nätverksmöte för klienten {initials} {when}. Klienten har "
              "gett sitt samtycke till mötet. Kalenderinbjudan är bifogad.",
        "en": "We invite you to a network meeting for the client {initials} on {when}. The "
              "client has consented to the meeting. The calendar invitation is attached."},
    "regards": {"fi": "Ystävällisin terveisin", "sv": "Med vänliga hälsningar",
                "en": "Kind regards"},
})


def initials(client: Client) -> str:
    return " ".join(f"{n.strip()[0]}." for n in (client.first_name, client.last_name)
                    if n and n.strip())


def local(when: dt.datetime) -> dt.datetime:
    return when.astimezone(HELSINKI)


def when_text(meeting: Meeting, lang: str = "fi") -> str:
    start = local(meeting.starts_at)
    end = start + dt.timedelta(minutes=meeting.duration_minutes)
    return (f"{format_date(start.date(), lang)} {formats.format_time(start.time(), lang)}"
            f"–{formats.format_time(end.time(), lang)}")


def _load(store, meeting_id: str):
    from tyokykytiimi.store.meetings import _invitees, _meeting
    from tyokykytiimi.store.settings import get_setting

    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        return (meeting, _invitees(s, meeting.id), s.get(Client, meeting.client_id),
                get_setting(s, "team_name"))


def _who(inv: Invitee, client: Client, code: str) -> str:
    if inv.kind == "client":
        return f"{INVITE.get('ik.client', code)} {initials(client)}"
    if inv.kind in ("peer", "case_manager") and not inv.name:
        return INVITE.get(f"ik.{inv.kind}", code)
    return inv.name or inv.organisation_name or ""


def write_invitation_list(target, *, meeting: Meeting, invitees: list[Invitee],
                          client: Client, team_name: str, lang: str = "fi",
                          printed: dt.date | None = None) -> None:
    code = normalize_lang(lang)

    def t(key: str, **fmt) -> str:
        return INVITE.get(key, code, **fmt)

    st = styles()
    facts = [[t("meeting"), t(f"kind.{meeting.kind}")], [t("when"), when_text(meeting, code)]]
    if meeting.place:
        facts.append([t("where"), meeting.place])
    if meeting.link:
        facts.append([t("link"), meeting.link])
    facts.append([t("client"), initials(client)])
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
    story += [Spacer(1, 2 * mm), para(t("pre_request"), st["Small"])]
    if meeting.minutes:
        story += [para(t("minutes_h"), st["H2"]), para(meeting.minutes, st["Body"])]
    if meeting.next_meeting_at:
        nxt = local(meeting.next_meeting_at)
        story.append(para(f"{t('next')}: {format_date(nxt.date(), code)} "
                          f"{formats.format_time(nxt.time(), code)}", st["Body"]))
    build_pdf(target, story, title=t("title"), subtitle=t(f"kind.{meeting.kind}") + " · "
              + when_text(meeting, code), team_name=team_name, lang=code, printed=printed)


def export_invitation_list(store, meeting_id: str, target, *, lang: str = "fi",
                           printed: dt.date | None = None) -> None:
    meeting, invitees, client, team = _load(store, meeting_id)
    write_invitation_list(target, meeting=meeting, invitees=invitees, client=client,
                          team_name=team, lang=lang, printed=printed)
    with store.session() as s:
        store.audit(s, "export", client_id=client.id, target=f"meeting:{meeting.id}",
                    document="invitation_list")


def meeting_ics(store, meeting_id: str, *, lang: str = "fi") -> bytes:
    """The meeting as an iCalendar file (RFC 5545) every calendar accepts."""
    from icalendar import Calendar, Event, vCalAddress, vText

    meeting, invitees, client, team = _load(store, meeting_id)
    code = normalize_lang(lang)
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
    parts = [INVITE.get(f"kind.{meeting.kind}", code), team]
    if meeting.link:
        parts.append(f"{INVITE.get('link', code)}: {meeting.link}")
    if meeting.agenda:
        parts.append(f"{INVITE.get('agenda', code)}:\n{meeting.agenda}")
    parts.append(INVITE.get("pre_request", code))
    ev.add("description", "\n\n".join(parts))
    for inv in invitees:
        if inv.email and inv.kind not in ("client",):
            who = vCalAddress(f"mailto:{inv.email}")
            who.params["cn"] = vText(inv.name or inv.organisation_name or inv.email)
            who.params["role"] = vText("REQ-PARTICIPANT")
            ev.add("attendee", who, encode=0)
    cal.add_component(ev)
    return cal.to_ical()


def export_ics(store, meeting_id: str, target, *, lang: str = "fi") -> None:
    from tyokykytiimi.store.atomic import write_atomic
    from pathlib import Path

    data = meeting_ics(store, meeting_id, lang=lang)
    write_atomic(Path(target), data, mode=0o644)
    meeting, _, client, _ = _load(store, meeting_id)
    with store.session() as s:
        store.audit(s, "export", client_id=client.id, target=f"meeting:{meeting.id}",
                    document="ics")


@dataclass
class MailDraft:
    to: list[str]
    subject: str
    body: str

    @property
    def url(self) -> str:
        return (f"mailto:{','.join(quote(a, safe='@') for a in self.to)}"
                f"?subject={quote(self.subject)}&body={quote(self.body)}")


def mail_draft(store, meeting_id: str, *, lang: str = "fi") -> MailDraft:
    """A draft for the mail client: recipients, subject and body, initials only."""
    meeting, invitees, client, team = _load(store, meeting_id)
    code = normalize_lang(lang)
    ini = initials(client)
    lines = [INVITE.get("greeting", code), "",
             INVITE.get("invite_text", code, initials=ini, when=when_text(meeting, code)), ""]
    if meeting.place:
        lines.append(f"{INVITE.get('where', code)}: {meeting.place}")
    if meeting.link:
        lines.append(f"{INVITE.get('link', code)}: {meeting.link}")
    if meeting.agenda:
        lines += ["", f"{INVITE.get('agenda', code)}:", meeting.agenda]
    lines += ["", INVITE.get("pre_request", code), "", INVITE.get("regards", code), team]
    to = [i.email for i in invitees if i.email and i.kind not in ("client",)]
    return MailDraft(to=to, subject=INVITE.get("summary", code, initials=ini) + " "
                     + when_text(meeting, code), body="\n".join(lines))
