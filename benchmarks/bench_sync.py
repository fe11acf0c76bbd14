"""Team sync at size: joining, one exchange, and half a year of ten workstations.

    python benchmarks/bench_sync.py [--clients N] [--weeks W] [--stations S]

1. Join a team of N clients (default 10,000, make_dataset.py's data set, on a
   copy): approve (snapshot, encrypt, sign, write the welcome) and complete the
   join (decrypt, build the database, sign in), against a plain
   ``sqlcipher_export`` of the same database (the floor, as backups make it):
   time, bytes and the ratio.
2. One exchange carrying 100 edits on that pair: sending and receiving time,
   bytes per edit (each edit also carries its audit entry).
3. S workstations (default 10) × W weeks (default 26) on a 200-client team, each
   making 10 edits and syncing once a week, one workstation away the whole time:
   folder size before and after clean-up, and the returning workstation's
   catch-up time. Argon2 is cheapened in this part (it measures sync, not
   sign-in).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_dataset import build  # noqa: E402


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def join_benchmark(clients: int, tmp: Path) -> dict:
    from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER
    from tyokykytiimi.store import backup
    from tyokykytiimi.store.sync import devices, digest
    from tyokykytiimi.store.unlock import db_path, open_store
    source = build(clients)
    team = tmp / "team"
    shutil.copytree(source, team, ignore=shutil.ignore_patterns("*.lock", "backups"))
    folder = tmp / "shared"
    folder.mkdir()
    a = open_store(team, DEMO_USER, DEMO_PASSWORD)
    devices.enable(a, folder, "A")
    t0 = time.perf_counter()
    backup._export(db_path(team), a.key, tmp / "floor.db")
    floor_s = time.perf_counter() - t0
    floor_bytes = (tmp / "floor.db").stat().st_size
    fp = devices.request_join(tmp / "b", folder, DEMO_USER, DEMO_PASSWORD, "B")
    t0 = time.perf_counter()
    devices.approve(a, fp)
    approve_s = time.perf_counter() - t0
    welcome = size(folder / "join")
    t0 = time.perf_counter()
    b = devices.complete_join(tmp / "b", DEMO_USER, DEMO_PASSWORD)
    complete_s = time.perf_counter() - t0
    same = digest.content_digest(a) == digest.content_digest(b)
    join_s = approve_s + complete_s
    print(f"join {clients} clients: approve {approve_s:.1f} s + complete {complete_s:.1f} s "
          f"= {join_s:.1f} s; welcome {mb(welcome)}; same digest: {same}")
    print(f"  floor sqlcipher_export: {floor_s:.1f} s, {mb(floor_bytes)}; "
          f"ratio time {join_s / floor_s:.1f}x, bytes {welcome / floor_bytes:.2f}x")
    return {"a": a, "b": b, "folder": folder}


def exchange_benchmark(a, b, folder: Path) -> None:
    from tyokykytiimi.store import clients as cs
    from tyokykytiimi.store.sync import bundle, exchange
    exchange.sync_now(a)
    exchange.sync_now(b)
    exchange.sync_now(a)
    rows = cs.client_rows(a, audit=False)[:100]
    for n, row in enumerate(rows):
        cs.update_client(a, row.id, phone=f"040 {n:07d}")
    before = {p for _f, _l, p in bundle.bundles(folder, a.device_id)}
    t0 = time.perf_counter()
    exchange.sync_now(a)
    send_s = time.perf_counter() - t0
    new = [p for _f, _l, p in bundle.bundles(folder, a.device_id) if p not in before]
    sent = sum(p.stat().st_size for p in new)
    t0 = time.perf_counter()
    got = exchange.sync_now(b)
    recv_s = time.perf_counter() - t0
    print(f"exchange of {len(rows)} edits: send {send_s * 1000:.0f} ms, receive "
          f"{recv_s * 1000:.0f} ms ({got.received} row changes), {sent} bytes = "
          f"{sent / len(rows):.0f} bytes per edit (with its audit entry)")


def team_benchmark(stations: int, weeks: int, tmp: Path) -> None:
    from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
    from tyokykytiimi.store import clients as cs, keyslots
    from tyokykytiimi.store.sync import devices, digest, exchange
    keyslots.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                            "parallelism": 1}
    folder = tmp / "team-folder"
    folder.mkdir()
    first = create_demo(tmp / "s0", n_clients=200, seed=7)
    devices.enable(first, folder, "s0")
    stores = [first]
    for i in range(1, stations):
        fp = devices.request_join(tmp / f"s{i}", folder, DEMO_USER, DEMO_PASSWORD, f"s{i}")
        devices.approve(first, fp)
        stores.append(devices.complete_join(tmp / f"s{i}", DEMO_USER, DEMO_PASSWORD))
    away = stores[-1]
    exchange.sync_now(away)
    real_clean = exchange._clean
    exchange._clean = lambda *a, **k: None  # measure the folder as it would grow
    rng = random.Random(1)
    ids = [r.id for r in cs.client_rows(first, audit=False)]
    edits = 0
    for _week in range(weeks):
        for s in stores[:-1]:
            for _ in range(10):
                cs.update_client(s, rng.choice(ids), phone=f"040 {rng.randrange(10**7):07d}")
                edits += 1
            exchange.sync_now(s)
    grown = size(folder)
    exchange._clean = real_clean
    t0 = time.perf_counter()
    exchange.sync_now(away)
    catch_s = time.perf_counter() - t0
    for s in stores:
        exchange.sync_now(s)
    for s in stores:
        exchange.sync_now(s)
    cleaned = size(folder)
    same = len({digest.content_digest(s) for s in stores}) == 1
    print(f"{stations} workstations x {weeks} weeks ({edits} edits): folder {mb(grown)} "
          f"before clean-up, {mb(cleaned)} after; returning workstation caught up in "
          f"{catch_s:.1f} s; all the same digest: {same}")
    for s in stores:
        s.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--weeks", type=int, default=26)
    ap.add_argument("--stations", type=int, default=10)
    ap.add_argument("--skip-join", action="store_true")
    ap.add_argument("--skip-team", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        tmp = Path(tmp)
        if not args.skip_join:
            pair = join_benchmark(args.clients, tmp)
            exchange_benchmark(pair["a"], pair["b"], pair["folder"])
            pair["a"].close()
            pair["b"].close()
        if not args.skip_team:
            team_benchmark(args.stations, args.weeks, tmp)


if __name__ == "__main__":
    main()
