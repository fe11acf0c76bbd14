"""The consent form the client signs, pre-filled from a recorded consent.

Finnish by default, Swedish and English selectable. It names the client (the
form is the client's own declaration, so name and henkilötunnus belong on it),
ticks the purposes consented to out of the whole versioned list, lists the
parties, says how long the consent is valid and how to withdraw it, and ends
with signature and date lines for the client and for the team member who
received it.
"""
from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from tyokykytiimi.i18n import _

from tyokykytiimi.models.consents import load_purposes
from tyokykytiimi.models.servicemap import Organisation
from tyokykytiimi.reports.document import (Markup, build_pdf, checkbox_line, format_date, para,
                                           signature_lines, styles, table)
from tyokykytiimi.reports.labels import C_, COMMON, Labels, normalize_lang

CONSENT = Labels({
    "title": C_("consent form", "Consent to disclosure of information and multi-professional "
                                "cooperation"),
    "subtitle": C_("consent form", "Client's consent · completed and signed in two copies"),
    "client": C_("consent form", "Client"),
    "name": C_("consent form", "Name"),
    "hetu": C_("consent form", "Personal identity code"),
    "phone": C_("consent form", "Phone"),
    "purposes": C_("consent form", "What I consent to"),
    "purposes_hint": C_("consent form", "The ticked items apply. I do not consent to the items "
                                        "left unticked."),
    "parties": C_("consent form", "Parties the consent covers"),
    "party": C_("consent form", "Organisation or person"),
    "area": C_("consent form", "Area"),
    "the_team": C_("consent form", "and {team}"),
    "validity": C_("consent form", "Validity"),
    "valid_until": C_("consent form", "This consent is valid until {date} unless I withdraw it "
                                      "earlier."),
    "valid_open": C_("consent form", "This consent is valid until I withdraw it or my client "
                                     "relationship ends."),
    "given_on": C_("consent form", "Consent given on {date}."),
    "rights": C_("consent form", "My rights"),
    "rights_text": C_("consent form", "Giving consent is voluntary, and refusing does not "
                                      "prevent me from receiving services. I may withdraw or "
                                      "limit my consent at any time by telling the work-ability "
                                      "support team orally or in writing. Withdrawal does not "
                                      "affect information already disclosed before it. I have "
                                      "the right to know who has processed my information and "
                                      "to whom it has been disclosed."),
    "client_signs": C_("consent form", "Client's signature"),
    "received": C_("consent form", "Received by (team)"),
    "received_by": C_("consent form", "Receiver's signature and name in print"),
    "copies": C_("consent form", "One copy for the client, one for the team's records."),
})


def write_consent_form(target: str | os.PathLike | BinaryIO, *, team_name: str,
                       client_name: str, hetu: str | None, phone: str | None,
                       purposes: list[str], parties: list[tuple[str, str]],
                       given_on: dt.date | None, valid_until: dt.date | None,
                       lang: str = "fi", purposes_version: int = 1,
                       printed: dt.date | None = None, team_reach=None) -> None:
    """Build the form. ``parties`` are (name, area) pairs already in display form.

    ``team_reach`` (store.contacts.Reach) says where to withdraw the consent.
    """
    code = normalize_lang(lang)

    def t(key: str, **fmt) -> str:
        return CONSENT.get(key, code, **fmt)

    st = styles()
    story = [
        para(t("client"), st["H2"]),
        table([[t("name"), t("hetu"), t("phone")],
               [client_name, hetu or "", phone or ""]], col_widths=[0.45, 0.28, 0.27]),
        para(t("purposes"), st["H2"]),
        para(t("purposes_hint"), st["Small"]),
    ]
    yes, no = _("Yes", lang=code), _("No", lang=code)
    agreed, refused = [], []
    for p in load_purposes(purposes_version):
        on = p.code in purposes
        (agreed if on else refused).append(p.label_in(code))
        story.append(checkbox_line(Markup(f"<b>{_esc(p.label_in(code))}: {yes if on else no}"
                                          f"</b><br/>{_esc(p.text_in(code))}"), checked=on))
    rows = [[t("party"), t("area")]] + [[name, area or ""] for name, area in parties]
    rows.append([t("the_team", team=team_name), ""])
    story += [para(t("parties"), st["H2"]), table(rows, col_widths=[0.7, 0.3]),
              para(t("validity"), st["H2"])]
    validity = t("valid_until", date=format_date(valid_until, code)) if valid_until else t(
        "valid_open")
    if given_on:
        validity = t("given_on", date=format_date(given_on, code)) + " " + validity
    story.append(para(validity, st["Body"]))
    story += _data_section(code, team_name, team_reach)
    story += [para(t("rights"), st["H2"]), para(t("rights_text"), st["Body"])]
    # What is being signed stays on the page with the signature lines.
    summary = [_("I consent to: {items}.", lang=code).format(
        items="; ".join(agreed) if agreed else "–")]
    if refused:
        summary.append(_("I do not consent to: {items}.", lang=code).format(
            items="; ".join(refused)))
    story.append(KeepTogether([
        para(_("What I sign", lang=code), st["H2"]),
        para(" ".join(summary), st["Body"]),
        signature_lines([COMMON.get("place_and_date", code), t("client_signs"),
                         "", COMMON.get("name_clarification", code)], space_above=10 * mm,
                        keep=False),
        para(t("received"), st["H2"]),
        signature_lines([COMMON.get("place_and_date", code), t("received_by")],
                        space_above=10 * mm, keep=False),
        para(t("copies"), st["Small"]),
    ]))
    note = client_name + (f" · {t('hetu')} {hetu}" if hetu else "")
    build_pdf(target, story, title=t("title"), subtitle=t("subtitle"), team_name=team_name,
              lang=code, confidential=True, printed=printed, page_note=note)


