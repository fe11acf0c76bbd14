"""Demo measures: baselines for most clients, follow-ups with modest change,
some late or missing; a few AUDIT/GAD-7/BDI and situation pictures.

Bulk-inserted in one session, no per-row audit (fast at 10,000 clients).
"""
from __future__ import annotations

import json
from datetime import timedelta

from ..models.due import followup_window
from ..models.instruments import score
from ..models.measures import AnswerSet, SafetyFlag


def _clip(v, lo, hi):
    return max(lo, min(hi, v))


def populate(ctx) -> None:
    rng, today = ctx.rng, ctx.today
    rows, flags = [], []

    def add(client, inst, answers, tp, on, *, safety=None, in_window=None):
        s = score(inst, answers, safety_answer=safety) if inst != "situation" else None
        row = AnswerSet(client_id=client.id, instrument_id=inst, instrument_version=1,
                        time_point=tp, answered_on=on, answers=json.dumps(answers),
                        total_only=bool(s and s.total_only), safety_answer=safety,
                        total=s.total if s else None,
                        complete=s.complete if s else True, in_window=in_window,
                        created_by=ctx.users.get("hanna"), updated_by=ctx.users.get("hanna"))
        rows.append(row)
        for code in (s.flags if s else ()):
            flags.append(SafetyFlag(client_id=client.id, answer_set_id=row.id, code=code,
                                    raised_on=on))

    for client in ctx.clients:
        start = getattr(client, "started_on", None)
        if start is None or start > today or rng.random() < 0.12:
            continue  # baseline not entered (yet)
        on = start + timedelta(days=rng.choice([0, 0, 0, 2, 7, 21]))
        if on > today:
            on = today
        level = rng.uniform(-1.5, 1.5)
        was = _clip(round(5 + level * 1.5 + rng.gauss(0, 1)), 0, 10)
        inc = [_clip(round(3 + level * 0.5 + rng.gauss(0, 0.7)), 1, 5) for _ in range(10)]
        d10 = [_clip(round(5 + level + rng.gauss(0, 1.5)), 0, 10) for _ in range(10)]
        if rng.random() < 0.05:
            inc[rng.randrange(10)] = None  # one unanswered statement
        add(client, "was", [was], "baseline", on)
        add(client, "inclusion", inc, "baseline", on)
        add(client, "3x10d", d10, "baseline", on)
        if rng.random() < 0.08:
            add(client, "audit", [rng.choice([0, 1, 2, 3]) for _ in range(8)]
                + [rng.choice([0, 2]) for _ in range(2)], "baseline", on)
        if rng.random() < 0.08:
            add(client, "gad7", [rng.randint(0, 3) for _ in range(7)], "baseline", on)
        if rng.random() < 0.05:
            add(client, "bdi2", [rng.randint(5, 35)], "baseline", on,
                safety=rng.random() < 0.2)
        first, target, last = followup_window(start)
        if target > today or rng.random() < 0.15:
            continue  # not yet due, or missing
        fon = target + timedelta(days=rng.choice([-10, -3, 0, 0, 4, 9, 25]))
        if fon > today:
            if last >= today:
                continue  # still in window, not entered yet
            fon = today
        gain = rng.gauss(0.6, 1.0)
        was2 = _clip(round(was + gain * 1.5), 0, 10)
        inc2 = [None if v is None else _clip(round(v + gain * 0.3 + rng.gauss(0, 0.4)), 1, 5)
                for v in inc]
        d102 = [_clip(round(v + gain + rng.gauss(0, 1)), 0, 10) for v in d10]
        inside = first <= fon <= last
        add(client, "was", [was2], "followup", fon, in_window=inside)
        add(client, "inclusion", inc2, "followup", fon, in_window=inside)
        add(client, "3x10d", d102, "followup", fon, in_window=inside)
        if rng.random() < 0.03:
            st = [rng.randint(0, 3) for _ in range(12)]
            now = [_clip(v + rng.randint(0, 2), 0, 5) for v in st]
            tg = [_clip(v + rng.randint(0, 2), 0, 5) for v in now]
            add(client, "situation", {"start": st, "now": now, "target": tg}, "other", fon)
    with ctx.store.session() as s:
        s.add_all(rows)
        s.flush()
        s.add_all(flags)
