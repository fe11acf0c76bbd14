"""Screenshots of the main screens from a fresh demo database, for the README and review.

    xvfb-run -a python tools/screenshots.py OUTDIR   (or QT_QPA_PLATFORM=offscreen)

Builds a demo database in a temporary folder, walks the screens and saves a
PNG of each; nothing touches the real data directory.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer


def settle(app, ms: int = 150) -> None:
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def main(out: Path, clients: int = 300) -> list[Path]:
    from tyokykytiimi.app import make_app
    from tyokykytiimi.ui import i18n
    app = make_app()
    i18n.install("fi")
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(widget, name: str) -> None:
        widget.show()
        settle(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
    from tyokykytiimi.ui.setup_wizard import RecoveryKeyDialog, SetupDialog
    from tyokykytiimi.ui.sign_in import SignInDialog
    with tempfile.TemporaryDirectory() as tmp:
        setup = SetupDialog(Path(tmp) / "new")
        setup.team.setText("Kuopion työkyvyn tuen tiimi")
        setup.display_name.setText("Kaisa Koordinaattori")
        setup.username.setText("kaisa")
        setup.password.edit.setText("lyhyt")
        shot(setup, "01-setup")
        setup.close()
        key = RecoveryKeyDialog("K7QF-3MZP-W9XD-2HRT-B6NC-8VYE-4JLA", "Kuopion työkyvyn tuen tiimi")
        shot(key, "02-recovery-key")
        key.stored.setChecked(True)
        key.close()
        store = create_demo(Path(tmp) / "demo", n_clients=clients)
        data_dir = store.data_dir
        store.close()
        sign_in = SignInDialog(data_dir, hint=f"Demo: {DEMO_USER} / {DEMO_PASSWORD}")
        sign_in.password.setText("väärä salasana")
        sign_in._sign_in()
        shot(sign_in, "03-sign-in-wrong-password")
        sign_in._timer.stop()
        sign_in._wait_over()
        sign_in.password.setText(DEMO_PASSWORD)
        sign_in._sign_in()
        store = sign_in.store
        sign_in.close()
        from tyokykytiimi.ui.main_window import MainWindow
        window = MainWindow(store)
        window.resize(1280, 820)
        for key_name in ("home", "clients", "servicemap", "reports", "admin"):
            window.show_area(key_name)
            shot(window, f"10-{key_name}")
        admin = window.page("admin")
        if hasattr(admin, "audit"):
            admin.tabs.setCurrentWidget(admin.audit)
            shot(window, "11-admin-audit")
            admin.tabs.setCurrentWidget(admin.backups)
            shot(window, "12-admin-backups")
        clients_page = window.page("clients")
        from tyokykytiimi.demo.generator import DemoContext  # noqa: F401
        from sqlmodel import select
        from tyokykytiimi.models.clients import Client
        with store.session() as s:
            first = s.exec(select(Client).where(Client.path_step >= 3).limit(1)).first()
        if first is not None:
            page = window.open_client(first.id)
            if page is not None:
                shot(window, "20-client")
                tabs = getattr(page, "tabs", None)
                if tabs is not None:
                    for i in range(tabs.count()):
                        tabs.setCurrentIndex(i)
                        shot(window, f"21-client-tab-{i}")
        window.lock()
        shot(window, "30-locked")
        window.lock_screen.password.setText(DEMO_PASSWORD)
        window.lock_screen.try_unlock()
        window.close()
        store.close()
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    for p in main(target):
        print(p)
