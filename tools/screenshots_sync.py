"""Screenshots of the team sync screens (two workstations, one conflict), in Finnish.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_sync.py OUTDIR
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "Kissa-istuu-puussa-7"


def settle(app, ms: int = 150) -> None:
    from PySide6.QtCore import QTimer
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def main(out: Path, lang: str = "fi") -> list[Path]:
    from tyokykytiimi.app import make_app
    from tyokykytiimi.store import clients, keyslots
    from tyokykytiimi.store.sync import devices, exchange
    from tyokykytiimi.store.unlock import create_database
    from tyokykytiimi.ui import i18n
    keyslots.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                            "parallelism": 1}
    app = make_app()
    i18n.install(lang)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    made = []

    def shot(widget, name: str) -> None:
        made.append(widget)
        widget.show()
        settle(app, 300)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)
        widget.close()

    root = Path(tempfile.mkdtemp(prefix="tyokyky-sync-shots-"))
    folder = root / "Jaettu kansio"
    folder.mkdir()
    a, _ = create_database(root / "a", team_name="Oulun työkykytiimi", username="kaisa",
                           display_name="Kaisa Koordinaattori", password=PASSWORD)
    devices.enable(a, folder, "Koordinaattorin kone")
    fp = devices.request_join(root / "b", folder, "kaisa", PASSWORD, "Hoitajan kannettava")
    devices.approve(a, fp)
    b = devices.complete_join(root / "b", "kaisa", PASSWORD)
    devices.request_join(root / "c", folder, "kaisa", PASSWORD, "Lääkärin kone")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen", phone="040 123 4567")
    for s in (a, b, a):
        exchange.sync_now(s)
    clients.update_client(a, c.id, phone="040 765 4321")
    clients.update_client(b, c.id, phone="050 111 2222")
    for s in (a, b, a):
        exchange.sync_now(s)
    stranded_copy = _removed_copy_with_entries(a, b)

    from tyokykytiimi.ui.admin.admin_page import AdminPage
    from tyokykytiimi.ui.main_window import MainWindow
    from tyokykytiimi.ui.settings_dialog import SettingsDialog
    from tyokykytiimi.ui.setup_wizard import SetupDialog
    from tyokykytiimi.ui.sync.join_dialog import JoinDialog
    from tyokykytiimi.ui.sync.settings_section import TeamSyncDialog

    shot(SettingsDialog(a), "sync-10-settings")
    shot(TeamSyncDialog(a), "sync-11-team-sync")
    page = AdminPage(a)
    page.resize(1100, 600)
    page.tabs.setCurrentWidget(page.workstations)
    shot(page, "sync-20-workstations")
    page = AdminPage(a)
    page.resize(1100, 600)
    page.tabs.setCurrentWidget(page.conflicts)
    shot(page, "sync-21-conflicts")
    page = AdminPage(a)
    page.resize(1100, 600)
    page.tabs.setCurrentWidget(page.conflicts)
    page.conflicts.list.setCurrentRow(next(
        i for i, c in enumerate(page.conflicts.items) if c.row_id == stranded_copy))
    shot(page, "sync-22-conflicts-entries-of-a-removed-client")
    shot(SetupDialog(root / "d"), "sync-30-first-start")
    join = JoinDialog(root / "e")
    join.folder.setText(str(folder))
    join.username.setText("kaisa")
    join.password.setText(PASSWORD)
    join.ask_to_join()
    join.timer.stop()
    shot(join, "sync-31-join-waiting")
    window = MainWindow(b)
    window.resize(1280, 800)
    window.show()
    window.sync_controller.runner.wait()
    settle(app, 500)
    shot(window, "sync-40-status-bar")
    window.close()
    # Deleted before their databases go: no timer of theirs fires later.
    from PySide6.QtCore import QCoreApplication, QEvent
    for widget in made:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    for s in (a, b):
        s.close()
    import shutil
    shutil.rmtree(root, ignore_errors=True)
    return shots


def _removed_copy_with_entries(a, b) -> str:
    """Rows written for a client removed without a forwarding (a merge made by an older
    version): what Conflicts lists as entries of a removed client."""
    from datetime import date

    from tyokykytiimi.store import clients, journal
    from tyokykytiimi.store.sync import capture, exchange, merge
    hetu = "131052-308T"
    ids = {s: clients.create_client(s, first_name="Eero", last_name="Esimerkki",
                                    hetu=hetu).id for s in (a, b)}
    copy = max(ids.values())
    owner = a if ids[a] == copy else b
    journal.add_entry(owner, copy, entry_on=date(2026, 11, 30), kind="phone",
                      text="Soitti ja kysyi ajasta")
    for s in (a, b, a):
        exchange.sync_now(s)
    with a.session() as s:
        capture.record(s.connection(), a.device_id, "clients", copy, copy, "remove",
                       {merge.REMOVED: True, "updated_by": a.user.id,
                        "updated_at": "2026-11-30T10:00:00Z"})
    for s in (a, b, a):
        exchange.sync_now(s)
    return copy


if __name__ == "__main__":
    args = sys.argv[1:]
    for p in main(Path(args[0] if args else "shots-sync")):
        print(p)
