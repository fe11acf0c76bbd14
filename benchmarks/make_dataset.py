"""Build the benchmark database: the demo generator at benchmark size (default 10,000 clients)."""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import date
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2026, 11, 24)  # fixed, so the data set does not drift with the calendar


def dataset_dir(clients: int) -> Path:
    return OUT / str(clients)


def build(clients: int, seed: int = 2026, fresh: bool = False) -> Path:
    from tyokykytiimi.demo.generator import create_demo
    target = dataset_dir(clients)
    if fresh and target.exists():
        shutil.rmtree(target)
    done = target / ".complete"  # a build cut short is never reused
    if done.exists():
        return target
    if target.exists():
        shutil.rmtree(target)
    started = time.perf_counter()
    print(f"generating {clients} clients (about {clients // 80} s on a 2-core machine)…",
          file=sys.stderr)
    create_demo(target, n_clients=clients, seed=seed, today=TODAY).close()
    done.write_text(f"{clients} clients, seed {seed}, {time.perf_counter() - started:.0f} s\n")
    print(f"generated {clients} clients in {time.perf_counter() - started:.1f} s -> {target}",
          file=sys.stderr)
    return target


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--fresh", action="store_true")
    args = ap.parse_args()
    print(build(args.clients, args.seed, args.fresh))


if __name__ == "__main__":
    main()
