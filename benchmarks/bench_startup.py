"""Start-up to a usable main window after sign-in, against a bare PySide6 window (the floor).

Each run is a fresh process, timed from spawn until the child reports its
window shown and the event loop idle. Prints medians and the ratio.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_dataset import build  # noqa: E402

FLOOR = """
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys
from PySide6.QtCore import QTimer
from tyokykytiimi.app import make_app
from tyokykytiimi.ui import i18n
from tyokykytiimi.store.unlock import open_store
from tyokykytiimi.demo.generator import DEMO_USER, DEMO_PASSWORD
app = make_app()
i18n.install("fi")
store = open_store(sys.argv[1], DEMO_USER, DEMO_PASSWORD)
from tyokykytiimi.ui.main_window import MainWindow
w = MainWindow(store); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
store.close()
"""


def time_child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                         text=True, check=True)
    elapsed = time.perf_counter() - started
    if "ready" not in out.stdout:
        raise RuntimeError(out.stderr)
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    data = build(args.clients)
    time_child(FLOOR)  # warm the file cache once for both
    time_child(OURS, str(data))
    floor = [time_child(FLOOR) for _ in range(args.runs)]
    ours = [time_child(OURS, str(data)) for _ in range(args.runs)]
    f, o = statistics.median(floor), statistics.median(ours)
    print(f"clients: {args.clients}, runs: {args.runs}")
    print(f"bare PySide6 window (floor): median {f * 1000:.0f} ms")
    print(f"Työkykytiimi sign-in to main window: median {o * 1000:.0f} ms")
    print(f"ratio: {o / f:.2f}x the floor")


if __name__ == "__main__":
    main()
