"""Write every paper the team hands out, from a demo database, in fi, sv and en.

    .venv/bin/python tools/papers.py OUT [--clients N]

OUT/<lang>/ gets the consent form, the invitation list, the .ics and the mail
draft, the parties' plan, the client's plan, both measures summaries, the
access export, the team report and the recovery sheet, for a few demo clients
that have each kind of record. Used to look at every page (pdftoppm) and by
tests/reports/test_no_split_tokens.py, which reads every PDF back.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

LANGS = ("fi", "sv", "en")


def pick_clients(store, n: int = 2) -> dict[str, list[str]]:
    """Demo clients that have a consent, a meeting, a plan and measures."""
    from sqlmodel import select

    from tyokykytiimi.models.consents import Consent
    from tyokykytiimi.models.measures import AnswerSet
    from tyokykytiimi.models.meetings import Meeting
    from tyokykytiimi.models.plans import PlanVersion

    with store.session() as s:
        consents = [c for c in s.exec(select(Consent).order_by(Consent.given_on))]
        meetings = [m for m in s.exec(select(Meeting).order_by(Meeting.starts_at))]
        plans = [v for v in s.exec(select(PlanVersion).order_by(PlanVersion.number.desc()))]
        answered = {a.client_id for a in s.exec(select(AnswerSet))}
    with_plan = {v.client_id for v in plans}
    rich = [m.client_id for m in meetings if m.client_id in with_plan and m.client_id in answered]
    chosen = list(dict.fromkeys(rich))[:n] or list(dict.fromkeys(with_plan))[:n]
    return {
        "clients": chosen,
        "consents": [next(c.id for c in consents if c.client_id == cid)
                     for cid in chosen if any(c.client_id == cid for c in consents)],
        "meetings": [next(m.id for m in meetings if m.client_id == cid)
                     for cid in chosen if any(m.client_id == cid for m in meetings)],
        "versions": [next(v.id for v in plans if v.client_id == cid) for cid in chosen],
    }


def write_all(store, out: Path, langs=LANGS, n_clients: int = 2,
              printed: dt.date | None = None) -> list[Path]:
    """Every paper for a few demo clients in each language; returns the files written."""
    from tyokykytiimi.reports import (client_plan_pdf, consent_form, invitation,
                                      measures_summary, plan_pdf, recovery_key)
    from tyokykytiimi.reports.access_export_pdf import write_access_pdf
    from tyokykytiimi.reports.team_report_pdf import write_team_report_pdf
    from tyokykytiimi.store import access_export, plans, team_report
    from tyokykytiimi.store.settings import get_setting

    picked = pick_clients(store, n_clients)
    written: list[Path] = []
    today = printed or dt.date.today()
    for lang in langs:
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)

        def path(name: str) -> Path:
            p = folder / name
            written.append(p)
            return p

        for i, cid in enumerate(picked["consents"]):
            consent_form.export_consent_form(store, cid, path(f"consent-{i}.pdf"), lang=lang,
                                             printed=today)
        for i, mid in enumerate(picked["meetings"]):
            invitation.export_invitation_list(store, mid, path(f"invitation-{i}.pdf"),
                                              lang=lang, printed=today)
            invitation.export_ics(store, mid, path(f"meeting-{i}.ics"), lang=lang)
            draft = invitation.mail_draft(store, mid, lang=lang)
            path(f"mail-{i}.txt").write_text(
                "To: " + ", ".join(draft.to) + "\nBcc: " + ", ".join(draft.bcc)
                + "\nSubject: " + draft.subject + "\n\n" + draft.body, encoding="utf-8")
        for i, vid in enumerate(picked["versions"]):
            doc = plans.plan_document(store, vid)
            plan_pdf.write_plan_pdf(doc, path(f"plan-parties-{i}.pdf"), lang=lang,
                                    printed=today)
            client_plan_pdf.write_client_plan_pdf(doc, path(f"plan-client-{i}.pdf"), lang=lang,
                                                  printed=today)
        for i, cid in enumerate(picked["clients"]):
            measures_summary.build_measures_summary(store, cid, path(f"measures-client-{i}.pdf"),
                                                    lang=lang, printed=today)
            if hasattr(measures_summary, "build_team_measures_summary"):
                measures_summary.build_team_measures_summary(
                    store, cid, path(f"measures-team-{i}.pdf"), lang=lang, printed=today)
            data = access_export.collect(store, cid)
            write_access_pdf(data, path(f"access-{i}.pdf"), lang=lang)
        report = team_report.team_report(store, today - dt.timedelta(days=365), today, lang=lang)
        write_team_report_pdf(store, report, path("team-report.pdf"), printed=today)
        with store.session() as s:
            team = get_setting(s, "team_name")
        recovery_key.write_recovery_sheet(path("recovery.pdf"), team_name=team,
                                          recovery_key="ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567",
                                          created=today, lang=lang, printed=today)
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--clients", type=int, default=30)
    ap.add_argument("--data-dir", type=Path)
    args = ap.parse_args(argv)
    from tyokykytiimi.demo.generator import create_demo

    data = args.data_dir or args.out / "db"
    store = create_demo(data, n_clients=args.clients)
    try:
        for p in write_all(store, args.out):
            print(p)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
