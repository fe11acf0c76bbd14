"""A start-up smoke test: the program as it ships, checked in a few seconds.

``run_smoke(data_dir)`` is what ``tyokykytiimi smoke`` runs, and what the
build scripts run on a freshly built bundle: it finds the demo database (or
creates a small one), signs in, shows the main window in Finnish, builds every
area page and one client's page with all tabs, writes a PDF with the bundled
fonts into a temporary folder, and checks that the program's and Qt's own
translations are found. It prints one line, "smoke ok: …" or what failed,
and returns 0 or 1.

It checks what a bundle most easily loses: data files (translations, fonts,
instrument JSON, Alembic's migration scripts), modules imported by name (the
areas load lazily), Qt plugins and native libraries (sqlcipher3, argon2).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from . import clock

SMOKE_CLIENTS = 12
EXPOSE_TIMEOUT = 15.0  # seconds


class SmokeFailure(Exception):
    pass


def _check(condition, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _wait_exposed(app, window, timeout: float = EXPOSE_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            return
        time.sleep(0.01)
    raise SmokeFailure(f"the main window was not shown within {timeout:.0f} s")


def _check_translations(i18n) -> list[str]:
    notes = []
    from .i18n import catalogue_path

    _check(catalogue_path("fi").is_file(), "no Finnish catalogue under resources/locale/fi")
    from PySide6.QtCore import QCoreApplication

    finnish = QCoreApplication.translate("MainWindow", "Clients")
    _check(finnish == "Asiakkaat",
           f"a Finnish string does not resolve: 'Clients' -> {finnish!r}")
    notes.append("fi catalogue (.po)")
    _check(i18n._qt_translator is not None,
           "Qt's own translations (qtbase_fi.qm) were not found")
    notes.append("qtbase_fi")
    return notes


def _check_window(app, window) -> list[str]:
    from .store.clients import client_rows
    from .ui import areas
    from .ui.main_window import Placeholder

    frozen = getattr(sys, "frozen", False)
    notes = []
    window.show()
    _wait_exposed(app, window)
    _check(window.isVisible(), "the main window is not visible")
    _check(window.nav.count() == len(areas.AREAS),
           f"{window.nav.count()} areas in the navigation, expected {len(areas.AREAS)}")
    built, missing = [], []
    for key, spec in areas.AREAS:
        page = window.show_area(key)
        app.processEvents()
        (missing if isinstance(page, Placeholder) else built).append(key)
    # In a checkout an area listed before it is built shows a placeholder; in a
    # bundle the module is there, or it was left out of the bundle.
    _check(not missing or not frozen, f"area pages missing from the bundle: {missing}")
    _check(built, "no area page could be built")
    notes.append(f"{len(built)} area pages")
    rows = client_rows(window.store, audit=False)
    _check(rows, "the demo database has no clients")
    client_page = window.open_client(rows[0].id)
    app.processEvents()
    _check(client_page is not None, "the client page could not be built")
    tabs = getattr(client_page, "tab_widgets", {})
    expected = [k for k, _ in areas.CLIENT_TABS]
    absent = [k for k in expected if k not in tabs]
    _check(not absent or not frozen, f"client tabs missing from the bundle: {absent}")
    notes.append(f"{len(tabs)} client tabs")
    window.show_area("clients")  # leave the client page: nothing unsaved to ask about
    app.processEvents()
    return notes


def _check_pdf(team_name: str) -> str:
    import datetime as dt

    from .reports.recovery_key import write_recovery_sheet

    with tempfile.TemporaryDirectory(prefix="tyokykytiimi-smoke-") as tmp:
        target = Path(tmp) / "recovery.pdf"
        write_recovery_sheet(target, team_name=team_name,
                             recovery_key="ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
                             created=clock.today(), lang="fi")
        data = target.read_bytes()
    _check(data.startswith(b"%PDF"), "the PDF was not written")
    _check(b"DejaVuSans" in data, "the PDF does not embed the bundled DejaVu fonts")
    return f"pdf {len(data) // 1024} KiB with DejaVu"


def _language_restorer(i18n):
    """Run in-process (the tests), the smoke test leaves the language as it found it."""
    from PySide6.QtCore import QLocale

    from . import language
    lang, locale, chosen = i18n.current_language(), QLocale(), language.current()

    def restore() -> None:
        i18n.install(lang)
        QLocale.setDefault(locale)
        language.set_language(chosen)
    return restore


def run_smoke(data_dir, *, n_clients: int = SMOKE_CLIENTS, out=None) -> int:
    """Open (or create) the demo database in ``data_dir`` and check the program starts."""
    out = out or sys.stdout
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    step = "start-up"
    store = window = None
    restore_language = None
    try:
        from .app import make_app
        from .demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
        from .store import migrate
        from .store.settings import get_setting
        from .store.unlock import exists, open_store, sign_out
        from .ui import i18n
        from .ui.main_window import MainWindow

        step = "Qt application"
        app = make_app()
        step = "translations"
        restore_language = _language_restorer(i18n)
        i18n.install("fi")
        notes = _check_translations(i18n)
        data_dir = Path(data_dir)
        step = "demo database"
        created = not exists(data_dir)
        if created:
            data_dir.mkdir(parents=True, exist_ok=True)
            create_demo(data_dir, n_clients=n_clients).close()
        step = "sign-in"
        store = open_store(data_dir, DEMO_USER, DEMO_PASSWORD)
        _check(not migrate.pending(store.engine), "the database is not at the newest schema")
        with store.session() as s:
            team = get_setting(s, "team_name")
        notes.insert(0, ("created" if created else "opened") + " demo database")
        step = "main window"
        window = MainWindow(store)
        notes += _check_window(app, window)
        step = "PDF"
        notes.append(_check_pdf(team))
        step = "time zone"
        from zoneinfo import ZoneInfo
        ZoneInfo("Europe/Helsinki")  # invitations; Windows needs the tzdata package for it
        step = "closing"
        window.close()
        app.processEvents()
        window.deleteLater()
        window = None
        sign_out(store)
        store = None
        app.processEvents()
        notes.append(f"platform {app.platformName()}")
        print(f"smoke ok: {', '.join(notes)}; {time.monotonic() - started:.1f} s",
              file=out, flush=True)
        return 0
    except SmokeFailure as exc:
        print(f"smoke failed at {step}: {exc}", file=out, flush=True)
        return 1
    except BaseException as exc:  # noqa: BLE001 - anything at all is a failed smoke test
        if isinstance(exc, KeyboardInterrupt):
            raise
        traceback.print_exc(file=sys.stderr)
        print(f"smoke failed at {step}: {type(exc).__name__}: {exc}", file=out, flush=True)
        return 1
    finally:
        if window is not None:
            try:
                window.locked = False
                window.close()
            except Exception:  # noqa: BLE001
                pass
        if store is not None:
            try:
                store.close()
            except Exception:  # noqa: BLE001
                pass
        if restore_language is not None:
            restore_language()