def _data_section(code: str, team_name: str, reach) -> list:
    """Who holds the data, which data, for how long, and how to withdraw."""
    from tyokykytiimi.models.clients import RETENTION_YEARS

    st = styles()
    holder = team_name
    if reach is not None and reach.address:
        holder += ", " + reach.address.replace("\n", ", ")
    rows = [
        [_("Who holds my data", lang=code), holder],
        [_("Which data", lang=code), _(
            "My contact details, the notes of the team's meetings with me, my plan, the "
            "measures I have filled in, and what the parties tell the team with my "
            "consent.", lang=code)],
        [_("For how long", lang=code), _(
            "The consent lasts as written above. My client records are kept for {n} years "
            "after my client relationship ends, as the law requires.",
            lang=code).format(n=RETENTION_YEARS)],
    ]
    how = _("Tell the team orally or in writing.", lang=code)
    if reach is not None and not reach.empty:
        how += " " + ", ".join(p.replace("\n", ", ") for p in reach.parts())
    rows.append([_("How to withdraw", lang=code), how])
    # A short table under its heading moves whole rather than split its rows.
    return [KeepTogether([para(_("My data", lang=code), st["H2"]),
                          table(rows, col_widths=[0.28, 0.72], header=False)])]


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape
    return escape(text)


def export_consent_form(store, consent_id: str, target, *, lang: str | None = None,
                        printed: dt.date | None = None) -> None:
    """The form for a recorded consent, written to ``target``; the export is audited."""
    from tyokykytiimi.models.clients import Client
    from tyokykytiimi.store.consents import get_consent_in, party_label
    from tyokykytiimi.store.contacts import team_reach
    from tyokykytiimi.store.settings import get_setting

    with store.session() as s:
        consent = get_consent_in(s, consent_id)
        client = s.get(Client, consent.client_id)
        team = get_setting(s, "team_name")
        parties = []
        for org_id in consent.org_id_list:
            org = s.get(Organisation, org_id)
            parties.append((org.name, org.area or "") if org else (party_label(s, org_id), ""))
        parties += [(n, "") for n in consent.party_name_list]
        # The client's own paper: in the client's recorded language unless chosen.
        lang = normalize_lang(lang or client.language)
        write_consent_form(target, team_name=team, client_name=client.full_name,
                           hetu=client.hetu or client.temporary_id, phone=client.phone,
                           purposes=consent.purpose_list, parties=parties,
                           given_on=consent.given_on, valid_until=consent.valid_until,
                           lang=lang, purposes_version=consent.purposes_version,
                           printed=printed, team_reach=team_reach(s))
        store.audit(s, "export", client_id=client.id, target=f"consent:{consent.id}",
                    document="consent_form", lang=normalize_lang(lang))
