"""Time the client list at 10,000 demo clients: load (store query + due items),
model fill, and search-as-you-type filtering. Prints medians of repeated runs.

    python benchmarks/bench_client_list.py [n_clients] [repeats]
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    from tyokykytiimi.store import keyslots
    keyslots.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                            "parallelism": 1}
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    import random
    from datetime import date

    from tyokykytiimi.demo import clients as demo_clients
    from tyokykytiimi.demo.generator import DemoContext
    from tyokykytiimi.store.unlock import create_database
    from tyokykytiimi.store.clients import client_rows, filter_rows
    from tyokykytiimi.ui.clients.list_page import ClientListPage

    t0 = time.perf_counter()
    # Only the clients area's demo data: the list reads nothing else.
    store, _ = create_database(Path(tempfile.mkdtemp()) / "data", team_name="Bench",
                               username="bench", display_name="Bench User",
                               password="Mittaus-salasana-2026")
    ctx = DemoContext(store=store, rng=random.Random(2026), n_clients=n, today=date.today(),
                      users={"bench": store.user.id})
    demo_clients.populate(ctx)
    print(f"demo data, {n} clients: {time.perf_counter() - t0:.1f} s (once)")
    rows = client_rows(store)
    print(f"client_rows (query + due items + sort): {median_ms(lambda: client_rows(store), repeats):.1f} ms")
    page = ClientListPage(store)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    print(f"list page reload (rows + model): {median_ms(page.reload, repeats):.1f} ms")
    for text in ("m", "mäk", "mäkelä ai", "040", "1985"):
        pure = median_ms(lambda: filter_rows(rows, text), repeats)

        def typed():
            page.search.setText(text)
            page._refilter()
            app.processEvents()
        ui = median_ms(typed, repeats)
        page.search.setText(text)
        page._refilter()
        print(f"search {text!r:12} -> {page.model.rowCount():5} rows: filter {pure:.1f} ms, "
              f"model+view {ui:.1f} ms")
    page.search.clear()
    page._refilter()
    print(f"sort by due date: {median_ms(lambda: page.model.sort(5), repeats):.1f} ms")
    print(f"sort by name:     {median_ms(lambda: page.model.sort(0), repeats):.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
