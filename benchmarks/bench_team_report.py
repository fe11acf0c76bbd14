"""Time the team report at benchmark size (default 10,000 demo clients).

    python benchmarks/bench_team_report.py [--clients N] [--runs R] [--in-place]

Uses make_dataset.py's database (built first if missing). By default it works
on a copy in a temporary folder, so a running program or another benchmark on
the shared data set is not disturbed and the audit entries a run writes stay
out of it. When the data set has no client feedback (built before the demo
made any), the copy gets one feedback form per three clients so that part of
the report is measured at size too.

Prints, for each period, the median of R runs of ``team_report`` (all tables,
every query) and of writing the PDF and the CSV files from its result.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_dataset import TODAY, build  # noqa: E402


def median_ms(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def add_feedback(store, clients: int) -> int:
    """One feedback form per three clients over the data set's last 540 days."""
    import sqlalchemy as sa

    from tyokykytiimi.models import feedback_form as ff
    from tyokykytiimi.models.feedback import Feedback
    defn = ff.definition()
    rng = random.Random(2026)
    with store.session() as s:
        ids = [r[0] for r in s.connection().execute(sa.text("select id from clients"))]
        rows = []
        for _ in range(clients // 3):
            anonymous = rng.random() < 0.3
            rows.append(Feedback(
                form_id=defn.id, form_version=defn.version,
                given_on=TODAY - timedelta(days=rng.randint(0, 540)),
                client_id=None if anonymous else rng.choice(ids),
                path_step=None if anonymous else rng.randint(1, 6),
                ratings=json.dumps({it.id: rng.choice([None, 2, 3, 4, 4, 5, 5])
                                    for it in defn.items}),
                free_text="" if rng.random() < 0.7 else "Kiitos."))
        s.add_all(rows)
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--in-place", action="store_true")
    args = ap.parse_args()

    from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER
    from tyokykytiimi.reports.team_report_csv import write_team_report_csv
    from tyokykytiimi.reports.team_report_pdf import write_team_report_pdf
    from tyokykytiimi.store import team_report as tr
    from tyokykytiimi.store.unlock import open_store

    source = build(args.clients)
    work = Path(tempfile.mkdtemp(prefix="bench_team_report_"))
    try:
        if args.in_place:
            data = source
        else:
            data = work / "data"
            data.mkdir()
            for name in ("tyokykytiimi.db", "keyslots.json", "device-id"):
                shutil.copy2(source / name, data / name)
        store = open_store(data, DEMO_USER, DEMO_PASSWORD)
        try:
            import sqlalchemy as sa
            with store.session() as s:
                counts = {t: s.connection().execute(sa.text(f"select count(*) from {t}")).scalar()
                          for t in ("clients", "path_events", "screenings", "meetings",
                                    "invitees", "answer_sets", "feedback")}
            if counts["feedback"] == 0 and not args.in_place:
                counts["feedback"] = add_feedback(store, counts["clients"])
                print(f"(no feedback in the data set: added {counts['feedback']} forms "
                      "to the copy)")
            print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            periods = {
                "last 12 months": tr.quick_periods(TODAY)["last_12_months"],
                "last year": tr.quick_periods(TODAY)["last_year"],
                "one quarter": tr.quick_periods(TODAY)["last_quarter"],
                "everything (2 years)": (TODAY - timedelta(days=730), TODAY),
            }
            t0 = time.perf_counter()
            tr.team_report(store, *periods["last 12 months"])
            print(f"first run (cold caches): {(time.perf_counter() - t0) * 1000:.0f} ms")
            for name, (start, end) in periods.items():
                ms, report = median_ms(lambda s=start, e=end: tr.team_report(store, s, e),
                                       args.runs)
                print(f"team_report, {name:21} {start}–{end}: median {ms:6.0f} ms "
                      f"({args.runs} runs)")
            report = tr.team_report(store, *periods["last 12 months"])
            out = work / "out"
            out.mkdir()
            ms, _ = median_ms(lambda: write_team_report_pdf(store, report, out / "r.pdf"),
                              args.runs)
            print(f"PDF (tables + charts), last 12 months: median {ms:.0f} ms, "
                  f"{(out / 'r.pdf').stat().st_size // 1024} kB")
            ms, _ = median_ms(lambda: write_team_report_csv(store, report, out), args.runs)
            print(f"CSV files + README, last 12 months: median {ms:.0f} ms")
            steps = {}
            import tyokykytiimi.store.team_report as mod
            start, end = periods["last 12 months"]
            with store.session() as s:
                conn = s.connection()
                for label, fn in (("referrals", lambda: mod._referrals(conn, start, end, "fi")),
                                  ("active by step", lambda: mod._active_by_step(conn, end,
                                                                                 "fi")),
                                  ("closings", lambda: mod._closings(conn, start, end, "fi")),
                                  ("PROM change", lambda: mod._prom_change(conn, start, end,
                                                                           "fi")),
                                  ("follow-ups", lambda: mod._followups(conn, start, end,
                                                                        "fi")),
                                  ("feedback", lambda: mod._feedback(conn, start, end, "fi"))):
                    steps[label] = median_ms(fn, args.runs)[0]
            steps["network"] = median_ms(lambda: mod._network(store, start, end, "fi"),
                                         args.runs)[0]
            print("per table, last 12 months: " + ", ".join(f"{k} {v:.0f} ms"
                                                             for k, v in steps.items()))
        finally:
            store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
